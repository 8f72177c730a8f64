package app

import "dialtone/model"

// Overview is what the Accounts screen shows: which data set is open, the
// connected accounts and the size of the local database.
type Overview struct {
	// Mode is "demo" when the embedded demo data is open, "live" otherwise.
	Mode     string        `json:"mode"`
	DataDir  string        `json:"dataDir"`
	Accounts []AccountView `json:"accounts"`
	Counts   StoreCounts   `json:"counts"`
	TimeZone string        `json:"timeZone"`
	// RepEmails are the rep's own addresses.
	RepEmails []string `json:"repEmails"`
}

// StoreCounts sizes the open database.
type StoreCounts struct {
	Messages      int `json:"messages"`
	Outbound      int `json:"outbound"`
	Threads       int `json:"threads"`
	Events        int `json:"events"`
	Organizations int `json:"organizations"`
	Calls         int `json:"calls"`
}

// AccountView is one account as the UI shows it; it never carries secrets.
type AccountView struct {
	ID         int64  `json:"id"`
	Kind       string `json:"kind"`
	Name       string `json:"name"`
	Email      string `json:"email"`
	Status     string `json:"status"`
	LastSyncAt string `json:"lastSyncAt"` // RFC 3339, "" when never synced
	LastError  string `json:"lastError"`
}

// DraftRequest is a draft to review, optionally in reply to a thread.
type DraftRequest struct {
	Subject  string `json:"subject"`
	Text     string `json:"text"`
	ThreadID int64  `json:"threadId"`
}

// DraftReview is Go's verdict on a draft.
type DraftReview struct {
	OwnText string `json:"ownText"`
	Words   int    `json:"words"`
	// Classified is false when no classifier judged the draft.
	Classified  bool           `json:"classified"`
	Label       string         `json:"label"`
	Score       int            `json:"score"`
	Reasons     []model.Reason `json:"reasons"`
	Thread      *ThreadContext `json:"thread"`
	Suggestions []string       `json:"suggestions"`
}

// ThreadContext describes the thread a draft answers.
type ThreadContext struct {
	ID         int64  `json:"id"`
	Subject    string `json:"subject"`
	Unanswered int    `json:"unanswered"`
	// DaysSilent counts days since the first unanswered message.
	DaysSilent int  `json:"daysSilent"`
	Silent     bool `json:"silent"`
}

// DraftSummary is a saved draft the Review screen can pick.
type DraftSummary struct {
	ID       int64  `json:"id"`
	Subject  string `json:"subject"`
	To       string `json:"to"`
	Date     string `json:"date"`
	Text     string `json:"text"`
	ThreadID int64  `json:"threadId"`
}

// ThreadSummary is one row of the Threads screen.
type ThreadSummary struct {
	ID           int64    `json:"id"`
	Subject      string   `json:"subject"`
	Organization string   `json:"organization"`
	Participants []string `json:"participants"`
	Messages     int      `json:"messages"`
	Outbound     int      `json:"outbound"`
	Inbound      int      `json:"inbound"`
	FirstAt      string   `json:"firstAt"`
	LastAt       string   `json:"lastAt"`
	States       []string `json:"states"`
	Unanswered   int      `json:"unanswered"`
	SilentSince  string   `json:"silentSince"`
	CallScore    float64  `json:"callScore"`
	Reasons      []string `json:"reasons"`
	Advice       string   `json:"advice"`
}

// ThreadList is the Threads screen's data, most in need of the rep first.
type ThreadList struct {
	Threads []ThreadSummary `json:"threads"`
}

// MessageView is one message of an opened thread.
type MessageView struct {
	ID        int64          `json:"id"`
	Direction string         `json:"direction"`
	From      string         `json:"from"`
	To        []string       `json:"to"`
	Date      string         `json:"date"`
	Subject   string         `json:"subject"`
	OwnText   string         `json:"ownText"`
	Label     string         `json:"label"`
	Score     int            `json:"score"`
	Reasons   []model.Reason `json:"reasons"`
}

// ThreadDetail is an opened thread.
type ThreadDetail struct {
	Summary  ThreadSummary `json:"summary"`
	Messages []MessageView `json:"messages"`
}

// WeeklyReport is the Weekly screen's data: oldest week first, the current
// week last.
type WeeklyReport struct {
	Weeks    []model.WeekStats `json:"weeks"`
	TimeZone string            `json:"timeZone"`
}
