package app_test

import (
	"context"
	"path/filepath"
	"testing"

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
	n, err := app.Reclassify(ctx, db, func(done, total int) { calls++ })
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
