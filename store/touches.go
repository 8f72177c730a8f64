package store

import (
	"context"
	"sort"
	"strings"
	"time"

	"dialtone/model"
)

// Touches lists the contacts and connects in [from, to), one per
// organization touched, by the same rules as WeeklyCounts; connects must have
// started by now. org, when not empty, keeps only that organization.
func (d *DB) Touches(ctx context.Context, from, to, now time.Time, org string) ([]model.Touch, error) {
	type key struct {
		source string
		id     int64
		org    string
	}
	byKey := map[key]*model.Touch{}
	var order []key
	add := func(k key, t model.Touch, person string) {
		if org != "" && k.org != org {
			return
		}
		cur, ok := byKey[k]
		if !ok {
			t.OrgKey = k.org
			cur = &t
			byKey[k] = cur
			order = append(order, k)
		}
		if person != "" && !contains(cur.People, person) {
			cur.People = append(cur.People, person)
		}
	}
	f, t, n := unix(from), unix(to), unix(now)

	rows, err := d.db.QueryContext(ctx, `SELECT m.id, m.sent_at, m.subject, m.label, r.email, coalesce(p.org_key, r.email)
		FROM messages m JOIN recipients r ON r.message_id = m.id AND r.external = 1
		LEFT JOIN people p ON p.email = r.email
		WHERE m.direction = 'out' AND m.sent_at >= ? AND m.sent_at < ? AND m.external = 1
		ORDER BY m.sent_at, m.id, r.rowid`, f, t)
	if err != nil {
		return nil, dbErr(err, "list contacts")
	}
	for rows.Next() {
		var id, at int64
		var subject, email, orgKey string
		var label model.Label
		if err := rows.Scan(&id, &at, &subject, &label, &email, &orgKey); err != nil {
			rows.Close()
			return nil, dbErr(err, "list contacts")
		}
		add(key{"email", id, orgKey}, model.Touch{Kind: model.TouchContact, Source: "email", ID: id, At: fromUnix(at), Title: subject, Label: label}, email)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "list contacts")
	}

	// Meetings: the connect rules of WeeklyCounts, one instance per UID and
	// recurrence id (the lowest event id stands for the others).
	rows, err = d.db.QueryContext(ctx, `WITH c AS (SELECT min(e.id) AS id FROM events e WHERE `+connectWhere+`
			GROUP BY e.uid, e.recurrence_id)
		SELECT e.id, e.start_at, e.summary, a.email, coalesce(p.org_key, a.email)
		FROM c JOIN events e ON e.id = c.id
		JOIN attendees a ON a.event_id = e.id AND a.external = 1
		LEFT JOIN people p ON p.email = a.email
		ORDER BY e.start_at, e.id`, f, t, n, int64(model.MinConnectDuration/time.Second))
	if err != nil {
		return nil, dbErr(err, "list meetings")
	}
	for rows.Next() {
		var id, at int64
		var summary, email, orgKey string
		if err := rows.Scan(&id, &at, &summary, &email, &orgKey); err != nil {
			rows.Close()
			return nil, dbErr(err, "list meetings")
		}
		add(key{"meeting", id, orgKey}, model.Touch{Kind: model.TouchConnect, Source: "meeting", ID: id, At: fromUnix(at), Title: summary}, email)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "list meetings")
	}

	rows, err = d.db.QueryContext(ctx, `SELECT k.id, k.started_at, k.note, k.duration_seconds, k.person_email, coalesce(p.org_key, k.person_email)
		FROM calls k LEFT JOIN people p ON p.email = k.person_email
		WHERE k.started_at >= ? AND k.started_at < ? AND k.started_at <= ? ORDER BY k.started_at, k.id`, f, t, n)
	if err != nil {
		return nil, dbErr(err, "list calls")
	}
	defer rows.Close()
	for rows.Next() {
		var id, at, secs int64
		var note, email, orgKey string
		if err := rows.Scan(&id, &at, &note, &secs, &email, &orgKey); err != nil {
			return nil, dbErr(err, "list calls")
		}
		title := note
		if title == "" {
			title = "Call (" + (time.Duration(secs) * time.Second).String() + ")"
		}
		add(key{"call", id, orgKey}, model.Touch{Kind: model.TouchConnect, Source: "call", ID: id, At: fromUnix(at), Title: title}, email)
	}
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "list calls")
	}

	out := make([]model.Touch, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
