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
