package app_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/classify"
	"dialtone/app"
	"dialtone/model"
	"dialtone/store"
)

// events records what a Learner sends to the window.
type events struct {
	mu       sync.Mutex
	progress []app.ClassifyProgress
	updated  chan app.Learning
}

func newEvents() *events { return &events{updated: make(chan app.Learning, 4)} }

func (e *events) emit(name string, data any) {
	switch d := data.(type) {
	case app.ClassifyProgress:
		e.mu.Lock()
		e.progress = append(e.progress, d)
		e.mu.Unlock()
	case app.Learning:
		e.updated <- d
	}
}

func (e *events) reports() []app.ClassifyProgress {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]app.ClassifyProgress(nil), e.progress...)
}

// stale returns the threads the shipped classifier has not judged.
func stale(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path, model.FixedClock(now))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ids, err := db.StaleThreads(ctx, classify.Version, analysis.FactsVersion)
	if err != nil {
		t.Fatal(err)
	}
	return len(ids)
}

// TestStartCatchesUpInTheBackground: after an upgrade the workspace opens
// without judging the stored mail (the window shows at once); the
// Learner's Start judges it in the background, reporting numbered
// progress that ends at its total, then tells the window the verdicts
// changed. Catching up again finds nothing to do and says nothing.
func TestStartCatchesUpInTheBackground(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, app.LiveDBName)
	twoYearsOfDemo(t, path).Close() // mail no classifier of this build judged
	before := stale(t, path)
	if before < 2 {
		t.Fatalf("the test needs stale threads, has %d", before)
	}
	ws, err := app.OpenWorkspace(ctx, dir, model.FixedClock(now), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if n := stale(t, path); n != before {
		t.Fatalf("opening the workspace judged mail: %d stale threads of %d left", n, before)
	}
	ev := newEvents()
	svc := app.NewServices(ctx, ws, app.NewSyncs(ws, ev.emit))
	defer svc.Learner.Close()
	svc.Learner.Start()
	select {
	case l := <-ev.updated:
		if l.Version != classify.Version {
			t.Errorf("updated to %q, want %q", l.Version, classify.Version)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no classifier:updated event")
	}
	if n := stale(t, path); n != 0 {
		t.Errorf("%d threads left unjudged", n)
	}
	got := ev.reports()
	if len(got) < 2 {
		t.Fatalf("progress %+v: want a report per chunk of threads", got)
	}
	for i, p := range got {
		if p.Stage != app.StageJudging || p.Done > p.Total || (i > 0 && (p.Seq <= got[i-1].Seq || p.Done < got[i-1].Done)) {
			t.Errorf("report %d: %+v after %+v", i, p, got[max(i-1, 0)])
		}
	}
	if last := got[len(got)-1]; last.Done != last.Total || last.Total != before {
		t.Errorf("last report %+v, want %d of %d", last, before, before)
	}
	// Nothing is left: no progress, no update.
	l, err := svc.Learner.CatchUp(ctx)
	if err != nil || l.Version != classify.Version {
		t.Fatalf("catching up again: %+v, %v", l, err)
	}
	if n := len(ev.reports()); n != len(got) {
		t.Errorf("catching up again reported progress: %+v", ev.reports()[len(got):])
	}
	select {
	case l := <-ev.updated:
		t.Errorf("catching up again sent an update: %+v", l)
	default:
	}
}

// TestCloseStopsCatchingUp: closing the app while it catches up stops the
// work after the chunk under way, ends the window's progress and loses
// nothing: the next start judges what is left.
func TestCloseStopsCatchingUp(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, app.LiveDBName)
	twoYearsOfDemo(t, path).Close()
	before := stale(t, path)
	ws, err := app.OpenWorkspace(ctx, dir, model.FixedClock(now), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	ev := newEvents()
	// The app closes as the first chunk is reported: the context the
	// Learner runs under ends there, as Close ends it.
	appCtx, quit := context.WithCancel(ctx)
	defer quit()
	first := make(chan struct{})
	var once sync.Once
	svc := app.NewServices(appCtx, ws, app.NewSyncs(ws, func(name string, data any) {
		ev.emit(name, data)
		if _, ok := data.(app.ClassifyProgress); ok {
			once.Do(func() { quit(); close(first) })
		}
	}))
	svc.Learner.Start()
	<-first
	svc.Learner.Close() // waits for the run
	got := ev.reports()
	if last := got[len(got)-1]; last.Done != last.Total {
		t.Errorf("progress left open after Close: %+v", got)
	}
	left := stale(t, path)
	if left == 0 || left >= before {
		t.Fatalf("the test needs a run cut short: %d of %d threads left", left, before)
	}
	// The next start finishes it.
	next := app.NewServices(ctx, ws, app.NewSyncs(ws, nil))
	defer next.Learner.Close()
	if _, err := next.Learner.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if n := stale(t, path); n != 0 {
		t.Errorf("%d threads left after the next start", n)
	}
}
