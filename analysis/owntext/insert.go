package owntext

import "strings"

// AddParagraph returns draft with paragraph p after the text the author
// wrote, as its own paragraph: before the sign-off, the signature and any
// quoted or forwarded message, which FromPlain leaves out, and before a
// postscript, which it keeps. The rest of the
// draft is kept byte for byte. A draft with no text of its own gets p first.
func AddParagraph(draft, p string) string {
	p = strings.TrimSpace(p)
	if p == "" {
		return draft
	}
	ownText := FromPlain(draft)
	own := strings.Split(ownText, "\n")
	lines := strings.Split(draft, "\n")
	// FromPlain only drops lines and trims them, so its lines match the
	// draft's, in order: the last one's match is where the text ends.
	k, next := -1, 0
	for _, o := range own {
		if o == "" {
			continue
		}
		for next < len(lines) && !sameLine(lines[next], o) {
			next++
		}
		if next == len(lines) {
			k = -1 // no match: a normalization this does not mirror
			break
		}
		if k >= 0 && isPostscript(o) {
			break // p goes above a postscript, and above the signature over it
		}
		k, next = next, next+1
	}
	eol := "\n" // inserted line breaks follow the draft's
	if strings.Contains(draft, "\r\n") {
		eol = "\r\n"
	}
	if k < 0 {
		switch {
		case strings.TrimSpace(ownText) != "":
			return strings.TrimRight(draft, " \t\r\n") + eol + eol + p + eol
		case strings.TrimSpace(draft) == "":
			return p + eol
		}
		return p + eol + eol + draft
	}
	// lines[k] keeps its "\r" in a CRLF draft: "\n" completes its line end.
	out := strings.Join(lines[:k+1], "\n") + "\n" + eol + p
	if rest := lines[k+1:]; len(rest) > 0 {
		sep := eol
		if strings.TrimSpace(rest[0]) != "" {
			sep = eol + eol
		}
		out += sep + strings.Join(rest, "\n")
	}
	return out
}

// sameLine reports whether draft line l reads as own-text line o.
func sameLine(l, o string) bool {
	return strings.TrimRight(normalize(strings.TrimSuffix(l, "\r")), " \t") == o
}
