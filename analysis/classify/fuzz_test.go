package classify

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dialtone/analysis/owntext"
	"dialtone/model"
)

func FuzzClassify(f *testing.F) {
	f.Add("Just checking in on the proposal. Any update?", "Re: proposal", "Does it include SSO?")
	f.Add("?", "", "")
	f.Add("Hi Dana, the pricing I sent you was updated", "", "")           // a done word ends the text
	f.Add("Tuesday the 14th? still on the table for the next Q1?", "", "") // a day opens the text and ends a still ask
	f.Add("dia 9 terça, dia 31- martes 9", "", "")                         // a weekday's day of the month at the ends
	f.Add("When you're back,", "", "")                                     // a when clause before a comma that ends the text
	f.Add("checking in today to tell you", "", "")                         // a purpose after a day, at the text's end
	f.Add("Zur Erinnerung:", "", "")                                       // a reminder before a colon that ends the text
	f.Add("Pour rappel, que notre", "", "")                                // held terms cut off at the text's end
	// a past happen verb ends the text
	f.Add("the truck left", "", "")
	// its particle ends the text, a day that lies behind opens it
	f.Add("yesterday the hay went out", "", "")
	// a progressive verb chain opens the text, and one ends it
	f.Add("will be coming Friday", "", "")
	f.Add("the hay is going", "", "")
	// a German day before the text's end, where a verb-last clause is read on
	f.Add("Guten Tag, ich wollte mich melden, weil die Lieferung am Donnerstag", "", "")
	f.Add("Would Tue 10:00 or Wed 14:30 CET work? $39/seat, 25,000 units, 12% off, 3/31, https://x.example/a.", "Hi", "")
	f.Add("\xff\xfe 12:\x00 $ % www. http://", "\xc3", "\xe2\x82")
	f.Add("Hallo, ich wollte nachfragen 11,90 EUR — 見積書 1,200円 ？", "件名", "質問？")
	f.Fuzz(func(t *testing.T, text, subject, inbound string) {
		in := Input{Subject: subject, Text: text}
		if inbound != "" {
			in.Thread = []ThreadMessage{
				{Direction: model.Outbound, Date: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Text: text},
				{Direction: model.Inbound, Date: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Text: inbound},
			}
		}
		r := Classify(in)
		// The rep corrected this very email: the adapted model must agree
		// with them, and judge it as soundly.
		want := model.Substantive
		if r.Label == model.Substantive {
			want = model.TouchingBase
		}
		ad := Shipped().Adapt([]Example{{ID: "<fuzz@x>", Subject: subject, Body: text, Label: want}})
		own := in
		own.Text = owntext.FromPlain(text) // what Adapt learned from
		if got := ad.Classify(own); got.Label != want && len(ad.sets[0]) > 0 {
			t.Fatalf("adapted model says %s (%d) of the corrected email", got.Label, got.Score)
		}
		valid := utf8.ValidString(text) // own text always is; then spans must fall on rune boundaries
		if r.Score < 0 || r.Score > 100 {
			t.Fatalf("score %d", r.Score)
		}
		if r.Label != model.TouchingBase && r.Label != model.Substantive {
			t.Fatalf("label %q", r.Label)
		}
		for _, rs := range r.Reasons {
			if rs.Start < 0 || rs.End < rs.Start || rs.End > len(text) {
				t.Fatalf("span [%d,%d) outside text of %d bytes: %+v", rs.Start, rs.End, len(text), rs)
			}
			if valid && rs.Start < len(text) && !utf8.RuneStart(text[rs.Start]) {
				t.Fatalf("span start %d not on a rune boundary", rs.Start)
			}
			if valid && rs.End < len(text) && !utf8.RuneStart(text[rs.End]) {
				t.Fatalf("span end %d not on a rune boundary", rs.End)
			}
			if !utf8.ValidString(rs.Text) {
				t.Fatalf("reason text not UTF-8: %q", rs.Text)
			}
			if rs.Text == "" || strings.ContainsAny(rs.Text, "\n\r\t") {
				t.Fatalf("reason text empty or not on one line: %q", rs.Text)
			}
		}
		if r2, _ := Check(in); !reflect.DeepEqual(r2, r) {
			t.Fatalf("Check says %+v, Classify %+v", r2, r)
		}
	})
}
