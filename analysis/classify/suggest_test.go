package classify

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/owntext"
	"dialtone/model"
)

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
		"the rollout":                         "What would it take to get the rollout started on your side?",
		"the Q1 budget":                       "What would it take to get the Q1 budget approved?",
		"the onboarding timeline":             "Which parts of the onboarding timeline are fixed on your side, and which can move?",
		"the demo":                            "Who else should see the demo, and what should it show them?",
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

// TestAddedSuggestionGivesSomething: the sentence a suggestion offers to
// add (the question that helps them decide, the call it proposes) makes
// the draft substantive, in every language, on every touching-base
// verdict of the held-out sets, with the call this week or, the week
// booked, the week after. Review must never offer a fix that leaves
// the verdict where it was (lr.46 kept 92% of the drafts given the
// essays' question touching base).
// TestEveryAskGivesSomething: each topic's question, added to a bare
// check-in about that topic, makes it substantive.
func TestEveryAskGivesSomething(t *testing.T) {
	for _, k := range topicAsks {
		for _, h := range k.heads {
			text := "Hi Dana, just checking in on the " + h + "."
			r, sug := Check(Input{Text: text})
			if r.Label != model.TouchingBase {
				t.Fatalf("%q: %s, want touching base", text, r.Label)
			}
			ask := fmt.Sprintf(k.ask, "the "+h)
			found := false
			for _, s := range sug {
				found = found || s.Paste == ask
			}
			if !found {
				t.Errorf("%q: no suggestion offers %q", text, ask)
			}
			if r2 := Classify(Input{Text: owntext.AddParagraph(text, ask)}); r2.Label != model.Substantive {
				t.Errorf("adding %q leaves it %s (%d)", ask, r2.Label, r2.Score)
			}
		}
	}
}

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
		// a booking page is no material and names no time: the call is
		// proposed at times the rep names
		{Input{Text: "Hi Dana, just following up. Grab a time on my calendar: https://calendly.com/jess/15min"}, []string{
			`Name the times yourself instead of sending a booking link; propose a 15-minute call: “Dana, would Tuesday at 10:00`,
		}},
		// the advice tells the rep about "your proposal"; what the rep
		// sends says "my proposal", as the draft does
		{Input{Text: "Hi Dana, following up on my proposal. Any update?"}, []string{
			`with something new about your proposal`,
			`“Is there anything in my proposal that doesn't yet fit what you need?”`,
			`Propose a 15-minute call on your proposal: “Dana, would Tuesday at 10:00 or Wednesday at 14:30 work for a quick call about my proposal?”`,
		}},
		// a call is not proposed about a call, nor a decision asked about one
		{Input{Subject: "Re: Reference call", Text: "Hi Dana, any update?"}, []string{
			`Ask a question that helps them decide, e.g. “What would you suggest we do to progress from here?”`,
			`Propose a 15-minute call: “Dana, would Tuesday at 10:00 or Wednesday at 14:30 work for a quick call?”`,
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
// A check-in phrase that opens the news is offered for cutting; one that
// frames the opening question is the question's and stays.
func TestDropTheOpeningCheckIn(t *testing.T) {
	for text, want := range map[string]bool{
		"Hi Sam, following up: the SSO fix shipped today, so the pilot starts Monday.":                               true,
		"Hi Sam, any thoughts on moving the kickoff to the 9th? Our implementation lead is out the week of the 2nd.": false,
	} {
		joined := strings.Join(suggestions(Input{Text: text}), "\n")
		if got := strings.Contains(joined, "Drop "); got != want {
			t.Errorf("%q: offers to drop the check-in %v, want %v:\n%s", text, got, want, joined)
		}
	}
}

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
