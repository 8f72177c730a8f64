// Package feat turns a message into the features Dialtone's classifier
// uses: phrase hits with byte spans, hand-built numeric features and hashed
// word n-grams. The trainer and the classifier share it, so a model is
// always scored with the features it was trained on.
package feat

import (
	"slices"
	"time"
)

// Version names the feature set; a model records the version it was trained
// with. Bump it whenever tokenization, tables or features change.
const Version = "feat-338"

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
	// BookingLink is the address of a page that books time in the writer's
	// calendar (calendly.com/…): it hands over no material and names no
	// time, so it counts for nothing.
	BookingLink
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
	lang int // 0 for English, else 1 + Lang's index in languages
	// found is the language detectLanguage found, as lang counts it, and
	// capNames whether capitals may mark names there: found once, right
	// after the words are classed, for alreadyAsks, and set as lang only
	// when the features are counted (language), as the rules before
	// read the text as English
	found    int
	capNames bool
	// Answers reports that the text takes up the question of the inbound
	// message it replies to (see takesUp).
	Answers bool
	// AnswerTok is 1 + the index of the answer word that opens the text
	// and stands on its own, set off by punctuation or a line break ("Yes,
	// SSO is included", "Hi Kim, no - …"; not "It is my understanding…"),
	// 0 when none does. answerEnd is one past its last token.
	AnswerTok int32
	answerEnd int32
	// accepts: the opening answer takes up what the reader offered
	// (Accepts)
	accepts bool
	// thanks is the courtesy that makes the email a note of thanks or
	// good wishes (NoteOfThanks), the zero Hit when it is none
	thanks Hit
	// Says lists, in text order and at most one per sentence, the
	// sentences the dense features count as a statement in the writer's
	// own words: an instruction, a commitment, a report of work done or a
	// view. Reasons quote them.
	Says []Said
	// Restated lists, in text order, the openers of the sentences that
	// say again what the reader was told and nothing new ("As discussed",
	// "As I mentioned on our call"; see Tables.restates): the reasons
	// quote them as pointing back. Each is a PastDate-kind span that is
	// not among Hits, so no feature counts it.
	Restated  []Hit
	qctx      []uint32   // sorted stem keys of that question's content words
	qAsks     int32      // what that question asks for: askWhen, askAmount
	sent      []int      // sentence index per token
	opens     []int32    // per sentence: its first token; one more entry, len(Tokens), closes the last
	nudgeSent []bool     // per sentence: holds a nudge or filler phrase, or only refers back
	backSent  []bool     // per sentence: says what the writer already passed to the reader
	sentCont  []int      // per sentence: content words outside nudge and filler phrases
	sentNovel []int      // per sentence: those of them not seen in the subject or thread
	lead      int        // the sentence the writer's own words start in, after any greeting
	greet     int        // how many leading tokens form a greeting (greetingEnd)
	lastWord  int        // the index of the last word token, -1 if none (acronym)
	scheduled uint64     // bit per sentence (sentBit): it proposes a step at a day and a clock time (concrete)
	promised  uint64     // bit per sentence (sentBit): the writer commits to material by a day, or to a step on a named day (promisedOnDay)
	priced    uint64     // bit per sentence (sentBit): it proposes a step at a price or a share, or offers to change the terms (Priced)
	reported  uint64     // bit per sentence (sentBit): it reports a step taken or decided, or other news on a day (Reported)
	pleaded   uint64     // bit per sentence (sentBit): a question that is an instruction put politely (PleaseAsks)
	asked     bool       // it asks one of the decisionAsks in a question (DecisionAsked)
	handed    bool       // it carries files it does not send again (HandsOver)
	referred  uint64     // bit per sentence (sentBit): it gives someone else's number or address to reach them by (contactGiven)
	contacts  [][2]int32 // each telephone number's or email address's first token and where it ends (numbers, mailAddresses)
	cls       []int32    // per token: its word-class bits (0 for numbers and symbols)
	classes   int32      // the union of cls: which classes occur at all
	inPhrase  []bool     // per token: inside a nudge or filler phrase
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
	SaysNews                    // news no phrase names: a price or a share that changes on a day ("our price goes up 8% on May 1"; announcedChange), a plan moved to a time ("we moved the walk to Friday"; movedToTime), a change that takes effect on a day (takesEffect), a thing that waits for a time ("the vote is not until Tuesday"; heldUntil), what someone else said of a time ("Dana says the vote is Tuesday"; relayedNews), a figure's new value ("the total is now $900"; figureChanged), a plan's time given after "now" ("now for Wednesday at 2"; nowAtTime), what someone newly does ("we now offer net 60 terms"; nowDoes), someone else's dated plan ("the carrier will pick up the bales Tuesday"; plannedOnDay, and in the present, "the second lot goes out Friday"; happensOnDay)
	SaysOffer                   // an offer to meet on a day, should the reader wish it ("I'll be in town Friday if you want to stop by"; visitOffered)
	SaysContact                 // someone else's telephone number for the reader ("Rosa's cell is 608-555-0142"; contactGiven)
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
	// Through is where the quote of its sentence must reach at least, or
	// 0: the number a contact gives after a stop ("Rosa's cell: 608-555-0142";
	// SaysContact).
	Through int32
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
	f.Lang, f.lang = "", 0
	f.Answers, f.AnswerTok, f.answerEnd, f.accepts, f.thanks = false, 0, 0, false, Hit{}
	f.Says, f.Restated = f.Says[:0], f.Restated[:0]
	f.Thread = threadStats(d.Thread)
	f.sentencesAndClasses(t)
	f.found, f.capNames = t.detectLanguage(f)
	f.greet = t.greetingEnd(d.Text, f)
	f.lastWord = lastWord(f.Tokens)
	t.matchPhrases(d.Text, f)
	t.stepAsks(f)
	t.alreadyAsks(f)
	insideCheckIns(f)
	t.refineCheckIns(f)
	f.contacts = f.contacts[:0] // numbers and mailAddresses add to it
	t.numbers(d.Text, d.Thread, f)
	mailAddresses(d.Text, d.Thread, f)
	t.resolveDates(f)
	t.datedStillAsks(f)
	t.splitCheckIns(f)
	t.timeAsks(f)
	t.offersOnDay(f)
	t.wishesOnDay(f)
	t.chasesOnDay(f)
	t.proposalLengths(f)
	t.links(d.Text, f)
	paths(d.Text, f)
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
