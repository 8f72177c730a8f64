package feat

import "testing"

// TestStopsInsideWords: a stop written inside an address, a file name or
// a short form ends no sentence, so a reason quoting the sentence does
// not start or end in the middle of it; a stop between sentences still
// ends one, with or without a blank after it.
func TestStopsInsideWords(t *testing.T) {
	tables := Compile()
	for _, c := range []struct {
		text  string
		first string // the first sentence
		n     int    // how many sentences the text holds
	}{
		{"The SOW is at docs.example.com/sow-v3 and you can book a slot. Thanks", "The SOW is at docs.example.com/sow-v3 and you can book a slot.", 2},
		{"Pricing is on https://acme.io/pricing?plan=team for your team. Best", "Pricing is on https://acme.io/pricing?plan=team for your team.", 2},
		{"I attached deck-v3.pdf with the figures. Thanks", "I attached deck-v3.pdf with the figures.", 2},
		{"Our U.S. based team can start, i.e. next week. Best", "Our U.S. based team can start, i.e. next week.", 2},
		{"Let us talk at 10 a.m. tomorrow with Acme, L.P. and legal. Best", "Let us talk at 10 a.m. tomorrow with Acme, L.P. and legal.", 2},
		{"That is done.Thanks for the notes", "That is done.", 2},
		{"We ship on Friday. Can we talk?", "We ship on Friday.", 2},
		{"We ship in the U.S. Then Europe.", "We ship in the U.S.", 2},
		{"Version 2.5 is live. Best", "Version 2.5 is live.", 2},
	} {
		f := analyzeText(tables, c.text)
		_, start, end := f.Sentence(0)
		if got := c.text[start:end]; got != c.first {
			t.Errorf("%q: first sentence %q, want %q", c.text, got, c.first)
		}
		if n := f.sent[len(f.Tokens)-1] + 1; n != c.n {
			t.Errorf("%q: %d sentences, want %d", c.text, n, c.n)
		}
	}
}
