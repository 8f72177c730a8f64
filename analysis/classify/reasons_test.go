package classify

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"dialtone/model"
)

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

// A pleasantry is quoted whole ("hope you had a great weekend", not "…a
// great"), and the length of a meeting only wished for is no figure.
func TestPleasantryReasons(t *testing.T) {
	for text, want := range map[string]string{
		"Hi Sam, hope you had a great weekend! Wanted to see where things landed with the team.": "hope you had a great weekend",
		"Circling back on my note. Would love to find 15 minutes to connect.":                    "love to find",
		"Just resurfacing this in case it got buried. Would love to grab 20 minutes.":            "love to grab",
		"Hi Dana, hope you had a great Thanksgiving! Any thoughts on the renewal quote?":         "hope you had a great Thanksgiving",
		"Hope you had a restful Thanksgiving break. Just circling back on the proposal.":         "Hope you had a restful Thanksgiving break",
		"Hope you had a relaxing holiday weekend. Any update on the SOW?":                        "Hope you had a relaxing holiday weekend",
	} {
		r := Classify(Input{Text: text})
		rs := hasReason(r, CodeFiller)
		if rs == nil || text[rs.Start:rs.End] != want {
			t.Errorf("%q: filler reason %+v, want one spanning %q", text, rs, want)
		}
		if rs := hasReason(r, CodeFigure); rs != nil {
			t.Errorf("%q: the meeting's length reads as a figure: %+v", text, rs)
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
			{CodeQuestion, "are you the right person", "A question that moves the decision: \u201care you the right person to talk to about the data platform at Initech?\u201d"},
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
		// (asking whether a step was taken is a check-in, lr.235)
		{"Ticket 8812 is fixed - has the patch been approved by your team?", []want{ // 8812 names the ticket
			{CodeNews, "fixed", "News: \u201cTicket 8812 is fixed\u201d"},
			{CodeNudgePhrase, "has the patch been approved by your team?", "\u201chas the patch been approved by your team?\u201d adds nothing by itself: the rest of the email does"},
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

// none checks that Classify gives none of texts a reason of code.
func none(t *testing.T, code string, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if got := quoted(text, Classify(Input{Text: text}), code); len(got) > 0 {
			t.Errorf("%q: %s reasons %q, want none", text, code, got)
		}
	}
}

// spans checks that each text's reasons of the code quote exactly the
// spans given, in order.
func spans(t *testing.T, code string, want map[string][]string) {
	t.Helper()
	for text, w := range want {
		if got := quoted(text, Classify(Input{Text: text}), code); !slices.Equal(got, w) {
			t.Errorf("%q: %s reasons %q, want %q", text, code, got, w)
		}
	}
}

// quotes checks that the first reason of the code in each text's reasons
// quotes the text given ("…Which night do the matches start?”").
func quotes(t *testing.T, code string, want map[string]string) {
	t.Helper()
	for text, w := range want {
		r := Classify(Input{Text: text})
		if i := slices.IndexFunc(r.Reasons, func(x model.Reason) bool { return x.Code == code }); i < 0 || !strings.Contains(r.Reasons[i].Text, w) {
			t.Errorf("%q: reasons %+v, want a %s quoting %q", text, r.Reasons, code, w)
		}
	}
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
		// a passive clause's subject, back to where the clause starts,
		// figures and all
		{"As promised, the numbers: churn fell 15%. The case study from a logistics company with 100 depots is attached.",
			"case study from a logistics company with 100 depots is attached"},
		{"Hi Lena, the pen-test letter you asked for is attached.", "pen-test letter you asked for is attached"},
		{"I'll sign it once the redline is attached.", "redline is attached"},
		// a participle after what it hands over: the words after it say
		// what to do with it, not what it is
		{"Draft response attached for your review before I send.", "Draft response attached"},
		{"Resume attached again for reference.", "Resume attached"},
		// nouns that other tables read as verbs, and a number after "#"
		{"Draft confirm attached. They want to trade by Tuesday.", "Draft confirm attached"},
		{"Ship to Smith Street. Quote #DQ-5512 attached.", "Quote #DQ-5512 attached"},
		// …but a participle before a noun, or after a verb, describes what follows
		{"Please distribute attached memo to all staff.", "attached memo to all staff"},
		{"Please put attached in the SITA file.", "attached in the SITA file"},
		{"Attached is the revised deck.", "Attached is the revised deck"},
		// a "#" with nothing after it ends the text, not the walk past it
		{"Here is the deck #", "Here is the deck"},
		{"Signed copy attached #", "Signed copy attached"},
		// a noun that other tables read as a proposal, or a statement
		// shaped like a question's phrase ("is the * for"), names it
		{"Here is the pilot plan we discussed: weeks 1-2 connect the feed.", "Here is the pilot plan we discussed"},
		{"Attached is the proposal for Willow Pharmacy: 88 seats at $48/seat.", "Attached is the proposal for Willow Pharmacy"},
		// two words that hand over one thing make one reason
		{"Please find the revised trial attached.", "Please find the revised trial attached"},
		// other languages' articles and prepositions are loose ends too
		{"Le adjunto el presupuesto detallado y un vídeo de la misma solución.", "adjunto el presupuesto detallado y un vídeo"},
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
	// a plan's weeks and a document's pages are numbered, not dated
	plan := "Here is the plan: weeks 1-2 connect the feed, week 3 train your 64 analysts, and pages 22-24 list the 12 reports."
	r = Classify(Input{Subject: "Plan", Text: plan})
	if dates, figures := quoted(plan, r, CodeDateTime), quoted(plan, r, CodeFigure); len(dates) > 0 || !slices.Equal(figures, []string{"64", "12"}) {
		t.Errorf("dates %q (want none), figures %q (want 64, 12)", dates, figures)
	}
	for _, material := range []string{"Attached is our SOC 2 Type II report.", "Attached is the EnergyShare 2000 Agreement with my revisions."} {
		r = Classify(Input{Subject: "Audit", Text: material})
		if len(r.Reasons) == 0 || r.Reasons[0].Code != CodeMaterial || material[r.Reasons[0].Start:r.Reasons[0].End] != strings.TrimSuffix(material, ".") {
			t.Errorf("%q: reasons %+v: want the material named whole", material, r.Reasons)
		}
		if figures := quoted(material, r, CodeFigure); len(figures) > 0 {
			t.Errorf("%q: figures %q, want none", material, figures)
		}
	}
	// A number between two capitalized words names a product or a
	// document; not after a pronoun or a sentence's first word, not before
	// a unit, and not a measure with decimals.
	names := "We move to Office 365 Business next month and sign the Harrell 1963 Trust deed. " +
		"Add 5 Licenses for the team. Liefern wir Ihre 500 Kabelsätze? On Peak 15 MW and Bammel 24.6 Bcf."
	r = Classify(Input{Subject: "Plan", Text: names})
	if got, want := quoted(names, r, CodeFigure), []string{"5 Licenses", "500", "15 MW", "24.6 Bcf"}; !slices.Equal(got, want) {
		t.Errorf("figures %q, want %q", got, want)
	}
}

// TestListsAndLinks: the numbers of a list and what a web address spells
// are no figures or dates; the link is the reason.
func TestListsAndLinks(t *testing.T) {
	text := "Three options: 1) monthly at $12/seat, 2) annual at $10/seat. Take 3) and (4).\n" +
		"1. Setup takes 2 days.\nRecording: https://acme.example/webinar/2026-11 and www.acme.example/deck-v3.pdf"
	r := Classify(Input{Subject: "Options", Text: text})
	// "Take 3)" after "1)" and "2)" names the third item of the run
	if got, want := quoted(text, r, CodeFigure), []string{"$12/seat", "$10/seat", "2 days"}; !slices.Equal(got, want) {
		t.Errorf("figures %q, want %q", got, want)
	}
	if got := quoted(text, r, CodeDateTime); len(got) > 0 {
		t.Errorf("dates %q, want none", got)
	}
	if got, want := quoted(text, r, CodeLink), []string{"https://acme.example/webinar/2026-11", "www.acme.example/deck-v3.pdf"}; !slices.Equal(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
	// a booking page is no material
	text = "Following up. Book a slot at https://calendly.com/jess/15min or read https://acme.example/case-study"
	r = Classify(Input{Text: text})
	if got, want := quoted(text, r, CodeLink), []string{"https://acme.example/case-study"}; !slices.Equal(got, want) {
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
		"1998 - 2000": true, "8 - 10": true, "4180 - 615": false, "120 - 95": false,
	} {
		if got := calendarDate(s); got != want {
			t.Errorf("calendarDate(%q) = %v, want %v", s, got, want)
		}
	}
	text := "Rollout takes 30-45 days from 3/15; use batch 3-5275."
	r := Classify(Input{Subject: "Rollout", Text: text})
	kinds := map[string]string{}
	for _, rs := range r.Reasons {
		kinds[text[rs.Start:rs.End]] = rs.Code
	}
	// "3-5275" is an extension (lr.84), neither a date nor a figure
	if kinds["30-45 days"] != CodeFigure || kinds["3-5275"] != "" || kinds["3/15"] != CodeDateTime {
		t.Errorf("reasons by span %v: want 30-45 days a figure, 3/15 a date and 3-5275 nothing", kinds)
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
		{"Priya has done a careful job moving the old ledger to the new server.", []string{CodeNews}, []string{CodeCommitment}},
		{"The venue for the offsite is confirmed.", []string{CodeNews}, []string{CodeCommitment}},
		{"Our booth for the Houston trade show is scheduled for Tuesday afternoon.", []string{CodeNews}, []string{CodeCommitment}},
		// a modal or a condition before a done word: no news
		{"The term Specified Condition should be changed to Material Adverse Change.", nil, []string{CodeNews}},
		{"Credit will accept a $5MM cap if we get it signed by Friday.", nil, []string{CodeNews}},
		// what someone else says of a time is news all the same (relayedNews)
		{"Credit now says they will accept a $5MM cap if we get it signed by Friday.", []string{CodeNews}, nil},
		// and so does a negation just before it, but not one further back
		{"We have not signed the Topock amendment yet.", nil, []string{CodeNews}},
		{"I meant to send the Topock redline, but I haven't done it yet.", nil, []string{CodeNews}},
		{"Nous n'avons pas encore signé le contrat.", nil, []string{CodeNews}},
		{"I didn't know the Topock contract was signed.", []string{CodeNews}, nil},
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
		// "does … work" asks in a question only
		{"Our neighbour Sam Ortiz does tax work for the Topock desk.", nil, []string{CodeProposal}},
		{"Also, does Tuesday work for the Topock review?", []string{CodeProposal}, nil},
		{"Would Tuesday work for the Topock review", []string{CodeProposal}, nil},
		{"Thursday morning might work for the Topock review too.", []string{CodeProposal}, nil},
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
			{CodeNews, "ships", "News: \u201cThe SCIM connector ships in January, and the audit log by end of March\u201d"},
			{CodeDateTime, "January", "Date or time: January"},
			{CodeDateTime, "March", "Date or time: March"},
		}},
		{"Die Preise gelten bis Januar.", []want{
			{CodeDateTime, "Januar", "Date or time: Januar"},
		}},
		{"This may take a quarter, so the rollout starts in May.", []want{
			{CodeNews, "starts", "News: \u201cThis may take a quarter, so the rollout starts in May\u201d"},
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

// TestStatementAsksNothing checks that a statement shaped like a decision
// question's phrase ("is the * for") is not quoted as a question.
func TestStatementAsksNothing(t *testing.T) {
	for _, text := range []string{
		"Attached is the proposal for Acme: 40 seats at $39/seat.",
		"This is the entity for commodity trading, per the 40% rule.",
	} {
		for _, rs := range Classify(Input{Subject: "Documents", Text: text}).Reasons {
			if rs.Code == CodeQuestion {
				t.Errorf("%q: %s", text, rs.Text)
			}
		}
	}
}

// TestNumberedListsAndRepeats: the numbers of a list of sections, and the
// figures of a paper, name parts, not figures; a figure or date the text
// says twice is listed once.
func TestNumberedListsAndRepeats(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"Please review sections 3 and 6 of the draft, and Figure 5.1 of the paper.", []want{
			{CodeRequest, "Please review", "A clear request: \u201cPlease review sections 3 and 6 of the draft, and Figure 5.1 of the paper\u201d"},
		}},
		{"We read every question. 2 analysts will call you from ext.\n4412 on Friday.", []want{
			{CodePoint, "We read", "A point of your own: \u201cWe read every question\u201d"},
			{CodeFigure, "2", "New figure: 2"}, // "question." is no short form that numbers it; "ext." is
			{CodeDateTime, "Friday", "Date or time: Friday"},
		}},
		{"Contract No. 58812 runs from Friday @ 12:00.", []want{
			{CodeDateTime, "Friday @ 12:00", "Date or time: Friday @ 12:00"},
		}},
		{"We need 3 and 4 seats.", []want{
			{CodePoint, "We need", "A point of your own: \u201cWe need 3 and 4 seats\u201d"},
			{CodeFigure, "3", "New figure: 3"},
			{CodeFigure, "4 seats", "New figure: 4 seats"},
		}},
		{"We have 40 seats reserved this week. Our team reviews the plan this week, and the 40 seats are yours.", []want{
			// said once, each counts once: the statement makes the third reason
			{CodePoint, "We have", "A point of your own: \u201cWe have 40 seats reserved this week\u201d"},
			{CodeFigure, "40 seats", "New figure: 40 seats"},
			{CodeDateTime, "this week", "Date or time: this week"},
		}},
	})
}

// TestListsClocksAndCodes: numbers that are not figures read as what they
// are in reasons. A list's "1." on its own line or after a colon numbers an
// item, where "2." follows; a year after a month and a comma is the
// month's; "million" belongs to its figure; "until 930" is a time, "at
// 310" a price; a line, a passcode and a toll-free number name or reach
// something.
func TestListsClocksAndCodes(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"Notes on the order form:\n1.\nThe onboarding fee moves to the annex.\n2.\nThe notice period goes to 60 days.", []want{
			{CodeFigure, "60 days", "New figure: 60 days"},
		}},
		{"Two changes to the order form: 1. The onboarding fee moves to the annex. 2. The notice period goes to 60 days.", []want{
			{CodeFigure, "60 days", "New figure: 60 days"},
		}},
		{"We shipped 2. The other pallets follow.", []want{
			{CodeNews, "shipped", "News: \u201cWe shipped 2\u201d"},
			{CodeFigure, "2", "New figure: 2"},
		}},
		{"The pilot at the Leeds depot ran until June, 2024 and then stopped.", []want{
			{CodeDateTime, "June, 2024", "Date or time: June, 2024"},
		}},
		{"Their budget for the new depot is $45 million this year.", []want{
			{CodeFigure, "$45 million", "New figure: $45 million"},
		}},
		{"Die Summe liegt bei 2,3 Mio. pro Jahr.", []want{
			{CodeFigure, "2,3 Mio", "New figure: 2,3 Mio"},
		}},
		{"O orçamento está perto de R$ 50 mil.", []want{
			{CodeFigure, "R$ 50 mil", "New figure: R$ 50 mil"},
		}},
		{"The import stops at line 212 of the loader.", []want{
			{CodePoint, "import stops", "A point of your own: \u201cThe import stops at line 212 of the loader\u201d"},
		}},
		{"Dial 1-888-555-0172 and use passcode 5512093 for the review.", []want{
			{CodePoint, "Dial", "A point of your own: \u201cDial 1-888-555-0172 and use passcode 5512093 for the review\u201d"},
		}},
		{"The warehouse does not open until 930.", []want{
			{CodeNews, "not", "News: \u201cThe warehouse does not open until 930\u201d"},
			{CodeDateTime, "930", "Date or time: 930"},
		}},
		{"They sold the June block at 310.", []want{
			{CodeDateTime, "June", "Date or time: June"},
			{CodeFigure, "310", "New figure: 310"},
		}},
	})
}

// TestWishIsNoPromise: "we'll need" and "I will want" state a need; a
// done word in their sentence ("the signed form") promises nothing, and
// "as soon as we can" proposes nothing. A long sentence's last clause is
// quoted with the words before it when it is short.
func TestWishIsNoPromise(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"We'll need the signed order form from your team to start the rollout.", []want{
			{CodePoint, "We'll need", "A point of your own: \u201cWe'll need the signed order form from your team to start the rollout\u201d"},
		}},
		{"We will send the signed order form to your team tomorrow.", []want{
			{CodeCommitment, "We will send the signed", "A commitment: \u201cWe will send the signed order form to your team tomorrow\u201d"},
			{CodeDateTime, "tomorrow", "Date or time: tomorrow"},
		}},
		{"Our team is still working on the pricing model for the second region and will send it over as soon as we can.", []want{
			{CodePoint, "we can", "A point of your own: \u201c\u2026pricing model for the second region and will send it over as soon as we can\u201d"},
		}},
		// "We are still working…" is the writer's report from its start
		{"We are still working on the pricing model for the second region and will send it over as soon as we can.", []want{
			{CodePoint, "We are", "A point of your own: \u201cWe are still working on the pricing model for the second region and will send\u2026\u201d"},
		}},
	})
}

// TestDayRangesAndReachNumbers: a later day of the same month is the
// date's ("Nov. 1 & 2", "May 5-7", "the 2nd-5th"), unless it starts a date
// of its own ("2/19 and 2/20") or counts something ("March 3 and 4
// seats"); "Part 2", a list's "4.6" after ", and", an extension in
// brackets and a number spaced as 3, 3 and 4 digits name or reach
// something; "how are you doing?" is small talk, no decision.
func TestDayRangesAndReachNumbers(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"I will be in Leeds on Nov. 1 & 2 for the audit.", []want{
			{CodeCommitment, "I will", "A commitment: \u201cI will be in Leeds on Nov. 1 & 2 for the audit\u201d"},
			{CodeDateTime, "Nov. 1 & 2", "Date or time: Nov. 1 & 2"},
		}},
		{"The depot is closed May 5-7 for the stocktake.", []want{
			{CodeDateTime, "May 5-7", "Date or time: May 5-7"},
		}},
		{"We will inject 31,000 on the 1st and 29,500 on the 2nd-5th.", []want{
			// the first commitment is said past maxSaid
			{CodeCommitment, "We will", "A commitment: \u201cWe will inject 31,000 on the 1st and 29,500 on the 2nd-5th\u201d"},
			{CodeFigure, "31,000", "New figure: 31,000"},
			{CodeDateTime, "1st", "Date or time: 1st"},
			{CodeFigure, "29,500", "New figure: 29,500"},
			{CodeDateTime, "2nd-5th", "Date or time: 2nd-5th"},
		}},
		{"The gap is the 2/19 and 2/20 volumes.", []want{ // two dates, one reason
			{CodeDateTime, "2/19 and 2/20", "Date or time: 2/19 and 2/20"},
		}},
		{"We need March 3 and 4 seats on the bus.", []want{
			{CodeRequest, "We need", "A clear request: \u201cWe need March 3 and 4 seats on the bus\u201d"},
			{CodeDateTime, "March 3", "Date or time: March 3"},
			{CodeFigure, "4 seats", "New figure: 4 seats"},
		}},
		{"See Part 2 of the order form for the service levels.", []want{
			{CodePoint, "order form", "A point of your own: \u201cSee Part 2 of the order form for the service levels\u201d"},
		}},
		{"Call my assistant (x41720) to set up the visit.", []want{
			{CodeRequest, "Call", "A clear request: \u201cCall my assistant (x41720) to set up the visit\u201d"},
		}},
		{"The pilot starts on Monday with 40 seats. How are you doing?", []want{
			{CodeDateTime, "Monday", "Date or time: Monday"},
			{CodeFigure, "40 seats", "New figure: 40 seats"},
		}},
	})
	none(t, CodeFigure,
		"Please check Articles 4.1, 4.2, and 4.6 of the draft.",
		"Her number is 617 543 5304 if you need to reach her.",
	)
}

// TestShortFormsAndLostLetters checks that a short form's stop inside a
// sentence does not cut the material it names short, and that a "?" a
// lost charset left inside a word asks nothing.
func TestShortFormsAndLostLetters(t *testing.T) {
	spans(t, CodeMaterial, map[string][]string{
		"Attached is the map of St. Louis barns for the grange.": {"Attached is the map of St. Louis barns"},
		"Here is a letter from Mr. Lund on the hay.":             {"Here is a letter from Mr. Lund on the hay"},
		"Attached is the lease. Dana signed it.":                 {"Attached is the lease"},
	})
	none(t, CodeQuestion,
		"We meet with Rosa Garc?a on Friday to settle the lease.",
		"Dana and Ana Nu?ez (the grange clerk) count the bales on Friday.",
	)
	spans(t, CodeQuestion, map[string][]string{
		"Did Dana count the bales in the barn?When can we load them?": {"Did Dana count the bales in the barn?", "can we"},
	})
}

// TestConditionalOffer checks that a promise made on the reader's wish
// or answer reads as an offer, a next step the reader may take up, while
// a promise on a condition of events, or with an "if" that asks whether,
// stays a commitment.
func TestConditionalOffer(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"If you want the barn lease, I will send it over.", []want{
			{CodeProposal, "I will send", "An offer: \u201cIf you want the barn lease, I will send it over\u201d"},
		}},
		{"Let me know and I'll bring the hay tally to the grange.", []want{
			{CodeProposal, "I'll bring", "An offer: \u201cLet me know and I'll bring the hay tally to the grange\u201d"},
		}},
		{"I'll redo the hay count Friday if that helps.", []want{
			{CodeProposal, "I'll redo", "An offer: \u201cI'll redo the hay count Friday if that helps\u201d"},
			{CodeDateTime, "Friday", "Date or time: Friday"},
		}},
		{"Should you need the lease, I'll bring it Friday.", []want{
			{CodeProposal, "I'll bring", "An offer: \u201cShould you need the lease, I'll bring it Friday\u201d"},
			{CodeDateTime, "Friday", "Date or time: Friday"},
		}},
		{"I'll call Dana if the grange votes the lease down.", []want{
			{CodeCommitment, "I'll call", "A commitment: \u201cI'll call Dana if the grange votes the lease down\u201d"},
		}},
		{"I'll check the ledger to see if you paid for the hay.", []want{
			{CodeCommitment, "I'll check", "A commitment: \u201cI'll check the ledger to see if you paid for the hay\u201d"},
		}},
		{"I'll mail the hay bill today, but call me if you want the lease.", []want{
			{CodeCommitment, "I'll mail", "A commitment: \u201cI'll mail the hay bill today, but call me if you want the lease\u201d"},
			{CodeDateTime, "today", "Date or time: today"},
		}},
	})
}

// TestNumberedRanges checks that a range or a list of the papers, pages
// or items a noun numbers says which ones, not a figure, while a range
// of a quantity is still one.
func TestNumberedRanges(t *testing.T) {
	none(t, CodeFigure,
		"Please read pages 3 to 5 of the barn lease.",
		"Please read pages 3 through 5 of the barn lease.",
		"Please sign documents 1 thru 4 and fax them to Dana.",
		"Please sign documents 2 and 3 and fax them to Dana.",
		"Please sign document 6 and fax it to Dana.",
	)
	spans(t, CodeFigure, map[string][]string{
		"The grange wants 40 to 50 bales by Friday.":      {"40 to 50"},
		"The loft on floor 2 holds 148 bales of the hay.": {"148"},
		"Rosa moved rows 3 to 7 and sold 20 to 30 bales.": {"20 to 30"},
	})
}

func TestFractionsCodesAndLines(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"The transport rate drops to $.0375 from March.", []want{
			{CodeNews, "drops", "News: \u201cThe transport rate drops to $.0375 from March\u201d"}, // a price that changes on a date (lr.178)
			{CodeFigure, "$.0375", "New figure: $.0375"},
			{CodeDateTime, "March", "Date or time: March"},
		}},
		{"The fee is $.02 x 60,000 per month.", []want{
			{CodeFigure, "$.02", "New figure: $.02"},
			{CodeFigure, "60,000", "New figure: 60,000"},
		}},
		{"We booked 410,000 for Oct 385,000 for Nov.", []want{
			{CodeNews, "booked", "News: \u201cWe booked 410,000 for Oct 385,000 for Nov\u201d"},
			{CodeFigure, "410,000", "New figure: 410,000"},
			{CodeDateTime, "Oct", "Date or time: Oct"},
			{CodeFigure, "385,000", "New figure: 385,000"},
			{CodeDateTime, "Nov", "Date or time: Nov"},
		}},
		{"The quote was 4,112 Dec barrels.", []want{
			{CodeFigure, "4,112", "New figure: 4,112"},
			{CodeDateTime, "Dec", "Date or time: Dec"},
		}},
		{"I don't know if we can hold the price past June.", []want{
			{CodePoint, "I don't", "A point of your own: \u201cI don't know if we can hold the price past June\u201d"},
			{CodeDateTime, "June", "Date or time: June"},
		}},
		{"We can close by Friday if you sign today.", []want{ // a control: no doubt
			{CodeProposal, "We can", "A concrete next step: \u201cWe can close by Friday if you sign today\u201d"},
			{CodeDateTime, "Friday", "Date or time: Friday"},
			{CodeDateTime, "today", "Date or time: today"},
		}},
		{"The meeting is on May 14, 2027.", []want{ // a control: a day and a year
			{CodeDateTime, "May 14, 2027", "Date or time: May 14, 2027"},
		}},
	})
	none(t, CodeFigure,
		"Please post it to meter #0417 and account 0092.",
		"Her phone is 44217 883190 and the fax is 44217 883191.",
		"You can reach him on his mobile at +33 612345678.",
		"The extension is 4-7712 if the desk is busy.",
		"Load the trades into book WSTPWR2-IDX today.",
	)
	none(t, CodeProposal, "I'm not sure we could close by Friday.") // a doubt proposes nothing
}

func TestListRunsAndTimeAsks(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"Can you find 15 minutes today or tomorrow?", []want{
			{CodeProposal, "15 minutes", "A concrete next step: \u201cCan you find 15 minutes today or tomorrow?\u201d"},
			{CodeDateTime, "today or tomorrow", "Date or time: today or tomorrow"},
		}},
		{"How long will the install take? 45 minutes?", []want{ // a control: no one is asked for the time
			{CodeQuestion, "How long will the install take?", "A specific question: \u201cHow long will the install take?\u201d"},
			{CodeFigure, "45 minutes", "New figure: 45 minutes"},
		}},
		{"Only send the signed copy.", []want{ // a control: an instruction
			{CodeRequest, "Only", "A clear request: \u201cOnly send the signed copy\u201d"},
		}},
	})
	none(t, CodeFigure,
		"The complaint asks the court 1) to stay the order, 2) to reopen the record and 3) to set a hearing.",
		"We propose the following changes:  1.\nMandatory terms in all contracts.",
	)
	none(t, CodeRequest, "Only the first two sites are live.")
	ask := "The order is 40 units (not 4) and ships Monday."
	if got := quoted(ask, Classify(Input{Text: ask}), CodeFigure); !slices.Contains(got, "4") {
		t.Errorf("%q: figures %q, want 4 among them: a lone number before \")\" after a word is a figure", ask, got)
	}
}

func TestHashAndDialedNumbers(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"The bid is Index-.06 for June.", []want{
			{CodeFigure, ".06", "New figure: .06"},
			{CodeDateTime, "June", "Date or time: June"},
		}},
		{"The plant has 250 units and we are #1 in the region.", []want{ // the figure stays, the rank goes
			{CodeFigure, "250 units", "New figure: 250 units"},
			{CodePoint, "we are", "A point of your own: \u201cThe plant has 250 units and we are #1 in the region\u201d"},
		}},
	})
	none(t, CodeFigure,
		"You can reach me at 31991 after lunch.",
		"See item #3 in my last note and invoice #4411.",
		"Please call me at 713 555 0142 when you land.", // a control: a phone number's shape
	)
}

func TestRecordsAndReferences(t *testing.T) {
	// a number a record is filed under names it ("deal 55123", "mtr
	// 2290"), as does a numbered part of a document after its short form
	// ("Par. 5", "Sec. 3.2") and an extension after an exchange digit
	none(t, CodeFigure,
		"Mtr 2290 feeds the plant and the volume sits on deal 55123.",
		"I booked it under account 88123 and contract 63310.",
		"Please move it into account 441-20817 today.",
		"Our notes on netting are in Par. 8 and in Sec. 4.1 of the draft.",
		"The rules differ in Art. 9 from what the tariff says.",
		"Thanks, Dana x3-4471",
	)
	spans(t, CodeFigure, map[string][]string{
		"Book 12,000 on deal 55123 at mtr 2290 instead.":           {"12,000"},
		"They renewed the contract 100 days early, so we are set.": {"100 days"}, // a control: a unit follows
	})
	// a control: a date after "deal" stays a date
	if text := "We closed a similar deal 5/14/26 with them."; !slices.Equal(quoted(text, Classify(Input{Text: text}), CodeDateTime), []string{"5/14/26"}) {
		t.Errorf("%q: want the date 5/14/26", text)
	}
	// a comma that groups a number's digits breaks no clause, so a long
	// sentence's quote does not start inside "8,000"
	text := "Starting in our third week of October, 8,000/day of extra supply has been approved by the Harlow and Vance desk."
	news := 0
	for _, rs := range Classify(Input{Text: text}).Reasons {
		if rs.Code == CodeNews {
			news++
			if !strings.Contains(rs.Text, "…8,000/day of extra supply has been approved") {
				t.Errorf("news reason %q: want its quote to start at the clause, not inside 8,000", rs.Text)
			}
		}
	}
	if news != 1 {
		t.Errorf("%d news reasons, want 1", news)
	}
}

func TestOrdinalPeriodsAndEscapes(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"Our 3rd quarter bookings beat plan; the 2nd half of 2027 looks weaker.", []want{
			{CodeDateTime, "3rd quarter", "Date or time: 3rd quarter"},
			{CodeDateTime, "2nd half of 2027", "Date or time: 2nd half of 2027"},
		}},
		{"Deliveries for the 12th through the 16th will drop to 9,400 a day.", []want{
			{CodeDateTime, "12th", "Date or time: 12th"},
			{CodeDateTime, "16th", "Date or time: 16th"},
			{CodeFigure, "9,400", "New figure: 9,400"},
		}},
		{"The fee is $.05 times the hours billed, 3 times a year.", []want{
			{CodeFigure, "$.05", "New figure: $.05"},
			{CodeFigure, "3 times", "New figure: 3 times"}, // a control: a count of times
		}},
	})
	none(t, CodeFigure, "The new= =20 rates start in spring, so plea= se=20 plan ahead.")
	none(t, CodeMaterial, "On pricing, here's what I suggest: we sign for two years.",
		"Here is where we came out on the pricing.")
	// a control: "here is" before what it hands over is material
	if got := quoted("Here is the price list for the 4th qtr.", Classify(Input{Text: "Here is the price list for the 4th qtr."}), CodeMaterial); len(got) != 1 {
		t.Errorf("material %q, want one", got)
	}
}

func TestClockStopsAndTitles(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"Does 3 p.m. work for you?":           {"3 p.m."},
		"Could we talk at 10:30 A.M. Friday?": {"10:30 A.M. Friday"},
	})
	if text := "We signed a 1 yr lease on the depot."; !slices.Equal(quoted(text, Classify(Input{Text: text}), CodeFigure), []string{"1 yr"}) {
		t.Errorf("%q: want the figure 1 yr", text)
	}
	// a number after a spaced "#" or before a file's extension names something
	none(t, CodeFigure, "Book it under cost center # 4410 please.", "I saved it as 2205.doc on the share.")
	// a title's stop ends no sentence, so the quote keeps the name (work
	// finished is news from lr.279; before, the sentence was a point)
	text := "Dr. Okafor, our lab has finished the second round of samples."
	for _, rs := range Classify(Input{Text: text}).Reasons {
		if rs.Code == CodeNews && !strings.Contains(rs.Text, "Dr. Okafor, our lab") {
			t.Errorf("news %q: want the sentence from its title", rs.Text)
		}
	}
	if got := quoted(text, Classify(Input{Text: text}), CodeNews); len(got) != 1 {
		t.Errorf("news %q, want one", got)
	}
}

func TestSectionsMeasuresAndDenials(t *testing.T) {
	// a section's or a version's number names it: dotted in three parts or
	// more, opening a line of comments, or after "Rev."; so does the next
	// record of a list after "deals:"
	none(t, CodeFigure,
		"My notes on the draft:\n4.2 Strike the second sentence.\n9.1 The cap is too low for us.",
		"See 12.4.1 before we sign, and the fix ships in 3.12.2.",
		"The trades to check, deals: 77120/77134, need new prices.",
		"Rev. 3 fixes the schedule for the Hale site.",
	)
	spans(t, CodeFigure, map[string][]string{
		"1.5 MW is what the site draws at peak.":      {"1.5 MW"},
		"Our wind contracts: 250 MW in all.":          {"250 MW"}, // a control: a quantity, not a record
		"Book 1,650 dth at the city gate for Friday.": {"1,650 dth"},
	})
	// a date written month first with dots and its year
	if text := "The forms are due 10.15.26 at the latest."; !slices.Equal(quoted(text, Classify(Input{Text: text}), CodeDateTime), []string{"10.15.26"}) {
		t.Errorf("%q: want the date 10.15.26", text)
	}
	// a proposal's noun after a negation says what is not there; "let us
	// hear from you" asks for a reply, it proposes no step
	none(t, CodeProposal,
		"The hotel would not give us a discount on the rooms.",
		"She does not want to book a visit.",
		"The new rate is $4.10 from May 2. Please let us hear from you.",
	)
	// a control: a negation in a clause before does not reach the step
	if text := "Tell me when you are not free and I'll schedule it."; len(quoted(text, Classify(Input{Text: text}), CodeProposal)) != 1 {
		t.Errorf("%q: want one next step", text)
	}
	// "linked to" ties two things together unless the writer links
	none(t, CodeMaterial, "The fee is linked to the index.", "Both problems are tightly linked.")
	for _, text := range []string{"The slides are linked below.", "I've linked to the recording of the session."} {
		if len(quoted(text, Classify(Input{Text: text}), CodeMaterial)) != 1 { // controls
			t.Errorf("%q: want material", text)
		}
	}
	// "a few minutes ago" says when, it asks for no time
	none(t, CodeFiller, "I called Ravi a few minutes ago about the order.")
	if text := "Do you have a few minutes to talk about the order?"; len(quoted(text, Classify(Input{Text: text}), CodeFiller)) != 1 { // a control
		t.Errorf("%q: want the filler", text)
	}
}

func TestWrappedListsAndCapitalNames(t *testing.T) {
	// a list wrapped after its numbers ("… 2.⏎Price sheet …")
	// numbers items, it states no figures, and no quote ends on them
	list := "Attached are the papers we need signed  1.\nOrder Form for the north site 2.\nPrice sheet with our redlines 3.\nTax form for the new entity"
	r := Classify(Input{Text: list})
	if got := quoted(list, r, CodeFigure); len(got) > 0 {
		t.Errorf("list numbers read as figures %q", got)
	}
	for _, rs := range r.Reasons {
		if q := list[rs.Start:rs.End]; strings.HasSuffix(strings.TrimRight(q, "…"), " 1") || strings.HasSuffix(q, " 2") {
			t.Errorf("reason %q ends on a list number", rs.Text)
		}
	}
	// a control: a number ending a line with no list around it is a figure
	if text := "We shipped 2.\nThe rest goes out Friday."; !slices.Equal(quoted(text, Classify(Input{Text: text}), CodeFigure), []string{"2"}) {
		t.Errorf("%q: want the figure 2", text)
	}
	// "dt" is a unit of gas
	if text := "We parked 12,500 dt on the 9th."; !slices.Equal(quoted(text, Classify(Input{Text: text}), CodeFigure), []string{"12,500 dt"}) {
		t.Errorf("%q: want the figure 12,500 dt", text)
	}
	// a stop between two words in capitals is inside a name, not a
	// sentence's end, so the request is quoted whole
	for _, text := range []string{"Open the file NOTES.TXT and check the totals.", "Check the LOAD.MAX column against your figures."} {
		var got []string
		for _, rs := range Classify(Input{Text: text}).Reasons {
			if rs.Code == CodeRequest {
				got = append(got, rs.Text)
			}
		}
		if want := "A clear request: “" + strings.TrimSuffix(text, ".") + "”"; len(got) != 1 || got[0] != want {
			t.Errorf("%q: requests %q, want %q", text, got, want)
		}
	}
}

// TestRangesExtensionsAndRelatives checks lr.84's readings: a date range
// is one date, a day before a colon is still a day, an extension written
// without its "x" is how to reach someone, "sat" and "sun" in lower case
// are words, a wrapped list may number items after a bracket, cents and
// a clock's speed are quoted with their number, and a relative "who" or
// what the writer cannot tell asks no question.
func TestRangesExtensionsAndRelatives(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"The option covers (11/3-11/28) at the old strike.":              {"11/3-11/28"},
		"Plan for August 30-September 4: we close the books.":            {"August 30-September 4"},
		"Our plan:\n- June 8: your security review\n- June 15: sign-off": {"June 8", "June 15"},
		"The call on the 30th only, as agreed with the desk.":            {"30th"},
		// controls: a clock after its month stays a time, "sat" with a cue a day
		"Can we move it to Sat at 10?":     {"Sat at 10"},
		"The boxes arrive on sat morning.": {"sat"},
	})
	none(t, CodeDateTime, "The contract has sat on his desk for weeks.", "We spent the day out in the sun.")
	none(t, CodeFigure,
		"If anything is unclear, call Maren 5-2210 or me.",
		"Questions to Ola (4-0817) please.",
		"The papers to sign:  1.\nSite Lease (north yard) 2.\nLand Option (south yard) 3.\nEasement for the line",
	)
	for _, rs := range Classify(Input{Text: "The papers to sign:  1.\nSite Lease (north yard) 2.\nLand Option (south yard) 3.\nEasement for the line"}).Reasons {
		if strings.HasSuffix(rs.Text, " 2”") || strings.HasSuffix(rs.Text, " 3”") {
			t.Errorf("reason %q ends on a list number", rs.Text)
		}
	}
	spans(t, CodeFigure, map[string][]string{
		"The utility now charges 4.2 cents a kilowatt hour.": {"4.2 cents"},
		"The new laptops run at 2400 MHz.":                   {"2400 MHz"},
		"The old range was 1-1000 units.":                    {"1-1000 units"}, // a control: a range, no extension
	})
	none(t, CodeQuestion,
		"We need the names of the people who should sign the lease.",
		"Please send the file to Tomas, who should sign it today.",
		"I can't tell you how many drafts we have been through.",
	)
	// controls: an embedded question still asks
	for _, text := range []string{"I need to know who should sign the lease.", "Can you tell me how many licences the team uses."} {
		if len(quoted(text, Classify(Input{Text: text}), CodeQuestion)) != 1 {
			t.Errorf("%q: want one question", text)
		}
	}
}

// TestRangesAddressesAndShortForms checks lr.85's readings: two numbers
// joined by "or", "to" or "between … and" before a unit or a clock's
// "pm" are one range, a house number before its street and a postcode
// after a city and state belong to an address, and a saint's "St." or a
// company's "Co." before more of the sentence does not end it.
func TestRangesAddressesAndShortForms(t *testing.T) {
	spans(t, CodeFigure, map[string][]string{
		"The install takes 3 or 4 hours on site.":      {"3 or 4 hours"},
		"Delivery runs 2 to 3 weeks from the order.":   {"2 to 3 weeks"},
		"The new unit draws between 1 and 2 MW.":       {"1 and 2 MW"},
		"Pick 3 or 4 of the samples you like best.":    {"3 or 4"}, // lr.87: a range without a unit too
		"Mail it to 2210 Birch Lane, it costs $40.":    {"$40"},
		"Our new office: Dayton, Ohio 45402, 9 seats.": {"9 seats"},
	})
	spans(t, CodeDateTime, map[string][]string{
		"We can take the call between 2 and 3 pm.": {"2 and 3 pm"},
		"Could we do 9 to 10 a.m. instead?":        {"9 to 10 a.m."},
	})
	for _, text := range []string{
		"Please send the signed copy to Ana St. Pierre at the Denver office.",
		"The lease between Hale Freight Co. and the port authority is signed.",
	} {
		r := Classify(Input{Text: text})
		if q := "\u201c" + strings.TrimSuffix(text, ".") + "\u201d"; len(r.Reasons) == 0 || !strings.HasSuffix(r.Reasons[0].Text, q) {
			t.Errorf("%q: reasons %v do not quote the whole sentence", text, r.Reasons)
		}
	}
}

// TestOrdinalNamesAndPoliteRequests checks lr.86's readings: an ordinal
// before a capitalized word or "floor" names a place or a body, "my 2
// cents" is an opinion, a range of amounts is one figure, a section's
// letter does not end a list of sections, what a third person wants asks
// the reader nothing, and "Can you…" without its question mark is a
// request.
func TestOrdinalNamesAndPoliteRequests(t *testing.T) {
	none(t, CodeFigure,
		"The 5th Circuit upheld the ruling against the utility.",
		"Our team moves to the 14th floor next month.",
		"Here is my 2 cents on the renewal terms.",
		"Sections 4.1(a) and 4.2(c) of the master now apply to both desks.",
	)
	spans(t, CodeFigure, map[string][]string{
		"The fee would be $2 to $4 M for the first year.": {"$2 to $4 M"},
		"This is our 3rd attempt at the data migration.":  {"3rd"}, // a control: a count
	})
	none(t, CodeQuestion, "They want to change the notice period in the lease.")
	if text := "Do you want to change the notice period in the lease?"; len(quoted(text, Classify(Input{Text: text}), CodeQuestion)) != 1 {
		t.Errorf("%q: want one question", text) // a control
	}
	for _, text := range []string{"Can you give Priya edit rights on the pricing sheet.", "Could you please print both reports for the board."} {
		if got := quoted(text, Classify(Input{Text: text}), CodeRequest); len(got) != 1 {
			t.Errorf("%q: requests %q, want one", text, got)
		}
	}
}

func TestFractionsRangesAndNamedCells(t *testing.T) {
	spans(t, CodeFigure, map[string][]string{
		"The tour takes 2 1/2 to 3 hours, so we start early.": {"2 1/2 to 3 hours"},
		"Their shares opened at 12 3/8 this morning.":         {"12 3/8"},
		"The depot is about 3/4 mile past the bridge.":        {"3/4 mile"},
		"She thinks 6 or 7 visits will cover the region.":     {"6 or 7"},
		"We closed 12 and another 20 to 25 are in review.":    {"12", "20 to 25"},
		"They raised the share to 30 to 40% of the book.":     {"30", "40%"}, // a control: a percentage
		"The board voted 5 to 4 for the plan.":                {"5", "4"},    // a control: no range
	})
	none(t, CodeDateTime,
		"The tour takes 2 1/2 to 3 hours, so we start early.",
		"Their shares opened at 12 3/8 on the news.",
		"The rankings are 1. Ana Ruiz 2. Sun Yang 3. Tom Berg.",
	)
	none(t, CodeFigure,
		"The totals are on \"Sheet 4\" and the inputs on Sheet 6.",
		"They want the rep to follow Rule 45-106 instead.",
		"Column 4 has the volumes by plant.",
		"Please send the deck. I'm at 30417 if you have questions.",
	)
	none(t, CodeRequest,
		"Thanks for your help with the audit today. Sam ps - book is on your desk",
		"Thanks for your help with the audit today.\nOrder was placed this morning.",
	)
	none(t, CodeProposal, "I think it will be hard for them to move swiftly to respond to the market.")
	spans(t, CodeDateTime, map[string][]string{
		"Can we move the review to Thursday?":        {"Thursday"}, // a control
		"We meet on Wed Nov 5 at the plant.":         {"Wed Nov 5"},
		"We can come to the plant on 21 or 22 May.":  {"22 May"}, // a control: the date keeps its day
		"She is buying the 5/16 seats for the game.": {"5/16"},   // a control: a date
	})
}

func TestSubsectionsExchangesAndLabels(t *testing.T) {
	none(t, CodeFigure,
		"I would delete the word from 4.12 (b) and add a cap to 6.4(iii).",
		"Please call Ana 3x4417 or Ben 3x2208 about the audit.",
		"Please call Ana (3x4417) about the audit.",
	)
	spans(t, CodeFigure, map[string][]string{
		"The price is 2.5 (est.) per unit.": {"2.5"},       // a control: a figure with a note
		"We run 2x1000 MW units there.":     {"2x1000 MW"}, // a control: no extension before a unit
	})
	none(t, CodeRequest,
		"Bill:  The audit team finished the second site this week.",
		"Note:  the dock closes at 4 on Fridays.", // a control: no request before either
	)
}

func TestNoonGreetedRequestsAndLooseEnds(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"On Friday the plant office shuts at 12 Noon CST.": {"Friday", "12 Noon CST"},
	})
	none(t, CodeFigure, "On Friday the plant office shuts at 12 Noon CST.")
	for _, text := range []string{
		"Mike,  Can you add Dana Cole to the pricing folder with read rights.",
		"Rick:  Could you send me the long version of the board slides.",
	} {
		if got := quoted(text, Classify(Input{Text: text}), CodeRequest); len(got) != 1 {
			t.Errorf("%q: requests %q, want one", text, got)
		}
	}
	spans(t, CodeMaterial, map[string][]string{
		"Gail,  Here are the details of the new panel chair who runs it.": {"Here are the details of the new panel chair"},
	})
}

func TestGluedCodesSubsectionsAndHandovers(t *testing.T) {
	none(t, CodeFigure,
		"The council takes up 46XX after the recess.",
		"We ordered two 9HA units for the new plant.",
		"The new road needs a 4(f) review before work starts.",
		"Move the 403(b) forms to the other drawer.",
		`Please strike clause "6" from the lease.`,
	)
	spans(t, CodeFigure, map[string][]string{
		"The backup takes 64MB on the drive.": {"64MB"}, // controls: a size and a unit stay figures
		"Book 40MW for the evening peak.":     {"40MW"},
	})
	spans(t, CodeMaterial, map[string][]string{
		"Ruth,  I am also forwarding you the zoning letter from the county.": {"forwarding you the zoning letter from the county"},
		"I'm sending you three floor plans.":                                 {"sending you three floor plans"},
	})
	none(t, CodeMaterial,
		"I'm just sending you a quick note about the lunch.",
		"The plan I am sending you covers both sites.",
		"I'll be sending you the plan next week.",
		"I am sending you this letter because the lab moved.",
	)
}

func TestQuoteStartsShortDaysAndYearPairs(t *testing.T) {
	for text, want := range map[string][]string{
		"Notes from the walk today.\n- the north gate was fixed and painted\n- we added two new lamps by the shed\nThanks": {
			"News: “the north gate was fixed and painted”", "News: “we added two new lamps by the shed”"},
		"Quick notes.\n=20 The lease was signed this morning.": {"News: “The lease was signed this morning”"},
	} {
		var got []string
		for _, r := range Classify(Input{Text: text}).Reasons {
			if r.Code == CodeNews {
				got = append(got, r.Text)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: news reasons %q, want %q", text, got, want)
		}
	}
	spans(t, CodeDateTime, map[string][]string{
		"She is back on Thurs., Aug. 3 after the fair.":           {"Thurs., Aug. 3"},
		"The drop-in runs 10-11:30 am in the hall.":               {"10-11:30 am"},
		"We set the targets for 2026 hires and 2027 goals today.": {"2026", "2027", "today"},
		"She is back Friday. Monday is free for the trip.":        {"Friday", "Monday"}, // a control: a full day name ends its sentence
	})
	none(t, CodeFigure,
		"The drop-in runs 10-11:30 am in the hall.",
		"We set the targets for 2026 hires and 2027 goals today.",
		"Please bill it to Account Number 7730021 from now on.",
	)
	spans(t, CodeMaterial, map[string][]string{
		"Per your note, I am forwarding to you the site survey.": {"forwarding to you the site survey"},
		"I'm forwarding to you today.":                           {"forwarding to you"},
	})
}

func TestGivenStatusHourRangesAndListNumbers(t *testing.T) {
	spans(t, CodeMaterial, map[string][]string{
		"Here's the status of the two orders I changed today.": {"Here's the status of the two orders I changed"},
		"Below is the status of each site.":                    {"Below is the status of each site"},
	})
	none(t, CodeNudgePhrase, "Here's the status of the two orders I changed today.", "Below is the status of each site.")
	if r := Classify(Input{Text: "What is the status of the two orders?"}); r.Label != model.TouchingBase {
		t.Errorf("a status asked for: %s, want touching base", r.Label) // a control
	}
	spans(t, CodeDateTime, map[string][]string{
		"Drinks are at our place, 8 - 10 pm.":                                     {"8 - 10 pm"},
		"The plant ran hot in the 1st Quarter 24 and cool in the 4th quarter 23.": {"1st Quarter 24", "4th quarter 23"},
		"We trimmed hours from 8-10 to 8-9 last week.":                            {"8-10 to 8-9"}, // a control: no zone, no time
	})
	none(t, CodeFigure,
		"The swaps are deal no 551234 and 551240.",
		"The plant ran hot in the 1st Quarter 24 and cool in the 4th quarter 23.",
	)
	for text, want := range map[string][]string{
		"Three things for the plan:\n1) Who signs the lease?\n2) Is the site survey done?\n(3) Do we need a permit?": {
			"“Who signs the lease?”", "“Is the site survey done?”", "“Do we need a permit?”"},
	} {
		var got []string
		for _, r := range Classify(Input{Text: text}).Reasons {
			if i := strings.Index(r.Text, "“"); i >= 0 {
				got = append(got, r.Text[i:])
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: quotes %q, want %q", text, got, want)
		}
	}
	spans(t, CodeDateTime, map[string][]string{
		"We pay the crew for June.\n2) Should the lot be paved first?": {"June"},
	})
}

func TestLedgerBooksSignOffsAndRunTogetherTimes(t *testing.T) {
	none(t, CodeProposal,
		"Two questions on the swap: what book holds it? Which fund owns that book?",
		"Please return the book to the shelf in the lobby.",
	)
	spans(t, CodeProposal, map[string][]string{
		"Can we book a room for the Lakeside review on Thursday?": {"Can we book"}, // a control: the verb
	})
	none(t, CodeRequest,
		"The crew finished the roof on the barn. Take care, and talk soon.",
		"The crew finished the roof on the barn. Talk to you soon, Dana.",
	)
	none(t, CodeCommitment,
		"The crew finished the roof on the barn. Take care, we will speak with you later.",
		"The crew finished the roof on the barn. I'll see you later.",
	)
	spans(t, CodeRequest, map[string][]string{
		"Please take care of the invoice for the barn roof.": {"Please take"}, // a control
		"Take care of the permit for the barn roof first.":   {"Take"},
	})
	spans(t, CodeCommitment, map[string][]string{
		"I'll talk to you soon about the permit for the barn roof.": {"I'll talk"}, // a control
	})
	spans(t, CodeDateTime, map[string][]string{
		"We have a board call at 930 with the county planners.": {"930"},
		"Let's meet at 1030 in the lobby with the plans.":       {"1030"},
	})
	none(t, CodeFigure,
		"We have a board call at 930 with the county planners.",
		"Send the signed forms to P.O. Box 4471, Elm Falls.",
		"Mail them to PO Box 208 in town.",
	)
	spans(t, CodeFigure, map[string][]string{
		"We sold the lot at 915 a share last week.": {"915"}, // a control: a price after "at"
	})
	// the post office's short form goes on to its box: one sentence, quoted whole
	text := "Send the signed forms to P.O. Box 4471, Elm Falls."
	var got []string
	for _, r := range Classify(Input{Text: text}).Reasons {
		if r.Code == CodeRequest {
			got = append(got, r.Text)
		}
	}
	if want := []string{"A clear request: “Send the signed forms to P.O. Box 4471, Elm Falls”"}; !slices.Equal(got, want) {
		t.Errorf("%q: requests %q, want %q", text, got, want)
	}
}

func TestHadDoneApologiesStagesShortYearsAndInlineLists(t *testing.T) {
	none(t, CodeProposal,
		"Right after we'd talked through the lease terms, the landlord called back.",
		"We'd already signed the barn lease in June.",
	)
	spans(t, CodeProposal, map[string][]string{
		"We'd need the signed lease before Friday.": {"We'd"}, // a control: "we would"
	})
	none(t, CodeRequest,
		"Please excuse the delay while the county reviewed the barn permit.",
		"Please forgive my long note but the county wants an answer on the barn.",
	)
	spans(t, CodeRequest, map[string][]string{
		"Please excuse Dana from the safety class on Friday.": {"Please excuse"}, // a control: it asks
	})
	none(t, CodeFigure,
		"The grid went to Stage 2 at noon and stayed there.",
		"We're through round 3 of the bids on the barn.",
		"The lease went out in March of 98 to the county.",
		"For each site: 1. revenues 2. headcount 3. growth since launch.",
		"Please gather by 1. number of sites 2. revenues 3. headcount.",
	)
	spans(t, CodeDateTime, map[string][]string{
		"The lease went out in March of 98 to the county.": {"March of 98"},
		"The lease ran from Jan '01 to Dec '03.":           {"Jan '01 to Dec '03"},
		"By the end of March of 12 hires only 3 stayed.":   {"March"}, // a control: 12 may be a day
	})
	spans(t, CodeFigure, map[string][]string{
		"By the end of March of 12 hires only 3 stayed.": {"12", "3"},
		"We sold 2. Then 3. more came back on Friday.":   {"2", "3"}, // a control: no "1." opens a list
	})
	spans(t, CodeDateTime, map[string][]string{
		"Q1. Who owns the lot? Q2. Is the site fenced?": {"Q1", "Q2"}, // a control: glued to a letter, no item
	})
}

func TestNoticesYearRangesAndHoursAlone(t *testing.T) {
	none(t, CodeRequest,
		"Please be advised that the county moved the barn inspection to the spring.",
		"Please be aware that the dock closes early on the day of the inspection.",
	)
	spans(t, CodeRequest, map[string][]string{
		"Please be ready to show the county the barn permit on Friday.": {"Please be"}, // a control
	})
	spans(t, CodeDateTime, map[string][]string{
		"From 2019 to 2022, the barn lease rose by a third.":   {"2019 to 2022"},
		"Between 2019 and 2022 the lease doubled.":             {"2019 and 2022"},
		"The barn lease ran 2019 through 2022 with no change.": {"2019 through 2022"},
		"I can't leave the yard until 6. Call me after that.":  {"6"},
		"The crew stays till 11, then the gate is locked.":     {"11"},
	})
	none(t, CodeDateTime,
		"We stocked 1950 to 2000 units of feed for the barn.", // a range of units
		"Hold the price until 6 trucks have come through.",    // a count
	)
	none(t, CodeProposal,
		"The crew finished the barn roof. For any other questions, give Dana a call.",
		"The crew finished the barn roof. If you have any further questions, please give me a call.",
	)
}

func TestUnsaidSubjectsWhatMightHaveBeenAndMarkedNumbers(t *testing.T) {
	none(t, CodeRequest,
		"Don't know which lawyer drafts the orchard lease.",
		"Don't have the survey numbers for the north orchard yet.",
	)
	spans(t, CodeRequest, map[string][]string{
		"Don't sign the orchard lease until Dana reads it.": {"Don't"}, // a control
	})
	none(t, CodeProposal,
		"The harvest was bigger than we could have ever guessed.",
		"We could have sent the orchard survey a week sooner.",
	)
	spans(t, CodeProposal, map[string][]string{
		"We could have the orchard survey ready by Friday.": {"We could"}, // a control
	})
	none(t, CodeFigure,
		"I land on Harbor Air flight 4417 at noon and drive to the orchard.",
		"The cold store sits in zone 3 of the park.",
		"Footnotes #4 and 7 cover the water rights.",
		"Once the 3 of us have walked the orchard, we can price it.",
	)
	spans(t, CodeFigure, map[string][]string{
		"We need 3 of them for the orchard.":                     {"3"},          // a control
		"We need 2nd-3rd grade apples for the press.":            {"2nd", "3rd"}, // a control: a noun goes on
		"We had 4180 - 615 crates, so the rest went to a press.": {"4180 - 615"},
	})
	spans(t, CodeDateTime, map[string][]string{
		"We sold 900 crates effective 21st-28th.":                {"21st-28th"},
		"The pickers stay for the 24th-29th on the north block.": {"24th-29th"},
	})
	none(t, CodeQuestion, "Send the deed to Pat Quinlan (sp?) at the county office.")
}

func TestNotesOfOwnDaysAfterLeadsCardsAndGroups(t *testing.T) {
	none(t, CodeRequest, "Note that I am still checking the well survey with the county.")
	spans(t, CodeRequest, map[string][]string{
		"Note that the county wants the well survey by Friday.": {"Note"}, // a control
	})
	spans(t, CodeDateTime, map[string][]string{
		"The barn roof is done on the 9th so the crew moves to the silo.": {"9th"},
		"If the deed is not filed by the 12th let Dana know.":             {"12th"},
		"The lease is paid on the 3rd of each month.":                     {"3rd"},
		"Group 1 digs on Wednesday and Group 2 Thursday.":                 {"Wednesday", "Thursday"},
		"We read the co-op's 2027 plan for the orchard.":                  {"2027"},
	})
	spans(t, CodeFigure, map[string][]string{
		"We stalled on the 4th question of the survey.": {"4th"}, // a control: a noun goes on
		"We typed it on the 2nd copy of the lease.":     {"2nd"}, // a control
		"We sold 2000 3000 4000 5000 6000 crates.":      {"2000", "3000", "4000", "5000", "6000"},
	})
	none(t, CodeFigure,
		"The fee goes on card 4111 2222 3333 4444 each month.",
		"Group 1 walks the north orchard and group 2 the south.",
	)
}

// TestLeadInsRepeatsPathsAndYears: an instruction may open after a
// connective or after the name of the one asked; a date said twice counts
// once, so it leaves room for the request beside it; a bracketed "(?)"
// asks nothing; "Sun-" before a name is no Sunday; numbers in a path name
// folders; a year after "a" or "his" is a date.
func TestLeadInsRepeatsPathsAndYears(t *testing.T) {
	spans(t, CodeRequest, map[string][]string{
		"The orchard sold out. Also please ship the crates to Dana.":              {"please ship"},
		"The orchard sold out. And call Dana about the crates.":                   {"call"},
		"The orchard sold out. Dana, send the crates to the co-op.":               {"send"},
		"Please map the 2027 plots for the co-op. The 2027 plots open March 3rd.": {"Please map"},
	})
	none(t, CodeRequest, "The orchard sold out. We ship the crates on Friday.") // a control
	none(t, CodeQuestion, "The yield is a blended figure.(?) The crates ship Friday.")
	none(t, CodeDateTime, "The review ran in the Sun-Herald. The crates ship after lunch.")
	spans(t, CodeDateTime, map[string][]string{
		"The stand is open Sun-Thu through the harvest.": {"Sun-Thu"}, // a control
		"She is a 1998 graduate of the farm school.":     {"1998"},
	})
	none(t, CodeFigure, `The crate list is in S:\orchard\24hr\crates now.`)
	spans(t, CodeFigure, map[string][]string{
		"The co-op runs a 1500 MW plant.": {"1500 MW"}, // a control: a unit follows
	})
}

// TestClockRangesAndScenesBeforeAsks: a bare hour after a clock time and
// "to" or a dash ends the range, a time; a short clause and a comma may
// set the scene before "can you" and the like, which still ask.
func TestClockRangesAndScenesBeforeAsks(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"The barn is ours from 10:30 to 3 for the auction.": {"10:30 to 3"},
		"The stand is staffed 8:15-1 on market days.":       {"8:15-1"},
	})
	spans(t, CodeFigure, map[string][]string{
		"The stand opens at 10:30 and 3 pickers stay late.": {"3"}, // a control: "and" counts
	})
	spans(t, CodeRequest, map[string][]string{
		"The hay is in. For the county fair, can you bring the trailer.":   {"can"},
		"The hay is in. If the roads are clear, could you haul it Monday.": {"could"},
	})
	none(t, CodeRequest, "The hay is in. Frankly, I can see why you would wait.") // a control
}

// TestShortYearsUnsaidSubjectsAndRevisions: a month glued to an
// apostrophe and two digits is a date; "Don't see…" and "Don't seem…"
// leave their subject unsaid and ask nothing; a revision's number names
// it.
func TestShortYearsUnsaidSubjectsAndRevisions(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"Barrels by month: Oct'24 410 and Nov'24 385.": {"Oct'24", "Nov'24"},
	})
	none(t, CodeRequest,
		"We called the co-op twice. Don't seem like the survey is moving.",
		"We called the co-op. Don't see a problem with the survey.",
	)
	spans(t, CodeRequest, map[string][]string{
		"We called the co-op. Don't sign the lease yet.": {"Don't"}, // a control
	})
	none(t, CodeFigure, "The survey is on the shared drive (rev 3) with the deed.")
}

// TestRhetoricRangesAndShortForms: "Guess what?" asks nothing; two
// numbers joined by a hyphen count things before a plural noun or after
// "about"; a postcode after a comma, a year after "year", "1.)" opening an
// item are no figures; "I will say that…" promises nothing; "vs." and
// "Main St." before a word in lower case end no sentence.
func TestRhetoricRangesAndShortForms(t *testing.T) {
	none(t, CodeQuestion, "The crates are in. Guess what else? The co-op bought the barn.")
	spans(t, CodeFigure, map[string][]string{
		"We still have about 8-10 crates in the barn.":   {"8-10"},
		"The co-op has 3-4 buyers lined up for the hay.": {"3-4"},
	})
	spans(t, CodeDateTime, map[string][]string{
		"The lease is due 8-10 at the latest.":              {"8-10"}, // a control
		"He wants the orchard replanted for the year 2029.": {"2029"},
	})
	none(t, CodeFigure,
		"Mail the deed to Dana Lee, 14 Orchard Lane, Fresno, CA, 93701.",
		"The barn is done. Here are the steps:\n1.)\nThe floor is swept.\n2.)\nThe door is painted.",
	)
	none(t, CodeCommitment, "I will say that the barn held up, but the shed did not.")
	spans(t, CodeCommitment, map[string][]string{
		"I will add the crates to the order tomorrow.": {"I will"}, // a control
	})
	for text, whole := range map[string]string{
		"The crates are in. Is it the north barn vs. the shed that leaks?": "Is it the north barn vs. the shed that leaks?",
		"The crates are in. Is the Main St. crowd going to buy the barn?":  "Is the Main St. crowd going to buy the barn?",
	} {
		var got []string
		for _, rs := range Classify(Input{Text: text}).Reasons {
			if rs.Code == CodeQuestion {
				got = append(got, rs.Text)
			}
		}
		if len(got) != 1 || !strings.Contains(got[0], whole) {
			t.Errorf("%q: question reasons %q, want one quoting %q", text, got, whole)
		}
	}
}

// TestSceneLeadInsClosersAndMaterial: a short phrase and a comma may set
// the scene before an instruction; "feel free to call at…" is how to
// reach the writer, no next step; a weekday's short form joins the date
// after it even at the end of a run; "I've only attached the deck" is the
// material's reason alone, and the material is what follows "attached".
func TestSceneLeadInsClosersAndMaterial(t *testing.T) {
	spans(t, CodeRequest, map[string][]string{
		"The terms are below.\nDana: Next time, send me the crate count first.": {"send"},
		"The terms are below. If so, call Dana about the crates.":               {"call"},
	})
	none(t, CodeRequest, "The terms are below. In the morning, we drove the crates north.") // a control
	none(t, CodeProposal, "The crates ship Monday. Feel free to call at 555-0100 with questions.")
	spans(t, CodeProposal, map[string][]string{
		"The barn is ready. Give me a call Tuesday to go over the crates.": {"Give me a call"}, // a control
	})
	spans(t, CodeDateTime, map[string][]string{
		"The co-op can do Monday, 3/8 and Thurs., 3/11 for the sale.": {"Monday, 3/8 and Thurs., 3/11"},
	})
	for _, text := range []string{
		"The barn is swept. I've only attached the two revised crate lists.",
		"The barn is swept. I've also attached the two revised crate lists.",
	} {
		r := Classify(Input{Text: text})
		if got := quoted(text, r, CodeMaterial); !slices.Equal(got, []string{"attached the two revised crate lists"}) {
			t.Errorf("%q: material %q", text, got)
		}
		if got := quoted(text, r, CodePoint); len(got) > 0 {
			t.Errorf("%q: own points %q beside the material", text, got)
		}
	}
}

// TestSocialOpenersWishesAndSeries: "How are things?" asks after the
// reader, no question that moves anything; "Wish I could…" proposes
// nothing; an ordinal before a word of a series ("the 4th edition") says
// which one, no figure.
func TestSocialOpenersWishesAndSeries(t *testing.T) {
	none(t, CodeQuestion,
		"How are things in Fresno? The co-op paid $4,200 for the crates and ships them on the 3rd.",
		"Hey, how's things? The co-op paid $4,200 for the crates and ships them on the 3rd.",
	)
	spans(t, CodeFiller, map[string][]string{
		"How are things in Fresno? Let me know when you are back.": {"How are things"},
	})
	none(t, CodeProposal, "The barn is swept. Wish I could send you to the fair with the crates!")
	spans(t, CodeProposal, map[string][]string{
		"The barn is swept. We could send the crates to the fair Monday.": {"We could"}, // a control
	})
	none(t, CodeFigure,
		"The co-op printed the 4th edition of the orchard guide.",
		"It is the farm's 10th anniversary this spring.",
	)
	spans(t, CodeFigure, map[string][]string{
		"The co-op printed 400 copies of the orchard guide.": {"400"}, // a control
	})
}

// TestListedDays: days of one month listed after its first, by commas,
// are one date; a count after a date and a comma stays a figure.
func TestListedDays(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"The co-op sells crates on Nov 8, 9, 10 at the barn.": {"Nov 8, 9, 10"},
		"The co-op can meet May 3, 4 or 6 at the barn.":       {"May 3, 4 or 6"},
	})
	none(t, CodeFigure, "The co-op sells crates on Nov 8, 9, 10 at the barn.")
	spans(t, CodeFigure, map[string][]string{
		"On May 3, 5 trucks came for the crates.": {"5 trucks"}, // a control
	})
}

// TestDayPartsAddressesAndSignOffs: an hour with the part of the day
// after it is a time; "3. 60 days" is a list's item and a count, no date;
// an apartment's number is part of the address; what the email says is
// not attached hands nothing over; "by the end of the week" is a date;
// a closing "Thanks for your help." signs off and leaves the request its
// reason.
func TestDayPartsAddressesAndSignOffs(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"The crates ship from the barn at 10 in the morning.":    {"10 in the morning"},
		"The co-op closes the barn at 9 at night in the fall.":   {"9 at night"},
		"Dana needs the crate count by the end of the week.":     {"end of the week"},
		"The co-op pays for the crates at the end of the month.": {"end of the month"},
	})
	none(t, CodeFigure, "The crates ship from the barn at 10 in the morning.")
	none(t, CodeDateTime, "Crate terms: 1. the fee is fine 2. the lid is out 3. 60 days is fine.")
	spans(t, CodeFigure, map[string][]string{
		"Crate terms: 1. the fee is fine 2. the lid is out 3. 60 days is fine.": {"60 days"},
	})
	none(t, CodeFigure,
		"Mail the deed to 14 Orchard Lane, Apt. 212, Fresno, CA 93701.",
		"Mail the deed to 14 Orchard Lane, Unit 22, Fresno, CA 93701.",
	)
	none(t, CodeMaterial,
		"The barn lease is signed. The crate list is not attached, Dana has it.",
		"The barn lease is signed. The crate list isn't attached yet.",
		"The barn lease is signed. The crate list has not been attached.",
	)
	spans(t, CodeMaterial, map[string][]string{
		"The barn lease is signed. The crate list is attached.": {"crate list is attached"}, // a control
	})
	for _, text := range []string{
		"Please send the March crate invoice to Dana by Friday. Thanks for your help.",
		"Please send the March crate invoice to Dana by Friday. Thank you for your time and consideration!\nLee",
	} {
		r := Classify(Input{Text: text})
		if got := quoted(text, r, CodeCourtesy); len(got) > 0 {
			t.Errorf("%q: courtesy %q", text, got)
		}
		if got := quoted(text, r, CodeRequest); len(got) != 1 {
			t.Errorf("%q: requests %q, want one", text, got)
		}
	}
	spans(t, CodeCourtesy, map[string][]string{
		"Please send the crate invoice to Dana. Thanks for your help with the barn sale.": {"Thanks for"}, // a control
	})
}

// TestOrdinalListsItemRefsAndStates: days listed with their ordinals'
// suffixes are one date; "2 and 3 above" points at items of a list; a
// blank between a number and ".57" makes no date; "get attached" is a
// change of state, no material; a closing thanks with the writer's name
// after a comma still signs off.
func TestOrdinalListsItemRefsAndStates(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"The co-op holds crate sales on June 4th, 11th and 25th at the barn.": {"June 4th, 11th and 25th"},
	})
	none(t, CodeFigure,
		"The co-op holds crate sales on June 4th, 11th and 25th at the barn.",
		"The crate terms are set. Please tell me what you think of 2 and 3 above, and see 4 below.",
		"Send Dana the lease with Insert 3 on the last page.",
	)
	spans(t, CodeFigure, map[string][]string{
		"The crate terms are set. The crates sell at $5 above list.": {"$5"}, // a control: a price
	})
	none(t, CodeDateTime, "Crate prices by month: Jan 4.12 .57 2.91 for the barn.")
	none(t, CodeMaterial, "I would close the old lease, since I fear it could get attached to the wrong crate deal.")
	none(t, CodeCourtesy, "I will have the crate count split out by the end of today. Thanks for your time & patience, Lee")
}

// TestDecadesFormsAndClosingThanks: "the 1970s" is an era, no date or
// figure; "Form 1099" names a form; a list's number ending its line after
// a date is the next item's; a closing thanks with a closer after it
// still signs off.
func TestDecadesFormsAndClosingThanks(t *testing.T) {
	none(t, CodeDateTime, "The barn was built in the 1950s and the loft in the 1970's.")
	none(t, CodeFigure,
		"The barn was built in the 1950s and the loft in the 1970's.",
		"Please file Form 1099 for the crate sales with the county.",
		"Enclosed are the crate papers:\n1.\nClean copy of the lease   2.\nMarked copy of the lease since 3/4/01   3.\nMarked copy of the fee letter",
	)
	spans(t, CodeFigure, map[string][]string{
		"Please file 3 forms for the crate sales with the county.": {"3"}, // a control: a count of forms
	})
	none(t, CodeCourtesy, "I am attaching the crate lease. Please send me any comments. Thank you for your help.\nIf you have any questions, please call me at (559) 555-0140.")
	text := "I am attaching the crate lease. Please send me any comments. Thank you for your help.\nIf you have any questions, please call. The barn opens Monday."
	if got := quoted(text, Classify(Input{Text: text}), CodeCourtesy); len(got) != 1 { // a control: news follows
		t.Errorf("%q: courtesy %q, want one", text, got)
	}
}

// TestChangesOfPlanNoticesAndSignatures: moving a thing somewhere is no
// change of plan unless it moves to a time; a modal after "before",
// "until" or "how much" proposes nothing; "If … can you" asks without its
// comma; notices, goodbyes and closers that invite questions are no
// requests; a week of a month is one date; an extension after the name
// that signs the text, a model's code in the plural and a long list of
// numbered articles are no figures.
func TestChangesOfPlanNoticesAndSignatures(t *testing.T) {
	none(t, CodeProposal,
		"Rain made it hard to move the grain to the mill.",
		"The barn must dry out before we can paint it.",
		"Nobody knows how much we could save on feed.",
	)
	spans(t, CodeProposal, map[string][]string{
		"Could we push the tasting to the end of next week?": {"push the tasting to"}, // a control: to a time
		"We can paint the barn on Friday.":                   {"We can"},              // a control: no "before"
	})
	spans(t, CodeRequest, map[string][]string{
		"If the lease is signed can you send a scan to Lena.": {"can"},
		"Please note the new gate code.":                      {"Please note"}, // a control: no "that"
	})
	none(t, CodeRequest,
		"Please note that the barn closes at 4 on Fridays.",
		"Please remember that Lena signs all crate orders.",
		"The crates ship Monday. Don't work too hard!",
		"The lease is attached. Please call with any questions, Lena",
		"Pat, have we ordered belts for the three 4410BX's in the barn? Please advise.",
	)
	spans(t, CodeRequest, map[string][]string{
		// a control: the request comes before the closer
		"The lease is attached. Please review it and call me with any questions.": {"Please review"},
	})
	spans(t, CodeDateTime, map[string][]string{
		"The fair runs the 2nd week of June.": {"2nd week of June"},
	})
	none(t, CodeFigure,
		"The lease is attached.\nLena Ortiz  36410",
		"We bought two 9HAs for the mill.",
		"See Articles 2, 2.3, 2.7, and 5.1, or 6.2 of the lease.",
	)
	spans(t, CodeFigure, map[string][]string{
		"The lease is attached.\nThe total is 36410": {"36410"}, // a control: no name signs it
	})
}

// TestGoodbyesPathsAndDaySpans: taking it easy, having fun and not
// worrying are wishes, no requests; a number in a file's name or a
// folder of its path is no figure; the night or the week of an ordinal
// day names that day.
func TestGoodbyesPathsAndDaySpans(t *testing.T) {
	none(t, CodeRequest,
		"The crates ship Monday. Take it easy.",
		"The crates ship Monday. Don't worry about the invoice.",
		"The crates ship Monday. Have fun in Lodi!",
	)
	spans(t, CodeRequest, map[string][]string{
		"The crates ship Monday. Take the early train.": {"Take"}, // a control: an instruction
	})
	none(t, CodeFigure,
		"It should be 4471bkp.doc instead.",
		"Attached is the Barn200206.db file.",
		"The file is lena/2001/leases/barn.doc on the drive.",
	)
	spans(t, CodeFigure, map[string][]string{
		"The file is lena/leases/barn.doc and holds 4471 rows.": {"4471"}, // a control: a count beside the path
	})
	spans(t, CodeDateTime, map[string][]string{
		"The barn is booked for the morning of the 9th which suits the crew.": {"9th"},
	})
}

// A "1)" that opens a list in mid-sentence, a record's number after "#"
// and the rest of it after a hyphen, a telephone number with a spaced
// hyphen are no figures; months written "mos" and a size written "8x10"
// are one figure each. Two names greeted before a colon, a name or a
// heading that opens a line before a spaced dash ("Bill - …") and an
// apology ask nothing, and praise for a job well done is no news.
func TestListsSizesGreetingsAndPraise(t *testing.T) {
	none(t, CodeFigure,
		"We slipped because 1) the crane came late and the roof waited.",
		"Please order part # 14-2209817 for the barn.",
		"Call Dana at (555) 201 - 3344 today.",
	)
	spans(t, CodeFigure, map[string][]string{
		"We slipped 1 day because the crane came late.": {"1 day"}, // a control: a figure
		"Frame it for 8x10 prints and send 3 copies.":   {"8x10", "3"},
		"The warranty runs 18 mos from delivery.":       {"18 mos"},
	})
	none(t, CodeRequest,
		"Bill and Lena: the crates ship Monday.",
		"Please forgive me. The crates ship Monday.",
		"Bill -  when the crates come, the co-op will want them counted.",
		"Hi all,\n\nShip - the crates for the co-op left on Monday.",
	)
	spans(t, CodeRequest, map[string][]string{
		"Bill the co-op for the crates by Monday.": {"Bill"}, // a control: an instruction
	})
	none(t, CodeNews, "You have done a fine job with the barn. The crates ship Monday.",
		"You two have done an honest job on the barn. The crates ship Monday.",
		"You've done a superb job on the barn. The crates ship Monday.")
	spans(t, CodeNews, map[string][]string{
		"Lena has done the survey of the barn. The crates ship Monday.":       {"done"}, // a control: news
		"Lena has done a fine job moving the ledger. The crates ship Monday.": {"done"}, // a control: the ledger moved
	})
}

// A day's possessive names the day ("Monday's review", "tonight's
// dinner"), quoted without its "'s"; tomorrow lies ahead even after
// something done for it ("the notes I sent you for the meeting tomorrow").
func TestPossessiveDaysAndDaysAhead(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"Can you print the slides for Monday's review?":                   {"Monday"},
		"We moved tomorrow's call with the co-op to noon.":                {"tomorrow"},
		"Here are my notes for tonight's dinner with the growers.":        {"tonight"},
		"Please read the notes I sent you for the barn meeting tomorrow.": {"tomorrow"},
		"Can you print the slides for the review on Monday?":              {"Monday"}, // a control
	})
	none(t, CodeDateTime, "Please read the notes I mailed you yesterday.") // a control: the day lies behind
}

// Help offered to no end proposes nothing ("anything we can do"), nor
// does a third party's wish ("my partners want me to"); "as agreed" is
// what the reader knows; an account's number ("312-40987") is no figure;
// a name's initial ends no sentence ("Lena B. about"); "an NOV" is a
// notice; "at 145 (CST)" is a time.
func TestHelpOffersInitialsAndAccounts(t *testing.T) {
	none(t, CodeProposal,
		"My partners want me to look into the grain silos first.",
		"Tell us if there is anything we can do for the harvest crew.",
		"We are doing everything we can to get the seed delivered.",
	)
	spans(t, CodeProposal, map[string][]string{
		"Tell me if you want me to call the feed mill.": {"Tell me if you want me to"}, // a control: the reader's wish
		"We can call the feed mill on Monday.":          {"We can"},                    // a control
	})
	none(t, CodeNews,
		"The harvest will go ahead, as scheduled, on the lower field.",
		"As agreed, the orchard lease stays with Ravi.",
	)
	spans(t, CodeNews, map[string][]string{
		"The orchard lease was agreed with Ravi last night.": {"agreed"}, // a control: news
	})
	spans(t, CodeFigure, map[string][]string{
		"Please move $150 into 312-40987 each month.":  {"$150"},
		"Our tax number is 83-4410276 and we owe $90.": {"$90"},
		"We need 20-25 crates for the pears.":          {"20-25"}, // a control: a range
	})
	const initial = "I would rather ask Lena B. about the barn than wait."
	if p := hasReason(Classify(Input{Text: initial}), CodePoint); p == nil || !strings.Contains(p.Text, "Lena B. about the barn") {
		t.Errorf("%q: own point %+v, want the whole sentence quoted", initial, p)
	}
	none(t, CodeDateTime, "We got an NOV letter from the county about the pond.")
	spans(t, CodeDateTime, map[string][]string{
		"We sold the NOV contract for the pond.":               {"NOV"}, // a control: a contract month
		"Ring the depot at 145 (CST) before the truck leaves.": {"145"},
	})
	none(t, CodeFigure, "Ring the depot at 145 (CST) before the truck leaves.")
}

// Seven digits or more, bare, name a contract or an account; an ordinal
// before "paragraph", "line" or their kin says which one; a bracketed
// number glued after a name is that person's extension; a clock time
// keeps its seconds ("9:41:27 PM").
func TestIdentifiersOrdinalsAndSeconds(t *testing.T) {
	none(t, CodeFigure,
		"The co-op's contract is 73104452 and the meter reads as 5512098.",
		"Fix the typo in the 2nd paragraph and the 5th line.",
		"Please ask Dana Reyes (36410) or Lee Tam (4471) for the keys.",
	)
	spans(t, CodeFigure, map[string][]string{
		"Wire $2500000 to the escrow agent.":   {"$2500000"}, // a control: money
		"For the 3rd time, the truck is late.": {"3rd"},      // a control: a count
		"We sold 4471 crates to the co-op.":    {"4471"},     // a control: a count
	})
	spans(t, CodeDateTime, map[string][]string{
		"The gate opens at 9:41:27 PM for the night crew.": {"9:41:27 PM"},
		"The gate opens at 9:41 PM for the night crew.":    {"9:41 PM"}, // a control
	})
}

// A "B" glued after an amount is billions ("$21B"); "we'd agreed" is "we
// had agreed", a step taken; a done word after a preposition is an
// adjective ("a roster of approved vendors") or, after "to", a plan ("to
// cut costs"), no news.
func TestBillionsAgreedAndAdjectives(t *testing.T) {
	spans(t, CodeFigure, map[string][]string{
		"The hedge book holds $21B in swaps.":    {"$21B"},
		"The hedge book holds $21M in swaps.":    {"$21M"}, // a control
		"The hedge book holds 21 B-rated names.": {"21"},   // a control: no amount
	})
	none(t, CodeProposal, "We'd agreed on a fixed price for the barn roof.")
	spans(t, CodeProposal, map[string][]string{
		"We'd fix the barn roof on Monday if you like.": {"We'd"}, // a control: a step offered
	})
	none(t, CodeNews,
		"We keep a roster of approved vendors for the barn.",
		"Dana still waits on signed copies from the county.",
		"The rate applies to reduced volumes, so check it.",
		"We plan to cut costs in the orchard next spring.",
	)
	spans(t, CodeNews, map[string][]string{
		"The committee approved the orchard budget.": {"approved"}, // a control
	})
}

// "p. 12" names a page; "X 33512" is an extension; "'27" is a year
// written short; "Sat, 19th" is one date.
func TestPagesExtensionsAndShortYears(t *testing.T) {
	none(t, CodeFigure,
		"Fix the typo on p. 12 of the lease.",
		"Call Lena at X 33512 about the barn.",
		"He wants the silo fixed by '27 at the latest.",
		"On Sat, 19th, the crew moves to the silo.",
	)
	spans(t, CodeFigure, map[string][]string{
		"We need 3 x 4412 crates for the pears.": {"3", "4412"}, // a control: a product
		"The crate holds '12 units' per row.":    {"12 units"},  // a control: a count in quotes
	})
	spans(t, CodeDateTime, map[string][]string{
		"He wants the silo fixed by '27 at the latest.": {"'27"},
		"On Sat, 19th, the crew moves to the silo.":     {"Sat, 19th"},
	})
}

// A length, an area or a volume is quoted with its number ("12 miles",
// "41 acres"), and so are a speed, a pressure, a temperature and the
// other system's weights and volumes ("130 mph", "38 degrees").
func TestLengthsAreasAndVolumes(t *testing.T) {
	spans(t, CodeFigure, map[string][]string{
		"The pipe runs 12 miles north and 400 feet under the creek.":  {"12 miles", "400 feet"},
		"The co-op bought 41 acres and 80 gallons of diesel.":         {"41 acres", "80 gallons"},
		"The co-op bought 41 crates for the pears.":                   {"41"}, // a control: no unit
		"Gusts reached 95 mph and the tank held 60 psi.":              {"95 mph", "60 psi"},
		"The barn stays at 38 degrees, and each jar holds 12 ounces.": {"38 degrees", "12 ounces"},
		"Mix 3 oz of the feed into 4 liters of water.":                {"3 oz", "4 liters"},
		"Dana wants a 30 inch gate and a boat that makes 9 knots.":    {"30 inch", "9 knots"},
	})
}

// TestErasStripsRangesAndViews checks eras, strips and ranges of
// figures, views that hand nothing over, and a "will be" that names a
// wish or a feeling ("I'll be terribly disappointed if…") and so promises
// and offers nothing.
func TestErasStripsRangesAndViews(t *testing.T) {
	spans(t, CodeFigure, map[string][]string{
		"The orchard was planted in the late 70's and replanted in the mid-90s.": nil,
		"Please file the county forms for the 98's before the audit.":            nil,
		"Growers offered the low 40's for the early pears.":                      {"40"}, // a control: a price, below 50
		"Runoff tested at 3-8 ppm, and one well at 41 ppm.":                      {"3-8 ppm", "41 ppm"},
		"The line carried 60-90 MW through the storm.":                           {"60-90 MW"},
		"Lena sold 25 MW for hour 7 at the usual index.":                         {"25 MW"},
		"Lena sold 25 MW for 7 hours at the usual index.":                        {"25 MW", "7 hours"}, // a control: a length of time
	})
	spans(t, CodeDateTime, map[string][]string{
		"We hedged Cal'04 through Cal'07 against the Mid-C index.": {"Cal'04 through Cal'07"},
		"The strip for Cal 05 looks thin.":                         {"Cal 05"},
	})
	none(t, CodeMaterial, "Here are my 2 cents on the barn roof: fix it before winter.", "Here is our take on the hay contract.")
	spans(t, CodeMaterial, map[string][]string{
		"Here's my draft of the hay contract.": {"Here's my draft of the hay contract"}, // a control: a document
	})
	none(t, CodeCommitment, "I'll be curious whether the auction cleared.", "We will be keen to see the soil cores.",
		"I'll be terribly disappointed if the grange votes the barn lease down.", "We will be very sorry when the old barn goes.")
	none(t, CodeProposal, "I'll be terribly disappointed if you sell the barn.", "I will be thrilled if you keep the hay.")
	spans(t, CodeCommitment, map[string][]string{
		"I'll be glad to look over the hay contract tonight.": {"I'll be"}, // a control: an offer
	})
}

func TestAbsencesCyclesAndYearlyPlans(t *testing.T) {
	none(t, CodeCommitment, "I will be away from the farm until the 14th; Lena has the keys.", "We will be gone all of next week, so the vet comes Monday.")
	spans(t, CodeCommitment, map[string][]string{
		"I will bring the hay contract Thursday.": {"I will"}, // a control: a promise
	})
	spans(t, CodeFigure, map[string][]string{
		"The barn renominated 300 dth for cycle 3.": {"300 dth"},
		"The barn ran 3 cycles of 300 dth.":         {"3", "300 dth"}, // a control: a count
	})
	none(t, CodeMaterial, "Here is my understanding of the lease terms.", "Here are our suggestions for the hay contract.")
	spans(t, CodeMaterial, map[string][]string{
		"Lena, here is the 2028 plan for the orchard.": {"here is the 2028 plan for the orchard"},
		"Attached is the pear schedule for the 2028":   {"Attached is the pear schedule"}, // a control: nothing after the year
	})
	spans(t, CodeDateTime, map[string][]string{
		"Attached is the invoice for the May 9 delivery.": {"May 9"}, // a control: a day keeps its reason
	})
}

func TestMeetingQuestionsWishesAndStations(t *testing.T) {
	spans(t, CodeProposal, map[string][]string{
		"Could we talk for 15 minutes on Friday about the barn lease?": {"Could we talk"},
		"Are you free Thursday afternoon to go over the hay contract?": {"Are you free"},
		"Would you be open to a short call Tuesday at 2?":              {"open to a short call"},
		"Lena and I had a short call about the orchard yesterday.":     nil, // a control: a call that took place
	})
	none(t, CodeRequest, "Have a nice trip to Denver, Lena.", "Have a safe drive back from the auction.")
	spans(t, CodeRequest, map[string][]string{
		"Have a look at the hay contract before Friday.": {"Have"}, // a control: it asks
	})
	spans(t, CodeFigure, map[string][]string{
		"The co-op delivers 400 dth at Station 118 and fixed bullet 6.": {"400 dth"},
	})
}

func TestRecordsNamedAfterIsOrAre(t *testing.T) {
	spans(t, CodeFigure, map[string][]string{
		"The hay deals are: 614402 and 614417.":        nil,
		"The barn contract is 770315, signed by Lena.": nil,
		"Deals: 614402, 614417 and 12 more.":           {"12"},   // a control: a count after the list
		"The hay contracts are 1200 bales in all.":     {"1200"}, // a control: four digits, a count
		"Our hay contracts: 250 in all.":               {"250"},  // a control: a count
	})
}

func TestOwnPlansLegsAndCorrectedCopies(t *testing.T) {
	none(t, CodeNudgePhrase, "I still plan to drive up Friday, so Lena covers the barn.", "We're still thinking about the hay price and will write Monday.")
	spans(t, CodeNudgePhrase, map[string][]string{
		"Are you still planning to renew the barn lease?": {"still planning to"}, // a control: the reader's plan
	})
	spans(t, CodeFigure, map[string][]string{
		"Legs 2 and 3 now run through May at 40 dth.": {"40 dth"},
	})
	spans(t, CodeMaterial, map[string][]string{
		"Here are the correct hay totals.":            {"Here are the correct hay totals"},
		"Here's what I'm thinking: we split the lot.": nil,
	})
}

func TestPurposeClausesAskersAndYearSerials(t *testing.T) {
	none(t, CodeProposal,
		"Send me the hay count so that we can order the trailers.",
		"The permit came through, so we can pour the barn floor Monday.",
		"So that we can label the crates, did Lena pick the red tags?",
	)
	spans(t, CodeProposal, map[string][]string{
		"The lot is dry now, so we can meet at the barn Tuesday.": {"we can"}, // a control: a talk with the reader
		"The lot is muddy, so let's meet at the co-op Tuesday.":   {"let's"},  // a control
		"We can pour the barn floor Monday if the permit clears.": {"We can"}, // a control
	})
	spans(t, CodeQuestion, map[string][]string{
		"So that we can label the crates, did Lena pick the red tags?": {"So that we can label the crates, did Lena pick the red tags?"},
	})
	spans(t, CodeRequest, map[string][]string{
		"Could someone at the co-op send the hay invoice to Lena.": {"Could"},
	})
	none(t, CodeDateTime, "Quote 2026/58 covers the new barn roof.", "The orchard file 2001-117 is in the cabinet.")
	none(t, CodeFigure, "Quote 2026/58 covers the new barn roof.", "The orchard file 2001-117 is in the cabinet.")
	spans(t, CodeDateTime, map[string][]string{
		"The 2001-05 hay went to the co-op.":        {"2001-05"},   // a control: a year and its month
		"The orchard grew from 1950-2000 slowly.":   {"1950-2000"}, // a control: a span of years
		"Prices held through 1998-99 at the co-op.": {"1998-99"},   // a control
	})
}

func TestThirdPartiesKeenAndChannels(t *testing.T) {
	none(t, CodeNudgePhrase,
		"The co-op is anxious to get the barn lease signed.",
		"Lena's growers are very anxious to start picking.",
		"He's anxious to see the orchard plan before Friday.",
	)
	spans(t, CodeNudgePhrase, map[string][]string{
		"We are anxious to sign the barn lease.":               {"anxious to"}, // a control: the writer's own
		"We picked the rows and are anxious to sell the crop.": {"anxious to"}, // a control: the subject further back
	})
	none(t, CodeFigure, "The hay auction is on channel 9 tonight.")
	spans(t, CodeFigure, map[string][]string{
		"The hay auction drew 9 buyers tonight.": {"9"}, // a control
	})
}

func TestLeaveLedgersAndAskingAfterYou(t *testing.T) {
	none(t, CodeProposal,
		"The co-op will let us store the hay in their barn until May.",
		"If the mill would let us skip the fee, we gain a week.",
		"Please move the lease from the hay book to the barn book.",
		"I can take a week off in June. How about you?",
	)
	spans(t, CodeProposal, map[string][]string{
		"How about Tuesday at 10 for the barn walk?": {"How about"}, // a control
		"Let us meet Friday at the barn.":            {"Let us"},    // a control
		"Please book the hall for Friday.":           {"book"},      // a control: the verb
	})
	none(t, CodeDateTime, "Seats 5-8 are ours for Game 3.")
	none(t, CodeFigure, "Seats 5-8 are ours for Game 3.", "Do you have the manual for turbine 2?")
	spans(t, CodeFigure, map[string][]string{
		"We bought 3 turbines for the barn.": {"3"}, // a control: a count
	})
}

func TestLeaveNoticesPlacesAndModels(t *testing.T) {
	none(t, CodeCommitment, "I'll be on vacation after the 6th until the 13th.", "We will be on leave next week.")
	none(t, CodePastRef, "I'm at the fair this week and back on Monday.", "We drive the trailer back on Saturday.",
		"Just checking in. We have 300 bales left for December.")
	spans(t, CodePastRef, map[string][]string{
		"We spoke back on 4/3 about the barn.": {"4/3"}, // a control: a day gone by
	})
	spans(t, CodeCommitment, map[string][]string{
		"I will be on the hay call Friday.": {"I will"}, // a control: the writer will take part
	})
	none(t, CodeProposal, "The big barn is where we can hold the sale.")
	spans(t, CodeProposal, map[string][]string{
		"We can hold the sale in the big barn.": {"We can"}, // a control
	})
	none(t, CodeFigure, "Is the 740D baler still in the shed?")
	spans(t, CodeFigure, map[string][]string{
		"It was 30F in the barn this morning.": {"30"}, // a control: a temperature
	})
}

func TestNegatedModalsReportsAndThingsHanded(t *testing.T) {
	none(t, CodeProposal, "We can no longer keep spare crates on the floor of the barn.",
		"The co-op filed its plan, suggesting that the mill will have to raise prices again soon.",
		"They are suggesting $40 for the lunch at the barn.",
		"The hay board is proposing a new fee for every trailer.",
		"Please see the attached schedule for the hay loads.")
	spans(t, CodeProposal, map[string][]string{
		"We can keep spare crates on the floor of the barn.": {"We can"},                  // a control
		"I'm suggesting 4 pm for the barn call.":             {"suggesting"},              // a control: the writer's own
		"Please review the offer for the barn.":              {"Please review the offer"}, // a control: nothing attached
	})
	none(t, CodeCommitment, "We will look forward to the hay fair.", "We will be going on annual leave in June.",
		"We will go on holiday in May.")
	spans(t, CodeCommitment, map[string][]string{
		"I will look into the barn lease.": {"I will"}, // a control
	})
	none(t, CodeFigure, "Docket No. RP97-118-002 was filed Friday.", "Please contact Dana Reyes at 36410 about the hay loads.")
	spans(t, CodeFigure, map[string][]string{
		"We sold Dana Reyes 25000 bales.": {"25000"}, // a control: no word that reaches her
	})
	none(t, CodeNews, "A new hand is joining the crew at the barn. Please have it done by Friday so the crew can start on day one.")
	spans(t, CodeNews, map[string][]string{
		"The co-op had the lease signed yesterday.": {"signed"}, // a control: done
	})
	spans(t, CodeMaterial, map[string][]string{
		"Please see the attached list and pick the days that suit you.": {"see the attached list"},
		"Attached is our barn lease and confirm for the hay.":           {"Attached is our barn lease and confirm"}, // a control: two things
	})
}

func TestPoliteAsksNoticesAndDoubts(t *testing.T) {
	none(t, CodeQuestion, "Could you please send me the barn lease? The hay is in.",
		"How is your week looking? The barn sale closes Thursday at 10 and the co-op wants 40 bales.",
		"I don't want to change the price of the load, only the index. The hay is in.")
	spans(t, CodeRequest, map[string][]string{
		"Could you please send me the barn lease? The hay is in.": {"Could you please send me the barn lease?"},
		"Please also send the gate code to Dana by Friday.":       {"Please also"}, // a control
	})
	spans(t, CodeQuestion, map[string][]string{
		"Could you look over the barn lease? The hay is in.": {"Could you look over the barn lease?"}, // a control: no "please", and no thing to hand over (see TestAskingForANamedThingIsARequest)
		"Do you want to change the price of the load?":       {"Do you want"},                         // a control
	})
	none(t, CodeRequest, "For the record, please also know that a new gate code does not change the pen price. Only the barn and the pen change the price.")
	none(t, CodeCommitment, "The hay sheet is half built and I'm not sure I'll finish it by Friday.",
		"I'm not sure I'll send the lease by Friday. The barn is full.")
	spans(t, CodeCommitment, map[string][]string{
		"I'll send the lease by Friday. The barn is full.": {"I'll send the lease by Friday"}, // a control
	})
	none(t, CodeProposal, "Dana, could you pull a mini-book of the hay loads for the fair.",
		"The sale closes Friday. If there are any problems with the pens, give Dana a call. East barn $1.000 M.")
	spans(t, CodeProposal, map[string][]string{
		"We need to re-book the room for the hay fair.": {"We need to re-book"}, // a control: the verb
	})
}

func TestOwnedThingsNamedNumbersAndListedDays(t *testing.T) {
	none(t, CodeProposal, "Is there a spare barn key that we could have? The hay is in.")
	spans(t, CodeProposal, map[string][]string{
		"We could have the barn ready by Friday.": {"We could"}, // a control: an act follows
	})
	none(t, CodeFigure, "I noted the co-op's phone number as 4417 2093381 on the barn door.",
		"The hay tally is in Barn_2 and the feed tally in Barn_3.",
		"Dana spent seven years with a Fortune 100 company in Ohio.")
	none(t, CodeDateTime, "The London hay lawyer (Conrad Hale at 44-20-781-30418) handles it. The barn is full.")
	spans(t, CodeFigure, map[string][]string{
		"The lease runs for __5__ years from the handover of the barn.": {"5"}, // a control: a blank filled in
	})
	spans(t, CodeDateTime, map[string][]string{
		"I will be away on Tuesday, Wednesday and Friday, June 4, 5, and 7th. The barn is full.": {"Tuesday, Wednesday and Friday, June 4, 5, and 7th"},
	})
	spans(t, CodeRequest, map[string][]string{
		"Can we please move the hay tally onto the barn computer? The barn is full.": {"Can we"},
	})
	spans(t, CodeQuestion, map[string][]string{
		"Can we move the hay tally onto the barn computer? The barn is full.": {"Can we"}, // a control: no "please"
	})
}

func TestDocumentNamesHowItWorksAndPauses(t *testing.T) {
	none(t, CodeProposal, "Will Dana bring the signed Lease Schedule by Friday? The barn is full.",
		"Please see Part 2 of the Hay Schedule in particular. The barn is full.",
		"I will opt out of the barn plan. How does that work? What is my share of the hay?",
		"Let's see, we got a free lunch at the barn last night and hay again today.")
	spans(t, CodeProposal, map[string][]string{
		"Does Tuesday work for the barn call?":                          {"Does Tuesday work"},            // a control
		"Please send me your schedule for next week. The barn is full.": {"Please send me your schedule"}, // a control: no capital
		"Let's see the barn on Friday.":                                 {"Let's"},                        // a control: an act follows
	})
	spans(t, CodeQuestion, map[string][]string{
		"I will opt out of the barn plan. How does that work? What is my share of the hay?": {"How does that work?", "What is my share of the hay?"},
	})
}

func TestMeetingWishesStandingAndHeldNouns(t *testing.T) {
	spans(t, CodeProposal, map[string][]string{
		"Dana, I'd like to get together on Thursday morning to go over the hay contract.": {"I'd like to get together"},
		"I would like to sit down with you and Sam on Tuesday about the orchard lease.":   {"I would like to sit down"},
		"Can we get a slot on the 9th to walk the orchard?":                               {"Can we get a slot"}, // a control: "get" without "did"
	})
	none(t, CodeProposal, "Please fill in each part of the lease and its hay schedule by Friday.",
		"Did you get the invite for the co-op picnic on the 9th? Dana will bring 40 pies.",
		"Please check their schedule and fill in the hay totals for the 9th.")
	none(t, CodeNudgePhrase, "Their marital status on the lease was wrong, so I fixed it and the barn rent is now $400.",
		"When they have had a chance to read the plan, I think we should walk the orchard with Dana on Friday.")
	spans(t, CodeNudgePhrase, map[string][]string{
		"When you've had a chance to read the barn plan, let me know.": {"had a chance"},      // a control: the reader's chance
		"What's the status on the hay order?":                          {"What's the status"}, // a control
	})
	none(t, CodeQuestion, "Hi Dana, how's your day going? The barn roof is done and cost $400.")
	spans(t, CodeDateTime, map[string][]string{
		"The co-op can fix the press Wed, Thur, or Fri of next week.":   {"Wed, Thur, or Fri of next week"},
		"The hay rate is cut eff 11/1/2026 The 1st 400 bales go at $3.": {"11/1/2026"},
	})
	spans(t, CodeRequest, map[string][]string{
		"The co-op can fix the press Mon, Wed, or Fri of next week.\nPlease tell Dana which day suits you best.": {"Please tell"},
	})
	none(t, CodeCommitment, "I will not be in the office on Friday. Dana has the barn keys.",
		"Sadly I will not be able to attend the co-op meeting on May 9; Dana will bring the 40 bales.")
	spans(t, CodeCommitment, map[string][]string{
		"I will not sign the barn lease until May 9.": {"I will not"}, // a control; "not" is heldUntil's news, merged
	})
}

func TestSlashedDaysAndThingsToFind(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"I'll be at the barn on Tuesday/Wednesday to fix the press.": {"Tuesday/Wednesday"},
		"The hay rides leave at 5:15 & 6:45 tonight.":                {"5:15 & 6:45 tonight"},
		"The hay games are on Monday; the fair is on Friday.":        {"Monday", "Friday"}, // a control: two dates apart
	})
	none(t, CodeMaterial, "Could you please find out who signs the barn lease by Friday?",
		"Please find a way to move the 40 bales before the rain on Friday.")
	spans(t, CodeMaterial, map[string][]string{
		"Please find the revised barn lease attached.": {"Please find the revised barn lease attached"}, // a control
	})
	none(t, CodeQuestion, "Hi Dana! How is everyone? The barn roof is done and cost $400.")
}

func TestReAsidesSheetDatesAndReadings(t *testing.T) {
	// "re:" in mid-sentence means "about": the sentence, and the quote of
	// it, go on past it (a point of the writer's own until lr.240, news
	// since: "it is now $4 a bale" tells a figure's new value)
	quotes(t, CodeNews, map[string]string{
		"I spoke to Dana at the co-op re: the hay price, and it is now $4 a bale.": "re: the hay price",
		"Re: the barn. I spoke to Dana at the co-op, and hay is now $4 a bale.":    "hay is now $4 a bale", // a control: "Re:" opening the text
	})
	spans(t, CodeDateTime, map[string][]string{
		"The barn lease runs from 15-Jan-2027 to 4-Mar-28.": {"15-Jan-2027 to 4-Mar-28"},
		"I'm at the orchard Tuesday through Thursday.":      {"Tuesday through Thursday"},
	})
	none(t, CodeFigure, "The barn line is +44 7700900123 if you need Sam.")
	none(t, CodeProposal, "The press logs 10-minute data, so the barn report will take longer.")
	spans(t, CodeProposal, map[string][]string{
		"Could we do a 15-minute call on Friday about the barn?": {"Could we do a 15-minute call on"}, // a control
	})
}

func TestOwnedDaysListsAndLongConditions(t *testing.T) {
	// a short day's name in capitals after a possessive names a test, and
	// a weekday before "the" and an ordinal makes one date
	none(t, CodeDateTime, "Her SAT score came back at 1400 and the ag school took her.")
	none(t, CodeFigure, "The riding class set for Sunday the 14th moved because of the storm.")
	spans(t, CodeDateTime, map[string][]string{
		"The riding class set for Sunday the 14th moved because of the storm.": {"Sunday the 14th"},
		"Our Sat meeting at the barn moved to 9.":                              {"Sat"}, // a control
	})
	// "a schedule of fees" is a list; what crops "we can sell" is
	// embedded in the sentence
	none(t, CodeProposal,
		"Is there a schedule of fees for the barn lease?",
		"There is some confusion over what crops we can sell under the lease.")
	spans(t, CodeProposal, map[string][]string{
		"There is some confusion over what day we can load the hay.":    {"we can"}, // a control
		"I'd like fifteen minutes with you on Thursday about the silo.": {"I'd like fifteen minutes with you"},
	})
	// a scale two blanks after the amount is still the amount's
	spans(t, CodeFigure, map[string][]string{
		"The co-op is seeking $17  million for the new barn.": {"$17  million"},
	})
	// a longer condition before an instruction leaves it a request,
	// unless a closer makes it an offer
	spans(t, CodeRequest, map[string][]string{
		"If the barn lease suits you, please initial each page and mail it to Dana.": {"please initial"},
	})
	none(t, CodeRequest, "The barn lease is $400 a month. If anything in it puzzles you, please let me know.")
	// a question run together with a list before it is quoted from where
	// it asks; a lone "I" starts no such sentence
	quotes(t, CodeQuestion, map[string]string{
		"Here is the roster for the barn league.\nAnn Bell  Bo Cole  Cy Dunn  Di Egan  Ed Frey  Flo Gray  Gus Hale  Hal Ives  Ike Jay  Which night do the matches start?": "“…Which night do the matches start?”",
	})
	quotes(t, CodePoint, map[string]string{
		"The co-op has not sent the hay numbers for the barn presentation yet and the count is late but  I think we should price the bales today.": "“…yet and the count is late but I think we should price the bales today”",
	})
}

func TestCausesTrailingPleasesAndHardSteps(t *testing.T) {
	// a cause or a time before the instruction leaves it a request, and so
	// does a point of the writer's in the clause before it
	spans(t, CodeRequest, map[string][]string{
		"Since I will be off the farm Friday, please send the hay count to Dana.": {"please send"},
		"Because the co-op meets soon, please send the hay count by Friday.":      {"please send"},
		"Would you check the gate code for the barn please?":                      {"Would you check the gate code for the barn please?"},
	})
	// "do" and a subject asks without its mark; it instructs nothing
	none(t, CodeRequest, "gosh, do i OWE you a long phone call. the barn sale closed at $400.")
	// a step said to be hard, and the reader's advice asked for, propose
	// nothing
	none(t, CodeProposal,
		"Please go ahead with the barn walk, since the vet says it is a hard visit to schedule.",
		"Would you recommend keeping the barn open all winter?")
	spans(t, CodeProposal, map[string][]string{
		"Now we need to schedule the barn walk.":        {"we need to schedule"}, // a control
		"I recommend keeping the barn open all winter.": {"recommend"},           // a control
	})
	// "1." after a heading and two blanks numbers the list's first item;
	// after a month it is the day
	spans(t, CodeFigure, map[string][]string{
		"Barn Lease  1.\nIs the rent of $400 right for the barn?": {"$400"},
	})
	spans(t, CodeDateTime, map[string][]string{
		"Lee wants to know who rides to the fair on Friday, March  1.\nAre you and Sam coming along?": {"Friday, March  1"},
	})
}

func TestSignOffsMealsAndBareConditions(t *testing.T) {
	// a done word opening a sign-off is no news
	none(t, CodeNews, "The barn lease is attached and the rent is $400.\nSigned, Hayseed")
	spans(t, CodeNews, map[string][]string{
		"The co-op signed the barn lease for $400.": {"signed"}, // a control
	})
	// free for a meal proposes one
	spans(t, CodeProposal, map[string][]string{
		"I'm in town next week - could you two get free for dinner at the grange?": {"free for dinner"},
		"I suggest that the barn gets a new roof by May.":                          {"suggest"}, // a control
	})
	// what a record shows proposes nothing
	none(t, CodeProposal, "My notes suggest that the barn needs a new roof by May.")
	// "please" after a condition its comma left out leads off a request,
	// unless a closer makes it an offer
	spans(t, CodeRequest, map[string][]string{
		"When you have finished please return the hay file to me.":    {"please return"},
		"If the old bin sits empty please mark it in red.":            {"please mark"},
		"Please note the new gate code for the barn in your records.": {"Please note"}, // a control
	})
	none(t, CodeRequest,
		"The barn rent is $400. If you have any questions please call me.",
		"Please note this draft of the barn lease is for discussion only.")
}

func TestThanksToComeIfYouCouldAndMeetingLengths(t *testing.T) {
	// the writer's thanks to come ask for something of the reader
	spans(t, CodeRequest, map[string][]string{
		"I would appreciate your thoughts on the barn lease before the co-op meets.":         {"I would"},
		"In the meantime, we'd very much appreciate it if you could count the bales by May.": {"we'd very"},
	})
	none(t, CodeRequest, "I would appreciate the rain after such a dry summer on the farm.") // a control
	none(t, CodeProposal, "In the meantime, we'd very much appreciate it if you could count the bales by May.")
	// a sentence that opens on "if you could" asks
	spans(t, CodeRequest, map[string][]string{
		"If you could check the hay count or ring the broker about the missing bales.": {"If"},
	})
	none(t, CodeRequest, "If you could not come on Friday, the co-op will load the hay itself.") // a control
	// "really" after a modal tells how the writer feels, no step
	none(t, CodeProposal, "I could really sprain my back hauling those bales alone!")
	quotes(t, CodeProposal, map[string]string{
		"We could also load the hay on Friday if the truck is free.": "We could also load", // a control
	})
	// a meeting's length and a meeting wished for propose it
	quotes(t, CodeProposal, map[string]string{
		"Ruth, the orchard board wants a (30 minute) sit-down on hay prices.":          "30 minute",
		"The co-op's treasurer would like to have a budget meeting about the orchard.": "budget meeting",
	})
	none(t, CodeProposal, "The press logs 3,000 bale counts every= =20 minute, so the scale stays busy.")
}

func TestCallsToTalkIfYouWillAndCountryBooks(t *testing.T) {
	// a call asked for to talk something over proposes it, closer or not
	quotes(t, CodeProposal, map[string]string{
		"Rob: the co-op takes the orchard clause at $400 a row. Please call me at your convenience to discuss the gate fees.": "Please call me at your convenience",
		"The hay numbers are in. Please call me when you are ready to talk.":                                                  "when you are ready to talk",
	})
	// unless it offers the call
	none(t, CodeProposal,
		"The hay numbers are in. Call me if you want to talk.",
		"The barn lease is attached. Do not hesitate to call me to discuss any questions.",
		"If they call, tell them to talk to the co-op.")
	// "if you will" and "if you would" and a deed's verb ask
	spans(t, CodeRequest, map[string][]string{
		"If you will email me the gate code for the barn, the hay contract will be ready tomorrow.": {"If"},
		"If you would send the orchard map by Friday, the crew can mark the new rows.":              {"If"},
	})
	none(t, CodeRequest,
		"If you would like a copy of the hay lease, let me know.",
		"If you will be at the barn tomorrow I'll tell you how the mare is doing.")
	// a pronoun in a country's capitals describes a ledger
	none(t, CodeProposal, "The hay ledger now sits in a US book.")
	quotes(t, CodeProposal, map[string]string{
		"Can you book us a room at the grange for Friday?": "book us a room",
		"Could you let US book the grange hall?":           "let US book",
	})
}

func TestOpenDoorsAfterPleaseNoticesAndTalks(t *testing.T) {
	// an open door after "please" asks nothing, and nothing else of its
	// sentence is quoted
	none(t, CodeRequest, "The hay lease is attached. Please do not hesitate to contact me with your questions about it.")
	none(t, CodeRequest, "The barn lease must stay under the laws of the county.\nPlease let me know if you have any questions, or I can be of further  assistance.\n")
	spans(t, CodeRequest, map[string][]string{
		"Please review the barn lease and call me with any questions.": {"Please review"}, // a control
	})
	// "please note" and a comma give notice
	none(t, CodeRequest, "The orchard lease is set up under the co-op's name. PLEASE NOTE, HOWEVER, the gate fee stays with the grange.")
	// "that let us" tells of leave given, no step
	none(t, CodeProposal, "My old farm had a deal with the grange that let us buy feed cheap, so it may be worth a look.")
	quotes(t, CodeProposal, map[string]string{
		"Let us meet at the grange on Friday to settle the hay price.": "Let us meet", // a control
	})
	// a talk the writer wants, or "lets" without its apostrophe, proposes
	quotes(t, CodeProposal, map[string]string{
		"Is there a field where the co-op could plant more hay? Lets discuss.":              "Lets discuss",
		"I would like to discuss the orchard lease soon, as the grange votes on it in May.": "I would like to discuss",
	})
}

func TestFirstRequestPastCapSignOffsAndNotices(t *testing.T) {
	// the first request is quoted after three reasons of other kinds, and
	// only the first
	spans(t, CodeRequest, map[string][]string{
		"The north lot sold 120 bales on May 4, and 35 went to the co-op at $4 each. Please move the rest to the east barn before the rain. Please call Dana about the gate.": {"Please move"},
	})
	// sign-offs, cheer and notices ask nothing
	none(t, CodeRequest,
		"The hay count for the barn lease is up. Talk to ya later, Dana.",
		"The grange wants the orchard lease signed. Talk to you Monday.",
		"Keep your chin up about the orchard and the lost harvest.",
		"Wait until you see how big the new calf in the barn has grown.",
		"Please keep in mind that the orchard lease runs out in May.",
		"Please join me in welcoming Dana to the grange board.",
		"Have worked with Dana and the grange to fix the barn roof.",
		"Bill Haskins has asked what the grange owes for the hay.",
		"Bill of Sale for the tractor and the hay wagon from the grange.",
		"Could you imagine the county without the mill, now that the co-op sold it.",
		"Note that the co-op has sold the north barn to the grange.",
		"Please note a lease was sent to the grange in May for the orchard.",
		"The barn lease is attached for the grange.\nPlease let me know if I can be of further assistance.",
		"The orchard lease is attached for the co-op.\nPlease let me know if you need any additional information.",
	)
	none(t, CodeCommitment, "The hay count for the barn is done. I will talk to you tomorrow.")
	// controls: each of these asks
	spans(t, CodeRequest, map[string][]string{
		"Talk to the co-op about the hay price for the barn.":                         {"Talk"},
		"Please keep the gate to the orchard shut at night.":                          {"Please keep"},
		"Have Dana fix the barn roof before the rain.":                                {"Have"},
		"Bill the grange for the hay we hauled to the barn.":                          {"Bill"},
		"Could you send the mill count to the grange.":                                {"Could"},
		"Note that figure in the ledger for the north barn.":                          {"Note"},
		"Please send the barn lease to the grange and let me know when it is signed.": {"Please send"},
	})
}

func TestQuestionsAroundFiguresAndTroubleClosers(t *testing.T) {
	// a figure or a date inside a question no longer hides the question
	quotes(t, CodeQuestion, map[string]string{
		"Could you send the 40 bale count to Dana at the grange?": "Could you send the 40 bale count to Dana at the grange?",
		"Is there a 1998 tractor for sale at the co-op auction?":  "Is there a 1998 tractor for sale at the co-op auction?",
	})
	quotes(t, CodeRequest, map[string]string{
		"Would you please send me the orchard lease this week?": "Would you please send me the orchard lease this week?",
	})
	spans(t, CodeFigure, map[string][]string{
		"Could you send the 40 bale count to Dana at the grange?": {"40"},
	})
	// a proposal that the question holds still speaks for it alone
	spans(t, CodeProposal, map[string][]string{
		"Can we meet at the grange on Tuesday to go over the barn lease?": {"Can we meet"},
	})
	none(t, CodeQuestion, "Can we meet at the grange on Tuesday to go over the barn lease?")
	// trouble with what was sent, and the reader's questions, invite
	// questions: no request, no proposal
	none(t, CodeRequest, "The barn lease is attached for the grange. Please let me know if you have any difficulty opening the file.")
	none(t, CodeProposal, "The barn lease is attached for the grange. Please give me a call with your questions about the fees.")
}

func TestFirstCommitmentPastCapAndWaitsToSee(t *testing.T) {
	// the first commitment is quoted after three reasons of other kinds,
	// and only the first
	spans(t, CodeCommitment, map[string][]string{
		"The north lot sold 120 bales on May 4, and 35 went to the co-op. I will haul the rest to the east barn before the rain. I will call Dana about the gate.": {"I will"},
	})
	// a request already quoted keeps the one after the cap out
	spans(t, CodeRequest, map[string][]string{
		"Could you please send me the gate code for the barn? The north lot sold 120 bales on May 4, and 35 went to the co-op. Please move the rest to the east barn before the rain.": {"Could you please send me the gate code for the barn?"},
	})
	// "we'll see" waits to learn: no promise
	none(t, CodeCommitment,
		"The grange has not voted on the barn lease. We'll see.",
		"We will see if the co-op agrees to the hay price for the barn.",
		"We'll see how the orchard does after the frost.",
	)
	spans(t, CodeCommitment, map[string][]string{
		"I'll see Dana at the grange about the hay price.": {"I'll see"}, // a control
	})
}

func TestConditionsFirstNamedAsksTalliesAndMeals(t *testing.T) {
	// "should", "had" or "were" put first sets a condition, no question
	none(t, CodeQuestion,
		"Either way, should we miss the truck today, I will haul the hay to the barn myself.",
		"Should the co-op turn the lease down, the orchard hay goes to auction.",
	)
	spans(t, CodeCommitment, map[string][]string{
		"Either way, should we miss the truck today, I will haul the hay to the barn myself.": {"I will"},
	})
	quotes(t, CodeQuestion, map[string]string{ // controls: questions all the same
		"Should we ship the hay Monday, or should we wait for the rain?":        "Should we ship the hay Monday, or should we wait for the rain?",
		"The bales came in wet (should we count them as feed), please tell me.": "should we count them as feed",
	})
	// a name before "please", its comma left out, names the one asked;
	// "continue" instructs; time taken for a task is no filler
	spans(t, CodeRequest, map[string][]string{
		"Marta please file the ledger under the barn folder.":                 {"please file"},
		"Continue to log the hay bales in the barn book each week.":           {"Continue"},
		"Please take a few minutes and walk the north fence before the sale.": {"Please take"},
		"Attached please find the barn lease. The hay count is 40 bales.":     nil, // a control: an attachment word hands over
	})
	none(t, CodeFiller, "Please take a few minutes and walk the north fence before the sale.")
	quotes(t, CodeFiller, map[string]string{"Could you take a few minutes to chat this week?": "a few minutes"}) // a control
	// a vote's count, a meal's hour, a numbered street
	spans(t, CodeFigure, map[string][]string{
		"The barn measure lost 3-2 on Tuesday.":                      {"3-2"},
		"Send the signed lease to 555 17th St. in Denver by Friday.": nil,
		"We sold 555 17th century chairs at the grange auction.":     {"555", "17th"}, // a control
	})
	spans(t, CodeDateTime, map[string][]string{
		"The barn measure lost 3-2 on Tuesday.":                  {"Tuesday"},
		"We meet on 3-2 at the barn to sign the lease.":          {"3-2"}, // a control
		"We sign the lease over supper at 6 in the grange hall.": {"6"},
	})
	// small talk asks nothing of substance; a well-wish is a courtesy
	none(t, CodeQuestion, "Did you have a nice trip? The hay count is 40 bales.")
	quotes(t, CodeFiller, map[string]string{"Did you have a nice trip? The hay count is 40 bales.": "Did you have a nice"})
	spans(t, CodeCourtesy, map[string][]string{"Congrats on the new barn. You'll do great.": {"Congrats", "You'll do great"}})
	none(t, CodePoint, "Congrats on the new barn. You'll do great.")
	// a company's short form before a short aside ends no sentence
	quotes(t, CodeQuestion, map[string]string{
		"To whom should Hale Freight Corp. (HFC) send the lease for the barn?": "To whom should Hale Freight Corp. (HFC) send the lease for the barn?",
	})
}

func TestBracketedRelativesBookEntriesCodesAndNeeds(t *testing.T) {
	// a relative clause in brackets asks nothing
	none(t, CodeQuestion, "The barn needs 4 stalls (which one of the sheds can hold) and a trough (which it already has).")
	quotes(t, CodeQuestion, map[string]string{"We need a new barn (which one do you like?) before the sale.": "which one do you like?"}) // a control
	// "book" with what the books record is an entry, not a meeting
	none(t, CodeProposal, "The clerk needs the ledger to book the hay sales on the orchard account.")
	quotes(t, CodeProposal, map[string]string{"Can you book the grange hall for Tuesday?": "Can you book the grange hall for Tuesday?"}) // a control
	// "will" and an adverb before a need, an absence or a remark: no promise
	none(t, CodeCommitment,
		"We will still need a full count of the barn hay.",
		"I will also need the gate code for the north barn.",
		"I'll probably be out Friday at the grange auction.",
	)
	spans(t, CodeCommitment, map[string][]string{"I will also send the barn lease to the co-op.": {"I will"}}) // a control
	// one capital before a number names a zone or a part; a leading zero
	// and one capital glued after name one too
	none(t, CodeFigure,
		"The co-op ships the hay from depot K7 to the grange.",
		"The crew keeps its M8 bolts in the north barn.",
		"Plates 052K and 046K go to the barn crew.",
	)
	spans(t, CodeFigure, map[string][]string{"We need 2 meters of rope for the barn.": {"2 meters"}}) // a control
	// a range of hours joined by "to"
	spans(t, CodeDateTime, map[string][]string{"The grange hall is yours on Monday mornings, 8 to 9:45 a.m., all season.": {"Monday", "8 to 9:45 a.m."}})
	spans(t, CodeFigure, map[string][]string{"The co-op grew from 9 to 10 barns this year.": {"9 to 10"}}) // a control
}

func TestPoliteAsksNoticesCapsLabelsAndEagerness(t *testing.T) {
	// a request in the shape of a question stays one: a phrase in it
	// ("sent") does not make it a question, and "would you mind" asks
	quotes(t, CodeRequest, map[string]string{
		"Will you please make sure the lease is sent to Dana with the barn count?": "Will you please make sure",
		"Would you mind faxing the barn lease to me?":                              "Would you mind faxing",
		"Marta has the flu, so would you mind mailing the orchard ledger?":         "would you mind mailing",
	})
	none(t, CodeQuestion,
		"Will you please make sure the lease is sent to Dana with the barn count?",
		"Would you mind faxing the barn lease to me?",
	)
	quotes(t, CodeQuestion, map[string]string{"Would you mind if I came by the barn Friday?": "Would you mind if I came by"}) // a control: leave asked
	// eager to meet a third party: no nudge, and the request counts
	quotes(t, CodeRequest, map[string]string{
		"Could you please ask Marta for the hay counts, since we are anxious to meet the buyers soon.": "Could you please ask Marta",
	})
	none(t, CodeNudgePhrase, "Could you please ask Marta for the hay counts, since we are anxious to meet the buyers soon.")
	quotes(t, CodeNudgePhrase, map[string]string{"We are anxious to meet your team about the barn lease.": "anxious to"}) // a control
	// "Note" and a clause gives notice; "Note" and a thing instructs
	none(t, CodeRequest, "Note the barn gate code is new.")
	quotes(t, CodeRequest, map[string]string{"Note the figure in the ledger.": "Note the figure"}) // a control
	// a label in capitals asks nothing; shouting still does
	none(t, CodeRequest, "Here is the position. BOOK ID BARN ID COUNT ORCHARD-WEST 4471 -12.5 bales")
	quotes(t, CodeRequest, map[string]string{ // controls
		"Here is the count. DO NOT UNLOCK THE GATE before the sale.": "DO NOT UNLOCK THE GATE",
		"Here is the count. FIX NAME!":                               "FIX NAME!",
	})
}

func TestWhyDontWeForecastsAndMisspeltDays(t *testing.T) {
	// "why don't we" puts a step to the reader
	quotes(t, CodeProposal, map[string]string{
		"Why don't we meet at the barn on Friday at 9:00?":       "Why don't we meet at the barn",
		"The sale opens at 6:45. Why dont we drive up together?": "Why dont we drive up together",
	})
	quotes(t, CodeQuestion, map[string]string{"Why don't the bales fit in the 20 foot loft?": "Why don't the bales fit"}) // a control: no "we"
	// a forecast or a guess after "we can" or "I could" is no step
	none(t, CodeProposal,
		"If it rains, we can expect 3 inches of mud at the barn by Friday.",
		"I could imagine the grange selling the 40 acres next spring.",
	)
	quotes(t, CodeProposal, map[string]string{"If it rains, we can move the 40 bales to the loft Friday.": "we can move the 40 bales"}) // a control
	// a day misspelt is still the day
	quotes(t, CodeDateTime, map[string]string{
		"I will haul the 40 bales tommorrow.":             "tommorrow",
		"Dana will count the 12 stalls tonite.":           "tonite",
		"The grange votes on the 3 leases tommorow noon.": "tommorow",
	})
}

func TestWantYouToHopesGuessesAndBills(t *testing.T) {
	// the writer's wish that the reader do something asks for it
	quotes(t, CodeRequest, map[string]string{
		"Hal, I want you to count the 40 bales in the loft.":        "I want you to count",
		"Hal, I'd like you to count the 40 bales in the loft.":      "I'd like you to count",
		"Hal, we would like you to sign the 3 grange leases.":       "we would like you to sign",
		"Hal, I want to ask you to weigh the 40 bales in the loft.": "I want to ask you to weigh",
	})
	none(t, CodeRequest, "I want you to know that the 40 bales are in the loft.", "I want you to be aware that 40 bales are missing.") // controls: told
	// a hope or a guess after "I will" promises nothing
	none(t, CodeCommitment,
		"I'm at the grange for 5 days. Hopefully, I'll make the hay sale then.",
		"I hope that we will haul the 40 bales by Friday.",
		"I will assume that the 40 bales are in the loft until Dana counts them.",
	)
	quotes(t, CodeCommitment, map[string]string{"We will haul the 40 bales by Friday.": "We will haul the 40 bales"}) // a control
	// "why don't you" suggests a step, unless a state verb follows
	quotes(t, CodeProposal, map[string]string{"Why don't you weigh the 40 bales in the loft.": "Why don't you weigh"})
	none(t, CodeProposal, "Why don't you have a key to the 40 stall barn?")
	// advice someone else gives is reported, no step of the writer's
	none(t, CodeProposal, "The feed store that you and Marta recommend is 40 miles away.")
	quotes(t, CodeProposal, map[string]string{"Based on the count I'd recommend 40 more bales.": "I'd recommend 40 more bales"}) // a control
	// "Bill" and a word other than a determiner or a pronoun names him
	none(t, CodeRequest, "Bill actually sold the 40 bales last week.", "Bill understands the 40 bale risk.")
	quotes(t, CodeRequest, map[string]string{"Bill them for the 40 bales.": "Bill them for the 40 bales"}) // a control
}

func TestTimingCourtesiesAndListedSteps(t *testing.T) {
	// a courtesy about timing after a step sets when it is taken, and
	// leaves the step standing
	quotes(t, CodeCommitment, map[string]string{
		"Please read the hay tally. I'll show you the new figures on Friday or whenever you have an hour.": "I'll show you the new figures",
	})
	quotes(t, CodeRequest, map[string]string{
		"Please sweep the loft and stack the 40 bales at your convenience.":       "Please sweep the loft",
		"Hal, please send the 3 barn leases to Dana whenever you get the chance.": "please send the 3 barn leases",
	})
	// controls: opening its sentence, or after a closer, it still wishes
	// for the reader's time
	for _, text := range []string{"Please call Hal at your convenience.", "Let me know whenever you get the chance.", "Whenever you have an hour, let's catch up."} {
		if r := Classify(Input{Text: text}); r.Label != model.TouchingBase || len(quoted(text, r, CodeFiller)) == 0 {
			t.Errorf("%q: %s %d %+v, want touching base with a filler", text, r.Label, r.Score, r.Reasons)
		}
	}
	// a list item's number does not hide the step it opens
	spans(t, CodeRequest, map[string][]string{
		"Chores for the grange: 1) Please send Hal a key to the hay barn. 2) Sign the barn lease before the sale.": {"Please send", "Sign"},
		"Chores for the grange:\n(1) Send Dana the hay tally\n(2) Sign the barn lease before the sale":             {"Send", "Sign"},
	})
	// controls: options run into a clause, and a date's closing digits
	none(t, CodeRequest, "The mill would 1) send the price and 2) sign the barn lease.", "Per the lease of 4/12/03) Sign the barn lease before the sale.")
}

func TestIAmStatesAsImDoes(t *testing.T) {
	// "I am" and "we are" state as "I'm" and "we're" do
	quotes(t, CodePoint, map[string]string{
		"Hal, I am weighing the 40 bales in the loft today.":   "I am weighing the 40 bales",
		"We are hauling the 40 bales to the grange on Friday.": "We are hauling the 40 bales",
		"Hal, I'm weighing the 40 bales in the loft today.":    "I'm weighing the 40 bales", // a control
	})
	// a commitment that opens a clause after a point in its sentence is
	// what the sentence is for; after other words it tells a consequence
	quotes(t, CodeCommitment, map[string]string{
		"I'm not sure of the count, but I will weigh the bales on Friday.": "but I will weigh the bales",
		"I'm sure the count is right, and I'll haul the bales Friday.":     "and I'll haul the bales",
		"I will weigh the bales on Friday.":                                "I will weigh the bales", // a control
	})
	none(t, CodeCommitment, "I'm sure the count is right or we'll be short of hay.")
	// "trouble you again" nudges as "bother you again" does, and an
	// apology for the trouble is a pleasantry, no report
	quotes(t, CodeNudgePhrase, map[string]string{
		"Sorry to trouble you again about the barn lease.": "Sorry to trouble you again",
		"Sorry to bother you again about the barn lease.":  "Sorry to bother you again",
	})
	quotes(t, CodeFiller, map[string]string{"I am sorry to trouble you, and I await your answer on the barn lease.": "sorry to trouble you"})
	none(t, CodePoint, "I am sorry to trouble you, and I await your answer on the barn lease.")
	quotes(t, CodeNews, map[string]string{
		"I am sorry to bother you, but the barn lease lists 40 bales where we agreed on 60.": "the barn lease lists 40 bales", // a control
	})
}

func TestShortPoliteInstructions(t *testing.T) {
	// a one-line instruction put as a polite question is a request, as
	// its plain form is: its question mark asks for no news
	quotes(t, CodeRequest, map[string]string{
		"Hal: Could you please sign the lease?":    "Could you please sign the lease?",
		"Could you please review the lease?":       "Could you please review the lease?",
		"Would you please send Ann the hay tally?": "Would you please send Ann the hay tally?",
		"Hal: Please sign the lease.":              "Please sign the lease", // a control
	})
}

func TestHopingToIsAPlan(t *testing.T) {
	// "I hope to" and a step is the writer's plan, which its sentence
	// says; a hope for the reader's well-being or to meet again is a
	// pleasantry
	quotes(t, CodePoint, map[string]string{
		"Hal: I hope to finish the hay tally for the grange.": "I hope to finish the hay tally",
	})
	none(t, CodeFiller, "Hal: I hope to finish the hay tally for the grange.", "I hope to send the barn lease today.")
	quotes(t, CodeFiller, map[string]string{
		"Hal: I hope you are well.":    "I hope", // controls
		"Hal: I hope to see you soon.": "I hope",
	})
}

func TestTitlesAreNoRequests(t *testing.T) {
	// a verb in title case that heads a title, up to a colon, a list
	// item's number or, three capitalized words or more, the line's
	// end, names a topic and asks nothing
	none(t, CodeRequest,
		"Ann: notes on the barn lease.\nDraft Note from Dana Hale:  Dana sets the rent at forty dollars.",
		"Ann: the grange agenda.\n1. Review Moisture Readings of the North Loft.\n2. The bales are dry and 40 are in the loft.",
		"Ann: the barn papers are ready.\nCheck Loft Temperatures:  Each bale ticket now carries the grange stamp.",
		"Ann: my notes on the barn papers:  Draft Barn Lease 1.\nThe rent is set at $400 a month.",
		"Ann: the barn papers.\nDraft O&M Plan for the Grange:  The loft is swept weekly and the bales are turned.",
	)
	quotes(t, CodeRequest, map[string]string{
		"Ann: Call Hal Jones about the barn.":     "Call Hal Jones", // controls
		"Ann,\nCall Hal Monday.\nThe hay is dry.": "Call Hal Monday",
		"Ann: DO NOT SELL THE HAY.":               "DO NOT SELL THE HAY",
	})
}

func TestAskingWhoDoesTheWorkMovesTheDecision(t *testing.T) {
	// asking who does or decides the work finds the reader's decision
	// maker: a question that moves the decision, whatever check-in
	// language comes with it
	movesDecision(t, map[string]string{
		"Hi Dana, following up on my last note. Who on your team handles the grain contract?":                                  "Who on your team handles the grain contract?",
		"Hal, I left a voice mail for you on the lease. Would you tell me who the best person is to weigh the bales for Dana?": "Would you tell me who the best person is",
		"Just checking in. Are you the right person to talk to about the loft lease?":                                          "Are you the right person to talk to",
		"Just checking in. Who makes the final decision on the hay bid?":                                                       "Who makes the final decision",
		"Just checking in. Who's the decision maker for the feed pilot?":                                                       "Who's the decision maker", // no pilot proposed
	})
	// controls: a relative "who" after a noun, or an item of a list
	// after a comma, asks nothing, and makes no proposal of a noun
	// beside it
	none(t, CodeQuestion,
		"I spoke with the vet who handles the herd, and the barn is clean.",
		"Agenda: the schedule for the auction, who owns the mill, and the feed budget.")
	none(t, CodeProposal, "Agenda: the schedule for the auction, who owns the mill, and the feed budget.")
}

func TestWishesForHelpAreRequests(t *testing.T) {
	// "it would be great if you could…" asks the reader for a step, as
	// "I'd appreciate it if you could…" does
	quotes(t, CodeRequest, map[string]string{
		"Hal, it would be great if you could haul the bales to the north barn.":            "it would be great if you could haul the bales",
		"Also, it'd be very helpful if someone could weigh the bales in the west loft.":    "it'd be very helpful if someone could weigh",
		"Hal, the lease is ready. It would be nice if it could be signed before the fair.": "It would be nice if it could be signed",
	})
	// controls: a wish about someone else, and a condition the reader
	// may meet, ask nothing of the reader
	none(t, CodeRequest,
		"It would be nice if Dana had a barn of her own by the spring fair.",
		"It would be great if you would like to visit the barn at the spring fair.")
}

func TestQuestionsAboutTheDecisionMoveIt(t *testing.T) {
	// what stands between the reader and a decision, and how they will
	// make it, move the decision, after a check-in too
	want := map[string]string{}
	for _, q := range []string{
		"What would you need to see to move ahead with the lease?",
		"What's standing in the way of signing the lease?",
		"What concerns do you still have about the hay contract?",
		"What does your approval process look like for a barn lease?",
		"How will you evaluate the two hay bids?",
		"What do you need from us to get the lease signed?",
	} {
		want["Hi Dana, just checking in on the barn. "+q] = q
	}
	movesDecision(t, want)
	// controls: a statement that opens like one asks nothing, and a
	// question when they will decide asks where things stand
	none(t, CodeQuestion, "What concerns me is the price of the hay this fall.")
	if r := Classify(Input{Text: "Hi Dana, just checking in on the barn. When do you expect to decide?"}); r.Label != model.TouchingBase {
		t.Errorf("asking when they will decide: %s %d, want touching_base", r.Label, r.Score)
	}
}

// movesDecision checks that each text is substantive, with a reason that
// quotes it as a question moving the decision from the words given on.
func movesDecision(t *testing.T, want map[string]string) {
	t.Helper()
	for text, q := range want {
		r := Classify(Input{Text: text})
		if r.Label != model.Substantive || !slices.ContainsFunc(r.Reasons, func(x model.Reason) bool {
			return strings.HasPrefix(x.Text, "A question that moves the decision: \u201c"+q)
		}) {
			t.Errorf("%q: %s %d %+v, want substantive, quoting %q as moving the decision", text, r.Label, r.Score, r.Reasons, q)
		}
	}
}

// floored checks that Classify labels each text of want substantive,
// quoting the value want gives it under code, and each of controls
// touching base.
func floored(t *testing.T, code string, want map[string]string, controls ...string) {
	t.Helper()
	quotes(t, code, want)
	labeled(t, model.Substantive, slices.Collect(maps.Keys(want))...)
	labeled(t, model.TouchingBase, controls...)
}

// labeled checks that Classify labels each text as want.
func labeled(t *testing.T, want model.Label, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if r := Classify(Input{Text: text}); r.Label != want {
			t.Errorf("%q: %s %d %+v, want %s", text, r.Label, r.Score, r.Reasons, want)
		}
	}
}

// TestFinishedStepsAreNews: a step taken on either side (joined, renewed,
// refunded, rescheduled, issued…) is news, as "approved" is. Before lr.157
// "I joined the grange co-op on Monday" before an offer of more help
// scored 45, touching base, and each quote below was a bare point or none.
func TestFinishedStepsAreNews(t *testing.T) {
	text := "Rosa, I joined the grange co-op on Monday. Happy to help with anything else."
	if r := Classify(Input{Text: text}); r.Label != model.Substantive {
		t.Errorf("%q: %s %d, want substantive", text, r.Label, r.Score)
	}
	quotes(t, CodeNews, map[string]string{
		text: "I joined the grange co-op on Monday",
		"Quick note: the feed mill refunded the duplicate charge this morning.": "the feed mill refunded the duplicate charge",
		"The barn inspection got postponed to next spring.":                     "The barn inspection got postponed",
		"Dana rescheduled the barn walk-through for Thursday at 10.":            "Dana rescheduled the barn walk-through",
		"The county issued the barn permit this afternoon.":                     "The county issued the barn permit",
	})
	// controls: asked about, denied, or naming the thing, a step is no news
	none(t, CodeNews,
		"Has the hay contract been renewed yet?",
		"We haven't renewed the hay contract yet.",
		"Just checking in on the renewed hay contract.")
}

// TestNameGreetingIsNotQuoted: a name and a comma opening the email greet
// the reader as "Hi Rosa," does, and a reason quoting the first sentence
// starts after them, as does a question after "Hi Hal,". Before lr.158
// the quotes below began with the greeting.
// A word that opens a sentence for itself ("Yes,", "Unfortunately,") is
// no greeting and stays in the quote.
func TestNameGreetingIsNotQuoted(t *testing.T) {
	for text, want := range map[string]string{
		"Rosa, please send the signed hay contract.":                  "please send the signed hay contract",
		"Hal, could you haul the bales to the north barn today?":      "could you haul the bales to the north barn today?",
		"Hi Hal, what size bales does the north barn take?":           "what size bales does the north barn take?",
		"Rosa, the hay contract is signed and the barn is ours.":      "the hay contract is signed and the barn is ours",
		"Unfortunately, the hay contract was cancelled by the co-op.": "Unfortunately, the hay contract was cancelled by the co-op",
		"Yes, the hay contract is signed.":                            "Yes, the hay contract is signed",
	} {
		r := Classify(Input{Text: text})
		if !slices.ContainsFunc(r.Reasons, func(x model.Reason) bool { return strings.HasSuffix(x.Text, "\u201c"+want+"\u201d") }) {
			t.Errorf("%q: reasons %+v, want one quoting %q", text, r.Reasons, want)
		}
	}
}

// TestAskingForANamedThingIsARequest: "can you send me" and the like with
// a thing named after them ask the reader to hand it over, as "Could you
// please send…" does (asksForThing). Before lr.159 they read as bare
// questions, and "Could you email me the grange's vendor form?" scored
// 49, touching base.
func TestAskingForANamedThingIsARequest(t *testing.T) {
	text := "Could you email me the grange's vendor form?"
	if r := Classify(Input{Text: text}); r.Label != model.Substantive {
		t.Errorf("%q: %s %d, want substantive", text, r.Label, r.Score)
	}
	quotes(t, CodeRequest, map[string]string{
		text: text,
		"Dana, could you forward the feed invoice to the co-op?":                  "could you forward the feed invoice to the co-op?",
		"Hi Dana, can you send me the security questionnaire for the barn lease?": "can you send me the security questionnaire for the barn lease?",
	})
	// controls: news, a view, or a thing left unnamed is no request
	none(t, CodeRequest,
		"Can you send me an update on the barn?",
		"Can you send them over?",
		"Could you send your thoughts on the barn lease?")
}

// TestAskingForWorkOnANamedThingIsARequest: "can you" and the like with
// a verb of work (workVerbs) and a thing named after it ask the reader to
// do that work, as asking to hand a thing over does (asksForThing), and so
// does asking for help with one. Before lr.204 they read as bare
// questions, and "Rosa, could you review the lease?" scored 45, touching
// base, with "nothing new for the reader".
func TestAskingForWorkOnANamedThingIsARequest(t *testing.T) {
	for _, text := range []string{"Rosa, could you review the lease?", "Rosa, can you help us find a buyer for the hay?"} {
		if r := Classify(Input{Text: text}); r.Label != model.Substantive {
			t.Errorf("%q: %s %d, want substantive", text, r.Label, r.Score)
		}
	}
	quotes(t, CodeRequest, map[string]string{
		"Rosa, could you review the lease?":                        "could you review the lease?",
		"Rosa, can you help us find a buyer for the hay?":          "can you help us find a buyer for the hay?",
		"Rosa, would you help me with the grange lease this week?": "would you help me with the grange lease this week?",
		"Rosa, can you set up the barn tour with Dana?":            "can you set up the barn tour with Dana?",
		"Dana, could you fill out the grange vendor form?":         "could you fill out the grange vendor form?",
		// lr.206: more verbs of work
		"Can someone generate the hay invoice for the grange?":      "Can someone generate the hay invoice for the grange?",
		"Dana, could you write a summary of the barn roof repairs?": "could you write a summary of the barn roof repairs?",
	})
	// controls: a verb that asks for news as often as for work, or no
	// thing named, is no request
	none(t, CodeRequest,
		"Rosa, could you review it before Friday?",
		"Rosa, can you check the status of the barn lease?",
		"Rosa, can you confirm the lease terms by Friday?",
		"Rosa, can you help me before Friday?")
}

// TestAskAfterANameMidEmailIsARequest: a polite ask for work on a named
// thing is a request when it greets the one asked by name in the middle
// of an email, as it is when the email opens on it (asksForThing reads
// past the name, pastAddress). Before lr.207 asksForThing read the comma
// where the verb is, and the ask was quoted as a question.
func TestAskAfterANameMidEmailIsARequest(t *testing.T) {
	quotes(t, CodeRequest, map[string]string{
		"Thanks for the barn tour, it went well. Hal, can you review the grange lease? Dana will bring the hay.": "can you review the grange lease?",
		"The hay came in Monday. Rosa: could you send me the grange invoice?":                                    "could you send me the grange invoice?",
		"The hay came in Monday. Rosa, could you send me the grange invoice?":                                    "could you send me the grange invoice?",
	})
	// control: no thing named, no request
	none(t, CodeRequest, "The hay came in Monday. Rosa, could you review it before Friday?")
}

// TestAskingToHaveAThingIsARequest: "could I have", "may I have", "can we
// get" and a thing named ask for the thing (asksToHave) as "could you send
// me" does. Before lr.208 they were quoted as bare questions, or not at
// all. Offers, looking back and going somewhere ask for nothing.
func TestAskingToHaveAThingIsARequest(t *testing.T) {
	quotes(t, CodeRequest, map[string]string{
		"Rosa, could I have the grange minutes from March?":                               "could I have the grange minutes from March?",
		"The hay came in Monday. May I please have the bale tally?":                       "May I please have the bale tally?",
		"Dana, can we get the signed barn lease back by Friday?":                          "can we get the signed barn lease back by Friday?",
		"The hay came in Monday. If it is there, could I borrow the feed bill for a day?": "If it is there, could I borrow the feed bill for a day?",
	})
	none(t, CodeRequest,
		"Rosa, can I get you a coffee when you come by the barn?",
		"Rosa, can we get together at the grange on Friday?",
		"Rosa, could I have sent the hay tally sooner?")
	// a request its sentence quotes as a proposal leaves room for the
	// email's other request: "Let's…" is still said
	quotes(t, CodeRequest, map[string]string{
		"Overall the draft is good. Let's not mention the barn roof at all. The grange says we moved the hay. Please rework. Can we get a revised lease Tuesday and have a call Wednesday at 10?": "Let's not mention the barn roof at all",
	})
}

// TestNeedingAThingIsARequest: "I need" or "we will need" and a thing
// named, opening the sentence or after a short clause and a comma, asks
// the reader for it (needsThing). Before lr.209 it was quoted as a point
// of the writer's own, and a dated talk before it ("As we discussed
// Monday, I need…") still pointed back, as it no longer does before a
// request.
func TestNeedingAThingIsARequest(t *testing.T) {
	quotes(t, CodeRequest, map[string]string{
		"Rosa, I need access to the grange ledger.":                          "I need access to the grange ledger",
		"The hay came in. We will need the signed barn lease by Friday.":     "We will need the signed barn lease by Friday",
		"As we discussed Monday, I need the bale counts for the grange.":     "As we discussed Monday, I need the bale counts for the grange",
		"The hay came in. In addition, we need your signature on the lease.": "In addition, we need your signature on the lease",
	})
	none(t, CodeRequest,
		"Rosa, I need to leave the barn early on Friday.",
		"Rosa, we need more time.",
		"Rosa, I think we need a second roofer for the grange.")
	none(t, CodePastRef, "As we discussed Monday, I need the bale counts for the grange.")
}

// TestCountOfTalkingPointsIsNoFigure: a digit before "things",
// "questions", "points" and the like counts what the writer is about to
// say or ask, not a figure for the reader (countsRemarks). Before lr.205
// "there are 2 things to settle on the lease" was quoted as "New figure: 2".
func TestCountOfTalkingPointsIsNoFigure(t *testing.T) {
	none(t, CodeFigure,
		"Rosa, there are 2 things to settle on the barn lease before Friday.",
		"Rosa, I have 3 questions about the grange lease. Who pays for the roof?",
		"Rosa, just 1 small point: the grange wants the roof fixed before the hay comes in.",
		"Dana had 2 more comments on the feed contract, both about the delivery dates.")
	// controls: things counted, two digits, and points that move are figures
	quotes(t, CodeFigure, map[string]string{
		"Rosa, we lost 2 points of margin on the hay this month.":  "2",
		"Rosa, the grange sent 3 trucks of hay to the north barn.": "3 trucks",
		"Rosa, the inspector had 12 questions about the barn.":     "12",
		"Rosa, the grange fair gives 1 point for each bale sold.":  "1",
	})
}

// TestSmallTalkInEveryLanguageIsNoQuestion: asking how the reader is, in
// any language review reads, is a pleasantry (smallTalk), not a specific
// question, however short ("come va?", "¿qué tal?"). Before lr.160 these
// were quoted as specific questions above the email's real content, and
// the Dutch "nieuws?" (English "any news?") read as one too.
func TestSmallTalkInEveryLanguageIsNoQuestion(t *testing.T) {
	none(t, CodeQuestion,
		"Ciao Marco, come va? Il fieno per la stalla nord costa 3.200 euro, consegna entro il 9 aprile.",
		"Olá Ana, como estão as coisas? O feno para o celeiro norte custa 3.200 euros, entrega até 9 de abril.",
		"Olá Ana, como está? O feno para o celeiro norte custa 3.200 euros, entrega até 9 de abril.",
		"Hola Lucía, ¿qué tal? El heno para el granero norte cuesta 3.200 euros, entrega antes del 9 de abril.",
		"Hallo Jens, alles gut? Das Heu für die Nordscheune kostet 3.200 Euro, Lieferung bis 9. April.",
		"Hallo Jens, was gibt's Neues? Das Heu für die Nordscheune kostet 3.200 Euro, Lieferung bis 9. April.")
	// said alone, each is named as the pleasantry it is
	quotes(t, CodeFiller, map[string]string{
		"Ciao Marco, come va? A presto":             "come va?",
		"Ciao Marco, come va tutto? A presto":       "come va tutto",
		"Olá Ana, como estão as coisas? Abraço":     "como estão as coisas",
		"Olá Ana, como está? Abraço":                "como está?",
		"Hola Lucía, ¿qué tal? Saludos":             "qué tal?",
		"Hallo Jens, alles gut? Viele Grüße":        "alles gut?",
		"Hallo Jens, was gibt's Neues? Viele Grüße": "was gibt's Neues",
	})
	// a bare "nieuws?" asks after news, as "any news?" does: a nudge
	quotes(t, CodeNudgePhrase, map[string]string{"Hoi Sanne, nieuws? Groet, Piet": "nieuws?"})
	// controls: a question about the work stays a specific question
	quotes(t, CodeQuestion, map[string]string{
		"Ciao Marco, come va la consegna del fieno alla stalla nord? Il prezzo è 3.200 euro.": "come va la consegna del fieno alla stalla nord?",
		"Hola Lucía, ¿qué tal el heno de la última entrega? Cuesta 3.200 euros.":              "qué tal el heno de la última entrega?",
	})
}

// TestShortWordBeforeTheThingNamesIt: asksForThing reads the thing asked
// for from a short word that leads a content word ("the hay tally", "the
// PO number", "the new barn lease"), as it reads "the security
// questionnaire". Before lr.161 these were bare questions, since the
// first word had fewer than four letters.
func TestShortWordBeforeTheThingNamesIt(t *testing.T) {
	quotes(t, CodeRequest, map[string]string{
		"Could you send me the hay tally before Friday?":               "Could you send me the hay tally before Friday?",
		"Could you fax me the new barn lease?":                         "Could you fax me the new barn lease?",
		"Hi Dana, could you send me the PO number for the feed order?": "could you send me the PO number for the feed order?",
	})
	// controls: a preposition or a pronoun leads no thing, and news or a
	// view is no thing to hand over
	none(t, CodeRequest,
		"Can you get back to me by Friday?",
		"Can you send it by Friday?",
		"Could you send any new thoughts on the barn lease?")
}

// TestStepToComeAfterOrBeforeIsNoNews: a step put in the present after
// "after" or "before" is still to come, a condition for what follows, as
// it is after "once" or "until": "before the gate code is issued", "after
// the barn lease has been filed", "before the hay permit expires". Before
// lr.162 each of these was quoted as news. In the past the step reports.
func TestStepToComeAfterOrBeforeIsNoNews(t *testing.T) {
	none(t, CodeNews,
		"Before the gate code is issued, nobody can enter the north barn. The key is 40 dollars.",
		"Rosa will review the hay schedule after the barn lease has been filed with the county.",
		"The bale counts are due before the hay permit expires on 5/2.",
		"Rosa hauls the bales after the co-op has finalized the barn inspection.",
		"Dana wants to read the hay contract before it's signed, and she is away this week.")
	// controls: the past reports, and "and" ends the time clause
	quotes(t, CodeNews, map[string]string{
		"Rosa phoned after the barn lease was filed on Monday.": "Rosa phoned after the barn lease was filed on Monday",
		"Rosa called before we finalized the hay contract.":     "Rosa called before we finalized the hay contract",
		"We met after lunch and it is signed.":                  "We met after lunch and it is signed",
	})
}

// TestWhatTheWorkNeedsMovesTheDecision: asking how many or how much the
// work needs, or who will do it, hands the reader a step, as "which
// option" does, so a nudge before it no longer makes the email touching
// base. Before lr.163 each email below scored 24 to 33. Asking how much
// longer the reader takes asks after news, and "how much" in a statement
// of feeling asks nothing.
func TestWhatTheWorkNeedsMovesTheDecision(t *testing.T) {
	for _, text := range []string{
		"Rosa, just checking in. How many bales does the north barn need for December?",
		"Rosa, just following up. Who will haul the hay to the north gate?",
		"Rosa, I left you a voicemail. How much straw can the co-op take in June?",
	} {
		r := Classify(Input{Text: text})
		if r.Label != model.Substantive || !slices.ContainsFunc(r.Reasons, func(x model.Reason) bool {
			return x.Code == CodeQuestion && strings.HasPrefix(x.Text, "A question that moves the decision")
		}) {
			t.Errorf("%q: %s %d %+v, want substantive with a question that moves the decision", text, r.Label, r.Score, r.Reasons)
		}
	}
	// controls: how long the reader still takes is a status question
	labeled(t, model.TouchingBase,
		"Rosa, just checking in. How much longer will the barn lease review take?",
		"Rosa, just checking in. How many more days do you need for the barn lease?")
	// beside other content a status question is a plain question
	quotes(t, CodeQuestion, map[string]string{
		"Rosa, the bale price is 4 dollars from June. How much longer will the barn lease review take?": "A specific question: “How much longer will the barn lease review take?”",
	})
	// without a question mark it asks after a verb of asking, or
	// opening its sentence
	quotes(t, CodeQuestion, map[string]string{
		"Rosa, please let me know how many bales the north barn needs.":                "please let me know how many bales the north barn needs",
		"Rosa, how many stalls does the north barn hold. The bale price is 4 dollars.": "how many stalls does the north barn hold",
	})
	none(t, CodeQuestion,
		"Rosa, you know how much we value the co-op. The bale price is 4 dollars.",
		"Rosa, the hay notes are below, in order of how much the co-op cares. The bale price is 4 dollars.")
}

// TestStepToSeeToIsNoNews: what the writer or someone else must see to
// ("make sure the barn lease is signed", "ensure the hay permit is
// filed") is a step still to take, as after "need" or "should", not
// news. Before lr.164 each of these was quoted as news. Having made sure
// reports.
func TestStepToSeeToIsNoNews(t *testing.T) {
	none(t, CodeNews,
		"Rosa, the co-op has to make sure the barn lease is signed before June.",
		"Dana is making certain the hay permit is filed with the county.",
		"Rosa's job this week is to ensure the bale invoice is approved.")
	// control: the past reports
	quotes(t, CodeNews, map[string]string{
		"Rosa, I made sure the barn lease was signed on Monday.": "I made sure the barn lease was signed on Monday",
	})
}

// What became of something the writer sent ("the co-op approved the
// lease I sent you") is news: the sentence is no pointer back at the
// message, and a no ("rejected", "declined", "denied") reports as a yes
// does. Asking after it still points back.
func TestWhatBecameOfWhatWasSentIsNews(t *testing.T) {
	want := map[string]string{
		"Rosa, the co-op approved the barn lease I sent you.":         "the co-op approved the barn lease I sent you",
		"Dana, the county rejected the hay permit that we sent over.": "the county rejected the hay permit that we sent over",
		"The grange declined our bale offer.":                         "The grange declined our bale offer",
		"Rosa, the county denied the hay permit.":                     "the county denied the hay permit",
	}
	floored(t, CodeNews, want)
	// controls: a question about it, or what is still to come, points back
	for _, text := range []string{
		"Rosa, has the co-op approved the barn lease I sent you?",
		"Rosa, the barn lease I sent you is attached again.",
	} {
		if r := Classify(Input{Text: text}); r.Label != model.TouchingBase || hasReason(r, CodeNews) != nil {
			t.Errorf("%q: %s %d %+v, want touching base with no news", text, r.Label, r.Score, r.Reasons)
		}
	}
}

// A commitment to hand over or finish material by a named day is
// concrete whatever check-in stands beside it: the reader can plan on it
// (Promised floors it with the proposals on a named day). A promise to
// call or follow up, or one with no material or no day, is no such thing.
func TestDatedPromiseIsConcrete(t *testing.T) {
	want := map[string]string{
		"Following up: we will have the revised hay quote to you by Thursday.":  "we will have the revised hay quote to you by Thursday",
		"Any word on the bale count? I'll bring the signed contract on Monday.": "I'll bring the signed contract on Monday",
		"Just checking in, Rosa. I'll send the barn pricing tomorrow.":          "I'll send the barn pricing tomorrow",
		// a lease, a memo, the plural of a kind of material (lr.191)
		"Any update? I'll send the barn lease tomorrow.":    "I'll send the barn lease tomorrow",
		"Checking in, Dana. We'll send the memos tomorrow.": "We'll send the memos tomorrow",
	}
	floored(t, CodeCommitment, want,
		"Just checking in. I'll call you tomorrow about the hay quote.",
		"Just checking in. I'll send the hay quote soon.")
}

// A sentence that announces the questions it names ("two questions
// about when the hay permit lapses and who will renew it") asks them,
// question mark or not: beside a check-in it still moves the decision
// (see TestAnnounced for what announces none).
func TestAnnouncedQuestionsAsk(t *testing.T) {
	movesDecision(t, map[string]string{
		"Rosa, just checking in. I have two questions about when the hay permit lapses and who will renew it.": "I have two questions about when the hay permit lapses",
		"Dana, any update on the barn? One question regarding who will pay the bale bill remains.":             "One question regarding who will pay the bale bill remains",
	})
}

// TestOneQuestionAcrossADash: a set-off dash inside one question, or in a
// range of months or weekdays, splits no sentence, so a reason quotes the
// whole question or statement. Before lr.169 each quote below stopped at
// the dash or began after it ("nobody can find it?", "We need
// two hands at the grange Mon").
func TestOneQuestionAcrossADash(t *testing.T) {
	quotes(t, CodeQuestion, map[string]string{
		"Dana, where is the grange permit - nobody can find it?":     "“where is the grange permit - nobody can find it?”",
		"What did we settle on for the hay - square bales only?":     "“What did we settle on for the hay - square bales only?”",
		"Which barn do we stock first - the north one or the south?": "“Which barn do we stock first - the north one or the south?”",
	})
	quotes(t, CodeRequest, map[string]string{"We need two hands at the grange Mon - Fri.": "“We need two hands at the grange Mon - Fri”"}) // a request since lr.209 (needsThing)
	quotes(t, CodeCommitment, map[string]string{
		"I will tally the hay for the spring (Jan - Apr) by Friday.": "“I will tally the hay for the spring (Jan - Apr) by Friday”",
	})
}

// TestMonthRangeIsADate: a month spelled as a name or a verb ("Jan",
// "May") is a month at one end of a dashed range of months, so the range
// is quoted whole. Before lr.170 each quote below held its last month
// alone ("Apr", "May"), or none.
func TestMonthRangeIsADate(t *testing.T) {
	quotes(t, CodeDateTime, map[string]string{
		"I will tally the hay for the spring (Jan - Apr) by Friday.": "Date or time: Jan - Apr",
		"The barn counts (Jan-Jun) are in the shared folder.":        "Date or time: Jan-Jun",
		"The grange sells hay Oct–May at 40 dollars a bale.":         "Date or time: Oct–May",
	})
	for _, text := range []string{"Jan - can you call Rosa about the hay?", "Rosa and Jan - Dana too - can come to the barn.", "You may - if you like - bring the hay rake."} {
		if got := quoted(text, Classify(Input{Text: text}), CodeDateTime); len(got) > 0 {
			t.Errorf("%q: dates %q, want none", text, got)
		}
	}
}

// A step of the deal reported as taken or decided is a new fact, so the
// email is substantive whatever check-in comes with it (Reported floors
// it). Before lr.171 each of these scored touching base (37 to 41): the
// nudge beside the news outweighed it, and before lr.172 so did a change
// someone made ("we lowered the bale price", 37), and before lr.179 a
// step said with a commitment's done word ("the vet is booked for Friday
// at 9", 35). A step asked about or doubted, the reader's own step ("you're
// booked…"), an edit that does not say what changed, housekeeping ("I
// added you to the thread"), a deadline or a pricing term gets no floor.
func TestReportedStepIsConcrete(t *testing.T) {
	want := map[string]string{
		"Just checking in. Legal approved the contract.":               "Legal approved the contract",
		"Bumping this up: the grange signed the hay lease.":            "the grange signed the hay lease",
		"Any update? Rosa said the co-op approved the lease.":          "Rosa said the co-op approved the lease",
		"Circling back: we revised the hay quote to include delivery.": "we revised the hay quote to include delivery",
		"Just checking in. We lowered the bale price.":                 "We lowered the bale price",
		// a commitment's done word reports too (lr.179)
		"Just checking in. The vet is booked for Friday at 9.":            "The vet is booked for Friday at 9",
		"Bumping this. The grange confirmed the hay delivery for Monday.": "The grange confirmed the hay delivery for Monday",
	}
	floored(t, CodeNews, want,
		"Just checking in. Is the vet booked for Friday?",
		"Just checking in. You're booked for Friday at 9.",
		"Just checking in - has legal approved the contract?",
		"Not sure if the grange signed the lease yet. Any news?",
		"Any word on the hay order? The quote expires Friday.",
		"Any word on the barn deal? It is a 2-year fixed price.",
		"Just bumping this. I have updated the hay list.",
		"Just checking in. I added you to the barn thread.",
		"Any news? The hay list was updated.",
		"Hope you got the signed lease. Any news?")
}

// TestAnnouncedChangeIsConcrete: a price or a share that goes up or down
// on a day the sentence names is news the reader cannot have yet, and
// floors the email whatever check-in comes first, with a News reason
// quoting it (lr.178: five of these scored 37 to 47, touching base, and
// none had the reason). A change asked about, denied or set under a
// condition, a plural noun ("increases in"), a threshold ("falls
// below") and a check-in about the change get no floor.
func TestAnnouncedChangeIsConcrete(t *testing.T) {
	want := map[string]string{
		"Any update? Our bale price goes up 8% on January 1.":                           "Our bale price goes up 8% on January 1",
		"Hi Rosa, any news on the hay order? The grange raises its rent 5% on March 1.": "The grange raises its rent 5% on March 1",
		"Checking in on the barn quote. Our bale price goes up to $4.10 on Monday.":     "Our bale price goes up to $4.10 on Monday",
		"Hi Dana, any word? The diesel surcharge will drop 3% starting June 1.":         "The diesel surcharge will drop 3% starting June 1",
		"Just checking in. Our hay price is going up 8% in January.":                    "Our hay price is going up 8% in January",
		"Following up. The barn rent is set to rise 5% next month.":                     "The barn rent is set to rise 5% next month",
	}
	floored(t, CodeNews, want,
		"Any update? Our bale price won't go up 8% on January 1.",
		"Any update? If the grange raises its rent 5% on March 1, tell me.",
		"Just following up on my note about the hay price going up 8% on January 1.")
	// a change asked about, a plural noun, or a falling figure that is no
	// change, gets no News reason, so no floor; its figure and date leave
	// the verdict near the line, where a refit may move it (the moisture
	// one scored 49 at lr.229 and 50 at lr.230, the plural one 49 at
	// lr.234 and 50 at lr.235)
	none(t, CodeNews, "Just checking in. Will our bale price go up 8% on January 1?",
		"Just following up. Hay that falls below 12% moisture on Monday is fine.",
		"Checking in. Increases in hay prices of 5% on Monday worry the co-op.")
}

// A plan moved to a new time is news the reader needs, whatever check-in
// comes with it: before lr.180 these scored touching base (45 for the
// first). The reasons quote the sentence as news.
func TestMovedToTimeIsConcrete(t *testing.T) {
	want := map[string]string{
		"Just checking in. The grange moved the auction to Saturday the 12th.":       "The grange moved the auction to Saturday the 12th",
		"Per my last note, still need Rosa's okay. Dana moved the walk up to May 6.": "Dana moved the walk up to May 6",
		"Any word yet? The co-op pushed the delivery back to Friday.":                "The co-op pushed the delivery back to Friday",
	}
	floored(t, CodeNews, want,
		"Just checking in. Could the auction be moved to Saturday the 12th?",
		"Any word yet? The co-op has not pushed the delivery back to Friday.",
		"Just checking in on the walk you moved to May 6.")
}

// A change that takes effect on a named day is news, whatever check-in
// comes with it: before lr.182 these scored touching base (38 and 44).
// The reasons quote it as news.
func TestTakesEffectIsConcrete(t *testing.T) {
	floored(t, CodeNews, map[string]string{
		"Any update? The new hay rates go into effect on Monday.":            "The new hay rates go into effect on Monday",
		"Hi Rosa, checking in. The winter surcharge kicks in on December 1.": "The winter surcharge kicks in on December 1",
	}, "Just checking in. Will the new hay rates take effect Monday?",
		"Any update? If the new hay rates take effect Monday, let me know.")
}

// An offer to meet on a named day, should the reader wish it, is as
// concrete as a proposed call, whatever check-in comes with it: before
// lr.185 these scored touching base (38 and 27). The reasons quote it as
// the proposal it is, not as the writer's plan.
func TestVisitOfferedIsConcrete(t *testing.T) {
	floored(t, CodeProposal, map[string]string{
		"Just checking in. I'll be in town on the 14th if you want to walk the fields.": "I'll be in town on the 14th if you want to walk the fields",
		"Checking in. I'm at the co-op on Tuesday if you'd like to meet.":               "I'm at the co-op on Tuesday if you'd like to meet",
	}, "Checking in. I'll be out of the office on Friday if you want to call.",
		"Checking in. I'll be around on Friday if you have any questions.")
}

// What someone else said of a time is news, whatever check-in comes with
// it: before lr.184 these scored touching base (32 and 32). The reasons
// quote it as news; what the reader said points back.
func TestRelayedNewsIsConcrete(t *testing.T) {
	floored(t, CodeNews, map[string]string{
		"Just checking in. Dana told me the grange will vote on Tuesday.":     "Dana told me the grange will vote on Tuesday",
		"Hi Rosa, checking in. Marta said the co-op board meets on the 14th.": "Marta said the co-op board meets on the 14th",
	}, "Hi Rosa, checking in. You said the co-op board meets on the 14th.",
		"Just checking in. Dana said that you'd sign the lease by Friday.")
}

// A thing that waits for a named time is news, whatever check-in comes
// with it: before lr.183 these scored touching base (44 and 31). The
// reasons quote it as news.
func TestHeldUntilIsConcrete(t *testing.T) {
	floored(t, CodeNews, map[string]string{
		"Checking in. The grange won't vote on the barn lease until Tuesday.":       "The grange won't vote on the barn lease until Tuesday",
		"Hi Rosa, just checking in. The new hay rates don't take effect until May.": "The new hay rates don't take effect until May",
	}, "Just checking in. I won't be back at my desk till Thursday.",
		"Just checking in. Don't sign the barn lease before Friday.")
}

// An offer to change the terms of the deal is as concrete as a price,
// whatever check-in comes with it: before lr.181 these scored touching
// base (30 to 33). The reasons quote the offer as the proposal or the
// question it is.
func TestTermsOfferedIsConcrete(t *testing.T) {
	floored(t, CodeProposal, map[string]string{
		"Hi Marta, checking in. We could waive the setup fee if you sign this month.": "We could waive the setup fee if you sign this month",
	}, "Hi Marta, checking in. We can't waive the setup fee this month.")
	floored(t, CodeQuestion, map[string]string{
		"Hi Rosa, circling back on the lease. Can we drop the auto-renewal and go month to month?": "Can we drop the auto-renewal and go month to month?",
		"Hi Dana, following up. Would it help if we split the order into two deliveries?":          "Would it help if we split the order into two deliveries?",
	}, "Hi Dana, just checking in to see if we can split the order.")
}

// Asking what must be true or happen first hands the reader the next step,
// as "what would it take" does, whatever filler comes before it; before
// lr.174 these scored touching base (45 and 44). A question word the
// writer will answer ("I will tell you which option…") asks nothing: it
// was quoted as a question that moves the decision, and is now the
// commitment it is.
func TestWhatMustHappenFirst(t *testing.T) {
	want := map[string]string{
		"Hi Rosa, I know you're busy, so I'll keep it short: what would need to be true for you to sign the lease this quarter?": "what would need to be true for you to sign the lease this quarter?",
		"Just checking in. What needs to happen before the grange votes on the barn lease?":                                      "What needs to happen before the grange votes on the barn lease?",
	}
	floored(t, CodeQuestion, want)
	told := []string{"I will tell you which option we chose next week.", "We'll let you know which one suits the co-op."}
	none(t, CodeQuestion, told...)
	quotes(t, CodeCommitment, map[string]string{
		told[0]: "I will tell you which option we chose next week",
		told[1]: "We'll let you know which one suits the co-op",
	})
	quotes(t, CodeQuestion, map[string]string{
		"Tell me which option the co-op chose.": "Tell me which option the co-op chose", // a control
	})
}

// Someone who can take a step on a day the email names offers it, which
// is a concrete next step whatever check-in comes first; before lr.175
// these scored touching base (31 to 35): no phrase named "I can", "our
// crew can" or "Dana can" as a proposal. A condition, a doubt or a
// question on the same words offers nothing.
func TestOfferOnADayIsConcrete(t *testing.T) {
	want := map[string]string{
		"Just checking in. I can deliver the hay on Monday the 9th.":                  "I can deliver the hay on Monday the 9th",
		"Hi Rosa, following up on my note. Our crew can deliver the bales by Friday.": "Our crew can deliver the bales by Friday",
		"Touching base. Dana can do the barn walkthrough on Thursday.":                "Dana can do the barn walkthrough on Thursday",
	}
	floored(t, CodeProposal, want,
		"Just checking in to see if Dana can come Tuesday.",
		"Just checking in. I don't think she can make Monday.",
		"Just checking in. Can Dana come out Tuesday?")
}

// A step proposed at a price or a share is the terms of a deal, so the
// email is substantive whatever check-in comes first (Priced floors it);
// before lr.176 these scored touching base (35 to 43), and asking whether
// a price suits the reader ("Would $40 a bale work…?") was no proposal at
// all. A price stated, or named in the check-in, proposes nothing.
func TestPricedStepIsConcrete(t *testing.T) {
	want := map[string]string{
		"Circling back. We can offer $3.80 a bale if you take 500.":                     "We can offer $3.80 a bale if you take 500",
		"Just checking in. Would $40 a bale work for the grange?":                       "Would $40 a bale work for the grange?",
		"Hi Dana, following up. We could take 8% off the hay if the co-op signs today.": "We could take 8% off the hay if the co-op signs today",
	}
	floored(t, CodeProposal, want,
		"Just checking in. The hay is $40 a bale.",
		"Just checking in on the $40 bale quote.",
		"Circling back. We can't do $3.80 a bale.")
}

// A step of the writer's own on a day the email names is a commitment the
// reader can plan on, material or not, whatever check-in comes first
// (Promised floors it); before lr.177 these scored touching base (37 to
// 43). A check-in put off to a day ("I'll follow up Tuesday", "I'll try
// you again Friday") or an absence is no step.
func TestDatedStepIsConcrete(t *testing.T) {
	want := map[string]string{
		"Just checking in. We'll have the crew out at the barn Thursday.":  "We'll have the crew out at the barn Thursday",
		"Just following up. I'll swing by the farm on the 14th.":           "I'll swing by the farm on the 14th",
		"Any word on the lease? We'll also bring the hay samples Tuesday.": "We'll also bring the hay samples Tuesday",
	}
	floored(t, CodeCommitment, want,
		"Just checking in. I'll follow up Tuesday.",
		"Any update? I'll try you again Friday.",
		"Bumping this. I'll be out until Monday.")
}

// Someone else's telephone number or email address gives the reader
// someone to talk to, whatever check-in comes with it: before lr.186 these
// scored touching base (26, 33 and 32; the address 31 before lr.187). The
// reasons quote whose it is through the number or the address, across the
// stop between them; the writer's own invites a reply and nothing more.
func TestContactGivenIsConcrete(t *testing.T) {
	floored(t, CodeMaterial, map[string]string{
		"Checking in. Rosa's number is 608-555-0142.":                                         "Rosa's number is 608-555-0142",
		"Just checking in. I forgot to give you Rosa's cell on the phone. It's 608-555-0142.": "I forgot to give you Rosa's cell on the phone. It's 608-555-0142",
		"Checking in. Dana's cell phone: (608) 555-0142.":                                     "Dana's cell phone: (608) 555-0142",
		"Checking in. Rosa's email is rosa@grangecoop.example.":                               "Rosa's email is rosa@grangecoop.example",
	}, "Just checking in. My cell is 608-555-0142 if you want to talk.",
		"Checking in - give me a call at 608-555-0142.",
		"Checking in. My email is sam@farmco.example.")
}

// A follow-up someone else made is what the email reports: before lr.188
// "…called to follow up…" read as the writer's nudge, and the first three
// scored touching base (31, 27 and 22). The writer's own follow-up, with
// or without its subject, still is one.
func TestOthersFollowUpIsNoNudge(t *testing.T) {
	text := "Heads up: Dana Ortiz from the grange called to follow up on the barn lease."
	labeled(t, model.Substantive, text,
		"FYI - Dana Ortiz from the grange called to follow up on the barn lease. No rush on your side.",
		"Dana called to follow up on the barn lease.")
	none(t, CodeNudgePhrase, text, "He has been following up with the co-op since the auction.")
	labeled(t, model.TouchingBase,
		"Just called to follow up on the barn lease.",
		"Rosa and I called to follow up on the barn lease.",
		"Hi Dana wanted to follow up on the barn lease.")
}

// Someone's words, quoted, are theirs: before lr.189 a pleasantry or a
// check-in inside them counted as the writer's, and these scored touching
// base (40 and 27). The writer's own stay touching base.
func TestQuotedSpeechIsNotTheWriters(t *testing.T) {
	labeled(t, model.Substantive,
		`Thanks for the gift basket. Dana said, "I hope you know how much we all love it."`,
		`Great news on the lease. Dana said, "Just checking in to say thanks."`)
	labeled(t, model.TouchingBase,
		"Thanks for the gift basket. I hope you know how much we all love it.",
		"Great news on the lease. Just checking in to say thanks.",
		`Great news on the lease. Dana said "yes", and I am just checking in to say thanks.`)
}

// A step hoped for is no news: before lr.190 the first two were floored as
// reported news (57) and the third quoted its hope as news. A step
// reported after the hope is closed off stays news.
func TestHopedForStepIsNoNews(t *testing.T) {
	labeled(t, model.TouchingBase,
		"Any word on the renters? Hopefully they have signed.",
		"Checking in on the lease. I'm hoping the co-op approved the permit.")
	none(t, CodeNews, "Thanks for the hay. Hopefully Dana finalized the barn lease this week.")
	quotes(t, CodeNews, map[string]string{"Any word on the hay? Hope all is well - the renters have signed.": "the renters have signed"})
}

// A request after "as we discussed yesterday" asks something new: the day
// dates the talk it comes out of and is no pointer back at what the
// reader has (before lr.192 each of these scored 45 to 47, touching base,
// with a past_reference reason). A date on the material the reader was
// sent, or beside a check-in, still points back.
func TestRequestAfterADatedTalk(t *testing.T) {
	floored(t, CodeRequest, map[string]string{
		"Rosa, as we discussed yesterday, please send me the grange ledger.":      "please send me the grange ledger",
		"Rosa, as we discussed on Monday, could you send me the grange ledger?":   "could you send me the grange ledger?",
		"Dana, as we discussed on Monday, can you please send me the hay ledger?": "can you please send me the hay ledger?",
	},
		"Call me about the hay schedule I sent Monday.",
		"Rosa, as we discussed yesterday, did you get a chance to send the ledger?")
}

// A question where something happens is the writer's question, not a
// status ask: before lr.193 "Do you know where" made each of these a
// check-in (21 to 32, touching base). Where a thing stands or is still
// asks for news.
func TestWhereSomethingHappensIsAQuestion(t *testing.T) {
	quotes(t, CodeQuestion, map[string]string{
		"Do you know where the grange keeps the spare bale hooks? Mine went missing.": "Do you know where the grange keeps the spare bale hooks?",
		"Rosa, do you know where the co-op buys its fence posts?":                     "do you know where the co-op buys its fence posts?",
	})
	labeled(t, model.Substantive,
		"Do you know where the grange keeps the spare bale hooks? Mine went missing.",
		"Rosa, do you know where the co-op buys its fence posts?")
	labeled(t, model.TouchingBase, "Do you know where Dana stands on the barn lease?", "Do you know where the signed barn lease is?")
}

// A status ask with a word of degree is a status ask: before lr.194 each of
// these was a specific question (55 to 74, substantive).
func TestAnyMoreNewsIsACheckIn(t *testing.T) {
	labeled(t, model.TouchingBase,
		"Rosa, any further news on the grange permit?",
		"Rosa, any more news on the hay contract?",
		"Any new news on the barn lease?")
}

// "Note that" and a clause gives notice, asks nothing: before lr.195 a
// number among the clause's words ("the 40 bales") or a verb in the past
// ("Dana signed") left the clause unseen, and the sentence was quoted as a
// request. "Note that figure…" still points the reader at a thing.
func TestNoteThatGivesNotice(t *testing.T) {
	none(t, CodeRequest,
		"Note that the 40 bales for the grange are paid.",
		"Note that Dana signed the lease for the north barn.",
		"Note that the grange voted the hay levy down last night.")
	quotes(t, CodeNews, map[string]string{"Note that Dana signed the lease for the north barn.": "Note that Dana signed the lease"})
	spans(t, CodeRequest, map[string][]string{
		"Note that figure in the ledger for the north barn.":       {"Note"},
		"Note that revised figure in the ledger for the hay barn.": {"Note"},
	})
}

// "We should" and a step, where a clause opens, recommends that step
// for writer and reader: a proposal, not a point of the writer's own. A
// negation before it, "not" after, a word that foresees ("be", "get"),
// a question or a noun before "we" leave it a point or a question.
func TestRecommendedSteps(t *testing.T) {
	spans(t, CodeProposal, map[string][]string{
		"I think we should ask the grange for a longer barn lease.":              {"we should ask"},
		"The hay came in wet, so we should probably dry it before the auction.":  {"we should probably dry"},
		"My view is that we ought to sell the old baler this spring.":            {"we ought to sell"},
		"Dana said we should move the crates to the north barn before the rain.": {"we should move"},
	})
	none(t, CodeProposal,
		"I don't think we should sell the old baler this spring.",
		"We should not sign the barn lease until Rosa reads it.",
		"We should be on the grange's list for the spring auction.",
		"We should get the signed barn lease back from Rosa by Thursday.",
		"Tell me which bales we should sell first at the auction.",
	)
	quotes(t, CodeQuestion, map[string]string{
		"Do you think we should sell the old baler this spring?": "we should sell the old baler",
	})
}

// Comments or concerns invited with the questions open the door as "any
// questions" does: how to reach the writer, no request. A request before
// the closer is still one.
func TestCommentsInvited(t *testing.T) {
	none(t, CodeRequest,
		"The grange signed the barn lease on May 3. Please call me at x4412 with any comments or questions.",
		"The hay count is attached. Please call Dana or me with any concerns or comments you have.",
	)
	spans(t, CodeRequest, map[string][]string{
		"Please review the hay count and call me with any comments or questions.": {"Please review"}, // a control
		"Please send me any comments on the lease by Friday.":                     {"Please send"},   // a control: no door
	})
}

// TestPromiseToPassNewsOnAsksNothing: a news ask inside the writer's
// promise to tell the reader ("I'll let you know if there is any news")
// is the writer's job, not a nudge (tellsLater). Before lr.210 the
// promise was read as a check-in once it ran past six words, and a
// finished job with such a promise scored 24, touching base.
func TestPromiseToPassNewsOnAsksNothing(t *testing.T) {
	promises := []string{
		"The barn roof is done. I'll let you know if I hear any news from the grange.",
		"The barn roof is done. We'll let you know as soon as there is any progress on the permit.",
		"The barn roof is done. I'll keep you posted if there are any updates from the grange.",
		"The barn roof is done. I will get back to you once there is any news from the grange.",
	}
	none(t, CodeNudgePhrase, promises...)
	labeled(t, model.Substantive, promises...)
	// the reader asked to tell: still a check-in
	labeled(t, model.TouchingBase,
		"Hi Rosa, please let me know if there is any news from the grange.",
		"Hi Rosa, can you let me know if there are any updates on the barn roof?",
		"Hi Rosa, will you let us know if there is any news on the permit?")
}

// TestSalesFollowUpPhrasesAreCheckIns: status asks and closing wishes that
// sales follow-ups use every day are check-ins, however short the email.
// Before lr.211 none of these was quoted, and "Have you heard any more
// about the hay contract?", "Keen to hear your thoughts…" and "Just making
// sure this didn't fall off your radar" scored as substantive.
func TestSalesFollowUpPhrasesAreCheckIns(t *testing.T) {
	nudges := map[string]string{
		greeted("Have you heard any more about the hay contract?"):       "heard any more",
		greeted("Any developments on the barn lease?"):                   "Any developments",
		greeted("Where do things stand on the barn lease?"):              "Where do things stand",
		greeted("How are things looking on the hay contract?"):           "How are things looking",
		greeted("How's the hay contract coming?"):                        "How's the hay contract coming",
		greeted("Do you have a sense of timing on the grange decision?"): "sense of timing",
		greeted("Resurfacing this for you."):                             "Resurfacing",
		greeted("Just making sure this didn't fall off your radar."):     "off your radar",
		greeted("Are there any new developments with the grange board?"): "any new developments",
	}
	checkIns(t, CodeNudgePhrase, nudges)
	fillers := map[string]string{
		greeted("Keen to hear your thoughts on the bale quote."):       "Keen to hear",
		greeted("Eager to hear what you think of the bale quote."):     "Eager to hear",
		greeted("Looking forward to your feedback on the bale quote."): "Looking forward to your feedback",
		greeted("I look forward to your reply about the barn lease."):  "look forward to your reply",
	}
	checkIns(t, CodeFiller, fillers)
}

// TestPromiseWithTheWriterLeftOut: terse mail leaves out the "I" of a
// promise ("Will keep you posted on any progress"), and the check-in
// phrase in it is still the writer's to keep (elidedWill). Before lr.212
// a sentence that opens on "Will" was read as a question, and a report
// with a figure and such a promise scored 48, touching base.
func TestPromiseWithTheWriterLeftOut(t *testing.T) {
	promises := []string{
		"The barn roof is done and the grange paid 400 dollars. Will keep you posted on any progress.",
		"The barn roof is done. Will let you know if there is any news.",
		"The hay came in Monday. Will email you once there are any updates from the grange.",
	}
	none(t, CodeNudgePhrase, promises...)
	labeled(t, model.Substantive, promises...)
	// questions that open on "Will" still ask
	quotes(t, CodeNudgePhrase, map[string]string{
		"Will Dana have any news on the permit?":    "any news",
		"Will there be any news on the barn permit": "any news",
	})
}

// TestStatusVerdictAndExitAsksAreCheckIns: a sales follow-up that asks for
// a status, a date or a verdict, offers to stop, or asks whether to go to
// someone else is a check-in. Before lr.213 none of these had a phrase
// quoted, and between a greeting and a sign-off most scored 48 to 73.
// Before lr.214 "isn't a priority" was a check-in however it was said,
// and before lr.215 "any ETA" and "me a status" were too.
func TestStatusVerdictAndExitAsksAreCheckIns(t *testing.T) {
	want := map[string]string{
		greeted("Any chance you could give me a quick update?"):               "give me a quick update",
		greeted("I'd appreciate an update when you get a chance."):            "appreciate an update",
		greeted("Checking where we are with the grange paperwork."):           "where we are with",
		greeted("Do you have an ETA on the signed barn lease?"):               "Do you have an ETA",
		greeted("Has your board reached a decision?"):                         "reached a decision?",
		greeted("When do you expect to make a decision?"):                     "to make a decision?",
		greeted("Would you still like to proceed with the hay order?"):        "still like to proceed",
		greeted("If this isn't a priority right now, just let me know."):      "If this isn't a priority",
		greeted("Are you still the right person to talk to about the lease?"): "still the right person",
		greeted("Should I follow up with someone else on your team?"):         "follow up with someone else",
		greeted("Did the bale quote land okay?"):                              "land okay",
		greeted("Wanted to close the loop on the barn quote."):                "Wanted to close the loop",
		greeted("One last try on the hay order."):                             "One last try",
		greeted("Just want to make sure you have everything you need."):       "make sure you have everything",
	}
	checkIns(t, CodeNudgePhrase, want)
	// what matters to the writer is no offer to stop, and a status or a
	// date the writer reports is no ask
	none(t, CodeNudgePhrase, "Hi Dana, price isn't a priority for the grange this year; the delivery dates are. We need the hay by June 3. Thanks, Rosa",
		"Hi Dana, Kim sent me a status report on the hay: we are 30 bales short for June. Thanks, Rosa",
		"Hi Dana, we don't have any ETA from the carrier yet, so the hay ships June 9 at the earliest. Rosa")
	quotes(t, CodeNudgePhrase, map[string]string{greeted("Any ETA on the signed barn lease?"): "Any ETA on the signed barn lease?"})
	// a decision reached is news, not an ask
	labeled(t, model.Substantive, "Hi Dana, the grange board reached a decision: we take the north barn at $900 a month from June 1. Thanks, Rosa")
}

func TestStalledDealAsksAreCheckIns(t *testing.T) {
	want := map[string]string{
		greeted("Did anything come of the grange board meeting?"):       "anything come of",
		greeted("Are you still evaluating options for the barn?"):       "Are you still evaluating",
		greeted("Are you still considering the north barn?"):            "Are you still considering",
		greeted("Where are you in the process?"):                        "Where are you in the",
		greeted("When do you expect a decision?"):                       "do you expect a decision",
		greeted("Let me know where your head is at."):                   "where your head is",
		greeted("Have your priorities changed?"):                        "Have your priorities changed",
		greeted("Is there a better time to reach you?"):                 "better time to reach you",
		greeted("Would you prefer I reach out to someone else?"):        "I reach out to someone else",
		greeted("Curious if you've had time to discuss it internally."): "had time to discuss",
		greeted("Did you end up going another direction on the hay?"):   "another direction",
		greeted("If you've gone in a different direction, no worries."): "different direction",
	}
	checkIns(t, CodeNudgePhrase, want)
	quotes(t, CodeFiller, map[string]string{
		greeted("Would love to pick this back up."):     "pick this back up",
		greeted("How did the meeting with finance go?"): "How did the meeting with finance go",
	})
	labeled(t, model.TouchingBase, greeted("Would love to pick this back up."), greeted("How did the meeting with finance go?"))
	// a third party's other way, the writer's expected decision and
	// changed priorities are news
	none(t, CodeNudgePhrase, "Hi Dana, the co-op went in a different direction on the north barn, so we take the south one at $900 a month. Thanks, Rosa",
		"Hi Dana, we expect a decision from the board on Friday, and the price will be $42 a bale. Thanks, Rosa",
		"Hi Dana, our priorities changed: we need 40 bales of hay, not 30, by June 9. Thanks, Rosa")
}

// TestPressureAndAsksAgainAreCheckIns: pressure passed on to the reader,
// the apology for asking again and the ask when the reader will get to it
// say nothing new; so does sympathy for how busy the reader has been.
func TestPressureAndAsksAgainAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("My boss keeps asking me about this."):                  "keeps asking me",
		greeted("I'm getting pressure from the grange on this."):        "getting pressure",
		greeted("I'm getting bugged by the grange board on the lease."): "getting bugged",
		greeted("Sorry for the repeated emails."):                       "Sorry for the repeated",
		greeted("Any idea when you'll get to this?"):                    "Any idea when you'll",
		greeted("Any headway with the grange board?"):                   "Any headway",
		greeted("Were you ever able to find out?"):                      "ever able to",
		greeted("Did you figure anything out on the barn?"):             "you figure anything out",
		greeted("What's happening with the hay order?"):                 "What's happening with the hay order?",
		greeted("Promise it's the last time I'll ask."):                 "last time I'll ask",
	})
	checkIns(t, CodeFiller, map[string]string{
		greeted("Hay season must mean you've been busy."): "you've been busy",
		greeted("I understand things have been hectic."):  "things have been hectic",
		greeted("Hope things have calmed down a bit."):    "things have calmed down",
	})
	// the writer's own finding out, and what is happening told, are news
	none(t, CodeNudgePhrase, "Hi Dana, we never found anything out about the zoning, so the county will decide at the June 9 hearing. Thanks, Rosa",
		"Hi Dana, what's happening with the hay is that the first cut came in 20% light, so we ship 30 bales, not 40. Thanks, Rosa")
}

// TestClauseAfterACheckInBringsItsFigure: a check-in and, joined to it in
// one sentence, a clause of the writer's that brings a date or a price.
// The clause is read on its own, so what it brings counts; a clause that
// recalls what went out ("since I sent the lease on Friday") does not.
func TestClauseAfterACheckInBringsItsFigure(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("I haven't heard back yet, so I went ahead and held the north barn for you until Friday."),
		greeted("My boss keeps asking me about the lease, so we moved the signing to Friday at 10."),
		greeted("I'm getting pressure from the grange, so we can only hold the $7 bale price until June 9."),
		greeted("Still waiting on your answer, but in the meantime I reserved two trucks for the 12th."),
		greeted("Just checking in since the grange board votes on the lease Thursday at 7."))
	labeled(t, model.TouchingBase,
		greeted("I haven't heard back since I sent the barn lease on Friday, so I wanted to bump it."),
		greeted("Just checking in on the lease, so let me know."))
	// what the writer has not had from a third party, as the reason for a
	// dated step, tells; from the reader, or with nothing after, it asks
	told := []string{
		greeted("We don't have any news from the carrier yet, so the hay ships June 9 as planned."),
		greeted("I haven't had any update from the county, so we'll go ahead with the barn on Monday."),
	}
	labeled(t, model.Substantive, told...)
	none(t, CodeNudgePhrase, told...)
	labeled(t, model.TouchingBase,
		greeted("I haven't had any news from you on the lease."),
		greeted("I haven't heard any news from the board. Have you?"),
		greeted("We haven't had any word from legal, but let me know if you hear anything."))
}

// TestCheckInThatPassesNewsOn: a check-in that only carries news ("just
// touching base to let you know…") is split where the news begins, when
// the news brings a figure or a date; one that passes on nothing stays a
// check-in.
func TestCheckInThatPassesNewsOn(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("Just touching base to let you know the bale price goes up to $6 on March 1."),
		greeted("Checking in to tell you the truck is booked for Thursday at 8."),
		greeted("Just reaching out to share that we stacked 500 bales this season."))
	labeled(t, model.TouchingBase,
		greeted("Just checking in to let you know I'm still here if you need anything."),
		greeted("Following up to let you know I haven't forgotten about you."),
		greeted("Checking in to see if you're free next week."),
		greeted("Só passando para avisar que continuo à disposição."))
	// other languages pass news on too: "just stopping by to let you know"
	labeled(t, model.Substantive,
		greeted("Só passando para avisar que o preço sobe para 6 euros a partir de 1 de junho."))
	// the reader's question taken up, and a third party's offer of a day
	labeled(t, model.Substantive,
		greeted("Just following up on your question about storage: the barn holds 600 bales."),
		greeted("Checking in: Kim from the co-op can meet you Tuesday at 2 to walk the field."))
	// a time of day by its name is a time
	quotes(t, "date_time", map[string]string{
		greeted("The driver can only come before noon."):        "before noon",
		greeted("We close the grange hall at midnight Friday."): "at midnight",
	})
}

// TestSinkingNotesAndThirdPartyAsksAreCheckIns: the asks that a note not
// sink or get only a word back, and where a thing stands with someone
// else, are check-ins; the same words telling news are not.
func TestSinkingNotesAndThirdPartyAsksAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Just making sure this didn't get buried."):   "didn't get buried",
		greeted("Just keeping this warm."):                    "keeping this warm",
		greeted("Even a one-line reply would help."):          "one-line reply",
		greeted("Any traction with the grange board?"):        "Any traction",
		greeted("Where does this sit on your list?"):          "Where does this sit",
		greeted("How's it looking on your side?"):             "How's it looking",
		greeted("Is the barn lease still with your lawyer?"):  "still with your lawyer?",
		greeted("Is the lease still sitting with the board?"): "still sitting with the board?",
		greeted("Did your boss get back to you?"):             "Did your boss get back to you",
		greeted("Should I assume you've moved on?"):           "assume you've moved on",
	})
	labeled(t, model.Substantive,
		greeted("The lease is still with your lawyer, who said she would sign it Friday."),
		greeted("Hay invoices can get buried, so here's the short version: 200 bales at $5, delivered June 9."),
		greeted("If you've moved on to another supplier, we can still store your 80 bales until March."),
		greeted("We got some traction with the county: they approved 2 of the 3 permits."))
}

// checkIns checks that each email quotes its phrase under code and is
// labeled touching base.
func checkIns(t *testing.T, code string, want map[string]string) {
	t.Helper()
	quotes(t, code, want)
	labeled(t, model.TouchingBase, slices.Collect(maps.Keys(want))...)
}

// substantive checks that each text is substantive and that its first
// reason of the code quotes the given text, as checkIns does for check-ins.
func substantive(t *testing.T, code string, want map[string]string) {
	t.Helper()
	quotes(t, code, want)
	labeled(t, model.Substantive, slices.Collect(maps.Keys(want))...)
}

// greeted puts a follow-up line between a greeting and a sign-off, as a
// rep writes it.
func greeted(line string) string { return "Hi Dana, " + line + " Thanks, Rosa" }

// Asking whether something reached the reader is a check-in: "just making
// sure you got the revised quote", "double-checking you received the
// form", "should I take this off my list?" (lr.227). The same words in an
// instruction, a promise or a sentence with news of its own are not.
func TestReceiptChecksAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Just making sure you got the revised quote."):     "making sure you got",
		greeted("Making sure you received the hay contract."):      "Making sure you received",
		greeted("Just making sure this reached you."):              "this reached you",
		greeted("Double-checking you received the signed form."):   "Double-checking you received",
		greeted("Just want to be sure you saw the barn schedule."): "be sure you saw",
		greeted("Should I take this off my list?"):                 "off my list?",
	})
	labeled(t, model.Substantive,
		greeted("Just making sure this reached you before Friday, since the price goes up to $7 on Monday."),
		greeted("Make sure it reached the mill before noon, or the order slips to June 16."),
		greeted("I'll take this off my list once Kim confirms the June 9 slot."),
		greeted("Making sure you got the discount: I took 10% off, so the June invoice comes to $5,400."))
}

// A wish to close that brings nothing, or an ask to hear when the reader
// is ready, is a check-in: "would love to get this over the line this
// week", "let me know when you're ready to move forward" (lr.228). The
// writer's own plan ("we hope to finalize the barn lease on Tuesday"), a
// price that holds till the reader is ready, or hay ready when they are
// stays substantive.
func TestClosingWishesAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Would love to get this over the line this week."):               "love to get this",
		greeted("Can we get this over the line by Friday?"):                      "get this over the line",
		greeted("Hoping to get this wrapped up before the end of the quarter."):  "Hoping to get this wrapped",
		greeted("Keen to get this done before the hay season."):                  "Keen to get this",
		greeted("Hope we can finalize things soon."):                             "finalize things",
		greeted("Let me know when you're ready to move forward with the lease."): "know when you're ready",
		greeted("Ready when you are."):                                           "Ready when you are.",
	})
	labeled(t, model.Substantive,
		greeted("When you're ready to order, the $6 price holds until May 31."),
		greeted("The hay is stacked and ready when you are: 300 bales in the north barn."),
		greeted("We got this over the line: the co-op signed for 400 bales at $6."),
		greeted("Our lawyer phones me Monday, so we hope to finalize the barn lease on Tuesday."))
}

// A receipt check in German, French, Spanish, Italian or Portuguese is a
// check-in too (lr.229); making sure the truck comes at nine is not.
func TestReceiptChecksInOtherLanguages(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Wollte kurz sicherstellen, dass meine Mail zum Heu angekommen ist."):   "sicherstellen, dass meine",
		greeted("Je voulais m'assurer que vous avez bien reçu le devis pour le foin."):  "m'assurer que vous avez bien reçu",
		greeted("Solo quería asegurarme de que recibió la propuesta del heno."):         "asegurarme de que recibió",
		greeted("Volevo solo assicurarmi che il preventivo per il fieno sia arrivato."): "Volevo solo assicurarmi",
		greeted("Só queria confirmar se recebeu a proposta do feno."):                   "confirmar se recebeu",
	})
	labeled(t, model.Substantive,
		greeted("Wir müssen sicherstellen, dass der LKW am Dienstag um 9 Uhr kommt."))
}

// A receipt check said as a confirmation in Spanish, or in Portuguese
// with its subject, is a check-in (lr.243: the first scored 59 and the
// second 48 before); telling the reader what arrived, or asking for more
// with a day, is not.
func TestConfirmedReceiptInOtherLanguages(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hola Marta, solo quería confirmar que recibiste el contrato del heno. Saludos, Luis": "confirmar que recibiste",
		"Hola Marta, quería confirmar si le llegó la factura del heno. Saludos, Luis":         "confirmar si le llegó",
		"Olá Ana, queria só confirmar se você recebeu o contrato do feno. Abraços, Rui":       "confirmar se você recebeu",
		"Olá Ana, preciso confirmar que vocês receberam a proposta do feno. Abraços, Rui":     "confirmar que vocês receberam",
	})
	labeled(t, model.Substantive,
		"Hola Marta, te confirmo que recibimos el contrato firmado; la entrega es el viernes. Saludos, Luis",
		"Hola Marta, ¿puedes confirmar que recibiste el contrato y enviarme el número de cuenta antes del viernes? Saludos, Luis")
}

// A short question in another language with its word for "already" and
// a done word asks whether a step was taken, as stepAsks' "Have you
// signed the lease?" does in English (lr.244; these scored 41 to 63
// before, the French and the German one substantive, and none named a
// check-in). A
// figure, a choice, a question word, a day, or the writer as the one the
// step was for keeps the question; a statement is no question.
func TestAlreadyAsksInOtherLanguages(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hola Marta, espero que estés bien. ¿Ya firmaron el contrato del heno? Quedo atento. Saludos, Luis":                    "Ya firmaron el contrato del heno?",
		"Olá Ana, espero que esteja tudo bem. Vocês já assinaram o contrato do feno? Fico no aguardo. Abraços, Rui":            "Vocês já assinaram o contrato do feno?",
		"Bonjour Claire, une petite question sur la grange. Avez-vous déjà signé le bail de la grange ? Cordialement, Paul":    "Avez-vous déjà signé le bail de la grange ?",
		"Hoi Sanne, hoe gaat het met je? Heeft de coöperatie het contract al getekend? Groeten, Bas":                           "Heeft de coöperatie het contract al getekend?",
		"Ciao Marco, spero tutto bene. Avete già firmato il contratto per il fieno? Saluti, Luca":                              "Avete già firmato il contratto per il fieno?",
		"Hallo Frau Weber, eine kurze Frage zum Heu. Haben Sie den Vertrag für das Heu schon unterschrieben? Viele Grüße, Jan": "Haben Sie den Vertrag für das Heu schon unterschrieben?",
	})
	labeled(t, model.Substantive,
		"Hola Marta, espero que estés bien. ¿Ya firmaron el contrato por 300 fardos o el de 200? Saludos, Luis",
		"Hallo Frau Weber, wir haben den Vertrag schon unterschrieben. Die Lieferung ist am Freitag. Viele Grüße, Jan")
	none(t, CodeNudgePhrase,
		"Bonjour Claire, une petite question sur la grange. Pourquoi avez-vous déjà signé le bail ? Cordialement, Paul",
		"Hallo Frau Weber, eine kurze Frage zum Heu. Haben Sie mir den Vertrag schon geschickt? Viele Grüße, Jan",
		"Hallo Frau Weber, eine kurze Frage zum Heu. Haben Sie den Vertrag schon am Montag unterschrieben? Viele Grüße, Jan",
		"Hallo Frau Weber, eine kurze Frage zum Heu. Haben Sie den Vertrag schon unterschrieben oder brauchen Sie den neuen? Viele Grüße, Jan")
}

// An "and" before the writer's own doing opens a clause of its own: the
// figure it brings is not the topic of the check-in before it (lr.229).
func TestAndOpensTheWritersClause(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("Let me know when you're ready, and I'll send the lease at $600 a month."),
		greeted("Let me know when you're ready and we can deliver 300 bales on June 9."))
	labeled(t, model.TouchingBase,
		greeted("Let me know when you're ready and I'll send it over."))
}

// A follow-up said as a noun ("quick follow-up regarding…"), "further to
// my note", a thankful ask for an update, and asking to hear what the
// reader has decided are check-ins (lr.230); a follow-up call or a
// check-in meeting set for a day is a proposal.
func TestFollowUpNounsAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Quick follow-up regarding the hay quote."):                     "Quick follow-up",
		greeted("A follow-up to my note from Monday: did the grange sign?"):     "A follow-up to my",
		greeted("Further to my email of last week, any word on the barn roof?"): "Further to my",
		greeted("We'd be grateful for an update about the barn roof."):          "grateful for an update",
		greeted("Please let me know what you've decided about the hay."):        "know what you've decided",
	})
	labeled(t, model.TouchingBase,
		greeted("Quick follow-up about the lease at $600 a month that I mailed over; let me know what you've decided."))
	labeled(t, model.Substantive,
		greeted("Can we do a quick follow-up call on Thursday at 10?"),
		greeted("Let's book a touch base meeting for next week."),
		greeted("Quick follow-up: the grange approved the order and the truck comes Friday."))
}

// A comma that closes a check-in opening its sentence ends the check-in:
// what follows it is read as a sentence of its own, as after a colon
// (lr.231). A question after it stays one ask, and a clause that sends
// something again stays the check-in's topic.
func TestCommaClosesTheCheckIn(t *testing.T) {
	floored(t, CodeNews, map[string]string{
		greeted("Following up on my earlier note, the grange approved the $6 price for 300 bales."): "the grange approved the $6 price for 300 bales",
		greeted("Per my last email, the feed mill cut its price to $5 a bale."):                     "the feed mill cut its price to $5 a bale",
		greeted("Bumping this, the grange moved the delivery to June 9."):                           "the grange moved the delivery to June 9",
	},
		greeted("Following up on the hay quote, did the grange decide on the 300 bales?"),
		greeted("Per my last note, attached again is the bale price sheet we went over on Monday."))
}

// News after a check-in's comma is told even without a figure or a date
// (lr.232); what the reader did is theirs to know.
func TestCommaBeforeNews(t *testing.T) {
	quotes(t, CodeNews, map[string]string{
		greeted("Following up on my earlier note, the grange signed the lease."): "the grange signed the lease",
		greeted("Just checking in, legal approved the barn contract."):           "legal approved the barn contract",
	})
	labeled(t, model.Substantive,
		greeted("Following up on my earlier note, the grange signed the lease."),
		greeted("Just checking in, legal approved the barn contract."))
	labeled(t, model.TouchingBase,
		greeted("The last I heard, you approved the barn lease. Any news?"))
}

// A verdict said plainly is news: "okayed", "turned down", "gave us the
// green light" (lr.233). Asking whether it came is not.
func TestPlainVerdictsAreNews(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("Just checking in. The grange okayed the lease."),
		greeted("Checking in. The co-op gave us the green light on the barn."),
		greeted("Just checking in. The board turned down the hay order."))
	labeled(t, model.TouchingBase,
		greeted("Has the board said yes yet?"),
		greeted("Any word on whether the grange okayed the lease?"))
}

// Asking whether what went out arrived, in other words than "did you
// receive", is a check-in too: "did my fax come through?", "can you
// confirm receipt of the invoice?", "hoping my note reached you"
// (lr.234). Asked about the thing itself, or when or why it came, it is
// not.
func TestReceiptAsksAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Did my fax come through?"):                         "Did my fax come through?",
		greeted("Did the signed lease arrive okay?"):                "Did the signed lease arrive okay?",
		greeted("Can you confirm receipt of the hay invoice?"):      "Can you confirm receipt",
		greeted("Can you confirm the bale order arrived?"):          "Can you confirm the bale order arrived?",
		greeted("Hoping my note about the barn reached you."):       "Hoping my note about the barn reached you.",
		greeted("Making sure my fax came through."):                 "Making sure my fax came through.",
		greeted("Kindly confirm your receipt of the hay contract."): "confirm your receipt",
	})
	labeled(t, model.Substantive,
		greeted("Did the truck arrive at the barn with 300 bales or 200?"),
		greeted("Did the price come through at $6 or $7 a bale?"),
		greeted("I hope the new price reached you: $6 a bale from June."),
		greeted("We acknowledge receipt of your order for 300 bales; delivery is Friday at 9am."),
		greeted("I confirm receipt of your deposit of $500."))
	none(t, CodeNudgePhrase,
		greeted("When did you receive the signed lease?"),
		greeted("Why did the bales arrive wet?"),
		greeted("The fax came through fine."))
}

// A figure's new value is news the reader cannot have yet, and needs no
// day to be so, unlike a change to come (TestAnnouncedChangeIsConcrete):
// "The total is now $900" after a receipt ask scored 48 and "The price
// went up to $900" 40, touching base, before lr.240. A figure asked
// about, denied, under a condition, or one no word says changed gets no
// News reason.
func TestChangedFiguresAreNews(t *testing.T) {
	want := map[string]string{
		"Did you receive the invoice? The total is now $900.":      "now",
		"Did you receive the invoice? The price went up to $900.":  "went",
		"Any update on the lease? The rent is now down to $850.":   "now",
		"Just following up. The grange's herd grew to 40 head.":    "grew",
		"Did you get the invoice? The total dropped from $900.":    "dropped",
		"Any word on the hay? Bale prices rose 8% at the auction.": "rose",
		"Checking in on the barn. It's now at 90% of capacity.":    "now",
	}
	floored(t, CodeNews, want)
	none(t, CodeNews,
		"Just checking in. Is the total now $900?",
		"Just checking in. If the rent is now $900, we'll pass.",
		"Just checking in. The rent hasn't dropped to $850.",
		"Did you receive the invoice? The total came to $900.",
		"Just checking in. I went down to the barn at 10.",
		"Just checking in. The grange wants to cut to 75 bales.",
		"Just checking in. The grange plans to cut to 75 bales.",
		"Just checking in. The rent should be reduced to $800.",
		// a want further back, read as DoneNews reads one (lr.245)
		"Any thoughts on the quote? I'd want the price lowered to $6.")
}

// A double-check that something reached the reader asks whether it
// arrived, as "making sure you got it" does, and a longer name for what
// was sent ("did my email about the barn lease reach you?") still asks
// the same (lr.239). Asking the reader to double-check a thing, or news
// told after the ask, stays substantive.
func TestDoubleChecksAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Double-checking you got the invoice."):               "Double-checking you got",
		greeted("Double checking that you received the contract."):    "Double checking that you received",
		greeted("Just double-checking that the lease reached you."):   "double-checking that the lease reached you",
		greeted("Double-checking the hay invoice came through."):      "Double-checking the hay invoice came through",
		greeted("Did my email about the barn lease reach you?"):       "Did my email about the barn lease reach you?",
		greeted("Can you double-check you got the signed lease?"):     "double-check you got",
		greeted("Double check you saw my note about the bale order."): "Double check you saw",
	})
	labeled(t, model.Substantive,
		greeted("Please double-check the price before Friday."),
		greeted("Double-check the lease: the rent is $900, not $600."),
		greeted("Did the signed copy with the new $6 price reach you?"),
		greeted("Double-checking you got the invoice? We moved the delivery to Friday."))
	none(t, CodeNudgePhrase,
		greeted("Can you double check that the grange signed the lease?"),
		greeted("I double-checked the invoice: it's $900, not $600."))
}

// A check that the reader has what was sent ("just making sure you have
// the lease.") asks the same as one that it arrived, when the sentence
// ends a few words on; a longer name for what was sent still asks whether
// it reached the reader (lr.246). The thing passed on after the check
// (a dial-in, an address, a new price), the reader bidden to check, and
// a new figure inside the name stay substantive.
func TestChecksThatTheReaderHasIt(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Wanted to double check you have the lease."):                       "to double check you have the lease.",
		greeted("Just double-checking that you have the signed lease."):             "double-checking that you have the signed lease.",
		greeted("Just making sure you have the lease."):                             "making sure you have the lease.",
		greeted("Did the invoice I sent last week about the barn lease reach you?"): "Did the invoice I sent last week about the barn lease reach",
		greeted("Did the revised invoice for the October hay delivery reach you?"):  "Did the revised invoice for the October hay delivery reach",
	})
	labeled(t, model.Substantive,
		greeted("Making sure you have the dial-in for Thursday at 2: 555-0142."),
		greeted("Wanted to double check you have the right address: 12 Oak St."),
		greeted("Just making sure you have the new price of $42 per seat."),
		greeted("Double check you have 300 bales on hand before Friday."),
		greeted("Did the signed copy with the new $6 price reach you?"),
		greeted("Did the invoice reach you before the board met on the 12th?"))
}

// A time given right after "now" tells the plan's new time, as a plan
// moved to a day does, even beside a check-in: "Resending the invite, now
// for Wednesday at 2" (lr.247). The same invite with no "now", the
// present moment ("right now", "for now"), a question and a condition
// tell no new time.
func TestNowGivesANewTime(t *testing.T) {
	floored(t, CodeNews, map[string]string{
		greeted("Resending the invite, now for Wednesday at 2."):           "now for Wednesday at 2",
		greeted("Just checking in. Our call is now Thursday at 10."):       "Our call is now Thursday at 10",
		greeted("Following up on the below. The demo is now on the 12th."): "The demo is now on the 12th",
		greeted("Resending the invite. It's now tomorrow at 9."):           "It's now tomorrow at 9",
	}, greeted("Resending the invite for Wednesday at 2."),
		greeted("Checking in. For now Tuesday still holds."),
		greeted("Circling back. Is the call now on Friday?"))
	none(t, CodeNews,
		greeted("Any update? Right now Friday looks best for the delivery."),
		greeted("If the call is now on Friday, let me know."),
		greeted("Just following up, by now Friday is too late."))
}

// A follow-up the writer asks or offers the reader to make ("you might
// check in with Sam", "could you touch base with legal?", "Maybe check
// in with Sam?", "interested in following up") is the reader's step, not
// the writer's check-in (lr.248). The writer's own check-in, with a
// question after it or a "maybe we can", still nudges.
func TestFollowUpsAskedOfTheReader(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("Maybe check in with Sam on the lease?"),
		greeted("You might check in with Sam on the lease."),
		greeted("You may want to check in with Sam about the lease."),
		greeted("Perhaps touch base with Sam before Friday?"),
		greeted("It might be worth checking in with Sam on the lease."),
		greeted("Could you check in with Sam on the lease?"),
		greeted("Can you touch base with Sam before Friday?"))
	none(t, CodeNudgePhrase,
		greeted("Any interest in following up with the grange yourself?"),
		greeted("Would you be interested in following up with their team?"),
		greeted("Would you mind following up with Sam?"),
		greeted("You could circle back with Sam next week."))
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Just checking in, could you tell me how the lease is coming along?"): "Just checking in",
		greeted("Maybe we can touch base next week."):                                 "touch base",
	})
}

// Short asks for news in other languages: "Des nouvelles du contrat ?",
// "Nieuws over het contract?", "Só para acompanhar.", "Konnten Sie sich
// das Angebot ansehen?" (lr.249). The same words telling the news, or
// asking about a figure, stay substantive.
func TestShortAsksInOtherLanguages(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Des nouvelles du contrat ?":            "Des nouvelles du contrat ?",
		"Nieuws over het contract?":             "Nieuws over het contract?",
		"Só para acompanhar. Obrigado.":         "Só para acompanhar",
		"Konnten Sie sich das Angebot ansehen?": "Konnten Sie sich das Angebot ansehen?",
	})
	labeled(t, model.Substantive,
		"Des nouvelles du contrat : il est signé depuis hier.",
		"Só para acompanhar: o contrato foi assinado ontem.",
		"Heb je nieuws over de prijs van 42 euro?")
}

// Spanish's opening question mark tells the language by itself, so a
// short Spanish step question reaches alreadyAsks: "¿Ya firmaron el
// contrato?" (lr.250). A figure still keeps the question.
func TestSpanishMarkTellsTheLanguage(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"¿Ya firmaron?":             "Ya firmaron?",
		"¿Ya firmaron el contrato?": "Ya firmaron el contrato?",
		"Hola Marta,\n\n¿ya firmaron el contrato?\n\nSaludos,\nLuis": "ya firmaron el contrato?",
	})
	labeled(t, model.Substantive, "¿Ya tienen el precio de 42 euros?")
}

// Two common words of another language and no English one tell a short
// text's language, so a short step question reaches alreadyAsks in
// Italian, German, Dutch and Portuguese too (lr.251). English with a
// foreign thanks stays English.
func TestTwoWordsTellAShortTextsLanguage(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Avete già firmato?":              "Avete già firmato?",
		"Haben Sie schon unterschrieben?": "Haben Sie schon unterschrieben?",
		"Hebben jullie al getekend?":      "Hebben jullie al getekend?",
		"Vocês já assinaram o contrato?":  "Vocês já assinaram o contrato?",
	})
	labeled(t, model.Substantive,
		"Gracias amigo, see you Friday at 10.",
		"Merci beaucoup, the lease is signed.")
}

// Material handed over in words is handed over, whether or not the files
// came with the text: mail exported or pasted into the Review screen
// keeps "Attached is…" and loses the file. Before lr.252 the check-in
// beside it outweighed it in the first four (48, 21, 35 and 46; the
// fifth scored 50, at the edge). Asked after, placed in an earlier
// message or attached again, it is not handed over.
func TestAttachedInWordsHandsItOver(t *testing.T) {
	floored(t, CodeMaterial, map[string]string{
		"Following up on our call. Attached is the revised barn lease. Let me know your thoughts.": "Attached is the revised barn lease",
		"Touching base - see the attached hay quote and let me know your thoughts.":                "see the attached hay quote",
		"Just following up. Here is the feed schedule. Any update on your side?":                   "Here is the feed schedule",
		"Checking in - I've attached the bale count sheet. Thoughts?":                              "attached the bale count sheet",
		"Circling back. Please find attached the grange invoice. Any thoughts?":                    "Please find attached the grange invoice",
	},
		"Did you see the attached hay quote?",
		"Please see the attached hay quote from my last email. Any update?",
		"See attached from last week. Any update?",
		"Attached is the hay quote again. Any thoughts?",
		"Bumping this - attached is the lease from my previous email.",
		"Just checking in - see the attached I sent on Monday.")
}

// Where a matter stands, asked, is a check-in, and so is a bare question
// whether it was resolved, voted on or talked through: before lr.253
// these scored 54 to 92, substantive (whether an answer came back, 67
// to 82 before lr.256). Told ("Here's where the lease
// stands: …", "I know where it stands"), the same words are news; a
// choice or a figure keeps the question one that moves a decision.
func TestMoreStatusAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Please let me know where this stands."):      "where this stands",
		greeted("Let me know where the hay contract stands."): "where the hay contract stands",
		greeted("Where does the barn lease stand?"):           "Where does the barn lease stand",
		greeted("Did this ever get resolved?"):                "Did this ever get resolved?",
		greeted("Has the billing issue been resolved?"):       "Has the billing issue been resolved?",
		greeted("Has the grange board voted?"):                "Has the grange board voted?",
		greeted("Have you talked to Marta about the lease?"):  "Have you talked to Marta about the lease?",
		greeted("Did you hear from the grange?"):              "Did you hear from",
		greeted("Did you and Marta connect?"):                 "Did you and Marta connect?",
		greeted("Was the fencing dispute ever settled?"):      "Was the fencing dispute ever settled?",
		greeted("Did the grange come back with comments?"):    "Did the grange come back with comments?",
		greeted("Have the soil test results come back?"):      "Have the soil test results come back?",
	})
	none(t, CodeNudgePhrase,
		greeted("Here's where the barn lease stands: the grange signed it Tuesday."),
		greeted("Here is where it stands: Marta has the lease and signs Friday."),
		greeted("I know where the hay contract stands: it's with Marta."),
		greeted("Did the grange vote for the $6 price or the $7 one?"),
		greeted("When did the grange come back with comments?"))
	labeled(t, model.Substantive,
		greeted("Here is where it stands: Marta has the lease and signs Friday."),
		greeted("I know where the hay contract stands: it's with Marta."),
		greeted("Did the grange vote for the $6 price or the $7 one?"))
}

// A short question whether something arrived is a check-in in the other
// languages too, with no "already" needed: a past form of receiving, or
// its participle after an auxiliary of a finished step. Before lr.254
// these scored 42 to 47, touching base on the model's weights alone;
// now the question is marked. Wanting a thing with the same verb ("can
// we get a discount?"), a figure, a question word or a choice keep it a
// question.
func TestReceiptQuestionsInOtherLanguages(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hallo Frau Brandt, haben Sie den Pachtvertrag erhalten? Viele Grüße, Jan": "haben Sie den Pachtvertrag erhalten?",
		"Hoi Femke, heeft u de factuur voor het hooi ontvangen? Groeten, Bas":      "heeft u de factuur voor het hooi ontvangen?",
		"Hola Inés, ¿recibiste el contrato del granero? Saludos, Luis":             "recibiste el contrato del granero?",
		"Olá Rita, você recebeu a fatura do feno? Abraços, Pedro":                  "você recebeu a fatura do feno?",
		"Ciao Chiara, il contratto del fienile è arrivato? Saluti, Marco":          "il contratto del fienile è arrivato?",
	})
	none(t, CodeNudgePhrase,
		"Hallo Frau Brandt, können wir für das Heu einen Rabatt erhalten? Viele Grüße, Jan",
		"Hallo Frau Brandt, möchten Sie den Pachtvertrag per Post erhalten? Viele Grüße, Jan",
		"Hola Inés, ¿recibiste el contrato del granero con el precio de 42 euros? Saludos, Luis",
		"Hallo Frau Brandt, wann haben Sie den Pachtvertrag erhalten? Viele Grüße, Jan",
		"Hoi Femke, heeft u de offerte ontvangen of zal ik hem opnieuw sturen? Groeten, Bas")
}

// A price that goes up or down on a day is news in the other languages
// too (announcedChange with each language's rises), and a price counted
// in a currency's name ("40 euros") is money: before lr.255 these scored
// 39 to 42, touching base, the check-in before them outweighing news
// read only in English. Asked, or a condition, it is no news.
func TestPriceChangesInOtherLanguages(t *testing.T) {
	floored(t, CodeNews, map[string]string{
		"Hola Inés, ¿recibiste el contrato del granero? El precio del heno baja a 40 euros desde el lunes. Saludos, Luis": "El precio del heno baja a 40 euros desde el lunes",
		"Hallo Frau Brandt, gibt es Neuigkeiten? Der Heupreis sinkt ab Montag auf 40 Euro. Viele Grüße, Jan":              "Der Heupreis sinkt ab Montag auf 40 Euro",
		"Ciao Chiara, novità? Il prezzo del fieno scende a 40 euro da lunedì. Saluti, Marco":                              "Il prezzo del fieno scende a 40 euro da lunedì",
		"Hoi Femke, nog nieuws? De hooiprijs daalt vanaf maandag naar 40 euro. Groeten, Bas":                              "De hooiprijs daalt vanaf maandag naar 40 euro",
		"Olá Rita, alguma novidade? O preço do feno cai para 40 euros a partir de segunda-feira. Abraços, Pedro":          "O preço do feno cai para 40 euros a partir de segunda-feira",
	},
		"Hola Inés, ¿alguna novedad? ¿El precio del heno baja a 40 euros el lunes? Saludos, Luis",
		"Hola Inés, ¿alguna novedad? Si el precio del heno baja a 40 euros el lunes, compramos. Saludos, Luis",
		"Hoi Femke, nog nieuws? Als de hooiprijs vanaf maandag naar 40 euro daalt, bestellen we. Groeten, Bas")
}

// "Let me know if…" asks where things stand when what follows is a step
// someone else took, in the past: signed, paid, approved, received. Before
// lr.257 only a word of passing on ("sent", "faxed") or "have" with a
// participle made it a check-in, so "let me know if legal signed the
// lease" scored 87 on a request of its own. The writer's own step ("the
// changes I posted"), a miss ("if the samples were never received"), a figure, a
// day or a choice after the step, and asking whether material this email
// hands over arrived keep it what it was.
func TestLetMeKnowWhetherAStepWasTaken(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Please let me know if the grange signed the lease."):   "let me know",
		greeted("Let me know if the hay invoice was paid."):             "Let me know",
		greeted("Let me know whether the board approved the budget."):   "Let me know",
		greeted("Please let me know if you received the soil samples."): "let me know",
	})
	none(t, CodeNudgePhrase,
		greeted("Please let me know if the soil samples were never received."),
		greeted("Let me know if the changes I posted look right."),
		greeted("Let me know if you approved the $40 price, so I can order the bales."),
		greeted("Let me know if you scheduled the delivery for Tuesday or Wednesday."),
		greeted("Attached is the signed lease. Please let me know if you received it."))
	labeled(t, model.TouchingBase,
		greeted("Please let me know if the grange signed the lease."),
		greeted("Let me know whether the board approved the budget."))
	labeled(t, model.Substantive,
		greeted("Let me know if you approved the $40 price, so I can order the bales."),
		greeted("Attached is the signed lease. Please let me know if you received it."))
}

// A reply that opens by taking up what the reader offered ("That works for
// me.", "Either day works for us.") is the answer they wait for. Before
// lr.258 these scored 45 to 48, touching base: no answer word stood on its
// own, and nothing said the reply answered. Now the acceptance is the
// answer the reasons quote, and it floors the email. Asking whether a
// time works, or a condition ("it works for me if…"), accepts nothing.
func TestAcceptanceIsAnAnswer(t *testing.T) {
	floored(t, CodeAnswer, map[string]string{
		greeted("That works for me."):       "That works for me",
		greeted("Either day works for us."): "Either day works for us",
		greeted("I can do either."):         "I can do either",
		greeted("Count me in for two."):     "Count me in for two",
	},
		greeted("Let me know if that works for you."),
		greeted("Let me know if either time works."))
	none(t, CodeAnswer, greeted("It works for me if it works for the grange."))
}

// A French hour with its minutes, "14h30", is one time. Before lr.259 the
// minutes were read as a figure of their own ("New figure: 30").
func TestFrenchHourWithMinutes(t *testing.T) {
	quotes(t, CodeDateTime, map[string]string{
		"Bonjour Marie, on se voit jeudi à 14h30 ? Cordialement, Jean": "14h30",
	})
	none(t, CodeFigure,
		"Bonjour Marie, on se voit jeudi à 14h30 ? Cordialement, Jean",
		"Bonjour Marie, je vous rappelle demain à 9h00. Cordialement, Jean")
}

// A bare question whether a step was taken is a check-in whatever the
// verb when it is passive ("Has the PO been issued?", "Was the check
// cashed?"), and the paperwork of a purchase joins the step verbs ("Did
// you issue the PO?"). Before lr.260 these scored 59 to 77 when the verb
// was not a step verb. Asked about the reader ("Were you pleased with the
// samples?"), with a figure, a day or a choice, or in another language
// ("Was passt Ihnen besser?" is German) it stays a question.
func TestPassiveStepAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Has the PO been issued?"):             "Has the PO been issued?",
		greeted("Has the grange account been set up?"): "Has the grange account been set up?",
		greeted("Was the hay check cashed?"):           "Was the hay check cashed?",
		greeted("Has a decision been made?"):           "Has a decision been made?",
		greeted("Did you issue the PO?"):               "Did you issue the PO?",
		greeted("Did the co-op renew the lease?"):      "Did the co-op renew the lease?",
	})
	none(t, CodeNudgePhrase,
		greeted("Were you pleased with the samples?"),
		greeted("Have you been involved in the barn lease?"),
		greeted("Has the PO been issued for the 40 bales?"),
		greeted("Was the auction moved to Tuesday?"),
		greeted("Were the bales delivered to the north barn or the south barn?"),
		"Hallo Herr Vogel, ich könnte Dienstag oder Mittwoch. Was passt Ihnen besser? Gruß, Jan")
}

// "Nudging this" is a bump in other words, and "any chance you've looked
// at…" asks whether the reader looked, as "any chance you had a look"
// does. Before lr.261 "Just nudging this up." scored 63 and "Any chance
// you've looked at the redlines?" 66. Nudging something else ("the vet
// is nudging the cows") is no check-in, and news after the nudge still
// floors the email.
func TestNudgingAndLookedAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Just nudging this up."):                     "Just nudging",
		greeted("Gently nudging this."):                      "Gently nudging",
		greeted("Any chance you've looked at the redlines?"): "Any chance you've looked",
		greeted("Any chance you reviewed the hay quote?"):    "Any chance you reviewed",
	})
	none(t, CodeNudgePhrase, greeted("The vet is nudging the cows toward the barn."))
	labeled(t, model.Substantive, greeted("Nudging this: we can do $40 a bale if you order by Friday."))
}

// A question that asks what the reader knows of a step, through "if" or
// "whether" ("Do you know if the grange signed the lease?", "Any idea
// whether the check was mailed?"), asks where things stand as "let me
// know if…" does. Before lr.262 such questions scored 75 to 86. The
// writer's own step, a choice, a date, a step still to come, a miss and
// the receipt of what this email hands over keep it a question.
func TestWrappedStepAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Do you know if the grange signed the lease?"):         "Do you know if the grange signed the lease?",
		greeted("Any idea whether the hay check was mailed?"):          "Any idea whether the hay check was mailed?",
		greeted("Could you tell me if the co-op approved the budget?"): "Could you tell me if the co-op approved the budget?",
		greeted("Can you confirm whether you received the samples?"):   "Can you confirm whether you received the samples?",
	})
	none(t, CodeNudgePhrase,
		greeted("Attached is the lease. Can you confirm whether you received it?"),
		greeted("Do you know if the grange signed the lease or the renewal?"),
		greeted("Do you know if the grange can take 300 bales on Friday?"),
		greeted("Do you know if we paid the deposit?"),
		greeted("Do you know if the check never came?"),
		greeted("Any idea if the board signed the lease on March 3?"))
}

// A bump in other words ("Bringing this back up.", "Re-upping this."), an
// ask when the reader will decide ("When can we expect a decision on the
// lease?", "Will you have an answer by Friday?"), an ask for the verdict
// of someone who saw it ("What did the grange board think?") and whether
// it still stands ("Does this still make sense for the co-op?", "Is this
// back on the table?") are check-ins. Before lr.263 they scored 55 to 74.
// The same words telling what is expected or what the writer did, and
// news after the bump, are no check-in or keep the email substantive.
func TestBumpsAndDecisionTimingAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Bringing this back up."):                      "Bringing this back up",
		greeted("Re-upping this."):                             "Re-upping this",
		greeted("When can we expect a decision on the lease?"): "can we expect a decision",
		greeted("Will you have an answer by Friday?"):          "Will you have an answer",
		greeted("What did the grange board think?"):            "What did the grange board think",
		greeted("Does this still make sense for the co-op?"):   "still make sense",
		greeted("Is this back on the table?"):                  "Is this back on the table",
	})
	none(t, CodeNudgePhrase,
		greeted("We expect a decision Friday."),
		greeted("The board will have an answer by Friday, and the price holds until then."),
		greeted("I raised this again with legal and they approved the $6 price."),
		greeted("Good news: the $6 price is back on the table."))
	labeled(t, model.Substantive, greeted("Bringing this up again: the price goes to $7 on March 1."))
}

// A promise only to chase the reader again ("I'll check back in a couple
// of weeks", "I'll follow up with you in January", "I'll try you again
// next week") tells the reader nothing but when the next nudge comes:
// before lr.264 it counted as a commitment and scored 56 to 80. A chase
// of someone else, a step named after the phrase and a bare "…and I'll
// follow up." stay commitments; an instruction to follow up is none.
func TestWritersChaseIsACheckIn(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("I'll check back in a couple of weeks."):   "check back",
		greeted("I'll follow up with you in January."):     "follow up",
		greeted("I'll try you again next week."):           "try you again",
		greeted("We'll circle back after the holidays."):   "circle back",
		greeted("I'll touch base with you again Tuesday."): "touch base",
	})
	none(t, CodeNudgePhrase,
		greeted("I'll check back with the grange and let you know by Friday."),
		greeted("I'll follow up with the carrier and send you the tracking number."),
		greeted("Send me the grange treasurer's number and I'll follow up."),
		greeted("Please follow up with Kim on the hay invoice."))
	labeled(t, model.Substantive, greeted("The revised quote is attached: 40 bales at $6. I'll follow up next week."))
}

// Putting the talk off to a later time and saying nothing else is a
// check-in: "Shall we pick this up after the holidays?", "Let's revisit in
// January if that's better timing", "Should I reach back out in a few
// months?" scored 63 to 84 before lr.265. Work named after the phrase, a
// near day, a condition with news of its own and a reason after "when"
// keep the email substantive.
func TestDeferralsAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Shall we pick this up after the holidays?"):            "pick this up",
		greeted("Let's revisit in January if that's better timing."):    "revisit",
		greeted("Should I reach back out in a few months?"):             "reach back out",
		greeted("Would it be better if I circled back in March?"):       "circled back",
		greeted("I'll check back in May if that works for the grange."): "check back",
		greeted("Would it make sense to revisit this next quarter?"):    "revisit",
	})
	none(t, CodeNudgePhrase,
		greeted("Kim will pick it up from the feed store tomorrow after 2."),
		greeted("We need to revisit the liability cap before signing: 12 months of fees is too low."),
		greeted("Let's revisit in January if the grange approves the $6 price."),
		greeted("Let's pick this up in the spring when the new baler ships."),
		greeted("I'll pick it up from the post office in the morning."))
}

// Terms the reader already holds, said again after "As a reminder," or
// "As mentioned," are no new figures: the sentence restates (lr.330).
// Before, the figures counted as new ("As a reminder, the proposal is
// for 250 bales at $6 a bale with delivery included" after a check-in
// scored 60), and a proposal word naming the thing they hold ("the
// pilot") kept "As mentioned," from restating. New terms, or news, after
// the opener still count; "included" in "with delivery included" is no
// word of something done.
func TestRemindedTermsRestate(t *testing.T) {
	labeled(t, model.TouchingBase,
		greeted("Just following up on the lease. As a reminder, the lease covers 40 acres at $90 an acre. Any questions, just ask."),
		greeted("Just following up on the hay. As a reminder, the proposal is for 250 bales at $6 a bale with delivery included."),
		greeted("As a friendly reminder, your current hay contract renews on March 1 at $4,800 a year."),
		greeted("Following up on the hay trial. As noted, the pilot runs 20 bales a week for 6 weeks. Glad to talk it over by phone."))
	labeled(t, model.Substantive,
		greeted("As a reminder, the new hay pricing takes effect on March 1: $6 a bale."),
		greeted("As a reminder, the grange approved the lease at $90 an acre."),
		greeted("As a reminder, the lease now includes the loft at $200 a month."))
}

// A chase put off by a count in figures is a check-in, as it is in words
// ("I'll check back in two weeks"); a chase set for a clock time or a
// day of the month is one the reader can plan on, whatever the figure.
// Before lr.329 laterWords' "q1" to "q4" made 1 to 4 count as times some
// way off, so "in 3 weeks" was a check-in and "in 5 weeks" was not, and
// "Thursday at 2" was a check-in and "Thursday at 11" was not.
func TestDeferralCountedInFigures(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("I'll check back in 5 weeks."):         "check back",
		greeted("We'll circle back in 6-8 months."):    "circle back",
		greeted("I'll follow up with you in 3 weeks."): "follow up",
	})
	none(t, CodeNudgePhrase,
		greeted("We'll touch base Thursday at 2."),
		greeted("I'll check back on March 3."))
}

// The asks of early talks are check-ins: "Curious how things are going
// with your evaluation", "Would love to get your thoughts when you
// have a minute", "Is this something you're still exploring?"; and a
// meeting wished for with no time is a pleasantry ("I'd love to continue
// our conversation", "What does your calendar look like?"). Before lr.266
// such lines scored 54 to 77. The calendar asked about on
// a day, and news after the phrase, stay substantive.
func TestEarlyTalkAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Curious how things are going with the hay trial."):        "how things are going with",
		greeted("Would love to get your thoughts when you have a minute."): "love to get your thoughts",
		greeted("Is the barn lease something you're still exploring?"):     "still exploring",
	})
	checkIns(t, CodeFiller, map[string]string{
		greeted("I'd love to continue our conversation about the grange's feed plan."): "continue our conversation",
		greeted("What does your calendar look like?"):                                  "What does your calendar look like?",
	})
	labeled(t, model.Substantive,
		greeted("What does your calendar look like Thursday afternoon for the bale count?"),
		greeted("We're still exploring two options: 300 bales at $6 or 400 at $5.50."))
}

// A pleasantry that wishes for a meeting proposes it when its sentence
// names the day, the date or the clock time: "Let's chat Friday at 11
// about the hay contract" scored 34 and "Love to find a time on March 3
// for the barn walk-through" 43 before lr.267. Without a day ("next
// week", "in March", "sometime soon") or with the day past a semicolon it
// stays a pleasantry.
func TestMeetingWishOnADayProposes(t *testing.T) {
	quotes(t, CodeProposal, map[string]string{
		greeted("Let's chat Friday at 11 about the hay contract."):                         "Let's chat Friday at 11",
		greeted("Would love to grab 20 minutes Thursday at 10 to walk through the quote."): "Would love to grab 20 minutes",
		greeted("Love to find a time on March 3 for the barn walk-through."):               "Love to find a time on March 3",
		greeted("Would love to connect at 2:30 tomorrow about the bale count."):            "Would love to connect at 2:30",
	})
	labeled(t, model.Substantive,
		greeted("Let's chat Friday at 11 about the hay contract."),
		greeted("Just checking in. Would love to connect Tuesday at 2."))
	labeled(t, model.TouchingBase,
		greeted("Would love to connect next week."),
		greeted("Let's catch up in March."),
		greeted("Would love to connect sometime; I'm out Tuesday."))
	none(t, CodeProposal, greeted("Would love to connect sometime; I'm out Tuesday."))
}

// Material handed over after a semicolon stands apart from the check-in
// before it, as it does after a period or the opener's comma: "Just
// checking in; the revised hay quote is attached" scored 26 before lr.268
// and "Just checking in. The revised hay quote is attached." 62. A clause
// that asks about the attachment, or says it is not there, stays with the
// check-in.
func TestMaterialAfterASemicolon(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("Just checking in; the revised hay quote is attached."),
		greeted("Any update on the barn lease; the signed addendum is attached."))
	labeled(t, model.TouchingBase,
		greeted("Checking in on the lease; did the attached come through?"),
		greeted("Any update; I haven't attached the form yet."),
		greeted("Just checking in; any answer helps."))
}

// What someone newly does or can do is news, and floors an email that
// checks in first: "Just checking in. We now offer net 60 terms on hay
// orders." scored 43 and "Quick follow-up: the mill can now ship same
// day." 38 before lr.269. "Now" as the present moment, the reader's own
// doing, a question, a condition and a need keep it what it was.
func TestNewlyDoesIsNews(t *testing.T) {
	quotes(t, CodeNews, map[string]string{
		greeted("Just checking in. We now offer net 60 terms on hay orders."): "We now offer net 60 terms",
		greeted("Following up: the co-op now carries our feed."):              "the co-op now carries our feed",
		greeted("Quick follow-up: the mill can now ship same day."):           "the mill can now ship same day",
	})
	labeled(t, model.Substantive,
		greeted("Just checking in. We now offer net 60 terms on hay orders."),
		greeted("Following up: the co-op now carries our feed."),
		greeted("Quick follow-up: the mill can now ship same day."))
	labeled(t, model.TouchingBase,
		greeted("Checking in. I know you now have a new treasurer."),
		greeted("Any update? We now need your signature by Friday."),
		greeted("Touching base: can the grange now sign?"))
	none(t, CodeNews, greeted("Right now we support two hay grades."), greeted("Do you now carry our feed?"))
}

// "Just wanted to" before a word of passing news on opens the news, as
// the same words without "just" do: "Just wanted to tell you Kim is
// working on the hay lease." scored 31 before lr.270. A check-in after it,
// or only an offer of help, stays touching base.
func TestJustWantedToTell(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("Just wanted to tell you Kim is working on the hay lease."),
		greeted("Just wanted to share that the grange is reviewing the quote."))
	labeled(t, model.TouchingBase,
		greeted("Just wanted to touch base about the lease."),
		greeted("Just wanted to say we're here if you need anything."))
	none(t, CodeFiller, greeted("Just wanted to tell you Kim is working on the hay lease."))
}

// What someone else will do, or what will happen, at a time the sentence
// names is a dated plan the reader learns, and floors an email that
// checks in first: "Checking in. The carrier will pick up the bales
// Tuesday morning." scored 43 before lr.271. A question, a condition, a
// hope, a pleasantry and the writer's own need keep it what it was.
func TestDatedPlanIsNews(t *testing.T) {
	quotes(t, CodeNews, map[string]string{
		greeted("Checking in. The carrier will pick up the bales Tuesday morning."): "The carrier will pick up the bales Tuesday morning",
		greeted("Just checking in. The mill will be closed for inventory Monday."):  "The mill will be closed for inventory Monday",
	})
	labeled(t, model.Substantive,
		greeted("Checking in. The carrier will pick up the bales Tuesday morning."),
		greeted("Just checking in. The mill will be closed for inventory Monday."),
		greeted("Just checking in. They'll ship the pallets Friday."))
	labeled(t, model.TouchingBase,
		greeted("Just checking in. It will be great to see you Friday."),
		greeted("Just checking in. Let me know if Kim will join Thursday's call."),
		greeted("Just checking in. Will Kim join Thursday's call?"),
		greeted("Just checking in. I hope Kim will join Thursday's call."),
		greeted("Just following up since we will need your decision by Friday."))
}

// The nudges of international business English are check-ins: "Kindly
// revert on the below.", "Please revert at the earliest.", "Waiting for
// your confirmation." scored 58 to 81 before lr.272. "Revert" as undoing,
// the writer's promise to revert, a status given and news of a positive
// response stay substantive.
func TestInternationalNudges(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Kindly revert on the below."):                      "Kindly revert",
		greeted("Please revert at the earliest."):                   "Please revert",
		greeted("Waiting for your confirmation."):                   "Waiting for your",
		greeted("Can you please revert on the trailing mail?"):      "please revert",
		greeted("Request you to share the status at the earliest."): "share the status",
	})
	labeled(t, model.Substantive,
		greeted("We reverted the feed order change on Friday, so the mill ships again."),
		greeted("I will revert by Friday with the revised bale pricing."),
		greeted("I can confirm the status of the hay order: it shipped Friday."),
		greeted("We got a positive response from the grange on the lease."))
}

// Asking what stands in the way, when to chase, or whether the note fell
// into a spam folder asks for a reply and nothing else (lr.273): "What's
// the holdup?" scored 58 and "When should I check back?" 57. Saying what
// holds things up, a blocker denied beside a date, or a holdup named in
// a condition with an offer still tell.
func TestHoldupAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("What's the holdup on the barn lease?"):      "What's the holdup",
		greeted("Is anything holding up the feed order?"):    "anything holding",
		greeted("What's the hold-up with the grange?"):       "What's the hold-up with the grange?",
		greeted("What is holding up the signature?"):         "What is holding up the signature?",
		greeted("Any blockers on the co-op's side?"):         "Any blockers on the co-op's side?",
		greeted("When should I circle back?"):                "When should I circle back",
		greeted("Did the quote land in your spam folder?"):   "in your spam",
		greeted("Should I check back with you next season?"): "check back",
	})
	labeled(t, model.Substantive,
		greeted("The holdup is the insurance certificate; we'll have it Friday."),
		greeted("We don't have any blockers; the install is set for May 4."),
		greeted("What's holding up the shipment is a missing customs form, attached."),
		greeted("If the deposit is holding things up, we can waive it for orders over 300 bales."),
		greeted("When should I deliver the 40 pallets, Tuesday or Thursday?"))
}

// A status ask that offers a step of the writer's instead ("Any update on
// the PO, or shall we send the contract for signature?", 21 before
// lr.274) hands the reader a decision, and a question whether the writer
// may take a step on a named day proposes it ("Any update on the PO? Can
// we ship the 40 pallets Tuesday?", 43; "Just checking in. Can I call you
// Tuesday?", 28). Waiting, a chase, or what the reader will give stays a
// check-in.
func TestStepOfferedInstead(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("Any word on the barn lease, or shall we send the contract for signature?"),
		greeted("Any update on the feed order, or can we ship the 40 pallets Tuesday?"),
		greeted("Just checking in on the hay, or would you rather we split it into two loads?"),
		greeted("Any update on the feed order? Can we ship the 40 pallets Tuesday?"),
		greeted("Any news from the grange? Should I call Kim on Thursday?"),
		greeted("Just checking in. Can I call you Tuesday?"))
	labeled(t, model.TouchingBase,
		greeted("Any update on the feed order, or should I just wait?"),
		greeted("Any update, or should I check back next month?"),
		greeted("Any news, or is it still with legal?"),
		greeted("Any update, or should we just assume Friday is off?"),
		greeted("Any update on the feed order? Can we hear back by Friday?"),
		greeted("Any update? Could I check back Thursday?"))
}

// What happens at a named time, said in the present of someone or
// something else, is a dated plan the reader learns, as its "will" form
// is (lr.275): "Did you get the samples we shipped Monday? The second lot
// goes out Friday." scored 44, "Just checking in. The truck leaves
// Tuesday." 40. A deadline, a reminder, a meeting of theirs, the reader's
// or the writer's own doing, a hope, a question and a condition tell no
// plan.
func TestPresentPlanOnDayIsNews(t *testing.T) {
	quotes(t, CodeNews, map[string]string{
		greeted("Did you get the samples we shipped Monday? The second lot goes out Friday."): "The second lot goes out Friday",
		greeted("Just checking in. The feed truck leaves Tuesday."):                           "The feed truck leaves Tuesday",
	})
	labeled(t, model.Substantive,
		greeted("Any news? The grange meets Thursday."),
		greeted("Following up. The second load ships on the 14th."))
	labeled(t, model.TouchingBase,
		greeted("Any update? The hay quote expires Friday."),
		greeted("Any news? As a reminder, the auction starts Saturday."),
		greeted("Just checking in. Our call starts Tuesday at 10."),
		greeted("Just checking in before you leave Friday."),
		greeted("Just checking in. Hope the truck arrives Tuesday."),
		greeted("Just checking in. Does the truck leave Tuesday?"),
		greeted("Just checking in. If the truck leaves Tuesday, let me know."))
}

// "Let me know if" a thing went out or through asks where it stands, as
// "let me know if legal signed it" does (lr.276): "Let me know if the PO
// went out." scored 53, "Let me know if the wire has gone through." 66.
// A choice of days and a miss still tell.
func TestGoneOutAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Let me know whether the feed PO went out."):      "Let me know",
		greeted("Let me know if the hay payment went through."):   "Let me know",
		greeted("Let me know if the grange's wire has gone out."): "Let me know",
	})
	labeled(t, model.Substantive,
		greeted("Let me know if the feed PO went out on Friday or Monday."),
		greeted("Let me know if the feed PO never went out."))
}

// The day something the reader holds runs out is a day they have: "your
// current lease ends January 31", "the quote I sent is valid through the
// 30th" after a check-in remind, as the labeled renewals and quotes that
// say so are touching base. Before lr.277 "Quick nudge on the renewal.
// Your current term ends January 31.", between a greeting and a sign-off
// under the subject "Re: hay order", scored 51, substantive. A day just
// set ("the new quote", "your lease now runs…"), a deadline in a clause
// of another kind, someone else's or the writer's own offer keep theirs.
func TestKnownDeadlineIsNoNewDate(t *testing.T) {
	want := map[string]string{
		greeted("Quick nudge on the feed renewal. Your current lease ends January 31."):          "January 31",
		greeted("Checking in on the hay PO. The quote is only good through Friday."):             "Friday",
		greeted("Any update on the barn renewal? Your trial runs out Friday."):                   "Friday",
		greeted("Following up on the proposal. Pricing is locked through the end of the month."): "end of the month",
		greeted("Just a reminder that your grange membership expires on the 30th."):              "30th",
	}
	quotes(t, CodePastRef, want)
	labeled(t, model.TouchingBase, slices.Collect(maps.Keys(want))...)
	none(t, CodePastRef,
		greeted("Checking in. The new quote is valid through the 30th and covers 120 bales."),
		greeted("Checking in. Your lease now runs through April 9."),
		greeted("Checking in on the PO. Until the lease ends on the 14th, you have 15 seats."),
		greeted("Checking in. Jasmine has an offer that expires Wednesday."),
		greeted("Checking in. Our offer expires Friday; after that we go to the next bidder."),
		greeted("Checking in. Their contract with the co-op ends January 31."))
}

// Putting a note back in the reader's inbox, asking whether they still
// own the matter, whether they went with another vendor, or whether
// there is anything to help with are check-ins (lr.278). Before, between
// a greeting and a sign-off under the subject "Re: hay order", "Popping
// this back into your inbox." scored 62, "Just making sure you're still
// the right contact for this." 75, "Did you end up going with another
// vendor?" 65 and "Anything I can help with on the rollout?" 68. Another vendor that is no choice of the reader's, someone
// else who is the right person, and help offered beside material still
// tell.
func TestInboxOwnerAndVendorAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Popping this back into your inbox."):                        "Popping this back",
		greeted("Moving this back up in your inbox."):                        "up in your inbox",
		greeted("Just making sure you're still the right contact for this."): "you're still the right",
		greeted("Did you end up going with another vendor?"):                 "another vendor",
		greeted("Did you pick a different supplier?"):                        "different supplier",
		greeted("Anything I can help with on the barn rollout?"):             "Anything I can help with",
	})
	labeled(t, model.Substantive,
		greeted("Could you compare us against another vendor and send me the gaps?"),
		greeted("We moved the feed to another supplier last spring, so the grain volumes dropped."),
		greeted("Pat is still the right person for SSO questions; her number is 555-0143."),
		greeted("Is there anything I can help with before Friday's go-live? The SSO config is attached."),
		greeted("The revised quote should be in your inbox now."))
}

// Asking how a piece of work is going is a status ask, as "how's the
// contract coming?" is, and "how did … go" may name a longer meeting;
// work finished is news, as work completed is (lr.279). Before, "How is
// the barn rollout going?" scored 59, "How did the presentation to the
// grange board go?" 70, and "Any update? We finished the barn inspection
// yesterday." 47, touching base. A day or a week asked after greets; a
// rollout "going to" change something asks another thing; work not
// finished yet is no news.
func TestGoingAsksAndFinishedWork(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("How is the barn rollout going?"):                   "How is the barn rollout going?",
		greeted("How's the hay trial going so far?"):                "How's the hay trial going so far",
		greeted("How are the two grange pilots going on your end?"): "How are the two grange pilots going on your end",
	})
	checkIns(t, CodeFiller, map[string]string{
		greeted("How did the presentation to the grange board go?"): "How did the presentation to the grange board go",
	})
	none(t, CodeNudgePhrase, greeted("How's your day going?"), greeted("How is it going?"))
	labeled(t, model.Substantive, greeted("How's the barn rollout going to change our hay schedule?"))
	quotes(t, CodeNews, map[string]string{
		greeted("Any update? We finished the barn inspection yesterday."): "We finished the barn inspection yesterday",
	})
	labeled(t, model.Substantive, greeted("Any update? We finished the barn inspection yesterday."))
	none(t, CodeNews,
		greeted("Have you finished the lease review?"),
		greeted("Any update? We haven't finished the barn inspection yet."))
}

// Asking whether a meeting set before still stands is a check-in, as
// "are we still set for Monday at 9?" is, and so is asking whether the
// reader is still at the work (lr.280): "Is the 3:00 with the grange still
// happening?" scored 66, "Does Thursday at 10 still work?" 61 (read as a
// time proposed) and "Is legal still reviewing the lease?" 69 before. A
// new time offered beside it, a thing that may have broken, a condition
// and a statement still tell.
func TestMeetingStillOnAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Is the 3:00 with the grange still happening?"): "still happening?",
		greeted("Is our barn walk still happening tomorrow?"):   "still happening tomorrow?",
		greeted("Does Thursday at 10 still work?"):              "still work?",
		greeted("Is tomorrow still a go?"):                      "still a go?",
		greeted("Are we still meeting at 10?"):                  "Are we still meeting",
		greeted("Is legal still reviewing the lease?"):          "Is legal still reviewing",
		greeted("Are you still looking at the hay proposal?"):   "Are you still looking at",
		greeted("Are the vets still working through the form?"): "Are the vets still working through",
	})
	labeled(t, model.Substantive,
		greeted("Does Thursday at 10 still work, or should we move to Friday at 2?"),
		greeted("If Thursday still works for you, I'll send the invite."),
		greeted("The Thursday barn walk is still happening; we added a slot for the vet at 11."),
		greeted("Is the hay auction still happening? The county moved the fair to June 3."),
		greeted("The board is still reviewing the lease; they expect to decide Friday."),
		greeted("Is Priya still looking at the pricing? I can walk her through the $42 tier on Tuesday."))
}

// A reply that takes up what the reader asked or planned, or acknowledges
// what they sent, answers them: DESIGN.md counts short answers as
// substantive (lr.281). Before, as the app reads them (own text, the
// greeting and the sign-off taken off), "Will do." and "Got it." scored
// 42 and "On it." 40, touching base; "Got it." and "On it." alone 47 and
// 43, and "Sounds good. Any update on the PO?" 26. "Will do" and "sounds good" take the reader's request or plan up
// as "works for me" does; "got it" and "on it" only acknowledge, so they
// answer only with no check-in beside them.
func TestAcknowledgementsAnswer(t *testing.T) {
	reply := func(line string) string { return "Hi Dana,\n\n" + line + "\n\nThanks,\nRosa" }
	labeled(t, model.Substantive,
		reply("Will do."), reply("Will do, thanks!"), reply("On it."), reply("Got it."),
		"Got it.", "On it.", reply("Sounds good, talk then!"), reply("Sounds good. Any update on the hay PO?"))
	checkIns(t, CodeNudgePhrase, map[string]string{
		reply("Got it, thanks. Any update on the hay PO?"):      "Any update",
		reply("On it. Just checking in on the barn lease too."): "Just checking in",
	})
}

// Leave given for a step the reader asked about answers them, as an
// acceptance does (lr.282). Every labeled email that opens with "go
// ahead" is substantive; a pool reply the helpers labeled substantive,
// leave to hold a meeting, scored 36. Before, measured as these texts
// stand, "Go ahead." scored 47, "Please go ahead." 46, "Go ahead and have
// the call." and "Go ahead and do it." 41 and "Marco, go ahead…" 43. Only
// an opening "go ahead" answers: asked ("Should I go ahead…?") it answers
// nothing.
func TestGoAheadAnswers(t *testing.T) {
	labeled(t, model.Substantive, "Go ahead.", "Please go ahead.", "Go ahead and have the call.",
		"Go ahead and do it.", "Marco, go ahead and have the call without me.")
	labeled(t, model.TouchingBase,
		"Just checking in. Should I go ahead and book the barn walk?",
		"Any update on whether we can go ahead?")
}

// A sentence that opens by saying again what the reader was told ("As
// discussed,", "As I mentioned on our call,") and then only states it
// points back: its figures and its news are not new (lr.283). Before, as
// these texts stand, the lease restated after a follow-up scored 66 and
// the grange's agreement after "circling back" 67, both substantive. A
// request, material, a promise, the writer's own doings and an opener
// that points inside the email ("As noted below") keep their sentence.
func TestRestatedTermsPointBack(t *testing.T) {
	checkIns(t, CodePastRef, map[string]string{
		"Just checking in on the hay order. As discussed, the delivery fee is $40 a load.":                                   "As discussed",
		"Following up on our call Monday. As I mentioned, the lease runs 12 months and the rent stays at $900.":              "As I mentioned",
		"Circling back on the barn lease. As previously discussed, the grange has agreed to the terms and is ready to sign.": "As previously discussed",
		"Checking in on the hay order. As I mentioned in my e-mail, the bale price holds at $6.":                             "As I mentioned in my e-mail",
	})
	none(t, CodeFigure, "Just checking in on the hay order. As discussed, the delivery fee is $40 a load.")
	labeled(t, model.Substantive,
		"As discussed, please send the signed lease by Friday.",
		"As discussed, attached is the revised lease.",
		"As noted below, the rates changed on Monday.",
		"As we discussed yesterday, Rosa and I walked the barn and we think the roof needs work.",
		"As discussed, we will deliver 300 bales Friday.")
}

// An email that opens on the restating words, with no greeting before
// them, points back as one that greets first does (lr.286). Before, the
// words up to the first comma were taken for a greeting and skipped, and
// "As we discussed, the delivery fee is $40 a load." scored 75 and "As I
// mentioned, the bale price holds at $6." 77, substantive, while "Dana,
// as discussed, the bale price holds at $6." scored 41.
func TestRestatedOpenerWithoutGreeting(t *testing.T) {
	checkIns(t, CodePastRef, map[string]string{
		"As we discussed, the delivery fee is $40 a load.": "As we discussed",
		"As I mentioned, the bale price holds at $6.":      "As I mentioned",
		"Dana, as discussed, the bale price holds at $6.":  "as discussed",
	})
	labeled(t, model.Substantive,
		"As we discussed, please send the signed lease by Friday.",
		"As we discussed, I need the revised exhibit on one page.")
}

// A note of thanks or good wishes and nothing else prompts no reply, so
// it is no check-in (lr.287): before, as these texts stand, "Thanks!"
// scored 45, "Appreciate it!" 46, "ok thanks" 45, "Thanks for the warm
// welcome." 42 and "Thank you for your help on this." 37, all touching
// base. Thanks beside a check-in phrase, a pleasantry or a question is
// still one, and a closing thanks after a request is no reason of its
// own.
func TestThankYouNotes(t *testing.T) {
	texts := map[string]string{
		"Thanks!":                          "Thanks!",
		"Appreciate it!":                   "Appreciate it!",
		"ok thanks":                        "ok thanks",
		"Great, thanks!":                   "Great, thanks!",
		greeted("Thank you so much!"):      "Thank you so much!",
		"Thanks for the warm welcome.":     "Thanks for the warm welcome",
		"Thank you for your help on this.": "Thank you for your help on this",
	}
	quotes(t, CodeCourtesy, texts)
	labeled(t, model.Substantive, slices.Collect(maps.Keys(texts))...)
	labeled(t, model.TouchingBase,
		"Thanks! Any update on the PO?",
		"Bumping this. Thanks!",
		"Thanks for the call. Hope all is well.",
		"Thanks for your patience. Just checking in on the PO.")
	none(t, CodeCourtesy, "Please send the signed lease by Friday. Thanks for your help.")
}

// "How did you go about…" asks how the reader did something, a question
// of its own; "how did the trip go?" is small talk (lr.288). Before,
// the small-talk phrase took both, and "How did you go about choosing
// the last vendor?" scored 26, touching base.
func TestGoAboutAsksHow(t *testing.T) {
	quotes(t, CodeQuestion, map[string]string{
		"How did you go about choosing the last vendor?":           "How did you go about choosing the last vendor?",
		"How did you go about rolling it out to the other depots?": "How did you go about rolling it out",
	})
	labeled(t, model.Substantive,
		"How did you go about choosing the last vendor?",
		"How did you go about rolling it out to the other depots?")
	checkIns(t, CodeFiller, map[string]string{"How did the trip go?": "How did the trip go"})
}

// Asking whether the reader chose someone else is a check-in, as "did
// you end up going with another vendor?" is (lr.289): before, as these
// texts stand, "Did you end up choosing someone else?" scored 49 and "Did
// you go with someone else?" 47 with no phrase to quote. Someone else
// the writer or a third party chose, or asked to take a step, still
// tells.
func TestSomeoneElseChosen(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Did you end up choosing someone else?": "someone else",
		"Did you go with someone else?":         "someone else",
		"Did you end up hiring someone else?":   "someone else",
	})
	labeled(t, model.Substantive,
		"We went with someone else for the hay.",
		"Could someone else on your team sign the lease?",
		"The co-op picked someone else, so we are free Friday.")
	quotes(t, CodeNudgePhrase, map[string]string{"Is there someone else I should talk to?": "someone else I should"})
}

// Asking when to chase the reader again is a check-in, as "when should I
// check back?" is (lr.290): before, as these texts stand, "Is there a
// better time for me to follow up?" scored 54 and "Should I follow up in
// a month or is now a better time?" 72, both substantive, and "When would
// be a good time to follow up?" 41 with no phrase to quote. The best time
// to reach someone else, told, and a longer question that names what the
// writer will bring still tell.
func TestChaseTimeAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Is there a better time for me to follow up?":            "better time for me to follow up?",
		"When would be a good time to follow up?":                "good time to follow up?",
		"When's a good time to circle back with you?":            "good time to circle back with you?",
		"Should I follow up in a month or is now a better time?": "is now a better time?",
	})
	labeled(t, model.Substantive,
		"The best time to follow up with Kim is after 3pm; she's in the field all morning.",
		"Monday is the best time to follow up with their buyer, since the board meets Tuesday.",
		"Is there a better time for me to follow up with the signed contract?",
		"Is now a good time to go over the bid?")
}

// A chase the writer and the reader would make together on a named day
// or at a clock time proposes a talk, as "could we meet on Thursday?"
// does (lr.290): before, "Can we touch base Thursday at 2?", "Would
// Thursday at 2 be a good time to touch base?" and "Should we touch base
// again Thursday?" scored 21, touching base. A vague time, a bound ("by
// Friday"), the writer's own chase and a talk already had stay check-ins.
func TestChaseOnADayProposes(t *testing.T) {
	quotes(t, CodeProposal, map[string]string{
		"Can we touch base Thursday at 2?":                                     "Can we touch base Thursday at 2?",
		"Would Thursday at 2 be a good time to touch base?":                    "Would Thursday at 2 be a good time to touch base?",
		"Would Tuesday morning be a good time to circle back on pricing?":      "Would Tuesday morning be a good time to circle back on pricing?",
		"Let's circle back Monday the 9th.":                                    "Let's circle back Monday the 9th",
		greeted("Should we touch base again Thursday?"):                        "Should we touch base again Thursday?",
		"Would Thursday at 2 be a good time to follow up on the install plan?": "Would Thursday at 2 be a good time to follow up on the install plan?",
	})
	labeled(t, model.Substantive,
		"Can we touch base Thursday at 2?",
		"Would Thursday at 2 be a good time to touch base?",
		"Should we touch base again Thursday?")
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Can we touch base next week?":     "touch base",
		"Can we touch base before Friday?": "touch base",
		"I'll follow up Thursday.":         "follow up",
		"We will follow up Thursday.":      "follow up",
	})
	none(t, CodeProposal, "Did we touch base on Thursday about the lease?")
}

// Asking whether a date set before still stands is a check-in, as "is
// tomorrow still a go?" is, however the standing is put (lr.291):
// before, as these texts stand, "Is the March start still realistic?"
// scored 64 and "Is the 15th still doable?" 53, both substantive, and "Is
// the March start still on track?" 49 with no phrase to quote. A longer
// question asks something of its own.
func TestStillOnTrackAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Is the March start still on track?":  "still on track?",
		"Is the go-live still on schedule?":   "still on schedule?",
		"Is the 15th still doable?":           "still doable?",
		"Is the March start still realistic?": "still realistic?",
		"Is Tuesday still the plan?":          "still the plan?",
	})
	labeled(t, model.Substantive, "Is $4 a bale still realistic given the drought?")
}

// Calling out the silence in jest is a check-in (lr.291): before, as
// these texts stand, "Knock knock." scored 66, "Crickets." 64, "Anyone
// home?" 56 and "Bueller?" 54, all substantive. The same words inside a
// sentence that goes on still tell.
func TestSilenceJests(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hello? Anyone there?": "Hello?",
		"Anyone home?":         "Anyone home?",
		"Crickets.":            "Crickets.",
		"Bueller?":             "Bueller?",
		"Knock knock.":         "Knock knock.",
	})
	labeled(t, model.Substantive,
		"We bought the Bueller farm on Route 9.",
		"Knock knock jokes aside, the bid is $4.20 a bale.",
		"Hello, Dana. The hay is ready.")
}

// A send the writer has just made, reported as the writer's own, hands
// the thing over as "attached" does (lr.292): before, as these texts
// stand, "I just faxed you the signed lease." scored 30, "I just sent
// you the invoices." 25 and "I just sent you the invoices for March and
// April." 26, all touching base, the send read as pointing back. The
// thing named in a clause, a note or a reminder sent, and a send with
// no "just" are as they were.
func TestFreshSendHandsOver(t *testing.T) {
	quotes(t, CodeMaterial, map[string]string{
		"I just faxed you the signed lease.":                "just faxed you the signed lease",
		"We just sent over the revised SOW.":                "just sent over the revised SOW",
		"I have just mailed you the check.":                 "just mailed you the check",
		"I just sent you the invoices for March and April.": "just sent you the invoices for March and April",
	})
	labeled(t, model.Substantive,
		"I just faxed you the signed lease.",
		"I just sent you the invoices.",
		"Just emailed you the W-9 from my other account.",
		"I just sent you the invoices for March and April.")
	labeled(t, model.TouchingBase,
		"Did you get the invoices I just sent you?",
		"I just sent you a quick note about the lease.",
		"I just e-mailed you a quick note about the lease.",
		"I just emailed you a reminder.")
	none(t, CodeMaterial, "I just sent you a quick note about the lease.", "Did you get the invoices I just sent you?")
}

// A month after "for" names the period a thing covers, not when it was
// sent (lr.292): before, "I faxed you the invoices for January and
// February." quoted both months as pointing back. A date the thing was
// sent on still does.
func TestMonthNamesPeriod(t *testing.T) {
	none(t, CodePastRef,
		"I faxed you the invoices for January and February.",
		"I mailed you the statements for March.")
	quotes(t, CodePastRef, map[string]string{"I sent you the invoice on March 3.": "March 3"})
}

// A step proposed for a relative day that pins one ("tomorrow", "this
// afternoon", "demain matin") is as concrete as one proposed for Tuesday
// (lr.298). Before, as Go reads them, "Can we talk tomorrow?" scored 48
// and "Just checking in. Can we talk tomorrow?" 24, touching base, where
// "Can we talk Tuesday?" and "Just checking in. Can we talk Tuesday?"
// pass at 57. A span ("next week") still leaves the day to the reader.
func TestProposalOnRelativeDay(t *testing.T) {
	labeled(t, model.Substantive,
		"Can we talk tomorrow?",
		"How about a call this afternoon?",
		"Just checking in. Can we talk tomorrow?",
		"Following up. Are you free tomorrow?",
		"Bumping this. How about a quick call tomorrow morning?",
		"¿Podemos hablar mañana?")
	labeled(t, model.TouchingBase,
		"Any update? Can we talk next week?",
		"Just checking in. Does any time next week work?",
		"Just checking in. Any update today?")
}

// A day or a time ahead counts as content however common its words
// (lr.297): "tomorrow" counted as a word of its own, while "this
// afternoon", "next week" and "today" counted for nothing, their words
// being function words. Before, as Go reads them, "Let's talk this
// afternoon.", "Let's meet next week." and "I'm free this afternoon."
// scored 41, touching base, where "Let's talk tomorrow." passes. A
// check-in that names when it wants its reply still checks in.
func TestRelativeDayIsContent(t *testing.T) {
	labeled(t, model.Substantive,
		"Let's talk this afternoon.",
		"Let's meet next week.",
		"I'm free this afternoon.")
	labeled(t, model.TouchingBase,
		"Any update this week?",
		"Hoping to hear back today.",
		"Just bumping this up for this week.",
		"Did you get a chance to look at the quote this morning?")
	quotes(t, CodeProposal, map[string]string{
		"Let's meet next week.":      "Let's meet next week",
		"Let's talk this afternoon.": "Let's talk this afternoon",
	})
	none(t, CodeRestates, "Let's meet next week.", "Let's talk this afternoon.")
}

// More ways to take up a time the reader offered (lr.296): "I can make
// either time work.", "Any time that day works." and "I can make it." as
// Go reads them scored 40 or 41, touching base, with no answer quoted.
// Put as a question, an acceptance asks whether it does and answers
// nothing: "That works for me? Let me know." scored 57 before, floored as
// an answer. "I can make it" beside a check-in phrase stays a nudge.
func TestMoreAcceptances(t *testing.T) {
	floored(t, CodeAnswer, map[string]string{
		"I can make either time work.": "I can make either time work",
		"Any time that day works.":     "Any time that day works",
		"I can make it.":               "I can make it",
		"Both days work for us.":       "Both days work for us",
	},
		"That works for me? Let me know.",
		"Either works for me?")
	labeled(t, model.TouchingBase,
		"Just checking in. I can make it.",
		"Any time works? Let me know.")
}

// A send the email waits to see arrive is news of what is on its way,
// not a reminder of what the reader holds (lr.295): before, "I faxed you
// the hay invoices for May and June. Ring me once you get these." and "I
// sent you the revised lease. Let me know once you get it." scored as
// touching base, both quoted as saying nothing new. A send dated in the
// past, a chance to review, the reader's own shipment and a question
// after the arrival still leave the sentence pointing back.
func TestAwaitedSendIsNews(t *testing.T) {
	labeled(t, model.Substantive,
		"I faxed you the hay invoices for May and June. Ring me once you get these.",
		"I sent you the revised lease. Let me know once you get it.",
		"I emailed you the proposal. Once you get it, let us set up a call.",
		"I mailed you the samples. Let me know how they look when they arrive.")
	labeled(t, model.TouchingBase,
		"I forwarded you the revised confirmation on Friday. Let me know when you get it.",
		"I sent you the quote last week. Let me know once you get it.",
		"I sent you the proposal last week. Let me know once you get a chance to review it.",
		"I sent you the quote. When will it arrive?",
		"I sent you the quote. Let me know when your shipment arrives.",
		"I sent you the proposal. Let me know when you get this done.")
	none(t, CodeNothingNew, "I sent you the revised lease. Let me know once you get it.")
}

// Whether someone has weighed in asks where a step stands, as "did the
// board approve it?" does; a step the writer offers to take asks nothing
// of the reader's (lr.293). Before, as these texts stand, "Did the board
// weigh in?" scored 53 (substantive) and "Has Kim weighed in on the
// lease?" 48 with no phrase to quote, while "Did you want me to sign the
// lease?" was quoted as a check-in and scored 21 where "Do you want me to
// review the draft?" scores 47. Someone's say reported still tells.
func TestWeighInAndOfferedSteps(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Did the board weigh in?":          "Did the board weigh in?",
		"Has Kim weighed in on the lease?": "Has Kim weighed in on the lease?",
	})
	none(t, CodeNudgePhrase, "Did you want me to sign the lease?", "Did you want me to review the draft?")
	labeled(t, model.Substantive,
		greeted("Did you want me to sign the lease?"),
		"The board has weighed in: they want the 24-month term.")
}

// Counting one's own attempts to reach the reader tells them nothing but
// that (lr.284): before, as these texts stand, "This is my third email
// about the renewal." scored 55 and "This is the third time I've asked for
// the signed form." 86, both substantive. Someone else's count, or a count
// of what happened, still reports.
func TestAttemptCountsAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"This is my third email about the renewal.":              "my third email",
		"This is the third time I've asked for the signed form.": "third time I've",
	})
	labeled(t, model.Substantive,
		"This is the third time this month the delivery was late.",
		"The 3rd request to the county was approved.")
}

// The asks whether a quiet deal still lives are check-ins (lr.285).
// Before, as these texts stand, "Have priorities shifted?" scored 62,
// "Wanted to bubble this up." 54, "Is the timing still right?" 52 and "Is
// the deal still alive?" 51, all substantive; the rest scored 45 to 47
// with no phrase to quote. Next steps given, an ask about a thing in
// play, and priorities that did shift still tell.
func TestStalledDealAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Wanted to bubble this up.":          "bubble this up",
		"What are next steps on your end?":   "next steps on your end",
		"Did I lose you?":                    "Did I lose you",
		"Have priorities shifted?":           "Have priorities shifted",
		"Is the timing still right?":         "timing still right?",
		"Is the deal still alive?":           "still alive?",
		"Is the renewal still on the table?": "still on the table?",
	})
	labeled(t, model.Substantive,
		"Next steps: legal signs Friday and we ship Monday.",
		"Is the old barn still in play for the sale?",
		"Our priorities shifted after the merger, so we're pausing the rollout until Q3.")
}

// A bare yes-or-no question whether a step was taken asks where things
// stand: "Have you signed the lease?", "Was the check mailed?" (lr.235).
// A choice, a figure, a day, the reader's past ("have you ever…") or a
// step toward the writer keep the question a question; and "If so I can
// deliver Friday" offers, its comma left out or not.
func TestStepAsksAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Have you signed the lease?"):          "Have you signed the lease?",
		greeted("Did the grange pay the hay invoice?"): "Did the grange pay the hay invoice?",
		greeted("Has the barn lease been signed?"):     "Has the barn lease been signed?",
		greeted("Was the check mailed?"):               "Was the check mailed?",
	})
	labeled(t, model.Substantive,
		greeted("Did the board approve the $6 price or the $7 one?"),
		greeted("Did you sign the lease or should I bring a fresh copy Friday?"),
		greeted("Has the grange signed the lease? I can deliver 300 bales Friday."),
		greeted("Did you get a chance to sign the lease? If so I can deliver 300 bales Friday."))
	none(t, CodeNudgePhrase,
		greeted("Have you ever ordered hay from us before?"),
		greeted("Did you sign the lease by Friday?"),
		greeted("Did you send me the lease? Could you resend it, please?"))
}

// A hyphen inside a word keeps a step question bare: "Has the co-op
// decided?" scored 74 and "Have you signed the follow-up form?" 83 before
// lr.241, as the hyphen ended the scan. A choice, the reader's past and a
// day still keep it a question.
func TestHyphenatedStepAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Has the co-op decided?"):                   "Has the co-op decided?",
		greeted("Have you signed the follow-up form?"):      "Have you signed the follow-up form?",
		greeted("Has the co-op board re-signed the lease?"): "Has the co-op board re-signed the lease?",
	})
	none(t, CodeNudgePhrase,
		greeted("Did the co-op sign the lease or the follow-up form?"),
		greeted("Has the co-op ever bought hay from us?"),
		greeted("Did you send the follow-up form to the co-op board on Friday?"))
}

// An invitation's day and time inside a check-in are its topic, not a
// step scheduled: "Following up on the invite for Tuesday at 10" and
// "Resending the invite for Tuesday at 10…" scored 57 before lr.242, the
// floor of a concrete proposal, while "Just checking in on the meeting
// Tuesday at 10" scored 22. A call proposed behind a check-in keeps the
// floor, and so does an invitation sent with no check-in.
func TestInviteInCheckInSchedulesNothing(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Following up on the invite for Tuesday at 10."):                       "Following up",
		greeted("Resending the invite for Tuesday at 10 since the first one bounced."): "Resending",
		greeted("Re-sending the calendar invite for our Tuesday 10am call."):           "Re-sending",
		greeted("Just bumping the invite for the barn walk on Tuesday at 10."):         "bumping",
	})
	labeled(t, model.Substantive,
		greeted("Just checking in: can we meet Tuesday at 10?"),
		greeted("Just following up - does a call Tuesday at 10 work?"),
		greeted("Checking in to see if a call on Tuesday at 10 works for you."),
		greeted("Sending the invite for the barn walk on Tuesday at 10."))
}

// The day of a talk already had points back, as the day of a note sent
// does: "the points we talked about on Monday", "we spoke on March 29"
// (lr.236). The day of what was talked about, a plan still to come,
// stays a date.
func TestTalkedDaysPointBack(t *testing.T) {
	quotes(t, CodePastRef, map[string]string{
		greeted("We spoke on March 29 about the barn lease. Any update?"):     "March 29",
		greeted("Following up on the points we talked about on Monday."):      "Monday",
		greeted("I spoke with the grange on Tuesday. Any news on the lease?"): "Tuesday",
	})
	quotes(t, CodeDateTime, map[string]string{
		greeted("We talked about walking the barn on Monday at 10."):           "Monday at 10",
		greeted("We spoke about a call on Friday at 2pm to settle the price."): "Friday at 2pm",
		greeted("Dana and I talked about hauling the bales today at 10:30."):   "today at 10:30",
	})
	none(t, CodePastRef, greeted("Ik bel je met ingang van 1 juni over de hooiprijs."))
}

// The writer's want of an update is a status ask like "any update?": "I'd
// like an update on the lease", "I need a status report on the barn"
// (lr.237). Wanting an update to a thing is not.
func TestWantedUpdatesAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("I'd like an update on the barn lease."):              "like an update on",
		greeted("I need a status report on the hay order."):           "need a status report",
		greeted("Please provide a status update on the grange deal."): "provide a status update",
		greeted("We would like to get a status on the hay count."):    "like to get a status",
	})
	labeled(t, model.Substantive, greeted("We need an update to the barn software before Friday."))
	none(t, CodeNudgePhrase, greeted("We need an update to the barn software before Friday."))
}

// Asking to be kept informed is a status ask, as "keep me posted" is:
// "do keep me in the loop about the barn", "I need to be kept informed"
// (lr.238). The writer's promise to keep the reader informed, someone
// else's keeping, and "please be advised that…" are not.
func TestLoopAsksAreCheckIns(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Do keep me in the loop about the barn."):         "keep me in the loop",
		greeted("Please keep us informed on the hay order."):      "keep us informed",
		greeted("I need to be kept informed on the grange deal."): "need to be kept",
		greeted("We need to be advised of each bale sold."):       "need to be advised of",
	})
	none(t, CodeNudgePhrase,
		greeted("You will be kept informed of any change to the lease."),
		greeted("Dana has kept me informed on the barn."),
		greeted("Please be advised that the barn is closed Monday."))
}

// "Can we" in German and French (lr.299): "Können wir Dienstag
// telefonieren?" and "Pouvons-nous nous appeler mardi ?" had no proposal
// phrase, where Spanish, Italian, Portuguese and Dutch had theirs, and as
// Go reads them scored 39, touching base. A "we can" that a negation takes
// back proposes nothing.
func TestCanWeInOtherLanguages(t *testing.T) {
	labeled(t, model.Substantive,
		"Können wir Dienstag telefonieren?",
		"Können wir morgen kurz telefonieren?",
		"Pouvons-nous nous appeler mardi ?",
		"Est-ce qu'on peut s'appeler mardi ?")
	quotes(t, CodeProposal, map[string]string{
		"Können wir Dienstag telefonieren?": "Können wir Dienstag telefonieren?",
		"Pouvons-nous nous appeler mardi ?": "Pouvons-nous nous appeler mardi ?",
	})
	none(t, CodeProposal, "Die 300 Ballen können wir diesmal nicht liefern.", "No podemos bajar el precio.")
}

// A step the writer asks to take on a relative day that pins one is asked
// on a day (lr.300), as lr.298 made such a proposal: askedOnDay read only
// day names and dates, so as Go reads them "Should I call Kim tomorrow?"
// scored 48 and "Just checking in. Should I call Kim tomorrow?" 24, where
// the same with "on Thursday" pass at 57. A span ("next week") still
// leaves the day to the reader, and asking when the reader will give
// something ("can we expect a decision tomorrow?") still checks in.
func TestStepAskedForRelativeDay(t *testing.T) {
	labeled(t, model.Substantive,
		"Should I call Kim tomorrow?",
		"Just checking in. Should I call Kim tomorrow?",
		"Any update? Should I swing by tomorrow?")
	labeled(t, model.TouchingBase,
		"Any update? Should I swing by next week?",
		"Just checking in. Can we expect a decision tomorrow?")
}

// More status and receipt asks (lr.301): "Did you hear anything back from
// legal?" (the simple past of "have you heard anything"), "Anything from
// your side on the lease?", "Kindly advise the status.", "Not sure if my
// last message reached you." and Portuguese "subindo esse e-mail" held no
// check-in phrase and, as Go reads them, scored 39 to 46, and the
// Portuguese bump 68. Asking about news from outside the deal, and a
// doubt that goes on to say the thing, are no check-ins.
func TestStatusAsksInOtherWords(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Did you hear anything back from legal?":           "Did you hear anything back",
		"Did you hear anything from the bank?":             "Did you hear anything from",
		"Anything from your side on the lease?":            "Anything from your side",
		"Kindly advise the status.":                        "advise the status",
		"Not sure if my last message reached you.":         "Not sure if my last message reached you.",
		"Oi Paula, subindo esse e-mail pra não se perder.": "subindo esse",
	})
	labeled(t, model.Substantive,
		"Did you hear about the new feed tariff?",
		"Did you hear anything about the drought relief program?",
		"Not sure if the new price reached you: $6 a bale.")
}

// Asks whether the reader got to the matter, in the familiar forms and
// word orders of other languages (lr.302): Spanish "¿pudiste
// comentarlo…?", "¿lograste hablar…?", "¿ya lo revisaste?", "te escribo
// para saber si", "retomo el tema"; French "tu as pu … ?", "tu as eu des
// nouvelles", "des nouvelles ?"; Dutch "heb je al … kunnen kijken?". As
// Go reads them they scored 32 to 53 with no check-in phrase. A report
// with the same verb ("Juan pudo hablar con el banco…"), "comme vous avez
// pu le constater" and news told after the ask stay substantive: Dutch
// "wij kunnen" proposes as "we kunnen" does, and Spanish "aceptó" tells a
// yes as "aprobó" does.
func TestFamiliarStepAsksInOtherLanguages(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hola Marta, ¿pudiste comentarlo con tu jefe? Saludos, Pedro":           "pudiste comentarlo",
		"¿Lograste hablar con tu equipo sobre la renovación?":                   "Lograste hablar",
		"Hola Marta, ¿ya lo revisaste? Saludos, Pedro":                          "ya lo revisaste",
		"¿Tuviste la oportunidad de revisar el presupuesto?":                    "Tuviste la oportunidad",
		"Te escribo para saber si ya viste la cotización.":                      "Te escribo para saber si",
		"Hola Marta, retomo el tema del alquiler de la nave.":                   "retomo el tema",
		"Salut Paul, tu as pu en parler avec ton équipe ? Bonne journée, Julie": "tu as pu en parler avec ton équipe ?",
		"Est-ce que tu as eu des nouvelles ?":                                   "tu as eu des nouvelles",
		"Bonjour Paul, des nouvelles ? Julie":                                   "des nouvelles ?",
		"Hoi Jan, heb je al naar de offerte kunnen kijken? Groet, Eva":          "heb je al naar de offerte kunnen kijken",
		"Heeft u er al met uw team over kunnen praten?":                         "Heeft u er al met uw team over kunnen praten",
	})
	labeled(t, model.Substantive,
		"Juan pudo hablar con el banco y nos aprueban el crédito de 40.000 €.",
		"Comme vous avez pu le constater, le prix baisse de 5 % le 1er mars.",
		"Nous avons eu des nouvelles du fournisseur : la livraison arrive jeudi.")
	none(t, CodeNudgePhrase,
		"Juan pudo hablar con el banco y nos aprueban el crédito de 40.000 €.",
		"Comme vous avez pu le constater, le prix baisse de 5 % le 1er mars.")
	quotes(t, CodeProposal, map[string]string{
		"Heb je er al met je team over kunnen praten? Wij kunnen de levering naar dinsdag 14 mei verschuiven.": "Wij kunnen de levering",
	})
	quotes(t, CodeNews, map[string]string{
		"Quería retomar el tema: el propietario aceptó bajar el alquiler a 900 € al mes.": "aceptó",
	})
	labeled(t, model.Substantive,
		"Heb je er al met je team over kunnen praten? Wij kunnen de levering naar dinsdag 14 mei verschuiven.",
		"Quería retomar el tema: el propietario aceptó bajar el alquiler a 900 € al mes.")
}

// "Have you heard anything about…" asks what the reader may know of news
// from outside the deal, as "Did you hear anything about…" does (lr.303):
// "Have you heard anything about the new tariff on imported feed?" scored
// 21 as a check-in. About the deal between writer and reader (a pointer
// such as "my" or "that", one of its papers or terms, its next steps, or
// a price with a deadline) it still asks where things stand.
func TestHeardAnythingOfOutsideNews(t *testing.T) {
	labeled(t, model.Substantive,
		"Have you heard anything about the new tariff on imported feed?",
		"Heard anything about the drought relief program?",
		"Have you heard anything about the county's new zoning rules for hay barns?")
	none(t, CodeNudgePhrase,
		"Have you heard anything about the new tariff on imported feed?",
		"Heard anything about the drought relief program?")
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Have you heard anything about my proposal?":                                   "Have you heard anything",
		"Have you heard anything about next steps?":                                    "Have you heard anything",
		"Have you heard anything on that front?":                                       "Have you heard anything",
		"Have you heard anything about the $4.20 price? We need to lock it by Friday.": "Have you heard anything",
		"Have you heard anything regarding the board's decision?":                      "Have you heard anything",
		"Have you heard anything about the contract I sent over?":                      "Have you heard anything",
	})
}

// The break-up email's asks (lr.304): whether to take the silence as a
// no ("Should I take this as a no?", "Happy to take a no."), whether the
// matter is dead, no longer a priority or given up, and the smallest
// reply offered ("Even a "no" would help me plan.", "A simple yes or no is
// fine."). As Go reads them they scored 40 to 59 with no check-in phrase.
// A choice put to the reader ("…, yes or no?"), a report that someone gave
// up, and news or a price after the ask stay substantive.
func TestBreakUpAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Should I take this as a no?":                   "take this as a no",
		"Happy to take a no.":                           "take a no",
		`Even a "no" would help me plan.`:               `Even a "no`,
		"A simple yes or no is fine.":                   "A simple yes or no",
		"Should I assume this is no longer a priority?": "assume this is no longer",
		"Have you given up on the project?":             "Have you given up on",
		"Is the deal dead?":                             "Is the deal dead?",
	})
	labeled(t, model.Substantive,
		"Do you want the 40 bales, yes or no?",
		"We have given up on the old barn, so the sale is off.",
		"Should I take this as a no? We dropped the price to $5 a bale.",
		"Is the deal dead? If not, we can hold $3.80 a bale until Friday.")
	none(t, CodeNudgePhrase,
		"Do you want the 40 bales, yes or no?",
		"We have given up on the old barn, so the sale is off.")
}

// A Spanish ask whether someone got to the matter ("pudieron revisar",
// "pudo revisarlo", lr.302's esStepAsks and the older phrases of that
// shape) asks only in a question or after "si" (whether): in a statement
// it reports what was done (lr.305). "Los abogados pudieron revisar el
// contrato y aprobaron el crédito." scored 22 as a check-in, its news
// dropped with the sentence.
func TestStatedSpanishStepsReport(t *testing.T) {
	labeled(t, model.Substantive,
		"Los abogados pudieron hablar con el banco y aprobaron el crédito.",
		"Juan pudo revisarlo ayer y lo aprobó sin cambios.",
		"El comité ha podido revisarlo y firmó el contrato.",
		"Los abogados pudieron revisar el contrato y aprobaron el crédito.")
	none(t, CodeNudgePhrase,
		"Los abogados pudieron revisar el contrato y aprobaron el crédito.",
		"Juan pudo revisarlo ayer y lo aprobó sin cambios.")
	checkIns(t, CodeNudgePhrase, map[string]string{
		"No sé si pudiste verlo con tu equipo.": "pudiste verlo",
		"¿Pudieron revisar el contrato?":        "Pudieron revisar",
	})
}

// German and Italian asks whether the reader could get to the matter yet,
// and Italian, Portuguese and German ways to take a matter up again, are
// check-ins (lr.306): "Hallo Jan, hast du schon mit deinem Chef sprechen können?"
// scored 50 and "Buongiorno, è riuscito a provare l'ambiente demo?" 66.
// German needs the "schon" (or "bereits", "inzwischen") and the question
// mark or "ob"; Italian's formal "è riuscito a" reports outside a
// question. Up to six words may stand between "schon" and the verb, and
// between "Konnten Sie" and the verb of a question in the past (lr.308):
// "Hallo Jan, hast du schon mit deinen Kollegen aus dem Einkauf sprechen
// können?" scored 53 under lr.307.
func TestStepAsksInGermanAndItalian(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hallo Herr Kurz, haben Sie das Angebot schon prüfen können?":                                          "schon prüfen können?",
		"Hallo Jan, hast du schon mit deinem Chef sprechen können?":                                            "schon mit deinem Chef sprechen können?",
		"Sehr geehrte Frau Berg, ich wollte fragen, ob Sie den Vertragsentwurf inzwischen durchsehen konnten.": "ob Sie den Vertragsentwurf inzwischen durchsehen konnten",
		"Buongiorno, è riuscito a provare l'ambiente demo?":                                                    "è riuscito a provare",
		"Buongiorno, è riuscita a parlarne con il suo team?":                                                   "è riuscita a parlarne",
		"Ciao, ti scrivo per riprendere il discorso della settimana scorsa.":                                   "riprendere il discorso",
		"Olá Pedro, volto a entrar em contacto sobre a proposta.":                                              "volto a entrar em contacto",
		"Olá, escrevo para retomar a nossa conversa.":                                                          "retomar a nossa conversa",
		"Hallo, ich wollte das Thema noch einmal aufgreifen.":                                                  "noch einmal aufgreifen",
		"Hallo Jan, hast du schon mit deinen Kollegen aus dem Einkauf sprechen können?":                        "schon mit deinen Kollegen aus dem Einkauf sprechen können?",
		"Hallo Frau Berg, konnten Sie das Angebot inzwischen mit Ihrem Team besprechen?":                       "konnten Sie das Angebot inzwischen mit Ihrem Team",
		"Konnten Sie den Entwurf mit Ihrem Team durchsehen?":                                                   "Konnten Sie den Entwurf mit Ihrem Team",
	})
	labeled(t, model.Substantive,
		"Ciao, Marco è riuscito a parlare con la banca e ci hanno approvato il credito.",
		"Wir haben mit der Bank sprechen können: der Kredit ist genehmigt.")
	none(t, CodeNudgePhrase,
		"Ciao, Marco è riuscito a parlare con la banca e ci hanno approvato il credito.",
		"Wir haben mit der Bank sprechen können: der Kredit ist genehmigt.",
		"Hallo, haben Sie Fragen, die wir prüfen können?")
}

// A price or a term lowered is news in Spanish, Portuguese and Italian
// too (lr.307), as "we lowered the bale price" is in English and
// "nous avons baissé le prix" in French: "Hola, retomo el contacto:
// bajamos el precio a 3,20 € por unidad." scored 40 as a check-in. Asked
// in a short question, whether the price came down is still a check-in.
func TestLoweredPricesInOtherLanguages(t *testing.T) {
	quotes(t, CodeNews, map[string]string{
		"Olá, retomo o contato: baixámos o preço para 3,20 € por unidade.":                 "baixámos",
		"Olá Ana, retomo o assunto: o fornecedor baixou a tabela para 3,20 € por unidade.": "baixou",
		"Hola, retomo el contacto: bajamos el precio a 3,20 € por unidad.":                 "bajamos",
		"Hola Marta, retomo el tema: el fabricante rebajó la tarifa a 2.900 € por unidad.": "rebajó",
		"Ciao, riprendo il filo: abbiamo abbassato il prezzo a 3,20 € al pezzo.":           "abbassato",
	})
	labeled(t, model.Substantive,
		"Olá, retomo o contato: baixámos o preço para 3,20 € por unidade.",
		"Olá Ana, retomo o assunto: o fornecedor baixou a tabela para 3,20 € por unidade.",
		"Hola, retomo el contacto: bajamos el precio a 3,20 € por unidad.",
		"Hola Marta, retomo el tema: el fabricante rebajó la tarifa a 2.900 € por unidad.",
		"Ciao, riprendo il filo: abbiamo abbassato il prezzo a 3,20 € al pezzo.")
	labeled(t, model.TouchingBase,
		"Olá Ana, alguma novidade? O preço baixou?",
		"Hola Marta, ¿ya bajaron el precio?")
}

// TestRefusalsInOtherLanguages: "we can" denied in another language
// refuses a step, as "we can't" does in English; it proposes none (lr.310).
// Before, "No podemos ofrecerle ningún descuento" was quoted as "A
// concrete next step", "Wir können Ihnen leider keinen Rabatt geben" in a
// greeting and a sign-off scored 45, and "keinen Vertrag unterschrieben"
// was news. "No" before a noun ("keinen", "ningún", "nessuno", "nenhum")
// now denies it; a negation denies "suggest" as it does "discount"; and a
// negation after "if" ("si no le viene bien") still leaves the step
// proposed.
func TestRefusalsInOtherLanguages(t *testing.T) {
	refusals := map[string]string{
		"Hola Ana,\n\nno podemos ofrecerle ningún descuento.\n\nSaludos,\nLuis":       "ningún descuento",
		"Non possiamo offrirle nessuno sconto.":                                       "nessuno sconto",
		"Não podemos oferecer nenhum desconto.":                                       "nenhum desconto",
		"We can't give you a discount.":                                               "discount",
		"I don't suggest including the arbitration clause.":                           "suggest including",
		"Wir können Ihnen keinen Rabatt geben, der Preis ist schon knapp kalkuliert.": "keinen Rabatt",
	}
	quotes(t, CodePoint, refusals)
	none(t, CodeProposal, slices.Collect(maps.Keys(refusals))...)
	labeled(t, model.Substantive, append(slices.Collect(maps.Keys(refusals)),
		"Hallo Frau Kaiser,\n\nwir können Ihnen leider keinen Rabatt geben.\n\nViele Grüße\nJan")...)
	none(t, CodeNews, "Leider haben wir noch keinen Vertrag unterschrieben.")
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hallo Herr Weber, ich wollte nachfragen, ob es Neuigkeiten gibt. Wir haben noch keinen Vertrag unterschrieben.": "nachfragen",
	})
	quotes(t, CodeProposal, map[string]string{
		"Hola Ana, si no le viene bien el martes, quedamos el jueves a las 11.":                      "si no le viene bien",
		"Wir können Ihnen leider keinen Rabatt geben, aber wir bieten eine kostenlose Testphase an.": "aber wir bieten",
	})
}

// TestEveryVerdictSaysWhy: every verdict comes with a reason. A short
// reply that no phrase, figure or statement explains ("Understood.", "No
// objection from our side.") quotes the sentence it opens with (lr.311);
// before, such a substantive email had no reason at all, as 7 emails of
// the written sets did.
func TestEveryVerdictSaysWhy(t *testing.T) {
	quotes(t, CodePoint, map[string]string{
		"Understood.":                                    "Says something of its own: “Understood”",
		"No objection from our side.":                    "“No objection from our side”",
		"Pass for now. Too rich for us.":                 "“Pass for now”",
		"Hi Dana,\n\nLooks good to me.\n\nThanks,\nRosa": "“Looks good to me”",
	})
	quotes(t, CodeRequest, map[string]string{
		"Hi Dana,\n\nLet me know when the PO goes out.\n\nThanks,\nRosa": "“Let me know when the PO goes out”",
	})
	sets, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(sets) == 0 {
		t.Fatalf("no sets: %v", err)
	}
	for _, set := range sets {
		for _, ex := range readSet(t, set) {
			if r := Classify(ex.Input()); len(r.Reasons) == 0 {
				t.Errorf("%s %s: %s %d with no reason", set, ex.ID, r.Label, r.Score)
			}
		}
	}
}

// TestEuropeanPortuguesePastIsNews: European Portuguese writes "we did"
// with an accent ("assinámos", "aprovámos", "fechámos"), which Brazilian
// Portuguese writes as "we do" ("assinamos"); both report a step taken
// (lr.312). Before, after a check-in phrase, the three news lines below
// scored 21 to 26, touching base. Negated or asked, it stays a check-in.
func TestEuropeanPortuguesePastIsNews(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		"Olá Ana, alguma novidade? Assinámos o contrato ontem.":           "Assinámos",
		"Olá Ana, alguma novidade? Aprovámos o orçamento.":                "Aprovámos",
		"Olá Ana, alguma novidade? Fechámos o acordo com o distribuidor.": "Fechámos",
	})
	labeled(t, model.TouchingBase,
		"Olá Ana, alguma novidade? Ainda não assinámos o contrato.",
		"Olá Ana, já fechámos o acordo?")
}

// TestClosedDealIsNews: a deal closed is news ("we closed the deal", "the
// sale closed"), as one signed is (lr.313); before, after a check-in
// phrase, both lines below scored 32 and 33, touching base. A place shut
// ("our office is closed Friday") is news to the model but no step of
// the deal, and gets no floor; asked or negated, it stays a check-in.
func TestClosedDealIsNews(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		"Hi Ana, any news? We closed the deal with the distributor.": "We closed the deal",
		"Hi Ana, just checking in. The sale closed yesterday.":       "The sale closed",
	})
	labeled(t, model.TouchingBase,
		"Hi Ana, just checking in. Our office is closed Friday.",
		"Hi Ana, just checking in. Is the deal closed yet?",
		"Hi Ana, following up. The ticket is still not closed.")
}

// TestDealClosedInOtherLanguages: a deal closed is news in Spanish,
// Italian and French too ("cerramos el acuerdo", "abbiamo chiuso la
// trattativa", "nous avons conclu la vente"), as in English and as
// "fechámos o acordo" and "abgeschlossen" already were (lr.314); before,
// after a check-in phrase, the three lines below scored 26 and 27,
// touching base. A place shut after a form of "be" or "stay" ("la oficina
// estará cerrada", "l'ufficio resterà chiuso") is no step of the deal and
// gets no floor; asked with "already", it stays a check-in.
func TestDealClosedInOtherLanguages(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		"Hola Ana, ¿alguna novedad? Cerramos el acuerdo con el distribuidor.":          "Cerramos el acuerdo",
		"Ciao Anna, ci sono novità? Abbiamo chiuso la trattativa con il distributore.": "Abbiamo chiuso la trattativa",
		"Bonjour Anne, du nouveau ? Nous avons conclu la vente avec le distributeur.":  "Nous avons conclu la vente",
	})
	labeled(t, model.TouchingBase,
		"Hola Ana, ¿alguna novedad sobre la propuesta? La oficina estará cerrada el viernes.",
		"Ciao Anna, ci sono novità sulla proposta? L'ufficio resterà chiuso venerdì.",
		"Hola Ana, ¿ya cerraron el trato?",
		"Ciao Anna, avete già chiuso l'accordo?")
}

// TestStepAsksWithoutAlready: in the other languages a short question
// whether a step was taken needs no "already" when the step is a
// participle after an auxiliary (lr.315), as "have you signed the
// contract?" needs none in English. Before, each line below scored 40 to
// 53 as Go reads it, with no check-in phrase; "avez-vous conclu
// l'accord ?" read as a specific question. A figure, a question word, a
// simple past with no auxiliary or the writer's side as the doer ("hemos
// rebajado"; lr.319) keeps the question its own.
func TestStepAsksWithoutAlready(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Bonjour Anne, avez-vous signé le contrat ?":        "avez-vous signé le contrat ?",
		"Bonjour Anne, avez-vous conclu l'accord ?":         "avez-vous conclu l'accord ?",
		"Hola Ana, ¿han firmado el contrato?":               "han firmado el contrato?",
		"Hola Ana, ¿se ha aprobado el presupuesto?":         "se ha aprobado el presupuesto?",
		"Ciao Anna, è stato approvato il budget?":           "è stato approvato il budget?",
		"Ciao Anna, avete firmato il contratto?":            "avete firmato il contratto?",
		"Hallo Anna, haben Sie den Vertrag unterschrieben?": "haben Sie den Vertrag unterschrieben?",
	})
	none(t, CodeNudgePhrase,
		"Bonjour Anne, avez-vous annulé la commande 4411 ?",
		"Bonjour Anne, pourquoi avez-vous refusé ?",
		// the writer's side's step, asked, tells it (lr.319)
		"Hola Ana, ¿sabías que hemos rebajado el precio?",
		"Hallo Anna, wussten Sie, dass wir den Preis gesenkt haben?")
	labeled(t, model.Substantive, "Hola Ana, ¿sabías que hemos rebajado el precio?")
}

// TestStillScheduledAsks: asking whether something planned is still on
// with a word of planning is a check-in (lr.316), as "still set for" and
// "still on for" were: before, the three questions below scored 53 to 69
// as Go reads them. Only asked does it check in: told ("the demo is still
// scheduled for Monday at 10") it gives the reader the time, and a
// question that goes on to a choice or a proposal asks its own, as does
// one that names terms more than two words on ("still confirmed at
// $4.20?"; lr.320, which brought the reach down from four words).
func TestStillScheduledAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hi Shirley, is the demo still scheduled for Monday?": "still scheduled for Monday?",
		"Hi Shirley, is the walkthrough still scheduled?":     "still scheduled?",
		"Hi Shirley, is the install still booked for Monday?": "still booked for Monday?",
	})
	labeled(t, model.Substantive,
		"Hi Shirley, the demo is still scheduled for Monday at 10. I will bring the revised pricing.",
		"Hi Shirley, is the kickoff still planned for the 15th or should we push it to the 22nd?",
		// terms named in the question (lr.320)
		"Hi Dana, is the price still confirmed at $4.20?",
		"Hi Dana, is the delivery still booked for 40 pallets?")
	none(t, CodeNudgePhrase, "Hi Shirley, the demo is still scheduled for Monday at 10. I will bring the revised pricing.")
}

// TestNumberedSubjectIsNoRequest: a word that is an imperative too, at
// the head of a sentence, is the subject when a figure or a word of
// numbering names it and a predicate or a verb of what became of it
// follows (lr.317): "Order 7731-220 shipped today" reports, and before it
// was quoted as "A clear request", as "Invoice number is 4411" and
// "Start date is now June 2" were. "Order 40 more pallets" and "Call
// 555-0142 tomorrow" still instruct.
func TestNumberedSubjectIsNoRequest(t *testing.T) {
	none(t, CodeRequest,
		"Hi Dana, order 7731-220 shipped today.",
		"Hi Dana, Invoice number is 4411.",
		"Hi Dana, Order #58 was paid on Monday.",
		"Hi Dana, Start date is now June 2.")
	quotes(t, CodeNews, map[string]string{"Hi Dana, order 7731-220 shipped today.": "order 7731-220 shipped today"})
	quotes(t, CodeRequest, map[string]string{
		"Hi Dana, Order 40 more pallets by Friday.": "Order 40 more pallets by Friday",
		"Hi Dana, Call 555-0142 tomorrow.":          "Call 555-0142 tomorrow",
	})
}

// TestNobodyDidIsNoNews: a subject that denies the step ("nobody",
// "nothing") says the step was not taken, as "we haven't signed" does
// (lr.318): after a check-in, "Nobody has signed yet." and "Nothing has
// been decided yet." scored 57 as Go reads them, on the Reported floor,
// with a News reason. "Everyone has signed." is news.
func TestNobodyDidIsNoNews(t *testing.T) {
	labeled(t, model.TouchingBase,
		"Hi Ana, just checking in. Nobody has signed yet.",
		"Hi Ana, just checking in. Nothing has been decided yet.")
	none(t, CodeNews,
		"Hi Ana, just checking in. Nobody has signed yet.",
		"Hi Ana, just checking in. Nothing has been decided yet.")
	substantive(t, CodeNews, map[string]string{"Hi Ana, just checking in. Everyone has signed.": "Everyone has signed"})
}

// TestMeetingStillHoldsAsks: an ask whether a meeting set before still
// holds is a check-in in every language (lr.321). "still stand" joined
// the English asks, and a meeting named before the ask ("is the meeting
// on Thursday still happening?") no longer counts as a proposal. As Go
// reads them, the two English lines scored 57 and 53, the French 53 and
// the Dutch 51 and 69, substantive; the German, Spanish, Italian and
// Portuguese ones 32 to 47 with no check-in named. All now score 20 or
// 21. A question that offers another time, and the same meeting told
// rather than asked, stay substantive.
func TestMeetingStillHoldsAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hi Dana, does the Thursday call still stand?":                 "still stand?",
		"Hi Dana, is the meeting on Thursday still happening?":         "still happening?",
		"Hallo Anna, steht unser Termin am Donnerstag noch?":           "steht unser Termin am Donnerstag noch?",
		"Hallo Anna, bleibt es bei unserem Termin am Donnerstag?":      "bleibt es bei unserem Termin am Donnerstag?",
		"Bonjour Anne, notre rendez-vous de jeudi tient-il toujours ?": "tient-il toujours ?",
		"Bonjour Anne, la réunion de jeudi est-elle toujours prévue ?": "toujours prévue ?",
		"Hola Ana, ¿sigue en pie la reunión del martes?":               "sigue en pie la reunión del martes?",
		"Ciao Anna, è ancora confermato l'incontro di giovedì?":        "ancora confermato l'incontro di giovedì?",
		"Olá Ana, a nossa reunião de quinta-feira mantém-se?":          "mantém-se?",
		"Hoi Anna, gaat onze afspraak van donderdag nog door?":         "gaat onze afspraak van donderdag nog door?",
		"Hoi Anna, blijft het bij onze afspraak van donderdag?":        "blijft het bij onze afspraak van donderdag?",
	})
	labeled(t, model.Substantive,
		"Hi Dana, is the meeting on Thursday still happening, or can we move it to Friday at 10?",
		"Hi Dana, could we set up a meeting on Thursday at 10?",
		"Hi Dana, the meeting on Thursday is still on. I will bring the revised pricing.",
		"Hallo Anna, unser Termin am Donnerstag steht. Ich bringe die neuen Preise mit.",
		"Ciao Anna, l'incontro di giovedì è confermato. Porterò i nuovi prezzi.",
		"Hoi Anna, onze afspraak van donderdag gaat door. Ik neem de nieuwe prijzen mee.")
	none(t, CodeNudgePhrase,
		"Hallo Anna, unser Termin am Donnerstag steht. Ich bringe die neuen Preise mit.",
		"Hoi Anna, onze afspraak van donderdag gaat door. Ik neem de nieuwe prijzen mee.")
}

// An ask whether the matter is still a priority, or whether the reader's
// priorities moved, is a check-in in every language, as English "is this
// still a priority on your side?" is (lr.324); before, "¿Sigue siendo una
// prioridad…?" and its kin scored 54 to 71 as specific questions. A
// priority the writer's side holds ("for us", "für uns") is no check-in:
// it gives the reason for what follows.
func TestStillAPriorityAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hallo Herr Weber, ist die Lagerautomatisierung bei Ihnen noch eine Priorität für dieses Jahr? Viele Grüße, Anna":   "noch eine Priorität",
		"Bonjour Claire, la refonte de l'intranet est-elle toujours une priorité pour vous cette année ? Bien à vous, Marc": "toujours une priorité",
		"Hola Javier, ¿el cambio de proveedor sigue siendo una prioridad este año? Saludos, Ana":                            "sigue siendo una prioridad",
		"Ciao Marco, il nuovo portale è ancora una priorità per voi quest'anno? Un saluto, Anna":                            "ancora una priorità",
		"Olá Rui, a nova frota ainda é uma prioridade para vocês este ano? Abraço, Ana":                                     "ainda é uma prioridade",
		"Hoi Sanne, is de nieuwe website nog een prioriteit voor jullie dit jaar? Groet, Pieter":                            "nog een prioriteit",
		"Bonjour Claire, je me demande si vos priorités ont changé depuis janvier. Bien à vous, Marc":                       "vos priorités ont changé",
		"Ciao Marco, forse al momento non è una priorità: dimmelo pure. Anna":                                               "al momento non è una priorità",
	})
	labeled(t, model.Substantive,
		"Hi Tom, data security is still a priority for us: all servers move to Frankfurt on March 1. Best, Anna",
		"Hallo Herr Weber, Datensicherheit ist für uns weiterhin eine Priorität: alle Server stehen ab 1. März in Frankfurt. Viele Grüße, Anna",
		"Olá Rui, a segurança ainda é uma prioridade para nós: o novo turno começa a 3 de março. Abraço, Ana")
	none(t, CodeNudgePhrase,
		"Hi Tom, data security is still a priority for us: all servers move to Frankfurt on March 1. Best, Anna",
		"Hallo Herr Weber, Datensicherheit ist für uns weiterhin eine Priorität: alle Server stehen ab 1. März in Frankfurt. Viele Grüße, Anna")
}

// What someone can now newly do is news in French, German and Dutch, as
// "we can now deliver in three weeks" is in English (lr.326); German and
// Dutch may put the object between "can" and "now". Before, after a
// check-in, each scored 27 to 36 as Go reads them. Asked, it stays a
// check-in's.
func TestCanNowInOtherLanguages(t *testing.T) {
	labeled(t, model.Substantive,
		"Hallo Tom, kurze Nachfrage zum Angebot. Wir können jetzt in drei Wochen liefern. Anna",
		"Hallo Tom, kurze Nachfrage zum Angebot. Wir können die Anlage jetzt in drei Wochen liefern. Anna",
		"Bonjour Marc, je reviens vers vous pour le devis. Nous pouvons maintenant livrer en trois semaines. Anne",
		"Hoi Sanne, even navragen over de offerte. We kunnen nu in drie weken leveren. Pieter",
		"Hoi Sanne, even navragen over de offerte. We kunnen de panelen nu in drie weken leveren. Pieter")
	labeled(t, model.TouchingBase,
		"Hallo Tom, kurze Nachfrage zum Angebot. Können Sie jetzt schon etwas sagen? Anna",
		"Hallo Tom, kurze Nachfrage zum Angebot. Kann ich jetzt mit einer Antwort rechnen? Anna")
}

// An ask whether something set before still holds checks in when it
// names the day the reader already has, however many words the day takes
// ("still on track for next week?", "still scheduled for Tuesday the
// 14th?"); a phrase of stillOnAsks allows two words before its question
// mark, so before lr.331 such asks scored 55 to 70 as specific questions,
// and "Q1" was listed as a new date. A day that ends another ask ("for
// the sale in May?"), or a change proposed after the ask, stays
// substantive.
func TestDatedStillAsks(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Is the hay delivery still on track for next week?"):            "still on track for next week?",
		greeted("Is the barn lease still on the table for Q1?"):                 "still on the table for Q1?",
		greeted("Is the bale pickup still scheduled for Tuesday the 14th?"):     "still scheduled for Tuesday the 14th?",
		greeted("Is the grange walkthrough still booked for Thursday at 10am?"): "still booked for Thursday at 10am?",
		greeted("Is the loft tour still a go for next Monday?"):                 "still a go for next Monday?",
	})
	labeled(t, model.TouchingBase, greeted("Is the barn lease still on the table for Q1?"),
		greeted("Is the loft tour still a go for next Monday?"))
	none(t, CodeDateTime, greeted("Is the barn lease still on the table for Q1?"))
	labeled(t, model.Substantive,
		greeted("Is the old barn still in play for the sale in May?"),
		greeted("Does Friday still work for a hay delivery at 3?"),
		greeted("Is the hay delivery still on track for next week, or should we move it to the 20th?"))
}

// The other languages name a day of the month after its weekday with no
// month ("el martes 9", "mardi 18", "terça, dia 24"): the number is that
// day, one date with the weekday and the hour after it, not a new figure.
// Before lr.332 "martedì 9 alle 10" gave the weekday, a figure 9 and a
// figure 10. A range of hours glued on ("Thursday 2-4") stays one.
func TestWeekdayDayOfMonth(t *testing.T) {
	spans(t, CodeDateTime, map[string][]string{
		"Hola Andrés, el veterinario puede venir el martes 9 a las 10:00.": {"martes 9 a las 10:00"},
		"Bonjour Paul, le vétérinaire peut venir mardi 9 à 10h.":           {"mardi 9 à 10h"},
		"Ciao Marco, il veterinario può venire martedì 9 alle 10.":         {"martedì 9 alle 10"},
		"Olá Rui, o veterinário pode ir terça-feira, dia 9, às 10h.":       {"terça-feira, dia 9, às 10h"},
		"Hi Dana, the vet can come Tuesday 9 at 10am.":                     {"Tuesday 9 at 10am"},
		"Hi Dana, I booked the barn for Thursday 2-4 instead.":             {"Thursday 2-4"},
	})
	none(t, CodeFigure,
		"Hola Andrés, el veterinario puede venir el martes 9 a las 10:00.",
		"Ciao Marco, il veterinario può venire martedì 9 alle 10.",
		"Olá Rui, o veterinário pode ir terça-feira, dia 9, às 10h.")
}

// "When you're back," or "When you get this," opening a sentence only
// says when the rest applies: the rest is read on its own merits. Before
// lr.333 the phrase made the whole sentence a check-in, so a request or a
// new price after it scored 21 to 37. Said after the ask, or before a
// closer, it still checks in.
func TestWhenClauseTimesTheRest(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("When you're back, could you send me the signed lease?"),
		greeted("When you're back, the price goes up to $9 a bale."),
		greeted("When you're back, the one open item is who signs the lease: you or Hal?"))
	labeled(t, model.TouchingBase,
		greeted("Ring me when you're back."),
		greeted("When you get this, give me a call."),
		greeted("When you get a minute, any update on the lease?"))
}

// A check-in that says it came to pass news on ("just checking in to let
// you know…", "I tried calling this morning to let you know…") is that
// news when a step done follows, as it was when a figure or a date did.
// Before lr.333 "Just checking in to let you know the grange approved the
// lease." scored 22, and a day between the phrase and "to" kept even a
// dated report a check-in (25). The writer's own waiting stays one.
func TestCheckInToTellNews(t *testing.T) {
	labeled(t, model.Substantive,
		greeted("Just checking in to let you know the grange approved the lease."),
		greeted("I tried calling to let you know the grange approved the lease."),
		greeted("I tried calling this morning to let you know the hay shipped today; the tracking number is 1Z999AA10123456784."))
	labeled(t, model.TouchingBase,
		greeted("Just checking in to let you know I sent the lease over last week."),
		greeted("Just checking in to let you know Hal and I are still waiting on your answer."),
		greeted("I tried calling this morning to ask where the lease stands."))
}

// A reminder in another language that says again the terms the reader
// holds brings no new figure, as "As a reminder, the proposal is…" does
// not in English (lr.334): "Pour rappel, notre offre porte sur…", "Ter
// herinnering: ons voorstel betreft…", "Le recuerdo que nuestra
// propuesta…". Before, the French and Dutch lines scored 57 to 63 and
// every line listed its figures. Terms made new ("unser neues Angebot"),
// news, the writer's own doing and a modal still bring figures.
func TestForeignReminderRestates(t *testing.T) {
	chases := []string{
		"Bonjour Sophie, pour rappel, notre offre porte sur 250 bottes de foin à 6 € la botte. Bonne journée, Rosa",
		"Goedemorgen Daan, ter herinnering: ons voorstel betreft 40 hectare weiland à 90 euro per hectare. Groet, Rosa",
		"Hallo Herr Brandt, zur Erinnerung: unser Angebot über 250 Heuballen zu 6 € pro Ballen liegt Ihnen vor. Gibt es schon Neuigkeiten? Viele Grüße, Rosa",
		"Hola Diego, te recuerdo que nuestra propuesta es de 250 pacas a 6 € la paca. Un saludo, Rosa",
		"Ciao Marco, ti ricordo che la nostra offerta prevede 250 balle di fieno a 6 € l'una. A presto, Rosa",
	}
	labeled(t, model.TouchingBase, chases...)
	none(t, CodeFigure, chases...)
	labeled(t, model.Substantive,
		"Hallo Herr Brandt, zur Erinnerung: unser Angebot wurde gestern genehmigt, 250 Heuballen zu 6 €. Viele Grüße, Rosa")
	quotes(t, CodeFigure, map[string]string{
		"Hallo Herr Brandt, zur Erinnerung: unser neues Angebot über 250 Heuballen zu 6 € pro Ballen liegt Ihnen vor. Viele Grüße, Rosa": "250",
		"Bonjour Sophie, pour rappel, nous avons baissé notre offre à 250 bottes à 6 € la botte. Bonne journée, Rosa":                    "250",
		"Bonjour Sophie, pour rappel, notre offre sera valable jusqu'au 30 juin à 6 € la botte. Bonne journée, Rosa":                     "6 €",
	})
}

// Chases in the other languages that lr.335's phrases catch: "avez-vous
// eu un retour…?", "heeft u het al met … kunnen bespreken?", "volto a
// contactá-lo", "hoe het met … ervoor staat", "sai già qualcosa…?", "já há
// alguma decisão?", "¿has podido valorar…?", and the reader's busy days
// acknowledged ("immagino tu sia molto impegnato"). Before, all but the
// French and Spanish lines scored 63 to 80. The same words in a
// statement with news ("nous avons eu un retour de la coopérative :
// elle accepte…"), or news after a "but" that follows a pleasantry, stay
// substantive.
func TestForeignChasePhrases(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Bonjour Sophie, avez-vous eu un retour de la coopérative sur le foin ? Bonne journée, Rosa": "avez-vous eu un retour",
		"Goedemorgen Daan, heeft u de pacht al met uw familie kunnen bespreken? Groet, Rosa":         "al met uw familie kunnen bespreken",
		"Bom dia Sr. Costa, volto a contactá-lo sobre o feno. Cumprimentos, Rosa":                    "volto a contactá-lo",
		"Hoi Lotte, ik was benieuwd hoe het met de schuur ervoor staat. Groet, Rosa":                 "hoe het met de schuur ervoor staat",
		"Ciao Marco, sai già qualcosa del fieno? A presto, Rosa":                                     "sai già qualcosa",
		"Olá Ana, já há alguma decisão sobre o feno? Abraço, Rosa":                                   "já há alguma decisão",
		"Hola Diego, ¿has podido valorar nuestra oferta de heno? Un saludo, Rosa":                    "has podido valorar",
	})
	checkIns(t, CodeFiller, map[string]string{
		"Ciao Marco, immagino tu sia molto impegnato, ma sai già qualcosa del fieno? A presto, Rosa":     "sia molto impegnato",
		"Olá Ana, imagino que esteja muito ocupada, mas já há alguma decisão sobre o feno? Abraço, Rosa": "esteja muito ocupada",
		"Hoi Lotte, hoop dat alles goed gaat. Groet, Rosa":                                               "hoop dat alles goed",
	})
	labeled(t, model.Substantive,
		"Bonjour Sophie, nous avons eu un retour de la coopérative : elle accepte 250 bottes à 6 € la botte. Bonne journée, Rosa",
		"Hola Diego, imagino que estés muy ocupado, pero ya tenemos las 250 pacas a 6 € la paca. Un saludo, Rosa")
}

// Something that happens on a day, told in another language after a
// check-in ("…: le camion part jeudi à 7 h", "o camião sai na quinta às
// 7h"), is news, as "the truck leaves Thursday at 7" is in English
// (lr.336). Before, those two lines scored 28 and 32. The same word as a
// noun ("voor de start maandag") or opening a deadline ("arrive à
// échéance") tells nothing new.
func TestForeignHappeningOnADay(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		"Bonjour Sophie, je reviens vers vous pour le foin : le camion part jeudi à 7 h. Bonne journée, Rosa": "le camion part jeudi à 7 h",
		"Olá Ana, volto ao assunto do feno: o camião sai na quinta às 7h. Abraço, Rosa":                       "o camião sai na quinta às 7h",
	})
	none(t, CodeNews,
		"Hoi Daan, het hooi ligt klaar voor de start maandag en de schuur is leeg. Met vriendelijke groet, Rosa",
		"Bonjour Sophie, comme vous le savez, le bail de la grange arrive à échéance le 12 mai. Je reste à votre disposition. Bonne journée, Rosa",
		"Buongiorno Marco, come sa, il contratto del fienile arriva a scadenza il 12 maggio. Resto a disposizione. Cordiali saluti, Rosa")
}

// TestPastHappeningIsNews: what happened at a time, told of something
// other than the writer or the reader, is news: the hay that went out this
// morning, the truck that left at 7, the load that arrived on Tuesday
// (lr.337). Before, "Hi Sam, checking in. The hay went out this morning."
// scored 29, and "left" was taken for "I left you a voicemail", its day
// for one that points back. What the writer sent ("the proposal went out
// last week"), a message left, or the reader's own doing still names
// nothing new.
func TestPastHappeningIsNews(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		"Hi Sam, checking in. The hay went out this morning.":                        "The hay went out this morning",
		"Hi Sam, any update? The second load arrived on Tuesday.":                    "The second load arrived on Tuesday",
		"Hi Sam, just checking in. Your bales landed at the depot yesterday.":        "Your bales landed at the depot yesterday",
		"Just checking in to let you know the truck left this morning with the hay.": "to let you know the truck left this morning with the hay",
	})
	none(t, CodeNews,
		"Hi Sam, just checking in. The proposal went out last week.",
		"Hi Sam, checking in. Kim left you a message on Monday regarding the bales.",
		"Sam, checking in again on the bale quote that went out Friday.",
		"Hi Sam, checking in. The meeting went well yesterday.",
		"Hi Sam, checking in. You left early on Friday.")
	labeled(t, model.TouchingBase,
		"Hi Sam, just checking in. The proposal went out last week.",
		"Sam, checking in again on the bale quote that went out Friday.")
}

// TestComingOnADayIsNews: a happening told in the progressive ("the
// inspector is coming Thursday at 9", "the hay is going out Friday") is
// news as "the truck leaves Thursday" is, and a vote taken is a verdict
// (lr.338). Before, the first two scored 41 and 28 after a check-in, and
// "the co-op voted yes on the lease last night" 38. The writer's own plan,
// the reader's, a question and "going to" tell none.
func TestComingOnADayIsNews(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		"Hi Sam, quick follow-up: the inspector is coming Thursday at 9.":    "the inspector is coming Thursday at 9",
		"Hi Sam, checking in. The hay is going out Friday.":                  "The hay is going out Friday",
		"Hi Sam, following up: the co-op voted yes on the lease last night.": "the co-op voted yes on the lease last night",
	})
	none(t, CodeNews,
		"Hi Sam, checking in. Are you coming Thursday?",
		"Hi Sam, checking in. I am coming by on Thursday.",
		"Hi Sam, checking in. Is the inspector coming Thursday?",
		"Hi Sam, checking in. The price is going to rise on Monday.")
}

// TestForeignChecksAndVerbLast: a German or Dutch happening with its verb
// after the day ("…, weil die Lieferung am Donnerstag um 7 Uhr kommt",
// "Am Donnerstag kommt die Lieferung") is news, and "because" in the other
// languages opens a clause of its own after a check-in, as "but" does
// (lr.339). German asks whether the reader has decided, "ich wollte mich
// noch einmal wegen … melden" with the matter between, and Dutch "tijd
// heeft gehad" with its verb between are check-ins. Before, the German
// and Dutch news lines after a check-in scored 30 and 31 and quoted no
// news, and the three check-ins scored 40, 53 and 52 with no check-in
// phrase quoted.
func TestForeignChecksAndVerbLast(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		"Guten Morgen Jens, hier Rosa: ich wollte mich noch einmal melden, weil die Lieferung am Donnerstag um 7 Uhr kommt. Viele Grüße": "weil die Lieferung am Donnerstag um 7 Uhr kommt",
		"Hoi Daan, ik kom even terug op het hooi omdat de levering donderdag om 7 uur komt. Groet, Rosa":                                 "omdat de levering donderdag om 7 uur komt",
		"Hallo Herr Brandt, am Donnerstag um 7 Uhr kommt die Lieferung. Viele Grüße, Rosa":                                               "am Donnerstag um 7 Uhr kommt die Lieferung",
	})
	none(t, CodeNews,
		"Hallo Herr Brandt, wenn die Lieferung am Donnerstag kommt, rufen Sie mich bitte an. Viele Grüße, Rosa",
		"Hallo Herr Brandt, kommt die Lieferung am Donnerstag? Viele Grüße, Rosa")
	checkIns(t, CodeNudgePhrase, map[string]string{
		"Hallo Herr Brandt, haben Sie schon eine Entscheidung getroffen? Viele Grüße, Rosa":                       "schon eine Entscheidung getroffen?",
		"Guten Morgen Jens, hier Rosa: ich wollte mich noch einmal wegen unseres Heuangebots melden. Viele Grüße": "wollte mich noch einmal wegen unseres Heuangebots melden",
		"Hoi Daan, ben benieuwd of jij inmiddels tijd hebt gehad voor ons hooivoorstel. Groet, Rosa":              "tijd hebt gehad",
	})
	labeled(t, model.Substantive,
		"Hallo Herr Brandt, wir haben schon eine Entscheidung getroffen: wir nehmen 40 Ballen zu 6 Euro. Viele Grüße, Rosa")
}

// TestStandingOfferIsACheckIn: saying again that an offer still holds
// ("the offer still stands", "our proposal remains open") adds nothing
// and waits for a reply (lr.340). Before, such notes scored 68 to 79 as a
// point of the writer's own. Something new beside it still tells, and a
// position taken without "still" is no check-in.
func TestStandingOfferIsACheckIn(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Wanted you to know the bale offer still stands."):       "offer still stands",
		greeted("Just a note that our hay offer is still on the table."): "offer is still on the table",
		greeted("Our barn proposal remains open whenever you're ready."): "proposal remains open",
	})
	labeled(t, model.Substantive,
		greeted("The discount is still valid, but the price goes to $7 on March 1."),
		greeted("If the co-op only wants the winter hay, our price stands."))
}

// lr.341: the writer's hope that the reader is near a decision presses for
// one. At lr.340 the four check-ins scored 81, 71, 75 and 87, read as a
// point of the writer's own or a question; news beside the hope still
// tells.
func TestHopedProgressIsACheckIn(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("I am hopeful that you're close to a decision on the hay order."): "hopeful that you're close",
		greeted("Hoping you're close to a decision on the barn quote."):           "Hoping you're close",
		greeted("I'm hoping you have reached a decision on the feed contract."):   "hoping you have reached a decision",
		greeted("Hopefully you've made a decision on the barn quote by now?"):     "Hopefully you've made a decision",
	})
	labeled(t, model.Substantive,
		greeted("Hoping you're close to a decision, as the price goes up to $14 a bale on Friday."),
		greeted("We are close to a decision on our side and hope you are too."))
}

// TestHandoverOnADayIsNews: someone taking a role over, stepping in,
// retiring, joining or moving on a named day is news, after a check-in as
// much as alone (lr.342). At lr.341 the three lines scored 33, 26 and 26
// with no news quoted. "Taking" and "stepping" count only with their
// particle, and "went over" (a thing sent) still points back.
func TestHandoverOnADayIsNews(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		"Hi Sam, touching base to let you know that Kim is taking over your account next month.": "Kim is taking over your account next month",
		"Hi Sam, following up to let you know Lee is stepping in as your rep on Monday.":         "Lee is stepping in as your rep on Monday",
		"Hi Sam, quick follow-up: Kim is retiring at the end of June.":                           "Kim is retiring at the end of June",
	})
	none(t, CodeNews,
		"Hi Sam, checking in: is Kim taking over your account next month?",
		"Hi Sam, checking in. Kim is taking Friday off.",
		"Hi Sam, any news on the hay lease? It went over in mid April.")
}

// TestGainIsNews: what someone got that changes their standing, a job,
// approval, the green light, a promotion or funding, is news after a
// check-in (lr.343); at lr.342 the three lines scored 21, 43 and 34 with
// no news quoted. The same gain denied, asked after or supposed is none.
func TestGainIsNews(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		"Hi Sam, touching base to let you know we got approval for the second barn.": "we got approval for the second barn",
		"Hi Sam, quick follow-up: the grange got the green light for the new lease.": "the grange got the green light for the new lease",
		"Hi Sam, following up: Kim got promoted to head buyer.":                      "Kim got promoted to head buyer",
	})
	none(t, CodeNews,
		"Hi Sam, checking in: we haven't got approval for the barn yet.",
		"Hi Sam, checking in: have you got approval for the hay order?",
		"Hi Sam, checking in: if we got the green light, we could start.")
}

// lr.344: asking whether the reader still wants the deal ("is the barn
// lease still something you're considering this season?") is a check-in;
// at lr.343 the three lines scored 70, 59 and 58, read as specific
// questions. Said as a statement, the same words ask nothing.
func TestStillWantedIsACheckIn(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Is the barn lease still something you're considering this season?"): "still something you're considering this season?",
		greeted("Is the hay order still something you'd like to pursue?"):            "still something you'd like to pursue?",
		greeted("Is the barn lease still of interest?"):                              "still of interest?",
	})
	labeled(t, model.Substantive,
		greeted("If the barn lease is still something you're considering, the price holds at $900 through Friday."),
		greeted("The loft is still of interest to two other farms, so I can hold it only until Friday."))
}

// lr.345: asking whether the reader has come to a decision is a check-in,
// as "did you decide?" is, and so are the bumps that come back to a thread
// in other words; the same decision told, or a step asked once it is made,
// is not.
func TestDecisionAskedIsACheckIn(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Did the co-op land on a decision about the add-on feeder?"): "land on a decision about the add-on feeder?",
		greeted("Have you made a decision on the loft?"):                     "made a decision on the loft?",
		greeted("Has the grange reached a decision on the hay budget?"):      "reached a decision on the hay budget?",
		greeted("Any decision on the barn lease?"):                           "Any decision on",
		greeted("Reaching back out regarding the fence repair."):             "Reaching back out",
		greeted("Looping back on the fence repair."):                         "Looping back",
	})
	labeled(t, model.Substantive,
		greeted("We made a decision about the loft: it stays with the co-op, and the rent holds at $900."),
		greeted("Once you've made a decision, could you send us the signed order for the 40 bales?"),
		// a "*" of a phrase never stands for a sentence's end
		greeted("Good to hear the grange made a decision. Which crew mows first?"),
		greeted("So the co-op reached a decision. Who runs the baler now?"))
}

// lr.346: a chase that names only the silence or the wish to go on is a
// check-in: the reply not seen, the note fallen off the reader's plate,
// the opened proposal, the time since the last talk, the offer to try
// again, the other person the writer should be talking to.
func TestQuietChaseIsACheckIn(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("I haven't seen a reply about the hay contract."):                                    "haven't seen a reply",
		greeted("I'm guessing the barn lease fell off your plate."):                                  "fell off your plate",
		greeted("Any chance you've been able to bring the grange treasurer in?"):                     "chance you've been able to",
		greeted("I'm sure you're swamped, but I'd like to keep the conversation going on the silo."): "keep the conversation going",
		greeted("I noticed you opened the fencing estimate twice. Anything I can clarify?"):          "noticed you opened",
		greeted("It has been a few weeks since we talked, so I wanted to touch on the loft again."):  "been a few weeks since we",
		greeted("Should I try again after the harvest?"):                                             "Should I try again",
		greeted("I'm following back up on the seed order."):                                          "following back up",
		greeted("Is there someone else at the co-op I should be asking about the silo?"):             "someone else at the co-op I should",
	})
	labeled(t, model.Substantive,
		greeted("It has been a few weeks since we talked, and the silo is now half price: $4,200 through Friday."),
		greeted("I'll take the hay invoices off your plate and file them with the co-op myself on Monday."))
}

// lr.347: a step done to something, told in the passive on a day, is
// news, as "the truck left at 7" is: after "checking in to let you know"
// it stands as a clause of its own. Something handed to the reader, a
// plan that was meant to happen, a relative clause and the writer's own
// passive tell nothing new.
func TestPassiveStepIsNews(t *testing.T) {
	substantive(t, CodeNews, map[string]string{
		greeted("Just checking in to let you know the new baler was installed this morning."):     "the new baler was installed this morning",
		greeted("Checking in to let you know the co-op's accounts were activated today."):         "accounts were activated today",
		greeted("Just checking in to let you know the loft roof has been repaired as of Monday."): "the loft roof has been repaired",
	})
	labeled(t, model.TouchingBase,
		greeted("Just checking in: the lease was delivered to you on Monday. Any thoughts?"),
		greeted("Just checking in. The hay truck was supposed to come today. Any word?"),
		greeted("Just checking in on the lease that was revised on Monday."),
		greeted("Just checking in. I have been called twice today about the barn. Any word?"))
}

// lr.348: the greeting after an event, a talk to pick up once the reader
// is free and the question how to go on are check-ins; a wish to meet, a
// talk set on a day and the way on told with its terms are not.
func TestAfterEventIsACheckIn(t *testing.T) {
	checkIns(t, CodeFiller, map[string]string{
		greeted("It was great meeting you at the county fair. Tell me if you want to continue the conversation."):              "great meeting you",
		greeted("I know haying season is hectic. When things settle down, I'd love to pick up our discussion about the loft."): "things settle down",
	})
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("What's the best way to move forward on the barn lease?"): "best way to move forward on the barn lease?",
		greeted("How would you like to move forward with the hay order?"): "How would you like to move forward",
	})
	labeled(t, model.Substantive,
		greeted("It would be nice to meet you face to face at the grange hall on Friday at 10."),
		greeted("Shall we continue the conversation on Thursday at 3pm?"),
		greeted("The best way to move forward is to sign the two-year lease by Friday."))
}

// lr.349: asking whether to send the note again, or whether it went
// through, and the feedback asked "at the earliest" are check-ins; a step
// offered to someone else, or feedback asked by a day for a reason, is
// not.
func TestResendAskIsACheckIn(t *testing.T) {
	checkIns(t, CodeNudgePhrase, map[string]string{
		greeted("Kindly share your feedback on the lease."):            "Kindly share your feedback",
		greeted("Your feedback at the earliest on the lease, please."): "feedback at the earliest",
		greeted("Shall I send the lease again?"):                       "Shall I send the lease again",
		greeted("Should I resend the bale invoice?"):                   "Should I resend",
		greeted("I wasn't sure it went through."):                      "sure it went through",
	})
	labeled(t, model.Substantive,
		greeted("Shall I send the signed lease to the co-op's treasurer instead?"),
		greeted("Please share your feedback on the lease by Friday so the co-op can sign on Monday."))
}
