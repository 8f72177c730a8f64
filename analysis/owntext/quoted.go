package owntext

import (
	"strings"
	"unicode/utf8"

	"dialtone/model"
)

// MaxQuoted bounds Quote.Text: the start of the quoted message is what a
// reply answers, and a long chain is not worth keeping.
const MaxQuoted = 2000

// Quote is the message quoted (or forwarded) below the author's own text.
type Quote struct {
	// From is the quoted message's author as the mail client wrote it
	// ("Omar Aziz <omar@x.example>", "Tran, Kevin [mailto:kt@x.example]"),
	// or "" when the quote does not say.
	From string
	// Text is the quoted message's own text: its own quotes and signature
	// removed, at most MaxQuoted bytes.
	Text string
	// Forward reports a forwarded message rather than a quoted reply.
	Forward bool
}

// Forwarded reports whether a message with this subject passes q on as a
// forward rather than quoting it in reply: a forward marker above it, or any
// quoted message under a forward subject (Outlook writes "-----Original
// Message-----" above replies and forwards alike; "FW:" tells them apart).
func (q Quote) Forwarded(subject string) bool {
	return q.Forward || (q.Text != "" && model.IsForwardSubject(subject))
}

// Quoted returns the first message quoted below the own text of a
// plain-text body: after a forward marker, an Outlook or Notes header block,
// a reply attribution ("On … wrote:") or, failing those, the first block of
// "> " lines. The zero Quote means the body quotes nothing.
func Quoted(text string) Quote {
	lines := markSupercite(splitLines(normalize(text)))
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if isForwardMarker(t) {
			q := headerQuote(lines, i+1)
			q.Forward = isForwardWord(t)
			return q
		}
		if isHeaderBlock(lines, i) {
			q := headerQuote(lines, i)
			if q.From == "" {
				q.From = notesSender(lines[:i])
			}
			return q
		}
		if n := attributionLen(lines, i); n > 0 {
			from := strings.Join(trimAll(lines[i:i+n]), " ")
			from = from[attributionStart(from):] // not the author's words before it
			j := firstNonBlank(lines, i+n)
			if j < len(lines) && isQuoted(lines[j]) {
				return Quote{From: from, Text: quotedBlock(lines, j)}
			}
			return Quote{From: from, Text: ownOf(lines[i+n:])}
		}
		if isQuoted(lines[i]) {
			return Quote{Text: quotedBlock(lines, i)}
		}
	}
	return Quote{}
}

// headerQuote reads the "Label: value" lines from lines[i] on (blank lines
// before them allowed) and returns the sender and the text after them.
func headerQuote(lines []string, i int) Quote {
	var q Quote
	i = firstNonBlank(lines, i)
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			break
		}
		lab := headerLabel(lines[i])
		if lab == "" {
			break
		}
		if inList(lab, fromLabels) && q.From == "" {
			if k := strings.IndexAny(t, ":："); k >= 0 {
				q.From = strings.TrimSpace(strings.Trim(t[k:], ":： \t*"))
			}
		}
	}
	q.Text = ownOf(lines[i:])
	return q
}

// notesSender returns the name Lotus Notes writes above its header block
// ("Priya Natarajan" then "03/01/2001 12:05 PM"), or "".
func notesSender(above []string) string {
	seen := 0
	for k := len(above) - 1; k >= 0 && seen < 3; k-- {
		t := strings.TrimSpace(above[k])
		if t == "" {
			if seen > 0 {
				break
			}
			continue
		}
		seen++
		if !hasSlashDate(t) && len(t) < 80 {
			return t
		}
	}
	return ""
}

// quotedBlock returns the own text of the "> " lines starting at lines[i].
func quotedBlock(lines []string, i int) string {
	var body []string
	for ; i < len(lines); i++ {
		l := strings.TrimLeft(lines[i], " \t")
		if !strings.HasPrefix(l, ">") {
			if strings.TrimSpace(l) == "" {
				body = append(body, "")
				continue
			}
			if isQuoteContinuation(lines, i) {
				body = append(body, strings.TrimSpace(l))
				continue
			}
			break
		}
		l = strings.TrimPrefix(l, ">")
		l = strings.TrimPrefix(l, " ")
		body = append(body, l)
	}
	return ownOf(body)
}

// ownOf is the own text of the given lines, cut to MaxQuoted bytes.
func ownOf(lines []string) string {
	s := FromPlain(strings.Join(lines, "\n"))
	if len(s) > MaxQuoted {
		end := MaxQuoted
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
		s = s[:end]
	}
	return s
}

// forwardWords mark a forward (not a reply's "Original Message") in a
// marker line, lower-case.
var forwardWords = []string{
	"forward", "weitergeleitet", "transféré", "réexpédié", "reenviado", "inoltrato", "encaminhada",
	"reencaminhada", "doorgestuurd", "vidarebefordrat", "videresendt", "przekazan", "пересыла",
	"転送", "转发",
}

func isForwardWord(t string) bool {
	low := strings.ToLower(t)
	for _, w := range forwardWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

func trimAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimSpace(l)
	}
	return out
}

// Questions returns the question sentences of s (each from the end of the
// sentence or paragraph before it to its "?"; a single line break is a
// wrapped line), joined by a blank, as many whole ones as fit in max bytes.
func Questions(s string, max int) string {
	var b strings.Builder
	start := 0
	for i, r := range s {
		switch r {
		case '\n':
			if strings.HasPrefix(s[i+1:], "\n") {
				start = i + 1
			}
		case '.', '!', '。', '！':
			start = i + utf8.RuneLen(r)
		case '?', '？':
			end := i + utf8.RuneLen(r)
			q := strings.Join(strings.Fields(s[start:end]), " ")
			start = end
			if q == "" || q == "?" {
				continue
			}
			if b.Len() > 0 {
				if b.Len()+1+len(q) > max {
					return b.String()
				}
				b.WriteByte(' ')
			} else if len(q) > max {
				return ""
			}
			b.WriteString(q)
		}
	}
	return b.String()
}
