package feat

import "testing"

// A scheduling page is no material: it books a meeting.
func TestBookingLink(t *testing.T) {
	for url, booking := range map[string]bool{
		"https://calendly.com/jess-tran/15min":                                       true,
		"https://www.cal.com/ana":                                                    true,
		"http://acme.chilipiper.com/book/me":                                         true,
		"https://meetings.hubspot.com/jess":                                          true,
		"https://meetings-eu1.hubspot.com/jess?uuid=1":                               true,
		"https://calendar.app.google/XyZ123":                                         true,
		"https://calendar.google.com/calendar/appointments/schedules/AcZssZ0":        true,
		"https://outlook.office.com/bookwithme/user/abc@tallyhq.example":             true,
		"https://outlook.office365.com/owa/calendar/Tally@tallyhq.example/bookings/": true,
		"https://jess.youcanbook.me":                                                 true,
		"https://hubspot.com/pricing":                                                false,
		"https://calendar.google.com/calendar/event?eid=x":                           false,
		"https://docs.example.com/calendly-review":                                   false,
		"https://notcalendly.com/x":                                                  false,
		"https://outlook.office.com/mail/":                                           false,
		"https://x.example/q":                                                        false,
	} {
		if got := isBookingLink(url); got != booking {
			t.Errorf("isBookingLink(%q) = %v", url, got)
		}
	}
	tables := Compile()
	text := "Grab a time here: https://calendly.com/jess/15min or see the deck at https://x.example/deck-v3."
	f := analyzeText(tables, text)
	if got := firstSpan(f, text, BookingLink); got != "https://calendly.com/jess/15min" {
		t.Errorf("booking link %q", got)
	}
	if countHits(f, Link) != 1 || firstSpan(f, text, Link) != "https://x.example/deck-v3" {
		t.Errorf("links %q (%d)", firstSpan(f, text, Link), countHits(f, Link))
	}
	if got := firstSpan(f, text, Number, Quantity); got != "" {
		t.Errorf("a figure in the address: %q", got)
	}
}

// A file's path written with backslashes names folders and files: its
// numbers are no figures or dates of the text, and the figure beside it
// still counts.
func TestPathsHoldNoFigures(t *testing.T) {
	tables := Compile()
	text := `The crate list is in S:\orchard\2027\week14\crates.xls and \\barn01\share\q3 now; it lists 48 crates.`
	f := analyzeText(tables, text)
	if got := firstSpan(f, text, Number, Quantity, DateHit, Month); got != "48" {
		t.Errorf("first figure or date %q, want the 48 crates after the paths", got)
	}
	if n := countHits(f, Number) + countHits(f, Quantity) + countHits(f, DateHit); n != 1 {
		t.Errorf("%d figures and dates, want 1", n)
	}
}
