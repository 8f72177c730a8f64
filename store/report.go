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
//
// The external and declined columns are kept current from the attendees by
// the store (eventFlags), so the rules read one index.
const connectWhere = `e.start_at >= ? AND e.start_at < ? AND e.start_at <= ?
	AND e.external = 1 AND e.declined = 0
	AND e.status != 'cancelled' AND e.all_day = 0 AND e.end_at - e.start_at >= ?`

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
	// One SELECT per week and figure, glued with UNION ALL: each is an index
	// range scan, nothing is bucketed row by row, and the single statement
	// reads one consistent snapshot.
	nowU, minLen := unix(now), int64(model.MinConnectDuration/time.Second)
	var q strings.Builder
	var args []any
	for i, w := range weeks {
		ws, we := unix(w.Start), unix(w.End)
		if i > 0 {
			q.WriteString("\nUNION ALL ")
		}
		q.WriteString(`SELECT 0, ?, count(*), coalesce(sum(m.label = 'touching_base'), 0) FROM messages m
			WHERE m.direction = 'out' AND m.sent_at >= ? AND m.sent_at < ? AND m.external = 1
		UNION ALL SELECT 1, ?, count(DISTINCT r.email), 0 FROM recipients r
			WHERE r.external = 1 AND r.outbound = 1 AND r.sent_at >= ? AND r.sent_at < ?
		UNION ALL SELECT 2, ?, count(*), 0 FROM (` + connectEventsSQL + `)
		UNION ALL SELECT 3, ?, count(*), 0 FROM calls k WHERE k.started_at >= ? AND k.started_at < ? AND k.started_at <= ?`)
		args = append(args, i, ws, we, i, ws, we, i, ws, we, nowU, minLen, i, ws, we, nowU)
	}
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
