package engine

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"dialtone/model"
)

// wait bounds every blocking step of a test; it is only reached on failure.
const wait = 10 * time.Second

// timer is one call of the fake After.
type timer struct {
	d time.Duration
	c chan time.Time
}

// fire makes the timer's channel receive.
func (tm timer) fire() { tm.c <- time.Time{} }

// timers is a fake Options.After: nothing fires unless the test fires it.
type timers struct{ calls chan timer }

func newTimers() *timers { return &timers{calls: make(chan timer, 1000)} }

func (f *timers) After(d time.Duration) <-chan time.Time {
	c := make(chan time.Time, 1)
	f.calls <- timer{d: d, c: c}
	return c
}

// next returns the next After call, which a loop makes once it is idle.
func (f *timers) next(t *testing.T) timer {
	t.Helper()
	select {
	case tm := <-f.calls:
		return tm
	case <-time.After(wait):
		t.Fatal("the loop never went idle")
		return timer{}
	}
}

// recv receives from c or fails the test.
func recv[T any](t *testing.T, c <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-c:
		return v
	case <-time.After(wait):
		t.Fatalf("timed out waiting for %s", what)
		var zero T
		return zero
	}
}

var t0 = time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)

// newEngine returns an Engine on fake time with Interval 1h, backoff 1s to
// 10s and no jitter, closed when the test ends.
func newEngine(t *testing.T, tm *timers, onState func(State)) *Engine {
	t.Helper()
	e := New(Options{
		Interval:   time.Hour,
		MinBackoff: time.Second,
		MaxBackoff: 10 * time.Second,
		Jitter:     func() float64 { return 0.5 },
		After:      tm.After,
		Clock:      model.FixedClock(t0),
		OnState:    onState,
	})
	t.Cleanup(e.Close)
	return e
}

// signal returns a Func that reports each run on the returned channel.
func signal() (Func, chan struct{}) {
	runs := make(chan struct{}, 100)
	return func(context.Context) error {
		runs <- struct{}{}
		return nil
	}, runs
}

func TestNewDefaults(t *testing.T) {
	e := New(Options{MinBackoff: time.Second})
	defer e.Close()
	o := e.opts
	if o.Interval != DefaultInterval || o.MinBackoff != time.Second || o.MaxBackoff != DefaultMaxBackoff ||
		o.Jitter == nil || o.After == nil || o.Clock == nil {
		t.Fatalf("defaults not applied: %+v", o)
	}
	e = New(Options{MinBackoff: time.Hour, MaxBackoff: time.Minute})
	defer e.Close()
	if e.opts.MaxBackoff != time.Hour {
		t.Fatalf("MaxBackoff %v below MinBackoff not raised", e.opts.MaxBackoff)
	}
}

func TestRunsAtStartThenEveryInterval(t *testing.T) {
	tm := newTimers()
	e := newEngine(t, tm, nil)
	fn, runs := signal()
	e.Start(context.Background(), 1, fn)
	recv(t, runs, "the first sync")
	for i := range 3 {
		timer := tm.next(t)
		if timer.d != time.Hour {
			t.Fatalf("wait after a success = %v, want the interval", timer.d)
		}
		timer.fire()
		recv(t, runs, "sync "+string(rune('2'+i)))
	}
}

func TestWakeSyncsNow(t *testing.T) {
	tm := newTimers()
	e := newEngine(t, tm, nil)
	fn, runs := signal()
	if e.Wake(1) {
		t.Fatal("Wake of an account with no loop reported true")
	}
	e.Start(context.Background(), 1, fn)
	recv(t, runs, "the first sync")
	tm.next(t) // idle, timer not fired
	if !e.Wake(1) {
		t.Fatal("Wake reported no loop")
	}
	recv(t, runs, "the woken sync")
	tm.next(t)
	if e.Wake(2) {
		t.Fatal("Wake of another account reported true")
	}
}

func TestWakesDuringSyncCoalesce(t *testing.T) {
	tm := newTimers()
	e := newEngine(t, tm, nil)
	var runs atomic.Int32
	started := make(chan struct{}, 10)
	release := make(chan struct{})
	e.Start(context.Background(), 1, func(ctx context.Context) error {
		runs.Add(1)
		started <- struct{}{}
		select {
		case <-release:
		case <-ctx.Done():
		}
		return nil
	})
	recv(t, started, "the first sync")
	for range 5 {
		if !e.Wake(1) {
			t.Fatal("Wake reported no loop")
		}
	}
	release <- struct{}{}
	tm.next(t) // scheduled after sync 1, but the pending wake wins
	recv(t, started, "the follow-up sync")
	release <- struct{}{}
	tm.next(t) // idle after sync 2
	e.mu.Lock()
	pending := len(e.loops[1].wake)
	e.mu.Unlock()
	if n := runs.Load(); n != 2 || pending != 0 {
		t.Fatalf("%d syncs and %d pending wakes after 5 wakes during one sync, want 2 and 0", n, pending)
	}
	e.Stop(1)
	if n := runs.Load(); n != 2 {
		t.Fatalf("%d syncs, want 2", n)
	}
}

func TestNeverTwoSyncsOfOneAccount(t *testing.T) {
	var inFlight, maxInFlight, runs atomic.Int32
	fn := func(context.Context) error {
		n := inFlight.Add(1)
		for {
			m := maxInFlight.Load()
			if n <= m || maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		runtime.Gosched()
		runs.Add(1)
		inFlight.Add(-1)
		return nil
	}
	// Timers fire at once, so the loop syncs back to back.
	e := New(Options{
		Interval: time.Hour,
		After: func(time.Duration) <-chan time.Time {
			c := make(chan time.Time, 1)
			c <- time.Time{}
			return c
		},
	})
	ctx := context.Background()
	e.Start(ctx, 1, fn)
	var wg sync.WaitGroup
	var conflicts atomic.Int32
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				switch (w + i) % 4 {
				case 0:
					e.Wake(1)
				case 1:
					if err := e.RunOnce(ctx, 1, fn); model.ErrorCode(err) == model.ECONFLICT {
						conflicts.Add(1)
					} else if err != nil {
						t.Error(err)
					}
				case 2:
					e.Start(ctx, 1, fn) // replaces the loop
				default:
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	e.Close()
	if m := maxInFlight.Load(); m != 1 {
		t.Fatalf("at most %d syncs ran at once, want 1", m)
	}
	if inFlight.Load() != 0 {
		t.Fatal("a sync was still running after Close")
	}
	t.Logf("%d syncs, %d RunOnce conflicts", runs.Load(), conflicts.Load())
}

func TestBackoffGrowsCapsAndResets(t *testing.T) {
	tm := newTimers()
	states := make(chan State, 100)
	e := newEngine(t, tm, func(s State) { states <- s })
	results := make(chan error)
	e.Start(context.Background(), 7, func(ctx context.Context) error {
		select {
		case err := <-results:
			return err
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	boom := errors.New("server said no")
	// idle returns the State reported when the loop went idle.
	idle := func() State {
		t.Helper()
		for {
			s := recv(t, states, "a state")
			if !s.Running {
				return s
			}
			if s.AccountID != 7 || s.Stopped || !s.NextAt.IsZero() {
				t.Fatalf("running state %+v", s)
			}
		}
	}
	steps := []struct {
		result  error
		wait    time.Duration
		attempt int
	}{
		{boom, 1 * time.Second, 1},
		{boom, 2 * time.Second, 2},
		{boom, 4 * time.Second, 3},
		{boom, 8 * time.Second, 4},
		{boom, 10 * time.Second, 5}, // capped
		{boom, 10 * time.Second, 6},
		{nil, time.Hour, 0}, // success resets
		{boom, 1 * time.Second, 1},
		{nil, time.Hour, 0},
	}
	for i, st := range steps {
		results <- st.result
		timer := tm.next(t)
		s := idle()
		if timer.d != st.wait || s.Attempt != st.attempt || !errors.Is(s.Err, st.result) ||
			!s.NextAt.Equal(t0.Add(st.wait)) || s.Stopped {
			t.Fatalf("step %d: waited %v, state %+v; want wait %v, attempt %d, err %v",
				i, timer.d, s, st.wait, st.attempt, st.result)
		}
		timer.fire()
	}
	// The retry's running state still shows the last error.
	results <- boom
	timer := tm.next(t)
	idle()
	timer.fire()
	s := recv(t, states, "the retry's running state")
	if !s.Running || s.Err != boom || s.Attempt != 1 {
		t.Fatalf("running state of a retry %+v, want the last error and attempt 1", s)
	}
}

func TestPanicBecomesError(t *testing.T) {
	tm := newTimers()
	states := make(chan State, 100)
	e := newEngine(t, tm, func(s State) { states <- s })
	e.Start(context.Background(), 1, func(context.Context) error { panic("nil map") })
	if d := tm.next(t).d; d != time.Second {
		t.Fatalf("wait after a panic %v, want the first backoff", d)
	}
	recv(t, states, "the running state")
	s := recv(t, states, "the failed state")
	if model.ErrorCode(s.Err) != model.EINTERNAL || s.Attempt != 1 {
		t.Fatalf("state after a panic %+v, want an internal error", s)
	}
	if err := e.RunOnce(context.Background(), 2, func(context.Context) error { panic("boom") }); model.ErrorCode(err) != model.EINTERNAL {
		t.Fatalf("RunOnce of a panicking sync: %v", err)
	}
}

func TestStopCancelsRunningSync(t *testing.T) {
	tm := newTimers()
	states := make(chan State, 100)
	e := newEngine(t, tm, func(s State) { states <- s })
	started := make(chan struct{}, 1)
	var cancelled atomic.Bool
	e.Start(context.Background(), 1, func(ctx context.Context) error {
		started <- struct{}{}
		<-ctx.Done()
		cancelled.Store(true)
		return ctx.Err()
	})
	recv(t, started, "the sync")
	e.Stop(1)
	if !cancelled.Load() {
		t.Fatal("Stop returned before the running sync saw its context cancelled")
	}
	if e.Wake(1) {
		t.Fatal("Wake after Stop reported a loop")
	}
	e.Stop(1) // no loop: a no-op
	var last State
	for len(states) > 0 {
		last = <-states
	}
	if !last.Stopped || last.Running || last.Err != nil {
		t.Fatalf("last state %+v, want stopped without an error", last)
	}
}

func TestParentContextEndsLoop(t *testing.T) {
	tm := newTimers()
	stopped := make(chan State, 1)
	e := newEngine(t, tm, func(s State) {
		if s.Stopped {
			stopped <- s
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	fn, runs := signal()
	e.Start(ctx, 1, fn)
	recv(t, runs, "the sync")
	tm.next(t)
	cancel()
	recv(t, stopped, "the stopped state")
	if e.Wake(1) {
		t.Fatal("Wake after the context ended reported a loop")
	}
}

func TestStartReplacesLoop(t *testing.T) {
	tm := newTimers()
	e := newEngine(t, tm, nil)
	oldStarted := make(chan struct{}, 1)
	finish := make(chan struct{})
	var oldReturned atomic.Bool
	e.Start(context.Background(), 1, func(ctx context.Context) error {
		oldStarted <- struct{}{}
		<-ctx.Done()
		<-finish // a slow cancellation
		oldReturned.Store(true)
		return ctx.Err()
	})
	recv(t, oldStarted, "the old sync")
	newRan := make(chan bool, 1)
	e.Start(context.Background(), 1, func(context.Context) error {
		newRan <- oldReturned.Load()
		return nil
	})
	time.Sleep(5 * time.Millisecond) // give a wrong engine the chance to overlap
	close(finish)
	if !recv(t, newRan, "the new sync") {
		t.Fatal("the new loop synced before the old sync returned")
	}
}

func TestCloseWaitsForLoops(t *testing.T) {
	tm := newTimers()
	e := newEngine(t, tm, nil)
	var finished atomic.Int32
	started := make(chan struct{}, 3)
	for id := range int64(3) {
		e.Start(context.Background(), id, func(ctx context.Context) error {
			started <- struct{}{}
			<-ctx.Done()
			time.Sleep(time.Millisecond)
			finished.Add(1)
			return ctx.Err()
		})
	}
	for range 3 {
		recv(t, started, "a sync")
	}
	e.Close()
	if n := finished.Load(); n != 3 {
		t.Fatalf("Close returned with %d of 3 syncs finished", n)
	}
	fn, runs := signal()
	e.Start(context.Background(), 9, fn)
	if e.Wake(9) || len(runs) != 0 {
		t.Fatal("Start after Close started a loop")
	}
	e.Close() // twice is fine
}

// ctxKey marks the caller's context in TestRunOnce.
type ctxKey struct{}

func TestRunOnce(t *testing.T) {
	tm := newTimers()
	e := newEngine(t, tm, nil)
	started := make(chan struct{}, 1)
	release := make(chan struct{})
	e.Start(context.Background(), 1, func(context.Context) error {
		started <- struct{}{}
		<-release
		return nil
	})
	recv(t, started, "the loop's sync")
	err := e.RunOnce(context.Background(), 1, func(context.Context) error {
		t.Error("RunOnce ran during the loop's sync")
		return nil
	})
	if model.ErrorCode(err) != model.ECONFLICT || model.ErrorMessage(err) != "A sync of this account is already running." {
		t.Fatalf("RunOnce during a sync: %v, want %q", err, model.ECONFLICT)
	}
	// Another account is free.
	if err := e.RunOnce(context.Background(), 2, func(context.Context) error { return nil }); err != nil {
		t.Fatal(err)
	}
	release <- struct{}{}
	tm.next(t) // idle
	want := errors.New("bad password")
	var gotCtx context.Context
	ctx := context.WithValue(context.Background(), ctxKey{}, "caller")
	if err := e.RunOnce(ctx, 1, func(c context.Context) error { gotCtx = c; return want }); !errors.Is(err, want) {
		t.Fatalf("RunOnce = %v, want the sync's error", err)
	}
	if gotCtx != ctx {
		t.Fatal("RunOnce did not pass the caller's context")
	}
	// The loop was not disturbed: it still syncs when woken.
	e.Wake(1)
	recv(t, started, "the woken sync")
	release <- struct{}{}
}
