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
