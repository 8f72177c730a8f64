package feat

import (
	"slices"
	"strings"
)

// insideCheckIns drops the content words a check-in phrase is made of:
// "update" in "please update me", "report" in "any report back" announce
// nothing.
func insideCheckIns(f *Features) {
	f.spans = f.spans[:0] // the check-in phrases' spans
	for _, o := range f.Hits {
		if o.Kind == Nudge || o.Kind == Filler {
			f.spans = append(f.spans, [2]int32{o.Start, o.End})
		}
	}
	if len(f.spans) == 0 {
		return
	}
	for i := range f.Hits {
		h := &f.Hits[i]
		if !coverable(h.Kind) {
			continue
		}
		for _, sp := range f.spans {
			if sp[0] <= h.Start && h.End <= sp[1] {
				h.Kind = Covered
				break
			}
		}
	}
}

// coverable reports whether a hit of kind k is a content word a check-in
// phrase may be made of (see insideCheckIns): "are you" in "how are you
// doing?" is no decision question.
func coverable(k Kind) bool {
	return k == News || k == Material || k == Commit || k == Proposal || k == DecisionQ
}

// datedStillAsks finds the asks whether something set before still holds
// that name its day or time between the ask and the question mark, where
// a phrase of stillOnAsks, plannedAsks or stalledAsks allows two words
// only: "is the rollout still on track for next week?", "is the renewal
// still on the table for Q1?", "is the install still scheduled for
// Tuesday the 14th?". The day is one the reader already holds, so the
// question checks in as "is the renewal still on the table?" does. The
// day, with dayOpeners before it, must end the question, after at most
// one of datePreps: "is the barn still in play for the sale in May?" asks
// of the sale, and "does Friday still work for a call at 3?" proposes the
// call. It runs once the numbers have found the days (Tables.numbers) and
// adds a check-in hit from the ask's first word to the question mark,
// covering the proposal words inside it ("the pilot") as insideCheckIns
// does. The heads are English.
func (t *Tables) datedStillAsks(f *Features) {
	toks := f.Tokens
	for i, n := 0, len(f.Hits); i < n; i++ {
		h := f.Hits[i]
		if !dayOrTime(h.Kind) {
			continue
		}
		e, sn := f.hitEnd(&h), f.sent[h.Tok]
		if !f.inSent(e, sn) || toks[e].Kind != Punct || toks[e].Char != '?' && toks[e].Char != '？' {
			continue
		}
		// back over the rest of the day: "for Tuesday the 14th", "for
		// next Monday"
		j := int(h.Tok) - 1
		for f.inSent(j, sn) && j >= int(h.Tok)-maxDayWords && (t.dayOpen.Has(toks[j].Hash) || f.inDay(j)) {
			j--
		}
		if f.inSent(j, sn) && t.datePrep.Has(toks[j].Hash) {
			j--
		}
		k := t.stillHeadBefore(f, j, sn)
		if k < 0 || slices.ContainsFunc(f.Hits, func(o Hit) bool { return o.Kind == Nudge && f.sent[o.Tok] == sn }) {
			continue
		}
		ask := Hit{Kind: Nudge, Start: toks[k].Start, End: toks[e].End, Tok: int32(k)}
		for m := range f.Hits {
			if o := &f.Hits[m]; coverable(o.Kind) && ask.Start <= o.Start && o.End <= ask.End {
				o.Kind = Covered
			}
		}
		f.Hits = append(f.Hits, ask)
	}
}

// maxDayWords bounds the words of a day datedStillAsks reads back over
// before the day hit that ends the question.
const maxDayWords = 4

// inDay reports whether token j lies inside a day or a time (dayOrTime),
// or one that points back (PastDate).
func (f *Features) inDay(j int) bool {
	tk := f.Tokens[j]
	return slices.ContainsFunc(f.Hits, func(h Hit) bool {
		return (dayOrTime(h.Kind) || h.Kind == PastDate) && h.Start <= tk.Start && tk.End <= h.End
	})
}

// stillHeadBefore returns the first token of the head of stillOnAsks,
// plannedAsks or stalledAsks' aliveHeads that ends at token j ("still on
// the table") in sentence n, or -1 when none does.
func (t *Tables) stillHeadBefore(f *Features, j, n int) int {
	if !f.inSent(j, n) {
		return -1
	}
	for k := j - 1; k >= j-3 && f.inSent(k, n); k-- {
		if t.stillHead.Has(wordsKey(f.Tokens[k : j+1])) {
			return k
		}
	}
	return -1
}

// refineCheckIns settles, sentence by sentence, which phrases ask the
// reader for news: a check-in phrase someone commits to (promised), that
// only names the material handed over (described) or that names a
// meeting (namesMeeting) asks nothing, and
// "let me know if…" about what has or has not happened does (askedWhether).
func (t *Tables) refineCheckIns(f *Features) {
	handing := t.handingSentences(f)
	for i := range f.Hits {
		h := &f.Hits[i]
		switch h.Kind {
		case Nudge:
			k := int(h.Tok)
			key := wordsKey(f.Tokens[k:f.hitEnd(h)])
			if t.deferOnly.Has(key) {
				// "follow up", "revisit", "pick this up" ask only to put
				// the talk off or as the writer's promise to chase
				// (putsOff); "please follow up with Kim" instructs, "we
				// need to revisit the cap" has work to do
				if !t.putsOff(f, h, key) {
					h.Kind = Covered
				}
				continue
			}
			// a break-up ("I'll take your silence as a no") is the
			// writer's last nudge, however it is worded
			if !t.breakUp.Has(f.Tokens[k].Hash) && t.promised(f, k) && !t.chasesAgain(f, h, key) || t.described(f, k, handing) || t.brings(f, h) || t.recalls(f, h) ||
				t.writersChance(f, h) || t.othersEager(f, h) || t.othersWay(f, h) || t.writerLacks(f, h) || t.namesMeeting(f, h) ||
				t.heardOfOthers(f, h, key) || t.statedStep(f, h, key) || t.ownPriority(f, h) || t.timesClause(f, h, key) {
				h.Kind = Covered
			}
		case Closer:
			if t.askedWhether(f, h, handing) {
				h.Kind = Nudge
			}
		case Filler:
			if thanking(f, h) || f.timesTheAsk(h) || t.hopesTo(f, h) || t.wantedToTell(f, h) {
				h.Kind = Covered
			}
		case Proposal, DecisionQ:
			if t.reportedAsk(f, int(h.Tok)) {
				h.Kind = Covered
			}
		}
	}
	// A question in a sentence that asks for news is that request, not a
	// question that moves a decision: "Are you organized for your trip
	// yet?", "Is it still on your radar?"
	var asking uint64
	for _, h := range f.Hits {
		if h.Kind == Nudge {
			asking |= f.sentBit(int(h.Tok))
		}
	}
	if asking == 0 {
		return
	}
	for i := range f.Hits {
		h := &f.Hits[i]
		if h.Kind == DecisionQ && asking&f.sentBit(int(h.Tok)) != 0 && !t.offersInstead(f, h) ||
			h.Kind == Proposal && asking&f.sentBit(int(h.Tok)) != 0 && t.stillAsked(f, h) {
			h.Kind = Covered
		}
	}
}

// stillAsked reports whether proposal h names a meeting the question
// asks after: it is one of the proposalNouns, and a check-in phrase with
// "still" follows it in a sentence that asks ("is the meeting on
// Thursday still happening?", "does the call on Friday still stand?").
// The meeting was set before; the question proposes nothing new. "…, or
// can we move it to Friday at 10?" still proposes, and so does "a call
// on Thursday" offered after the check-in. The proposalNouns are
// English, so only English asks meet one.
func (t *Tables) stillAsked(f *Features, h *Hit) bool {
	sn := f.sent[h.Tok]
	if !t.proposalNounHit(f, h) || !f.sentAsks(int(h.Tok)) {
		return false
	}
	for _, o := range f.Hits {
		if o.Kind == Nudge && o.Tok > h.Tok && f.sent[o.Tok] == sn &&
			slices.ContainsFunc(f.Tokens[o.Tok:f.hitEnd(&o)], func(tk Token) bool { return tk.Hash == t.stillHash }) {
			return true
		}
	}
	return false
}

// offersInstead reports whether decision question h, in a sentence that
// asks for news, opens an alternative the writer offers after "or"
// (offersAfter): "Any update on the PO, or can we ship Tuesday?".
func (t *Tables) offersInstead(f *Features, h *Hit) bool {
	return h.Tok > 0 && t.offersAfter(f, int(h.Tok)-1)
}

// offersAfter reports whether token j is an "or" that opens a step the
// writer offers instead of the answer asked for: a question opens right
// after it, the writer is among its first words, and it is neither a
// chase (a check-in phrase, or a verb of heldOffVerbs after the writer),
// an ask for what the reader will give (askedIdleVerbs) nor more waiting
// (idleSteps): "Any update on the PO, or can we ship the pallets
// Tuesday?", "Any word, or would it help if I drove the copy over?".
// "…, or should I just wait?", "…, or should I check back next month?"
// and "…, or is it still with legal?" ask for news and nothing else.
func (t *Tables) offersAfter(f *Features, j int) bool {
	if f.Tokens[j].Hash != t.orHash || j+1 >= len(f.Tokens) || f.sent[j+1] != f.sent[j] ||
		!t.questionOpen.Has(f.Tokens[j+1].Hash) {
		return false
	}
	last, mine := f.sentLast(j), false
	for i := j + 1; i <= last; i++ {
		tk := &f.Tokens[i]
		if !mine && i <= j+maxOfferLead && tk.Kind == Word && t.writer.Has(tk.Hash) {
			if v := t.verbAfter(f, i, last); v >= 0 && t.heldOff.Has(f.Tokens[v].Hash) || t.asksToGet(f, v) {
				return false // "or should I check back?", "or should we just assume it's off?"
			}
			mine = true
		}
		if t.idleStep.Has(tk.Hash) {
			return false
		}
	}
	return mine && !f.hitBetween(j, last+1, Nudge)
}

// verbAfter returns the token after the writer at token i, past one word
// of softAdverbs ("should we just…", "can we still…"), or -1 when the
// sentence, which ends at token last, ends first.
func (t *Tables) verbAfter(f *Features, i, last int) int {
	v := i + 1
	if v < last && t.softAdverb.Has(f.Tokens[v].Hash) {
		v++
	}
	if v > last {
		return -1
	}
	return v
}

// asksToGet reports whether token v, the verb after the writer in a
// question (verbAfter), is one of askedIdleVerbs: "can we expect…",
// "could I get…", "should we just assume…" ask for what the reader will
// give, not leave to take a step.
func (t *Tables) asksToGet(f *Features, v int) bool {
	return v >= 0 && t.askedIdle.Has(f.Tokens[v].Hash)
}

// maxOfferLead bounds how far into an alternative the writer must appear
// (offersInstead): "can we", "should I", "would it help if I", "would you
// rather we".
const maxOfferLead = 5

// wantedToTell reports whether pleasantry h, "just wanted to", opens the
// passing on of news: a word of announceWords right after it ("Just
// wanted to tell you Kim is on the lease", "just wanted to share that the
// grange signed"). What follows is then read on its own merits, as it is
// without "just".
func (t *Tables) wantedToTell(f *Features, h *Hit) bool {
	k, e := int(h.Tok), f.hitEnd(h)
	return e < len(f.Tokens) && f.inSent(e, f.sent[k]) && t.announce.Has(f.Tokens[e].Hash) && wordsKey(f.Tokens[k:e]) == t.justWantedKey
}

// chasesAgain reports whether check-in phrase h, whose words have wordsKey
// key, is one of chasePhrases and ends its sentence but for the reader,
// "again" and a vague time, one of them at least (chaseTailOf): "I'll
// check back in a couple of weeks", "I'll follow up with you in January",
// "I'll try you again next week". Promised, it only says when the writer
// will chase the reader, and stays a check-in; "I'll check back with
// legal", "I'll follow up with the tracking number" promise a step, and a
// bare "…and I'll follow up." may be the writer's own chase of someone
// else.
func (t *Tables) chasesAgain(f *Features, h *Hit, key uint32) bool {
	if !t.chase.Has(key) {
		return false
	}
	words, _ := t.chaseTailOf(f, h)
	return words > 0
}

// putsOff reports whether check-in phrase h, one of deferPhrases whose
// words have wordsKey key, asks as it may: it puts the talk off to a
// later time and says nothing else (what follows it in its sentence is
// words of chaseTails, among them a time some way off, a month or a word
// of laterWords: "Shall we pick this up after the holidays?", "Let's
// revisit in January if that's better timing", "Should I reach back out
// in a few months?"), or the writer promises to chase the reader again
// (chasesAgain: "I'll follow up next week"). "Kim will pick it up from
// the barn tomorrow" tells.
func (t *Tables) putsOff(f *Features, h *Hit, key uint32) bool {
	words, later := t.chaseTailOf(f, h)
	return words > 0 && (later || t.chase.Has(key) && t.promised(f, int(h.Tok)))
}

// chaseTailOf reads what follows check-in phrase h in its sentence: how
// many words, and whether a time some way off stands among them (a month
// or a word of laterWords). It returns -1 words if any is neither a word
// of chaseTails nor part of a hit of a day, a month or a relative day
// (dated), save a short plain condition after a word of tailStops ("I'll
// check back in May if that works"; plainCondition). It runs before the
// numbers are read, so a clock time or a numbered day ("Tuesday at 10",
// "on the 14th") ends the tail: a chase set for a time is a commitment
// the reader can plan on.
func (t *Tables) chaseTailOf(f *Features, h *Hit) (words int, later bool) {
	k := int(h.Tok)
	for j := f.hitEnd(h); j < len(f.Tokens) && f.sent[j] == f.sent[k]; j++ {
		tk := &f.Tokens[j]
		switch {
		case tk.Kind == Punct:
			continue
		case t.tailStop.Has(tk.Hash):
			if !t.plainCondition(f, j) {
				return -1, false
			}
			return words, later
		case t.later.Has(tk.Hash) || f.cls[j]&wMonth != 0:
			later = true
		case tk.Kind == Num && t.countsUnits(f, j):
			// "in 3 weeks", "in 2-3 days": a count, as "two" is
		case !t.chaseTail.Has(tk.Hash) && !f.dated(j):
			return -1, false
		}
		words++
	}
	return words, later
}

// countsUnits reports whether the number at token j counts units of
// time (tailUnits), alone or as a range: "3 weeks", "2-3 days". A clock
// time or a day of the month ("at 4", "on March 3") counts none.
func (t *Tables) countsUnits(f *Features, j int) bool {
	n := f.sent[j]
	for j++; f.inSent(j, n); j++ {
		switch tk := &f.Tokens[j]; {
		case tk.Kind == Num || tk.Kind == Punct && tk.Char == '-':
			continue
		case tk.Kind == Word:
			return t.tailUnit.Has(tk.Hash)
		default:
			return false
		}
	}
	return false
}

// plainCondition reports whether the condition that opens at token c
// runs to the end of its sentence in at most maxConditionWords words,
// with no number, no money sign, no capitalized word but "I" and no day
// or month: "if that's better timing", "if that works for you"; "if the
// grange approves the $6 price" has news of its own.
func (t *Tables) plainCondition(f *Features, c int) bool {
	n := 0
	for j := c + 1; j < len(f.Tokens) && f.sent[j] == f.sent[c]; j++ {
		tk := &f.Tokens[j]
		if tk.Kind == Punct {
			if moneySign(*tk) {
				return false
			}
			continue
		}
		n++
		if n > maxConditionWords || tk.Kind == Num || tk.Upper && tk.Hash != t.iHash || f.dated(j) {
			return false
		}
	}
	return true
}

// maxConditionWords bounds the words of a plain condition.
const maxConditionWords = 6

// dated reports whether token j stands in a hit of a day, a month, a
// relative day ("next week"), a date or a time; before numbers runs, as
// in refineCheckIns, only the first three are found.
func (f *Features) dated(j int) bool {
	start := f.Tokens[j].Start
	return slices.ContainsFunc(f.Hits, func(h Hit) bool {
		switch h.Kind {
		case DateHit, TimeHit, Weekday, Month, RelDay:
			return h.Start <= start && start < h.End
		}
		return false
	})
}

// namesMeeting reports whether check-in phrase h, one that ends like a
// check-in (checkInEnds), qualifies a meeting to be held, one of talks
// right after it: "a quick follow-up call on Thursday", "a check-in
// meeting next week". "Did you ever chat with Dana?" asks for news.
func (t *Tables) namesMeeting(f *Features, h *Hit) bool {
	e := f.hitEnd(h)
	return t.checkInEnd.Has(f.Tokens[e-1].Hash) && f.inSent(e, f.sent[h.Tok]) && t.talks.Has(f.Tokens[e].Hash)
}

// writersChance reports whether check-in phrase h, one that opens on its
// verb or on "still" ("had a chance", "got a chance to look", "still plan
// to"; ownedWords), tells of the writer's own chance or plan: "I finally
// had a chance to go over the pricing", "we've now had a chance to review
// it", "we still plan to drive up Friday". Only the reader's ("have you had a
// chance", "hope you had a chance", "are you still planning to") asks for
// news.
func (t *Tables) writersChance(f *Features, h *Hit) bool {
	k, end := int(h.Tok), f.hitEnd(h)
	if !slices.ContainsFunc(f.Tokens[k:end], func(tk Token) bool { return t.owned.Has(tk.Hash) }) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && f.sent[j] == f.sent[k] && f.Tokens[j].Kind == Word; j-- {
		switch hj := f.Tokens[j].Hash; {
		case t.writer.Has(hj):
			return true
		case hj == t.youHash:
			return false
		}
	}
	return false
}

// ownPriority reports whether check-in phrase h, a priority's ("still a
// priority", "weiterhin eine Priorität", "sigue siendo una prioridad"),
// is said of the writer's own side: its sentence names whom the
// priority is for as "for us" or its kin (forWords, usWords). "Security
// is still a priority for us, so the night shift starts March 3" tells
// the reader why; "is it still a priority on your side?" asks.
func (t *Tables) ownPriority(f *Features, h *Hit) bool {
	k, e := int(h.Tok), f.hitEnd(h)
	if !slices.ContainsFunc(f.Tokens[k:e], func(tk Token) bool {
		w := f.text[tk.Start:tk.End]
		return tk.Kind == Word && len(w) >= len("priori") && strings.EqualFold(w[:len("priori")], "priori")
	}) {
		return false
	}
	sn := f.sent[k]
	for j := f.sentFirst(k); j+1 < len(f.Tokens) && f.sent[j+1] == sn; j++ {
		if t.forUs.Has(f.Tokens[j].Hash) && t.usWord.Has(f.Tokens[j+1].Hash) {
			return true
		}
	}
	return false
}

// writerLacks reports whether check-in phrase h, an "any …" ask ("any
// news", "any update", "any word"), tells what the writer has not had
// from someone other than the reader, as the reason for what its
// sentence goes on to: "we don't have any news from the carrier yet, so
// the hay ships June 9", "I haven't had any update from the county, but
// we start the barn Monday". The writer ("I", "we") stands in the five
// tokens before the phrase, a negation before the phrase (deniedBefore),
// "from" and no "you" or "your" after it, and later in the sentence a
// clause of its own (joinAt) with a figure or a date (bringsFigure). "I
// haven't had any news from you", "we haven't heard any news from the
// board. Have you?" and "…from legal, but let me know if you hear
// anything" still ask.
func (t *Tables) writerLacks(f *Features, h *Hit) bool {
	toks, k, e := f.Tokens, int(h.Tok), f.hitEnd(h)
	if toks[k].Hash != t.anyHash || !f.inSent(e+1, f.sent[k]) || toks[e].Hash != t.fromHash ||
		toks[e+1].Hash == t.youHash || toks[e+1].Hash == t.yourHash || !t.deniedBefore(f, k) {
		return false
	}
	if !slices.ContainsFunc(toks[max(f.sentFirst(k), k-5):k], func(tk Token) bool { return t.writer.Has(tk.Hash) }) {
		return false
	}
	for j, last := e+2, f.sentLast(k); j <= last; j++ {
		if at := t.joinAt(f, j); at >= 0 {
			return f.bringsFigure(at, last)
		}
	}
	return false
}

// othersWay reports whether check-in phrase h, "another direction",
// "different direction", "another vendor", "someone else" or their kin
// (two words each), tells of someone other than the reader: "the co-op
// went in a different direction", "we moved the feed to another
// supplier" are news. Only the reader's asks
// ("did you end up going another direction?", "if you've gone in a
// different direction, no worries"): "you" or a contraction of it
// (readerSubject) in the six words before it. Another vendor, provider or
// supplier, or someone else (wayOthers), is the reader's choice only right
// after a word of wayChoices ("going with another vendor", "picked a
// different supplier", "did you hire someone else?"); "could you compare
// us against another vendor" asks work, and "could someone else on your
// team sign?" asks for a step.
func (t *Tables) othersWay(f *Features, h *Hit) bool {
	k := int(h.Tok)
	if !t.wayHead.Has(f.Tokens[k].Hash) || f.hitEnd(h) > k+2 {
		return false // "someone else I should talk to" asks whom to ask
	}
	if k+1 < len(f.Tokens) && t.wayOther.Has(f.Tokens[k+1].Hash) {
		c := k - 1
		if c >= 0 && (f.Tokens[c].Hash == t.aHash || f.Tokens[c].Hash == t.anHash) {
			c-- // "picked a different supplier"
		}
		if c < 0 || !t.wayChoose.Has(f.Tokens[c].Hash) {
			return true // "could you compare us against another vendor": no choice made
		}
	}
	return !t.readerBefore(f, k, 6)
}

// othersEager reports whether check-in phrase h, one that opens on a word
// of eagerWords ("anxious to"), says how keen someone other than the
// writer or the reader is: "The co-op is eager to close the sale", "the
// growers are very anxious to start picking". That is news of a third
// party, no request for a reply; the writer's own ("I'm anxious for your
// answer", "we're anxious to") still asks, unless it is to meet or talk
// with someone other than the reader ("we are anxious to talk to the
// growers"; see meetsOthers).
func (t *Tables) othersEager(f *Features, h *Hit) bool {
	toks, k := f.Tokens, int(h.Tok)
	if !t.eager.Has(toks[k].Hash) {
		return false
	}
	j := k - 1
	for n := 0; n < 2 && j >= 0 && f.sent[j] == f.sent[k] && t.eagerAdverb.Has(toks[j].Hash); n++ {
		j--
	}
	if t.meetsOthers(f, f.hitEnd(h)) {
		return true // "we are anxious to talk to the growers": keen to meet a third party
	}
	if j < 0 || f.sent[j] != f.sent[k] {
		return false
	}
	if t.eagerOther.Has(toks[j].Hash) {
		return true // "She's anxious to see the plan": the subject is in the word
	}
	if !t.eagerBe.Has(toks[j].Hash) {
		return false
	}
	p := j - 1
	if p < 0 || f.sent[p] != f.sent[k] || toks[p].Kind != Word {
		return false
	}
	if t.writer.Has(toks[p].Hash) || toks[p].Hash == t.youHash {
		return false // "we are so anxious to", "you seem anxious to": not a third party
	}
	// "…and are anxious to start" leaves its subject further back, as
	// often the writer's ("We're nearly done and are anxious to start");
	// "is" and "was" have a third party's all the same
	return toks[j].Hash != t.areHash && toks[j].Hash != t.wereHash || !t.openers.Has(toks[p].Hash)
}

// meetsOthers reports whether the words from token e are a verb of
// meeting (meetVerbs) and, after "to" or "with" or not, someone other
// than the reader: "talk to the growers", "meet Dana", "speak with their
// counsel". "talk to you" and "meet your team" still wait on the reader.
func (t *Tables) meetsOthers(f *Features, e int) bool {
	toks, sn := f.Tokens, f.sent[e]
	if !f.inSent(e+1, sn) || !t.meetVerb.Has(toks[e].Hash) {
		return false
	}
	n := e + 1
	if toks[n].Hash == t.toHash || toks[n].Hash == t.withHash {
		n++
	}
	return f.inSent(n, sn) && toks[n].Kind == Word && !t.readerOrWriter.Has(toks[n].Hash)
}

// reportedAsk reports whether the phrase at token k repeats what someone
// asked: "your CFO asked whether we can invoice quarterly" reports the
// CFO's question, it proposes nothing.
func (t *Tables) reportedAsk(f *Features, k int) bool {
	if k < 2 || f.sent[k-2] != f.sent[k] {
		return false
	}
	w := f.Tokens[k-1].Hash
	return (w == t.whetherHash || w == t.ifHash) && t.askedWords.Has(f.Tokens[k-2].Hash)
}

// thanking reports whether pleasantry h only leads into thanks or good
// wishes a word or two later in its sentence: "I just wanted to say thanks
// for letting us stay", "just wanted to say thanks again for…". The note
// is the thanks, not a request for news. ("Thanks again" itself stays a
// pleasantry: "thanks again for your time" closes many a nudge.)
func thanking(f *Features, h *Hit) bool {
	last := f.hitEnd(h) - 1
	for _, c := range f.Hits {
		if c.Kind == Courtesy && int(c.Tok) > last && int(c.Tok) <= last+3 && f.sent[c.Tok] == f.sent[h.Tok] {
			return true
		}
	}
	return false
}

// hopesTo reports whether pleasantry h ends on "hope" before "to" and a
// step the writer means to take: "I hope to send the draft today", "I
// hope to finish the hay tally by Friday". That is the writer's plan, not a
// wish for the reader's well-being, and its sentence keeps what it says;
// a plan to meet again ("I hope to see you soon"; signsOff) still only
// says goodbye.
func (t *Tables) hopesTo(f *Features, h *Hit) bool {
	toks, last := f.Tokens, f.hitEnd(h)-1
	n := last + 1
	if !t.hope.Has(toks[last].Hash) || !f.inSent(n+1, f.sent[last]) || toks[n].Hash != t.toHash {
		return false
	}
	return toks[n+1].Kind == Word && !t.signsOff(toks, n+1)
}

// timesClause reports whether check-in phrase h, whose words have
// wordsKey key, is one of whenClauses opening its sentence (past a
// greeting) and closed by a comma before more words: "When you're back,
// could you send me the signed DPA?", "When you get this, the price goes
// up to $9." It then only says when the rest applies, and the rest is read
// on its own merits; "Ring me when you're back." and "When you get
// this, let me know." still check in (the latter by its closer).
func (t *Tables) timesClause(f *Features, h *Hit, key uint32) bool {
	k, e := int(h.Tok), f.hitEnd(h)
	n := f.sent[k]
	first := f.sentFirst(k)
	if !t.whenClause.Has(key) || k != f.afterGreeting(first, f.sentLast(first)) || !f.inSent(e+1, n) {
		return false
	}
	return f.Tokens[e].Kind == Punct && f.Tokens[e].Char == ',' && f.Tokens[e+1].Kind == Word
}

// timesTheAsk reports whether pleasantry h is a courtesy about timing
// that a closer's phrase shares ("whenever you have", "at your
// convenience") and that follows other words of its sentence: "I'll show
// you the new figures on Friday or whenever you have an hour", "Please
// sweep the loft at your convenience". It sets when the step is taken,
// as "when you get a chance" does, and leaves the step in its sentence
// standing. Opening its sentence ("Whenever you have an hour…") it
// still wishes for the reader's time, and so it does after a closer
// ("Please call Hal at your convenience", "Let me know whenever you get
// the chance"), which is no step of its own.
func (f *Features) timesTheAsk(h *Hit) bool {
	k := int(h.Tok)
	first := max(f.sentFirst(k), f.greet)
	if k <= first {
		return false
	}
	shared := false
	for _, c := range f.Hits {
		if c.Kind != Closer {
			continue
		}
		if c.Start == h.Start {
			shared = true
		} else if int(c.Tok) >= first && c.Start < h.Start {
			return false
		}
	}
	return shared
}

// promised reports whether the check-in phrase at token k is something
// the writer or someone else commits to or did rather than asks for: "I
// will keep you posted on the progress of the filing", "Irma will be
// following up with invitations", "I'll circle back next week", "Sally
// left you a voicemail", "Dan reached out to us" (othersDid). "Will you be
// sending…" still asks, and so does a future the reader is asked about:
// "do you know when we'll hear back?". A news ask inside the writer's
// promise to pass news on asks nothing either (tellsLater).
func (t *Tables) promised(f *Features, k int) bool {
	if t.othersDid.Has(f.Tokens[k].Hash) && t.thirdParty(f, k) {
		return true
	}
	return t.willBefore(f, k) || t.tellsLater(f, k)
}

// maxTellGap bounds how many tokens before a check-in phrase tellsLater
// looks for the promise to tell the reader, and maxWillGap how many
// before a phrase or a verb willBefore looks for its future.
const (
	maxTellGap = 12
	maxWillGap = 6
)

// tellsLater reports whether the check-in phrase at token k stands in
// what the writer promises to tell the reader: "I'll let you know if there
// is any news from the grange", "we'll keep you posted as soon as there is
// any progress", "I will get back to you once I hear anything". The news
// is the writer's to send; "please let me know if there is any news"
// still asks for it.
func (t *Tables) tellsLater(f *Features, k int) bool {
	// "you" stands two tokens or more into its sentence: "I'll let you",
	// "get back to you"
	for j, lo := k-1, max(f.sentFirst(k)+2, k-maxTellGap); j >= lo; j-- {
		if f.Tokens[j].Hash != t.youHash {
			continue
		}
		v := f.Tokens[j-1].Hash
		if t.tellReader.Has(v) || v == t.toHash && f.Tokens[j-2].Hash == t.backHash {
			return t.willBefore(f, j-1)
		}
	}
	return false
}

// willBefore reports whether a future the writer or someone else commits
// to ("I'll", "we will", "shall", "Will keep you posted") stands in the
// maxWillGap tokens before token k of its sentence.
func (t *Tables) willBefore(f *Features, k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxWillGap && f.sent[j] == f.sent[k]; j-- {
		hj := f.Tokens[j].Hash
		if t.futureWill.Has(hj) || (hj == t.willHash && j > 0 && f.sent[j-1] == f.sent[j] && f.Tokens[j+1].Hash != t.youHash) {
			return j == 0 || f.sent[j-1] != f.sent[j] || !t.futureAsked.Has(f.Tokens[j-1].Hash)
		}
		if hj == t.willHash && t.elidedWill(f, j) {
			return true
		}
	}
	return false
}

// elidedWill reports whether the "will" at token j opens its sentence with
// the writer left out, as terse mail does: "Will keep you posted on any
// progress", "Will circle back next week". A small-letter word that is no
// subject follows it, and the sentence asks nothing: "Will you send it?",
// "Will Dana have news?" and "Will this work?" are questions.
func (t *Tables) elidedWill(f *Features, j int) bool {
	if j != f.sentFirst(j) || j+1 >= len(f.Tokens) || f.sent[j+1] != f.sent[j] {
		return false
	}
	next := &f.Tokens[j+1]
	return next.Kind == Word && !next.Upper && !t.clauseSubject.Has(next.Hash) && !f.sentAsks(j)
}

// brings reports whether check-in phrase h only announces what the email
// brings: "Following up with the revised proposal", "circling back with
// an update:", "just following up with the link to the recording". What
// comes after "with" is then the message. A person ("following up with
// you", "with Kim"), a request ("with a quick question", "with a
// reminder") or what went out before ("with the proposal I sent last
// week", "with the contract from last month") leaves the phrase a nudge.
func (t *Tables) brings(f *Features, h *Hit) bool {
	k := f.hitEnd(h)
	if k+1 >= len(f.Tokens) || f.Tokens[k].Hash != t.withHash || f.sent[k+1] != f.sent[h.Tok] ||
		!t.checkInEnd.Has(f.Tokens[k-1].Hash) || t.objects.Has(f.Tokens[k+1].Hash) {
		return false // "with you", "with her"
	}
	det, named, ended := false, false, false
	for j := k + 1; j < len(f.Tokens) && f.sent[j] == f.sent[k]; j++ {
		tk := &f.Tokens[j]
		switch {
		case ended:
			if t.past.Has(tk.Hash) || t.behind.Has(tk.Hash) {
				return false // "the proposal I sent last week"
			}
		case named && (tk.Kind != Word || t.nounEnd.Has(tk.Hash)):
			ended = true // "with the answer to…", "with the numbers:"
		case tk.Kind == Num, moneySign(*tk), tk.Kind == Word && (t.determiner[0].Has(tk.Hash) || t.light.Has(tk.Hash)):
			det = true // "with the…", "with 3 options", "with $8,200 in savings"
		case tk.Kind != Word || t.idleWith.Has(tk.Hash):
			return false // "with this,", "with a quick question", "with my original note"
		case !det && tk.Upper:
			return false // a capital right after "with" names a person
		default:
			named = true
		}
	}
	return named
}

// recalls reports whether check-in h goes on from a conversation the
// writer and the reader had, and its sentence on past it to what came of
// it: "Following up on our call: they agreed to New York law", "Circling
// back after yesterday's meeting, I spoke with both vendors". The phrase
// then says where the news comes from and asks for nothing. A sentence
// that ends at the conversation ("Following up on our call Tuesday.")
// recalls it and nothing more, and so does one that goes on describing it
// ("…our meeting on the 7th, where we went over the options"); a check-in
// on an email ("following up on my last note: any thoughts?") recalls no
// conversation. The reader's own question or request recalled ("following
// up on your question about storage: the barn holds 600 bales") is taken
// up as a conversation is.
func (t *Tables) recalls(f *Features, h *Hit) bool {
	k := f.hitEnd(h)
	if k >= len(f.Tokens) || !t.checkInEnd.Has(f.Tokens[k-1].Hash) || !t.recallPreps.Has(f.Tokens[k].Hash) {
		return false
	}
	s := f.sent[h.Tok]
	for j := k + 1; j < len(f.Tokens) && j <= k+4 && f.sent[j] == s && f.Tokens[j].Kind == Word; j++ {
		if w := f.Tokens[j].Hash; !t.talks.Has(w) && !(t.readerAsk.Has(w) && f.Tokens[j-1].Hash == t.yourHash) {
			continue
		}
		// the mark stays in the sentence; a colon or a dash opens the next
		for m := j + 1; m+1 < len(f.Tokens) && f.sent[m] == s; m++ {
			if tk := f.Tokens[m]; tk.Kind == Punct && strings.ContainsRune(":,-–—", tk.Char) {
				// "…meeting on the 7th, where we went over the options"
				// still describes the meeting
				return !t.relatives.Has(f.Tokens[m+1].Hash)
			}
		}
		return false
	}
	return false
}

// moneySign reports whether tk is a currency sign that goes before an
// amount: "$8,200", "€40", "£5", "¥300".
func moneySign(tk Token) bool {
	return tk.Kind == Punct && strings.ContainsRune("$€£¥", tk.Char)
}

// handingSentences returns a bit per sentence (the first 64) that hands
// material over now ("Here is…", "I am attaching…").
func (t *Tables) handingSentences(f *Features) uint64 {
	var handing uint64
	for _, h := range f.Hits {
		if h.Kind != AttachWord {
			continue
		}
		if i := int(h.Tok); t.handsOverNow(f, i) {
			handing |= f.sentBit(i)
		}
	}
	return handing
}

// described reports whether the check-in phrase at token k mentions an
// earlier message only to say which material this sentence hands over:
// "Here is the language I mentioned in my voice mail", "I am attaching the
// resume I left you a message about".
func (t *Tables) described(f *Features, k int, handing uint64) bool {
	first := f.Tokens[k].Hash
	return (first == t.myHash || first == t.leftHash) && handing&f.sentBit(k) != 0
}

// askedWhether reports whether closer h, a bare "let me know if…", asks
// where something stands: what it asks about has already happened or not
// ("Please let me know if you have responded to Sheila", "let me know
// whether Russell sent the revised worksheets", "let me know if the check
// was paid"). "Let me know if you have any questions" stays a closer, as
// does asking whether what this email hands over (handing, a bit per
// sentence) arrived.
func (t *Tables) askedWhether(f *Features, h *Hit, handing uint64) bool {
	k := int(h.Tok)
	end := k + 3
	if f.Tokens[k].Hash != t.letHash || end >= len(f.Tokens) || f.Tokens[end-1].End != h.End {
		return false // not the bare "let me know"
	}
	if w := f.Tokens[end].Hash; w != t.ifHash && w != t.whetherHash {
		return false
	}
	return t.whetherDone(f, end, handing)
}

// whetherDone reports whether the clause after "if" or "whether" at
// token c asks what has already happened or not: a past form of
// communicating ("if you heard from Kim"), a step someone else took,
// said plainly (stepDone and plainStep: "if legal signed the lease",
// "whether the invoice was paid"), "has" or "have" and a participle ("if
// you have responded"), or a thing gone out or through, said plainly too
// ("if the PO went out", "whether the wire has gone through"). A negation
// ("if the check never came") only tells of a miss, and "received" asks
// nothing when this email hands something over (handing, a bit per
// sentence): "Attached is the lease; let me know if you received it".
func (t *Tables) whetherDone(f *Features, c int, handing uint64) bool {
	for j := c + 1; j < len(f.Tokens) && j <= c+5 && f.sent[j] == f.sent[c]; j++ {
		tk := &f.Tokens[j]
		if t.negation.Has(tk.Hash) {
			return false
		}
		if f.cls[j]&wPastComm != 0 && tk.Hash != t.leftHash {
			return true
		}
		if tk.Hash == t.receivedHash && handing != 0 {
			return false
		}
		// "the changes I posted" is the writer's own step
		if p := f.Tokens[j-1].Hash; t.stepDone.Has(tk.Hash) && p != t.iHash && p != t.weHash {
			return t.plainStep(f, j, f.sentEnd(j)+1)
		}
		if (tk.Hash == t.haveHash || tk.Hash == t.hasHash) && j+1 < len(f.Tokens) && participle(f.text, f.Tokens[j+1]) {
			return true
		}
		// "if the PO went out", "whether the payment has gone through"
		if t.changedGo.Has(tk.Hash) && j+1 < len(f.Tokens) && t.outThrough.Has(f.Tokens[j+1].Hash) {
			return t.plainStep(f, j+1, f.sentEnd(j)+1)
		}
	}
	return false
}

// stepAsks marks a bare yes-or-no question whether a step was taken as a
// check-in: "Have you signed the lease?", "Did the grange pay the
// invoice?", "Has the lease been signed?", "Was the check mailed?". It
// asks where something stands and brings nothing, like "let me know if
// you have signed" (askedWhether). The question opens with a word of
// stepAuxWords, names its doer in at most four words (a hyphen joins
// two into one: "has the co-op decided?"), not "I" ("did I
// send you the lease?" asks about the writer's own step), and says at
// most five words after the step, none a number, a day, a month, a mark
// or "or": "Did the board approve the $6 price or the $7 one?" weighs a
// choice. "Have you ever ordered from us?" asks about the reader's past,
// not a step (a passive "has it ever been signed?" still asks one). A
// step toward the writer ("did you send me the lease?") asks after
// something missing, and usually comes with what to do about it, so it
// is left alone, as is a question a check-in phrase already marks; a
// step the writer offers to take ("did you want me to sign the lease?",
// "me" or "us" before the step) asks nothing of the reader's.
func (t *Tables) stepAsks(f *Features) {
	toks := f.Tokens
	for s := 0; s+1 < len(f.opens); s++ {
		i := f.questionEnd(s)
		if i < 0 {
			continue
		}
		first := f.afterGreeting(int(f.opens[s]), i-1)
		if c := t.wrappedWhether(f, first, i); c >= 0 {
			if t.whetherDone(f, c, t.handingSentences(f)) {
				f.askedStep(first, i)
			}
			continue
		}
		if first+2 >= i || !t.stepAux.Has(toks[first].Hash) || toks[first+1].Hash == t.iHash {
			continue
		}
		step := func(v int) bool { return t.stepVerb.Has(toks[v].Hash) || t.passiveStep(f, first, v) }
		v, ever, doer := first+1, false, 0
		for ; v < i && doer <= 4 && !step(v); v++ {
			if gluedHyphen(toks, v) {
				continue // "the co-op": one word
			}
			if toks[v].Kind != Word || t.meUs.Has(toks[v].Hash) {
				break // "did you want me to sign?" offers the writer's step
			}
			if !hyphenTail(toks, v) {
				doer++
			}
			ever = ever || toks[v].Hash == t.everHash
		}
		if v == i || doer > 4 || !step(v) || t.meUs.Has(toks[v+1].Hash) {
			continue
		}
		if ever && (toks[first].Hash == t.haveHash || toks[first].Hash == t.hasHash) && toks[v-1].Hash != t.beenHash {
			continue
		}
		if t.plainStep(f, v, i) {
			f.askedStep(first, i)
		}
	}
}

// wrappedWhether returns the "if" or "whether" that ends a phrase of
// whetherWrappers opening the question from token first to its mark at
// token i ("Do you know if…", "Any idea whether…"), or -1.
func (t *Tables) wrappedWhether(f *Features, first, i int) int {
	toks := f.Tokens
	for c := first + 2; c < i && c <= first+maxWrapperWords; c++ {
		if toks[c].Hash == t.ifHash || toks[c].Hash == t.whetherHash {
			if t.whetherWrapper.Has(wordsKey(toks[first:c])) {
				return c
			}
			return -1
		}
	}
	return -1
}

// maxWrapperWords is the most words of whetherWrappers.
const maxWrapperWords = 5

// passiveStep reports whether token v, in an English question opened at
// token first by one of stepAuxWords, is the participle of a passive step,
// of whatever verb: "Has the PO been issued?", "Have the funds been
// transferred?", "Was the check cashed?", "Has the account been set up?".
// The participle ends in "-ed" or is one of doneIrregulars ("-en" alone
// also ends "often" and "Ihnen"). After "has" or "have" it must follow
// "been" ("Has the grange ordered hay?" is a step of stepVerbs or none);
// the doer must not be "you" ("Have you been part of the talks?", "Were
// you pleased with the samples?" ask about the reader).
func (t *Tables) passiveStep(f *Features, first, v int) bool {
	toks := f.Tokens
	if f.found != 0 || v < first+2 || toks[first+1].Hash == t.youHash || toks[first].Hash == t.didHash {
		return false
	}
	if !t.stepForm(f, v) {
		return false
	}
	if toks[first].Hash == t.haveHash || toks[first].Hash == t.hasHash {
		return v > first+2 && toks[v-1].Hash == t.beenHash
	}
	return true
}

// stepForm reports whether the word at token j has the form of a step's
// past participle: four letters or more ending in "-ed" ("issued",
// "transferred"), or one of doneIrregulars ("paid", "set", "sent"). "-en"
// alone also ends "often" and "Ihnen", so it counts only in those.
func (t *Tables) stepForm(f *Features, j int) bool {
	tk := &f.Tokens[j]
	w := f.text[tk.Start:tk.End]
	return t.doneIrregular.Has(tk.Hash) || len(w) >= 4 && strings.EqualFold(w[len(w)-2:], "ed")
}

// sentEnd returns the last token of token j's sentence before its
// closing marks, or j itself when only marks follow it.
func (f *Features) sentEnd(j int) int {
	last := f.sentLast(j)
	for last > j && f.Tokens[last].Kind == Punct {
		last--
	}
	return last
}

// plainStep reports whether the words after the step at token v, up to
// token end, only say what the step was about: at most five words, none
// a number, a day, a month, a mark or "or" ("…approve the $6 price or
// the $7 one" weighs a choice).
func (t *Tables) plainStep(f *Features, v, end int) bool {
	toks, after := f.Tokens, 0
	for j := v + 1; j < end; j++ {
		if gluedHyphen(toks, j) {
			continue // "the follow-up form"
		}
		if !hyphenTail(toks, j) {
			after++
		}
		if after > 5 || toks[j].Kind != Word || toks[j].Hash == t.orHash || f.cls[j]&(wWeekday|wMonth) != 0 {
			return false
		}
	}
	return true
}

// questionEnd returns the question mark that ends sentence s, before any
// closing marks (the first of "??", which asks once), or -1 when the
// sentence asks nothing.
func (f *Features) questionEnd(s int) int {
	toks := f.Tokens
	i := int(f.opens[s+1]) - 1
	for i > int(f.opens[s]) && toks[i].Kind == Punct && toks[i].Char != '?' {
		i--
	}
	if toks[i].Kind != Punct || toks[i].Char != '?' {
		return -1
	}
	for i > int(f.opens[s]) && toks[i-1].Kind == Punct && toks[i-1].Char == '?' {
		i--
	}
	return i
}

// askedStep marks the question from token first to its mark at token i
// as a check-in (a Nudge hit), unless a check-in phrase already marks
// part of it.
func (f *Features) askedStep(first, i int) {
	start, end := f.Tokens[first].Start, f.Tokens[i].End
	if slices.ContainsFunc(f.Hits, func(h Hit) bool { return h.Kind == Nudge && h.Start < end && h.End > start }) {
		return
	}
	// in text order, as matchPhrases leaves its hits
	at, _ := slices.BinarySearchFunc(f.Hits, start, func(h Hit, s int32) int { return int(h.Start - s) })
	f.Hits = slices.Insert(f.Hits, at, Hit{Kind: Nudge, Start: start, End: end, Tok: int32(first)})
}

// alreadyAsks is stepAsks for the other languages, whose questions put
// the step in many orders: a short question (at most maxAlreadyWords
// words) with a word of the language's already ("¿Ya firmaron el
// contrato?", "Haben Sie den Vertrag schon unterschrieben?", "Avez-vous
// déjà signé le bail ?", "Heeft u het contract al getekend?") and a done
// word (language.done, language.participles) asks where the deal stands.
// A figure, a day, a month, a choice (language.or), a question word
// ("Pourquoi avez-vous déjà signé ?"; language.wh) or the writer as the
// one the step was for (meWords: "¿Ya me enviaste el contrato?", asking
// after something missing) keep it a question, as in English. A short
// question whether something arrived needs no "already": a past form of
// receiving (language.gotPast: "¿Recibiste el contrato?"), or its
// participle after an auxiliary of a finished step (language.gotParts
// and language.perfect: "Haben Sie den Vertrag erhalten?"), asks it, as
// "did you receive…" does in English. So does a participle of a done word
// after such an auxiliary ("Avez-vous signé le contrat ?", "¿Han firmado
// el contrato?", "Haben Sie den Vertrag unterschrieben?", "Heeft u het
// contract getekend?"), as "have you signed the contract?" does, unless
// the step is the writer's side's (weDidWords: "¿Sabías que hemos
// rebajado el precio?" tells).
func (t *Tables) alreadyAsks(f *Features) {
	if f.found == 0 {
		return // English mail: most texts
	}
	words, toks := &t.stepWords[f.found-1], f.Tokens
	// the done words that read as a participle after an auxiliary: those
	// that follow a noun too, or in German and Dutch any ("haben Sie den
	// Vertrag unterschrieben", "heeft u het contract getekend")
	part := int32(doneAfter)
	if languages[f.found-1].verbLast {
		part = doneWord // f.lang is not set yet (see found)
	}
	for s := 0; s+1 < len(f.opens); s++ {
		i := f.questionEnd(s)
		if i < 0 {
			continue
		}
		first := f.afterGreeting(int(f.opens[s]), i-1)
		if toks[first].Kind == Punct && toks[first].Char == '¿' {
			first++
		}
		n, soon, done, got, aux, auxDone, we, plain := 0, false, false, false, false, false, false, first < i
		for j := first; j < i && plain; j++ {
			if gluedHyphen(toks, j) {
				continue // "a-t-elle"
			}
			if !hyphenTail(toks, j) {
				n++
			}
			h := toks[j].Hash
			flags, _ := t.doneNews.Get(h)
			soon = soon || words.already.Has(h)
			done = done || flags&doneWord != 0
			got = got || words.gotPast.Has(h) || aux && words.gotParts.Has(h)
			auxDone = auxDone || aux && flags&part != 0
			aux = aux || words.perfect.Has(h)
			we = we || t.weDid.Has(h)
			plain = toks[j].Kind == Word && n <= maxAlreadyWords && f.cls[j]&(wWeekday|wMonth) == 0 &&
				!words.or.Has(h) && !words.wh.Has(h) && !t.meWord.Has(h)
		}
		if plain && (soon && done || got || auxDone && !we) {
			f.askedStep(first, i)
		}
	}
}

// maxAlreadyWords bounds the words of a question alreadyAsks reads.
const maxAlreadyWords = 10

// participle reports whether a word token reads as a past participle:
// "responded", "seen", "sent".
func participle(s string, tk Token) bool {
	if tk.Kind != Word || tk.End-tk.Start < 4 {
		return false
	}
	w := s[tk.End-2 : tk.End]
	return strings.EqualFold(w, "ed") || strings.EqualFold(w, "en") || strings.EqualFold(s[tk.Start:tk.End], "sent")
}

// splitCheckIns ends a check-in's sentence where a clause of its own, one
// that brings a figure, a price or a date, begins after the phrase: "My
// boss keeps asking me about the lease, so we moved the signing to Friday
// at 10", "Bumping this because the quote expires Friday; after that the
// price goes to $8". The clause from the joiner (a semicolon, one of
// clauseJoinWords, or the comma that closes a check-in opening the
// sentence, openerEnds) on is read as a sentence of its own, so what it
// brings is not taken for the check-in's topic; after such a comma, a
// clause that tells news (tellsNews) is one of its own too, and so is one
// that hands material over after a semicolon (handsOverAfter). A purpose
// that passes news on ("checking in to let you know…"; announces) opens
// one where what follows reports something done (toldNews) or dates a
// happening (happensAfter: "…to let you know the hay went out this
// morning"). A clause with no such hit ("…, so let me know", "…; any
// answer helps"), or one that points back (pointsBack), stays with its
// check-in. It runs once dates are resolved, so a date that points back
// (PastDate) brings nothing.
func (t *Tables) splitCheckIns(f *Features) {
	// Most check-ins share no sentence with a figure or a word of news: a
	// bit per sentence that holds one (sentBit; past the 64th every
	// sentence may) spares them the walk to their sentence's end.
	marked := func() uint64 { return f.figuredSentences() | f.sentsWith(News, News) }
	figured := marked()
	for _, h := range f.Hits {
		if h.Kind != Nudge && h.Kind != Filler {
			continue
		}
		if k := f.sent[h.Tok]; k < 64 && figured&(1<<k) == 0 {
			continue
		}
		last, end := f.sentLast(int(h.Tok)), f.hitEnd(&h)
		for j := end; j < last; j++ {
			at, opener, tells := t.joinAt(f, j), false, false
			if at < 0 && t.purpose.Has(f.Tokens[j].Hash) && f.daysOnly(end, j) && t.announces(f, j+1, last) {
				// "checking in to let you know…", "só passando para
				// avisar…", "I tried calling this morning to let you know…"
				at, tells = j, true
			}
			if at < 0 && f.openerEnds(&h, end, j, last) {
				at, opener = j+1, true // "Following up on my note, the grange approved $6 a bale."
			}
			// the joiner itself points back nowhere: "since" is
			// one of pastWords, yet "…since the driver can only come
			// before noon" looks ahead
			if at >= 0 && (f.bringsFigure(at, last) || opener && t.tellsNews(f, at, last) ||
				tells && (t.toldNews(f, at, last) || t.happensAfter(f, at, last)) || f.handsOverAfter(j, at, last)) &&
				!t.pointsBack(f, j+1, last) && !(opener && t.remindsOfTerms(f, &h, at, last)) {
				f.splitAt(at)
				figured = marked() // the sentences after it moved on by one
				break
			}
		}
	}
}

// daysOnly reports whether every token from token from to the one before
// token to lies in a day or a time (inDay), as "this morning" does in "I
// tried calling this morning to let you know…"; with no token between,
// it holds.
func (f *Features) daysOnly(from, to int) bool {
	for j := from; j < to; j++ {
		if !f.inDay(j) {
			return false
		}
	}
	return true
}

// handsOverAfter reports whether token j is a semicolon and the clause
// from token from to token last hands something over, by an attachment
// word: "Just checking in; the revised quote is attached", "Any update on
// the lease; the signed addendum is attached".
func (f *Features) handsOverAfter(j, from, last int) bool {
	return f.Tokens[j].semicolon() && f.hitBetween(from-1, last+1, AttachWord)
}

// tellsNews reports whether the clause from token from to token last,
// after a check-in's comma, holds a word of news (a News hit) said of
// someone other than the reader: "…, legal approved the contract" tells,
// where "Last I heard, you liked the barn lease" recalls the reader's own
// doing (readerSubject).
func (t *Tables) tellsNews(f *Features, from, last int) bool {
	return !t.readerSubject.Has(f.Tokens[from].Hash) && f.hitBetween(from-1, last+1, News)
}

// maxOpener bounds how many tokens may follow a check-in phrase that
// opens its sentence before the comma that closes it (openerEnds).
const maxOpener = 8

// openerEnds reports whether token j is the comma that closes check-in
// phrase h, end being the token after it and last its sentence's last, as
// the opening of a statement:
// "Following up on my earlier note, the grange approved $6 a bale". The
// phrase is a Nudge (a pleasantry before a comma, "Hope all is well,
// enjoy the long weekend", leads to more of the same) and stands first in
// its sentence (past a greeting that runs into it; a word or two, "just"
// or "so", may come before it); the comma is the first after it and no
// more than maxOpener tokens on; the sentence asks nothing ("Following up
// on the quote, did the grange decide?" is one question); and what follows
// does not name the check-in's topic again (namesAgain).
func (f *Features) openerEnds(h *Hit, end, j, last int) bool {
	tk, k := f.Tokens[j], int(h.Tok)
	if h.Kind != Nudge || tk.Kind != Punct || tk.Char != ',' || j-end > maxOpener || j+1 >= len(f.Tokens) || f.Tokens[j+1].Kind != Word {
		return false
	}
	first := f.afterGreeting(f.sentFirst(k), last)
	if k-first > 2 || f.sentAsks(k) {
		return false
	}
	for i := first; i < j; i++ {
		if p := f.Tokens[i]; (i < k || i >= end) && p.Kind == Punct && p.Char == ',' {
			return false
		}
	}
	return !f.namesAgain(j+2, last)
}

// namesAgain reports whether, from token from to token last, the writer's
// "I" or "we" comes before a verb in the past ("the $900 bale lot we
// toured Saturday", "the lease I mailed"): what follows a check-in's
// comma then names again what the check-in is about, which the reader
// has seen, and opens no statement of its own.
func (f *Features) namesAgain(from, last int) bool {
	for i := from; i < last; i++ {
		if f.cls[i]&wSubject != 0 && participle(f.text, f.Tokens[i+1]) {
			return true
		}
	}
	return false
}

// joinAt returns the token where a clause of its own opens at token j:
// the one after a semicolon, or j itself when it is one of
// clauseJoinWords ("…, so we moved the signing to Friday") or an "and"
// before the writer's own doing ("…when you're ready, and I'll send the
// contract at $6"), or an "or" before a step the writer offers instead
// (offersAfter); else -1.
func (t *Tables) joinAt(f *Features, j int) int {
	switch tk := &f.Tokens[j]; {
	case tk.semicolon():
		return j + 1
	case tk.Kind == Word && t.clauseJoin.Has(tk.Hash):
		return j
	case tk.Kind == Word && tk.Hash == t.andHash && j+1 < len(f.Tokens) && f.sent[j+1] == f.sent[j] &&
		(t.writer.Has(f.Tokens[j+1].Hash) || t.futureWill.Has(f.Tokens[j+1].Hash)):
		return j
	case tk.Kind == Word && t.offersAfter(f, j):
		return j // "Any update, or can we ship the pallets Tuesday?"
	}
	return -1
}

// announces reports whether token k, up to token last, is a word of
// passing news on (announceWords), or one after an object pronoun of the
// reader's ("pour vous informer").
func (t *Tables) announces(f *Features, k, last int) bool {
	if k < last && t.readerPronoun.Has(f.Tokens[k].Hash) {
		k++
	}
	return t.announce.Has(f.Tokens[k].Hash)
}

// bringsKind reports whether a hit of kind k brings a figure, a price, a
// quantity, a share, or a date or time ahead (a day's or a month's name,
// "tomorrow").
func bringsKind(k Kind) bool { return figureKind(k) || dayOrTime(k) }

// figureKind reports whether a hit of kind k is a figure: a price, a
// quantity, a share or a number.
func figureKind(k Kind) bool {
	return k == Money || k == Quantity || k == Percent || k == Number
}

// figuredSentences returns a bit per sentence (sentBit) that holds a hit
// that brings a figure or a date (bringsKind).
func (f *Features) figuredSentences() uint64 {
	var b uint64
	for _, h := range f.Hits {
		if bringsKind(h.Kind) {
			b |= f.sentBit(int(h.Tok))
		}
	}
	return b
}

// bringsFigure reports whether a hit from token from to token last brings
// a figure or a date (bringsKind).
func (f *Features) bringsFigure(from, last int) bool {
	for _, h := range f.Hits {
		if k := int(h.Tok); k >= from && k <= last && bringsKind(h.Kind) {
			return true
		}
	}
	return false
}

// remindsOfTerms reports whether check-in h is the opener "as a
// reminder" ("As a friendly reminder,") and the clause after it, from
// token at to token last, names terms the reader holds (heldTerms) and
// tells no news: "As a reminder, our quote is 250 bales at $6 a bale"
// says again what they have, so it stays with its opener and may
// restate (see restates). "As a reminder, the new pricing takes effect
// March 1" (deadlineFresh, or news: newsHit) and "Reminder: the depot
// closes at 3 today" announce. In another language the opener is a
// reminder of its own ("Zur Erinnerung:", "Pour rappel,") and the terms
// are read in that language; see remindsAgain.
func (t *Tables) remindsOfTerms(f *Features, h *Hit, at, last int) bool {
	k, as := int(h.Tok), false
	for j := k - 1; j >= 0 && j >= k-2 && f.sent[j] == f.sent[k]; j-- {
		as = as || f.Tokens[j].Hash == t.asHash
	}
	held := false
	switch w := f.Tokens[f.hitEnd(h)-1].Hash; {
	case as && w == t.reminderHash:
		held = t.heldTerms(f, at, f.sent[k], false) &&
			!slices.ContainsFunc(f.Tokens[at:last+1], func(tk Token) bool { return t.deadlineFresh.Has(tk.Hash) })
	case f.found > 0 && t.reminder.Has(w):
		if t.thatWord.Has(f.hashIn(at, f.sent[k])) {
			at++ // "…daran erinnern, dass unser Angebot…"
		}
		held = t.heldTerms(f, at, f.sent[k], true)
	}
	return held && !t.toldNews(f, at, last)
}

// toldNews reports whether a News hit from token from to token last
// reports something done (newsHit): "…to let you know the grange approved
// the lease".
func (t *Tables) toldNews(f *Features, from, last int) bool {
	return slices.ContainsFunc(f.Hits, func(h Hit) bool {
		return h.Kind == News && int(h.Tok) >= from && int(h.Tok) <= last && t.newsHit(f, h)
	})
}

// happensAfter reports whether a day or a time from token from to token
// last dates what happens or happened (happensAt), in a clause that
// starts no earlier than token from: "…to let you know the hay went out
// this morning".
func (t *Tables) happensAfter(f *Features, from, last int) bool {
	return slices.ContainsFunc(f.Hits, func(h Hit) bool {
		p := int(h.Tok)
		return p > from && p <= last && t.happenKinds&(1<<h.Kind) != 0 && t.happensAt(f, p, max(from, f.clauseStart(p)), h.Kind) >= 0
	})
}

// pointsBack reports whether a word from token from to token last points
// back in time (pastWords) or sends something once more (againWords):
// "…since I sent the contract on Friday", "…, attached again is the price
// sheet" recall what the reader has, and stay the check-in's topic. A
// "left" that says something set off (departs: "the truck left at 7")
// points back at nothing.
func (t *Tables) pointsBack(f *Features, from, last int) bool {
	for j := from; j <= last; j++ {
		if tk := &f.Tokens[j]; tk.Kind == Word && (t.past.Has(tk.Hash) && !t.departs(f, j) || t.again.Has(tk.Hash)) {
			return true
		}
	}
	return false
}

// splitAt makes token i open a sentence of its own, numbering the
// sentences after it on.
func (f *Features) splitAt(i int) {
	k := f.sent[i]
	for j := i; j < len(f.Tokens); j++ {
		f.sent[j]++
	}
	f.opens = slices.Insert(f.opens, int(k)+1, int32(i))
}

// stepWords are one language's already, or, wh, gotPast, gotParts and
// perfect words (language), for alreadyAsks.
type stepWords struct{ already, or, wh, gotPast, gotParts, perfect U32Table }

// statedStep reports whether check-in h (its words' key), a Spanish or
// Italian ask whether someone got to the matter (esStepAsks: "pudiste
// comentarlo", "pudieron revisar"; itStepAsks: "è riuscito a provare"),
// stands in a statement: its sentence asks nothing and no "si" or "se"
// (whether) stands in the three words before it. "¿Pudieron revisar el
// contrato?" and "no sé si pudiste verlo" ask; "Los abogados pudieron
// revisar el contrato y aprobaron el crédito" reports what was done.
func (t *Tables) statedStep(f *Features, h *Hit, key uint32) bool {
	k := int(h.Tok)
	return t.askedSteps.Has(key) && !f.sentAsks(k) && !wordBefore(f, k, 3, t.whetherWords)
}

// heardOfOthers reports whether check-in h (its words' key), "heard
// anything" or "have you heard anything", asks after news from outside
// the deal: a word of aboutWords ("about", "regarding", "on") right
// after it, and among the three words after that (figures and signs
// between them skipped) none of heardOwn, which point at the deal between
// writer and reader ("about my proposal", "on that front", "about the
// contract"). "Have you heard anything about relief on the penalties the
// PUC granted?" asks what the reader may know, as "did you hear anything
// about…" does; "have you heard anything about the renewal?" asks where
// the deal stands.
func (t *Tables) heardOfOthers(f *Features, h *Hit, key uint32) bool {
	toks, e, n := f.Tokens, f.hitEnd(h), f.sent[h.Tok]
	if !t.heardKeys.Has(key) || !f.followedBy(h, &t.aboutWord) || !f.inSent(e+1, n) || toks[e+1].Kind != Word {
		return false
	}
	for j, words := e+1, 0; words < 3 && f.inSent(j, n); j++ {
		if toks[j].Kind != Word {
			continue // "about the $4.20 price"
		}
		if t.heardOwn.Has(toks[j].Hash) {
			return false
		}
		words++
	}
	return true
}
