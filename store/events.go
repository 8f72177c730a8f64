package store

import (
	"context"
	"database/sql"
	"time"

	"dialtone/model"
)

// PutEvents writes calendar event instances (insert or update by account,
// calendar, UID and recurrence id) with their attendees, in one transaction.
func (d *DB) PutEvents(ctx context.Context, events []model.Event) error {
	return d.withTx(ctx, func(tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		for i := range events {
			if err := w.putEvent(&events[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

func (w *writer) putEvent(e *model.Event) error {
	if e.UID == "" {
		return model.Errorf(model.EINVALID, "A calendar event without a UID cannot be stored.")
	}
	if e.End.Before(e.Start) {
		return model.Errorf(model.EINVALID, "Event %q ends before it starts.", e.Summary)
	}
	status := e.Status
	if status == "" {
		status = model.EventConfirmed
	}
	err := w.queryRow(`INSERT INTO events (account_id, calendar, uid, recurrence_id, summary, start_at, end_at, all_day, status,
			organizer_email, organizer_name, conference_url, location)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (account_id, calendar, uid, recurrence_id) DO UPDATE SET
			summary = excluded.summary, start_at = excluded.start_at, end_at = excluded.end_at, all_day = excluded.all_day,
			status = excluded.status, organizer_email = excluded.organizer_email, organizer_name = excluded.organizer_name,
			conference_url = excluded.conference_url, location = excluded.location
		RETURNING id`,
		e.AccountID, e.Calendar, e.UID, e.RecurrenceID, e.Summary, unix(e.Start), unix(e.End), e.AllDay, status,
		model.NormalizeEmail(e.Organizer.Email), e.Organizer.Name, e.ConferenceURL, e.Location).Scan(&e.ID)
	if err != nil {
		return dbErr(err, "save a calendar event")
	}
	if _, err := w.exec(`DELETE FROM attendees WHERE event_id = ?`, e.ID); err != nil {
		return dbErr(err, "save the attendees")
	}
	for _, a := range e.Attendees {
		email := model.NormalizeEmail(a.Email)
		if email == "" {
			continue
		}
		if err := w.putPerson(a.Address); err != nil {
			return err
		}
		resp := a.Response
		if resp == "" {
			resp = model.ResponseNeedsAction
		}
		ext, err := w.external(email)
		if err != nil {
			return err
		}
		if _, err := w.exec(`INSERT INTO attendees (event_id, email, name, response, is_self, domain, external) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, e.ID, email, a.Name, resp, a.Self, model.Domain(email), ext && !a.Self); err != nil {
			return dbErr(err, "save the attendees")
		}
	}
	_, err = w.exec(`UPDATE events SET `+eventFlags+` WHERE id = ?`, e.ID)
	return dbErr(err, "save a calendar event")
}

// Events returns the event instances that start in [from, to), earliest first.
func (d *DB) Events(ctx context.Context, from, to time.Time) ([]model.Event, error) {
	return d.events(ctx, "start_at >= ? AND start_at < ?", unix(from), unix(to))
}

// EventsDuring returns the event instances that overlap [from, to) and
// started no more than longest before from (a bound that keeps the index
// range short), earliest first: what keeps the rep busy then.
func (d *DB) EventsDuring(ctx context.Context, from, to time.Time, longest time.Duration) ([]model.Event, error) {
	return d.events(ctx, "start_at >= ? AND start_at < ? AND end_at > ?", unix(from.Add(-longest)), unix(to), unix(from))
}

// events returns the event instances, with their attendees, that where
// (a condition on the events table's columns, with args) selects.
func (d *DB) events(ctx context.Context, where string, args ...any) ([]model.Event, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, account_id, calendar, uid, recurrence_id, summary, start_at, end_at, all_day, status,
			organizer_email, organizer_name, conference_url, location
		FROM events WHERE `+where+` ORDER BY start_at, id`, args...)
	if err != nil {
		return nil, dbErr(err, "read the calendar")
	}
	defer rows.Close()
	var out []model.Event
	index := map[int64]int{}
	for rows.Next() {
		var e model.Event
		var s, en int64
		if err := rows.Scan(&e.ID, &e.AccountID, &e.Calendar, &e.UID, &e.RecurrenceID, &e.Summary, &s, &en, &e.AllDay, &e.Status,
			&e.Organizer.Email, &e.Organizer.Name, &e.ConferenceURL, &e.Location); err != nil {
			return nil, dbErr(err, "read the calendar")
		}
		e.Start, e.End = fromUnix(s), fromUnix(en)
		index[e.ID] = len(out)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, dbErr(err, "read the calendar")
	}
	rows.Close()
	if len(out) == 0 {
		return nil, nil
	}
	arows, err := d.db.QueryContext(ctx, `SELECT a.event_id, a.email, a.name, a.response, a.is_self FROM attendees a
		JOIN events e ON e.id = a.event_id WHERE `+where+` ORDER BY a.rowid`, args...)
	if err != nil {
		return nil, dbErr(err, "read the attendees")
	}
	defer arows.Close()
	for arows.Next() {
		var id int64
		var a model.Attendee
		if err := arows.Scan(&id, &a.Email, &a.Name, &a.Response, &a.Self); err != nil {
			return nil, dbErr(err, "read the attendees")
		}
		if i, ok := index[id]; ok {
			out[i].Attendees = append(out[i].Attendees, a)
		}
	}
	return out, dbErr(arows.Err(), "read the attendees")
}

// LogCall records a call the rep had; it counts as a connect.
func (d *DB) LogCall(ctx context.Context, c model.LoggedCall) (model.LoggedCall, error) {
	email := model.NormalizeEmail(c.Person.Email)
	if email == "" || c.Start.IsZero() || c.Duration < 0 {
		return c, model.Errorf(model.EINVALID, "A logged call needs who, when and a duration that is not negative.")
	}
	err := d.withTx(ctx, func(tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		if err := w.putPerson(c.Person); err != nil {
			return err
		}
		res, err := w.exec(`INSERT INTO calls (person_email, person_name, started_at, duration_seconds, note, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			email, c.Person.Name, unix(c.Start), int64(c.Duration/time.Second), c.Note, unix(d.clock.Now()))
		if err != nil {
			return dbErr(err, "save the call")
		}
		c.ID, err = res.LastInsertId()
		return dbErr(err, "save the call")
	})
	return c, err
}

// HasEvents reports whether the database holds any calendar event: whether
// the rep's calendar is known at all.
func (d *DB) HasEvents(ctx context.Context) (bool, error) {
	var has bool
	err := d.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM events)`).Scan(&has)
	return has, dbErr(err, "read the calendar")
}
