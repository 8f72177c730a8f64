package app

import (
	"context"

	"dialtone/store"
)

// AccountsService serves the Accounts screen and `dialtone accounts`.
type AccountsService struct {
	ctx   context.Context
	ws    *Workspace
	syncs *Syncs
}

// NewAccountsService returns the accounts service.
func NewAccountsService(ctx context.Context, ws *Workspace, syncs *Syncs) *AccountsService {
	return &AccountsService{ctx: ctx, ws: ws, syncs: syncs}
}

// AddIMAP tests the sign-in, saves the account (the password in the
// system keyring) and starts its first sync in the background.
func (s *AccountsService) AddIMAP(form IMAPForm) (Overview, error) {
	acct, err := s.syncs.AddIMAP(s.ctx, form)
	if err != nil {
		return boundary(Overview{}, err)
	}
	s.syncs.SyncNow(s.ctx, acct.ID)
	return s.Overview()
}

// SyncNow starts a sync of an account at once (or right after the one
// running).
func (s *AccountsService) SyncNow(id int64) (Overview, error) {
	if _, _, err := s.ws.liveAccount(s.ctx, id); err != nil {
		return boundary(Overview{}, err)
	}
	s.syncs.SyncNow(s.ctx, id)
	return s.Overview()
}

// Remove deletes an account, the mail synced through it and its password.
func (s *AccountsService) Remove(id int64) (Overview, error) {
	if err := s.syncs.Remove(s.ctx, id); err != nil {
		return boundary(Overview{}, err)
	}
	return s.Overview()
}

// Overview describes the open data set and its accounts.
func (s *AccountsService) Overview() (Overview, error) { return boundary(s.overview()) }

// UseDemo opens the demo data (generating it if needed) and describes it.
func (s *AccountsService) UseDemo() (Overview, error) {
	if err := s.ws.UseDemo(s.ctx); err != nil {
		return boundary(Overview{}, err)
	}
	return s.Overview()
}

func (s *AccountsService) overview() (Overview, error) {
	db, mode, err := s.ws.current()
	if err != nil {
		return Overview{}, err
	}
	accts, err := db.Accounts(s.ctx)
	if err != nil {
		return Overview{}, err
	}
	c, err := db.Counts(s.ctx)
	if err != nil {
		return Overview{}, err
	}
	loc, err := s.ws.location(s.ctx, db)
	if err != nil {
		return Overview{}, err
	}
	_, ids, err := rep(s.ctx, db)
	if err != nil {
		return Overview{}, err
	}
	md, err := s.ws.model(s.ctx, db)
	if err != nil {
		return Overview{}, err
	}
	o := Overview{
		Mode: mode, DataDir: s.ws.Dir(), Accounts: []AccountView{}, TimeZone: loc.String(), RepEmails: ids,
		Counts: countsView(c), Classifier: learning(md),
	}
	if o.RepEmails == nil {
		o.RepEmails = []string{}
	}
	for _, a := range accts {
		v := AccountView{
			ID: a.ID, Kind: string(a.Kind), Name: a.Name, Email: a.Email, Status: string(a.Status),
			LastSyncAt: rfc3339(a.LastSyncAt), LastError: a.LastError,
			Host: a.Config["host"], User: a.Config["user"],
		}
		// Read after the status: a sync the status shows ended made no
		// report newer than ProgressSeq.
		p, running := s.syncs.Progress(a.ID)
		v.ProgressSeq = p.Seq
		if running {
			v.Progress = &p
		}
		o.Accounts = append(o.Accounts, v)
	}
	if mode == ModeLive && len(accts) > 0 {
		if sec, err := s.syncs.Secrets(s.ctx); err == nil {
			o.SecretsWarning = sec.Warning()
		}
	}
	return o, nil
}

func countsView(c store.Counts) StoreCounts {
	return StoreCounts{Messages: c.Messages, Outbound: c.Outbound, Threads: c.Threads, Events: c.Events, Organizations: c.Organizations, Calls: c.Calls}
}
