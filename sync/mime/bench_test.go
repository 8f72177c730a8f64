package mime

import (
	"strings"
	"testing"
)

// BenchmarkParse parses a Gmail reply as it arrives: a plain and an HTML
// alternative, a signature and a quoted message, about 150 words.
func BenchmarkParse(b *testing.B) {
	body := strings.Repeat("The pilot covers 15 seats at $45 a seat, billed monthly, with onboarding in the first week. ", 8)
	raw := crlf("From: Jess Tran <jess@tallyhq.example>\nTo: Mark Otto <mark@acme.example>\nSubject: Re: Proposal\n" +
		"Date: Mon, 2 Mar 2026 09:10:11 -0800\nMessage-ID: <CAC3z+abc@mail.gmail.com>\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/alternative; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=\"UTF-8\"\n\n" +
		"Hi Mark,\n\n" + body + "\n\nBest,\nJess\n\n-- \nJess Tran | AE | Tallyhq\n\n" +
		"On Fri, Feb 27, 2026 at 4:02 PM Mark Otto <mark@acme.example> wrote:\n> Any flexibility on the annual term?\n\n" +
		"--b\nContent-Type: text/html; charset=\"UTF-8\"\n\n<div dir=\"ltr\"><div>Hi Mark,</div><div><br></div><div>" + body +
		"</div><div><br></div><div>Best,</div><div>Jess</div><br><span class=\"gmail_signature_prefix\">-- </span><br>" +
		"<div dir=\"ltr\" class=\"gmail_signature\" data-smartmail=\"gmail_signature\">Jess Tran | AE | Tallyhq</div></div><br>" +
		"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Fri, Feb 27, 2026 at 4:02 PM Mark Otto &lt;mark@acme.example&gt; wrote:<br></div>" +
		"<blockquote class=\"gmail_quote\">Any flexibility on the annual term?</blockquote></div>\n--b--\n")
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Parse(strings.NewReader(raw), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHTML parses an HTML-only reply as Outlook on the web sends
// it: about 150 words, a signature block and the quoted message under a
// reply marker.
func BenchmarkParseHTML(b *testing.B) {
	body := strings.Repeat("The pilot covers 15 seats at $45 a seat, billed monthly, with onboarding in the first week. ", 8)
	quoted := strings.Repeat("<div>Any flexibility on the annual term? We would need sign-off from finance first.</div>", 6)
	raw := crlf("From: Jess Tran <jess@tallyhq.example>\nTo: Mark Otto <mark@acme.example>\nSubject: RE: Proposal\n" +
		"Date: Mon, 2 Mar 2026 09:10:11 -0800\nMessage-ID: <BN8PR12MB3345@namprd12.prod.outlook.com>\nMIME-Version: 1.0\n" +
		"Content-Type: text/html; charset=\"utf-8\"\n\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>" +
		"<body><div style=\"font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt\">Hi Mark,</div><div><br></div>" +
		"<div style=\"font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt\">" + body + "</div><div><br></div>" +
		"<div id=\"Signature\"><div>Best,</div><div>Jess Tran | AE | Tallyhq</div></div>" +
		"<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\">" +
		"<b>From:</b> Mark Otto &lt;mark@acme.example&gt;<br><b>Sent:</b> Friday, February 27, 2026 4:02 PM<br>" +
		"<b>To:</b> Jess Tran &lt;jess@tallyhq.example&gt;<br><b>Subject:</b> Proposal</font><div>&nbsp;</div></div>" + quoted + "</body></html>\n")
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		p, err := Parse(strings.NewReader(raw), Options{})
		if err != nil || !strings.Contains(p.OwnText, "onboarding") || strings.Contains(p.OwnText, "flexibility") || p.Quote.Text == "" {
			b.Fatalf("%v: own %q, quote %q", err, p.OwnText, p.Quote.Text)
		}
	}
}
