package model

import "time"

// ThreadState is a reason a thread needs the rep.
type ThreadState string

// Thread states (DESIGN.md).
const (
	StateCallCandidate ThreadState = "call_candidate"
	StateSilent        ThreadState = "silent"
	StateStalled       ThreadState = "stalled"
)

// Thread is one conversation: messages joined by Message-ID, In-Reply-To and
// References across folders.
type Thread struct {
	ID       int64     `json:"id"`
	Key      string    `json:"key"`
	Subject  string    `json:"subject"`
	FirstAt  time.Time `json:"firstAt"`
	LastAt   time.Time `json:"lastAt"`
	Messages []Message `json:"messages"`
}

// Organization is the other side's company, keyed by domain (or by address
// on free-mail domains). Internal organizations are the rep's own.
type Organization struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	Internal bool   `json:"internal"`
}

// Person is one correspondent.
type Person struct {
	Address
	OrgKey string `json:"orgKey"`
}
