package analysis

import (
	"strings"
	"time"
	"unicode"

	"dialtone/model"
)

// CallLength is how long a proposed call lasts.
const CallLength = 15 * time.Minute

// SlotHorizon is how far ahead CallSlots looks: within a week a weekday's
// name ("Tuesday") names one day, so a proposal needs no dates.
const SlotHorizon = 7 * 24 * time.Hour

// Clock times CallSlots proposes, in the rep's time zone, in the order it
// prefers them: late morning first for one slot, mid-afternoon first for the
// other, so the reader gets two different parts of the day.
var (
	mornings   = []int{10 * 60, 10*60 + 30, 11 * 60, 11*60 + 30, 9*60 + 30}
	afternoons = []int{14*60 + 30, 15 * 60, 14 * 60, 15*60 + 30, 16 * 60, 13*60 + 30}
)

// absences are words of an all-day event's title that say the rep is away
// that day, written as namesAbsence compares them: lower case, words
// separated by one space. Other all-day events ("Working from home", a
// birthday, a visit window) leave the day free: calendars use them as
// markers.
var absences = []string{
	"out of office", "ooo", "vacation", "holiday", "holidays", "pto", "leave", "day off",
	"sick", "travel", "trip", "conference", "offsite", "off site",
	"urlaub", "abwesend", "congés", "conges", "vacances", "vacaciones", "ferie", "férias", "vakantie", "verlof",
}

// CallSlots returns up to two times, soonest first, for a 15-minute call
// the rep could propose in an email written at now: free in the rep's
// calendar, on working days (Monday to Friday) after today and within
// SlotHorizon, one in the late morning and one in the afternoon of a later
// day when the calendar allows, else two on the same day. A timed event
// blocks its time unless it is cancelled or the rep declined it; an all-day
// event blocks its days when its title names an absence. Fewer than two
// slots means the coming week is booked.
func CallSlots(events []model.Event, r Rep, now time.Time, loc *time.Location) []time.Time {
	busy := busyTimes(events, r, loc)
	free := func(t time.Time) bool {
		end := t.Add(CallLength)
		for _, b := range busy {
			if t.Before(b.end) && b.start.Before(end) {
				return false
			}
		}
		return true
	}
	var days []time.Time
	now = now.In(loc)
	for d := 1; d <= int(SlotHorizon/(24*time.Hour)); d++ {
		day := midnight(now.AddDate(0, 0, d), loc)
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday {
			days = append(days, day)
		}
	}
	at := func(day time.Time, minutes int) time.Time {
		return time.Date(day.Year(), day.Month(), day.Day(), minutes/60, minutes%60, 0, 0, loc)
	}
	// first finds the first free time of a day in the order of prefs.
	first := func(day time.Time, prefs ...[]int) (time.Time, bool) {
		for _, p := range prefs {
			for _, m := range p {
				if t := at(day, m); free(t) {
					return t, true
				}
			}
		}
		return time.Time{}, false
	}
	var out []time.Time
	// One slot per day: a morning first, then an afternoon on a later day.
	for _, day := range days {
		prefs := [][]int{mornings, afternoons}
		if len(out) == 1 {
			prefs = [][]int{afternoons, mornings}
		}
		if t, ok := first(day, prefs...); ok {
			out = append(out, t)
			if len(out) == 2 {
				return out
			}
		}
	}
	// A week with a single free day: two times on it.
	if len(out) == 1 {
		day := midnight(out[0], loc)
		for _, m := range append(append([]int{}, afternoons...), mornings...) {
			if t := at(day, m); t.Sub(out[0]) >= time.Hour && free(t) {
				return append(out, t)
			}
		}
	}
	return out
}

// PlanCall returns the times to propose a call at, for rep r writing at now
// in zone loc: CallSlots's in the coming week or, when calendar says events
// were read from the rep's calendar and that week is booked, CallSlots's in
// the week after (Later). Without a calendar the times are an empty
// calendar's, with no claim that they are free.
func PlanCall(events []model.Event, r Rep, now time.Time, loc *time.Location, calendar bool) CallTimes {
	c := CallTimes{Slots: CallSlots(events, r, now, loc), Calendar: calendar}
	if calendar && len(c.Slots) < 2 {
		c.Later = true
		c.Slots = CallSlots(events, r, now.Add(SlotHorizon), loc)
	}
	return c
}

type span struct{ start, end time.Time }

// busyTimes returns the spans events keep the rep busy.
func busyTimes(events []model.Event, r Rep, loc *time.Location) []span {
	var out []span
	for _, e := range events {
		if e.Status == model.EventCancelled || !e.End.After(e.Start) || declined(e, r) {
			continue
		}
		if e.AllDay {
			if !namesAbsence(e.Summary) {
				continue
			}
			// An all-day event covers dates, not instants (RFC 5545
			// §3.3.4): the same days in the rep's zone.
			out = append(out, span{dateIn(e.Start, loc), dateIn(e.End, loc)})
			continue
		}
		out = append(out, span{e.Start, e.End})
	}
	return out
}

// midnight returns the start, in loc, of the date t has in its own zone.
func midnight(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
}

// dateIn returns the start, in loc, of the date an all-day event's bound
// t names. It is stored as a midnight: in the rep's zone, or in UTC for a
// date that has no zone.
func dateIn(t time.Time, loc *time.Location) time.Time {
	if l := t.In(loc); l.Hour() != 0 || l.Minute() != 0 {
		t = t.UTC()
	} else {
		t = l
	}
	return midnight(t, loc)
}

// declined reports whether the rep declined event e.
func declined(e model.Event, r Rep) bool {
	for _, a := range e.Attendees {
		if a.Self || r.IsSelf(a.Email) {
			return a.Response == model.ResponseDeclined
		}
	}
	return false
}

// namesAbsence reports whether an all-day event's title says the rep is
// away: one of absences as whole words.
func namesAbsence(title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	t := " " + strings.Join(words, " ") + " "
	for _, a := range absences {
		if strings.Contains(t, " "+a+" ") {
			return true
		}
	}
	return false
}
