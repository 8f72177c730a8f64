package feat

import "strings"

// contactReach is how many tokens before a telephone number the word that
// names it ("number", "cell", "line") may stand: "Rosa's new direct line
// at the co-op is 608-555-0142".
const contactReach = 8

// contactGiven returns the sentences (sentBit) that give the reader the
// telephone number of someone other than the writer: a number (numbers
// records each in phones) that a word of contactNouns names, owned by a
// third party (thirdOwner: "Rosa's", "the co-op's", "his", "her",
// "their"), with only words of contactMods between ("Rosa's new direct
// line is 608-555-0142"), in its sentence or in the one before when the
// number opens its own (givenAfter: "I forgot to give you Rosa's cell.
// It's 608-555-0142.", "Rosa's cell: 608-555-0142"); or a number to
// reach someone by name ("you can reach Rosa Diaz at 608-555-0142", "call
// him on 608 555 0142"). The reader has someone new to talk to, which is
// as concrete as material handed over (GivesContact). The writer's own
// number ("my cell is…", "call me at…") only invites a reply, and a
// question ("Is Rosa's number still…?") or a sentence that points back
// gives nothing. Each is said (SaysContact) for the reasons to quote.
func (t *Tables) contactGiven(f *Features) uint64 {
	var marked uint64
	for _, p := range f.phones {
		k := int(p[0])
		b := f.sentBit(k)
		if b == 0 || marked&b != 0 || f.backSent[f.sent[k]] || f.asksAt(f.Tokens[f.sentLast(k)].End) {
			continue
		}
		o := t.namedOwner(f, f.sentFirst(k), k)
		if o < 0 {
			o = t.reachedBy(f, k)
		}
		if o < 0 {
			if j := t.givenAfter(f, k); j > 0 {
				o = t.namedOwner(f, f.sentFirst(j-1), j)
			}
		}
		if o < 0 {
			continue
		}
		// said at its owner; the reasons quote whose number it is through
		// the number, across the stop between them if need be
		f.Says = append(f.Says, Said{Kind: SaysContact, Start: f.Tokens[o].Start, End: f.Tokens[o].End, Tok: int32(o), Through: p[1]})
		marked |= b
	}
	return marked
}

// namedOwner returns the token of the third party (thirdOwner) whose
// number a word of contactNouns before token k names, from token first on
// and at most contactReach tokens back, or -1: "Rosa's cell", "his new
// direct line", "the co-op's fax number".
func (t *Tables) namedOwner(f *Features, first, k int) int {
	toks := f.Tokens
	for j := k - 1; j >= max(first, k-contactReach); j-- {
		if !t.contactNoun.Has(toks[j].Hash) {
			continue
		}
		o := j - 1
		for o >= first && t.contactMod.Has(toks[o].Hash) {
			o--
		}
		if o >= first && t.thirdOwner(f, o) {
			return o
		}
	}
	return -1
}

// thirdOwner reports whether token o names someone other than the writer
// or the reader as an owner: "his", "her", "their", or a word with a
// possessive "'s" that is not a pronoun's contraction ("Rosa's", "op's";
// not "it's", "that's", "he's").
func (t *Tables) thirdOwner(f *Features, o int) bool {
	tk := f.Tokens[o]
	if tk.Kind != Word {
		return false
	}
	if t.thirdPossessive.Has(tk.Hash) {
		return true
	}
	w := f.text[tk.Start:tk.End]
	base, ok := strings.CutSuffix(w, "'s")
	if !ok {
		base, ok = strings.CutSuffix(w, "\u2019s")
	}
	return ok && len(base) >= 2 && !t.sContraction.Has(tk.Hash)
}

// reachedBy returns the token of the one a reachVerb dials at the number
// at token k, or -1: "reach Rosa at", "call Rosa Diaz on", "contact him
// at" (names are capitalized words; "me" and "us" are the writer).
func (t *Tables) reachedBy(f *Features, k int) int {
	toks, sn := f.Tokens, f.sent[k]
	j := k - 1
	if j > 0 && toks[j].Kind == Punct && (toks[j].Char == '(' || toks[j].Char == '+') {
		j--
	}
	if !f.inSent(j, sn) || !t.atOn.Has(toks[j].Hash) {
		return -1
	}
	o := j - 1
	switch {
	case f.inSent(o, sn) && t.thirdObject.Has(toks[o].Hash):
	case f.inSent(o, sn) && t.nameWord(toks[o]) && o > f.sentFirst(k):
		for f.inSent(o-1, sn) && t.nameWord(toks[o-1]) && o-1 > f.sentFirst(k) {
			o-- // "Rosa Diaz"
		}
	default:
		return -1
	}
	if !f.inSent(o-1, sn) || !t.reachVerb.Has(toks[o-1].Hash) {
		return -1
	}
	return o
}

// givenAfter returns the first token of the sentence of the number at
// token k when the number opens it, right after "It's", "Its", "It is" or
// "That's" ("…Rosa's cell. It's 608-555-0142.") or after a colon or a
// dash that ended the sentence before ("Rosa's cell: (608) 555-0142",
// "her line - 608-555-0142"), or 0: the sentence before may name whose
// number it is.
func (t *Tables) givenAfter(f *Features, k int) int {
	first := f.sentFirst(k)
	toks := f.Tokens
	if first == 0 {
		return 0
	}
	if k > first && toks[k-1].Kind == Punct && (toks[k-1].Char == '(' || toks[k-1].Char == '+') {
		k-- // "(608) 555-0142", "+1 608…"
	}
	switch {
	case k == first:
		if p := toks[first-1]; p.Kind == Punct && (p.Char == ':' || p.Char == '-' || p.Char == '\u2013' || p.Char == '\u2014') {
			return first
		}
	case k == first+1 && t.itIs.Has(toks[first].Hash),
		k == first+2 && toks[first].Hash == t.itHash && toks[first+1].Hash == t.isHash:
		return first
	}
	return 0
}
