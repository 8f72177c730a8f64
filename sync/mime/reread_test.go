package mime

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"dialtone/model"
)

var update = flag.Bool("update", false, "rewrite testdata/textversion.txt")

// textFields are the fields of a message that the rules derive.
func textFields(m model.Message) [6]any {
	return [6]any{m.OwnText, m.SignOff, m.Answers, m.Forwards, m.TextVersion, m.Body}
}

func TestReread(t *testing.T) {
	salvaged := "Subject: x\nContent-Type: multipart/mixed\n\nHi Ana, the signed order is attached.\n\nOn Mon, 2 Mar 2026 Ana <ana@b.example> wrote:\n> Did you sign it?\n"
	for name, raw := range map[string]string{
		"gmail": gmailAlternative, "outlook": outlookHTML1252, "apple": appleQP, "thunderbird": thunderbirdFlowed,
		"forward": forwardedChain, "attachment": withAttachment, "broken boundary": brokenBoundary, "outlook desktop": outlookDesktop,
		"no boundary": salvaged, "no header": "Thanks, the PO is 4471.\n\nBest,\nJess\n",
	} {
		t.Run(name, func(t *testing.T) {
			p := mustParse(t, crlf(raw), Options{})
			m := p.Message()
			if m.Body.IsZero() || m.TextVersion != TextVersion {
				t.Fatalf("body %+v, version %d", m.Body, m.TextVersion)
			}
			stale := m
			stale.OwnText, stale.SignOff, stale.TextVersion = "old", "old", 0
			if !Reread(&stale) {
				t.Fatal("Reread found no body")
			}
			if got, want := textFields(stale), textFields(m); got != want {
				t.Errorf("read again: %q\nparsed:       %q", got, want)
			}
		})
	}
	t.Run("no body", func(t *testing.T) {
		m := model.Message{OwnText: "kept", TextVersion: 0}
		if Reread(&m) || m.OwnText != "kept" || m.TextVersion != 0 {
			t.Errorf("a message without a body changed: %+v", m)
		}
	})
	t.Run("the body holds no quoted words", func(t *testing.T) {
		quoted := 0
		for _, raw := range []string{gmailAlternative, outlookHTML1252, appleQP, thunderbirdFlowed, forwardedChain, outlookDesktop} {
			p := mustParse(t, crlf(raw), Options{})
			q := p.Quote.Text
			if i := strings.IndexByte(q, '\n'); i > 0 {
				q = q[:i]
			}
			if q = strings.TrimSpace(q); len(q) < 8 {
				continue
			}
			quoted++
			if b := p.Body.Plain + p.Body.HTML; strings.Contains(b, q) {
				t.Errorf("the body keeps the quoted %q:\n%s", q, b)
			}
		}
		if quoted < 3 {
			t.Errorf("only %d of the messages quote anything", quoted)
		}
	})
	t.Run("the body holds the parts, not the attachment", func(t *testing.T) {
		p := mustParse(t, crlf(withAttachment), Options{})
		if b := p.Body.Plain + p.Body.HTML; !strings.Contains(b, "revised quote") || strings.Contains(b, "JVBERi0") || strings.Contains(b, "VCALENDAR") {
			t.Errorf("body = %+v", p.Body)
		}
	})
}

// TestTextVersion guards TextVersion: it digests what the rules make of
// every string literal in package owntext's tests and in parse_test.go (as
// a plain part, an HTML part, and both), and compares with the digest
// recorded for the current version in testdata/textversion.txt.
func TestTextVersion(t *testing.T) {
	h := sha256.New()
	lits := testLiterals(t, "../../analysis/owntext/*_test.go", "parse_test.go")
	for _, s := range lits {
		for _, b := range []model.Body{{Plain: s}, {HTML: s}, {Plain: s, HTML: s}} {
			m := model.Message{Body: b}
			Reread(&m)
			fmt.Fprintf(h, "%q\n", textFields(m))
		}
	}
	got := fmt.Sprintf("%d %x\n", TextVersion, h.Sum(nil))
	path := filepath.Join("testdata", "textversion.txt")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Fatalf("the own-text rules read the %d test inputs differently from what %s records (%q, now %q).\n"+
			"If mail already stored would read differently, bump TextVersion so that it is read again;\n"+
			"then (or if only the test inputs changed) run: go test ./sync/mime -run TestTextVersion -update",
			len(lits), path, strings.TrimSpace(string(want)), strings.TrimSpace(got))
	}
}

// testLiterals returns the string literals of the Go files that patterns
// match, in file and source order.
func testLiterals(t *testing.T, patterns ...string) []string {
	var out []string
	for _, pattern := range patterns {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(files)
		for _, f := range files {
			file, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						out = append(out, s)
					}
				}
				return true
			})
		}
	}
	if len(out) < 500 {
		t.Fatalf("only %d test inputs found", len(out))
	}
	return out
}
