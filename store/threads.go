package store

import (
	"context"
	"encoding/json"

	"dialtone/model"
)

// Threads returns every thread with its sent and received messages (drafts
// left out), oldest message first. Threads with no such message are omitted.
func (d *DB) Threads(ctx context.Context) ([]model.Thread, error) {
	return d.threads(ctx, true, `SELECT `+messageColumns+` FROM messages m
		WHERE m.thread_id IS NOT NULL AND m.direction != 'draft' ORDER BY m.thread_id, m.sent_at, m.id`,
		`SELECT id, key, subject, first_at, last_at FROM threads`)
}

// Thread returns one thread with its messages.
func (d *DB) Thread(ctx context.Context, id int64) (model.Thread, error) {
	ts, err := d.threads(ctx, true, `SELECT `+messageColumns+` FROM messages m
		WHERE m.thread_id = ? AND m.direction != 'draft' ORDER BY m.sent_at, m.id`,
		`SELECT id, key, subject, first_at, last_at FROM threads WHERE id = ?`, id)
	if err != nil {
		return model.Thread{}, err
	}
	if len(ts) == 0 {
		return model.Thread{}, model.Errorf(model.ENOTFOUND, "There is no thread %d.", id)
	}
	return ts[0], nil
}

// threads groups the messages selected by q into threads whose heads
// (subject, first and last dates) headQ selects; both take args. Messages
// come with their recipients when recipients is set.
func (d *DB) threads(ctx context.Context, recipients bool, q, headQ string, args ...any) ([]model.Thread, error) {
	msgs, err := d.readMessages(ctx, recipients, q, args...)
	if err != nil {
		return nil, err
	}
	heads := map[int64]model.Thread{}
	rows, err := d.db.QueryContext(ctx, headQ, args...)
	if err != nil {
		return nil, dbErr(err, "read threads")
	}
	defer rows.Close()
	for rows.Next() {
		var t model.Thread
		var f, l int64
		if err := rows.Scan(&t.ID, &t.Key, &t.Subject, &f, &l); err != nil {
			return nil, dbErr(err, "read threads")
		}
		t.FirstAt, t.LastAt = fromUnix(f), fromUnix(l)
		heads[t.ID] = t
	}
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read threads")
	}
	var out []model.Thread
	for _, m := range msgs {
		if len(out) == 0 || out[len(out)-1].ID != m.ThreadID {
			out = append(out, heads[m.ThreadID])
		}
		t := &out[len(out)-1]
		t.Messages = append(t.Messages, m)
	}
	return out, nil
}

// OrganizationNames maps organization keys to display names.
func (d *DB) OrganizationNames(ctx context.Context) (map[string]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT key, name FROM organizations`)
	if err != nil {
		return nil, dbErr(err, "read organizations")
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, n string
		if err := rows.Scan(&k, &n); err != nil {
			return nil, dbErr(err, "read organizations")
		}
		out[k] = n
	}
	return out, dbErr(rows.Err(), "read organizations")
}

// InternalDomains returns the rep's company domains.
func (d *DB) InternalDomains(ctx context.Context) ([]string, error) {
	return d.strings(ctx, `SELECT domain FROM internal_domains ORDER BY domain`, "read your domains")
}

// ThreadsToJudge returns the threads with the given ids and their messages
// (drafts left out) as the classifier reads them: without recipients,
// which judging never looks at and which would cost a second query. Ids
// with no such message are omitted.
func (d *DB) ThreadsToJudge(ctx context.Context, ids []int64) ([]model.Thread, error) {
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, model.WrapError(err, model.EINTERNAL, "Could not read threads.")
	}
	return d.threads(ctx, false, `SELECT `+messageColumns+` FROM messages m
		WHERE m.thread_id IN (SELECT value FROM json_each(?1)) AND m.direction != 'draft' ORDER BY m.thread_id, m.sent_at, m.id`,
		`SELECT id, key, subject, first_at, last_at FROM threads WHERE id IN (SELECT value FROM json_each(?1))`, string(list))
}
