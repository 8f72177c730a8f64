package mime

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{gmailAlternative, outlookHTML1252, appleQP, thunderbirdFlowed, forwardedChain, withAttachment, brokenBoundary, "", "a:b\n\nc"} {
		f.Add(s, int64(0))
	}
	f.Add(withAttachment, int64(300))
	f.Fuzz(func(t *testing.T, raw string, max int64) {
		p, err := Parse(strings.NewReader(raw), Options{MaxBytes: max % 100000})
		if err != nil {
			return
		}
		if !utf8.ValidString(p.OwnText) || !utf8.ValidString(p.Subject) {
			t.Fatalf("invalid UTF-8 in %+v", p)
		}
		if p.Size < 0 || p.Size > int64(len(raw)) {
			t.Fatalf("size %d for %d bytes", p.Size, len(raw))
		}
		// Reading the stored body again gives what the parse gave.
		m := p.Message()
		again := m
		again.OwnText, again.SignOff, again.TextVersion = "", "", 0
		if Reread(&again) && textFields(again) != textFields(m) {
			t.Fatalf("read again: %q, parsed: %q", textFields(again), textFields(m))
		}
		for _, a := range p.Attachments {
			if a.Size < 0 {
				t.Fatalf("negative attachment size %+v", a)
			}
		}
	})
}
