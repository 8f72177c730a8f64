package feat

import (
	"fmt"
	"slices"
	"testing"
)

// analyzeText analyzes a text of its own, with no subject or thread.
func analyzeText(tables *Tables, text string) *Features {
	var f Features
	tables.Analyze(&Doc{Text: text}, &f)
	return &f
}

// firstSpan returns the text of f's first hit of one of kinds, or "".
func firstSpan(f *Features, text string, kinds ...Kind) string {
	for _, h := range f.Hits {
		if slices.Contains(kinds, h.Kind) {
			return text[h.Start:h.End]
		}
	}
	return ""
}

// expectFirstSpan checks, for each text, the span of its first hit of one
// of kinds (what names the hit in failures).
func expectFirstSpan(t *testing.T, tables *Tables, what string, cases map[string]string, kinds ...Kind) {
	t.Helper()
	for text, want := range cases {
		if got := firstSpan(analyzeText(tables, text), text, kinds...); got != want {
			t.Errorf("%q: %s %q, want %q", text, what, got, want)
		}
	}
}

// countHits returns how many hits of kind k f holds.
func countHits(f *Features, k Kind) int {
	n := 0
	for _, h := range f.Hits {
		if h.Kind == k {
			n++
		}
	}
	return n
}

// expectKind checks, for each text, whether its analysis holds a hit of
// kind k (what names the kind in failures).
func expectKind(t *testing.T, tables *Tables, k Kind, what string, cases map[string]bool) {
	t.Helper()
	for text, want := range cases {
		if got := countHits(analyzeText(tables, text), k) > 0; got != want {
			t.Errorf("%q: %s %v, want %v", text, what, got, want)
		}
	}
}

func TestTokenize(t *testing.T) {
	s := "Didn’t we say 25,000 units at $39/seat? 見積"
	var got []string
	for _, tk := range Tokenize(nil, s) {
		got = append(got, s[tk.Start:tk.End])
	}
	want := []string{"Didn’t", "we", "say", "25,000", "units", "at", "$", "39", "/", "seat", "?", "見", "積"}
	if len(got) != len(want) {
		t.Fatalf("tokens = %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tokens = %q, want %q", got, want)
		}
	}
	nl := Tokenize(nil, "a b\n\nc d")
	if nl[1].NL || !nl[2].NL || nl[3].NL {
		t.Errorf("line breaks = %+v", nl)
	}
	if HashString("Didn't") != Tokenize(nil, "didn’t")[0].Hash {
		t.Error("case or apostrophe changes the hash")
	}
}

func TestHits(t *testing.T) {
	tables := Compile()
	text := "Just checking in: 40 seats at $38/seat, 12% off, call Tue 10:00 CET or 3/31? See https://x.example/q."
	var f Features
	tables.Analyze(&Doc{Text: text}, &f)
	want := map[Kind]string{
		Nudge:    "Just checking in",
		Quantity: "40 seats",
		Money:    "$38/seat",
		Percent:  "12%",
		TimeHit:  "10:00 CET",
		DateHit:  "3/31",
		Link:     "https://x.example/q",
		Weekday:  "Tue",
	}
	for k, span := range want {
		found := false
		for _, h := range f.Hits {
			if h.Kind == k && text[h.Start:h.End] == span {
				found = true
			}
		}
		if !found {
			t.Errorf("no hit of kind %d on %q", k, span)
		}
	}
	if f.Dense[FNudge] != 1 || f.Dense[FMoney] != 1 {
		t.Errorf("dense = %v", f.Dense)
	}
}

func TestThreadStats(t *testing.T) {
	ts := threadStats([]ThreadMsg{{Inbound: true, Text: "Hi. Does it include SSO? Thanks"}, {Text: "x"}, {Text: "y"}})
	if ts.Unanswered != 2 || ts.LastInbound != 0 || ts.LastIsInbound {
		t.Errorf("stats = %+v", ts)
	}
	ts = threadStats([]ThreadMsg{{Text: "x"}, {Inbound: true, Text: "Hi. Does it include SSO? Thanks"}})
	if !ts.InboundQuestion || ts.InboundQuestionS != "Does it include SSO?" || ts.Unanswered != 0 {
		t.Errorf("stats = %+v", ts)
	}
}

func TestU32Table(t *testing.T) {
	m := map[uint32]int32{}
	for i := uint32(1); i < 5000; i++ {
		m[i*2654435761] = int32(i)
	}
	tb := NewTable(m)
	for k, v := range m {
		if got, ok := tb.Get(k); !ok || got != v {
			t.Fatalf("Get(%d) = %d, %v", k, got, ok)
		}
	}
	if tb.Has(12345) || tb.Has(0) {
		t.Error("false positive")
	}
}

// TestPhraseCandidates checks matchPhrases' two indexes against the plain
// one: for every phrase's first two tokens, the unpaired and paired
// candidates, merged, are exactly the phrases starting with that token
// whose second token is free or that one, in the plain index's order
// (longest first, then table order), so the first phrase of a kind to
// match is the same either way.
func TestPhraseCandidates(t *testing.T) {
	tb := Compile()
	checked := 0
	for _, p := range tb.phrases {
		first, second := p.toks[0], uint32(0)
		if len(p.toks) > 1 {
			second = p.toks[1]
		}
		var want []int32
		for _, pi := range tb.candidates(first) {
			q := tb.phrases[pi]
			if len(q.toks) < 2 || q.toks[1] == 0 || q.toks[1] == second {
				want = append(want, pi)
			}
		}
		cls := tb.wordClass(first)
		var a, aEnd, b, bEnd int
		if cls&wLoose != 0 {
			a, aEnd = span(&tb.loose, first)
		}
		if cls&wPaired != 0 && second != 0 {
			b, bEnd = span(&tb.pairs, pairKey(first, second))
		}
		var got []int32
		for a < aEnd || b < bEnd {
			if b == bEnd || a < aEnd && tb.unpaired[a].before(tb.paired[b]) {
				got = append(got, tb.unpaired[a].pi)
				a++
			} else {
				got = append(got, tb.paired[b].pi)
				b++
			}
		}
		// a colliding pair key may bring in phrases with another second
		// token: the matcher rejects them, so drop them here too
		got = slices.DeleteFunc(got, func(pi int32) bool {
			q := tb.phrases[pi]
			return q.toks[0] != first || len(q.toks) > 1 && q.toks[1] != 0 && q.toks[1] != second
		})
		if !slices.Equal(got, want) {
			t.Fatalf("%q: candidates %v, want %v", p.text, got, want)
		}
		checked++
	}
	if checked < 500 {
		t.Fatalf("checked %d phrases, want all of them", checked)
	}
}

// TestOtherLanguagesPhrasesInContext: a check-in phrase of another
// language counts only where it asks after something, and a proposal's own
// words are not news.
func TestOtherLanguagesPhrasesInContext(t *testing.T) {
	tables := Compile()
	expectKind(t, tables, Nudge, "check-in", map[string]bool{
		"Avez-vous des nouvelles concernant notre offre ?":              true,
		"Voici des nouvelles fonctionnalités de la version 3.":          false,
		"Le escribo como seguimiento a mi correo del martes.":           true,
		"El número de seguimiento del envío es 12345.":                  false,
		"Quedo atento a sus comentarios sobre el contrato.":             false,
		"Seguimos esperando su respuesta sobre la propuesta.":           true,
		"Faccio seguito alla mia email della settimana scorsa.":         true,
		"Quedamos atentos a cualquier duda sobre la nueva versión 2.4.": false,
	})
	expectKind(t, tables, Filler, "pleasantry", map[string]bool{
		"Quedo atento a sus comentarios sobre el contrato.": true,
	})
	expectKind(t, tables, News, "news", map[string]bool{
		"Jean, seriez-vous disponible mardi à 10:00 pour un court appel ?": false,
		"La version 3 est disponible depuis lundi.":                        true,
	})
}

// TestSays: the statements the dense features count are recorded once per
// sentence, with the words that make each one.
func TestSays(t *testing.T) {
	tables := Compile()
	for _, c := range []struct {
		text string
		want []string // kind:span
	}{
		{"Please route all press questions to corporate communications.", []string{"0:Please route"}},
		{"I'll bring Jeff too. We will ship the fix on Friday.", []string{"1:I'll bring", "1:We will"}},
		{"I've issued a credit memo for the difference and I think we should stop there.", []string{"2:I've issued"}},
		{"I'd avoid the nightly file export because it breaks.", []string{"2:I'd avoid"}},
		{"You'll receive the invoice from our billing team.", []string{"2:You'll receive"}},
		{"Just checking in. Any update?", nil},
	} {
		f := analyzeText(tables, c.text)
		var got []string
		for _, sd := range f.Says {
			got = append(got, fmt.Sprintf("%d:%s", sd.Kind, c.text[sd.Start:sd.End]))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: says %q, want %q", c.text, got, c.want)
		}
	}
}

// featWants checks a yes-or-no reading of the features, get, named name,
// on each text; a miss lists the text's hits.
func featWants(t *testing.T, name string, get func(*Features) bool, want map[string]bool) {
	t.Helper()
	tables := Compile()
	for text, w := range want {
		if got := get(analyzeText(tables, text)); got != w {
			t.Errorf("%q: %s %v, want %v (hits %q)", text, name, got, w, hitsOf(tables, text))
		}
	}
}

// denseWants checks dense feature x of each text against the value
// given.
func denseWants(t *testing.T, x int, want map[string]float64) {
	t.Helper()
	tables := Compile()
	for text, w := range want {
		if got := analyzeText(tables, text).Dense[x]; got != w {
			t.Errorf("%q: %s %.0f, want %.0f", text, DenseNames[x], got, w)
		}
	}
}
