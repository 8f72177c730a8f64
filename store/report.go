package store

import (
	"context"
	"strings"
	"time"

	"dialtone/model"
)

// The SQL forms of DESIGN.md's definitions. An address is external when it is
// not one of the rep's own and its domain is not the rep's company's.
const (
	externalRecipient = `r.email NOT IN (SELECT email FROM identities) AND r.domain NOT IN (SELECT domain FROM internal_domains)`
	externalAttendee  = `a.is_self = 0 AND a.email NOT IN (SELECT email FROM identities) AND a.domain NOT IN (SELECT domain FROM internal_domains)`
	selfAttendee      = `(a.is_self = 1 OR a.email IN (SELECT email FROM identities))`
)

// contactsSQL selects outbound messages with at least one external recipient.
const contactsSQL = `SELECT m.id, m.sent_at, m.label FROM messages m
	WHERE m.direction = 'out' AND m.sent_at >= :from AND m.sent_at < :to
	AND EXISTS (SELECT 1 FROM recipients r WHERE r.message_id = m.id AND ` + externalRecipient + `)`

// connectEventsSQL selects connects from the calendar: one row per meeting
// instance (UID + recurrence id, however many accounts saw it) that has an
// external attendee, is not cancelled nor declined by the rep, is not an
// all-day entry, lasts at least five minutes and has started.
const connectEventsSQL = `SELECT e.uid, e.recurrence_id, min(e.start_at) AS start_at FROM events e
	WHERE e.start_at >= :from AND e.start_at < :to AND e.start_at <= :now
	AND e.status != 'cancelled' AND e.all_day = 0 AND e.end_at - e.start_at >= :minlen
	AND EXISTS (SELECT 1 FROM attendees a WHERE a.event_id = e.id AND ` + externalAttendee + `)
	AND NOT EXISTS (SELECT 1 FROM attendees a WHERE a.event_id = e.id AND ` + selfAttendee + ` AND a.response = 'declined')
	GROUP BY e.uid, e.recurrence_id`

// WeeklyCounts aggregates contacts, distinct people contacted, connects
// (calendar and logged calls) and touching-base contacts for each week range.
// now bounds connects to meetings that have started.
func (d *DB) WeeklyCounts(ctx context.Context, weeks []model.WeekRange, now time.Time) ([]model.WeekCounts, error) {
	out := make([]model.WeekCounts, len(weeks))
	if len(weeks) == 0 {
		return out, nil
	}
	var vals []string
	args := []any{}
	for i, w := range weeks {
		vals = append(vals, "(?, ?, ?)")
		args = append(args, i, unix(w.Start), unix(w.End))
	}
	from, to := unix(weeks[0].Start), unix(weeks[len(weeks)-1].End)
	named := strings.NewReplacer(":from", "?", ":to", "?", ":now", "?", ":minlen", "?")
	cte := `WITH weeks (idx, ws, we) AS (VALUES ` + strings.Join(vals, ", ") + `)`
	q := cte + `,
	contacts AS (` + named.Replace(contactsSQL) + `),
	connects AS (` + named.Replace(connectEventsSQL) + `)
	SELECT w.idx,
		(SELECT count(*) FROM contacts c WHERE c.sent_at >= w.ws AND c.sent_at < w.we),
		(SELECT count(*) FROM contacts c WHERE c.sent_at >= w.ws AND c.sent_at < w.we AND c.label = 'touching_base'),
		(SELECT count(DISTINCT r.email) FROM contacts c JOIN recipients r ON r.message_id = c.id
			WHERE c.sent_at >= w.ws AND c.sent_at < w.we AND ` + externalRecipient + `),
		(SELECT count(*) FROM connects e WHERE e.start_at >= w.ws AND e.start_at < w.we)
		+ (SELECT count(*) FROM calls k WHERE k.started_at >= w.ws AND k.started_at < w.we AND k.started_at <= ?)
	FROM weeks w ORDER BY w.idx`
	nowU := unix(now)
	args = append(args, from, to, from, to, nowU, int64(model.MinConnectDuration/time.Second), nowU)
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, dbErr(err, "compute the weekly report")
	}
	defer rows.Close()
	for rows.Next() {
		var i int
		var c model.WeekCounts
		if err := rows.Scan(&i, &c.Contacts, &c.TouchingBase, &c.PeopleContacted, &c.Connects); err != nil {
			return nil, dbErr(err, "compute the weekly report")
		}
		out[i] = c
	}
	return out, dbErr(rows.Err(), "compute the weekly report")
}
