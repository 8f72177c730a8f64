package feat

import (
	"math"
	"testing"
	"time"
)

func TestSubjectPrefix(t *testing.T) {
	for _, c := range []struct {
		subj    string
		re, fwd bool
	}{
		{"RE: Cinergy ISDA", true, false},
		{"FW: Q3 curves", false, true},
		{"Fwd: deck", false, true},
		{"RE: FW: RE: gas daily", true, true},
		{"AW: Angebot", true, false},
		{"WG: Angebot", false, true},
		{"TR: devis", false, true},
		{"Transwestern capacity", false, false},
		{"Note: RE: this is not a prefix", false, false},
		{"", false, false},
		{"RE", false, false},
	} {
		re, fwd := subjectPrefix(c.subj, Tokenize(nil, c.subj))
		if re != c.re || fwd != c.fwd {
			t.Errorf("%q: re %v fwd %v, want %v %v", c.subj, re, fwd, c.re, c.fwd)
		}
	}
}

// novel returns how many residual words of text the reader has not seen.
func novel(tables *Tables, d Doc) int {
	var f Features
	tables.Analyze(&d, &f)
	return int(math.Round(math.Expm1(f.Dense[FNovel] * 4)))
}

func TestNovelWords(t *testing.T) {
	tables := Compile()
	body := "Where is the Cinergy agreement schedule? Please let me know."
	// Every content word is in the subject: nothing new for the reader.
	if n := novel(tables, Doc{Subject: "RE: Cinergy agreements schedule", Text: body}); n != 0 {
		t.Errorf("restated subject: %d novel words, want 0", n)
	}
	// Without the subject the same words are new.
	if n := novel(tables, Doc{Text: body}); n == 0 {
		t.Error("no subject: want novel words")
	}
	// Words from the thread's last messages count as seen.
	th := []ThreadMsg{{Date: time.Date(2000, 9, 14, 0, 0, 0, 0, time.UTC), Text: "Attached is the Cinergy agreement and its schedule for your review."}}
	if n := novel(tables, Doc{Text: body, Thread: th}); n != 0 {
		t.Errorf("restated thread: %d novel words, want 0", n)
	}
	// New words beyond the restated topic count.
	more := body + " Credit wants the collateral threshold lowered to five million."
	if n := novel(tables, Doc{Subject: "Cinergy agreement schedule", Text: more}); n < 4 {
		t.Errorf("new sentence: %d novel words, want at least 4", n)
	}
	var f Features
	tables.Analyze(&Doc{Subject: "Cinergy agreement", Text: "Just checking in on the Cinergy agreement."}, &f)
	if f.Dense[FNovelNone] != 1 || f.Dense[FNudgeNovel] != 1 {
		t.Errorf("a nudge restating its subject: dense novel_none %v nudge_novel_low %v", f.Dense[FNovelNone], f.Dense[FNudgeNovel])
	}
}

func TestContextBoundsAndUTF8(t *testing.T) {
	tables := Compile()
	long := ""
	for len(long) < 3*contextBytes {
		long += "Überweisung "
	}
	var f Features
	// Must not panic when the cut falls inside a multi-byte rune, and must
	// read only the last contextMsgs messages.
	th := []ThreadMsg{{Text: "zebra"}, {Text: long}, {Text: long}, {Text: long}}
	tables.Analyze(&Doc{Text: "zebra crossing", Thread: th}, &f)
	if f.Dense[FNovel] == 0 {
		t.Error("a word only in the fourth-last message should count as new")
	}
}

func TestPhoneNumbers(t *testing.T) {
	tables := Compile()
	for _, c := range []struct {
		text    string
		figures int // Number/Date/Time/Money hits expected
	}{
		{"Call me at 713-555-2290.", 0},
		{"Call me at (713) 555-4409 please", 0},
		{"Call me at (713)  853-3512 please", 0}, // two spaces after the area code
		{"Rooms (713)   853 and 3512", 3},        // three spaces are a gap, not a phone
		{"Call me at (713)\n853-3512", 0},        // wrapped after the area code
		{"Call me at 713-555-2290 x204", 0},
		{"Call me at x33512 or ext. 4412", 0},
		{"Extension 4412 reaches me", 0},
		{"A 4x100 relay and x 40", 2}, // an "x" glued between numbers, or apart from one, is no extension ("4x100" is one figure)
		{"Fax: 713.555.3100", 0},
		{"ext 555-4409", 0},
		{"Office +1 713 555 2290", 0},
		{"Büro +49 40 5555 0134", 0},
		{"The deal closes 2001-05-02.", 1},
		{"Deliver 5-2 please", 1},
		{"We need 25,000 units by 3/31", 2},
		{"deal 229876 for 10,000/d", 2},
		{"Fax No. was 212/762-9502.", 0},
		{"Sold 212/762 units", 1}, // not a phone without its last four digits
		{"the GISB dated 12/97", 1},
		{"Due 31.12.2001 or 12/31/2001", 2},
		{"I received comments on May 22, 2001.", 1},
		{"Signed 22 May 2001 in Houston", 1},
		{"Due May 2 2001", 1},
		{"faxed on May 2,  2001.", 1},
		{"May 22, 2001 and 2002", 2},
		{"On May 22,\n2001 units shipped", 2},
		{"May 22, 1850", 2},
	} {
		var f Features
		tables.Analyze(&Doc{Text: c.text}, &f)
		n := 0
		for _, h := range f.Hits {
			switch h.Kind {
			case Money, Quantity, Percent, Number, RepeatedNumber, DateHit, TimeHit, PastDate:
				n++
			}
		}
		if n != c.figures {
			t.Errorf("%q: %d figures, want %d (%+v)", c.text, n, c.figures, f.Hits)
		}
	}
}

// A date keeps the year written after it on the same line; the figure
// count in TestPhoneNumbers says the year is not counted again.
func TestDateTakesItsYear(t *testing.T) {
	expectFirstSpan(t, Compile(), "date", map[string]string{
		"I received comments on May 22, 2001.": "May 22, 2001",
		"Signed 22 May 2001 in Houston":        "22 May 2001",
		"Due May 2 2001":                       "May 2 2001",
		"faxed on May 2,  2001.":               "May 2,  2001",
		"May 22, 2001 and 2002":                "May 22, 2001",
		"On May 22,\n2001 units shipped":       "May 22",
		"May 22, 1850":                         "May 22",
	}, DateHit, PastDate)
}

// An English ordinal is a day of the month before a month or, after
// "the", where no noun follows it; a month's abbreviation with its full
// stop still takes its day.
func TestOrdinalAndAbbreviatedDates(t *testing.T) {
	expectFirstSpan(t, Compile(), "date", map[string]string{
		"We start on the 3rd of March.":           "3rd of March",
		"We start on the 3rd of March 2027.":      "3rd of March 2027",
		"Let us meet on 12th May.":                "12th May",
		"The pilot starts on the 12th.":           "12th",
		"Would the 21st or the 22nd work?":        "21st",
		"Friday the 12th at 10 works for us.":     "12th",
		"Delivery by March 3rd, 2027 works.":      "March 3rd, 2027",
		"Can we move it to Friday, Sept. 17?":     "Sept. 17",
		"Invoices go out on Jan. 5, 2027 instead": "Jan. 5, 2027",
		"This is our 3rd quarter of growth.":      "",
		"The 2nd draft is attached.":              "",
		"We are on the 4th floor.":                "",
		"It was the 45th time.":                   "",
	}, DateHit)
	// the abbreviation's full stop does not end the sentence
	f := analyzeText(Compile(), "Can we move it to Friday, Sept. 17? Thanks.")
	if n, _, end := f.Sentence(0); n != 0 || f.text[:end] != "Can we move it to Friday, Sept. 17?" {
		t.Errorf("first sentence %d ends at %d", n, end)
	}
	// nor does the stop of a short form that leads on to a number
	for _, text := range []string{"My direct line is ext. 4412 if you need me.", "We expect approx. 40 seats in all."} {
		f := analyzeText(Compile(), text+" Thanks.")
		if n, _, end := f.Sentence(0); n != 0 || f.text[:end] != text {
			t.Errorf("%q: first sentence %d is %q", text, n, f.text[:end])
		}
	}
}

func TestPastReferences(t *testing.T) {
	tables := Compile()
	for _, text := range []string{
		"As a follow-up to our conversation of 4/11, we are still awaiting it.",
		"I am following up on my letter of December 5, 2000.",
		"It was faxed to you on 1/12.",
		"The collateral call we sent yesterday is due.",
		"Following up on my voicemail from last week.",
	} {
		var f Features
		tables.Analyze(&Doc{Text: text}, &f)
		for _, h := range f.Hits {
			if h.Kind == DateHit || h.Kind == RelDay {
				t.Errorf("%q: %q counted as a new date", text, text[h.Start:h.End])
			}
		}
	}
}
