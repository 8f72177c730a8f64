package feat

import (
	"slices"
	"testing"
)

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
		// a chance the writer had is news of theirs; the reader's is asked about
		"I finally had a chance to go over the pricing with our CFO.": false,
		"We've now had a chance to review your comments.":             false,
		"Hope you had a chance to look at the redline.":               true,
		"Have you had a chance to review it?":                         true,
		"Did you get a chance to look at the redline?":                true,
	})
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
		"Please let me know if legal signed the lease.":                true,
		"Let me know if the invoice was paid.":                         true,
		"Let me know if the changes I posted look right.":              false,
		"Let me know if any invoice was not paid.":                     false,
		"Let me know if you decided on the blue or the green.":         false,
	})
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
		checkCheckInRule(t, tables, "brings", (*Tables).brings, text, want)
	}
}

func TestRecalls(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]bool{
		"Following up on our call: they agreed to New York law.":                               true,
		"Hi Sam, following up on our call: I spoke with our CFO and we can do net-60 terms.":   true,
		"Following up on yesterday's meeting - the pilot can start Monday.":                    true,
		"Circling back after this morning's demo, I spoke with both vendors.":                  true,
		"Following up on the call with the customer group: the settlement is $4MM.":            true,
		"Following up on our call last week.":                                                  false, // nothing past the call
		"Following up on our meeting on the 7th, where we went over the options. Let me know.": false, // still the meeting
		"Following up on my last email: any thoughts?":                                         false, // an email, no talk
		"Following up on the proposal, any thoughts?":                                          false,
		"Following up on our conversation.":                                                    false,
		"Just checking in on the call notes I sent.":                                           false, // "in", not a recall
		"Following up regarding our call, did you get a chance to look at the deck?":           false,
		// the reader's question recalled and answered
		"Following up on your question about storage: the barn holds 600 bales.":  true,
		"Circling back on your request from Monday, we can ship 40 bales Friday.": true,
		"Following up on my question: any thoughts?":                              false, // the writer's
		"Just following up on your question about storage.":                       false, // no answer
	} {
		checkCheckInRule(t, tables, "recalls", (*Tables).recalls, text, want)
	}
}

// checkCheckInRule reports whether rule holds for one of text's check-in
// phrases (whether or not it was then dropped) as want says.
func checkCheckInRule(t *testing.T, tables *Tables, name string, rule func(*Tables, *Features, *Hit) bool, text string, want bool) {
	t.Helper()
	var f Features
	tables.Analyze(&Doc{Text: text}, &f)
	got := false
	for i := range f.Hits {
		if k := f.Hits[i].Kind; k == Nudge || k == Covered {
			got = got || rule(tables, &f, &f.Hits[i])
		}
	}
	if got != want {
		t.Errorf("%q: %s %v, want %v (hits %v)", text, name, got, want, f.Hits)
	}
}

// A polite ask put as a question with "please" or "would you mind" is an
// instruction, and counts as one; a bare "can you" question asks for news
// as often as for work, and does not.
func TestPleaseQuestionsInstruct(t *testing.T) {
	denseWants(t, FImperative, map[string]float64{
		"Could you please fax the barn lease to the grange office?": 1,
		"Marta, would you please mail the orchard ledger to Dana?":  1,
		"Would you mind mailing the orchard ledger to Dana?":        1,
		"Can you tell me where the barn lease stands?":              0, // controls
		"Would you mind if I stopped by the grange office?":         0,
	})
}

func TestPoliteInstructionsAskNoNews(t *testing.T) {
	// "Can we please…" instructs as "Could you please…" does, with its
	// question mark or without
	denseWants(t, FImperative, map[string]float64{
		"Can we please move the hay crates to the loft?": 1,
		"Can we please move the hay crates to the loft.": 1,
		"Can we move the hay crates to the loft?":        0, // a control
	})
	// the mark of a polite instruction is no question's: its grams leave
	// it out, where a question for news keeps it
	mark := HashString("?")
	tables := Compile()
	for text, want := range map[string]bool{
		"Could you please sign the barn lease?":          false,
		"Can we please move the hay crates to the loft?": false,
		"Would you mind weighing the bales?":             false,
		"Can you tell me where the barn lease stands?":   true, // controls
		"Could you please sign the barn lease? Has Ann?": true,
	} {
		f := analyzeText(tables, text)
		if got := slices.Contains(f.Grams, mark); got != want {
			t.Errorf("%q: grams hold the question mark %v, want %v", text, got, want)
		}
	}
}

// The comma that closes a check-in opening its sentence starts a sentence
// of its own when what follows brings a figure or a date (openerEnds), or
// tells news of someone other than the reader (tellsNews); a
// question, a clause that names the topic again ("…we toured"), one that
// sends something again, and a pleasantry stay whole.
func TestOpenerEnds(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]bool{
		"Following up on my note, the grange approved $6 a bale.":         true,
		"Hi Dana, bumping this, the co-op moved the delivery to June 9.":  true,
		"Just checking in, we can haul 300 bales Friday.":                 true,
		"Just checking in, legal approved the barn lease.":                true, // news, no figure (lr.232)
		"The last I heard, you approved the barn lease.":                  false,
		"Following up on the quote, did the grange take the 300 bales?":   false,
		"Touching base on the north barn, the $900 lot we toured Friday.": false,
		"Per my last note, attached again is the $6 price sheet.":         false,
		"Hope all is well, enjoy the 4th of July.":                        false,
		"Following up on the hay quote for 300 bales.":                    false,
	} {
		f := analyzeText(tables, text)
		i := slices.IndexFunc(f.Hits, func(h Hit) bool { return h.Kind == Nudge || h.Kind == Filler })
		if i < 0 {
			t.Errorf("%q: no check-in (hits %q)", text, hitsOf(tables, text))
			continue
		}
		if got := f.sent[f.Hits[i].Tok] != f.sent[len(f.Tokens)-1]; got != want {
			t.Errorf("%q: split %v, want %v (hits %q)", text, got, want, hitsOf(tables, text))
		}
	}
}
