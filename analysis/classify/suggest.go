package classify

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/classify/internal/feat"
	"dialtone/model"
)

// topicWords are the things a sales thread is usually about, most specific
// first; Suggest names the one the thread mentions.
var topicWords = []string{
	"order form", "security questionnaire", "statement of work", "sow", "msa", "contract", "agreement",
	"renewal", "proposal", "quote", "pricing", "pilot", "trial", "demo", "deck", "business case",
	"implementation plan", "rollout", "invoice", "angebot", "propuesta", "devis", "offerte",
}

// Suggestion is one piece of advice on a draft. Paste, when set, is the
// sentence the advice offers, in the draft's language, ready to add to the
// draft as it is (the question to ask, the call to propose); Text quotes it.
type Suggestion struct {
	Text  string
	Paste string
}

// Check judges a draft with the shipped model (see Model.Check).
func Check(in Input) (Result, []Suggestion) { return shipped.Check(in) }

// Check judges a draft as Classify does and suggests how to improve it,
// from one reading of the text: the Review screen asks both questions on
// every keystroke, so the draft is analyzed once, not twice.
func (m *Model) Check(in Input) (Result, []Suggestion) {
	w := pool.Get().(*work)
	defer pool.Put(w)
	r := m.judge(w, &in)
	return r, suggest(&in, &w.f, &r)
}

// suggest returns concrete suggestions for improving a draft, given its
// features and verdict: what it lacks, in the light of the thread, in the
// draft's own terms: the phrase to cut, the thing it is about, the person
// it greets. A substantive draft gets few or none; a touching-base one in
// a silent thread gets the most. The call it proposes is at in.Call's times.
func suggest(in *Input, f *feat.Features, r *Result) []Suggestion {
	firstHit := func(k feat.Kind) *feat.Hit {
		for i := range f.Hits {
			if f.Hits[i].Kind == k {
				return &f.Hits[i]
			}
		}
		return nil
	}
	has := func(k feat.Kind) bool { return firstHit(k) != nil }
	// the draft's own words for the phrase that only asks, else for the
	// one that only pleases
	nudge, pleasantry := "", ""
	opens := false // the check-in phrase opens the message
	if h := firstHit(feat.Nudge); h != nil {
		nudge = clip(in.Text[h.Start:h.End], 40)
		pleasantry = nudge
		// a phrase that frames the opening question ("any thoughts on
		// moving the kickoff to the 9th?") is not dropped from it; one
		// that is the whole question ("Any update?") is
		_, _, end := f.Sentence(int(h.Tok))
		framed := strings.HasSuffix(in.Text[:end], "?") && strings.TrimSpace(in.Text[h.End:end]) != "?"
		opens = f.Leads(h) && !framed
	} else if h := firstHit(feat.Filler); h != nil {
		pleasantry = clip(in.Text[h.Start:h.End], 40)
	}
	var out []Suggestion
	say := func(format string, args ...any) { out = append(out, Suggestion{Text: fmt.Sprintf(format, args...)}) }
	// offer quotes paste after lead and offers it to add to the draft
	offer := func(lead, paste string) {
		out = append(out, Suggestion{Text: lead + analysis.Quote(paste), Paste: paste})
	}
	tp := draftTopic(in, f)
	about, on, aboutOwn := "", "", "" // aboutOwn goes in what the rep sends
	if tp.name != "" {
		about, on, aboutOwn = " about "+tp.String(), " on "+tp.String(), " about "+tp.Own()
	}
	tb := r.Label == model.TouchingBase
	th := f.Thread
	book := bookFor(f.Lang)

	switch {
	case th.InboundQuestion && f.Answers:
	case tb && th.InboundQuestion:
		say("Answer their question first: %s", analysis.Quote(clip(th.InboundQuestionS, 100)))
	case th.InboundQuestion:
		say("Check that this answers their question: %s", analysis.Quote(clip(th.InboundQuestionS, 100)))
	}
	if tb {
		lead := "Add something new"
		if pleasantry != "" {
			lead = "Replace " + analysis.Quote(pleasantry) + " with something new"
		}
		if tp.name == "" {
			lead += " for the reader"
		}
		say("%s%s: a changed figure, a date, a result that matches their situation, or an answer to a concern they raised.", lead, about)
	}
	if tb && th.Unanswered >= 1 {
		offer(fmt.Sprintf("This would be the %s email they have not answered. Instead of another reminder, ask: ", ordinal(th.Unanswered+1)), book.ask)
	} else if tb && !f.DecisionAsked() {
		// A question phrase may ask for a status, not a decision ("are you
		// still reviewing the contract?"): the draft still needs the
		// question (one that asks a decision question is touching base
		// only by the rep's own correction).
		if q := decisionAsk(tp.Own()); q != "" {
			offer("Ask a question that helps them decide, e.g. ", q)
		} else if tp.isTalk() {
			offer("Ask a question that helps them decide, e.g. ", book.ask) // not "decide about our meeting"
		} else {
			offer("Ask a question that helps them decide"+about+", e.g. ", book.ask)
		}
	}
	if !has(feat.TimeHit) && (tb || f.Words > 150 || th.Unanswered >= 2 || len(in.Thread) >= 6) {
		call := callTimes(in, th)
		callOn, callAbout := on, aboutOwn
		if tp.isTalk() {
			callOn, callAbout = "", "" // no "call about the reference call"
		}
		lead := "Propose a 15-minute call" + callOn
		switch {
		case call.WeekAfter():
			lead = "Your calendar is full this week; propose a 15-minute call" + callOn + " the week after, at times it has free"
		case call.Free():
			lead += ", at times your calendar has free"
		}
		if has(feat.BookingLink) {
			// a booking page leaves the work of finding a time to them
			lead = "Name the times yourself instead of sending a booking link; " + strings.ToLower(lead[:1]) + lead[1:]
		}
		if p := book.proposeCall(greetedName(in.Text), call, callAbout); p != "" {
			offer(lead+": ", p)
		} else {
			say("A 15-minute call%s would help, but your calendar is full for the next two weeks: free some time before you propose one.", callOn)
		}
	}
	if !tb && opens {
		say("Drop %s and open with your %s.", analysis.Quote(nudge), gives(r))
	}
	if has(feat.BareQuestion) {
		say("Replace the bare %s with the specific decision or information you need.", analysis.Quote("?"))
	}
	if has(feat.AttachWord) && len(in.Attachments) == 0 && strings.Contains(strings.ToLower(in.Text), "attach") {
		say("The text mentions an attachment, but nothing is attached.")
	}
	if f.Words > 200 {
		say("At %d words this is long for email; topics that take this much explaining go better in a 10–15 minute call.", f.Words)
	}
	return out
}

// topicAsks are questions that help the reader decide about a topic
// of a known kind, told by the topic's head noun: who signs a contract,
// what in a proposal does not fit yet, what a pilot must show. They are
// English: draftTopic names a topic only in English drafts.
var topicAsks = []struct {
	heads []string
	ask   string // %s is the topic, "the Calpine term sheet"
}{
	{[]string{"contract", "agreement", "order form", "msa", "sow", "statement of work", "terms", "term sheet",
		"redline", "paperwork", "purchase order", "po", "nda", "dpa", "amendment"},
		"Who else needs to sign off on %s, and what would they need from us?"},
	{[]string{"proposal", "quote", "pricing", "price", "offer", "deck", "business case", "estimate", "roi model"},
		"Is there anything in %s that doesn't yet fit what you need?"},
	{[]string{"questionnaire", "security review", "assessment", "audit", "rfp", "rfi"},
		"Which parts of %s are still open on your side?"},
	{[]string{"pilot", "trial", "poc", "proof of concept"},
		"What would %s need to show for you to go ahead?"},
	{[]string{"renewal"}, "What would you want to change before %s?"},
	{[]string{"invoice", "payment"}, "Who on your side approves %s, and do they need anything from us?"},
	{[]string{"rollout", "implementation", "onboarding", "migration", "integration", "deployment", "kickoff", "kick-off"},
		"What would it take to get %s started on your side?"},
	{[]string{"budget", "funding"}, "What would it take to get %s approved?"},
	{[]string{"timeline", "schedule"}, "Which parts of %s are fixed on your side, and which can move?"},
	{[]string{"demo", "presentation"}, "Who else should see %s, and what should it show them?"},
}

// gives names what a substantive draft gives the reader, for the advice
// to open with it: its question where questions are all it gives ("Any
// update? What would you suggest we do to progress from here?"), else its
// news.
func gives(r *Result) string {
	asks := false
	for _, rs := range r.Reasons {
		if rs.Effect == model.Raises && rs.Code != CodeQuestion {
			return "news"
		}
		asks = asks || rs.Code == CodeQuestion
	}
	if asks {
		return "question"
	}
	return "news"
}

// decisionAsk returns the question of topicAsks for the topic name,
// "" when its head noun is of no known kind. The head ends the phrase, or
// stands before its first preposition ("the proposal for Jetstream
// Couriers").
func decisionAsk(name string) string {
	words := strings.Fields(strings.ToLower(name))
	k := askKind(words)
	for i := 1; k < 0 && i < len(words); i++ {
		if topicPreps[words[i]] || words[i] == "for" || words[i] == "from" || words[i] == "to" {
			k = askKind(words[:i])
			break
		}
	}
	if k < 0 {
		return ""
	}
	return fmt.Sprintf(topicAsks[k].ask, name)
}

// askKind returns the index in topicAsks of the kind whose head ends
// words, lower case ("term sheet", "contracts": the plural counts), or -1.
func askKind(words []string) int {
	for i, k := range topicAsks {
		for _, h := range k.heads {
			hw := strings.Fields(h)
			if len(words) < len(hw) {
				continue
			}
			tail := words[len(words)-len(hw):]
			last, head := tail[len(tail)-1], hw[len(hw)-1]
			if slices.Equal(tail[:len(tail)-1], hw[:len(hw)-1]) && (last == head || last == head+"s") {
				return i
			}
		}
	}
	return -1
}

// threadTopic names what the thread is about, from the subject and the
// earlier messages.
func threadTopic(in *Input) string {
	text := in.Subject + "\n" + in.Text
	for _, m := range in.Thread {
		text += "\n" + m.Text
	}
	hay := strings.ToLower(text)
	for _, w := range topicWords {
		// the first time the thread says it, if that is a word of its own
		if i := strings.Index(hay, w); i >= 0 && wholeWord(hay, i, len(w)) {
			// an acronym as written: "the MSA", not "the msa"
			if len(hay) == len(text) && text[i:i+len(w)] == strings.ToUpper(w) {
				return text[i : i+len(w)]
			}
			return w
		}
	}
	return ""
}

// callTimes returns the times to propose a call at: in.Call's, else the
// first free times after the draft's date (or the last thread message) in
// an empty calendar.
func callTimes(in *Input, th feat.Thread) analysis.CallTimes {
	if len(in.Call.Slots) > 0 || in.Call.Calendar {
		return in.Call
	}
	d := in.Date
	if d.IsZero() {
		d = th.LastDate
	}
	if d.IsZero() {
		// No date at all: Tuesday and Wednesday, as if written on a Monday.
		d = time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	}
	return analysis.PlanCall(nil, analysis.Rep{}, d, d.Location(), false)
}
