package feat

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// tokenizeCases are texts where the ASCII fast path must hand over to the
// general step: letters, apostrophes and spaces outside ASCII at the
// start, inside and at the end of words, numbers running into letters,
// and CJK.
var tokenizeCases = []string{
	"", " ", "\n", "a", "'", "a'", "'a", "a'b", "a''b", "don't", "don’t", "donʼt", "don’", "’t",
	"café au lait", "naïve", "Ünïcödé", "e\u0301t\u0301e", "x\u00a0y", "a\u2003b\u2028c",
	"25,000 units", "2.5x", "1,", "1.a", "v2", "$39/seat?", "見積もり: 3件", "Grüße,\nJörg",
	"l'été", "l'Été", "it'ś", "a'\u0301", "\xff\xfe bad", "ok\xffok", "tab\tand\vform\ffeed\r\n",
}

// The fast path and the general step cut every text into the same tokens,
// whatever room dst starts with.
func TestTokenizeFastPathAgrees(t *testing.T) {
	texts := append([]string(nil), tokenizeCases...)
	files, _ := filepath.Glob("../../testdata/*.jsonl")
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var ex struct{ Subject, Body string }
			if json.Unmarshal(sc.Bytes(), &ex) == nil {
				texts = append(texts, ex.Subject, ex.Body)
			}
		}
		fh.Close()
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d texts", len(texts))
	}
	for _, s := range texts {
		checkTokenizeAgrees(t, s)
	}
}

func checkTokenizeAgrees(t *testing.T, s string) {
	t.Helper()
	want := tokenize(nil, s, false)
	for _, room := range []int{0, 1, 3, len(want)} {
		if got := Tokenize(make([]Token, 0, room), s); !slices.Equal(got, want) {
			t.Fatalf("%q (room %d):\nfast    %+v\ngeneral %+v", s, room, got, want)
		}
	}
	// Appending keeps what dst held.
	prefix := []Token{{Start: -1}}
	if got := Tokenize(prefix, s); got[0].Start != -1 || !slices.Equal(got[1:], want) {
		t.Fatalf("%q appended: %+v", s, got)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizeCases {
		f.Add(s)
	}
	f.Fuzz(checkTokenizeAgrees)
}
