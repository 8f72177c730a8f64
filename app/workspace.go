// Package app holds the services the desktop frontend and the CLI share.
// Services are thin: they open the right database, call store and analysis,
// and shape typed results. Errors leave through uiError, the one place they
// are formatted for people.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/classify"
	"dialtone/demo"
	"dialtone/model"
	"dialtone/store"
)

// File names inside the data folder.
const (
	LiveDBName = "dialtone.db"
	DemoDBName = "demo.db"
)

// Modes of a workspace.
const (
	ModeDemo = "demo"
	ModeLive = "live"
)

// settingDemoWeek records the ISO week the demo data was generated in, so
// the demo quarter is regenerated to end in the current week.
const settingDemoWeek = "demo_week"

// Workspace is the open data folder: the live database, or the demo one
// when no account is connected yet. It is safe for concurrent use.
type Workspace struct {
	dir   string
	clock model.Clock
	log   *slog.Logger
	local *time.Location // the machine's zone, found once (localZone)

	mu   sync.Mutex
	db   *store.DB
	mode string

	// judging serializes the runs that judge the stored mail (CatchUp,
	// Learner.Relearn, the judging after a sync), so that none repeats
	// the work of another running at the same time.
	judging sync.Mutex

	mmu       sync.Mutex
	cached    *classify.Model // the open database's classifier (learn.go)
	cachedFor *store.DB       // the database it was built for
	modelGen  int             // counts forgetModel calls
}

// OpenWorkspace opens the data folder dir (created if missing). With an
// account connected it opens the live database, as it is: CatchUp brings
// what an older build stored up to date. Otherwise it opens the demo data,
// generating it on first use.
func OpenWorkspace(ctx context.Context, dir string, clock model.Clock, log *slog.Logger) (*Workspace, error) {
	if clock == nil {
		clock = model.SystemClock{}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("Could not create the data folder %s.", dir))
	}
	w := &Workspace{dir: dir, clock: clock, log: log, local: localZone()}
	live, err := store.Open(ctx, filepath.Join(dir, LiveDBName), clock)
	if err != nil {
		return nil, err
	}
	accts, err := live.Accounts(ctx)
	if err != nil {
		live.Close()
		return nil, err
	}
	if len(accts) > 0 {
		// Mail an older build read or judged is brought up to date by
		// CatchUp, which the caller runs: the window opens first.
		w.db, w.mode = live, ModeLive
		return w, nil
	}
	live.Close()
	if err := w.openDemo(ctx); err != nil {
		return nil, err
	}
	return w, nil
}

// Dir returns the data folder.
func (w *Workspace) Dir() string { return w.dir }

// Now returns the workspace clock's time.
func (w *Workspace) Now() time.Time { return w.clock.Now() }

// Close closes the open database.
func (w *Workspace) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.db == nil {
		return nil
	}
	err := w.db.Close()
	w.db = nil
	w.forgetModel()
	return err
}

// current returns the open database and its mode.
func (w *Workspace) current() (*store.DB, string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.db == nil {
		return nil, "", model.Errorf(model.EUNAVAILABLE, "No database is open.")
	}
	return w.db, w.mode, nil
}

// UseDemo switches to the demo data, generating it if needed.
func (w *Workspace) UseDemo(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.mode == ModeDemo && w.db != nil {
		return nil
	}
	if w.db != nil {
		w.db.Close()
		w.db = nil
		w.forgetModel()
	}
	return w.openDemoLocked(ctx)
}

func (w *Workspace) openDemo(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.openDemoLocked(ctx)
}

// openDemoLocked opens demo.db, regenerating it when it is missing or was
// made in an earlier week. Generation writes a temporary file and renames it
// into place, so a crash never leaves a half-written demo.
func (w *Workspace) openDemoLocked(ctx context.Context) error {
	path := filepath.Join(w.dir, DemoDBName)
	now := w.clock.Now()
	loc := demoLocation()
	// The demo is regenerated each new week and with each classifier version.
	week := analysis.Weeks(now, loc, 1)[0].Label + " " + classify.Version
	if db, err := store.Open(ctx, path, w.clock); err == nil {
		got, err := db.Setting(ctx, settingDemoWeek, "")
		if err == nil && got == week {
			w.db, w.mode = db, ModeDemo
			return nil
		}
		db.Close()
	} else if !errors.Is(err, os.ErrNotExist) {
		// A damaged or future demo file is disposable: it is regenerated
		// beside, then replaces it.
		w.log.Warn("regenerating demo database", "path", path, "reason", model.ErrorMessage(err))
	}
	tmp := path + ".new"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		os.Remove(p)
	}
	db, err := store.Open(ctx, tmp, w.clock)
	if err != nil {
		return err
	}
	ds := demo.Generate(demo.Options{Seed: demo.DefaultSeed, Now: now, Location: loc})
	if err := demo.Load(ctx, db, ds); err != nil {
		db.Close()
		return err
	}
	// The demo's sent mail is judged by the real classifier, as synced mail is.
	if _, err := Reclassify(ctx, db, classify.Shipped(), nil); err != nil {
		db.Close()
		return err
	}
	if err := db.SetSetting(ctx, settingDemoWeek, week); err != nil {
		db.Close()
		return err
	}
	if err := db.Close(); err != nil { // checkpoints the WAL into the file
		return model.WrapError(err, model.EINTERNAL, "Could not write the demo data.")
	}
	for _, p := range []string{path + "-wal", path + "-shm"} {
		os.Remove(p)
	}
	if err := os.Rename(tmp, path); err != nil {
		return model.WrapError(err, model.EUNAVAILABLE, "Could not write the demo data.")
	}
	db, err = store.Open(ctx, path, w.clock)
	if err != nil {
		return err
	}
	w.db, w.mode = db, ModeDemo
	w.log.Info("demo data generated", "path", path, "messages", len(ds.Messages), "events", len(ds.Events))
	return nil
}

func demoLocation() *time.Location {
	loc, err := time.LoadLocation(demo.TimeZone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// location returns the rep's time zone from the settings, else the machine's.
func (w *Workspace) location(ctx context.Context, db *store.DB) (*time.Location, error) {
	return repLocation(ctx, db, w.local)
}

// repLocation returns the rep's time zone from db's settings, else local.
func repLocation(ctx context.Context, db *store.DB, local *time.Location) (*time.Location, error) {
	name, err := db.Setting(ctx, demo.SettingTimeZone, "")
	if err != nil {
		return nil, err
	}
	if name == "" {
		return local, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, model.Errorf(model.EINVALID, "The time zone %q in the settings is unknown.", name)
	}
	return loc, nil
}

// rep returns who the rep is in the open database.
func rep(ctx context.Context, db *store.DB) (analysis.Rep, []string, error) {
	ids, err := db.Identities(ctx)
	if err != nil {
		return analysis.Rep{}, nil, err
	}
	doms, err := db.InternalDomains(ctx)
	if err != nil {
		return analysis.Rep{}, nil, err
	}
	return analysis.NewRep(ids, doms), ids, nil
}

// UseLive switches to the live database (when the first account is
// connected), keeping it open if it already is.
func (w *Workspace) UseLive(ctx context.Context) (*store.DB, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.mode == ModeLive && w.db != nil {
		return w.db, nil
	}
	live, err := store.Open(ctx, filepath.Join(w.dir, LiveDBName), w.clock)
	if err != nil {
		return nil, err
	}
	if w.db != nil {
		w.db.Close()
		w.forgetModel()
	}
	w.db, w.mode = live, ModeLive
	return live, nil
}

// localZone returns the machine's time zone under its IANA name when it
// can be found (TZ, or the /etc/localtime link), so that it reads
// "Europe/Berlin" rather than "Local".
func localZone() *time.Location {
	name := strings.TrimPrefix(os.Getenv("TZ"), ":")
	if name == "" {
		if target, err := os.Readlink("/etc/localtime"); err == nil {
			if _, after, ok := strings.Cut(target, "zoneinfo/"); ok {
				name = after
			}
		}
	}
	if name != "" {
		if loc, err := time.LoadLocation(name); err == nil {
			return loc
		}
	}
	return time.Local
}
