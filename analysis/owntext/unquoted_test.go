package owntext

import (
	"strings"
	"testing"
)

func TestUnquoted(t *testing.T) {
	plain := "Hi Ana,\n\nThe order is signed.\n\nBest,\nJess\n-- \nJess Tran | TallyHQ\n\n" +
		"On Mon, Mar 2, 2026 at 9:10 AM Ana Ruiz <ana@acme.example> wrote:\n> Is the order signed?\n> Our budget is 40k.\n"
	u := Unquoted(plain)
	if strings.Contains(u, "budget") || strings.Contains(u, "wrote:") || !strings.Contains(u, "Jess Tran | TallyHQ") {
		t.Errorf("Unquoted = %q", u)
	}
	if Plain(u) != Plain(plain) {
		t.Errorf("Plain(Unquoted) = %+v, Plain = %+v", Plain(u), Plain(plain))
	}
	for name, in := range map[string]string{
		"gmail": `<div dir="ltr">The order is signed.<br><div class="gmail_signature">Jess Tran</div></div>` +
			`<div class="gmail_quote"><div class="gmail_attr">On Mon, Ana wrote:</div><blockquote class="gmail_quote">Our budget is 40k.</blockquote></div>`,
		"outlook web": `<div>The order is signed.</div><div id="Signature">Jess Tran</div><hr><div id="divRplyFwdMsg"><b>From:</b> Ana</div>` +
			`<div>Our budget is 40k.</div><div><div>Regards, Ana</div></div>`,
		"apple": `<div>The order is signed.</div><div><br><blockquote type="cite">Our budget is 40k.</blockquote></div>`,
	} {
		u := UnquotedHTML(in)
		if strings.Contains(u, "budget") || !strings.Contains(u, "The order is signed.") {
			t.Errorf("%s: UnquotedHTML = %q", name, u)
		}
		if HTML(u) != HTML(in) {
			t.Errorf("%s: HTML(UnquotedHTML) = %+v, HTML = %+v", name, HTML(u), HTML(in))
		}
		if name == "outlook web" && !strings.Contains(u, `id="Signature"`) {
			t.Errorf("the signature element is gone: %q", u)
		}
	}
}

// TestUnquotedHTMLText covers quoted tails that HTML marks up as text only:
// the kept HTML loses them from where the plain-text rules cut, and reads
// as the whole body did.
func TestUnquotedHTMLText(t *testing.T) {
	for _, c := range []struct {
		name, in, keeps string
	}{{
		name: "outlook desktop border div",
		in: `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=EN-US><div class=WordSection1>` +
			`<p class=MsoNormal>Hi Lena,<o:p></o:p></p><p class=MsoNormal>Tue 10:00 CET works.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
			`<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'><p class=MsoNormal><b>From:</b> Lena Vogt &lt;lena@x.example&gt; <br>` +
			`<b>Sent:</b> Monday, March 2, 2026 9:10 AM<br><b>To:</b> Sam<br><b>Subject:</b> Call<o:p></o:p></p></div></div>` +
			`<p class=MsoNormal>Our budget is 40k. When can we talk?</p></div></body></html>`,
		keeps: "Tue 10:00 CET works.",
	}, {
		name: "outlook desktop in german",
		in: `<div class=WordSection1><p class=MsoNormal>Die Lieferung kommt am Donnerstag.</p>` +
			`<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>Von:</b> Eva Berg &lt;eva@firma.example&gt;<br>` +
			`<b>Gesendet:</b> Montag, 2. März 2026 09:10<br><b>An:</b> Tom Kurz<br><b>Betreff:</b> Lieferung</p></div>` +
			`<p class=MsoNormal>Unser Budget ist 40k.</p></div>`,
		keeps: "Die Lieferung kommt am Donnerstag.",
	}, {
		name: "original message rule",
		in: `<div><font face="Arial">See my notes in red.</font></div><div><font face="Tahoma">-----Original Message-----<br>` +
			`<b>From:</b> Ana Ruiz<br><b>Sent:</b> Monday, May 7, 2001 9:12 AM<br><b>To:</b> Kay<br><b>Subject:</b> Q3</font></div>` +
			`<div>Our budget is 40k.</div>`,
		keeps: "See my notes in red.",
	}, {
		name: "attribution over an unmarked blockquote",
		in: `<div>Yes, the order is signed.</div><br><div>On Mon, Mar 2, 2026 at 9:10 AM Ana Ruiz &lt;ana@acme.example&gt; wrote:</div>` +
			`<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div>Is it signed? Our budget is 40k.</div></blockquote>`,
		keeps: "Yes, the order is signed.",
	}, {
		name: "attribution in the author's last text node",
		in: `<div>Yes, the order is signed. On Mon, Mar 2, 2026 at 9:10 AM Ana Ruiz &lt;ana@acme.example&gt; wrote:<br>` +
			`Is it signed? Our budget is 40k.</div>`,
		keeps: "Yes, the order is signed.",
	}, {
		name:  "attribution in preformatted text",
		in:    "<pre>Yes, the order is signed.\n\nOn Mon, Mar 2, 2026 at 9:10 AM Ana Ruiz wrote:\nIs it signed? Our budget is 40k.\n</pre>",
		keeps: "Yes, the order is signed.",
	}, {
		name: "outlook for mac",
		in: `<div class="WordSection1"><p class="MsoNormal">Yes, the order is signed.</p><div id="mail-editor-reference-message-container"><div>` +
			`<div style="border:none;border-top:solid #B5C4DF 1.0pt"><p class="MsoNormal"><b>From: </b>Ana Ruiz<br><b>Date: </b>Monday, 2 March 2026</p></div>` +
			`<p class="MsoNormal">Our budget is 40k.</p></div></div></div>`,
		keeps: "Yes, the order is signed.",
	}, {
		name: "older outlook for mac",
		in: `<div>Yes, the order is signed.</div><div><br></div><span id="OLK_SRC_BODY_SECTION"><div><b>From: </b>Ana Ruiz<br><b>Date: </b>Monday</div>` +
			`<div>Our budget is 40k.</div></span>`,
		keeps: "Yes, the order is signed.",
	}} {
		u := UnquotedHTML(c.in)
		if strings.Contains(u, "budget") || strings.Contains(u, "Budget") || strings.Contains(u, "Ana") || strings.Contains(u, "Eva") || !strings.Contains(u, c.keeps) {
			t.Errorf("%s: UnquotedHTML = %q", c.name, u)
		}
		if HTML(u) != HTML(c.in) {
			t.Errorf("%s: HTML(UnquotedHTML) = %+v, HTML = %+v", c.name, HTML(u), HTML(c.in))
		}
		if got := HTML(c.in).Own; !strings.Contains(got, c.keeps) || strings.Contains(got, "40k") {
			t.Errorf("%s: own text %q", c.name, got)
		}
	}
	// The bordered div the header block sat in goes with it, and an
	// attribution sharing a text node with the author's words leaves them.
	if u := UnquotedHTML(`<div>Thanks, Ana</div><div style="border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> Ana<br><b>Sent:</b> Monday<br><b>To:</b> Sam<br><b>Subject:</b> Q3</p></div>`); strings.Contains(u, "border") {
		t.Errorf("the emptied header block's div stays: %q", u)
	}
	if u := UnquotedHTML(`<p>Sounds good. On Mon, Mar 2, 2026 at 9:10 AM Ana Ruiz wrote:<br>Is it signed?</p>`); !strings.Contains(u, "<p>Sounds good.</p>") {
		t.Errorf("the author's words before the attribution: %q", u)
	}
}

func TestRawOffset(t *testing.T) {
	s := "a\u00a0b\r\nc\u200bd\re"
	// normalize(s) is "a b\ncd\ne"
	for _, c := range []struct{ line, col, want int }{
		{0, 0, 0}, {0, 2, 3}, {0, 3, 4}, {1, 0, 6}, {1, 1, 7 /* before the dropped U+200B */}, {2, 0, 12}, {2, 1, 13}, {3, 0, 13},
	} {
		if got := rawOffset(s, c.line, c.col); got != c.want {
			t.Errorf("rawOffset(%d, %d) = %d, want %d", c.line, c.col, got, c.want)
		}
	}
}

// TestUnquotedReadsAsBefore covers bodies whose quoted lines sit between
// the author's: the kept text marks each with a bare ">", and reads as the
// whole body did.
func TestUnquotedReadsAsBefore(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
	}{{
		name: "interleaved answers",
		in:   "Hi Ana,\n\n> Can you do Tuesday?\n> Or Wednesday?\nTuesday 10:00 works.\n\n> Budget?\n40k, as agreed.\n",
		want: "Hi Ana,\n\n>\n>\nTuesday 10:00 works.\n\n>\n40k, as agreed.\n",
	}, {
		// The kept lines on either side of a dropped one are no wrapped
		// attribution: "0000< 0 @>:" would be one.
		name: "no attribution across a dropped line",
		in:   "0000<\n>\n0\n@>:",
		want: "0000<\n>\n0\n@>:",
	}, {
		// Read whole, "1<@ > < x>:" is no attribution ("<" and "@" in the
		// wrong order); read without the quoted line, "1<@ > x>:" would be.
		name: "an attribution does not go on past a quoted line",
		in:   "1<@\n> <\nx>:",
		want: "1<@\n>\nx>:",
	}, {
		// Six lines on from "From:" hold two header fields only if the
		// quoted ones count: they do not.
		name: "quoted header fields make no header block",
		in:   "From: Ana\n> Sent: Monday\n> To: Sam\n> a\n> b\n> c\n> d\nSent: Monday\nTo: Sam\nThe order is signed.",
		want: "From: Ana\n>\n>\n>\n>\n>\n>\nSent: Monday\nTo: Sam\nThe order is signed.",
	}, {
		name: "a quote on top",
		in:   "> a\n> b\n> c\nYes.\n",
		want: ">\nYes.\n",
	}} {
		u := Unquoted(c.in)
		if u != c.want {
			t.Errorf("%s: Unquoted = %q, want %q", c.name, u, c.want)
		}
		if Plain(u) != Plain(c.in) {
			t.Errorf("%s: Plain(Unquoted) = %+v, Plain = %+v", c.name, Plain(u), Plain(c.in))
		}
	}
}
