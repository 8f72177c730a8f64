package app

import (
	"context"

	"dialtone/store"
)

// AccountsService serves the Accounts screen and `dialtone accounts`.
type AccountsService struct {
	ctx context.Context
	ws  *Workspace
}

// NewAccountsService returns the accounts service.
func NewAccountsService(ctx context.Context, ws *Workspace) *AccountsService {
	return &AccountsService{ctx: ctx, ws: ws}
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
	loc, err := location(s.ctx, db)
	if err != nil {
		return Overview{}, err
	}
	_, ids, err := rep(s.ctx, db)
	if err != nil {
		return Overview{}, err
	}
	o := Overview{
		Mode: mode, DataDir: s.ws.Dir(), Accounts: []AccountView{}, TimeZone: loc.String(), RepEmails: ids,
		Counts: countsView(c),
	}
	if o.RepEmails == nil {
		o.RepEmails = []string{}
	}
	for _, a := range accts {
		o.Accounts = append(o.Accounts, AccountView{
			ID: a.ID, Kind: string(a.Kind), Name: a.Name, Email: a.Email, Status: string(a.Status),
			LastSyncAt: rfc3339(a.LastSyncAt), LastError: a.LastError,
		})
	}
	return o, nil
}

func countsView(c store.Counts) StoreCounts {
	return StoreCounts{Messages: c.Messages, Outbound: c.Outbound, Threads: c.Threads, Events: c.Events, Organizations: c.Organizations, Calls: c.Calls}
}
