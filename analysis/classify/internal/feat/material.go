package feat

// How many words MaterialSpan adds to an attachment word: after it, where
// the material is named ("attaching a clean copy of the current version");
// before it, where a short subject is ("Signed copy attached"); and before
// it in a passive clause, back to where the clause starts ("The case study
// from a logistics company with 100 depots is attached").
const (
	materialAfter  = 8
	materialBefore = 4
	clauseBefore   = 12
)

// loose ends are the words a material span does not end (or start) on:
// articles, prepositions, pronouns, conjunctions, in English and in the
// other languages of the phrase tables ("le adjunto el presupuesto y un
// vídeo de la" ends at "vídeo").
var looseEnds = []string{
	"the", "a", "an", "for", "of", "to", "and", "or", "with", "in", "on", "at", "from", "by", "as",
	"your", "our", "my", "their", "his", "her", "its", "this", "that", "these", "those", "is", "are",
	"was", "were", "be", "you", "we", "i", "it", "me", "us", "them", "so", "but", "if", "please",
	"also", "just", "which", "here", "there", "re", "who", "whom", "whose", "he", "she", "they", "him", "what",
	"where", "when", "how", "than", "most", "more", "very",
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "oder", "für", "von", "mit", "zu", "zur", "zum",
	"le", "la", "les", "l'", "un", "une", "et", "ou", "du", "de", "à", "au", "aux", "pour", "avec",
	"el", "los", "las", "una", "y", "o", "del", "en", "con", "para", "por", "al",
	"il", "lo", "gli", "i", "uno", "e", "di", "da", "per", "della", "dello", "dei",
	"os", "as", "um", "uma", "da", "dos", "das", "em", "com", "no", "na",
	"het", "een", "en", "van", "voor", "met", "op",
}

// participles are the attachment words that may follow what they hand
// over ("Signed copy attached", "The deck is attached"); after a verb
// or a determiner they lead to it ("I have attached the deck", "the
// attached pricing"), see namedBefore.
var participles = []string{"attached", "enclosed"}

// leadOn are the words after which a participle leads on to the material
// ("have attached the deck", "please find enclosed", "the attached sheet").
var leadOn = []string{
	"have", "has", "had", "i've", "we've", "you've", "they've", "i", "we", "the", "a", "an", "this", "these", "our",
	"your", "my", "please", "pls", "kindly", "find", "see", "also", "and", "or", "just", "here", "now", "again",
	"first", "second", "last", "both", "all", "only", "already", "simply", "merely",
	// verbs whose object it is ("please put attached in the file")
	"put", "review", "sign", "distribute", "return", "complete", "forward", "print", "read", "execute",
	"initial", "use", "fill", "approve", "send", "open", "sending", "forwarding",
}

// afterNamed are the adverbs that may follow a participle that follows
// what it hands over ("Resume attached again for reference").
var afterNamed = []string{"again", "too", "below", "above", "herewith", "hereto", "separately", "now", "once", "here"}

// beForms make a clause passive: the material is its subject ("The
// revised agreement is attached", "Numbers are in the attached").
var beForms = []string{"is", "are", "was", "were", "be", "been", "'s"}

// clauseOpens are the words that open a clause of their own: a passive
// clause's subject starts after them ("I'll sign it once the redline is
// attached" quotes "the redline is attached").
var clauseOpens = []string{
	"once", "when", "if", "because", "since", "so", "but", "while", "although", "though", "until", "after", "before", "unless",
}

// inMaterial marks the hit kinds a material span may cover: words that
// name or describe the material ("the revised March pricing"). Any other
// hit keeps its own reason, so the span stops at it.
var inMaterial = [BookingLink + 1]bool{AttachWord: true, Material: true, News: true, Month: true, Covered: true}

// inSubject marks the hit kinds a material span may cover going back over
// the subject of its clause, where figures, dates and nouns that other
// tables read as verbs ("Draft confirm attached", "the revised trial",
// "Quote #DQ-5512") name the material: every kind but those that say
// something of their own (a nudge, a pleasantry, a question, a link) or
// point back ("the MSA from our call last Tuesday is still attached").
var inSubject = func() (m [BookingLink + 1]bool) {
	for k := range m {
		m[k] = true
	}
	for _, k := range []Kind{Nudge, Filler, Closer, Courtesy, AnswerWord, DecisionQ, Question, BareQuestion, Link, BookingLink, PastDate, RepeatedNumber} {
		m[k] = false
	}
	return m
}()

// MaterialSpan widens the span of an attachment word (h, an AttachWord hit:
// "attached", "here are", "see the") to the material it names, within its
// clause, for the reason that quotes it: forward over the words after it
// ("see the attached pricing"), or back over the words before it when a
// participle follows what it hands over ("Signed copy attached for your
// files", namedBefore) or when the clause ends right after it ("The
// revised agreement is attached").
//
// The span stops at a line break, at punctuation that stands between words
// (a hyphen or slash inside a word belongs to it: "one-page"; so does a
// "#" before one: "#DQ-5512", and a short form's stop: "the map of St.
// Louis"), and after materialAfter or materialBefore
// words. Going forward it stops at a token of any hit but those inMaterial
// marks (that hit keeps its own reason; a number that is part of a name,
// NameNumber, is taken in), and takes in a period that names the material
// ("the revised Q3 forecast", PeriodAt) or a year after a determiner ("the
// 2027 plan", YearAt) unless the span would end on it.
// Going back from a participle that follows what it hands over
// (namedBefore) it covers the hits inSubject marks, which name the
// material, where other walks stop at the hits inMaterial does not mark;
// once it passes a form of "be" the clause is passive ("… is attached",
// "… are in the attached") and it goes on to where the clause starts,
// up to clauseBefore words, stopping before a word that opens a clause
// ("once", "because"). Loose ends at its far end are dropped ("see the
// attached pricing for the" ends at "pricing"), and so is a word glued to
// the hit it stops at (the "v" of "v2"). "Sending you" and "forwarding
// you" only lead on.
func (t *Tables) MaterialSpan(f *Features, h Hit) (start, end int32) {
	toks := f.Tokens
	first, last := int(h.Tok), f.hitEnd(&h)-1
	if first < 0 || last < first || last >= len(toks) {
		return h.Start, h.End
	}
	named := t.namedBefore(f, first, last)
	if !named {
		if j := t.widen(f, first, last, +1, false); j > last {
			return h.Start, toks[j].End
		}
	}
	if w := toks[first].Hash; w == t.sendingHash || w == t.forwardingHash {
		return h.Start, h.End // "I am forwarding you today…": what it sends comes after it, if anywhere
	}
	if j := t.widen(f, first, last, -1, named); j < first {
		return toks[j].Start, h.End
	}
	return h.Start, h.End
}

// namedBefore reports whether the attachment word at first..last is a
// participle that follows what it hands over: after a noun ("Signed copy
// attached for your files", "Spreadsheet attached so you can check") or
// a form of "be" ("The draft is attached for your review"), where
// leadOn's words lead on to the material ("I have attached the deck").
func (t *Tables) namedBefore(f *Features, first, last int) bool {
	toks := f.Tokens
	if first != last || first == 0 || toks[first].Upper || !t.participle.Has(toks[first].Hash) {
		return false // "Attached is the deck" leads on
	}
	p := &toks[first-1]
	if toks[first].NL || p.Kind == Punct || t.leadOn.Has(p.Hash) {
		return false
	}
	// a word of its own after it makes it describe what follows
	// ("distribute attached memo", "four as attached documents"); a loose
	// end or an adverb does not ("Memo attached for your counsel",
	// "Resume attached again")
	n := first + 1
	return n >= len(toks) || toks[n].NL || toks[n].Kind == Punct || t.looseEnds.Has(toks[n].Hash) ||
		t.clauseOpens.Has(toks[n].Hash) || t.afterNamed.Has(toks[n].Hash)
}

// widen walks from the hit's tokens first..last in direction dir (+1 or -1)
// under MaterialSpan's rules and returns the index of the farthest token
// kept: last (dir +1) or first (dir -1) when none is. subject says that
// the words before the hit name what it hands over (namedBefore), so the
// hits inSubject marks are taken in.
func (t *Tables) widen(f *Features, first, last, dir int, subject bool) int {
	toks := f.Tokens
	edge, i := last, last+1
	if dir < 0 {
		edge, i = first, first-1
	}
	kept, words, most := edge, 0, materialAfter
	periodStart, period := -1, -1 // the first and last tokens of a period the span took in
	w0 := last + 1
	pass := &inMaterial
	if dir < 0 {
		most = materialBefore
		w0 = max(first-window, 0)
	}
	if subject {
		pass = &inSubject
	}
	blocked := t.blockers(f, w0, pass[:])
	for ; i >= 0 && i < len(toks) && words < most; i += dir {
		if i-w0 < 0 || i-w0 >= window {
			break
		}
		// toks[i] and its neighbour toward the hit, in text order
		prev, next := i-1, i
		if dir < 0 {
			prev, next = i, i+1
		}
		if toks[next].NL || f.sent[i] != f.sent[first] { // a line break or a sentence's end lies between them
			break
		}
		tk := &toks[i]
		if tk.Kind == Punct && !f.glued(i) && !f.numberSign(i) && !f.shortFormStop(i) {
			break
		}
		if dir > 0 && t.secondAsk(f, i) {
			break // "see the attached list and pick the dates": a second request, not the material
		}
		if dir < 0 && tk.Kind != Punct {
			if t.clauseOpens.Has(tk.Hash) && words > 0 {
				break // "once [the redline is attached]"
			}
			if most == materialBefore && t.beForms.Has(tk.Hash) {
				most = clauseBefore // a passive clause: back to its start
			}
		}
		if blocked&(1<<(i-w0)) != 0 && tk.Kind == Num && t.NameNumber(f.text, toks, i) {
			kept = i // "our SOC 2 report": the number is part of the name
			continue
		}
		if blocked&(1<<(i-w0)) != 0 { // another hit: it keeps its own reason…
			// …unless it is a period that names the material ("the Q3
			// numbers"): the span takes it whole, year and all ("Q4 2026")
			if a, b, ok := t.PeriodAt(f.text, toks, i); ok && dir > 0 && i-1 > edge && a == toks[i-1].Start {
				periodStart = i - 1
				for i+1 < len(toks) && toks[i+1].End <= b {
					i++
				}
				period, kept = i, i
				continue
			}
			// …or a year after a determiner that names it ("the 2027
			// plan", YearAt), taken the same way; a day ("the July 17
			// payment") keeps its own reason
			det := dir > 0 && i-1 > edge && toks[i-1].Kind == Word && t.yearOf.Has(toks[i-1].Hash)
			if det && t.YearAt(f.text, toks, i) {
				periodStart, period, kept = i, i, i
				continue
			}
			// …or an answer word after a determiner and before a word of
			// its own, an adjective there ("here are the correct figures";
			// not "the Non-Disclosure")
			if det && tk.Kind == Word && i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Start > tk.End && f.answerAt(i) {
				words++
				kept = i
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
		case toks[kept].Kind == Punct && toks[kept].Char != '#' || t.looseEnds.Has(toks[kept].Hash):
			kept -= dir
		default:
			return kept
		}
	}
	return kept
}

// answerAt reports whether an AnswerWord hit starts at token i.
func (f *Features) answerAt(i int) bool {
	for _, h := range f.Hits {
		if h.Kind == AnswerWord && int(h.Tok) == i {
			return true
		}
	}
	return false
}

// glued reports whether the punctuation token at i joins the tokens on
// either side of it with no space: the hyphen of "one-page", the slash of
// "Q3/Q4".
func (f *Features) glued(i int) bool {
	return touchesBoth(f.Tokens, i)
}

// shortFormStop reports whether toks[i] is the stop of a short form
// within its sentence, glued to the word before it and followed by a
// word the sentence goes on with: "St. Louis", "Mr. Lund" (the sentence
// splitter has read it as no sentence's end).
func (f *Features) shortFormStop(i int) bool {
	toks := f.Tokens
	return toks[i].Char == '.' && i > 0 && i+1 < len(toks) && toks[i-1].Kind == Word && toks[i-1].End == toks[i].Start &&
		toks[i+1].Kind == Word && !toks[i+1].NL && f.sent[i+1] == f.sent[i]
}

// touchesBoth reports whether toks[k] touches the tokens on either side
// of it, no blank between: the hyphen of "7-10", the apostrophe of
// "Cal'01".
func touchesBoth(toks []Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start
}

// gluedHyphen reports whether toks[k] is a hyphen inside a word, touching
// the tokens on both sides: "co-op", "mini-book", "mid-90s".
func gluedHyphen(toks []Token, k int) bool {
	return toks[k].Kind == Punct && toks[k].Char == '-' && touchesBoth(toks, k)
}

// hyphenTail reports whether toks[k] goes on a word that a hyphen inside
// it broke off ("op" in "co-op"), so that a count of words takes the two
// parts for one.
func hyphenTail(toks []Token, k int) bool { return k > 0 && gluedHyphen(toks, k-1) }

// numberSign reports whether the token at i is a "#" written onto the
// word after it ("Quote #DQ-5512").
func (f *Features) numberSign(i int) bool {
	toks := f.Tokens
	return toks[i].Char == '#' && i+1 < len(toks) && toks[i].End == toks[i+1].Start
}

// window is how many tokens on either side of an attachment word widen
// reads: well beyond materialAfter words and their punctuation.
const window = 64

// blockers returns a bit per token of w0..w0+window-1: set when the token
// lies inside a hit of a kind that pass does not mark and that says
// something here: a proposal noun that proposes nothing ("Here is the
// pilot plan"), a commitment that promises nothing ("the signed
// contract") and a decision question's phrase outside a question
// ("Attached is the proposal for Acme") name the material instead.
func (t *Tables) blockers(f *Features, w0 int, pass []bool) uint64 {
	toks := f.Tokens
	w1 := min(w0+window, len(toks)) // exclusive
	if w0 >= w1 {
		return 0
	}
	var m uint64
	for i := range f.Hits {
		h := &f.Hits[i]
		if int(h.Tok) >= w1 || h.End <= toks[w0].Start {
			continue // outside the window: no need to ask what it says
		}
		if int(h.Kind) < len(pass) && pass[h.Kind] || !t.Proposes(f, *h) || !t.Promises(f, *h) || !t.Asks(f, *h) {
			continue
		}
		for j := max(int(h.Tok), w0); j < w1 && toks[j].Start < h.End; j++ {
			m |= 1 << (j - w0)
		}
	}
	return m
}

// secondAsk reports whether toks[i] is "and" or "or" before an imperative
// and its object, a pronoun or a determiner ("…the attached list and pick
// the dates", "…and mail it back"): a second request, which a span of
// material stops before. "the attached lease and confirm for the hay" lists two
// things.
func (t *Tables) secondAsk(f *Features, i int) bool {
	toks := f.Tokens
	if i+2 >= len(toks) || toks[i].Kind != Word || !t.listJoin.Has(toks[i].Hash) || f.cls[i+1]&wImperative == 0 || f.sent[i+2] != f.sent[i] {
		return false
	}
	o := toks[i+2].Hash
	return t.objects.Has(o) || t.determiner[0].Has(o)
}
