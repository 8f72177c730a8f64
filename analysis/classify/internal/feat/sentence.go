package feat

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentencesAndClasses assigns each token a sentence number and its word
// class, and counts the words, in one pass. A sentence ends at . ! ? or a
// line break, and a clause at a colon after a word or a dash with blanks
// around it ("Following up: would Tue work…", "Mark - the deal…"), so a
// check-in phrase in front does not swallow what follows it.
func (f *Features) sentencesAndClasses(t *Tables) {
	toks := f.Tokens
	n := len(toks)
	sent := slices.Grow(f.sent[:0], n)[:n]
	cls := slices.Grow(f.cls[:0], n)[:n]
	s, words := 0, 0
	opens := f.opens[:0] // the first token of each sentence so far
	var classes int32
	carry := false // a stop's sentence ends after the marks that close it
	for i := range toks {
		tk := &toks[i]
		if i > 0 {
			prev := &toks[i-1]
			switch {
			case tk.NL:
				s++
				carry = false
			case carry:
				if !closesSentence(prev, tk) {
					s++
					carry = false
				}
			case prev.Kind == Punct && isStop(prev.Char):
				switch {
				case tk.Kind == Punct && (tk.Char == ',' || tk.Char == ';'):
					// "at 9:30 a.m., so", "etc.,": a short form's stop
				case apostrophe(*tk) && tk.Start == prev.End &&
					i+1 < n && toks[i+1].Kind == Word && toks[i+1].Start == tk.End:
					// "Acme Inc.’s counsel": a possessive after a short form's stop
				case tk.Kind == Punct && tk.Char == '(' && prev.Char == '.' && i > 1 && toks[i-2].Kind == Word &&
					toks[i-2].End == prev.Start && t.midForm.Has(toks[i-2].Hash) && shortAside(toks, i):
					// "Hale Freight Corp. ("HFC") signs": a short form's stop before a short aside
				case closesSentence(prev, tk):
					carry = true // "(see the deck.) Next", "done?!", "wait..."
				case tk.Kind == Word && tk.Hash == t.boxHash && endsShortForm(toks, i):
					// "P.O. Box 4471": a post office's short form goes on to its box
				case tk.Kind == Num && isFraction(toks, i):
					// "a $.02 per unit fee", "the .125 rate": a fraction's point
				case prev.Char == '.' && tk.Kind == Word && i > 1 && toks[i-2].Kind == Word && toks[i-2].End == prev.Start &&
					t.shortFormGoesOn(toks, i):
					// "Mr. Lund", "Dr. Okafor": a title's stop; "St. Louis", "Acme Co. and"
				case !inWord(f.text, toks, i) && !initialism(toks, i) && !t.latinAside(toks, i) && !(prev.Char == '.' && i > 1 && toks[i-2].End == prev.Start &&
					(tk.Kind == Num && (cls[i-2]&wMonth != 0 || t.numberAbbrev(toks, i-2)) || // "Sept. 17", "ext. 4412"
						toks[i-2].Kind == Num && toks[i-2].End-toks[i-2].Start <= 2 && tk.Kind == Word && t.wordClass(tk.Hash)&wMonth != 0)): // "3. Dezember"
					s++ // but a date goes on
				}
			case prev.Kind == Punct && tk.Start > prev.End && i > 1 && toks[i-2].Kind == Word &&
				(prev.Char == ':' || setOffDash(toks, i-1)):
				if prev.Char == ':' && toks[i-2].Hash == t.reHash && i > 2 && sent[i-3] == s && toks[i-3].Kind == Word {
					break // "a note to Sam re: the hay price": "re:" in mid-sentence means "about"
				}
				if prev.Char != ':' && (tk.Kind == Word && cls[i-2]&t.wordClass(tk.Hash)&(wMonth|wWeekday) != 0 || t.askedOnAfterDash(toks, int(opens[len(opens)-1]), i)) {
					break // "Jan - June", "Mon - Fri": a range; "where is the permit - nobody has it?": one question
				}
				s++
			case tk.Kind == Num && wordEnd(*prev) && i+1 < n && toks[i+1].Kind == Punct && toks[i+1].Char == '.' &&
				listMarker(f.text, toks, i):
				s++ // "…Price Sheet 3.⏎": a wrapped list's next number opens its item
			}
		}
		sent[i] = s
		if i == 0 || sent[i-1] != s {
			opens = append(opens, int32(i))
		}
		var c int32
		if tk.Kind != Punct {
			words++
			if tk.Kind == Word {
				c = t.wordClass(tk.Hash)
				if tk.Upper && t.capitals(f.text, *tk) {
					c |= wCapitals
				}
			}
		} else if tk.Char == '¿' || tk.Char == '¡' {
			c = wForeign // Spanish's opening marks (see detectLanguage)
		}
		cls[i] = c
		classes |= c
	}
	f.sent, f.cls, f.Words, f.classes, f.opens = sent, cls, f.Words+words, classes, append(opens, int32(n))
}

// shortAside reports whether the bracket at toks[i] closes within five
// tokens: a name's short form or a word or two ("(HFC)", "("the
// buyer")"), not a sentence of its own.
func shortAside(toks []Token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if toks[j].Kind == Punct && toks[j].Char == ')' {
			return true
		}
	}
	return false
}

// askedOnAfterDash reports whether the set-off dash before toks[i] sits
// inside one question, so the clause it opens does not stand alone: the
// clause from toks[open] opens with a question word or an auxiliary put
// first, or does so after a name and a comma ("Dana, where is the permit"),
// and the words from toks[i] run to a "?" with no stop, line break, colon
// or other set-off dash between and open no question of their own.
// "Where is the permit - nobody can find it?" and "Which rate do we use -
// the old one or the new?" ask once; "How are you - can you call me?"
// asks twice.
func (t *Tables) askedOnAfterDash(toks []Token, open, i int) bool {
	if toks[i].Kind == Word && t.questionOpen.Has(toks[i].Hash) {
		return false
	}
	q := open
	if q+2 < i && toks[q].Kind == Word && toks[q+1].Kind == Punct && toks[q+1].Char == ',' {
		q += 2 // "Dana, where…"
	}
	if toks[q].Kind != Word || !t.questionOpen.Has(toks[q].Hash) {
		return false
	}
	for j := i + 1; j < len(toks) && !toks[j].NL; j++ {
		tk := &toks[j]
		if tk.Kind != Punct {
			continue
		}
		switch tk.Char {
		case '?', '？':
			return true
		case '.', '!', '。', ':', ';':
			return false
		}
		if setOffDash(toks, j) {
			return false
		}
	}
	return false
}

// isDash reports whether c is a hyphen or a dash: "-", "–" or "—".
func isDash(c rune) bool { return c == '-' || c == '–' || c == '—' }

// setOffDash reports whether toks[k] is a hyphen or a dash with a blank
// before it, set off from the word before rather than joining a word:
// "Bill - when the crates come", "the permit - nobody has it".
func setOffDash(toks []Token, k int) bool {
	return k > 0 && toks[k].Kind == Punct && isDash(toks[k].Char) && toks[k].Start > toks[k-1].End
}

// isStop reports whether c ends a sentence: . ! ? and their CJK forms.
func isStop(c rune) bool {
	return c == '.' || c == '!' || c == '?' || c == '。' || c == '？'
}

// closesSentence reports whether token tk, written right after a stop or
// what closes it (prev), still belongs to the sentence the stop ends:
// another stop ("?!", "...") or a closing bracket or quotation mark ("(see
// the deck.)", "“Done.”"); a quotation mark after a blank opens the next.
func closesSentence(prev, tk *Token) bool {
	if tk.Kind != Punct || tk.Start != prev.End {
		return false
	}
	switch tk.Char {
	case ')', ']', '"', '\'', '”', '’', '»', '」':
		return true
	}
	return isStop(tk.Char)
}

// inWord reports whether the stop before token i sits inside one string
// of characters, with a word or number touching it on both sides and no
// capital after it, unless both are single letters or both are written
// in capitals: the dots of "docs.example.com", "deck-v3.pdf", "U.S" and
// "NOTES.TXT", the "?" of "pricing?plan=team". Such a stop ends no
// sentence; "done.Thanks" still does.
func inWord(s string, toks []Token, i int) bool {
	if i < 2 {
		return false
	}
	before, stop, after := &toks[i-2], &toks[i-1], &toks[i]
	return before.Kind != Punct && after.Kind != Punct &&
		(!after.Upper || before.End-before.Start == 1 && after.End-after.Start == 1 ||
			before.Kind == Word && asciiCaps(s[before.Start:before.End]) && asciiCaps(s[after.Start:after.End])) &&
		before.End == stop.Start && stop.End == after.Start
}

// initialism reports whether token i is a lower-case word after the
// last stop of letters written with stops ("i.e. the deck", "at 10 a.m.
// tomorrow", "w.r.t. pricing"): the stop ends the short form, not the
// sentence.
func initialism(toks []Token, i int) bool {
	return toks[i].Kind == Word && !toks[i].Upper && endsShortForm(toks, i)
}

// endsShortForm reports whether the stop before token i ends letters
// written with stops: a word, a stop, one letter and the stop, touching
// ("a.m.", "e.g.", "w.r.t.").
func endsShortForm(toks []Token, i int) bool {
	if i < 4 || toks[i-1].Kind != Punct || toks[i-1].Char != '.' {
		return false
	}
	letter, inner := &toks[i-2], &toks[i-3]
	return letter.Kind == Word && letter.End-letter.Start == 1 && letter.End == toks[i-1].Start &&
		inner.Kind == Punct && inner.Char == '.' && inner.End == letter.Start && toks[i-4].Kind == Word && toks[i-4].End == inner.Start
}

// latinAside reports whether the stop before token i ends "e.g." or
// "i.e.", which introduce what follows in the same sentence even when it
// starts with a capital ("a day, e.g. Tuesday or Wednesday?").
func (t *Tables) latinAside(toks []Token, i int) bool {
	if !endsShortForm(toks, i) {
		return false
	}
	a, b := toks[i-4].Hash, toks[i-2].Hash
	return a == t.eHash && b == t.gHash || a == t.iHash && b == t.eHash
}

// Leads reports whether hit h is in the sentence the writer's own words
// start in: the opening line after any greeting.
func (f *Features) Leads(h *Hit) bool {
	return int(h.Tok) < len(f.sent) && f.sent[h.Tok] == f.lead
}

// SentenceOf returns the number of the sentence token tok is in, as
// Sentence does, without finding where the sentence starts and ends; -1
// for a token out of range.
func (f *Features) SentenceOf(tok int) int {
	if tok < 0 || tok >= len(f.sent) {
		return -1
	}
	return f.sent[tok]
}

// Sentence returns the number of the sentence token tok is in (sentences
// end at . ! ? or a line break, clauses at a colon or a set-off dash) and
// the byte offsets where that sentence's first token starts and its last
// token ends. A greeting that runs into the text's first sentence ("Hi
// Maya, any chance…") is left out of it, unless tok is in the greeting.
func (f *Features) Sentence(tok int) (n int, start, end int32) {
	if n = f.SentenceOf(tok); n < 0 {
		return -1, 0, 0
	}
	i, j := f.sentFirst(tok), f.sentLast(tok)
	if f.greet <= tok {
		i = f.afterGreeting(i, j)
	}
	for j > i && f.Tokens[j].Kind == Punct && strings.ContainsRune(":-–—", f.Tokens[j].Char) {
		j-- // the colon or dash that ended the clause is no part of it
	}
	return n, f.Tokens[i].Start, f.Tokens[j].End
}

// afterGreeting returns where the sentence from token first to token last
// starts once a greeting that runs into it is left out: after "Hi Maya,"
// or "Maya," when it is the text's first sentence and goes on past the
// greeting, else first.
func (f *Features) afterGreeting(first, last int) int {
	if first == 0 && f.greet > 0 && f.greet <= last && (f.cls[0]&wSalute != 0 || f.nameGreets()) {
		return f.greet
	}
	return first
}

// nameGreets reports whether the text opens with a name and a comma alone,
// a greeting as "Hi Maya," is: "Maya, the lease is signed". It reads the
// name as namesAsked does before an instruction, more strictly: a word
// capitalized for opening the sentence ("Also,", "Thanks,"), a month, a
// weekday, an instruction ("Please,"), an adverb ("Unfortunately,") or a
// word that may open a phrase (an answer's "Yes,", an apology's "Sorry,")
// is no name.
func (f *Features) nameGreets() bool {
	if f.greet != 2 || !namesAsked(f, 0, 0) || f.cls[0]&(wStop|wIForm|wMonth|wWeekday|wImperative|wSalute|wLoose|wPaired) != 0 {
		return false
	}
	w := f.Tokens[0]
	return !strings.HasSuffix(f.text[w.Start:w.End], "ly")
}

// QuoteStart returns where a quote of the sentence from start to end
// begins: past the marks a line or a clause may open with that say nothing
// themselves, a dash or a bullet ("- the deal closed"), a colon or a
// bracket left over from the sentence before ("), who can take it?"),
// a reply's ">", quoted-printable escapes never decoded ("=20 The
// board met") and the number of a list's item ("2) Is it…"). A minus
// glued to its number ("-5% on the year") stays, and so does a sentence
// made of nothing else.
func (f *Features) QuoteStart(start, end int32) int32 {
	toks := f.Tokens
	i := f.tokenAt(start)
	for i+1 < len(toks) && toks[i+1].End <= end {
		switch tk := toks[i]; {
		case tk.Kind == Punct && tk.Char == '=' && qpEscape(f.text, toks, i+1):
			i += 2 // "=20"
			continue
		case tk.Kind == Num && i+2 < len(toks) && listMarker(f.text, toks, i):
			i += 2 // "2) Is it…", "3. Who signs…"
			continue
		case tk.Kind == Punct && tk.Char == '(' && i+3 < len(toks) && toks[i+1].Kind == Num && listMarker(f.text, toks, i+1) &&
			toks[i+2].Kind == Punct && toks[i+2].Char == ')':
			i += 3 // "(2) Can we…"
			continue
		case tk.Kind == Punct && strings.ContainsRune(":;,)>=•*-–—", tk.Char) && !(tk.Char == '-' && toks[i+1].Kind == Num && toks[i+1].Start == tk.End):
			i++
			continue
		}
		break
	}
	if i >= len(toks) || toks[i].Start >= end {
		return start
	}
	return max(start, toks[i].Start)
}

// sentFirst returns the index of the first token of token k's sentence.
func (f *Features) sentFirst(k int) int { return int(f.opens[f.sent[k]]) }

// sentLast returns the index of the last token of token k's sentence.
func (f *Features) sentLast(k int) int { return int(f.opens[f.sent[k]+1]) - 1 }

// AnswerSentence returns, like Sentence, what the opening answer
// (AnswerTok) says: its sentence, run on to the end of the next one when
// the answer word is all there is of it ("Yes. We support Okta", "yes -
// SSO is included").
func (f *Features) AnswerSentence() (n int, start, end int32) {
	i := int(f.AnswerTok) - 1
	n, start, end = f.Sentence(i)
	j := int(f.answerEnd)
	for j < len(f.Tokens) && f.sent[j] == f.sent[i] && f.Tokens[j].Kind == Punct {
		j++
	}
	if j < len(f.Tokens) && f.sent[j] != f.sent[i] {
		n, _, end = f.Sentence(j)
	}
	return n, start, end
}

// hitEnd returns the index one past the last token of hit h: its tokens
// are f.Tokens[h.Tok:f.hitEnd(h)].
func (f *Features) hitEnd(h *Hit) int {
	i := int(h.Tok)
	for i < len(f.Tokens) && f.Tokens[i].Start < h.End {
		i++
	}
	return i
}

// followedBy reports whether the word after hit h, in its sentence, is
// one of set: "How about you?" ("you"), "10-minute data" ("data").
func (f *Features) followedBy(h *Hit, set *U32Table) bool {
	e := f.hitEnd(h)
	return f.inSent(e, f.sent[h.Tok]) && set.Has(f.Tokens[e].Hash)
}

// capsWord reports whether tk is a word of two letters or more written in
// capitals: "US", "BOOK".
func (f *Features) capsWord(tk Token) bool {
	return tk.End-tk.Start >= 2 && asciiCaps(f.text[tk.Start:tk.End])
}

// inSent reports whether token j exists and stands in sentence n.
func (f *Features) inSent(j, n int) bool {
	return j >= 0 && j < len(f.Tokens) && f.sent[j] == n
}

// hashIn returns the hash of token j when it lies in sentence n, and 0
// when it lies outside: no Table holds the key 0, so a lookup of it misses.
func (f *Features) hashIn(j, n int) uint32 {
	if f.inSent(j, n) {
		return f.Tokens[j].Hash
	}
	return 0
}

// sentBit is the bit of token i's sentence in a per-sentence bit set, or 0
// past the 64 sentences such a set holds.
func (f *Features) sentBit(i int) uint64 {
	if k := f.sent[i]; k < 64 {
		return 1 << k
	}
	return 0
}

// VerbLast reports whether the text's language puts the verb that reports
// at the end of its clause (German, Dutch).
func (t *Tables) VerbLast(f *Features) bool {
	return f.lang > 0 && languages[f.lang-1].verbLast
}

// greetingEnd returns the number of leading tokens that form a greeting
// ("Hi Mark," / "Dear Ms. Lee," / "Team,"): a first sentence or line of at
// most four words that starts with a salutation or ends with a comma.
func (t *Tables) greetingEnd(s string, f *Features) int {
	toks := f.Tokens
	if len(toks) == 0 {
		return 0
	}
	n := 0
	for n < len(toks) && f.sent[n] == f.sent[0] && n < 6 {
		if toks[n].Kind == Punct && toks[n].Char == ',' {
			return n + 1
		}
		n++
	}
	if n < len(toks) && f.sent[n] == f.sent[0] {
		return 0 // the first sentence runs on: no greeting
	}
	if t.wordClass(toks[0].Hash)&wSalute != 0 && n <= 5 {
		return n
	}
	return 0
}

// language sets f.Lang to the language detectLanguage found (f.found)
// and reports whether capitals may mark names there.
func (t *Tables) language(f *Features) (names bool) {
	if f.found > 0 {
		f.Lang, f.lang = languages[f.found-1].code, f.found
	}
	return f.capNames
}

// detectLanguage returns the language a text is written in when it is
// not English (three or more common words of other languages, and more
// of them than of English ones; or two, and no English one: "Avete già
// firmato?"), the one with most of them, as 1 + its index in languages,
// else 0. It reports whether capitals may mark names: in German every
// noun has one, so they count as names only when fewer than three of its
// common words occur. English mail seldom has any such word and skips
// the count.
func (t *Tables) detectLanguage(f *Features) (lang int, names bool) {
	if f.classes&(wForeign|wNounCaps) == 0 {
		return 0, true
	}
	foreign, english, caps := 0, 0, 0
	var per [8]int
	for i, c := range f.cls[:len(f.Tokens)] {
		switch {
		case c&wForeign != 0 && f.Tokens[i].Kind == Punct && t.spanish >= 0:
			// only Spanish opens a question or a cry with a mark
			// (sentencesAndClasses): "¿Ya firmaron?" has too few words
			// to tell by them, so the mark alone is enough
			foreign += 3
			per[t.spanish] += 3
		case c&wForeign != 0:
			foreign++
			if li, _ := t.langOf.Get(f.Tokens[i].Hash); li >= 0 && int(li) < len(per) {
				per[li]++
			}
		case c&wStopCore != 0:
			english++
		}
		if c&wNounCaps != 0 {
			caps++
		}
	}
	if foreign >= 3 && foreign > english || foreign == 2 && english == 0 {
		best := 0
		for li := range languages {
			if per[li] > per[best] {
				best = li
			}
		}
		lang = best + 1
	}
	return lang, caps < 3
}

func isUpperAt(s string, i int32) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// shortFormGoesOn reports whether the stop before toks[i], a word, ends a
// short form and not the sentence: "vs." before anything ("Tulsa vs.
// Omaha"), a title before a name ("Mr. Lund"), a saint's "St." before one
// ("St. Louis"; not a street's, "Elm St. Then"), or a company's "Co.",
// "Inc." or "Corp." (companyForms) or a word of midFormWords before a
// word in lower case ("Hale Freight Co. and Acme", "the Main St. crowd",
// "approx. two weeks"), or a name's initial before one ("Dana K. called",
// "I'd rather ask Lena B. about it").
func (t *Tables) shortFormGoesOn(toks []Token, i int) bool {
	w := toks[i-2]
	if w.Hash == t.vsHash {
		return true
	}
	if !toks[i].Upper {
		return t.midForm.Has(w.Hash) || t.initialOf(toks, i-2)
	}
	if t.honorific.Has(w.Hash) {
		return true
	}
	// a street's "St." follows its name after a house number
	return w.Hash == t.stHash && w.Upper && !(i > 3 && toks[i-3].Kind == Word && toks[i-3].Upper && toks[i-4].Kind == Num)
}

// initialOf reports whether toks[k] is a name's initial: one capital
// letter (not "I") right after a capitalized word ("Lena B.").
func (t *Tables) initialOf(toks []Token, k int) bool {
	w := toks[k]
	return k > 0 && w.Kind == Word && w.Upper && w.End-w.Start == 1 && w.Hash != t.iHash &&
		toks[k-1].Kind == Word && toks[k-1].Upper && toks[k-1].End < w.Start
}
