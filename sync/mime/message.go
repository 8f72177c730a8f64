package mime

import (
	"strings"
	"unicode"

	"dialtone/analysis/owntext"
	"dialtone/model"
)

// TextVersion versions the rules that read a body: what unquotedBody keeps
// of it and what ReadBody derives from that, the own text and the
// sign-off. Bump it whenever their output changes (here or in package
// owntext), so that stored messages are read again; TestTextVersion fails
// until it is bumped. Version 2 cuts quoted tails that HTML shows only as
// text (Outlook for Windows' header block) from the kept body; version 3
// cuts the lines Emacs Supercite quotes with the author's initials ("JD> ");
// version 4 keeps a bare ">" for each quoted line between two kept ones.
const TextVersion = 4

// Message returns a model.Message with the fields Parse fills: ids, thread
// references, addresses, subject, date, body, own text and sign-off, size
// and attachments. The connector sets the rest (account, folder, UID,
// direction).
func (p Parsed) Message() model.Message {
	return model.Message{
		MessageID:   p.MessageID,
		InReplyTo:   p.InReplyTo,
		References:  append([]string(nil), p.References...),
		From:        p.From,
		To:          append([]model.Address(nil), p.To...),
		Cc:          append([]model.Address(nil), p.Cc...),
		Subject:     p.Subject,
		Date:        p.Date,
		OwnText:     p.OwnText,
		SignOff:     p.SignOff,
		Size:        p.Size,
		Oversize:    p.Oversize,
		Attachments: append([]model.Attachment(nil), p.Attachments...),
		Answers:     p.answers(),
		Forwards:    p.Quote.Forwarded(p.Subject) && !sameSender(p.Quote.From, p.From),
		Body:        p.Body,
		TextVersion: TextVersion,
	}
}

// Reread reads m's stored Body again with the current rules: it removes
// what they now find quoted in it (the body kept may only shrink) and
// replaces its own text and sign-off, setting its TextVersion. Answers and
// Forwards, read from the quote the body no longer holds, stay as they are.
// A message without a body is left as it is, and false returned.
func Reread(m *model.Message) bool {
	if m.Body.IsZero() {
		return false
	}
	m.Body = unquotedBody(m.Body.Plain, m.Body.HTML)
	t := ReadBody(m.Body)
	m.OwnText, m.SignOff, m.TextVersion = t.Own, t.SignOff, TextVersion
	return true
}

// maxAnswers bounds Message.Answers.
const maxAnswers = 300

// answers returns the questions of the message p quotes in reply, when
// someone else wrote it (a forward, or a quote of the sender's own earlier
// mail, asks the sender nothing).
func (p Parsed) answers() string {
	if p.Quote.Forwarded(p.Subject) || p.Quote.Text == "" || sameSender(p.Quote.From, p.From) {
		return ""
	}
	return owntext.Questions(p.Quote.Text, maxAnswers)
}

// sameSender reports whether a quote's sender line ("On … Omar Aziz
// <omar@x> wrote:", "Aziz, Omar [mailto:omar@x]", "Omar Aziz") names a:
// its address, or every word of its name.
func sameSender(from string, a model.Address) bool {
	low := strings.ToLower(from)
	if e := strings.ToLower(a.Email); e != "" && strings.Contains(low, e) {
		return true
	}
	words := strings.FieldsFunc(strings.ToLower(a.Name), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return false
	}
	have := map[string]bool{}
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		have[w] = true
	}
	for _, w := range words {
		if !have[w] {
			return false
		}
	}
	return true
}
