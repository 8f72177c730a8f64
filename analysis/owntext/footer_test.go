package owntext

import "testing"

// TestFooters covers what sales tools put under a rep's signature (opt-out
// lines, tracking badges) and the postscript a rep writes under it.
func TestFooters(t *testing.T) {
	const quote = "Hi Dana,\n\nThe revised quote is attached."
	for _, c := range []struct {
		name, kind, body, own, signOff string
	}{
		{"opt-out sentence", "plain",
			quote + "\n\nBest,\nSam Carter\nAccount Executive | Acme Analytics\nBook a time: https://calendly.com/sam/15min\n\nIf you'd rather not hear from me, just let me know.",
			quote, "Best,\nSam Carter"},
		{"opt-out with a curly apostrophe", "plain",
			quote + "\n\nThanks,\nSam\n\nDon’t want to hear from me again? Reply STOP.",
			quote, "Thanks,\nSam"},
		{"opt-out over two lines", "plain",
			quote + "\n\nCheers,\nSam\n\nDon't want to hear from me? Just reply \"unsubscribe\" and I'll remove you.\nOr one click does it: https://example.com/u/7",
			quote, "Cheers,\nSam"},
		{"opt-out right under the signature", "plain",
			quote + "\n\nBest,\nSam\nAcme Analytics · 500 Market St\nDon't want to hear from me? Reply STOP.",
			quote, "Best,\nSam"},
		{"opt-out under a bare name block", "plain",
			quote + "\n\nSam Carter\nAcme Analytics\n\nTo stop receiving these emails, click here.",
			quote, "Sam Carter"},
		{"opt-out link in HTML", "html",
			"<div>Hi Dana,</div><div><br></div><div>The revised quote is attached.</div><div><br></div><div>Best,</div><div>Sam Carter</div><div>Account Executive | Acme</div><div><br></div><div style=\"font-size:10px\">If you'd rather not hear from me, <a href=\"https://app.example.com/unsub/x\">let me know</a>.</div>",
			quote, "Best,\nSam Carter"},
		{"German opt-out", "plain",
			"Hallo Frau Weber,\n\nanbei das überarbeitete Angebot.\n\nViele Grüße\nAnna Schmidt\n\nSie möchten nichts mehr von mir hören? Eine kurze Antwort genügt.",
			"Hallo Frau Weber,\n\nanbei das überarbeitete Angebot.", "Viele Grüße\nAnna Schmidt"},
		{"French opt-out", "plain",
			"Bonjour Claire,\n\nle devis révisé est en pièce jointe.\n\nCordialement,\nLuc Martin\n\nPour ne plus recevoir mes e-mails, répondez STOP.",
			"Bonjour Claire,\n\nle devis révisé est en pièce jointe.", "Cordialement,\nLuc Martin"},
		{"an opt-out sentence with no signature is the author's", "plain",
			"Hi Dana,\n\nShould I close your file?\n\nIf you'd rather not hear from me, just say so.",
			"Hi Dana,\n\nShould I close your file?\n\nIf you'd rather not hear from me, just say so.", ""},
		{"a postscript stays", "plain",
			quote + "\n\nBest,\nSam Carter\nAcme Analytics\n\nP.S. The pilot price holds until Friday.",
			quote + "\n\nP.S. The pilot price holds until Friday.", "Best,\nSam Carter"},
		{"a postscript and its P.P.S.", "plain",
			quote + "\n\nBest,\nSam\n\nPS: The pilot price holds until Friday.\n\nP.P.S. Congrats on the Series B!",
			quote + "\n\nPS: The pilot price holds until Friday.\n\nP.P.S. Congrats on the Series B!", "Best,\nSam"},
		{"a postscript under a bare name", "plain",
			quote + "\n\nSam\n\nps. you'll hear from me Friday with the numbers",
			quote + "\n\nps. you'll hear from me Friday with the numbers", "Sam"},
		{"a German postscript, then an opt-out", "plain",
			"Hallo Frau Weber,\n\nanbei das Angebot.\n\nViele Grüße\nAnna\n\nPS: Der Pilotpreis gilt bis Freitag.\n\nKeine weiteren E-Mails gewünscht? Kurze Antwort genügt.",
			"Hallo Frau Weber,\n\nanbei das Angebot.\n\nPS: Der Pilotpreis gilt bis Freitag.", "Viele Grüße\nAnna"},
		{"a postscript in HTML", "html",
			"<div>Hi Dana,</div><div><br></div><div>The revised quote is attached.</div><div><br></div><div>Best,<br>Sam</div><div><br></div><div>P.S. The pilot price holds until Friday.</div>",
			quote + "\n\nP.S. The pilot price holds until Friday.", "Best,\nSam"},
		{"a sign-off under the signature delimiter", "plain",
			quote + "\n\n-- \nBest regards,\nSam Carter\nAccount Executive | Acme Analytics",
			quote, "Best regards,\nSam Carter"},
		{"Outlook's bookmark on the signature it inserted", "html",
			`<div class=WordSection1><p class=MsoNormal>Hi Dana,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
				`<p class=MsoNormal>The revised quote is attached.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
				`<p class=MsoNormal><a name="_MailAutoSig"><span style='color:black'>Kind regards,<o:p></o:p></span></a></p>` +
				`<p class=MsoNormal><span>Sam Carter<o:p></o:p></span></p><p class=MsoNormal><span>Senior Account Executive, EMEA | Acme Analytics Ltd</span></p>` +
				`<p class=MsoNormal><span>Winner of the 2025 Revenue Intelligence Award for the third year running.</span></p>` +
				`<p class=MsoNormal><a href="https://acme.example/"><img alt="Acme Analytics" src="cid:image001.png"></a></p>` +
				`<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Dana Cole &lt;dana@example.com&gt;<br>` +
				`<b>Sent:</b> Tuesday, March 3, 2026 9:12 AM<br><b>To:</b> Sam Carter<br><b>Subject:</b> Quote</p></div>` +
				`<p class=MsoNormal>Can you revise the quote?</p></div>`,
			quote, "Kind regards,\nSam Carter"},
		{"a corporate signature with a tagline", "plain",
			quote + "\n\nKind regards,\n\nSam Carter\nSenior Account Executive, EMEA\nAcme Analytics Ltd.\n10 Finsbury Square\nLondon EC2A 1AF\nUnited Kingdom\n" +
				"T: +44 20 7946 0321\nM: +44 7700 900123\nE: sam.carter@acme.example\nW: www.acme.example\nJoin us at SaaStr Europa 2026 – stand 42 – and see what's new in forecasting!",
			quote, "Kind regards,\nSam Carter"},
		{"a corporate name block with no sign-off", "plain",
			quote + "\n\nSam Carter\nSenior Account Executive\nAcme Analytics GmbH\nFriedrichstraße 68\n10117 Berlin\nTel.: +49 30 1234 5678\nMobil: +49 171 234 5678\n" +
				"sam.carter@acme.example\nAmtsgericht Charlottenburg HRB 123456 B, Geschäftsführer: Jana Roth, Tim Beck",
			quote, "Sam Carter"},
		{"a sign-off over a sentence is no signature, however many addresses follow", "plain",
			"Hi Dana,\n\nThanks!\nI spoke to the team and we will go ahead with the pilot starting on 1 April, as you proposed.\nsam@acme.example\n+1 415 555 0134",
			"Hi Dana,\n\nThanks!\nI spoke to the team and we will go ahead with the pilot starting on 1 April, as you proposed.\nsam@acme.example\n+1 415 555 0134", ""},
		{"a long block with one contact detail stays", "plain",
			quote + "\n\nBest,\nSam\nSales\nAcme\nNorth\nSouth\nEast\nWest\nCentre\nsam@acme.example",
			quote + "\n\nBest,\nSam\nSales\nAcme\nNorth\nSouth\nEast\nWest\nCentre\nsam@acme.example", ""},
		{"Mixmax", "plain", quote + "\n\nBest,\nSam\n\nSent with Mixmax", quote, "Best,\nSam"},
		{"Mailtrack in Gmail's plain text", "plain",
			quote + "\n\nBest,\nSam\n\n[image: Mailtrack]\n<https://mailtrack.io?utm_source=gmail&utm_medium=signature>\nSender\nnotified by\nMailtrack\n<https://mailtrack.io?utm_source=gmail&utm_medium=signature>\n05/30/26,\n7:25:14 PM",
			quote, "Best,\nSam"},
		{"Mailsuite in HTML", "html",
			"<div dir=\"ltr\">Hi Dana,<div><br></div><div>The revised quote is attached.</div><div><br></div><div>Best,</div><div>Sam</div><div><br></div><div>Sender notified by <a href=\"https://mailsuite.com/?utm_source=gmail&utm_medium=signature\">Mailsuite</a></div></div>",
			quote, "Best,\nSam"},
	} {
		var got Text
		if c.kind == "html" {
			got = HTML(c.body)
		} else {
			got = Plain(c.body)
		}
		if got.Own != c.own || got.SignOff != c.signOff {
			t.Errorf("%s:\n own %q\nwant %q\n sign-off %q, want %q", c.name, got.Own, c.own, got.SignOff, c.signOff)
		}
	}
}

func TestIsPostscript(t *testing.T) {
	for line, want := range map[string]bool{
		"P.S. The deck is attached.": true, "P.S.: see below": true, "PS: anbei": true, "PS - one more thing": true,
		"PS I attached the deck": true, "p.s. one more thing": true, "P.P.S. congrats": true, "PPS: also": true,
		"*P.S.* the deck": true, "PS": true, "P.S": true,
		"PS4 sales were up": false, "PSA: the office is closed": false, "ps aux | grep": false, "Pls see below": false,
		"Ps and Qs": false, "Please see below": false, "PST works for me": false,
	} {
		if got := isPostscript(line); got != want {
			t.Errorf("isPostscript(%q) = %v, want %v", line, got, want)
		}
	}
}
