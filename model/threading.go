package model

import (
	"slices"
	"strings"
)

// ThreadRefs returns the Message-IDs that tie a message to its thread: its
// own id, then its References (oldest first), then In-Reply-To, each once.
// Threading links every message that shares one of these ids, which is the
// first step of JWZ threading (https://www.jwz.org/doc/threading.html) and
// of the REFERENCES algorithm of RFC 5256 §2.
func ThreadRefs(m *Message) []string {
	out := make([]string, 0, 2+len(m.References))
	add := func(id string) {
		id = cleanID(id)
		if id == "" {
			return
		}
		for _, s := range out {
			if s == id {
				return
			}
		}
		out = append(out, id)
	}
	add(m.MessageID)
	for _, r := range m.References {
		add(r)
	}
	add(m.InReplyTo)
	return out
}

// ThreadRoot names the oldest message a message knows of in its thread:
// the first of References, else In-Reply-To, else its own id.
func ThreadRoot(m *Message) string {
	for _, r := range m.References {
		if id := cleanID(r); id != "" {
			return id
		}
	}
	if id := cleanID(m.InReplyTo); id != "" {
		return id
	}
	return cleanID(m.MessageID)
}

// cleanID strips white space and angle brackets from a msg-id.
func cleanID(id string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(id), "<>"))
}

// HasThreadHeaders reports whether a message names the messages it answers
// (In-Reply-To or References). Subject matching is only for those that do not.
func HasThreadHeaders(m *Message) bool {
	return strings.TrimSpace(m.InReplyTo) != "" || len(m.References) > 0
}

// replyPrefixes are reply and forward markers in the languages reps meet:
// English, German (AW, WG), Nordic (SV, VS, VB), Dutch (Antw), French (TR),
// Polish (Odp), Italian (R, RIF), Spanish/Portuguese (RV, ENC) and Fw/Fwd.
var replyPrefixes = []string{"re", "fw", "fwd", "aw", "wg", "sv", "vs", "vb", "antw", "tr", "odp", "rif", "r", "rv", "enc", "ref"}

// BaseSubject reduces a subject to the part replies keep, after RFC 5256
// §2.1: reply and forward prefixes ("Re:", "Fwd:", "AW:", "Re[2]:"),
// leading "[list]" tags and trailing "(fwd)" are removed, white space is
// folded and the result lower-cased. isReply reports that a reply or
// forward marker was removed.
func BaseSubject(subject string) (base string, isReply bool) {
	s := strings.Join(strings.Fields(subject), " ")
	for {
		changed := false
		for strings.HasSuffix(strings.ToLower(s), "(fwd)") {
			s = strings.TrimSpace(s[:len(s)-5])
			isReply, changed = true, true
		}
		if strings.HasPrefix(s, "[") {
			if end := strings.IndexByte(s, ']'); end > 0 && end < len(s)-1 {
				s = strings.TrimSpace(s[end+1:])
				changed = true
			}
		}
		if rest, ok := cutReplyPrefix(s); ok {
			s = rest
			isReply, changed = true, true
		}
		if !changed {
			break
		}
	}
	return strings.ToLower(s), isReply
}

// forwardPrefixes are the reply prefixes that mark a forward.
var forwardPrefixes = []string{"fw", "fwd", "wg", "tr", "rv", "enc"}

// IsForwardSubject reports whether a subject marks a forward: it opens
// with "Fwd:", "FW:", "WG:", "TR:", "RV:" or "ENC:", or ends "(fwd)". "Re:
// Fwd: …" answers a forward and is no forward itself.
func IsForwardSubject(subject string) bool {
	s := strings.TrimSpace(subject)
	if strings.HasSuffix(strings.ToLower(s), "(fwd)") {
		return true
	}
	_, word, ok := cutPrefix(s)
	return ok && slices.Contains(forwardPrefixes, word)
}

// ReplySubject returns the subject of a reply to subject: subject itself
// when it already carries a reply prefix in any of replyPrefixes' languages
// ("Re:", "AW:", "SV:"), else subject after "Re: ", as mail programs answer
// a forward ("Re: Fwd: …").
func ReplySubject(subject string) string {
	s := strings.TrimSpace(subject)
	if _, word, ok := cutPrefix(s); ok && !slices.Contains(forwardPrefixes, word) {
		return s
	}
	return "Re: " + s
}

// cutReplyPrefix removes one "Re:", "Re[3]:", "Re :" or "AW:" style prefix.
func cutReplyPrefix(s string) (string, bool) {
	rest, _, ok := cutPrefix(s)
	return rest, ok
}

// cutPrefix removes one reply or forward prefix and returns the rest and
// the prefix word, lower-cased ("re", "fwd").
func cutPrefix(s string) (rest, word string, ok bool) {
	colon := strings.IndexAny(s, ":：")
	if colon <= 0 || colon > 8 {
		return s, "", false
	}
	word = strings.TrimSpace(s[:colon])
	if i := strings.IndexByte(word, '['); i > 0 && strings.HasSuffix(word, "]") {
		word = word[:i] // Re[2]
	}
	word = strings.ToLower(word)
	if !slices.Contains(replyPrefixes, word) {
		return s, "", false
	}
	_, size := firstRuneAt(s, colon)
	return strings.TrimSpace(s[colon+size:]), word, true
}

// firstRuneAt returns the rune at byte offset i and its size.
func firstRuneAt(s string, i int) (rune, int) {
	for _, r := range s[i:] {
		return r, len(string(r))
	}
	return 0, 0
}
