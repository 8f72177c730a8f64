package model

import "time"

// EventStatus is an iCalendar event STATUS (RFC 5545 §3.8.1.11).
type EventStatus string

// Event statuses.
const (
	EventConfirmed EventStatus = "confirmed"
	EventTentative EventStatus = "tentative"
	EventCancelled EventStatus = "cancelled"
)

// Response is an attendee's PARTSTAT (RFC 5545 §3.2.12).
type Response string

// Attendee responses.
const (
	ResponseNeedsAction Response = "needs_action"
	ResponseAccepted    Response = "accepted"
	ResponseDeclined    Response = "declined"
	ResponseTentative   Response = "tentative"
)

// Attendee is one invited person and their answer. Self marks the rep.
type Attendee struct {
	Address
	Response Response `json:"response"`
	Self     bool     `json:"self"`
}

// Event is one calendar event instance. A recurring meeting is stored as one
// Event per instance, told apart by RecurrenceID (the instance's original
// start, RFC 5545 §3.8.4.4); the same meeting seen through two accounts has
// the same UID and RecurrenceID and counts once.
type Event struct {
	ID            int64       `json:"id"`
	AccountID     int64       `json:"accountId"`
	Calendar      string      `json:"calendar"`
	UID           string      `json:"uid"`
	RecurrenceID  string      `json:"recurrenceId"`
	Summary       string      `json:"summary"`
	Start         time.Time   `json:"start"`
	End           time.Time   `json:"end"`
	AllDay        bool        `json:"allDay"`
	Status        EventStatus `json:"status"`
	Organizer     Address     `json:"organizer"`
	Attendees     []Attendee  `json:"attendees"`
	ConferenceURL string      `json:"conferenceUrl"`
	Location      string      `json:"location"`
}

// LoggedCall is a live conversation the rep recorded by hand; it counts as a
// connect.
type LoggedCall struct {
	ID       int64         `json:"id"`
	Person   Address       `json:"person"`
	Start    time.Time     `json:"start"`
	Duration time.Duration `json:"duration"`
	Note     string        `json:"note"`
}

// MinConnectDuration is the shortest event that counts as a connect.
const MinConnectDuration = 5 * time.Minute
