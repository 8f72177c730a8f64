package feat

import "testing"

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
	})
}

// TestContactGivenOnce: a number the thread holds already is not new.
func TestContactGivenOnce(t *testing.T) {
	tables := Compile()
	text := "Checking in. Rosa's number is 608-555-0142."
	var f Features
	tables.Analyze(&Doc{Text: text, Thread: []ThreadMsg{{Text: "Her cell is 608-555-0142."}}}, &f)
	if f.GivesContact() {
		t.Errorf("%q after a thread that gave the number: GivesContact, want not", text)
	}
	tables.Analyze(&Doc{Text: text, Thread: []ThreadMsg{{Text: "Who sells hay near Reno?"}}}, &f)
	if !f.GivesContact() {
		t.Errorf("%q after a thread without the number: not GivesContact, want it", text)
	}
}
