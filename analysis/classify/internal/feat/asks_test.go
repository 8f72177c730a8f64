package feat

import (
	"testing"
	"time"
)

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

// TestTimeAsks: asking whether a day and time, or a price, suit the
// reader proposes them, however many words the date takes; the verb is the
// hit.
func TestTimeAsks(t *testing.T) {
	checkSpans(t, []spanCase{
		{"Does Tuesday at 10:00 work to walk your CFO through it?", Proposal, "work"},
		{"Hi Mark, would Monday, March 3 at 2pm suit you?", Proposal, "suit"},
		{"Is Friday the 12th at 9 am okay for the kickoff?", Proposal, "okay"},
		{"Would $40 a bale work for the grange?", Proposal, "work"},
		{"Is 8% off okay for the co-op?", Proposal, "okay"},
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

// TestDecisionAsked: a question that hands the choice or the next step to
// the reader, in any language, whatever check-in words surround it; not
// the same words outside a question, and not a check-in question.
func TestDecisionAsked(t *testing.T) {
	featWants(t, "DecisionAsked", (*Features).DecisionAsked, map[string]bool{
		"Any update? What would you suggest we do to progress from here?":                       true,
		"Just checking in: who else needs to sign off on the order form?":                       true,
		"Hi Dana, who besides you needs to sign off on the pilot?":                              true,
		"Which option do you prefer, annual or monthly?":                                        true,
		"Who on your side approves the invoice, and do they need anything from us?":             true,
		"Which parts of the security questionnaire are still open on your side?":                true,
		"Should we bring your IT lead into the next call?":                                      true,
		"I know you're busy, so I'll keep it short: what would need to be true to sign in May?": true,
		"Just checking in. What needs to happen before the grange votes on the lease?":          true,
		"Gibt es Neuigkeiten? Was würden Sie vorschlagen, wie wir von hier aus weitermachen?":   true,
		"Que proposeriez-vous pour avancer à partir d'ici ?":                                    true,
		"¿Qué nos sugiere para avanzar a partir de aquí?":                                       true,
		"Let me know which option you prefer.":                                                  false, // no question
		"I asked who else should join, and Brent will.":                                         false,
		"Are you still open to an intro call this month?":                                       false, // asks for news
		"Any update on the proposal?":                                                           false,
		"Do you have any questions?":                                                            false,
	})
}

// TestQuestionInBrackets: a question asked in brackets inside a longer
// sentence is that question, without the words before the bracket or a
// short form that opens it; one word and a question mark in brackets
// doubt the word and ask nothing.
func TestQuestionInBrackets(t *testing.T) {
	expectFirstSpan(t, Compile(), "question", map[string]string{
		"I have questions about who will negotiate (i.e., will your lawyers be involved?). Thanks": "will your lawyers be involved?",
		"The goal is to reply (politely?) by Friday.":                                              "", // a doubt about a word
		"The goal is to reply (can we be polite?) by Friday.":                                      "can we be polite?",
		"Would Tuesday work (or is Wednesday better?) for the review?":                             "or is Wednesday better?",
		"We need the signed copy. E.g., can legal start today?":                                    "can legal start today?",
		"Can legal start today?":                                                                   "Can legal start today?",
	}, Question)
}

// TestQuestionAfterShortForm: a question set off by "e.g." or "i.e."
// inside a longer sentence starts after the short form when it opens as a
// question does; a list of examples that ends the sentence's question
// leaves it whole.
func TestQuestionAfterShortForm(t *testing.T) {
	expectFirstSpan(t, Compile(), "question", map[string]string{
		"I need to know what comes next, e.g., can legal start today?":              "can legal start today?",
		"Tell me how you want to proceed, i.e. should we send the redline?":         "should we send the redline?",
		"Do you have a preference for the day, e.g. Tuesday or Wednesday?":          "Do you have a preference for the day, e.g. Tuesday or Wednesday?",
		"We could start small, e.g., what if we began with the Denver site only?":   "what if we began with the Denver site only?",
		"Which format works for your team, e.g., do you want the PDF or the sheet?": "do you want the PDF or the sheet?",
	}, Question)
}

// TestAsks: a decision question's phrase asks in a question, as a question
// word, or as an auxiliary that opens its clause; not as an auxiliary
// inside a statement, nor as a question word the writer will answer ("I
// will tell you which").
func TestAsks(t *testing.T) {
	tables := Compile()
	for text, want := range map[string]bool{
		"Attached is the proposal for Acme: 40 seats.":         false,
		"This is the entity for commodity trading.":            false,
		"Is the proposal for Acme too long for your CFO?":      true,
		"Please let me know which date is better for you.":     true,
		"Christy, can we send these documents in Word format.": true,
		"The draft is ready (can you confirm the dates?)":      true,
		"How should we put this in Sitara.":                    true,
		"Dime cuál prefieres y te mando la convocatoria.":      true,
		"I will tell you which option we chose next week.":     false,
		"I'll show you what would help on Friday.":             false,
		"We'll let you know which one suits the co-op.":        false,
		"Tell me which option you chose.":                      true, // a control
		"I wanted to ask you which option you prefer.":         true, // a control
	} {
		f := analyzeText(tables, text)
		asked, found := false, false
		for _, h := range f.Hits {
			if h.Kind == DecisionQ {
				found = true
				asked = asked || tables.Asks(f, h)
			}
		}
		if !found {
			t.Errorf("%q: no decision question phrase", text)
		} else if asked != want {
			t.Errorf("%q: Asks = %v, want %v", text, asked, want)
		}
	}
}

// promisedOnDay: the writer's own "will" with a hand-over or delivery
// verb, material and a day, or with any step of their own and a named day
// (not a check-in put off to it), in a sentence that neither checks in nor
// points back.
func TestPromisedOnDay(t *testing.T) {
	featWants(t, "Promised", (*Features).Promised, map[string]bool{
		"I'll send the hay quote tomorrow.":                            true,
		"Checking in. We will have the barn pricing to you by Friday.": true,
		"Rosa, I will finish the bale report on March 3.":              true,
		"I'll call you tomorrow about the hay quote.":                  false,
		"I'll follow up on the hay quote next week.":                   false,
		"I'll send the hay quote soon.":                                false,
		"I'll send it over tomorrow.":                                  false,
		"Dana will send the hay quote tomorrow.":                       false,
		"Just checking in on the hay quote I'll send Friday.":          false,
		// the comma closes the check-in, and the promise is a sentence
		// of its own (openerEnds, lr.231)
		"Just checking in on the hay quote, I'll send it Friday.": true,
		// any step of the writer's own on a named day (stepOnDay)
		"Just checking in. We'll have the crew out at the barn Thursday.": true,
		"I'll swing by the farm on the 14th.":                             true,
		"We'll also bring the hay samples Tuesday.":                       true,
		"Just checking in. I'll follow up Tuesday.":                       false,
		"Any update? I'll try you again Friday.":                          false,
		"I'll get back to you Monday.":                                    false,
		"I'll be out of the barn until Monday.":                           false,
		"We will not haul the hay on Friday.":                             false,
	})
}

// Material names the papers a deal passes around besides its contract
// (a lease, a memo, a letter, a term sheet) and the plurals of its kinds,
// so a promise to send them on a relative day is as concrete as one to
// send the contract; a word that names none is still no promise.
func TestPromisedPapers(t *testing.T) {
	featWants(t, "Promised", (*Features).Promised, map[string]bool{
		"Any update? I'll send the barn lease tomorrow.":           true,
		"Just checking in. I will send the grange memo today.":     true,
		"Any word? We'll send the signed letters tomorrow.":        true,
		"Checking in. I'll send the hay contracts tomorrow.":       true,
		"Any news? I'll send the term sheet for the barn tonight.": true,
		"Any update? We'll have the revised worksheets tomorrow.":  true,
		"Any update? I'll send the hay tomorrow.":                  false,
		"Any update? I'll send the barn lease soon.":               false,
		"Any update on the barn lease? I'll call Dana tomorrow.":   false,
	})
}

// announced: "question(s)", a word of aboutWords and a question word
// announce what the sentence asks; a "who" after a noun there is still a
// relative clause, and without the announcing words nothing is asked.
func TestAnnounced(t *testing.T) {
	featWants(t, "DecisionAsked", (*Features).DecisionAsked, map[string]bool{
		"Rosa, I phoned this morning with two questions about when the hay permit lapses and who will renew it.": true,
		"Dana, one question regarding who will pay the bale bill remains.":                                       true,
		"Rosa, I phoned this morning with questions about the grange folk who will sign the permit.":             false,
		"Rosa, I phoned this morning about who will renew the hay permit.":                                       false,
		"Rosa, no questions on my side; the grange knows who will renew the permit.":                             false,
	})
}

// reportedDone: a done word read as news, stated in a sentence that
// neither asks, nudges nor points back, reports a step; one in a
// question, a nudge or a doubt does not. A vague done word (vagueDoneWords)
// reports one only as a change someone made (actedChange): "we lowered",
// "was fixed", an edit with what changed ("revised … to include").
func TestReportedDone(t *testing.T) {
	featWants(t, "Reported", (*Features).Reported, map[string]bool{
		"Just checking in. Legal approved the contract.":             true,
		"The grange signed the hay lease yesterday.":                 true,
		"Rosa, the co-op rejected the bid.":                          true,
		"Has legal approved the contract?":                           false,
		"Just checking in on whether legal approved the contract.":   false,
		"Any word on the hay order? The quote expires Friday.":       false,
		"It is a 2-year fixed price for the barn.":                   false,
		"I have updated the hay list.":                               false,
		"We lowered the bale price.":                                 true,
		"Rosa, we revised the hay quote to include delivery.":        true,
		"The gate was fixed yesterday.":                              true,
		"I added you to the barn thread.":                            false,
		"The hay list was updated.":                                  false,
		"I found the barn lease.":                                    false,
		"We are done with the hay.":                                  false,
		"I sent you the signed lease last week.":                     false,
		"Following up on the lease I signed and sent you on Monday.": false,
		// a step said as a commitment's state (Commit), lr.179
		"Just checking in. The vet is booked for Friday at 9.":  true,
		"We booked the vet for Friday at 9.":                    true,
		"Your hay order is confirmed for Friday.":               true,
		"Is the vet booked for Friday?":                         false,
		"Rosa says you are booked to sign the lease on Friday.": false,
		"You're booked for Friday at 9.":                        false,
	})
}

// TestAnnouncedChange: a rise-and-fall word said as happening or to come,
// with a price or a share and a day in its sentence, is Reported news
// (announcedChange); a question, a negation, a condition, a want, a noun
// and a threshold are not, nor is a sentence with no figure or no day.
func TestAnnouncedChange(t *testing.T) {
	featWants(t, "Reported", (*Features).Reported, map[string]bool{
		"Our bale price goes up 8% on January 1.":               true,
		"The grange raises its rent to $900 on Monday.":         true,
		"The diesel surcharge will drop 3% next month.":         true,
		"The hay price is rising 4% in March.":                  true,
		"The barn rent is due to double to $2,000 on May 1.":    true,
		"Our bale price goes up on January 1.":                  false,
		"Our bale price goes up 8% soon.":                       false,
		"Will our bale price go up 8% on January 1?":            false,
		"Our bale price will not go up 8% on January 1.":        false,
		"If the grange raises its rent 5% on March 1, call me.": false,
		"We need to raise the rent 5% in May.":                  false,
		"The increases of 5% on Monday worry us.":               false,
		"Hay that falls below 12% moisture on Monday is fine.":  false,
		"Just checking in about the rent going up 5% in May.":   false,
	})
}

// TestMovedToTime: a plan moved to a time the sentence names is news
// (movedToTime), whatever check-in comes first; a plan that may, should or
// did not move, one the reader moved, a question, a moved thing that is
// no plan ("moved to the barn") and a sentence that only checks in report
// none.
func TestMovedToTime(t *testing.T) {
	featWants(t, "Reported", (*Features).Reported, map[string]bool{
		"Just checking in. The grange moved the auction to Saturday the 12th.":    true,
		"Hi Rosa, Dana pushed the hay delivery back to Friday.":                   true,
		"Any news? The barn walk was bumped until next week.":                     true,
		"Following up: the vet shifted her visit to 3pm.":                         true,
		"Per my note, still need the lease. Marta moved the signing up to May 6.": true,
		"The auction can be moved to Saturday.":                                   false,
		"If we pushed the hay delivery to Friday, would that help?":               false,
		"The grange has not moved the auction to Saturday.":                       false,
		"You moved the barn walk to Friday, right.":                               false,
		"Was the auction moved to Saturday?":                                      false,
		"Dana moved the hay to the north barn.":                                   false,
		"The moved date suits us.":                                                false,
		"Just checking in on the auction you moved to Saturday.":                  false,
	})
}

// TestTakesEffect: a change that takes effect on a day the sentence names
// is news (takesEffect), whatever check-in comes first; a question, a
// condition, an aim ("to be effective"), a change with no day and a
// check-in about it announce none.
func TestTakesEffect(t *testing.T) {
	featWants(t, "Reported", (*Features).Reported, map[string]bool{
		"Any update? The new hay rates go into effect on Monday.":            true,
		"Hi Rosa, checking in. The winter surcharge kicks in on December 1.": true,
		"Following up. Effective March 1, the barn rent is $900.":            true,
		"Any news? The new barn rules are effective immediately.":            true,
		"Checking in. The grange lease becomes effective on the 1st.":        true,
		"Just checking in. Will the new rates take effect Monday?":           false,
		"Any update? If the new rates take effect Monday, let me know.":      false,
		"Checking in. We must file the barn plan to be effective May 1.":     false,
		"Checking in. The new hay rates take effect soon.":                   false,
		"Just checking in about the rates that take effect Monday.":          false,
	})
}

// TestHeldUntil: a thing that waits for a named time ("the grange won't
// vote until Tuesday") is news (heldUntil), whatever check-in comes
// first; an instruction, a question, a condition, a want, a past
// negation, "why don't we", the writer's own absence and a check-in
// sentence say none.
func TestHeldUntil(t *testing.T) {
	featWants(t, "Reported", (*Features).Reported, map[string]bool{
		"Checking in. The grange won't vote until Tuesday.":                         true,
		"Just checking in. The new hay rates don't take effect until May.":          true,
		"Hi Rosa, just checking in. The co-op will not ship the seed till the 9th.": true,
		"Any update? The barn lease isn't due before the end of next week.":         true,
		"Just checking in. We do not ship before the 9th.":                          true,
		"Just checking in. We won't be in a position to sign until May.":            true,
		"Just checking in. Don't sign the lease before Friday.":                     false,
		"Just checking in. Please do not ship the seed until Monday.":               false,
		"Just checking in. Will the co-op not ship until Friday?":                   false,
		"Checking in. If the co-op can't ship until Friday, let me know.":           false,
		"Just checking in. I won't need the count until Friday.":                    false,
		"Checking in. Sorry, the seed was not shipped until Monday.":                false,
		"Just checking in. Why don't we meet before Friday.":                        false,
		"Just checking in. I won't be back until Monday.":                           false,
		"Just checking in. We won't return till Thursday.":                          false,
		"Just checking in to see whether the co-op won't ship until Friday.":        false,
	})
}

// TestRelayedNews: what someone else said of a time ("Dana told me the
// grange will vote on Tuesday") is news (relayedNews), whatever check-in
// comes first; the reader's or the writer's own words, what was said of
// the reader, a question, a condition, a modal and a check-in sentence
// pass on none.
func TestRelayedNews(t *testing.T) {
	featWants(t, "Reported", (*Features).Reported, map[string]bool{
		"Just checking in. Dana told me the grange will vote on Tuesday.":     true,
		"Hi Rosa, checking in. Marta said the co-op board meets on the 14th.": true,
		"Following up. Their buyer says the bales ship tomorrow.":             true,
		"Checking in. Our vet mentioned that the herd moves in May.":          true,
		"Checking in. You said the board meets on the 14th.":                  false,
		"Just checking in. As Dana said, the vote is on Tuesday.":             false,
		"Checking in. As I mentioned, the vote is on Tuesday.":                false,
		"Just checking in. Dana told you the vote is Tuesday.":                false,
		"Just checking in. Dana said that you'd sign by Friday.":              false,
		"Checking in. Did Dana say the vote is Tuesday?":                      false,
		"Checking in. Dana will tell us on Friday.":                           false,
		"Checking in. If Dana says the vote is Tuesday, we'll go.":            false,
		"Just checking in to see what Dana said about Friday.":                false,
	})
}

// TestVisitOffered: the writer somewhere on a named day, should the
// reader wish to meet ("I'll be in town on the 14th if you want to walk
// the fields"), proposes a step (visitOffered), whatever check-in comes
// first; an absence, a negation, being around, a condition before the
// writer, a question, no day or only "tomorrow", a reader's question
// instead of a wish and a check-in sentence offer none.
func TestVisitOffered(t *testing.T) {
	featWants(t, "Scheduled", (*Features).Scheduled, map[string]bool{
		"Just checking in. I'll be in town on the 14th if you want to walk the fields.": true,
		"Checking in. I'm at the co-op on Tuesday if you'd like to meet.":               true,
		"Following up. We will be at the fair Saturday if you care to stop by.":         true,
		"Any news? We are near the barn on Friday if you are free to talk.":             true,
		"Checking in. I'll be out Friday if you want to call.":                          false,
		"Checking in. I'll be on vacation Friday if you want to reach Dana.":            false,
		"Checking in. I'm not in town Friday if you want to meet.":                      false,
		"Checking in. If I'm in town Friday, I'd like to see the fields.":               false,
		"Checking in. Will you be in town Friday if I want to visit?":                   false,
		"Checking in. I'll be in town soon if you want to walk the fields.":             false,
		"Checking in. I'll be around Friday if you have any questions.":                 false,
		"Checking in. I am around Friday if you want to chat.":                          false,
		"Checking in. I'm in Reno tomorrow if you want to meet.":                        false,
		"Just checking in to see if I'll be in town Friday if you want.":                false,
	})
}

// TestTermsOffered: the writer's side offering to change the terms of the
// deal ("we could waive the setup fee", "can we drop the auto-renewal?")
// is as concrete as a price (termsOffered), whatever check-in comes
// first; a refusal, a condition, a step done to a person or a name, an
// idiom ("drop you a line", "hold off") and the reader's side offer none.
func TestTermsOffered(t *testing.T) {
	featWants(t, "Priced", (*Features).Priced, map[string]bool{
		"Hi Marta, checking in. We could waive the setup fee if you sign this month.":     true,
		"Circling back on the lease. Can we drop the auto-renewal and go month to month?": true,
		"Following up. Would it help if we split the order into two deliveries?":          true,
		"Any update on the barn order? We'll throw in the second gate for free.":          true,
		"Just checking in. How about we extend the trial through the end of the month?":   true,
		"Any thoughts? Happy to extend the trial by two weeks if that helps.":             true,
		"Checking in. I can also hold the current bale price for the co-op.":              true,
		"Checking in. We can't waive the setup fee, sorry.":                               false,
		"Checking in. If we can waive the fee, I'll let you know.":                        false,
		"Checking in. I'll ask whether we can extend the trial.":                          false,
		"Checking in. We can add them to the thread.":                                     false,
		"Checking in. We can add Dana to the thread.":                                     false,
		"Thought we'd drop a quick line about the barn walk.":                             false,
		"Checking in. We could hold off until spring.":                                    false,
		"Checking in. Can you extend the trial for the co-op?":                            false,
		"Just checking in to see if we can waive the setup fee.":                          false,
	})
}

// TestOffersOnDay: someone on the writer's side who can take a step on a
// day the sentence names offers it (offersOnDay), whatever check-in comes
// first; a condition, a wish, a doubt, a question, "you can" and "nobody
// can" offer nothing, and neither does a day past a semicolon.
func TestOffersOnDay(t *testing.T) {
	featWants(t, "Scheduled", (*Features).Scheduled, map[string]bool{
		"Just checking in. I can deliver the hay on Monday the 9th.":             true,
		"Hi Rosa, following up. Our crew can have the barn inspected by Friday.": true,
		"Touching base: I talked to our vet and she can come out Tuesday.":       true,
		"Just checking in. Dana can do the walkthrough on Thursday.":             true,
		"Just checking in. Marta and I can come to the barn Tuesday.":            true,
		"Just checking in to see if Dana can come Tuesday.":                      false,
		"Just checking in. I don't think she can make Monday.":                   false,
		"Just checking in. I hope she can make Friday.":                          false,
		"Following up. You can reach me Monday.":                                 false,
		"Just checking in. Nobody can get into the barn Friday.":                 false,
		"Just checking in. This can wait until Monday.":                          false,
		"Just checking in. Can Dana come Tuesday?":                               false,
		"Dana can you call the grange Friday.":                                   false,
		"Just checking in. Kelly can help; the hay goes out on Friday.":          false,
		"Send comments to Dana so he and Marta can review them Friday.":          false,
		"Hay is the one thing she can haul out to the barn on Friday.":           false,
		"Checking in: Kim from the co-op can meet you Tuesday at 2.":             true, // a hyphened doer
		"Just checking in. I don't think the co-op can meet Tuesday.":            false,
	})
	checkSpans(t, []spanCase{{"Just checking in. Dana can do the walkthrough on Thursday.", Proposal, "can"}})
}

// TestPricedProposal: a step proposed at a price or a share the sentence
// names is the terms of a deal (pricedProposal), whatever check-in comes
// before it; a price stated, a price in the check-in itself, a refusal and
// an embedded "we can" propose none.
func TestPricedProposal(t *testing.T) {
	featWants(t, "Priced", (*Features).Priced, map[string]bool{
		"Circling back. We can do $3.80 a bale if you take 500.":            true,
		"Just checking in. We could take 8% off the hay if you sign today.": true,
		"Any news? Would $40 work for the grange?":                          true,
		"Just checking in. The hay is $40 a bale.":                          false,
		"Just checking in on the $40 bale quote we can talk over.":          false,
		"Circling back. We can't do $3.80 a bale.":                          false,
		"Whether we can do $3.80 a bale is up to Dana.":                     false,
	})
}

// TestHopedForIsNoNews: a step the writer hopes was taken, or will be
// ("hopefully the renters have signed", "I'm hopeful the crew is nearly
// finished with the loft"), is a wish, not news; a hope that a comma, a dash or
// "but" closes off leaves the step after it reported.
func TestHopedForIsNoNews(t *testing.T) {
	featWants(t, "Reported", (*Features).Reported, map[string]bool{
		"Checking in. Hopefully the renters have signed.":                    false,
		"Any update? I'm hopeful the crew is nearly finished with the loft.": false,
		"Checking in. Hopefully Dana finalized the barn lease.":              false,
		"Just checking in. I'm hoping the co-op approved the permit.":        false,
		"Checking in. The renters have signed.":                              true,
		"Checking in. Hope all is well - the renters have signed.":           true,
		"Checking in. Not what I hoped, but the co-op approved the permit.":  true,
	})
}

// Accepts: a reply that opens by taking up what the reader offered, after
// a greeting or not; the same words later in the text, asked, or as a
// condition accept nothing.
func TestAccepts(t *testing.T) {
	featWants(t, "Accepts", (*Features).Accepts, map[string]bool{
		"That works for me.":                                                        true,
		"Hi Dana, either day is fine.":                                              true,
		"Count me in for the barn dance.":                                           true,
		"We can do either, whichever suits the crew.":                               true,
		"Does that work for you?":                                                   false,
		"Let me know if that works for you.":                                        false,
		"The grange signed the lease for the barn this morning. That works for me.": false,
		"Yes, we can deliver on Friday.":                                            false,
	})
}
