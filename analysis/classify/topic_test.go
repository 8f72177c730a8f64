package classify

import "testing"

func TestDraftTopic(t *testing.T) {
	for _, c := range []struct {
		subject, text string
		want, own     string // told to the rep, and said in the draft's voice ("" when the same)
	}{
		{"", "Just checking in on the Calpine term sheet. Any update?", "the Calpine term sheet", ""},
		{"", "Mark - did you get a chance to look at the revised order form?", "the revised order form", ""},
		{"", "What is the status of Calpine's credit sheet?", "Calpine's credit sheet", ""},
		{"", "I wanted to follow up on my previous email regarding our security questionnaire.", "our security questionnaire", ""},
		{"", "Following up with you on my proposal from Tuesday.", "your proposal", "my proposal"},
		{"", "Any update on your review of the MSA?", "their review", "your review"},
		{"", "Any news regarding Acme's renewal", "Acme's renewal", ""},
		{"", "Any update on their contract?", "their contract", ""},
		// an acronym keeps its capitals
		{"", "Any update on the MSA?", "the MSA", ""},
		// the reminder words of a subject go, the topic stays
		{"Re: Following up: Q3 renewal", "Any update?", "the Q3 renewal", ""},
		{"RE: Proposal", "Bumping this to the top of your inbox.", "the proposal", ""},
		{"RE: SOW", "Any update?", "the SOW", ""},
		{"Re: Order form", "Any word on the order form from legal?", "the order form", ""},
		{"Re: Tenaska deal", "Did Tenaska come back yet?", "the Tenaska deal", ""},
		// a subject capitalizes its first word, or every word, and the
		// topic quoted mid-sentence does not: names keep theirs
		{"Re: Security review", "Any update?", "the security review", ""},
		{"Re: Onboarding Timeline", "Any update?", "the onboarding timeline", ""},
		{"Re: Q3 Pricing Update", "Any update?", "the Q3 pricing update", ""},
		{"Re: Acme Pilot", "Any update?", "the Acme Pilot", ""},
		{"Re: Integration with Salesforce", "Any update?", "the integration", ""},
		{"Re: tonight's shift", "Just wanted to make sure you saw this before 5.", "tonight's shift", ""},
		{"Closing the loop", "Any thoughts on the renewal?", "the renewal", ""},
		{"Global Master Agreement", "Any update?", "the Global Master Agreement", ""},
		{"", "Any news on the the Pirnie saga?", "the Pirnie saga", ""},
		// a subject that greets, or names only a person or a company
		{"Hi Mark!", "Just checking in.", "", ""},
		{"Mike Dahlke", "Just checking in.", "", ""},
		{"Re: Calpine", "Just checking in.", "", ""},
		{"Re: Umber Architects x Northwind", "Just checking in to see if you had a chance to look at my last email.", "", ""},
		{"Acme <> Northwind", "Any update?", "", ""},
		{"Re: Acme / Northwind", "Any update?", "", ""},
		{"Acme x Northwind pilot", "Any update?", "the Acme x Northwind pilot", ""},
		// nothing but pointing words: no topic rather than a wrong one
		{"", "No rush at all. Just checking in.", "", ""},
		{"", "Just pinging you on this one.", "", ""},
		{"Re: Friday", "Any update since Friday?", "", ""},
		{"", "Bumping this to the top of your inbox.", "", ""},
		{"", "Just wanted to check in and see where things stand.", "", ""},
		{"Checking in", "Any thoughts on this?", "", ""},
		// a talk's topic is what it was about
		{"", "Wanted to follow up on our conversation from last week about the rollout.", "the rollout", ""},
		{"", "Did you have a chance to talk to your team about the budget?", "the budget", ""},
		{"", "Following up on our call. Any thoughts about the pricing?", "the pricing", ""},
		// a usual sales topic the draft mentions
		{"", "Just following up to see if you had any feedback from the demo.", "the demo", ""},
		{"", "Just checking in. Is the MSA still with legal?", "the MSA", ""},
	} {
		in := Input{Subject: c.subject, Text: c.text}
		var w work
		w.prepare(&in)
		tables.Analyze(&w.doc, &w.f)
		own := c.own
		if own == "" {
			own = c.want
		}
		if got := draftTopic(&in, &w.f); got.String() != c.want || got.Own() != own {
			t.Errorf("draftTopic(%q, %q) = %q / %q, want %q / %q", c.subject, c.text, got.String(), got.Own(), c.want, own)
		}
	}
}

func TestGreetedName(t *testing.T) {
	for text, want := range map[string]string{
		"Hi Mark,\n\nJust checking in.":        "Mark",
		"Mark - any update?":                   "Mark",
		"Joyce, just checking in.":             "Joyce",
		"Dear Ms. Ortiz,\nI hope you are well": "Ms. Ortiz",
		"Hello Anna-Lena!":                     "Anna-Lena",
		"Sehr geehrter Herr Weber,\n\nanbei":   "Herr Weber",
		"Good morning Dana, any news?":         "Dana",
		"Hi all, quick reminder.":              "",
		"Thanks, any news?":                    "",
		"Just checking in.":                    "",
		"Any update on the quote?":             "",
		"hi mark, any update?":                 "",
		"":                                     "",
		"Hi,\nany update?":                     "",
	} {
		if got := greetedName(text); got != want {
			t.Errorf("greetedName(%q) = %q, want %q", text, got, want)
		}
	}
}
