package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"dialtone/model"
)

// TestEventsDuring: the events that overlap a span, with their attendees,
// looking back no further than the longest event asked for.
func TestEventsDuring(t *testing.T) {
	ctx := context.Background()
	db, a := openWithAccount(t)
	if has, err := db.HasEvents(ctx); err != nil || has {
		t.Fatalf("an empty database has events: %v, %v", has, err)
	}
	from := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 0, 8)
	ev := func(uid string, start time.Time, d time.Duration) model.Event {
		return model.Event{AccountID: a.ID, UID: uid, Summary: uid, Start: start, End: start.Add(d), Status: model.EventConfirmed,
			Attendees: []model.Attendee{{Address: model.Address{Email: "rep@n.test"}, Self: true, Response: model.ResponseDeclined}}}
	}
	err := db.PutEvents(ctx, []model.Event{
		ev("ended-before", from.Add(-3*time.Hour), 2*time.Hour),
		ev("running-at-from", from.Add(-time.Hour), 2*time.Hour),
		ev("vacation", from.AddDate(0, 0, -10), 14*24*time.Hour),
		ev("sabbatical", from.AddDate(0, 0, -40), 60*24*time.Hour), // started before the bound
		ev("inside", from.AddDate(0, 0, 2), time.Hour),
		ev("at-to", to, time.Hour),
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.EventsDuring(ctx, from, to, 31*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	var uids []string
	for _, e := range got {
		uids = append(uids, e.UID)
		if len(e.Attendees) != 1 || e.Attendees[0].Response != model.ResponseDeclined || !e.Attendees[0].Self {
			t.Errorf("%s: attendees %+v", e.UID, e.Attendees)
		}
	}
	if want := []string{"vacation", "running-at-from", "inside"}; !slices.Equal(uids, want) {
		t.Fatalf("events during the span: %v, want %v", uids, want)
	}
	if has, err := db.HasEvents(ctx); err != nil || !has {
		t.Fatalf("HasEvents = %v, %v", has, err)
	}
}
