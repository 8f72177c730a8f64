package app

import (
	"context"

	"dialtone/analysis"
	"dialtone/model"
)

// WeeklyService serves the Weekly screen and `dialtone report weekly`.
type WeeklyService struct {
	ctx context.Context
	ws  *Workspace
}

// NewWeeklyService returns the weekly report service.
func NewWeeklyService(ctx context.Context, ws *Workspace) *WeeklyService {
	return &WeeklyService{ctx: ctx, ws: ws}
}

// MaxWeeks bounds a weekly report.
const MaxWeeks = 104

// Report returns contacts, connects and their ratio for the last n ISO weeks
// in the rep's time zone, oldest first, the current week last.
func (s *WeeklyService) Report(weeks int) (WeeklyReport, error) {
	return boundary(s.report(weeks))
}

func (s *WeeklyService) report(n int) (WeeklyReport, error) {
	if n == 0 {
		n = 12
	}
	if n < 1 || n > MaxWeeks {
		return WeeklyReport{}, model.Errorf(model.EINVALID, "A report covers 1 to %d weeks, not %d.", MaxWeeks, n)
	}
	db, _, err := s.ws.current()
	if err != nil {
		return WeeklyReport{}, err
	}
	loc, err := location(s.ctx, db)
	if err != nil {
		return WeeklyReport{}, err
	}
	now := s.ws.Now()
	ranges := analysis.Weeks(now, loc, n)
	counts, err := db.WeeklyCounts(s.ctx, ranges, now)
	if err != nil {
		return WeeklyReport{}, err
	}
	return WeeklyReport{Weeks: analysis.WeeklyStats(ranges, counts), TimeZone: loc.String()}, nil
}
