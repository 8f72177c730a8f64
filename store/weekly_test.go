package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"dialtone/analysis"
	"dialtone/model"
	"dialtone/store"
)

// weeklyFixture is a hand-built rep: two addresses (work and a personal
// gmail), a colleague, customers at two companies and one on free mail.
type weeklyFixture struct {
	db    *store.DB
	acct  model.Account
	acct2 model.Account
	seq   int
}

var (
	repWork     = model.Address{Name: "Rep", Email: "rep@seller.example"}
	repPersonal = model.Address{Name: "Rep", Email: "rep.personal@gmail.com"}
	colleague   = model.Address{Name: "Col", Email: "col@seller.example"}
	ann         = model.Address{Name: "Ann", Email: "ann@buyer.example"}
	bob         = model.Address{Name: "Bob", Email: "bob@buyer.example"}
	cat         = model.Address{Name: "Cat", Email: "cat@other.example"}
	freelancer  = model.Address{Name: "Dee", Email: "dee@gmail.com"}
)

func newWeeklyFixture(t *testing.T, now time.Time) *weeklyFixture {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir()+"/w.db", model.FixedClock(now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a1, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "work", Email: repWork.Email})
	if err != nil {
		t.Fatal(err)
	}
	a2, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountGoogle, Name: "personal", Email: repPersonal.Email})
	if err != nil {
		t.Fatal(err)
	}
	return &weeklyFixture{db: db, acct: a1, acct2: a2}
}

func (f *weeklyFixture) send(t *testing.T, at time.Time, label model.Label, from model.Address, to ...model.Address) {
	t.Helper()
	f.seq++
	m := model.Message{AccountID: f.acct.ID, Folder: "Sent", UID: uint32(f.seq), MessageID: fmt.Sprintf("m%d@test", f.seq),
		Direction: model.Outbound, From: from, To: to, Date: at, Label: label}
	if err := f.db.PutMessages(context.Background(), []model.Message{m}); err != nil {
		t.Fatal(err)
	}
}

func (f *weeklyFixture) event(t *testing.T, acct int64, e model.Event) {
	t.Helper()
	e.AccountID = acct
	if e.UID == "" {
		f.seq++
		e.UID = fmt.Sprintf("evt%d", f.seq)
	}
	if err := f.db.PutEvents(context.Background(), []model.Event{e}); err != nil {
		t.Fatal(err)
	}
}

func attendees(self model.Response, others ...model.Address) []model.Attendee {
	out := []model.Attendee{{Address: repWork, Response: self, Self: true}}
	for _, o := range others {
		out = append(out, model.Attendee{Address: o, Response: model.ResponseAccepted})
	}
	return out
}

// TestWeeklyGolden works the figures out by hand. The window is the two ISO
// weeks 2026-W43 (Mon 19 Oct) and W44 (Mon 26 Oct) in Berlin, where summer
// time ends on Sunday 25 Oct at 03:00 — inside W43.
func TestWeeklyGolden(t *testing.T) {
	ctx := context.Background()
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 10, 29, 12, 0, 0, 0, berlin) // Thursday of W44
	f := newWeeklyFixture(t, now)
	at := func(m time.Month, d, h, min int) time.Time { return time.Date(2026, m, d, h, min, 0, 0, berlin) }

	// W43 contacts.
	f.send(t, at(10, 19, 0, 30), model.Substantive, repWork, ann)             // Monday 00:30 local = Sunday UTC: still W43
	f.send(t, at(10, 20, 9, 0), model.TouchingBase, repWork, ann, bob)        // two people
	f.send(t, at(10, 21, 9, 0), model.Substantive, repWork, colleague)        // internal only: not a contact
	f.send(t, at(10, 22, 9, 0), model.TouchingBase, repPersonal, freelancer)  // from the personal address; free-mail customer
	f.send(t, at(10, 23, 9, 0), model.Substantive, repWork, repPersonal)      // to myself: not a contact
	f.send(t, at(10, 25, 23, 30), model.Substantive, repWork, cat, colleague) // Sunday night after the DST change: W43
	// W44 contacts.
	f.send(t, at(10, 26, 0, 10), model.Substantive, repWork, cat)  // Monday 00:10 local (Sunday 23:10 UTC): W44
	f.send(t, at(10, 18, 23, 59), model.Substantive, repWork, ann) // before the window

	// Connects.
	f.event(t, f.acct.ID, model.Event{UID: "shared-1", Summary: "demo", Start: at(10, 20, 10, 0), End: at(10, 20, 10, 30), Attendees: attendees(model.ResponseAccepted, ann)})
	// The same meeting seen through the second account counts once.
	f.event(t, f.acct2.ID, model.Event{UID: "shared-1", Summary: "demo", Start: at(10, 20, 10, 0), End: at(10, 20, 10, 30), Attendees: attendees(model.ResponseAccepted, ann)})
	f.event(t, f.acct.ID, model.Event{Summary: "declined", Start: at(10, 21, 10, 0), End: at(10, 21, 11, 0), Attendees: attendees(model.ResponseDeclined, bob)})
	f.event(t, f.acct.ID, model.Event{Summary: "cancelled", Status: model.EventCancelled, Start: at(10, 21, 12, 0), End: at(10, 21, 13, 0), Attendees: attendees(model.ResponseAccepted, bob)})
	f.event(t, f.acct.ID, model.Event{Summary: "too short", Start: at(10, 22, 12, 0), End: at(10, 22, 12, 4), Attendees: attendees(model.ResponseAccepted, bob)})
	f.event(t, f.acct.ID, model.Event{Summary: "exactly five", Start: at(10, 22, 13, 0), End: at(10, 22, 13, 5), Attendees: attendees(model.ResponseAccepted, bob)})
	f.event(t, f.acct.ID, model.Event{Summary: "all day", AllDay: true, Start: at(10, 23, 0, 0), End: at(10, 24, 0, 0), Attendees: attendees(model.ResponseAccepted, cat)})
	f.event(t, f.acct.ID, model.Event{Summary: "internal", Start: at(10, 23, 9, 0), End: at(10, 23, 10, 0), Attendees: attendees(model.ResponseAccepted, colleague)})
	f.event(t, f.acct.ID, model.Event{Summary: "tentative", Status: model.EventTentative, Start: at(10, 23, 11, 0), End: at(10, 23, 11, 30), Attendees: attendees(model.ResponseTentative, freelancer)})
	// A weekly recurring meeting: three instances, one UID.
	for i, d := range []int{19, 26, 2} {
		m := time.October
		if i == 2 {
			m = time.November
		}
		start := at(m, d, 16, 0)
		f.event(t, f.acct.ID, model.Event{UID: "weekly", RecurrenceID: start.UTC().Format("20060102T150405Z"), Summary: "weekly sync",
			Start: start, End: start.Add(30 * time.Minute), Attendees: attendees(model.ResponseAccepted, cat)})
	}
	f.event(t, f.acct.ID, model.Event{Summary: "later today", Start: at(10, 29, 15, 0), End: at(10, 29, 15, 30), Attendees: attendees(model.ResponseAccepted, ann)})
	if _, err := f.db.LogCall(ctx, model.LoggedCall{Person: bob, Start: at(10, 27, 17, 0), Duration: 12 * time.Minute}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.db.LogCall(ctx, model.LoggedCall{Person: bob, Start: at(10, 30, 17, 0), Duration: 12 * time.Minute}); err != nil { // in the future
		t.Fatal(err)
	}

	weeks := analysis.Weeks(now, berlin, 2)
	if weeks[0].Label != "2026-W43" || weeks[1].Label != "2026-W44" || weeks[1].Start.Sub(weeks[0].Start) != 7*24*time.Hour+time.Hour {
		t.Fatalf("weeks = %+v", weeks)
	}
	got, err := f.db.WeeklyCounts(ctx, weeks, now)
	if err != nil {
		t.Fatal(err)
	}
	want := []model.WeekCounts{
		// W43: contacts = Mon 00:30, Tue (ann+bob), Thu (freelancer), Sun night (cat) = 4;
		// people = ann, bob, dee, cat = 4; touching base = Tue, Thu = 2;
		// connects = shared-1 once, exactly five, tentative, weekly(19th) = 4.
		{Contacts: 4, PeopleContacted: 4, Connects: 4, TouchingBase: 2},
		// W44: contacts = Monday 00:10 (cat) = 1; connects = weekly(26th) + the logged
		// call on the 27th = 2 (the 2 Nov instance, today's 15:00 meeting and the
		// call on the 30th have not happened yet).
		{Contacts: 1, PeopleContacted: 1, Connects: 2, TouchingBase: 0},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: got %+v, want %+v", weeks[i].Label, got[i], want[i])
		}
	}

	// Declaring the buyer's domain internal (say, after an acquisition)
	// updates the stored flags at once.
	if err := f.db.AddInternalDomain(ctx, "buyer.example"); err != nil {
		t.Fatal(err)
	}
	got, err = f.db.WeeklyCounts(ctx, weeks, now)
	if err != nil {
		t.Fatal(err)
	}
	if w := (model.WeekCounts{Contacts: 2, PeopleContacted: 2, Connects: 2, TouchingBase: 1}); got[0] != w {
		t.Errorf("after buyer.example turned internal: W43 = %+v, want %+v", got[0], w)
	}
}
