package feat

import (
	"slices"
	"strings"
)

// personNamed reports whether the month name at token k is someone's
// name: in the greeting ("Hi June,", "Dear April Chen"), or opening a
// sentence before a capitalized word that is no date ("June Suwara will
// join the call"). "June 3", "In June Acme moved" and "June or July" name
// the month.
func (t *Tables) personNamed(f *Features, k int) bool {
	if k < f.greet {
		return f.cls[0]&wSalute != 0 // not "For January, I moved 2 deals"
	}
	first := f.sentFirst(k)
	if k != first && k != f.greet || k+1 >= len(f.Tokens) || f.sent[k+1] != f.sent[k] {
		return false
	}
	n := f.Tokens[k+1]
	return n.Kind == Word && n.Upper && !n.NL && f.cls[k+1]&(wMonth|wWeekday|wStop|wIForm) == 0
}

// thankedFor reports whether the date at token k says when something the
// writer thanks for took place: "Thanks for the call today", "thank you
// for your time on Tuesday". It is neither news nor a pointer back at a
// message; the thanks is the note's own.
func (t *Tables) thankedFor(f *Features, k int) bool {
	j := k - 1
	if j > 0 && f.Tokens[j].Hash == t.onHash {
		j--
	}
	if j < 1 || f.sent[j] != f.sent[k] || !t.thanked.Has(f.Tokens[j].Hash) {
		return false
	}
	for _, h := range f.Hits {
		if h.Kind == Courtesy && int(h.Tok) < j && f.sent[h.Tok] == f.sent[k] {
			return true
		}
	}
	return false
}

// refersBack reports whether the sentence of token k is about something
// the reader already has or was already asked: it names a message ("my
// email", "the voicemail"), a verb of passing it on ("sent", "discussed")
// that brings nothing new (arrivedNew: "we received another bid
// yesterday" reports one), or holds a check-in phrase.
func (t *Tables) refersBack(f *Features, k int) bool {
	sn := f.sent[k]
	for i := f.sentFirst(k); i < len(f.Tokens) && f.sent[i] == sn; i++ {
		if f.cls[i]&(wPastComm|wPastRef) != 0 && !t.arrivedNew(f, i, k) {
			return true
		}
	}
	for _, h := range f.Hits {
		if h.Kind == Nudge && f.sent[h.Tok] == sn {
			return true
		}
	}
	return false
}

// datesNews reports whether the day at token k tells when news reported
// before it in its sentence happened: a News hit of a done word or of a
// phrase ("went live") stands after every word there that points back
// ("The export you asked about went live yesterday"; refersBack would
// take "asked" for a pointer at the reader's request). "The draft I
// sent you yesterday" names no news; "the pricing I sent you was updated
// yesterday" does. A check-in phrase before the day in its sentence keeps
// the day the check-in's: "Just checking in, the contract was signed as
// we discussed yesterday."
func (t *Tables) datesNews(f *Features, k int) bool {
	sn, first := f.sent[k], f.sentFirst(k)
	for _, h := range f.Hits {
		if j := int(h.Tok); h.Kind == Nudge && j < k && j >= first && f.sent[j] == sn {
			return false
		}
	}
	last := first - 1 // the last word before k that points back
	for i := first; i < k; i++ {
		if f.cls[i]&(wPastComm|wPastRef) != 0 {
			last = i
		}
	}
	return t.lastNews(f, k) > last
}

// lastNews is the token of the last News hit before token k in its
// sentence that reports something done (newsHit), or -1.
func (t *Tables) lastNews(f *Features, k int) int {
	sn, last := f.sent[k], -1
	for _, h := range f.Hits {
		if j := int(h.Tok); h.Kind == News && j < k && j > last && f.sent[j] == sn && t.newsHit(f, h) {
			last = j
		}
	}
	return last
}

// newsHit reports whether News hit h reports something done: a phrase
// such as "went live", or a done word that DoneNews reads as news ("was
// updated", "the board decided yesterday"; not "the revised
// confirmation"). A done word with "by" after it and no form of "be" or
// "have" before it qualifies a noun: "two originals signed by Meridian
// on 9/28" dates the sending.
func (t *Tables) newsHit(f *Features, h Hit) bool {
	j := int(h.Tok)
	if h.End > f.Tokens[j].End {
		return true
	}
	_, news := t.DoneNews(f, h)
	n := f.sent[j]
	byAfter := f.inSent(j+1, n) && f.Tokens[j+1].Hash == t.byHash // the word may end the text: "…was updated"
	return news && (!byAfter || f.inSent(j-1, n) && t.auxBefore(f.Tokens[j-1].Hash))
}

// auxBefore reports whether word hash h is a form of "be" or "have" that
// makes a participle after it a verb: "was signed", "has shipped".
func (t *Tables) auxBefore(h uint32) bool {
	return t.beForms.Has(h) || h == t.hasHash || h == t.haveHash || h == t.hadHash
}

// maxRestateLead bounds how many words may follow the verb of a
// restating opener before the mark that ends it (clauseMark: a comma, a
// colon, a semicolon or a spaced dash): "As I mentioned on our call last
// week,".
const maxRestateLead = 6

// restates reports whether sentence n opens by saying again what the
// reader was told ("As discussed, the delivery fee is $40 a load", "As
// I mentioned on our call, the lease runs 12 months"; restateVerbs after
// "as") and goes on only to state it: with no material handed over, no
// promise or proposal, no "please", no "will", no question and no "I" or
// "we" to say what the writer needs, did or thinks ("As we discussed,
// Rosa and I walked the barn and we think the roof needs work"), nothing
// in it is new to the reader, and it points back as "the proposal I sent
// you last week" does. An opener that points within the email ("As noted
// below,") restates nothing. The opener it returns runs from "as" to the
// word before its comma.
func (t *Tables) restates(f *Features, n int) (opener Hit, ok bool) {
	toks, first := f.Tokens, int(f.opens[n])
	i := f.afterGreeting(first, f.sentLast(first)) // "Hi Dana, as discussed, …"
	if f.found > 0 && f.inSent(i, n) && toks[i].Hash != t.asHash {
		return t.remindsAgain(f, n, i)
	}
	if !f.inSent(i, n) || toks[i].Hash != t.asHash {
		return Hit{}, false
	}
	j := i + 1
	for lead := 0; lead < 2 && t.restateLead.Has(f.hashIn(j, n)); lead++ {
		j++
	}
	if !t.restateVerb.Has(f.hashIn(j, n)) {
		return Hit{}, false
	}
	end := -1
	for m := j + 1; m <= j+1+maxRestateLead && f.inSent(m, n); m++ {
		if f.clauseMark(m) {
			end = m
			break
		} else if t.withinEmail.Has(toks[m].Hash) {
			return Hit{}, false // "as noted below": a pointer inside this email
		}
	}
	if end < 0 || !f.inSent(end+1, n) || f.sentAsks(i) {
		return Hit{}, false
	}
	if toks[j].Hash == t.reminderHash && !t.heldTerms(f, end+1, n, false) {
		return Hit{}, false // "As a reminder, the county wants…" may be news
	}
	for _, h := range f.Hits {
		if int(h.Tok) > end && f.sent[h.Tok] == n {
			switch h.Kind {
			case Proposal:
				if t.heldTerms(f, int(h.Tok)-1, n, false) {
					continue // "As noted, the trial runs 6 weeks": the proposal they hold
				}
				return Hit{}, false
			case AttachWord, Commit, Link, BookingLink:
				return Hit{}, false
			}
		}
	}
	for m := end + 1; f.inSent(m, n); m++ {
		if h := toks[m].Hash; h == t.pleaseHash || h == t.willHash || f.cls[m]&wWill != 0 || t.writer.Has(h) {
			return Hit{}, false // "As discussed, I need access to the West deals": the writer's own
		}
	}
	return Hit{Kind: PastDate, Start: toks[i].Start, End: toks[end-1].End, Tok: int32(i)}, true
}

// maxRemindLead bounds how many words may stand before the reminder
// phrase of a restating opener in another language ("nur zur
// Erinnerung", "ich möchte Sie freundlich daran erinnern").
const maxRemindLead = 3

// remindsAgain is restates for a sentence in another language, which
// opens at token i with a reminder (a Nudge phrase ending in one of
// language.reminders: "Pour rappel,", "Le recuerdo que") or follows one
// that stands alone before a colon ("Zur Erinnerung:", "Ter
// herinnering:"), and goes on only to state terms the reader holds:
// "Zur Erinnerung: unser Angebot über 40 Lizenzen zu 29 € pro Monat
// liegt Ihnen vor." As in English, the terms come first (heldTerms),
// and a clause with news, a promise or proposal, material, a link, a
// modal ("sera", "wenn") or the writer as subject ("wir haben…") tells
// something new.
func (t *Tables) remindsAgain(f *Features, n, i int) (Hit, bool) {
	toks := f.Tokens
	k, end, ok := t.reminderOpens(f, n, i)
	at, tok := end, k
	switch {
	case ok && f.inSent(end, n):
		if f.clauseMark(at) {
			at++
		}
		if t.thatWord.Has(f.hashIn(at, n)) { // "le recuerdo que…", "…daran erinnern, dass…"
			at++
		}
	case !ok && n > 0 && i == int(f.opens[n]) && toks[i-1].Kind == Punct && toks[i-1].Char == ':':
		m := n - 1
		k, end, ok = t.reminderOpens(f, m, f.afterGreeting(int(f.opens[m]), i-1))
		ok = ok && end == i-1
		at, tok = i, i
	}
	if !ok || !t.heldTerms(f, at, n, true) || f.sentAsks(at) {
		return Hit{}, false
	}
	for _, o := range f.Hits {
		if int(o.Tok) >= at && f.sent[o.Tok] == n {
			switch o.Kind {
			case Proposal, AttachWord, Commit, Link, BookingLink, News:
				return Hit{}, false
			}
		}
	}
	modal := &t.modal[f.found]
	for j := at; f.inSent(j, n); j++ {
		if h := toks[j].Hash; modal.Has(h) || t.foreignWriter.Has(h) {
			return Hit{}, false // "…sera valable jusqu'au 30", "wir haben den Preis gesenkt"
		}
	}
	return Hit{Kind: PastDate, Start: toks[k].Start, End: toks[end-1].End, Tok: int32(tok)}, true
}

// reminderOpens returns the first and the next after the last token of
// a Nudge phrase ending in a reminder word (language.reminders) that
// starts sentence n at token i or up to maxRemindLead words after it.
func (t *Tables) reminderOpens(f *Features, n, i int) (k, end int, ok bool) {
	for _, h := range f.Hits {
		if h.Kind != Nudge || int(h.Tok) < i || int(h.Tok) > i+maxRemindLead || f.sent[h.Tok] != n {
			continue
		}
		if end := f.hitEnd(&h); t.reminder.Has(f.Tokens[end-1].Hash) {
			return int(h.Tok), end, true
		}
	}
	return 0, 0, false
}

// heldTerms reports whether the words at token j of sentence n open
// with a subject that names terms the reader holds: a determiner, then
// one of the nouns of such terms within three words. In English those
// are deadlineDets and deadlineNouns ("the proposal covers…", "your
// current term ends…", "the pilot would run…"). abroad reads the text's
// other language instead: its determiners (and heldDet), its terms
// (language.terms), and one of its fresh words before the noun makes the
// terms new ("unser Angebot", "la nostra offerta"; not "unser neues
// Angebot").
func (t *Tables) heldTerms(f *Features, j, n int, abroad bool) bool {
	dets, nouns := &t.deadlineDet, &t.deadlineNoun
	if abroad {
		dets, nouns = &t.determiner[f.found], &t.heldTerm
	}
	if !f.inSent(j, n) || !dets.Has(f.Tokens[j].Hash) && !(abroad && t.heldDet.Has(f.Tokens[j].Hash)) {
		return false
	}
	for k := j + 1; k <= j+3 && f.inSent(k, n) && f.Tokens[k].Kind == Word; k++ {
		h := f.Tokens[k].Hash
		if abroad && t.heldFresh.Has(h) {
			return false
		}
		if nouns.Has(h) {
			return true
		}
	}
	return false
}

// handsOver reports whether token i and the words after it say the writer
// already passed something to the reader: "sent you", "forwarded over",
// "faxed to you" (not "will be sent to you").
func (t *Tables) handsOver(f *Features, i int) bool {
	return f.cls[i]&wPastComm != 0 && t.sentEarlier(f, i) && t.toReader(f, i+1)
}

// awaitsArrival reports whether a statement waits for what the writer
// sent to reach the reader: "Give me a call once you get these", "let me
// know when it arrives", "…until the samples arrive". A send the reader
// does not have yet announces what is on its way; it does not remind
// them of something they hold ("I faxed you the invoices" above such a
// clause is no back-reference; see the backSent loop). A question ("When
// will it arrive?") waits for the reader's, and "your" between names
// theirs ("when your shipment arrives").
func (t *Tables) awaitsArrival(f *Features) bool {
	toks := f.Tokens
	for j, tk := range toks { // from "you" or "arrive(s)" back
		if tk.Hash != t.youHash && tk.Hash != t.arriveHash && tk.Hash != t.arrivesHash {
			continue
		}
		i, n := -1, f.sent[j]
		switch tk.Hash {
		case t.youHash: // "once you get these.", not "…get this done"
			if t.await.Has(f.hashIn(j-1, n)) && t.receive.Has(f.hashIn(j+1, n)) && t.sentObject.Has(f.hashIn(j+2, n)) &&
				(!f.inSent(j+3, n) || toks[j+3].Kind == Punct) {
				i = j - 1
			}
		default: // "when it arrives", "once the samples arrive"
			for k := j - 1; k >= j-4 && f.inSent(k, n) && toks[k].Kind == Word && toks[k].Hash != t.yourHash; k-- {
				if t.await.Has(toks[k].Hash) {
					i = k
					break
				}
			}
		}
		if i >= 0 && !f.sentAsks(i) {
			return true
		}
	}
	return false
}

// reportsOn reports whether the verb of passing on at token i, which
// hands something over to the reader (handsOver), stands in a relative
// clause on a noun ("the proposal I sent you", "the fax that we sent
// over") next to a done word that is news in the same sentence (newsHit:
// "Legal approved the proposal I sent you", "I revised the deck we sent
// over Friday", "The pricing I sent you was updated on March 3"). Such a
// sentence says what became of what the reader has, which is new to
// them; a question ("Has legal approved the quote I sent you?") still
// asks after it.
func (t *Tables) reportsOn(f *Features, i int) bool {
	sn, j := f.sent[i], i-1
	if !f.inSent(j, sn) || f.cls[j]&wSubject == 0 { // "I" or "we"
		return false
	}
	if j--; f.inSent(j, sn) && (f.Tokens[j].Hash == t.thatHash || f.Tokens[j].Hash == t.whichHash) {
		j--
	}
	if !f.inSent(j, sn) || f.Tokens[j].Kind != Word || t.openers.Has(f.Tokens[j].Hash) || !t.determined(f, j) {
		return false // no noun for the clause to describe: "we signed the lease and I sent you"
	}
	if _, _, end := f.Sentence(i); f.asksAt(end) {
		return false
	}
	for _, h := range f.Hits {
		if h.Kind == News && (int(h.Tok) < j || int(h.Tok) > i) && f.sent[h.Tok] == sn && t.newsHit(f, h) {
			return true
		}
	}
	return false
}

// determined reports whether the word at token j is a noun with its
// determiner: one just before it or before a word between ("the fax",
// "our revised proposal").
func (t *Tables) determined(f *Features, j int) bool {
	for k := j - 1; k >= j-2 && f.inSent(k, f.sent[j]) && f.Tokens[k].Kind == Word; k-- {
		if t.determiner[0].Has(f.Tokens[k].Hash) {
			return true
		}
	}
	return false
}

// sentEarlier reports whether the word of pastCommWords at token i says
// the writer, not someone else, already sent something: "the quote I
// sent", "faxed", not "will be sent", "Kim forwarded".
func (t *Tables) sentEarlier(f *Features, i int) bool {
	return !t.toCome(f, i) && !t.thirdParty(f, i)
}

// afterRe reports whether token k follows "re-": "re-schedule",
// "re-attaching" (the tokenizer splits at the hyphen).
func (t *Tables) afterRe(f *Features, k int) bool {
	toks := f.Tokens
	return k >= 2 && toks[k-1].Kind == Punct && toks[k-1].Char == '-' && toks[k-2].Hash == t.reHash
}

// thirdParty reports whether the verb at token i has someone other than
// the writer for its subject: "John Rigby sent you a draft", "Sally left
// you a voicemail", "she faxed you the invoices", "Your CFO, Dan Hale,
// reached out". That is news of what others did, not the writer pointing
// back at a message of their own.
func (t *Tables) thirdParty(f *Features, i int) bool {
	if i == 0 || f.sent[i-1] != f.sent[i] {
		return false
	}
	if t.appositive(f, i-1) {
		return true
	}
	p := f.Tokens[i-1]
	if p.Kind != Word || p.Hash == t.iHash || p.Hash == t.weHash {
		return false
	}
	return t.otherPerson(f, i-1)
}

// otherPerson reports whether the word at token j is a person other than the
// writer: "she", "they", or a capitalized name that is no common word.
func (t *Tables) otherPerson(f *Features, j int) bool {
	p := f.Tokens[j]
	return t.others.Has(p.Hash) || (p.Upper && f.cls[j]&(wIForm|wStop) == 0)
}

// appositive reports whether token c is the comma that closes a name set
// off after its subject: "Your CFO, Dan Hale," (up to three names
// between two commas, with a word before the first).
func (t *Tables) appositive(f *Features, c int) bool {
	if f.Tokens[c].Kind != Punct || f.Tokens[c].Char != ',' {
		return false
	}
	for j := c - 1; j > 0 && j >= c-3 && f.sent[j] == f.sent[c]; j-- {
		if f.Tokens[j].Kind != Word || !f.Tokens[j].Upper || !t.otherPerson(f, j) {
			return false
		}
		o := f.Tokens[j-1]
		if o.Kind == Punct && o.Char == ',' {
			return j >= 2 && f.sent[j-2] == f.sent[c] && f.Tokens[j-2].Kind == Word
		}
	}
	return false
}

// toCome reports whether the verb at token i follows "be": "will be sent
// to you", "can be faxed over" are still to come.
func (t *Tables) toCome(f *Features, i int) bool {
	return i > 0 && f.Tokens[i-1].Hash == t.beHash
}

// toReader reports whether the words from token k on name the reader as
// the one something went to: "you", "over", "to you", "over to you".
func (t *Tables) toReader(f *Features, k int) bool {
	for j := k; j < len(f.Tokens) && j < k+3; j++ {
		switch f.Tokens[j].Hash {
		case t.youHash:
			return true
		case t.overHash:
			// "sent over", "faxed over to you"; not "sent over to Duke"
			if j == k && (j+1 >= len(f.Tokens) || f.Tokens[j+1].Hash != t.toHash) {
				return true
			}
		case t.toHash:
		default:
			return false
		}
	}
	return false
}

// pastBefore reports whether the words before token i point back in time:
// one of the four before it ("the quote I sent on 3/2", "my letter of
// 12/5", "back on 4/3", though "check back in January" and "back on
// Monday" look ahead), a verb of passing something on earlier in the
// sentence ("I emailed you the draft guaranty for Calpine Energy Services
// on April 3"), or a talk had among the maxTalkGap words before it ("I
// spoke with the grange on Tuesday") that the day belongs to (talkAhead).
// News reported between the pointer and the day (lastNews) takes the
// day: "the feature you requested went live on Monday" dates the launch.
func (t *Tables) pastBefore(f *Features, i int) bool {
	if t.invitedFor(f, i) {
		return false
	}
	news := t.lastNews(f, i)
	for k := i - 1; k >= 0 && k >= i-12 && f.sent[k] == f.sent[i]; k-- {
		if k == news {
			return false // "the contract we discussed was signed on Monday": the day dates the news
		}
		tk := &f.Tokens[k]
		if tk.Kind != Word {
			continue
		}
		if t.handsOver(f, k) {
			return true
		}
		if t.talked.Has(tk.Hash) && k >= i-maxTalkGap {
			return !t.talkAhead(f, k, i)
		}
		if k < i-4 {
			continue
		}
		if t.past.Has(tk.Hash) && !t.toCome(f, k) && !t.remains(f, k) && !t.arrivedNew(f, k, i) && !t.departs(f, k) {
			return true
		}
		if tk.Hash == t.backHash && k+1 < i && (f.Tokens[k+1].Hash == t.onHash || f.Tokens[k+1].Hash == t.inHash) &&
			!(k > 0 && f.sent[k-1] == f.sent[k] && t.comeBack.Has(f.Tokens[k-1].Hash)) && !t.returnDay(f, i) {
			return true // "back in March", not "check back in January"
		}
		// "my letter of December 5", "our conversation of 4/11"
		if k == i-1 && t.of.Has(tk.Hash) && k > 0 && t.pastNoun.Has(f.Tokens[k-1].Hash) {
			return true
		}
	}
	return false
}

// knownDeadline reports whether the day or date at token i is when
// something the reader already holds runs out, said as a sentence's (or
// a clause's) own statement: "Your current term ends January 31", "the
// quote I sent is valid through the 30th", "the pricing we quoted is
// good through December 15", "just a reminder that your trial ends
// Friday". The subject opens its clause with one of deadlineDets and
// names one of deadlineNouns within maxDeadlineSubject words; the verb
// is one of deadlineVerbs ("runs out" too), or a word of staysWords and
// one of deadlineStates; only deadlineLinks stand between it and the
// day. Such a date is one the reader has (the labeled emails that
// restate a term's end or a quote's expiry after a check-in are
// touching base), so it counts as one that points back. A deadline in a
// clause of its own kind does not: "until the lease ends on the 14th",
// "before your rate lock expires", "Jasmine has an offer that expires
// Wednesday" (no subject of its own opens the clause). Nor does a day
// the writer has just set (deadlineFresh): "your lease now runs through
// April 9", "the new quote is valid through the 30th". The writer's own
// offer ("our offer expires Friday; after that we go to the next
// bidder") may be the ultimatum itself and keeps its day.
func (t *Tables) knownDeadline(f *Features, i int) bool {
	n := f.sent[i]
	v := i - 1
	for v >= 0 && v >= i-4 && f.sent[v] == n && t.deadlineLink.Has(f.Tokens[v].Hash) {
		v--
	}
	if !f.inSent(v, n) || f.Tokens[v].Kind != Word {
		return false
	}
	skip := func() {
		for f.inSent(v-1, n) && t.deadlineAdverb.Has(f.Tokens[v-1].Hash) {
			v-- // "is only good through Friday", "still ends on the 30th"
		}
	}
	h := f.Tokens[v].Hash
	switch {
	case t.deadlineState.Has(h):
		skip()
		if !f.inSent(v-1, n) || !t.stays.Has(f.Tokens[v-1].Hash) {
			return false
		}
		v-- // "is valid", "stays open", "runs out"
	case !t.deadlineVerb.Has(h):
		return false
	}
	skip()
	opens := func(j int) bool { // a determiner, or the noun itself: "Pricing is locked through…"
		h := f.Tokens[j].Hash
		return t.deadlineDet.Has(h) || t.deadlineNoun.Has(h)
	}
	start := f.clauseStart(v)
	if start >= v || v-start > maxDeadlineSubject || !opens(start) {
		// "just a reminder that your trial ends Friday": the subject
		// opens after "that" in a reminder
		start = -1
		for j := v - 1; j > f.sentFirst(v) && j >= v-maxDeadlineSubject; j-- {
			if f.Tokens[j-1].Hash == t.thatHash && t.deadlineDet.Has(f.Tokens[j].Hash) && t.reminds(f, j) {
				start = j
				break
			}
		}
		if start < 0 {
			return false
		}
	}
	noun := false
	for j := start; j < v; j++ {
		switch h := f.Tokens[j].Hash; {
		case t.deadlineFresh.Has(h):
			return false // "your lease now runs through April 9", "the new quote is valid…": a day just set
		case t.deadlineNoun.Has(h):
			noun = true
		}
	}
	return noun
}

// maxDeadlineSubject bounds how many words the subject of a deadline
// (knownDeadline) may take: "the renewal quote I sent over".
const maxDeadlineSubject = 7

// maxTalkGap bounds how many words before a day pastBefore looks for a
// talk had (talkedWords).
const maxTalkGap = 6

// talkAhead reports whether the day at token i belongs to what was
// talked about rather than to the talk at token k: a talk to come (a
// word of meetVerbs or of talks) stands between them ("we spoke about a call on Friday"),
// or "about" and a word that is not one of dateLinkWords ("we talked
// about playing today", "we talked about meeting on Monday"). "The points
// we talked about on Monday" and "we spoke with Dana on Monday" date the
// talk.
func (t *Tables) talkAhead(f *Features, k, i int) bool {
	about := false
	for j := k + 1; j < i; j++ {
		h := f.Tokens[j].Hash
		if t.meetVerb.Has(h) || t.talks.Has(h) || about && f.Tokens[j].Kind == Word && !t.dateLink.Has(h) {
			return true
		}
		about = about || h == t.aboutHash
	}
	return false
}

// maxInviteGap bounds how many tokens before a day or a time invitedFor
// looks for the "for" that ties it to an invitation.
const maxInviteGap = 5

// invitedFor reports whether the day or time at token i is the one an
// invitation is for: "I sent you an invite for Tuesday at 10", "just sent
// over a calendar hold for the 14th at 2pm". The invitation sets that time
// ahead, so sending it does not make its day point back. Only words of a
// date (dateLinkWords, day and month names) and numbers may stand between.
func (t *Tables) invitedFor(f *Features, i int) bool {
	for k := i - 1; k >= 1 && k >= i-maxInviteGap && f.sent[k] == f.sent[i]; k-- {
		tk := &f.Tokens[k]
		if tk.Hash == t.forHash {
			return t.invites.Has(f.Tokens[k-1].Hash) && !t.sentWhen(f, i)
		}
		if tk.Kind == Word && !t.dateLink.Has(tk.Hash) && t.wordClass(tk.Hash)&(wMonth|wWeekday) == 0 {
			return false
		}
	}
	return false
}

// sendsInvite reports whether the verb of passing on at token i sends an
// invitation for a day or a time later in its sentence (invitedFor): "I
// sent you an invite for Tuesday at 10" sets a meeting, where "I sent you
// the quote on Tuesday" points back.
func (t *Tables) sendsInvite(f *Features, i int) bool {
	for _, h := range f.Hits {
		if k := int(h.Tok); k > i && f.sent[k] == f.sent[i] && dayOrTime(h.Kind) && t.invitedFor(f, k) {
			return true
		}
	}
	return false
}

// dayOrTime reports whether a hit of kind k names a day or a time.
func dayOrTime(k Kind) bool {
	return k == Weekday || k == Month || k == RelDay || k == DateHit || k == TimeHit
}

// sentWhen reports whether the sentence of token i says when something
// went out with a day that lies behind ("yesterday", "last week"): "I
// sent you an invite for Tuesday at 10 last week" points back to it.
func (t *Tables) sentWhen(f *Features, i int) bool {
	for _, h := range f.Hits {
		if h.Kind == RelDay && f.sent[h.Tok] == f.sent[i] && t.behind.Has(f.Tokens[h.Tok].Hash) {
			return true
		}
	}
	return false
}

// remains reports whether "left" at token k says what remains ("300
// bales left for December", "any hay left in June", "two days left"): a
// figure or a word of quantity (remainWords) right before it, or one word
// before that. Such a date lies ahead; "I left you a voicemail on Monday"
// points back.
func (t *Tables) remains(f *Features, k int) bool {
	if f.Tokens[k].Hash != t.leftHash {
		return false
	}
	for j := k - 1; j >= k-2 && f.inSent(j, f.sent[k]); j-- {
		if f.Tokens[j].Kind == Num || t.remainWord.Has(f.Tokens[j].Hash) {
			return true
		}
		if f.Tokens[j].Kind != Word {
			return false
		}
	}
	return false
}

// departs reports whether "left" at token k says that something set off
// ("the truck left this morning", "400 units left our Louisville
// warehouse today") rather than that a message was left ("I left you a
// voicemail", "Sam left a message with Kim"), that the reader did ("you
// left early on Friday") or what remains (remains): a word that is no
// "I", "we" or "you" and no figure before it, no object pronoun right
// after it and none of pastNouns in the three words after.
func (t *Tables) departs(f *Features, k int) bool {
	n := f.sent[k]
	if f.Tokens[k].Hash != t.leftHash || !f.inSent(k-1, n) || f.Tokens[k-1].Kind != Word || f.cls[k-1]&wSubject != 0 ||
		t.readerSubject.Has(f.Tokens[k-1].Hash) || t.remains(f, k) ||
		t.objects.Has(f.hashIn(k+1, n)) {
		return false
	}
	for j := k + 1; j <= k+3 && f.inSent(j, n); j++ {
		if t.pastNoun.Has(f.Tokens[j].Hash) {
			return false
		}
	}
	return true
}

// arrivedNew reports whether the word at token k (arrivalWords) brings
// something new, named afresh after it: "we received a third bid this
// afternoon", "I submitted a permit request today", "received 40 bales
// on Monday". What the reader sent or already has is named with
// its own determiner ("we received your check on Friday", "the
// contract was delivered on Monday") and still points back, and so does
// a receipt stamped with the day at token i itself ("Received 2/29/00").
func (t *Tables) arrivedNew(f *Features, k, i int) bool {
	if !t.arrival.Has(f.Tokens[k].Hash) || k+1 >= i {
		return false
	}
	next := &f.Tokens[k+1]
	return next.Kind == Num || next.Kind == Word && t.arrivalDet.Has(next.Hash)
}

// returnDay reports whether token i, after "back on", is a weekday by its
// bare name: a return to come ("I'm out this week and back on Monday",
// "we drive back on Saturday"), where "circling back on Tuesday's call"
// recalls the call.
func (t *Tables) returnDay(f *Features, i int) bool {
	w := f.Tokens[i]
	return f.cls[i]&wWeekday != 0 && !possessive(f.text[w.Start:w.End])
}

// links finds web addresses: a "http"/"https" token followed by "://", or
// a "www" token followed by ".", running to the next blank.
func (t *Tables) links(s string, f *Features) {
	if f.classes&wLinkStart == 0 {
		return
	}
	toks := f.Tokens
	for k := 0; k+1 < len(toks); k++ {
		tk := &toks[k]
		if tk.Kind != Word || (tk.Hash != t.httpHash && tk.Hash != t.httpsHash && tk.Hash != t.wwwHash) {
			continue
		}
		i := int(tk.Start)
		rest := s[tk.End:]
		if tk.Hash == t.wwwHash {
			if !strings.HasPrefix(rest, ".") {
				continue
			}
		} else if !strings.HasPrefix(rest, "://") {
			continue
		}
		j := i
		for j < len(s) && s[j] > ' ' && s[j] != '>' && s[j] != ')' && s[j] != '"' {
			j++
		}
		for j > i && strings.IndexByte(".,;:!?", s[j-1]) >= 0 {
			j--
		}
		// what the address spells ("/webinar/2026-11", "deck-v3.pdf") is
		// no date, figure or phrase of the text: the link says it all
		f.Hits = slices.DeleteFunc(f.Hits, func(h Hit) bool { return int(h.Start) >= i && int(h.End) <= j })
		kind := Link
		if isBookingLink(s[i:j]) {
			kind = BookingLink
		}
		f.Hits = append(f.Hits, Hit{Kind: kind, Start: int32(i), End: int32(j), Tok: int32(k)})
		for k+1 < len(toks) && int(toks[k+1].Start) < j {
			k++
		}
	}
}

// paths drops every hit inside a file's path written with backslashes,
// the run of characters without blanks that holds one
// ("S:\sales\2026\q3.xlsx", "\\fs01\deals"): its numbers and words name
// folders and files, not figures, dates or phrases of the text.
func paths(s string, f *Features) {
	if strings.IndexByte(s, '\\') < 0 {
		return
	}
	for at := 0; ; {
		k := strings.IndexByte(s[at:], '\\')
		if k < 0 {
			return
		}
		k += at
		i := strings.LastIndexAny(s[:k], " \t\n") + 1
		j := strings.IndexAny(s[k:], " \t\n")
		if j < 0 {
			j = len(s)
		} else {
			j += k
		}
		f.Hits = slices.DeleteFunc(f.Hits, func(h Hit) bool { return int(h.Start) >= i && int(h.End) <= j })
		at = j
	}
}

// handsOverNow reports whether the attach word at token i hands material
// over in this email ("I am attaching his resume", "Attached is…") rather
// than pointing back at what an earlier one carried ("the deck I attached
// last week"): a check-in phrase in the same sentence does not undo that.
func (t *Tables) handsOverNow(f *Features, i int) bool {
	switch f.Tokens[i].Hash {
	case t.attachingHash, t.enclosingHash, t.heresHash:
		return true
	}
	if i+1 < len(f.Tokens) && (f.Tokens[i+1].Hash == t.isHash || f.Tokens[i+1].Hash == t.areHash) {
		return true // "Attached is", "Here are"
	}
	return false
}

// handsOverInText reports whether a statement of the writer's hands
// material over in words, whether or not files came with the text:
// "Attached is the revised contract", "Here is the schedule", "Please
// find attached the quote", "See the attached proposal", "I've attached
// the deck". Mail often loses its files on the way (an export, a copy
// pasted into the Review screen) and keeps these words. A question ("did
// you see the attached?"), a sentence that says what went out before,
// "here is" with no material named ("here's the thing"), and "attachments
// are" (a disclaimer's) hand nothing over, nor does a file placed in an
// earlier message (saysEarlier).
func (t *Tables) handsOverInText(f *Features) bool {
	for _, h := range f.Hits {
		if h.Kind != AttachWord {
			continue
		}
		i := int(h.Tok)
		k, tk := f.sent[i], f.Tokens[i].Hash
		file := t.fileWord.Has(tk)
		lead := i - 1 // "see attached", "see the attached"
		if f.hashIn(lead, k) == t.theHash {
			lead--
		}
		now := file && t.fileLead.Has(f.hashIn(lead, k)) ||
			!t.fileNoun.Has(tk) && t.handsOverNow(f, i) && (file || f.sentsWith(Material, Material)&f.sentBit(i) != 0)
		if now && !f.backSent[k] && f.questionEnd(k) < 0 && !t.saysEarlier(f, i) {
			return true
		}
	}
	return false
}

// saysEarlier reports whether the rest of the sentence after token i
// places what it names in an earlier message or time ("attached is the
// contract from my previous email", "see attached from last week"): the
// file goes out again.
func (t *Tables) saysEarlier(f *Features, i int) bool {
	return slices.ContainsFunc(f.Tokens[i+1:f.sentLast(i)+1], func(tk Token) bool { return t.earlier.Has(tk.Hash) })
}

// sentBefore reports whether the text says the writer sent something
// before: a word of againWords ("again", "resending"), a sending verb of
// resendVerbs after "re-" ("re-attaching", "re-sent"; not "re-ran"), or
// one of pastCommWords the writer did (sentEarlier: "the proposal I sent
// last week").
func (t *Tables) sentBefore(f *Features) bool {
	const says = wAgain | wPastComm
	if f.classes&says == 0 {
		return false // no word that may say so: most texts
	}
	for i, c := range f.cls[:len(f.Tokens)] {
		if c&says == 0 || f.Tokens[i].Kind != Word {
			continue
		}
		h := f.Tokens[i].Hash
		if t.again.Has(h) || t.resend.Has(h) && t.afterRe(f, i) || c&wPastComm != 0 && t.sentEarlier(f, i) {
			return true
		}
	}
	return false
}
