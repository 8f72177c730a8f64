package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"dialtone/analysis/classify"
	"dialtone/model"
	"dialtone/store"
)

// Events of bringing the stored mail up to date: reading it again and
// judging it after an upgrade, and judging it again after the rep's
// corrections.
const (
	EventClassifyProgress  = "classify:progress"  // ClassifyProgress
	EventClassifierUpdated = "classifier:updated" // Learning: stored verdicts changed
)

// Learning describes the classifier that judges the open data: the
// shipped model, adapted to the rep's corrections when there are any.
type Learning struct {
	Version     string `json:"version"`
	Corrections int    `json:"corrections"`
	// Pattern is set when the corrections showed a pattern, so new emails
	// like them follow it; otherwise only near-identical emails do.
	Pattern bool `json:"pattern"`
}

// ClassifyProgress reports work on the stored mail: Stage is StageReading
// (Done and Total count messages), StageJudging or StageLearning (they
// count threads). Seq grows with each report, so a window that gets them
// out of order keeps the newest; every stage's last report has Done equal
// to Total.
type ClassifyProgress struct {
	Stage string `json:"stage"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
	Seq   int64  `json:"seq"`
}

// model returns the classifier for db, the open database: the shipped
// model adapted to the corrections stored in it, built once and kept until
// forgetModel.
func (w *Workspace) model(ctx context.Context, db *store.DB) (*classify.Model, error) {
	w.mmu.Lock()
	m, gen := w.cached, w.modelGen
	if w.cachedFor != db {
		m = nil
	}
	w.mmu.Unlock()
	if m != nil {
		return m, nil
	}
	m, err := repModel(ctx, db)
	if err != nil {
		return nil, err
	}
	w.mmu.Lock()
	// A model built from corrections read before a forgetModel is used
	// once, never kept.
	if gen == w.modelGen {
		w.cached, w.cachedFor = m, db
	}
	w.mmu.Unlock()
	return m, nil
}

// forgetModel drops the built classifier: the corrections changed, or the
// database was closed.
func (w *Workspace) forgetModel() {
	w.mmu.Lock()
	w.cached, w.cachedFor = nil, nil
	w.modelGen++
	w.mmu.Unlock()
}

// repModel builds the classifier of db: the shipped model adapted to the
// corrections stored in it.
func repModel(ctx context.Context, db *store.DB) (*classify.Model, error) {
	exs, err := corrections(ctx, db)
	if err != nil {
		return nil, err
	}
	return classify.Shipped().Adapt(exs), nil
}

// learning describes m.
func learning(m *classify.Model) Learning {
	return Learning{Version: m.Version(), Corrections: m.Learned(), Pattern: m.Pattern()}
}

// Learner re-judges the stored mail after the rep corrects a verdict, so
// every email like the corrected one follows it and the weekly counts
// move. Corrections made in quick succession are learned together, a
// moment after the last one. At start it brings mail an older build
// stored up to date (Start).
type Learner struct {
	ws     *Workspace
	emit   func(event string, data any)
	ctx    context.Context
	cancel context.CancelFunc

	mu      sync.Mutex
	timer   *time.Timer
	closed  bool
	running sync.WaitGroup
	busy    sync.Mutex // one re-judging at a time
	seq     int64      // the last report's Seq; busy guards it
}

// learnDelay is how long the Learner waits after a correction for more.
const learnDelay = 1500 * time.Millisecond

// NewLearner returns the learner of a workspace; emit (may be nil) sends
// its events to the window. Its work runs until ctx ends or Close.
func NewLearner(ctx context.Context, ws *Workspace, emit func(event string, data any)) *Learner {
	if emit == nil {
		emit = func(string, any) {}
	}
	ctx, cancel := context.WithCancel(ctx)
	return &Learner{ws: ws, emit: emit, ctx: ctx, cancel: cancel}
}

// Start runs CatchUp in the background: the window opens at once and
// shows its progress. What it has not done when the app closes is done at
// the next start.
func (l *Learner) Start() {
	go l.track(func() {
		if _, err := l.CatchUp(l.ctx); err != nil && l.ctx.Err() == nil {
			l.ws.log.Warn("bringing the stored mail up to date failed", "err", err)
		}
	})
}

// track runs fn so that Close waits for it, unless the Learner is closed.
// Close sets closed before it waits, so no run is added to a wait under way.
func (l *Learner) track(fn func()) {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return
	}
	l.running.Add(1)
	l.mu.Unlock()
	defer l.running.Done()
	fn()
}

// CatchUp brings the open data up to date with this build (Workspace.
// CatchUp), reporting progress as EventClassifyProgress and, when any
// verdict or text changed, the classifier as EventClassifierUpdated.
func (l *Learner) CatchUp(ctx context.Context) (Learning, error) {
	l.busy.Lock()
	defer l.busy.Unlock()
	var last ClassifyProgress
	m, changed, err := l.ws.catchUp(ctx, func(p ClassifyProgress) {
		last = p
		l.report(p)
	})
	if err != nil {
		l.ended(last)
		return Learning{}, err
	}
	return l.updated(m, changed), nil
}

// Wake schedules a re-judging a moment from now (a later Wake postpones it).
func (l *Learner) Wake() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	if l.timer == nil {
		l.timer = time.AfterFunc(learnDelay, l.fire)
		return
	}
	l.timer.Reset(learnDelay)
}

// fire runs on the timer's goroutine.
func (l *Learner) fire() {
	l.track(func() {
		if _, err := l.Relearn(l.ctx); err != nil && l.ctx.Err() == nil {
			l.ws.log.Warn("re-judging after corrections failed", "err", err)
		}
	})
}

// Relearn judges again, with the classifier of the stored corrections
// (rebuilt by the correction that woke it), every stored email that
// classifier has not judged, reporting progress as EventClassifyProgress
// and the result as EventClassifierUpdated.
func (l *Learner) Relearn(ctx context.Context) (Learning, error) {
	l.busy.Lock()
	defer l.busy.Unlock()
	db, _, err := l.ws.current()
	if err != nil {
		return Learning{}, err
	}
	m, err := l.ws.model(ctx, db)
	if err != nil {
		return Learning{}, err
	}
	l.ws.judging.Lock()
	defer l.ws.judging.Unlock()
	var last ClassifyProgress
	if _, err := Reclassify(ctx, db, m, func(done, total int) {
		last = ClassifyProgress{Stage: StageLearning, Done: done, Total: total}
		l.report(last)
	}); err != nil {
		l.ended(last)
		return Learning{}, err
	}
	return l.updated(m, true), nil
}

// report numbers p and sends it to the window; busy is held.
func (l *Learner) report(p ClassifyProgress) {
	l.seq++
	p.Seq = l.seq
	l.emit(EventClassifyProgress, p)
}

// ended tells the window that a stage last reported as last stopped
// short, so it stops showing progress; the next correction, sync or start
// does what is left.
func (l *Learner) ended(last ClassifyProgress) {
	if last.Done < last.Total {
		last.Done = last.Total
		l.report(last)
	}
}

// updated describes m, the classifier that judged the stored mail, and
// when stored verdicts or text changed sends it to the window so that its
// screens load them.
func (l *Learner) updated(m *classify.Model, changed bool) Learning {
	out := learning(m)
	if changed {
		l.emit(EventClassifierUpdated, out)
	}
	return out
}

// Close cancels a scheduled re-judging, stops the running work and waits
// for it.
func (l *Learner) Close() {
	l.mu.Lock()
	l.closed = true
	if l.timer != nil {
		l.timer.Stop()
	}
	l.mu.Unlock()
	l.cancel()
	l.running.Wait()
}

// Corrections returns the emails whose verdict the rep corrected, each with
// the thread context the classifier saw, as labeled examples in the
// classifier's JSON Lines format: what the classifier adapts to, and real
// mail to measure (dialtone eval) or train on. The CLI prints them
// (dialtone corrections).
func (w *Workspace) Corrections(ctx context.Context) ([]classify.Example, error) {
	db, _, err := w.current()
	if err != nil {
		return nil, err
	}
	return corrections(ctx, db)
}

func corrections(ctx context.Context, db *store.DB) ([]classify.Example, error) {
	ms, err := db.CorrectedMessages(ctx)
	if err != nil {
		return nil, err
	}
	// Their threads, in one query.
	var ids []int64
	for _, m := range ms {
		if m.ThreadID != 0 {
			ids = append(ids, m.ThreadID)
		}
	}
	threads, err := db.ThreadsToJudge(ctx, ids)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64][]model.Message, len(threads))
	for _, t := range threads {
		byID[t.ID] = t.Messages
	}
	out := []classify.Example{}
	for _, m := range ms {
		ex := classify.Example{ID: m.MessageID, Subject: m.Subject, Body: m.OwnText, Label: m.Label, Attachments: m.Attachments,
			Forwards: m.Forwards, Note: fmt.Sprintf("corrected by the rep; classifier scored %d", m.Score)}
		var before []model.Message
		for _, x := range byID[m.ThreadID] {
			if x.ID == m.ID {
				break
			}
			before = append(before, x)
		}
		for _, x := range judgedContext(m, before) {
			ex.Thread = append(ex.Thread, classify.ExampleThread{Direction: string(x.Direction), Date: x.Date.UTC().Format(time.RFC3339), Body: x.Text})
		}
		out = append(out, ex)
	}
	return out, nil
}

// RepReview returns what `dialtone check` needs to review a draft
// written at now that answers no stored thread, without opening the
// workspace: the classifier of the rep's own mail in data folder dir (the
// shipped model adapted to the corrections in the live database, or the
// shipped model when there is none yet: the demo's corrections are not the
// rep's) and the draft's context (who the rep is and the calendar's free
// times; with no live database, none).
func RepReview(ctx context.Context, dir string, clock model.Clock) (*classify.Model, DraftContext, error) {
	now := clock.Now()
	path := filepath.Join(dir, LiveDBName)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return classify.Shipped(), DraftContext{Now: now}, nil
	}
	db, err := store.Open(ctx, path, clock)
	if err != nil {
		return nil, DraftContext{}, err
	}
	defer db.Close()
	md, err := repModel(ctx, db)
	if err != nil {
		return nil, DraftContext{}, err
	}
	loc, err := repLocation(ctx, db, localZone())
	if err != nil {
		return nil, DraftContext{}, err
	}
	dc, err := draftContext(ctx, db, now, loc)
	return md, dc, err
}
