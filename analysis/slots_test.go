package analysis_test

import (
	"slices"
	"testing"
	"time"

	"dialtone/analysis"
	"dialtone/model"
)

func TestCallSlots(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	rep := analysis.NewRep([]string{"sam@vendor.example"}, nil)
	// at is a time in Berlin in the week of Monday 23 November 2026.
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 11, day, hour, minute, 0, 0, berlin) }
	meeting := func(start, end time.Time) model.Event {
		return model.Event{Summary: "Pricing review", Start: start, End: end, Status: model.EventConfirmed}
	}
	allDay := func(title string, day, days int) model.Event {
		s := at(day, 0, 0)
		return model.Event{Summary: title, Start: s, End: s.AddDate(0, 0, days), AllDay: true, Status: model.EventConfirmed}
	}
	// booked fills the working hours of a day.
	booked := func(day int) model.Event { return meeting(at(day, 8, 0), at(day, 18, 0)) }
	monday := at(23, 15, 0)

	cases := []struct {
		name   string
		now    time.Time
		events []model.Event
		want   []time.Time
	}{
		{"an empty calendar: the next two working days", monday, nil, []time.Time{at(24, 10, 0), at(25, 14, 30)}},
		{"written on Friday evening: Monday and Tuesday", at(27, 19, 0), nil, []time.Time{at(30, 10, 0), time.Date(2026, 12, 1, 14, 30, 0, 0, berlin)}},
		{"written on Saturday", at(28, 11, 0), nil, []time.Time{at(30, 10, 0), time.Date(2026, 12, 1, 14, 30, 0, 0, berlin)}},
		{"a meeting until 10:30 moves the morning slot", monday, []model.Event{meeting(at(24, 9, 30), at(24, 10, 30))},
			[]time.Time{at(24, 10, 30), at(25, 14, 30)}},
		{"a meeting that overlaps by a minute blocks", monday, []model.Event{meeting(at(24, 10, 14), at(24, 11, 0)), meeting(at(25, 14, 0), at(25, 14, 31))},
			[]time.Time{at(24, 11, 0), at(25, 15, 0)}},
		{"a busy morning: the first slot is in the afternoon", monday, []model.Event{meeting(at(24, 8, 0), at(24, 12, 0))},
			[]time.Time{at(24, 14, 30), at(25, 14, 30)}},
		{"a booked day is skipped", monday, []model.Event{booked(24), booked(25)},
			[]time.Time{at(26, 10, 0), at(27, 14, 30)}},
		{"a meeting in another time zone", monday, []model.Event{meeting(time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC))},
			[]time.Time{at(24, 10, 30), at(25, 14, 30)}},
		{"cancelled and declined meetings leave the time free", monday, []model.Event{
			{Summary: "Demo", Start: at(24, 10, 0), End: at(24, 11, 0), Status: model.EventCancelled},
			{Summary: "Partner sync", Start: at(25, 14, 0), End: at(25, 15, 0), Status: model.EventConfirmed,
				Attendees: []model.Attendee{{Address: model.Address{Email: "Sam@Vendor.example"}, Response: model.ResponseDeclined}}},
		}, []time.Time{at(24, 10, 0), at(25, 14, 30)}},
		{"a tentative meeting and one not yet answered block", monday, []model.Event{
			{Summary: "Maybe", Start: at(24, 10, 0), End: at(24, 11, 0), Status: model.EventTentative},
			{Summary: "Invite", Start: at(25, 14, 0), End: at(25, 15, 0), Status: model.EventConfirmed,
				Attendees: []model.Attendee{{Address: model.Address{Email: "x@vendor.example"}, Self: true, Response: model.ResponseNeedsAction}}},
		}, []time.Time{at(24, 11, 0), at(25, 15, 0)}},
		{"an all-day absence blocks its days", monday, []model.Event{allDay("Vacation (Lisbon)", 24, 2)},
			[]time.Time{at(26, 10, 0), at(27, 14, 30)}},
		{"an all-day absence stored as UTC dates", monday, []model.Event{{Summary: "OOO", AllDay: true, Status: model.EventConfirmed,
			Start: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)}},
			[]time.Time{at(25, 10, 0), at(26, 14, 30)}},
		{"an all-day absence in German", monday, []model.Event{allDay("Urlaub", 24, 1)},
			[]time.Time{at(25, 10, 0), at(26, 14, 30)}},
		{"an all-day marker leaves the day free", monday, []model.Event{allDay("Working from home", 24, 1), allDay("Leaves of Acme on-site visit window", 25, 1), allDay("Birthday: Priya", 25, 1)},
			[]time.Time{at(24, 10, 0), at(25, 14, 30)}},
		{"a single free day gives two times on it", monday, []model.Event{booked(24), booked(25), booked(26), booked(27)},
			[]time.Time{time.Date(2026, 11, 30, 10, 0, 0, 0, berlin), time.Date(2026, 11, 30, 14, 30, 0, 0, berlin)}},
		{"a booked week gives nothing", monday, []model.Event{booked(24), booked(25), booked(26), booked(27), meeting(time.Date(2026, 11, 30, 8, 0, 0, 0, berlin), time.Date(2026, 11, 30, 18, 0, 0, 0, berlin))},
			nil},
		{"the day the clocks change", time.Date(2026, 10, 23, 12, 0, 0, 0, berlin), nil,
			[]time.Time{time.Date(2026, 10, 26, 10, 0, 0, 0, berlin), time.Date(2026, 10, 27, 14, 30, 0, 0, berlin)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := analysis.CallSlots(c.events, rep, c.now, berlin)
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for i := range got {
				if !got[i].Equal(c.want[i]) || got[i].Location() != berlin {
					t.Errorf("slot %d: got %v, want %v", i, got[i], c.want[i])
				}
				if d := got[i].Sub(c.now); d <= 0 || d > analysis.SlotHorizon+24*time.Hour {
					t.Errorf("slot %d: %v is %v after now", i, got[i], d)
				}
			}
		})
	}
}

// TestCallSlotsAllDayWestOfUTC: an all-day absence stored at UTC midnight
// blocks its own date for a rep whose zone is behind UTC, not the day before.
func TestCallSlotsAllDayWestOfUTC(t *testing.T) {
	chicago, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	pto := model.Event{Summary: "PTO", AllDay: true, Status: model.EventConfirmed,
		Start: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)}
	got := analysis.CallSlots([]model.Event{pto}, analysis.Rep{}, time.Date(2026, 11, 23, 12, 0, 0, 0, chicago), chicago)
	want := []time.Time{time.Date(2026, 11, 25, 10, 0, 0, 0, chicago), time.Date(2026, 11, 26, 14, 30, 0, 0, chicago)}
	if len(got) != 2 || !got[0].Equal(want[0]) || !got[1].Equal(want[1]) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// TestPlanCall: a booked week moves the call to the week after; without a
// calendar nothing is booked.
func TestPlanCall(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	rep := analysis.NewRep([]string{"sam@vendor.example"}, nil)
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 11, day, hour, minute, 0, 0, berlin) }
	monday := at(23, 15, 0)
	week := []model.Event{{Summary: "Trade fair", Start: at(24, 0, 0), End: at(24, 0, 0).AddDate(0, 0, 7), Status: model.EventConfirmed}}
	got := analysis.PlanCall(week, rep, monday, berlin, true)
	want := []time.Time{time.Date(2026, 12, 1, 10, 0, 0, 0, berlin), time.Date(2026, 12, 2, 14, 30, 0, 0, berlin)}
	if !got.Later || !got.Booked() || !got.Free() || !slices.EqualFunc(got.Slots, want, time.Time.Equal) {
		t.Errorf("a booked week: %+v, want the week after at %v", got, want)
	}
	if got := analysis.PlanCall(nil, rep, monday, berlin, true); got.Later || got.Booked() || len(got.Slots) != 2 {
		t.Errorf("a free week: %+v", got)
	}
	// no calendar: the empty calendar's times, not read free
	if got := analysis.PlanCall(nil, rep, monday, berlin, false); got.Later || got.Free() || len(got.Slots) != 2 {
		t.Errorf("no calendar: %+v", got)
	}
	both := []model.Event{{Summary: "Trade fair", Start: at(24, 0, 0), End: at(24, 0, 0).AddDate(0, 0, 16), Status: model.EventConfirmed}}
	if got := analysis.PlanCall(both, rep, monday, berlin, true); !got.Later || got.Free() || len(got.Slots) != 0 {
		t.Errorf("two booked weeks: %+v", got)
	}
}
