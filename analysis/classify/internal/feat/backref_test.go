package feat

import (
	"slices"
	"testing"
)

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

// An invitation sent for a day or a time sets that time: its day does not
// point back and its sentence is no back reference. Sent for a day that
// lies behind, or with the day as when it went out, it still is.
func TestInvitationSetsItsTime(t *testing.T) {
	tables := Compile()
	for text, ahead := range map[string]bool{
		"I sent you an invite for Tuesday at 10 - the dial-in is in it.":   true,
		"Just sent over a calendar invite for Thursday at 2pm.":            true,
		"I've sent you a calendar hold for June 9 at 2pm for the walk.":    true,
		"Sent you a placeholder for next Tuesday at 9.":                    true,
		"I sent you an invite for Tuesday at 10 last week.":                false,
		"I sent you the quote for the barn on Tuesday at 10.":              false,
		"I emailed you the invitation list on June 9.":                     false,
		"I forwarded you the hold notice, for what it's worth, on June 9.": false,
	} {
		f := analyzeText(tables, text)
		past, back := countHits(f, PastDate) > 0, f.Dense[FBackRef] > 0
		if past == ahead || back == ahead {
			t.Errorf("%q: past date %v, back reference %v; want the time set ahead %v", text, past, back, ahead)
		}
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

// "Left" after a figure or a word of quantity says what remains, and the
// date after it lies ahead; "left you a voicemail" points back.
func TestWhatIsLeftLiesAhead(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]int{
		"We have 300 bales left for December.":       0,
		"There is no hay left for June.":             0,
		"The co-op has two barns left until Friday.": 0,
		"Any bales left in March?":                   0,
		"I left you a voicemail on Monday.":          1, // a control
		"The copy I left on your desk Friday.":       1, // a control
	} {
		if n := countHits(analyzeText(tables, text), PastDate); n != want {
			t.Errorf("%q: %d past dates, want %d", text, n, want)
		}
	}
}

// "Sent you" points back only when the writer sent it, and only to the
// reader.
func TestBackReferenceIsTheWritersToTheReader(t *testing.T) {
	denseWants(t, FBackRef, map[string]float64{
		"I sent you the draft contract on Monday.":                1,
		"We faxed over the signed copy.":                          1,
		"The documents were sent over to you yesterday.":          1,
		"The documents were sent over to Duke Energy yesterday.":  0,
		"I understand that John Rigby sent you a draft contract.": 0,
		"She faxed you the invoices for January.":                 0,
		"Also sent you the redline on Monday.":                    1,
		"Finally sent you the signed copy.":                       1,
	})
}

// TestHandsOver: attached files are material handed over unless the text
// says they, or anything, went out before, or the message forwards
// someone's; so is material the text hands over in words.
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
		// words that hand material over now, with no file
		{"Following up. Attached is the revised proposal.", 0, false, true},
		{"Checking in - please see the attached quote.", 0, false, true},
		{"Any update? I've attached the deck.", 0, false, true},
		{"Did you see the attached quote?", 0, false, false},
		{"See attached from last week. Any update?", 0, false, false},
		{"Here's the thing - any update?", 0, false, false},
		{"Just checking in. Any attachments are for the named reader only.", 0, false, false},
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

// A verb of passing on in a relative clause after a done word is part of
// news ("the co-op approved the lease I sent you"): no back reference.
// Without the done word, in a question, or with no noun for the clause to
// describe, it still points back.
func TestReportsOnWhatWasSent(t *testing.T) {
	tables := Compile()
	for text, back := range map[string]bool{
		"The co-op approved the barn lease I sent you.":          false,
		"The county rejected our hay permit that we sent over.":  false,
		"I revised the bale quote we sent over.":                 false,
		"Has the co-op approved the barn lease I sent you?":      true,
		"The barn lease I sent you is attached again.":           true,
		"We signed the barn lease and I sent you the copy.":      true,
		"The co-op wants the signed barn lease I sent you back.": true,
		// news after the clause (lr.327)
		"The barn lease I sent you was approved by the co-op.": false,
		"The bale quote we sent over has been cut by a tenth.": false,
		"The hay price I sent you was raised on Friday.":       false,
		"Was the barn lease I sent you approved?":              true,
		"The barn lease I sent you needs to be signed.":        true,
		"The barn lease I sent you is ready to be signed.":     true,
		// news as the text's last word, no mark after it (a crash in lr.327 to lr.330)
		"The barn lease I sent you was approved": false,
	} {
		f := analyzeText(tables, text)
		if got := f.Dense[FBackRef] > 0; got != back {
			t.Errorf("%q: back reference %v, want %v", text, got, back)
		}
	}
}

// A date that points back before a request or a commitment of the
// writer's, in a sentence free of check-in language, dates the talk the
// request comes out of and no longer counts as pointing back
// (datedContext); one after the request, in a check-in or beside a
// statement still does.
func TestDatedContext(t *testing.T) {
	denseWants(t, FPastDate, map[string]float64{
		"Rosa, as we discussed yesterday, please send me the grange ledger.":        0,
		"Rosa, as we discussed on Monday, could you send me the grange ledger?":     0,
		"As we discussed last week, I will bring the hay samples to the grange.":    0,
		"Call me about the hay schedule I sent Monday.":                             1,
		"Rosa, as we discussed yesterday, did you get a chance to send the ledger?": 1,
		"As we discussed yesterday, the grange ledger is short.":                    1,
		"Following up on the ledger I sent you Monday, please sign it.":             1,
		"I sent you the ledger yesterday.":                                          1,
	})
}

// A day after news reported in its sentence tells when the news happened,
// though a word before the news points back ("the export you asked
// about"); a day after a pointer with no news between still points back
// (lr.322).
func TestDayOfNewsAfterPointer(t *testing.T) {
	pastDates(t, map[string]bool{
		"The API you asked about launched on your account yesterday.":          false,
		"The pricing I sent you was updated yesterday.":                        false,
		"The contract we discussed was signed yesterday.":                      false,
		"The bulk export you requested went live last week.":                   false,
		"Following up on the quote I mailed you yesterday.":                    true,
		"The draft I sent you yesterday is attached again.":                    true,
		"Just checking in, the contract was signed as we discussed yesterday.": true,
	})
}

// A named day or a date after news reported in its sentence dates the
// news too, though a word of passing on or of talk stands before it
// (pastBefore); a participle that only qualifies a noun ("the signed
// lease", "originals signed by Meridian") reports none (lr.327).
func TestNamedDayOfNewsAfterPointer(t *testing.T) {
	pastDates(t, map[string]bool{
		"The barn lease we discussed was signed on Monday.":           false,
		"The hay pricing I sent you was updated on March 3.":          false,
		"The loader you asked about went back in stock on Friday.":    false,
		"The bale count you requested has been confirmed as of 4/12.": false,
		"I faxed you the signed barn lease on Monday.":                true,
		"I sent you the two copies signed by the co-op on 9/28.":      true,
		"I forwarded you the revised hay confirmation on Friday.":     true,
		"The lease I sent on Monday was signed by the co-op.":         true,
		"Following up on the hay quote I mailed you on March 3.":      true,
	})
}

// Something received or handed on, named afresh ("a second offer",
// "another bid", "40 bales"), is news: its day does not point back. What
// the reader sent, named with its own determiner, still does, and so
// does a receipt stamped with the day itself (lr.328).
func TestNewArrivalIsNews(t *testing.T) {
	pastDates(t, map[string]bool{
		"Just checking in. We received a third bid this afternoon.":       false,
		"Just checking in. The co-op received another hay bid yesterday.": false,
		"I submitted a grange request this morning.":                      false,
		"The mill delivered 40 bales on Monday.":                          false,
		"We received your check on Friday.":                               true,
		"The co-op received the lease I sent yesterday.":                  true,
		"Received 3/14 at the grange office.":                             true,
	})
}

// "e" is "and" in Italian and Portuguese; a word table's "e-mailed" must
// not make it a word that points back, so a day after "e" is ahead
// (lr.323). Before, "i bancali sono pronti e partono martedì" dated
// Tuesday, and even "domani", in the past.
func TestAndIsNoPointer(t *testing.T) {
	pastDates(t, map[string]bool{
		"Ciao Tom, i bancali sono pronti e partono martedì.":            false,
		"Ciao Tom, il lotto è pronto e parte domani.":                   false,
		"Olá Ana, as paletes estão prontas e saem na terça-feira.":      false,
		"Olá Ana, o contrato foi revisto e seguirá na sexta-feira.":     false,
		"Ciao Tom, ti ho inviato l'offerta martedì.":                    true,
		"Hi Tom, I e-mailed you the draft on Monday.":                   true,
		"Hi Tom, the invoice I e-mailed you on Monday is still unpaid.": true,
	})
	for entry, want := range map[string][]string{
		"e-mailed":    {"mailed"},
		"units/month": {"units", "month"},
		"q1":          {"q"}, // no number: laterWords' "q4" must not make "4" a time off
		"sent":        {"sent"},
		"-":           {"-"}, // a mark listed on its own stays (contactMods)
	} {
		var hs []uint32
		for _, w := range want {
			hs = append(hs, HashString(w))
		}
		if got := entryHashes(entry); !slices.Equal(got, hs) {
			t.Errorf("entryHashes(%q) = %v, want the hashes of %q", entry, got, want)
		}
	}
}

// pastDates checks, for each text, whether it holds a day that points
// back (a PastDate hit).
func pastDates(t *testing.T, want map[string]bool) {
	t.Helper()
	tables := Compile()
	for text, past := range want {
		f := analyzeText(tables, text)
		if got := countHits(f, PastDate) > 0; got != past {
			t.Errorf("%q: past date %v, want %v", text, got, past)
		}
	}
}
