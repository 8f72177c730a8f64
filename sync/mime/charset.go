package mime

import (
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// decodeText turns a text part's bytes into valid UTF-8. go-message has
// already converted known charsets, except the rawLabels (see newEntity);
// newErr tells whether it could not (unknown charset). Bytes that are valid
// UTF-8 are taken as such. Others are decoded from the charset an HTML part
// declares in a <meta> tag, else as Windows-1252, the superset of
// ISO-8859-1 that mislabeled mail almost always is.
func decodeText(b []byte, cs, mt string, newErr error, p *Parsed) string {
	if message.IsUnknownCharset(newErr) && p != nil {
		p.Warnings = append(p.Warnings, "unknown charset "+strings.ToValidUTF8(limit(cs, 40), "?"))
	}
	declared := strings.ToLower(strings.TrimSpace(cs))
	if utf8.Valid(b) {
		return c1AsWindows1252(string(b))
	}
	if declared == "utf-8" || declared == "utf8" {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	if mt == "text/html" {
		if enc, name, _ := charset.DetermineEncoding(b, "text/html"); enc != nil && name != "windows-1252" && name != "utf-8" {
			if out, err := enc.NewDecoder().Bytes(b); err == nil && utf8.Valid(out) {
				return string(out)
			}
		}
	}
	return decodeLegacy(b)
}

// c1AsWindows1252 replaces C1 control characters (U+0080–U+009F) with the
// Windows-1252 characters of the same byte: Outlook's dashes and curly
// quotes (0x96 is "–") come out as C1 controls from a decoder that reads
// them as ISO-8859-1 (an alias of that label outside rawLabels, or a
// sender that converted them to UTF-8 so). The WHATWG Encoding Standard
// reads that label as Windows-1252 for this reason. No mail text means a C1
// control.
func c1AsWindows1252(s string) string {
	if !strings.ContainsFunc(s, isC1) {
		return s
	}
	dec := charmap.Windows1252
	return strings.Map(func(r rune) rune {
		if isC1(r) {
			if w := dec.DecodeByte(byte(r)); w != utf8.RuneError && !isC1(w) {
				return w
			}
		}
		return r
	}, s)
}

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }

// decodeLegacy decodes bytes as Windows-1252.
func decodeLegacy(b []byte) string {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

func limit(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
