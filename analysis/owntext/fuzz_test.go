package owntext

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFromPlain(f *testing.F) {
	f.Add("Hi,\n\nOn Mon, Mar 2, 2026 at 9:10 AM A <a@b> wrote:\n> x\n\nBest,\nJo")
	f.Add("-----Original Message-----\nFrom: a\nSent: b\nTo: c\nSubject: d")
	f.Add("x\xff\xfe\r\n-- \r\nsig")
	f.Add("Thanks, Tom\n\n\n")
	f.Add("ok On Mon, 2 Mar 2026 A <a@b> wrote\n> q\nwrapped\n> r\n--Jo")
	f.Add("x\n2026-03-02 9:10 GMT+01:00 A <\na@b>:\n---- A wrote ----\n—————\nJo Bo")
	f.Add("x\n\u1427\nOn Thu, Mar 5, 2026 at 8:02 AM A\n\n<\nmailto:A <a@b>\n> wrote:\n\u202bמאת \u202aA\u202c\u200f <a@b>:\u202c")
	f.Add("x\n\nDe la: A <a@b>\nTrimis: joi 8:02\nCătre: B\nSubiect: y\nA <a@b> ezt írta (időpont: 2026. márc. 5., 8:02):")
	f.Add("x\n\nBest,\nJo\nA · B\n\nP.S. y\n\nPPS: z\n\nDon’t want to hear from me? Reply STOP.\n[image: Mailtrack]")
	f.Add("Hi,\nJD> q?\n  JD>> r\nyes\nNote> x\n>>>>> \"JD\" == J <j@x> writes:\nJD> s")
	f.Add("0000<\n>\n0\n@>:\nFrom: a\n> To: b\n> Sent: c")
	f.Fuzz(func(t *testing.T, s string) {
		pt := Plain(s)
		out := pt.Own
		// A sign-off is valid UTF-8, at most two lines, none of them empty.
		if so := pt.SignOff; !utf8.ValidString(so) || strings.Count(so, "\n") > 1 || strings.Contains(so, "\n\n") ||
			(so != "" && strings.TrimSpace(so) != so) {
			t.Fatalf("sign-off %q", so)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		if strings.Contains(out, "\r") {
			t.Fatalf("carriage return in output %q", out)
		}
		// What a store keeps of a body reads as the body does.
		if u := Plain(Unquoted(s)); u != pt {
			t.Fatalf("Plain(Unquoted(%q)) = %q, Plain = %q", s, u, pt)
		}
		if again := FromPlain(out); len(again) > len(out) {
			t.Fatalf("second pass grew the text: %q -> %q", out, again)
		}
		q := Quoted(s)
		if !utf8.ValidString(q.Text) || len(q.Text) > MaxQuoted {
			t.Fatalf("quoted text invalid or too long (%d bytes)", len(q.Text))
		}
		if qs := Questions(s, 300); len(qs) > 300 || (utf8.ValidString(s) && !utf8.ValidString(qs)) {
			t.Fatalf("questions %q: too long or invalid", qs)
		}
		// A greeting is one line of the text, the first with anything on it.
		if g := Greeting(s); g != "" && (strings.Contains(g, "\n") || !strings.Contains(s, g) || strings.TrimSpace(s[:strings.Index(s, g)]) != "") {
			t.Fatalf("Greeting(%q) = %q", s, g)
		}
		// Adding a paragraph loses nothing of the draft and puts the
		// paragraph in it.
		const p = "Would Friday at 10:00 work for a call?"
		added := AddParagraph(s, p)
		if !slices.Equal(strings.Fields(strings.Replace(added, p, "", 1)), strings.Fields(s)) {
			t.Fatalf("AddParagraph(%q) = %q", s, added)
		}
	})
}

func FuzzFromHTML(f *testing.F) {
	f.Add(`<div>Hi</div><div class="gmail_quote">q</div>`)
	f.Add(`<blockquote type="cite"><p>x</blockquote></p><pre>a  b</pre>`)
	f.Add("<a href='https://x'>\xff</a><td>1<td>2")
	f.Add(`x<div id="x_Signature">s</div><div name="messageSignatureSection">t</div><div name="messageReplySection">q</div><p>P.S. y`)
	f.Add("<p>Yes. On Mon, Mar 2, 2026 at 9:10 AM A wrote:<br>q</p><div style='border-top:solid'><b>From:</b> a<br><b>Sent:</b> b<br><b>To:</b> c<br><b>Subject:</b> d</div>q")
	f.Add("<pre>x\r\n\u00a0y\n-----Original Message-----\nFrom: a</pre>\u1427<div id=mail-editor-reference-message-container>q")
	f.Fuzz(func(t *testing.T, s string) {
		if out := FromHTML(s); !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		// The own text of an alternative body only ever loses lines.
		if a := Alternative(s, s); !utf8.ValidString(a.Own) || len(a.Own) > len(FromPlain(s)) {
			t.Fatalf("alternative own text %q", a.Own)
		}
		if h, u := HTML(s), HTML(UnquotedHTML(s)); h != u {
			t.Fatalf("HTML(UnquotedHTML(%q)) = %q, HTML = %q", s, u, h)
		}
		if a, u := Alternative(s, s), Alternative(Unquoted(s), UnquotedHTML(s)); a != u {
			t.Fatalf("Alternative of the unquoted parts of %q = %q, of the parts %q", s, u, a)
		}
		if q := QuotedHTML(s); !utf8.ValidString(q.Text) || len(q.Text) > MaxQuoted {
			t.Fatalf("quoted text invalid or too long (%d bytes)", len(q.Text))
		}
	})
}
