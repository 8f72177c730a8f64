package app

import (
	"context"
	"sort"
	"time"

	"dialtone/analysis"
	"dialtone/model"
	"dialtone/store"
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
	return boundary(s.report(weeks, ""))
}

// ReportFor is Report for one organization (its key); "" means all.
func (s *WeeklyService) ReportFor(weeks int, org string) (WeeklyReport, error) {
	return boundary(s.report(weeks, org))
}

// Week lists the contacts and connects of the ISO week that starts on start
// ("2026-11-16"), for one organization or all ("").
func (s *WeeklyService) Week(start, org string) (WeekDetail, error) {
	return boundary(s.week(start, org))
}

// Attention returns touches per organization and week over the last n weeks,
// with uneven attention flagged.
func (s *WeeklyService) Attention(weeks int) (AttentionReport, error) {
	return boundary(s.attention(weeks))
}

// Organizations lists the organizations touched in the last n weeks, most
// touched first.
func (s *WeeklyService) Organizations(weeks int) ([]OrganizationView, error) {
	return boundary(s.organizations(weeks))
}

// window opens the database and computes the last n weeks.
func (s *WeeklyService) window(n int) (*store.DB, []model.WeekRange, *time.Location, error) {
	if n == 0 {
		n = 12
	}
	if n < 1 || n > MaxWeeks {
		return nil, nil, nil, model.Errorf(model.EINVALID, "A report covers 1 to %d weeks, not %d.", MaxWeeks, n)
	}
	db, _, err := s.ws.current()
	if err != nil {
		return nil, nil, nil, err
	}
	loc, err := s.ws.location(s.ctx, db)
	if err != nil {
		return nil, nil, nil, err
	}
	return db, analysis.Weeks(s.ws.Now(), loc, n), loc, nil
}

func (s *WeeklyService) report(n int, org string) (WeeklyReport, error) {
	db, ranges, loc, err := s.window(n)
	if err != nil {
		return WeeklyReport{}, err
	}
	now := s.ws.Now()
	var counts []model.WeekCounts
	if org == "" {
		counts, err = db.WeeklyCounts(s.ctx, ranges, now)
	} else {
		var ts []model.Touch
		ts, err = db.Touches(s.ctx, ranges[0].Start, ranges[len(ranges)-1].End, now, org)
		counts = analysis.CountTouches(ranges, ts)
	}
	if err != nil {
		return WeeklyReport{}, err
	}
	stats := analysis.WeeklyStats(ranges, counts)
	r := WeeklyReport{Weeks: stats, TouchingBaseShare: make([]float64, len(stats)), Trend: analysis.TrendOf(stats), TimeZone: loc.String()}
	for i, w := range stats {
		r.TouchingBaseShare[i] = analysis.TouchingBaseShare(w)
	}
	return r, nil
}

func (s *WeeklyService) week(start, org string) (WeekDetail, error) {
	db, _, loc, err := s.window(1)
	if err != nil {
		return WeekDetail{}, err
	}
	day, err := time.ParseInLocation("2006-01-02", start, loc)
	if err != nil || day.Weekday() != time.Monday {
		return WeekDetail{}, model.Errorf(model.EINVALID, "%q is not the Monday that starts an ISO week.", start)
	}
	w := analysis.Weeks(day, loc, 1)[0]
	ts, err := db.Touches(s.ctx, w.Start, w.End, s.ws.Now(), org)
	if err != nil {
		return WeekDetail{}, err
	}
	names, err := db.OrganizationNames(s.ctx)
	if err != nil {
		return WeekDetail{}, err
	}
	d := WeekDetail{Week: w.Label, Start: start, Contacts: []TouchView{}, Connects: []TouchView{}}
	for _, t := range ts {
		v := TouchView{Kind: string(t.Kind), Source: t.Source, ID: t.ID, At: rfc3339(t.At), Organization: orgName(names, t.OrgKey),
			People: t.People, Title: t.Title, Label: string(t.Label)}
		if t.Kind == model.TouchContact {
			d.Contacts = append(d.Contacts, v)
		} else {
			d.Connects = append(d.Connects, v)
		}
	}
	return d, nil
}

func (s *WeeklyService) attention(n int) (AttentionReport, error) {
	db, ranges, _, err := s.window(n)
	if err != nil {
		return AttentionReport{}, err
	}
	ts, err := db.Touches(s.ctx, ranges[0].Start, ranges[len(ranges)-1].End, s.ws.Now(), "")
	if err != nil {
		return AttentionReport{}, err
	}
	names, err := db.OrganizationNames(s.ctx)
	if err != nil {
		return AttentionReport{}, err
	}
	r := AttentionReport{Rows: []AttentionView{}}
	for _, w := range ranges {
		r.Weeks = append(r.Weeks, w.Label)
	}
	for _, row := range analysis.Attention(ranges, ts) {
		r.Rows = append(r.Rows, AttentionView{Key: row.OrgKey, Name: orgName(names, row.OrgKey), Weeks: row.Weeks, Total: row.Total,
			CV: row.CV, Flags: row.Flags, Reasons: row.Reasons})
	}
	return r, nil
}

func (s *WeeklyService) organizations(n int) ([]OrganizationView, error) {
	a, err := s.attention(n)
	if err != nil {
		return nil, err
	}
	out := make([]OrganizationView, 0, len(a.Rows))
	for _, r := range a.Rows {
		out = append(out, OrganizationView{Key: r.Key, Name: r.Name, Touches: r.Total})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Touches > out[j].Touches })
	return out, nil
}

func orgName(names map[string]string, key string) string {
	if n := names[key]; n != "" {
		return n
	}
	return key
}
