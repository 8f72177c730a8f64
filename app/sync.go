package app

import (
	"context"
	"crypto/tls"
	"net/mail"
	"strings"
	"sync"
	"time"

	"dialtone/model"
	"dialtone/store"
	"dialtone/sync/engine"
	imapsync "dialtone/sync/imap"
	"dialtone/sync/secrets"
)

// Event names the app emits to the frontend.
const (
	EventSyncProgress    = "sync:progress"    // model.SyncProgress
	EventAccountsChanged = "accounts:changed" // no data: read the overview again
)

// Syncs connects accounts and runs their syncs: one loop per account in
// the desktop app (sync/engine), single runs in the CLI. It is safe for
// concurrent use.
type Syncs struct {
	ws   *Workspace
	emit func(event string, data any)
	// TLSConfig overrides certificate checks (tests with a private CA).
	TLSConfig *tls.Config

	mu      sync.Mutex
	secrets *secrets.Secrets
	engine  *engine.Engine
	ctx     context.Context
	// seq numbers the progress reports; reports holds the newest report of
	// each account and running the accounts whose sync is under way.
	seq     int64
	reports map[int64]model.SyncProgress
	running map[int64]bool
}

// NewSyncs returns the sync runner of a workspace; emit (may be nil)
// receives progress and status events.
func NewSyncs(ws *Workspace, emit func(event string, data any)) *Syncs {
	if emit == nil {
		emit = func(string, any) {}
	}
	return &Syncs{ws: ws, emit: emit, reports: map[int64]model.SyncProgress{}, running: map[int64]bool{}}
}

// Secrets opens the credential store on first use: the OS keyring, or a
// 0600 file in the data folder when there is none.
func (s *Syncs) Secrets(ctx context.Context) (*secrets.Secrets, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.secrets != nil {
		return s.secrets, nil
	}
	// A keyring that waits for the user to unlock it must not hang the app.
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	sec, err := secrets.Open(pctx, s.ws.Dir())
	if err != nil {
		s.ws.log.Warn("the system keyring did not answer; using the private file", "err", err)
		if sec, err = secrets.OpenWith(ctx, s.ws.Dir(), nil); err != nil {
			return nil, err
		}
	}
	if w := sec.Warning(); w != "" {
		s.ws.log.Warn("no system keyring", "reason", sec.KeyringError())
	}
	s.secrets = sec
	return sec, nil
}

// IMAPForm is what the rep enters to connect an IMAP mailbox.
type IMAPForm struct {
	Host string `json:"host"`
	Port int    `json:"port"`
	TLS  string `json:"tls"`  // tls, starttls or none (loopback only)
	User string `json:"user"` // usually the email address
	// Auth is "password" (default) or "xoauth2" (Secret is then an access token).
	Auth   string `json:"auth"`
	Secret string `json:"secret"`
	// Email is the rep's address on this account when User is not one.
	Email string `json:"email"`
	Name  string `json:"name"`
}

// AddIMAP tests the sign-in, then saves the account (its secret in the
// keyring) and switches the workspace to live data. The first sync is up
// to the caller (the app's loop starts it; the CLI runs `dialtone sync`).
func (s *Syncs) AddIMAP(ctx context.Context, f IMAPForm) (model.Account, error) {
	cfg := imapsync.Config{Host: f.Host, Port: f.Port, TLS: f.TLS, User: f.User, Auth: f.Auth, Secret: f.Secret}
	if err := cfg.Validate(); err != nil {
		return model.Account{}, err
	}
	email := strings.TrimSpace(f.Email)
	if email == "" {
		email = cfg.User
	}
	if a, err := mail.ParseAddress(email); err != nil || a.Address != email {
		return model.Account{}, model.Errorf(model.EINVALID, "Enter your email address for this account (the user name %q is not one).", cfg.User)
	}
	if _, err := imapsync.Check(ctx, cfg, s.TLSConfig); err != nil {
		return model.Account{}, err
	}
	sec, err := s.Secrets(ctx)
	if err != nil {
		return model.Account{}, err
	}
	db, err := s.ws.UseLive(ctx)
	if err != nil {
		return model.Account{}, err
	}
	name := strings.TrimSpace(f.Name)
	if name == "" {
		name = email
	}
	acct, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: name, Email: model.NormalizeEmail(email), Config: cfg.AccountConfig()})
	if err != nil {
		return model.Account{}, err
	}
	if err := sec.Set(ctx, imapsync.SecretKey(acct.ID), cfg.Secret); err != nil {
		db.DeleteAccount(ctx, acct.ID)
		return model.Account{}, err
	}
	if err := db.AddIdentity(ctx, email); err != nil {
		return model.Account{}, err
	}
	s.emit(EventAccountsChanged, nil)
	return acct, nil
}

// Remove deletes an account, everything synced through it and its secret.
func (s *Syncs) Remove(ctx context.Context, id int64) error {
	// Stop waits for a running sync, which takes s.mu to report progress:
	// never call it holding s.mu.
	s.mu.Lock()
	e := s.engine
	s.mu.Unlock()
	if e != nil {
		e.Stop(id)
	}
	s.mu.Lock()
	delete(s.reports, id)
	s.mu.Unlock()
	db, _, err := s.ws.liveAccount(ctx, id)
	if err != nil {
		return err
	}
	if err := db.DeleteAccount(ctx, id); err != nil {
		return err
	}
	if sec, err := s.Secrets(ctx); err == nil {
		if err := sec.Delete(ctx, imapsync.SecretKey(id)); err != nil && model.ErrorCode(err) != model.ENOTFOUND {
			return err
		}
	}
	s.emit(EventAccountsChanged, nil)
	return nil
}

// SyncResult counts what one sync did.
type SyncResult = imapsync.Result

// Sync runs one sync of an account now: mail is fetched, then the new
// outbound mail is judged by the classifier in its thread. progress may be nil.
func (s *Syncs) Sync(ctx context.Context, id int64, progress func(model.SyncProgress)) (imapsync.Result, error) {
	db, acct, err := s.ws.liveAccount(ctx, id)
	if err != nil {
		return imapsync.Result{}, err
	}
	if acct.Kind != model.AccountIMAP {
		return imapsync.Result{}, model.Errorf(model.EINVALID, "Account %d (%s) cannot be synced by this version.", id, acct.Kind)
	}
	cfg, err := imapsync.ConfigFromAccount(acct)
	if err != nil {
		return imapsync.Result{}, err
	}
	sec, err := s.Secrets(ctx)
	if err != nil {
		return imapsync.Result{}, err
	}
	if cfg.Secret, err = sec.Get(ctx, imapsync.SecretKey(id)); err != nil {
		err = model.WrapError(err, model.EUNAUTHORIZED, "The password of this account is not saved on this computer: remove the account and add it again.")
		s.finish(ctx, db, id, err)
		return imapsync.Result{}, err
	}
	if err := db.SetAccountStatus(ctx, id, model.SyncRunning, ""); err != nil {
		return imapsync.Result{}, err
	}
	s.emit(EventAccountsChanged, nil)
	syncer := &imapsync.Syncer{DB: db, AccountID: id, Config: cfg, TLSConfig: s.TLSConfig, Log: s.ws.log,
		Progress: func(p model.SyncProgress) {
			s.mu.Lock()
			s.seq++
			p.Seq = s.seq
			s.reports[id] = p
			s.running[id] = true
			s.mu.Unlock()
			s.emit(EventSyncProgress, p)
			if progress != nil {
				progress(p)
			}
		}}
	res, err := syncer.Sync(ctx)
	if err == nil {
		err = s.judge(ctx, db)
	}
	s.mu.Lock()
	delete(s.running, id)
	s.mu.Unlock()
	s.finish(ctx, db, id, err)
	return res, err
}

// judge judges the mail a sync stored (and any other the current
// classifier has not judged), after a catching up or re-judging that is
// under way, so that it is not judged twice.
func (s *Syncs) judge(ctx context.Context, db *store.DB) error {
	s.ws.judging.Lock()
	defer s.ws.judging.Unlock()
	md, err := s.ws.model(ctx, db)
	if err != nil {
		return err
	}
	_, err = Reclassify(ctx, db, md, nil)
	return err
}

// finish records a sync's outcome on the account.
func (s *Syncs) finish(ctx context.Context, db *store.DB, id int64, err error) {
	status, msg := model.SyncIdle, ""
	if err != nil {
		status, msg = model.SyncFailed, model.ErrorMessage(err)
		s.ws.log.Warn("sync failed", "account", id, "err", err)
	}
	// The outcome is recorded even when the sync was cancelled.
	if e := db.SetAccountStatus(context.WithoutCancel(ctx), id, status, msg); e != nil {
		s.ws.log.Warn("could not record the sync status", "account", id, "err", e)
	}
	s.emit(EventAccountsChanged, nil)
}

// Progress returns the newest progress report of an account's syncs (the
// zero report when there was none) and whether that sync is still running.
// Events may reach the frontend out of order (Wails' dev server sends each
// on its own goroutine), so the frontend compares their Seq with last.Seq.
func (s *Syncs) Progress(id int64) (last model.SyncProgress, running bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reports[id], s.running[id]
}

// StartLoops starts a sync loop for every account (the desktop app). The
// loops end with ctx or Close.
func (s *Syncs) StartLoops(ctx context.Context) error {
	db, mode, err := s.ws.current()
	if err != nil || mode != ModeLive {
		return err
	}
	accts, err := db.Accounts(ctx)
	if err != nil {
		return err
	}
	for _, a := range accts {
		s.startLoop(ctx, a.ID)
	}
	return nil
}

func (s *Syncs) startLoop(ctx context.Context, id int64) {
	s.mu.Lock()
	if s.engine == nil {
		s.engine = engine.New(engine.Options{})
		s.ctx = ctx
	}
	e := s.engine
	s.mu.Unlock()
	e.Start(ctx, id, func(ctx context.Context) error {
		_, err := s.Sync(ctx, id, nil)
		return err
	})
}

// SyncNow wakes an account's loop, starting one if the app has none yet.
func (s *Syncs) SyncNow(ctx context.Context, id int64) {
	s.mu.Lock()
	e := s.engine
	loopCtx := s.ctx
	s.mu.Unlock()
	if e != nil && e.Wake(id) {
		return
	}
	if loopCtx == nil {
		loopCtx = ctx
	}
	s.startLoop(loopCtx, id)
}

// Close stops every loop and waits for running syncs to end.
func (s *Syncs) Close() {
	s.mu.Lock()
	e := s.engine
	s.mu.Unlock()
	if e != nil {
		e.Close()
	}
}

// liveAccount returns the live database and a connected account in it.
func (w *Workspace) liveAccount(ctx context.Context, id int64) (*store.DB, model.Account, error) {
	db, mode, err := w.current()
	if err != nil {
		return nil, model.Account{}, err
	}
	if mode != ModeLive {
		return nil, model.Account{}, model.Errorf(model.ENOTFOUND, "No account is connected: the demo data is open.")
	}
	acct, err := db.Account(ctx, id)
	return db, acct, err
}
