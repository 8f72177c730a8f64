package app

import (
	"dialtone/analysis"
	"dialtone/model"
)

// Overview is what the Accounts screen shows: which data set is open, the
// connected accounts and the size of the local database.
type Overview struct {
	// Mode is "demo" when the embedded demo data is open, "live" otherwise.
	Mode     string        `json:"mode"`
	DataDir  string        `json:"dataDir"`
	Accounts []AccountView `json:"accounts"`
	Counts   StoreCounts   `json:"counts"`
	TimeZone string        `json:"timeZone"`
	// RepEmails are the rep's own addresses.
	RepEmails []string `json:"repEmails"`
	// SecretsWarning is set when no system keyring exists and passwords
	// are kept in a private file instead.
	SecretsWarning string `json:"secretsWarning"`
	// Classifier is the classifier judging this data.
	Classifier Learning `json:"classifier"`
}

// StoreCounts sizes the open database.
type StoreCounts struct {
	Messages      int `json:"messages"`
	Outbound      int `json:"outbound"`
	Threads       int `json:"threads"`
	Events        int `json:"events"`
	Organizations int `json:"organizations"`
	Calls         int `json:"calls"`
}

// AccountView is one account as the UI shows it; it never carries secrets.
type AccountView struct {
	ID         int64  `json:"id"`
	Kind       string `json:"kind"`
	Name       string `json:"name"`
	Email      string `json:"email"`
	Status     string `json:"status"`
	LastSyncAt string `json:"lastSyncAt"` // RFC 3339, "" when never synced
	LastError  string `json:"lastError"`
	Host       string `json:"host"`
	User       string `json:"user"`
	// Progress is set while a sync runs.
	Progress *model.SyncProgress `json:"progress"`
	// ProgressSeq is the Seq of the newest progress report of the
	// account's syncs, read after Status (0 when there was none). When
	// Status shows no sync running, a report with a Seq at most this one
	// belongs to a sync that has ended.
	ProgressSeq int64 `json:"progressSeq"`
}

// DraftRequest is a draft to review, optionally in reply to a thread.
type DraftRequest struct {
	Subject  string `json:"subject"`
	Text     string `json:"text"`
	ThreadID int64  `json:"threadId"`
}

// DraftReview is Go's verdict on a draft.
type DraftReview struct {
	OwnText string `json:"ownText"`
	Words   int    `json:"words"`
	// Classified is false when no classifier judged the draft.
	Classified  bool           `json:"classified"`
	Label       string         `json:"label"`
	Score       int            `json:"score"`
	Reasons     []model.Reason `json:"reasons"`
	Thread      *ThreadContext `json:"thread"`
	Suggestions []Suggestion   `json:"suggestions"`
}

// Suggestion is one piece of advice on a draft. Paste, when not empty, is
// the sentence it offers, ready to add to the draft (ReviewService.Add).
type Suggestion struct {
	Text  string `json:"text"`
	Paste string `json:"paste"`
}

// ThreadContext describes the thread a draft answers.
type ThreadContext struct {
	ID         int64  `json:"id"`
	Subject    string `json:"subject"`
	Unanswered int    `json:"unanswered"`
	// DaysSilent counts days since the first unanswered message.
	DaysSilent int  `json:"daysSilent"`
	Silent     bool `json:"silent"`
}

// DraftSummary is a saved draft the Review screen can pick.
type DraftSummary struct {
	ID       int64  `json:"id"`
	Subject  string `json:"subject"`
	To       string `json:"to"`
	Date     string `json:"date"`
	Text     string `json:"text"`
	ThreadID int64  `json:"threadId"`
}

// ThreadSummary is one row of the Threads screen.
type ThreadSummary struct {
	ID           int64    `json:"id"`
	Subject      string   `json:"subject"`
	Organization string   `json:"organization"`
	Participants []string `json:"participants"`
	Messages     int      `json:"messages"`
	Outbound     int      `json:"outbound"`
	Inbound      int      `json:"inbound"`
	FirstAt      string   `json:"firstAt"`
	LastAt       string   `json:"lastAt"`
	States       []string `json:"states"`
	Unanswered   int      `json:"unanswered"`
	SilentSince  string   `json:"silentSince"`
	CallScore    float64  `json:"callScore"`
	Reasons      []string `json:"reasons"`
	Advice       string   `json:"advice"`
	// Ask is the sentence the advice offers to send ("" when it advises
	// sending nothing).
	Ask string `json:"ask"`
}

// ThreadList is the Threads screen's data, most in need of the rep first.
type ThreadList struct {
	Threads []ThreadSummary `json:"threads"`
}

// MessageView is one message of an opened thread.
type MessageView struct {
	ID        int64          `json:"id"`
	Direction string         `json:"direction"`
	From      string         `json:"from"`
	To        []string       `json:"to"`
	Date      string         `json:"date"`
	Subject   string         `json:"subject"`
	OwnText   string         `json:"ownText"`
	Label     string         `json:"label"`
	Score     int            `json:"score"`
	Reasons   []model.Reason `json:"reasons"`
	// Corrected reports that Label is the rep's correction; Score and
	// Reasons stay the classifier's.
	Corrected bool `json:"corrected"`
}

// ThreadDetail is an opened thread.
type ThreadDetail struct {
	Summary  ThreadSummary `json:"summary"`
	Messages []MessageView `json:"messages"`
	// ReplySubject is the subject a reply to the thread takes.
	ReplySubject string `json:"replySubject"`
	// ReplyGreeting is how the rep greeted the customer in their last
	// email in the thread ("Hi Dana,", "Sehr geehrter Herr Brandt,"), for a
	// reply to open the same way; "" when that email opened with none.
	ReplyGreeting string `json:"replyGreeting"`
	// ReplySignOff is how the rep closes a reply ("Best,\nJess"): as their
	// latest signed email in the thread, else to someone in it, else to
	// anyone; "" when the rep has signed no email.
	ReplySignOff string `json:"replySignOff"`
}

// WeeklyReport is the Weekly screen's data: oldest week first, the current
// week last.
type WeeklyReport struct {
	Weeks []model.WeekStats `json:"weeks"`
	// TouchingBaseShare is, per week, the share of contacts labeled
	// touching base.
	TouchingBaseShare []float64      `json:"touchingBaseShare"`
	Trend             analysis.Trend `json:"trend"`
	TimeZone          string         `json:"timeZone"`
}

// TouchView is one contact or connect in a week's detail.
type TouchView struct {
	Kind         string   `json:"kind"`   // "contact" or "connect"
	Source       string   `json:"source"` // "email", "meeting" or "call"
	ID           int64    `json:"id"`
	At           string   `json:"at"`
	Organization string   `json:"organization"`
	People       []string `json:"people"`
	Title        string   `json:"title"`
	Label        string   `json:"label"`
}

// WeekDetail lists what made up one week's figures.
type WeekDetail struct {
	Week     string      `json:"week"`
	Start    string      `json:"start"`
	Contacts []TouchView `json:"contacts"`
	Connects []TouchView `json:"connects"`
}

// OrganizationView names an organization for pickers.
type OrganizationView struct {
	Key     string `json:"key"`
	Name    string `json:"name"`
	Touches int    `json:"touches"`
}

// AttentionView is one organization's attention over the window.
type AttentionView struct {
	Key     string   `json:"key"`
	Name    string   `json:"name"`
	Weeks   []int    `json:"weeks"`
	Total   int      `json:"total"`
	CV      float64  `json:"cv"`
	Flags   []string `json:"flags"`
	Reasons []string `json:"reasons"`
}

// AttentionReport is the attention view: week labels and one row per
// organization, flagged ones first.
type AttentionReport struct {
	Weeks []string        `json:"weeks"`
	Rows  []AttentionView `json:"rows"`
}

// LogCallRequest records a call the rep had. Start is RFC 3339, or a local
// "2006-01-02T15:04" in the rep's time zone (what a datetime-local input gives).
type LogCallRequest struct {
	Email   string `json:"email"`
	Name    string `json:"name"`
	Start   string `json:"start"`
	Minutes int    `json:"minutes"`
	Note    string `json:"note"`
}

// CallView is a logged call.
type CallView struct {
	ID      int64  `json:"id"`
	Email   string `json:"email"`
	Name    string `json:"name"`
	Start   string `json:"start"`
	Minutes int    `json:"minutes"`
	Note    string `json:"note"`
}
