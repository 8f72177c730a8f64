package app_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"dialtone/analysis/classify"
	"dialtone/app"
	"dialtone/model"
	"dialtone/store"
	"dialtone/sync/mime"
)

// BenchmarkRejudgeAfterCorrection is the background work after the rep
// corrects a verdict: every stored outbound email of two years of the demo
// rep's mail judged again, in its thread, by the adapted classifier, and
// written back. Each iteration alternates between the shipped model and
// one adapted to a correction, so all of them are stale every time.
func BenchmarkRejudgeAfterCorrection(b *testing.B) {
	ctx := context.Background()
	db := twoYearsOfDemo(b, filepath.Join(b.TempDir(), "bench.db"))
	defer db.Close()
	sent, err := app.Reclassify(ctx, db, classify.Shipped(), nil)
	if err != nil {
		b.Fatal(err)
	}
	adapted := classify.Shipped().Adapt([]classify.Example{{ID: "<bench@x>", Subject: "Checking in", Body: "Just checking in on the proposal. Any update?", Label: model.Substantive}})
	models := []*classify.Model{adapted, classify.Shipped()}
	n := 0
	judged := 0
	for b.Loop() {
		k, err := app.Reclassify(ctx, db, models[n%2], nil)
		if err != nil {
			b.Fatal(err)
		}
		judged += k
		n++
	}
	if judged != n*sent {
		b.Fatalf("judged %d in %d runs, want %d each", judged, n, sent)
	}
	b.ReportMetric(float64(sent), "emails")
	b.ReportMetric(float64(judged)/b.Elapsed().Seconds(), "emails/s")
}

// BenchmarkReviewCheck is one debounced keystroke on the Review screen: a
// 300-word draft judged through ReviewService.Check against the demo
// workspace, with the rep, the calendar's free times and the classifier
// read from the database each time.
func BenchmarkReviewCheck(b *testing.B) {
	_, svc := openDemo(b)
	para := "Thanks for the time on Tuesday. Following up with the changes we discussed: finance approved a six-month pilot at $45 per seat for 15 seats, and onboarding takes about two weeks. "
	text := "Hi Mark,\n\n" + strings.Repeat(para, 10) + "\n\nBest,\nJess"
	req := app.DraftRequest{Subject: "Re: Pilot", Text: text}
	if r, err := svc.Review.Check(req); err != nil || !r.Classified || r.Words < 300 {
		b.Fatalf("review: %d words, %v", r.Words, err)
	}
	for b.Loop() {
		if _, err := svc.Review.Check(req); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkThreadsList is opening the Threads screen on the demo
// workspace: its 206 threads read, ranked and advised, each in its own
// language, at the calendar's free times.
func BenchmarkThreadsList(b *testing.B) {
	_, svc := openDemo(b)
	if l, err := svc.Threads.List(); err != nil || len(l.Threads) < 200 {
		b.Fatalf("threads: %d, %v", len(l.Threads), err)
	}
	for b.Loop() {
		if _, err := svc.Threads.List(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReread is the first start after an upgrade of the own-text
// rules: 2,000 stored sent emails (Outlook on the web replies with a plain
// and an HTML part) read again from their stored bodies and written back.
func BenchmarkReread(b *testing.B) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), model.FixedClock(now))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	acct, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "Work", Email: "jess@tallyhq.example"})
	if err != nil {
		b.Fatal(err)
	}
	const n = 2000
	msgs := make([]model.Message, n)
	for i := range msgs {
		raw := strings.Replace(outlookWebReply, "<owa1@", fmt.Sprintf("<owa%d@", i), 1)
		p, err := mime.Parse(strings.NewReader(raw), mime.Options{})
		if err != nil {
			b.Fatal(err)
		}
		m := p.Message()
		m.AccountID, m.Folder, m.UID, m.Direction = acct.ID, "Sent", uint32(i+1), model.Outbound
		msgs[i] = m
	}
	if err := db.PutMessages(ctx, msgs); err != nil {
		b.Fatal(err)
	}
	stale := make([]model.Message, n)
	for i, m := range msgs {
		m.OwnText, m.TextVersion = "older text", 0
		stale[i] = m
	}
	read := 0
	for b.Loop() {
		b.StopTimer()
		if err := db.SetText(ctx, stale); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		k, err := app.Reread(ctx, db, nil)
		if err != nil || k != n {
			b.Fatalf("read again %d of %d (%v)", k, n, err)
		}
		read += k
	}
	b.ReportMetric(float64(read)/b.Elapsed().Seconds(), "emails/s")
}
