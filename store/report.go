package store

import (
	"context"
	"strings"
	"time"

	"dialtone/model"
)

// connectWhere holds DESIGN.md's connect rules for an events row e: it has
// an external attendee, is neither cancelled nor declined by the rep, is not
// an all-day entry, lasts at least five minutes and has started. Its
// parameters are from, to, now and the minimum length in seconds.
const connectWhere = `e.start_at >= ? AND e.start_at < ? AND e.start_at <= ?
	AND e.status != 'cancelled' AND e.all_day = 0 AND e.end_at - e.start_at >= ?
	AND EXISTS (SELECT 1 FROM attendees a WHERE a.event_id = e.id AND a.external = 1)
	AND NOT EXISTS (SELECT 1 FROM attendees a WHERE a.event_id = e.id
		AND (a.is_self = 1 OR a.email IN (SELECT email FROM identities)) AND a.response = 'declined')`

// connectEventsSQL selects connects from the calendar, one row per meeting
// instance (UID + recurrence id), however many accounts saw it.
const connectEventsSQL = `SELECT min(e.start_at) AS at FROM events e WHERE ` + connectWhere + `
	GROUP BY e.uid, e.recurrence_id`

// WeeklyCounts aggregates, for each week range, contacts (outbound messages
// with an external recipient), the distinct external people they went to,
// the touching-base ones among them, and connects (calendar meetings and
// logged calls that have started by now).
func (d *DB) WeeklyCounts(ctx context.Context, weeks []model.WeekRange, now time.Time) ([]model.WeekCounts, error) {
	out := make([]model.WeekCounts, len(weeks))
	if len(weeks) == 0 {
		return out, nil
	}
	// bucket(col) maps a time column to its week index; the ranges are
	// contiguous, so each WHEN compares with one week's end.
	bucket := func(col string) (string, []any) {
		var b strings.Builder
		args := make([]any, 0, 2*len(weeks))
		b.WriteString("CASE")
		for i, w := range weeks {
			b.WriteString(" WHEN " + col + " < ? THEN ?")
			args = append(args, unix(w.End), i)
		}
		b.WriteString(" END")
		return b.String(), args
	}
	from, to, nowU := unix(weeks[0].Start), unix(weeks[len(weeks)-1].End), unix(now)
	var q strings.Builder
	var args []any
	part := func(col, sql string, params ...any) {
		if q.Len() > 0 {
			q.WriteString("\nUNION ALL\n")
		}
		expr, bargs := bucket(col)
		q.WriteString(strings.Replace(sql, "{idx}", expr, 1))
		args = append(args, bargs...)
		args = append(args, params...)
	}
	part("m.sent_at", `SELECT 0, {idx} AS idx, count(*), coalesce(sum(m.label = 'touching_base'), 0) FROM messages m
		WHERE m.direction = 'out' AND m.sent_at >= ? AND m.sent_at < ? AND m.external = 1 GROUP BY idx`, from, to)
	part("m.sent_at", `SELECT 1, {idx} AS idx, count(DISTINCT r.email), 0 FROM messages m
		JOIN recipients r ON r.message_id = m.id AND r.external = 1
		WHERE m.direction = 'out' AND m.sent_at >= ? AND m.sent_at < ? AND m.external = 1 GROUP BY idx`, from, to)
	part("c.at", `SELECT 2, {idx} AS idx, count(*), 0 FROM (`+connectEventsSQL+`) c GROUP BY idx`,
		from, to, nowU, int64(model.MinConnectDuration/time.Second))
	part("k.started_at", `SELECT 3, {idx} AS idx, count(*), 0 FROM calls k
		WHERE k.started_at >= ? AND k.started_at < ? AND k.started_at <= ? GROUP BY idx`, from, to, nowU)

	rows, err := d.db.QueryContext(ctx, q.String(), args...)
	if err != nil {
		return nil, dbErr(err, "compute the weekly report")
	}
	defer rows.Close()
	for rows.Next() {
		var kind, idx, n, tb int
		if err := rows.Scan(&kind, &idx, &n, &tb); err != nil {
			return nil, dbErr(err, "compute the weekly report")
		}
		c := &out[idx]
		switch kind {
		case 0:
			c.Contacts, c.TouchingBase = n, tb
		case 1:
			c.PeopleContacted = n
		default:
			c.Connects += n
		}
	}
	return out, dbErr(rows.Err(), "compute the weekly report")
}
