package classify

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/classify/internal/feat"
	"dialtone/analysis/owntext"
	"dialtone/model"
)

func day(d int) time.Time { return time.Date(2026, 3, d, 15, 0, 0, 0, time.UTC) }

func hasReason(r Result, code string) *model.Reason {
	for i := range r.Reasons {
		if r.Reasons[i].Code == code {
			return &r.Reasons[i]
		}
	}
	return nil
}

func TestClassifyLabels(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want model.Label
	}{
		{"classic check-in", Input{Text: "Hi Mark,\n\nJust checking in to see if you had a chance to review the proposal."}, model.TouchingBase},
		{"bare question mark", Input{Text: "?"}, model.TouchingBase},
		{"following up with a concrete proposal", Input{Text: "Following up: would Tue 10:00 or Wed 14:30 CET work for a 15-minute call to settle the delivery schedule?"}, model.Substantive},
		{"check-in carrying a new price", Input{Text: "Checking in with one update: finance approved 15 seats at $45/seat for a 6-month pilot."}, model.Substantive},
		{"short answer to the customer's question", Input{
			Text:   "Yes, SAML SSO is included in the Team plan.",
			Thread: []ThreadMessage{{Direction: model.Inbound, Date: day(2), Text: "Does the Team plan include SSO?"}},
		}, model.Substantive},
		{"german bump", Input{Text: "Hallo Herr Weber, ich wollte kurz nachfragen, ob Sie schon Zeit hatten, sich unser Angebot anzusehen?"}, model.TouchingBase},
		// a call proposed on a day it names is a concrete proposal
		{"following up with a call on a named day", Input{Text: "Hi Sam, just following up. Could we set up a call with your CFO on Thursday?"}, model.Substantive},
		{"checking in with a call on a date", Input{Text: "Hi Sam, checking in. Can we schedule a quick call on March 3?"}, model.Substantive},
		{"a day that looks back proposes nothing", Input{Text: "Hi Sam, any update? I sent the proposal on Thursday."}, model.TouchingBase},
		{"leaving the day to the reader", Input{Text: "Hi Sam, following up on my note about a quick call. Does any time next week work?"}, model.TouchingBase},
		// an update asked for is a status ask; one given is news
		{"asking whether they have an update", Input{Text: "Hi Sam, do you have an update on the pilot?"}, model.TouchingBase},
		{"asking them to give an update", Input{Text: "Hi Sam, could you give me an update on the contract?"}, model.TouchingBase},
		{"asking whether they have news", Input{Text: "Hi Sam, do you have news on the pilot?"}, model.TouchingBase},
		{"asking when they will hear back", Input{Text: "Hi Sam, do you know when we'll hear back on the contract?"}, model.TouchingBase},
		{"promising to pass on what they hear", Input{Text: "Hi Sam, we'll hear back from legal on Friday and I'll send you their redlines."}, model.Substantive},
		{"asking whether they could review it", Input{Text: "Hi Sam, have you been able to review the contract?"}, model.TouchingBase},
		{"asking whether they could review it, with news", Input{Text: "Hi Sam, have you been able to review the contract? Legal changed clause 7 to a 60-day notice period, which I think you'll like."}, model.Substantive},
		{"sending it again", Input{Text: "Hi Sam, sending this again in case it got buried."}, model.TouchingBase},
		{"giving an update", Input{Text: "Hi Sam, an update on the pilot: 40 of the 50 seats are active, and the SSO fix ships Friday."}, model.Substantive},
		// "following up with" what the email brings opens its content
		{"following up with the answer", Input{Text: "Hi Sam, following up with the answer to your question: yes, we support SCIM."}, model.Substantive},
		{"circling back with a corrected figure", Input{Text: "Hi Sam, circling back with the corrected invoice: $8,200, not $9,100."}, model.Substantive},
		{"circling back with an amount", Input{Text: "Circling back with $8,200 in savings for your team."}, model.Substantive},
		{"asks whether the room was booked", Input{Text: "Hi Beth, just confirming you were able to book the boardroom for Thursday?"}, model.TouchingBase},
		{"were you able to", Input{Text: "Hi Sam, were you able to book the room for Thursday?"}, model.TouchingBase},
		{"proposes to book the room", Input{Text: "Hi Sam, can we book the boardroom for Thursday?"}, model.Substantive},
		{"following up with a link", Input{Text: "Hi Sam, just following up with the link to the recording: https://example.com/rec/123"}, model.Substantive},
		{"following up with a question that only nudges", Input{Text: "Hi Sam, following up with a quick question: did you get a chance to review?"}, model.TouchingBase},
		{"following up with what went out before", Input{Text: "Hi Sam, just following up with the proposal I sent last week."}, model.TouchingBase},
		{"circling back with the original note", Input{Text: "Just circling back with my original question: did you get a chance to look?"}, model.TouchingBase},
		// a "following up" with a new proposal attached (the example)
		{"following up with the proposal attached", Input{Text: "Following up with the revised proposal (attached).", Attachments: []model.Attachment{{Name: "proposal-v2.pdf", Type: "application/pdf", Size: 120000}}}, model.Substantive},
		{"following up on the proposal attached before", Input{Text: "Hi Sam, just checking in on the proposal I sent last week.", Attachments: []model.Attachment{{Name: "proposal.pdf", Type: "application/pdf", Size: 120000}}}, model.TouchingBase},
		// a question that hands the decision to the reader
		{"checking in with the essays' question", Input{Text: "Hi Sam, just checking in. What would you suggest we do to progress from here?"}, model.Substantive},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Classify(tt.in)
			if r.Label != tt.want {
				t.Errorf("label = %s (score %d, reasons %+v), want %s", r.Label, r.Score, r.Reasons, tt.want)
			}
			if r.Version != Version {
				t.Errorf("version = %q", r.Version)
			}
			if (r.Score < 50) != (r.Label == model.TouchingBase) {
				t.Errorf("score %d disagrees with label %s", r.Score, r.Label)
			}
		})
	}
}

func TestSilentThreadIsWorst(t *testing.T) {
	text := "Hi Mark, just checking in on the proposal. Any update?"
	quote := ThreadMessage{Direction: model.Outbound, Date: day(2), Text: "Proposal attached: 42 seats at $39/seat."}
	nudge := ThreadMessage{Direction: model.Outbound, Date: day(9), Text: "Hi Mark, just checking in on the proposal."}
	alone := Classify(Input{Text: text})
	second := Classify(Input{Text: text, Thread: []ThreadMessage{quote}, Date: day(9)})
	third := Classify(Input{Text: text, Thread: []ThreadMessage{quote, nudge}, Date: day(11)})
	if !(third.Score < second.Score && second.Score < alone.Score) {
		t.Fatalf("scores alone/2nd/3rd = %d/%d/%d, want strictly falling", alone.Score, second.Score, third.Score)
	}
	r := hasReason(third, CodeSilentThread)
	if r == nil || r.Text != "3rd unanswered email in 9 days" || r.Effect != model.Lowers {
		t.Fatalf("silent thread reason = %+v", r)
	}
	// After the customer answers, the thread is no longer silent.
	answered := Classify(Input{Text: text, Thread: []ThreadMessage{quote, {Direction: model.Inbound, Date: day(5), Text: "Thanks, reviewing."}}})
	if hasReason(answered, CodeSilentThread) != nil {
		t.Error("silent_thread reason on an answered thread")
	}
}

func TestReasonSpans(t *testing.T) {
	text := "Hi Dana, just checking in - also, the revised quote is attached: 40 seats at $38/seat, valid until March 31. Would Tue 10:00 work for a call?"
	r := Classify(Input{Text: text})
	want := map[string]string{
		CodeNudgePhrase: "just checking in",
		CodeFigure:      "$38/seat",
		CodeDateTime:    "March 31",
	}
	for code, span := range want {
		found := false
		for _, rs := range r.Reasons {
			if rs.Code == code && text[rs.Start:rs.End] == span {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s reason spanning %q in %+v", code, span, r.Reasons)
		}
	}
	if r.Label != model.Substantive {
		t.Errorf("label = %s", r.Label)
	}
}

// A nudge phrase in a touching-base email asks for a reply without adding
// anything; in a substantive one the email adds something, the phrase
// still does not.
func TestNudgeReasonFitsTheVerdict(t *testing.T) {
	for text, want := range map[string]string{
		"Circling back on the below. Thoughts?": "“Circling back” asks for a reply without adding anything",
		"Here is my first cut at the issues list for Wednesday's review, with the three open items Mark raised. Let me know what you think.": "“Let me know what you think” adds nothing by itself: the rest of the email does",
	} {
		r := Classify(Input{Text: text})
		if rs := hasReason(r, CodeNudgePhrase); rs == nil || rs.Text != want {
			t.Errorf("%q (%s %d): nudge reason %+v, want %q", text, r.Label, r.Score, rs, want)
		}
	}
}

func TestNoNewContentReason(t *testing.T) {
	r := Classify(Input{Text: "Circling back on the below. Thoughts?"})
	if r.Label != model.TouchingBase || hasReason(r, CodeNothingNew) == nil || hasReason(r, CodeNudgePhrase) == nil {
		t.Errorf("result = %+v", r)
	}
}

// TestCheckInDateIsNoNews: in a touching-base verdict, a date in the
// sentence of a check-in phrase says what the nudge is about, so it is not
// listed as raising the value; a date in a sentence of its own still is.
func TestCheckInDateIsNoNews(t *testing.T) {
	for _, c := range []struct {
		text    string
		date    string // the date reason's span, "" for none
		nothing bool   // the no-new-content reason is given
	}{
		{"Hi Mark, just following up on our call Tuesday. Let me know your thoughts.", "", true},
		{"Still on for lunch Friday?", "", true},
		{"Hi Mark, checking in to see if you had a chance to review. I am around tomorrow if you want to chat.", "tomorrow", false},
	} {
		r := Classify(Input{Subject: "Quote", Text: c.text})
		if r.Label != model.TouchingBase {
			t.Errorf("%q: %s (%d), want touching_base", c.text, r.Label, r.Score)
			continue
		}
		date := ""
		if d := hasReason(r, CodeDateTime); d != nil {
			date = c.text[d.Start:d.End]
		}
		if nothing := hasReason(r, CodeNothingNew) != nil; date != c.date || nothing != c.nothing {
			t.Errorf("%q: date %q, nothing new %v; want %q, %v: %+v", c.text, date, nothing, c.date, c.nothing, r.Reasons)
		}
	}
}

func TestRestatedContextReasons(t *testing.T) {
	in := Input{Subject: "RE: Cinergy guaranty", Text: "As a follow-up to our conversation of 4/11, we are still awaiting the executed Cinergy guaranty."}
	r := Classify(in)
	if r.Label != model.TouchingBase {
		t.Fatalf("label = %s (%d), want touching_base", r.Label, r.Score)
	}
	past := hasReason(r, CodePastRef)
	if past == nil || in.Text[past.Start:past.End] != "4/11" {
		t.Errorf("want the past date 4/11 as a lowering reason, got %+v", r.Reasons)
	}
	if hasReason(r, CodeDateTime) != nil {
		t.Errorf("a date pointing back is not a new date: %+v", r.Reasons)
	}
	// Every content word is in the subject or the thread: nothing new.
	in = Input{Subject: "Westmark NDA", Text: "Westmark NDA?\n\nThe Westmark mutual NDA, redlined.",
		Thread: []ThreadMessage{{Direction: model.Outbound, Date: time.Date(2001, 4, 2, 0, 0, 0, 0, time.UTC), Text: "Attached is the mutual NDA for Westmark, redlined."}}}
	if r := Classify(in); r.Label != model.TouchingBase || hasReason(r, CodeRestates) == nil {
		t.Errorf("restated thread: %s %d %+v, want touching_base with %s", r.Label, r.Score, r.Reasons, CodeRestates)
	}
	// With new words, the restatement reason is gone.
	in.Text += " Legal wants the term cut to two years and a Texas venue."
	if r := Classify(in); hasReason(r, CodeRestates) != nil {
		t.Errorf("new words but still %s: %+v", CodeRestates, r.Reasons)
	}
}

func TestAttachmentRaises(t *testing.T) {
	in := Input{Text: "Here you go.", Attachments: []model.Attachment{{Name: "quote-v3.pdf", Type: "application/pdf", Size: 41234}}}
	r := Classify(in)
	if a := hasReason(r, CodeAttachment); a == nil || !strings.Contains(a.Text, "quote-v3.pdf") {
		t.Errorf("attachment reason missing: %+v", r.Reasons)
	}
	if without := Classify(Input{Text: "Here you go."}); without.Score >= r.Score {
		t.Errorf("attachment did not raise the score: %d vs %d", r.Score, without.Score)
	}
}

func TestDeterministic(t *testing.T) {
	in := Input{Subject: "Re: quote", Text: "Any update on the quote? It was 40 seats at $38.", Thread: []ThreadMessage{{Direction: model.Outbound, Date: day(2), Text: "40 seats at $38"}}}
	a, b := Classify(in), Classify(in)
	if a.Score != b.Score || a.Label != b.Label || len(a.Reasons) != len(b.Reasons) {
		t.Fatal("Classify is not deterministic")
	}
	for i := range a.Reasons {
		if a.Reasons[i] != b.Reasons[i] {
			t.Fatal("reasons differ between runs")
		}
	}
	if hasReason(a, CodeRepeated) == nil && a.Label == model.TouchingBase {
		t.Errorf("repeated figure not flagged: %+v", a.Reasons)
	}
}

func TestWeightsMatchCode(t *testing.T) {
	w, err := load(weightsJSON)
	if err != nil {
		t.Fatal(err)
	}
	if w.version != Version {
		t.Errorf("weights.json is for classifier %q, code is %q: run go generate", w.version, Version)
	}
	if w.featureVersion != feat.Version {
		t.Errorf("weights.json uses features %q, code has %q: run go generate", w.featureVersion, feat.Version)
	}
	n := 0
	w.grams.Range(func(uint32, float64) { n++ })
	if n < 100 {
		t.Errorf("only %d n-gram weights", n)
	}
}

// suggestions are Check's advice for in.
// suggestions returns the text of Check's suggestions on in; each one
// that offers a sentence to paste quotes it.
func suggestions(in Input) []string {
	_, s := Check(in)
	var out []string
	for _, x := range s {
		if x.Paste != "" && !strings.HasSuffix(x.Text, analysis.Quote(x.Paste)) {
			panic(fmt.Sprintf("suggestion %q does not end with its sentence %q", x.Text, x.Paste))
		}
		out = append(out, x.Text)
	}
	return out
}

// TestDecisionAsk checks that the question offered fits the kind of
// thing the draft is about, and that a topic of no known kind gets none.
func TestDecisionAsk(t *testing.T) {
	for topic, want := range map[string]string{
		"the Calpine term sheet":              "Who else needs to sign off on the Calpine term sheet, and what would they need from us?",
		"the contracts":                       "Who else needs to sign off on the contracts, and what would they need from us?",
		"the statement of work":               "Who else needs to sign off on the statement of work, and what would they need from us?",
		"the Proposal for Jetstream Couriers": "Is there anything in the Proposal for Jetstream Couriers that doesn't yet fit what you need?",
		"the security questionnaire":          "Which parts of the security questionnaire are still open on your side?",
		"the Juniper pilot":                   "What would the Juniper pilot need to show for you to go ahead?",
		"the Q3 renewal":                      "What would you want to change before the Q3 renewal?",
		"the Juniper Schools pilot plan":      "", // a plan: of no known kind
		"the offer letter":                    "",
		"Calpine":                             "",
		"":                                    "",
	} {
		if got := decisionAsk(topic); got != want {
			t.Errorf("decisionAsk(%q) = %q, want %q", topic, got, want)
		}
	}
}

// TestCheckIsClassify holds Check's verdict to Classify's on the shared
// dev set, heldout and blind_validation (emails with and without thread
// context); FuzzClassify checks the same on any input.
func TestCheckIsClassify(t *testing.T) {
	for _, name := range []string{"dev", "heldout", "blind_validation"} {
		for _, ex := range readSet(t, "testdata/"+name+".jsonl") {
			in := ex.Input()
			r, _ := Check(in)
			if want := Classify(in); !reflect.DeepEqual(r, want) {
				t.Fatalf("%s %s: Check says %+v, Classify %+v", name, ex.ID, r, want)
			}
		}
	}
}

// TestAddedSuggestionGivesSomething: the sentence a suggestion offers to
// add (the question that helps them decide, the call it proposes) makes
// the draft substantive, in every language, on every touching-base
// verdict of the held-out sets, with the call this week or, the week
// booked, the week after. Review must never offer a fix that leaves
// the verdict where it was (lr.46 kept 92% of the drafts given the
// essays' question touching base).
func TestAddedSuggestionGivesSomething(t *testing.T) {
	offered := map[string]int{}
	// the coming week booked: the call is the week after, named by dates
	later := analysis.CallTimes{Calendar: true, Later: true, Slots: []time.Time{
		time.Date(2026, 12, 3, 11, 30, 0, 0, time.UTC), time.Date(2026, 12, 4, 16, 0, 0, 0, time.UTC)}}
	for _, name := range []string{"dev", "heldout", "validation", "independent_validation", "blind_validation", "multilingual_heldout", "multilingual_heldout2",
		"checkin_news_heldout", "checkin_news_pairs"} {
		for i, ex := range readSet(t, "testdata/"+name+".jsonl") {
			in := ex.Input()
			if i%2 == 1 {
				in.Call = later
			}
			r, sug := Check(in)
			if r.Label != model.TouchingBase {
				continue
			}
			for _, s := range sug {
				if s.Paste == "" {
					continue
				}
				offered[name]++
				added := ex
				added.Body = owntext.AddParagraph(ex.Body, s.Paste)
				if r2 := Classify(added.Input()); r2.Label != model.Substantive {
					t.Errorf("%s %s: adding %q leaves it %s (%d):\n%s", name, ex.ID, s.Paste, r2.Label, r2.Score, added.Body)
				}
			}
		}
	}
	if offered["heldout"] < 100 || offered["multilingual_heldout"] < 50 {
		t.Fatalf("too few suggestions offered: %v", offered)
	}
}

func TestSuggest(t *testing.T) {
	quote := ThreadMessage{Direction: model.Outbound, Date: day(2), Text: "Proposal attached: 42 seats at $39/seat."}
	nudge := ThreadMessage{Direction: model.Outbound, Date: day(9), Text: "Hi Mark, just checking in on the proposal."}
	in := Input{Subject: "Re: Proposal", Text: "Bumping this to the top of your inbox.", Thread: []ThreadMessage{quote, nudge}, Date: day(11)}
	got := suggestions(in)
	joined := strings.Join(got, "\n")
	for _, want := range []string{
		`Replace “Bumping this” with something new about the proposal`,
		"What would you suggest we do to progress from here?",
		"3rd email they have not answered",
		"Propose a 15-minute call on the proposal: “Would Thursday at 10:00 or Friday at 14:30 work for a quick call about the proposal?",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("suggestions lack %q:\n%s", want, joined)
		}
	}

	// Two check-ins get suggestions in their own terms: the phrase to cut,
	// the thing they ask about, the person they greet.
	for _, c := range []struct {
		in   Input
		want []string
	}{
		{Input{Text: "Joyce, just checking in on the Calpine term sheet. Any update?"}, []string{
			`Replace “just checking in” with something new about the Calpine term sheet`,
			`Ask a question that helps them decide, e.g. “Who else needs to sign off on the Calpine term sheet, and what would they need from us?”`,
			`“Joyce, would Tuesday at 10:00 or Wednesday at 14:30 work for a quick call about the Calpine term sheet?”`,
		}},
		{Input{Subject: "Re: Q3 renewal", Text: "Hi Omar,\n\nDid you get a chance to look?"}, []string{
			`Replace “Did you get a chance” with something new about the Q3 renewal`,
			`“What would you want to change before the Q3 renewal?”`,
			`“Omar, would Tuesday at 10:00`,
		}},
		// the advice tells the rep about "your proposal"; what the rep
		// sends says "my proposal", as the draft does
		{Input{Text: "Hi Dana, following up on my proposal. Any update?"}, []string{
			`with something new about your proposal`,
			`“Is there anything in my proposal that doesn't yet fit what you need?”`,
			`Propose a 15-minute call on your proposal: “Dana, would Tuesday at 10:00 or Wednesday at 14:30 work for a quick call about my proposal?”`,
		}},
		// "are you" is a question phrase, but this one asks for a status
		{Input{Text: "Hi Sam, are you still reviewing the contract?"}, []string{
			`Ask a question that helps them decide, e.g. “Who else needs to sign off on the contract, and what would they need from us?”`,
		}},
		{Input{Text: "Just wanted to check in and see where things stand."}, []string{
			`Replace “wanted to check” with something new for the reader`,
			`Ask a question that helps them decide, e.g. “What would you suggest we do to progress from here?”`,
			`Propose a 15-minute call: “Would Tuesday`,
		}},
	} {
		joined := strings.Join(suggestions(c.in), "\n")
		for _, want := range c.want {
			if !strings.Contains(joined, want) {
				t.Errorf("suggestions for %q lack %q:\n%s", c.in.Text, want, joined)
			}
		}
	}

	// A good draft gets no nagging; a question from the customer is surfaced.
	good := Input{Text: "Attached is the revised quote: 40 seats at $38/seat, valid until March 31."}
	if s := suggestions(good); len(s) > 1 {
		t.Errorf("substantive draft got %d suggestions: %q", len(s), s)
	}
	asked := Input{Text: "Just checking in!", Thread: []ThreadMessage{{Direction: model.Inbound, Date: day(3), Text: "Thanks. Does the Team plan include SSO?"}}}
	if s := strings.Join(suggestions(asked), "\n"); !strings.Contains(s, `Answer their question first: “Does the Team plan include SSO?”`) {
		t.Errorf("suggestions = %s", s)
	}
	// Their question and the rep's phrase are shown as they wrote them: their
	// quotation marks and accents are not escaped.
	quoting := Input{Text: "Just checking in!", Thread: []ThreadMessage{{Direction: model.Inbound, Date: day(3), Text: "Does the \"Growth\" tier include Zürich hosting?"}}}
	if s := strings.Join(suggestions(quoting), "\n"); !strings.Contains(s, `Answer their question first: “Does the "Growth" tier include Zürich hosting?”`) || strings.Contains(s, `\`) {
		t.Errorf("suggestions = %s", s)
	}
	// A substantive reply that may leave their question aside is asked to check, and
	// no reason claims it answers; one that answers is not nagged.
	price := []ThreadMessage{{Direction: model.Inbound, Date: day(3), Text: "Thanks for the demo. What is the price for 50 seats?"}}
	for text, answers := range map[string]bool{
		"Thanks, could we find 15 minutes for a call next week?": false,
		"It is $40 per seat per month, billed yearly.":           true,
	} {
		in := Input{Subject: "Re: pricing", Text: text, Thread: price}
		r, s := Classify(in), strings.Join(suggestions(in), "\n")
		if r.Label != model.Substantive || (hasReason(r, CodeAnswer) != nil) != answers {
			t.Errorf("%q: %s, answer reason %v, want %v: %+v", text, r.Label, !answers, answers, r.Reasons)
		}
		if open := strings.Contains(s, `Check that this answers their question: “What is the price for 50 seats?”`); open == answers {
			t.Errorf("%q: suggestions %q", text, s)
		}
		if hasReason(r, CodeFigure) != nil && !answers {
			t.Errorf("%q: the call's 15 minutes read as a new figure: %+v", text, r.Reasons)
		}
	}
	bare := Input{Text: "?"}
	if s := strings.Join(suggestions(bare), "\n"); !strings.Contains(s, "bare “?”") {
		t.Errorf("suggestions = %s", s)
	}
	// A check-in phrase that opens a substantive draft is worth dropping;
	// one that closes it is not.
	opening := Input{Text: "Hi Mark,\n\nFollowing up on the quote. The revised one is 40 seats at $39 per seat, valid until 12 December."}
	if r, s := Classify(opening), strings.Join(suggestions(opening), "\n"); r.Label != model.Substantive || !strings.Contains(s, `Drop “Following up” and open with your news.`) {
		t.Errorf("opening check-in: %s, suggestions %q", r.Label, s)
	}
	// "Following up with" the news opens the news: no check-in to drop
	brought := Input{Text: "Hi Mark,\n\nFollowing up with the revised quote: 40 seats at $39 per seat, valid until 12 December."}
	if r, s := Classify(brought), strings.Join(suggestions(brought), "\n"); r.Label != model.Substantive || hasReason(r, CodeNudgePhrase) != nil || strings.Contains(s, "Drop") {
		t.Errorf("check-in that brings the quote: %s, reasons %+v, suggestions %q", r.Label, r.Reasons, s)
	}
	// where a question is all it gives, the draft opens with that
	asking := Input{Text: "Hi Mark,\n\nAny update?\n\nWhat would you suggest we do to progress from here?"}
	if r, s := Classify(asking), strings.Join(suggestions(asking), "\n"); r.Label != model.Substantive || !strings.Contains(s, `Drop “Any update” and open with your question.`) {
		t.Errorf("opening check-in before a question: %s, suggestions %q", r.Label, s)
	}
	closing := Input{Text: "Hi Mark,\n\nThe revised quote is 40 seats at $39 per seat, valid until 12 December. Let me know what you think."}
	if r, s := Classify(closing), strings.Join(suggestions(closing), "\n"); r.Label != model.Substantive || strings.Contains(s, "Drop") {
		t.Errorf("closing check-in: %s, suggestions %q", r.Label, s)
	}
	promised := Input{Text: "Following up - the pricing sheet is attached. Let me know what you think."}
	if s := strings.Join(suggestions(promised), "\n"); !strings.Contains(s, "nothing is attached") {
		t.Errorf("suggestions = %s", s)
	}
}

// A note of thanks is substantive and says why; its span is the courtesy.
func TestCourtesyReason(t *testing.T) {
	text := "Thanks so much for the Rockets tickets - Sam loved the game."
	r := Classify(Input{Text: text})
	if r.Label != model.Substantive {
		t.Fatalf("a thank-you note judged %s (%d)", r.Label, r.Score)
	}
	for _, rs := range r.Reasons {
		if rs.Code == CodeCourtesy && text[rs.Start:rs.End] == "Thanks so much for" {
			return
		}
	}
	t.Errorf("no courtesy reason: %+v", r.Reasons)
}

// A forward of someone else's message passes it on: "FYI" above it, or
// nothing at all, gives the reader something. A nudge above it is still a
// nudge.
func TestForwardIsMaterial(t *testing.T) {
	for _, text := range []string{"FYI", ""} {
		r := Classify(Input{Subject: "FW: holiday schedule", Text: text, Forwards: true})
		if r.Label != model.Substantive {
			t.Errorf("forward under %q judged %s (%d): %+v", text, r.Label, r.Score, r.Reasons)
		}
		found := false
		for _, rs := range r.Reasons {
			found = found || (rs.Code == CodeMaterial && rs.Text == "Passes on a forwarded message")
		}
		if !found {
			t.Errorf("forward under %q: no reason names it: %+v", text, r.Reasons)
		}
		if bare := Classify(Input{Subject: "FW: holiday schedule", Text: text}); bare.Score >= r.Score {
			t.Errorf("%q scores %d with the forward below it, %d without", text, r.Score, bare.Score)
		}
	}
	if r := Classify(Input{Subject: "FW: proposal", Text: "Any thoughts on the below?", Forwards: true}); r.Label != model.TouchingBase {
		t.Errorf("a nudge above a forward judged %s (%d)", r.Label, r.Score)
	}
	// Examples read it from the body, or carry it when the body is own text only.
	for _, e := range []Example{
		{Subject: "FW: Q3", Body: "-----Original Message-----\nFrom: Lee, Ann\nSent: Monday, May 7, 2001 9:12 AM\nTo: Kay\nSubject: Q3\n\nRevenue was up 12%."},
		{Subject: "holidays", Body: "FYI\n\n---------- Forwarded message ---------\nFrom: HR <hr@x.example>\nSubject: holidays\n\nOffice closed Friday."},
		{Subject: "holidays", Body: "FYI", Forwards: true},
	} {
		if !e.Input().Forwards {
			t.Errorf("example %q under %q: not read as a forward", e.Body, e.Subject)
		}
	}
	if (Example{Subject: "RE: Q3", Body: "Thanks.\n\n-----Original Message-----\nFrom: Lee, Ann\nSent: Monday, May 7, 2001 9:12 AM\nTo: Kay\nSubject: Q3\n\nWhat is Q3 revenue?"}).Input().Forwards {
		t.Error("an Outlook reply read as a forward")
	}
}

// A proposed call with a time is named as a concrete next step.
func TestProposalReason(t *testing.T) {
	for _, text := range []string{
		"Rather than another email: could we do 15 minutes on Thursday at 2pm ET to settle the rollout plan?",
		"Can we reschedule the call for 9 am on Friday, Sept. 17?",
	} {
		r := Classify(Input{Subject: "Re: rollout", Text: text})
		if r.Label != model.Substantive {
			t.Errorf("%q judged %s (%d)", text, r.Label, r.Score)
		}
		found := false
		for _, rs := range r.Reasons {
			found = found || rs.Code == CodeProposal
		}
		if !found {
			t.Errorf("%q: no concrete next step among %+v", text, r.Reasons)
		}
	}
}

// One thing said is one reason: a run of dates and times is one date, the
// phrases of one sentence are one step that quotes its sentence, and a
// commitment word in a question is a question.
func TestReasonsSayOneThingOnce(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"We can set up a quick call on Monday, March 3 at 2pm to walk your CFO through the numbers and the rollout plan.", []want{
			{CodeProposal, "We can set up a quick call", "A concrete next step: \u201cWe can set up a quick call on Monday, March 3 at 2pm to walk your CFO through…\u201d"},
			{CodeDateTime, "Monday, March 3 at 2pm", "Date or time: Monday, March 3 at 2pm"},
		}},
		{"Mark, would Tuesday at 10:00 or Wednesday at 14:30 work for a quick call about the proposal?", []want{
			{CodeDateTime, "Tuesday at 10:00 or Wednesday at 14:30", "Date or time: Tuesday at 10:00 or Wednesday at 14:30"},
			{CodeProposal, "quick call", "A concrete next step: \u201c…would Tuesday at 10:00 or Wednesday at 14:30 work for a quick call about the…\u201d"},
		}},
		{"I will send the revised contract by Friday.", []want{
			{CodeCommitment, "I will send", "A commitment: \u201cI will send the revised contract by Friday\u201d"},
		}},
		{"Does Tuesday at 10:00 work to walk your CFO through it?", []want{ // the date keeps its highlight
			{CodeDateTime, "Tuesday at 10:00", "Date or time: Tuesday at 10:00"},
			{CodeProposal, "work", "A concrete next step: \u201cDoes Tuesday at 10:00 work to walk your CFO through it?\u201d"},
		}},
		{"Thanks for the notes. Also, is the budget signed off for Q1?", []want{
			{CodeCourtesy, "Thanks for", "A note of its own: \u201cThanks for the notes\u201d"},
			{CodeQuestion, "signed", "A specific question: \u201cAlso, is the budget signed off for Q1?\u201d"},
			{CodeDateTime, "Q1", "Date or time: Q1"},
		}},
		{"Can we reschedule the call for 9 am on Friday, Sept. 17?", []want{
			{CodeProposal, "Can we reschedule", "A concrete next step: \u201cCan we reschedule the call for 9 am on Friday, Sept. 17?\u201d"},
			{CodeDateTime, "9 am on Friday, Sept. 17", "Date or time: 9 am on Friday, Sept. 17"},
		}},
		{"Hi Maya, are you the right person to talk to about the data platform at Initech?", []want{ // the greeting is not quoted
			{CodeQuestion, "are you", "A question that moves the decision: \u201care you the right person to talk to about the data platform at Initech?\u201d"},
		}},
		{"Wir könnten am Dienstag um 10:00 oder am Mittwoch um 14:30 telefonieren.", []want{
			{CodeProposal, "Wir könnten", "A concrete next step: \u201cWir könnten am Dienstag um 10:00 oder am Mittwoch um 14:30 telefonieren\u201d"},
			{CodeDateTime, "Dienstag um 10:00 oder am Mittwoch um 14:30", "Date or time: Dienstag um 10:00 oder am Mittwoch um 14:30"},
		}},
	})
}

// Prose without figures or dates still says why it is substantive: its
// requests, news and points of its own, a few of them.
func TestReasonsForProse(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"To your question about SSO: yes, we support Okta via SAML. I've looped in our engineer, Dev, who can walk your IT team through setup.", []want{
			{CodePoint, "we support", "A point of your own: \u201cyes, we support Okta via SAML\u201d"},
			{CodePoint, "I've looped", "A point of your own: \u201cI've looped in our engineer, Dev, who can walk your IT team through setup\u201d"},
		}},
		{"The committee approved the policy with one change. Please route exceptions to Ruth.", []want{
			{CodeNews, "approved", "News: \u201cThe committee approved the policy with one change\u201d"},
			{CodeRequest, "Please route", "A clear request: \u201cPlease route exceptions to Ruth\u201d"},
		}},
		// the clause's dash is no part of the quote; a question asks for news
		{"Ticket 8812 is fixed - has the patch been approved by your team?", []want{ // 8812 names the ticket
			{CodeNews, "fixed", "News: \u201cTicket 8812 is fixed\u201d"},
			{CodeQuestion, "has the patch been approved by your team?", "A specific question: \u201chas the patch been approved by your team?\u201d"},
		}},
		// a change on their side is news, as an approval is
		{"The sellers dropped the asking price. The inspection report came back clean.", []want{
			{CodeNews, "dropped", "News: \u201cThe sellers dropped the asking price\u201d"},
		}},
		// three reasons already: the statements add none
		{"The renewal is $18,000 for 40 seats from March 1. I think that is fair.", []want{
			{CodeFigure, "$18,000", "New figure: $18,000"},
			{CodeFigure, "40 seats", "New figure: 40 seats"},
			{CodeDateTime, "March 1", "Date or time: March 1"},
		}},
		// "revised" names the contract; it is no news
		{"I will send the revised contract by Friday.", []want{
			{CodeCommitment, "I will send", "A commitment: \u201cI will send the revised contract by Friday\u201d"},
		}},
	})
}

type want struct{ code, span, text string }

// reasonCase is a text and the reasons Classify must give it, in order.
type reasonCase struct {
	text string
	want []want
}

func checkReasons(t *testing.T, cases []reasonCase) {
	t.Helper()
	for _, c := range cases {
		r := Classify(Input{Subject: "Rollout", Text: c.text})
		var got []want
		for _, rs := range r.Reasons {
			got = append(got, want{rs.Code, c.text[rs.Start:rs.End], rs.Text})
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// clip puts a span on one line, as valid UTF-8, cut on a rune boundary.
func TestClip(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"any update?", 60, "any update?"},
		{"  any\n\tupdate  on   the\r\ndeck ", 60, "any update on the deck"},
		{"abcdef", 6, "abcdef"},
		{"abcdefg", 6, "abcde…"},
		{"a b c d", 4, "a b…"},
		{"größere Änderung", 7, "größer…"},
		{"bad \xff\xfe bytes", 60, "bad \uFFFD bytes"},
		{"", 10, ""},
		{" \n ", 10, ""},
	} {
		if got := clip(c.in, c.n); got != c.want {
			t.Errorf("clip(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
	if got := ordinal(1) + ordinal(2) + ordinal(3) + ordinal(11) + ordinal(22) + ordinal(113); got != "1st2nd3rd11th22nd113th" {
		t.Errorf("ordinals: %s", got)
	}
}

// TestMaterialReasonNamesTheMaterial checks that the material reason
// quotes what is handed over, not just the word that hands it over.
func TestMaterialReasonNamesTheMaterial(t *testing.T) {
	for _, c := range []struct{ text, span string }{
		// forward, past loose ends, up to the next reason's figure
		{"Hi Dana, please see the attached pricing for the 40-seat plan. Let me know if you have questions.", "see the attached pricing"},
		// forward over describing words and a hyphenated one
		{"I've attached the revised deck and the one-page summary for your CFO.", "attached the revised deck and the one-page summary"},
		// back, when the clause ends at the attachment word
		{"The redlined order form is attached.\nThanks, Sam", "redlined order form is attached"},
		// never across a line break
		{"Attached:\nthe deck we discussed", "Attached"},
		// a period names the material ("the Q3 numbers")…
		{"Here are the Q3 numbers you asked for: churn fell to 2%.", "Here are the Q3 numbers you asked"},
		{"Attached are the Q4 2026 renewal terms.", "Attached are the Q4 2026 renewal terms"},
		// …but not when nothing follows it
		{"Here are the Q3.\nChurn fell to 2%.", "Here are"},
		// a version written as one word ("v2") is part of the name, no figure
		{"Here is the deck v2 we built for your board.", "Here is the deck v2 we built"},
	} {
		r := Classify(Input{Subject: "Pricing", Text: c.text})
		var got []string
		for _, rs := range r.Reasons {
			if rs.Code == CodeMaterial {
				got = append(got, c.text[rs.Start:rs.End])
				if want := "Material for the reader: \u201c" + c.text[rs.Start:rs.End] + "\u201d"; rs.Text != want {
					t.Errorf("%q: reason text %q, want %q", c.text, rs.Text, want)
				}
			}
		}
		if len(got) != 1 || got[0] != c.span {
			t.Errorf("%q: material spans %q, want [%q]", c.text, got, c.span)
		}
	}
}

// quoted returns what the reasons of code in r cover of text, in order.
func quoted(text string, r Result, code string) []string {
	var out []string
	for _, rs := range r.Reasons {
		if rs.Code == code {
			out = append(out, text[rs.Start:rs.End])
		}
	}
	return out
}

// TestPeriodIsADate checks that a quarter, a half or a fiscal year reads
// as a date or time with its letters and year, not as a bare new figure.
func TestPeriodIsADate(t *testing.T) {
	text := "Churn fell to 2% in Q3. We launch in Q4 2026 and break even in FY27, H2 at the latest; H2O is no period."
	r := Classify(Input{Subject: "Plan", Text: text})
	for _, rs := range r.Reasons {
		if rs.Code == CodeDateTime && rs.Text != "Date or time: "+text[rs.Start:rs.End] {
			t.Errorf("reason text %q for span %q", rs.Text, text[rs.Start:rs.End])
		}
	}
	dates, figures := quoted(text, r, CodeDateTime), quoted(text, r, CodeFigure)
	if want := []string{"Q3", "Q4 2026", "FY27, H2"}; !slices.Equal(dates, want) { // the half of that year: one date
		t.Errorf("dates %q, want %q", dates, want)
	}
	if want := []string{"2%"}; !slices.Equal(figures, want) {
		t.Errorf("figures %q, want %q (H2O is a name, neither a period nor a figure)", figures, want)
	}
}

// TestNamesAndYears: a number that is part of a name or numbers a thing,
// or a code of letters and digits written as one word, is no new figure, and a year after "in", "for" and the like, or naming what
// follows it ("the 2026 budget"), is a date.
func TestNamesAndYears(t *testing.T) {
	text := "Our SOC 2 Type II audit is done. Data stays in AWS eu-central-1, and COVID-19 rules are gone. " +
		"Prices for 2027 rise 8%, USD 40 less than planned; invoice 2027 is paid. " +
		"Section 5 of the MSA changed, ticket 8812 is closed and la clause 7 est acceptée: 3 fixes in all. " +
		"The 2026 budget holds; of the seats, we sold the 2000. " +
		"We meet in EB30C2 and in room 32C2, fly the A320, track 1Z884A and pass AB1X."
	r := Classify(Input{Subject: "Audit", Text: text})
	dates, figures := quoted(text, r, CodeDateTime), quoted(text, r, CodeFigure)
	if want := []string{"2027", "2026"}; !slices.Equal(dates, want) {
		t.Errorf("dates %q, want %q", dates, want)
	}
	if want := []string{"8%", "USD 40", "3", "2000"}; !slices.Equal(figures, want) { // USD is no name; "invoice 2027" no year; "the 2000." names nothing after it
		t.Errorf("figures %q, want %q", figures, want)
	}
	material := "Attached is our SOC 2 Type II report."
	r = Classify(Input{Subject: "Audit", Text: material})
	if len(r.Reasons) == 0 || r.Reasons[0].Code != CodeMaterial || material[r.Reasons[0].Start:r.Reasons[0].End] != "Attached is our SOC 2 Type II report" {
		t.Errorf("reasons %+v: want the material named whole", r.Reasons)
	}
}

// TestListsAndLinks: the numbers of a list and what a web address spells
// are no figures or dates; the link is the reason.
func TestListsAndLinks(t *testing.T) {
	text := "Three options: 1) monthly at $12/seat, 2) annual at $10/seat. See figure 3) and (4).\n" +
		"1. Setup takes 2 days.\nRecording: https://acme.example/webinar/2026-11 and www.acme.example/deck-v3.pdf"
	r := Classify(Input{Subject: "Options", Text: text})
	if got, want := quoted(text, r, CodeFigure), []string{"$12/seat", "$10/seat", "3", "2 days"}; !slices.Equal(got, want) {
		t.Errorf("figures %q, want %q", got, want)
	}
	if got := quoted(text, r, CodeDateTime); len(got) > 0 {
		t.Errorf("dates %q, want none", got)
	}
	if got, want := quoted(text, r, CodeLink), []string{"https://acme.example/webinar/2026-11", "www.acme.example/deck-v3.pdf"}; !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
}

// TestCalendarDate checks which digit dates read as dates in reasons.
func TestCalendarDate(t *testing.T) {
	for s, want := range map[string]bool{
		"3/15": true, "15/3": true, "10-12": true, "3/15/26": true, "15.3.2026": true, "2026-03-15": true,
		"8/1-8": true, "1998-2000": true, "2025-26": true, "12/2000": true, "11/99": true, "March 15": true,
		"30-45": false, "3-5275": false, "20/20": false, "50/50": false, "1-800-555": false, "5-0": false,
		"2000-1043": false, "1500-2000": false, "41-81-416": false, "52-13/16": false, "13/13": false,
	} {
		if got := calendarDate(s); got != want {
			t.Errorf("calendarDate(%q) = %v, want %v", s, got, want)
		}
	}
	text := "Rollout takes 30-45 days from 3/15; call x3-5275."
	r := Classify(Input{Subject: "Rollout", Text: text})
	kinds := map[string]string{}
	for _, rs := range r.Reasons {
		kinds[text[rs.Start:rs.End]] = rs.Code
	}
	if kinds["30-45"] != CodeFigure || kinds["3-5275"] != CodeFigure || kinds["3/15"] != CodeDateTime {
		t.Errorf("reasons by span %v: want 30-45 and 3-5275 figures, 3/15 a date", kinds)
	}
}

// TestSuggestInTheDraftsLanguage: the sentences offered to paste are in
// the draft's language; the advice around them stays English.
func TestSuggestInTheDraftsLanguage(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Hallo Herr Weber, ich wollte kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen. Viele Grüße, Tom", []string{
			`“Was würden Sie vorschlagen, wie wir von hier aus weitermachen?”`,
			`“Herr Weber, hätten Sie Dienstag um 10:00 oder Mittwoch um 14:30 Zeit für ein kurzes Telefonat?”`,
		}},
		{"Bonjour Claire, je me permets de vous relancer concernant notre proposition. Avez-vous pu en prendre connaissance ? Cordialement, Marc", []string{
			`“Que proposeriez-vous pour avancer à partir d'ici ?”`,
			`“Claire, seriez-vous disponible mardi à 10:00 ou mercredi à 14:30 pour un court appel ?”`,
		}},
		{"Hola Carla, quería hacer seguimiento de la propuesta. ¿Pudiste revisarla? Un saludo, Pablo", []string{
			`“¿Qué nos sugiere para avanzar a partir de aquí?”`,
			`el martes a las 10:00 o el miércoles a las 14:30`,
		}},
		{"¿Pudiste revisar la propuesta? Quería hacer seguimiento.", []string{
			`“¿Le vendría bien el martes a las 10:00 o el miércoles a las 14:30 para una llamada breve?”`,
		}},
	} {
		joined := strings.Join(suggestions(Input{Text: c.text}), "\n")
		for _, want := range c.want {
			if !strings.Contains(joined, want) {
				t.Errorf("suggestions for %q lack %q:\n%s", c.text, want, joined)
			}
		}
		if strings.Contains(joined, "What would you suggest") {
			t.Errorf("English question offered for %q", c.text)
		}
	}
}

// TestSuggestCallAtFreeTimes: the call proposal names the free times the
// rep's calendar gives (Call), in the rep's time zone and the draft's
// language, and asks for next week when the coming week is booked.
func TestSuggestCallAtFreeTimes(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	free := []time.Time{time.Date(2026, 11, 26, 11, 30, 0, 0, ny), time.Date(2026, 11, 27, 16, 0, 0, 0, ny)}
	nextWeek := []time.Time{free[0].AddDate(0, 0, 7), free[1].AddDate(0, 0, 7)}
	for _, c := range []struct {
		in   Input
		want string
	}{
		{Input{Text: "Joyce, just checking in on the Calpine term sheet. Any update?", Call: analysis.CallTimes{Slots: free, Calendar: true}},
			`“Joyce, would Thursday at 11:30 or Friday at 16:00 work for a quick call about the Calpine term sheet?”`},
		// the times are the rep's, whatever zone the slots were computed in
		{Input{Text: "Joyce, just checking in. Any update?", Call: analysis.CallTimes{Slots: []time.Time{free[0].UTC().In(ny), free[1]}}},
			`“Joyce, would Thursday at 11:30 or Friday at 16:00 work for a quick call?”`},
		{Input{Text: "Hallo Herr Weber, ich wollte kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen.", Call: analysis.CallTimes{Slots: free}},
			`“Herr Weber, hätten Sie Donnerstag um 11:30 oder Freitag um 16:00 Zeit für ein kurzes Telefonat?”`},
		{Input{Text: "Joyce, just checking in on the Calpine term sheet. Any update?", Call: analysis.CallTimes{Calendar: true, Later: true}},
			`A 15-minute call on the Calpine term sheet would help, but your calendar is full for the next two weeks: free some time before you propose one.`},
		{Input{Text: "Just wanted to check in and see where things stand.", Call: analysis.CallTimes{Slots: nextWeek, Calendar: true, Later: true}},
			`Your calendar is full this week; propose a 15-minute call the week after, at times it has free: “Would Thursday, December 3 at 11:30 or Friday, December 4 at 16:00 work for a quick call?”`},
		{Input{Subject: "Re: Proposal", Text: "Hi Mark, just checking in.", Call: analysis.CallTimes{Slots: free, Calendar: true}},
			`Propose a 15-minute call on the proposal, at times your calendar has free: “Mark, would Thursday at 11:30`},
		{Input{Subject: "Re: Proposal", Text: "Hi Mark, just checking in.", Date: time.Date(2026, 11, 27, 9, 0, 0, 0, ny)},
			`Propose a 15-minute call on the proposal: “Mark, would Monday at 10:00`},
		{Input{Text: "¿Pudiste revisar la propuesta? Quería hacer seguimiento.", Call: analysis.CallTimes{Slots: nextWeek, Calendar: true, Later: true}},
			`“¿Le vendría bien el jueves 3 de diciembre a las 11:30 o el viernes 4 de diciembre a las 16:00 para una llamada breve?”`},
		// without a calendar: the next two working days after the draft's date
		{Input{Text: "Joyce, just checking in. Any update?", Date: time.Date(2026, 11, 27, 9, 0, 0, 0, ny)},
			`“Joyce, would Monday at 10:00 or Tuesday at 14:30 work for a quick call?”`},
	} {
		joined := strings.Join(suggestions(c.in), "\n")
		if !strings.Contains(joined, c.want) {
			t.Errorf("suggestions for %q lack %q:\n%s", c.in.Text, c.want, joined)
		}
	}
}

// TestOfferedCallIsAProposal: a nudge with the call proposal the Review
// screen offers added is a concrete proposal, in every language the
// phrasebook speaks; so is a call proposed at a day and a time by hand.
func TestOfferedCallIsAProposal(t *testing.T) {
	free := []time.Time{time.Date(2026, 11, 26, 11, 30, 0, 0, time.UTC), time.Date(2026, 11, 27, 16, 0, 0, 0, time.UTC)}
	for _, nudge := range []string{
		"Hi Mark,\n\nJust checking in on the proposal. Any update?\n\nBest,\nJess",
		"Just wanted to check in and see where things stand.",
		"Hallo Herr Weber,\n\nich wollte kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen.\n\nViele Grüße\nTom",
		"Bonjour Claire,\n\nje me permets de vous relancer concernant notre proposition. Avez-vous pu en prendre connaissance ?\n\nCordialement,\nMarc",
		"Hola Carla,\n\nquería hacer seguimiento de la propuesta. ¿Pudiste revisarla?\n\nUn saludo,\nPablo",
		"Ciao Giulia,\n\nvolevo solo sapere se hai avuto modo di guardare la nostra offerta.\n\nGrazie,\nLuca",
		"Olá Ana,\n\nqueria saber se já teve oportunidade de ver a nossa proposta.\n\nObrigado,\nRui",
		"Hallo Sanne,\n\nik wilde even navragen of je al tijd had om naar de offerte te kijken.\n\nGroet,\nBram",
	} {
		in := Input{Text: nudge, Call: analysis.CallTimes{Slots: free}}
		if r := Classify(in); r.Label != model.TouchingBase {
			t.Errorf("%q: %s before anything is added", nudge, r.Label)
			continue
		}
		_, sug := Check(in)
		var call string
		for _, s := range sug {
			if strings.Contains(s.Text, "15-minute call") {
				call = s.Paste
			}
		}
		if call == "" {
			t.Errorf("%q: no call offered in %q", nudge, sug)
			continue
		}
		in.Text = owntext.AddParagraph(nudge, call)
		if r := Classify(in); r.Label != model.Substantive {
			t.Errorf("%q with %q added: %s %d %v", nudge, call, r.Label, r.Score, r.Reasons)
		}
	}
	for _, text := range []string{
		"Any update? Can we do Thursday at 3pm instead?",
		"Following up - how about a call tomorrow at 9:30?",
	} {
		if r := Classify(Input{Text: text}); r.Label != model.Substantive {
			t.Errorf("%q: %s %d", text, r.Label, r.Score)
		}
	}
}

// TestSentencesFor: other screens offer the Review screen's sentences, in
// the language of the text they answer.
func TestSentencesFor(t *testing.T) {
	tue := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	wed := time.Date(2026, 11, 25, 14, 30, 0, 0, time.UTC)
	for text, want := range map[string][2]string{
		"Hi Ann, the revised quote is attached.": {"What would you suggest we do to progress from here?",
			"Would Tuesday at 10:00 or Wednesday at 14:30 work for a quick call?"},
		"Hola Ana, ¿pudiste revisar la propuesta que te envié la semana pasada?": {"¿Qué nos sugiere para avanzar a partir de aquí?",
			"¿Le vendría bien el martes a las 10:00 o el miércoles a las 14:30 para una llamada breve?"},
		"": {"What would you suggest we do to progress from here?", "Would Tuesday at 10:00 or Wednesday at 14:30 work for a quick call?"},
	} {
		s := SentencesFor(text)
		if got := [2]string{s.Ask(), s.ProposeCall(analysis.CallTimes{Slots: []time.Time{tue, wed}})}; got != want {
			t.Errorf("SentencesFor(%q) = %q, want %q", text, got, want)
		}
	}
	// beyond the coming week a weekday names its date too
	later := analysis.CallTimes{Slots: []time.Time{tue.AddDate(0, 0, 14), wed.AddDate(0, 0, 14)}, Calendar: true, Later: true}
	for text, want := range map[string]string{
		"Hi Ann, the revised quote is attached.": "Would Tuesday, December 8 at 10:00 or Wednesday, December 9 at 14:30 work for a quick call?",
		"Hallo Frau Weber, anbei das Angebot.":   "Hätten Sie Dienstag, 8. Dezember um 10:00 oder Mittwoch, 9. Dezember um 14:30 Zeit für ein kurzes Telefonat?",
	} {
		if got := SentencesFor(text).ProposeCall(later); got != want {
			t.Errorf("the week after, %q: %q, want %q", text, got, want)
		}
	}
	// two booked weeks: no time to propose
	if got := SentencesFor("Hi Ann, the revised quote is attached.").ProposeCall(analysis.CallTimes{Calendar: true, Later: true}); got != "" {
		t.Errorf("two booked weeks: %q", got)
	}
}

// Prose with no phrase, figure or statement the features name still says
// why it is substantive: the sentence with the most that is new to the
// reader, in any language. Words of the subject are not new ("Rollout").
func TestReasonsForNovelProse(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"La configuración lleva unos tres días y nuestro ingeniero Diego te acompañará.", []want{
			{CodePoint, "configuración lleva", "A point of your own: \u201cLa configuración lleva unos tres días y nuestro ingeniero Diego te acompañará\u201d"},
		}},
		// the answer word opens it: the answer quotes what it says
		{"Zum Rollout: ja. Die Einrichtung dauert etwa zwei Tage, unser Techniker Jonas begleitet Sie dabei.", []want{
			{CodeAnswer, "ja", "An answer: \u201cja. Die Einrichtung dauert etwa zwei Tage, unser Techniker Jonas begleitet Sie\u2026\u201d"},
		}},
		{"Strong, not superior. Good year, but the rollout errors cost the team dearly.", []want{
			{CodePoint, "year", "A point of your own: \u201cGood year, but the rollout errors cost the team dearly\u201d"},
		}},
	})
}

// A sentence that reports something done is news in every language, even
// when it names a step ("discount") or uses a word that can commit
// ("signed"); the same word as an adjective reports nothing.
func TestNewsInEveryLanguage(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"Finance approved the discount for the renewal.", []want{
			{CodeNews, "approved", "News: \u201cFinance approved the discount for the renewal\u201d"},
		}},
		{"I'll send the guaranty once it is finalized.", []want{
			{CodeCommitment, "I'll send", "A commitment: \u201cI'll send the guaranty once it is finalized\u201d"},
		}},
		{"Gute Nachricht für Sie und Ihr Team: Unsere Geschäftsführung hat den Rabatt für die Verlängerung genehmigt.", []want{
			{CodeNews, "genehmigt", "News: \u201cUnsere Geschäftsführung hat den Rabatt für die Verlängerung genehmigt\u201d"},
		}},
		{"Bonne nouvelle pour vous et votre équipe : notre direction a validé la remise pour le renouvellement.", []want{
			{CodeNews, "validé", "News: \u201cnotre direction a validé la remise pour le renouvellement\u201d"},
		}},
		{"Ya aprobamos el descuento para la renovación.", []want{
			{CodeNews, "aprobamos el descuento", "News: \u201cYa aprobamos el descuento para la renovación\u201d"},
		}},
		{"Het contract is door ons getekend en de levering is verstuurd.", []want{
			{CodeNews, "getekend", "News: \u201cHet contract is door ons getekend en de levering is verstuurd\u201d"},
		}},
	})
	// a participle after its noun is the noun's adjective: no news, and no
	// commitment either
	for _, text := range []string{
		"Buongiorno Giulia, come d'accordo ti allego il contratto già firmato da parte nostra.",
		"Hola Marta, como quedamos te adjunto el contrato firmado por nuestra parte.",
		"I attached the signed contract for your files.",
	} {
		for _, r := range Classify(Input{Subject: "Rollout", Text: text}).Reasons {
			if r.Code == CodeNews || r.Code == CodeCommitment {
				t.Errorf("%q: %s %q", text, r.Code, r.Text)
			}
		}
	}
}

// Review calls a sentence a commitment only where the writer promises
// something, news only where it reports something done, a next step only
// where it proposes one, and a question specific only where it asks more
// than how the reader is.
func TestReasonsSayWhatTheSentenceDoes(t *testing.T) {
	for _, c := range []struct {
		text     string
		has, not []string // reason codes
	}{
		// a state or a deadline is no promise of its own
		{"Please comment on the draft I sent to you yesterday, the redlines are in section 4.", nil, []string{CodeCommitment}},
		{"There is some prep work that needs to be done for the Houston meeting.", nil, []string{CodeCommitment, CodeNews}},
		{"Please send me your top 3 staffing needs for 2002 by Friday.", nil, []string{CodeCommitment}},
		{"Attached is the letter that legal believes should be sent to Venoco.", nil, []string{CodeCommitment}},
		// the writer's "I will" or "I'm" makes it one
		{"We will confirm the first date for the workshop in due course.", []string{CodeCommitment}, nil},
		{"I'm on it and the migration plan is half written.", []string{CodeCommitment}, nil},
		{"I will have the California update done for Steve today.", []string{CodeCommitment}, []string{CodeNews}},
		{"Once that is done I will send out the NDA as you directed.", []string{CodeCommitment}, nil},
		// a state that is done is news
		{"Mike has done a wonderful job upgrading the existing database.", []string{CodeNews}, []string{CodeCommitment}},
		{"The venue for the offsite is confirmed.", []string{CodeNews}, []string{CodeCommitment}},
		{"Our booth for the Houston trade show is scheduled for Tuesday afternoon.", []string{CodeNews}, []string{CodeCommitment}},
		// a modal or a condition before a done word: no news
		{"The term Specified Condition should be changed to Material Adverse Change.", nil, []string{CodeNews}},
		{"Credit now says they will accept a $5MM cap if we get it signed by Friday.", nil, []string{CodeNews}},
		{"O termo pode ser assinado pelo DocuSign ainda esta semana.", nil, []string{CodeNews}},
		{"Bonjour Claire, le contrat doit être signé par votre direction d'ici le 1er octobre pour que la remise reste valable.", nil, []string{CodeNews}},
		{"Sobald beide Seiten unterschrieben haben, richten wir Ihren Zugang innerhalb eines Tages ein.", nil, []string{CodeNews}},
		// a proposal noun proposes as a verb, in a request or a question
		{"Attached is a revised Schedule for the ISDA Master with Harrier.", nil, []string{CodeProposal}},
		{"I got a call from Scott Nelson this morning about the Sithe deal.", nil, []string{CodeProposal}},
		{"This schedule just covers the agencies we work with in Houston.", nil, []string{CodeProposal}},
		{"Schedule 3.1 lists the counterparties for the Harrier deal.", nil, []string{CodeProposal}},
		{"Sheila would like to re-schedule tomorrow's review for Friday.", []string{CodeProposal}, nil},
		{"Give me a call about the Harrier confirm, the credit terms in Schedule C changed.", []string{CodeProposal}, nil},
		{"Happy to set up a call with a hospital customer so you can hear both sides.", []string{CodeProposal}, nil},
		{"Lisa will invite you to the Houston dinner on Monday evening.", []string{CodeProposal}, nil},
		{"Book a slot with our onboarding team this week.", []string{CodeProposal}, nil},
		// a question asking who or why is about the step, and proposes none
		{"Hi Dana, quick question: who besides you needs to sign off on the pilot, and what would they need to see from us?", []string{CodeQuestion}, []string{CodeProposal}},
		{"Who else should join the call on Thursday?", []string{CodeQuestion}, []string{CodeProposal}},
		{"Why was the pilot review moved to March?", []string{CodeQuestion}, []string{CodeProposal}},
		{"Why don't you send Devi the redline and schedule a conference call for Monday?", []string{CodeProposal}, nil},
		{"Could you ask Brent, who runs the Denver desk, to join a call on Friday?", []string{CodeProposal}, nil},
		// "we can", "let's" and their kin propose an act, not a state, a
		// negation or "let us know"
		{"We can never terminate the hedge early under this contract.", nil, []string{CodeProposal}},
		{"Please let us know if the wiring instructions change.", nil, []string{CodeProposal}},
		{"Let's say the volume doubles over the winter.", nil, []string{CodeProposal}},
		{"I could not open the spreadsheet from the Denver office.", nil, []string{CodeProposal}},
		{"We will do what we can on the freight costs.", nil, []string{CodeProposal}},
		{"We can walk your team through the setup on Thursday.", []string{CodeProposal}, nil},
		// a call offered to whoever has questions closes the email
		{"The March invoice comes to $4,200 for the two sites. If you have any questions, please give me a call.", nil, []string{CodeProposal}},
		{"Please give me a call tomorrow to schedule the site visit.", []string{CodeProposal}, nil},
		{"Her move to the Denver office was announced at the offsite.", nil, []string{CodeProposal}},
		{"We need to move to the new contract form before the renewal.", []string{CodeProposal}, nil},
		// a sentence's news is news, not a bare point; a wish or a
		// process is no news
		{"We have finalized the amendment with the Topock pipeline.", []string{CodeNews}, []string{CodePoint}},
		{"We need the amendment signed before the Topock renewal.", nil, []string{CodeNews}},
		{"The Topock dashboard is being fixed by the vendor.", nil, []string{CodeNews}},
		// an email that opens with "Yes," or "No -" answers
		{"Hi Maria, yes - SSO via Okta is included in the Growth tier at no extra cost.", []string{CodeAnswer}, nil},
		{"No, the 3-year term is not required for the Topock desk.", []string{CodeAnswer}, nil},
		{"It is my understanding that the Topock line opens in May.", nil, []string{CodeAnswer}},
		{"No. We don't renew with Xerox, Canon is cheaper for the same machines.", []string{CodeAnswer}, nil},
		// asking how the reader is asks nothing specific
		{"Tony, how's it going? The new rates for the Topock line start in May.", nil, []string{CodeQuestion}},
		{"Well, how does it feel to be back? Lisa and I bought the house on Elm Street.", nil, []string{CodeQuestion}},
		{"Tony, how many seats does the Topock desk need in May?", []string{CodeQuestion}, nil},
	} {
		r := Classify(Input{Subject: "Rollout", Text: c.text})
		codes := map[string]bool{}
		for _, rs := range r.Reasons {
			codes[rs.Code] = true
		}
		for _, code := range c.has {
			if !codes[code] {
				t.Errorf("%q: no %s reason in %v", c.text, code, r.Reasons)
			}
		}
		for _, code := range c.not {
			if codes[code] {
				t.Errorf("%q: %s reason in %v", c.text, code, r.Reasons)
			}
		}
	}
}

// A month named on its own is a date; "may" is one only as a name.
func TestReasonsMonthAlone(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"The SCIM connector ships in January, and the audit log by end of March.", []want{
			{CodeDateTime, "January", "Date or time: January"},
			{CodeDateTime, "March", "Date or time: March"},
		}},
		{"Die Preise gelten bis Januar.", []want{
			{CodeDateTime, "Januar", "Date or time: Januar"},
		}},
		{"This may take a quarter, so the rollout starts in May.", []want{
			{CodeDateTime, "May", "Date or time: May"},
		}},
	})
}

// An answer word on its own quotes the sentence after it too.
func TestReasonsAnswerWithoutThread(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"Yes. We support Okta and Azure AD through SAML.", []want{
			{CodeAnswer, "Yes. We support", "An answer: \u201cYes. We support Okta and Azure AD through SAML\u201d"},
		}},
	})
}

// A bare hour after a day is part of the day's time, not a new figure.
func TestReasonsHourAfterDay(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"Ti andrebbe bene giovedì alle 15 per chiudere gli ultimi punti?", []want{
			{CodeProposal, "Ti andrebbe", "A concrete next step: \u201cTi andrebbe bene giovedì alle 15 per chiudere gli ultimi punti?\u201d"},
			{CodeDateTime, "giovedì alle 15", "Date or time: giovedì alle 15"},
		}},
	})
}
