package feat

import "testing"

// Little content counts against an email only when something in it asks
// for a reply or refers back.
func TestLittleContentNeedsCheckIn(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]bool{
		"Please print this for me and put it on my chair.":  false,
		"Can you handle this one? I'm out until Wednesday.": false,
		"Just checking in.":     true,
		"Any word on this yet?": true,
		"Per our last conversation, just checking on the status.": true,
	} {
		var f Features
		tables.Analyze(&Doc{Text: text}, &f)
		if got := f.Dense[FResidualLow]+f.Dense[FResidualNone] > 0; got != want {
			t.Errorf("%q: little-content feature %v, want %v", text, got, want)
		}
	}
}

// A name in capitals is content however short it is; the capitals that
// only mark an email and initials that sign it off are not.
func TestAcronym(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]bool{
		"The SSO fix shipped.":                    true,
		"Legal approved the DPA, so we can sign.": true,
		"FYI the fix shipped.":                    false,
		"The Fix shipped.":                        false,
		"See you then.\nDF":                       false, // initials that sign it off
		"See you then. SRS.":                      false,
		"The SSOS shipped.":                       true,
		"An APIKEYS list.":                        false, // too long for a short name
	} {
		var f Features
		tables.Analyze(&Doc{Text: text}, &f)
		got := false
		for i, tk := range f.Tokens {
			if tk.Kind == Word {
				got = got || tables.acronym(&f, i)
			}
		}
		if got != want {
			t.Errorf("%q: acronym %v, want %v", text, got, want)
		}
	}
}

// A new price or share counts as more than one word of content: "we can
// do $40/seat" is an offer, not a passing number.
func TestPriceCountsAsContent(t *testing.T) {
	tables := Compile()
	var f Features
	tables.Analyze(&Doc{Text: "Following up on the proposal. We can do $40/seat for 50 seats."}, &f)
	if f.Dense[FResidualLow] != 0 || f.Dense[FNudgeLowRes] != 0 {
		t.Errorf("an offer with a price reads as little content: residual %v, low %v, nudge-low %v",
			f.Dense[FResidual], f.Dense[FResidualLow], f.Dense[FNudgeLowRes])
	}
}

// "Note that" and a clause is a notice, no instruction: the clause may
// hold a number ("the 40 bales") or a verb in the past ("Dana signed")
// (clauseAhead, pastAhead); "Note that figure…" instructs.
func TestNoticeClauses(t *testing.T) {
	denseWants(t, FImperative, map[string]float64{
		"Note that the 40 bales for the grange are paid.":          0,
		"Note that Dana signed the lease for the north barn.":      0,
		"Note that the grange voted the hay levy down last night.": 0,
		"Note that figure in the ledger for the north barn.":       1,
		"Note that revised figure in the ledger for the hay barn.": 1,
	})
}
