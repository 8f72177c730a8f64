package store

import (
	"compress/flate"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"dialtone/model"
)

// PutMessages writes messages (insert or update by account, folder, UID and
// Message-ID) with their recipients, people, organizations and threads, all
// in one transaction. Each message's ThreadKey names its thread.
func (d *DB) PutMessages(ctx context.Context, msgs []model.Message) error {
	return d.withTx(ctx, func(tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		for i := range msgs {
			if err := w.putMessage(&msgs[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// writer holds the prepared statements of one write transaction.
type writer struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	seen  map[string]bool // people and organizations written in this tx
	own   *ownSets        // the rep's addresses and domains, loaded once
	zw    *flate.Writer   // compresses message bodies, made on first use
}

func newWriter(ctx context.Context, tx *sql.Tx) *writer {
	return &writer{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}, seen: map[string]bool{}}
}

// ownSets are the rep's addresses and company domains.
type ownSets struct{ emails, domains map[string]bool }

// external reports whether a normalized address is outside the rep's company.
func (w *writer) external(email string) (bool, error) {
	if w.own == nil {
		o := &ownSets{emails: map[string]bool{}, domains: map[string]bool{}}
		for q, m := range map[string]map[string]bool{`SELECT email FROM identities`: o.emails, `SELECT domain FROM internal_domains`: o.domains} {
			rows, err := w.tx.QueryContext(w.ctx, q)
			if err != nil {
				return false, dbErr(err, "read your addresses")
			}
			for rows.Next() {
				var v string
				if err := rows.Scan(&v); err != nil {
					rows.Close()
					return false, dbErr(err, "read your addresses")
				}
				m[v] = true
			}
			rows.Close()
		}
		w.own = o
	}
	return !w.own.emails[email] && !w.own.domains[model.Domain(email)], nil
}

func (w *writer) close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	s, ok := w.stmts[q]
	if !ok {
		var err error
		if s, err = w.tx.PrepareContext(w.ctx, q); err != nil {
			return nil, err
		}
		w.stmts[q] = s
	}
	return s.ExecContext(w.ctx, args...)
}

func (w *writer) queryRow(q string, args ...any) *sql.Row {
	s, ok := w.stmts[q]
	if !ok {
		var err error
		if s, err = w.tx.PrepareContext(w.ctx, q); err != nil {
			return w.tx.QueryRowContext(w.ctx, q, args...)
		}
		w.stmts[q] = s
	}
	return s.QueryRowContext(w.ctx, args...)
}

// OrgName guesses an organization's display name from its key: "acme-corp.com"
// becomes "Acme Corp".
func OrgName(key string) string {
	if strings.Contains(key, "@") {
		return key
	}
	label, _, _ := strings.Cut(key, ".")
	words := strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' })
	for i, wd := range words {
		words[i] = strings.ToUpper(wd[:1]) + wd[1:]
	}
	return strings.Join(words, " ")
}

func (w *writer) putPerson(a model.Address) error {
	email := model.NormalizeEmail(a.Email)
	if email == "" || w.seen[email] {
		return nil
	}
	w.seen[email] = true
	org := model.OrgKey(email)
	if !w.seen["org:"+org] {
		w.seen["org:"+org] = true
		if _, err := w.exec(`INSERT INTO organizations (key, name) VALUES (?, ?) ON CONFLICT DO NOTHING`, org, OrgName(org)); err != nil {
			return dbErr(err, "save an organization")
		}
	}
	_, err := w.exec(`INSERT INTO people (email, name, org_key) VALUES (?, ?, ?)
		ON CONFLICT (email) DO UPDATE SET name = CASE WHEN excluded.name != '' THEN excluded.name ELSE people.name END`, email, a.Name, org)
	return dbErr(err, "save a person")
}

// thread returns the id of the thread a message belongs to, creating or
// merging threads as needed, and records the message's ids in thread_refs.
// A message with a ThreadKey (the demo's) joins that thread; any other joins
// the thread of an id it shares (its own, References, In-Reply-To), merging
// threads it bridges; a reply without those headers joins a recent thread
// with the same base subject (RFC 5256 §2.1); anything else starts a thread.
func (w *writer) thread(m *model.Message) (int64, error) {
	refs := model.ThreadRefs(m)
	base, isReply := model.BaseSubject(m.Subject)
	at := unix(m.Date)
	var id int64
	if m.ThreadKey == "" {
		ids, err := w.threadsOf(refs)
		if err != nil {
			return 0, err
		}
		if len(ids) > 0 {
			id = ids[0]
			for _, other := range ids[1:] {
				if err := w.mergeThreads(id, other); err != nil {
					return 0, err
				}
			}
		} else if isReply && !model.HasThreadHeaders(m) && len(base) >= 3 {
			const window = 45 * 24 * 3600
			err := w.queryRow(`SELECT id FROM threads WHERE base_subject = ? AND last_at BETWEEN ? AND ?
				ORDER BY last_at DESC LIMIT 1`, base, at-window, at+window).Scan(&id)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return 0, dbErr(err, "find a thread by subject")
			}
		}
	}
	key := m.ThreadKey
	if key == "" && id == 0 {
		key = "mid:" + model.ThreadRoot(m)
	}
	if id != 0 {
		_, err := w.exec(`UPDATE threads SET first_at = min(first_at, ?), last_at = max(last_at, ?) WHERE id = ?`, at, at, id)
		if err != nil {
			return 0, dbErr(err, "save a thread")
		}
	} else {
		err := w.queryRow(`INSERT INTO threads (key, subject, base_subject, first_at, last_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET
				first_at = min(threads.first_at, excluded.first_at),
				last_at = max(threads.last_at, excluded.last_at),
				subject = CASE WHEN threads.subject = '' THEN excluded.subject ELSE threads.subject END,
				base_subject = CASE WHEN threads.base_subject = '' THEN excluded.base_subject ELSE threads.base_subject END
			RETURNING id`, key, m.Subject, base, at, at).Scan(&id)
		if err != nil {
			return 0, dbErr(err, "save a thread")
		}
	}
	for _, r := range refs {
		if _, err := w.exec(`INSERT INTO thread_refs (message_id, thread_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, r, id); err != nil {
			return 0, dbErr(err, "save a thread")
		}
	}
	return id, nil
}

// threadsOf returns the threads that already hold any of ids, lowest
// first. One prepared point look-up per id: a message names a handful.
func (w *writer) threadsOf(ids []string) ([]int64, error) {
	var out []int64
	for _, ref := range ids {
		var id int64
		err := w.queryRow(`SELECT thread_id FROM thread_refs WHERE message_id = ?`, ref).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, dbErr(err, "find a thread")
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out, nil
}

// mergeThreads moves every message and id of thread from into thread into.
func (w *writer) mergeThreads(into, from int64) error {
	for _, q := range []string{
		`UPDATE messages SET thread_id = ?1 WHERE thread_id = ?2`,
		`UPDATE thread_refs SET thread_id = ?1 WHERE thread_id = ?2`,
		`UPDATE threads SET
			first_at = min(first_at, (SELECT first_at FROM threads WHERE id = ?2)),
			last_at = max(last_at, (SELECT last_at FROM threads WHERE id = ?2))
		 WHERE id = ?1`,
		`DELETE FROM threads WHERE id = ?2`,
	} {
		if _, err := w.exec(q, into, from); err != nil {
			return dbErr(err, "merge two threads")
		}
	}
	return nil
}

func (w *writer) putMessage(m *model.Message) error {
	if m.MessageID == "" {
		return model.Errorf(model.EINVALID, "A message without a Message-ID cannot be stored.")
	}
	if m.Date.IsZero() {
		return model.Errorf(model.EINVALID, "Message %s has no date.", m.MessageID)
	}
	for _, a := range append([]model.Address{m.From}, m.Recipients()...) {
		if err := w.putPerson(a); err != nil {
			return err
		}
	}
	tid, err := w.thread(m)
	if err != nil {
		return err
	}
	refs, _ := json.Marshal(nonNil(m.References))
	atts, _ := json.Marshal(nonNilAtt(m.Attachments))
	reasons, _ := json.Marshal(nonNilReasons(m.Reasons))
	body, err := w.encodeBody(m.Body)
	if err != nil {
		return dbErr(err, "save a message's body")
	}
	f := m.Facts
	err = w.queryRow(`INSERT INTO messages (account_id, folder, uid, message_id, in_reply_to, refs, thread_id, direction,
			from_email, from_name, subject, sent_at, own_text, size, oversize, attachments, label, score, reasons, classifier_version,
			facts_version, words, questions, cues, noncommittal, answers, forwards, sign_off, body, text_version)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) -- a correction wins (migration 0006)
		ON CONFLICT (account_id, folder, uid, message_id) DO UPDATE SET
			in_reply_to = excluded.in_reply_to, refs = excluded.refs, thread_id = excluded.thread_id,
			direction = excluded.direction, from_email = excluded.from_email, from_name = excluded.from_name,
			subject = excluded.subject, sent_at = excluded.sent_at, own_text = excluded.own_text,
			size = excluded.size, oversize = excluded.oversize, attachments = excluded.attachments,
			label = excluded.label, score = excluded.score, reasons = excluded.reasons,
			classifier_version = excluded.classifier_version, facts_version = excluded.facts_version,
			words = excluded.words, questions = excluded.questions, cues = excluded.cues, noncommittal = excluded.noncommittal,
			answers = excluded.answers, forwards = excluded.forwards, sign_off = excluded.sign_off,
			body = excluded.body, text_version = excluded.text_version
		RETURNING id`,
		m.AccountID, m.Folder, m.UID, m.MessageID, m.InReplyTo, string(refs), tid, m.Direction,
		model.NormalizeEmail(m.From.Email), m.From.Name, m.Subject, unix(m.Date), m.OwnText, m.Size, m.Oversize,
		string(atts), m.Label, m.Score, string(reasons), m.ClassifierVersion,
		f.Version, f.Words, f.Questions, f.Cues, f.NonCommittal, m.Answers, m.Forwards, m.SignOff, body, m.TextVersion).Scan(&m.ID)
	if err != nil {
		return dbErr(err, "save a message")
	}
	m.ThreadID = tid
	if _, err := w.exec(`DELETE FROM recipients WHERE message_id = ?`, m.ID); err != nil {
		return dbErr(err, "save the recipients")
	}
	anyExternal := false
	for _, r := range []struct {
		kind string
		list []model.Address
	}{{"to", m.To}, {"cc", m.Cc}} {
		for _, a := range r.list {
			email := model.NormalizeEmail(a.Email)
			if email == "" {
				continue
			}
			ext, err := w.external(email)
			if err != nil {
				return err
			}
			anyExternal = anyExternal || ext
			if _, err := w.exec(`INSERT INTO recipients (message_id, kind, email, name, domain, external, outbound, sent_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
				m.ID, r.kind, email, a.Name, model.Domain(email), ext, m.Direction == model.Outbound, unix(m.Date)); err != nil {
				return dbErr(err, "save the recipients")
			}
		}
	}
	_, err = w.exec(`UPDATE messages SET external = ? WHERE id = ?`, anyExternal, m.ID)
	return dbErr(err, "save a message")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilAtt(s []model.Attachment) []model.Attachment {
	if s == nil {
		return []model.Attachment{}
	}
	return s
}

func nonNilReasons(s []model.Reason) []model.Reason {
	if s == nil {
		return []model.Reason{}
	}
	return s
}

// UpsertOrganization names an organization.
func (d *DB) UpsertOrganization(ctx context.Context, o model.Organization) error {
	_, err := d.db.ExecContext(ctx, `INSERT INTO organizations (key, name) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET name = excluded.name`, o.Key, o.Name)
	return dbErr(err, "save an organization")
}

const messageColumns = `m.id, m.account_id, m.folder, m.uid, m.message_id, m.in_reply_to, m.refs, coalesce(m.thread_id, 0), m.direction,
	m.from_email, m.from_name, m.subject, m.sent_at, m.own_text, m.size, m.oversize, m.attachments, m.label, m.score, m.reasons, m.classifier_version,
	m.facts_version, m.words, m.questions, m.cues, m.noncommittal, m.answers, m.forwards, m.sign_off, m.text_version,
	EXISTS (SELECT 1 FROM label_corrections c WHERE c.message_id = m.message_id AND m.direction = 'out')`

// queryMessages runs a query selecting messageColumns and fills in each
// message's recipients.
func (d *DB) queryMessages(ctx context.Context, q string, args ...any) ([]model.Message, error) {
	return d.readMessages(ctx, true, q, args...)
}

// readMessages runs a query selecting messageColumns; with recipients it
// fills in each message's To and Cc as well (a second query).
func (d *DB) readMessages(ctx context.Context, recipients bool, q string, args ...any) ([]model.Message, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, dbErr(err, "read messages")
	}
	defer rows.Close()
	var out []model.Message
	index := map[int64]int{}
	for rows.Next() {
		var m model.Message
		var refs, atts, reasons string
		var sent int64
		if err := rows.Scan(&m.ID, &m.AccountID, &m.Folder, &m.UID, &m.MessageID, &m.InReplyTo, &refs, &m.ThreadID, &m.Direction,
			&m.From.Email, &m.From.Name, &m.Subject, &sent, &m.OwnText, &m.Size, &m.Oversize, &atts, &m.Label, &m.Score, &reasons, &m.ClassifierVersion,
			&m.Facts.Version, &m.Facts.Words, &m.Facts.Questions, &m.Facts.Cues, &m.Facts.NonCommittal, &m.Answers, &m.Forwards, &m.SignOff, &m.TextVersion, &m.Corrected); err != nil {
			return nil, dbErr(err, "read messages")
		}
		m.Date = fromUnix(sent)
		if json.Unmarshal([]byte(refs), &m.References) != nil || json.Unmarshal([]byte(atts), &m.Attachments) != nil || json.Unmarshal([]byte(reasons), &m.Reasons) != nil {
			return nil, model.Errorf(model.ECORRUPT, "Message %d is damaged in the database.", m.ID)
		}
		index[m.ID] = len(out)
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read messages")
	}
	rows.Close()
	if len(out) == 0 || !recipients {
		return out, nil
	}
	// Recipients of the selected messages, in one pass.
	rrows, err := d.db.QueryContext(ctx, `SELECT r.message_id, r.kind, r.email, r.name FROM recipients r
		WHERE r.message_id IN (SELECT m.id FROM (`+q+`) AS m) ORDER BY r.rowid`, args...)
	if err != nil {
		return nil, dbErr(err, "read recipients")
	}
	defer rrows.Close()
	for rrows.Next() {
		var id int64
		var kind string
		var a model.Address
		if err := rrows.Scan(&id, &kind, &a.Email, &a.Name); err != nil {
			return nil, dbErr(err, "read recipients")
		}
		i, ok := index[id]
		if !ok {
			continue
		}
		if kind == "cc" {
			out[i].Cc = append(out[i].Cc, a)
		} else {
			out[i].To = append(out[i].To, a)
		}
	}
	return out, dbErr(rrows.Err(), "read recipients")
}

// Message returns one message.
func (d *DB) Message(ctx context.Context, id int64) (model.Message, error) {
	ms, err := d.queryMessages(ctx, `SELECT `+messageColumns+` FROM messages m WHERE m.id = ?`, id)
	if err != nil {
		return model.Message{}, err
	}
	if len(ms) == 0 {
		return model.Message{}, model.Errorf(model.ENOTFOUND, "There is no message %d.", id)
	}
	return ms[0], nil
}

// LatestSignOff returns how the rep closed the most recent sent email that
// had a sign-off ("Best,\nJess"), or "" when none had. Given addresses, only
// emails to one of them count: the rep may sign off in German to a German
// customer and in English to the rest.
func (d *DB) LatestSignOff(ctx context.Context, to []string) (string, error) {
	q, args := `SELECT sign_off FROM messages WHERE direction = 'out' AND sign_off <> ''`, []any{}
	if len(to) > 0 {
		q += ` AND id IN (SELECT message_id FROM recipients WHERE email IN (?` + strings.Repeat(`, ?`, len(to)-1) + `))`
		for _, e := range to {
			args = append(args, model.NormalizeEmail(e))
		}
	}
	var s string
	err := d.db.QueryRowContext(ctx, q+` ORDER BY sent_at DESC LIMIT 1`, args...).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return s, dbErr(err, "read the rep's sign-off")
}

// Drafts returns the rep's saved drafts, newest first.
func (d *DB) Drafts(ctx context.Context) ([]model.Message, error) {
	return d.queryMessages(ctx, `SELECT `+messageColumns+` FROM messages m WHERE m.direction = 'draft' ORDER BY m.sent_at DESC, m.id DESC`)
}

// Counts sizes the database.
type Counts struct {
	Messages, Outbound, Threads, Events, Organizations, Calls int
}

// Counts returns the number of rows of each kind. Organizations counts
// external ones only.
func (d *DB) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := d.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM messages),
		(SELECT count(*) FROM messages WHERE direction = 'out'),
		(SELECT count(*) FROM threads),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM organizations o WHERE o.key NOT IN (SELECT domain FROM internal_domains) AND o.key NOT IN (SELECT email FROM identities)),
		(SELECT count(*) FROM calls)`).Scan(&c.Messages, &c.Outbound, &c.Threads, &c.Events, &c.Organizations, &c.Calls)
	return c, dbErr(err, "count the data")
}
