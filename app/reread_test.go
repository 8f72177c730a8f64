package app_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dialtone/analysis/classify"
	"dialtone/app"
	"dialtone/model"
	"dialtone/store"
	"dialtone/sync/mime"
)

// outlookWebReply is a sent reply from Outlook on the web: its plain part
// does not set the signature apart, its HTML part marks it (#Signature).
const outlookWebReply = "From: Jess Tran <jess@tallyhq.example>\r\nTo: Ana Ruiz <ana@acme.example>\r\n" +
	"Subject: RE: pricing\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000\r\nMessage-ID: <owa1@tallyhq.example>\r\n" +
	"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n" +
	"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
	"Hi Ana,\r\n\r\nJust checking in on this.\r\n\r\nJess Tran\r\nTallyHQ, 2 Park Row, London\r\n" +
	"Winner of the 2025 Fintech Award for 300 customers\r\n\r\n" +
	"________________________________\r\nFrom: Ana Ruiz <ana@acme.example>\r\nSent: Monday, March 2, 2026 9:00 AM\r\n" +
	"To: Jess Tran <jess@tallyhq.example>\r\nSubject: pricing\r\n\r\nCan you send the price list?\r\n" +
	"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
	"<div>Hi Ana,</div><div><br></div><div>Just checking in on this.</div><div><br></div>" +
	"<div id=\"Signature\"><div>Jess Tran</div><div>TallyHQ, 2 Park Row, London</div>" +
	"<div>Winner of the 2025 Fintech Award for 300 customers</div></div>" +
	"<hr><div><b>From:</b> Ana Ruiz &lt;ana@acme.example&gt;<br><b>Sent:</b> Monday, March 2, 2026 9:00 AM<br>" +
	"<b>To:</b> Jess Tran<br><b>Subject:</b> pricing</div><div>Can you send the price list?</div>\r\n--b--\r\n"

// outlookDesktopHTML is the HTML part of a reply from Outlook for Windows:
// the customer's message under a header block in a bordered div, which
// Dialtone's first text version kept.
const outlookDesktopHTML = "<div class=WordSection1><p class=MsoNormal>Ana, the signed order is attached.</p>" +
	"<div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Ana Ruiz<br><b>Sent:</b> Monday, March 2, 2026 9:00 AM<br>" +
	"<b>To:</b> Jess Tran<br><b>Subject:</b> order</p></div><p class=MsoNormal>Our budget for the renewal is 40k.</p></div>"

// TestRereadOnUpgrade: mail stored by older own-text rules is read again
// from its stored body when the workspace catches up, and judged again.
func TestRereadOnUpgrade(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := store.Open(ctx, filepath.Join(dir, app.LiveDBName), model.FixedClock(now))
	if err != nil {
		t.Fatal(err)
	}
	acct, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "Work", Email: "jess@tallyhq.example"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := mime.Parse(strings.NewReader(outlookWebReply), mime.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fresh := p.Message()
	if strings.Contains(fresh.OwnText, "Fintech") || !strings.Contains(fresh.OwnText, "checking in") {
		t.Fatalf("the current rules read %q", fresh.OwnText)
	}
	// What an older Dialtone stored: the tagline in the own text, and a
	// verdict on that text.
	old := fresh
	old.AccountID, old.Folder, old.UID, old.Direction = acct.ID, "Sent", 1, model.Outbound
	old.OwnText, old.SignOff, old.TextVersion = "Hi Ana,\n\nJust checking in on this.\n\nJess Tran\nTallyHQ, 2 Park Row, London\nWinner of the 2025 Fintech Award for 300 customers", "", 0
	r := classify.Shipped().Classify(classify.Input{Subject: old.Subject, Text: old.OwnText, Date: old.Date})
	old.Label, old.Score, old.Reasons, old.ClassifierVersion = r.Label, r.Score, r.Reasons, r.Version
	// A reply stored by version 1 with the customer's words in its body.
	quoting := model.Message{AccountID: acct.ID, Folder: "Sent", UID: 2, Direction: model.Outbound, MessageID: "<od1@tallyhq.example>",
		Subject: "RE: order", Date: now, From: old.From, Body: model.Body{HTML: outlookDesktopHTML},
		OwnText: "Ana, the signed order is attached.", TextVersion: 1}
	if err := db.PutMessages(ctx, []model.Message{old, quoting}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	ws, err := app.OpenWorkspace(ctx, dir, model.FixedClock(now), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var stages []app.ClassifyProgress
	if changed, err := ws.CatchUp(ctx, func(p app.ClassifyProgress) { stages = append(stages, p) }); err != nil || !changed {
		t.Fatalf("catching up: changed %v, %v", changed, err)
	}
	want := []app.ClassifyProgress{{Stage: app.StageReading, Done: 2, Total: 2}, {Stage: app.StageJudging, Done: 2, Total: 2}}
	if !slices.Equal(stages, want) {
		t.Errorf("progress %+v, want %+v", stages, want)
	}
	db, err = store.Open(ctx, filepath.Join(dir, app.LiveDBName), model.FixedClock(now))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	threads, err := db.Threads(ctx)
	if err != nil || len(threads) != 2 {
		t.Fatalf("threads: %d, %v", len(threads), err)
	}
	got := threads[0].Messages[0]
	if got.UID != 1 {
		got = threads[1].Messages[0]
	}
	if got.OwnText != fresh.OwnText || got.SignOff != fresh.SignOff || got.Answers != fresh.Answers || got.TextVersion != mime.TextVersion {
		t.Fatalf("after the upgrade: own text %q, sign-off %q, answers %q, version %d; want %q, %q, %q",
			got.OwnText, got.SignOff, got.Answers, got.TextVersion, fresh.OwnText, fresh.SignOff, fresh.Answers)
	}
	if got.ClassifierVersion != classify.Version || got.Score >= r.Score || got.Label != model.TouchingBase {
		t.Errorf("verdict after reading again: %s %d (%s); before %s %d", got.Label, got.Score, got.ClassifierVersion, r.Label, r.Score)
	}
	for _, rs := range got.Reasons {
		if rs.End > len(got.OwnText) {
			t.Errorf("reason %+v points past the own text", rs)
		}
	}
	// The body kept is cut by the current rules too.
	bodies, err := db.StaleText(ctx, -1, 0, 10) // every stored body
	if err != nil || len(bodies) != 2 {
		t.Fatalf("stored bodies: %d, %v", len(bodies), err)
	}
	if b := bodies[1].Body.HTML; strings.Contains(b, "budget") || strings.Contains(b, "Ruiz") || !strings.Contains(b, "signed order") {
		t.Errorf("the stored body after reading again: %q", b)
	}
	if bodies[0].Body != fresh.Body {
		t.Errorf("a body with nothing more to cut changed: %+v, was %+v", bodies[0].Body, fresh.Body)
	}
	// Reading again is done once.
	if n, err := app.Reread(ctx, db, nil); err != nil || n != 0 {
		t.Errorf("a second Reread changed %d messages (%v)", n, err)
	}
}

// TestRereadProgressEnds: Reread reports its progress by batch, and its
// last report has Done equal to Total even when mail it counted went away
// while it read (an account removed).
func TestRereadProgressEnds(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "reread.db"), model.FixedClock(now))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p, err := mime.Parse(strings.NewReader(outlookWebReply), mime.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var accts []model.Account
	for _, email := range []string{"jess@tallyhq.example", "jess@old.example"} {
		a, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: email, Email: email})
		if err != nil {
			t.Fatal(err)
		}
		accts = append(accts, a)
	}
	const first, second = 500, 10 // one full batch from the first account, then the second's
	var msgs []model.Message
	for i := range first + second {
		m := p.Message()
		m.AccountID, m.Folder, m.UID, m.Direction = accts[0].ID, "Sent", uint32(i+1), model.Outbound
		if i >= first {
			m.AccountID = accts[1].ID
		}
		m.MessageID = fmt.Sprintf("<p%d@tallyhq.example>", i)
		m.OwnText, m.TextVersion = "older text", 0
		msgs = append(msgs, m)
	}
	if err := db.PutMessages(ctx, msgs); err != nil {
		t.Fatal(err)
	}
	var got [][2]int
	n, err := app.Reread(ctx, db, func(done, total int) {
		got = append(got, [2]int{done, total})
		if len(got) == 1 {
			if err := db.DeleteAccount(ctx, accts[1].ID); err != nil {
				t.Fatal(err)
			}
		}
	})
	if err != nil || n != first {
		t.Fatalf("read again %d of %d (%v)", n, first, err)
	}
	if want := [][2]int{{first, first + second}, {first + second, first + second}}; !slices.Equal(got, want) {
		t.Errorf("progress %v, want %v", got, want)
	}
}
