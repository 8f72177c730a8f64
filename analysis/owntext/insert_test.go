package owntext

import "testing"

func TestAddParagraph(t *testing.T) {
	const call = "Mark, would Friday at 10:00 or Monday at 14:30 work for a quick call?"
	for _, c := range []struct{ name, draft, want string }{
		{"before the sign-off",
			"Hi Mark,\n\nJust checking in. Any update?\n\nBest,\nJordan",
			"Hi Mark,\n\nJust checking in. Any update?\n\n" + call + "\n\nBest,\nJordan"},
		{"no sign-off",
			"Hi Mark, just checking in.",
			"Hi Mark, just checking in.\n\n" + call},
		{"trailing blank lines are kept after it",
			"Hi Mark, just checking in.\n\n\n",
			"Hi Mark, just checking in.\n\n" + call + "\n\n\n"},
		{"before a signature and the quoted message",
			"Any update?\n\nThanks,\nJordan\n--\nJordan Lee | Vendor\n\nOn Mon, Mar 2, 2026 at 9:10 AM Mark <mark@x.example> wrote:\n> Send me the quote.\n",
			"Any update?\n\n" + call + "\n\nThanks,\nJordan\n--\nJordan Lee | Vendor\n\nOn Mon, Mar 2, 2026 at 9:10 AM Mark <mark@x.example> wrote:\n> Send me the quote.\n"},
		{"a line repeated in the quote",
			"Any update?\n\n> Any update?\n> Yes: Friday.\n",
			"Any update?\n\n" + call + "\n\n> Any update?\n> Yes: Friday.\n"},
		{"CRLF line ends and trailing blanks",
			"Hi Mark,\r\n\r\nAny update?  \r\n\r\nBest,\r\nJordan\r\n",
			"Hi Mark,\r\n\r\nAny update?  \r\n\r\n" + call + "\r\n\r\nBest,\r\nJordan\r\n"},
		{"no-break spaces", "Hi\u00a0Mark, any update?\n\nBest,\nJordan",
			"Hi\u00a0Mark, any update?\n\n" + call + "\n\nBest,\nJordan"},
		{"above the signature of a postscript",
			"Hi Mark,\n\nAny update?\n\nBest,\nJordan\nAcme\n\nP.S. The pilot price holds until Friday.",
			"Hi Mark,\n\nAny update?\n\n" + call + "\n\nBest,\nJordan\nAcme\n\nP.S. The pilot price holds until Friday."},
		{"above a postscript with no signature over it",
			"Hi Mark,\n\nAny update?\n\nP.S. The pilot price holds until Friday.",
			"Hi Mark,\n\nAny update?\n\n" + call + "\n\nP.S. The pilot price holds until Friday."},
		{"an empty draft", "", call + "\n"},
		{"only a quote", "> Send me the quote.\n", call + "\n\n> Send me the quote.\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := AddParagraph(c.draft, "  "+call+"\n"); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
	if got := AddParagraph("Hi", " "); got != "Hi" {
		t.Errorf("an empty paragraph changed the draft: %q", got)
	}
}

func TestGreeting(t *testing.T) {
	for text, want := range map[string]string{
		"Hi Dana,\n\nThe quote is attached.":                       "Hi Dana,",
		"\n  Hallo Herr Brandt,\r\nanbei das Angebot.":             "Hallo Herr Brandt,",
		"Sehr geehrter Herr Brandt,\n\nanbei das Angebot.":         "Sehr geehrter Herr Brandt,",
		"Estimada Lucía:\n\nle adjunto la oferta.":                 "Estimada Lucía:",
		"Bonjour Claire,\n\nvoici le devis.":                       "Bonjour Claire,",
		"Hi Dana\nThe quote is attached.":                          "Hi Dana",
		"Hi Dana, quick update on the quote.":                      "",
		"Hi Dana, quick update":                                    "",
		"Hey!\nSee below.":                                         "Hey!",
		"Thanks Dana,\n\nThe quote is attached.":                   "",
		"Hello to everyone on the procurement committee,\n\nHere:": "",
		"The quote is attached.":                                   "",
		"":                                                         "",
	} {
		if got := Greeting(text); got != want {
			t.Errorf("Greeting(%q) = %q, want %q", text, got, want)
		}
	}
}
