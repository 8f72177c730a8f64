package analysis

import (
	"testing"
	"time"

	"dialtone/model"
)

func TestWeeks(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	cases := []struct {
		name      string
		now       time.Time
		loc       *time.Location
		n         int
		first     string
		last      string
		lastStart string
	}{
		{"mid-week", time.Date(2026, 11, 19, 12, 0, 0, 0, time.UTC), time.UTC, 12, "2026-W36", "2026-W47", "2026-11-16"},
		// Sunday 23:30 in New York is already Monday in UTC: the rep's zone wins.
		{"sunday night", time.Date(2026, 11, 23, 4, 30, 0, 0, time.UTC), ny, 1, "2026-W47", "2026-W47", "2026-11-16"},
		// Monday 08:00 in Tokyo is still Sunday in UTC.
		{"monday morning east", time.Date(2026, 11, 22, 23, 0, 0, 0, time.UTC), tokyo, 1, "2026-W48", "2026-W48", "2026-11-23"},
		// 2026 has 53 ISO weeks; 1 Jan 2027 is in 2026-W53.
		{"year end", time.Date(2027, 1, 1, 12, 0, 0, 0, time.UTC), time.UTC, 2, "2026-W52", "2026-W53", "2026-12-28"},
		{"new year", time.Date(2027, 1, 4, 12, 0, 0, 0, time.UTC), time.UTC, 2, "2026-W53", "2027-W01", "2027-01-04"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ws := Weeks(c.now, c.loc, c.n)
			if len(ws) != c.n || ws[0].Label != c.first || ws[c.n-1].Label != c.last || ws[c.n-1].Start.Format("2006-01-02") != c.lastStart {
				t.Fatalf("got %v … %v", ws[0], ws[len(ws)-1])
			}
			for i, w := range ws {
				if w.Start.Weekday() != time.Monday || w.Start.Hour() != 0 || (i > 0 && !ws[i-1].End.Equal(w.Start)) {
					t.Fatalf("week %d = %+v is not a contiguous Monday-midnight week", i, w)
				}
			}
			if now := c.now; now.Before(ws[c.n-1].Start) || !now.Before(ws[c.n-1].End) {
				t.Fatalf("now %v is not in the last week %+v", now, ws[c.n-1])
			}
		})
	}
}

func TestWeeksAcrossDST(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	// US summer time ended on Sunday 1 Nov 2026: that week is 169 hours long.
	ws := Weeks(time.Date(2026, 11, 4, 12, 0, 0, 0, ny), ny, 2)
	if d := ws[0].End.Sub(ws[0].Start); d != 169*time.Hour {
		t.Fatalf("the week of the change lasts %v", d)
	}
	if ws[1].Start.Hour() != 0 || ws[1].Start.Day() != 2 {
		t.Fatalf("week after the change starts at %v", ws[1].Start)
	}
}

func TestConnectRatio(t *testing.T) {
	if ConnectRatio(0, 0) != 0 || ConnectRatio(1, 3) != 0.25 || ConnectRatio(2, 0) != 1 {
		t.Fatal("connect ratio is connects / (connects + contacts), 0 when empty")
	}
}

func TestTrendOf(t *testing.T) {
	w := func(connects, contacts int) model.WeekStats {
		return model.WeekStats{Connects: connects, Contacts: contacts, ConnectRatio: ConnectRatio(connects, contacts)}
	}
	stats := []model.WeekStats{w(9, 9), w(1, 10), w(2, 10), w(3, 10), w(4, 10), w(5, 20)}
	stats[5].Week = "2026-W47"
	tr := TrendOf(stats)
	if tr.Week != "2026-W47" || tr.Connects != 5 || tr.Weeks != 4 || tr.AvgConnects != 2.5 || tr.AvgContacts != 10 {
		t.Fatalf("trend = %+v", tr)
	}
	if one := TrendOf(stats[:1]); one.Weeks != 0 || one.AvgConnects != 0 {
		t.Fatalf("a single week has no earlier average: %+v", one)
	}
	if TouchingBaseShare(model.WeekStats{Contacts: 4, TouchingBase: 1}) != 0.25 || TouchingBaseShare(model.WeekStats{}) != 0 {
		t.Fatal("touching-base share")
	}
}
