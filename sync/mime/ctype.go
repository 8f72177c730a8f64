package mime

import "strings"

// lenientContentType reads a Content-Type field that mime.ParseMediaType
// rejects, the way mail clients do: the media type before the first ";",
// then "name=value" parameters, a value quoted or not. Outlook Express and
// others write unquoted boundaries that hold "=", which RFC 2045 §5.1 only
// allows quoted: `boundary=----=_NextPart_000_0093`. It reports false when
// no media type of the form "type/subtype" is there.
func lenientContentType(v string) (string, map[string]string, bool) {
	fields := strings.Split(v, ";")
	mt := strings.ToLower(strings.TrimSpace(fields[0]))
	slash := strings.IndexByte(mt, '/')
	if slash <= 0 || slash == len(mt)-1 || strings.ContainsAny(mt, " \t\"=") {
		return "", nil, false
	}
	params := map[string]string{}
	for _, f := range fields[1:] {
		k, val, ok := strings.Cut(f, "=")
		k = strings.ToLower(strings.TrimSpace(k))
		if !ok || k == "" {
			continue
		}
		val = strings.TrimSpace(val)
		if len(val) >= 2 && val[0] == '"' {
			if end := strings.IndexByte(val[1:], '"'); end >= 0 {
				val = val[1 : end+1]
			}
		}
		if _, seen := params[k]; !seen && val != "" {
			params[k] = val
		}
	}
	return mt, params, true
}
