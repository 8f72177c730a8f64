package owntext

import "testing"

func TestAlternative(t *testing.T) {
	const (
		opening = "Hi Dana,\n\nThe revised quote is attached."
		// Outlook on the web: the signature ends with a line of legal text
		// that no plain rule knows.
		owaPlain = opening + "\n\nBest,\nSam\n\nSam Carter\nAccount Executive\nAcme Analytics\nBook time with me<https://outlook.office.com/bookwithme/user/x>\n" +
			"This email was sent from a managed device and may be monitored for compliance with our policies.\n\n" +
			"________________________________\nFrom: Dana Cole <dana@example.com>\nSent: Tuesday, March 3, 2026 9:12 AM\nTo: Sam Carter\nSubject: Quote\n\nCan you revise it?"
		owaHTML = `<div>Hi Dana,</div><div><br></div><div>The revised quote is attached.</div><div><br></div><div>Best,</div><div>Sam</div><div><br></div>` +
			`<div id="Signature"><div>Sam Carter</div><div>Account Executive</div><div>Acme Analytics</div>` +
			`<div><a href="https://outlook.office.com/bookwithme/user/x">Book time with me</a></div>` +
			`<div>This email was sent from a managed device and may be monitored for compliance with our policies.</div></div>` +
			`<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Dana Cole</div><div>Can you revise it?</div>`
	)
	for _, c := range []struct{ name, plain, html, own, signOff string }{
		{"the signature Outlook on the web marks", owaPlain, owaHTML, opening, "Best,\nSam"},
		{"no HTML part", owaPlain, "",
			opening + "\n\nBest,\nSam\n\nSam Carter\nAccount Executive\nAcme Analytics\nBook time with me<https://outlook.office.com/bookwithme/user/x>\n" +
				"This email was sent from a managed device and may be monitored for compliance with our policies.", ""},
		{"Outlook's bookmark, with the sign-off in the signature",
			opening + "\n\nKind regards,\nSam Carter\nSenior Account Executive, EMEA\nWinner of the 2025 Revenue Intelligence Award for the third year running, and proud of it.",
			`<p class=MsoNormal>Hi Dana,</p><p class=MsoNormal>The revised quote is attached.</p><p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
				`<p class=MsoNormal><a name="_MailAutoSig"><span>Kind regards,</span></a></p><p class=MsoNormal>Sam Carter</p>` +
				`<p class=MsoNormal>Senior Account Executive, EMEA</p><p class=MsoNormal>Winner of the 2025 Revenue Intelligence Award for the third year running, and proud of it.</p>`,
			opening, "Kind regards,\nSam Carter"},
		{"a signature the plain rules already removed", opening + "\n\nBest,\nSam\nAcme", `<div>Hi Dana,</div><div id="Signature">Best,<br>Sam<br>Acme</div>`,
			opening, "Best,\nSam"},
		{"a signature line that is all the text", "Sam Carter", `<div id="Signature">Sam Carter</div>`, "Sam Carter", ""},
		{"a signature marked only inside the quoted message", owaPlain[:len(owaPlain)-len("Can you revise it?")] + "Can you revise it?",
			`<div>Hi Dana,</div><div id="appendonsend"></div><div id="divRplyFwdMsg">From: Dana</div><div id="x_Signature">Sam Carter</div>`,
			opening + "\n\nBest,\nSam\n\nSam Carter\nAccount Executive\nAcme Analytics\nBook time with me<https://outlook.office.com/bookwithme/user/x>\n" +
				"This email was sent from a managed device and may be monitored for compliance with our policies.", ""},
	} {
		got := Alternative(c.plain, c.html)
		if got.Own != c.own || got.SignOff != c.signOff {
			t.Errorf("%s:\n own %q\nwant %q\n sign-off %q, want %q", c.name, got.Own, c.own, got.SignOff, c.signOff)
		}
	}
}
