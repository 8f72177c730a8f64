package feat

import "testing"

func TestPastDateAndRepeatedFigure(t *testing.T) {
	tables := Compile()
	text := "Any update on the quote I sent on March 3 for 42 seats?"
	var f Features
	tables.Analyze(&Doc{Text: text, Thread: []ThreadMsg{{Text: "Quote: 42 seats at $39."}}}, &f)
	if f.Dense[FDate] != 0 || f.Dense[FPastDate] != 1 {
		t.Errorf("date=%v past=%v", f.Dense[FDate], f.Dense[FPastDate])
	}
	if f.Dense[FRepeated] != 1 || f.Dense[FQuantity] != 0 {
		t.Errorf("repeated=%v quantity=%v", f.Dense[FRepeated], f.Dense[FQuantity])
	}
}

// A price ends where its number ends, unless a unit follows its slash.
func TestMoneySpan(t *testing.T) {
	expectFirstSpan(t, Compile(), "money", map[string]string{
		"plus $0.01.\nI have revised both tickets.": "$0.01",
		"Priced at $39/seat per month.":             "$39/seat",
		"It costs $12.50. Thanks":                   "$12.50",
	}, Money)
}

// TestThankedForAndOrdinals: the day of what the writer thanks for is no
// news and points back at nothing; "by the 31st" before a clause is a day.
func TestThankedForAndOrdinals(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Thanks for the call today.", Covered, "today"},
		{"Thank you again for your time on Tuesday.", Covered, "Tuesday"},
		{"Thanks for the notes. I'll send the order form today.", RelDay, "today"},
		{"If you sign by the 31st we can lock in the rate.", DateHit, "31st"},
		{"When we spoke on the 14th you mentioned the budget.", PastDate, "14th"}, // a talk had (lr.236)
		{"Revenue in the 3rd quarter grew.", Number, "3rd"},
	})
}

// TestDateKeepsItsSentence: the full stop of a German day of the month
// ("3. Dezember") ends no sentence, so a call proposed at that date and a
// clock time is scheduled, as it is without the date.
func TestDateKeepsItsSentence(t *testing.T) {
	tables := Compile()
	for _, text := range []string{
		"Frau Roth, hätten Sie Donnerstag, 3. Dezember um 11:30 oder Freitag, 4. Dezember um 16:00 Zeit für ein kurzes Telefonat?",
		"Frau Roth, hätten Sie Donnerstag um 11:30 oder Freitag um 16:00 Zeit für ein kurzes Telefonat?",
		"Mark, would Thursday, December 3 at 11:30 work for a quick call?",
	} {
		f := analyzeText(tables, text)
		if !f.Scheduled() {
			t.Errorf("%q is not scheduled: %q", text, hitsOf(tables, text))
		}
		if n := f.sent[len(f.Tokens)-1]; n != 0 {
			t.Errorf("%q reads as %d sentences", text, n+1)
		}
	}
}

// TestRangeWithUnit: a range before a unit is an amount ("2-3 weeks"); on
// its own it may still be a date ("on 5-6").
func TestRangeWithUnit(t *testing.T) {
	checkSpans(t, []spanCase{
		{"It will take 2-3 weeks to deploy.", Quantity, "2-3 weeks"},
		{"We need 4-6 more weeks.", Quantity, "4-6 more weeks"},
		{"It takes 3-5 business days.", Quantity, "3-5 business days"},
		{"Delivery on 5-6 works.", DateHit, "5-6"},
	})
}

// TestThirdPartyIsNoFigure: "a 3rd party" names someone; "the 3rd quarter"
// still counts.
func TestThirdPartyIsNoFigure(t *testing.T) {
	expectKind(t, Compile(), Number, "ordinal", map[string]bool{
		"We use a 3rd party for hosting.":      false,
		"Some 3rd parties resell the licence.": false,
		"The 3rd quarter was strong.":          true,
	})
}
