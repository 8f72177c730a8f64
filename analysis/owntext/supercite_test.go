package owntext

import (
	"strings"
	"testing"
)

// TestSupercite covers replies written in Emacs (Gnus with Supercite), where
// each quoted line starts with the quoted author's initials: the author's
// answers between them stay, the quoted lines go, and Quoted reads the
// question answered. A lone tagged line, and lines that only look tagged,
// are the author's. (A quote that holds only a quote, "> JD> …", has no
// text of its own, as "> > …" has none.)
func TestSupercite(t *testing.T) {
	interleaved := "Hi Bob,\n\nJD> Can you send the pricing for 40 seats?\n  JD> We need it by Friday.\n\n" +
		"Yes: $38 a seat, sheet attached.\n\nJD>> And the onboarding plan?\n\nSending it Monday.\n\nBest,\nAna\n"
	gnus := ">>>>> \"JD\" == John Doe <jd@x.example> writes:\n\nJD> Can we move the call?\nJD> Thursday is bad.\n\nSure, Friday 10:00 works.\n"
	tests := []struct {
		name, in, own, quoted string
	}{
		{"interleaved answers", interleaved, "Hi Bob,\n\nYes: $38 a seat, sheet attached.\n\nSending it Monday.",
			"Can you send the pricing for 40 seats?\nWe need it by Friday."},
		{"gnus attribution above the quote", gnus, "Sure, Friday 10:00 works.", "Can we move the call?\nThursday is bad."},
		{"a tag nested in a plain quote", "Agreed.\n\n> JD> Is the pilot on?\n> JD> We are ready.\n", "Agreed.", ""},
		{"one tagged line is the author's", "Note> the renewal is due May 1.\nSee you then.", "Note> the renewal is due May 1.\nSee you then.", ""},
		{"two tags once each", "Q3> ahead of plan\nQ4> flat\nNumbers for the board.", "Q3> ahead of plan\nQ4> flat\nNumbers for the board.", ""},
		{"arrows are not tags", "a->b is the flow\na->b again\nok>fine\nok>fine", "a->b is the flow\na->b again\nok>fine\nok>fine", ""},
		{"digits alone are not a tag", "2> 1\n2> 0\nthat holds.", "2> 1\n2> 0\nthat holds.", ""},
		{"a tag longer than ten characters is a word", "Unfortunately> no\nUnfortunately> not yet", "Unfortunately> no\nUnfortunately> not yet", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromPlain(tt.in); got != tt.own {
				t.Errorf("FromPlain =\n%q\nwant\n%q", got, tt.own)
			}
			if got := Quoted(tt.in).Text; got != tt.quoted {
				t.Errorf("Quoted.Text =\n%q\nwant\n%q", got, tt.quoted)
			}
			u := Unquoted(tt.in)
			if tt.quoted != "" && strings.Contains(u, "JD") {
				t.Errorf("Unquoted keeps a quoted line: %q", u)
			}
			if Plain(u) != Plain(tt.in) {
				t.Errorf("Plain(Unquoted) = %+v, Plain = %+v", Plain(u), Plain(tt.in))
			}
		})
	}
}
