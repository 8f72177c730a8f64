package model

import "time"

// Direction tells who wrote a message.
type Direction string

// Message directions.
const (
	Outbound Direction = "out"   // the rep sent it
	Inbound  Direction = "in"    // someone else sent it to the rep
	Draft    Direction = "draft" // the rep has not sent it yet
)

// Label is the classifier's verdict on an outbound message.
type Label string

// Labels. An unclassified message has the empty label.
const (
	TouchingBase Label = "touching_base"
	Substantive  Label = "substantive"
)

// ReasonEffect says whether a reason raised or lowered the value score.
type ReasonEffect string

// Reason effects.
const (
	Lowers ReasonEffect = "lowers"
	Raises ReasonEffect = "raises"
)

// Reason explains part of a value score: a phrase that lowered it or content
// that raised it. Start and End are byte offsets into the message's own text
// (End exclusive); both are zero for reasons about the whole message or its
// thread.
type Reason struct {
	Effect ReasonEffect `json:"effect"`
	Code   string       `json:"code"`
	Text   string       `json:"text"`
	Start  int          `json:"start"`
	End    int          `json:"end"`
}

// Attachment is a file attached to a message: its name and size, never its bytes.
type Attachment struct {
	Name string `json:"name"`
	Type string `json:"type"`
	Size int64  `json:"size"`
}

// Message is one email, outbound, inbound or draft. OwnText is the text its
// author wrote in it (quotes, forwarded chains and signatures removed).
type Message struct {
	ID         int64    `json:"id"`
	AccountID  int64    `json:"accountId"`
	Folder     string   `json:"folder"`
	UID        uint32   `json:"uid"`
	MessageID  string   `json:"messageId"`
	InReplyTo  string   `json:"inReplyTo"`
	References []string `json:"references"`
	ThreadID   int64    `json:"threadId"`
	// ThreadKey names the thread when the message is written; the store
	// turns it into ThreadID.
	ThreadKey string    `json:"threadKey"`
	Direction Direction `json:"direction"`
	From      Address   `json:"from"`
	To        []Address `json:"to"`
	Cc        []Address `json:"cc"`
	Subject   string    `json:"subject"`
	Date      time.Time `json:"date"`
	OwnText   string    `json:"ownText"`
	// Answers holds the questions of the other person's message that this
	// reply quotes (at most 300 bytes of whole question sentences): the one
	// piece of an inbound message, stored as headers only, the classifier
	// needs. Empty when the message quotes nothing or no question, quotes
	// its own sender, or forwards.
	Answers string `json:"-"`
	// Forwards reports that the message passes on someone else's message
	// below its own text (a forward, not a quoted reply): material for the
	// reader even when the own text is only "FYI".
	Forwards bool `json:"-"`
	// SignOff is how the author closed the message, below its own text:
	// the sign-off line and the name under it ("Best,\nJess"), or "".
	SignOff     string       `json:"-"`
	Size        int64        `json:"size"`
	Oversize    bool         `json:"oversize"`
	Attachments []Attachment `json:"attachments"`
	Label       Label        `json:"label"`
	Score       int          `json:"score"`
	Reasons     []Reason     `json:"reasons"`
	// Corrected reports that Label is the rep's correction of the
	// classifier's verdict (Score stays the classifier's).
	Corrected bool `json:"-"`
	// ClassifierVersion records which classifier produced Label and Score.
	ClassifierVersion string `json:"classifierVersion"`
	// Facts are what thread analysis reads from the own text, computed
	// once and stored with the message.
	Facts TextFacts `json:"-"`
	// Body is the text the own text was read from, kept for the rep's own
	// messages (sent mail and drafts) so that a newer extractor can read it
	// again; empty for inbound mail and for messages stored without it.
	Body Body `json:"-"`
	// TextVersion records which version of the own-text extraction wrote
	// OwnText and SignOff; 0 when unknown.
	TextVersion int `json:"-"`
}

// Body is the author's part of a message's text, decoded to UTF-8: its
// first text/plain part and its first text/html part (either may be empty)
// with the replies and forwarded messages they quote removed. A body whose
// MIME structure was unreadable holds the text that could be salvaged, in
// Plain or HTML by its look. It never holds attachments.
type Body struct {
	Plain string
	HTML  string
}

// IsZero reports whether the body holds no text.
func (b Body) IsZero() bool { return b.Plain == "" && b.HTML == "" }

// TextFacts summarize a message's own text for the thread rules. Version 0
// means not computed; analysis recomputes facts of another version.
type TextFacts struct {
	Version      int
	Words        int
	Questions    int
	Cues         uint32 // bit i set: the text raises cue i of the thread rules
	NonCommittal bool
}

// Recipients returns To and Cc together.
func (m *Message) Recipients() []Address {
	out := make([]Address, 0, len(m.To)+len(m.Cc))
	out = append(out, m.To...)
	return append(out, m.Cc...)
}
