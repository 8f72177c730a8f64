package model

import "time"

// AccountKind names the kind of source an account connects.
type AccountKind string

// The kinds of account Dialtone can connect.
const (
	AccountIMAP   AccountKind = "imap"
	AccountGoogle AccountKind = "google"
	AccountCalDAV AccountKind = "caldav"
	AccountICS    AccountKind = "ics"
	// AccountDemo owns the generated demo data, which lives in its own
	// database file and is never mixed with real accounts.
	AccountDemo AccountKind = "demo"
)

// SyncStatus is an account's sync state as the Accounts screen shows it.
type SyncStatus string

// Sync states.
const (
	SyncIdle    SyncStatus = "idle"
	SyncRunning SyncStatus = "syncing"
	SyncFailed  SyncStatus = "error"
)

// Account is one connected mail or calendar source. Config holds the
// non-secret connection settings (host, port, user, TLS mode, URL); secrets
// live in the OS keyring, never here.
type Account struct {
	ID         int64             `json:"id"`
	Kind       AccountKind       `json:"kind"`
	Name       string            `json:"name"`
	Email      string            `json:"email"`
	Config     map[string]string `json:"config"`
	Status     SyncStatus        `json:"status"`
	LastSyncAt time.Time         `json:"lastSyncAt"`
	LastError  string            `json:"lastError"`
	CreatedAt  time.Time         `json:"createdAt"`
}

// SyncProgress reports a running sync: which account and folder, and how
// many of the folder's messages are done.
type SyncProgress struct {
	AccountID int64  `json:"accountId"`
	Folder    string `json:"folder"`
	Done      int    `json:"done"`
	Total     int    `json:"total"`
	// Seq numbers the reports in the order they were made, across syncs,
	// so that a reader who gets them out of order can tell the newest. The
	// syncers leave it 0; the app numbers the reports it passes on.
	Seq int64 `json:"seq"`
}
