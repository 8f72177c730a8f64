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

// TouchKind tells a contact (one-way email) from a connect (a conversation).
type TouchKind string

// Touch kinds.
const (
	TouchContact TouchKind = "contact"
	TouchConnect TouchKind = "connect"
)

// Touch is one contact or connect with an organization: an outbound email
// with external recipients, a meeting that counts as a connect, or a logged
// call. One email to two companies is one touch per company.
type Touch struct {
	Kind   TouchKind `json:"kind"`
	Source string    `json:"source"` // "email", "meeting" or "call"
	ID     int64     `json:"id"`     // the message, event or call id
	At     time.Time `json:"at"`
	OrgKey string    `json:"orgKey"`
	People []string  `json:"people"` // the external people touched
	Title  string    `json:"title"`  // subject, meeting summary or call note
	Label  Label     `json:"label"`  // for emails
}
