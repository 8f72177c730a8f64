package store

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"dialtone/model"
)

func TestBodyEncoding(t *testing.T) {
	zw, err := newCompressor()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range []model.Body{
		{Plain: "Hi Ana,\n\nthe PO is 4471.\n\nBest,\nJess"},
		{HTML: "<p>Grüße aus Köln</p>"},
		{Plain: "ok", HTML: "<div>ok</div>"},
		{Plain: strings.Repeat("a long line of text. ", 10000)},
	} {
		data, err := encodeBody(b, zw)
		if err != nil || data == nil {
			t.Fatalf("encode: %v", err)
		}
		got, err := decodeBody(data)
		if err != nil || got != b {
			t.Fatalf("round trip of %.40q: %.40q, %v", b.Plain+b.HTML, got.Plain+got.HTML, err)
		}
	}
	if data, err := encodeBody(model.Body{}, zw); data != nil || err != nil {
		t.Errorf("an empty body encodes as %v, %v", data, err)
	}
	if data, err := encodeBody(model.Body{Plain: strings.Repeat("x", MaxBody+1)}, zw); data != nil || err != nil {
		t.Errorf("a body over MaxBody encodes as %d bytes, %v", len(data), err)
	}
	if got, err := decodeBody(nil); err != nil || !got.IsZero() {
		t.Errorf("NULL decodes as %+v, %v", got, err)
	}
	for _, bad := range [][]byte{{}, {0xff, 0x00}, []byte("not deflate at all")} {
		if _, err := decodeBody(bad); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
}

func FuzzDecodeBody(f *testing.F) {
	zw, err := newCompressor()
	if err != nil {
		f.Fatal(err)
	}
	good, _ := encodeBody(model.Body{Plain: "a", HTML: "<p>b</p>"}, zw)
	f.Add(good)
	f.Add([]byte{1, 0, 0xfe, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := decodeBody(data)
		if err != nil && !b.IsZero() {
			t.Fatalf("an error with a body: %+v", b)
		}
		if err == nil && len(b.Plain)+len(b.HTML) > MaxBody+1 {
			t.Fatalf("decoded %d bytes", len(b.Plain)+len(b.HTML))
		}
	})
}

// BenchmarkEncodeBody packs a body of about 20 KB, a plain and an HTML part
// of seeded random prose laid out as a reply over ten earlier messages (the
// size a body keeps when its client marks quotes in a way the rules do not
// know). It reports the bytes read and the bytes stored.
func BenchmarkEncodeBody(b *testing.B) {
	words := strings.Fields("the pilot covers seats at a seat billed monthly with onboarding in first week we can move " +
		"start date to march if your team needs more time legal review of contract is done finance approved budget for " +
		"quarter please send signed order form and we will schedule kickoff call next tuesday or wednesday afternoon")
	r := rand.New(rand.NewPCG(7, 7))
	prose := func(n int) string {
		var s strings.Builder
		for i := range n {
			if i > 0 {
				s.WriteByte(' ')
			}
			s.WriteString(words[r.IntN(len(words))])
			if r.IntN(12) == 0 {
				fmt.Fprintf(&s, " %d.", r.IntN(1000))
			}
		}
		return s.String()
	}
	var plain, html strings.Builder
	own := prose(150)
	plain.WriteString("Hi Mark,\n\n" + own + "\n\nBest,\nJess\n")
	html.WriteString(`<div dir="ltr"><div>Hi Mark,</div><div><br></div><div>` + own + `</div><div>Best,</div><div>Jess</div></div>`)
	for i := range 10 {
		q := prose(120)
		fmt.Fprintf(&plain, "\nOn Mon, Feb %d, 2026 at 9:%02d AM Mark Otto <mark@acme.example> wrote:\n> %s\n", i+1, i, q)
		fmt.Fprintf(&html, `<div class="gmail_quote"><div class="gmail_attr">On Mon, Feb %d, 2026 at 9:%02d AM Mark Otto &lt;mark@acme.example&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s`, i+1, i, q)
	}
	body := model.Body{Plain: plain.String(), HTML: html.String()}
	zw, err := newCompressor()
	if err != nil {
		b.Fatal(err)
	}
	var stored int
	b.ReportAllocs()
	b.SetBytes(int64(len(body.Plain) + len(body.HTML)))
	for b.Loop() {
		data, err := encodeBody(body, zw)
		if err != nil {
			b.Fatal(err)
		}
		stored = len(data)
	}
	b.ReportMetric(float64(len(body.Plain)+len(body.HTML)), "body-B")
	b.ReportMetric(float64(stored), "stored-B")
}
