// Package engine runs each connected account's sync in a loop of its own.
//
// A loop calls the account's Func when it starts, then Options.Interval
// after each successful sync, and at once when woken ("Sync now"). After a
// failure it retries with a capped, jittered exponential backoff (Backoff);
// a success resets the backoff. One account never has two syncs running at
// once: a Wake during a sync coalesces into at most one follow-up sync, and
// RunOnce refuses to start while the account is syncing.
//
// Time is injected (Options.After, Options.Clock, Options.Jitter) so tests
// never wait for real intervals. The engine keeps no global state.
package engine

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"dialtone/model"
)

// Defaults for zero Options fields.
const (
	DefaultInterval   = 10 * time.Minute
	DefaultMinBackoff = 5 * time.Second
	DefaultMaxBackoff = 15 * time.Minute
)

// Func syncs one account. It must return soon after ctx is cancelled.
type Func func(ctx context.Context) error

// Options configure an Engine. Zero fields take the defaults.
type Options struct {
	// Interval is the wait after a successful sync (DefaultInterval).
	Interval time.Duration
	// MinBackoff and MaxBackoff bound the wait after failures
	// (DefaultMinBackoff, DefaultMaxBackoff).
	MinBackoff, MaxBackoff time.Duration
	// Jitter returns a number in [0, 1) that spreads each backoff by ±20%
	// (math/rand/v2.Float64). It is called from several goroutines.
	Jitter func() float64
	// After returns a channel that receives once d has passed (time.After).
	After func(d time.Duration) <-chan time.Time
	// Clock gives "now" for State.NextAt (model.SystemClock).
	Clock model.Clock
	// OnState, if set, receives every change of an account's State, in
	// order, on that account's loop goroutine. It must return quickly and
	// must not call Stop or Close (Wake and Start are fine).
	OnState func(State)
}

// State is an account's sync status, reported through Options.OnState.
type State struct {
	AccountID int64
	// Running is true while the account's Func runs.
	Running bool
	// Err is the error of the last finished sync, nil after a success. It
	// stays set while the retry runs, so a UI can keep showing it.
	Err error
	// NextAt is when the next sync is due; zero while running or stopped.
	NextAt time.Time
	// Attempt counts consecutive failed syncs; 0 after a success.
	Attempt int
	// Stopped is true in the last State of a loop: after Stop, Close, a
	// replacing Start, or the end of the context given to Start.
	Stopped bool
}

// Engine owns the accounts' sync loops. Its methods are safe for concurrent
// use. The zero value is not usable; call New.
type Engine struct {
	opts Options

	mu     sync.Mutex
	loops  map[int64]*loop
	busy   map[int64]chan struct{} // one-slot semaphore per account, held while a sync runs
	closed bool
	wg     sync.WaitGroup // running loop goroutines
}

// loop is one account's goroutine.
type loop struct {
	id     int64
	fn     Func
	ctx    context.Context
	cancel context.CancelFunc
	wake   chan struct{} // one slot: wakes coalesce
	done   chan struct{} // closed when the goroutine has ended
	prev   *loop         // the loop this one replaces; waited for before the first sync
}

// New returns an Engine with opts, zero fields replaced by defaults.
func New(opts Options) *Engine {
	if opts.Interval <= 0 {
		opts.Interval = DefaultInterval
	}
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = DefaultMinBackoff
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = DefaultMaxBackoff
	}
	if opts.MaxBackoff < opts.MinBackoff {
		opts.MaxBackoff = opts.MinBackoff
	}
	if opts.Jitter == nil {
		opts.Jitter = rand.Float64
	}
	if opts.After == nil {
		opts.After = time.After
	}
	if opts.Clock == nil {
		opts.Clock = model.SystemClock{}
	}
	return &Engine{
		opts:  opts,
		loops: map[int64]*loop{},
		busy:  map[int64]chan struct{}{},
	}
}

// Start begins accountID's loop, which syncs at once and then on schedule
// until ctx ends or Stop or Close is called. A loop already running for
// accountID is stopped and replaced; the new loop's first sync waits for the
// old one to finish. Start does not block, and does nothing after Close.
// fn must not be nil.
func (e *Engine) Start(ctx context.Context, accountID int64, fn Func) {
	if fn == nil {
		panic("engine: Start with a nil Func")
	}
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return
	}
	lctx, cancel := context.WithCancel(ctx)
	l := &loop{
		id:     accountID,
		fn:     fn,
		ctx:    lctx,
		cancel: cancel,
		wake:   make(chan struct{}, 1),
		done:   make(chan struct{}),
		prev:   e.loops[accountID],
	}
	e.loops[accountID] = l
	e.wg.Add(1)
	e.mu.Unlock()
	if l.prev != nil {
		l.prev.cancel()
	}
	go e.run(l)
}

// Wake asks accountID's loop to sync now: at once when it is waiting, or
// right after the sync that is running (several wakes make one sync). It
// reports false when the account has no loop.
func (e *Engine) Wake(accountID int64) bool {
	e.mu.Lock()
	l := e.loops[accountID]
	e.mu.Unlock()
	if l == nil {
		return false
	}
	select {
	case l.wake <- struct{}{}:
	default: // a wake is already pending
	}
	return true
}

// Stop ends accountID's loop, cancelling a running sync, and waits for it.
// It does nothing when the account has no loop.
func (e *Engine) Stop(accountID int64) {
	e.mu.Lock()
	l := e.loops[accountID]
	delete(e.loops, accountID)
	e.mu.Unlock()
	if l == nil {
		return
	}
	l.cancel()
	<-l.done
}

// Close stops every loop, cancelling running syncs, and waits for all of
// them. Later Starts do nothing. Close may be called more than once.
func (e *Engine) Close() {
	e.mu.Lock()
	e.closed = true
	loops := e.loops
	e.loops = map[int64]*loop{}
	e.mu.Unlock()
	for _, l := range loops {
		l.cancel()
	}
	e.wg.Wait()
}

// RunOnce runs fn for accountID now and returns its error, or an error with
// code model.ECONFLICT when a sync of that account (from its loop or another
// RunOnce) is running. It does not report State or change the loop's
// schedule. A loop due to sync meanwhile waits for RunOnce to finish.
func (e *Engine) RunOnce(ctx context.Context, accountID int64, fn Func) error {
	sem := e.semaphore(accountID)
	select {
	case sem <- struct{}{}:
	default:
		return model.Errorf(model.ECONFLICT, "A sync of this account is already running.")
	}
	defer func() { <-sem }()
	return call(ctx, fn)
}

// semaphore returns accountID's one-slot semaphore. Semaphores are kept for
// the Engine's life so a replaced or stopped loop and a RunOnce always share
// one; there is one per account ever started.
func (e *Engine) semaphore(accountID int64) chan struct{} {
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.busy[accountID]
	if s == nil {
		s = make(chan struct{}, 1)
		e.busy[accountID] = s
	}
	return s
}

// run is the body of l's goroutine.
func (e *Engine) run(l *loop) {
	var (
		attempt int
		lastErr error
	)
	defer e.wg.Done()
	defer close(l.done)
	defer func() {
		e.mu.Lock()
		if e.loops[l.id] == l {
			delete(e.loops, l.id)
		}
		e.mu.Unlock()
		e.report(State{AccountID: l.id, Err: lastErr, Attempt: attempt, Stopped: true})
	}()
	if l.prev != nil {
		<-l.prev.done
		l.prev = nil
	}
	sem := e.semaphore(l.id)
	for {
		select {
		case sem <- struct{}{}:
		case <-l.ctx.Done():
			return
		}
		// This sync answers any wake that came before it started.
		select {
		case <-l.wake:
		default:
		}
		e.report(State{AccountID: l.id, Running: true, Err: lastErr, Attempt: attempt})
		err := call(l.ctx, l.fn)
		<-sem
		if l.ctx.Err() != nil {
			return // stopped: the sync's error is the cancellation's
		}
		delay := e.opts.Interval
		if err != nil {
			attempt++
			lastErr = err
			delay = Backoff(attempt, e.opts.MinBackoff, e.opts.MaxBackoff, e.opts.Jitter())
		} else {
			attempt = 0
			lastErr = nil
		}
		e.report(State{AccountID: l.id, Err: lastErr, NextAt: e.opts.Clock.Now().Add(delay), Attempt: attempt})
		select {
		case <-l.ctx.Done():
			return
		case <-l.wake:
		case <-e.opts.After(delay):
		}
	}
}

// report passes s to OnState, if set.
func (e *Engine) report(s State) {
	if e.opts.OnState != nil {
		e.opts.OnState(s)
	}
}

// call runs fn, turning a panic into an EINTERNAL error so one account's bug
// does not end the app.
func call(ctx context.Context, fn Func) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = model.WrapError(fmt.Errorf("sync panicked: %v", r), model.EINTERNAL, "The sync stopped on an internal error.")
		}
	}()
	return fn(ctx)
}
