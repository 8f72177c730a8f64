package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"dialtone/model"
)

// SyncBatch is one step of a connector's sync: messages to write and UIDs to
// remove in one folder, and the cursor that is true once they are stored.
// ApplySync writes all of it in one transaction, so a sync stopped at any
// instant resumes from a cursor that matches the data.
type SyncBatch struct {
	AccountID int64
	Folder    string
	// ResetFolder drops everything stored from Folder before the rest is
	// applied (the server's UIDVALIDITY changed).
	ResetFolder bool
	// Delete lists UIDs in Folder that are gone from the server.
	Delete []uint32
	// Put are the messages to insert or update.
	Put []model.Message
	// Scope and Cursor name the cursor written with the batch; an empty
	// Scope writes none.
	Scope  string
	Cursor string
}

// tidyThreads removes threads left without a message (their ids go too,
// by cascade).
const tidyThreads = `DELETE FROM threads WHERE NOT EXISTS (SELECT 1 FROM messages WHERE thread_id = threads.id)`

// ApplySync applies a sync batch atomically.
func (d *DB) ApplySync(ctx context.Context, b SyncBatch) error {
	return d.withTx(ctx, func(tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		removed := false
		if b.ResetFolder {
			if _, err := w.exec(`DELETE FROM messages WHERE account_id = ? AND folder = ?`, b.AccountID, b.Folder); err != nil {
				return dbErr(err, "clear a folder")
			}
			removed = true
		}
		for _, uid := range b.Delete {
			if _, err := w.exec(`DELETE FROM messages WHERE account_id = ? AND folder = ? AND uid = ?`, b.AccountID, b.Folder, uid); err != nil {
				return dbErr(err, "remove a deleted message")
			}
			removed = true
		}
		if removed {
			if _, err := w.exec(tidyThreads); err != nil {
				return dbErr(err, "tidy threads")
			}
		}
		for i := range b.Put {
			m := &b.Put[i]
			m.AccountID, m.Folder = b.AccountID, b.Folder
			if err := w.putMessage(m); err != nil {
				return err
			}
		}
		if b.Scope == "" {
			return nil
		}
		_, err := w.exec(`INSERT INTO sync_cursors (account_id, scope, value, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (account_id, scope) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
			b.AccountID, b.Scope, b.Cursor, d.clock.Now().Unix())
		return dbErr(err, "save the sync position")
	})
}

// Cursor returns the stored cursor of an account's scope; ok is false when
// there is none yet.
func (d *DB) Cursor(ctx context.Context, accountID int64, scope string) (value string, ok bool, err error) {
	err = d.db.QueryRowContext(ctx, `SELECT value FROM sync_cursors WHERE account_id = ? AND scope = ?`, accountID, scope).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, dbErr(err, "read the sync position")
	}
	return value, true, nil
}

// Cursors returns every cursor of an account by scope.
func (d *DB) Cursors(ctx context.Context, accountID int64) (map[string]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT scope, value FROM sync_cursors WHERE account_id = ?`, accountID)
	if err != nil {
		return nil, dbErr(err, "read the sync positions")
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, dbErr(err, "read the sync positions")
		}
		out[k] = v
	}
	return out, dbErr(rows.Err(), "read the sync positions")
}

// DeleteCursor forgets a scope's cursor and everything stored from the
// folder of the same name (a folder that disappeared from the server).
func (d *DB) DeleteCursor(ctx context.Context, accountID int64, scope, folder string) error {
	return d.withTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM sync_cursors WHERE account_id = ? AND scope = ?`, accountID, scope); err != nil {
			return dbErr(err, "forget a folder")
		}
		if folder == "" {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM messages WHERE account_id = ? AND folder = ?`, accountID, folder); err != nil {
			return dbErr(err, "forget a folder")
		}
		_, err := tx.ExecContext(ctx, tidyThreads)
		return dbErr(err, "tidy threads")
	})
}

// FolderUIDs returns the UIDs stored from an account's folder, ascending.
func (d *DB) FolderUIDs(ctx context.Context, accountID int64, folder string) ([]uint32, error) {
	return d.uids(ctx, "read a folder", `SELECT DISTINCT uid FROM messages WHERE account_id = ? AND folder = ? ORDER BY uid`, accountID, folder)
}

// uids runs a query selecting one column of UIDs; what names the work for
// errors.
func (d *DB) uids(ctx context.Context, what, q string, args ...any) ([]uint32, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, dbErr(err, what)
	}
	defer rows.Close()
	var out []uint32
	for rows.Next() {
		var u uint32
		if err := rows.Scan(&u); err != nil {
			return nil, dbErr(err, what)
		}
		out = append(out, u)
	}
	return out, dbErr(rows.Err(), what)
}

// KnownThreadIDs returns which of ids belong to a stored thread: a message
// the rep took part in has or refers to them.
func (d *DB) KnownThreadIDs(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	const chunk = 500
	for len(ids) > 0 {
		part := ids[:min(chunk, len(ids))]
		ids = ids[len(part):]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		found, err := d.strings(ctx, `SELECT message_id FROM thread_refs WHERE message_id IN (?`+strings.Repeat(", ?", len(part)-1)+`)`, "look up threads", args...)
		if err != nil {
			return nil, err
		}
		for _, id := range found {
			out[id] = true
		}
	}
	return out, nil
}

// MissingReferences returns ids that an account's messages in folder refer
// to (In-Reply-To, References) but that no stored message has: the
// customer's messages a connector may still have to fetch.
func (d *DB) MissingReferences(ctx context.Context, accountID int64, folder string, sinceUID uint32) ([]string, error) {
	return d.strings(ctx, `
		SELECT DISTINCT r.message_id FROM thread_refs r
		JOIN messages m ON m.thread_id = r.thread_id
		WHERE m.account_id = ? AND m.folder = ? AND m.uid >= ?
		  AND NOT EXISTS (SELECT 1 FROM messages x WHERE x.message_id = r.message_id)
		ORDER BY r.message_id`, "look up replies", accountID, folder, sinceUID)
}

// AccountMessages returns every message stored from an account, by folder
// and UID.
func (d *DB) AccountMessages(ctx context.Context, accountID int64) ([]model.Message, error) {
	return d.queryMessages(ctx, `SELECT `+messageColumns+` FROM messages m WHERE m.account_id = ? ORDER BY m.folder, m.uid, m.message_id`, accountID)
}
