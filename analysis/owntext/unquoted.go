package owntext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Unquoted returns a plain-text body without what it quotes: the lines Plain
// reads a signature from, with quoted replies and forwarded messages
// removed as Plain removes them. Plain(Unquoted(s)) is Plain(s); a store
// keeps Unquoted text so that later rules can read the author's part again
// without keeping anyone else's words.
//
// A line removed between two kept ones leaves a bare ">" behind, so that
// the rules that look a few lines ahead (an attribution wrapped over lines,
// an Outlook header block) meet, in the kept text, a quoted line where they
// met one before, and not the next line of the author's.
func Unquoted(text string) string {
	lines := splitLines(normalize(text))
	if strings.Contains(text, trackingMark) {
		lines = dropTrackingMarks(lines)
	}
	out, at, _ := splitQuotes(lines, true)
	var b strings.Builder
	prev := -1 // the line of lines last written
	if len(at) > 0 {
		// Of the lines above the first kept one, only the one just above
		// is ever looked at (isQuoteContinuation): one ">" stands for all.
		prev = max(-1, at[0]-2)
	}
	for k, l := range out {
		if k > 0 {
			b.WriteByte('\n')
		}
		for ; prev+1 < at[k]; prev++ {
			b.WriteString(">\n")
		}
		b.WriteString(l)
		prev = at[k]
	}
	return b.String()
}

// UnquotedHTML returns an HTML body without the quoted or forwarded
// message it holds, rendered back to HTML: the elements mail clients wrap a
// quote in (isQuote), everything from the start of an Outlook reply's
// quoted tail (stops) on, and everything from where the plain-text rules
// find a quoted tail in what is left (an Outlook header block in a bordered
// div, a forward marker, an attribution line, as stripQuotes finds them)
// on. Quoted "> " lines written as text stay. A body with nothing to remove
// is returned as it came.
func UnquotedHTML(s string) string {
	doc, err := html.Parse(strings.NewReader(normalize(s)))
	if err != nil {
		return ""
	}
	var stop *html.Node
	var drop []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && stop == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case stops(c):
				stop = c
			case isQuote(c):
				drop = append(drop, c)
			default:
				walk(c)
			}
		}
	}
	walk(doc)
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
	if stop != nil {
		cutFrom(stop)
	}
	cut := cutQuotedText(doc) // on what the markup left
	if !cut && stop == nil && len(drop) == 0 {
		return s // nothing quoted: the body as it came
	}
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		return ""
	}
	return b.String()
}

// cutQuotedText cuts doc where the plain-text rules find a quoted tail in
// its rendering (splitQuotes): from the text node that starts it on, or,
// when the author's words share that node ("Thanks! On Mon, Ana wrote:"),
// from just after them. It reports whether it cut anything.
func cutQuotedText(doc *html.Node) bool {
	r := renderer{track: true}
	r.walk(doc, 0)
	raw := r.b.String()
	if len(r.spans) == 0 || !utf8.ValidString(raw) {
		return false
	}
	lines := splitLines(normalize(raw))
	var at []int // at[k] is the line of lines the k-th line read is, when marks are dropped
	if strings.Contains(raw, trackingMark) {
		kept := make([]string, 0, len(lines))
		for i, l := range lines {
			if isTrackingLine(l) {
				continue
			}
			kept = append(kept, l)
			at = append(at, i)
		}
		lines = kept
	}
	_, _, t := splitQuotes(lines, true)
	if t.line < 0 {
		return false
	}
	if at != nil {
		t.line = at[t.line]
	}
	off := rawOffset(raw, t.line, t.col)
	for _, sp := range r.spans {
		if sp.end <= off {
			continue
		}
		if sp.start >= off {
			cutFrom(sp.n)
			return true
		}
		keep := raw[sp.start:off]
		if !sp.pre && isHTMLSpace(sp.n.Data[0]) {
			keep = " " + keep
		}
		sp.n.Data = keep
		removeAfter(sp.n)
		return true
	}
	return false
}

// rawOffset returns where, in s, byte col of line `line` of normalize(s)
// comes from; s is valid UTF-8. It returns len(s) when s is shorter.
func rawOffset(s string, line, col int) int {
	n, c := 0, 0 // line and byte of the normalized text
	for i := 0; i < len(s); {
		if n > line || (n == line && c >= col) {
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				size = 2
			}
			n, c = n+1, 0
		case r == '\n':
			n, c = n+1, 0
		case r == '\u00a0':
			c++
		case r == '\u200b' || r == '\ufeff' || r == 0 || isControl(r):
			// normalize drops it
		default:
			c += size
		}
		i += size
	}
	return len(s)
}

// cutFrom removes n and everything after it in document order, then the
// elements it leaves empty.
func cutFrom(n *html.Node) {
	removeAfter(n)
	p := n.Parent
	p.RemoveChild(n)
	for p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.Html && isEmpty(p) {
		up := p.Parent
		up.RemoveChild(p)
		p = up
	}
}

// removeAfter removes everything after n in document order: its later
// siblings and those of each of its ancestors.
func removeAfter(n *html.Node) {
	for ; n != nil && n.Parent != nil; n = n.Parent {
		for n.NextSibling != nil {
			n.Parent.RemoveChild(n.NextSibling)
		}
	}
}

// isEmpty reports whether an element holds no element and no text but
// white space.
func isEmpty(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || (c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}
