package feat

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// DoneNews reports whether news or commitment hit h is one word that can
// report something done or decided (word), and whether here it does
// (news: "the committee approved the policy", "we shipped the fix", "the
// contract is signed"), not one of the looser words the features count
// as news too ("now", "also", "because"), nor an adjective ("the revised
// contract", "a roster of approved vendors"), nor a verb after "to" ("we
// plan to cut costs"), nor what the reader already knows ("as agreed",
// "as scheduled"), nor a step to have done ("have them signed", "get it
// approved"; causers and caused).
//
// A phrase of gainedNews ("Kim got the job", "we got approval") is a done
// word of its own, news unless framed as a step (framedAsStep: "we haven't
// got approval", "if we got the green light").
//
// The determiners are those of the text's language, which tells "a"
// before "signed" (English) from "a" before "validé" (French "has").
// In French, Spanish, Italian and Portuguese a participle after a
// determiner and its noun is that noun's adjective: "te adjunto el
// contrato firmado" hands over a signed contract, "el contrato está
// firmado" reports it.
func (t *Tables) DoneNews(f *Features, h Hit) (word, news bool) {
	toks, k := f.Tokens, int(h.Tok)
	if h.Kind == News && h.End != toks[k].End && t.gainVerb.Has(toks[k].Hash) {
		return true, !t.framedAsStep(f, k) // "Kim got the job", "we got approval" (gainedNews)
	}
	flags, ok := t.doneNews.Get(toks[k].Hash)
	if h.Kind != News && h.Kind != Commit || h.End != toks[k].End || !ok {
		return false, false
	}
	lang := f.lang // English is 0
	det := &t.determiner[lang]
	in := func(j int) bool { return j >= 0 && f.sent[j] == f.sent[k] && toks[j].Kind == Word } // a word of k's sentence
	if in(k-1) && det.Has(toks[k-1].Hash) {
		return true, false // "the revised contract"
	}
	if in(k-1) && t.noNewsLead.Has(toks[k-1].Hash) {
		// "as agreed", "a roster of approved vendors", "with reduced
		// hours", "limited to fixed prices", "we plan to cut costs"
		return true, false
	}
	if toks[k].Hash == t.doneHash && t.praised(toks, k) {
		return true, false // "you have done a fine job": praise
	}
	if signature(f, k) {
		return true, false // "Signed, Hayseed": a sign-off
	}
	if t.closedState(f, k) {
		return true, false // "the depot is closed May 5-7": shut, no step taken
	}
	if in(k-2) && t.causer.Has(toks[k-2].Hash) && t.caused.Has(toks[k-1].Hash) {
		return true, false // "print it and have them signed by the co-op": a step to take, not news
	}
	if flags&doneAfter != 0 && in(k-1) {
		if in(k-2) && t.already.Has(toks[k-1].Hash) {
			k-- // "il contratto già firmato"
		}
		if in(k-2) && det.Has(toks[k-2].Hash) {
			return true, false // "el contrato firmado"
		}
		if w := f.text[toks[k-1].Start:toks[k-1].End]; len(w) > 2 && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
			return true, false // "l'accord signé": the article is part of the word
		}
	}
	return true, !t.framedAsStep(f, k)
}

// framedAsStep reports whether what the word at token k says is framed,
// in its clause, as a step still to take rather than one taken (see
// DoneNews, movedToTime): a modal, a condition or a step to see to at
// most six words before it ("it should be signed", "if we get it
// approved", "once it is finalized", "pode ser assinado", "I will have the
// update done", "make sure it is signed"), a negation at most three words
// before ("we haven't signed it", "it has not been approved", but not "I
// didn't know the contract was signed"), or a hope earlier in the clause
// ("hopefully it is signed", "I'm hopeful the crew is nearly finished
// with the loft"; hopedFor). "After" or "before" there makes it a
// condition when the verb is in the present (see presentStep), unless a
// connective stands between (openers: "we met after lunch and it is
// signed").
func (t *Tables) framedAsStep(f *Features, k int) bool {
	toks := f.Tokens
	modal, joined := &t.modal[f.lang], false
	for j, words := k-1, 0; j >= 0 && words < 6 && f.sent[j] == f.sent[k]; j-- {
		if toks[j].Kind == Punct {
			if strings.ContainsRune(",;:", toks[j].Char) {
				break
			}
			continue
		}
		if modal.Has(toks[j].Hash) || words < 3 && t.negation.Has(toks[j].Hash) {
			return true
		}
		if t.timeClause.Has(toks[j].Hash) && !joined && t.presentStep(f, k) {
			return true
		}
		if t.sureWord.Has(toks[j].Hash) && j > 0 && t.makeSure.Has(toks[j-1].Hash) {
			return true // "make sure the lease is signed": a step to see to
		}
		joined = joined || t.openers.Has(toks[j].Hash)
		words++
	}
	return t.hopedFor(f, k)
}

// hopedFor reports whether a word of hopefulWords stands before token k
// in its clause, at most twelve words back and with no comma, colon,
// semicolon, dash (but a hyphen, "co-op") or "but" between: "hopefully
// the renters have signed", "I'm hopeful the crew is nearly finished with
// the loft". What is hoped for is a wish, not news.
func (t *Tables) hopedFor(f *Features, k int) bool {
	toks := f.Tokens
	for j, words := k-1, 0; j >= 0 && words < 12 && f.sent[j] == f.sent[k]; j-- {
		if toks[j].Kind == Punct {
			if f.clauseMark(j) { // "co-op" goes on
				return false
			}
			continue
		}
		if toks[j].Hash == t.butHash {
			return false
		}
		if t.hopeful.Has(toks[j].Hash) {
			return true
		}
		words++
	}
	return false
}

// presentStep reports whether the done word at token k is in the present
// tense: an auxiliary of the present just before it, "been" between or
// not ("before the gate code is issued", "after the co-op has finalized
// the bale price", "after the barn lease has been filed"), or a present
// form itself ("before the hay permit expires"). English puts a step
// still to come in the present after "after" and "before", which makes it
// a condition for what follows, not news; the past reports ("after the
// barn lease was filed", "before we finalized the hay contract").
func (t *Tables) presentStep(f *Features, k int) bool {
	toks := f.Tokens
	if toks[k].Hash == t.expiresHash {
		return true
	}
	j := k - 1
	if j > 0 && toks[j].Hash == t.beenHash {
		j--
	}
	return f.inSent(j, f.sent[k]) && t.presentAux.Has(toks[j].Hash)
}

// signature reports whether the done word at token k opens a sign-off:
// first in its sentence, a comma after it, and at most two words after
// that to the end of the text ("Signed, Hayseed", "Approved, Dana Lee").
func signature(f *Features, k int) bool {
	toks := f.Tokens
	if k != f.sentFirst(k) || k+1 >= len(toks) || toks[k+1].Kind != Punct || toks[k+1].Char != ',' {
		return false
	}
	words := 0
	for _, tk := range toks[k+2:] {
		if tk.Kind == Word {
			if words++; words > 2 {
				return false
			}
		}
	}
	return words >= 1
}

// praised reports whether "done" at toks[k] praises how the reader did a
// job: "you" within the three words before it, "a" or "an" after it and
// "job" within the three words after that ("you have done a fine job",
// "you two have done an outstanding job"). The reader knows what they
// did; "Lena has done a fine job moving the ledger" tells them the
// ledger moved, and "we've done the survey" reports.
func (t *Tables) praised(toks []Token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].Hash != t.aHash && toks[k+1].Hash != t.anHash {
		return false
	}
	you := false
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].Kind == Word; j-- {
		you = you || toks[j].Hash == t.youHash || toks[j].Hash == t.youveHash
	}
	if !you {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+4 && toks[j].Kind == Word; j++ {
		if toks[j].Hash == t.jobHash {
			return true
		}
	}
	return false
}

// Proposes reports whether proposal hit h proposes a step. Most proposal
// phrases propose of their own ("would Tuesday work", "let's", "15-minute");
// proposalNouns only name what a step may be about ("schedule", "option",
// "a call"). One proposes in a question ("How is your schedule
// tomorrow?"); as a verb after a cue ("to schedule", "can book",
// "re-schedule"), before an object ("invite you"), or opening its sentence
// before a determiner ("Book a slot", but not "Schedule 3.1"); in a
// request ("please review the offer", "give Mark a call", "Give me a call
// when you're back"); or beside another proposal or a question that moves
// a decision ("we can send the revised offer"); but not where the sentence
// invites questions ("If you have any questions, give me a call").
// "Attached is a revised Schedule", "a schedule of fees" (a list), "I got
// a call from Scott" and a ledger's "book" ("which book holds it?"; see
// bookNoun) propose nothing.
// The modalProposals ("we can", "let's") propose where an act follows
// them (see modalActs), "want me to" where the reader is the one who
// wants (see readerWants), and "suggesting" and "proposing" where the
// writer does it (see writerIs). Another language's "we can" proposes
// unless a negation takes it back (see weCanDenied).
func (t *Tables) Proposes(f *Features, h Hit) bool {
	if h.Kind != Proposal {
		return true
	}
	toks, k := f.Tokens, int(h.Tok)
	if t.inCloser(f, h) {
		return false // "feel free to call at 555-0100": how to reach the writer
	}
	switch key := wordsKey(toks[k:f.hitEnd(&h)]); {
	case t.modalProposal.Has(key):
		return t.modalActs(f, h)
	case t.weCan.Has(key):
		return !t.weCanDenied(f, k, f.hitEnd(&h))
	case key == t.offerToMeKey:
		return t.readerWants(f, k)
	case t.proposing.Has(key):
		return t.writerIs(f, k) // "I'm suggesting 4 pm", not "the filing, suggesting that rates will rise"
	case key == t.howAboutKey || key == t.whatAboutKey:
		// "How about you?" asks after the reader, "how about Tuesday?"
		// proposes
		return !f.followedBy(&h, &t.yours)
	case toks[k].Hash == t.doesHash:
		// "does Tuesday work" asks, by its mark or by opening its
		// sentence; "Sam does tax work" tells ("Saturday would work"
		// still proposes), and "How does that work?" asks how
		_, start, end := f.Sentence(k)
		if k > 0 && f.sent[k-1] == f.sent[k] && toks[k-1].Hash == t.howHash {
			return false
		}
		return toks[k].Start <= start || f.asksAt(end)
	case t.callLength.Has(key):
		// "a 15-minute call" proposes; "10-minute data" is a reading's
		// interval, and "each= =20 minute" an undecoded blank (qpEscape)
		if qpEscape(f.text, toks, k) {
			return false
		}
		return !f.followedBy(&h, &t.readings)
	case t.advising.Has(key) && t.advisedBy(f, k):
		// "Would you recommend keeping it?": the reader's advice asked
		// for; "the feed store that you and Marta recommend", "they
		// suggest a vet": advice reported
		return false
	case t.whySuggest.Has(key):
		return !f.followedBy(&h, &t.stateVerb) // "Why don't you have a barn key?" asks why
	case t.advising.Has(key) && t.thingsSay(f, k):
		return false // "my notes suggest that…": what a record shows
	case !t.proposalNoun.Has(key):
		return !t.deniedStep(f, k) // a negation denies these as it does "discount"
	case t.closes(f, h):
		return false // "If you have any questions, please give me a call"
	case t.bookNoun(f, k):
		return false // "What book holds the hedge?", "the trading book"
	case t.booksEntry(f, k):
		return false // "book the hay sales to the orchard deal": an entry in the books
	case t.handedNoun(f, k):
		return false // "please see the attached schedule": material, which its own reason names
	case f.hitEnd(&h) == k+1 && t.titleNoun(f, k):
		return false // "the signed Lease Schedule": a document's name
	case f.hitEnd(&h) == k+1 && t.heldNoun(f, k):
		return false // "their offer", "did you get the invite?": someone else's, or received
	case toks[k].Hash == t.scheduleHash && k+1 < len(toks) && toks[k+1].Hash == t.ofHash && f.sent[k+1] == f.sent[k]:
		return false // "a schedule of stalls", "the schedule of rates": a list, no meeting
	}
	n, start, end := f.Sentence(k)
	if t.wasAble(f, k) {
		return false // "confirming you were able to book the room", "were you able to book it?"
	}
	if f.asksAt(end) {
		return !t.asksWho(f, k, n)
	}
	if t.deniedBefore(f, k) {
		return false // "would not give us a discount", "she does not want to book a visit"
	}
	if p := k - 1; p >= 0 && f.sent[p] == n && t.verbCue.Has(toks[p].Hash) {
		return !t.hardTo(f, p)
	}
	if t.afterRe(f, k) {
		return true // "re-schedule"
	}
	if e := f.hitEnd(&h); e < len(toks) && f.sent[e] == n &&
		(t.objects.Has(toks[e].Hash) || toks[k].Start <= start && t.determiner[0].Has(toks[e].Hash)) {
		return true // "invite you", "book me", "Book a slot"
	}
	for j := k - 1; j >= 0 && f.sent[j] == n; j-- {
		if toks[j].Hash == t.pleaseHash || toks[j].Hash == t.giveHash && k-j <= 4 {
			return true // "please review the offer", "give Mark or me a call"
		}
	}
	for _, sd := range f.Says {
		if sd.Kind == SaysRequest && f.sent[sd.Tok] == n && int(sd.Tok) < k {
			return true // "Give me a call when you're back", "Send them both options"
		}
	}
	for _, o := range f.Hits {
		if (o.Kind == Proposal || o.Kind == DecisionQ && t.Asks(f, o)) && o.Start != h.Start && f.sent[o.Tok] == n && !t.proposalNounHit(f, &o) {
			return true
		}
	}
	return false
}

// readerWants reports whether "want me to" at token k is the reader's
// wish: it opens its sentence ("Want me to draft it?") or "you" stands
// before it in its sentence ("do you want me to call him?", "if you guys
// want me to", "say if the plan suits you or you want me to redo it"). "My
// team wants me to look into it" and "Dana would want me to sign" offer
// the reader nothing.
func (t *Tables) readerWants(f *Features, k int) bool {
	first := f.sentFirst(k)
	if first == k {
		return true
	}
	for j := k - 1; j >= first; j-- {
		if f.Tokens[j].Hash == t.youHash {
			return true
		}
	}
	return false
}

// inCloser reports whether h starts inside a closer and runs on past its
// end: the "call" of "feel free to call at 555-0100" is the closer's,
// where "call at" would propose. A proposal inside one ("a call" in "give
// me a call") is left to the rules below. A proposal that ends on a verb
// of meeting (meetVerbs: "call me … to discuss", "lets talk") is a
// closer's only where it offers the talk, in a condition or beside an
// open door.
func (t *Tables) inCloser(f *Features, h Hit) bool {
	if e := f.hitEnd(&h); t.meetVerb.Has(f.Tokens[e-1].Hash) {
		// a talk proposed ("please call me at your convenience to discuss
		// the lease", callsToTalk; "lets discuss"), whatever closer it
		// runs on from, unless a condition or an open door makes it an
		// offer ("call me if you want to talk", "do not hesitate to call
		// me to discuss any questions", "lets discuss if you have
		// questions")
		return slices.ContainsFunc(f.Tokens[h.Tok:e], func(tk Token) bool { return tk.Hash == t.ifHash }) || t.closes(f, h)
	}
	for _, o := range f.Hits {
		if o.Kind == Closer && o.Start <= h.Start && h.Start < o.End && o.End < h.End {
			return true
		}
	}
	return false
}

// bookNoun reports whether the proposal noun at token k is "book" after
// a determiner or a question word in its sentence: a ledger or a volume
// ("What book holds the hedge?", "Which fund owns that book?", "the
// book you lent me", "a US book"; see countryCaps), never the verb that
// books a call.
//
// Up to two words may describe it between ("the attached new book
// request", "the hay book", "a mini-book"), so long as neither cues a verb
// ("the room we can book") or is a pronoun ("each time we book a room").
func (t *Tables) bookNoun(f *Features, k int) bool {
	toks := f.Tokens
	if toks[k].Hash != t.bookHash {
		return false
	}
	for j, words := k-1, 0; j >= 0 && words < 3 && f.sent[j] == f.sent[k]; j-- {
		if gluedHyphen(toks, j) {
			continue // "a mini-book": the hyphen joins a describing word on
		}
		if toks[j].Kind != Word {
			return false
		}
		words++
		if t.bookLead.Has(toks[j].Hash) {
			return true
		}
		if (t.verbCue.Has(toks[j].Hash) || t.persons.Has(toks[j].Hash)) && !t.countryCaps(f, j) {
			return false
		}
	}
	return false
}

// booksEntry reports whether the proposal noun at token k is the verb
// "book" with what the books record as its object, a determiner or
// another word or two between or not ("book the swaps", "book these hay
// sales", "booked revenue"): an accounting entry, not a meeting booked.
func (t *Tables) booksEntry(f *Features, k int) bool {
	toks := f.Tokens
	if toks[k].Hash != t.bookHash {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && f.sent[j] == f.sent[k] && toks[j].Kind == Word; j++ {
		if t.entries.Has(toks[j].Hash) {
			return true
		}
	}
	return false
}

// countryCaps reports whether the pronoun at token j is written in
// capitals as a country's letters are: "a US book", "the UK desk". "Book
// us a room" and "BOOK US A ROOM", in a text all in capitals, keep the
// pronoun.
func (t *Tables) countryCaps(f *Features, j int) bool {
	tk := f.Tokens[j]
	if !f.capsWord(tk) {
		return false
	}
	// a neighbour in lower case shows the capitals are the word's own
	for _, n := range []int{j - 1, j + 1} {
		if n >= 0 && n < len(f.Tokens) && f.Tokens[n].Kind == Word && !asciiCaps(f.text[f.Tokens[n].Start:f.Tokens[n].End]) {
			return true
		}
	}
	return false
}

// titleNoun reports whether the proposal noun at token k, a word of its
// own, is written with a capital in mid-sentence, after a word and in
// lower case after its first letter, as a document's or a product's name
// is ("the signed Lease Schedule", "the Offer Letter"). A text in capitals
// ("PLEASE SCHEDULE A CALL"), a sentence that opens with the noun
// ("Schedule a call") and a named meeting ("the Budget Meeting on
// Tuesday", a phrase of two words) keep it a proposal.
func (t *Tables) titleNoun(f *Features, k int) bool {
	toks := f.Tokens
	if !toks[k].Upper || k == f.sentFirst(k) || toks[k-1].Kind != Word {
		return false
	}
	return !asciiCaps(f.text[toks[k].Start:toks[k].End])
}

// handedNoun reports whether the proposal noun at token k names a thing
// handed over: a word of handedWords stands up to two words before it in
// its sentence ("the attached schedule", "the enclosed revised offer").
// "Please see the attached schedule" points at material, which its own
// reason names; it proposes nothing.
func (t *Tables) handedNoun(f *Features, k int) bool {
	return wordBefore(f, k, 3, t.handed)
}

// wordBefore reports whether one of the n words right before token k, in
// its sentence and with nothing but words between, is in set.
func wordBefore(f *Features, k, n int, set U32Table) bool {
	toks := f.Tokens
	for j := k - 1; j >= 0 && j >= k-n && f.sent[j] == f.sent[k] && toks[j].Kind == Word; j-- {
		if set.Has(toks[j].Hash) {
			return true
		}
	}
	return false
}

// heldNoun reports whether the proposal noun at token k, a word of its
// own, is someone else's or was received: a third party's possessive
// (heldByWords) stands up to two words before it in its sentence ("its
// associated schedule", "their offer"), or a verb of receiving does, with
// at most a determiner between ("I got an invite", "we received the
// offer", "did you get the invite?"; "get" only after "did"). Neither is
// the writer's proposal; "can we get a slot?" still is one.
func (t *Tables) heldNoun(f *Features, k int) bool {
	toks := f.Tokens
	for j := k - 1; j >= 0 && j >= k-2 && f.sent[j] == f.sent[k] && toks[j].Kind == Word; j-- {
		switch w := toks[j].Hash; {
		case t.heldBy.Has(w):
			return true
		case j < k-1 && !t.determiner[0].Has(toks[j+1].Hash):
			return false // "got you a slot": more than a determiner between
		case t.gotWord.Has(w):
			return true
		case w == t.getHash:
			for d := j - 1; d >= 0 && d >= j-2 && f.sent[d] == f.sent[k]; d-- {
				if toks[d].Hash == t.didHash {
					return true // "did you get", "did we get"
				}
			}
		}
	}
	return false
}

// deniedBefore reports whether a negation or a "can't" stands at most four
// words before the proposal noun at token k, in its sentence but not opening
// it: the sentence says what is not there, was not done or cannot be ("The
// hotel would not give us a discount", "she does not want to book a visit",
// "we can't give you a discount"). A negation that opens the sentence tells
// the reader what to do ("Don't forget to book the room"), and so does one
// after "please" ("please don't schedule them before noon"); one in a clause
// before does not reach it ("tell me when you are not free and I'll schedule
// it").
func (t *Tables) deniedBefore(f *Features, k int) bool { return t.denialBefore(f, k) >= 0 }

// denialBefore returns the token of the negation that deniedBefore
// finds before token k, or -1.
func (t *Tables) denialBefore(f *Features, k int) int {
	toks, first := f.Tokens, f.sentFirst(k)
	for j := k - 1; j > first && k-j <= 4; j-- {
		if toks[j].Kind == Punct || t.clauseOpens.Has(toks[j].Hash) || t.listJoin.Has(toks[j].Hash) {
			return -1 // another clause's negation: "…when you are not free and I'll book a time"
		}
		if t.negation.Has(toks[j].Hash) || t.cannot.Has(toks[j].Hash) {
			if toks[j-1].Hash == t.pleaseHash {
				return -1 // "please don't schedule them" still asks
			}
			return j
		}
	}
	return -1
}

// deniedStep reports whether the proposal word at token k, one that
// proposalNoun does not hold (other languages' words, "suggest"), is
// denied: a negation stands before it (denialBefore) in a sentence that
// does not ask, and not right after a word of ifWord. "Wir können Ihnen
// keinen Rabatt geben", "no podemos ofrecerle ningún descuento" and "I
// don't suggest including it" offer nothing; "si no le viene bien el
// martes, quedamos el jueves" still proposes the other day.
func (t *Tables) deniedStep(f *Features, k int) bool {
	j := t.denialBefore(f, k)
	return j >= 0 && !f.sentAsks(k) && !t.ifWord.Has(f.Tokens[j-1].Hash)
}

// weCanDenied reports whether a negation stands right before another
// language's "we can" (tokens k to e) or among the four words after it in
// its clause: "no podemos bajar el precio", "non possiamo", "können wir
// diesmal nicht gewähren", "kunnen we helaas niet leveren". English writes
// the negation into the modal ("we can't") and needs no such test. After
// it, "no" is Portuguese for "in the" ("podemos montar no galpão").
func (t *Tables) weCanDenied(f *Features, k, e int) bool {
	toks, n := f.Tokens, f.sent[k]
	if f.inSent(k-1, n) && t.negation.Has(toks[k-1].Hash) {
		return true
	}
	for j := e; j < e+4 && f.inSent(j, n) && toks[j].Kind == Word; j++ {
		if t.negation.Has(toks[j].Hash) && toks[j].Hash != t.noHash {
			return true
		}
	}
	return false
}

// thingsSay reports whether a plural noun after a determiner is the
// subject of the advising verb at token k: "my notes suggest", "the
// numbers suggest", "our tests recommend". A record shows something; the
// writer proposes nothing.
func (t *Tables) thingsSay(f *Features, k int) bool {
	toks := f.Tokens
	if k < 2 || f.sent[k-2] != f.sent[k] || toks[k-1].Kind != Word || toks[k-1].Upper || !t.determiner[0].Has(toks[k-2].Hash) {
		return false
	}
	w := f.text[toks[k-1].Start:toks[k-1].End]
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != '\''
}

// hardTo reports whether the "to" at token p follows, up to three words
// back in its sentence, a word of hardWords: "a hard meeting to
// schedule", "difficult to book" say how the step goes, they propose
// none.
func (t *Tables) hardTo(f *Features, p int) bool {
	return f.Tokens[p].Hash == t.toHash && wordBefore(f, p, 3, t.hard)
}

// wasAble reports whether the verb at token k follows "were able to" or
// "was able to", the subject after the verb or before it ("you were able
// to book", "were you able to book"): the sentence asks or tells what was
// done, it proposes nothing.
func (t *Tables) wasAble(f *Features, k int) bool {
	toks := f.Tokens
	if k < 3 || f.sent[k-3] != f.sent[k] || toks[k-1].Hash != t.toHash || toks[k-2].Hash != t.ableHash {
		return false
	}
	for j := k - 3; j >= k-4 && j >= 0 && f.sent[j] == f.sent[k]; j-- {
		if w := toks[j].Hash; w == t.wereHash || w == t.wasHash {
			return true
		}
	}
	return false
}

// asksAt reports whether the sentence that ends at byte end (Sentence)
// ends in a question mark.
func (f *Features) asksAt(end int32) bool { return f.endsIn(end, "?", " \t\n") }

// sentAsks reports whether token k's sentence is a question: it ends in
// "?" (asksAt at its last token).
func (f *Features) sentAsks(k int) bool { return f.asksAt(f.Tokens[f.sentLast(k)].End) }

// endsIn reports whether the text before byte end, once the characters
// of trail are cut from its end, ends in mark. The features read a
// question mark before blanks only (asksAt); reasons also look past the
// brackets and quotation marks that close a question ("(can you confirm
// this?)"), which the trained weights never saw.
func (f *Features) endsIn(end int32, mark, trail string) bool {
	s := f.text[:end]
	for len(s) > 0 { // strings.TrimRight, without building its cutset's table on every call
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !strings.ContainsRune(trail, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return strings.HasSuffix(s, mark)
}

// Asks reports whether a decision-question phrase (h, a DecisionQ hit)
// asks: in a question ("Is the proposal for Acme still open?"), as a
// question word that embeds one ("let me know which date is better"),
// or as an auxiliary that opens its clause, as a question does where
// the question mark was left off ("Christy, can we send these in Word").
// A phrase that opens with neither asks unless the writer or a third
// person is its subject ("they want to change the term"), or a negation
// comes right before it ("I don't want to change the price").
// An auxiliary inside a statement asks nothing: "Attached is the
// proposal for Acme", "This is the entity for commodity trading". A
// phrase that opens with neither (another language's, or "holding up")
// asks, and so does any hit of another kind.
func (t *Tables) Asks(f *Features, h Hit) bool {
	if h.Kind != DecisionQ {
		return true
	}
	k := int(h.Tok)
	w := f.Tokens[k].Hash
	if !t.whWord.Has(w) && !t.questionOpen.Has(w) {
		// "do you need to show…" asks; "they want to change the term"
		// says what someone else wants, and "I don't want to change the
		// price" what the writer does not
		if k == 0 {
			return true
		}
		p := f.Tokens[k-1].Hash
		return !t.others.Has(p) && p != t.iHash && p != t.weHash && !t.negation.Has(p)
	}
	if t.howLong(f, &h) {
		return false // "how much longer will the review take?": the question's own reason
	}
	if _, _, end := f.Sentence(k); f.endsIn(end, "?", " \t\n)\"”’'") {
		return true // "(can you confirm this?)", "“do you have one?”"
	}
	if t.announced(f, k) == k {
		return true // "one question regarding who pays the bale bill"
	}
	if t.howMuch(f, &h) {
		return t.howAsked(f, k)
	}
	if t.whWord.Has(w) {
		return !t.notAsked(f, k)
	}
	if t.conditionFirst(f, k) {
		return false
	}
	// what stands before the auxiliary in its sentence: nothing, a
	// comma or the like, a name or greeting set off by one, or a
	// word that joins clauses ("and can we…", "also, do you…"), or a
	// question word ("where are you staying")
	first := f.sentFirst(k)
	if k == first {
		return true
	}
	p := &f.Tokens[k-1]
	return p.Kind == Punct || t.openers.Has(p.Hash) || t.whWord.Has(p.Hash) // "How should we…"
}

// conditionFirst reports whether the auxiliary at toks[k], in a sentence
// with no question mark, opens a condition by being put first, as
// "should", "had" and "were" can: "Should we miss the truck, I will haul
// the hay myself", "Had we known, the grange would have waited". A comma
// ends the condition and a subject or "please" opens the clause it
// governs; "Should we ship Monday, Tuesday or…" and "Should we ship
// Monday, or wait…" still ask.
func (t *Tables) conditionFirst(f *Features, k int) bool {
	if !t.invertAux.Has(f.Tokens[k].Hash) {
		return false
	}
	last := f.sentLast(k)
	for j := k + 1; j < last; j++ {
		tk := f.Tokens[j]
		if tk.Kind == Punct && tk.Char == ')' {
			return false // "(should we count it as feed), tell me": a question set aside
		}
		if tk.Kind == Punct && tk.Char == ',' {
			return t.clauseSubject.Has(f.Tokens[j+1].Hash)
		}
	}
	return false
}

// notAsked reports whether the question word at toks[k], in a sentence
// that is no question, opens no question either: a relative clause after
// the people or the thing it describes ("the names of the people who
// should sign", "the vet who handles the herd", "ask Dana, who signs",
// "the co-op (in Lodi) who owns the mill"), or what the writer cannot say
// ("I can't tell you how many drafts we have been through"), or a
// relative clause in brackets ("four stalls (which the old barn can
// hold)"), or what the writer will tell the reader (toldYou). "Let me
// know which option suits you", "I need to know who signs" and "and who
// owns the mill" still ask.
func (t *Tables) notAsked(f *Features, k int) bool {
	toks := f.Tokens
	if k > 0 && toks[k-1].Kind == Punct && toks[k-1].Char == '(' {
		// "four stalls (which the old barn can hold)": a relative
		// clause in brackets, unless a question mark ends it
		for j := k + 1; j < len(toks) && f.sent[j] == f.sent[k]; j++ {
			if tk := toks[j]; tk.Kind == Punct && (tk.Char == ')' || tk.Char == '?') {
				return tk.Char == ')'
			}
		}
		return true
	}
	if t.toldYou(f, k) {
		return true
	}
	who := t.whoAsk.Has(toks[k].Hash)
	if k == 0 || !who && toks[k].Hash != t.howHash {
		return false
	}
	p := toks[k-1]
	if who {
		if p.Kind == Punct && p.Char == ',' && k >= 3 {
			// "ask Dana, who signs", "the dates for the auction, who owns
			// the mill, and…"; not a greeting's name ("Hi Dana, who
			// signs") nor one opening the sentence, and not after a
			// comma within its first four tokens ("Also, who signs")
			first, n := f.sentFirst(k), k-2
			return k-first > 4 || toks[n].Kind == Word && toks[n].Upper && n > first && f.cls[n-1]&wSalute == 0
		}
		if p.Kind == Punct {
			return p.Char == ')' // "Tanya (in Research) who is responsible for…"
		}
		// after a noun, "who" opens a relative clause ("the lawyer who
		// handles the lease", "the people who should sign"); after a
		// verb of knowing or asking, or a word that joins clauses, an
		// embedded question ("let me know who handles it", "and who signs")
		return f.sent[k-1] == f.sent[k] && !t.whenAsk.Has(p.Hash) && !t.openers.Has(p.Hash)
	}
	// "how": after "tell" (and "you"), with a negation just before
	j := k - 1
	if j > 0 && p.Hash == t.youHash {
		j--
	}
	if toks[j].Kind != Word || !t.tellVerb.Has(toks[j].Hash) {
		return false
	}
	for n := j - 1; n >= 0 && n >= j-3; n-- {
		if t.negation.Has(toks[n].Hash) || t.cannot.Has(toks[n].Hash) {
			return true
		}
	}
	return false
}

// toldYou reports whether the question word at toks[k] follows a verb of
// telling with the reader as its object (tellYouVerbs, then "you"), or
// "let you know": the writer will say it, the reader is asked nothing ("I
// will tell you which option we chose", "I'll show you what would help",
// "we'll let you know which day suits the co-op"). "Tell me which" and
// "let me know which" ask.
func (t *Tables) toldYou(f *Features, k int) bool {
	toks, n := f.Tokens, f.sent[k]
	j := k - 1
	if f.inSent(j-2, n) && toks[j].Hash == t.knowHash && toks[j-1].Hash == t.youHash && toks[j-2].Hash == t.letHash {
		return true
	}
	return f.inSent(j-1, n) && toks[j].Hash == t.youHash && t.tellYou.Has(toks[j-1].Hash)
}

// howAsked reports whether "how many" or "how much" at toks[k], in a
// sentence that is no question, still asks: after a verb of asking
// ("ask the co-op how many bales…", "I wonder how much hay…", "please
// confirm how many stalls…") or "let me know" and the like ("let us know
// how much feed you need"), or opening its sentence or set off by
// punctuation, its question mark left off ("How many stalls does the
// north barn hold.") but not an exclamation ("How much we enjoyed the
// fair!"). Elsewhere it measures what the writer feels or knows ("you
// know how much we value the co-op", "in order of how much I care").
func (t *Tables) howAsked(f *Features, k int) bool {
	j := k - 1
	if !f.inSent(j, f.sent[k]) || f.Tokens[j].Kind != Word {
		_, _, end := f.Sentence(k)
		return !f.endsIn(end, "!", " \t\n)\"”’'")
	}
	w := f.Tokens[j].Hash
	if t.howAsk.Has(w) || t.meUs.Has(w) {
		return true // "please confirm how many", "tell me how much"
	}
	// "let me know how many"; "you know how much" asks nothing
	return w == t.knowHash && j > 0 && t.meUs.Has(f.Tokens[j-1].Hash)
}

// howMuch reports whether hit h is "how many" or "how much".
func (t *Tables) howMuch(f *Features, h *Hit) bool {
	key := wordsKey(f.Tokens[h.Tok:f.hitEnd(h)])
	return key == t.howManyKey || key == t.howMuchKey
}

// howLong reports whether hit h is "how many" or "how much" before one
// of howLongWords, which asks how long the reader still takes ("how much
// longer will the review take?", "how many more days?"): a question
// after news, which moves no decision.
func (t *Tables) howLong(f *Features, h *Hit) bool {
	return t.howMuch(f, h) && f.followedBy(h, &t.howLongWord)
}

// decisionAsked reports whether the text asks one of the decisionAsks in
// a question (not how long the reader still takes; see howLong).
func (t *Tables) decisionAsked(f *Features) bool {
	for i := range f.Hits {
		h := &f.Hits[i]
		if h.Kind == DecisionQ && t.decisionAsk.Has(wordsKey(f.Tokens[h.Tok:f.hitEnd(h)])) && !t.howLong(f, h) {
			if _, _, end := f.Sentence(int(h.Tok)); f.asksAt(end) {
				return true
			}
			// one a sentence announces: "questions about who will sign",
			// "…about when the permit lapses and who will renew it"
			if t.announced(f, int(h.Tok)) >= 0 && t.Asks(f, *h) {
				return true
			}
		}
	}
	return false
}

// announced returns where the first question a sentence announces
// starts, at or before token k, or -1: words that announce questions
// ("question" or "questions" and a word of aboutWords) and the
// question word or "whether" after them ("Rosa, two questions about when
// the hay permit lapses and who will renew it"). Such a sentence asks
// what it names, question mark or not.
func (t *Tables) announced(f *Features, k int) int {
	toks := f.Tokens
	for j := f.sentFirst(k); j+2 <= k; j++ {
		if t.questionNoun.Has(toks[j].Hash) && t.aboutWord.Has(toks[j+1].Hash) &&
			(t.whWord.Has(toks[j+2].Hash) || toks[j+2].Hash == t.whetherHash) {
			return j + 2
		}
	}
	return -1
}

// asksWho reports whether token k of sentence n stands in a question
// that a word of whoAsks opens: "who besides you needs to sign off on the
// pilot", "Quick question: who else…", "Hi Dana, who…". The word opens
// the question where it starts the sentence, follows a colon, semicolon
// or dash, or follows a comma within the sentence's first four tokens (a
// greeting); a relative "who" ("Brent Hendry, who is now in…") opens
// none, and "why don't you…" or "why not…" suggests a step.
func (t *Tables) asksWho(f *Features, k, n int) bool {
	first := f.sentFirst(k)
	for j := k - 1; j >= first; j-- {
		tk := f.Tokens[j]
		if tk.Kind == Punct && (tk.Char == ':' || tk.Char == ';') {
			return false
		}
		if !t.whoAsk.Has(tk.Hash) {
			continue
		}
		if nx := f.Tokens[j+1]; nx.Hash == t.notHash || nx.Hash == t.dontHash {
			return false
		}
		if j == first {
			return true
		}
		switch p := f.Tokens[j-1]; {
		case p.Kind == Punct && (p.Char == ':' || p.Char == ';' || p.Char == '-'):
			return true
		case p.Kind == Punct && p.Char == ',' && j-first <= 4:
			return true
		}
		return false
	}
	return false
}

// modalActs reports whether modal proposal h ("we can", "let's") proposes
// an act: the word after it is no idle or negating word ("we can discuss
// it Thursday", not "let's say", "let us know", "we could not"), no
// "have" and past participle make it what might have been ("I could have
// sent it"; "we could have the draft by Friday" still proposes), no
// modal or "to" makes "let us" someone's leave ("they will let us store
// it"; letLeads), and no
// question word embeds it ("whether we can accept", "what we can"; see
// whichThing for "what crops we can"), nor "so" or "so that" (see
// soThat).
func (t *Tables) modalActs(f *Features, h Hit) bool {
	toks, k, e := f.Tokens, int(h.Tok), f.hitEnd(&h)
	if e < len(toks) && f.sent[e] == f.sent[k] && t.idleModal.Has(toks[e].Hash) {
		return false
	}
	if d := t.pastDegree(f, e, f.sent[k]); d > e && d < len(toks) && toks[d].Hash == t.appreciateHash {
		return false // "we'd very much appreciate it if…": thanks to come, which ask (see appreciates)
	}
	if e < len(toks) && toks[e].Hash == t.seeHash && f.sent[e] == f.sent[k] &&
		(e+1 == len(toks) || f.sent[e+1] != f.sent[k] || toks[e+1].Kind == Punct && toks[e+1].Char == ',') {
		return false // "Let's see, we got a free lunch…": a pause to think, no step
	}
	if toks[k].Hash == t.letHash && k > 0 && f.sent[k-1] == f.sent[k] && t.letLead.Has(toks[k-1].Hash) {
		return false // "the co-op will let us store it", "if they would let us skip it": leave given, no step
	}
	if toks[k].Hash == t.wedHash && t.hadDone(f, e) {
		return false // "after we'd talked it through": "we had", a step taken
	}
	if e < len(toks) && toks[e].Hash == t.haveHash && f.sent[e] == f.sent[k] {
		if e+1 == len(toks) || f.sent[e+1] != f.sent[k] || toks[e+1].Kind == Punct {
			return false // "a spare key that we could have?": to own, no step
		}
		if t.hadDone(f, e+1) {
			return false // "better than we could have hoped": what might have been, no step
		}
	}
	return (k == 0 || f.sent[k-1] != f.sent[k] || !t.embedder.Has(toks[k-1].Hash)) && !t.whichThing(f, k) && !t.doubted(f, k) && !t.soThat(f, k, e)
}

// whichThing reports whether "what", "which" or "whose" and a noun that
// names no time stand right before the modal proposal at token k,
// embedding it: "confusion over what crops we can sell", "a note on which
// bins we could use". "Which day we can meet" and "at what hour we could
// talk" still propose.
func (t *Tables) whichThing(f *Features, k int) bool {
	toks := f.Tokens
	if k < 2 || f.sent[k-2] != f.sent[k] || toks[k-1].Kind != Word || !t.which.Has(toks[k-2].Hash) {
		return false
	}
	n := toks[k-1].Hash
	return !t.whenNoun.Has(n) && !t.dayPart.Has(n) && t.wordClass(n)&(wMonth|wWeekday) == 0
}

// writerIs reports whether the writer is the subject of the verb at token
// k, a form in "-ing": "I'm suggesting 4 pm", "we are also proposing a
// swap", or the sentence opens with it ("Suggesting we meet Tuesday.").
// Anyone else's is a report ("the co-op is proposing a swap", "they are
// suggesting $40"), and so is a clause that hangs on a comma or a noun
// ("the filing, suggesting that rates will rise", "a letter proposing a
// fee").
func (t *Tables) writerIs(f *Features, k int) bool {
	toks, first := f.Tokens, f.sentFirst(k)
	j := k - 1
	if j >= first && t.sendHop.Has(toks[j].Hash) {
		j-- // "I'm also suggesting"
	}
	switch {
	case j < first:
		return true
	case t.promiser.Has(toks[j].Hash):
		return true // "I'm", "we're"
	case toks[j].Hash == t.amHash || toks[j].Hash == t.areHash:
		return j > first && (toks[j-1].Hash == t.iHash || toks[j-1].Hash == t.weHash)
	}
	return false
}

// soThat reports whether "so" or "so that" puts the modal proposal at
// token k, its verb at token e, in a clause of purpose or result inside
// its sentence: "send the count so that we can order chairs", "the permit
// came through, so we can pour Monday", "So that we can plan, did she
// pick the red one?". The step, if any, is the main clause's. A talk with
// the reader is the step all the same ("ring Dana so we can talk it
// through", "pick a day that suits so we can meet"; see meetVerbs), "let's"
// proposes whatever comes before it ("I'm away Friday, so let's talk
// Monday"), a "So" alone that opens the sentence only carries on ("So
// we can meet Tuesday?"), and "if so" is a condition, its comma left out
// ("If so I can deliver Friday").
func (t *Tables) soThat(f *Features, k, e int) bool {
	toks, j := f.Tokens, k-1
	if k+1 >= e || !t.modalCan.Has(toks[k+1].Hash) || e < len(toks) && f.sent[e] == f.sent[k] && t.meetVerb.Has(toks[e].Hash) {
		return false
	}
	if j > 0 && toks[j].Hash == t.thatHash && f.sent[j-1] == f.sent[k] {
		return toks[j-1].Hash == t.soHash // "So that we can plan, …" opening the sentence too
	}
	return j > 0 && toks[j].Hash == t.soHash && f.sent[j] == f.sent[k] && f.sent[j-1] == f.sent[k] && !t.ifSo(f, j)
}

// ifSo reports whether the "so" at token j closes "if so" in its
// sentence, a whole condition whose comma was left out ("If so I can
// deliver Friday"), not a purpose ("so that").
func (t *Tables) ifSo(f *Features, j int) bool {
	return j > 0 && f.Tokens[j].Hash == t.soHash && f.sent[j-1] == f.sent[j] && f.Tokens[j-1].Hash == t.ifHash
}

// hadDone reports whether the words from token j, after "we'd" or a
// modal's "have", read as a past participle ("we'd" then reads "we had"):
// a regular one ("talked", "agreed"; not "need" or "proceed", which
// "would" takes too) or one of doneForms ("been", "sent"), after an adverb
// of doneLeads or not ("we'd already signed", "could have ever hoped").
// The check-ins' participle is looser than "we'd" allows: it takes "-en"
// ("we'd open the account") and "need".
func (t *Tables) hadDone(f *Features, j int) bool {
	toks := f.Tokens
	if j+1 < len(toks) && f.sent[j+1] == f.sent[j] && t.doneLead.Has(toks[j].Hash) {
		j++
	}
	if j >= len(toks) || f.sent[j] != f.sent[j-1] {
		return false
	}
	return t.pastForm(f, j)
}

// pastForm reports whether the word at token j is a verb's past form: a
// regular one of four letters or more ("talked", "signed"; not "need" or
// "proceed") or one of doneForms ("been", "sent").
func (t *Tables) pastForm(f *Features, j int) bool {
	if f.Tokens[j].Kind != Word {
		return false
	}
	w := strings.ToLower(f.text[f.Tokens[j].Start:f.Tokens[j].End])
	return t.doneForm.Has(f.Tokens[j].Hash) || len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// doubted reports whether the modal proposal at token k follows, in its
// sentence, a doubt that it can be done: "unsure" or a negated doubtWord,
// "if" or "that" between or not ("I don't know if we can mirror the
// terms", "I'm not sure we could").
func (t *Tables) doubted(f *Features, k int) bool {
	toks := f.Tokens
	in := func(j int) bool { return j >= 0 && f.sent[j] == f.sent[k] }
	j := k - 1
	if in(j) && (toks[j].Hash == t.ifHash || toks[j].Hash == t.thatHash) {
		j--
	}
	return in(j) && (toks[j].Hash == t.unsureHash || t.doubt.Has(toks[j].Hash) && in(j-1) && t.negation.Has(toks[j-1].Hash))
}

// advisedBy reports whether someone other than the writer gives the
// advice at token k, one of advisingWords: a word of adviserWords right
// before it ("would you recommend…?", "they suggest a vet"), or a name
// inside the sentence ("the feed store that you and Marta recommend";
// not "I'd recommend", nor "Please suggest…" opening it).
func (t *Tables) advisedBy(f *Features, k int) bool {
	first := f.sentFirst(k)
	if k <= first {
		return false
	}
	p := f.Tokens[k-1]
	return t.adviser.Has(p.Hash) || k-1 > first && p.Kind == Word && p.Upper && p.Hash != t.iHash && f.cls[k-1]&wIForm == 0
}

// hoped reports whether a hope stands right before the promise at token
// k ("I'll", or the "will" of "we will" with its subject), a comma or
// "that" between or not: "Hopefully, I'll…", "I hope that we will…"
// (hopeWords; see wishes and Promises).
func (t *Tables) hoped(f *Features, k int) bool {
	toks := f.Tokens
	j := k - 1
	if toks[k].Hash == t.willHash && j > f.sentFirst(k) {
		j-- // "we will": the subject
	}
	n := f.sent[k]
	if f.inSent(j, n) && (toks[j].Kind == Punct && toks[j].Char == ',' || toks[j].Hash == t.thatHash) {
		j--
	}
	return f.inSent(j, n) && toks[j].Kind == Word && t.hope.Has(toks[j].Hash)
}

// closes reports whether proposal h sits in a sentence that invites
// questions (openDoors: "If you have any questions, please give me a
// call"): it says how to reach the writer, not what to do next.
func (t *Tables) closes(f *Features, h Hit) bool {
	n := f.sent[h.Tok]
	return closerIn(f, n, func(o Hit) bool { return t.openDoor.Has(wordsKey(f.Tokens[o.Tok:f.hitEnd(&o)])) }) || t.invitesComments(f, n)
}

// invitesComments reports whether sentence n invites comments or
// concerns with the questions: "any", two of doorNouns and "or" or "and"
// between them ("Please call me at x4412 with any comments or
// questions", "any concerns or comments"). The pair opens the door as
// "any questions" does; it is read here, not as a Closer phrase, so the
// features count these sentences as they were fitted.
func (t *Tables) invitesComments(f *Features, n int) bool {
	toks, last := f.Tokens, int(f.opens[n+1])-1
	for k := int(f.opens[n]); k+3 <= last; k++ {
		if toks[k].Hash == t.anyHash && t.doorNoun.Has(toks[k+1].Hash) &&
			(toks[k+2].Hash == t.orHash || toks[k+2].Hash == t.andHash) && t.doorNoun.Has(toks[k+3].Hash) {
			return true
		}
	}
	return false
}

// QuestionStart returns where question hit h (Question) starts to ask:
// at the last word of questionOpenWords, in capitals, that a line break or
// two blanks set apart inside it, the sentence splitter having run a list
// into the question ("Ann Bell\nBo Cole\nCan you tell us which night?"),
// or else where h starts.
func (t *Tables) QuestionStart(f *Features, h Hit) int32 {
	toks := f.Tokens
	for j := f.hitEnd(&h) - 1; j > int(h.Tok); j-- {
		if w := toks[j]; w.Kind == Word && w.Upper && t.questionOpen.Has(w.Hash) &&
			(w.NL || spacedApart(f.text[toks[j-1].End:w.Start])) {
			return w.Start
		}
	}
	return h.Start
}

// proposalNounHit reports whether h is a hit of one of the proposalNouns.
func (t *Tables) proposalNounHit(f *Features, h *Hit) bool {
	return h.Kind == Proposal && t.proposalNoun.Has(wordsKey(f.Tokens[h.Tok:f.hitEnd(h)]))
}

// Promises reports whether h, a commitment in a statement (a Commit hit
// or a sentence Says counts as one), promises something. Most commitment
// phrases are promises of their own ("I'll send", "ich schicke", "je vous
// enverrai"); commitStates and done words only name a state or a deadline
// ("sent", "done", "on it", "by Friday", "signed") and promise where the
// writer says "I will" or "we'll" in the same sentence ("we will confirm
// the date", "I'll have the update done today", "once that is done I will
// send the NDA") or "I'm" right before ("I'm on it"), unless a wish verb
// follows the "will" ("we'll need the signed form"). "The memo sent to
// you", "work that needs to be done" and "please reply by Friday" promise
// nothing, and nor does one the writer doubts ("not sure I'll be done";
// see doubted).
func (t *Tables) Promises(f *Features, h Hit) bool {
	toks, k := f.Tokens, int(h.Tok)
	if h.Kind != Commit {
		return true
	}
	if t.doubted(f, k) || t.hoped(f, k) {
		return false // "I'm not sure I'll send it by Friday", "Hopefully, I'll see you then"
	}
	end := f.hitEnd(&h)
	if _, done := t.doneNews.Get(toks[k].Hash); !(done && end == k+1) && !t.commitState.Has(wordsKey(toks[k:end])) {
		return true
	}
	if k > 0 && f.sent[k-1] == f.sent[k] && t.promiser.Has(toks[k-1].Hash) {
		return true
	}
	first := f.sentFirst(k)
	for j := first; j < len(toks) && f.sent[j] == f.sent[k]; j++ {
		switch hj := toks[j].Hash; {
		case hj == t.iWillHash, hj == t.weWillHash,
			(hj == t.willHash || hj == t.shallHash) && j > first && (toks[j-1].Hash == t.iHash || toks[j-1].Hash == t.weHash):
			return !t.wishes(f, j)
		}
	}
	return false
}

// maxOfferGap bounds how many tokens apart a promise and the "if" of
// the condition that makes it an offer may stand (see Offered).
const maxOfferGap = 14

// Offered reports whether the commitment h is offered on the reader's
// wish rather than promised: its sentence holds, within maxOfferGap
// tokens of it and with no "but" between, an "if" and a condition of the
// reader's (readerIf: "If you want the barn lease, I'll send it over",
// "I'll redo the count Friday if that helps", "if it's okay with you,
// I'll pay"), or opens with "should you" ("Should you need the lease,
// I'll bring it"), or asks the reader to answer first ("Let me know and
// I'll send the lease"; letMeKnow). A condition on events ("I'll call you
// if the grange votes") leaves the promise a promise, and so does an "if"
// that asks whether, after a word of whenAsks ("I'll see if you have it").
func (t *Tables) Offered(f *Features, h Hit) bool {
	toks, k := f.Tokens, int(h.Tok)
	first, last, sn := f.sentFirst(k), f.sentLast(k), f.sent[k]
	if toks[first].Hash == t.shouldHash && f.hashIn(first+1, sn) == t.youHash || t.letMeKnow(f, first, k) {
		return true
	}
	for j := max(first, k-maxOfferGap); j <= min(last, k+maxOfferGap); j++ {
		if toks[j].Hash != t.ifHash || !t.readerIf(f, j+1) || j > first && t.whenAsk.Has(toks[j-1].Hash) {
			continue // "I'll check if Dana paid": whether, no condition
		}
		lo, hi := min(j, k), max(j, k)
		if !slices.ContainsFunc(toks[lo:hi], func(tk Token) bool { return tk.Hash == t.butHash }) {
			return true
		}
	}
	return false
}

// Recommends returns the words that recommend a step for writer and
// reader to take in the writer's point sd, and whether there are any:
// its sentence, no question, holds "we should" or "we ought to", where a
// clause opens (the sentence's start, a mark, or a word of stepLeads:
// "I think we should ask Dana for the lease", "so we should start
// today"), and the word of the step after it, past up to two stepHedges
// ("we should also wait"). A negation anywhere before it ("I don't think
// we should", "I'm not sure we should"), or "not" after ("we should not
// sign"), makes it a point against a step; a word of foreseeWords after
// foresees ("we should be on the list", "we should get it Friday"); "we
// should" after a noun ends a description ("the items we should list").
// The hit spans "we" to the step. The reasons quote it as a proposal;
// the features count it as the point it was.
func (t *Tables) Recommends(f *Features, sd Said) (Hit, bool) {
	toks, k := f.Tokens, int(sd.Tok)
	if f.sentAsks(k) {
		return Hit{}, false
	}
	first, sn := f.sentFirst(k), f.sent[k]
	for j := first; j+2 < len(toks) && f.sent[j+2] == sn; j++ {
		h := toks[j].Hash
		if t.negation.Has(h) {
			return Hit{}, false // "I don't think we should sign"
		}
		if h != t.weHash || j > first && toks[j-1].Kind == Word && !t.stepLead.Has(toks[j-1].Hash) {
			continue
		}
		v := j + 2 // "we should <step>"
		switch toks[j+1].Hash {
		case t.shouldHash:
		case t.oughtHash:
			if toks[j+2].Hash != t.toHash {
				continue
			}
			v++ // "we ought to <step>"
		default:
			continue
		}
		for n := 0; n < 2 && f.inSent(v, sn) && t.stepHedge.Has(toks[v].Hash); n++ {
			v++
		}
		if !f.inSent(v, sn) || toks[v].Kind != Word || t.negation.Has(toks[v].Hash) || t.foresee.Has(toks[v].Hash) {
			return Hit{}, false
		}
		return Hit{Kind: Proposal, Start: toks[j].Start, End: toks[v].End, Tok: int32(j)}, true
	}
	return Hit{}, false
}

// readerIf reports whether the condition that starts at token j is the
// reader's: "you", "you'd", "you're", "you've" ("if you agree", "if you'd
// rather"), "that", "this" or "it" and a word of suiting ("if that
// helps", "if this works"), or a word of consent, after "it's" or
// "that's" or on its own ("if it's okay with you", "if acceptable").
// It is wider than readerWishes, which a visit offered on a day needs:
// any condition of the reader's makes a promise an offer, but only a
// wish of theirs makes the writer's whereabouts one.
func (t *Tables) readerIf(f *Features, j int) bool {
	sn := f.sent[j-1]
	switch w := f.hashIn(j, sn); {
	case t.readerSubject.Has(w), t.consent.Has(w):
		return true
	case t.itIs.Has(w):
		return t.consent.Has(f.hashIn(j+1, sn))
	case w == t.thatHash || w == t.thisHash || w == t.itHash:
		return t.suitsIf.Has(f.hashIn(j+1, sn))
	}
	return false
}

// letMeKnow reports whether "let me" or "let us" stands between tokens
// first and j, the reader asked to answer ("let me know by Friday if").
func (t *Tables) letMeKnow(f *Features, first, j int) bool {
	for i := first; i+1 < j; i++ {
		if f.Tokens[i].Hash == t.letHash && t.meUs.Has(f.Tokens[i+1].Hash) {
			return true
		}
	}
	return false
}

// wishes reports whether the "will" at token w ("will", "we'll", "I'll")
// states a need, a wish or an absence rather than a promise: a wish verb
// follows it in its sentence ("we'll need the signed form", "I will want a
// copy"), or "look forward" ("I'll look forward to seeing you"), "be" and
// a word of eagerWords ("we'll be keen to learn…") or of awayWords ("I
// will be out Friday"), "not be" and a word of absentWords ("I will not
// be in the office Friday"), a leave taken ("I'll be on vacation in May",
// "we will be going on annual leave", "we'll go on holiday"; see
// onLeave), a wait to learn ("We'll see.", "we will see if the co-op
// agrees", "we'll see how it goes"), or a remark verb and "that", "this"
// or a comma ("I will say that…", "I'll admit, …"), any of them after an
// adverb of willAdverbWords ("we will still need a count"); or doubts it
// ("I'm not sure I'll be done"; see doubted) or hopes for it
// ("Hopefully, I'll see you then"; see hoped).
func (t *Tables) wishes(f *Features, w int) bool {
	toks := f.Tokens
	if w+1 >= len(toks) || f.sent[w+1] != f.sent[w] {
		return false
	}
	if t.doubted(f, w) || w > f.sentFirst(w) && t.doubted(f, w-1) {
		return true // "I'm not sure I'll be done by Friday", "not sure that we will": a doubt
	}
	if t.hoped(f, w) {
		return true // "Hopefully, I'll make the hay sale", "I hope we will be done": a hope
	}
	if w+2 < len(toks) && f.sent[w+2] == f.sent[w] && t.willAdverb.Has(toks[w+1].Hash) {
		w++ // "we will still need a count", "I'll probably be out Friday"
	}
	switch v := toks[w+1].Hash; {
	case t.wishVerb.Has(v):
		return true
	case v == t.lookHash:
		// "I'll look forward to it"; "I'll look into it" promises
		return w+2 < len(toks) && f.sent[w+2] == f.sent[w] && toks[w+2].Hash == t.forwardHash
	case v == t.goHash:
		return t.onLeave(f, w+2) // "we'll go on holiday in May"
	case v == t.seeHash:
		// "We'll see.", "we will see if the co-op agrees": the writer
		// waits to learn; "I'll see Dana Friday" promises a meeting
		n := w + 2
		return n >= len(toks) || f.sent[n] != f.sent[w] || toks[n].Kind == Punct ||
			toks[n].Hash == t.ifHash || toks[n].Hash == t.whetherHash || t.whWord.Has(toks[n].Hash)
	case v == t.notHash:
		// "I will not be in the office Friday", "we will not be able to
		// attend": notice of an absence
		return w+3 < len(toks) && f.sent[w+3] == f.sent[w] && toks[w+2].Hash == t.beHash && t.absent.Has(toks[w+3].Hash)
	case v != t.beHash || w+2 >= len(toks) || f.sent[w+2] != f.sent[w]:
	case t.eager.Has(toks[w+2].Hash), t.away.Has(toks[w+2].Hash):
		return true // "we'll be keen to learn…", "I'll be away until the 9th"
	case t.feels(f, w+2):
		return true // "I'll be terribly disappointed if the grange says no": a feeling
	case t.onLeave(f, w+2):
		return true // "I'll be on vacation after the 6th"
	case toks[w+2].Hash == t.goingHash:
		return t.onLeave(f, w+3) // "we will be going on annual leave"
	}
	if w+2 < len(toks) && t.remarkVerb.Has(toks[w+1].Hash) && f.sent[w+2] == f.sent[w] {
		n := toks[w+2]
		return n.Kind == Word && (n.Hash == t.thatHash || n.Hash == t.thisHash) || n.Kind == Punct && n.Char == ','
	}
	return false
}

// feels reports whether the words from token j, after "will be", name a
// feeling and no step: a word of feelWords, after at most one adverb
// (eagerAdverbs or a word ending in "-ly"), with no "to" after it. "I'll
// be thrilled if Dana signs" and "we will be very sorry when the barn
// goes" promise nothing; "I'll be happy to count the bales" does.
func (t *Tables) feels(f *Features, j int) bool {
	toks, sn := f.Tokens, f.sent[j-1]
	if !f.inSent(j, sn) {
		return false
	}
	if a := toks[j]; a.Kind == Word && (t.eagerAdverb.Has(a.Hash) || strings.HasSuffix(f.text[a.Start:a.End], "ly")) {
		j++
	}
	return f.inSent(j, sn) && t.feel.Has(toks[j].Hash) && f.hashIn(j+1, sn) != t.toHash
}

// onLeave reports whether the words from token j, in the sentence of the
// token before it, are "on", a word or none, and a word of leaveWords:
// "on vacation", "on annual leave", "on unpaid leave".
func (t *Tables) onLeave(f *Features, j int) bool {
	toks := f.Tokens
	in := func(k int) bool { return k < len(toks) && f.sent[k] == f.sent[j-1] && toks[k].Kind == Word }
	if !in(j) || toks[j].Hash != t.onHash {
		return false
	}
	return in(j+1) && t.leave.Has(toks[j+1].Hash) || in(j+2) && t.leave.Has(toks[j+2].Hash)
}

// questions finds question sentences and the bare "?".
func (t *Tables) questions(s string, f *Features) {
	toks := f.Tokens
	if strings.Trim(strings.TrimSpace(s), "?？!. ") == "" && strings.ContainsAny(s, "?？") {
		st := int32(strings.IndexAny(s, "?？"))
		f.Hits = append(f.Hits, Hit{Kind: BareQuestion, Start: st, End: int32(len(strings.TrimRight(s, " \n\t"))), Tok: int32(f.tokenAt(st))})
		return
	}
	for i := range toks {
		tk := &toks[i]
		if tk.Kind != Punct || (tk.Char != '?' && tk.Char != '？') {
			continue
		}
		if i > 0 && toks[i-1].Kind == Punct && (toks[i-1].Char == '?' || toks[i-1].Char == '？') {
			continue
		}
		if touchesBoth(toks, i) && toks[i-1].Kind == Word && toks[i+1].Kind == Word && !toks[i+1].Upper {
			continue // "Nu?ez", "Garc?a": a letter a lost charset turned to "?", no question
		}
		first, bracket := f.sentFirst(i), false
		for j := i - 1; j >= first; j-- { // a question in brackets starts in them
			if toks[j].Kind == Punct && toks[j].Char == ')' {
				break
			}
			if toks[j].Kind == Punct && toks[j].Char == '(' {
				first, bracket = j+1, true
				break
			}
		}
		if bracket && first == i-1 {
			continue // "Pat Quinlan (sp?)", "(right?)": a doubt about a word, no question
		}
		first = f.afterGreeting(first, i-1) // "Hi Hal, could you…?" asks from "could"
		first = f.afterShortForm(first, i)
		first = t.afterAside(f, first, i)
		if first == i {
			continue
		}
		if i-first <= 4 && t.rhetorical.Has(wordsKey(toks[first:i])) {
			continue // "Guess what?": a lead into what comes next, no question
		}
		start, end := toks[first].Start, tk.End
		nudge, decision := false, false
		for _, h := range f.Hits {
			if h.Start >= start && h.End <= end {
				switch h.Kind {
				case Nudge:
					nudge = true
				case DecisionQ:
					decision = true
				}
			}
		}
		if nudge && !decision {
			continue
		}
		f.Hits = append(f.Hits, Hit{Kind: Question, Start: start, End: end, Tok: int32(first)})
	}
}

// afterShortForm returns where the words of a clause that starts at token
// first (and ends before token end) begin after a short form written with
// stops and a comma ("i.e., will legal be involved?"), or first.
func (f *Features) afterShortForm(first, end int) int {
	toks := f.Tokens
	for j := first; j < end; j++ {
		tk := &toks[j]
		switch {
		case tk.Kind == Punct && tk.Char == ',':
			if j > first+1 {
				return j + 1
			}
			return first
		case tk.Kind == Punct && tk.Char == '.':
		case tk.Kind == Word && tk.End-tk.Start == 1:
		default:
			return first
		}
	}
	return first
}

// afterAside returns where a question set off by a short form inside a
// longer sentence (ending before token end) starts: after the last "e.g."
// or "i.e." (latinAside), with or without its comma, when the word after
// it opens a question ("…what comes next, e.g., can legal start today?");
// else first. Examples that finish the sentence's own question ("a
// preference, e.g. Tuesday or Wednesday?") leave it whole.
func (t *Tables) afterAside(f *Features, first, end int) int {
	toks := f.Tokens
	for j := end - 1; j > first; j-- {
		if toks[j].Kind != Word || !t.questionOpen.Has(toks[j].Hash) {
			continue
		}
		k := j - 1
		if toks[k].Kind == Punct && toks[k].Char == ',' {
			k--
		}
		if k-3 >= first && t.latinAside(toks, k+1) {
			return j
		}
	}
	return first
}

// timeAsks finds the proposals a phrase with one wildcard cannot: a
// question that asks whether a day, a time or a price suits the reader,
// however many words they take ("Does Tuesday at 10:00 work to walk your
// CFO through it?", "Would Monday, March 3 at 2pm suit you?", "Would $40
// a bale work for the grange?"). The verb after the date or the price
// becomes a proposal hit, so it overlaps neither. After "still" it
// proposes nothing: "does Thursday at 10 still work?" asks after a time
// already set, as "are we still set for Monday at 9?" does.
func (t *Tables) timeAsks(f *Features) {
	toks := f.Tokens
	n := len(f.Hits)
	for i := 0; i < n; i++ {
		h := f.Hits[i]
		if h.Kind != DateHit && h.Kind != TimeHit && h.Kind != Weekday && h.Kind != RelDay && h.Kind != Money && h.Kind != Percent {
			continue
		}
		sn, start, _ := f.Sentence(int(h.Tok)) // without a greeting: "Hi Mark, does Tuesday…"
		if first := f.tokenAt(start); toks[first].Kind != Word || !t.askAux.Has(toks[first].Hash) {
			continue
		}
		// the verb after the date, in a sentence that ends in "?"
		verb, asks := -1, false
		for j := f.hitEnd(&h); j < len(toks) && f.sent[j] == sn; j++ {
			if toks[j].Kind == Punct && (toks[j].Char == '?' || toks[j].Char == '？') {
				asks = true
				break
			}
			if verb < 0 && toks[j].Kind == Word && t.suits.Has(toks[j].Hash) {
				verb = j
			}
		}
		if !asks || verb < 0 || f.proposes(sn) || toks[verb-1].Hash == t.stillHash {
			continue // "does Thursday at 10 still work?" asks after a time set before
		}
		f.Hits = append(f.Hits, Hit{Kind: Proposal, Start: toks[verb].Start, End: toks[verb].End, Tok: int32(verb)})
	}
}

// offersOnDay finds the offers no phrase names: someone on the writer's
// side says they can take a step on a day or at a time the sentence
// names after it ("I can deliver the hay on Monday the 9th", "our vet can
// come out Tuesday morning", "Dana can walk the barn with you on the 12th").
// That "can" becomes a proposal hit. The doer is one of offerers, a name,
// or a word after a determiner ("the crew", "our vet"). None is made in a
// question, in a sentence that proposes already, after a negation or a
// doubt ("I don't think she can make Monday", "not sure they can"), after
// one of offerEmbeds ("if Dana can come Tuesday"), nor before a word
// that leaves the offer idle (idleAfterModal: "she can only guess").
func (t *Tables) offersOnDay(f *Features) {
	toks := f.Tokens
	for c := 1; c+1 < len(toks); c++ {
		sn := f.sent[c]
		if toks[c].Hash != t.canHash || f.sent[c+1] != sn || toks[c+1].Kind != Word || t.idleModal.Has(toks[c+1].Hash) ||
			t.persons.Has(toks[c+1].Hash) { // "Dana, can you…" asks
			continue
		}
		s := t.offerBy(f, c)
		// a negation is looked for before the doer, which may be several
		// tokens long: "I don't think the co-op can"
		if s < 0 || t.offerEmbedded(f, s) || t.doubted(f, s) || t.deniedBefore(f, s+1) {
			continue
		}
		if _, _, end := f.Sentence(c); f.asksAt(end) || f.proposes(sn) {
			continue
		}
		// the day, before any semicolon: "Dana can help; the hay goes out
		// on Friday" offers no day
		if f.hitBetween(c, f.clauseAfter(c), DateHit, Weekday, RelDay, TimeHit) {
			f.Hits = append(f.Hits, Hit{Kind: Proposal, Start: toks[c].Start, End: toks[c].End, Tok: int32(c)})
		}
	}
}

// wishesOnDay turns a pleasantry that wishes for a meeting
// (meetingWishes) into a proposal where its sentence names the day, the
// date or the clock time: "Let's chat Friday at 11 about the renewal",
// "Would love to grab 20 minutes Thursday at 10", "Love to find a time on
// March 3". It proposes the meeting then, as "could we meet on
// Thursday?" does; "would love to connect next week" leaves the choosing
// to the reader, and so does a day past a semicolon ("would love to
// connect sometime; I'm out Tuesday"). It runs once the dates are read
// (numbers).
func (t *Tables) wishesOnDay(f *Features) {
	for i := range f.Hits {
		h := &f.Hits[i]
		k := int(h.Tok)
		if h.Kind != Filler || !t.meetingWish.Has(wordsKey(f.Tokens[k:f.hitEnd(h)])) {
			continue
		}
		if f.hitBetween(f.clauseBefore(k), f.clauseAfter(k), Weekday, DateHit, TimeHit) {
			h.Kind = Proposal
		}
	}
}

// chasesOnDay turns a check-in phrase that holds a chase (chasePhrases)
// into a proposal where the writer puts a time to talk on the table: its
// clause names the day, the date or the clock time of the talk
// (talkDay), and among the maxJointGap tokens before the chase in the
// clause stands "time" ("Would Thursday at 2 be a good time to follow up
// on the install plan?") or a word of jointWords, "we" only in a question
// and not after one of jointPastWords ("Can we touch base Thursday at
// 2?", "Let's circle back Monday the 9th"; not "Did we touch base on
// Thursday?", nor a "we" far before the chase, as in "could you send the
// list we keep so I can follow up with them Monday?"). Like "could we
// meet on Thursday?" it asks the reader to a talk; "can we touch base
// next week?", "…before Friday?", "I'll follow up Thursday" and "we will
// follow up Thursday" leave the reader only the writer's chase. It runs
// once the dates are read (numbers).
func (t *Tables) chasesOnDay(f *Features) {
	if !slices.ContainsFunc(f.Hits, func(h Hit) bool { return talkTime(h.Kind) }) {
		return // most email names no day: spare the clause walks
	}
	for i := range f.Hits {
		h := &f.Hits[i]
		if h.Kind != Nudge {
			continue
		}
		k := int(h.Tok)
		c := t.chaseIn(f, k, f.hitEnd(h))
		if c < 0 {
			continue
		}
		lo := f.clauseBefore(k)
		if t.talkWordBefore(f, lo, c) && t.talkDay(f, lo, f.clauseAfter(k)) {
			h.Kind = Proposal
		}
	}
}

// talkWordBefore reports whether, among the maxJointGap tokens before the
// chase at token c and after token lo, stands "time" or a word of
// jointWords, "we" only in a question and not after a word of
// jointPastWords (see chasesOnDay).
func (t *Tables) talkWordBefore(f *Features, lo, c int) bool {
	for j := max(lo+1, c-maxJointGap); j < c; j++ {
		w := f.Tokens[j]
		switch {
		case w.Kind != Word:
		case w.Hash == t.timeHash:
			return true
		case !t.jointWord.Has(w.Hash) || j > 0 && t.jointPast.Has(f.Tokens[j-1].Hash):
		case w.Hash != t.weHash:
			return true
		default: // "we": only as a question asks it
			if _, _, end := f.Sentence(j); f.asksAt(end) {
				return true
			}
		}
	}
	return false
}

// talkDay reports whether a day, a date or a clock time stands between
// tokens lo and hi that could be the time of a talk: not one after a word
// of byHourWords, which bounds the time instead ("can we touch base
// before Friday?").
func (t *Tables) talkDay(f *Features, lo, hi int) bool {
	return slices.ContainsFunc(f.Hits, func(h Hit) bool {
		k := int(h.Tok)
		return talkTime(h.Kind) && k > lo && k < hi && !(k > 0 && t.byHour.Has(f.Tokens[k-1].Hash))
	})
}

// talkTime reports whether hits of kind k can name when a talk is held:
// a day, a date or a clock time.
func talkTime(k Kind) bool { return k == Weekday || k == DateHit || k == TimeHit }

// maxJointGap bounds the tokens between the word that makes a chase a
// talk and the chase: "can we touch base", "a good time to follow up".
const maxJointGap = 3

// chaseIn returns where a chase phrase (chasePhrases) starts among tokens
// k to end-1, -1 if none does: "follow up" in "to follow up on".
func (t *Tables) chaseIn(f *Features, k, end int) int {
	for a := k; a < end; a++ {
		for b := a + 1; b <= end && b-a <= maxChaseWords; b++ {
			if t.chase.Has(wordsKey(f.Tokens[a:b])) {
				return a
			}
		}
	}
	return -1
}

// maxChaseWords bounds the words of a chase phrase.
const maxChaseWords = 3

// clauseBefore returns the token before token k's clause within its
// sentence: the semicolon before it, or the token before the sentence.
func (f *Features) clauseBefore(k int) int {
	lo := k - 1
	for lo >= f.sentFirst(k) && !f.Tokens[lo].semicolon() {
		lo--
	}
	return lo
}

// clauseAfter returns the token after token k's clause within its
// sentence: the semicolon after it, or the token after the sentence.
// "Dana can help; the hay goes out on Friday" puts the day past the
// offer's clause.
func (f *Features) clauseAfter(k int) int {
	hi := k + 1
	for hi <= f.sentLast(k) && !f.Tokens[hi].semicolon() {
		hi++
	}
	return hi
}

// offerEmbedded reports whether a word of offerEmbeds stands before the
// doer at token s, so the offer is part of another clause ("if Dana can
// come Tuesday", "so they can ship by the 9th"). "If so" (ifSo) is a whole
// condition: "If so I can deliver Friday" offers.
func (t *Tables) offerEmbedded(f *Features, s int) bool {
	p := s - 1
	return p >= 0 && f.sent[p] == f.sent[s] && t.offerEmbed.Has(f.Tokens[p].Hash) && !t.ifSo(f, p)
}

// offerBy returns the first token of the doer before "can" at token c
// (see offersOnDay), or -1: one of offerers, a word after a determiner
// ("our team can", not "the can"), or a name in capitals that is no day,
// month, pronoun or word without content ("Dana can", not "This can" or
// "You can"). A word joined by hyphens is one doer: "the co-op can".
func (t *Tables) offerBy(f *Features, c int) int {
	toks, p := f.Tokens, c-1
	for p >= 2 && gluedHyphen(toks, p-1) && toks[p-2].Kind == Word && toks[p].Kind == Word {
		p -= 2
	}
	if f.sent[p] != f.sent[c] || toks[p].Kind != Word || t.nonOfferer.Has(toks[p].Hash) {
		return -1 // "Nobody can get into the barn Friday"
	}
	if t.offerer.Has(toks[p].Hash) {
		return t.joinedDoer(f, p)
	}
	if f.cls[p]&(wMonth|wWeekday) != 0 || t.capsObject.Has(toks[p].Hash) {
		return -1 // "Friday can", "You can", "the can"
	}
	if p > 0 && f.sent[p-1] == f.sent[c] && t.determiner[0].Has(toks[p-1].Hash) {
		return t.joinedDoer(f, p-1)
	}
	if toks[p].Upper && f.cls[p]&wStop == 0 {
		return t.joinedDoer(f, p)
	}
	return -1
}

// joinedDoer returns the first token of a doer that begins at token s
// with the doer joined before it by "and" or "or", a pronoun or a name
// ("Marta and I can", "so he and Dana can", whose "so" then shows): the
// first of the two, or s when none is joined.
func (t *Tables) joinedDoer(f *Features, s int) int {
	toks := f.Tokens
	if j := s - 2; j >= 0 && f.sent[j] == f.sent[s] && t.listJoin.Has(toks[s-1].Hash) && toks[j].Kind == Word &&
		(t.persons.Has(toks[j].Hash) || toks[j].Upper && f.cls[j]&wStop == 0) {
		return j
	}
	return s
}

// proposes reports whether sentence sn already holds a proposal hit.
func (f *Features) proposes(sn int) bool {
	for _, h := range f.Hits {
		if h.Kind == Proposal && f.sent[h.Tok] == sn {
			return true
		}
	}
	return false
}

// QuestionWords counts the words of question hit h that carry content of
// their own: four letters or more, no function word, in no phrase.
func (f *Features) QuestionWords(h Hit) int {
	c := 0
	for i, end := int(h.Tok), f.hitEnd(&h); i < end; i++ {
		tk := &f.Tokens[i]
		if tk.Kind == Word && !f.inPhrase[i] && tk.End-tk.Start >= 4 && f.cls[i]&wStop == 0 {
			c++
		}
	}
	return c
}

// takesUp reports whether the text takes up the question of the inbound
// message it replies to, outside its check-in sentences: it uses one of the
// question's content words, in any of their English forms ("the price for
// 50 seats?" — "our pricing is…"),
// or gives what the question asks for, a date or time for "when", a figure
// for "how much". A reply that only proposes a call, or asks for news,
// answers nothing, however substantive it is: the day and the hour of a
// call it proposes ("would Friday at 10:00 work?") say when to talk, not
// when what they asked about happens.
func (t *Tables) takesUp(f *Features) bool {
	nudge := f.nudgeSent
	if len(f.qctx) > 0 {
		for i, tk := range f.Tokens {
			if tk.Kind == Word && tk.End-tk.Start >= 4 && f.cls[i]&wStop == 0 && !nudge[f.sent[i]] {
				if _, ok := slices.BinarySearch(f.qctx, answerKey(f.text, tk)); ok {
					return true
				}
			}
		}
	}
	if f.qAsks == 0 {
		return false
	}
	for _, h := range f.Hits {
		if nudge[f.sent[h.Tok]] || f.scheduled&f.sentBit(int(h.Tok)) != 0 {
			continue
		}
		switch h.Kind {
		case DateHit, TimeHit, Weekday, Month, RelDay:
			if f.qAsks&askWhen != 0 {
				return true
			}
		case Money, Quantity, Percent, Number:
			if f.qAsks&askAmount != 0 {
				return true
			}
		}
	}
	return false
}

// proposalLengths drops a length of time from a sentence that proposes a
// step or asks for the reader's time: "could we find 15 minutes for a call
// next week" proposes a call, "whenever you have 5 minutes, let's connect"
// only asks, and neither length is a figure of news. A length that is
// itself the proposal phrase ("20 Minuten") stays a figure, as before.
func (t *Tables) proposalLengths(f *Features) {
	for i := range f.Hits {
		h := &f.Hits[i]
		if h.Kind != Quantity {
			continue
		}
		k := int(h.Tok)
		for k+1 < len(f.Tokens) && f.Tokens[k].End < h.End {
			k++
		}
		if !t.lengths.Has(f.Tokens[k].Hash) {
			continue
		}
		s := f.sent[h.Tok]
		var proposes, asks, isProposal bool
		for _, o := range f.Hits {
			if o.Kind != Proposal && o.Kind != Nudge && o.Kind != Filler || f.sent[o.Tok] != s {
				continue
			}
			switch overlaps := o.End > h.Start && h.End > o.Start; {
			case o.Kind == Proposal && overlaps:
				isProposal = true
			case o.Kind == Proposal:
				proposes = true
			case o.End <= h.Start:
				asks = true // "whenever you have 5 minutes", not "takes 45 minutes on your side"
			}
		}
		if proposes || asks && !isProposal {
			h.Kind = Covered
		}
	}
}

// AsksForTime reports whether hit h, a length of time, is what a question
// asks the reader to give: after one of timeAskVerbs, "me" or "us" between
// or not ("Can you find 15 minutes today?", "Could you give me 20 minutes
// on Friday?"), in a sentence that ends with a question mark. The length
// counts as a figure in the features; the reasons call the question the
// short meeting it proposes.
func (t *Tables) AsksForTime(f *Features, h Hit) bool {
	toks, k := f.Tokens, int(h.Tok)
	if h.Kind != Quantity || !t.lengths.Has(toks[f.hitEnd(&h)-1].Hash) {
		return false
	}
	j := k - 1
	if j >= 0 && t.objects.Has(toks[j].Hash) {
		j--
	}
	if j < 0 || f.sent[j] != f.sent[k] || !t.timeAsk.Has(toks[j].Hash) {
		return false
	}
	_, _, end := f.Sentence(k)
	return f.asksAt(end)
}

// isNudge reports whether h is a check-in phrase.
func isNudge(h Hit) bool { return h.Kind == Nudge }

// answersAt reports whether an answer starts at token i: a phrase that
// answers ("good question", "to your question") or a one-word answer set
// off by punctuation or a line break ("Yes, …", "Correct.", "Sí,"). A word
// that runs on into the sentence is not an answer: it is "if" in Spanish
// ("Si tiene…") and a negation in Spanish, Italian and Portuguese ("No he
// recibido…", "Non ho…", "Não recebi…"), and "Correct me if…", "Sure thing"
// and "Exactly what we need" answer nothing.
//
// An answer that stands on its own, set off whatever its length, is noted
// in AnswerTok for the reasons, and so is one that takes up what the
// reader offered (acceptances: "Count me in for two"), which also floors
// the email (Accepts), as does an acknowledgement standing with no
// check-in phrase in the email ("Got it.", "On it."; ackEnds). Put as
// a question ("That works for me?", "Any time works?") an acceptance
// answers nothing.
func (t *Tables) answersAt(f *Features, i int) bool {
	tk := f.Tokens[i]
	for _, h := range f.Hits {
		if h.Kind != AnswerWord || h.Start != tk.Start {
			continue
		}
		e := f.hitEnd(&h)
		stands := e == len(f.Tokens) || f.Tokens[e].Kind == Punct || f.Tokens[e].NL
		if t.acceptEnd.Has(f.Tokens[e-1].Hash) {
			if f.sentAsks(i) {
				continue // "Any time works?" asks whether the reader's does
			}
			f.accepts, stands = true, true
		} else if stands && t.ackEnd.Has(f.Tokens[e-1].Hash) && !slices.ContainsFunc(f.Hits, isNudge) {
			f.accepts = true // "Got it.", "On it, thanks.": nothing asked beside it
		}
		if stands {
			f.AnswerTok, f.answerEnd = int32(i)+1, int32(e)
		}
		if stands || h.End > tk.End {
			return true
		}
	}
	return false
}

// concrete counts the sentences that propose a next step and pin it down
// with a date, a time or a figure that is not in the past: the concrete
// proposal DESIGN.md counts as substance even behind a check-in phrase.
func (f *Features) concrete() float64 {
	// bit per sentence (the first 64); loud holds the proposals outside a
	// sentence that checks in
	var prop, loud, spec, day, clock uint64
	for _, h := range f.Hits {
		switch h.Kind {
		case Proposal:
			prop |= f.sentBit(int(h.Tok))
			if !f.nudgeSent[f.sent[h.Tok]] {
				loud |= f.sentBit(int(h.Tok))
			}
		case DateHit, Weekday, RelDay:
			day |= f.sentBit(int(h.Tok))
		case TimeHit:
			clock |= f.sentBit(int(h.Tok))
		case Month, Money, Quantity, Percent:
			spec |= f.sentBit(int(h.Tok))
		}
	}
	// a proposal noun with its day and time in a sentence that checks in
	// is the check-in's topic ("following up on the invite for Tuesday at
	// 10"): it schedules nothing new; proposedOnDay still floors a step
	// proposed there ("just checking in: can we meet Tuesday at 10?")
	f.scheduled = loud & day & clock
	n := bits.OnesCount64(prop & (spec | day | clock))
	if n > 3 {
		n = 3
	}
	return float64(n)
}

// promisedOnDay returns the sentences (sentBit) in which the writer
// commits (SaysWill) to hand material over or finish it by a day or time
// the sentence names ("I'll send the signed contract tomorrow", "we will
// have the revised bale quote to you by Thursday"), or to any step of
// their own on a day, a date or at a clock time the sentence names ("we'll
// have the crew out at the barn Thursday", "I'll swing by the farm on the
// 14th"; stepOnDay). A dated deliverable or step is something the reader
// can plan on, however short the note or whatever check-in stands beside
// it; a sentence that itself checks in or points back ("I'll follow up on
// the quote I sent next week") promises nothing.
func (t *Tables) promisedOnDay(f *Features) uint64 {
	var dated, named, material uint64
	for _, h := range f.Hits {
		switch h.Kind {
		case DateHit, TimeHit, Weekday:
			named |= f.sentBit(int(h.Tok))
			dated |= f.sentBit(int(h.Tok))
		case Month, RelDay:
			dated |= f.sentBit(int(h.Tok))
		case Material:
			material |= f.sentBit(int(h.Tok))
		}
	}
	var promised uint64
	for _, s := range f.Says {
		i := int(s.Tok)
		b, k := f.sentBit(i), f.sent[i]
		if s.Kind != SaysWill || dated&b == 0 || f.nudgeSent[k] || f.backSent[k] {
			continue
		}
		v := i + 1 // the verb after "I'll", or after "I will"
		if h := f.Tokens[i].Hash; h != t.iWillHash && h != t.weWillHash {
			v++
		}
		if !f.inSent(v, k) {
			continue
		}
		vh := f.Tokens[v].Hash
		if material&b != 0 && (t.handOver.Has(vh) || t.deliver.Has(vh)) || named&b != 0 && t.stepOnDay(f, v) {
			promised |= b
		}
	}
	return promised
}

// stepOnDay reports whether the verb at token v, after the writer's "I'll"
// or "we will", is a step of the writer's own (stepVerb). One adverb may
// come first ("we'll also bring the samples Tuesday"; verbAfter).
func (t *Tables) stepOnDay(f *Features, v int) bool {
	return t.stepVerbAt(f, t.verbAfter(f, v-1, f.sentLast(v)))
}

// stepVerbAt reports whether the verb at token v is a step the writer
// takes: no word of heldOffVerbs ("I'll follow up Tuesday", "I'll be out
// until Monday", "I'll try you again Friday"), no idle or negating word
// ("I will not…"), and no "get back" ("I'll get back to you Monday").
func (t *Tables) stepVerbAt(f *Features, v int) bool {
	toks := f.Tokens
	h := toks[v].Hash
	if toks[v].Kind != Word || t.heldOff.Has(h) || t.idleModal.Has(h) || t.negation.Has(h) {
		return false
	}
	return h != t.getHash || !f.inSent(v+1, f.sent[v]) || toks[v+1].Hash != t.backHash
}

// pricedProposal returns the sentences (sentBit) that propose a step
// (Proposes) at a price or a share the sentence names ("we can do $3.80 a
// bale if you take 500", "we could take 8% off the hay"), outside any
// sentence that nudges, fills or points back at what the reader has.
func (t *Tables) pricedProposal(f *Features) uint64 {
	return t.proposedIn(f, f.sentsWith(Money, Percent), true)
}

// proposedOnDay returns the sentences (sentBit) that propose a step
// (Proposes) on a day they name (on, from sentsOnDay): "could we set up a
// call with your CFO on Thursday?", "Can we schedule a quick call on
// March 3?", "How about a call this afternoon?". "Next week" names no day:
// "does any time next week work?" leaves the choosing to the reader.
func (t *Tables) proposedOnDay(f *Features, on uint64) uint64 {
	return t.proposedIn(f, on, false)
}

// sentsOnDay returns the sentences (sentBit) that name a day: by its
// name or date, or as a relative day that pins one (dayPins: "tomorrow",
// "this afternoon", "demain matin"), not a span ("next week", "end of
// the month").
func (t *Tables) sentsOnDay(f *Features) uint64 {
	in := f.sentsWith(DateHit, Weekday)
	for _, h := range f.Hits {
		if h.Kind != RelDay {
			continue
		}
		for i, end := int(h.Tok), f.hitEnd(&h); i < end; i++ {
			if t.dayPin.Has(f.Tokens[i].Hash) {
				in |= f.sentBit(i)
				break
			}
		}
	}
	return in
}

// askedOnDay returns the sentences (sentBit) that ask whether the writer
// may take a step on a day they name (in, from sentsOnDay): "Can we ship
// the 40 pallets Tuesday?", "Should I call Kim tomorrow?", "…, or shall
// we drop the samples off on the 12th?". The question opens its sentence
// (past a greeting, or after the "or" that offersAfter splits off) with
// one of stepModals and the writer, and the verb after them is a step
// (stepVerbAt) but not one of askedIdleVerbs, which ask for what the
// reader will give ("can we expect a decision Friday?", "could I get an
// answer by Tuesday?"). Sentences that nudge or point back are left out.
func (t *Tables) askedOnDay(f *Features, in uint64) uint64 {
	if in == 0 {
		return 0
	}
	var asked uint64
	for k := range f.nudgeSent {
		if k >= 64 || in&(1<<k) == 0 || f.nudgeSent[k] || f.backSent[k] {
			continue
		}
		first, last := int(f.opens[k]), int(f.opens[k+1])-1
		i := f.afterGreeting(first, last)
		if i < last && f.Tokens[i].Hash == t.orHash {
			i++
		}
		if i+2 > last || !t.stepModal.Has(f.Tokens[i].Hash) || !t.writer.Has(f.Tokens[i+1].Hash) || !f.sentAsks(i) {
			continue
		}
		if v := t.verbAfter(f, i+1, last); t.asksToGet(f, v) || !t.stepVerbAt(f, v) {
			continue // "can we still count on Friday?"
		}
		asked |= 1 << k
	}
	return asked
}

// sentsWith returns the sentences (sentBit) that hold a hit of kind a or b.
func (f *Features) sentsWith(a, b Kind) uint64 {
	var in uint64
	for _, h := range f.Hits {
		if h.Kind == a || h.Kind == b {
			in |= f.sentBit(int(h.Tok))
		}
	}
	return in
}

// sentsWithPrice returns the sentences (sentBit) with a quantity counted
// in a currency's name ("40 euros", "300 Dollar"), which is money as much
// as "€40" is.
func (t *Tables) sentsWithPrice(f *Features) uint64 {
	var in uint64
	for _, h := range f.Hits {
		if h.Kind != Quantity {
			continue
		}
		if k := f.hitEnd(&h) - 1; t.currency.Has(f.Tokens[k].Hash) {
			in |= f.sentBit(k)
		}
	}
	return in
}

// proposedIn returns those of the sentences in (sentBit) that hold a
// proposal hit proposing a step (Proposes), leaving out the sentences that
// nudge, fill or point back (nudgeSent, backSent) when quiet is set.
func (t *Tables) proposedIn(f *Features, in uint64, quiet bool) uint64 {
	if in == 0 {
		return 0
	}
	var proposed uint64
	for _, h := range f.Hits {
		b, k := f.sentBit(int(h.Tok)), f.sent[h.Tok]
		if h.Kind != Proposal || in&b == 0 || proposed&b != 0 || quiet && (f.nudgeSent[k] || f.backSent[k]) {
			continue
		}
		if t.Proposes(f, h) {
			proposed |= b
		}
	}
	return proposed
}

// reportedDone returns the sentences (sentBit) that report a step of the
// deal taken or decided, by the writer's side, the reader's or anyone's:
// a done word, of a news phrase or a commitment's ("the vet is booked for
// Friday"; not one said of the reader, see readerDone), that DoneNews
// reads as news ("Legal approved the contract", "the co-op signed the
// lease"; of the vagueDone words only a change someone made, see
// actedChange), in a statement, not a question, and in no sentence that
// nudges, fills or points back at what the reader has ("Just checking in.
// Legal approved the contract." reports it after the nudge).
func (t *Tables) reportedDone(f *Features) uint64 {
	asked := f.sentsWith(Question, DecisionQ) // a bare "?" holds no news to report
	var reported uint64
	for _, h := range f.Hits {
		k, b := f.sent[h.Tok], f.sentBit(int(h.Tok))
		if h.Kind != News && h.Kind != Commit || reported&b != 0 || asked&b != 0 || f.nudgeSent[k] || f.backSent[k] {
			continue
		}
		if t.vagueDone.Has(f.Tokens[h.Tok].Hash) && !t.actedChange(f, int(h.Tok)) {
			continue
		}
		if h.Kind == Commit && t.readerDone(f, int(h.Tok)) {
			continue
		}
		if _, news := t.DoneNews(f, h); news {
			reported |= b
		}
	}
	return reported
}

// closedState reports whether token k is "closed" (closedWords) said of a
// state, after a form of "be" or "stay" (stateBeForms: "the office is
// closed Friday", "the showroom will be closed over the holidays", "la
// oficina estará cerrada el viernes", "l'ufficio resterà chiuso"): what
// is shut, which DoneNews reads as no news, though the model still counts
// the word. "We closed the deal", "the sale closed", "cerramos el
// acuerdo" and "abbiamo chiuso l'accordo" report a step taken.
func (t *Tables) closedState(f *Features, k int) bool {
	return t.closed.Has(f.Tokens[k].Hash) && f.inSent(k-1, f.sent[k]) && t.stateBe.Has(f.Tokens[k-1].Hash)
}

// readerDone reports whether the done word at token k is said of the
// reader, "you" or a contraction of it (readerSubject) among the three
// words before it ("you are booked to sign the lease", "you're booked
// for Friday"): the reader knows their own step already. "Your order is
// confirmed" still tells them news.
func (t *Tables) readerDone(f *Features, k int) bool {
	return t.readerBefore(f, k, 3)
}

// readerBefore reports whether "you" or a contraction of it
// (readerSubject) stands among the n words before token k, in its
// sentence.
func (t *Tables) readerBefore(f *Features, k, n int) bool {
	for j := k - 1; j >= k-n && f.inSent(j, f.sent[k]); j-- {
		if t.readerSubject.Has(f.Tokens[j].Hash) {
			return true
		}
	}
	return false
}

// announcedChange returns the sentences (sentBit) that announce a change
// of a price or a share on a day: a rise-and-fall word said as happening
// or to come ("our bale price goes up 8% on January 1", "the grange
// raises its rent to $900 on Monday", "the diesel surcharge will drop
// 3% next month"; see riseFallNow, and each language's rises: "el precio
// baja a 40 euros desde el lunes"), with a Money or Percent figure, or a
// quantity counted in a currency's name (sentsWithPrice), and a date, a
// weekday, a month or a day like "tomorrow" in the same sentence. It is
// news the reader cannot have yet, as a step taken is. A question, a
// negation before the word, a condition ("if the rate rises 2% in May";
// in another language a word of its modals: "si el precio baja…"), and
// a sentence that nudges, fills or points back announce nothing. Each
// announcement is said (SaysNews) for the reasons to quote; the dense
// features, counted before, do not see it. Like the other floors it reads
// the first 64 sentences (sentBit).
func (t *Tables) announcedChange(f *Features) uint64 {
	if f.classes&wRise == 0 {
		return 0 // no word that may say so: most texts
	}
	toks := f.Tokens
	both := (f.sentsWith(Money, Percent) | t.sentsWithPrice(f)) & (f.sentsWith(DateHit, Weekday) | f.sentsWith(Month, RelDay))
	if both == 0 {
		return 0
	}
	return f.sentencesWhere(wRise, 1, func(k, sn int) bool {
		if both&f.sentBit(k) == 0 || !t.risesOrFalls(f, k) || t.deniedBefore(f, k) || f.sentAsks(k) ||
			slices.ContainsFunc(toks[f.sentFirst(k):k], func(tk Token) bool {
				return tk.Hash == t.ifHash || tk.Hash == t.whetherHash || tk.Hash == t.unlessHash ||
					f.found > 0 && t.modal[f.found].Has(tk.Hash) // "si el precio baja…", "wenn der Preis sinkt…"
			}) {
			return false
		}
		end := toks[k].End
		if f.inSent(k+1, sn) && t.upDown.Has(toks[k+1].Hash) {
			end = toks[k+1].End // "goes up"
		}
		f.Says = append(f.Says, Said{Kind: SaysNews, Start: toks[k].Start, End: end, Tok: int32(k)})
		return true
	})
}

// figureChanged returns the sentences (sentBit) that tell a figure's new
// value: a Money, Percent, Quantity or Number hit right after a word of
// changedWords ("the rent rose to $900", "the surcharge dropped 3%",
// "the quote went up to $950") or after "now" that follows one of
// riseFallBe ("the total is now $900", "it's now down to $6"), with one
// of figureLinks and "up" or "down" allowed between. The reader cannot
// have it yet, as with a price that changes on a day (announcedChange),
// so no day is needed. A figure repeated from the thread
// (RepeatedNumber), a question, a change word right after "to" ("they
// plan to cut to 75 bales"), one framed as a step still to take, as
// DoneNews reads a done word (framedAsStep: "it should be reduced to
// $800", "I'd want the price lowered to $6", "if the rent is now $900",
// "the rent hasn't dropped"), and a sentence that nudges, fills or
// points back tell nothing new. Each is said (SaysNews) for the reasons
// to quote.
func (t *Tables) figureChanged(f *Features) uint64 {
	return f.newsAtHits(func(p, sn int, _ Kind) int {
		j := p - 1
		if t.figureLink.Has(f.hashIn(j, sn)) {
			j--
		}
		upDown := t.upDown.Has(f.hashIn(j, sn))
		if upDown {
			j--
		}
		w := f.hashIn(j, sn)
		said := (t.changed.Has(w) || upDown && t.changedGo.Has(w)) && f.hashIn(j-1, sn) != t.toHash ||
			w == t.nowHash && t.riseBe.Has(f.hashIn(j-1, sn))
		if !said || f.sentAsks(p) || t.framedAsStep(f, j) {
			return -1
		}
		return j
	}, t.figureKinds)
}

// newsAtHits is newsWhere for the floors that start from a hit: each hit
// whose kind is in kinds (kindsWhere) is offered to said, unless its
// sentence nudges, fills or points back or an earlier hit held for it;
// said, given the hit's token, sentence and kind, returns the token to
// say as news (SaysNews), or -1 when the hit tells none.
func (f *Features) newsAtHits(said func(p, sn int, k Kind) int, kinds uint64) uint64 {
	var marked uint64
	for _, h := range f.Hits {
		if kinds&(1<<h.Kind) == 0 {
			continue
		}
		p := int(h.Tok)
		b, sn := f.sentBit(p), f.sent[p]
		if b == 0 || marked&b != 0 || f.nudgeSent[sn] || f.backSent[sn] {
			continue
		}
		if j := said(p, sn, h.Kind); j >= 0 {
			f.sayWord(SaysNews, j)
			marked |= b
		}
	}
	return marked
}

// kindsWhere returns the hit kinds is holds for as bits of one word, for
// a hot loop to test with a mask instead of a call (every Kind is below
// 64; see kindsFit).
func kindsWhere(is func(Kind) bool) uint64 {
	var m uint64
	for k := Kind(0); k <= BookingLink; k++ {
		if is(k) {
			m |= 1 << k
		}
	}
	return m
}

// kindsFit does not compile unless the last Kind, and so every Kind, fits
// a bit of kindsWhere's word.
const kindsFit uint64 = 1 << BookingLink

// sentencesWhere returns the sentences (sentBit, the first 64) in which
// a word of class bit, from token from on, meets holds: the floors' one
// scan. Words in a sentence that nudges, fills or points back are not
// offered to holds, nor are those of a sentence it already held for.
func (f *Features) sentencesWhere(bit int32, from int, holds func(k, sn int) bool) uint64 {
	if f.classes&bit == 0 {
		return 0 // no word that may say so: most texts
	}
	var marked uint64
	for k := from; k < len(f.Tokens); k++ {
		if f.cls[k]&bit == 0 {
			continue // most words: no lookup of their sentence
		}
		b, sn := f.sentBit(k), f.sent[k]
		if b == 0 || marked&b != 0 || f.nudgeSent[sn] || f.backSent[sn] {
			continue
		}
		if holds(k, sn) {
			marked |= b
		}
	}
	return marked
}

// newsWhere is sentencesWhere for the news floors: each word that holds
// is said as news (SaysNews).
func (f *Features) newsWhere(bit int32, from int, holds func(k, sn int) bool) uint64 {
	return f.sentencesWhere(bit, from, func(k, sn int) bool {
		if !holds(k, sn) {
			return false
		}
		f.sayWord(SaysNews, k)
		return true
	})
}

// sayWord says the word at token k as a statement of the given kind, for
// the reasons to quote its sentence.
func (f *Features) sayWord(kind SaidKind, k int) {
	f.Says = append(f.Says, Said{Kind: kind, Start: f.Tokens[k].Start, End: f.Tokens[k].End, Tok: int32(k)})
}

// conditioned reports whether one of condLead ("if", "whether",
// "unless", "once", "when") comes before token k in its sentence: what
// follows is a condition, not a statement.
func (t *Tables) conditioned(f *Features, k int) bool {
	return slices.ContainsFunc(f.Tokens[f.sentFirst(k):k], func(tk Token) bool { return t.condLead.Has(tk.Hash) })
}

// hitBetween reports whether a hit of one of kinds starts at a token
// after lo and before hi.
func (f *Features) hitBetween(lo, hi int, kinds ...Kind) bool {
	return slices.ContainsFunc(f.Hits, func(h Hit) bool {
		return int(h.Tok) > lo && int(h.Tok) < hi && slices.Contains(kinds, h.Kind)
	})
}

// writerIn reports whether token j, in sentence sn, is "I" or "we"
// (wSubject).
func (f *Features) writerIn(j, sn int) bool { return f.inSent(j, sn) && f.cls[j]&wSubject != 0 }

// movedToTime returns the sentences (sentBit) that report a plan moved to
// a new time: a word of movedWords and, at most maxLinkGap words on in
// its sentence, "to", "until" or "till" with a time right after it
// (timeNext): "the grange moved the auction to Saturday the 12th", "Dana
// pushed the hay delivery back to Friday", "the walk-through was bumped
// until next week". The reader learns when it now happens. A question, a
// modal, a condition or a negation before the word ("it can be moved to
// Friday", "if we pushed it to May"; framedAsStep), a plan the reader
// moved ("you moved the call to Friday"; readerDone), a determiner ("the
// moved date") and a sentence that nudges, fills or points back report
// none. Each is said (SaysNews) for the reasons to quote.
func (t *Tables) movedToTime(f *Features) uint64 {
	toks := f.Tokens
	return f.newsWhere(wMoved, 1, func(k, sn int) bool {
		if f.inSent(k-1, sn) && t.determiner[0].Has(toks[k-1].Hash) || t.readerDone(f, k) || t.framedAsStep(f, k) {
			return false
		}
		to := k + 1
		for ; to <= k+maxLinkGap && f.inSent(to, sn) && !t.movedTo.Has(toks[to].Hash); to++ {
		}
		return f.inSent(to, sn) && t.movedTo.Has(toks[to].Hash) && t.timeNext(toks, to+1) && !f.sentAsks(k)
	})
}

// nowAtTime returns the sentences (sentBit) that give a plan's new time
// with "now": a date, a time, a day or a month right after "now", or
// after "now" and one of nowLinks ("Resending the invite, now for
// Wednesday at 2", "the call is now Thursday at 10", "the demo is now on
// the 12th"). The reader learns when it happens, as from a plan moved
// (movedToTime). "Now" after one of nowLeads is the present moment
// ("right now Friday looks good", "for now Tuesday holds"); a question, a
// modal, a condition or a negation before it ("if it's now on Friday";
// framedAsStep) and a sentence that nudges, fills or points back tell no
// new time. Each is said (SaysNews) for the reasons to quote.
func (t *Tables) nowAtTime(f *Features) uint64 {
	return f.newsAtHits(func(p, sn int, _ Kind) int {
		j := p - 1
		if f.hashIn(j, sn) == t.theHash && t.nowLink.Has(f.hashIn(j-1, sn)) {
			j-- // "now on the 12th"
		}
		if t.nowLink.Has(f.hashIn(j, sn)) {
			j--
		}
		if f.hashIn(j, sn) != t.nowHash || t.nowLead.Has(f.hashIn(j-1, sn)) || f.sentAsks(p) || t.framedAsStep(f, j) {
			return -1
		}
		return j
	}, t.timeKinds)
}

// maxCanGap bounds how many words may stand between a form of "can" and
// the "now" of a language other than English after it: German and Dutch
// put the object there ("wir können die Anlage jetzt liefern").
const maxCanGap = 2

// canBefore reports whether a form of "can" (canNowWords) comes right
// before the "now" at token k, or, for the other languages' "now", up to
// maxCanGap words before it in its sentence.
func (t *Tables) canBefore(f *Features, k int) bool {
	gap := 0
	if f.Tokens[k].Hash != t.nowHash {
		gap = maxCanGap
	}
	for j := k - 1; j >= k-1-gap && f.inSent(j, f.sent[k]); j-- {
		if f.Tokens[j].Kind != Word {
			return false
		}
		if t.canNow.Has(f.Tokens[j].Hash) {
			return true
		}
	}
	return false
}

// nowDoes returns the sentences (sentBit) that tell what someone newly
// does or can do: "now" before a word of nowVerbs ("we now support SSO on
// every plan", "our support team now covers weekends"), or "can now" and
// a verb ("the warehouse can now ship same day", "you can now log in";
// in French, German and Dutch too, canNowWords and nowWords: "nous
// pouvons maintenant livrer", "wir können jetzt liefern").
// The reader cannot know it yet, as with a figure's new value
// (figureChanged). "Now" after one of nowLeads is the present moment
// ("for now we support two plans"), the reader's own doing is no news to
// them ("I know you now have a new CFO"); a question, a condition before it
// ("if you now support SSO"), a negation just before ("we don't now
// offer"), and a sentence that nudges, fills or points back tell nothing
// new. Each is said (SaysNews) for the reasons to quote.
func (t *Tables) nowDoes(f *Features) uint64 {
	toks := f.Tokens
	return f.newsWhere(wNow, 1, func(k, sn int) bool {
		if !f.inSent(k+1, sn) || !f.inSent(k-1, sn) {
			return false
		}
		p, v := toks[k-1].Hash, toks[k+1]
		if t.nowLead.Has(p) || v.Kind != Word || !(t.nowVerb.Has(v.Hash) && !t.readerSubject.Has(p) || t.canBefore(f, k)) {
			return false
		}
		return !f.sentAsks(k) && !t.conditioned(f, k) && !t.deniedBefore(f, k)
	})
}

// plannedOnDay returns the sentences (sentBit) that tell what someone
// will do, or what will happen, at a time the sentence names after the
// "will": "Legal will send the redlines by Friday", "The carrier will
// pick up the pallets Tuesday morning", "Kim will be out next week", "the
// mill will be closed Monday". The reader learns a dated plan here, as
// from the writer's own dated promise (promisedOnDay). The "will" follows
// a word of its sentence other than "I" or "we" (one that opens it asks
// or is the writer's elided "I"; the writer's own "we will need your
// decision by Friday" is pressure, and a promise of theirs is
// promisedOnDay's), or is a contraction of plannedWills ("they'll",
// "she'll"). These tell no plan: a question; a condition before the
// "will" ("if Kim will join Friday") or one that holds the time ("…will
// accept the cap if we sign by Friday"); a hope or a modal before it
// (framedAsStep); a negation or a word of passing news on after it ("will
// not go up", "Dana will tell us on Friday": news still to come); a
// pleasantry ("it will be great to see you Friday"; pleasedWords after
// "be"); a sentence that proposes (its reasons say so: "Lisa will invite
// you to dinner on Monday"); and one that nudges, fills or points back.
// Each plan is said (SaysNews) for the reasons to quote.
func (t *Tables) plannedOnDay(f *Features) uint64 {
	toks := f.Tokens
	return f.newsAtHits(func(p, sn int, _ Kind) int {
		first, w := f.sentFirst(p), -1
		for j := p - 1; j >= first && w < 0; j-- {
			if h := toks[j].Hash; h == t.willHash && j > first && toks[j-1].Kind == Word && f.cls[j-1]&wSubject == 0 ||
				f.cls[j]&wWill != 0 && t.plannedWill.Has(h) {
				w = j
			}
		}
		if w < 0 || !f.inSent(w+1, sn) || f.sentAsks(p) || t.conditioned(f, w) || t.framedAsStep(f, w) || f.proposes(sn) {
			return -1
		}
		switch v := toks[w+1].Hash; {
		case t.negation.Has(v), t.announce.Has(v):
			return -1 // "the price will not go up", "Dana will tell us on Friday"
		case v == t.beHash && f.inSent(w+2, sn) && t.pleased.Has(toks[w+2].Hash):
			return -1 // "it will be great to see you Friday"
		}
		if slices.ContainsFunc(toks[w+1:p], func(tk Token) bool { return t.condLead.Has(tk.Hash) }) {
			return -1 // "Credit will accept a $5MM cap if we get it signed by Friday": the day is the condition's
		}
		return w
	}, t.timeKinds)
}

// happensOnDay returns the sentences (sentBit) that tell what happens, or
// happened, at a time the sentence names after the verb: "The second lot
// goes out Friday", "the truck leaves Tuesday", "Kim starts on Monday",
// "the grange meets Thursday", "the inspector is coming Thursday"
// (happeningAt), "the hay went out this morning" (happenedAt). The verb is
// one of happenVerbs, happeningVerbs or happenedVerbs, in one clause with
// the time and at most maxLinkGap words before it ("Because the co-op
// meets soon, please send the count by Friday" dates the request), with no
// "up" or "down" after it (a price that goes up on a day is
// announcedChange's to judge, by its figure). It is said of someone or
// something other than the writer or the reader: the word before it, or
// before its form of "be" (beLead), is no "I" or "we" (the writer's own
// "we ship Tuesday" is promisedOnDay's to judge), and the reader is no
// subject in the clause (readerIn: "before you leave Friday" times a wish,
// "you said the board meets on the 14th" recalls the reader's own word). A
// meeting of theirs ("the call starts Tuesday at 10"; talks) and a
// sentence that says it reminds ("as a reminder, the auction starts
// Saturday"; reminds) tell the reader what they know. As for plannedOnDay,
// a question, a condition, a hope, a modal or a negation before the verb
// (framedAsStep), a sentence that proposes, and one that nudges, fills or
// points back tell no plan. Each plan is said (SaysNews) for the reasons
// to quote.
func (t *Tables) happensOnDay(f *Features) uint64 {
	return f.newsAtHits(func(p, sn int, k Kind) int {
		return t.happensAt(f, p, f.clauseStart(p), k)
	}, t.happenKinds)
}

// happensAt returns the token of the verb that tells what happens, or
// happened, at time hit p of kind k, looking back no further than token
// start (see happensOnDay), or -1. A day that lies behind ("yesterday",
// "last week"), which extraction leaves Covered, dates only a verb of
// happenedVerbs ("the delivery went out yesterday"). Such a past verb
// names no news where it goes on about what the reader holds: after a
// relative word ("the quote that went out Friday"), or with material or
// a message of the writer's before it in its clause ("the proposal went
// out last week", "my note went out Monday"), which points back as "the
// proposal I sent" does.
func (t *Tables) happensAt(f *Features, p, start int, k Kind) int {
	toks := f.Tokens
	behind := k == Covered
	if behind && !t.behind.Has(toks[p].Hash) {
		return -1 // a day inside a date, or the verb "may"
	}
	v, lead, past, later := -1, -1, false, false
	for j, words := p-1, 0; j > start && v < 0 && words <= maxLinkGap; j-- {
		if toks[j].Kind == Word {
			words++
		}
		switch w := toks[j].Hash; {
		case !behind && (t.happens.Has(w) || t.happensAbroadAt(f, j)):
			v, lead = j, j
		case !behind && t.happeningAt(f, j):
			v, lead = j, t.beLead(f, j)
		case t.happenedAt(f, j):
			v, lead, past = j, j, true
		default:
			if l := t.undergoneAt(f, j); l >= 0 {
				v, lead, past = j, l, true
			}
		}
	}
	if v < 0 && !behind {
		v = t.happensLater(f, p, start) // German or Dutch: the verb after its day, its subject unread
		later = v >= 0
	}
	if v < 0 || !later && (lead <= start || toks[lead-1].Kind != Word) || t.upDown.Has(f.hashIn(v+1, f.sent[v])) {
		return -1 // "our bale price goes up on January 1": news with its figure only (announcedChange)
	}
	if t.readerIn(f, start, v) || !later && (f.cls[lead-1]&wSubject != 0 || t.talks.Has(toks[lead-1].Hash)) {
		return -1 // "we ship Tuesday", "our call starts at 10", "you said the board meets on the 14th"
	}
	if past && (t.relatives.Has(toks[v-1].Hash) || t.relatives.Has(toks[lead-1].Hash) ||
		f.hitBetween(start-1, v, Material) ||
		slices.ContainsFunc(toks[start:v], func(tk Token) bool { return t.pastNoun.Has(tk.Hash) })) {
		return -1
	}
	if f.sentAsks(p) || t.conditioned(f, v) || t.framedAsStep(f, v) || f.proposes(f.sent[p]) || t.reminds(f, v) {
		return -1
	}
	return v
}

// happensLater returns the token of another language's happen word
// (happensAbroad) after time hit p, at most maxLinkGap words on in its
// clause, where the text's language puts the verb last (verbLast): in a
// clause that follows another ("…, weil die Lieferung am Donnerstag um 7
// Uhr kommt", "omdat de levering donderdag komt") or after a day that
// opens the sentence ("Am Donnerstag kommt die Lieferung"). A condition
// (finalConds: "wenn die Lieferung am Donnerstag kommt") tells none. It
// returns -1 when there is none.
func (t *Tables) happensLater(f *Features, p, start int) int {
	if f.found == 0 || !languages[f.found-1].verbLast ||
		slices.ContainsFunc(f.Tokens[start:p], func(tk Token) bool { return t.finalCond.Has(tk.Hash) }) {
		return -1
	}
	n := f.sent[p]
	for j, words := p+1, 0; f.inSent(j, n) && !f.clauseMark(j) && words <= maxLinkGap; j++ {
		if f.Tokens[j].Kind != Word {
			continue
		}
		words++
		if t.happensAbroadAt(f, j) {
			return j
		}
	}
	return -1
}

// readerIn reports whether the reader is a subject from token from to
// the one before token to: a "you" there ("you said the board meets on
// the 14th", "before you leave Friday") but one told something ("to let
// you know the truck left", "to tell you"; announceWords).
func (t *Tables) readerIn(f *Features, from, to int) bool {
	for i := from; i < to; i++ {
		if t.readerSubject.Has(f.Tokens[i].Hash) && !(i > from && t.announce.Has(f.Tokens[i-1].Hash)) {
			return true
		}
	}
	return false
}

// happeningAt reports whether the word at token j tells in the
// progressive what happens (happeningVerbs) after a form of "be": "the
// inspector is coming Thursday", "the hay is going out Friday" (one of
// particleVerbs with its particle).
func (t *Tables) happeningAt(f *Features, j int) bool {
	return t.happening.Has(f.Tokens[j].Hash) && t.beForms.Has(f.hashIn(j-1, f.sent[j])) && t.particleHeld(f, j)
}

// particleHeld reports whether the verb at token j, if it is one of
// particleVerbs, has a word of happenedParticles right after it ("went
// out", "going out"), and, if it is one of handoverVerbs, a word of
// handoverParticles ("taking over"); any other verb holds.
func (t *Tables) particleHeld(f *Features, j int) bool {
	w, next := f.Tokens[j].Hash, f.hashIn(j+1, f.sent[j])
	switch {
	case t.particleVerb.Has(w):
		return t.happenedParticle.Has(next)
	case t.handover.Has(w):
		return t.handoverParticle.Has(next)
	}
	return true
}

// beLead returns the first token of the verb chain that ends at token j:
// back over the forms of "be" and a "will" before them ("is coming",
// "will be arriving"), so that the word before it is the subject.
func (t *Tables) beLead(f *Features, j int) int {
	n := f.sent[j]
	for j > 0 && f.inSent(j-1, n) && (t.beForms.Has(f.Tokens[j-1].Hash) || f.Tokens[j-1].Hash == t.willHash) {
		j--
	}
	return j
}

// happenedAt reports whether the word at token j tells in the past what
// happened (happenedVerbs): one of particleVerbs with a word of
// happenedParticles after it ("went out", "came in", "kicked off"; "the
// call went well" says how, not what), and "left" only where something
// set off (departs).
func (t *Tables) happenedAt(f *Features, j int) bool {
	w := f.Tokens[j].Hash
	return t.happened.Has(w) && t.particleHeld(f, j) && (w != t.leftHash || t.departs(f, j))
}

// undergoneAt returns the first token of the passive chain (passiveLead)
// whose participle at token j tells what was done to something (lr.347),
// or -1: a participle right after "was", "were" or "been" ("the new
// server was installed this morning", "the accounts were activated
// today", "the call was moved to Friday") of a step's form (stepForm).
// One that hands something over or points back (pastWords, pastRefVerbs:
// "the contract was delivered on Monday") tells the reader nothing new,
// and neither does a plan or a hope (unmetWords: "the truck was supposed
// to come today") or the writer's own ("we've been invited").
func (t *Tables) undergoneAt(f *Features, j int) int {
	if j == 0 || f.cls[j]&wPastRef != 0 {
		return -1
	}
	if h := f.Tokens[j-1].Hash; h != t.wasHash && h != t.wereHash && h != t.beenHash {
		return -1
	}
	lead := t.passiveLead(f, j)
	if lead > 0 && f.cls[lead-1]&wDid != 0 {
		return -1 // "we've been invited": the writer's own
	}
	tk := &f.Tokens[j]
	if tk.Kind != Word || !t.stepForm(f, j) || t.past.Has(tk.Hash) || t.unmet.Has(tk.Hash) {
		return -1
	}
	return lead
}

// passiveLead returns the first token of the passive chain that ends at
// token j, as beLead does, and back over the "have", "has" or "had"
// before a "been" (auxBefore: "the accounts have been activated"), so
// that the word before it is the subject: "I have been called twice
// today" is the writer's own.
func (t *Tables) passiveLead(f *Features, j int) int {
	lead := t.beLead(f, j)
	if lead > 0 && f.inSent(lead-1, f.sent[j]) && t.auxBefore(f.Tokens[lead-1].Hash) {
		lead--
	}
	return lead
}

// happensAbroadAt reports whether the word at token j is one of the
// text's other language's happen words (happensAbroad) used as a verb of
// something happening (not lapsesAbroad). An English text has none.
func (t *Tables) happensAbroadAt(f *Features, j int) bool {
	return f.found > 0 && t.happensAbroad.Has(f.Tokens[j].Hash) && !t.lapsesAbroad(f, j)
}

// lapsesAbroad reports whether the happen word at token j, in another
// language, is no verb of something happening: a noun after a determiner
// ("voor de start maandag"), or the first word of a deadline ("le bail
// arrive à échéance le 12 mai", "arriva a scadenza"), which is no news,
// as "the contract expires April 30" is none in English (knownDeadline).
func (t *Tables) lapsesAbroad(f *Features, j int) bool {
	if j > 0 && t.determiner[f.found].Has(f.Tokens[j-1].Hash) {
		return true
	}
	n := f.sent[j]
	return t.lapseWord.Has(f.hashIn(j+2, n)) || t.lapseWord.Has(f.hashIn(j+3, n))
}

// clauseStart returns the first token of token k's clause in the narrow
// sense: the one after the last clauseMark before k in its sentence, or
// the sentence's first. (clauseBefore and clauseAfter read clauses
// between semicolons only.)
func (f *Features) clauseStart(k int) int {
	first := f.sentFirst(k)
	for j := k - 1; j > first; j-- {
		if f.clauseMark(j) {
			return j + 1
		}
	}
	return first
}

// clauseMark reports whether token j is a comma, a semicolon, a colon or
// a dash with space beside it: a mark between clauses ("co-op" and
// "10:30" go on).
func (f *Features) clauseMark(j int) bool {
	tk := &f.Tokens[j]
	return tk.Kind == Punct && (tk.Char == ',' || tk.Char == ';' || tk.Char == ':' || isDash(tk.Char)) && !f.glued(j)
}

// reminds reports whether a word of remindWords stands before token k in
// its sentence, or in the opener a comma split from it ("As a reminder,
// the auction starts Saturday"; splitCheckIns): back to the last period,
// question or exclamation mark, at most maxOpener tokens past its own
// sentence's start.
func (t *Tables) reminds(f *Features, k int) bool {
	stop := f.sentFirst(k) - maxOpener
	for j := k - 1; j >= 0 && j >= stop; j-- {
		tk := &f.Tokens[j]
		if tk.Kind == Punct && (tk.Char == '.' || tk.Char == '?' || tk.Char == '!') {
			return false
		}
		if t.remind.Has(tk.Hash) {
			return true
		}
	}
	return false
}

// maxLinkGap bounds the words between the two words a floor links: a
// word of movedWords and the "to" of the time it moved a plan to ("pushed
// the hay delivery back to"; movedToTime), a negation and the "until" of
// the time a thing waits for (heldUntil).
const maxLinkGap = 6

// takesEffect returns the sentences (sentBit) that announce a change
// taking effect on a day: "effect" after one of effectLeads ("the new
// hay rates take effect Monday", "went into effect on May 1"), "kicks
// in" ("the winter surcharge kicks in on December 1"), or "effective"
// after one of effectBe or opening its sentence ("the lease becomes
// effective on the 1st", "Effective March 1, the rent is $900"), with a
// date, a weekday, a month, a day like "tomorrow", or "immediately" in
// the same sentence. A question, a negation before the word, a
// condition ("if", "whether", "unless", "once" or "when" before it) and
// a sentence that nudges, fills or points back announce nothing. Each
// announcement is said (SaysNews) for the reasons to quote.
func (t *Tables) takesEffect(f *Features) uint64 {
	if f.classes&wEffect == 0 {
		return 0 // no word that may say so: most texts
	}
	toks := f.Tokens
	dated := f.sentsWith(DateHit, Weekday) | f.sentsWith(Month, RelDay)
	return f.newsWhere(wEffect, 0, func(k, sn int) bool {
		if !t.effectSaid(f, k) {
			return false
		}
		last := f.sentLast(k)
		if dated&f.sentBit(k) == 0 && !slices.ContainsFunc(toks[k:last+1], func(tk Token) bool { return tk.Hash == t.immediatelyHash }) {
			return false
		}
		return !f.sentAsks(k) && !t.deniedBefore(f, k) && !t.conditioned(f, k)
	})
}

// heldUntil returns the sentences (sentBit) that say a thing waits for a
// time: a word of heldNegations and, at most maxLinkGap words on in its
// sentence with no comma or other mark between, "until", "till" or
// "before" with a time right after it (timeNext): "the grange won't vote
// until Tuesday", "the new rates don't take effect until May", "the barn
// will not be wired till the 15th", "refundable, but not before
// September". The reader learns when it happens, as with a plan moved
// (movedToTime). An instruction (the negation opens its sentence or
// follows "please" or "do": "Don't sign before Friday"), a question, a
// condition (condLead before the negation), a want, a hope or a care
// ("I won't need it until Friday", "make sure it doesn't slip past…";
// wishVerb, hope, sureWord before "until"), the writer's own absence
// ("I won't be back until Monday"; awayNotice) and a sentence that
// nudges, fills or points back say none. Each is said (SaysNews) for the
// reasons to quote.
func (t *Tables) heldUntil(f *Features) uint64 {
	toks := f.Tokens
	return f.sentencesWhere(wHeld, 1, func(u, sn int) bool {
		if !t.timeNext(toks, u+1) {
			return false
		}
		neg := -1
		for j, words := u-1, 0; j >= 0 && words <= maxLinkGap && f.sent[j] == sn && toks[j].Kind == Word; j-- {
			if t.heldNeg.Has(toks[j].Hash) {
				neg = j
				break
			}
			words++
		}
		if neg < 0 || t.toldNot(f, neg) || t.heldPast.Has(f.hashIn(neg-1, sn)) || f.sentAsks(u) {
			return false // none, "Don't sign before Friday", "it was not signed until May", a question
		}
		if t.conditioned(f, u) || t.awayNotice(f, neg) || slices.ContainsFunc(toks[f.sentFirst(u):u], func(tk Token) bool {
			return t.wishVerb.Has(tk.Hash) || t.hope.Has(tk.Hash) || t.sureWord.Has(tk.Hash) || tk.Hash == t.whyHash
		}) {
			return false
		}
		f.sayWord(SaysNews, neg) // the reasons quote the sentence from its negation
		return true
	})
}

// relayedNews returns the sentences (sentBit) that pass on what someone
// else said of a time: a word of relayWords with a subject of its own
// before it, neither the writer nor the reader (relaySelf: "I", "we",
// "you", "as"), and a date, a weekday, a month or a day like "tomorrow"
// after it in the sentence: "Dana told me the grange will vote on
// Tuesday", "Marta said the co-op board meets on the 14th". The reader
// learns it here; what the reader said ("you mentioned the board meets
// on the 14th") or the writer said before ("as I said on Monday") points
// back instead, and so does what someone said of the reader ("Dana told
// you…", "Dana said that you'd sign by Friday": "you" at most three words
// on). A question, a condition (condLead before the word), a modal or a
// negation before it (framedAsStep: "Dana will say on Friday") and a
// sentence that nudges, fills or points back pass on nothing. Each is
// said (SaysNews) for the reasons to quote.
func (t *Tables) relayedNews(f *Features) uint64 {
	toks := f.Tokens
	return f.newsWhere(wRelay, 1, func(k, sn int) bool {
		first, last := f.sentFirst(k), f.sentLast(k)
		if k == first || f.sentAsks(k) || t.framedAsStep(f, k) ||
			slices.ContainsFunc(toks[k+1:min(k+4, last+1)], func(tk Token) bool { return t.readerSubject.Has(tk.Hash) }) {
			return false // "Said Dana…", a question, "Dana will say…", "Dana told you…", "…told me that you'd sign"
		}
		if slices.ContainsFunc(toks[max(first, k-3):k], func(tk Token) bool { return t.relaySelf.Has(tk.Hash) }) || t.conditioned(f, k) {
			return false
		}
		return f.hitBetween(k, last+1, DateHit, Weekday, Month, RelDay)
	})
}

// visitOffered returns the sentences (sentBit) in which the writer offers
// to meet on a day the sentence names, should the reader wish it: the
// writer said to be at a place ("I'll be", "we're", "I will be", "we are";
// writerThere, then a word of visitPlaces) with a date or a weekday after
// it, and then "if" and a wish of the reader's (readerWishes): "I'll be
// in town on the 14th if you want to walk the fields", "we're at the fair
// Saturday if you'd like to stop by the booth". A visit offered on a day
// is as concrete as a meeting proposed on one (Scheduled; as there,
// "tomorrow" names no day). Being around, free or out ("I am around
// tomorrow if you want to chat", "I'll be out Friday") offers no visit,
// and neither does a question, a condition before the writer ("if I'm in
// town Friday…") or a sentence that nudges, fills or points back. Each
// offer is said (SaysOffer) for the reasons to quote.
func (t *Tables) visitOffered(f *Features) uint64 {
	toks := f.Tokens
	return f.sentencesWhere(wSubject|wWill, 0, func(k, sn int) bool {
		j := t.writerThere(f, k)
		if j < 0 || !t.visitPlace.Has(toks[j].Hash) {
			return false // "I'll be out Friday", "I'm not in town", "I am around tomorrow"
		}
		last := f.sentLast(k)
		if f.sentAsks(k) || t.conditioned(f, k) {
			return false
		}
		m := j + 1
		for ; m < last && !(toks[m].Hash == t.ifHash && t.readerWishes(f, m+1)); m++ {
		}
		if m >= last || !f.hitBetween(j, m, DateHit, Weekday) {
			return false
		}
		// said at its "if": the writer's "I'll be" may be said already
		// (a commitment, a point), and the reasons make that one the offer
		f.sayWord(SaysOffer, m)
		return true
	})
}

// writerThere returns the token after the writer said to be somewhere,
// from token k: "I'll be", "we'll be", "I'm", "we're", "I will be", "we
// are" (the word after "be", "I'm" or "are"), or -1.
func (t *Tables) writerThere(f *Features, k int) int {
	sn := f.sent[k]
	h, next := f.Tokens[k].Hash, f.hashIn(k+1, sn)
	j := -1
	switch {
	case h == t.iWillHash || h == t.weWillHash:
		if next == t.beHash {
			j = k + 2
		}
	case t.promiser.Has(h): // "I'm", "we're"
		j = k + 1
	case h == t.iHash && next == t.amHash, h == t.weHash && next == t.areHash:
		j = k + 2
	case f.writerIn(k, sn) && next == t.willHash:
		if f.hashIn(k+2, sn) == t.beHash {
			j = k + 3
		}
	}
	if j < 0 || !f.inSent(j, sn) {
		return -1
	}
	return j
}

// readerWishes reports whether the words from token j, in its sentence,
// say the reader wishes it: "you" and a word of readerWishWords ("want",
// "wish", "care"), "you'd like", "you would like", or "you're" or "you
// are" and "free" or "around" ("if you want to stop by", "if you're
// free").
func (t *Tables) readerWishes(f *Features, j int) bool {
	sn := f.sent[j]
	h, next := f.hashIn(j, sn), f.hashIn(j+1, sn)
	switch h {
	case t.youHash:
		return t.readerWish.Has(next) || next == t.wouldHash && f.hashIn(j+2, sn) == t.likeHash ||
			next == t.areHash && t.readerFree.Has(f.hashIn(j+2, sn))
	case t.youdHash:
		return next == t.likeHash
	case t.youreHash:
		return t.readerFree.Has(next)
	}
	return false
}

// toldNot reports whether the negation at token k opens an instruction:
// first in its sentence ("Don't sign before Friday"), after "please"
// ("please don't ship…"), or after a "do" that opens the sentence or
// follows "please" ("Do not pay until May", "Please do not…"). "We do not
// ship before the 9th" states.
func (t *Tables) toldNot(f *Features, k int) bool {
	sn, first := f.sent[k], f.sentFirst(k)
	switch p := f.hashIn(k-1, sn); {
	case k == first || p == t.pleaseHash:
		return true
	case p == t.doHash:
		return k-1 == first || f.hashIn(k-2, sn) == t.pleaseHash
	}
	return false
}

// awayNotice reports whether the negation at token k gives notice of the
// writer's absence: after "I'm" or "we're", "I am" or "we are", or after
// "I", "we", "I will" or "we will" and before "be", a word of awayWords
// or backWords, or "in" right before "until" ("I won't be back until
// Monday", "we're not in till Tuesday", "I'm not around before the
// 9th"). It says when the writer can be reached, no news of the deal;
// "we won't be in a position to sign until May" is news.
func (t *Tables) awayNotice(f *Features, k int) bool {
	sn := f.sent[k]
	p := f.hashIn(k-1, sn)
	j := k + 1
	switch {
	case t.promiser.Has(p), (p == t.amHash || p == t.areHash) && f.writerIn(k-2, sn):
	case f.writerIn(k-1, sn), p == t.willHash && (f.writerIn(k-2, sn) || f.writerIn(f.sentFirst(k), sn)):
		if f.hashIn(j, sn) == t.beHash {
			j++ // "I won't be back", "I won't return"
		}
	default:
		return false
	}
	switch w := f.hashIn(j, sn); {
	case t.away.Has(w), t.backWord.Has(w):
		return true
	case w == t.inHash:
		return f.inSent(j+1, sn) && f.cls[j+1]&wHeld != 0
	}
	return false
}

// effectSaid reports whether the word at token k says that a change
// takes effect (takesEffect): "effect" after one of effectLeads, or after
// "into" that follows one; "kick", "kicks" or "kicked" before "in";
// "effective" after one of effectBe or first in its sentence, but not
// after "to be".
func (t *Tables) effectSaid(f *Features, k int) bool {
	sn := f.sent[k]
	p, pp := f.hashIn(k-1, sn), f.hashIn(k-2, sn)
	switch f.Tokens[k].Hash {
	case t.effectHash:
		return t.effectLead.Has(p) || p == t.intoHash && t.effectLead.Has(pp)
	case t.effectiveHash:
		if p == t.beHash && pp == t.toHash {
			return false // "the barn plan, filed to be effective in May": an aim
		}
		return k == f.sentFirst(k) || t.effectBeing.Has(p)
	}
	return f.hashIn(k+1, sn) == t.inHash // "kicks in"
}

// termsOffered returns the sentences (sentBit) in which the writer's side
// offers to change the terms of the deal: a verb of termVerbs with a word
// after it, neither a name nor one of termOffWords ("drop by", "add them", "add
// Dana"), that the writer offers (offersTerm) and that sends no message
// (dropsNote): "Checking in. We could waive the setup fee if you
// sign this month.", "Circling back on the lease. Can we drop the
// auto-renewal?", "Would it help if we split the order into two
// deliveries?". The terms of a deal are as concrete as a day or a price.
// A sentence that nudges, fills or points back offers none.
func (t *Tables) termsOffered(f *Features) uint64 {
	toks := f.Tokens
	return f.sentencesWhere(wTerm, 1, func(k, sn int) bool {
		if !f.inSent(k+1, sn) || toks[k+1].Kind != Word || toks[k+1].Upper || t.termOff.Has(toks[k+1].Hash) || t.dropsNote(f, k) {
			return false // "hold off", "add Dana", "drop the crew a line"
		}
		return t.offersTerm(f, k)
	})
}

// dropsNote reports whether the word at token k is "drop" with a word of
// dropNotes at most three words after it: "we'd drop a quick note", "drop
// the crew a line" send a message.
func (t *Tables) dropsNote(f *Features, k int) bool {
	if f.Tokens[k].Hash != t.dropHash {
		return false
	}
	for j := k + 1; j <= k+3 && f.inSent(j, f.sent[k]); j++ {
		if t.dropNote.Has(f.Tokens[j].Hash) {
			return true
		}
	}
	return false
}

// offersTerm reports whether the writer offers the term verb at token k
// (termsOffered), with at most two of termFillers right before it:
//   - after "we" or "I" and one of termModals ("we could waive", "I can
//     also hold"), or after "we'll", "I'd" and the like alone;
//   - after "can we" or "could I" ("can we drop the auto-renewal?"), "how
//     about we", or "if we" after one of termLeads ("would it help if we
//     split…", "what if we drop…");
//   - after "happy to" or "glad to" ("Happy to extend the trial").
//
// "If", "whether", "unless", "once" or "when" before the writer makes it
// a condition ("if we can waive the fee, …", "I'll ask whether we can
// extend it").
func (t *Tables) offersTerm(f *Features, k int) bool {
	toks, sn := f.Tokens, f.sent[k]
	j := k - 1
	for n := 0; n < 2 && f.inSent(j, sn) && t.termFiller.Has(toks[j].Hash); n++ {
		j--
	}
	if !f.inSent(j, sn) {
		return false
	}
	switch h := toks[j].Hash; {
	case h == t.toHash:
		return t.happy.Has(f.hashIn(j-1, sn))
	case f.cls[j]&wSubject != 0:
		p := f.hashIn(j-1, sn)
		if p == t.ifHash {
			return t.termLead.Has(f.hashIn(j-2, sn))
		}
		return p == t.canHash || p == t.couldHash || p == t.aboutHash && f.hashIn(j-2, sn) == t.howHash
	case t.termModal.Has(h):
		if f.cls[j]&(wWill|wPerson) == 0 { // "can", "could": a subject before
			if j--; !f.inSent(j, sn) || f.cls[j]&wSubject == 0 {
				return false
			}
		}
		return !t.condLead.Has(f.hashIn(j-1, sn))
	}
	return false
}

// risesOrFalls reports whether the word at token k says that something
// goes up or down (announcedChange): one of riseFallNow or "goes up";
// one of riseFallBase or "go up" after "will", or after "to" that follows
// one of riseFallLead; one of riseFallIng or "going up" after one of
// riseFallBe. A determiner before it, or one of riseFallOff after it,
// makes it something else ("the increases", "falls below 12%").
func (t *Tables) risesOrFalls(f *Features, k int) bool {
	toks, n := f.Tokens, f.sent[k]
	v, ok := t.rise.Get(toks[k].Hash) // most words: one lookup
	if !ok {
		return false
	}
	next := f.inSent(k+1, n)
	up := next && t.upDown.Has(toks[k+1].Hash)
	if v&riseUp != 0 && !up || !up && next && t.riseOff.Has(toks[k+1].Hash) {
		return false
	}
	form := v &^ riseUp
	if !f.inSent(k-1, n) {
		return form == riseNowForm
	}
	p := toks[k-1].Hash
	switch {
	case t.determiner[0].Has(p) || f.found > 0 && t.determiner[f.found].Has(p): // "la baja de precios"
		return false
	case form == riseBaseForm:
		return p == t.willHash || p == t.toHash && f.inSent(k-2, n) && t.riseLead.Has(toks[k-2].Hash)
	case form == riseIngForm:
		return t.riseBe.Has(p)
	}
	return form == riseNowForm
}

// The forms of a rise-and-fall word in Tables.rise: riseFallNow,
// riseFallBase or riseFallIng, with riseUp set on "goes", "go" and
// "going", which say it only before "up" or "down".
const (
	riseNowForm int32 = 1 + iota
	riseBaseForm
	riseIngForm
	riseUp int32 = 4
)

// actedChange reports whether the vague done word at token j (vagueDone)
// reports a change someone made: a word of changeDone or editDone right
// after one of doneActors ("we lowered the bale price", "I've fixed the
// gate code", "the hay quote was revised"), done to no person ("I added
// you to the thread" is housekeeping), and for an edit (editDone) with
// what changed said after it ("we revised the quote to include delivery",
// not "I have updated the hay list"). A finding ("found"), a deadline
// ("expires") or "done" never is one.
func (t *Tables) actedChange(f *Features, j int) bool {
	toks, n := f.Tokens, f.sent[j]
	edit := t.editDone.Has(toks[j].Hash)
	if !edit && !t.changeDone.Has(toks[j].Hash) || !f.inSent(j-1, n) || !t.doneActor.Has(toks[j-1].Hash) {
		return false
	}
	if f.inSent(j+1, n) && t.objects.Has(toks[j+1].Hash) {
		return false
	}
	if !edit {
		return true
	}
	for i := j + 2; f.inSent(i, n); i++ {
		if t.changeSaid.Has(toks[i].Hash) {
			return true
		}
	}
	return false
}
