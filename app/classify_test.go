package app_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/classify"
	"dialtone/app"
	"dialtone/model"
	"dialtone/store"
)

func TestEveryOutboundMessageIsJudgedByTheCurrentClassifier(t *testing.T) {
	ws, _ := openDemo(t)
	ws.Close()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(ws.Dir(), app.DemoDBName), model.FixedClock(now))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if ids, err := db.StaleThreads(ctx, classify.Version, analysis.FactsVersion); err != nil || len(ids) != 0 {
		t.Fatalf("after opening, %d threads still hold unjudged messages (%v)", len(ids), err)
	}
	// A classifier upgrade: every verdict from an older version is redone.
	threads, err := db.Threads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var stale []store.Classification
	var want = map[int64]model.Label{}
	for _, th := range threads[:20] {
		for _, m := range th.Messages {
			if m.Direction == model.Outbound {
				want[m.ID] = m.Label
				stale = append(stale, store.Classification{MessageID: m.ID, Label: model.Substantive, Score: 99, Version: "older"})
			}
		}
	}
	if err := db.SetClassifications(ctx, stale); err != nil {
		t.Fatal(err)
	}
	var calls int
	n, err := app.Reclassify(ctx, db, classify.Shipped(), func(done, total int) { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	if n != len(stale) || calls == 0 {
		t.Fatalf("re-judged %d of %d stale verdicts (%d progress calls)", n, len(stale), calls)
	}
	threads, _ = db.Threads(ctx)
	for _, th := range threads {
		for _, m := range th.Messages {
			if m.Direction != model.Outbound {
				continue
			}
			if m.ClassifierVersion != classify.Version {
				t.Fatalf("message %d still has version %q", m.ID, m.ClassifierVersion)
			}
			if want := analysis.TextFactsOf(m.Direction, m.OwnText); m.Facts != want {
				t.Fatalf("message %d: stored facts %+v, computed %+v", m.ID, m.Facts, want)
			}
			if l, ok := want[m.ID]; ok && l != m.Label {
				t.Fatalf("message %d: %s before, %s after re-judging: not deterministic", m.ID, l, m.Label)
			}
		}
	}
}

// A reply whose customer message was stored as headers only is judged with
// the question it quotes: a short answer is an answer, not a nudge.
func TestReplyJudgedWithTheQuestionItQuotes(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "d.db"), model.FixedClock(now))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	acct, rep := repAccount(t, db, "Jess Tran", "jess@tallyhq.example")
	cust := model.Address{Name: "Omar Aziz", Email: "omar@fleetco.example"}
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	msgs := []model.Message{
		{AccountID: acct.ID, Folder: "Sent", UID: 1, MessageID: "a@x", Direction: model.Outbound, From: rep, To: []model.Address{cust},
			Subject: "Team plan", Date: day(2), OwnText: "Here is the Team plan overview for your fleet."},
		{AccountID: acct.ID, Folder: "INBOX", UID: 1, MessageID: "b@x", InReplyTo: "a@x", References: []string{"a@x"}, Direction: model.Inbound,
			From: cust, To: []model.Address{rep}, Subject: "Re: Team plan", Date: day(3)}, // headers only
		{AccountID: acct.ID, Folder: "Sent", UID: 2, MessageID: "c@x", InReplyTo: "b@x", References: []string{"a@x", "b@x"}, Direction: model.Outbound,
			From: rep, To: []model.Address{cust}, Subject: "Re: Team plan", Date: day(4), OwnText: "Yes, it is.",
			Answers: "Does the Team plan include single sign-on for our drivers?"},
		// a bare forward of someone else's message, in a thread of its own
		{AccountID: acct.ID, Folder: "Sent", UID: 3, MessageID: "d@x", Direction: model.Outbound, From: rep, To: []model.Address{cust},
			Subject: "FW: onboarding checklist", Date: day(5), OwnText: "", Forwards: true},
	}
	if err := db.PutMessages(ctx, msgs); err != nil {
		t.Fatal(err)
	}
	if _, err := app.Reclassify(ctx, db, classify.Shipped(), nil); err != nil {
		t.Fatal(err)
	}
	threads, err := db.Threads(ctx)
	if err != nil || len(threads) != 2 {
		t.Fatalf("threads = %d, %v", len(threads), err)
	}
	var reply, forward model.Message
	for _, th := range threads {
		for _, m := range th.Messages {
			switch m.MessageID {
			case "c@x":
				reply = m
			case "d@x":
				forward = m
			}
		}
	}
	if forward.Label != model.Substantive || !hasCode(forward.Reasons, classify.CodeMaterial) {
		t.Fatalf("a bare forward judged %s (%d) with reasons %+v, want substantive, passing a message on", forward.Label, forward.Score, forward.Reasons)
	}
	if reply.Answers == "" {
		t.Fatal("the quoted question was not stored")
	}
	answers := false
	for _, r := range reply.Reasons {
		answers = answers || r.Code == classify.CodeAnswer
	}
	if reply.Label != model.Substantive || !answers {
		t.Fatalf("reply judged %s (%d) with reasons %+v, want substantive, answering the question", reply.Label, reply.Score, reply.Reasons)
	}
}
