package analysis

import (
	"fmt"
	"time"

	"dialtone/model"
)

// WeekStart returns Monday 00:00 of t's ISO week in loc (ISO 8601 weeks start
// on Monday). It is DST-safe: the date is computed, then midnight is built in loc.
func WeekStart(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	offset := (int(t.Weekday()) + 6) % 7 // Monday = 0
	y, m, d := t.Date()
	return time.Date(y, m, d-offset, 0, 0, 0, 0, loc)
}

// Weeks returns the n ISO weeks ending with the one that contains now, oldest
// first, in loc.
func Weeks(now time.Time, loc *time.Location, n int) []model.WeekRange {
	if n <= 0 {
		return nil
	}
	cur := WeekStart(now, loc)
	out := make([]model.WeekRange, n)
	for i := 0; i < n; i++ {
		y, m, d := cur.Date()
		start := time.Date(y, m, d-7*(n-1-i), 0, 0, 0, 0, loc)
		end := time.Date(y, m, d-7*(n-2-i), 0, 0, 0, 0, loc)
		iy, iw := start.ISOWeek()
		out[i] = model.WeekRange{Label: fmt.Sprintf("%04d-W%02d", iy, iw), Start: start, End: end}
	}
	return out
}

// ConnectRatio is connects ÷ (connects + contacts), 0 for an empty week.
func ConnectRatio(connects, contacts int) float64 {
	if connects+contacts == 0 {
		return 0
	}
	return float64(connects) / float64(connects+contacts)
}

// WeeklyStats joins week ranges with their counts into the report rows.
func WeeklyStats(weeks []model.WeekRange, counts []model.WeekCounts) []model.WeekStats {
	out := make([]model.WeekStats, len(weeks))
	for i, w := range weeks {
		c := counts[i]
		out[i] = model.WeekStats{
			Week:            w.Label,
			Start:           w.Start.Format("2006-01-02"),
			Contacts:        c.Contacts,
			PeopleContacted: c.PeopleContacted,
			Connects:        c.Connects,
			TouchingBase:    c.TouchingBase,
			ConnectRatio:    ConnectRatio(c.Connects, c.Contacts),
		}
	}
	return out
}

// CountTouches aggregates touches into weekly counts: contacts are distinct
// emails, people the distinct people they went to, connects distinct
// meetings and calls. It gives the same figures as the store's SQL for the
// touches it is handed, and serves views the SQL does not cover (one
// organization at a time).
func CountTouches(weeks []model.WeekRange, touches []model.Touch) []model.WeekCounts {
	type id struct {
		source string
		id     int64
	}
	out := make([]model.WeekCounts, len(weeks))
	seen := make([]map[id]bool, len(weeks))
	people := make([]map[string]bool, len(weeks))
	for i := range weeks {
		seen[i], people[i] = map[id]bool{}, map[string]bool{}
	}
	for _, t := range touches {
		w := weekIndex(weeks, t)
		if w < 0 {
			continue
		}
		k := id{t.Source, t.ID}
		if t.Kind == model.TouchContact {
			for _, p := range t.People {
				people[w][p] = true
			}
		}
		if seen[w][k] {
			continue
		}
		seen[w][k] = true
		switch t.Kind {
		case model.TouchContact:
			out[w].Contacts++
			if t.Label == model.TouchingBase {
				out[w].TouchingBase++
			}
		case model.TouchConnect:
			out[w].Connects++
		}
	}
	for i := range out {
		out[i].PeopleContacted = len(people[i])
	}
	return out
}

// Trend compares the current (last) week with the average of the weeks
// before it, at most four.
type Trend struct {
	Week        string  `json:"week"`
	Connects    int     `json:"connects"`
	Contacts    int     `json:"contacts"`
	Ratio       float64 `json:"ratio"`
	AvgConnects float64 `json:"avgConnects"`
	AvgContacts float64 `json:"avgContacts"`
	AvgRatio    float64 `json:"avgRatio"`
	// Weeks is how many earlier weeks the averages cover.
	Weeks int `json:"weeks"`
}

// TrendOf returns the trend of the last week in stats (oldest first).
func TrendOf(stats []model.WeekStats) Trend {
	if len(stats) == 0 {
		return Trend{}
	}
	cur := stats[len(stats)-1]
	t := Trend{Week: cur.Week, Connects: cur.Connects, Contacts: cur.Contacts, Ratio: cur.ConnectRatio}
	prev := stats[max(0, len(stats)-5) : len(stats)-1]
	for _, w := range prev {
		t.AvgConnects += float64(w.Connects)
		t.AvgContacts += float64(w.Contacts)
		t.AvgRatio += w.ConnectRatio
	}
	if t.Weeks = len(prev); t.Weeks > 0 {
		n := float64(t.Weeks)
		t.AvgConnects, t.AvgContacts, t.AvgRatio = t.AvgConnects/n, t.AvgContacts/n, t.AvgRatio/n
	}
	return t
}

// TouchingBaseShare is the share of a week's contacts labeled touching base.
func TouchingBaseShare(w model.WeekStats) float64 {
	if w.Contacts == 0 {
		return 0
	}
	return float64(w.TouchingBase) / float64(w.Contacts)
}
