package feat

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

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
		`The "just checking in, any news on the contract?" note again.`: true,
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

// Words quoted as someone's speech ("Dana said, "…") are theirs: a
// check-in or a pleasantry among them is not the writer's. Quotation
// marks that close before the phrase, or that open after a word that
// does not report speech, leave it the writer's.
func TestQuotedSpeechIsTheirs(t *testing.T) {
	tables := Compile()
	expectKind(t, tables, Nudge, "check-in", map[string]bool{
		`He wrote "just checking in, any news on the contract?" again.`: false,
		`Rosa asked: "Any update on the hay count?"`:                    false,
		"Dana's reply was “Following up on this for the board.”":        false,
		`Dana said "yes", and I am just checking in on the lease.`:      true,
		`The "just checking in" note of Dana's.`:                        false,
		`Our "barn lease" draft: any update?`:                           true,
		"Dana said “yes”. Any update on the lease?":                     true,
	})
	expectKind(t, tables, Filler, "pleasantry", map[string]bool{
		`Dana's first words were "Oh my, I hope the hay holds out`:            false,
		`Thanks for the basket. Dana said, "I hope you know we all love it."`: false,
		"Thanks for the basket. I hope you know we all love it.":              true,
	})
}

// "Any" and a word of degree before the news asked for still ask for it
// ("any more news", "any further updates"); a word naming the kind of news
// does not make the check-in (anyMore).
func TestAnyMoreNews(t *testing.T) {
	expectKind(t, Compile(), Nudge, "check-in", map[string]bool{
		"Rosa, any further news on the grange permit?":        true,
		"Dana, any more word on the hay contract?":            true,
		"Any new updates from the co-op?":                     true,
		"Dana says there isn't any good news on the lease.":   false,
		"Rosa, the grange wants any price updates by Friday.": false,
	})
}

// "Do you know where" asks for news only where a thing stands or is; a
// question where something happens is a question (whereElse).
func TestWhereSomethingHappens(t *testing.T) {
	expectKind(t, Compile(), Nudge, "check-in", map[string]bool{
		"Do you know where Dana stands on the barn lease?":         true,
		"Do you know where the signed barn lease is?":              true,
		"Do you know where this is headed?":                        true,
		"Do you know where the grange keeps the spare bale hooks?": false,
		"Do you know where I should park at the grange on Friday?": false,
	})
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

// Someone else's follow-up ("Dana called to follow up") is reported, not
// made: only a follow-up the writer makes, or one with no subject, is a
// nudge.
func TestOthersFollowUpIsReported(t *testing.T) {
	expectKind(t, Compile(), Nudge, "nudge", map[string]bool{
		"Dana called to follow up on the barn lease.":                          false,
		"Rosa Diaz from the grange just called to follow up on the hay order.": false,
		"He has been following up with the co-op since the auction.":           false,
		"Dana phoned to touch base about the hay.":                             false,
		"Dana just called to circle back on the feed order.":                   false,
		"They have been checking in every day about the feed bill.":            false,
		"Hal is checking whether the county kept a copy of the survey.":        false,
		"Just called to follow up on the barn lease.":                          true,
		"Rosa and I called to follow up on the barn lease.":                    true,
		"Hi Dana wanted to follow up on the barn lease.":                       true,
		"Rosa, from the grange I called to follow up on the lease.":            true,
		"Dana, following up about the lease we talked about.":                  true,
		"Dana asked me to check in about the lease; has the board voted?":      true,
		"I am following up on the barn lease Rosa sent over from the grange.":  true,
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

// hasQuotationMark must answer as strings.ContainsAny over the same three
// marks does, on ASCII and multi-byte text alike.
func TestHasQuotationMark(t *testing.T) {
	for _, s := range []string{
		"", "plain text", `he said "yes"`, "“Curly” quotes", "closing only”",
		"Grüße aus München – keine Anführungszeichen", "„German opener only",
		"single 'quotes' and ‘curly’ ones", "emoji 🙂 and a \" at the end",
		"\xe2\x80", "broken \xe2\x80\x9c utf-8 \xff",
	} {
		if got, want := hasQuotationMark(s), strings.ContainsAny(s, "\"“”"); got != want {
			t.Errorf("hasQuotationMark(%q) = %v, want %v", s, got, want)
		}
	}
}
