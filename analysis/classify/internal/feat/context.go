package feat

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// What the reader already has: the subject line and the last few messages
// of the thread. A nudge in real mail tends to restate its topic in detail
// (the deal, the document, who sent what) and so looks like content; words
// the reader has already seen in the subject or the thread are not news.

// Context bounds: how many earlier messages, and how much of each, are read.
const (
	contextMsgs  = 3
	contextBytes = 4000
	stemRunes    = 5 // words match on their first five letters ("agreement" ~ "agreements")
)

// stemKey hashes the first stemRunes lower-cased runes of a word token.
func stemKey(s string, tk Token) uint32 {
	h := fnvOffset
	w := s[tk.Start:tk.End]
	if len(w) >= stemRunes && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf && w[2] < utf8.RuneSelf &&
		w[3] < utf8.RuneSelf && w[4] < utf8.RuneSelf {
		for i := 0; i < stemRunes; i++ { // ASCII: no rune decoding
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 32
			}
			h = (h ^ uint32(c)) * fnvPrime
		}
		return h
	}
	n := 0
	for _, r := range w {
		if n == stemRunes {
			break
		}
		h = mix(h, lower(r))
		n++
	}
	return h
}

// answerKey is stemKey for matching a reply to the question it answers: an
// English ending ("-ing", "-ed", "-es", "-s", "-e") comes off first, so
// "pricing", "prices" and "price" meet where five letters alone ("prici",
// "price") keep them apart. Only the Answers reason reads it; the model's
// context features keep stemKey.
func answerKey(s string, tk Token) uint32 {
	w := s[tk.Start:tk.End]
	for _, suf := range [...]string{"ing", "ed", "es", "s", "e"} {
		if len(w) > len(suf)+3 && strings.EqualFold(w[len(w)-len(suf):], suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	return stemKey(w, Token{End: int32(len(w))})
}

// buildContext fills f.ctx with the sorted stem keys of the content words of
// the subject and of the last contextMsgs thread messages, and f.qctx and
// f.qAsks with those of the question the message replies to and what it
// asks for.
func (t *Tables) buildContext(d *Doc, f *Features) {
	f.ctx = f.ctx[:0]
	add := func(s string, toks []Token) {
		for _, tk := range toks {
			if tk.Kind == Word && (tk.End-tk.Start >= 4 || t.capitals(s, tk)) && t.wordClass(tk.Hash)&wStop == 0 {
				f.ctx = append(f.ctx, stemKey(s, tk))
			}
		}
	}
	add(d.Subject, f.subj)
	from := len(d.Thread) - contextMsgs
	if from < 0 {
		from = 0
	}
	for _, m := range d.Thread[from:] {
		s := m.Text
		if len(s) > contextBytes {
			end := contextBytes
			for end > 0 && !utf8.RuneStart(s[end]) {
				end--
			}
			s = s[:end]
		}
		f.ctxToks = Tokenize(f.ctxToks[:0], s)
		add(s, f.ctxToks)
	}
	slices.Sort(f.ctx)
	// the question the message replies to: its content words, and what
	// it asks for
	f.qctx, f.qAsks = f.qctx[:0], 0
	if f.Thread.InboundQuestion {
		q := f.Thread.InboundQuestionS
		f.ctxToks = Tokenize(f.ctxToks[:0], q)
		if n := t.questionGreeting(f.ctxToks); n > 0 {
			// "Hi Jordan, does it work with Okta?": the greeting and the
			// rep's name are no part of what it asks
			f.Thread.InboundQuestionS = q[f.ctxToks[n].Start:]
			f.ctxToks = f.ctxToks[n:]
		}
		for _, tk := range f.ctxToks {
			if tk.Kind != Word {
				continue
			}
			a, _ := t.asks.Get(tk.Hash)
			f.qAsks |= a
			if tk.End-tk.Start >= 4 && t.wordClass(tk.Hash)&wStop == 0 {
				f.qctx = append(f.qctx, answerKey(q, tk))
			}
		}
		slices.Sort(f.qctx)
	}
}

// inContext reports whether the reader has already seen the word at tk.
func (f *Features) inContext(s string, tk Token) bool {
	if len(f.ctx) == 0 {
		return false
	}
	_, ok := slices.BinarySearch(f.ctx, stemKey(s, tk))
	return ok
}

// subjectPrefix classifies the subject's leading reply or forward prefixes
// ("RE:", "FW:", "Fwd:", "AW:", "WG:", "TR:", "RV:"): fwd reports any
// forward prefix among them, re any reply prefix.
func subjectPrefix(subj string, toks []Token) (re, fwd bool) {
	for i := 0; i+1 < len(toks); i += 2 {
		if toks[i].Kind != Word || toks[i+1].Kind != Punct || toks[i+1].Char != ':' {
			return
		}
		switch strings.ToLower(subj[toks[i].Start:toks[i].End]) {
		case "re", "aw", "sv", "antw", "r", "res":
			re = true
		case "fw", "fwd", "wg", "tr", "rv", "enc", "doorst", "vs":
			fwd = true
		default:
			return
		}
	}
	return
}

// questionGreeting returns how many of a question sentence's tokens form
// the greeting that opens it: a salutation, a name or two and a comma
// ("Hi Jordan," "Hello all,"), or 0.
func (t *Tables) questionGreeting(toks []Token) int {
	if len(toks) < 3 || toks[0].Kind != Word || t.wordClass(toks[0].Hash)&wSalute == 0 {
		return 0
	}
	for n := 1; n < len(toks)-1 && n < 5; n++ {
		if toks[n].Kind == Punct {
			if toks[n].Char == ',' {
				return n + 1
			}
			return 0
		}
	}
	return 0
}
