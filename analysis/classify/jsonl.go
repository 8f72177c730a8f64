package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"dialtone/analysis/owntext"
	"dialtone/model"
)

// Example is one labeled message in the JSON Lines format of
// testdata/*.jsonl and the evaluation sets:
// {"id","subject","body","label","thread"?,"note"?}.
type Example struct {
	ID      string          `json:"id"`
	Subject string          `json:"subject"`
	Body    string          `json:"body"`
	Label   model.Label     `json:"label"`
	Thread  []ExampleThread `json:"thread,omitempty"`
	Note    string          `json:"note,omitempty"`
	// Attachments optionally lists the message's attached files (an
	// extension of the shared format; absent in dev.jsonl and real.jsonl).
	Attachments []model.Attachment `json:"attachments,omitempty"`
	// Forwards marks a message that passes on someone else's message when
	// Body is its own text only (the rep's corrections); otherwise it is read
	// from Body.
	Forwards bool `json:"forwards,omitempty"`
}

// ExampleThread is one earlier message of an example's thread.
type ExampleThread struct {
	Direction string `json:"direction"` // "in" or "out"
	Date      string `json:"date"`      // RFC 3339
	Body      string `json:"body"`
}

// QuotedQuestions bounds the questions of a quoted message an example's
// reply is judged against, as a synced message's Answers are bounded.
const QuotedQuestions = 300

// Input turns an example into classifier input: the bodies go through
// owntext.FromPlain, as a synced message's would, and the questions of a
// message the body quotes in reply (not a forward) join the thread as the
// last inbound message, as they do for synced mail.
func (e Example) Input() Input {
	q := owntext.Quoted(e.Body)
	fwd := e.Forwards || q.Forwarded(e.Subject)
	in := Input{Subject: e.Subject, Text: owntext.FromPlain(e.Body), Attachments: e.Attachments, Forwards: fwd}
	for _, m := range e.Thread {
		d, _ := time.Parse(time.RFC3339, m.Date)
		dir := model.Outbound
		if m.Direction == string(model.Inbound) {
			dir = model.Inbound
		}
		in.Thread = append(in.Thread, ThreadMessage{Direction: dir, Date: d, Text: owntext.FromPlain(m.Body)})
	}
	if !fwd && q.Text != "" {
		var at time.Time
		if n := len(in.Thread); n > 0 {
			at = in.Thread[n-1].Date.Add(2 * time.Minute)
		}
		in.Thread = WithQuoted(in.Thread, owntext.Questions(q.Text, QuotedQuestions), at)
	}
	return in
}

// WithQuoted gives thread context what a reply quotes of the other person's
// message (its text in a pasted draft, its questions for stored mail): the
// last inbound message, when it is stored without text, gets it; if the
// thread holds no inbound message after the writer's last one, the quoted
// message joins it one minute before the reply, sent at at.
func WithQuoted(th []ThreadMessage, quoted string, at time.Time) []ThreadMessage {
	if quoted == "" {
		return th
	}
	if n := len(th); n > 0 && th[n-1].Direction == model.Inbound {
		if th[n-1].Text == "" {
			th[n-1].Text = quoted
		}
		return th
	}
	return append(th, ThreadMessage{Direction: model.Inbound, Date: at.Add(-time.Minute), Text: quoted})
}

// LineError is one malformed line of a JSON Lines file.
type LineError struct {
	Line int // 1-based
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// maxLine bounds one JSON line.
const maxLine = 8 << 20

// ReadJSONL reads labeled examples, one JSON object per line. Blank lines
// are skipped; a line that is not valid JSON, lacks an id or body, or has an
// unknown label is reported by line number and reading goes on.
func ReadJSONL(r io.Reader) ([]Example, []LineError) {
	var out []Example
	var errs []LineError
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if strings.TrimSpace(string(b)) == "" {
			continue
		}
		var e Example
		if err := json.Unmarshal(b, &e); err != nil {
			errs = append(errs, LineError{line, err})
			continue
		}
		switch {
		case e.Label != model.TouchingBase && e.Label != model.Substantive:
			errs = append(errs, LineError{line, fmt.Errorf("label %q is not touching_base or substantive", e.Label)})
		case e.Body == "":
			errs = append(errs, LineError{line, fmt.Errorf("no body")})
		default:
			out = append(out, e)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, LineError{line + 1, err})
	}
	return out, errs
}
