// Package feat turns a message into the features Dialtone's classifier
// uses: phrase hits with byte spans, hand-built numeric features and hashed
// word n-grams. The trainer and the classifier share it, so a model is
// always scored with the features it was trained on.
package feat

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Version names the feature set; a model records the version it was trained
// with. Bump it whenever tokenization, tables or features change.
const Version = "feat-49"

// ThreadMsg is one earlier message of the thread, oldest first.
type ThreadMsg struct {
	Inbound bool
	Date    time.Time
	Text    string
}

// Doc is the message to analyze.
type Doc struct {
	Subject     string
	Text        string
	Thread      []ThreadMsg
	Attachments int
	// Forwards reports that the message passes on someone else's message
	// below its own text.
	Forwards bool
}

// Hit is a matched span of Doc.Text.
type Hit struct {
	Kind       Kind
	Start, End int32
	Tok        int32 // the index of its first token in Features.Tokens
}

// Numeric hit kinds, after the phrase kinds.
const (
	Money Kind = numKinds + iota
	Quantity
	Percent
	Number
	RepeatedNumber
	DateHit
	TimeHit
	PastDate
	Link
	BareQuestion
	Question // a question sentence with no nudge phrase
	Covered  // a day or month name inside a numeric date hit, or the verb "may": ignored
)

// Thread summarizes the thread before the message.
type Thread struct {
	Unanswered       int       // trailing outbound messages with no inbound after them
	FirstUnanswered  time.Time // date of the first of those
	LastInbound      int       // index of the last inbound message, -1 if none
	LastIsInbound    bool      // the message answers an inbound one
	InboundQuestion  bool      // the last inbound message asks something
	InboundQuestionS string    // that question's sentence
	LastDate         time.Time
}

// Dense feature indexes.
const (
	FNudge = iota
	FNudgeOnly
	FFiller
	FBareQ
	FMoney
	FQuantity
	FPercent
	FNumber
	FRepeated
	FDate
	FTime
	FPastDate
	FAttachWord
	FMaterial
	FAttachments
	FLink
	FProposal
	FCommit
	FDecisionQ
	FQuestion
	FAnswerStart
	FAnswersQ
	FRepliesInbound
	FUnanswered
	FUnansweredNudge
	FNews
	FWords3
	FWords8
	FWords20
	FWords50
	FWordsMore
	FLogWords
	FSubjectNudge
	FContentRatio
	FContentWords
	FResidual     // log of the content words left once greeting, nudge and pleasantries are removed
	FResidualNone // check-in language and no residual content at all
	FResidualLow  // check-in language and 1–4 residual content words
	FContentSents // sentences carrying content of their own
	FImperative   // instruction sentences ("Please send…", "Use the…")
	FWill         // "I/we will …" commitments
	FDid          // reports of work done ("I've asked…", "we checked…")
	FOpinion      // a stated view or decision ("I think…", "I'd rather…")
	FContentQ     // questions that carry their own content
	FProper       // proper nouns inside sentences
	FNudgeLowRes  // a nudge phrase with little residual content
	FNudgeRes     // a nudge phrase scaled by residual content
	FNovel        // log of the residual words the reader has not seen in the subject or thread
	FNovelNone    // no such word at all
	FNudgeNovel   // a nudge phrase with at most two such words
	FSubjectRe    // the subject has a reply prefix
	FSubjectFwd   // the subject has a forward prefix: someone's message passed on
	FConcrete     // sentences proposing a step with a date, time or figure ("would Tue 10:00 work")
	FBackRef      // sentences that only say what the writer already passed on ("I forwarded you the confirm on Friday")
	FNoCheckIn    // no check-in phrase, bare question or back reference: nothing asks for news or points back
	FCourtesy     // thanks, congratulations or sympathy in a sentence free of check-in phrases
	FOtherLang    // written in another language: its phrase tables and stop lists are smaller than English's
	NumDense
)

// DenseNames names the dense features, for the model file.
var DenseNames = [NumDense]string{
	"nudge", "nudge_only", "filler", "bare_question", "money", "quantity", "percent", "number",
	"repeated_number", "date", "time", "past_date", "attach_word", "material", "attachments", "link", "proposal",
	"commit", "decision_question", "question", "answer_start", "answers_question", "replies_inbound",
	"unanswered", "unanswered_nudge", "news", "words_le3", "words_le8", "words_le20", "words_le50",
	"words_more", "log_words", "subject_nudge", "content_ratio", "content_words",
	"residual", "residual_none", "residual_low", "content_sentences", "imperative", "will",
	"did", "opinion", "content_question", "proper_nouns", "nudge_low_residual", "nudge_residual",
	"novel", "novel_none", "nudge_novel_low", "subject_re", "subject_fwd",
	"concrete_proposal", "back_reference", "no_check_in", "courtesy", "other_language",
}

// DenseSign is the direction DESIGN.md's definition gives each dense
// feature: +1 for content (new facts, figures, dates, material, answers,
// proposals, decisions, questions: a check-in question is a check-in
// phrase already, any other asks something of substance), -1 for what a
// touching-base email is made of (check-in phrases, pleasantries, nothing
// new, figures and dates already sent), 0 where the definition says
// neither (length, thread position, subject prefixes). A fit may keep these weights at zero but never turns them
// around: the training mail is written, and a weight that says "more new
// figures, more touching base" learned from it would not hold on real mail.
var DenseSign = [NumDense]int8{
	FNudge: -1, FNudgeOnly: -1, FFiller: -1, FBareQ: -1,
	FMoney: +1, FQuantity: +1, FPercent: +1, FNumber: 0,
	FRepeated: -1, FDate: +1, FTime: +1, FPastDate: -1,
	FAttachWord: +1, FMaterial: +1, FAttachments: +1, FLink: +1, FProposal: +1,
	FCommit: +1, FDecisionQ: +1, FQuestion: +1, FAnswerStart: +1, FAnswersQ: +1, FRepliesInbound: 0,
	FUnanswered: 0, FUnansweredNudge: -1, FNews: +1,
	FSubjectNudge: 0, FContentRatio: +1, FContentWords: +1,
	FResidual: +1, FResidualNone: -1, FResidualLow: -1, FContentSents: +1, FImperative: +1, FWill: +1,
	FDid: +1, FOpinion: +1, FContentQ: +1, FProper: +1, FNudgeLowRes: -1, FNudgeRes: +1,
	FNovel: +1, FNovelNone: -1, FNudgeNovel: -1, FSubjectRe: 0, FSubjectFwd: 0,
	FConcrete: +1, FBackRef: -1, FNoCheckIn: +1, FCourtesy: +1,
}

// Features is the analysis of one Doc. Reuse one across calls to avoid
// allocations; Analyze resets it.
type Features struct {
	Tokens    []Token
	Hits      []Hit
	Dense     [NumDense]float64
	Grams     []uint32
	TextGrams int // Grams[:TextGrams] come from the text, the rest from the subject
	Words     int
	Thread    Thread
	// Forwarded reports that the forwarded message counted as material
	// handed over: the own text around it asks for nothing.
	Forwarded bool
	// Lang is the language the text is written in when it is not English
	// ("de", "fr", "es", "it", "pt", "nl"), else "".
	Lang string
	// Answers reports that the text takes up the question of the inbound
	// message it replies to (see takesUp).
	Answers bool
	// AnswerTok is 1 + the index of the answer word that opens the text
	// and stands on its own, set off by punctuation or a line break ("Yes,
	// SSO is included", "Hi Kim, no - …"; not "It is my understanding…"),
	// 0 when none does. answerEnd is one past its last token.
	AnswerTok int32
	answerEnd int32
	// Says lists, in text order and at most one per sentence, the
	// sentences the dense features count as a statement in the writer's
	// own words: an instruction, a commitment, a report of work done or a
	// view. Reasons quote them.
	Says      []Said
	qctx      []uint32 // sorted stem keys of that question's content words
	qAsks     int32    // what that question asks for: askWhen, askAmount
	sent      []int    // sentence index per token
	nudgeSent []bool   // per sentence: holds a nudge or filler phrase, or only refers back
	backSent  []bool   // per sentence: says what the writer already passed to the reader
	sentCont  []int    // per sentence: content words outside nudge and filler phrases
	sentNovel []int    // per sentence: those of them not seen in the subject or thread
	lead      int      // the sentence the writer's own words start in, after any greeting
	greet     int      // how many leading tokens form a greeting (greetingEnd)
	scheduled uint64   // bit per sentence (sentBit): it proposes a step at a day and a clock time (concrete)
	asked     bool     // it asks one of the decisionAsks in a question (DecisionAsked)
	handed    bool     // it carries files it does not send again (HandsOver)
	cls       []int32  // per token: its word-class bits (0 for numbers and symbols)
	classes   int32    // the union of cls: which classes occur at all
	inPhrase  []bool   // per token: inside a nudge or filler phrase
	subj      []Token
	ctx       []uint32 // sorted stem keys of the subject's and thread's words
	ctxToks   []Token
	text      string     // the text being analyzed
	spans     [][2]int32 // check-in phrase spans (insideCheckIns)
}

// Statement kinds of a Said.
const (
	SaysRequest SaidKind = iota // an instruction or request ("Please advise the desk…", "Move it up front.")
	SaysWill                    // a commitment ("I'll bring Jeff", "we will ship Friday")
	SaysPoint                   // a report, a view or reasoning ("I've issued a credit memo", "I'd avoid…", "…because…")
)

// SaidKind is what kind of statement a Said is.
type SaidKind uint8

// Said is a sentence that states something in the writer's own words.
// Start and End span the words that make it one ("Please advise", "I've
// issued"); Tok is the index of its first token.
type Said struct {
	Kind       SaidKind
	Start, End int32
	Tok        int32
}

// tokenAt returns the index of the token starting at byte offset off
// (binary search; hits always start on a token).
func (f *Features) tokenAt(off int32) int {
	lo, hi := 0, len(f.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if f.Tokens[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo >= len(f.Tokens) {
		lo = len(f.Tokens) - 1
	}
	return lo
}

// Analyze fills f with the features of d.
func (t *Tables) Analyze(d *Doc, f *Features) {
	f.text = d.Text
	f.Tokens = Tokenize(f.Tokens[:0], d.Text)
	f.Hits = f.Hits[:0]
	f.Grams = f.Grams[:0]
	f.Dense = [NumDense]float64{}
	f.Words = 0
	f.Forwarded = false
	f.Lang = ""
	f.Answers, f.AnswerTok, f.answerEnd = false, 0, 0
	f.Says = f.Says[:0]
	f.Thread = threadStats(d.Thread)
	f.sentencesAndClasses(t)
	f.greet = t.greetingEnd(d.Text, f)
	t.matchPhrases(d.Text, f)
	insideCheckIns(f)
	t.refineCheckIns(f)
	t.numbers(d.Text, d.Thread, f)
	t.resolveDates(f)
	t.timeAsks(f)
	t.proposalLengths(f)
	t.links(d.Text, f)
	t.questions(d.Text, f)
	f.subj = Tokenize(f.subj[:0], d.Subject)
	t.buildContext(d, f)
	t.dense(d, f)
	t.grams(d, f)
}

// zeroed returns buf resized to n zero values, reusing its memory.
func zeroed[T any](buf []T, n int) []T {
	buf = slices.Grow(buf[:0], n)[:n]
	clear(buf)
	return buf
}

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
	var classes int32
	for i := range toks {
		tk := &toks[i]
		if i > 0 {
			prev := &toks[i-1]
			if tk.NL {
				s++
			} else if prev.Kind == Punct && (prev.Char == '.' || prev.Char == '!' || prev.Char == '?' || prev.Char == '。' || prev.Char == '？') {
				if !(prev.Char == '.' && i > 1 && toks[i-2].End == prev.Start &&
					(tk.Kind == Num && cls[i-2]&wMonth != 0 || // "Sept. 17"
						toks[i-2].Kind == Num && toks[i-2].End-toks[i-2].Start <= 2 && tk.Kind == Word && t.wordClass(tk.Hash)&wMonth != 0)) { // "3. Dezember"
					s++ // but a date goes on
				}
			} else if prev.Kind == Punct && tk.Start > prev.End && i > 1 && toks[i-2].Kind == Word &&
				(prev.Char == ':' || ((prev.Char == '-' || prev.Char == '–' || prev.Char == '—') && prev.Start > toks[i-2].End)) {
				s++
			}
		}
		sent[i] = s
		var c int32
		if tk.Kind != Punct {
			words++
			if tk.Kind == Word {
				c = t.wordClass(tk.Hash)
			}
		}
		cls[i] = c
		classes |= c
	}
	f.sent, f.cls, f.Words, f.classes = sent, cls, f.Words+words, classes
}

func (t *Tables) matchPhrases(s string, f *Features) {
	toks := f.Tokens
	cls := f.cls[:len(toks)]
	covered := -1  // tokens before this index are inside an earlier hit of the same scan
	proposed := -1 // tokens up to this index are inside a proposal
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
				if h := p.toks[j]; h != 0 && toks[i+j].Hash != h {
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
			if kind == AttachWord && !t.pointsAt(f, i) {
				continue
			}
			// "I still need your comments" and "I haven't received the
			// file" ask the reader for something; "the order form still
			// needs a signature" and "they have not received payment"
			// report.
			if kind == Nudge && !t.writerOrReaderNeeds(f, i) {
				continue
			}
			// "until we hear back from them", "as soon as I hear back",
			// "after you've had a chance to decide": the phrase says when
			// something else will happen; it asks for nothing.
			if kind == Nudge && inTimeClause(f, i) {
				continue
			}
			// "1. Status of MBR filing (Hal)": an item of a list is
			// content, whatever its words.
			if kind == Nudge && inListItem(toks, i) {
				continue
			}
			// Russell's idea of "following up": a phrase in quotation
			// marks is mentioned, not used.
			if (kind == Nudge || kind == Filler) && quotedMention(s, int(toks[i].Start), int(toks[end].End)) {
				continue
			}
			f.Hits = append(f.Hits, Hit{Kind: kind, Start: toks[i].Start, End: toks[end].End, Tok: int32(i)})
		}
	}
}

// pointsAt reports whether the attachment word at token i, if it is one of
// the deictic ones ("see the", "here is", "here's", "here are"), opens its
// clause (opensClause: "…, and here is our response", "please see the term
// sheet").
// "see the" followed by a word of Tables.pointers ("attached", "enclosed",
// "below", "following", "link", "attachment") points at material wherever
// it stands ("you can see the attached").
func (t *Tables) pointsAt(f *Features, i int) bool {
	toks := f.Tokens
	switch h := toks[i].Hash; h {
	case t.hereHash, t.heresHash:
	case t.seeHash:
		if i+2 < len(toks) && t.pointers.Has(toks[i+2].Hash) {
			return true
		}
	default:
		return true
	}
	return t.opensClause(f, i)
}

// opensClause reports whether token i is the first word of its clause:
// first in its sentence, capitalized, after punctuation, or after a
// connective or a "please" (Tables.openers).
func (t *Tables) opensClause(f *Features, i int) bool {
	toks := f.Tokens
	if i == 0 || toks[i].Upper || f.sent[i-1] != f.sent[i] || toks[i-1].Kind == Punct {
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

// inTimeClause reports whether token i stands in a clause of time that
// opens at most four words before it, in the same sentence and with no
// punctuation between: a word of class wTimeSub ("until", "after", "once",
// the "soon" of "as soon as") and then a person (wPerson), the subject of
// the clause ("until we hear back", "once you've had a chance").
func inTimeClause(f *Features, i int) bool {
	toks := f.Tokens
	person := false
	for j := i - 1; j >= 0 && j >= i-4 && f.sent[j] == f.sent[i] && toks[j].Kind != Punct; j-- {
		if f.cls[j]&wTimeSub != 0 {
			return person
		}
		if f.cls[j]&wPerson != 0 {
			person = true
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

func isOpenQuote(r rune) bool { return strings.ContainsRune("\"'“‘„«", r) }

func isCloseQuote(r rune) bool { return strings.ContainsRune("\"'”’“»", r) }

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
		switch h.Kind {
		case News, Material, Commit, Proposal:
		default:
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

// refineCheckIns settles, sentence by sentence, which phrases ask the
// reader for news: a check-in phrase someone commits to (promised) or
// that only names the material handed over (described) asks nothing, and
// "let me know if…" about what has or has not happened does (askedWhether).
func (t *Tables) refineCheckIns(f *Features) {
	handing := t.handingSentences(f)
	for i := range f.Hits {
		h := &f.Hits[i]
		switch h.Kind {
		case Nudge:
			// a break-up ("I'll take your silence as a no") is the
			// writer's last nudge, however it is worded
			if k := int(h.Tok); !t.breakUp.Has(f.Tokens[k].Hash) && t.promised(f, k) || t.described(f, k, handing) || t.brings(f, h) {
				h.Kind = Covered
			}
		case Closer:
			if t.askedWhether(f, h) {
				h.Kind = Nudge
			}
		case Filler:
			if thanking(f, h) {
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
		if h.Kind == DecisionQ && asking&f.sentBit(int(h.Tok)) != 0 {
			h.Kind = Covered
		}
	}
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

// Leads reports whether hit h is in the sentence the writer's own words
// start in: the opening line after any greeting.
func (f *Features) Leads(h *Hit) bool {
	return int(h.Tok) < len(f.sent) && f.sent[h.Tok] == f.lead
}

// Sentence returns the number of the sentence token tok is in (sentences
// end at . ! ? or a line break, clauses at a colon or a set-off dash) and
// the byte offsets where that sentence's first token starts and its last
// token ends. A greeting that runs into the text's first sentence ("Hi
// Maya, any chance…") is left out of it, unless tok is in the greeting.
func (f *Features) Sentence(tok int) (n int, start, end int32) {
	if tok < 0 || tok >= len(f.sent) {
		return -1, 0, 0
	}
	n = f.sent[tok]
	i, j := f.sentFirst(tok), tok
	for j+1 < len(f.sent) && f.sent[j+1] == n {
		j++
	}
	if i == 0 && f.cls[0]&wSalute != 0 && f.greet <= tok && f.greet <= j {
		i = f.greet // "Hi Maya," opened the sentence
	}
	for j > i && f.Tokens[j].Kind == Punct && strings.ContainsRune(":-–—", f.Tokens[j].Char) {
		j-- // the colon or dash that ended the clause is no part of it
	}
	return n, f.Tokens[i].Start, f.Tokens[j].End
}

// sentFirst returns the index of the first token of token k's sentence.
func (f *Features) sentFirst(k int) int {
	i := k
	for i > 0 && f.sent[i-1] == f.sent[k] {
		i--
	}
	return i
}

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

// sentBit is the bit of token i's sentence in a per-sentence bit set, or 0
// past the 64 sentences such a set holds.
func (f *Features) sentBit(i int) uint64 {
	if k := f.sent[i]; k < 64 {
		return 1 << k
	}
	return 0
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

// promised reports whether the check-in phrase at token k is something
// the writer or someone else commits to or did rather than asks for: "I
// will keep you posted on the progress of the filing", "Irma will be
// following up with invitations", "I'll circle back next week", "Sally
// left you a voicemail", "Dan reached out to us" (othersDid). "Will you be
// sending…" still asks, and so does a future the reader is asked about:
// "do you know when we'll hear back?".
func (t *Tables) promised(f *Features, k int) bool {
	if t.othersDid.Has(f.Tokens[k].Hash) && t.thirdParty(f, k) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-6 && f.sent[j] == f.sent[k]; j-- {
		hj := f.Tokens[j].Hash
		if t.futureWill.Has(hj) || (hj == t.willHash && j > 0 && f.sent[j-1] == f.sent[j] && f.Tokens[j+1].Hash != t.youHash) {
			return j == 0 || f.sent[j-1] != f.sent[j] || !t.futureAsked.Has(f.Tokens[j-1].Hash)
		}
	}
	return false
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
// whether Russell sent the revised worksheets"). "Let me know if you have
// any questions" stays a closer.
func (t *Tables) askedWhether(f *Features, h *Hit) bool {
	k := int(h.Tok)
	end := k + 3
	if f.Tokens[k].Hash != t.letHash || end >= len(f.Tokens) || f.Tokens[end-1].End != h.End {
		return false // not the bare "let me know"
	}
	if w := f.Tokens[end].Hash; w != t.ifHash && w != t.whetherHash {
		return false
	}
	for j := end + 1; j < len(f.Tokens) && j <= end+5 && f.sent[j] == f.sent[k]; j++ {
		tk := &f.Tokens[j]
		if f.cls[j]&wPastComm != 0 && tk.Hash != t.leftHash {
			return true
		}
		if (tk.Hash == t.haveHash || tk.Hash == t.hasHash) && j+1 < len(f.Tokens) && participle(f.text, f.Tokens[j+1]) {
			return true
		}
	}
	return false
}

// participle reports whether a word token reads as a past participle:
// "responded", "seen", "sent".
func participle(s string, tk Token) bool {
	if tk.Kind != Word || tk.End-tk.Start < 4 {
		return false
	}
	w := s[tk.End-2 : tk.End]
	return strings.EqualFold(w, "ed") || strings.EqualFold(w, "en") || strings.EqualFold(s[tk.Start:tk.End], "sent")
}

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

// numbers finds money, quantities, percentages, dates and times.
func (t *Tables) numbers(s string, thread []ThreadMsg, f *Features) {
	toks := f.Tokens
	// dateEnd is where a date whose day or month is toks[j] ends: with its
	// year when one follows.
	dateEnd := func(j int) int32 { return toks[j+yearAfter(s, toks, j)].End }
	cls := f.cls[:len(toks)]
	for i := 0; i < len(toks); i++ {
		tk := &toks[i]
		if cls[i]&wMonth != 0 {
			j := i + 1
			if j+1 < len(toks) && toks[j].Kind == Punct && toks[j].Char == '.' && toks[j].Start == tk.End && tk.End-tk.Start <= 4 {
				j++ // "Sept. 17", "Jan. 5"
			}
			if j < len(toks) && toks[j].Kind == Num && !(j+1 < len(toks) && toks[j+1].Kind == Punct && toks[j+1].Char == ':') {
				kind := DateHit
				if t.pastBefore(f, i) {
					kind = PastDate
				}
				if ordinalSuffix(s, toks, j) {
					j++ // "March 3rd"
				}
				last := j + yearAfter(s, toks, j) // "May 22, 2001": the year is the date's
				f.Hits = append(f.Hits, Hit{Kind: kind, Start: tk.Start, End: toks[last].End, Tok: int32(i)})
				i = last
				continue
			}
		}
		if tk.Kind != Num {
			continue
		}
		if n := phoneAt(s, toks, i); n > 0 {
			i += n - 1 // a phone or fax number is how to reach someone, not a figure
			continue
		}
		if n := t.codeAt(s, toks, i); n > 0 {
			i += n - 1 // "A320", "30C1": a name written with digits, not a figure
			continue
		}
		start, end, first := tk.Start, tk.End, i
		kind := Number
		next := func(k int) (Token, bool) {
			if i+k < len(toks) && toks[i+k].Start-toks[i+k-1].End <= 1 {
				return toks[i+k], true
			}
			return Token{}, false
		}
		if i > 0 && moneySign(toks[i-1]) {
			kind, start, first = Money, toks[i-1].Start, i-1
			if i > 1 && toks[i-2].End == toks[i-1].Start && toks[i-2].Kind == Word && toks[i-2].End-toks[i-2].Start <= 3 {
				start, first = toks[i-2].Start, i-2 // "R$ 3.400", "US$ 900", "C$ 40"
			}
		}
		if p := i - 1; kind == Number && p >= 0 && toks[p].Kind == Word && t.currency.Has(toks[p].Hash) &&
			(toks[p].End == tk.Start || (tk.Start-toks[p].End == 1 && s[toks[p].End] == ' ')) {
			kind, start, first = Money, toks[p].Start, p // "EUR 48,000", "USD 52,000", "CHF 1.250"
		}
		if j := t.spaceGrouped(s, toks, i, kind == Money); j > i {
			end, i = toks[j].End, j // "12 500,00 €": digit groups joined by a space
		}
		if date, ok := t.dottedDate(s, toks, i); kind == Number && ok {
			kind, end = DateHit, date // "am 12.03.", "bis 31.3.2026"
		} else if n1, ok := next(1); ok {
			switch {
			case n1.Kind == Punct && n1.Char == '%':
				kind, end = Percent, n1.End
			case n1.Kind == Punct && n1.Char == ':':
				if n2, ok := next(2); ok && n2.Kind == Num {
					kind, end = TimeHit, n2.End
					if n3, ok := next(3); ok && n3.Kind == Word && t.zones.Has(n3.Hash) {
						end = n3.End
					}
				}
			case n1.Kind == Punct && (n1.Char == '/' || n1.Char == '.' || n1.Char == '-'):
				if n2, ok := next(2); ok && n2.Kind == Num && tk.End-tk.Start <= 4 && n2.End-n2.Start <= 4 {
					kind, end = DateHit, n2.End
					if n3, ok := next(3); ok && n3.Kind == Punct && (n3.Char == '/' || n3.Char == '-' || n3.Char == '.') {
						if n4, ok := next(4); ok && n4.Kind == Num {
							end = n4.End
						}
					}
				} else if n2, ok := next(2); ok && n2.Kind == Word && kind == Money && n1.Char == '/' {
					end = n2.End // $39/seat
				} else if ok && n2.Kind == Word && n1.Char == '-' && t.units.Has(n2.Hash) {
					kind, end = Quantity, n2.End // 6-month, 15-minute
				}
			case t.bareZone(s, n1):
				kind, end = TimeHit, n1.End
			case n1.Kind == Word && t.units.Has(n1.Hash):
				if kind != Money {
					kind = Quantity
				}
				end = n1.End
			case n1.Kind == Word && t.isMonthOrDay(n1.Hash):
				kind, end = DateHit, dateEnd(i+1) // "22 May 2001"
			}
		}
		if kind == Number && ordinalSuffix(s, toks, i) {
			end = toks[i+1].End // "3rd quarter"
			if e, ok := t.ordinalDate(s, toks, i); ok {
				kind, end = DateHit, e // "the 3rd of March", "12th May", "on the 12th"
			}
		}
		if kind == Number || kind == Quantity {
			if m := t.dayOfMonth(s, toks, i); m > 0 {
				kind, end = DateHit, dateEnd(m) // "15 de abril", "1. September"
			} else if signAfter(toks, i, "€£") {
				kind, end = Money, toks[i+1].End // "1.250€", "1.250 €" (a space or a no-break space before the sign)
			}
		}
		if kind == Number || kind == Quantity {
			// "2 weeks ago", "55 000 units" (space-separated unit)
			if i+1 < len(toks) && toks[i+1].Kind == Word {
				n1 := toks[i+1]
				if kind == Number && t.units.Has(n1.Hash) {
					kind, end = Quantity, n1.End
				} else if kind == Number && t.bareZone(s, n1) {
					kind, end = TimeHit, n1.End
				} else if kind == Number && t.isMonthOrDay(n1.Hash) {
					kind, end = DateHit, dateEnd(i+1)
				}
			}
			if i+1 < len(toks) && toks[i+1].Kind == Word && strings.EqualFold(s[toks[i+1].Start:toks[i+1].End], "k") {
				kind = Money
			}
		}
		if i+2 < len(toks) && toks[i+2].Kind == Word && strings.EqualFold(s[toks[i+2].Start:toks[i+2].End], "ago") {
			kind = PastDate
		}
		if kind == Number && listMarker(s, toks, i) {
			continue // "(1)", "2)", "3." numbering a list
		}
		if kind == Number || kind == Quantity && t.hourWords.Has(toks[i+1].Hash) {
			if t.hourAfterDay(s, f, i) {
				kind = TimeHit // "Thursday at 3", "giovedì alle 15", "jeudi à 15 heures"
			}
		}
		if (kind == DateHit || kind == TimeHit) && t.pastBefore(f, i) {
			kind = PastDate
		}
		if (kind == Money || kind == Quantity || kind == Percent || kind == Number) && repeated(s[tk.Start:tk.End], thread) {
			kind = RepeatedNumber
		}
		f.Hits = append(f.Hits, Hit{Kind: kind, Start: start, End: end, Tok: int32(first)})
		for i+1 < len(toks) && toks[i+1].End <= end {
			i++
		}
	}
}

// spaceGrouped returns the index of the last digit group of a number
// written with spaces between its groups of three ("12 500", "1 250 000,00",
// common in French and in Europe generally), or i when there is none. The
// groups are taken only for money: a currency sign before the number
// (money), or a sign or code after its last group; otherwise "in 2 500-seat
// halls" or two figures in a row would run together.
func (t *Tables) spaceGrouped(s string, toks []Token, i int, money bool) int {
	if toks[i].Kind != Num || !allDigits(s[toks[i].Start:toks[i].End]) || toks[i].End-toks[i].Start > 3 {
		return i
	}
	j := i
	for j+1 < len(toks) && toks[j+1].Kind == Num && isGroupGap(s[toks[j].End:toks[j+1].Start]) {
		g := s[toks[j+1].Start:toks[j+1].End]
		if len(g) < 3 || !allDigits(g[:3]) || len(g) > 3 && (g[3] != ',' && g[3] != '.' || len(g) > 6 || !allDigits(g[4:])) {
			break
		}
		j++
		if len(g) > 3 {
			break // the decimals end the number
		}
	}
	if j == i {
		return i
	}
	if money || signAfter(toks, j, "€$£") || j+1 < len(toks) && toks[j+1].Start-toks[j].End <= 3 && toks[j+1].Kind == Word && t.currency.Has(toks[j+1].Hash) {
		return j
	}
	return i
}

// signAfter reports whether one of signs follows the number at toks[j],
// glued on or after a space (an ASCII or a no-break one): "1.250 €".
func signAfter(toks []Token, j int, signs string) bool {
	return j+1 < len(toks) && toks[j+1].Kind == Punct && strings.ContainsRune(signs, toks[j+1].Char) && toks[j+1].Start-toks[j].End <= 3
}

// isGroupGap reports whether gap is the one space between digit groups:
// an ASCII space, a no-break space or a narrow no-break space.
func isGroupGap(gap string) bool {
	return gap == " " || gap == "\u00a0" || gap == "\u202f"
}

func allDigits(w string) bool {
	for j := 0; j < len(w); j++ {
		if w[j] < '0' || w[j] > '9' {
			return false
		}
	}
	return len(w) > 0
}

// dottedDate reports whether the number at toks[i] is a day and month
// written with dots, as German, Dutch and others write dates: "12.03."
// (the closing dot glued on) or "12.03.2026" / "12.3.26" (one token), and
// returns where the date ends. "12.03" alone stays a number: it may be a
// price; so does "4.10." at the end of a sentence ("don't go below 4.10.")
// unless a word such as "am" or "le" comes before it.
func (t *Tables) dottedDate(s string, toks []Token, i int) (int32, bool) {
	dd, rest, ok := strings.Cut(s[toks[i].Start:toks[i].End], ".")
	if !ok {
		return 0, false // most numbers: no dot at all
	}
	mm, yy, withYear := strings.Cut(rest, ".")
	day, month := atoiSmall(dd), atoiSmall(mm)
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return 0, false
	}
	if withYear {
		if y := len(yy); y != 2 && y != 4 || !allDigits(yy) {
			return 0, false
		}
		return toks[i].End, true
	}
	cued := i > 0 && toks[i-1].Kind == Word && t.dateCue.Has(toks[i-1].Hash)
	if cued && i+1 < len(toks) && toks[i+1].Kind == Punct && toks[i+1].Char == '.' && toks[i+1].Start == toks[i].End {
		// "12.03." and, with its year, "12.03. 2026"
		if k := i + 1 + yearAfter(s, toks, i+1); k > i+1 {
			return toks[k].End, true
		}
		return toks[i+1].End, true
	}
	return 0, false
}

// atoiSmall parses a string of one or two digits, or returns -1.
func atoiSmall(w string) int {
	if w == "" || len(w) > 2 || !allDigits(w) {
		return -1
	}
	n := 0
	for j := 0; j < len(w); j++ {
		n = n*10 + int(w[j]-'0')
	}
	return n
}

// dayOfMonth returns the index of the month's name when the number at
// toks[i] is a day written before it with a word or a dot between, or 0:
// "15 de abril", "2 de maio", "1. September", "1er mars". (Without
// anything between, "22 May" is taken by numbers itself.)
func (t *Tables) dayOfMonth(s string, toks []Token, i int) int {
	w := toks[i]
	if w.End-w.Start > 2 || i+2 >= len(toks) || toks[i+2].Kind != Word || t.wordClass(toks[i+2].Hash)&wMonth == 0 {
		return 0
	}
	if d := atoiSmall(s[w.Start:w.End]); d < 1 || d > 31 {
		return 0
	}
	mid := toks[i+1]
	switch {
	case mid.Kind == Punct && mid.Char == '.' && mid.Start == w.End:
		// "1. September", but not a numbered list ("1. March 17: kickoff")
		if i == 0 || w.NL || i+3 < len(toks) && toks[i+3].Kind == Num {
			return 0
		}
	case mid.Kind == Word && (mid.Hash == t.deHash || mid.Hash == t.delHash): // "15 de abril"
	case mid.Kind == Word && mid.Start == w.End && (mid.Hash == t.erHash || mid.Hash == t.ordHash): // "1er mars", "1º"
	default:
		return 0
	}
	m := i + 2
	// "15 de abril de 2026": the year, after another "de"
	if m+2 < len(toks) && toks[m+1].Kind == Word && toks[m+1].Hash == t.deHash && yearAfter(s, toks, m+1) == 1 {
		return m + 2
	}
	return m
}

// bareZone reports whether word token w after a bare number makes it a
// time: "3 pm", "14 Uhr", "9 EST". The zones that are words of other
// languages as well (zoneWords) count only in capitals: "la clause 7 est
// acceptée", "entre 2 et 3 jours", "Punkt 3 ist erledigt".
func (t *Tables) bareZone(s string, w Token) bool {
	if w.Kind != Word || w.End-w.Start > 4 || !t.zones.Has(w.Hash) {
		return false
	}
	return !t.zoneWord.Has(w.Hash) || asciiCaps(s[w.Start:w.End])
}

// hourAfterDay reports whether the number at toks[i] is an hour of the day
// named just before it: one or two digits up to 24, after a day, a date or
// a relative day and the words that lead to a clock time ("Thursday at
// 3", "Montag um 15", "jueves a las 10", "giovedì alle ore 15", "quinta
// às 15"). Without a day before it, "at 3" may be anything.
func (t *Tables) hourAfterDay(s string, f *Features, i int) bool {
	toks := f.Tokens
	if w := s[toks[i].Start:toks[i].End]; len(w) > 2 || !allDigits(w) || len(w) == 2 && (w[0] > '2' || w[0] == '2' && w[1] > '4') {
		return false
	}
	j := i - 1
	for j >= 0 && i-j <= 3 && toks[j].Kind == Word && t.atHour.Has(toks[j].Hash) {
		j--
	}
	if j == i-1 || j < 0 {
		return false
	}
	// the phrases' hits come before the numbers' in f.Hits, each in text
	// order: look at all of them
	for _, h := range f.Hits {
		if h.End == toks[j].End && (h.Kind == Weekday || h.Kind == RelDay || h.Kind == DateHit) {
			return true
		}
	}
	return false
}

// asciiCaps reports whether word is written in capitals A to Z only.
func asciiCaps(word string) bool {
	for _, c := range word {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// ordinalSuffix reports whether the one- or two-digit number at toks[i]
// carries an English ordinal suffix: "3rd", "12th", "21st".
func ordinalSuffix(s string, toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Kind != Word || toks[i+1].Start != toks[i].End || toks[i].End-toks[i].Start > 2 {
		return false
	}
	switch strings.ToLower(s[toks[i+1].Start:toks[i+1].End]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// ordinalDate reports whether the ordinal at toks[i] (a number and its
// suffix) is a day of the month and returns where the date ends: before a
// month ("12th May", "the 3rd of March 2026"), or alone after "the" where
// no noun follows ("on the 12th", "Friday the 12th at 10", "by the 31st we
// can"), unlike "the 3rd quarter" or "our 2nd draft".
func (t *Tables) ordinalDate(s string, toks []Token, i int) (int32, bool) {
	if d := atoiSmall(s[toks[i].Start:toks[i].End]); d < 1 || d > 31 {
		return 0, false
	}
	k := i + 2
	if k+1 < len(toks) && toks[k].Kind == Word && t.of.Has(toks[k].Hash) && t.wordClass(toks[k+1].Hash)&wMonth != 0 {
		k++
	}
	if k < len(toks) && toks[k].Kind == Word && t.wordClass(toks[k].Hash)&wMonth != 0 && !toks[k].NL {
		return toks[k+yearAfter(s, toks, k)].End, true
	}
	if i == 0 || toks[i-1].Kind != Word || toks[i-1].Hash != t.theHash {
		return 0, false
	}
	if k < len(toks) && toks[k].Kind == Word && !toks[k].NL && !t.afterDay.Has(toks[k].Hash) && t.wordClass(toks[k].Hash)&wPerson == 0 {
		return 0, false // a noun goes on: "the 3rd quarter", not "by the 31st we can"
	}
	return toks[i+1].End, true
}

// PeriodAt reports whether the number at toks[i] names a quarter, a half
// or a fiscal year ("Q3", "H2", "FY27", "Q4 2026") and returns the whole
// period's span. Reasons call it a date; the features still count it a
// number (counting it a date lowered the pool's F1 from 0.571 to 0.562).
func PeriodAt(s string, toks []Token, i int) (start, end int32, ok bool) {
	if i < 1 || i >= len(toks) || toks[i-1].Kind != Word || toks[i-1].End != toks[i].Start {
		return 0, 0, false
	}
	if i+1 < len(toks) && toks[i+1].Kind == Word && toks[i+1].Start == toks[i].End {
		return 0, 0, false // a word goes on: "H2O"
	}
	digits := toks[i].End - toks[i].Start
	switch strings.ToLower(s[toks[i-1].Start:toks[i-1].End]) {
	case "q", "h", "cq", "fq":
		ok = digits == 1
	case "fy", "cy":
		ok = digits == 2 || digits == 4
	}
	if !ok {
		return 0, 0, false
	}
	return toks[i-1].Start, toks[i+yearAfter(s, toks, i)].End, true
}

// langIndex returns the index in languages of the language with the
// given code, or -1 for English.
func langIndex(code string) int {
	for i, l := range languages {
		if l.code == code {
			return i
		}
	}
	return -1
}

// VerbLast reports whether the text's language puts the verb that reports
// at the end of its clause (German, Dutch).
func (t *Tables) VerbLast(f *Features) bool {
	i := langIndex(f.Lang)
	return i >= 0 && languages[i].verbLast
}

// DoneNews reports whether news or commitment hit h is one word that can
// report something done or decided (word), and whether here it does
// (news: "the committee approved the policy", "we shipped the fix", "the
// contract is signed"), not one of
// the looser words the features count as news too ("now", "also",
// "because"), nor an adjective ("the revised contract").
//
// The determiners are those of the text's language, which tells "a"
// before "signed" (English) from "a" before "validé" (French "has").
// In French, Spanish, Italian and Portuguese a participle after a
// determiner and its noun is that noun's adjective: "te adjunto el
// contrato firmado" hands over a signed contract, "el contrato está
// firmado" reports it.
func (t *Tables) DoneNews(f *Features, h Hit) (word, news bool) {
	toks, k := f.Tokens, int(h.Tok)
	flags, ok := t.doneNews.Get(toks[k].Hash)
	if h.Kind != News && h.Kind != Commit || h.End != toks[k].End || !ok {
		return false, false
	}
	lang := langIndex(f.Lang) + 1 // English is 0
	det := &t.determiner[lang]
	in := func(j int) bool { return j >= 0 && f.sent[j] == f.sent[k] && toks[j].Kind == Word } // a word of k's sentence
	if in(k-1) && det.Has(toks[k-1].Hash) {
		return true, false // "the revised contract"
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
	// "it should be signed", "if we get it approved", "once it is
	// finalized", "pode ser assinado", "I will have the update done": a
	// modal or a condition at most six words before, in the same clause,
	// makes it no news.
	modal := &t.modal[lang]
	for j, words := k-1, 0; j >= 0 && words < 6 && f.sent[j] == f.sent[k]; j-- {
		if toks[j].Kind == Punct {
			if strings.ContainsRune(",;:", toks[j].Char) {
				break
			}
			continue
		}
		if modal.Has(toks[j].Hash) {
			return true, false
		}
		words++
	}
	return true, true
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
// "Attached is a revised Schedule" and "I got a call from Scott" propose
// nothing. The modalProposals ("we can", "let's") propose where an act
// follows them (see modalActs).
func (t *Tables) Proposes(f *Features, h Hit) bool {
	if h.Kind != Proposal {
		return true
	}
	toks, k := f.Tokens, int(h.Tok)
	switch key := wordsKey(toks[k:f.hitEnd(&h)]); {
	case t.modalProposal.Has(key):
		return t.modalActs(f, h)
	case !t.proposalNoun.Has(key):
		return true
	case t.closes(f, h):
		return false // "If you have any questions, please give me a call"
	}
	n, start, end := f.Sentence(k)
	if t.wasAble(f, k) {
		return false // "confirming you were able to book the room", "were you able to book it?"
	}
	if f.asksAt(end) {
		return !t.asksWho(f, k, n)
	}
	if p := k - 1; p >= 0 && f.sent[p] == n && t.verbCue.Has(toks[p].Hash) {
		return true
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
		if (o.Kind == Proposal || o.Kind == DecisionQ) && o.Start != h.Start && f.sent[o.Tok] == n && !t.proposalNounHit(f, &o) {
			return true
		}
	}
	return false
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
func (f *Features) asksAt(end int32) bool {
	return strings.HasSuffix(strings.TrimRight(f.text[:end], " \t\n"), "?")
}

// decisionAsked reports whether the text asks one of the decisionAsks in
// a question.
func (t *Tables) decisionAsked(f *Features) bool {
	for i := range f.Hits {
		h := &f.Hits[i]
		if h.Kind == DecisionQ && t.decisionAsk.Has(wordsKey(f.Tokens[h.Tok:f.hitEnd(h)])) {
			if _, _, end := f.Sentence(int(h.Tok)); f.asksAt(end) {
				return true
			}
		}
	}
	return false
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
// it Thursday", not "let's say", "let us know", "we could not") and no
// question word embeds it ("whether we can accept", "what we can").
func (t *Tables) modalActs(f *Features, h Hit) bool {
	toks, k, e := f.Tokens, int(h.Tok), f.hitEnd(&h)
	if e < len(toks) && f.sent[e] == f.sent[k] && t.idleModal.Has(toks[e].Hash) {
		return false
	}
	return k == 0 || f.sent[k-1] != f.sent[k] || !t.embedder.Has(toks[k-1].Hash)
}

// closes reports whether proposal h sits in a sentence that invites
// questions (openDoors: "If you have any questions, please give me a
// call"): it says how to reach the writer, not what to do next.
func (t *Tables) closes(f *Features, h Hit) bool {
	n := f.sent[h.Tok]
	for _, o := range f.Hits {
		if o.Kind == Closer && f.sent[o.Tok] == n && t.openDoor.Has(wordsKey(f.Tokens[o.Tok:f.hitEnd(&o)])) {
			return true
		}
	}
	return false
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
// send the NDA") or "I'm" right before ("I'm on it"). "The memo sent to
// you", "work that needs to be done" and "please reply by Friday" promise
// nothing.
func (t *Tables) Promises(f *Features, h Hit) bool {
	toks, k := f.Tokens, int(h.Tok)
	if h.Kind != Commit {
		return true
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
		case hj == t.iWillHash, hj == t.weWillHash:
			return true
		case (hj == t.willHash || hj == t.shallHash) && j > first && (toks[j-1].Hash == t.iHash || toks[j-1].Hash == t.weHash):
			return true
		}
	}
	return false
}

// NameNumber reports whether the number at toks[i] belongs to a name rather
// than stating a figure: joined by a hyphen to the word before it
// ("eu-central-1", "COVID-19") or one space after a word of two to five
// capitals that is not a currency ("SOC 2", "ISO 27001"), or after a word
// that numbers parts and things ("clause 7", "section 8.3", "ticket 8812",
// "Phase 2"). Reasons leave such numbers out; the features still count them.
func (t *Tables) NameNumber(s string, toks []Token, i int) bool {
	if i < 1 || i >= len(toks) {
		return false
	}
	if p := toks[i-1]; p.Kind == Punct && p.Char == '-' && p.End == toks[i].Start {
		return i >= 2 && toks[i-2].Kind == Word && toks[i-2].End == p.Start
	}
	w := toks[i-1]
	if w.Kind == Word && t.numbered.Has(w.Hash) {
		return true
	}
	if w.Kind != Word || toks[i].Start-w.End != 1 || s[w.End] != ' ' || w.End-w.Start < 2 || w.End-w.Start > 5 || t.currency.Has(w.Hash) {
		return false
	}
	return asciiCaps(s[w.Start:w.End])
}

// YearAt reports whether the lone number at toks[i] is a year: four digits
// from 1900 to 2099 after a word that leads to one ("in 2027", "for 2027",
// "seit 2019", "en 2026"), or between a determiner and the word it names
// ("the 2025 pricing", "our 2026 budget"). Reasons call it a date; the
// features count it a number.
func (t *Tables) YearAt(s string, toks []Token, i int) bool {
	if i < 1 || i >= len(toks) || toks[i-1].Kind != Word || yearAfter(s, toks, i-1) != 1 {
		return false
	}
	if t.toYear.Has(toks[i-1].Hash) {
		return true
	}
	return t.yearOf.Has(toks[i-1].Hash) && i+1 < len(toks) && toks[i+1].Kind == Word && !toks[i+1].NL
}

// MonthAhead reports whether Month hit h names a month as news: "ships in
// January", "bis Ende Mai". Not where a past cue before it points back
// ("we discussed it in October", "wir hatten im Februar"), nor "may",
// "jan" or "mei" in lower case, which the features count after a cue
// ("this may take a quarter"). Quarters ("Q4", "Q4 2026") are dates of
// PeriodAt's.
func (t *Tables) MonthAhead(f *Features, h Hit) bool {
	tk := &f.Tokens[h.Tok]
	if w := f.text[h.Start:h.End]; h.Kind != Month || len(w) == 2 && w[0]|0x20 == 'q' {
		return false
	}
	return (tk.Upper || !t.ambiguousMonth.Has(tk.Hash)) && !t.pastBefore(f, int(h.Tok))
}

// listMarker reports whether the number at toks[i] numbers an item of a
// list rather than stating a figure: one digit after "(" ("(1)"), one or
// two digits and ")" opening a line or following punctuation ("options:
// 1) monthly, 2) annual", not "see figure 3)"), or "3." opening a line
// before a word.
func listMarker(s string, toks []Token, i int) bool {
	tk := toks[i]
	if tk.End-tk.Start > 2 {
		return false
	}
	prevWord := i > 0 && toks[i-1].Kind == Word && !tk.NL
	if i > 0 && toks[i-1].Kind == Punct && toks[i-1].Char == '(' && toks[i-1].End == tk.Start {
		return tk.End-tk.Start == 1
	}
	if i+1 >= len(toks) || toks[i+1].Kind != Punct || toks[i+1].Start != tk.End || prevWord {
		return false
	}
	switch toks[i+1].Char {
	case ')':
		return true
	case '.':
		return (i == 0 || tk.NL) && i+2 < len(toks) && toks[i+2].Kind == Word && toks[i+2].Start > toks[i+1].End && !toks[i+2].NL
	}
	return false
}

// yearAfter returns how many tokens after toks[i] (the end of a date) are
// its year, "2001" or ", 2001", or 0: a four-digit number from 1900 to 2099
// on the same line.
func yearAfter(s string, toks []Token, i int) int {
	k := i + 1
	if k < len(toks) && toks[k].Kind == Punct && toks[k].Char == ',' && toks[k].Start == toks[i].End {
		k++
	}
	if k >= len(toks) || toks[k].Kind != Num || toks[k].NL || toks[k].End-toks[k].Start != 4 ||
		strings.Trim(s[toks[k-1].End:toks[k].Start], " \t") != "" {
		return 0
	}
	y := s[toks[k].Start:toks[k].End]
	if (y[:2] != "19" && y[:2] != "20") || y[2] < '0' || y[2] > '9' || y[3] < '0' || y[3] > '9' {
		return 0
	}
	return k - i
}

// codeAt returns how many tokens from i, a number, form a code of letters
// and digits written together ("A320", "B2B", "30C1", "4B7X"), or 0. A
// period ("Q3", "FY27"), an amount ("USD52,000"), a number with its unit
// ("30k", "3pm", "10x") and an hour ("14h30") are no codes.
func (t *Tables) codeAt(s string, toks []Token, i int) int {
	glued := func(a int) bool { // toks[a] and toks[a+1] touch
		return a >= 0 && a+1 < len(toks) && toks[a+1].Start == toks[a].End
	}
	letters := func(a int) bool {
		return toks[a].Kind == Word && !t.currency.Has(toks[a].Hash) && !t.units.Has(toks[a].Hash)
	}
	hour := func(a int) bool { return strings.EqualFold(s[toks[a].Start:toks[a].End], "h") }
	if glued(i - 1) {
		if !letters(i-1) || toks[i-1].End-toks[i-1].Start > 3 {
			return 0 // "USD52,000"; a longer word runs into the number by mistake
		}
		if hour(i-1) && glued(i-2) && toks[i-2].Kind == Num {
			return 0 // the minutes of "14h30"
		}
		if _, _, ok := PeriodAt(s, toks, i); ok {
			return 0
		}
	} else if !glued(i) || !glued(i+1) || !letters(i+1) || toks[i+2].Kind != Num || hour(i+1) {
		return 0
	}
	j := i
	for glued(j) && (toks[j+1].Kind == Word || toks[j+1].Kind == Num) {
		j++
	}
	return j - i + 1
}

// phoneAt returns how many tokens from i form a telephone number, or 0:
// "713-555-2290", "713.555.2290", "(713) 555-4409" (i at "713"),
// "555-4409", "212/762-9502", "+1 713 555 2290", "+49 40 5555 0134". Digit groups are
// joined by one "-", "." or space; a dash-joined pair must be 3 then 4
// digits, so dates such as 5-2 or 2001-05-02 are left alone.
func phoneAt(s string, toks []Token, i int) int {
	digits := func(tk Token) int {
		if tk.Kind != Num || !allDigits(s[tk.Start:tk.End]) {
			return -1 // "25,000", "2.5": a number with separators is a figure
		}
		return int(tk.End - tk.Start)
	}
	if dotted(s[toks[i].Start:toks[i].End]) {
		return 1 // "713.555.2290" is one number token
	}
	isPunct := func(k int, c rune) bool { return k >= 0 && k < len(toks) && toks[k].Kind == Punct && toks[k].Char == c }
	plus := isPunct(i-1, '+') && toks[i-1].End == toks[i].Start
	paren := isPunct(i-1, '(') && isPunct(i+1, ')') && digits(toks[i]) == 3 &&
		i+2 < len(toks) && toks[i+2].Kind == Num && toks[i+2].Start-toks[i+1].End <= 1
	var groups [8]int
	n, k := 0, i
	if paren {
		groups[0], n, k = 3, 1, i+2
	}
	for k < len(toks) && n < len(groups) {
		d := digits(toks[k])
		if d <= 0 || d > 4 {
			break
		}
		groups[n] = d
		n++
		k++
		// joined by one "-" or "." glued to both sides (or, after a
		// 3-digit area code, a "/": "212/762-9502") ...
		if k+1 < len(toks) && (isPunct(k, '-') || isPunct(k, '.') || n == 1 && d == 3 && isPunct(k, '/')) && toks[k].Start == toks[k-1].End &&
			toks[k+1].Start == toks[k].End && toks[k+1].Kind == Num {
			k++
			continue
		}
		// ... or, after "+" or "(713)", by a single space
		if (plus || paren) && k < len(toks) && toks[k].Kind == Num && toks[k].Start-toks[k-1].End == 1 && s[toks[k-1].End] == ' ' {
			continue
		}
		break
	}
	if n == 0 {
		return 0
	}
	total := 0
	for _, g := range groups[:n] {
		total += g
	}
	last := groups[n-1]
	switch {
	case n >= 3 && total >= 10 && total <= 15 && last == 4 && (groups[0] == 3 || plus || paren):
	case n >= 3 && plus && total >= 9 && total <= 15:
	case n == 2 && groups[0] == 3 && last == 4 && !plus:
		// a local number "555-4409"; "2001-0502" has a 4-digit first group
	default:
		return 0
	}
	return k - i
}

// dotted reports whether w is a dot-separated telephone number: 3.3.4 digits.
func dotted(w string) bool {
	if len(w) != 12 || w[3] != '.' || w[7] != '.' {
		return false
	}
	for j := 0; j < len(w); j++ {
		if j != 3 && j != 7 && (w[j] < '0' || w[j] > '9') {
			return false
		}
	}
	return true
}

// isMonthOrDay reports whether h is a month's or a weekday's name on its own.
func (t *Tables) isMonthOrDay(h uint32) bool {
	return t.wordClass(h)&(wMonth|wWeekday) != 0
}

// resolveDates drops day and month names inside a numeric date ("March 31")
// and marks those after a backward-looking word ("sent on Tuesday") as past.
func (t *Tables) resolveDates(f *Features) {
	for i := range f.Hits {
		h := &f.Hits[i]
		if h.Kind != Weekday && h.Kind != Month && h.Kind != RelDay {
			continue
		}
		for _, o := range f.Hits {
			// inside a numeric date, or inside a greeting ("Guten Morgen" is not tomorrow)
			if (o.Kind == DateHit || o.Kind == TimeHit || o.Kind == PastDate || o.Kind == Filler) && o.Start <= h.Start && h.End <= o.End {
				h.Kind = Covered
				break
			}
		}
		if h.Kind == Covered {
			continue
		}
		k := int(h.Tok)
		// "you may have", "May I": the verb, not the month; "Hi Mei,": a name.
		if h.Kind == Month && t.ambiguousMonth.Has(f.Tokens[k].Hash) && (k == 0 || !t.monthCue.Has(f.Tokens[k-1].Hash)) {
			h.Kind = Covered
			continue
		}
		if h.Kind == Month && t.personNamed(f, k) {
			h.Kind = Covered
			continue
		}
		if first := f.Tokens[k].Hash; h.Kind == RelDay && t.behind.Has(first) {
			// "the draft I sent you yesterday" points back; "Ken called
			// yesterday and we bought 5,000/d" reports news, its day no
			// more than the rest of the sentence.
			h.Kind = Covered
			if t.refersBack(f, k) {
				h.Kind = PastDate
			}
		} else if t.thankedFor(f, k) {
			h.Kind = Covered
		} else if t.pastBefore(f, k) {
			h.Kind = PastDate
		}
	}
}

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
// email", "the voicemail"), a verb of passing it on ("sent", "discussed"),
// or holds a check-in phrase.
func (t *Tables) refersBack(f *Features, k int) bool {
	sn := f.sent[k]
	for i := f.sentFirst(k); i < len(f.Tokens) && f.sent[i] == sn; i++ {
		if f.cls[i]&(wPastComm|wPastRef) != 0 {
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

// handsOver reports whether token i and the words after it say the writer
// already passed something to the reader: "sent you", "forwarded over",
// "faxed to you" (not "will be sent to you").
func (t *Tables) handsOver(f *Features, i int) bool {
	return f.cls[i]&wPastComm != 0 && t.sentEarlier(f, i) && t.toReader(f, i+1)
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
// 12/5", "back on 4/3", though "check back in January" looks ahead), or a verb of passing something on earlier in the
// sentence ("I emailed you the draft guaranty for Calpine Energy Services
// on April 3").
func (t *Tables) pastBefore(f *Features, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && f.sent[k] == f.sent[i]; k-- {
		tk := &f.Tokens[k]
		if tk.Kind != Word {
			continue
		}
		if t.handsOver(f, k) {
			return true
		}
		if k < i-4 {
			continue
		}
		if t.past.Has(tk.Hash) && !t.toCome(f, k) {
			return true
		}
		if tk.Hash == t.backHash && k+1 < i && (f.Tokens[k+1].Hash == t.onHash || f.Tokens[k+1].Hash == t.inHash) &&
			!(k > 0 && f.sent[k-1] == f.sent[k] && t.comeBack.Has(f.Tokens[k-1].Hash)) {
			return true // "back in March", not "check back in January"
		}
		// "my letter of December 5", "our conversation of 4/11"
		if k == i-1 && t.of.Has(tk.Hash) && k > 0 && t.pastNoun.Has(f.Tokens[k-1].Hash) {
			return true
		}
	}
	return false
}

// repeated reports whether a figure already appeared in the thread.
func repeated(num string, thread []ThreadMsg) bool {
	if len(num) < 2 {
		return false
	}
	for _, m := range thread {
		if strings.Contains(m.Text, num) {
			return true
		}
	}
	return false
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
		f.Hits = append(f.Hits, Hit{Kind: Link, Start: int32(i), End: int32(j), Tok: int32(k)})
		for k+1 < len(toks) && int(toks[k+1].Start) < j {
			k++
		}
	}
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
		first := f.sentFirst(i)
		if first == i {
			continue
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

// timeAsks finds the proposals a phrase with one wildcard cannot: a
// question that asks whether a day or time suits the reader, however many
// words the day and time take ("Does Tuesday at 10:00 work to walk your
// CFO through it?", "Would Monday, March 3 at 2pm suit you?"). The verb
// after the date becomes a proposal hit, so it overlaps no date.
func (t *Tables) timeAsks(f *Features) {
	toks := f.Tokens
	n := len(f.Hits)
	for i := 0; i < n; i++ {
		h := f.Hits[i]
		if h.Kind != DateHit && h.Kind != TimeHit && h.Kind != Weekday && h.Kind != RelDay {
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
		if !asks || verb < 0 || f.proposes(sn) {
			continue
		}
		f.Hits = append(f.Hits, Hit{Kind: Proposal, Start: toks[verb].Start, End: toks[verb].End, Tok: int32(verb)})
	}
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
	x[FConcrete] = f.concrete()
	f.asked = t.decisionAsked(f)
	// "I forwarded you the revised confirmation on Friday": the reader has
	// it already. Such a sentence names its topic, like a check-in, and
	// reports no work done.
	f.backSent = zeroed(f.backSent, nsent)
	if f.classes&wPastComm != 0 {
		for i, c := range f.cls[:len(f.Tokens)] {
			if c&wPastComm != 0 && t.handsOver(f, i) {
				k := f.sent[i]
				if !f.backSent[k] {
					f.backSent[k], f.nudgeSent[k] = true, true
					x[FBackRef]++
				}
			}
		}
	}
	f.handed = d.Attachments > 0 && !d.Forwards && !t.sentBefore(f)
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
		if tk.Kind == Num || (tk.End-tk.Start >= 4 && cls[i]&wStopCore == 0) {
			content++
		}
	}
	x[FContentWords] = math.Log1p(float64(content)) / 4
	t.residual(d, f, closer)
	f.scheduled |= t.proposedOnDay(f)
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
		if f.answersAt(0) {
			x[FAnswerStart] = 1
		}
		// skip a greeting line: "Hi Kim, yes - ..."
		for i := 1; i < len(f.Tokens) && i < 6; i++ {
			if f.sent[i] != f.sent[0] || (f.Tokens[i-1].Kind == Punct && f.Tokens[i-1].Char == ',') {
				if f.answersAt(i) {
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
			case '?', '!', '$', '€', '£', '%': // symbols that carry meaning
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

// handedOver is what material handed over counts for in residual, in
// content words.
const handedOver = 3

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
		if tk.Kind != Word || inPhrase[i] || tk.End-tk.Start < 4 || cls[i]&wStop != 0 {
			continue
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
		case DateHit, TimeHit, Money, Quantity, Percent:
			f.sentCont[k]++
			f.sentNovel[k]++
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
	for i := g; i < len(toks); i++ {
		tk := &toks[i]
		if tk.Kind != Word {
			continue
		}
		k := sent[i]
		c := cls[i]
		// Instructions, reports and opinions count in sentences with
		// content words of their own; a commitment needs none ("I'll be
		// there."), only a sentence free of check-in language. A sentence
		// that refers back reports nothing. Only a word of one of these
		// classes, or "I" or "we", starts one.
		if c&(wImperative|wWill|wDid|wOpinion|wSubject) != 0 && !backSent[k] {
			cont, free := sentCont[k] >= 1, !nudgeSent[k]
			if cont && free && c&wImperative != 0 && (i == g || k != sent[i-1]) {
				imp++
				f.say(SaysRequest, i, k)
			}
			// "I/we" + verb, or a contraction ("I'll", "we've").
			verb, vc := tk.Hash, c
			subject := c&wSubject != 0
			if subject && i+1 < len(toks) && toks[i+1].Kind == Word {
				verb, vc = toks[i+1].Hash, cls[i+1]
			}
			switch {
			case (subject && verb == t.willHash) || (!subject && c&wWill != 0):
				if cont || free {
					will++
					kind := SaysPoint // "you'll receive…", "I'm sure…"
					if verb == t.willHash || tk.Hash == t.iWillHash || tk.Hash == t.weWillHash {
						kind = SaysWill
					}
					f.say(kind, i, k)
				}
			case !cont:
			case subject && vc&wDidVerb != 0, !subject && c&wDid != 0:
				did++
				f.say(SaysPoint, i, k)
			case subject && vc&wOpinionVerb != 0, !subject && c&wOpinion != 0:
				op++
				f.say(SaysPoint, i, k)
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

// answersAt reports whether an answer starts at token i: a phrase that
// answers ("good question", "to your question") or a one-word answer set
// off by punctuation or a line break ("Yes, …", "Correct.", "Sí,"). A word
// that runs on into the sentence is not an answer: it is "if" in Spanish
// ("Si tiene…") and a negation in Spanish, Italian and Portuguese ("No he
// recibido…", "Non ho…", "Não recebi…"), and "Correct me if…", "Sure thing"
// and "Exactly what we need" answer nothing.
//
// An answer that stands on its own, set off whatever its length, is noted
// in AnswerTok for the reasons.
func (f *Features) answersAt(i int) bool {
	tk := f.Tokens[i]
	for _, h := range f.Hits {
		if h.Kind != AnswerWord || h.Start != tk.Start {
			continue
		}
		e := f.hitEnd(&h)
		stands := e == len(f.Tokens) || f.Tokens[e].Kind == Punct || f.Tokens[e].NL
		if stands {
			f.AnswerTok, f.answerEnd = int32(i)+1, int32(e)
		}
		if stands || h.End > tk.End {
			return true
		}
	}
	return false
}

// language sets f.Lang when the text is written in another language than
// English (three or more common words of other languages, and more of
// them than of English ones): the language with most of them. It reports
// whether capitals may mark names: in German every noun has one, so they
// count as names only when fewer than three of its common words occur.
// English mail seldom has any such word and skips the count.
func (t *Tables) language(f *Features) (names bool) {
	if f.classes&(wForeign|wNounCaps) == 0 {
		return true
	}
	foreign, english, caps := 0, 0, 0
	var per [8]int
	for i, c := range f.cls[:len(f.Tokens)] {
		switch {
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
	if foreign >= 3 && foreign > english {
		best := 0
		for li := range languages {
			if per[li] > per[best] {
				best = li
			}
		}
		f.Lang = languages[best].code
	}
	return caps < 3
}

// concrete counts the sentences that propose a next step and pin it down
// with a date, a time or a figure that is not in the past: the concrete
// proposal DESIGN.md counts as substance even behind a check-in phrase.
func (f *Features) concrete() float64 {
	var prop, spec, day, clock uint64 // bit per sentence (the first 64)
	for _, h := range f.Hits {
		switch h.Kind {
		case Proposal:
			prop |= f.sentBit(int(h.Tok))
		case DateHit, Weekday, RelDay:
			day |= f.sentBit(int(h.Tok))
		case TimeHit:
			clock |= f.sentBit(int(h.Tok))
		case Month, Money, Quantity, Percent:
			spec |= f.sentBit(int(h.Tok))
		}
	}
	f.scheduled = prop & day & clock
	n := bits.OnesCount64(prop & (spec | day | clock))
	if n > 3 {
		n = 3
	}
	return float64(n)
}

func isUpperAt(s string, i int32) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// proposedOnDay returns the sentences (sentBit) that propose a step
// (Proposes) on a day they name by its name or date: "could we set up a
// call with your CFO on Thursday?", "Can we schedule a quick call on March
// 3?". "Tomorrow" and "next week" name no day here: "does any time next
// week work?" leaves the choosing to the reader.
func (t *Tables) proposedOnDay(f *Features) uint64 {
	var named, proposed uint64
	for _, h := range f.Hits {
		if h.Kind == DateHit || h.Kind == Weekday {
			named |= f.sentBit(int(h.Tok))
		}
	}
	if named == 0 {
		return 0
	}
	for _, h := range f.Hits {
		if b := f.sentBit(int(h.Tok)); h.Kind == Proposal && named&b != 0 && proposed&b == 0 && t.Proposes(f, h) {
			proposed |= b
		}
	}
	return proposed
}

// Scheduled reports whether a sentence proposes a step at a day and a
// clock time ("would Friday at 10:00 or Monday at 14:30 work for a
// call?") or on a day it names ("could we meet on Thursday?"): the most
// concrete proposals there are. Analyze finds them with the concrete
// proposals.
func (f *Features) Scheduled() bool { return f.scheduled != 0 }

// DecisionAsked reports whether the text asks one of the decisionAsks in
// a question ("What would you suggest we do to progress from here?").
func (f *Features) DecisionAsked() bool { return f.asked }

// HandsOver reports whether the message carries attached files as material
// of its own: it forwards no one's message, and its text does not say the
// writer sent them, or anything, before ("Re-attaching the SOW in case it
// got buried", "checking in on the quote I sent on Friday"). "Following up
// with the revised proposal (attached)" with the proposal attached hands
// it over.
func (f *Features) HandsOver() bool { return f.handed }

// sentBefore reports whether the text says the writer sent something
// before: a word of againWords ("again", "resending"), a sending verb of
// resendVerbs after "re-" ("re-attaching", "re-sent"; not "re-ran"), or
// one of pastCommWords the writer did (sentEarlier: "the proposal I sent
// last week").
func (t *Tables) sentBefore(f *Features) bool {
	for i := range f.Tokens {
		tk := &f.Tokens[i]
		if tk.Kind != Word {
			continue
		}
		if t.again.Has(tk.Hash) || t.resend.Has(tk.Hash) && t.afterRe(f, i) || f.cls[i]&wPastComm != 0 && t.sentEarlier(f, i) {
			return true
		}
	}
	return false
}

// Novel returns the sentence with the most words the reader has not seen
// in the subject or the thread, outside check-in sentences and sentences
// that refer back, as a statement (SaysPoint): Start and End span its first
// such word and the word after it. It is how reasons say why prose is
// substantive when no phrase, figure or statement says it, in any language
// ("ja, wir unterstützen SAML mit Azure AD"). ok is false when no sentence
// has two such words.
func (f *Features) Novel() (s Said, ok bool) {
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
	return Said{Kind: SaysPoint, Start: toks[first].Start, End: end, Tok: int32(first)}, true
}

// say records that sentence k states something, starting at token i: the
// word there and, when it is a person ("I", "we've") or "please", the word
// after it. A sentence is recorded once, for its first statement.
func (f *Features) say(kind SaidKind, i, k int) {
	if n := len(f.Says); n > 0 && f.sent[f.Says[n-1].Tok] == k {
		return
	}
	toks := f.Tokens
	end := toks[i].End
	if i+1 < len(toks) && toks[i+1].Kind == Word && f.sent[i+1] == k &&
		(f.cls[i]&(wSubject|wPerson) != 0 || strings.EqualFold(f.text[toks[i].Start:toks[i].End], "please")) {
		end = toks[i+1].End
	}
	f.Says = append(f.Says, Said{Kind: kind, Start: toks[i].Start, End: end, Tok: int32(i)})
}
