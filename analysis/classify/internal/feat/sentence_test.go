package feat

import "testing"

// TestStopsInsideWords: a stop written inside an address, a file name or
// a short form, or before a comma, ends no sentence, so a reason quoting
// the sentence does not start or end in the middle of it; the brackets,
// quotation marks and stops that close a sentence stay with it; a stop
// between sentences still ends one, with or without a blank after it.
func TestStopsInsideWords(t *testing.T) {
	splits(t, []splitCase{
		{"The SOW is at docs.example.com/sow-v3 and you can book a slot. Thanks", "The SOW is at docs.example.com/sow-v3 and you can book a slot.", 2},
		{"Pricing is on https://acme.io/pricing?plan=team for your team. Best", "Pricing is on https://acme.io/pricing?plan=team for your team.", 2},
		{"I attached deck-v3.pdf with the figures. Thanks", "I attached deck-v3.pdf with the figures.", 2},
		{"Our U.S. based team can start, i.e. next week. Best", "Our U.S. based team can start, i.e. next week.", 2},
		{"Let us talk at 10 a.m. tomorrow with Acme, L.P. and legal. Best", "Let us talk at 10 a.m. tomorrow with Acme, L.P. and legal.", 2},
		{"That is done.Thanks for the notes", "That is done.", 2},
		{"We ship on Friday. Can we talk?", "We ship on Friday.", 2},
		{"We ship in the U.S. Then Europe.", "We ship in the U.S.", 2},
		{"Version 2.5 is live. Best", "Version 2.5 is live.", 2},
		{"The court moved it to 9:30 a.m., so we need it signed. Best", "The court moved it to 9:30 a.m., so we need it signed.", 2},
		{"Send the forms, tax reps etc., and the list. Best", "Send the forms, tax reps etc., and the list.", 2},
		{"It is signed (see the deck.) Next is legal.", "It is signed (see the deck.)", 2},
		{"Can we talk?! Tuesday works.", "Can we talk?!", 2},
		{"Well... we shipped it. Best", "Well...", 3},
		{"He said “yes.” We start Monday.", "He said “yes.”", 2},
		{"We start Monday. \"Pilot\" is the word.", "We start Monday.", 2},
		{"Enron Corp.'s board approved it. Best", "Enron Corp.'s board approved it.", 2},
		{"Acme Inc.’s counsel signed. Best", "Acme Inc.’s counsel signed.", 2},
		{"We said 'go.' Then we went.", "We said 'go.'", 2},
		{"Pick a day, e.g. Tuesday or Wednesday. Best", "Pick a day, e.g. Tuesday or Wednesday.", 2},
		{"One file, i.e. The Deck, is left. Best", "One file, i.e. The Deck, is left.", 2},
	})
}

// TestDashInsideAQuestionOrRange: a set-off dash ends a clause, except
// between two months or two weekdays (a range) and inside one question:
// a clause that opens as a question and runs on past the dash to its "?"
// without asking anew. A dash before a question of its own, or after a
// clause that asks nothing, still ends the clause.
func TestDashInsideAQuestionOrRange(t *testing.T) {
	splits(t, []splitCase{
		{"Dana, where is the grange permit - nobody can find it? Best", "Dana, where is the grange permit - nobody can find it?", 2},
		{"Which barn do we stock first - the north one or the south? Best", "Which barn do we stock first - the north one or the south?", 2},
		{"Which rate do we use – 10/31 or 11/1? Best", "Which rate do we use – 10/31 or 11/1?", 2},
		{"The grange is open Mon - Fri all winter. Best", "The grange is open Mon - Fri all winter.", 2},
		{"Hay counts for Jan — June are in. Best", "Hay counts for Jan — June are in.", 2},
		{"How are you - can you call Rosa? Best", "How are you", 3},
		{"Mark - can you bring the hay rake? Best", "Mark", 3},
		{"Where is the permit - I sent it Monday. Best", "Where is the permit", 3},
		{"Where is the permit - it lapsed - who renews it? Best", "Where is the permit", 4},
		{"Following up - anything new about the hay? Best", "Following up", 3},
		{"Who signs for the barn -\nthe lease is due? Best", "Who signs for the barn", 3},
		{"The barn is full - Monday works? Best", "The barn is full", 3},
	})
}

// splitCase is a text, its first sentence and how many sentences it holds.
type splitCase struct {
	text  string
	first string
	n     int
}

// splits checks where each text's first sentence ends and how many
// sentences it holds.
func splits(t *testing.T, cases []splitCase) {
	t.Helper()
	tables := Compile()
	for _, c := range cases {
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

// TestSentenceIndex: the index of sentence openings (opens) that
// sentFirst and sentLast read agrees, token by token, with walking the
// sentence numbers, and wCapitals marks exactly the tokens capitals
// accepts; one Features reused across texts of different lengths keeps
// no openings of the last one.
func TestSentenceIndex(t *testing.T) {
	tables := Compile()
	var f Features
	for _, text := range []string{
		"Hi Rosa,\n\nThe grange signed the barn lease. Can the crew haul 40 bales on Friday? The SOW and the DPA are attached.\n\nThanks,\nDana",
		"One.",
		"",
		"Die Scheune ist gemietet. Wir liefern am Montag. Gruß, Dana",
		"Just checking in - any news?! The vet (Dr. Okafor) comes Sept. 17... FYI the ASAP list: hay, oats; straw\nBest\nDL",
	} {
		tables.Analyze(&Doc{Text: text}, &f)
		if len(f.opens) == 0 || int(f.opens[len(f.opens)-1]) != len(f.Tokens) {
			t.Fatalf("%q: openings %v do not close at %d tokens", text, f.opens, len(f.Tokens))
		}
		for k := range f.Tokens {
			first, last := k, k
			for first > 0 && f.sent[first-1] == f.sent[k] {
				first--
			}
			for last+1 < len(f.Tokens) && f.sent[last+1] == f.sent[k] {
				last++
			}
			if f.sentFirst(k) != first || f.sentLast(k) != last {
				t.Errorf("%q token %d: sentence from %d to %d, want %d to %d", text, k, f.sentFirst(k), f.sentLast(k), first, last)
			}
			if want := f.Tokens[k].Kind == Word && tables.capitals(text, f.Tokens[k]); (f.cls[k]&wCapitals != 0) != want {
				t.Errorf("%q token %q: capitals bit %v, want %v", text, text[f.Tokens[k].Start:f.Tokens[k].End], !want, want)
			}
		}
	}
}
