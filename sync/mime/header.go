package mime

import (
	"bufio"
	"bytes"
	"io"
	stdmime "mime"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"dialtone/model"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
)

// maxHeaderBytes bounds the header section (go-message uses the same 1 MiB).
const maxHeaderBytes = 1 << 20

// readHeader reads the header section leniently (RFC 5322 §2.2): folded
// lines are unfolded, lines that are not "Name: value" are skipped with a
// warning, and an mbox "From " line in front is ignored. When the input does
// not start with a header at all, ok is false and body replays everything.
func readHeader(br *bufio.Reader, p *Parsed) (h textproto.Header, ok bool, body io.Reader) {
	type field struct{ k, v string }
	var fields []field
	var consumed bytes.Buffer
	first := true
	bad := 0
	for consumed.Len() < maxHeaderBytes {
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: keep reading it whole. line
			// points into the buffer the next read overwrites: copy it first.
			head := append([]byte(nil), line...)
			rest, err2 := br.ReadBytes('\n')
			line = append(head, rest...)
			err = err2
		}
		consumed.Write(line)
		t := bytes.TrimRight(line, "\r\n")
		if first {
			first = false
			if bytes.HasPrefix(t, []byte("From ")) {
				continue // mbox separator
			}
			if !looksLikeField(t) {
				return h, false, io.MultiReader(bytes.NewReader(consumed.Bytes()), br)
			}
		}
		if len(t) == 0 {
			break // the blank line ending the header section
		}
		if t[0] == ' ' || t[0] == '\t' {
			if len(fields) > 0 {
				fields[len(fields)-1].v += string(t)
			}
		} else if i := bytes.IndexByte(t, ':'); i > 0 && validKey(t[:i]) {
			fields = append(fields, field{string(bytes.TrimSpace(t[:i])), string(t[i+1:])})
		} else {
			bad++
		}
		if err != nil {
			break
		}
	}
	if bad > 0 {
		p.Warnings = append(p.Warnings, "malformed header lines skipped")
	}
	if len(fields) == 0 {
		return h, false, io.MultiReader(bytes.NewReader(consumed.Bytes()), br)
	}
	// textproto.Header.Get returns the field added last; add in reverse so
	// that the first occurrence in the message wins.
	for i := len(fields) - 1; i >= 0; i-- {
		h.Add(fields[i].k, strings.TrimSpace(fields[i].v))
	}
	return h, true, br
}

// looksLikeField reports whether a line starts like a header field:
// printable ASCII up to a colon within the first 80 bytes.
func looksLikeField(t []byte) bool {
	i := bytes.IndexByte(t, ':')
	return i > 0 && i < 80 && validKey(t[:i])
}

// validKey reports whether b is a header field name (RFC 5322 §3.6.8:
// printable US-ASCII except colon; trailing blanks are tolerated).
func validKey(b []byte) bool {
	b = bytes.TrimRight(b, " \t")
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c <= ' ' || c > '~' {
			return false
		}
	}
	return true
}

// fillHeader extracts the fields Dialtone keeps, falling back to lenient
// parsing wherever the strict RFC 5322 parser refuses a field.
func fillHeader(p *Parsed, th textproto.Header) {
	h := gomail.Header{Header: message.Header{Header: th}}
	if id, err := h.MessageID(); err == nil && id != "" {
		p.MessageID = id
	} else {
		p.MessageID = looseID(h.Get("Message-Id"))
	}
	if ids := msgIDs(h, "In-Reply-To"); len(ids) > 0 {
		p.InReplyTo = ids[0]
	}
	p.References = msgIDs(h, "References")
	if from := addresses(h, "From"); len(from) > 0 {
		p.From = from[0]
	} else if sender := addresses(h, "Sender"); len(sender) > 0 {
		p.From = sender[0]
	}
	p.To = addresses(h, "To")
	p.Cc = addresses(h, "Cc")
	p.Date = parseDate(h.Get("Date"))
	p.Subject = cleanHeaderText(decodeWords(h.Get("Subject")))
}

// msgIDs parses a list of msg-ids (RFC 5322 §3.6.4) without angle brackets,
// keeping the ids before any malformed one and salvaging bracketed ids from
// the rest.
func msgIDs(h gomail.Header, key string) []string {
	ids, err := h.MsgIDList(key)
	if err == nil {
		return ids
	}
	v := h.Get(key)
	var out []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := strings.TrimSpace(v[i+1 : i+j]); id != "" && !strings.ContainsAny(id, " \t") {
			out = append(out, id)
		}
		v = v[i+j+1:]
	}
	if len(out) == 0 {
		for _, f := range strings.Fields(h.Get(key)) {
			if strings.Contains(f, "@") {
				out = append(out, strings.Trim(f, "<>,;"))
			}
		}
	}
	return out
}

// looseID strips blanks and angle brackets from a malformed Message-ID.
func looseID(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, '<'); i >= 0 {
		if j := strings.IndexByte(v[i:], '>'); j > 0 {
			return strings.TrimSpace(v[i+1 : i+j])
		}
	}
	v = strings.Trim(v, "<> \t")
	if !utf8.ValidString(v) {
		v = strings.ToValidUTF8(v, "")
	}
	return v
}

// addresses parses an address list (RFC 5322 §3.4) into model addresses,
// with RFC 2047 names decoded; a list the strict parser refuses is split on
// commas and each piece parsed, or scanned for an addr-spec.
func addresses(h gomail.Header, key string) []model.Address {
	raw := h.Get(key)
	if strings.TrimSpace(raw) == "" {
		return nil
	}
	raw = markRawWords(raw)
	ap := mail.AddressParser{WordDecoder: &stdmime.WordDecoder{CharsetReader: wordCharset}}
	var out []model.Address
	if list, err := ap.ParseList(raw); err == nil {
		for _, a := range list {
			out = append(out, model.Address{Name: cleanHeaderText(a.Name), Email: model.NormalizeEmail(a.Address)})
		}
		return out
	}
	for _, piece := range splitAddressList(raw) {
		piece = strings.TrimSpace(piece)
		if piece == "" {
			continue
		}
		if a, err := ap.Parse(piece); err == nil {
			out = append(out, model.Address{Name: cleanHeaderText(a.Name), Email: model.NormalizeEmail(a.Address)})
			continue
		}
		if email, name := scanAddress(piece); email != "" {
			out = append(out, model.Address{Name: cleanHeaderText(decodeWords(name)), Email: email})
		}
	}
	return out
}

// splitAddressList splits on commas outside quotes and angle brackets.
func splitAddressList(s string) []string {
	var out []string
	quoted, angle, start := false, false, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			quoted = !quoted
		case '<':
			angle = true
		case '>':
			angle = false
		case ',', ';':
			if !quoted && !angle {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// scanAddress finds an addr-spec in a malformed mailbox: the text in angle
// brackets, or the first word with an "@"; the rest is the display name.
func scanAddress(s string) (email, name string) {
	if i := strings.IndexByte(s, '<'); i >= 0 {
		if j := strings.IndexByte(s[i:], '>'); j > 0 {
			e := strings.TrimSpace(s[i+1 : i+j])
			if strings.Contains(e, "@") {
				return model.NormalizeEmail(e), strings.Trim(strings.TrimSpace(s[:i]), `"' `)
			}
		}
	}
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, "<>()\"',;")
		if at := strings.IndexByte(f, '@'); at > 0 && at < len(f)-1 {
			return model.NormalizeEmail(f), strings.Trim(strings.TrimSpace(strings.Replace(s, f, "", 1)), `"'<>() `)
		}
	}
	return "", ""
}

// decodeWords decodes RFC 2047 encoded-words with any charset go-message
// knows, returning the input unchanged on error. Words labeled with one of
// rawLabels are decoded as a text part under them is (decodeText): UTF-8
// when their bytes are UTF-8, else Windows-1252, so Outlook's
// "=?iso-8859-1?Q?Angebot_=96_final?=" gives "–", not a control character.
// WordDecoder would read those labels itself, so they reach wordCharset
// under a private prefix.
func decodeWords(s string) string {
	if !strings.Contains(s, "=?") {
		return s
	}
	d := stdmime.WordDecoder{CharsetReader: wordCharset}
	if out, err := d.DecodeHeader(markRawWords(s)); err == nil {
		return out
	}
	return s
}

// rawWordPrefix marks an encoded-word's charset as one of rawLabels.
const rawWordPrefix = "x-dialtone-raw-"

// markRawWords prefixes the charset of each encoded-word ("=?charset?"
// opens one, RFC 2047 §2) that is one of rawLabels with rawWordPrefix.
func markRawWords(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "=?")
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i+2:], '?')
		if j < 0 {
			break
		}
		label := s[i+2 : i+2+j]
		b.WriteString(s[:i+2])
		if lang := strings.IndexByte(label, '*'); rawLabels[strings.ToLower(label)] || lang > 0 && rawLabels[strings.ToLower(label[:lang])] {
			b.WriteString(rawWordPrefix)
		}
		b.WriteString(label)
		s = s[i+2+j:]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s)
	return b.String()
}

// wordCharset converts an encoded-word's bytes for stdmime.WordDecoder.
func wordCharset(label string, r io.Reader) (io.Reader, error) {
	if !strings.HasPrefix(strings.ToLower(label), rawWordPrefix) {
		return message.CharsetReader(label, r)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return strings.NewReader(decodeText(b, "", "", nil, nil)), nil
}

// cleanHeaderText makes a decoded header value valid UTF-8 (raw 8-bit
// headers are read as Windows-1252, the usual culprit) with single spaces.
func cleanHeaderText(s string) string {
	if !utf8.ValidString(s) {
		s = decodeLegacy([]byte(s))
	}
	return strings.Join(strings.Fields(s), " ")
}

// dateLayouts are the Date formats seen in the wild that net/mail refuses.
var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, 02 Jan 2006 15:04:05 -0700",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 MST 2006",
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"Monday, January 2, 2006 3:04 PM",
}

// parseDate parses a Date field (RFC 5322 §3.3) or returns the zero time.
func parseDate(v string) time.Time {
	v = strings.Join(strings.Fields(v), " ")
	if v == "" {
		return time.Time{}
	}
	if t, err := mail.ParseDate(v); err == nil {
		return t
	}
	if i := strings.IndexByte(v, '('); i > 0 {
		if t, err := mail.ParseDate(strings.TrimSpace(v[:i])); err == nil {
			return t
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t
		}
	}
	return time.Time{}
}
