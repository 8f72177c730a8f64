package feat

import (
	"slices"
	"strings"
)

// noteOfThanks returns the courtesy that makes the email a note of
// thanks or good wishes and nothing more that prompts (NoteOfThanks): a
// courtesy that is no sign-off ("Thanks for the warm welcome.",
// "Congratulations on the promotion!"), a closing thanks that is all the
// email says ("Thank you for your help on this."), or a bare thanks and
// a name ("Thanks!", "Many thanks, Lee", "ok thanks"), with no check-in
// phrase, no pleasantry (Filler) and no question anywhere. DESIGN.md's
// touching base prompts a reply or reminds, and a thank-you does
// neither: every labeled courtesy note with none of those beside it is
// substantive. It returns the zero Hit when the email is no such note.
// dense calls it once the hits are counted into f.Dense.
func (t *Tables) noteOfThanks(f *Features) Hit {
	if f.Dense[FNudge] > 0 || f.Dense[FFiller] > 0 {
		return Hit{}
	}
	for k := 0; k+1 < len(f.opens); k++ {
		if first := int(f.opens[k]); first < int(f.opens[k+1]) && f.sentAsks(first) {
			return Hit{}
		}
	}
	for _, h := range f.Hits {
		if h.Kind == Courtesy && (f.opensText(int(h.Tok)) || !f.SignsOff(h)) {
			return h
		}
	}
	return t.bareThanks(f)
}

// opensText reports whether no word comes before token i's sentence but
// the greeting: the sentence is the first thing the email says.
func (f *Features) opensText(i int) bool {
	return f.afterGreeting(0, len(f.Tokens)-1) >= f.sentFirst(i)
}

// maxNameWords bounds the words of the line that may follow a closing
// thanks as the writer's name ("Lee", "Rosa Diaz", "DK x2210").
const maxNameWords = 3

// bareThanks returns the thanks when the text, past its greeting, says
// thanks in thanksWords alone and then at most a name, a line of up to
// maxNameWords words ("Thanks so much!", "Great, thank you.\nRosa"): a
// Courtesy hit from the first of those words to the last; else the zero
// Hit.
func (t *Tables) bareThanks(f *Features) Hit {
	toks := f.Tokens
	if len(toks) == 0 {
		return Hit{}
	}
	first, last := f.afterGreeting(0, len(toks)-1), -1
	i := first
	for ; i < len(toks); i++ {
		tk := toks[i]
		if tk.Kind == Punct && (tk.Char == '.' || tk.Char == '!' || tk.Char == ',') {
			continue
		}
		if tk.Kind != Word || !t.thanksWord.Has(tk.Hash) {
			break
		}
		if t.thanksHead.Has(tk.Hash) || last >= 0 {
			last = i
		}
	}
	if last < 0 {
		return Hit{}
	}
	words := 0
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].NL {
			return Hit{} // more than one line after the thanks
		}
		if toks[j].Kind == Word {
			words++
		}
	}
	if words > maxNameWords {
		return Hit{}
	}
	return Hit{Kind: Courtesy, Start: toks[first].Start, End: toks[last].End, Tok: int32(first)}
}

// Thanked reports whether the email is a note of thanks or good wishes
// and nothing that prompts a reply ("Thanks for the warm welcome.",
// "Thanks!"; Tables.noteOfThanks): DESIGN.md's touching base prompts or
// reminds, and a thank-you does neither.
func (f *Features) Thanked() bool { return f.thanks.End > 0 }

// NoteOfThanks returns the courtesy that makes the email a note of thanks
// or good wishes (Thanked): a Courtesy hit, or one spanning a bare thanks
// ("Thank you so much"); false when the email is no such note.
func (f *Features) NoteOfThanks() (Hit, bool) { return f.thanks, f.Thanked() }

// signOffNouns are what a closing "thanks for…" thanks the reader for
// in general, the help or time the email asks of them (see Features.SignsOff).
var signOffNouns = []string{"help", "time", "assistance", "attention", "patience", "consideration",
	"cooperation", "understanding", "support"}

// signOffFill are the words that may stand around those nouns: "Thank
// you for all of your time and consideration", "Thanks for your help
// with this so far".
var signOffFill = []string{"all", "of", "your", "the", "and", "this", "that", "these", "it", "with", "on",
	"in", "so", "far", "advance", "matter", "&"}

// SignsOff reports whether the thanks h (a Courtesy hit) signs the email
// off: nothing follows its sentence but a sentence that says how to reach
// the writer (a Closer) and the writer's name, a line of at most
// maxNameWords words, and nothing follows it in the sentence but
// signOffNouns and signOffFill, and the name after a comma ("Thanks for
// your help.", "Thank you for your time and consideration!", "Thanks for
// your time & patience, Lee"). That closes a request; "Thanks for your
// help with the audit" and thanks with more to follow are notes of their
// own.
func (f *Features) SignsOff(h Hit) bool {
	text := f.text
	_, _, se := f.Sentence(int(h.Tok))
	if se < h.End {
		return false
	}
	end := se // where the sign-off ends: its sentence, or the closer after it
	for _, c := range f.Hits {
		if c.Kind != Closer || c.Start < se {
			continue
		}
		if _, cs, ce := f.Sentence(int(c.Tok)); strings.TrimSpace(strings.TrimLeft(text[se:cs], ".!,")) == "" {
			end = ce // "If you have any questions, please call me at x2210."
		}
		break
	}
	if rest := strings.TrimSpace(strings.TrimLeft(text[end:], ".!,")); strings.ContainsAny(rest, "\n.?!") ||
		len(strings.Fields(rest)) > maxNameWords {
		return false
	}
	said := strings.TrimRight(text[h.End:se], ".!,")
	if c := strings.LastIndexByte(said, ','); c >= 0 && len(strings.Fields(said[c+1:])) <= maxNameWords {
		said = said[:c] // "Thanks for your time & patience, Lee"
	}
	nouns := 0
	for w := range strings.FieldsSeq(strings.ToLower(said)) {
		switch {
		case slices.Contains(signOffNouns, w):
			nouns++
		case !slices.Contains(signOffFill, w):
			return false
		}
	}
	return nouns > 0
}
