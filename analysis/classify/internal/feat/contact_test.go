package feat

import (
	"slices"
	"testing"
)

// TestContactGiven: someone else's telephone number, named as theirs in
// its sentence or in the one it follows, or a number to reach them by
// name, gives the reader someone to talk to (contactGiven), whatever
// check-in comes first. The writer's own number, the reader's, a bare
// number, a question and a number sent before give nothing.
func TestContactGiven(t *testing.T) {
	featWants(t, "GivesContact", (*Features).GivesContact, map[string]bool{
		"Checking in. Rosa's number is 608-555-0142.":                                       true,
		"Touching base. The co-op's new fax number is 608 555 0199.":                        true,
		"Just following up. Her direct line is (608) 555-0177 if the grange has questions.": true,
		"Checking in. Dana's cell phone: (608) 555-0142.":                                   true,
		"Checking in. Her direct line - 608-555-0142.":                                      true,
		"Just checking in. I forgot to give you Rosa's cell. It's 608-555-0142.":            true,
		"Just checking in. You can reach Rosa Diaz at 608-555-0142.":                        true,
		"Any news? Call him at 608.555.0142 about the barn lease.":                          true,
		"Just checking in. My cell is 608-555-0142 if you want to talk.":                    false,
		"Checking in - give me a call at 608-555-0142.":                                     false,
		"Checking in. You can reach us at 608-555-0142.":                                    false,
		"Checking in. Your new number is 608-555-0142.":                                     false,
		"Checking in. It's 608-555-0142.":                                                   false,
		"Checking in. That's my cell: 608-555-0142.":                                        false,
		"Is Rosa's number still 608-555-0142?":                                              false,
		"Checking in. Rosa's barn is 3 miles past the co-op.":                               false,
		"Checking in. The lease for Rosa's barn runs to 2027.":                              false,
		"Checking in. It's been 608 days.":                                                  false,
		"Checking in. Rosa's email is rosa@grangecoop.example.":                             true,
		"Checking in. Her e-mail address is rosa.diaz@grange-coop.example.":                 true,
		"Just checking in. Email Rosa at rosa@grangecoop.example about the hay.":            true,
		"Checking in. His address: <dana@mill.example>.":                                    true,
		"Checking in. My email is sam@farmco.example.":                                      false,
		"Checking in. Write to me at sam@farmco.example.":                                   false,
		"Checking in. Is Rosa's email still rosa@grangecoop.example?":                       false,
		"Checking in. Rosa's handle is @rosa.":                                              false,
	})
}

// TestContactGivenOnce: a number or an address the thread holds already
// is not new.
func TestContactGivenOnce(t *testing.T) {
	tables := Compile()
	for text, before := range map[string]string{
		"Checking in. Rosa's number is 608-555-0142.":           "Her cell is 608-555-0142.",
		"Checking in. Rosa's email is rosa@grangecoop.example.": "Write to rosa@grangecoop.example for the rates.",
	} {
		var f Features
		tables.Analyze(&Doc{Text: text, Thread: []ThreadMsg{{Text: before}}}, &f)
		if f.GivesContact() {
			t.Errorf("%q after %q: GivesContact, want not", text, before)
		}
		tables.Analyze(&Doc{Text: text, Thread: []ThreadMsg{{Text: "Who sells hay near Reno?"}}}, &f)
		if !f.GivesContact() {
			t.Errorf("%q after a thread without it: not GivesContact, want it", text)
		}
	}
}

// TestMailAddresses: an address runs from the first word glued before its
// "@" to the end of its domain, without a bracket or a final stop; "@rosa"
// and an address without a dot in its domain are none.
func TestMailAddresses(t *testing.T) {
	tables := Compile()
	for text, want := range map[string][]string{
		"Write rosa.diaz@grange-coop.example.":         {"rosa.diaz@grange-coop.example"},
		"Ask <dana_m+hay@mill.example> or a@b.example": {"dana_m+hay@mill.example", "a@b.example"},
		"Call 608-555-0142 or rosa@grange.example":     {"608-555-0142", "rosa@grange.example"},
		"Ping @rosa or rosa@grange today.":             nil,
	} {
		var f Features
		tables.Analyze(&Doc{Text: text}, &f)
		var got []string
		for _, c := range f.contacts {
			got = append(got, text[f.Tokens[c[0]].Start:c[1]])
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: contacts %q, want %q", text, got, want)
		}
	}
}
