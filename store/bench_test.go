package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"dialtone/analysis"
	"dialtone/model"
	"dialtone/store"
)

// seedLarge fills a database with msgs outbound messages and evs events spread
// over the given span before now, to 3,000 external people in 400
// organizations; a quarter of the recipients are internal.
func seedLarge(b *testing.B, msgs, evs int, span time.Duration) (*store.DB, []model.WeekRange) {
	b.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), model.FixedClock(now))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	acct, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "bench", Email: "rep@seller.example"})
	if err != nil {
		b.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	weeks := analysis.Weeks(now, time.UTC, 12)
	first := now.Add(-span)
	batch := make([]model.Message, 0, 5000)
	for i := 0; i < msgs; i++ {
		to := person(rnd)
		if rnd.IntN(4) == 0 {
			to = fmt.Sprintf("colleague%d@seller.example", rnd.IntN(20))
		}
		label := model.Substantive
		if rnd.IntN(5) == 0 {
			label = model.TouchingBase
		}
		batch = append(batch, model.Message{
			AccountID: acct.ID, Folder: "Sent", UID: uint32(i + 1), MessageID: fmt.Sprintf("m%d@x", i),
			ThreadKey: fmt.Sprintf("t%d", i/4), Direction: model.Outbound, From: model.Address{Email: "rep@seller.example"},
			To: []model.Address{{Email: to}}, Date: first.Add(time.Duration(rnd.Int64N(int64(span)))),
			Label: label, OwnText: "text",
		})
		if len(batch) == cap(batch) || i == msgs-1 {
			if err := db.PutMessages(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	events := make([]model.Event, 0, evs)
	for i := 0; i < evs; i++ {
		start := first.Add(time.Duration(rnd.Int64N(int64(span))))
		events = append(events, model.Event{
			AccountID: acct.ID, UID: fmt.Sprintf("e%d", i), Summary: "call", Start: start, End: start.Add(30 * time.Minute),
			Attendees: []model.Attendee{{Address: model.Address{Email: "rep@seller.example"}, Self: true, Response: model.ResponseAccepted},
				{Address: model.Address{Email: person(rnd)}}},
		})
	}
	if err := db.PutEvents(ctx, events); err != nil {
		b.Fatal(err)
	}
	return db, weeks
}

func person(rnd *rand.Rand) string {
	p := rnd.IntN(3000)
	return fmt.Sprintf("p%d@org%d.example", p, p%400)
}

// BenchmarkWeeklyCounts is the 12-week report's SQL over a database of
// 100,000 sent messages and 10,000 events gathered over two years (target:
// 20 ms). The Quarter variant packs all of them into the 12 weeks, a worst
// case far beyond any rep's mail.
func BenchmarkWeeklyCounts(b *testing.B) { benchWeekly(b, 2*365*24*time.Hour) }

// BenchmarkWeeklyCountsQuarter is the worst case: everything in 12 weeks.
func BenchmarkWeeklyCountsQuarter(b *testing.B) { benchWeekly(b, 12*7*24*time.Hour) }

func benchWeekly(b *testing.B, span time.Duration) {
	db, weeks := seedLarge(b, 100_000, 10_000, span)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.WeeklyCounts(ctx, weeks, now); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/report")
}

// BenchmarkPutMessages measures writing messages with their recipients.
func BenchmarkPutMessages(b *testing.B) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "w.db"), model.FixedClock(now))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	acct, _ := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "bench"})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := model.Message{AccountID: acct.ID, Folder: "Sent", UID: uint32(i + 1), MessageID: fmt.Sprintf("w%d@x", i),
			ThreadKey: fmt.Sprintf("t%d", i/3), Direction: model.Outbound, Date: now,
			To: []model.Address{{Email: fmt.Sprintf("p%d@c.example", i%500)}}, OwnText: "Here are the figures."}
		if err := db.PutMessages(ctx, []model.Message{m}); err != nil {
			b.Fatal(err)
		}
	}
}
