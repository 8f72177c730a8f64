package app

import "context"

// Services are everything the frontend binds to.
type Services struct {
	Accounts *AccountsService
	Review   *ReviewService
	Threads  *ThreadsService
	Weekly   *WeeklyService
	Calls    *CallsService
	// Syncs runs the accounts' syncs; it is not bound to the frontend.
	Syncs *Syncs
}

// NewServices builds the services over one workspace; syncs runs the
// accounts' syncs.
func NewServices(ctx context.Context, ws *Workspace, syncs *Syncs) *Services {
	return &Services{
		Syncs:    syncs,
		Accounts: NewAccountsService(ctx, ws, syncs),
		Review:   NewReviewService(ctx, ws),
		Threads:  NewThreadsService(ctx, ws),
		Weekly:   NewWeeklyService(ctx, ws),
		Calls:    NewCallsService(ctx, ws),
	}
}

// Bindings lists the services for Wails to bind.
func (s *Services) Bindings() []any {
	return []any{s.Accounts, s.Review, s.Threads, s.Weekly, s.Calls}
}
