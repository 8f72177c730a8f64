package mime

import (
	"bytes"
	"io"
	"strings"

	"dialtone/analysis/owntext"
	"dialtone/model"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/textproto"
)

// maxDepth bounds multipart nesting (RFC 2046 sets no limit; real mail
// rarely goes past 5).
const maxDepth = 32

// maxParts bounds the number of parts walked in one message.
const maxParts = 1000

// walker collects the text candidates and attachments of one message.
type walker struct {
	p      *Parsed
	plain  string
	html   string
	parts  int
	broken bool
}

// walkBody decodes the body with go-message and fills Body, the own text
// read from it, and Attachments. If the MIME structure yields no text part,
// the raw body is salvaged as text.
func walkBody(p *Parsed, h textproto.Header, raw []byte) {
	w := &walker{p: p}
	e, err := newEntity(h, bytes.NewReader(raw))
	if err != nil && !isUnknown(err) {
		p.Warnings = append(p.Warnings, "unreadable body")
		e = nil
	}
	if e != nil {
		w.entity(e, err, 0)
	}
	p.read(w.plain, w.html)
	if p.OwnText == "" && (w.broken || e == nil) {
		mt, _, _ := (&message.Header{Header: h}).ContentType()
		p.salvage(raw, mt)
	}
}

// read fills p from a message's text parts: Body keeps them without what
// they quote (so that the store holds the author's words only), the own
// text and sign-off are read from Body, and the quote from the parts whole.
func (p *Parsed) read(plain, html string) {
	p.Body = unquotedBody(plain, html)
	p.setText(ReadBody(p.Body))
	switch {
	case plain != "":
		p.Quote = owntext.Quoted(plain)
	case html != "":
		p.Quote = owntext.QuotedHTML(html)
	default:
		p.Quote = owntext.Quote{}
	}
}

// unquotedBody returns the text parts without the replies and forwarded
// messages they quote. A plain part that is all quote stays a blank line,
// so that ReadBody still reads the plain part and not the HTML one.
func unquotedBody(plain, html string) model.Body {
	var b model.Body
	if plain != "" {
		if b.Plain = owntext.Unquoted(plain); strings.TrimSpace(b.Plain) == "" {
			b.Plain = "\n"
		}
	}
	if html != "" {
		b.HTML = owntext.UnquotedHTML(html)
	}
	return b
}

// ReadBody reads the own text of a body: from its text/plain part when it
// has one (cut where a text/html alternative marks the signature), else
// from its text/html part. Parse and a later re-reading of a stored body
// (Reread) both go through here, so they agree.
func ReadBody(b model.Body) Text {
	switch {
	case b.Plain != "":
		t := owntext.Alternative(b.Plain, b.HTML)
		return Text{Own: t.Own, SignOff: t.SignOff}
	case b.HTML != "":
		t := owntext.HTML(b.HTML)
		return Text{Own: t.Own, SignOff: t.SignOff, FromHTML: true}
	}
	return Text{}
}

// Text is what ReadBody finds in a body.
type Text struct {
	Own      string // the own text
	SignOff  string // how the author closed it, or ""
	FromHTML bool   // Own came from the text/html part
}

// setText copies what ReadBody found into p.
func (p *Parsed) setText(t Text) {
	p.OwnText, p.SignOff, p.FromHTML = t.Own, t.SignOff, t.FromHTML
}

// entity visits one MIME entity. newErr is the error message.New returned
// for it (an unknown charset or transfer encoding, or nil).
func (w *walker) entity(e *message.Entity, newErr error, depth int) {
	w.parts++
	if w.parts > maxParts {
		w.broken = true
		return
	}
	if message.IsUnknownEncoding(newErr) {
		e, newErr = relaxEncoding(e, w.p)
	}
	mt, params, ctErr := e.Header.ContentType()
	if ctErr != nil {
		if lmt, lparams, ok := lenientContentType(e.Header.Get("Content-Type")); ok {
			mt, params = lmt, lparams
			e = reparse(e, mt, params)
		}
	}
	if mt == "" {
		mt = "text/plain" // RFC 2045 §5.2 default
	}
	if strings.HasPrefix(mt, "multipart/") {
		w.multipart(e.Body, params["boundary"], depth)
		return
	}
	disp, dparams, _ := e.Header.ContentDisposition()
	name := dparams["filename"]
	if name == "" {
		name = params["name"]
	}
	name = cleanHeaderText(decodeWords(name))
	isText := mt == "text/plain" || mt == "text/html"
	if isText && disp != "attachment" && (name == "" || disp == "inline") {
		w.text(e, mt, params, newErr)
		return
	}
	size, _ := io.Copy(io.Discard, e.Body) // count, never keep
	if disp != "attachment" && e.Header.Get("Content-Id") != "" && strings.HasPrefix(mt, "image/") {
		return // an image embedded in the HTML (a logo), not material
	}
	if name == "" {
		switch {
		case mt == "message/rfc822":
			name = "forwarded message.eml"
		case mt == "text/calendar":
			name = "invite.ics"
		default:
			name = "unnamed"
		}
	}
	w.p.Attachments = append(w.p.Attachments, model.Attachment{Name: name, Type: mt, Size: size})
}

// multipart visits the parts of a multipart entity (RFC 2046 §5.1). A part
// the reader cannot parse (a broken boundary, a malformed part header) stops
// the walk with what was found so far.
func (w *walker) multipart(body io.Reader, boundary string, depth int) {
	if boundary == "" || depth >= maxDepth {
		w.broken = true
		return
	}
	mr := textproto.NewMultipartReader(body, boundary)
	n := 0
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			w.broken = true
			w.p.Warnings = append(w.p.Warnings, "broken multipart structure")
			break
		}
		e, newErr := newEntity(part.Header, part)
		n++
		w.entity(e, newErr, depth+1)
		if w.parts > maxParts {
			break
		}
	}
	if n == 0 {
		w.broken = true
	}
}

// text reads a text part; the first text/plain and the first text/html are
// kept as candidates (RFC 2046 §5.1.4: in multipart/alternative the parts
// are equivalent, so the plain one is preferred).
func (w *walker) text(e *message.Entity, mt string, params map[string]string, newErr error) {
	if (mt == "text/plain" && w.plain != "") || (mt == "text/html" && w.html != "") {
		io.Copy(io.Discard, e.Body)
		return
	}
	b, err := io.ReadAll(e.Body)
	if err != nil {
		w.p.Warnings = append(w.p.Warnings, "bad transfer encoding in a text part")
	}
	s := decodeText(b, params["charset"], mt, newErr, w.p)
	if mt == "text/plain" && strings.EqualFold(params["format"], "flowed") {
		s = unflow(s, strings.EqualFold(params["delsp"], "yes"))
	}
	if strings.TrimSpace(s) == "" {
		return
	}
	if mt == "text/plain" {
		w.plain = s
	} else {
		w.html = s
	}
}

// salvage reads a body whose MIME structure is unusable: boundary lines,
// part headers and base64 blocks are dropped, and what is left is read as
// the message's one text part (HTML when it looks like markup).
func (p *Parsed) salvage(raw []byte, mt string) {
	if text, isHTML := salvageText(raw, mt); isHTML {
		p.read("", text)
	} else {
		p.read(text, "")
	}
}

// salvageText returns the text of a raw body with boundary lines, part
// headers and base64 blocks dropped, and whether it reads as HTML.
func salvageText(raw []byte, mt string) (string, bool) {
	s := decodeText(raw, "", mt, nil, nil)
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := make([]string, 0, len(lines))
	inPartHeader := false
	isHTML := mt == "text/html"
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case isBoundaryLine(t):
			inPartHeader = true // a boundary: part headers follow
			continue
		case inPartHeader && t == "":
			inPartHeader = false
			continue
		case inPartHeader:
			if strings.Contains(strings.ToLower(t), "text/html") {
				isHTML = true
			}
			continue
		case looksBase64(t):
			continue
		}
		out = append(out, l)
	}
	text := strings.Join(out, "\n")
	if strings.TrimSpace(text) == "" {
		return "", false
	}
	isHTML = isHTML || strings.Contains(strings.ToLower(text), "<html") || strings.Contains(text, "<div") || strings.Contains(text, "<p>")
	return text, isHTML
}

// looksBase64 reports whether a line is a long run of base64 (RFC 2045
// §6.8): an encoded attachment, not text.
func looksBase64(t string) bool {
	if len(t) < 60 || strings.ContainsAny(t, " \t") {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
			return false
		}
	}
	return true
}

// isBoundaryLine reports whether a trimmed line looks like a multipart
// boundary delimiter (RFC 2046 §5.1.1): "--" then boundary characters.
func isBoundaryLine(t string) bool {
	if !strings.HasPrefix(t, "--") || len(t) < 3 || len(t) > 76 || strings.ContainsAny(t, " \t") {
		return false
	}
	for i := 2; i < len(t); i++ {
		c := t[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}
