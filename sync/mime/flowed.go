package mime

import "strings"

// unflow decodes format=flowed text (RFC 3676): a line ending in a space is
// a soft break joined to the next line (§4.2); with DelSp=yes that space is
// removed (§4.5); space-stuffing is undone (§4.4); quote depth is kept
// (§4.5), and the signature separator "-- " is never joined (§4.3).
func unflow(s string, delsp bool) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	b.Grow(len(s))
	para := false // inside a flowed paragraph
	paraDepth := 0
	for _, l := range lines {
		depth := 0
		for depth < len(l) && l[depth] == '>' {
			depth++
		}
		body := strings.TrimPrefix(l[depth:], " ") // space-stuffing (RFC 3676 §4.4)
		if para && depth != paraDepth {
			b.WriteByte('\n') // quote depth changed: the paragraph ends
			para = false
		}
		if !para {
			b.WriteString(strings.Repeat(">", depth))
			if depth > 0 {
				b.WriteByte(' ')
			}
		}
		flowed := strings.HasSuffix(body, " ") && body != "-- "
		if flowed && delsp {
			body = body[:len(body)-1]
		}
		b.WriteString(body)
		if flowed {
			para, paraDepth = true, depth
			continue
		}
		para = false
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}
