package feat

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// threadStats summarizes the thread before the message.
func threadStats(th []ThreadMsg) Thread {
	ts := Thread{LastInbound: -1}
	for i := len(th) - 1; i >= 0; i-- {
		if th[i].Inbound {
			ts.LastInbound = i
			break
		}
	}
	ts.Unanswered = len(th) - 1 - ts.LastInbound
	if ts.Unanswered > 0 {
		ts.FirstUnanswered = th[ts.LastInbound+1].Date
	}
	if len(th) > 0 {
		ts.LastDate = th[len(th)-1].Date
		ts.LastIsInbound = th[len(th)-1].Inbound
	}
	if ts.LastIsInbound {
		text := th[len(th)-1].Text
		if q := strings.IndexAny(text, "?？"); q >= 0 {
			ts.InboundQuestion = true
			st := strings.LastIndexAny(text[:q], ".!\n") + 1
			ts.InboundQuestionS = strings.TrimSpace(text[st : q+1])
		}
	}
	return ts
}

// dense computes the hand-built numeric features.
func (t *Tables) dense(d *Doc, f *Features) {
	x := &f.Dense
	nsent := 0
	if n := len(f.sent); n > 0 {
		nsent = f.sent[n-1] + 1
	}
	f.nudgeSent = zeroed(f.nudgeSent, nsent)
	var nudgeTokens int
	closer := false // a closer ("call me at…") anywhere
	for _, h := range f.Hits {
		switch h.Kind {
		case Nudge:
			x[FNudge]++
		case Filler:
			x[FFiller]++
		case Closer:
			closer = true
		case BareQuestion:
			x[FBareQ]++
		case Money:
			x[FMoney]++
		case Quantity:
			x[FQuantity]++
		case Percent:
			x[FPercent]++
		case Number:
			x[FNumber]++
		case RepeatedNumber:
			x[FRepeated]++
		case DateHit, Weekday, Month, RelDay:
			x[FDate]++
		case TimeHit:
			x[FTime]++
		case PastDate:
			x[FPastDate]++
		case AttachWord:
			x[FAttachWord]++
		case Material:
			x[FMaterial]++
		case Link:
			x[FLink]++
		case Proposal:
			x[FProposal]++
		case Commit:
			x[FCommit]++
		case DecisionQ:
			x[FDecisionQ]++
		case Question:
			x[FQuestion]++
		case News:
			x[FNews]++
		}
		if h.Kind == Nudge || h.Kind == Filler {
			f.nudgeSent[f.sent[h.Tok]] = true
		}
	}
	for _, h := range f.Hits {
		if h.Kind == Courtesy && !f.nudgeSent[f.sent[h.Tok]] {
			x[FCourtesy] = 1
		}
	}
	f.thanks = t.noteOfThanks(f)
	x[FConcrete] = f.concrete()
	f.asked = t.decisionAsked(f)
	// "I forwarded you the revised confirmation on Friday": the reader has
	// it already. Such a sentence names its topic, like a check-in, and
	// reports no work done; one that sends an invitation for a time sets
	// that time (sendsInvite), and one that announces a send just made
	// hands the thing over (freshlySent), as does a send the email waits
	// to see arrive (awaitsArrival) unless its sentence dates it in the
	// past ("I forwarded you the confirmation on Friday. Let me know when
	// you get it." asks after what came long ago).
	f.backSent = zeroed(f.backSent, nsent)
	if f.classes&wPastComm != 0 {
		awaits := t.awaitsArrival(f)
		for i, c := range f.cls[:len(f.Tokens)] {
			if c&wPastComm != 0 && t.handsOver(f, i) && !t.reportsOn(f, i) && !t.sendsInvite(f, i) && !t.freshlySent(f, i) {
				k := f.sent[i]
				if awaits && !f.hitBetween(f.sentFirst(i)-1, f.sentLast(i)+1, PastDate) {
					continue // "once you get these": on its way, unless sent "on Friday"
				}
				if !f.backSent[k] {
					f.backSent[k], f.nudgeSent[k] = true, true
					x[FBackRef]++
				}
			}
		}
	}
	// "As discussed, the delivery fee is $40 a load": told before
	for k := range nsent {
		if f.backSent[k] {
			continue
		}
		if h, ok := t.restates(f, k); ok {
			f.backSent[k], f.nudgeSent[k] = true, true
			f.Restated = append(f.Restated, h)
			x[FBackRef]++
		}
	}
	f.handed = (d.Attachments > 0 || t.handsOverInText(f)) && !d.Forwards && !t.sentBefore(f)
	// Words outside sentences with a nudge or filler phrase: what is left
	// when the prompting is taken away.
	content := 0
	sent, cls, nudgeSent := f.sent[:len(f.Tokens)], f.cls[:len(f.Tokens)], f.nudgeSent
	for i := range f.Tokens {
		tk := &f.Tokens[i]
		if tk.Kind == Punct || nudgeSent[sent[i]] {
			continue
		}
		nudgeTokens++
		if tk.Kind == Num || cls[i]&wStopCore == 0 && (tk.End-tk.Start >= 4 || t.acronym(f, i)) {
			content++
		}
	}
	x[FContentWords] = math.Log1p(float64(content)) / 4
	t.residual(d, f, closer)
	x[FPastDate] -= float64(t.datedContext(f))
	on := t.sentsOnDay(f)
	f.scheduled |= t.proposedOnDay(f, on) | t.visitOffered(f) | t.askedOnDay(f, on)
	f.promised = t.promisedOnDay(f)
	f.priced = t.pricedProposal(f) | t.termsOffered(f)
	f.referred = t.contactGiven(f)
	f.reported = t.reportedDone(f) | t.announcedChange(f) | t.movedToTime(f) | t.takesEffect(f) | t.heldUntil(f) | t.relayedNews(f) | t.figureChanged(f) | t.nowAtTime(f) | t.nowDoes(f) | t.plannedOnDay(f) | t.happensOnDay(f)
	if x[FNudge] > 0 && nudgeTokens <= 3 {
		x[FNudgeOnly] = 1
	}
	// One date pointing back says the email refers back; more such dates
	// ("I sent you the draft on 11/9 and the redline on 12/1") do not say
	// it more.
	x[FPastDate] = math.Min(x[FPastDate], 1)
	for i := range x {
		if x[i] > 3 {
			x[i] = 3
		}
	}
	if len(f.Tokens) > 0 {
		if t.answersAt(f, 0) {
			x[FAnswerStart] = 1
		}
		// skip a greeting line: "Hi Kim, yes - ..."
		for i := 1; i < len(f.Tokens) && i < 6; i++ {
			if f.sent[i] != f.sent[0] || (f.Tokens[i-1].Kind == Punct && f.Tokens[i-1].Char == ',') {
				if t.answersAt(f, i) {
					x[FAnswerStart] = 1
				}
				break
			}
		}
	}
	if d.Attachments > 0 {
		x[FAttachments] = 1
	}
	if f.Thread.LastIsInbound {
		x[FRepliesInbound] = 1
		if f.Thread.InboundQuestion {
			// the feature: a reply to a question; whether the text takes
			// it up is for the reasons (gating the feature on it moved
			// no evaluation set)
			x[FAnswersQ] = 1
			f.Answers = x[FAnswerStart] == 1 || t.takesUp(f)
		}
	}
	u := float64(f.Thread.Unanswered)
	if u > 4 {
		u = 4
	}
	x[FUnanswered] = u / 4
	if x[FNudge] > 0 || x[FBareQ] > 0 {
		x[FUnansweredNudge] = u / 4
	}
	w := f.Words
	switch {
	case w <= 3:
		x[FWords3] = 1
	case w <= 8:
		x[FWords8] = 1
	case w <= 20:
		x[FWords20] = 1
	case w <= 50:
		x[FWords50] = 1
	default:
		x[FWordsMore] = 1
	}
	x[FLogWords] = math.Log1p(float64(w)) / 5
	if f.Words > 0 {
		x[FContentRatio] = float64(nudgeTokens) / float64(f.Words)
	}
	re, fwd := subjectPrefix(d.Subject, f.subj)
	if re {
		x[FSubjectRe] = 1
	}
	if fwd {
		x[FSubjectFwd] = 1
	}
	for i := range f.subj {
		for _, pi := range t.candidates(f.subj[i].Hash) {
			p := &t.phrases[pi]
			if p.kind != Nudge || i+len(p.toks) > len(f.subj) {
				continue
			}
			ok := true
			for j, h := range p.toks {
				if h != 0 && f.subj[i+j].Hash != h {
					ok = false
					break
				}
			}
			if ok {
				x[FSubjectNudge] = 1
			}
		}
	}
}

// Salts separate the hash spaces of text unigrams, bigrams and subject words.
const (
	saltBigram  uint32 = 0x9e3779b9
	saltSubject uint32 = 0x85ebca6b
)

// grams appends hashed unigrams and bigrams of the text (numbers folded into
// one "#" token so no particular figure is learned) and subject unigrams.
func (t *Tables) grams(d *Doc, f *Features) {
	prev := uint32(0)
	gs := slices.Grow(f.Grams[:0], 2*len(f.Tokens)+len(f.subj))
	for i := range f.Tokens {
		tk := &f.Tokens[i]
		h := tk.Hash
		switch tk.Kind {
		case Num:
			h = t.numHash
		case Punct:
			switch tk.Char {
			case '?':
				// the mark of a question that instructs politely ("Could
				// you please sign the lease?") asks for no news: the
				// instruction is what it says
				if f.pleaded&f.sentBit(i) != 0 {
					prev = 0
					continue
				}
			case '!', '$', '€', '£', '%': // symbols that carry meaning
			default:
				prev = 0
				continue
			}
		}
		gs = append(gs, h)
		if prev != 0 {
			gs = append(gs, (prev*31+h)^saltBigram)
		}
		prev = h
	}
	f.Grams = gs
	f.TextGrams = len(f.Grams)
	for _, tk := range f.subj {
		if tk.Kind == Word {
			f.Grams = append(f.Grams, tk.Hash^saltSubject)
		}
	}
}

// wordCounted reports whether a word of hit h counts as content in
// residual on its own (contentWord).
func (t *Tables) wordCounted(f *Features, h Hit) bool {
	for i, end := int(h.Tok), f.hitEnd(&h); i < end; i++ {
		if t.contentWord(f, i) {
			return true
		}
	}
	return false
}

// contentWord reports whether token i counts as a word of content in
// residual: a word of four letters or more (or an acronym), no function
// word, in no nudge, filler or closer phrase.
func (t *Tables) contentWord(f *Features, i int) bool {
	tk := &f.Tokens[i]
	return tk.Kind == Word && !f.inPhrase[i] && f.cls[i]&wStop == 0 && (tk.End-tk.Start >= 4 || t.acronym(f, i))
}

// handedOver is what material handed over counts for in residual, in
// content words.
const handedOver = 3

// pricedAt is what a new amount of money or a percentage counts for in
// residual, in content words.
const pricedAt = 2

// residual measures the content a message carries once its greeting, its
// nudge and filler phrases and the sentences built around them are taken
// away. Plain-prose instructions, explanations, decisions and answers count
// word by word; a new date, time or figure counts as one word. closer says
// the email holds a closer, which is a check-in only when it is all there is.
func (t *Tables) residual(d *Doc, f *Features, closer bool) {
	x := &f.Dense
	toks := f.Tokens
	nsent := len(f.nudgeSent)
	f.sentCont = zeroed(f.sentCont, nsent)
	f.inPhrase = zeroed(f.inPhrase, len(toks))
	for _, h := range f.Hits {
		if h.Kind != Nudge && h.Kind != Filler && h.Kind != Closer {
			continue
		}
		for i, end := int(h.Tok), f.hitEnd(&h); i < end; i++ {
			f.inPhrase[i] = true
		}
	}
	g := f.greet
	f.lead = 0
	if g < len(toks) {
		f.lead = f.sent[g]
	}
	f.sentNovel = zeroed(f.sentNovel, nsent)
	// per-token slices as locals of the token list's length: the loops
	// below read them without reloading or bounds checks
	sent, cls, inPhrase := f.sent[:len(toks)], f.cls[:len(toks)], f.inPhrase[:len(toks)]
	sentCont, sentNovel := f.sentCont, f.sentNovel
	for i := g; i < len(toks); i++ {
		tk := &toks[i]
		if tk.Kind != Word || inPhrase[i] || cls[i]&wStop != 0 || tk.End-tk.Start < 4 && !t.acronym(f, i) {
			continue // contentWord, tested over the locals: the call costs 0.7% of Classify (lr.309)
		}
		k := sent[i]
		sentCont[k]++
		if !f.inContext(d.Text, *tk) {
			sentNovel[k]++
		}
	}
	// A new date, time or figure is content too (a past date or a figure
	// already in the thread is not: those are separate hit kinds). So is
	// material handed over ("Attached is…", "Here are…", a link) outside a
	// check-in sentence, which is a document's worth: the sentence that
	// hands it over names it in a word or two ("Attached is the draft org
	// chart."), yet it is what DESIGN.md calls material.
	for _, h := range f.Hits {
		k := f.sent[h.Tok]
		switch h.Kind {
		case DateHit, TimeHit, Quantity:
			f.sentCont[k]++
			f.sentNovel[k]++
		case RelDay:
			// a day or a time ahead, "this afternoon", "next week",
			// "today", whose words are too common to count above;
			// "tomorrow" counted as a word already
			if !t.wordCounted(f, h) {
				f.sentCont[k]++
				f.sentNovel[k]++
			}
		case Money, Percent:
			// a price or a share is an offer's worth: "we can do $40/seat"
			f.sentCont[k] += pricedAt
			f.sentNovel[k] += pricedAt
		case AttachWord, Link:
			if !f.nudgeSent[k] || t.handsOverNow(f, int(h.Tok)) {
				f.sentCont[k] += handedOver
				f.sentNovel[k] += handedOver
			}
		}
	}
	// Attached files are material handed over too, and so is a forwarded
	// message ("FYI" above a customer's email) unless the note around it
	// asks for news: "Any thoughts on the below?" above one's own earlier
	// email is a nudge.
	attached := 0
	if d.Attachments > 0 {
		attached = handedOver
	}
	if d.Forwards && x[FNudge] == 0 && x[FBareQ] == 0 {
		attached = handedOver
		f.Forwarded = true
	}
	// Unseen words, with the same allowance for a nudge sentence's topic.
	novel := attached
	for k, c := range f.sentNovel {
		if f.nudgeSent[k] {
			c -= 3
		}
		if c > 0 {
			novel += c
		}
	}
	x[FNovel] = math.Log1p(float64(novel)) / 4
	if novel == 0 {
		x[FNovelNone] = 1
	}
	if x[FNudge] > 0 && novel <= 2 {
		x[FNudgeNovel] = 1
	}
	// A sentence with a nudge or pleasantry may name its topic ("checking
	// in on the revised pricing proposal"): only words beyond that count.
	res, sents := attached, 0
	for k, c := range f.sentCont {
		if f.nudgeSent[k] {
			c -= 3
			if c < 0 {
				c = 0
			}
			f.sentCont[k] = c
		}
		res += c
		if c >= 3 {
			sents++
		}
	}
	x[FResidual] = math.Log1p(float64(res)) / 4
	// Little content is a sign of touching base only once something asks
	// for a reply or refers back: a short answer, instruction or request
	// ("Please print this for me", "I'll be there") is substantive.
	// DESIGN.md's touching-base email prompts a reply or reminds: without
	// a check-in phrase, a bare question or a pointer back at what the
	// reader has, an email is a note of its own (thanks, news, a request).
	// A closer is no check-in unless it is all there is ("Please advise."
	// above a forwarded message).
	bareCloser := closer && res <= 1
	if x[FNudge] == 0 && x[FBareQ] == 0 && x[FBackRef] == 0 && !bareCloser {
		x[FNoCheckIn] = 1
	}
	if x[FNudge] > 0 || x[FFiller] > 0 || x[FBareQ] > 0 || x[FBackRef] > 0 || bareCloser {
		switch {
		case res == 0:
			x[FResidualNone] = 1
		case res <= 4:
			x[FResidualLow] = 1
		}
	}
	x[FContentSents] = math.Log1p(float64(sents)) / 2
	if x[FNudge] > 0 {
		if res <= 4 {
			x[FNudgeLowRes] = 1
		}
		x[FNudgeRes] = math.Log1p(float64(res)) / 4
	}
	// Sentence starts: instructions, commitments, reports, opinions.
	var imp, will, did, op, prop float64
	names := t.language(f)
	if f.Lang != "" {
		x[FOtherLang] = 1
	}
	backSent, nudgeSent := f.backSent, f.nudgeSent
	impSent := -1 // the last sentence counted as an instruction: one each
	f.pleaded = 0
	// the last sentence whose instruction invites questions ("Please let
	// me know if you have any questions or I can help"): the reasons quote
	// nothing else of it
	quiet := -1
	refusals := t.refusals(f)
	for i := g; i < len(toks); i++ {
		tk := &toks[i]
		if tk.Kind != Word {
			continue
		}
		k := sent[i]
		c := cls[i]
		if len(refusals) > 0 && int(refusals[0]) == i {
			// "no podemos ofrecerle ningún descuento": a refusal, counted
			// and said as "we can't" is
			refusals = refusals[1:]
			did++
			f.say(SaysPoint, i, k)
		}
		// Instructions, reports and opinions count in sentences with
		// content words of their own; a commitment needs none ("I'll be
		// there."), only a sentence free of check-in language. A sentence
		// that refers back reports nothing. Only a word of one of these
		// classes, or "I" or "we", starts one.
		// "Can you send me the file." asks without its question mark (with
		// it, the question's reasons say so); the reasons call it a
		// request, and the features count it as they did. With "please"
		// or "would you mind" (PleaseAsks) the question is an instruction
		// put politely ("Could you please fax the lease to me?", "Can we
		// please move the crates?") and counts as one, its question mark
		// no question's (see grams), and so does one asking the reader
		// to hand over a thing it names ("Can you send me the security
		// questionnaire?"; asksForThing); a bare "Can you tell me where
		// it stands?" asks for news as often as for work, and stays a
		// question.
		if (i == g || k != sent[i-1]) && !backSent[k] && !nudgeSent[k] && sentCont[k] >= 1 {
			if a := t.politeAsk(f, i); a >= 0 || t.pleaseWe(f, i) {
				_, _, end := f.Sentence(i)
				asked := f.asksAt(end)
				if a >= 0 && !asked {
					f.say(SaysRequest, a, k)
				} else if k != impSent && t.pleasesAt(f, i, a) {
					imp++
					impSent = k
					if asked {
						f.pleaded |= f.sentBit(i)
					} else {
						f.say(SaysRequest, i, k) // "Can we please move the crates."
					}
				}
			}
		}
		if c&(wImperative|wWill|wDid|wOpinion|wSubject) != 0 && !backSent[k] {
			cont, free := sentCont[k] >= 1, !nudgeSent[k]
			if cont && free && c&wImperative != 0 && k != impSent && t.leadsOff(f, g, i) && t.instructs(f, i) {
				imp++
				impSent = k
				switch {
				case t.invitesQuestions(f, i):
					quiet = k
				case !t.asksYou(f, i):
					f.say(SaysRequest, i, k)
				}
			}
			// "I/we" + verb, or a contraction ("I'll", "we've"): what the
			// sentence states, if anything (states)
			states := saysNone
			verb, vc := tk.Hash, c
			subject := c&wSubject != 0
			if subject && i+1 < len(toks) && toks[i+1].Kind == Word {
				verb, vc = toks[i+1].Hash, cls[i+1]
			}
			// "I'm", "I am", "we're" and "we are": what the writer is or is
			// doing ("I am making the edits", "We're sure of the count"), a
			// report of the writer's, which promises nothing: it counts with
			// the reports of work done
			being := subject && (verb == t.amHash || verb == t.areHash) || t.promiser.Has(tk.Hash)
			switch {
			case being:
				if cont {
					did++
					states = SaysPoint
				}
			case (subject && verb == t.willHash) || (!subject && c&wWill != 0):
				w := i // "we'll", or the "will" of "we will"
				if verb == t.willHash {
					w++
				}
				if t.signsOff(toks, w+1) {
					break // "we will speak with you later", "I'll see you soon": goodbye
				}
				if cont || free {
					will++
					kind := SaysPoint // "you'll receive…", "they'll need…"
					if verb == t.willHash || tk.Hash == t.iWillHash || tk.Hash == t.weWillHash {
						kind = SaysWill
						if t.wishes(f, w) {
							kind = SaysPoint // "we'll need the signed form"
						}
					}
					states = kind
				}
			case !cont:
			case subject && vc&wDidVerb != 0, !subject && c&wDid != 0:
				did++
				states = SaysPoint
			case subject && vc&wOpinionVerb != 0, !subject && c&wOpinion != 0:
				op++
				states = SaysPoint
			}
			if states == SaysPoint && (subject || t.wouldSubject.Has(tk.Hash)) && (t.asksYouTo(f, i) || t.needsThing(f, i)) {
				states = SaysRequest // "I want you to count the bales", "we need your signature": a request
			}
			// after a point of its sentence, a "will" that follows other
			// words tells a consequence or what someone said ("I think
			// that's the best we'll get", "…or we'll be late"), no promise
			if states == SaysWill && !t.followsBreak(f, i) && f.saidIn(k) {
				states = saysNone
			}
			if states != saysNone && k != quiet {
				f.say(states, i, k)
			}
		}
		if tk.Upper && names && i != g && k == sent[i-1] && !inPhrase[i] && toks[i-1].Kind == Word && tk.Hash != t.iHash && c&wIForm == 0 &&
			c&(wMonth|wWeekday) == 0 && !t.zones.Has(tk.Hash) {
			prop++
		}
	}
	x[FImperative] = math.Min(imp, 3)
	x[FWill] = math.Min(will, 3)
	x[FDid] = math.Min(did, 3)
	x[FOpinion] = math.Min(op, 3)
	x[FProper] = math.Log1p(prop) / 3
	// Questions whose own words carry content, apart from any nudge phrase.
	var cq float64
	for _, h := range f.Hits {
		if h.Kind == Question && f.QuestionWords(h) >= 3 {
			cq++
		}
	}
	x[FContentQ] = math.Min(cq, 3)
}

// refusals returns, in order, the tokens at which another language's "we
// can" (weCan) is denied (weCanDenied) in a sentence of content of its own
// (sentCont): "Wir können Ihnen keinen Rabatt geben", "no podemos bajar el
// precio", "non possiamo offrirle nessuno sconto". The writer refuses a
// step, as "we can't" does in English, where the word counts with the
// reports of work done (didVerbs). A question asks ("¿no podemos
// adelantarlo?"), an "if" before it in the sentence sets a condition
// ("si no podemos entregar el lunes, le aviso"; ifWord), and a sentence
// that nudges or points back refuses nothing.
func (t *Tables) refusals(f *Features) []int32 {
	var out []int32
	for i := range f.Hits {
		h := &f.Hits[i]
		if h.Kind != Proposal {
			continue
		}
		k, e := int(h.Tok), f.hitEnd(h)
		if !t.weCan.Has(wordsKey(f.Tokens[k:e])) {
			continue // the common case: test the sentence only for "we can"
		}
		n := f.sent[k]
		if f.sentCont[n] < 1 || f.nudgeSent[n] || f.backSent[n] || f.sentAsks(k) || !t.weCanDenied(f, k, e) ||
			slices.ContainsFunc(f.Tokens[f.sentFirst(k):k], func(tk Token) bool { return t.ifWord.Has(tk.Hash) }) {
			continue
		}
		out = append(out, int32(k))
	}
	slices.Sort(out)
	return out
}

// Scheduled reports whether a sentence proposes a step at a day and a
// clock time ("would Friday at 10:00 or Monday at 14:30 work for a
// call?") or on a day it names ("could we meet on Thursday?"; and "can we
// ship the pallets Tuesday?", askedOnDay): the most concrete proposals
// there are. Analyze finds them with the concrete proposals.
func (f *Features) Scheduled() bool { return f.scheduled != 0 }

// Promised reports whether a sentence commits the writer to hand over or
// finish material by a day or time it names ("I'll send the signed contract
// tomorrow"), or to a step of their own on a day it names ("we'll have the
// crew out at the barn Thursday"; promisedOnDay): as concrete as a
// proposal on a named day.
func (f *Features) Promised() bool { return f.promised != 0 }

// Priced reports whether a sentence proposes a step at a price or a
// share it names ("Circling back: we can do $3.80 a bale if you take
// 500"; pricedProposal), or offers to change the deal's terms ("we could
// waive the setup fee", "can we drop the auto-renewal?"; termsOffered):
// the terms of a deal, as concrete as a day.
func (f *Features) Priced() bool { return f.priced != 0 }

// Reported reports whether the text states that a step was taken or
// decided ("Just checking in. Legal approved the contract.";
// reportedDone), or that a price or a share goes up or down on a day it
// names ("our bale price goes up 8% on January 1"; announcedChange), or
// that a plan moved to a new time ("the grange moved the auction to
// Saturday"; movedToTime), that a change takes effect on a day ("the
// new hay rates take effect Monday"; takesEffect), that a thing waits
// for a time ("the grange won't vote until Tuesday"; heldUntil), or what
// someone else said of a time ("Dana told me the grange votes on
// Tuesday"; relayedNews), a figure's new value ("the total is now
// $900"; figureChanged), a plan's time given after "now" ("Resending
// the invite, now for Wednesday at 2"; nowAtTime), what someone newly
// does or can do ("we now offer net 60 terms"; nowDoes), or what someone
// else will do at a time the sentence names ("the carrier will pick up
// the bales Tuesday"; plannedOnDay), or does at such a time, said in the
// present ("the second lot goes out Friday"; happensOnDay): a new fact,
// which DESIGN.md counts as substantive whatever check-in comes with it.
func (f *Features) Reported() bool { return f.reported != 0 }

// DecisionAsked reports whether the text asks one of the decisionAsks in
// a question ("What would you suggest we do to progress from here?").
func (f *Features) DecisionAsked() bool { return f.asked }

// HandsOver reports whether the message carries attached files as material
// of its own, or its text hands material over in words ("Attached is the
// revised contract", "see the attached quote"; handsOverInText): it
// forwards no one's message, and its text does not say the writer sent
// them, or anything, before ("Re-attaching the SOW in case it got
// buried", "checking in on the quote I sent on Friday"). "Following up
// with the revised proposal (attached)" with the proposal attached hands
// it over.
func (f *Features) HandsOver() bool { return f.handed }

// GivesContact reports whether the message gives the reader the telephone
// number or the email address of someone other than the writer
// (contactGiven): someone new to reach is as concrete as material handed
// over.
func (f *Features) GivesContact() bool { return f.referred != 0 }

// Accepts reports whether the text opens by taking up a time, a date or a
// plan the reader offered: "That works for me.", "Either day works",
// "Count me in for two" (acceptances). Saying yes to it is the answer the
// reader waits for, so the email is substantive whatever else it says.
func (f *Features) Accepts() bool { return f.accepts }

// Novel returns the sentence with the most words the reader has not seen
// in the subject or the thread, outside check-in sentences and sentences
// that refer back, as a statement (SaysPoint), or as a request where it
// opens with "can you" and the like (SaysRequest): Start and End span its first
// such word and the word after it. It is how reasons say why prose is
// substantive when no phrase, figure or statement says it, in any language
// ("ja, wir unterstützen SAML mit Azure AD"). ok is false when no sentence
// has two such words.
func (t *Tables) Novel(f *Features) (s Said, ok bool) {
	best, most := -1, 1
	for k, c := range f.sentNovel {
		if c > most && !f.nudgeSent[k] && !f.backSent[k] && k >= f.lead {
			best, most = k, c
		}
	}
	if best < 0 {
		return Said{}, false
	}
	toks, first := f.Tokens, -1
	for i := f.greet; i < len(toks); i++ {
		if f.sent[i] != best {
			continue
		}
		if first < 0 {
			first = i
		}
		tk := toks[i]
		if tk.Kind == Word && !f.inPhrase[i] && tk.End-tk.Start >= 4 && f.cls[i]&wStop == 0 && !f.inContext(f.text, tk) {
			first = i
			break
		}
	}
	if first < 0 {
		return Said{}, false
	}
	end := toks[first].End
	if n := first + 1; n < len(toks) && toks[n].Kind == Word && f.sent[n] == best {
		end = toks[n].End
	}
	kind := SaysPoint
	if t.politeAsk(f, f.sentFirst(first)) >= 0 {
		kind = SaysRequest // "Can you send Dana the file." asks without its question mark
	}
	return Said{Kind: kind, Start: toks[first].Start, End: end, Tok: int32(first)}, true
}

// Opening returns the sentence the writer's own words open with, after
// any greeting, spanning its first token and the word after it, unless it
// holds a check-in phrase (Nudge) or points back (backSent): as a request
// (SaysRequest) when it holds a closer ("Let me know when the PO goes
// out."; Closer), else as a statement (SaysPoint). Reasons quote it when
// nothing else says why an email is substantive: a short reply that no
// phrase, figure or statement explains ("ok, go.", "Understood."). ok is
// false when there is none.
func (f *Features) Opening() (s Said, ok bool) {
	toks, k := f.Tokens, f.lead
	in := func(kind Kind) bool {
		return slices.ContainsFunc(f.Hits, func(h Hit) bool { return h.Kind == kind && f.sent[h.Tok] == k })
	}
	if k >= len(f.backSent) || f.backSent[k] || in(Nudge) {
		return Said{}, false
	}
	kind := SaysPoint
	if in(Closer) {
		kind = SaysRequest
	}
	for i := max(f.greet, int(f.opens[k])); i < len(toks) && f.sent[i] == k; i++ {
		if toks[i].Kind == Punct {
			continue
		}
		end := toks[i].End
		if n := i + 1; n < len(toks) && toks[n].Kind == Word && f.sent[n] == k {
			end = toks[n].End
		}
		return Said{Kind: kind, Start: toks[i].Start, End: end, Tok: int32(i)}, true
	}
	return Said{}, false
}

// saysNone marks a sentence's start that states nothing (see residual).
const saysNone SaidKind = 255

// politeAsk returns where the sentence whose first token is toks[k] asks
// with "can", "could", "would" or "will" and "you", or "someone" and the
// like ("Could someone on the desk send the file."), its question mark
// left off or not, or -1. A name and a comma or a colon before them greet the
// one asked ("Mike, can you…", "Rick: Could you…"; pastAddress), and the
// request starts at k; a short clause and a comma, and a connective or not, may
// set the scene ("For the Friday dinner, can you book…", "If you have
// time, could you…", "Dana is out, so could you…"), and the request
// starts at the "can". A clause opening with "if" needs no comma ("If so
// can you…"). The writer's thanks to come ask too ("I would appreciate
// your comments on the lease", "We'd greatly appreciate it if…"; see
// appreciates), and so do a wish for the reader's help ("It would be
// great if you could…"; see wouldHelp) and a sentence that opens on "if
// you could" or the like ("If you could look over the hay count."; see
// ifYouCould).
// "Could you imagine…" and "Can you believe…" marvel, and ask nothing
// (marvelVerbs).
func (t *Tables) politeAsk(f *Features, k int) int {
	toks := f.Tokens
	asks := func(k int) bool {
		if k+1 >= len(toks) || toks[k].Kind != Word {
			return false
		}
		if t.askees.Has(toks[k+1].Hash) && t.politeAux.Has(toks[k].Hash) {
			// "Could you imagine the mill closing?" marvels
			return k+2 >= len(toks) || !t.marvel.Has(toks[k+2].Hash)
		}
		return t.appreciates(f, k) || t.wouldHelp(f, k) || t.asksToHave(f, k)
	}
	first := k
	k = pastAddress(f, k)
	if asks(k) || t.ifYouCould(f, k) {
		return first
	}
	cond := toks[k].Hash == t.ifHash
	for j := k + 1; j < len(toks) && j <= k+maxSceneWords && f.sent[j] == f.sent[k]; j++ {
		if cond && j >= k+2 && asks(j) {
			return j // "If so can you send the scan": the comma left out
		}
		if toks[j].Kind == Punct {
			if n := j + 1; toks[j].Char == ',' && n < len(toks) && f.sent[n] == f.sent[k] {
				if n+1 < len(toks) && f.sent[n+1] == f.sent[k] && t.openers.Has(toks[n].Hash) {
					n++ // "Dana is out today, so could you send…"
				}
				if asks(n) {
					return n
				}
			}
			break
		}
	}
	return -1
}

// pastAddress returns where a sentence opening at toks[k] goes on after
// the name it addresses, set off by a comma or a colon ("Mike, can you…",
// "Rick: could you…"), or k when it addresses no one so. A capitalized
// opener set off the same way is passed over too ("Also, can you…").
func pastAddress(f *Features, k int) int {
	toks := f.Tokens
	if k+3 < len(toks) && toks[k].Kind == Word && toks[k].Upper && toks[k+1].Kind == Punct && (toks[k+1].Char == ',' || toks[k+1].Char == ':') &&
		f.sent[k+2] == f.sent[k] {
		return k + 2
	}
	return k
}

// appreciates reports whether the writer's thanks to come, opening at
// token k, ask for something of the reader: "I" or "we" and "would", or
// "I'd" or "we'd", up to two words of degree ("really", "greatly", "very
// much"), "appreciate" and one of appreciatedAsks ("I would appreciate
// your thoughts on the barn lease", "we'd really appreciate it if you
// could…", "I would appreciate a call"). "I would appreciate the rain"
// thanks for nothing the reader can do.
func (t *Tables) appreciates(f *Features, k int) bool {
	toks := f.Tokens
	n := f.sent[k]
	switch {
	case k+1 < len(toks) && (toks[k].Hash == t.iHash || toks[k].Hash == t.weHash) && toks[k+1].Hash == t.wouldHash:
		k += 2
	case t.wouldSubject.Has(toks[k].Hash):
		k++
	default:
		return false
	}
	k = t.pastDegree(f, k, n)
	return k+1 < len(toks) && f.sent[k+1] == n && toks[k].Hash == t.appreciateHash && t.appreciatedAsk.Has(toks[k+1].Hash)
}

// wouldHelp reports whether the sentence opening at token k asks in the
// shape of a wish: "it would be", "that will be" or "it'd be", up to two
// words of degree, one of helpWords and "if", and then the one asked with
// "could", "would", "can" or "will" and a step ("It would be great if
// you could send the lease", "it'd be very helpful if someone could weigh
// the bales"), the work put passively ("it would be nice if it could be
// signed by Friday"), or what the writer would get ("It would be helpful
// if I could get the hay tally"). "It would be nice if Dana had a
// barn" wishes, and asks nothing of the reader.
func (t *Tables) wouldHelp(f *Features, k int) bool {
	toks := f.Tokens
	n := f.sent[k]
	switch {
	case f.inSent(k+2, n) && t.itSubject.Has(toks[k].Hash) && (toks[k+1].Hash == t.wouldHash || toks[k+1].Hash == t.willHash) &&
		toks[k+2].Hash == t.beHash:
		k += 3
	case f.inSent(k+1, n) && t.itWould.Has(toks[k].Hash) && toks[k+1].Hash == t.beHash:
		k += 2
	default:
		return false
	}
	k = t.pastDegree(f, k, n)
	if !f.inSent(k+4, n) || !t.helpWord.Has(toks[k].Hash) || toks[k+1].Hash != t.ifHash {
		return false
	}
	who, aux, v := toks[k+2].Hash, toks[k+3].Hash, toks[k+4].Hash
	if !t.politeAux.Has(aux) || v == t.notHash {
		return false
	}
	switch {
	case t.askees.Has(who):
		return aux == t.couldHash || !t.stateVerb.Has(v)
	case t.itSubject.Has(who):
		return v == t.beHash && f.inSent(k+5, n) && toks[k+5].Kind == Word // "if it could be signed"
	case who == t.iHash:
		return t.getVerb.Has(v)
	}
	return false
}

// pastDegree returns the token after up to two words of degreeWords
// from token k in sentence n ("very much" in "we'd very much
// appreciate"), or k where there are none.
func (t *Tables) pastDegree(f *Features, k, n int) int {
	for d := 0; d < 2 && k < len(f.Tokens) && f.sent[k] == n && t.degree.Has(f.Tokens[k].Hash); d++ {
		k++
	}
	return k
}

// ifYouCould reports whether the sentence opening at token k asks in the
// shape of a condition: "if you could" and a verb ("If you could look over
// the hay count and call him.", "If you could send it by Friday, that
// would help"), or "if you would" or "if you will" and a verb of a deed
// ("If you will email me the gate code, I'll pass it on", "If you would
// please send…"). "If you could not come" is a condition, and "if you
// would like", "if you will be there" and "if you can" state one
// (stateVerbs).
func (t *Tables) ifYouCould(f *Features, k int) bool {
	toks := f.Tokens
	if k+3 >= len(toks) || f.sent[k+3] != f.sent[k] || toks[k].Hash != t.ifHash || toks[k+1].Hash != t.youHash || toks[k+3].Kind != Word {
		return false
	}
	switch aux, v := toks[k+2].Hash, toks[k+3].Hash; aux {
	case t.couldHash:
		return v != t.notHash
	case t.wouldHash, t.willHash:
		return !t.stateVerb.Has(v)
	}
	return false
}

// PleaseAsks reports whether question h asks with "please" after the one
// asked, in the polite form politeAsk reads ("Could you please send the
// lease?", "Mike, would you please call Dana?"), or after "we" opening it
// ("Can we please move the crates?"), or that ends on "please" ("Would
// you check the gate code please?"), or with "would you mind" ("Would
// you mind faxing the lease?"), or that asks to hand over a thing it
// names ("Can you send me the gate code?"; asksForThing): a request in
// the shape of a question, which the reasons call a request.
func (t *Tables) PleaseAsks(f *Features, h Hit) bool {
	k := int(h.Tok)
	return t.pleasesAt(f, k, t.politeAsk(f, k))
}

// pleasesAt is PleaseAsks for the sentence opening at token k, given a,
// what politeAsk returns for it.
func (t *Tables) pleasesAt(f *Features, k, a int) bool {
	toks := f.Tokens
	if a < 0 { // politeAsk reads no "we"
		return t.pleaseWe(f, k)
	}
	for j := a; j+1 < len(toks) && j <= a+4 && f.sent[j+1] == f.sent[a]; j++ {
		if t.askees.Has(toks[j].Hash) {
			if toks[j+1].Hash == t.pleaseHash || toks[j+1].Hash == t.mindHash && toks[j].Hash == t.youHash &&
				(j+2 >= len(toks) || toks[j+2].Hash != t.ifHash) {
				return true // "would you mind faxing it?" asks as politely; "would you mind if I…" asks leave
			}
			break
		}
	}
	// "Would you check the gate code please?": "please" last, before the mark
	e := f.sentLast(a)
	for e > a && toks[e].Kind == Punct {
		e--
	}
	return e > a && toks[e].Hash == t.pleaseHash || t.asksForThing(f, a)
}

// asksForThing reports whether the polite ask opening at token a ("can
// you", "could someone"…) asks the reader to hand over a thing it names
// or to do a piece of work on one: one of handOverVerbs, whom or where it
// goes to (handOverTo) or not, or one of workVerbs and a particle
// (workParticles) or not, then a determiner or not and a content word, or
// a short word before one ("Can you send me the security
// questionnaire?", "Could you forward the gate code to Dana?", "could you
// send me the PO number?", "Could you review the lease?", "can you set up
// the barn tour?"). "Help", and whom it helps or not, may come first
// ("can you help us find a buyer?"), or "help" and "with" and the thing
// ("could you help me with the grange lease?"). Asking for news or a view
// names no thing: "can you send me an update?", "could you send your
// thoughts?" (stop words and appreciatedAsks), and nor do "can you send
// them over?" and "could you review it?".
func (t *Tables) asksForThing(f *Features, a int) bool {
	a = pastAddress(f, a) // "Hal, can you review the lease?": the ask starts at "can"
	if t.asksToHave(f, a) {
		return true // "Could I have the grange minutes?"
	}
	n, j := f.sent[a], a+2
	if f.hashIn(j, n) == t.helpHash {
		j++
		if t.helpee.Has(f.hashIn(j, n)) {
			j++
		}
		if f.hashIn(j, n) == t.withHash {
			return t.namesThing(f, j+1, n)
		}
	}
	switch h := f.hashIn(j, n); {
	case t.handOver.Has(h):
		j++
		for end := j + 2; j < end && t.handOverTo.Has(f.hashIn(j, n)); j++ {
		}
	case t.workVerb.Has(h):
		j++
		if t.workParticle.Has(f.hashIn(j, n)) {
			j++
		}
	default:
		return false
	}
	return t.namesThing(f, j, n)
}

// asksToHave reports whether the words from toks[k] on ask for a thing
// to be given to the writer or the writer's side: one of haveAux, "I" or
// "we", "please" or not, one of haveVerbs and a thing named (namesThing):
// "Could I have the grange minutes?", "May I please have the hay
// tally?", "Can we get the signed lease back by Friday?". "Can I get you
// a coffee?" offers (no thing named after "get"), "Could I have sent it
// sooner?" looks back (pastForm), and "can we get together at the barn?"
// and "could I get back to you?" say where the writer goes (getAbouts).
func (t *Tables) asksToHave(f *Features, k int) bool {
	n := f.sent[k]
	if !t.haveAux.Has(f.hashIn(k, n)) {
		return false
	}
	if h := f.hashIn(k+1, n); h != t.iHash && h != t.weHash {
		return false
	}
	j := k + 2
	if f.hashIn(j, n) == t.pleaseHash {
		j++
	}
	if !t.haveVerb.Has(f.hashIn(j, n)) {
		return false
	}
	j++
	return f.inSent(j, n) && !t.getAbout.Has(f.Tokens[j].Hash) && !t.pastForm(f, j) && t.namesThing(f, j, n)
}

// namesThing reports whether the words from toks[j] on, in sentence n,
// name a thing: a determiner or not, and a content word, or a short word
// before one (see asksForThing).
func (t *Tables) namesThing(f *Features, j, n int) bool {
	toks := f.Tokens
	if f.inSent(j, n) && t.determiner[0].Has(toks[j].Hash) {
		j++
	}
	word := func(k int) bool {
		return f.inSent(k, n) && toks[k].Kind == Word && f.cls[k]&wStop == 0 && !t.appreciatedAsk.Has(toks[k].Hash)
	}
	// a content word, as the count of them reads one
	content := func(k int) bool { return toks[k].End-toks[k].Start >= 4 || t.acronym(f, k) }
	// or a short word that leads one, naming the thing with it: "the tax
	// form", "the PO number", "the new pricing"; not a preposition or a
	// pronoun ("send that by Friday", "get those to Chris"; looseEnds)
	return word(j) && (content(j) || !t.looseEnds.Has(toks[j].Hash) && word(j+1) && content(j+1))
}

// pleaseWe reports whether the sentence opening at toks[k] asks with
// "can", "could" or the like, "we" and "please": "Can we please move the
// crates?", which politeAsk, reading only "you" and "someone", leaves to
// PleaseAsks.
func (t *Tables) pleaseWe(f *Features, k int) bool {
	toks := f.Tokens
	return k+2 < len(toks) && t.politeAux.Has(toks[k].Hash) && toks[k+1].Hash == t.weHash && toks[k+2].Hash == t.pleaseHash
}

// maxSceneOpen bounds the phrase that may set the scene before an
// instruction (see leadsOff).
const maxSceneOpen = 4

// maxSceneWords bounds the clause that may set the scene before a polite
// ask (see politeAsk).
const maxSceneWords = 8

// maxCondWords bounds the condition before a "please" that no comma ends
// (see leadsOff).
const maxCondWords = 20

// instructs reports whether the imperative word at toks[i], opening its
// sentence (see leadsOff), starts an instruction: not when it is the
// sentence's subject ("book is on your desk", "Call went well", "Order
// 7731-220 shipped today"; headsSubject), nor before a colon, where it
// is a label or the name the email greets ("Note: the dock closes at 4",
// "Bill: the memo you asked for", "Bill and Dana: the memo…"), and an
// adverb of the imperatives ("only", "never") only before another ("Only
// send the signed copy", "Never share the code"); "Only the first two
// sites are live" tells. Nor does a sign-off ("Talk to you soon"; see
// signsOff), an apology ("Please excuse the late reply", "please
// forgive my typos"; "please excuse Sam from the class" asks) or a
// notice ("Please be advised that the dock is closed"). "Take care"
// says goodbye unless "of" or "that" tells the reader what to
// look after ("Take care and talk soon"; "take care of the invoice").
// Nor does a notice or an announcement ("Please keep in mind that…",
// "Please join me in welcoming Dana"; heedPhrases), "have" and a past
// participle ("Have worked with Dana on the roof", the "I" left out), or
// a verb that is a first name too, naming ("Bill Haskins has asked…";
// nameVerbs), nor a label in capitals (capsLabel).
func (t *Tables) instructs(f *Features, i int) bool {
	toks, cls := f.Tokens, f.cls
	if t.headsSubject(f, i) || i+1 < len(toks) && toks[i+1].Kind == Punct && toks[i+1].Char == ':' {
		return false
	}
	if i+3 < len(toks) && toks[i].Upper && (toks[i+1].Hash == t.andHash || toks[i+1].Kind == Punct && toks[i+1].Char == '&') &&
		toks[i+2].Kind == Word && toks[i+2].Upper && toks[i+3].Kind == Punct && toks[i+3].Char == ':' {
		return false // "Bill and Dana:" greets two
	}
	if i+1 < len(toks) && (i == 0 || toks[i].NL) && toks[i].Upper && setOffDash(toks, i+1) {
		return false // "Bill - if the count is right…", "Route - the trucks…": a name that greets or a heading
	}
	if i+1 < len(toks) && toks[i].Hash == t.takeHash && toks[i+1].Hash == t.careHash {
		return i+2 < len(toks) && toks[i+2].Kind == Word && (toks[i+2].Hash == t.ofHash || toks[i+2].Hash == t.thatHash)
	}
	if t.signsOff(toks, i) {
		return false // "Talk to you soon"
	}
	if i+1 < len(toks) && toks[i].Hash == t.dontHash && t.unsaidI.Has(toks[i+1].Hash) {
		return false // "Don't know who signs": "I don't know"
	}
	if i+1 < len(toks) && toks[i].Hash == t.doHash && t.doSubject.Has(toks[i+1].Hash) {
		return false // "do i owe you a call", "Do you have the count": a question without its mark
	}
	if t.notice(f, i) {
		return false // "Please note that the dock closes at 4"
	}
	if i+2 < len(toks) && toks[i].Hash == t.pleaseHash {
		// "Please excuse the delay" apologizes ("please excuse Sam from the
		// class" asks); "Please be advised that…" gives notice
		if v, w := toks[i+1].Hash, toks[i+2].Hash; t.pardon.Has(v) && t.pardoned.Has(w) || v == t.beHash && t.advised.Has(w) {
			return false
		}
	}
	for n := 2; n <= 4 && i+n <= len(toks); n++ {
		if t.noStep.Has(wordsKey(toks[i : i+n])) {
			return false // "Don't work too hard", "Take it easy": a way to say goodbye; "Keep in mind that…"
		}
	}
	if i+1 < len(toks) && toks[i].Hash == t.haveHash && t.hadDone(f, i+1) {
		return false // "Have worked with Dana on the roof": "I have", a report
	}
	if t.capsLabel(f, i) || t.titleLabel(f, i) {
		return false // "BOOK ID", "CONFIRM DESK", "Draft Note from Dana:": a label
	}
	if i+1 < len(toks) && toks[i].Upper && t.nameVerb.Has(toks[i].Hash) && toks[i+1].Kind == Word &&
		!t.determiner[0].Has(toks[i+1].Hash) && !t.objects.Has(toks[i+1].Hash) {
		return false // "Bill Haskins has asked", "Bill of Sale", "Bill actually sold it": a name
	}
	if !t.leadAdverb.Has(toks[i].Hash) {
		return true
	}
	return i+1 < len(toks) && toks[i+1].Kind == Word && cls[i+1]&wImperative != 0
}

// headsSubject reports whether the imperative word at toks[i] is the
// subject of what its sentence tells: a predicate word follows it ("book
// is on your desk", "Call went well"; predicateWords), or it is the noun
// of a thing its number names, a word of numbering or a figure after it
// (with "#", "-" or "/" between figures), and then a predicate word or a
// verb of what became of it (statusVerbs): "Invoice number is 4411",
// "Order #58 was paid", "Order 7731-220 shipped today". "Order 40 more
// pallets" and "Call 555-0142 tomorrow" instruct.
func (t *Tables) headsSubject(f *Features, i int) bool {
	toks, n := f.Tokens, f.sent[i]
	if i+1 < len(toks) && toks[i+1].Kind == Word && t.predicate.Has(toks[i+1].Hash) {
		return true
	}
	j, named := i+1, false
	if f.inSent(j, n) && toks[j].Kind == Word && t.numbering.Has(toks[j].Hash) {
		j, named = j+1, true
	}
	for ; f.inSent(j, n) && (toks[j].Kind == Num || toks[j].Kind == Punct && strings.ContainsRune("#-/", toks[j].Char)); j++ {
		named = named || toks[j].Kind == Num
	}
	return named && f.inSent(j, n) && toks[j].Kind == Word && (t.predicate.Has(toks[j].Hash) || t.statusVerb.Has(toks[j].Hash))
}

// asksYouTo reports whether the writer's wish opening at token i ("I",
// "we", "I'd") asks the reader for a deed: a word of wantYouWords, after
// "would" or not, then "you to" and a verb ("I want you to count the
// bales", "we would like you to sign", "I'd like you to call Dana"), or
// "to ask you to" between ("I want to ask you to send it"); "I want you
// to know that…" and "…to be aware" tell (mindVerbs, mindStates).
func (t *Tables) asksYouTo(f *Features, i int) bool {
	toks, n := f.Tokens, f.sent[i]
	j := i + 1
	if f.inSent(j, n) && toks[j].Hash == t.wouldHash {
		j++ // "I would like"
	}
	if !f.inSent(j, n) || !t.wantYou.Has(toks[j].Hash) {
		return false
	}
	j++
	if f.inSent(j+2, n) && toks[j].Hash == t.toHash && toks[j+1].Hash == t.askHash {
		j += 2 // "I want to ask you to…"
	}
	if !f.inSent(j+2, n) || toks[j].Hash != t.youHash || toks[j+1].Hash != t.toHash || toks[j+2].Kind != Word {
		return false
	}
	v := toks[j+2].Hash // "I want you to know that…" tells; "…to be aware" too
	return !t.mindVerb.Has(v) && !(v == t.beHash && f.inSent(j+3, n) && t.mindState.Has(toks[j+3].Hash))
}

// needsThing reports whether the writer's sentence opening at token i
// ("I", "we") says the writer needs a thing it names: "need", after one of
// needLeads or not, then a thing (namesThing): "I need access to the
// grange ledger", "we will need the signed lease by Friday", "I do need
// your signature on the hay contract". That asks the reader for it. "We
// still need…" reminds (a nudge phrase), and "I need to…" and "we need
// more time" name no thing. With an adverb between ("I also need…") the
// sentence is no request: Novel may quote it as a point.
func (t *Tables) needsThing(f *Features, i int) bool {
	n := f.sent[i]
	if h := f.hashIn(i, n); h != t.iHash && h != t.weHash {
		return false
	}
	// the sentence opens on it, or on a short clause and a comma, as a
	// polite ask may (maxSceneWords: "In addition, we will need…", "As we
	// discussed Monday, I need…"); "I think we need a second roofer" gives a
	// view, and "…that I need" says which thing
	if first := f.sentFirst(i); i != first && (i-1-first > maxSceneWords || f.Tokens[i-1].Kind != Punct || f.Tokens[i-1].Char != ',') {
		return false
	}
	j := i + 1
	if t.needLead.Has(f.hashIn(j, n)) {
		j++
	}
	return f.hashIn(j, n) == t.needHash && t.namesThing(f, j+1, n)
}

// capsLabel reports whether the imperative word at toks[i] and the word
// after it are written in capitals, the second no word that an
// instruction goes on with (capsObject: "SEND THE FILE", "CALL ME"), in
// a text that has small letters elsewhere: a label or a heading ("BOOK
// ID POST ID", "CONFIRM DESK", "SCHEDULE CHANGE"). "PLEASE", "DO NOT",
// "HAVE" and "NEVER" still ask (capsVerb), and so does a sentence that
// ends on "!" ("FIX NAME!"); a text written all in capitals is read as
// written.
func (t *Tables) capsLabel(f *Features, i int) bool {
	toks := f.Tokens
	if i+1 >= len(toks) || t.capsVerb.Has(toks[i].Hash) || toks[i+1].Kind != Word || t.capsObject.Has(toks[i+1].Hash) {
		return false
	}
	if !f.capsWord(toks[i]) || !f.capsWord(toks[i+1]) {
		return false
	}
	if _, _, end := f.Sentence(i); f.endsIn(end, "!", " \t\n") {
		return false // "FIX NAME!": shouted
	}
	return strings.ContainsFunc(f.text, unicode.IsLower)
}

// titleLabel reports whether the imperative word at toks[i], in title
// case, heads a title: the words after it on its line are capitalized, but
// for the small words that join a title's (titleJoinWords), and name no
// weekday or month, and they run to a colon ("Check Loft Temperatures:",
// "Draft Note from Dana Hale:"), to a list item's number ("Draft Barn
// Lease 2.", a list run into one line) or, three of them or more, to the
// line's end ("Review Moisture Readings of the North Loft."). A name or
// two after the verb is whom an instruction is about: "Call Hal Jones.",
// "Ask Jeff", "Call Hal Monday."
func (t *Tables) titleLabel(f *Features, i int) bool {
	toks := f.Tokens
	if !toks[i].Upper || f.capsWord(toks[i]) || toks[i].Hash == t.pleaseHash {
		return false // "DO NOT SELL THE HAY": capitals are capsLabel's
	}
	caps, j := 0, i+1
	for ; j < len(toks) && !toks[j].NL && (toks[j].Kind == Word || toks[j].Char == '&'); j++ {
		switch tk := toks[j]; {
		case tk.Kind != Word: // "&"
		case tk.Upper && f.cls[j]&(wMonth|wWeekday) == 0:
			caps++
		case !t.titleJoin.Has(tk.Hash):
			return false
		}
	}
	lineEnd := func(n int) bool { return n >= len(toks) || toks[n].NL }
	switch {
	case caps == 0:
		return false
	case lineEnd(j):
		return caps >= 3
	case toks[j].Kind == Punct && toks[j].Char == ':':
		return true
	case toks[j].Kind == Punct && toks[j].Char == '.':
		return caps >= 3 && lineEnd(j+1)
	case toks[j].Kind == Num:
		return j+1 < len(toks) && toks[j+1].Kind == Punct && (toks[j+1].Char == '.' || toks[j+1].Char == ')')
	}
	return false
}

// clauseAhead reports whether a clause's verb (clauseVerbs: "is", "has",
// "will") stands among the seven words from toks[n] (inClause; "the
// co-op has sold"); a number may stand among them ("the 40 bales for the
// grange are paid").
func (t *Tables) clauseAhead(toks []Token, n int) bool {
	return inClause(toks, n, n+7, func(k int) bool { return t.clauseVerb.Has(toks[k].Hash) })
}

// pastAhead reports whether a verb's past form (pastForm: "signed",
// "voted", "sent") stands among the six words after toks[n], which opens
// the clause (inClause): "Note that Dana signed the lease", "note that
// the grange voted it down". The word at toks[n], right after "that", is
// left out: "Note that revised figure" points at a thing.
func (t *Tables) pastAhead(f *Features, n int) bool {
	return inClause(f.Tokens, n+1, n+7, func(k int) bool { return t.pastForm(f, k) })
}

// inClause reports whether match holds for a token of toks[from:end],
// read up to the first mark but a hyphen inside a word ("the co-op").
func inClause(toks []Token, from, end int, match func(k int) bool) bool {
	for k := from; k < len(toks) && k < end && (toks[k].Kind != Punct || gluedHyphen(toks, k)); k++ {
		if match(k) {
			return true
		}
	}
	return false
}

// notice reports whether the word at toks[i] opens a notice: "note",
// "remember" or "know" and "that" after "please", "also" or "just" between
// or not ("Please note that the dock closes at 4", "Please remember that
// Lena signs", "please also know that the gate code changed"), the
// "please" itself or the "note" after it, or "Note that" and the writer
// ("Note that I am still checking": news of the writer's) or a clause
// ("Note that the co-op has sold the barn"; "Note that figure in the
// ledger" instructs), or "note", "please" before it or not, and a
// clause without its "that" ("Please note this draft is for discussion
// only", "Note the lease is not attached") or a comma ("Please note,
// however, …"). Nothing is asked of the reader.
func (t *Tables) notice(f *Features, i int) bool {
	toks, cls := f.Tokens, f.cls
	j := i
	if toks[i].Hash == t.pleaseHash {
		j++
		if j < len(toks) && t.sendHop.Has(toks[j].Hash) {
			j++ // "please also note that"
		}
	}
	if j+1 < len(toks) && toks[j].Hash == t.noteHash && toks[j+1].Hash != t.thatHash {
		// "Please note this draft is for discussion only": "that" left
		// out, a clause's "is" or "are" within the seven words after; or a
		// comma after "note" ("PLEASE NOTE, HOWEVER, the gate stays shut")
		if toks[j+1].Kind == Punct && toks[j+1].Char == ',' {
			return true
		}
		return t.clauseAhead(toks, j+1)
	}
	if j+1 >= len(toks) || toks[j+1].Hash != t.thatHash {
		return false
	}
	switch toks[j].Hash {
	case t.noteHash:
		return j > i || j+2 < len(toks) && (cls[j+2]&wSubject != 0 || i > 0 && toks[i-1].Hash == t.pleaseHash || t.clauseAhead(toks, j+2) || t.pastAhead(f, j+2))
	case t.rememberHash, t.knowHash:
		return j > i
	}
	return false
}

// asksYou reports whether the imperative word at toks[i] opens a question
// with "you", "I" or "we" after it: "Have you seen the deck?", "have we
// ordered the belts?", which the features count as an instruction, as
// they were fitted, but the reasons call no request ("Have you seen the
// deck." without its mark still asks; "Do you know who signs." is no
// instruction at all, see instructs).
func (t *Tables) asksYou(f *Features, i int) bool {
	if i+1 == len(f.Tokens) || f.Tokens[i+1].Hash != t.youHash && f.cls[i+1]&wSubject == 0 {
		return false
	}
	_, _, end := f.Sentence(i)
	return f.asksAt(end)
}

// invitesQuestions reports whether the instruction at toks[i] is a closer
// that invites questions ("Please call with any questions", "Please call
// me if you have any questions"): how to reach the writer, which the
// features count as an instruction, as they were fitted, but the reasons
// call no request. "Please review the draft and call me with any
// questions" still asks for the review. The closer may start after
// "please" ("Please do not hesitate to contact me with any questions").
func (t *Tables) invitesQuestions(f *Features, i int) bool {
	toks := f.Tokens
	at := toks[i].Start
	if toks[i].Hash == t.pleaseHash && i+1 < len(toks) && f.sent[i+1] == f.sent[i] {
		at = toks[i+1].Start
	}
	for _, o := range f.Hits {
		if o.Kind == Closer && (o.Start == toks[i].Start || o.Start == at) {
			return t.closes(f, o)
		}
	}
	return false
}

// leadsOff reports whether the word at toks[i] is where its sentence's
// verb may stand first: the sentence's first word (from g, the first word
// after any greeting), or the word after a connective or "please"
// (Tables.openers: "Also please send…", "And call Dana"), or after a
// capitalized word and a comma that name the one asked ("Dana, send…",
// "Also, call…"), or after a phrase of up to maxSceneOpen words that a
// word of sceneOpeners starts and a comma ends ("Next time, send…",
// "If so, call…"), or a condition or a cause of up to maxSceneWords
// words that a word of condOpeners starts, in a sentence with no closer
// ("If the lease suits you, please return it", "Since I'm away, send…",
// but not "If anything in it puzzles you, please let me know"), or, for
// "please", one of up to maxCondWords words without its comma ("When
// you have finished please return it"), or a name without its comma
// ("Dana please send…"; see namesAsked), or a list item's number ("the
// chores: 1) Please send Hal the key 2) Sign the lease"; see itemOpens).
// "We send", "The call went well" and "Tuesday's call" lead with
// something else.
func (t *Tables) leadsOff(f *Features, g, i int) bool {
	toks, sent := f.Tokens, f.sent
	if i == g || sent[i] != sent[i-1] || itemOpens(f, i) {
		return true
	}
	if toks[i].Hash == t.pleaseHash {
		// "When you have finished please return the file": "please" after
		// a condition its comma left out
		if first := f.sentFirst(i); first >= g && i-first <= maxCondWords && t.conditions(f, first) {
			return true
		}
		// "Marta please file the ledger": the name of the one asked,
		// its comma left out; "Attached please find" hands over
		if j := i - 1; namesAsked(f, g, j) && !attachAt(f, j) && !attachAt(f, i) {
			return true
		}
	}
	j := i - 1
	if toks[j].Kind == Punct && toks[j].Char == ',' && j > g && sent[j-1] == sent[i] {
		j--
		if namesAsked(f, g, j) {
			return true // "Dana, send…", "Also, call…"
		}
		for k := j; k >= g && k > j-maxSceneWords && (toks[k].Kind == Word || gluedHyphen(toks, k)) && sent[k] == sent[i]; k-- {
			if k == g || sent[k-1] != sent[i] {
				if k > j-maxSceneOpen && t.sceneOpen.Has(toks[k].Hash) {
					return true // "Next time, send…"
				}
				// "If the lease suits you, please return it", "Since I'm
				// away, send…": a condition or a cause, which a closer's
				// does not make a request ("If anything in it puzzles
				// you, please let me know")
				return t.conditions(f, k)
			}
		}
	}
	return toks[j].Kind == Word && t.openers.Has(toks[j].Hash) && (j == g || sent[j-1] != sent[i])
}

// itemOpens reports whether toks[i] follows a list item's number and
// its ")" or "." ("1) Please send…", "(2) Sign…", "3. Call…"), which
// listMarker tells from a figure ("page 1) for", "we shipped 2."), where
// the item starts a line or follows a colon or a sentence's end and a
// space: a list run into a clause ("the mill would 1) set the price 2)
// …") names options, not steps, and "of 4/12/03)" closes a date.
func itemOpens(f *Features, i int) bool {
	toks := f.Tokens
	j := i - 1
	if j < 1 || toks[j].Kind != Punct || toks[j].Char != ')' && toks[j].Char != '.' {
		return false
	}
	k := j - 1
	if n := toks[k]; n.Kind != Num || n.End != toks[j].Start || !listMarker(f.text, toks, k) {
		return false
	}
	if k > 0 && toks[k-1].Kind == Punct && toks[k-1].Char == '(' && toks[k-1].End == toks[k].Start {
		k-- // "(2)"
	}
	if k == 0 || toks[k].NL {
		return true
	}
	// "chores: 1)", "lease. 2)", not "of 4/12/03)"
	p := toks[k-1]
	return p.Kind == Punct && p.End < toks[k].Start && strings.ContainsRune(".:;!?", p.Char)
}

// namesAsked reports whether token j, a capitalized word that is no
// pronoun or person word, opens its sentence (from g, the first word
// after any greeting): the name of the one asked, or a connective, before
// an instruction ("Dana, send…", "Marta please file…", "Also, call…").
func namesAsked(f *Features, g, j int) bool {
	tk := f.Tokens[j]
	return tk.Kind == Word && tk.Upper && f.cls[j]&(wSubject|wPerson) == 0 && (j == g || f.sent[j-1] != f.sent[j])
}

// attachAt reports whether an attachment word's hit (AttachWord) starts
// at token k: "Attached", "please find".
func attachAt(f *Features, k int) bool {
	for _, h := range f.Hits {
		if h.Kind == AttachWord && h.Start == f.Tokens[k].Start {
			return true
		}
	}
	return false
}

// conditions reports whether the sentence token k opens starts with a
// word of condOpeners and holds no closer: a condition set before the
// instruction ("If the lease suits you, please return it"), where a
// closer's makes an offer ("If anything puzzles you, please let me
// know").
func (t *Tables) conditions(f *Features, k int) bool {
	return t.condOpen.Has(f.Tokens[k].Hash) && !closerIn(f, f.sent[k], nil)
}

// closerIn reports whether sentence n holds a closer (Closer: "let me
// know", "please call", "if you have any questions") that ok accepts, or
// any closer when ok is nil.
func closerIn(f *Features, n int, ok func(Hit) bool) bool {
	for _, o := range f.Hits {
		if o.Kind == Closer && f.sent[o.Tok] == n && (ok == nil || ok(o)) {
			return true
		}
	}
	return false
}

// signsOff reports whether the word at toks[i] opens a sign-off: a verb
// of signOffVerbs, then "you" or a casual "ya" or "u" (after "to", "with"
// or "at", or at once) or not, and a word of signOffEnds that ends the
// clause ("talk to you soon", "speak with you later", "talk soon", "see
// you soon,", "talk with ya later", "talk to you Monday"). "Talk to you
// soon about the renewal" still says what the talk is for.
func (t *Tables) signsOff(toks []Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != Word || !t.signOffVerb.Has(toks[i].Hash) {
		return false
	}
	j := i + 1
	if j+1 < len(toks) && toks[j].Kind == Word && t.signOffTo.Has(toks[j].Hash) && toks[j+1].Kind == Word && t.signOffYou.Has(toks[j+1].Hash) {
		j++
	}
	if j < len(toks) && toks[j].Kind == Word && t.signOffYou.Has(toks[j].Hash) {
		j++
	}
	if j >= len(toks) || toks[j].Kind != Word || !t.signOffEnd.Has(toks[j].Hash) {
		return false
	}
	return j+1 == len(toks) || toks[j+1].NL || toks[j+1].Kind == Punct
}

// say records that sentence k states something, starting at token i: the
// word there and, when it is a person ("I", "we've") or "please", the word
// after it. A sentence is recorded once, for its first statement, save
// that a request or a commitment after a point of the writer's is what
// the sentence is for ("Since I will ride out Friday, please send the
// count to Dana", "I am not sure of the count, but I will weigh the
// bales").
func (f *Features) say(kind SaidKind, i, k int) {
	if f.saidIn(k) {
		n := len(f.Says)
		if kind == SaysPoint || f.Says[n-1].Kind != SaysPoint {
			return
		}
		f.Says = f.Says[:n-1]
	}
	toks := f.Tokens
	end := toks[i].End
	if i+1 < len(toks) && toks[i+1].Kind == Word && f.sent[i+1] == k &&
		(f.cls[i]&(wSubject|wPerson) != 0 || strings.EqualFold(f.text[toks[i].Start:toks[i].End], "please")) {
		end = toks[i+1].End
	}
	f.Says = append(f.Says, Said{Kind: kind, Start: toks[i].Start, End: end, Tok: int32(i)})
}

// saidIn reports whether sentence k's statement is recorded already.
func (f *Features) saidIn(k int) bool {
	n := len(f.Says)
	return n > 0 && f.sent[f.Says[n-1].Tok] == k
}

// acronym reports whether the short word at token i is a name in capitals
// that carries content however short it is ("SSO", "DPA", "SOW", "CFO"),
// and not the last word, where initials sign the email off.
func (t *Tables) acronym(f *Features, i int) bool {
	return i < f.lastWord && f.cls[i]&wCapitals != 0
}

// capitals reports whether tk is three to five capital letters and none of
// the few that only mark an email ("FYI", "ASAP").
func (t *Tables) capitals(text string, tk Token) bool {
	if n := tk.End - tk.Start; n < 3 || n > 5 || !tk.Upper {
		return false
	}
	for _, c := range []byte(text[tk.Start:tk.End]) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return !t.markers.Has(tk.Hash)
}

// lastWord returns the index of the last word token, -1 if there is none.
func lastWord(toks []Token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].Kind == Word {
			return i
		}
	}
	return -1
}

// datedContext turns each date that points back (PastDate) into context
// (Covered) when a request or a commitment of the writer's follows it in
// its sentence, free of check-in language, and returns how many it
// turned: "As we discussed yesterday, please send me the grange ledger",
// "as we discussed on Monday, could you send me the ledger?" (a polite
// ask; PleaseAsks), "As we discussed last week, I will bring the hay
// samples".
// The day dates the talk the request or the promise comes out of, which
// asks or promises something new all the same. A date after the request
// still points back: "Call me about the hay schedule I sent Monday".
func (t *Tables) datedContext(f *Features) int {
	n := 0
	for i := range f.Hits {
		h := &f.Hits[i]
		if h.Kind != PastDate {
			continue
		}
		k := f.sent[h.Tok]
		if f.nudgeSent[k] {
			continue
		}
		asks := slices.ContainsFunc(f.Says, func(s Said) bool {
			return s.Tok > h.Tok && f.sent[s.Tok] == k && (s.Kind == SaysRequest || s.Kind == SaysWill)
		}) || slices.ContainsFunc(f.Hits, func(q Hit) bool {
			if q.Kind != Question || f.sent[q.Tok] != k {
				return false
			}
			a := t.politeAsk(f, int(q.Tok)) // where the ask starts, after any scene set before it
			return a > int(h.Tok) && t.pleasesAt(f, int(q.Tok), a)
		})
		if asks {
			h.Kind = Covered
			n++
		}
	}
	return n
}
