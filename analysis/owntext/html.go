package owntext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromHTML turns an HTML message body into its own text. Block elements
// become line breaks, script, style and head are dropped, and the quoted
// parts mail clients mark up are removed before the plain-text rules of
// FromPlain run: Gmail's div.gmail_quote and div.gmail_signature, Outlook's
// #divRplyFwdMsg and #appendonsend (everything after them is the quoted
// message), Apple Mail's and Thunderbird's blockquote type=cite with
// Thunderbird's div.moz-cite-prefix and moz-signature, Yahoo's
// div.yahoo_quoted, Spark's reply and signature sections, and the signature
// elements of Outlook on the web and on phones, Apple Mail on iOS and Proton
// Mail (see isSignatureElement). Links keep their address after the text so the reader
// can see where they point. The input is never rendered or fetched.
func FromHTML(s string) string { return HTML(s).Own }

// HTML returns the own text of an HTML message body, as FromHTML does, and
// the sign-off it ended with.
func HTML(s string) Text {
	s = normalize(s)
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return Plain(s)
	}
	r := renderer{}
	r.walk(doc, 0)
	return Plain(r.b.String())
}

// maxDepth bounds recursion on pathological nesting; deeper content is
// rendered as text without structure.
const maxDepth = 512

type renderer struct {
	b       strings.Builder
	stopped bool // an Outlook reply marker was seen: the rest is quoted
	// quote: render only the first quoted message (QuotedHTML) instead of
	// the author's text; emitting is set once it has been found.
	quote, emitting bool
	pre             int  // inside <pre>: keep whitespace
	space           bool // a space is pending between inline text runs
	// findSig asks for sig, the first line of the first signature the
	// markup names (isSignatureElement, Outlook's bookmark); sigAt is where
	// the text after that bookmark starts in b.
	findSig bool
	sig     string
	sigAt   int
	// track asks for spans, where each text node's words went in b
	// (UnquotedHTML); at is where text last started writing them.
	track bool
	spans []textSpan
	at    int
}

// textSpan is the output of one text node: b[start:end]; pre tells that it
// was written as it came, not as words joined by single spaces.
type textSpan struct {
	n          *html.Node
	start, end int
	pre        bool
}

func (r *renderer) newline() {
	r.space = false
	r.b.WriteByte('\n')
}

func (r *renderer) text(t string) {
	if r.quote && !r.emitting {
		return
	}
	if r.pre > 0 {
		r.at = r.b.Len()
		r.b.WriteString(t)
		return
	}
	lead := len(t) > 0 && isHTMLSpace(t[0])
	trail := len(t) > 0 && isHTMLSpace(t[len(t)-1])
	words := strings.Fields(t)
	if len(words) == 0 {
		if lead && r.b.Len() > 0 {
			r.space = true
		}
		return
	}
	if (lead || r.space) && r.b.Len() > 0 && !endsWithNewline(&r.b) {
		r.b.WriteByte(' ')
	}
	r.at = r.b.Len()
	r.b.WriteString(strings.Join(words, " "))
	r.space = trail
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func endsWithNewline(b *strings.Builder) bool {
	s := b.String()
	return len(s) > 0 && s[len(s)-1] == '\n'
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// skip reports whether an element and its content are not the author's text.
func skip(n *html.Node) bool { return skipAlways(n) || isQuote(n) }

// skipAlways reports elements that never hold message text, quoted or not:
// scripts, styles and the like, and signatures.
func skipAlways(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Head, atom.Title, atom.Template, atom.Noscript, atom.Object, atom.Iframe, atom.Svg:
		return true
	case atom.Div, atom.Span, atom.Pre, atom.Table:
		return isSignatureElement(n)
	}
	return false
}

// signatureIDs are the ids mail clients give the element they insert the
// signature in: Outlook on the web and the new Outlook, Outlook for iOS and
// Android, Apple Mail on iOS, and Proton Mail. Outlook prefixes the ids of
// a message it quotes or forwards with "x_".
var signatureIDs = map[string]bool{
	"Signature": true, "ms-outlook-mobile-signature": true, "AppleMailSignature": true,
	"protonmail_signature_block": true,
}

// isSignatureElement reports the elements mail clients wrap a signature
// in: those of signatureIDs, Gmail's div.gmail_signature, Thunderbird's
// moz-signature, Proton Mail's and Apple Mail's classes, and Spark's
// div name="messageSignatureSection".
func isSignatureElement(n *html.Node) bool {
	return signatureIDs[strings.TrimPrefix(attr(n, "id"), "x_")] ||
		hasClass(n, "gmail_signature") || attr(n, "data-smartmail") == "gmail_signature" || hasClass(n, "moz-signature") ||
		hasClass(n, "protonmail_signature_block") || hasClass(n, "AppleMailSignature") ||
		attr(n, "name") == "messageSignatureSection"
}

// isQuote reports the elements mail clients wrap a quoted message in.
func isQuote(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Blockquote:
		return attr(n, "type") == "cite" || hasClass(n, "gmail_quote") || hasClass(n, "moz-cite") ||
			attr(n, "id") == "mid_quote"
	case atom.Div, atom.Span, atom.Pre, atom.Table:
		return hasClass(n, "gmail_quote") || hasClass(n, "gmail_quote_container") ||
			hasClass(n, "moz-cite-prefix") || hasClass(n, "yahoo_quoted") || hasClass(n, "OutlookMessageHeader") ||
			hasClass(n, "protonmail_quote") || hasClass(n, "zmail_extra") || attr(n, "name") == "messageReplySection"
	}
	return false
}

// stops reports whether an element starts the quoted tail of an Outlook
// reply, after which nothing is the author's: Outlook on the web's and the
// new Outlook's #divRplyFwdMsg and #appendonsend (with the "x_" prefix
// when quoted again), #stopSpelling, Outlook for Mac's and for phones'
// #mail-editor-reference-message-container around the quoted message, and
// older Outlook for Mac's span#OLK_SRC_BODY_SECTION.
func stops(n *html.Node) bool {
	id := strings.TrimPrefix(attr(n, "id"), "x_")
	return strings.HasPrefix(id, "divRplyFwdMsg") || id == "appendonsend" || id == "stopSpelling" ||
		id == "mail-editor-reference-message-container" || id == "OLK_SRC_BODY_SECTION"
}

var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Tr: true, atom.Table: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Pre: true, atom.Blockquote: true, atom.Hr: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Address: true, atom.Dl: true, atom.Dd: true,
	atom.Dt: true, atom.Li: true, atom.Center: true, atom.Form: true, atom.Fieldset: true,
	atom.Main: true, atom.Nav: true, atom.Aside: true, atom.Figure: true, atom.Figcaption: true,
}

func (r *renderer) walk(n *html.Node, depth int) {
	if r.stopped {
		return
	}
	switch n.Type {
	case html.TextNode:
		before := r.b.Len()
		r.text(n.Data)
		if r.track && r.b.Len() > before {
			r.spans = append(r.spans, textSpan{n, r.at, r.b.Len(), r.pre > 0})
		}
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if r.quote {
			if r.enterQuote(n, depth) {
				return
			}
			break
		}
		if stops(n) {
			r.stopped = true
			return
		}
		if skip(n) {
			if r.findSig && r.sig == "" && isSignatureElement(n) {
				sub := renderer{}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					sub.walk(c, depth+1)
				}
				r.sig = firstLine(sub.b.String())
			}
			return
		}
	}
	if depth > maxDepth {
		r.text(textOf(n))
		return
	}
	if r.quote && !r.emitting {
		// looking for the quote: no output yet
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c, depth+1)
		}
		return
	}
	isBlock := n.Type == html.ElementNode && blocks[n.DataAtom]
	if isBlock {
		r.blockBreak(n.DataAtom)
	}
	switch n.DataAtom {
	case atom.Br:
		r.newline()
		return
	case atom.Li:
		r.b.WriteString("- ")
	case atom.Pre:
		r.pre++
	case atom.Td, atom.Th:
		if r.b.Len() > 0 && !endsWithNewline(&r.b) {
			r.b.WriteByte(' ')
		}
	case atom.Img:
		if alt := strings.TrimSpace(attr(n, "alt")); alt != "" && n.Parent != nil && n.Parent.DataAtom == atom.A {
			r.text(alt)
		}
	case atom.A:
		if strings.TrimPrefix(attr(n, "name"), "x_") == "_MailAutoSig" && !r.quote {
			// Outlook's bookmark on the signature it inserted: the plain
			// rules cut at the RFC 3676 delimiter this writes.
			r.blockBreak(atom.Div)
			r.b.WriteString("-- \n")
			if r.sigAt == 0 {
				r.sigAt = r.b.Len()
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, depth+1)
	}
	switch n.DataAtom {
	case atom.Pre:
		r.pre--
	case atom.A:
		r.link(n)
	}
	if isBlock {
		r.blockBreak(n.DataAtom)
	}
}

// enterQuote is walk's element rule when rendering the quoted message: the
// first quote element is rendered whole (quotes nested in it included) and
// ends the walk; an Outlook reply marker starts the rendering of everything
// after it. It reports whether walk is done with n.
func (r *renderer) enterQuote(n *html.Node, depth int) bool {
	if skipAlways(n) {
		return true
	}
	if r.emitting {
		return false
	}
	if stops(n) {
		r.emitting = true
		return false
	}
	if isQuote(n) {
		r.emitting = true
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c, depth+1)
		}
		r.stopped = true
		return true
	}
	return false
}

// QuotedHTML is Quoted for an HTML body: the first quoted message as the
// mail client marked it up (Gmail's div.gmail_quote, Apple Mail's and
// Thunderbird's blockquote type=cite, Outlook's reply marker and what
// follows it, Yahoo's and others' quote classes), its sender when the quote
// names one.
func QuotedHTML(s string) Quote {
	s = normalize(s)
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return Quoted(s)
	}
	r := renderer{quote: true}
	r.walk(doc, 0)
	plain := r.b.String()
	if strings.TrimSpace(plain) == "" {
		// No quote markup (Outlook desktop puts a plain header block in a
		// bordered div): the plain-text rules on the whole rendering.
		all := renderer{quote: true, emitting: true}
		all.walk(doc, 0)
		return Quoted(all.b.String())
	}
	if q := Quoted(plain); q != (Quote{}) {
		return q
	}
	return Quote{Text: ownOf(splitLines(plain))}
}

// blockBreak ends the current line; paragraphs and headings also leave a
// blank line.
func (r *renderer) blockBreak(a atom.Atom) {
	if r.b.Len() == 0 {
		return
	}
	if !endsWithNewline(&r.b) {
		r.newline()
	}
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table, atom.Ul, atom.Ol, atom.Hr:
		s := r.b.String()
		if !strings.HasSuffix(s, "\n\n") {
			r.newline()
		}
	}
	r.space = false
}

// link appends a link's web address after its text unless the text already
// shows it.
func (r *renderer) link(n *html.Node) {
	href := strings.TrimSpace(attr(n, "href"))
	low := strings.ToLower(href)
	if !strings.HasPrefix(low, "http://") && !strings.HasPrefix(low, "https://") {
		return
	}
	text := strings.TrimSpace(textOf(n))
	if text == "" || strings.Contains(text, strings.TrimPrefix(strings.TrimPrefix(href, "https://"), "http://")) || strings.Contains(href, text) {
		if text == "" {
			r.text(" " + href)
		}
		return
	}
	r.text(" (" + href + ")")
}

// textOf returns the text inside n, without structure.
func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node, int)
	rec = func(n *html.Node, d int) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if d > maxDepth*4 || (n.Type == html.ElementNode && skip(n)) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, d+1)
		}
	}
	rec(n, 0)
	return b.String()
}

// firstLine returns the first line of s with anything on it, trimmed.
func firstLine(s string) string {
	lines := splitLines(s)
	if i := firstNonBlank(lines, 0); i < len(lines) {
		return strings.TrimSpace(lines[i])
	}
	return ""
}
