package feat

// How many words MaterialSpan adds to an attachment word: after it, where
// the material is named ("attaching a clean copy of the current version"),
// and before it, where a short subject is ("The redline is attached").
const (
	materialAfter  = 8
	materialBefore = 4
)

// loose ends are the words a material span does not end (or start) on:
// articles, prepositions, pronouns, conjunctions.
var looseEnds = []string{
	"the", "a", "an", "for", "of", "to", "and", "or", "with", "in", "on", "at", "from", "by", "as",
	"your", "our", "my", "their", "his", "her", "its", "this", "that", "these", "those", "is", "are",
	"was", "were", "be", "you", "we", "i", "it", "me", "us", "them", "so", "but", "if", "please",
	"also", "just", "which", "here", "there",
}

// inMaterial marks the hit kinds a material span may cover: words that
// name or describe the material ("the revised March pricing"). Any other
// hit keeps its own reason, so the span stops at it.
var inMaterial = [Covered + 1]bool{AttachWord: true, Material: true, News: true, Month: true, Covered: true}

// MaterialSpan widens the span of an attachment word (h, an AttachWord hit:
// "attached", "here are", "see the") to the material it names, within its
// clause, for the reason that quotes it: forward over the words after it
// ("see the attached pricing"), or, when the clause ends right after it,
// back over the words before it ("The revised agreement is attached").
//
// The span stops at a line break, at punctuation that stands between words
// (a hyphen or slash inside a word belongs to it: "one-page"), at a token of
// any hit but those inMaterial marks (that hit keeps its own reason; a
// number that is part of a name, NameNumber, is taken in), and
// after materialAfter or materialBefore words. Going forward it takes in a
// period that names the material ("the revised Q3 forecast", PeriodAt)
// unless the span would end on it. Loose ends at its far end are dropped
// ("see the attached pricing for the" ends at "pricing"), and so is a word
// glued to the hit it stops at (the "v" of "v2").
func (t *Tables) MaterialSpan(f *Features, h Hit) (start, end int32) {
	toks := f.Tokens
	first, last := int(h.Tok), f.hitEnd(&h)-1
	if first < 0 || last < first || last >= len(toks) {
		return h.Start, h.End
	}
	if j := t.widen(f, first, last, +1); j > last {
		return h.Start, toks[j].End
	}
	if j := t.widen(f, first, last, -1); j < first {
		return toks[j].Start, h.End
	}
	return h.Start, h.End
}

// widen walks from the hit's tokens first..last in direction dir (+1 or -1)
// under MaterialSpan's rules and returns the index of the farthest token
// kept: last (dir +1) or first (dir -1) when none is.
func (t *Tables) widen(f *Features, first, last, dir int) int {
	toks := f.Tokens
	edge, i := last, last+1
	if dir < 0 {
		edge, i = first, first-1
	}
	kept, words, most := edge, 0, materialAfter
	periodStart, period := -1, -1 // the first and last tokens of a period the span took in
	w0 := last + 1
	if dir < 0 {
		most = materialBefore
		w0 = max(first-window, 0)
	}
	blocked := f.blockers(w0)
	for ; i >= 0 && i < len(toks) && words < most; i += dir {
		if i-w0 < 0 || i-w0 >= window {
			break
		}
		// toks[i] and its neighbour toward the hit, in text order
		prev, next := i-1, i
		if dir < 0 {
			prev, next = i, i+1
		}
		if toks[next].NL { // a line break lies between them
			break
		}
		tk := &toks[i]
		if tk.Kind == Punct && !f.glued(i) {
			break
		}
		if blocked&(1<<(i-w0)) != 0 && tk.Kind == Num && t.NameNumber(f.text, toks, i) {
			kept = i // "our SOC 2 report": the number is part of the name
			continue
		}
		if blocked&(1<<(i-w0)) != 0 { // another hit: it keeps its own reason…
			// …unless it is a period that names the material ("the Q3
			// numbers"): the span takes it whole, year and all ("Q4 2026")
			if a, b, ok := PeriodAt(f.text, toks, i); ok && dir > 0 && i-1 > edge && a == toks[i-1].Start {
				periodStart = i - 1
				for i+1 < len(toks) && toks[i+1].End <= b {
					i++
				}
				period, kept = i, i
				continue
			}
			// "the v" before "2": a word glued to the hit goes with it
			// (and the loop below drops what the word leaves loose)
			if kept == i-dir && kept != edge && toks[next].Start == toks[prev].End {
				kept -= dir
			}
			break
		}
		if tk.Kind != Punct {
			words++
			kept = i
		}
	}
	// drop loose ends (and glue) at the far end, and a period that names
	// nothing after it ("here are the Q3" keeps "here are")
	for kept != edge {
		switch {
		case kept == period:
			kept, period = periodStart-1, -1
		case toks[kept].Kind == Punct || t.looseEnds.Has(toks[kept].Hash):
			kept -= dir
		default:
			return kept
		}
	}
	return kept
}

// glued reports whether the punctuation token at i joins the tokens on
// either side of it with no space: the hyphen of "one-page", the slash of
// "Q3/Q4".
func (f *Features) glued(i int) bool {
	toks := f.Tokens
	return i > 0 && i+1 < len(toks) && toks[i-1].End == toks[i].Start && toks[i].End == toks[i+1].Start
}

// window is how many tokens on either side of an attachment word widen
// reads: well beyond materialAfter words and their punctuation.
const window = 64

// blockers returns a bit per token of w0..w0+window-1: set when the token
// lies inside a hit of a kind that inMaterial does not mark.
func (f *Features) blockers(w0 int) uint64 {
	toks := f.Tokens
	w1 := min(w0+window, len(toks)) // exclusive
	if w0 >= w1 {
		return 0
	}
	var m uint64
	for i := range f.Hits {
		h := &f.Hits[i]
		if int(h.Kind) < len(inMaterial) && inMaterial[h.Kind] {
			continue
		}
		if int(h.Tok) >= w1 || h.End <= toks[w0].Start {
			continue
		}
		for j := max(int(h.Tok), w0); j < w1 && toks[j].Start < h.End; j++ {
			m |= 1 << (j - w0)
		}
	}
	return m
}
