package app

import "context"

// Services are everything the frontend binds to.
type Services struct {
	Accounts *AccountsService
	Review   *ReviewService
	Threads  *ThreadsService
	Weekly   *WeeklyService
	Calls    *CallsService
	// Syncs runs the accounts' syncs, Learner re-judges mail after the
	// rep's corrections; neither is bound to the frontend.
	Syncs   *Syncs
	Learner *Learner
}

// NewServices builds the services over one workspace; syncs runs the
// accounts' syncs, and its events are the learner's too. Close the
// Learner when done.
func NewServices(ctx context.Context, ws *Workspace, syncs *Syncs) *Services {
	learn := NewLearner(ctx, ws, syncs.emit)
	return &Services{
		Syncs:    syncs,
		Learner:  learn,
		Accounts: NewAccountsService(ctx, ws, syncs),
		Review:   NewReviewService(ctx, ws),
		Threads:  NewThreadsService(ctx, ws, learn),
		Weekly:   NewWeeklyService(ctx, ws),
		Calls:    NewCallsService(ctx, ws),
	}
}

// Bindings lists the services for Wails to bind.
func (s *Services) Bindings() []any {
	return []any{s.Accounts, s.Review, s.Threads, s.Weekly, s.Calls}
}
