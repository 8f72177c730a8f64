package imaptest

import (
	"fmt"
	"mime"
	"sort"
	"strings"
	"time"
)

// Message builds a small single-part text/plain RFC 5322 message with CRLF
// line endings and "Message-ID: <i.imaptest@test>". A zero date stands for
// 2024-01-01 00:00 UTC plus i minutes. A non-ASCII subject is Q-encoded;
// the body is sent as UTF-8 8bit and its line endings are turned into CRLF.
// extraHeaders are added after the standard fields in key order; a key that
// names a standard field (Date, From, To, Subject, Message-ID,
// MIME-Version, Content-Type, Content-Transfer-Encoding; any case) replaces
// it, and an empty value removes it (or is ignored).
func Message(i int, from, to, subject, body string, date time.Time, extraHeaders map[string]string) []byte {
	if date.IsZero() {
		date = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute)
	}
	type field struct {
		name, value string
		drop        bool
	}
	fields := []field{
		{name: "Date", value: date.Format("Mon, 02 Jan 2006 15:04:05 -0700")},
		{name: "From", value: from},
		{name: "To", value: to},
		{name: "Subject", value: mime.QEncoding.Encode("utf-8", subject)},
		{name: "Message-ID", value: fmt.Sprintf("<%d.imaptest@test>", i)},
		{name: "MIME-Version", value: "1.0"},
		{name: "Content-Type", value: "text/plain; charset=utf-8"},
		{name: "Content-Transfer-Encoding", value: "8bit"},
	}
	keys := make([]string, 0, len(extraHeaders))
	for k := range extraHeaders {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := extraHeaders[k]
		replaced := false
		for j := range fields {
			if strings.EqualFold(fields[j].name, k) {
				fields[j] = field{name: fields[j].name, value: v, drop: v == ""}
				replaced = true
			}
		}
		if !replaced && v != "" {
			fields = append(fields, field{name: k, value: v})
		}
	}

	var b strings.Builder
	for _, f := range fields {
		if f.drop {
			continue
		}
		b.WriteString(f.name)
		b.WriteString(": ")
		b.WriteString(f.value)
		b.WriteString("\r\n")
	}
	b.WriteString("\r\n")
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\n", "\r\n")
	b.WriteString(body)
	if !strings.HasSuffix(body, "\r\n") {
		b.WriteString("\r\n")
	}
	return []byte(b.String())
}
