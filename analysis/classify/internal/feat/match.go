package feat

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func (t *Tables) matchPhrases(s string, f *Features) {
	toks := f.Tokens
	cls := f.cls[:len(toks)]
	covered := -1  // tokens before this index are inside an earlier hit of the same scan
	proposed := -1 // tokens up to this index are inside a proposal
	// quoted speech needs a quotation mark, and most emails have none:
	// without one, no hit pays for quotedSpeech's walk back to its line's
	// start
	quotes := hasQuotationMark(s)
	for i := 0; i < len(toks); i++ {
		// a token's class says whether, and how, phrases start with it
		// (words and numbers: "15-minute"; never a punctuation mark)
		c := cls[i]
		if c&(wLoose|wPaired) == 0 {
			if toks[i].Kind != Num {
				continue // most words, and every punctuation mark
			}
			c = t.wordClass(toks[i].Hash)
		}
		a, aEnd, b, bEnd := 0, 0, 0, 0
		if c&wLoose != 0 {
			a, aEnd = span(&t.loose, toks[i].Hash)
		}
		if c&wPaired != 0 && i+1 < len(toks) {
			b, bEnd = span(&t.pairs, pairKey(toks[i].Hash, toks[i+1].Hash))
		}
		if a == aEnd && b == bEnd {
			continue
		}
		seen := [numKinds]bool{}
		for a < aEnd || b < bEnd {
			var c cand
			if b == bEnd || a < aEnd && t.unpaired[a].before(t.paired[b]) {
				c = t.unpaired[a]
				a++
			} else {
				c = t.paired[b]
				b++
			}
			if seen[c.kind] || i+int(c.n) > len(toks) {
				continue
			}
			p := &t.phrases[c.pi]
			ok := true
			for j := 1; j < len(p.toks); j++ {
				if h := p.toks[j]; h != 0 && toks[i+j].Hash != h || h == 0 && stops(&toks[i+j]) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			seen[p.kind] = true
			end := i + len(p.toks) - 1
			if p.kind == Nudge && i <= covered {
				continue
			}
			// "seriez-vous disponible": the news word is the proposal's
			// own, and says nothing new
			if p.kind == News && i <= proposed {
				continue
			}
			if p.kind == Proposal && end > proposed {
				proposed = end
			}
			// a check-in phrase inside a decision question is part of
			// that question ("do we still need to move the gas…")
			if (p.kind == Nudge || p.kind == DecisionQ) && end > covered {
				covered = end
			}
			// "move swiftly to respond", "move closer to a deal", "the move
			// is meant to…": a change of plan moves something to a day or a
			// place, not in a manner, and is a verb, not a noun
			if p.kind == Proposal && t.wildManner(s, toks, p.toks, i) {
				continue
			}
			// "move the grain to the mill", "push the update to all units": a
			// change of plan moves what it moves to a time ("move the
			// stand-up to the afternoon", "push the review to 4pm")
			if p.kind == Proposal && toks[end].Hash == t.toHash && slices.Contains(p.toks, 0) && !t.toTime(toks, end+1) {
				continue
			}
			kind := p.kind
			// "Just a reminder that the office is closed Monday" announces
			// what follows: a courtesy, not a request for a reply.
			if kind == Nudge && toks[end].Hash == t.reminderHash && end+1 < len(toks) && toks[end+1].Hash == t.thatHash {
				kind = Filler
			}
			// "see the" and "here is" hand something over only as the
			// clause's opening words: "Please see the attached", "Here
			// are the Q3 curves"; "you see the point", "everyone here is
			// keen" use the same words for something else.
			if kind == AttachWord && !t.pointsAt(f, i, end) {
				continue
			}
			// "I still need your comments" and "I haven't received the
			// file" ask the reader for something; "the order form still
			// needs a signature" and "they have not received payment"
			// report.
			if kind == Nudge && !t.writerOrReaderNeeds(f, i) {
				continue
			}
			// "Dana called to follow up about the hay", "he has been
			// checking in daily": someone else's follow-up, which the email
			// reports; the writer asks nothing by it.
			if kind == Nudge && (t.othersFollowUp(f, i, end) || t.readersFollowUp(f, i)) {
				continue
			}
			// "do you know where the grange keeps the bale hooks?" asks
			// where something is done, not where a thing stands
			if kind == Nudge && t.whereElse(f, end) {
				continue
			}
			// "until we hear back from them", "as soon as I hear back",
			// "after you've had a chance to decide": the phrase says when
			// something else will happen; it asks for nothing.
			if kind == Nudge && t.inTimeClause(f, i) {
				continue
			}
			// "When did you receive the lease?", "why did the hay arrive
			// late?": asked when or why, the phrase is a question about
			// the thing, not whether it came
			if kind == Nudge && t.askedWhenWhyWhere(toks, i) {
				continue
			}
			// "did the signed copy with the new $6 price reach you?"
			// tells the price on the way
			if kind == Nudge && t.wildNewFigure(toks, p.toks, i) {
				continue
			}
			// "Here's the status of the two orders": the status is what
			// the email hands over, not what it asks for.
			if kind == Nudge && (t.statusGiven(toks, i) || t.standing(f, i)) {
				continue
			}
			// "Here's where things stand: legal has the lease": where
			// something stands, told.
			if kind == Nudge && t.whereTold(toks, i) {
				continue
			}
			// "1. Status of MBR filing (Hal)": an item of a list is
			// content, whatever its words.
			if kind == Nudge && inListItem(toks, i) {
				continue
			}
			// "I left him a message a few minutes ago": when, not a wish
			// for the reader's time.
			if kind == Filler && end+1 < len(toks) && toks[end+1].Hash == t.agoHash {
				continue
			}
			// "How did you go about choosing a vendor?": how the reader
			// did something, a question of its own, not "how did it go?"
			if kind == Filler && toks[end].Hash == t.goHash && end+1 < len(toks) && toks[end+1].Hash == t.aboutHash {
				continue
			}
			// "Please take a few minutes and walk the fence": time spent
			// on a task asked of the reader, not a wish for their time.
			if kind == Filler && t.minutesOnTask(toks, i, end) {
				continue
			}
			// Russell's idea of "following up": a phrase in quotation
			// marks is mentioned, not used.
			if (kind == Nudge || kind == Filler) && quotedMention(s, int(toks[i].Start), int(toks[end].End)) {
				continue
			}
			// `Dana said, "I hope the hay holds out…`: someone's
			// words, quoted, are theirs, not the writer's
			if (kind == Nudge || kind == Filler) && quotes && t.quotedSpeech(toks, i) {
				continue
			}
			f.Hits = append(f.Hits, Hit{Kind: kind, Start: toks[i].Start, End: toks[end].End, Tok: int32(i)})
		}
	}
}

// askedWhenWhyWhere reports whether the check-in phrase at token i opens
// with "did" and "when", "why" or "where" stands just before it: "when
// did you get the lease?" asks for a date, not whether it came.
func (t *Tables) askedWhenWhyWhere(toks []Token, i int) bool {
	if i == 0 || toks[i].Hash != t.didHash {
		return false
	}
	h := toks[i-1].Hash
	return h == t.whenHash || h == t.whyHash || h == t.whereHash
}

// whereElse reports whether the check-in phrase ending at token end
// ends on "where" ("do you know where") and the rest of its sentence
// asks where something is done rather than where a thing stands or is:
// no word of whereStates in the six words after it ("do you know where
// the co-op buys its fence posts?"). "Do you know where Dana stands
// on the lease?" and "…where the signed copy is?" still ask for news.
func (t *Tables) whereElse(f *Features, end int) bool {
	toks := f.Tokens
	if toks[end].Hash != t.whereHash {
		return false
	}
	for k := end + 1; k <= end+6 && f.inSent(k, f.sent[end]); k++ {
		if t.whereState.Has(toks[k].Hash) {
			return false
		}
	}
	return true
}

// minutesOnTask reports whether the phrase from toks[i] to toks[end]
// ("a few minutes") is time to be taken or spent on a task: "take" or
// "spend" before it, and "to" or "and" and a verb after ("take a few
// minutes to sign the lease", "spend a few minutes and sweep the loft"). A
// talk is still a wish for the reader's time ("take a few minutes to
// chat").
func (t *Tables) minutesOnTask(toks []Token, i, end int) bool {
	if i == 0 || end+2 >= len(toks) || !t.spendTime.Has(toks[i-1].Hash) {
		return false
	}
	if to := toks[end+1].Hash; to != t.toHash && to != t.andHash {
		return false
	}
	v := toks[end+2]
	return v.Kind == Word && !t.meetVerb.Has(v.Hash)
}

// statusGiven reports whether the word at toks[i] is a "status" the
// email hands over: after "here's the", or "here is the" and the words
// "see the" points with ("below is the", "attached is the"; pointers):
// "Here's the status of the orders", where "what is the status of" asks
// for it.
func (t *Tables) statusGiven(toks []Token, i int) bool {
	if toks[i].Hash != t.statusHash || i < 2 || toks[i-1].Hash != t.theHash {
		return false
	}
	switch h := toks[i-2].Hash; {
	case h == t.heresHash:
		return true
	case (h == t.isHash || h == t.areHash) && i >= 3:
		return toks[i-3].Hash == t.hereHash || t.pointers.Has(toks[i-3].Hash)
	}
	return false
}

// whereTold reports whether the check-in phrase at toks[i] opens with
// "where" and tells where something stands instead of asking: after
// "here's" or "that's", after "is" and "here", "this" or "that" ("Here is
// where things stand: legal has the lease", "this is where the lease
// stands"), or after "I know" or "we know". "Do you know where it
// stands?" and "I'm not sure where the lease stands" still ask.
func (t *Tables) whereTold(toks []Token, i int) bool {
	if i == 0 || toks[i].Hash != t.whereHash {
		return false
	}
	switch h := toks[i-1].Hash; {
	case h == t.heresHash || h == t.thatsHash:
		return true
	case h == t.isHash && i >= 2:
		return t.whereTeller.Has(toks[i-2].Hash)
	case h == t.knowHash && i >= 2:
		return toks[i-2].Hash == t.iHash || toks[i-2].Hash == t.weHash
	}
	return false
}

// standing reports whether the word at toks[i] is a "status" that names
// someone's standing, after a word of standingWords in its sentence:
// "their marital status on the form", "the co-op's tax-exempt status of
// long standing". "What's the status on the order?" asks for news.
func (t *Tables) standing(f *Features, i int) bool {
	toks := f.Tokens
	return toks[i].Hash == t.statusHash && i > 0 && f.sent[i-1] == f.sent[i] && t.standingWord.Has(toks[i-1].Hash)
}

// endsLy reports whether word ends in "ly", in any case, as an adverb
// of manner does ("quickly", "Tightly").
func endsLy(word string) bool {
	return len(word) >= 2 && strings.EqualFold(word[len(word)-2:], "ly")
}

// wildManner reports whether a word that phrase pt leaves open ("move *
// to") is, at toks[i:], an adverb of manner ("quickly", "closer", "on") or
// a verb that makes the phrase's first word a noun ("the move is meant
// to…"); see mannerWords.
func (t *Tables) wildManner(s string, toks []Token, pt []uint32, i int) bool {
	for j := 1; j < len(pt); j++ {
		if pt[j] != 0 || toks[i+j].Kind != Word {
			continue
		}
		if w := s[toks[i+j].Start:toks[i+j].End]; t.manner.Has(toks[i+j].Hash) || len(w) > 4 && endsLy(w) {
			return true
		}
	}
	return false
}

// wildNewFigure reports whether a wildcard of phrase pt, matched at
// token i, holds a figure right after "new" (a mark such as "$" may
// stand between): "did the signed copy with the new $6 price reach
// you?" tells the price in passing, where "did the $900 invoice reach
// you?" only names what was sent.
func (t *Tables) wildNewFigure(toks []Token, pt []uint32, i int) bool {
	for j := 1; j < len(pt); j++ {
		if pt[j] != 0 || toks[i+j].Kind != Num {
			continue
		}
		k := i + j - 1
		if k > i && toks[k].Kind == Punct {
			k--
		}
		if toks[k].Hash == t.newHash {
			return true
		}
	}
	return false
}

// toTime reports whether the words from toks[i], after the "to" of a
// change of plan ("move * to"), name a time: a number ("the 9th", "4pm"),
// a month's or a day's name, or a word of moveTimeWords or dayParts,
// after up to four of moveLeadWords ("the end of next week", "a later
// date", "the afternoon"); or whether a month's or a day's name follows
// in the clause ("move you to the final round on Tuesday").
func (t *Tables) toTime(toks []Token, i int) bool {
	if t.timeNext(toks, i) {
		return true
	}
	for j := i; j < len(toks) && j <= i+maxToTime; j++ {
		if tk := toks[j]; tk.Kind == Punct && strings.ContainsRune(".?!;", tk.Char) {
			return false
		} else if tk.Kind == Word && t.isMonthOrDay(tk.Hash) {
			return true
		}
	}
	return false
}

// timeNext reports whether the words from toks[i] name a time right
// away, on their line: a number, a month's or a day's name, or a word of
// moveTimeWords or dayParts, after up to four of moveLeadWords ("the 9th",
// "next Friday", "the end of next week", "a later date").
func (t *Tables) timeNext(toks []Token, i int) bool {
	for j := i; j < len(toks) && j <= i+4 && !toks[j].NL; j++ {
		tk := toks[j]
		if tk.Kind == Num || tk.Kind == Word && (t.isMonthOrDay(tk.Hash) || t.moveTime.Has(tk.Hash) || t.dayPart.Has(tk.Hash)) {
			return true
		}
		if tk.Kind != Word || !t.moveLead.Has(tk.Hash) {
			break
		}
	}
	return false
}

// givesView reports whether "my" or "our" at toks[i] leads, within two
// words, to a word of opinionNouns in the same line: "here are my 2
// cents", "here is our take" give the writer's view.
func (t *Tables) givesView(toks []Token, i int) bool {
	if i >= len(toks) || toks[i].Hash != t.myHash && toks[i].Hash != t.ourHash {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+2 && !toks[j].NL; j++ {
		if toks[j].Kind == Word && t.opinion.Has(toks[j].Hash) {
			return true
		}
	}
	return false
}

// maxToTime bounds the words after a change of plan's "to" in which a
// month's or a day's name says when (see toTime).
const maxToTime = 8

// pointsAt reports whether the attachment word at token i, if it is one of
// the deictic ones ("see the", "here is", "here's", "here are"), opens its
// clause (opensClause: "…, and here is our response", "please see the term
// sheet"). "Here's what I suggest", "here is where we came out" and
// "here is our take" open the writer's own view, not material (whWords,
// writerWords, viewWords; givesView).
// "linked" points at material where it stands alone ("the slides are
// linked below") or where the writer links ("I've linked to the
// recording", linkerWords); "the fee is linked to the index" and "tightly
// linked" tie two things together.
// "see the" followed by a word of Tables.pointers ("attached", "enclosed",
// "below", "following", "link", "attachment") points at material wherever
// it stands ("you can see the attached"); "please find" followed by a
// word of findNotWords, perhaps after a determiner, asks for something
// to be found ("please find out who signs", "please find a way").
// A fresh send ("just faxed you", its phrase ending at token end) points
// at material as the writer's own report (freshSend).
func (t *Tables) pointsAt(f *Features, i, end int) bool {
	toks := f.Tokens
	switch h := toks[i].Hash; h {
	case t.hereHash, t.heresHash:
		next := i + 1
		if h == t.hereHash {
			next++ // "here is what"
		}
		if t.givesView(toks, next) {
			return false
		}
		if next+1 < len(toks) && t.wh.Has(toks[next].Hash) && t.writer.Has(toks[next+1].Hash) {
			w := f.text[toks[next+1].Start:toks[next+1].End]
			if strings.HasSuffix(w, "'d") ||
				next+2 < len(toks) && toks[next+2].Kind == Word && t.view.Has(toks[next+2].Hash) {
				return false
			}
		}
	case t.seeHash:
		if i+2 < len(toks) && t.pointers.Has(toks[i+2].Hash) {
			return true
		}
	case t.pleaseHash:
		// "please find out who signs", "please find a way to fix it":
		// something to do, no material
		j := i + 2
		if j+1 < len(toks) && t.determiner[0].Has(toks[j].Hash) {
			j++
		}
		return j >= len(toks) || f.sent[j] != f.sent[i] || !t.findNot.Has(toks[j].Hash)
	case t.linkedHash:
		if i+1 < len(toks) && (toks[i+1].Hash == t.toHash || toks[i+1].Hash == t.withHash) {
			return i > 0 && t.linkers.Has(toks[i-1].Hash) // "I've linked to the recording", not "the fee is linked to the index"
		}
		if i > 0 && toks[i-1].Kind == Word {
			prev := f.text[toks[i-1].Start:toks[i-1].End]
			return !endsLy(prev) // "linked below", not "tightly linked"
		}
		return true
	case t.justHash:
		return t.freshSend(f, i, end)
	case t.sendingHash, t.forwardingHash:
		k := i - 1
		if k > 0 && toks[k].Kind == Word && t.sendHop.Has(toks[k].Hash) {
			k-- // "I am also sending you"
		}
		if k < 0 || toks[k].Kind != Word || !t.progressive.Has(toks[k].Hash) {
			return false
		}
		if w := toks[k].Hash; (w == t.amHash || w == t.areHash) && k > 0 && toks[k-1].Kind == Word {
			k-- // the subject: "I am", "we are"
		}
		if k > 0 && f.sent[k-1] == f.sent[k] && toks[k-1].Kind == Word && !t.openers.Has(toks[k-1].Hash) {
			return false // "the plan I am sending you covers…": a relative clause names what was sent
		}
		y := i + 1 // "you"
		if toks[y].Hash == t.toHash {
			y++ // "I am forwarding to you the minutes"
		}
		for j := y + 1; j <= y+3 && j < len(toks) && toks[j].Kind == Word; j++ {
			if t.idleSend.Has(toks[j].Hash) {
				return false // "I'm sending you a quick note", "sending you this again"
			}
			if j == y+2 && toks[i].Hash == t.sendingHash && toks[y+1].Hash == t.thisHash && t.letter.Has(toks[j].Hash) {
				return false // "I am sending you this letter because…": the email itself
			}
		}
		return true
	default:
		return !t.notHandedOver(toks, i)
	}
	return t.opensClause(f, i)
}

// freshSend reports whether the report of a fresh send from token i to
// its "you" or "over" at token y ("just faxed you", "just e-mailed
// you", freshSends) is the writer's own, opening its clause: "I
// just faxed you the lease", "We've just sent over the invoices", "Just
// emailed you the W-9", "…, and I have just mailed you the check". A
// writer inside a clause names what went before ("the invoices I just
// sent you"), and a note, an email or a reminder sent hands nothing over
// ("I just sent you a quick note", "I just emailed you a reminder").
func (t *Tables) freshSend(f *Features, i, y int) bool {
	toks := f.Tokens
	k := i
	if k > 0 && f.sent[k-1] == f.sent[k] && toks[k-1].Hash == t.haveHash {
		k-- // "I have just sent you"
	}
	if k > 0 && f.sent[k-1] == f.sent[k] && t.writer.Has(toks[k-1].Hash) {
		k-- // the writer: "I", "we", "I've"
	}
	if !t.followsBreak(f, k) {
		return false
	}
	for j := y + 1; j <= y+3 && j < len(toks) && f.sent[j] == f.sent[i] && toks[j].Kind == Word; j++ {
		if t.idleSend.Has(toks[j].Hash) || t.letter.Has(toks[j].Hash) {
			return false
		}
	}
	return true
}

// freshlySent reports whether token i, a verb of passing something on,
// stands in the report of a fresh send the attachment words kept
// (freshSend): "sent" in "I just sent you the invoices".
func (t *Tables) freshlySent(f *Features, i int) bool {
	return slices.ContainsFunc(f.Hits, func(h Hit) bool {
		return h.Kind == AttachWord && int(h.Tok) < i && i < f.hitEnd(&h) && f.Tokens[h.Tok].Hash == t.justHash
	})
}

// notHandedOver reports whether the attachment word at toks[i] is a
// participle that a negation stands just before, or two words before
// with "be", "been" or "yet" between ("the price sheet is not attached",
// "the schedule hasn't been attached", "not yet enclosed"), or that a form
// of "get" makes a change of state ("it could get attached to the wrong
// deal"): what the email leaves out hands nothing over.
func (t *Tables) notHandedOver(toks []Token, i int) bool {
	if !t.participle.Has(toks[i].Hash) || i == 0 || toks[i-1].Kind != Word {
		return false
	}
	p := toks[i-1].Hash
	if t.negation.Has(p) || t.getForms.Has(p) {
		return true
	}
	return i >= 2 && (p == t.beHash || p == t.beenHash || p == t.yetHash) && toks[i-2].Kind == Word && t.negation.Has(toks[i-2].Hash)
}

// opensClause reports whether token i is the first word of its clause:
// capitalized, or after a break (followsBreak).
func (t *Tables) opensClause(f *Features, i int) bool {
	return f.Tokens[i].Upper || t.followsBreak(f, i)
}

// followsBreak reports whether token i is first in its sentence, or
// follows punctuation or a connective or a "please" (Tables.openers):
// "…, and I'll cover nights", "so I'll haul", not "…or we'll be late".
func (t *Tables) followsBreak(f *Features, i int) bool {
	toks := f.Tokens
	if i == 0 || f.sent[i-1] != f.sent[i] || toks[i-1].Kind == Punct {
		return true
	}
	return t.openers.Has(toks[i-1].Hash)
}

// writerOrReaderNeeds reports whether the nudge at token i, if it says
// what someone still needs or has not received, asks the reader for it.
//
// "still need(s)" asks when the writer needs something of the reader's ("I
// still need your comments", "we still need the W-9"), when the reader is
// reminded ("you still need to sign") or when no subject stands before it
// ("Reminder - still need volunteers"); the writer's own task ("I still
// need to revise the agreement"), a question after the reader's need ("do
// you still need the confirmation?") and anything else's need ("the order
// form still needs a signature") ask for nothing.
//
// "have not received" and "haven't received" ask when the writer has not
// ("I haven't received the file", "Haven't received your W-9 yet"); said
// of the reader ("if you have not received your invitation") or of someone
// else ("they have not received payment") they report.
//
// Any other nudge phrase passes.
func (t *Tables) writerOrReaderNeeds(f *Features, i int) bool {
	toks := f.Tokens
	var next [2]uint32 // the hashes of the two tokens after i, or 0
	for k := range next {
		if i+1+k < len(toks) {
			next[k] = toks[i+1+k].Hash
		}
	}
	var need bool
	switch h := toks[i].Hash; {
	case h == t.stillHash && (next[0] == t.needHash || next[0] == t.needsHash):
		need = true
	case h == t.haventHash && next[0] == t.receivedHash,
		h == t.haveHash && next[0] == t.notHash && next[1] == t.receivedHash:
	default:
		return true
	}
	if t.opensClause(f, i) {
		return true
	}
	switch {
	case f.cls[i-1]&wSubject != 0: // "I", "we"
		return !need || next[1] != t.toHash
	case toks[i-1].Hash == t.youHash:
		return need && (i < 2 || !t.doForms.Has(toks[i-2].Hash))
	}
	return false
}

// othersFollowUp reports whether the phrase from token i to end, which
// holds a verb of following up (chaseWords), is someone else's: "he",
// "she" or "they" (otherSubjects) or a name is its subject, with words
// of chaseBridges between ("Dana phoned to touch base", "they are
// checking in daily", "Dana just called to circle back"). The name may
// say where its owner is from (otherFrom): "Rosa Diaz from the grange
// called to follow up". A bridge word must stand between: a name right
// before "following up" or "wanted to follow up" may be a greeting
// without its comma. "Dana and I called to follow up" and "Dana asked me
// to follow up" stay the writer's.
func (t *Tables) othersFollowUp(f *Features, i, end int) bool {
	toks := f.Tokens
	chase := false
	for k := i; k <= end && !chase; k++ {
		chase = t.chaseWord.Has(toks[k].Hash)
	}
	if !chase {
		return false
	}
	sn := f.sent[i]
	j := i - 1
	for n := 0; n < 4 && t.chaseBridge.Has(f.hashIn(j, sn)); n++ {
		j--
	}
	if j == i-1 || !f.inSent(j, sn) {
		return false
	}
	if t.someoneElse(f, j) {
		return true
	}
	if f.cls[j]&wPerson != 0 {
		return false // "from the grange I called to follow up"
	}
	// "… from the grange", "… at Hay Co": a name and where it is from
	for k := j - 1; k >= j-3 && f.inSent(k, sn) && toks[k].Kind == Word; k-- {
		if t.otherFrom.Has(toks[k].Hash) {
			return f.inSent(k-1, sn) && t.someoneElse(f, k-1)
		}
	}
	return false
}

// readersFollowUp reports whether the phrase at token i opens on a verb
// of following up (chaseWords) that is a step for the reader to take:
// after "you" and one of readerMay, "want to" between or not ("you might
// check in with Sam", "you may want to touch base with legal"), after
// one of readerMay and "you" ("could you check in with Sam on the
// lease?", "would you mind following up with Sam?"), after "maybe" or
// "perhaps" opening the sentence ("Maybe check in with Sam?"), after
// "worth" ("it might be worth checking in with Sam") or after "interest
// in" or "interested in". The writer asks the reader to act, and asks no
// news by it.
func (t *Tables) readersFollowUp(f *Features, i int) bool {
	if !t.chaseWord.Has(f.Tokens[i].Hash) {
		return false
	}
	sn := f.sent[i]
	switch prev := f.hashIn(i-1, sn); {
	case prev == t.worthHash:
		return true
	case prev == t.inHash:
		return t.interest.Has(f.hashIn(i-2, sn))
	case t.perhaps.Has(prev):
		return i-1 == f.afterGreeting(f.sentFirst(i), i)
	case prev == t.mindHash:
		i-- // "would you mind following up"
	}
	if f.hashIn(i-1, sn) == t.youHash {
		return t.readerMay.Has(f.hashIn(i-2, sn))
	}
	j := i - 1
	if f.hashIn(j, sn) == t.toHash && f.hashIn(j-1, sn) == t.wantHash {
		j -= 2 // "you may want to"
	}
	return t.readerMay.Has(f.hashIn(j, sn)) && f.hashIn(j-1, sn) == t.youHash
}

// someoneElse reports whether token j, after the greeting, is "he", "she"
// or "they" or a name: someone other than the writer or the reader.
// backref's otherPerson reads names more loosely ("Someone", a weekday),
// too loosely for the subject of a follow-up.
func (t *Tables) someoneElse(f *Features, j int) bool {
	if j < f.greet || j >= len(f.Tokens) {
		return false
	}
	return t.otherSubject.Has(f.Tokens[j].Hash) || t.nameWord(f.Tokens[j]) && f.cls[j]&(wStop|wIForm|wSalute|wPerson) == 0
}

// inTimeClause reports whether token i stands in a clause of time that
// opens at most four words before it, in the same sentence and with no
// punctuation between: a word of class wTimeSub ("until", "after", "once",
// the "soon" of "as soon as") and then a person (wPerson), the subject of
// the clause ("until we hear back", "once you've had a chance"). "When"
// opens one only before a subject other than the reader ("when he has
// had a chance to read it", "when we hear back"): "when you get a chance,
// send it over" asks the reader, and after a word of whenAsks ("do you
// know when we'll hear back?") it asks a question.
func (t *Tables) inTimeClause(f *Features, i int) bool {
	toks := f.Tokens
	person, reader := false, false
	for j := i - 1; j >= 0 && j >= i-4 && f.sent[j] == f.sent[i] && toks[j].Kind != Punct; j-- {
		if f.cls[j]&wTimeSub != 0 {
			return person
		}
		if toks[j].Hash == t.whenHash {
			return person && !reader && (j == 0 || f.sent[j-1] != f.sent[j] || !t.whenAsk.Has(toks[j-1].Hash))
		}
		if f.cls[j]&wPerson != 0 {
			person, reader = true, reader || t.readerSubject.Has(toks[j].Hash)
		}
	}
	return false
}

// quotedMention reports whether s[start:end] stands alone inside quotation
// marks: an opening mark right before it (after a space, a bracket or the
// start of the text) and a closing one right after it, perhaps after a
// comma, full stop, question or exclamation mark.
func quotedMention(s string, start, end int) bool {
	open, n := utf8.DecodeLastRuneInString(s[:start])
	if !isOpenQuote(open) {
		return false
	}
	if before, _ := utf8.DecodeLastRuneInString(s[:start-n]); start-n > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) {
		return false
	}
	if end < len(s) && strings.IndexByte(",.?!", s[end]) >= 0 {
		end++
	}
	closing, m := utf8.DecodeRuneInString(s[end:])
	if !isCloseQuote(closing) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(s[end+m:])
	return end+m == len(s) || !unicode.IsLetter(after) && !unicode.IsDigit(after)
}

// quotedSpeech reports whether token i stands inside words quoted as
// someone's speech: the nearest quotation mark before it on its line
// opens a quotation (a curly opening mark, or a straight one that leaves
// an odd count of them), and follows a colon, a comma or a word of
// speechWords ("said", "asked", "was": `her answer was "…`).
func (t *Tables) quotedSpeech(toks []Token, i int) bool {
	open, straight := -1, 0
	for j := i - 1; j >= 0; j-- {
		if c := toks[j].Char; toks[j].Kind == Punct && (c == '"' || c == '“' || c == '”') {
			if open < 0 {
				open = j
			}
			if c == '"' {
				straight++
			}
		}
		if toks[j].NL {
			break
		}
	}
	if open < 1 || toks[open].NL || toks[open].Char == '”' || toks[open].Char == '"' && straight%2 == 0 {
		return false
	}
	switch before := toks[open-1]; before.Kind {
	case Punct:
		return before.Char == ':' || before.Char == ','
	case Word:
		return t.speechWord.Has(before.Hash)
	}
	return false
}

// hasQuotationMark reports whether s holds a straight or curly double
// quotation mark. strings.ContainsAny would walk s rune by rune, as the
// set is not all ASCII; three byte searches take a fraction of that.
func hasQuotationMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”")
}

func isOpenQuote(r rune) bool { return strings.ContainsRune("\"'“‘„«", r) }

func isCloseQuote(r rune) bool { return strings.ContainsRune("\"'”’“»", r) }

// inListItem reports whether token i is on a line that starts with a list
// marker: "1." or "2)", "-", "*", "•".
func inListItem(toks []Token, i int) bool {
	j := i
	for j > 0 && !toks[j].NL {
		j--
	}
	first := toks[j]
	switch {
	case first.Kind == Punct:
		return (first.Char == '-' || first.Char == '*' || first.Char == '•') && j < i
	case first.Kind == Num && j+1 < len(toks) && j+1 < i:
		next := toks[j+1]
		return next.Kind == Punct && (next.Char == '.' || next.Char == ')') && !next.NL
	}
	return false
}

// stops reports whether the token ends a sentence, which a phrase's "*"
// never stands for: "Good to hear the grange made a decision. Which crew
// mows first?" asks nothing about the decision.
func stops(tk *Token) bool {
	return tk.Kind == Punct && (tk.Char == '.' || tk.Char == '!' || tk.Char == '?')
}
