package owntext

import "testing"

func TestFromHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "gmail reply with gmail_quote and signature",
			in: `<div dir="ltr"><div>Hi Mark,</div><div><br></div><div>Finance approved a 6-month pilot at $45/seat for 15 seats.</div>` +
				`<div><br></div><div>Best,</div><div>Jess</div><div><br></div><span class="gmail_signature_prefix">-- </span><br>` +
				`<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Jess Tran | AE | Tallyhq</div></div><br>` +
				`<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Mar 2, 2026 at 9:10 AM Mark &lt;mark@acme.example&gt; wrote:<br></div>` +
				`<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Any flexibility on price?</blockquote></div>`,
			want: "Hi Mark,\n\nFinance approved a 6-month pilot at $45/seat for 15 seats.",
		},
		{
			name: "outlook web reply with divRplyFwdMsg",
			in: `<html><head><style>p{margin:0}</style></head><body><div style="font-family:Calibri">Hi Dana,</div>` +
				`<div>Attached is the revised quote for 40&nbsp;seats at $38/seat.</div><div id="appendonsend"></div>` +
				`<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Dana Cole<br><b>Sent:</b> Monday</div>` +
				`<div>Can you revise?</div></body></html>`,
			want: "Hi Dana,\nAttached is the revised quote for 40 seats at $38/seat.",
		},
		{
			name: "outlook desktop with border div header block",
			in: `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=EN-US><div class=WordSection1>` +
				`<p class=MsoNormal>Hi Lena,<o:p></o:p></p><p class=MsoNormal>Tue 10:00 CET works.<o:p></o:p></p>` +
				`<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'><p class=MsoNormal><b>From:</b> Lena Vogt &lt;lena@x.example&gt; <br><b>Sent:</b> Monday, March 2, 2026 9:10 AM<br><b>To:</b> Sam<br><b>Subject:</b> Call<o:p></o:p></p></div>` +
				`<p class=MsoNormal>When can we talk?</p></div></body></html>`,
			want: "Hi Lena,\n\nTue 10:00 CET works.",
		},
		{
			name: "apple mail blockquote type cite",
			in: `<html><body dir="auto">Yes - SCIM is Enterprise only.<br><br><div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br>` +
				`<blockquote type="cite">On Mar 2, 2026, at 09:10, Omar &lt;omar@x.example&gt; wrote:<br><br></blockquote></div>` +
				`<blockquote type="cite"><div dir="ltr">Is SCIM included?</div></blockquote></body></html>`,
			want: "Yes - SCIM is Enterprise only.",
		},
		{
			name: "thunderbird cite prefix and signature",
			in: `<html><body><p>Hello Ken,</p><p>Our legal team accepted sections 4 and 7.<br></p>` +
				`<div class="moz-cite-prefix">On 02.03.26 09:10, Ken wrote:<br></div><blockquote type="cite" cite="mid:x@y">` +
				`<p>Any news on legal?</p></blockquote><pre class="moz-signature" cols="72">-- \nKen's rep</pre></body></html>`,
			want: "Hello Ken,\n\nOur legal team accepted sections 4 and 7.",
		},
		{
			name: "script style and links",
			in:   `<p>Setup guide: <a href="https://docs.vendor.example/sso">here</a><script>alert(1)</script><style>.a{}</style></p><ul><li>Okta</li><li>Azure AD</li></ul>`,
			want: "Setup guide: here (https://docs.vendor.example/sso)\n\n- Okta\n- Azure AD",
		},
		{
			name: "table cells",
			in:   `<table><tr><td>Seats</td><td>40</td></tr><tr><td>Price</td><td>$38</td></tr></table>`,
			want: "Seats 40\nPrice $38",
		},
		{
			name: "broken html",
			in:   `<div>Price is <b>$40<div>per seat`,
			want: "Price is $40\nper seat",
		},
		{
			name: "outlook on the web signature div",
			in: `<div class="elementToProof" style="font-family:Aptos">Hi Dana,</div><div class="elementToProof"><br></div>` +
				`<div class="elementToProof">The revised quote is attached: 40 seats at $38.</div><div class="elementToProof"><br></div>` +
				`<div id="Signature" class="elementToProof"><div><b>Sam Carter</b></div><div>Account Executive</div>` +
				`<div>Acme Analytics<br>Book time with me: <a href="https://outlook.office.com/bookwithme/user/x">Bookings</a></div>` +
				`<div>This email was sent from a managed device. Please consider the environment before printing.</div></div>` +
				`<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Dana</div><div>Can you revise?</div>`,
			want: "Hi Dana,\n\nThe revised quote is attached: 40 seats at $38.",
		},
		{
			name: "outlook for iOS signature",
			in: `<html><body><div dir="auto">Works for me, Thursday 2pm it is.</div><div dir="auto"><br></div>` +
				`<div id="ms-outlook-mobile-signature" dir="auto"><div>Sam Carter, Account Executive</div>` +
				`<div>Acme Analytics · +1 415 555 0134</div><div><br></div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>`,
			want: "Works for me, Thursday 2pm it is.",
		},
		{
			name: "apple mail on iOS signature, quoted by outlook",
			in: `<div dir="ltr">Signed copy attached.</div><div><br><div id="x_AppleMailSignature" dir="ltr">Sam Carter<br>Acme Analytics, ` +
				`making every minute count for revenue teams worldwide</div>` +
				`<div dir="ltr"><br>On Mar 3, 2026, at 9:12 AM, Dana &lt;dana@example.com&gt; wrote:<br><br></div></div>` +
				`<blockquote type="cite"><div dir="ltr">Can you send the signed copy?</div></blockquote>`,
			want: "Signed copy attached.",
		},
		{
			name: "spark signature and reply sections",
			in: `<div name="messageBodySection"><div dir="auto">The pilot starts on 1 April with 15 seats.</div></div>` +
				`<div name="messageSignatureSection"><br><div class="matchFont"><div dir="auto">Best regards,<div dir="auto">Sam</div>` +
				`<div dir="auto">Acme Analytics, revenue intelligence for teams that sell</div></div></div></div>` +
				`<div name="messageReplySection">On 3 Mar 2026 at 09:12 +0100, Dana Cole &lt;dana@example.com&gt;, wrote:<br>` +
				`<blockquote type="cite" style="border-left-color:grey">When does the pilot start?</blockquote></div>`,
			want: "The pilot starts on 1 April with 15 seats.",
		},
		{
			name: "proton mail signature block",
			in: `<div style="font-family:Arial">Here are the figures you asked for: churn fell from 4.1% to 2.7%.</div><div><br></div>` +
				`<div class="protonmail_signature_block"><div class="protonmail_signature_block-user"><div>Sam Carter · Acme Analytics</div>` +
				`<div>We help revenue teams forecast with confidence</div></div><div class="protonmail_signature_block-proton">` +
				`Sent with <a href="https://proton.me/">Proton Mail</a> secure email.</div></div>`,
			want: "Here are the figures you asked for: churn fell from 4.1% to 2.7%.",
		},
		{
			name: "plain text passed as html",
			in:   "Just checking in.",
			want: "Just checking in.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromHTML(tt.in); got != tt.want {
				t.Errorf("FromHTML() =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
