package feat

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// analyzeText analyzes a text of its own, with no subject or thread.
func analyzeText(tables *Tables, text string) *Features {
	var f Features
	tables.Analyze(&Doc{Text: text}, &f)
	return &f
}

// firstSpan returns the text of f's first hit of one of kinds, or "".
func firstSpan(f *Features, text string, kinds ...Kind) string {
	for _, h := range f.Hits {
		if slices.Contains(kinds, h.Kind) {
			return text[h.Start:h.End]
		}
	}
	return ""
}

// expectFirstSpan checks, for each text, the span of its first hit of one
// of kinds (what names the hit in failures).
func expectFirstSpan(t *testing.T, tables *Tables, what string, cases map[string]string, kinds ...Kind) {
	t.Helper()
	for text, want := range cases {
		if got := firstSpan(analyzeText(tables, text), text, kinds...); got != want {
			t.Errorf("%q: %s %q, want %q", text, what, got, want)
		}
	}
}

// countHits returns how many hits of kind k f holds.
func countHits(f *Features, k Kind) int {
	n := 0
	for _, h := range f.Hits {
		if h.Kind == k {
			n++
		}
	}
	return n
}

// expectKind checks, for each text, whether its analysis holds a hit of
// kind k (what names the kind in failures).
func expectKind(t *testing.T, tables *Tables, k Kind, what string, cases map[string]bool) {
	t.Helper()
	for text, want := range cases {
		if got := countHits(analyzeText(tables, text), k) > 0; got != want {
			t.Errorf("%q: %s %v, want %v", text, what, got, want)
		}
	}
}

func TestTokenize(t *testing.T) {
	s := "Didn’t we say 25,000 units at $39/seat? 見積"
	var got []string
	for _, tk := range Tokenize(nil, s) {
		got = append(got, s[tk.Start:tk.End])
	}
	want := []string{"Didn’t", "we", "say", "25,000", "units", "at", "$", "39", "/", "seat", "?", "見", "積"}
	if len(got) != len(want) {
		t.Fatalf("tokens = %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tokens = %q, want %q", got, want)
		}
	}
	nl := Tokenize(nil, "a b\n\nc d")
	if nl[1].NL || !nl[2].NL || nl[3].NL {
		t.Errorf("line breaks = %+v", nl)
	}
	if HashString("Didn't") != Tokenize(nil, "didn’t")[0].Hash {
		t.Error("case or apostrophe changes the hash")
	}
}

func TestHits(t *testing.T) {
	tables := Compile()
	text := "Just checking in: 40 seats at $38/seat, 12% off, call Tue 10:00 CET or 3/31? See https://x.example/q."
	var f Features
	tables.Analyze(&Doc{Text: text}, &f)
	want := map[Kind]string{
		Nudge:    "Just checking in",
		Quantity: "40 seats",
		Money:    "$38/seat",
		Percent:  "12%",
		TimeHit:  "10:00 CET",
		DateHit:  "3/31",
		Link:     "https://x.example/q",
		Weekday:  "Tue",
	}
	for k, span := range want {
		found := false
		for _, h := range f.Hits {
			if h.Kind == k && text[h.Start:h.End] == span {
				found = true
			}
		}
		if !found {
			t.Errorf("no hit of kind %d on %q", k, span)
		}
	}
	if f.Dense[FNudge] != 1 || f.Dense[FMoney] != 1 {
		t.Errorf("dense = %v", f.Dense)
	}
}

func TestPastDateAndRepeatedFigure(t *testing.T) {
	tables := Compile()
	text := "Any update on the quote I sent on March 3 for 42 seats?"
	var f Features
	tables.Analyze(&Doc{Text: text, Thread: []ThreadMsg{{Text: "Quote: 42 seats at $39."}}}, &f)
	if f.Dense[FDate] != 0 || f.Dense[FPastDate] != 1 {
		t.Errorf("date=%v past=%v", f.Dense[FDate], f.Dense[FPastDate])
	}
	if f.Dense[FRepeated] != 1 || f.Dense[FQuantity] != 0 {
		t.Errorf("repeated=%v quantity=%v", f.Dense[FRepeated], f.Dense[FQuantity])
	}
}

// "back on March 3" looks back; "check back on March 3" looks ahead.
func TestBackOnADate(t *testing.T) {
	tables := Compile()
	for text, past := range map[string]bool{
		"Back on March 3 we agreed on 40 seats.":                  true,
		"We spoke back in May 2025 about the pilot.":              true,
		"I'll check back on March 3, once your board has met.":    false,
		"We can circle back in June 2027 when the budget is set.": false,
		"I'm out until Friday and will be back on March 3.":       false,
	} {
		var f Features
		tables.Analyze(&Doc{Text: text}, &f)
		if got := f.Dense[FPastDate] == 1; got != past || f.Dense[FDate] == f.Dense[FPastDate] {
			t.Errorf("%q: past date %v, date %v; want past %v", text, f.Dense[FPastDate], f.Dense[FDate], past)
		}
	}
}

// Attempts to reach the reader are nudges, and an offer to talk with no
// time is filler, not a proposal; with a time it proposes.
func TestReachingAndVagueOffers(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Sorry to pester you again.", Nudge, "pester"},
		{"I've tried calling a couple of times.", Nudge, "tried calling"},
		{"I tried to reach you on Friday.", Nudge, "tried to reach"},
		{"Any chance you had time to review the SOW?", Nudge, "Any chance you had"},
		{"Have you had time to review the SOW?", Nudge, "had time to review"},
		{"Whenever you have 5 minutes, let's connect.", Filler, "let's connect"},
		{"Whenever you have 5 minutes, let's connect.", Filler, "Whenever you have"},
		{"Let's meet on Tuesday at 10:00.", Proposal, "Let's"},
		{"I'd love to get 15 minutes on your calendar next week.", Proposal, "on your calendar"},
		{"I'd love to get 15 minutes on your calendar next week.", Covered, "15 minutes"}, // the call's length, no figure
		{"I'll keep it short: are you still planning to revisit the project in January?", Filler, "keep it short"},
		{"I'll keep it short: are you still planning to revisit the project in January?", Nudge, "still planning to"},
	})
	if hits := hitsOf(Compile(), "Whenever you have 5 minutes, let's connect."); hasHit(hits, Proposal, "let's") {
		t.Errorf("a vague offer to talk proposes: %q", hits)
	}
}

// The question a reply answers is quoted without the greeting before it.
func TestQuestionWithoutGreeting(t *testing.T) {
	tables := Compile()
	for q, want := range map[string]string{
		"Hi Jordan, does your product work with Okta? Thanks, Dana": "does your product work with Okta?",
		"Hello all, who signs the order form?":                      "who signs the order form?",
		"Does it include SSO?":                                      "Does it include SSO?",
		"Hi, does it include SSO?":                                  "does it include SSO?",
		"Hi Jordan. Does it include SSO?":                           "Does it include SSO?", // the greeting is a sentence of its own
	} {
		var f Features
		tables.Analyze(&Doc{Text: "Yes.", Thread: []ThreadMsg{{Inbound: true, Text: q}}}, &f)
		if got := f.Thread.InboundQuestionS; got != want {
			t.Errorf("%q: question %q, want %q", q, got, want)
		}
	}
}

func TestThreadStats(t *testing.T) {
	ts := threadStats([]ThreadMsg{{Inbound: true, Text: "Hi. Does it include SSO? Thanks"}, {Text: "x"}, {Text: "y"}})
	if ts.Unanswered != 2 || ts.LastInbound != 0 || ts.LastIsInbound {
		t.Errorf("stats = %+v", ts)
	}
	ts = threadStats([]ThreadMsg{{Text: "x"}, {Inbound: true, Text: "Hi. Does it include SSO? Thanks"}})
	if !ts.InboundQuestion || ts.InboundQuestionS != "Does it include SSO?" || ts.Unanswered != 0 {
		t.Errorf("stats = %+v", ts)
	}
}

func TestU32Table(t *testing.T) {
	m := map[uint32]int32{}
	for i := uint32(1); i < 5000; i++ {
		m[i*2654435761] = int32(i)
	}
	tb := NewTable(m)
	for k, v := range m {
		if got, ok := tb.Get(k); !ok || got != v {
			t.Fatalf("Get(%d) = %d, %v", k, got, ok)
		}
	}
	if tb.Has(12345) || tb.Has(0) {
		t.Error("false positive")
	}
}

// "Just a reminder that …" announces what follows; "just a reminder about
// my email" asks for a reply.
func TestReminderThat(t *testing.T) {
	tables := Compile()
	kinds := func(text string) map[Kind]string {
		var f Features
		tables.Analyze(&Doc{Text: text}, &f)
		out := map[Kind]string{}
		for _, h := range f.Hits {
			out[h.Kind] = text[h.Start:h.End]
		}
		return out
	}
	if k := kinds("Just a reminder that the Houston office is closed on Monday."); k[Nudge] != "" || k[Filler] != "Just a reminder" {
		t.Errorf("announcement: %q", k)
	}
	if k := kinds("Just a reminder about my email from last week."); k[Nudge] != "Just a reminder" {
		t.Errorf("nudge: %q", k)
	}
}

// Material handed over outside a check-in sentence is content, as are
// attached files; inside a check-in sentence it is not.
func TestHandedOverIsContent(t *testing.T) {
	tables := Compile()
	res := func(d Doc) float64 {
		var f Features
		tables.Analyze(&d, &f)
		return f.Dense[FResidual]
	}
	plain := res(Doc{Text: "The draft org chart for the group. Any thoughts before I send it to Louise?"})
	handed := res(Doc{Text: "Attached is the draft org chart for the group. Any thoughts before I send it to Louise?"})
	if handed <= plain {
		t.Errorf("handed over: residual %.3f, without %.3f", handed, plain)
	}
	if a, b := res(Doc{Text: "Here you go.", Attachments: 1}), res(Doc{Text: "Here you go."}); a <= b {
		t.Errorf("an attached file: residual %.3f, without %.3f", a, b)
	}
	nudge := res(Doc{Text: "Just following up on the deck I attached. Any thoughts?"})
	bare := res(Doc{Text: "Just following up on the deck. Any thoughts?"})
	if nudge != bare {
		t.Errorf("in a check-in sentence: residual %.3f, without %.3f", nudge, bare)
	}
	// Handing material over in this email counts even next to a check-in
	// phrase in the same sentence.
	now := res(Doc{Text: "I am attaching the resume of Mark Mixon that Sally left you a voicemail about."})
	before := res(Doc{Text: "The resume of Mark Mixon that Sally left you a voicemail about."})
	if now <= before {
		t.Errorf("attaching now beside a voicemail: residual %.3f, without %.3f", now, before)
	}
}

// What the reader already has: a date after "I emailed you …" is when it
// was sent, the sentence itself only refers back, and "may" in "you may
// have" is not the month.
func TestBackReference(t *testing.T) {
	tables := Compile()
	analyze := func(text string) *Features { return analyzeText(tables, text) }
	count := countHits
	f := analyze("I emailed you the draft guaranty for Calpine Energy Services back on April 3. Send me any comments you may have.")
	if count(f, PastDate) != 1 || count(f, DateHit)+count(f, Month) != 0 {
		t.Errorf("hits %+v", f.Hits)
	}
	if f.Dense[FBackRef] != 1 || f.Dense[FDid] != 0 {
		t.Errorf("back_reference %.0f, did %.0f", f.Dense[FBackRef], f.Dense[FDid])
	}
	// New work and future dates are not references back.
	f = analyze("I called the auditors and they moved the review to April 3. We meet in May.")
	if count(f, DateHit) != 1 || count(f, Month) != 1 || f.Dense[FBackRef] != 0 || f.Dense[FDid] == 0 {
		t.Errorf("hits %+v, back_reference %.0f, did %.0f", f.Hits, f.Dense[FBackRef], f.Dense[FDid])
	}
	if f := analyze("I'll get back to you on Monday."); count(f, PastDate) != 0 {
		t.Errorf("a promise read as past: %+v", f.Hits)
	}
}

// Little content counts against an email only when something in it asks
// for a reply or refers back.
func TestLittleContentNeedsCheckIn(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]bool{
		"Please print this for me and put it on my chair.":  false,
		"Can you handle this one? I'm out until Wednesday.": false,
		"Just checking in.":     true,
		"Any word on this yet?": true,
		"Per our last conversation, just checking on the status.": true,
	} {
		var f Features
		tables.Analyze(&Doc{Text: text}, &f)
		if got := f.Dense[FResidualLow]+f.Dense[FResidualNone] > 0; got != want {
			t.Errorf("%q: little-content feature %v, want %v", text, got, want)
		}
	}
}

// A check-in phrase inside a list item is the item's content.
func TestNudgeInListItem(t *testing.T) {
	tables := Compile()
	nudges := func(text string) int { return countHits(analyzeText(tables, text), Nudge) }
	if n := nudges("Agenda for Tuesday:\n1. Status of MBR filing (Hal)\n2) Any update on ERCOT\n- follow up on budget\n\nThanks"); n != 0 {
		t.Errorf("%d check-ins in list items", n)
	}
	if n := nudges("Any update on the MBR filing?\n\nStatus of the budget?"); n != 2 {
		t.Errorf("%d check-ins outside lists, want 2", n)
	}
	if n := nudges("-- \nfollowing up"); n != 1 {
		t.Errorf("a dash line that is not an item: %d", n)
	}
}

// A check-in phrase in quotation marks is talked about, not said.
func TestQuotedCheckInIsMentioned(t *testing.T) {
	tables := Compile()
	expectKind(t, tables, Nudge, "check-in", map[string]bool{
		`Russell's idea of "following up" was to assign it to Ed.`:      false,
		"Their rep's “just checking in” emails go straight to the bin.": false,
		"I'd drop the 'any update?' line from the template.":            false,
		`He wrote "just checking in, any news on the contract?" again.`: true,
		`Following up on the "pilot" we discussed.`:                     true,
		"Just checking in on the proposal.":                             true,
		`Any update on "Project Falcon"?`:                               true,
		`"Following up`:                                                 true,
		`The "following up"s pile up.`:                                  true,
	})
	if !quotedMention(`"any update"`, 1, 11) || quotedMention(`x"any update"`, 2, 12) || quotedMention("any update", 0, 10) {
		t.Error("quotedMention at the edges of the text")
	}
}

// A closer says how to reach the writer: it neither asks for news nor
// takes content away from the rest of its sentence; alone, it is a nudge.
func TestClosers(t *testing.T) {
	tables := Compile()
	analyze := func(text string) *Features { return analyzeText(tables, text) }
	f := analyze("Please give Jim trading rights for Canadian power on EOL starting Monday. Call me at x3-6611 if you have any questions.")
	if f.Dense[FNudge] != 0 || f.Dense[FFiller] != 0 || f.Dense[FNoCheckIn] != 1 || f.Dense[FResidualLow]+f.Dense[FResidualNone] != 0 {
		t.Errorf("an instruction with a closer: nudge %.0f filler %.0f no_check_in %.0f", f.Dense[FNudge], f.Dense[FFiller], f.Dense[FNoCheckIn])
	}
	if f.Dense[FImperative] == 0 {
		t.Error("the instruction is not counted")
	}
	f = analyze("Please call Sheila and tell her the Baytown units cleared credit today.")
	if f.Dense[FResidual] == 0 || f.Dense[FContentSents] == 0 {
		t.Errorf("a closer's words swallowed the sentence: residual %.2f", f.Dense[FResidual])
	}
	f = analyze("Please advise.")
	if f.Dense[FNoCheckIn] != 0 || f.Dense[FResidualNone] != 1 {
		t.Errorf("a bare closer: no_check_in %.0f residual_none %.0f", f.Dense[FNoCheckIn], f.Dense[FResidualNone])
	}
}

// Questions about where something stands are check-ins; a note of thanks
// or news without one is not.
func TestStatusAsksAndNotes(t *testing.T) {
	tables := Compile()
	for text, checkIn := range map[string]bool{
		"Did you ever hear back from their lawyer on the guaranty?":        true,
		"What's the word on the Oilers tickets?":                           true,
		"Has legal signed off yet?":                                        true,
		"Please update me on where things stand with the Koch assignment.": true,
		"I left you a voicemail Tuesday about the IT sign-off.":            true,
		"Status?": true,
		"Whatever happened to the Peoples guaranty?":                                                      true,
		"How is the access request moving along?":                                                         true,
		"Did the filing go in already?":                                                                   true,
		"Is this still an active matter for the litigation group?":                                        true,
		"I was wondering what the latest is on the Pirnie contract.":                                      true,
		"Please route the bank resolutions to Angela first. Thank you for your attention to this matter.": false,
		"I'm just reaching out to see if anything has changed on your end.":                               true,
		"Hi Ingrid, let me know how you'd like to proceed.":                                               true,
		"Weren't you going to look at the Argentina guidelines?":                                          true,
		"Did the team get a chance to review the pilot results?":                                          true,
		"Could you sign the consent when you get a chance? Legal needs it Friday.":                        false,
		"Do we still need to move the Bridgeport gas through Coronado?":                                   false,
		"Sorry I didn't get a chance to buy you a beer last night.":                                       false,
		"Just wanted to follow up on the proposal.":                                                       true,
		"Please follow up with Brenda in capital management on the unwind.":                               false,
		"Attached is the executable. If you need any follow up, call me.":                                 false,
		"Thanks again for having us out to the ranch on Saturday.":                                        false,
		"Just wanted to let you know Linda passed the bar.":                                               false,
		"I left a message for Hartley and will pass on whatever he says.":                                 false,
		"Here's the latest draft awaiting comment from George and Tim.":                                   false,
		"Your voice mail is full, so the Ameren confirm needs your initials.":                             false,
	} {
		var f Features
		tables.Analyze(&Doc{Text: text}, &f)
		if got := f.Dense[FNoCheckIn] == 0; got != checkIn {
			t.Errorf("%q: check-in %v, want %v (hits %+v)", text, got, checkIn, f.Hits)
		}
	}
	var f Features
	tables.Analyze(&Doc{Text: "Thanks so much for the Rockets tickets. Sam loved the game."}, &f)
	if f.Dense[FCourtesy] != 1 {
		t.Error("thanks for something is a courtesy")
	}
	tables.Analyze(&Doc{Text: "Thanks for your time last week, any update on the proposal?"}, &f)
	if f.Dense[FCourtesy] != 0 {
		t.Error("thanks inside a check-in sentence counted as a note of its own")
	}
	// "just wanted to" that only leads into thanks is the thanks
	tables.Analyze(&Doc{Text: "I just wanted to say thanks for letting us stay last weekend."}, &f)
	if f.Dense[FCourtesy] != 1 || f.Dense[FFiller] != 0 {
		t.Errorf("courtesy %v filler %v, want a note of thanks (hits %+v)", f.Dense[FCourtesy], f.Dense[FFiller], f.Hits)
	}
	tables.Analyze(&Doc{Text: "Just wanted to say thanks again for including us in the outing Friday night."}, &f)
	for _, h := range f.Hits {
		if h.Kind == Filler && h.Start == 0 {
			t.Errorf("\"Just wanted to\" before thanks counted as a pleasantry (hits %+v)", f.Hits)
		}
	}
	tables.Analyze(&Doc{Text: "Just wanted to check in. Thanks for lunch on Friday."}, &f)
	if f.Dense[FFiller] == 0 && f.Dense[FNudge] == 0 {
		t.Errorf("a check-in beside thanks in another sentence lost its check-in (hits %+v)", f.Hits)
	}
}

// A question in a sentence that asks for news is part of that request;
// elsewhere it still moves a decision.
func TestQuestionInsideCheckIn(t *testing.T) {
	tables := Compile()
	var f Features
	tables.Analyze(&Doc{Text: "Are you organized for your trip yet?"}, &f)
	if f.Dense[FDecisionQ] != 0 || f.Dense[FNudge] == 0 {
		t.Errorf("a status ask counted as a decision question: %+v", f.Hits)
	}
	tables.Analyze(&Doc{Text: "Following up on the quote. Are you able to sign by Friday?"}, &f)
	if f.Dense[FDecisionQ] == 0 {
		t.Errorf("a decision question beside a check-in was dropped: %+v", f.Hits)
	}
}

// "Yesterday" and "last week" point back only when their sentence is about
// what the reader already has; a day in a report of news does not, and a
// delivery still to come is no back reference.
func TestPastDaysNeedABackReference(t *testing.T) {
	tables := Compile()
	past := func(text string) (int, *Features) {
		f := analyzeText(tables, text)
		return countHits(f, PastDate), f
	}
	if n, _ := past("Rick phoned yesterday and we bought 10,000/d of May from him."); n != 0 {
		t.Errorf("news from yesterday read as a reference back (%d)", n)
	}
	if n, _ := past("Did you get the draft I sent you yesterday?"); n != 1 {
		t.Errorf("the draft sent yesterday: %d past dates", n)
	}
	if n, _ := past("Further to my email last week, any thoughts?"); n != 1 {
		t.Errorf("my email last week: %d past dates", n)
	}
	if n, f := past("Details on the room will be sent to you early this week."); n != 0 || f.Dense[FBackRef] != 0 {
		t.Errorf("a delivery to come: %d past dates, back_reference %.0f", n, f.Dense[FBackRef])
	}
	if n, f := past("I sent you the draft on 11/9 and sent you the redline on 12/1."); n != 2 || f.Dense[FPastDate] != 1 {
		t.Errorf("%d past dates, past_date %.0f: want 2, capped at 1", n, f.Dense[FPastDate])
	}
}

// A check-in phrase counts as the writer's own request for news: not when
// its words only make up the request ("update" in "please update me"), not
// when someone commits to it, not when a third person did it.
func TestCheckInsThatAreNot(t *testing.T) {
	tables := Compile()
	f := analyzeText(tables, "Please update me on the status of the Calder agreements.")
	if countHits(f, News) != 0 || countHits(f, Nudge) == 0 {
		t.Errorf("please update me: %d news, %d nudges; want 0 news and the nudge", countHits(f, News), countHits(f, Nudge))
	}
	if f := analyzeText(tables, "The board updated the forecast."); countHits(f, News) == 0 {
		t.Error("an update reported outside a check-in phrase is news")
	}
	expectKind(t, tables, Nudge, "check-in", map[string]bool{
		"I will keep you posted on the progress of the filing.":     false,
		"Irma will be following up with invitations next week.":     false,
		"I'll circle back with the numbers once legal signs off.":   false,
		"Sally left you a voicemail about the resume.":              false,
		"I know she left you a vm about the setoff clause.":         false,
		"Dan reached out to us about a pricing call.":               false,
		"Kim tried to reach you this morning.":                      false,
		"Your CFO, Dan Hale, reached out to us directly.":           false,
		"Our CTO, Priya, tried to reach you yesterday.":             false,
		"Hi Kim, reached out last week about the renewal.":          true, // one comma: a greeting
		"I reached out last week about the expansion.":              true,
		"Just tried to reach you, please call me back.":             true,
		"Here is the language I mentioned in my voice mail.":        false,
		"I am attaching the rate sheet I left you a message about.": false,
		"When will you get a chance to review the redline?":         true,
		"I left you a voicemail about the resume.":                  true,
		"Hi Mark, left you a voicemail yesterday.":                  true,
		"I'm following up on my email about the renewal.":           true,
		"Just left you a voicemail about the renewal.":              true,
		"The rate sheet is the one from my voice mail.":             true,
	})
}

// "Sent you" points back only when the writer sent it, and only to the
// reader.
func TestBackReferenceIsTheWritersToTheReader(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]float64{
		"I sent you the draft contract on Monday.":                1,
		"We faxed over the signed copy.":                          1,
		"The documents were sent over to you yesterday.":          1,
		"The documents were sent over to Duke Energy yesterday.":  0,
		"I understand that John Rigby sent you a draft contract.": 0,
		"She faxed you the invoices for January.":                 0,
		"Also sent you the redline on Monday.":                    1,
		"Finally sent you the signed copy.":                       1,
	} {
		if got := analyzeText(tables, text).Dense[FBackRef]; got != want {
			t.Errorf("%q: back_reference %.0f, want %.0f", text, got, want)
		}
	}
}

// "Let me know if…" asks for news when what it asks about has happened or
// not; otherwise it is a closer.
func TestLetMeKnowWhether(t *testing.T) {
	tables := Compile()
	expectKind(t, tables, Nudge, "status ask", map[string]bool{
		"Please let me know if you have responded to Sheila.":          true,
		"Let me know whether Russell sent the revised worksheets.":     true,
		"Let me know if you have seen the new schedule.":               true,
		"Let me know if you have any questions.":                       false,
		"Let me know if you need anything else for the filing.":        false,
		"Let me know if you have comments on the draft by Friday.":     false,
		"Let me know if I left anything out of the list for the desk.": false,
	})
}

// Questions that ask after the reader are pleasantries; questions about
// the matter at hand are not.
func TestSocialOpeners(t *testing.T) {
	tables := Compile()
	expectKind(t, tables, Filler, "pleasantry", map[string]bool{
		"How are you doing these days?":                  true,
		"How was your trip to Calgary?":                  true,
		"How did the move go?":                           true,
		"What's new with you?":                           true,
		"How does the new pricing compare to the old?":   false,
		"How many units did the Reno warehouse receive?": false,
	})
}

// A price ends where its number ends, unless a unit follows its slash.
func TestMoneySpan(t *testing.T) {
	expectFirstSpan(t, Compile(), "money", map[string]string{
		"plus $0.01.\nI have revised both tickets.": "$0.01",
		"Priced at $39/seat per month.":             "$39/seat",
		"It costs $12.50. Thanks":                   "$12.50",
	}, Money)
}

// TestPhraseCandidates checks matchPhrases' two indexes against the plain
// one: for every phrase's first two tokens, the unpaired and paired
// candidates, merged, are exactly the phrases starting with that token
// whose second token is free or that one, in the plain index's order
// (longest first, then table order), so the first phrase of a kind to
// match is the same either way.
func TestPhraseCandidates(t *testing.T) {
	tb := Compile()
	checked := 0
	for _, p := range tb.phrases {
		first, second := p.toks[0], uint32(0)
		if len(p.toks) > 1 {
			second = p.toks[1]
		}
		var want []int32
		for _, pi := range tb.candidates(first) {
			q := tb.phrases[pi]
			if len(q.toks) < 2 || q.toks[1] == 0 || q.toks[1] == second {
				want = append(want, pi)
			}
		}
		cls := tb.wordClass(first)
		var a, aEnd, b, bEnd int
		if cls&wLoose != 0 {
			a, aEnd = span(&tb.loose, first)
		}
		if cls&wPaired != 0 && second != 0 {
			b, bEnd = span(&tb.pairs, pairKey(first, second))
		}
		var got []int32
		for a < aEnd || b < bEnd {
			if b == bEnd || a < aEnd && tb.unpaired[a].before(tb.paired[b]) {
				got = append(got, tb.unpaired[a].pi)
				a++
			} else {
				got = append(got, tb.paired[b].pi)
				b++
			}
		}
		// a colliding pair key may bring in phrases with another second
		// token: the matcher rejects them, so drop them here too
		got = slices.DeleteFunc(got, func(pi int32) bool {
			q := tb.phrases[pi]
			return q.toks[0] != first || len(q.toks) > 1 && q.toks[1] != 0 && q.toks[1] != second
		})
		if !slices.Equal(got, want) {
			t.Fatalf("%q: candidates %v, want %v", p.text, got, want)
		}
		checked++
	}
	if checked < 500 {
		t.Fatalf("checked %d phrases, want all of them", checked)
	}
}

// "see the" and "here is" hand material over only where they open a
// clause; the same words mid-sentence are the verb "see" and the adverb
// "here".
func TestDeicticAttachWords(t *testing.T) {
	expectKind(t, Compile(), AttachWord, "material handed over", map[string]bool{
		"Here are the Q3 curves from the desk.":                    true,
		"Mark, here is the outline for the meeting.":               true,
		"We went through it, and here is our response.":            true,
		"Please see the term sheet for the new rates.":             true,
		"See the notes below.":                                     true,
		"You can see the attached pricing in column B.":            true,
		"As promised, here's a summary of where we landed.":        true,
		"Everyone here is keen to keep the project going.":         false,
		"Things here are about the same as last month.":            false,
		"I see the point you made about the rebate.":               false,
		"We'll see the next storage report on Thursday.":           false,
		"You should be able to see the change on their statement.": false,
	})
}

// "still need" asks for something when the writer needs something of the
// reader's, when the reader is reminded, or when it opens the clause; the
// writer's own task, a question after the reader's need and anything
// else's need ask for nothing. "Have not received" asks only when the
// writer has not.
func TestNeedAndReceiptHaveTheirPerson(t *testing.T) {
	expectKind(t, Compile(), Nudge, "nudge", map[string]bool{
		"Just a reminder that I still need your comments on the CA.":        true,
		"Hi Laura, we still need your W-9 to finish vendor setup.":          true,
		"You still need to send me the signed order form.":                  true,
		"Still need your MBR numbers.":                                      true,
		"Reminder - still need volunteers for the booth.":                   true,
		"The order form still needs a signature from your CFO by March 3.":  false,
		"Items 3 and 5 still need owners; the rest are assigned.":           false,
		"Receipts still need to be mailed to accounts payable.":             false,
		"Anything past 12 months still needs to come to me trade by trade.": false,
		"Please review my draft. I still need to add the index language.":   false,
		"We still need to talk sometime.":                                   false,
		"Do you still need the confirmation information?":                   false,
	})
}

// A nudge phrase inside a clause of time says when something else will
// happen, and asks for nothing.
func TestNudgeInTimeClause(t *testing.T) {
	expectKind(t, Compile(), Nudge, "nudge", map[string]bool{
		"I'm not revising any documents until I hear back from you.":             false,
		"As soon as I hear back from him, I will send you my comments by fax.":   false,
		"Please call me after you have had a chance to decide what to do.":       false,
		"Once you get a chance to review, we can book the install.":              false,
		"Until we've had a chance to talk, could you hold off on forwarding it?": false,
		"We need to hear back from you regarding the contract.":                  true,
		"Have you had a chance to look at the proposal?":                         true,
		"Did you get a chance to review the draft after the call?":               true,
		"I haven't heard back since I sent it.":                                  true,
	})
}

// TestAnswerStart: an email opens with an answer when its first words
// answer ("Yes, …", "Good question: …"), after any greeting; a yes or no
// word that runs on into the sentence is "if" or a negation, not an answer.
func TestAnswerStart(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]bool{
		"Yes, the 40 seats are included.":                               true,
		"Hi Kim, yes - the pilot can start on the 3rd.":                 true,
		"Correct.\nThe invoice went out on Friday.":                     true,
		"Good question: the discount holds until March.":                true,
		"Sí, podemos empezar el lunes.":                                 true,
		"Non, le tarif ne change pas.":                                  true,
		"Correct me if I'm wrong, but the renewal is in May.":           false,
		"Sure thing - talk soon.":                                       false,
		"Si tiene alguna pregunta, no dude en escribirme.":              false,
		"No he recibido respuesta a mi último correo.":                  false,
		"Non ho ancora ricevuto una risposta alla mia email.":           false,
		"Não recebi resposta ao meu último e-mail.":                     false,
		"Hola Ana, no he tenido noticias tuyas desde la semana pasada.": false,
	} {
		if got := analyzeText(tables, text).Dense[FAnswerStart] == 1; got != want {
			t.Errorf("%q: answer start %v, want %v", text, got, want)
		}
	}
}

// TestOtherLanguagesPhrasesInContext: a check-in phrase of another
// language counts only where it asks after something, and a proposal's own
// words are not news.
func TestOtherLanguagesPhrasesInContext(t *testing.T) {
	tables := Compile()
	expectKind(t, tables, Nudge, "check-in", map[string]bool{
		"Avez-vous des nouvelles concernant notre offre ?":              true,
		"Voici des nouvelles fonctionnalités de la version 3.":          false,
		"Le escribo como seguimiento a mi correo del martes.":           true,
		"El número de seguimiento del envío es 12345.":                  false,
		"Quedo atento a sus comentarios sobre el contrato.":             false,
		"Seguimos esperando su respuesta sobre la propuesta.":           true,
		"Faccio seguito alla mia email della settimana scorsa.":         true,
		"Quedamos atentos a cualquier duda sobre la nueva versión 2.4.": false,
	})
	expectKind(t, tables, Filler, "pleasantry", map[string]bool{
		"Quedo atento a sus comentarios sobre el contrato.": true,
	})
	expectKind(t, tables, News, "news", map[string]bool{
		"Jean, seriez-vous disponible mardi à 10:00 pour un court appel ?": false,
		"La version 3 est disponible depuis lundi.":                        true,
	})
}

// TestChangeVerbsAreNews: a sentence that says what changed on the other
// side (cleared, dropped, came back, went live) is news, as "approved" is;
// before lr.57 these read as prose with no hit, and a check-in phrase
// beside one outweighed it.
func TestChangeVerbsAreNews(t *testing.T) {
	tables := Compile()
	expectKind(t, tables, News, "news", map[string]bool{
		"The container cleared customs in Rotterdam an hour ago.":        true,
		"The sellers just dropped the asking price to $689,000.":         true,
		"The Phase I environmental report came back clean.":              true,
		"The bulk export feature went live in your workspace yesterday.": true,
		"The castings passed X-ray inspection this morning.":             true,
		"We hired two more onboarding specialists for your region.":      true,
		"Just checking in on the renewal quote.":                         false,
		"Did you get a chance to look at the proposal?":                  false,
	})
}

// TestTakesUpTheQuestion: a reply answers the customer's question when it
// opens with an answer, uses the question's own words outside a check-in,
// or gives what it asks for; a call proposal or a nudge answers nothing.
func TestTakesUpTheQuestion(t *testing.T) {
	tables := Compile()
	for _, c := range []struct {
		question, reply string
		want            bool
	}{
		{"What is the price for 50 seats?", "It is $40 per seat per month.", true},
		{"What is the price for 50 seats?", "The price includes onboarding and support.", true},
		{"What is the price for 50 seats?", "Yes, I can help.", true},
		{"What is the price for 50 seats?", "Would Friday at 10:00 or Monday at 14:30 work for a quick call?", false},
		{"What is the price for 50 seats?", "Thanks, could we find 15 minutes for a call next week?", false},
		{"What is the price for 50 seats?", "Just checking in to see whether you had a chance to look at the pricing.", false},
		{"When could you start the rollout?", "We can start on March 3.", true},
		{"When could you start the rollout?", "The rollout needs your IT lead on board first.", true},
		{"When could you start the rollout?", "Following up - did you get a chance to review the proposal?", false},
		{"What would the timeline look like?", "Would Tuesday at 10:00 or Wednesday at 14:30 work for a quick call?", false},
		{"What would the timeline look like?", "Kickoff on March 3, go-live on April 14.", true},
		{"Wann könnten Sie liefern?", "Wir liefern am 12.03.", true},
		{"¿Cuánto cuesta la licencia anual?", "Son 1.200 € al año.", true},
		{"Can you send the signed contract?", "Attached is the contract, signed on both pages.", true},
		{"What is the price for 50 seats?", "Our pricing for teams of that size starts lower.", true},
		{"How are you pricing the onboarding?", "The price covers it.", true},
		{"Does the contract cover support?", "The contact details are below.", false},
	} {
		var f Features
		d := Doc{Text: c.reply, Thread: []ThreadMsg{{Inbound: true, Date: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), Text: "Thanks for the demo. " + c.question}}}
		tables.Analyze(&d, &f)
		if f.Dense[FAnswersQ] != 1 {
			t.Errorf("%q: not seen as a reply to a question", c.reply)
		}
		if f.Answers != c.want {
			t.Errorf("%q to %q: answers %v, want %v", c.reply, c.question, f.Answers, c.want)
		}
	}
	if f := analyzeText(tables, "It is $40 per seat per month."); f.Answers {
		t.Error("an email that replies to no question answers one")
	}
}

// TestProposalLength: the length of a proposed call is part of the
// proposal, not a new figure; a length anywhere else is a figure.
func TestProposalLength(t *testing.T) {
	tables := Compile()
	expectKind(t, tables, Quantity, "figure", map[string]bool{
		"Thanks, could we find 15 minutes for a call next week?":             false,
		"Could we set up a call for 30 minutes on Tuesday?":                  false,
		"Hätten Sie nächste Woche 20 Minuten für ein kurzes Telefonat?":      false,
		"Setup takes 15 minutes per warehouse.":                              true,
		"The changeover now takes 20 minutes, down from two hours.":          true,
		"Die Umrüstung dauert jetzt nur noch 20 Minuten.":                    true,
		"Could we set up a call? The install takes 45 minutes on your side.": true,
		// a length the writer asks the reader for is no figure either
		"Whenever you have 5 minutes, let's connect.":            false,
		"Just checking if you could spare 10 minutes this week.": false,
		// a comparison proposes nothing: both lengths are news
		"Reps now log a call in 12 seconds instead of 2 minutes.": true,
	})
	checkSpans(t, []spanCase{{"Reps now log a call in 12 seconds instead of 2 minutes.", Quantity, "12 seconds"}})
}

// TestTimeAsks: asking whether a day and time suit the reader proposes
// them, however many words the date takes; the verb is the hit.
func TestTimeAsks(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Does Tuesday at 10:00 work to walk your CFO through it?", Proposal, "work"},
		{"Hi Mark, would Monday, March 3 at 2pm suit you?", Proposal, "suit"},
		{"Is Friday the 12th at 9 am okay for the kickoff?", Proposal, "okay"},
	})
	tables := Compile()
	for _, text := range []string{
		"Did Tuesday at 10:00 work for you?",         // asks about the past
		"Tuesday at 10:00 works for our team.",       // no question
		"Does the integration work with Okta today?", // no day or time asked about
	} {
		if f := analyzeText(tables, text); countHits(f, Proposal) > 0 {
			t.Errorf("%q proposes: %q", text, hitsOf(tables, text))
		}
	}
}

// TestBreakUpEmails: the last nudge that threatens to stop writing adds
// nothing, and signing off as "an email away" is a pleasantry.
func TestBreakUpEmails(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Should I assume the timing isn't right?", Nudge, "assume the timing"},
		{"I'll assume the timing isn't right and close out my file for now.", Nudge, "close out my file"},
		{"Should I assume this isn't a priority?", Nudge, "assume this isn't"},
		{"Should I take your silence as a no?", Nudge, "take your silence"},
		// "I'll" before a break-up promises nothing
		{"No word yet, so I'll take your silence as a no.", Nudge, "take your silence"},
		{"I'll assume the timing isn't right for now.", Nudge, "assume the timing"},
		{"If anything changes, I'm just an email away.", Filler, "just an email away"},
	})
	// a default the writer sets is no nudge
	if hits := hitsOf(Compile(), "If that works, I'll assume it's fine unless I hear otherwise by Wednesday."); slices.ContainsFunc(hits, func(h string) bool { return strings.HasPrefix(h, fmt.Sprintf("%d:", Nudge)) }) {
		t.Errorf("a default reads as a nudge: %q", hits)
	}
}

// TestThankedForAndOrdinals: the day of what the writer thanks for is no
// news and points back at nothing; "by the 31st" before a clause is a day.
func TestThankedForAndOrdinals(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Thanks for the call today.", Covered, "today"},
		{"Thank you again for your time on Tuesday.", Covered, "Tuesday"},
		{"Thanks for the notes. I'll send the order form today.", RelDay, "today"},
		{"If you sign by the 31st we can lock in the rate.", DateHit, "31st"},
		{"When we spoke on the 14th you mentioned the budget.", DateHit, "14th"},
		{"Revenue in the 3rd quarter grew.", Number, "3rd"},
	})
}

// TestSays: the statements the dense features count are recorded once per
// sentence, with the words that make each one.
func TestSays(t *testing.T) {
	tables := Compile()
	for _, c := range []struct {
		text string
		want []string // kind:span
	}{
		{"Please route all press questions to corporate communications.", []string{"0:Please route"}},
		{"I'll bring Jeff too. We will ship the fix on Friday.", []string{"1:I'll bring", "1:We will"}},
		{"I've issued a credit memo for the difference and I think we should stop there.", []string{"2:I've issued"}},
		{"I'd avoid the nightly file export because it breaks.", []string{"2:I'd avoid"}},
		{"You'll receive the invoice from our billing team.", []string{"2:You'll receive"}},
		{"Just checking in. Any update?", nil},
	} {
		f := analyzeText(tables, c.text)
		var got []string
		for _, sd := range f.Says {
			got = append(got, fmt.Sprintf("%d:%s", sd.Kind, c.text[sd.Start:sd.End]))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: says %q, want %q", c.text, got, c.want)
		}
	}
}

// TestReportedAsk: a step someone asked about is their question, not the
// writer's proposal; the writer's own "I was wondering if we can…" proposes.
func TestReportedAsk(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Your CFO asked whether we can invoice quarterly.", Covered, "we can"},
		{"Dana asked if we can start in March.", Covered, "we can"},
		{"I was wondering if we can move the call to Friday.", Proposal, "we can"},
		{"We can invoice quarterly if that helps.", Proposal, "We can"},
	})
}

// TestDecisionAsked: a question that hands the choice or the next step to
// the reader, in any language, whatever check-in words surround it; not
// the same words outside a question, and not a check-in question.
func TestDecisionAsked(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]bool{
		"Any update? What would you suggest we do to progress from here?":                     true,
		"Just checking in: who else needs to sign off on the order form?":                     true,
		"Hi Dana, who besides you needs to sign off on the pilot?":                            true,
		"Which option do you prefer, annual or monthly?":                                      true,
		"Is anything holding up the invoice on your side?":                                    true,
		"Which parts of the security questionnaire are still open on your side?":              true,
		"Should we bring your IT lead into the next call?":                                    true,
		"Gibt es Neuigkeiten? Was würden Sie vorschlagen, wie wir von hier aus weitermachen?": true,
		"Que proposeriez-vous pour avancer à partir d'ici ?":                                  true,
		"¿Qué nos sugiere para avanzar a partir de aquí?":                                     true,
		"Let me know which option you prefer.":                                                false, // no question
		"I asked who else should join, and Brent will.":                                       false,
		"Are you still open to an intro call this month?":                                     false, // asks for news
		"Any update on the proposal?":                                                         false,
		"Do you have any questions?":                                                          false,
	} {
		if got := analyzeText(tables, text).DecisionAsked(); got != want {
			t.Errorf("%q: DecisionAsked %v, want %v (hits %q)", text, got, want, hitsOf(tables, text))
		}
	}
}

// TestDateKeepsItsSentence: the full stop of a German day of the month
// ("3. Dezember") ends no sentence, so a call proposed at that date and a
// clock time is scheduled, as it is without the date.
func TestDateKeepsItsSentence(t *testing.T) {
	tables := Compile()
	for _, text := range []string{
		"Frau Roth, hätten Sie Donnerstag, 3. Dezember um 11:30 oder Freitag, 4. Dezember um 16:00 Zeit für ein kurzes Telefonat?",
		"Frau Roth, hätten Sie Donnerstag um 11:30 oder Freitag um 16:00 Zeit für ein kurzes Telefonat?",
		"Mark, would Thursday, December 3 at 11:30 work for a quick call?",
	} {
		f := analyzeText(tables, text)
		if !f.Scheduled() {
			t.Errorf("%q is not scheduled: %q", text, hitsOf(tables, text))
		}
		if n := f.sent[len(f.Tokens)-1]; n != 0 {
			t.Errorf("%q reads as %d sentences", text, n+1)
		}
	}
}

// TestHandsOver: attached files are material handed over unless the text
// says they, or anything, went out before, or the message forwards
// someone's.
func TestHandsOver(t *testing.T) {
	tables := Compile()
	for _, c := range []struct {
		text     string
		files    int
		forwards bool
		want     bool
	}{
		{"Following up with the revised proposal (attached).", 1, false, true},
		{"Hi Sam, any thoughts on the attached?", 2, false, true},
		{"Hi Sam, the contract will be sent to you tomorrow; attached is the draft.", 1, false, true},
		{"We re-ran the numbers with your volumes: see attached.", 1, false, true},
		{"Following up with the revised proposal (attached).", 0, false, false}, // words, no file
		{"Re-attaching the SOW in case it got buried. Any update?", 1, false, false},
		{"Attaching the business case again - did you get a chance to look?", 1, false, false},
		{"Resending. Any thoughts?", 1, false, false},
		{"Hi Sam, just checking in on the proposal I sent last week.", 1, false, false},
		{"Anbei nochmals unser Angebot.", 1, false, false},
		{"FYI, see below.", 1, true, false},
	} {
		var f Features
		tables.Analyze(&Doc{Text: c.text, Attachments: c.files, Forwards: c.forwards}, &f)
		if got := f.HandsOver(); got != c.want {
			t.Errorf("%q with %d files (forwards %v): HandsOver %v, want %v", c.text, c.files, c.forwards, got, c.want)
		}
	}
}

// TestBrings: a check-in phrase that goes on "with" what the email brings
// asks for nothing; "with" a person, a request or what went out before
// still nudges.
func TestBrings(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]bool{
		"Following up with the revised proposal.":                                true,
		"Circling back with an update: legal signed off.":                        true,
		"Hi Sam, just following up with the link to the recording: https://x.io": true,
		"Touching base with 3 options for the rollout.":                          true,
		"Checking in with one change: the setup fee is gone.":                    true,
		"Following up with the answer to your question: yes.":                    true,
		"Circling back with $8,200 in savings for your team.":                    true,
		"Following up with €40 off per seat.":                                    true,
		"Following up with you on the proposal.":                                 false,
		"Following up with Kim on the proposal.":                                 false,
		"Following up with her about the proposal.":                              false,
		"Following up with a quick question: any thoughts?":                      false,
		"Following up with a gentle reminder.":                                   false,
		"Circling back with my original question.":                               false,
		"Following up with the same proposal.":                                   false,
		"Following up with regard to the proposal.":                              false,
		"Just following up with this, any thoughts?":                             false,
		"Following up with the proposal I sent last week.":                       false,
		"Circling back with the contract from last month.":                       false,
		"Any update with the contract?":                                          false, // not a check-in verb
	} {
		var f Features
		tables.Analyze(&Doc{Text: text}, &f)
		got := false
		for i := range f.Hits {
			if k := f.Hits[i].Kind; k == Nudge || k == Covered {
				got = got || tables.brings(&f, &f.Hits[i])
			}
		}
		if got != want {
			t.Errorf("%q: brings %v, want %v (hits %v)", text, got, want, f.Hits)
		}
	}
}
