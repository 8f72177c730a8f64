package owntext

import (
	"strings"

	"golang.org/x/net/html"
)

// Unquoted returns a plain-text body without what it quotes: the lines Plain
// reads a signature from, with quoted replies and forwarded messages
// removed as Plain removes them. Plain(Unquoted(s)) is Plain(s); a store
// keeps Unquoted text so that later rules can read the author's part again
// without keeping anyone else's words.
func Unquoted(text string) string {
	lines := splitLines(normalize(text))
	if strings.Contains(text, trackingMark) {
		lines = dropTrackingMarks(lines)
	}
	return strings.Join(stripQuotes(lines), "\n")
}

// UnquotedHTML returns an HTML body without the elements that hold quoted
// or forwarded messages (isQuote) and without everything from the start of
// an Outlook reply's quoted tail (stops) on, rendered back to HTML. Text that
// only the plain-text rules recognize as quoted (an attribution or header
// block written as text) stays. A body with nothing to remove is returned as
// it came.
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
	if stop == nil && len(drop) == 0 {
		return s // nothing quoted: the body as it came
	}
	for _, n := range drop {
		n.Parent.RemoveChild(n)
	}
	// Everything after the stop, in document order: its later siblings and
	// those of each of its ancestors.
	for n := stop; n != nil && n.Parent != nil; n = n.Parent {
		for n.NextSibling != nil {
			n.Parent.RemoveChild(n.NextSibling)
		}
	}
	if stop != nil {
		stop.Parent.RemoveChild(stop)
	}
	var b strings.Builder
	if err := html.Render(&b, doc); err != nil {
		return ""
	}
	return b.String()
}
