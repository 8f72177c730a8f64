package model

import "time"

// WeekRange is one ISO week in the rep's time zone: [Start, End).
type WeekRange struct {
	Label string    // ISO week, e.g. "2026-W47"
	Start time.Time // Monday 00:00 local
	End   time.Time // the next Monday 00:00 local
}

// WeekCounts are the raw weekly figures the store aggregates.
type WeekCounts struct {
	Contacts        int `json:"contacts"`
	PeopleContacted int `json:"people_contacted"`
	Connects        int `json:"connects"`
	TouchingBase    int `json:"touching_base"`
}

// WeekStats is one week of the weekly report (the CLI contract's JSON).
type WeekStats struct {
	Week            string  `json:"week"`
	Start           string  `json:"start"`
	Contacts        int     `json:"contacts"`
	PeopleContacted int     `json:"people_contacted"`
	Connects        int     `json:"connects"`
	TouchingBase    int     `json:"touching_base"`
	ConnectRatio    float64 `json:"connect_ratio"`
}
