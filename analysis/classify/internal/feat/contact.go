package feat

import (
	"slices"
	"strings"
)

// contactReach is how many tokens before a telephone number the word that
// names it ("number", "cell", "line") may stand: "Rosa's new direct line
// at the co-op is 608-555-0142".
const contactReach = 8

// contactGiven returns the sentences (sentBit) that give the reader the
// telephone number or the email address of someone other than the
// writer. A number or an address (numbers and mailAddresses record each
// in contacts) counts when a word of contactNouns names it as a third
// party's (thirdOwner: "Rosa's", "the co-op's", "his", "her", "their"),
// with only words of contactMods between ("Rosa's new direct line is
// 608-555-0142"), in its sentence or in the one before when it opens its
// own (givenAfter: "I forgot to give you Rosa's cell. It's 608-555-0142.",
// "Rosa's cell: 608-555-0142"); or when it reaches someone by name
// (reachedBy: "you can reach Rosa Diaz at 608-555-0142", "call him on 608
// 555 0142", "email Rosa at rosa@grange.example"). The reader has someone
// new to talk to, which is as concrete as material handed over
// (GivesContact). The writer's own ("my cell is…", "call me at…") only
// invites a reply, and a question ("Is Rosa's number still…?") or a
// sentence that points back gives nothing. Each is said (SaysContact) for
// the reasons to quote.
func (t *Tables) contactGiven(f *Features) uint64 {
	var marked uint64
	for _, p := range f.contacts {
		k := int(p[0])
		b := f.sentBit(k)
		if b == 0 || marked&b != 0 || f.backSent[f.sent[k]] || f.sentAsks(k) {
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
// number or address a word of contactNouns before token k names, from token first on
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
// at token k, or a word of mailVerbs writes to at the address there, or
// -1: "reach Rosa at", "call Rosa Diaz on", "contact him at", "email Rosa
// at" (names are capitalized words; "me" and "us" are the writer).
func (t *Tables) reachedBy(f *Features, k int) int {
	toks, sn := f.Tokens, f.sent[k]
	j := k - 1
	if j > 0 && opensContact(toks[j]) {
		j--
	}
	if h := f.hashIn(j, sn); h != t.atHash && h != t.onHash {
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
	if v := f.hashIn(o-1, sn); !t.reachVerb.Has(v) && !(toks[k].Kind == Word && t.mailVerb.Has(v)) {
		return -1 // "email Rosa at rosa@…" dials no number
	}
	return o
}

// mailAddresses records in contacts each email address of the text
// ("rosa.diaz@grange.example") that the thread does not hold already:
// its first token and where it ends. An address's local part runs back
// from the "@" over the words, numbers and ".", "_", "-" or "+" glued to
// it; its domain runs on over glued words, numbers, "." and "-", without
// a final stop.
func mailAddresses(s string, thread []ThreadMsg, f *Features) {
	if strings.IndexByte(s, '@') < 0 {
		return // most texts
	}
	toks := f.Tokens
	n := len(f.contacts)
	for a := 1; a+1 < len(toks); a++ {
		if at := toks[a]; at.Kind != Punct || at.Char != '@' || toks[a-1].End != at.Start || toks[a+1].Start != at.End || toks[a+1].Kind == Punct {
			continue
		}
		i := a - 1
		for i > 0 && toks[i-1].End == toks[i].Start && (toks[i-1].Kind != Punct || strings.ContainsRune("._-+", toks[i-1].Char)) {
			i--
		}
		for i < a && toks[i].Kind == Punct {
			i++ // "_rosa@…": an address starts at a word or a number
		}
		j := a + 1
		for j+1 < len(toks) && toks[j+1].Start == toks[j].End &&
			(toks[j+1].Kind != Punct || strings.ContainsRune(".-", toks[j+1].Char) && j+2 < len(toks) && toks[j+2].Start == toks[j+1].End && toks[j+2].Kind != Punct) {
			j++
		}
		if i == a || !strings.ContainsRune(s[toks[a].End:toks[j].End], '.') {
			continue // "@rosa", "rosa@grange": no address
		}
		if !repeated(s[toks[i].Start:toks[j].End], thread) {
			f.contacts = append(f.contacts, [2]int32{int32(i), toks[j].End})
		}
		a = j
	}
	if len(f.contacts) > n && n > 0 {
		slices.SortFunc(f.contacts, func(x, y [2]int32) int { return int(x[0] - y[0]) }) // in text order, the numbers' and the addresses'
	}
}

// givenAfter returns the first token of the sentence of the number or
// the address at token k when that opens it, right after "It's", "Its",
// "It is" or "That's" ("…Rosa's cell. It's 608-555-0142.") or after a
// colon or a dash that ended the sentence before ("Rosa's cell: (608)
// 555-0142", "her line - 608-555-0142", "His address: <dana@…>"), or 0:
// the sentence before may name whose it is.
func (t *Tables) givenAfter(f *Features, k int) int {
	first := f.sentFirst(k)
	toks := f.Tokens
	if first == 0 {
		return 0
	}
	if k > first && opensContact(toks[k-1]) {
		k--
	}
	switch {
	case k == first:
		if p := toks[first-1]; p.Kind == Punct && (p.Char == ':' || isDash(p.Char)) {
			return first
		}
	case k == first+1 && t.itIs.Has(toks[first].Hash),
		k == first+2 && toks[first].Hash == t.itHash && toks[first+1].Hash == t.isHash:
		return first
	}
	return 0
}

// opensContact reports whether tk is a "(", "+" or "<" that a number or an
// address starts after: "(608) 555-0142", "+1 608…", "<rosa@…>".
func opensContact(tk Token) bool {
	return tk.Kind == Punct && (tk.Char == '(' || tk.Char == '+' || tk.Char == '<')
}
