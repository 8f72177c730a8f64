package mime

import (
	"encoding/base64"
	"io"
	"mime/quotedprintable"
	"strings"
	"unicode"

	"github.com/emersion/go-message"
)

// lenientEncoding reads a Content-Transfer-Encoding value that go-message
// does not know the way mail clients do: quotes, blanks, a trailing ";" or
// "(comment)", case and the separators in "7-bit", "8bits",
// "quoted_printable" and "base-64" are ignored. It returns one of the RFC
// 2045 §6.1 mechanisms, or false when the value names none.
func lenientEncoding(v string) (string, bool) {
	if i := strings.IndexAny(v, ";("); i >= 0 {
		v = v[:i]
	}
	v = strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == ' ' || r == '\t' || r == '"' || r == '\'' {
			return -1
		}
		return unicode.ToLower(r)
	}, v)
	switch v {
	case "7bit", "7bits", "8bit", "8bits", "binary", "none", "plain", "text":
		return "8bit", true
	case "quotedprintable", "qp":
		return "quoted-printable", true
	case "base64":
		return "base64", true
	}
	return "", false
}

// relaxEncoding reads again an entity whose transfer encoding go-message
// rejected (message.New's error verified message.IsUnknownEncoding). go-message hands
// such a body over undecoded but charset-converted, which leaves the ASCII
// of base64 or quoted-printable as it was; it is decoded here and then
// charset-converted as a whole. A value naming no mechanism leaves the body
// as it came and adds a warning. It returns the entity to read and the
// error that still applies to it.
func relaxEncoding(e *message.Entity, p *Parsed) (*message.Entity, error) {
	cte := e.Header.Get("Content-Transfer-Encoding")
	enc, ok := lenientEncoding(cte)
	if !ok {
		p.Warnings = append(p.Warnings, "unknown transfer encoding "+strings.ToValidUTF8(limit(cte, 40), "?"))
		return e, nil
	}
	if enc == "8bit" {
		return e, nil // the body is already what the sender meant
	}
	var body io.Reader = quotedprintable.NewReader(e.Body)
	if enc == "base64" {
		body = base64.NewDecoder(base64.StdEncoding, &dropBlanks{r: e.Body})
	}
	h := e.Header.Copy()
	h.Set("Content-Transfer-Encoding", "binary")
	fixed, err := newEntity(h.Header, body)
	fixed.Header = e.Header
	return fixed, err
}

// dropBlanks reads r without the line breaks and blanks that base64 bodies
// carry between their characters (RFC 2045 §6.8 says to ignore them).
type dropBlanks struct{ r io.Reader }

func (d *dropBlanks) Read(b []byte) (int, error) {
	for {
		n, err := d.r.Read(b)
		k := 0
		for _, c := range b[:n] {
			if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
				b[k] = c
				k++
			}
		}
		if k > 0 || err != nil {
			return k, err
		}
	}
}
