package owntext

import (
	"strings"
	"testing"
)

func TestQuoted(t *testing.T) {
	tests := []struct {
		name, in string
		want     Quote
	}{
		{
			name: "gmail attribution with > lines",
			in: "Yes, SSO is included.\r\n\r\nOn Mon, Mar 2, 2026 at 9:10 AM Omar Aziz <omar@fleetco.example> wrote:\r\n" +
				"> Does the Team plan include SSO?\r\n>\r\n> Omar\r\n",
			want: Quote{From: "On Mon, Mar 2, 2026 at 9:10 AM Omar Aziz <omar@fleetco.example> wrote:", Text: "Does the Team plan include SSO?"},
		},
		{
			name: "outlook original message",
			in: "got it, thx\n\n -----Original Message-----\nFrom: \tTran, Kevin [mailto:ktran@summitag.example]  \nSent:\tThursday, February 22, 2001 2:03 PM\n" +
				"To:\tDettmer, Rusty\nSubject:\tMar volumes\n\nRusty - March volumes attached. 12,500/d at the Carthage meter.\nKevin",
			want: Quote{From: "Tran, Kevin [mailto:ktran@summitag.example]", Text: "Rusty - March volumes attached. 12,500/d at the Carthage meter.\nKevin"},
		},
		{
			name: "gmail forward",
			in: "FYI\n\n---------- Forwarded message ---------\nFrom: HR <hr@company.example>\nDate: Mon, May 4, 2026 at 10:00 AM\nSubject: holiday schedule\nTo: Managers\n\n" +
				"Please find the holiday schedule for the second half attached.",
			want: Quote{From: "HR <hr@company.example>", Text: "Please find the holiday schedule for the second half attached.", Forward: true},
		},
		{
			name: "lotus notes header block",
			in: "Done. I forwarded it to Anita.\n\n\n\n\nPriya Natarajan\n03/01/2001 12:05 PM\nTo: Tamara Beale/HOU/HEM@HEM\ncc:  \nSubject: quick favor\n\n" +
				"Can you send the Ridgeline credit worksheet over to Anita?\nThanks, Priya",
			want: Quote{From: "Priya Natarajan", Text: "Can you send the Ridgeline credit worksheet over to Anita?"},
		},
		{
			name: "attribution on the author's last line names only the quoted author",
			in:   "Friday works On Thu, Mar 5, 2026 at 8:02 AM Lena <lena@kestrel.example> wrote:\n> Can we meet Friday?\n",
			want: Quote{From: "On Thu, Mar 5, 2026 at 8:02 AM Lena <lena@kestrel.example> wrote:", Text: "Can we meet Friday?"},
		},
		{
			name: "a wrapped quoted line comes back whole",
			in:   "Agreed.\n\nOn Thu, Mar 5, 2026 at 8:02 AM Lena <lena@kestrel.example> wrote:\n> Can we take a d\necision on Friday?\n>\n",
			want: Quote{From: "On Thu, Mar 5, 2026 at 8:02 AM Lena <lena@kestrel.example> wrote:", Text: "Can we take a d\necision on Friday?"},
		},
		{
			name: "nothing quoted",
			in:   "Hi Mark,\n\nThe pilot can start on May 4.\n\nBest,\nJess",
			want: Quote{},
		},
		{
			name: "quoted chain inside the quote is cut",
			in:   "Any update?\n\nOn Tue, Mar 3, 2026 at 8:00 AM Sam <sam@v.example> wrote:\n> Proposal attached.\n>\n> On Mon, Mar 2, 2026 at 9:10 AM Omar <omar@x.example> wrote:\n>> Can you send pricing?\n",
			want: Quote{From: "On Tue, Mar 3, 2026 at 8:00 AM Sam <sam@v.example> wrote:", Text: "Proposal attached."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Quoted(tc.in); got != tc.want {
				t.Errorf("Quoted =\n%#v\nwant\n%#v", got, tc.want)
			}
		})
	}
}

// An Outlook block is a reply or a forward as the subject says; a forward
// marker is a forward whatever the subject.
func TestQuoteForwarded(t *testing.T) {
	outlook := Quoted("-----Original Message-----\nFrom: Lee, Ann\nSent: Monday, May 7, 2001 9:12 AM\nTo: Kay\nSubject: Q3\n\nRevenue was up 12%.")
	marker := Quoted("FYI\n\n---------- Forwarded message ---------\nFrom: HR <hr@company.example>\nSubject: holidays\n\nOffice closed Friday.")
	for _, c := range []struct {
		q       Quote
		subject string
		want    bool
	}{
		{outlook, "FW: Q3", true},
		{outlook, "RE: Q3", false},
		{outlook, "Q3", false},
		{marker, "holidays", true},
		{Quote{}, "FW: nothing below", false},
	} {
		if got := c.q.Forwarded(c.subject); got != c.want {
			t.Errorf("%q under %q: forwarded %v, want %v", c.q.From, c.subject, got, c.want)
		}
	}
}

func TestQuotedBounded(t *testing.T) {
	long := "ok\n\nOn Mon, Mar 2, 2026 at 9:10 AM Omar <omar@x.example> wrote:\n> " + strings.Repeat("Überweisung ", 1000)
	q := Quoted(long)
	if len(q.Text) > MaxQuoted || len(q.Text) < MaxQuoted-20 {
		t.Errorf("quoted text is %d bytes, want just under %d", len(q.Text), MaxQuoted)
	}
	if !strings.HasPrefix(q.Text, "Überweisung") || !utf8Valid(q.Text) {
		t.Errorf("cut text %q…", q.Text[:40])
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func TestQuestions(t *testing.T) {
	for _, c := range []struct {
		in   string
		max  int
		want string
	}{
		{"Thanks for the demo. Does it include SSO? We have 40 drivers.", 300, "Does it include SSO?"},
		{"Two things:\nwhat does it cost?  And when can\nyou start?", 300, "Two things: what does it cost? And when can you start?"},
		{"Two things:\nwhat does it cost? And when can you start?", 35, "Two things: what does it cost?"},
		{"Hi Jess,\n\nwhat does it cost?", 300, "what does it cost?"},
		{"We signed today.", 300, ""},
		{"?", 300, ""},
		{"見積もりはいつ届きますか？", 300, "見積もりはいつ届きますか？"},
	} {
		if got := Questions(c.in, c.max); got != c.want {
			t.Errorf("Questions(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
		}
	}
}

func TestQuotedHTML(t *testing.T) {
	tests := []struct {
		name, in string
		want     Quote
	}{
		{
			name: "gmail",
			in: `<div dir="ltr">Yes, it is.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Mar 2, 2026 at 9:10 AM Omar Aziz &lt;<a href="mailto:omar@fleetco.example">omar@fleetco.example</a>&gt; wrote:<br></div>` +
				`<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex"><div dir="ltr">Thanks for the demo. Does the Team plan include SSO?<div><br></div><div>Omar</div></div></blockquote></div>`,
			want: Quote{From: "On Mon, Mar 2, 2026 at 9:10 AM Omar Aziz <omar@fleetco.example> wrote:", Text: "Thanks for the demo. Does the Team plan include SSO?"},
		},
		{
			name: "outlook reply marker",
			in: `<div>Yes, it is.</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>From:</b> Omar Aziz &lt;omar@fleetco.example&gt;<br>` +
				`<b>Sent:</b> Monday, March 2, 2026 9:10 AM<br><b>To:</b> Jess Tran<br><b>Subject:</b> Team plan</font><div>&nbsp;</div></div><div>Does the Team plan include SSO?</div>`,
			want: Quote{From: "Omar Aziz <omar@fleetco.example>", Text: "Does the Team plan include SSO?"},
		},
		{
			name: "apple mail cite",
			in:   `<div>Yes, it is.</div><div><br><blockquote type="cite"><div>On Mar 2, 2026, at 9:10 AM, Omar Aziz &lt;omar@fleetco.example&gt; wrote:</div><div>Does the Team plan include SSO?</div></blockquote></div>`,
			want: Quote{From: "On Mar 2, 2026, at 9:10 AM, Omar Aziz <omar@fleetco.example> wrote:", Text: "Does the Team plan include SSO?"},
		},
		{
			name: "outlook desktop header block in a bordered div",
			in: `<div class="WordSection1"><p class="MsoNormal">Yes, it is.</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">` +
				`<p class="MsoNormal"><b>From:</b> Omar Aziz &lt;omar@fleetco.example&gt;<br><b>Sent:</b> Monday, March 2, 2026 9:10 AM<br><b>To:</b> Jess Tran<br><b>Subject:</b> Team plan</p></div>` +
				`<p class="MsoNormal">Does the Team plan include SSO?</p></div>`,
			want: Quote{From: "Omar Aziz <omar@fleetco.example>", Text: "Does the Team plan include SSO?"},
		},
		{
			name: "no quote",
			in:   `<p>Hi Mark,</p><p>The pilot can start on May 4.</p><div class="gmail_signature">Jess</div>`,
			want: Quote{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := QuotedHTML(tc.in); got != tc.want {
				t.Errorf("QuotedHTML =\n%#v\nwant\n%#v", got, tc.want)
			}
		})
	}
}
