package owntext

// maxCiteTag bounds a Supercite attribution tag: initials or a short
// nickname ("JD", "ana", "kevin_t").
const maxCiteTag = 10

// markSupercite returns lines with the quotes Emacs Supercite and Gnus
// write, "JD> text" or "  JD>> text" (a tag of the quoted author's initials
// before the ">" of RFC 3676 §4.5), written as plain "> " quotes, so that
// every rule that reads "> " quotes reads them too. A tag counts only when
// two lines or more start with it: one "Note> " line is the author's own.
// lines itself is returned when nothing is rewritten.
func markSupercite(lines []string) []string {
	var tags map[string]int
	for _, l := range lines {
		if tag, _ := citeTag(l); tag != "" {
			if tags == nil {
				tags = map[string]int{}
			}
			tags[tag]++
		}
	}
	if tags == nil {
		return lines
	}
	var out []string
	for i, l := range lines {
		tag, rest := citeTag(l)
		if tag == "" || tags[tag] < 2 {
			continue
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		out[i] = rest
	}
	if out == nil {
		return lines
	}
	return out
}

// citeTag reads a Supercite tag at the start of l: at most three blanks,
// a tag of letters, digits, '_', '.' or '-' holding a letter, then one ">"
// or more followed by a blank or the line's end. It returns the tag and
// the line from its first ">" on, or "" when l does not start so.
func citeTag(l string) (tag, rest string) {
	i := 0
	for i < len(l) && i < 3 && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	start, letter := i, false
	for ; i < len(l) && isTagByte(l[i]); i++ {
		if i-start == maxCiteTag {
			return "", ""
		}
		letter = letter || isLetterByte(l[i])
	}
	if !letter || i == len(l) || l[i] != '>' {
		return "", ""
	}
	end := i
	for i < len(l) && l[i] == '>' {
		i++
	}
	if i < len(l) && l[i] != ' ' && l[i] != '\t' {
		return "", ""
	}
	return l[start:end], l[end:]
}

func isLetterByte(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

func isTagByte(c byte) bool {
	return isLetterByte(c) || isDigit(c) || c == '_' || c == '.' || c == '-'
}
