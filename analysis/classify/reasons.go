package classify

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dialtone/analysis/classify/internal/feat"
	"dialtone/model"
)

// Reason codes. The UI keys its icons and help text on them.
const (
	CodeNudgePhrase  = "nudge_phrase"      // a phrase that asks for a reply without adding anything
	CodeFiller       = "filler"            // a pleasantry with no content
	CodeBareQuestion = "bare_question"     // the whole message is "?"
	CodeRepeated     = "repeated_figure"   // a figure already sent in the thread
	CodeSilentThread = "silent_thread"     // the customer has not answered the rep's last emails
	CodeNothingNew   = "no_new_content"    // no figures, dates, answers, material or proposals
	CodePastRef      = "past_reference"    // points back to something the reader already has
	CodeRestates     = "restates_topic"    // only repeats the subject or earlier emails
	CodeFigure       = "figure"            // a new price, quantity or percentage
	CodeDateTime     = "date_time"         // a date, day or time
	CodeAttachment   = "attachment"        // an attached file
	CodeMaterial     = "material"          // attached or enclosed material named in the text
	CodeLink         = "link"              // a link to material
	CodeAnswer       = "answer"            // answers the customer's last question
	CodeQuestion     = "specific_question" // a question that moves a decision
	CodeProposal     = "proposal"          // a concrete proposal or next step
	CodeCommitment   = "commitment"        // commits to a deliverable
	CodeYourCall     = "your_call"         // near-identical to an email the rep relabeled
	CodeCourtesy     = "courtesy"          // thanks, congratulations, sympathy: a note of its own
	CodeRequest      = "request"           // an instruction or request with content of its own
	CodePoint        = "own_point"         // a report, view or reasoning in the writer's own words
	CodeNews         = "news"              // reports something done or decided
)

// maxReasons bounds the reasons returned for one message.
const maxReasons = 12

// maxSaid is how many reasons an email must have before the statements of
// its prose (feat.Features.Says) add none but its first request and its
// first commitment.
const maxSaid = 3

// template is how one kind of reason reads.
type template struct {
	effect         model.ReasonEffect
	code           string
	prefix, suffix string // around the span's text
	quoted         bool   // the span's text goes between curly quotes
}

// Reason templates, indexed by the tXxx constants.
const (
	tNudge uint8 = iota
	tFiller
	tBare
	tRepeated
	tFigure
	tDate
	tLink
	tMaterial
	tQuestion
	tDecision
	tProposal
	tCommit
	tAttachment
	tAnswer
	tSilent
	tNothing
	tPast
	tRestates
	tCourtesy
	tForward
	tNudgeAside
	tRequest
	tPoint
	tNews
	tAnswerSaid
	tContact
	tOffer
	tOpening
)

var templates = [...]template{
	tNudge:      {model.Lowers, CodeNudgePhrase, "", " asks for a reply without adding anything", true},
	tFiller:     {model.Lowers, CodeFiller, "", " is polite but tells the reader nothing new", true},
	tBare:       {model.Lowers, CodeBareQuestion, "A bare \"?\" gives the reader nothing to answer", "", false},
	tRepeated:   {model.Lowers, CodeRepeated, "", " was already sent earlier in the thread", true},
	tFigure:     {model.Raises, CodeFigure, "New figure: ", "", false},
	tDate:       {model.Raises, CodeDateTime, "Date or time: ", "", false},
	tLink:       {model.Raises, CodeLink, "Link to material", "", false},
	tMaterial:   {model.Raises, CodeMaterial, "Material for the reader: ", "", true},
	tQuestion:   {model.Raises, CodeQuestion, "A specific question: ", "", true},
	tDecision:   {model.Raises, CodeQuestion, "A question that moves the decision: ", "", true},
	tProposal:   {model.Raises, CodeProposal, "A concrete next step: ", "", true},
	tCommit:     {model.Raises, CodeCommitment, "A commitment: ", "", true},
	tAttachment: {model.Raises, CodeAttachment, "", "", false},
	tAnswer:     {model.Raises, CodeAnswer, "", "", false},
	tSilent:     {model.Lowers, CodeSilentThread, "", "", false},
	tNothing:    {model.Lowers, CodeNothingNew, "Nothing new for the reader: no figures, dates, answers, material or proposals", "", false},
	tPast:       {model.Lowers, CodePastRef, "", " points back to what they already have", true},
	tRestates:   {model.Lowers, CodeRestates, "Only repeats what they already have: the subject line or earlier emails", "", false},
	tCourtesy:   {model.Raises, CodeCourtesy, "A note of its own: ", "", true},
	tForward:    {model.Raises, CodeMaterial, "Passes on a forwarded message", "", false},
	// a nudge phrase in an email that is substantive all the same: the
	// phrase adds nothing, but the email does ("Here is my first cut at
	// the issues list. Let me know what you think.")
	tNudgeAside: {model.Lowers, CodeNudgePhrase, "", " adds nothing by itself: the rest of the email does", true},
	// statements in the writer's own words (feat.Features.Says)
	tRequest: {model.Raises, CodeRequest, "A clear request: ", "", true},
	tPoint:   {model.Raises, CodePoint, "A point of your own: ", "", true},
	tNews:    {model.Raises, CodeNews, "News: ", "", true},
	// someone else's number to reach (feat.SaysContact)
	tContact: {model.Raises, CodeMaterial, "Someone to reach: ", "", true},
	// an email that opens with an answer ("Yes, SSO is included") and
	// has no thread to show the question it answers
	tAnswerSaid: {model.Raises, CodeAnswer, "An answer: ", "", true},
	// a commitment made on the reader's wish or answer ("If you want the
	// lease, I'll send it over"; feat.Tables.Offered): a step offered,
	// not promised
	tOffer: {model.Raises, CodeProposal, "An offer: ", "", true},
	// a substantive email that nothing else explains: the sentence it
	// opens with, when that neither checks in nor points back
	// (feat.Features.Opening)
	tOpening: {model.Raises, CodePoint, "Says something of its own: ", "", true},
}

// saidTemplates maps a statement's kind to its template.
var saidTemplates = [...]uint8{feat.SaysRequest: tRequest, feat.SaysWill: tCommit, feat.SaysPoint: tPoint, feat.SaysNews: tNews, feat.SaysOffer: tProposal, feat.SaysContact: tContact}

// statement returns the template a statement is quoted with and the words it
// marks: its kind's and its own, but a point that recommends a step for
// writer and reader ("I think we should ask Dana for the lease";
// feat.Tables.Recommends) is a proposal, marked from "we" to the step.
func statement(f *feat.Features, sd feat.Said) (uint8, feat.Hit) {
	if sd.Kind == feat.SaysPoint {
		if h, ok := tables.Recommends(f, sd); ok {
			return tProposal, h
		}
	}
	return saidTemplates[sd.Kind], feat.Hit{Start: sd.Start, End: sd.End, Tok: sd.Tok}
}

// spanless marks templates whose text does not quote the span.
var spanless = [len(templates)]bool{tBare: true, tLink: true, tAttachment: true, tAnswer: true, tSilent: true, tNothing: true, tRestates: true, tForward: true}

// pending is a reason before its text is built: texts are made only for
// the reasons kept.
type pending struct {
	start, end int32
	t          uint8
	att        int32 // the attachment's index in Input.Attachments
	n, days    int32 // silence: the email's place in the run, the days since its first (-1: unknown)
	sent       int32 // a phrase's sentence number, and where that sentence starts and ends
	ss, se     int32
}

// yourCall is the reason a verdict follows the rep's own correction of a
// near-identical email.
func yourCall(label model.Label) model.Reason {
	if label == model.TouchingBase {
		return model.Reason{Effect: model.Lowers, Code: CodeYourCall, Text: "Nearly the same as an email you marked as touching base"}
	}
	return model.Reason{Effect: model.Raises, Code: CodeYourCall, Text: "Nearly the same as an email you marked as substantive"}
}

// reasons explains the verdict. Spans index in.Text; thread and whole-message
// reasons have zero spans. The reasons that agree with the verdict come
// first, in text order.
func reasons(in *Input, f *feat.Features, label model.Label) []model.Reason {
	text := in.Text
	tb := label == model.TouchingBase
	var buf [32]pending
	ps := buf[:0]
	free := func(h feat.Hit) bool {
		for i := range ps {
			if ps[i].overlaps(h.Start, h.End) {
				return false
			}
		}
		return true
	}
	raises := 0
	// add keeps a reason unless its span is taken, and counts the ones
	// that raise the score. A phrase in a question asks: "is the budget
	// signed off for Q1?" commits to nothing, and "has the budget been
	// approved?" asks for news rather than giving it.
	add := func(t uint8, h feat.Hit) {
		if !free(h) {
			return
		}
		p := pending{start: int32(h.Start), end: int32(h.End), t: t}
		if stepRank[t] > 0 {
			n, ss, se := f.Sentence(int(h.Tok))
			if t == tAnswerSaid {
				n, ss, se = f.AnswerSentence() // "yes - SSO is included"
			}
			if q := f.QuoteStart(ss, se); q > ss {
				// the quote, and the span a reason marks, start at a word:
				// "- the deal closed", "=20 The board met"
				if p.start >= ss && p.start < q && p.end > q {
					p.start = q
				}
				ss = q
			}
			p.sent, p.ss, p.se = int32(n), ss, se
			if strings.HasSuffix(text[ss:se], "?") {
				switch t {
				case tCommit:
					p.t = tQuestion
					if pleaseAsked(tables, f, h) {
						p.t = tRequest // "Will you please make sure the lease is sent?" asks for a step
					}
				case tNews:
					return
				}
			} else if t == tCommit {
				switch _, news := tables.DoneNews(f, h); {
				case news:
					p.t = tNews // "the contract is signed" reports, it promises nothing
				case !tables.Promises(f, h):
					return // "the signed contract", "the memo sent to you": no promise
				case tables.Offered(f, h):
					p.t = tOffer // "If you want the lease, I'll send it over"
				}
			}
		}
		if templates[p.t].effect == model.Raises && !repeats(text, ps, p) && !runsOn(text, ps, p) {
			raises++ // "2001" said twice is one reason: the output says it once
		}
		ps = append(ps, p)
	}
	// Material first: its span may take in the figures, dates and news
	// words that name it ("Signed copy attached", "The case study from a
	// company with 100 depots is attached"), and the reason quoting it
	// says them.
	for _, h := range f.Hits {
		if h.Kind != feat.AttachWord {
			continue
		}
		h.Start, h.End = tables.MaterialSpan(f, h)
		if n := len(ps) - 1; n >= 0 && ps[n].t == tMaterial && h.Start < ps[n].end {
			// two words that hand over one thing ("Please find the
			// revised trial attached"): one reason quotes it
			ps[n].end = max(ps[n].end, h.End)
			continue
		}
		add(tMaterial, h)
	}
	for _, h := range f.Hits {
		var t uint8
		switch h.Kind {
		case feat.Nudge:
			t = tNudge
			if !tb {
				t = tNudgeAside
			}
		case feat.Filler:
			if !tb {
				continue
			}
			t = tFiller
		case feat.BareQuestion:
			t = tBare
		case feat.RepeatedNumber:
			if !tb {
				continue
			}
			t = tRepeated
		case feat.PastDate:
			if !tb {
				continue
			}
			t = tPast
		case feat.Money, feat.Quantity, feat.Percent, feat.Number:
			if tb && restated(f, h) {
				continue // "As discussed, the fee is $40 a load": not new
			}
			t = tFigure
			if tables.AsksForTime(f, h) {
				t = tProposal // "Can you find 15 minutes today?" asks for a meeting
			} else if a, b, ok := tables.PeriodAt(text, f.Tokens, int(h.Tok)); ok && h.End <= b {
				if tb && checkInSentence(f, h) {
					continue // "is the renewal still on the table for Q1?": the check-in's topic
				}
				t, h.Start, h.End = tDate, a, b // "Q3", "3rd quarter"; never "$45/seat"
			} else if tables.OrdinalName(text, f.Tokens, int(h.Tok)) {
				continue // "the 5th Circuit", "the 14th floor": a name or a place
			} else if h.End == f.Tokens[h.Tok].End { // one number
				if tables.NameNumber(text, f.Tokens, int(h.Tok)) {
					continue // "SOC 2", "eu-central-1": a name, not a figure
				} else if tables.YearAt(text, f.Tokens, int(h.Tok)) || tables.ClockRangeEnd(text, f.Tokens, int(h.Tok)) {
					t = tDate // "prices for 2027", "from 10:15 to 1"
				}
			} else if tables.NumberedRange(f, h) {
				continue // "pages 3 to 5": which ones, not a figure
			}
		case feat.DateHit, feat.TimeHit, feat.Weekday, feat.Month, feat.RelDay:
			if h.Kind == feat.DateHit && tables.Numbered(f.Tokens, int(h.Tok)) {
				continue // "weeks 1-2", "pages 22-24": which ones, not a date
			}
			if tb && (checkInSentence(f, h) || restated(f, h)) {
				continue // "just following up on our call Tuesday": what the check-in is about
			}
			if h.Kind == feat.Month {
				if inPeriod(text, f, h) {
					continue // "the 2nd week of June": the period's reason says it
				}
				if tb || !tables.MonthAhead(f, h) {
					// "touching base on the December invoice", "we
					// discussed it in October", "this may take a quarter"
					continue
				}
				if _, ss, se := f.Sentence(int(h.Tok)); strings.HasSuffix(text[ss:se], "?") {
					continue // a question quotes its month itself
				}
			}
			t = tDate
			if h.Kind == feat.Weekday || h.Kind == feat.RelDay {
				h.End = h.Start + int32(len(feat.Unpossessed(text[h.Start:h.End]))) // "Monday's meeting": "Monday"
			}
			if h.Kind == feat.DateHit && !calendarDate(text[h.Start:h.End]) {
				t = tFigure // "30-45 days", "x3-5275": a range or a number
			}
		case feat.Link:
			t = tLink
		case feat.AttachWord:
			continue // above
		case feat.Courtesy:
			if tb || f.SignsOff(h) {
				continue
			}
			t = tCourtesy
		case feat.AnswerWord:
			// "Yes, …", "No - …", "Sure." open an answer (AnswerTok); a
			// thread shows the question it answers instead (tAnswer)
			if tb || f.Answers || h.Tok+1 != f.AnswerTok {
				continue
			}
			t = tAnswerSaid
		case feat.News:
			if _, news := tables.DoneNews(f, h); tb || !news {
				continue
			}
			t = tNews
		case feat.Question, feat.DecisionQ, feat.Proposal, feat.Commit:
			if tb || !tables.Asks(f, h) {
				continue // "Attached is the proposal for Acme" asks nothing
			}
			switch h.Kind {
			case feat.Question, feat.DecisionQ:
				switch {
				case h.Kind == feat.Question && smallTalk(f, h):
					continue
				case tables.PleaseAsks(f, h):
					t = tRequest // "Could you please send the lease?", "Can we please move the crates?" ask for a step
				case h.Kind == feat.DecisionQ:
					t = tDecision
				default:
					t = tQuestion
					if free(h) { // a phrase the question holds may have spoken for it
						h.Start = tables.QuestionStart(f, h) // "…Hal Ives\nCan you tell us…": from the asking
					}
				}
				// a figure, a date, a link or material inside the question
				// ("Could you send the 40 bale count?") has its own reason:
				// the question's span stops where it starts
				h.End = clipBefore(text, ps, h)
			case feat.Proposal:
				if !tables.Proposes(f, h) {
					continue // "the fee schedule", "I got a call from Scott"
				}
				t = tProposal
			default:
				t = tCommit
			}
		default:
			continue
		}
		add(t, h)
	}
	if h, ok := f.NoteOfThanks(); ok && !tb {
		add(tCourtesy, h) // "Thanks!", "Thank you for your help.": the whole note
	}
	if tb {
		for _, h := range f.Restated {
			add(tPast, h) // "“As discussed” points back to what they already have"
		}
	}
	if !tb {
		// Statements the dense features count, one per sentence, merged
		// below with any phrase of the same sentence: they say why prose
		// without figures or dates is substantive, and only a few are
		// needed to say it. What the email asks the reader to do, and
		// what the writer promises, matter more than a fourth figure: the
		// first request and the first commitment are said all the same,
		// unless one is already ("Please reallocate the meter…", "I will
		// haul the rest to the barn before the rain" after three counts).
		var had [len(saidTemplates)]bool
		for _, p := range ps {
			switch p.t {
			case tRequest:
				// a request its sentence quotes as a proposal is not said
				// ("Can we get the lease Tuesday and a call Wednesday at 10?")
				had[feat.SaysRequest] = had[feat.SaysRequest] || !outranked(ps, p)
			case tCommit, tOffer:
				had[feat.SaysWill] = true
			}
		}
		for _, sd := range f.Says {
			if raises >= maxSaid && (sd.Kind == feat.SaysPoint || had[sd.Kind]) {
				continue
			}
			had[sd.Kind] = true
			if handsOver(ps, sd) {
				continue // "I've also attached the deck": the material's reason says it
			}
			n := len(ps)
			add(statement(f, sd))
			if len(ps) > n && sd.Through > ps[n].se {
				ps[n].se = sd.Through // "Rosa's cell: 608-555-0142" is quoted through the number
			}
		}
	}
	for i := range in.Attachments {
		raises++
		ps = append(ps, pending{t: tAttachment, att: int32(i)})
	}
	if f.Forwarded {
		raises++
		ps = append(ps, pending{t: tForward})
	}
	if f.Answers && !tb {
		raises++
		ps = append(ps, pending{t: tAnswer})
	}
	if !tb && raises == 0 {
		// Nothing above says why: quote the sentence that tells the reader
		// most that is new to them.
		if sd, ok := tables.Novel(f); ok {
			add(statement(f, sd))
		}
		if sd, ok := f.Opening(); ok && len(ps) == 0 {
			// a request as statements say one ("Let me know when the PO
			// goes out."), a point in words of its own ("ok, go.")
			t := saidTemplates[sd.Kind]
			if t == tPoint {
				t = tOpening
			}
			add(t, feat.Hit{Start: sd.Start, End: sd.End, Tok: sd.Tok})
		}
	}
	if tb && f.Thread.Unanswered >= 1 {
		ps = append(ps, pending{t: tSilent, n: int32(f.Thread.Unanswered + 1), days: int32(silentDays(in, f))})
	}
	if tb && raises == 0 {
		ps = append(ps, pending{t: tNothing})
	}
	if tb && f.Dense[feat.FNovelNone] == 1 && f.Dense[feat.FResidualNone] == 0 {
		// it has content words, but the reader has seen every one of them
		ps = append(ps, pending{t: tRestates})
	}
	// text order (insertion sort: few items, no allocation)
	for i := 1; i < len(ps); i++ {
		p, j := ps[i], i
		for ; j > 0 && p.start < ps[j-1].start; j-- {
			ps[j] = ps[j-1]
		}
		ps[j] = p
	}
	ps = mergeRuns(text, ps, tables.VerbLast(f))
	first := model.Raises
	if tb {
		first = model.Lowers
	}
	n := len(ps)
	if n > maxReasons {
		n = maxReasons
	}
	out := make([]model.Reason, 0, n)
	// All texts share one string: one allocation, not one per reason.
	var sb strings.Builder
	sb.Grow(80 * n)
	var ends [maxReasons][2]int
	for pass := 0; pass < 2 && len(out) < maxReasons; pass++ {
		for _, p := range ps {
			if len(out) == maxReasons {
				break
			}
			tp := &templates[p.t]
			if (tp.effect == first) != (pass == 0) {
				continue
			}
			r := model.Reason{Effect: tp.effect, Code: tp.code, Start: int(p.start), End: int(p.end)}
			a := sb.Len()
			switch {
			case p.t == tAttachment:
				sb.WriteString("Attachment: ")
				if name := in.Attachments[p.att].Name; name == "" {
					sb.WriteString("a file")
				} else {
					writeClip(&sb, name, 80)
				}
			case p.t == tAnswer:
				sb.WriteString("Answers the customer's question: \u201c")
				writeClip(&sb, f.Thread.InboundQuestionS, 80)
				sb.WriteString("\u201d")
			case p.t == tSilent:
				writeOrdinal(&sb, int(p.n))
				if p.days < 0 {
					sb.WriteString(" unanswered email in a row")
				} else {
					sb.WriteString(" unanswered email in ")
					sb.WriteString(strconv.Itoa(int(p.days)))
					sb.WriteString(plural(int(p.days), " day", " days"))
				}
			case stepRank[p.t] > 0:
				// the phrase's sentence says what it asks, proposes or promises
				sb.WriteString(tp.prefix)
				sb.WriteString("\u201c")
				writeAround(&sb, text, int(p.ss), int(p.se), int(p.start), int(p.end), sentenceRunes)
				sb.WriteString("\u201d")
			default:
				if spanless[p.t] {
					r.Text = tp.prefix // a constant: nothing to build
					break
				}
				sb.WriteString(tp.prefix)
				if tp.quoted {
					sb.WriteString("\u201c")
				}
				n := phraseRunes
				if p.t == tMaterial {
					n = sentenceRunes // a clause's subject: "The case study from … is attached"
				}
				writeClip(&sb, text[p.start:p.end], n)
				if tp.quoted {
					sb.WriteString("\u201d")
				}
				sb.WriteString(tp.suffix)
			}
			if said(sb.String(), a, ends[:len(out)], out, r.Code) {
				continue // "New figure: 20" once, however often the text says it
			}
			ends[len(out)] = [2]int{a, sb.Len()}
			out = append(out, r)
		}
	}
	all := sb.String()
	for i := range out {
		if e := ends[i]; e[1] > e[0] {
			out[i].Text = all[e[0]:e[1]]
		}
	}
	return out
}

// inPeriod reports whether h, a month's name, ends a period that a
// number before it opens ("the 2nd week of June"; see Tables.PeriodAt).
func inPeriod(text string, f *feat.Features, h feat.Hit) bool {
	for _, o := range f.Hits {
		if o.Kind == feat.Number && o.Start < h.Start {
			if a, b, ok := tables.PeriodAt(text, f.Tokens, int(o.Tok)); ok && a < h.Start && h.End <= b {
				return true
			}
		}
	}
	return false
}

// handsOver reports whether the statement sd, a report and no request,
// opens on the material a reason in ps quotes: its words end a blank
// before that span starts, as "I've also" does before "attached the
// deck" ("Please distribute" before "attached memo" still asks).
func handsOver(ps []pending, sd feat.Said) bool {
	if sd.Kind == feat.SaysRequest {
		return false
	}
	for _, p := range ps {
		if p.t == tMaterial && p.start >= sd.Start && p.start <= sd.End+1 {
			return true
		}
	}
	return false
}

// repeats reports whether p quotes the same words with the same template
// as a reason already in ps: a figure or a date the email says twice,
// which the reasons say once (see said), so it must not count twice
// toward maxSaid and crowd out a statement.
func repeats(text string, ps []pending, p pending) bool {
	if stepRank[p.t] > 0 || spanless[p.t] {
		return false // a step quotes its sentence; spanless reasons have no words
	}
	for _, q := range ps {
		if q.t == p.t && text[q.start:q.end] == text[p.start:p.end] {
			return true
		}
	}
	return false
}

// runsOn reports whether p, a date or a time, goes on a run of them that
// a reason in ps starts ("Wed, Thurs, or Fri", "Monday at 2pm"): mergeRuns
// makes the run one reason, so p must not count toward maxSaid either.
func runsOn(text string, ps []pending, p pending) bool {
	if p.t != tDate {
		return false
	}
	for i := len(ps) - 1; i >= 0; i-- {
		if q := ps[i]; q.t == tDate && q.end <= p.start {
			return datesJoin(text, q, p)
		}
	}
	return false
}

// datesJoin reports whether q and p, reasons in text order, are a date
// and the next date of one run: only the text between ties them
// ("Monday, March 3 at 2pm", "Wed, Thurs, or Fri"; see joins).
func datesJoin(text string, q, p pending) bool {
	return q.t == tDate && p.t == tDate && joins(shortStop(text, q.start, q.end, p.start))
}

// said reports whether the text written to all from a on repeats that of
// an earlier reason of the same code (out[k], written at ends[k]). The
// repeat's bytes stay in all, unused: a builder cannot take them back.
func said(all string, a int, ends [][2]int, out []model.Reason, code string) bool {
	for k, e := range ends {
		if out[k].Code == code && e[1] > e[0] && all[e[0]:e[1]] == all[a:] {
			return true
		}
	}
	return false
}

// stepRank marks the templates that quote their phrase's sentence (zero
// for the rest) and orders them for when two phrases of one sentence
// become one reason: "We can set up a quick call" is a next step before it
// is a commitment, and "Can we reschedule the call for Friday?" one before
// it is a question. A bare point of one's own ranks last: a sentence whose
// phrase says it is news or a request is quoted as that.
var stepRank = [len(templates)]uint8{tPoint: 1, tOpening: 1, tRequest: 2, tNews: 2, tContact: 2, tCourtesy: 2, tAnswerSaid: 2, tQuestion: 3, tCommit: 4, tOffer: 4, tDecision: 5, tProposal: 6}

// maxJoin is the most text, in bytes, one highlight spans between two
// phrases of a sentence.
const maxJoin = 12

// sentenceRunes bounds the sentence a phrase's reason quotes.
const sentenceRunes = 80

// phraseRunes is the most a reason quoting a phrase quotes of it.
const phraseRunes = 60

// mergeRuns joins, in reasons sorted in text order, the ones that say one
// thing: a run of dates and times ("Monday, March 3 at 2pm", "Tuesday at
// 10:00 or Wednesday at 14:30") becomes one date, and the phrases of one
// sentence become one reason that quotes it ("I will send the revised
// contract by Friday" is one commitment, not two). Phrases a few words
// apart share one highlight; a later phrase further on, or with another
// reason between them, is left unmarked, as its sentence is quoted anyway.
//
// A sentence that reports something done is news whatever step it names:
// "finance approved the 8% discount" proposes no discount. The news word
// must come first, since "I'll send the guaranty once it is finalized"
// commits all the same, unless the text's language puts its verbs last
// (verbLast): "die Geschäftsführung hat den Rabatt genehmigt".
func mergeRuns(text string, ps []pending, verbLast bool) []pending {
	n := 0 // ps[:n] holds the merged reasons: written in place, no allocation
	for _, p := range ps {
		if n > 0 {
			if last := &ps[n-1]; datesJoin(text, *last, p) {
				last.end = p.end
				continue
			}
		}
		if stepRank[p.t] > 0 {
			if q := sentenceReason(ps[:n], p.sent); q != nil {
				if q == &ps[n-1] && p.start-q.end <= maxJoin {
					q.end = p.end // one highlight: "We can set up a quick call"
				}
				q.se = max(q.se, p.se) // a contact's quote runs on to its number (feat.Said.Through)
				switch {
				case p.t == tNews && verbLast:
					q.t, q.start, q.end = tNews, p.start, p.end
				case stepRank[p.t] > stepRank[q.t] && q.t != tNews:
					q.t = p.t
				}
				continue
			}
		}
		ps[n] = p
		n++
	}
	return ps[:n]
}

// outranked reports whether another reason in ps quotes p's sentence as
// a step of higher rank (stepRank), which mergeRuns lets speak for the
// sentence: p is then not said.
func outranked(ps []pending, p pending) bool {
	if stepRank[p.t] == 0 {
		return false
	}
	for _, q := range ps {
		if q.sent == p.sent && stepRank[q.t] > stepRank[p.t] {
			return true
		}
	}
	return false
}

// sentenceReason returns the reason in out that already quotes sentence
// sent, or nil.
func sentenceReason(out []pending, sent int32) *pending {
	for i := range out {
		if q := &out[i]; stepRank[q.t] > 0 && q.sent == sent {
			return q
		}
	}
	return nil
}

// shortStop returns the text between a date or time that ends at end and
// the next one, which starts at next, without the stop that closes a day's
// or a month's short form ("Tues., May 12", "Thurs., Aug. 3"): a word of
// two to five letters, alone or ending a run already joined ("Monday,
// 3/8 and Thurs., 3/11").
func shortStop(text string, start, end, next int32) string {
	gap := text[end:next]
	w := text[start:end]
	if i := strings.LastIndexAny(w, " ,"); i >= 0 {
		w = w[i+1:] // the run's last word: "Monday, 3/8 and Thurs., 3/11"
	}
	if strings.HasPrefix(gap, ".") && len(w) >= 2 && len(w) <= 5 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
		return gap[1:]
	}
	return gap
}

// joins reports whether the text between two dates or times ties them into
// one: blanks, a comma, or up to two short words such as "at", "on", "or
// the", "through", "um", "à", "a las" or "om", an "@" ("Friday @ 1:00"),
// or an "&" or a "/" ("5:15 & 6:45", "Tuesday/Wednesday").
func joins(gap string) bool {
	if len(gap) > 10 || strings.ContainsAny(gap, "\n.;") {
		return false
	}
	for k := 0; ; k++ { // the gap's words, without allocating
		gap = strings.TrimLeft(gap, " ,\t")
		if gap == "" {
			return true
		}
		if k == 2 {
			return false
		}
		i := strings.IndexAny(gap, " ,\t")
		if i < 0 {
			i = len(gap)
		}
		w := gap[:i]
		gap = gap[i:]
		switch strings.ToLower(w) {
		case "at", "on", "the", "or", "and", "to", "from", "through", "thru", "-", "–", "—", "@", "&", "/",
			"um", "am", "bis", "oder", "und", // de
			"à", "le", "ou", "et", "au", // fr
			"a", "las", "el", "o", "y", "de", // es, it, pt
			"alle", "e", "às", "ás", "dia", // it, pt ("terça, dia 24")
			"om", "op", "of", "en", "tot": // nl
		default:
			return false
		}
	}
}

// writeAround writes the sentence text[ss:se] on one line, at most n runes,
// without its closing full stop. A sentence too long for that is quoted
// from its start if the phrase text[from:to] comes early in it, otherwise
// from the clause the phrase is in ("…we can include onboarding"), and cut
// at its end ("…"), between words where there is a blank near the limit.
func writeAround(sb *strings.Builder, text string, ss, se, from, to, n int) {
	s := strings.TrimRight(text[ss:se], ".,;: ")
	if utf8.RuneCountInString(s) <= n {
		writeClip(sb, s, n)
		return
	}
	if from >= ss && from <= to && to <= ss+len(s) &&
		(utf8.RuneCountInString(text[ss:to]) > n-1 || utf8.RuneCountInString(text[ss:from]) > n/4) {
		// a phrase that starts a sentence the splitter missed is quoted
		// from itself, neither from a clause break nor from further back
		c, fresh := from, restarts(text, ss, from)
		if i := lastBreak(text[ss:from]); i >= 0 && !fresh {
			_, w := utf8.DecodeRuneInString(text[ss+i:])
			c = ss + i + w
		} else if !fresh && strings.HasSuffix(strings.TrimRight(text[:ss], " "), ",") {
			c = ss // a comma just before the sentence, a greeting's ("Mark, would Tuesday…") or an aside's, broke the clause: quoted from its start
		}
		if utf8.RuneCountInString(s[c-ss:]) < n/2 && !fresh {
			c = tailStart(s, c-ss, n-1) + ss // "…will send it over as soon as we can", not "…we can"
		}
		sb.WriteString("…")
		s, n = strings.TrimLeft(s[c-ss:], " "), n-1
		if utf8.RuneCountInString(s) <= n {
			writeClip(sb, s, n)
			return
		}
	}
	cut, k := len(s), 0
	for i := range s {
		if k == n-1 {
			cut = i
			break
		}
		k++
	}
	if b := strings.LastIndexByte(s[:cut], ' '); b > cut-20 && b > 0 {
		cut = b
	}
	writeClip(sb, strings.TrimRight(s[:cut], ",;: "), n)
	sb.WriteString("…")
}

// restarts reports whether a new sentence may start at text[c] without
// a stop before it, in the sentence that starts at ss: a capital other
// than the pronoun "I" after a line break, or after the two blanks a
// joined line leaves ("Ann, Bo, Cy\nCan you tell us…"). The quote then
// starts there, not at a comma or among the names before it.
func restarts(text string, ss, c int) bool {
	if c >= len(text) || text[c] < 'A' || text[c] > 'Z' || text[c] == 'I' && (c+1 == len(text) || !unicode.IsLetter(rune(text[c+1]))) {
		return false // "I", "I'll": a capital that starts no sentence of itself
	}
	before := text[ss:c]
	return strings.HasSuffix(before, "\n") || strings.HasSuffix(before, "  ")
}

// lastBreak returns the index in s of its last clause break (a comma,
// semicolon or dash), or -1: a comma between digits groups a number
// ("8,000/day") and breaks nothing.
func lastBreak(s string) int {
	for {
		i := strings.LastIndexAny(s, ",;–—")
		if i <= 0 || s[i] != ',' || i+1 >= len(s) || !digit(s[i-1]) || !digit(s[i+1]) {
			return i
		}
		s = s[:i]
	}
}

func digit(c byte) bool { return c >= '0' && c <= '9' }

// tailStart returns where, at c or before it, a quote of s that runs to
// its end begins: the earliest word start that leaves at most n runes.
func tailStart(s string, c, n int) int {
	k := utf8.RuneCountInString(s[c:])
	for i := c; i > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if k+1 > n {
			break
		}
		i -= w
		k++
		if r == ' ' {
			c = i + w
		}
	}
	return c
}

// calendarDate reports whether a date written in digits ("3/15", "15.3.26",
// "2026-03-15", "8/1-8", "11/99", "1998-2000", "1998 - 2000") can be a day
// (or days, or years) of the calendar, month and day either way round:
// "30-45", "3-5275" and "4180 - 615" cannot. Dates in words ("March 15")
// always can.
func calendarDate(s string) bool {
	var parts [4]int
	var lens [4]int
	n, slash := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			parts[n] = parts[n]*10 + int(c-'0')
			lens[n]++
		case dateSep(c) && lens[n] > 0 && n < len(parts)-1:
			slash = slash || c == '/'
			n++
		case c == ' ' && (i > 0 && dateSep(s[i-1]) || i+1 < len(s) && dateSep(s[i+1])):
			// a blank beside the separator: "1999 - 2001", "4180 - 615"
		default:
			return true // words, or separators this does not read
		}
	}
	n++
	if n < 2 || n > 3 {
		return true
	}
	year := func(i int) bool { return lens[i] == 4 && parts[i] >= 1900 && parts[i] < 2100 }
	a, b := 0, 1
	switch {
	case n == 2 && year(0) && (year(1) || lens[1] == 2): // 1998-2000, 2025-26
		return true
	case n == 2 && slash && parts[0] >= 1 && parts[0] <= 12 && (year(1) || lens[1] == 2): // 12/2000, 11/99
		return true
	case lens[0] == 4: // year first: 2026-03-15
		if n != 3 || !year(0) {
			return false
		}
		a, b = 1, 2
	}
	// the third part of 3/15/26 is a year, of 8/1-8 the last day of a range
	if lens[a] > 2 || lens[b] > 2 {
		return false
	}
	m, d := parts[a], parts[b]
	return m >= 1 && d >= 1 && (m <= 12 && d <= 31 || d <= 12 && m <= 31)
}

// dateSep reports whether c separates the parts of a date in digits.
func dateSep(c byte) bool { return c == '-' || c == '/' || c == '.' }

// silentDays counts the days from the first unanswered email to this one,
// or -1 when the dates are unknown.
func silentDays(in *Input, f *feat.Features) int {
	first := f.Thread.FirstUnanswered
	if first.IsZero() {
		return -1
	}
	end := in.Date
	if end.IsZero() {
		end = f.Thread.LastDate
	}
	if end.Before(first) {
		return -1
	}
	d := int(end.Sub(first) / (24 * time.Hour))
	return d
}

func ordinal(n int) string {
	var sb strings.Builder
	writeOrdinal(&sb, n)
	return sb.String()
}

// writeOrdinal writes n as an English ordinal: 1st, 2nd, 3rd, 11th, 22nd.
func writeOrdinal(sb *strings.Builder, n int) {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	var buf [20]byte
	sb.Write(strconv.AppendInt(buf[:0], int64(n), 10))
	sb.WriteString(suffix)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// clip shortens s to at most n runes on a rune boundary, on one line, as
// valid UTF-8: runs of white space become one blank, invalid bytes U+FFFD.
func clip(s string, n int) string {
	var sb strings.Builder
	writeClip(&sb, s, n)
	return sb.String()
}

// writeClip writes clip(s, n) to sb without building the string first.
func writeClip(sb *strings.Builder, s string, n int) {
	if len(s) <= n && plainLine(s) {
		sb.WriteString(s) // the common case: a short span of plain ASCII
		return
	}
	// First count the runes of the cleaned text, up to n+1, to know
	// whether it must be cut.
	total := 0
	cleanRunes(s, func(r rune) bool {
		total++
		return total <= n
	})
	limit := n
	if total > n {
		limit = n - 1
	}
	written := 0
	cleanRunes(s, func(r rune) bool {
		if written == limit {
			return false
		}
		sb.WriteRune(r)
		written++
		return true
	})
	if total > n {
		sb.WriteString("…")
	}
}

// plainLine reports whether s is printable ASCII with single inner blanks:
// text that writeClip copies as it is.
func plainLine(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
			continue
		}
		if c < 0x21 || c > 0x7e {
			return false
		}
	}
	return true
}

// cleanRunes calls yield with the runes of s on one line: leading and
// trailing white space dropped, each inner run of it one blank, each run of
// invalid bytes one U+FFFD. It stops when yield returns false.
func cleanRunes(s string, yield func(rune) bool) {
	started, blank, bad := false, false, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if r == utf8.RuneError && size == 1 {
			if bad {
				continue
			}
			bad = true
		} else {
			bad = false
			if unicode.IsSpace(r) {
				blank = started
				continue
			}
		}
		if blank {
			if !yield(' ') {
				return
			}
			blank = false
		}
		started = true
		if !yield(r) {
			return
		}
	}
}

// checkInSentence reports whether h shares its sentence with a check-in
// phrase: a date there names what the nudge is about ("circling back on
// Friday's quote"), not something new for the reader.
func checkInSentence(f *feat.Features, h feat.Hit) bool {
	n := f.SentenceOf(int(h.Tok))
	for _, p := range f.Hits {
		if p.Kind == feat.Nudge && f.SentenceOf(int(p.Tok)) == n {
			return true
		}
	}
	return false
}

// restated reports whether phrase h stands in a sentence that says again
// what the reader was told (feat.Features.Restated): "As discussed, the
// fee is $40 a load" gives no new figure.
func restated(f *feat.Features, h feat.Hit) bool {
	n := f.SentenceOf(int(h.Tok))
	return slices.ContainsFunc(f.Restated, func(r feat.Hit) bool { return f.SentenceOf(int(r.Tok)) == n })
}

// pleaseAsked reports whether phrase h stands in a question that
// PleaseAsks reads as a request ("please", "would you mind", a thing to
// hand over), as the question's own reason would say.
func pleaseAsked(tables *feat.Tables, f *feat.Features, h feat.Hit) bool {
	for _, o := range f.Hits {
		if o.Kind == feat.Question && o.Start <= h.Start && h.End <= o.End {
			return tables.PleaseAsks(f, o)
		}
	}
	return false
}

// clipBefore returns where question h's span must end to leave the
// figures, dates, links and material already in ps alone: before the
// first one that starts inside it, its blanks trimmed, or at h's end. A
// step already said in the question (a proposal, a decision) speaks for
// it, and so does a reason that starts where the question starts or
// before: the span is left whole, and not free (see add).
func clipBefore(text string, ps []pending, h feat.Hit) int32 {
	end := h.End
	for _, p := range ps {
		if !p.overlaps(h.Start, h.End) {
			continue
		}
		if stepRank[p.t] > 0 || p.start <= h.Start {
			return h.End
		}
		end = min(end, p.start)
	}
	return h.Start + int32(len(strings.TrimRight(text[h.Start:end], " \t\n")))
}

// overlaps reports whether p has a span and it shares text with the span
// from start to end.
func (p pending) overlaps(start, end int32) bool {
	return p.end > p.start && start < p.end && p.start < end
}

// smallTalk reports whether question h only asks after the reader's
// wellbeing: a pleasantry ("how's it going", "how does it feel") with at
// most two words of content around it ("Well, how does it feel to be
// back?", "Hi Rev. Jackson, how's it going?") is no specific question.
func smallTalk(f *feat.Features, h feat.Hit) bool {
	if f.QuestionWords(h) > 2 {
		return false
	}
	for _, p := range f.Hits {
		if p.Kind == feat.Filler && p.Start >= h.Start && p.End <= h.End {
			return true
		}
	}
	return false
}
