package owntext

import (
	"strings"
	"unicode/utf8"
)

// FromPlain returns the text the author wrote in a plain-text message body:
// quoted replies (attribution lines such as "On … wrote:" in English and
// other languages, "> " quoted lines and Supercite's "JD> " ones, Outlook "-----Original Message-----"
// and "From: … Sent: … To: … Subject:" header blocks, forwarded-message
// markers) and signatures ("-- " delimiter, sign-offs followed by a short
// name block, a dash and a name under the last line, mobile footers, legal
// disclaimers) are removed. The result is
// valid UTF-8 with "\n" line ends, no trailing blanks on lines and at most
// one blank line in a row.
func FromPlain(text string) string { return Plain(text).Own }

// Text is what the author wrote in a message body.
type Text struct {
	// Own is the text itself (FromPlain, FromHTML).
	Own string
	// SignOff is how the author closed it, as written: the sign-off line
	// and the name under it ("Best,\nJess", "Cheers, Jess"), without
	// titles or contact details. Empty when the message has no sign-off
	// above a short name block.
	SignOff string
}

// Plain returns the own text of a plain-text message body, as FromPlain
// does, and the sign-off it ended with.
func Plain(text string) Text {
	lines := splitLines(normalize(text))
	if strings.Contains(text, trackingMark) {
		lines = dropTrackingMarks(lines)
	}
	lines = stripQuotes(lines)
	lines, signOff := stripSignature(lines)
	return Text{Own: tidy(lines), SignOff: signOff}
}

// normalize makes text valid UTF-8 with "\n" line ends, no NULs and plain
// spaces for no-break spaces (Outlook writes many).
func normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if hasNormalizable(s) {
		s = normalizer.Replace(s)
	}
	if hasControl(s) {
		s = strings.Map(func(r rune) rune {
			if isControl(r) {
				return -1
			}
			return r
		}, s)
	}
	return s
}

// isControl reports C0 controls other than tab and newline, and DEL: they
// never belong in text a person wrote.
func isControl(r rune) bool { return (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f }

// hasNormalizable reports whether normalizer would change s. (Searching for
// each sequence is several times faster than strings.ContainsAny, which
// decodes s rune by rune when the set is not ASCII.)
func hasNormalizable(s string) bool {
	return strings.IndexByte(s, '\r') >= 0 || strings.IndexByte(s, 0) >= 0 ||
		strings.Contains(s, "\u00a0") || strings.Contains(s, "\u200b") || strings.Contains(s, "\ufeff")
}

// hasControl reports whether s holds a rune isControl reports. Those are
// ASCII, and no byte of a multi-byte UTF-8 sequence is, so bytes will do.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if isControl(rune(s[i])) {
			return true
		}
	}
	return false
}

var normalizer = strings.NewReplacer(
	"\r\n", "\n",
	"\r", "\n",
	"\x00", "",
	"\u00a0", " ",
	"\u200b", "",
	"\ufeff", "",
)

func splitLines(s string) []string { return strings.Split(s, "\n") }

// trackingMark is the character (U+1427) that mail-tracking tools for Gmail
// (Streak, Mailtrack and the like) give their invisible pixel as its text;
// the plain-text part shows it on a line of its own.
const trackingMark = "\u1427"

// dropTrackingMarks removes the lines that hold only tracking marks.
func dropTrackingMarks(lines []string) []string {
	out := lines[:0]
	for _, l := range lines {
		if isTrackingLine(l) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// isTrackingLine reports a line that holds tracking marks and nothing else.
func isTrackingLine(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && strings.Trim(t, trackingMark+" ") == ""
}

// tidy trims each line's trailing blanks, drops leading and trailing blank or
// rule-only lines and collapses runs of blank lines into one.
func tidy(lines []string) string {
	var b strings.Builder
	blank := 0
	started := false
	end := len(lines)
	for end > 0 {
		t := strings.TrimSpace(lines[end-1])
		if t == "" || isRule(t) {
			end--
			continue
		}
		break
	}
	for _, l := range lines[:end] {
		l = strings.TrimRight(l, " \t")
		if strings.TrimSpace(l) == "" {
			if started {
				blank++
			}
			continue
		}
		if started {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		blank = 0
		started = true
		b.WriteString(l)
	}
	return b.String()
}

// isRule reports whether a trimmed line is only a separator: dashes,
// underscores, equals signs or stars.
func isRule(t string) bool {
	if utf8.RuneCountInString(t) < 2 {
		return false
	}
	for _, r := range t {
		switch r {
		case '-', '_', '=', '*', ' ', '—', '–', '─', '━':
		default:
			return false
		}
	}
	return true
}

// firstNonBlank returns the index of the first non-blank line at or after i,
// or len(lines).
func firstNonBlank(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

// contentEnd returns the length of lines without the blank lines that end
// them.
func contentEnd(lines []string) int {
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	return end
}

// isQuoted reports whether a line is part of a "> " quote (RFC 3676 §4.5
// quote depth markers).
func isQuoted(l string) bool {
	t := strings.TrimLeft(l, " \t")
	return strings.HasPrefix(t, ">")
}
