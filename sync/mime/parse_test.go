package mime

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"dialtone/model"

	"golang.org/x/text/encoding/japanese"
)

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

const gmailAlternative = `Delivered-To: jess@tallyhq.example
MIME-Version: 1.0
Date: Mon, 2 Mar 2026 09:10:11 -0800
References: <CAB1x@mail.gmail.com> <CAB2y@mail.gmail.com>
In-Reply-To: <CAB2y@mail.gmail.com>
Message-ID: <CAC3z+abc@mail.gmail.com>
Subject: Re: Proposal for =?UTF-8?Q?Q3_=E2=80=93_Acme?=
From: Jess Tran <jess@tallyhq.example>
To: Mark Otto <mark@acme.example>, "Ops, Team" <ops@acme.example>
Cc: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <jm@acme.example>
Content-Type: multipart/alternative; boundary="000000000000a1b2c3"

--000000000000a1b2c3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hi Mark,

Finance approved a 6-month pilot at $45/seat for 15 seats =E2=80=93 no annu=
al commitment.

Best,
Jess

On Fri, Feb 27, 2026 at 4:02 PM Mark Otto <mark@acme.example> wrote:

> Any flexibility on the annual term?
>

--000000000000a1b2c3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hi Mark,<div>Finance approved (HTML)</div></div>

--000000000000a1b2c3--
`

const outlookHTML1252 = "Received: from EX01.corp.example\n" +
	"From: \"Miller, Rob\" <Rob.Miller@Tallyhq.example>\n" +
	"To: Dana Cole <dana@acme.example>\n" +
	"Subject: RE: quote\n" +
	"Date: Tue, 3 Mar 2026 15:04:05 +0000\n" +
	"Message-ID: <DM6PR01MB1234.namprd01.prod.outlook.com>\n" +
	"In-Reply-To: <BN8PR02MB9876.namprd02.prod.outlook.com>\n" +
	"Content-Type: text/html; charset=\"Windows-1252\"\n" +
	"Content-Transfer-Encoding: 8bit\n" +
	"MIME-Version: 1.0\n\n" +
	"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1252\"></head><body>" +
	"<div class=\"WordSection1\"><p class=\"MsoNormal\">Dana,</p><p class=\"MsoNormal\">The \x93Team\x94 plan is \x8050 per seat \x96 SSO included.</p>" +
	"<div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Dana</div><p>Is SSO included?</p></div></body></html>\n"

// outlookDesktop is classic Outlook for Windows' reply: the plain part
// quotes with a header block, the HTML part puts the same block in a
// bordered div that names no quote.
const outlookDesktop = "From: Rob Miller <rob@tallyhq.example>\n" +
	"To: Dana Cole <dana@acme.example>\n" +
	"Subject: RE: quote\n" +
	"Date: Tue, 3 Mar 2026 15:04:05 +0000\n" +
	"Message-ID: <DM6PR01MB5678.namprd01.prod.outlook.com>\n" +
	"Content-Type: multipart/alternative; boundary=\"_000_DM6PR01_\"\n" +
	"MIME-Version: 1.0\n\n" +
	"--_000_DM6PR01_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n" +
	"Dana,\n\nTuesday at 10 works; I will send the invite.\n\nRob\n\n" +
	"From: Dana Cole <dana@acme.example>\nSent: Monday, March 2, 2026 9:10 AM\nTo: Rob Miller <rob@tallyhq.example>\nSubject: quote\n\n" +
	"Can we talk Tuesday? Our budget for the renewal is 40k.\n\n" +
	"--_000_DM6PR01_\nContent-Type: text/html; charset=\"us-ascii\"\n\n" +
	"<html><body><div class=WordSection1><p class=MsoNormal>Dana,</p><p class=MsoNormal>Tuesday at 10 works; I will send the invite.</p>" +
	"<p class=MsoNormal>Rob</p><p class=MsoNormal>&nbsp;</p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>" +
	"<p class=MsoNormal><b>From:</b> Dana Cole &lt;dana@acme.example&gt;<br><b>Sent:</b> Monday, March 2, 2026 9:10 AM<br>" +
	"<b>To:</b> Rob Miller &lt;rob@tallyhq.example&gt;<br><b>Subject:</b> quote</p></div></div><p class=MsoNormal>&nbsp;</p>" +
	"<p class=MsoNormal>Can we talk Tuesday? Our budget for the renewal is 40k.</p></div></body></html>\n\n" +
	"--_000_DM6PR01_--\n"

const appleQP = `From: Omar Aziz <omar@fleetco.example>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0 \(3774.600.62\))
Subject: Re: demo
Message-Id: <8F2A1C9E-1B2C-4D5E-9F00-ABCDEF012345@fleetco.example>
Date: Wed, 4 Mar 2026 08:15:00 +0100
To: Jess Tran <jess@tallyhq.example>

Thanks Jess =E2=80=94 we=E2=80=99ll take the 20-truck pilot starting April =
6.

Omar

> On 3 Mar 2026, at 18:00, Jess Tran <jess@tallyhq.example> wrote:
>=20
> Would a 20-truck pilot work?
`

const thunderbirdFlowed = `Message-ID: <0c1d2e3f-aaaa-bbbb-cccc-1234567890ab@vendor.example>
Date: Thu, 5 Mar 2026 11:00:00 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-US
To: Lena Vogt <lena@logistik.example>
From: Sam Lee <sam@vendor.example>
Subject: Delivery schedule
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

Hello Lena,

The first delivery leaves Hamburg on March 12 and reaches Reno on March 
26. The second follows two weeks later.

  -- indented line stays

Kind regards,
Sam

-- 
Sam Lee, Vendor GmbH
`

const forwardedChain = `From: Rep <rep@vendor.example>
To: Raj Patel <raj@kestrel.example>
Subject: Fwd: Results
Date: Fri, 6 Mar 2026 10:00:00 -0500
Message-ID: <fwd1@vendor.example>
Content-Type: text/plain; charset=utf-8

Raj - see the results below, same returns problem you described.

---------- Forwarded message ---------
From: Kim Park <kim@kestrel-foods.example>
Date: Mon, Mar 2, 2026 at 9:10 AM
Subject: Results
To: <rep@vendor.example>

We cut processing time from 11 to 3 minutes per return.
`

const withAttachment = `From: Rep <rep@vendor.example>
To: dana@acme.example
Subject: Revised quote
Date: Fri, 6 Mar 2026 10:00:00 -0500
Message-ID: <att1@vendor.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/related; boundary="rel"

--rel
Content-Type: text/html; charset=utf-8

<p>Attached is the revised quote for 40 seats.</p><img src="cid:logo">
--rel
Content-Type: image/png
Content-ID: <logo>
Content-Disposition: inline; filename="logo.png"
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--rel--

--outer
Content-Type: application/pdf; name="=?UTF-8?Q?Angebot_M=C3=BCller.pdf?="
Content-Disposition: attachment; filename*=UTF-8''Angebot%20M%C3%BCller.pdf
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK
--outer
Content-Type: text/calendar; method=REQUEST
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
END:VCALENDAR
--outer--
`

const brokenBoundary = `From: Rep <rep@vendor.example>
To: dana@acme.example
Subject: Broken
Message-ID: <broken@vendor.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="declared"

--actual
Content-Type: text/plain; charset=utf-8

The order form is signed; PO 44812 follows on Monday.

--actual--
`

func jisMessage(t *testing.T) string {
	t.Helper()
	body, err := japanese.ISO2022JP.NewEncoder().String("田中様\n\n見積書を添付いたします。単価は1,200円です。\n")
	if err != nil {
		t.Fatal(err)
	}
	return "From: " + jisWord(t, "山田") + " <yamada@example.co.jp>\n" +
		"To: tanaka@example.co.jp\n" +
		"Subject: " + jisWord(t, "見積書") + "\n" +
		"Date: Mon, 2 Mar 2026 09:10:00 +0900\n" +
		"Message-ID: <jis@example.co.jp>\n" +
		"MIME-Version: 1.0\n" +
		"Content-Type: text/plain; charset=ISO-2022-JP\n" +
		"Content-Transfer-Encoding: 7bit\n\n" + body
}

// jisWord encodes s as an RFC 2047 B encoded-word in ISO-2022-JP, the way
// Japanese mail clients write headers.
func jisWord(t *testing.T, s string) string {
	t.Helper()
	b, err := japanese.ISO2022JP.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return "=?ISO-2022-JP?B?" + base64.StdEncoding.EncodeToString([]byte(b)) + "?="
}

func sjisMessage(t *testing.T) string {
	t.Helper()
	body, err := japanese.ShiftJIS.NewEncoder().String("納期は3月20日です。")
	if err != nil {
		t.Fatal(err)
	}
	return "From: sato@example.co.jp\nSubject: nouki\nContent-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: 8bit\n\n" + body
}

func TestParse(t *testing.T) {
	t.Run("gmail multipart/alternative", func(t *testing.T) {
		p := mustParse(t, crlf(gmailAlternative), Options{})
		if p.MessageID != "CAC3z+abc@mail.gmail.com" || p.InReplyTo != "CAB2y@mail.gmail.com" {
			t.Errorf("ids = %q %q", p.MessageID, p.InReplyTo)
		}
		if strings.Join(p.References, " ") != "CAB1x@mail.gmail.com CAB2y@mail.gmail.com" {
			t.Errorf("references = %q", p.References)
		}
		if p.Subject != "Re: Proposal for Q3 – Acme" {
			t.Errorf("subject = %q", p.Subject)
		}
		if p.From != (model.Address{Name: "Jess Tran", Email: "jess@tallyhq.example"}) {
			t.Errorf("from = %+v", p.From)
		}
		if len(p.To) != 2 || p.To[1].Name != "Ops, Team" || p.To[1].Email != "ops@acme.example" {
			t.Errorf("to = %+v", p.To)
		}
		if len(p.Cc) != 1 || p.Cc[0].Name != "Jürgen Müller" {
			t.Errorf("cc = %+v", p.Cc)
		}
		if want := time.Date(2026, 3, 2, 17, 10, 11, 0, time.UTC); !p.Date.Equal(want) {
			t.Errorf("date = %v", p.Date)
		}
		if want := "Hi Mark,\n\nFinance approved a 6-month pilot at $45/seat for 15 seats – no annual commitment."; p.OwnText != want {
			t.Errorf("own text = %q", p.OwnText)
		}
		if m := p.Message(); p.SignOff != "Best,\nJess" || m.SignOff != p.SignOff {
			t.Errorf("sign-off = %q, message's %q", p.SignOff, m.SignOff)
		}
		if p.FromHTML || len(p.Attachments) != 0 || p.Oversize {
			t.Errorf("unexpected %+v", p)
		}
		if p.Size != int64(len(crlf(gmailAlternative))) {
			t.Errorf("size = %d, want %d", p.Size, len(crlf(gmailAlternative)))
		}
	})
	t.Run("outlook html windows-1252", func(t *testing.T) {
		p := mustParse(t, crlf(outlookHTML1252), Options{})
		if want := "Dana,\n\nThe “Team” plan is €50 per seat – SSO included."; p.OwnText != want {
			t.Errorf("own text = %q, want %q", p.OwnText, want)
		}
		if p.SignOff != "" {
			t.Errorf("sign-off = %q, want none", p.SignOff)
		}
		if !p.FromHTML || p.From.Email != "rob.miller@tallyhq.example" || p.From.Name != "Miller, Rob" {
			t.Errorf("from = %+v html=%v", p.From, p.FromHTML)
		}
	})
	t.Run("apple mail quoted-printable", func(t *testing.T) {
		p := mustParse(t, appleQP, Options{})
		if want := "Thanks Jess — we’ll take the 20-truck pilot starting April 6."; p.OwnText != want {
			t.Errorf("own text = %q", p.OwnText)
		}
		if p.MessageID != "8F2A1C9E-1B2C-4D5E-9F00-ABCDEF012345@fleetco.example" {
			t.Errorf("id = %q", p.MessageID)
		}
	})
	t.Run("thunderbird format=flowed", func(t *testing.T) {
		p := mustParse(t, thunderbirdFlowed, Options{})
		want := "Hello Lena,\n\nThe first delivery leaves Hamburg on March 12 and reaches Reno on March 26. The second follows two weeks later.\n\n -- indented line stays"
		if p.OwnText != want {
			t.Errorf("own text = %q, want %q", p.OwnText, want)
		}
	})
	t.Run("iso-2022-jp", func(t *testing.T) {
		p := mustParse(t, jisMessage(t), Options{})
		if p.OwnText != "田中様\n\n見積書を添付いたします。単価は1,200円です。" {
			t.Errorf("own text = %q", p.OwnText)
		}
		if p.Subject != "見積書" || p.From.Name != "山田" {
			t.Errorf("subject %q from %+v", p.Subject, p.From)
		}
	})
	t.Run("shift_jis", func(t *testing.T) {
		p := mustParse(t, sjisMessage(t), Options{})
		if p.OwnText != "納期は3月20日です。" {
			t.Errorf("own text = %q", p.OwnText)
		}
	})
	t.Run("forwarded chain", func(t *testing.T) {
		p := mustParse(t, forwardedChain, Options{})
		if p.OwnText != "Raj - see the results below, same returns problem you described." {
			t.Errorf("own text = %q", p.OwnText)
		}
	})
	t.Run("attachments", func(t *testing.T) {
		p := mustParse(t, crlf(withAttachment), Options{})
		if p.OwnText != "Attached is the revised quote for 40 seats." || !p.FromHTML {
			t.Errorf("own text = %q", p.OwnText)
		}
		want := []model.Attachment{
			{Name: "Angebot Müller.pdf", Type: "application/pdf", Size: 48},
			{Name: "invite.ics", Type: "text/calendar", Size: 30},
		}
		if len(p.Attachments) != len(want) {
			t.Fatalf("attachments = %+v", p.Attachments)
		}
		for i := range want {
			if p.Attachments[i] != want[i] {
				t.Errorf("attachment %d = %+v, want %+v", i, p.Attachments[i], want[i])
			}
		}
		m := p.Message()
		if m.MessageID != "att1@vendor.example" || len(m.Attachments) != 2 || m.OwnText != p.OwnText || m.Size != p.Size {
			t.Errorf("Message() = %+v", m)
		}
	})
	t.Run("broken boundary salvages the text", func(t *testing.T) {
		p := mustParse(t, brokenBoundary, Options{})
		if p.OwnText != "The order form is signed; PO 44812 follows on Monday." {
			t.Errorf("own text = %q", p.OwnText)
		}
		if len(p.Warnings) == 0 {
			t.Error("no warning for the broken boundary")
		}
	})
	t.Run("unknown charset", func(t *testing.T) {
		raw := "From: a@b.example\nSubject: x\nContent-Type: text/plain; charset=x-klingon\n\nPrice is 40 \xa3 per seat.\n"
		p := mustParse(t, raw, Options{})
		if p.OwnText != "Price is 40 £ per seat." {
			t.Errorf("own text = %q", p.OwnText)
		}
		if len(p.Warnings) == 0 || !strings.Contains(p.Warnings[0], "x-klingon") {
			t.Errorf("warnings = %q", p.Warnings)
		}
	})
	t.Run("malformed headers", func(t *testing.T) {
		raw := "From: Broken Name <broken@@example>, ok@example.com\nTo: \"Unclosed <to@example.com>\nthis is not a header\nMessage-ID: no-brackets@example.com\nReferences: <a@x> garbage <b@y\nDate: Mon, 2 Mar 2026 09:10:00 +0100 (CET)\n\nHello there, the contract is signed.\n"
		p := mustParse(t, raw, Options{})
		if p.MessageID != "no-brackets@example.com" {
			t.Errorf("id = %q", p.MessageID)
		}
		if len(p.References) != 1 || p.References[0] != "a@x" {
			t.Errorf("references = %q", p.References)
		}
		if p.Date.IsZero() {
			t.Error("date not parsed")
		}
		if p.OwnText != "Hello there, the contract is signed." {
			t.Errorf("own text = %q", p.OwnText)
		}
		if len(p.To) != 1 || p.To[0].Email != "to@example.com" {
			t.Errorf("to = %+v", p.To)
		}
	})
	t.Run("oversize keeps headers", func(t *testing.T) {
		raw := crlf(withAttachment) + strings.Repeat("x", 5000)
		p, err := Parse(strings.NewReader(raw), Options{MaxBytes: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if !p.Oversize || p.Subject != "Revised quote" || p.OwnText != "" || p.Size != int64(len(raw)) {
			t.Errorf("oversize parse = %+v", p)
		}
	})
	t.Run("header lines longer than the read buffer", func(t *testing.T) {
		// A long thread's References field can run to tens of kilobytes,
		// on one line or folded; this one (81 KB) is longer than any
		// buffer the reader has used.
		var ids []string
		for i := range 3000 {
			ids = append(ids, fmt.Sprintf("<CAB%04dx@mail.gmail.com>", i))
		}
		for name, sep := range map[string]string{"one line": " ", "folded": "\n "} {
			raw := crlf("From: Jess Tran <jess@tallyhq.example>\nReferences: " + strings.Join(ids, sep) +
				"\nSubject: Re: pilot\nX-Long: " + strings.Repeat("y", 9000) + "\n\nThe pilot starts May 4.\n")
			p := mustParse(t, raw, Options{})
			if len(p.References) != 3000 || p.References[2999] != "CAB2999x@mail.gmail.com" {
				t.Errorf("%s: %d references, want 3000", name, len(p.References))
			}
			if p.Subject != "Re: pilot" || p.OwnText != "The pilot starts May 4." || p.Size != int64(len(raw)) {
				t.Errorf("%s: subject %q, own text %q, size %d of %d", name, p.Subject, p.OwnText, p.Size, len(raw))
			}
		}
	})
	t.Run("no header is read as text", func(t *testing.T) {
		p := mustParse(t, "just a note without headers\nsecond line", Options{})
		if p.OwnText != "just a note without headers\nsecond line" || p.Subject != "" {
			t.Errorf("parsed = %+v", p)
		}
	})
	t.Run("unquoted boundary holding '=' (outlook express)", func(t *testing.T) {
		raw := "From: Dana Ruiz <dana@ridgeline.example>\nSubject: Re: freight rates\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/alternative; boundary=----=_NextPart_000_0042_01C8A1B2.33C4D5E6\n\n" +
			"This is a multi-part message in MIME format.\n\n" +
			"------=_NextPart_000_0042_01C8A1B2.33C4D5E6\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n" +
			"The lane rate drops to $2.10/mile from May 1 =96 signed copy attached.\n\n" +
			"------=_NextPart_000_0042_01C8A1B2.33C4D5E6\nContent-Type: text/html; charset=iso-8859-1\n\n<p>The lane rate drops.</p>\n\n" +
			"------=_NextPart_000_0042_01C8A1B2.33C4D5E6--\n"
		p := mustParse(t, crlf(raw), Options{})
		if want := "The lane rate drops to $2.10/mile from May 1 – signed copy attached."; p.OwnText != want || p.FromHTML {
			t.Errorf("own text = %q (html %v), want %q", p.OwnText, p.FromHTML, want)
		}
	})
	t.Run("outlook on the web: the signature its html part marks", func(t *testing.T) {
		raw := "From: Sam Carter <sam@acme.example>\nSubject: RE: quote\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/alternative; boundary=\"_000_\"\n\n" +
			"--_000_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n" +
			"Hi Dana,\n\nThe revised quote is attached.\n\nSam Carter\nAccount Executive, Acme Analytics\n" +
			"Reach me on +1 415 555 0134 - happy to help with anything you need this quarter.\n\n" +
			"________________________________\nFrom: Dana Cole <dana@example.com>\nSent: Tuesday, March 3, 2026 9:12 AM\n" +
			"To: Sam Carter <sam@acme.example>\nSubject: quote\n\nCan you revise it?\n\n" +
			"--_000_\nContent-Type: text/html; charset=\"us-ascii\"\n\n" +
			"<html><body><div>Hi Dana,</div><div><br></div><div>The revised quote is attached.</div><div><br></div>" +
			"<div id=\"Signature\"><div>Sam Carter</div><div>Account Executive, Acme Analytics</div>" +
			"<div>Reach me on +1 415 555 0134 - happy to help with anything you need this quarter.</div></div>" +
			"<div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Dana Cole</div><div>Can you revise it?</div></body></html>\n" +
			"--_000_--\n"
		p := mustParse(t, crlf(raw), Options{})
		if want := "Hi Dana,\n\nThe revised quote is attached."; p.OwnText != want || p.FromHTML || p.SignOff != "Sam Carter" {
			t.Errorf("own text = %q (html %v, sign-off %q), want %q", p.OwnText, p.FromHTML, p.SignOff, want)
		}
	})
	t.Run("iso-8859-1 label on windows-1252 quotes and dashes", func(t *testing.T) {
		raw := "From: Dana Ruiz <dana@ridgeline.example>\nSubject: terms\nContent-Type: text/plain; charset=\"iso-8859-1\"\n" +
			"Content-Transfer-Encoding: quoted-printable\n\nNet 30 is =93fine=94 =96 we=92ll sign Friday. =A9 Ridgeline\n"
		p := mustParse(t, crlf(raw), Options{})
		if want := "Net 30 is “fine” – we’ll sign Friday. © Ridgeline"; p.OwnText != want {
			t.Errorf("own text = %q, want %q", p.OwnText, want)
		}
	})
	t.Run("attachment with an unquoted name holding spaces", func(t *testing.T) {
		raw := "From: Dana Ruiz <dana@ridgeline.example>\nSubject: price list\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nPrices for Q3 attached.\n" +
			"--b1\nContent-Type: application/pdf; name=Q3 price list.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b1--\n"
		p := mustParse(t, crlf(raw), Options{})
		if p.OwnText != "Prices for Q3 attached." {
			t.Errorf("own text = %q", p.OwnText)
		}
		if len(p.Attachments) != 1 || p.Attachments[0].Name != "Q3 price list.pdf" || p.Attachments[0].Type != "application/pdf" {
			t.Errorf("attachments = %+v", p.Attachments)
		}
	})
	t.Run("mbox separator", func(t *testing.T) {
		p := mustParse(t, "From jess@x Mon Mar  2 09:10:00 2026\nSubject: hi\n\nbody text", Options{})
		if p.Subject != "hi" || p.OwnText != "body text" {
			t.Errorf("parsed = %+v", p)
		}
	})
}

// Labels that do not match the bytes, and transfer encodings written the
// way some senders write them, still give the text the sender meant.
func TestParseMislabeled(t *testing.T) {
	head := "From: Dana Ruiz <dana@ridgeline.example>\nSubject: terms\nMIME-Version: 1.0\n"
	for _, c := range []struct {
		name, part, want, warning string
	}{
		{
			name: "UTF-8 labeled ISO-8859-1",
			part: "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\nDer Preis für Müller: 40 € – Grüße\n",
			want: "Der Preis für Müller: 40 € – Grüße",
		},
		{
			// ” is E2 80 9D and 👍 ends in 8D: bytes Windows-1252 leaves undefined.
			name: "UTF-8 labeled Windows-1252, quoted-printable",
			part: "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n=E2=80=9CSigned=E2=80=9D =F0=9F=91=8D =D0=81\n",
			want: "“Signed” 👍 Ё",
		},
		{
			name: "UTF-8 labeled US-ASCII",
			part: "Content-Type: text/plain; charset=us-ascii\n\nTerms for Zoë: net 30.\n",
			want: "Terms for Zoë: net 30.",
		},
		{
			name: "Latin-1 labeled US-ASCII",
			part: "Content-Type: text/plain; charset=us-ascii\n\nTerms for Zo\xeb: net 30.\n",
			want: "Terms for Zoë: net 30.",
		},
		{
			name: "Latin-1 labeled ISO-8859-1 stays Latin-1",
			part: "Content-Type: text/plain; charset=iso-8859-1\n\nGr\xfc\xdfe, 40 \xa3 f\xfcr M\xfcller\n",
			want: "Grüße, 40 £ für Müller",
		},
		{
			name: "a charset applied under a Content-Type only the lenient reader reads",
			part: "Content-Type: text/plain; charset=iso-8859-2; name=Oferta cenowa.txt\nContent-Disposition: inline\n\nDzi\xeakuj\xea, cena obowi\xb1zuje do pi\xb1tku.\n",
			want: "Dziękuję, cena obowiązuje do piątku.",
		},
		{
			name: "7-bit",
			part: "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7-bit\n\nSigned copy attached.\n",
			want: "Signed copy attached.",
		},
		{
			name: "8bits",
			part: "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bits\n\nGr\xfc\xdfe aus K\xf6ln.\n",
			want: "Grüße aus Köln.",
		},
		{
			name: "quoted_printable",
			part: "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted_printable\n\nGr=FC=DFe aus K=F6ln.\n",
			want: "Grüße aus Köln.",
		},
		{
			name: "base-64",
			part: "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base-64\n\nR3LDvMOfZSBhdXMg\nS8O2bG4uCg==\n",
			want: "Grüße aus Köln.",
		},
		{
			name: "quoted \"Base64\" with a semicolon",
			part: "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: \"Base64\";\n\nR3LDvMOfZSBhdXMgS8O2bG4uCg==\n",
			want: "Grüße aus Köln.",
		},
		{
			name:    "an encoding that names no mechanism is read as it is, with a warning",
			part:    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: x-rot13\n\nSigned copy attached.\n",
			want:    "Signed copy attached.",
			warning: "unknown transfer encoding x-rot13",
		},
		{
			name:    "an unknown charset says so",
			part:    "Content-Type: text/plain; charset=x-klingon\nContent-Transfer-Encoding: 8-bit\n\nSigned copy attached.\n",
			want:    "Signed copy attached.",
			warning: "unknown charset x-klingon",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, nested := range []bool{false, true} {
				raw := head + c.part
				if nested {
					raw = head + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n" + c.part + "--b1--\n"
				}
				p := mustParse(t, crlf(raw), Options{})
				if p.OwnText != c.want {
					t.Errorf("nested=%v: own text = %q, want %q", nested, p.OwnText, c.want)
				}
				if got := strings.Join(p.Warnings, "; "); got != c.warning {
					t.Errorf("nested=%v: warnings = %q, want %q", nested, got, c.warning)
				}
			}
		})
	}
	t.Run("an attachment in a misspelled base64 counts its decoded size", func(t *testing.T) {
		raw := head + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nPrices attached.\n" +
			"--b1\nContent-Type: application/pdf; name=\"prices.pdf\"\nContent-Transfer-Encoding: base_64\n\nJVBERi0xLjQK\n--b1--\n"
		p := mustParse(t, crlf(raw), Options{})
		if len(p.Attachments) != 1 || p.Attachments[0].Size != 9 {
			t.Errorf("attachments = %+v, want prices.pdf of 9 bytes", p.Attachments)
		}
	})
}

// Encoded-words under a label that does not match their bytes decode as
// their text parts would.
func TestParseMislabeledHeaders(t *testing.T) {
	for _, c := range []struct{ subject, from, wantSubject, wantName string }{
		{"=?iso-8859-1?Q?Angebot_=96_final?=", "=?ISO-8859-1?Q?J=FCrgen_M=FCller?= <jm@rhein.example>", "Angebot – final", "Jürgen Müller"},
		{"=?iso-8859-1?Q?Angebot_f=C3=BCr_M=C3=BCller?=", "=?windows-1252?Q?=E2=80=9CZo=C3=AB=E2=80=9D?= <zoe@x.example>", "Angebot für Müller", "“Zoë”"},
		{"=?us-ascii?Q?Terms_for_Zo=C3=AB?=", "=?us-ascii?Q?Zo=EB_Li?= <zoe@x.example>", "Terms for Zoë", "Zoë Li"},
		{"=?UTF-8?B?UHJlaXMg4oCT?= =?iso-8859-1?Q?_40_=80?=", "Dana Ruiz <dana@x.example>", "Preis – 40 €", "Dana Ruiz"},
		{"=?iso-8859-2?Q?Dzi=EAkuj=EA?=", "=?koi8-r?B?8NLJ18XU?= <p@x.example>", "Dziękuję", "Привет"},
	} {
		raw := "From: " + c.from + "\nSubject: " + c.subject + "\n\nbody\n"
		p := mustParse(t, crlf(raw), Options{})
		if p.Subject != c.wantSubject || p.From.Name != c.wantName {
			t.Errorf("%s / %s: subject %q, name %q; want %q, %q", c.subject, c.from, p.Subject, p.From.Name, c.wantSubject, c.wantName)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, raw := range []string{"", "\n\n\n", "\x00\x01\x02"} {
		_, err := Parse(strings.NewReader(raw), Options{})
		var me *model.Error
		if !errors.As(err, &me) || me.Code != model.EINVALID {
			t.Errorf("Parse(%q) error = %v, want EINVALID", raw, err)
		}
	}
	_, err := Parse(errReader{}, Options{})
	if model.ErrorCode(err) != model.EUNAVAILABLE {
		t.Errorf("read error = %v, want EUNAVAILABLE", err)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestUnflow(t *testing.T) {
	tests := []struct {
		in    string
		delsp bool
		want  string
	}{
		{"a \nb\nc", false, "a b\nc"},
		{"ab\ncd", true, "ab\ncd"},
		{"Gro\xc3\x9f \nartig", true, "Großartig"},
		{"> quoted \n> more\nown", false, "> quoted more\nown"},
		{" From me", false, "From me"},
		{"-- \nsig", false, "-- \nsig"},
	}
	for _, tt := range tests {
		if got := unflow(tt.in, tt.delsp); got != tt.want {
			t.Errorf("unflow(%q, %v) = %q, want %q", tt.in, tt.delsp, got, tt.want)
		}
	}
}

func mustParse(t *testing.T, raw string, opts Options) Parsed {
	t.Helper()
	p, err := Parse(strings.NewReader(raw), opts)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return p
}

func TestQuotedReply(t *testing.T) {
	head := "From: Jess Tran <jess@tallyhq.example>\nTo: Omar Aziz <omar@fleetco.example>\nSubject: Re: Team plan\nMessage-ID: <r1@x>\nDate: Tue, 3 Mar 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
	for _, c := range []struct {
		name, body, want string
		forwards         bool
	}{
		{"answers the customer", "Yes, it is.\n\nOn Mon, Mar 2, 2026 at 9:10 AM Omar Aziz <omar@fleetco.example> wrote:\n> Thanks for the demo. Does the Team plan include SSO? We have 40 drivers.\n>\n> Omar\n",
			"Does the Team plan include SSO?", false},
		{"no question quoted", "Great.\n\nOn Mon, Mar 2, 2026 at 9:10 AM Omar Aziz <omar@fleetco.example> wrote:\n> We signed today.\n", "", false},
		{"quotes the sender's own mail", "Any update?\n\nOn Mon, Mar 2, 2026 at 9:10 AM Jess Tran <jess@tallyhq.example> wrote:\n> Proposal attached.\n", "", false},
		{"outlook quote of the sender by name", "Any update?\n\n-----Original Message-----\nFrom: Tran, Jess\nSent: Monday, March 02, 2026 9:10 AM\nTo: Aziz, Omar\nSubject: Team plan\n\nProposal attached.\n", "", false},
		{"forward", "FYI\n\n---------- Forwarded message ---------\nFrom: HR <hr@tallyhq.example>\nDate: Mon, Mar 2, 2026\nSubject: holidays\nTo: All\n\nOffice closed Friday.\n", "", true},
		{"forward of the sender's own mail", "Resending.\n\n---------- Forwarded message ---------\nFrom: Jess Tran <jess@tallyhq.example>\nDate: Mon, Mar 2, 2026\nSubject: Team plan\nTo: Omar Aziz <omar@fleetco.example>\n\nProposal attached.\n", "", false},
		{"no quote", "Yes, it is.\n", "", false},
		{"html only", "<div>Yes, it is.</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, Mar 2, 2026 at 9:10 AM Omar Aziz &lt;omar@fleetco.example&gt; wrote:</div><blockquote class=\"gmail_quote\">Does the Team plan include SSO?</blockquote></div>",
			"Does the Team plan include SSO?", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := head
			if strings.HasPrefix(c.body, "<") {
				h = strings.Replace(h, "text/plain", "text/html", 1)
			}
			m := mustParse(t, crlf(h+c.body), Options{}).Message()
			if m.Answers != c.want {
				t.Errorf("Answers = %q, want %q", m.Answers, c.want)
			}
			if m.Forwards != c.forwards {
				t.Errorf("Forwards = %v, want %v", m.Forwards, c.forwards)
			}
		})
	}
}
