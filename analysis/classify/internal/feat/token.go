package feat

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	Word  uint8 = iota // letters (and inner apostrophes)
	Num                // digits with inner separators: 25,000  11,90  2.5
	Punct              // one symbol: ? ! $ € £ % : / - @ etc.
)

// Token is one word, number or symbol of a text, by byte offsets.
type Token struct {
	Start, End int32
	Hash       uint32 // FNV-1a of the lower-cased token
	Kind       uint8
	NL         bool // a line break comes between the previous token and this one
	Upper      bool // a word that starts with a capital letter
	Char       rune // the symbol, for Punct
}

// semicolon reports whether the token is a semicolon, which ends a
// clause within its sentence.
func (tk *Token) semicolon() bool { return tk.Kind == Punct && tk.Char == ';' }

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func mix(h uint32, r rune) uint32 {
	h ^= uint32(r)
	return h * fnvPrime
}

// lower lower-cases a rune; typographic apostrophes become ASCII ones.
func lower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if r == '’' || r == 'ʼ' {
		return '\''
	}
	return unicode.ToLower(r)
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// ASCII character classes for the tokenizer's fast path.
const (
	cPunct uint8 = iota
	cSpace
	cLetter
	cDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = cSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = cLetter
		case '0' <= c && c <= '9':
			t[c] = cDigit
		}
	}
	return t
}()

// asciiLower maps an ASCII letter to its lower case and every other byte to 0.
var asciiLower = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = byte(c), byte(c)
	}
	return t
}()

// Tokenize appends the tokens of s to dst. Words keep inner apostrophes
// ("didn't"), numbers keep inner "," and "." between digits ("25,000"),
// CJK characters are one token each, and every other non-space rune is a
// Punct token.
//
// Runs of ASCII tokens take a fast path (asciiTokens) with no calls, so
// its state stays in registers; the general step below takes one token
// or space at a time wherever a rune outside ASCII begins or continues
// a token.
func Tokenize(dst []Token, s string) []Token { return tokenize(dst, s, true) }

// tokenize is Tokenize; fast=false takes the general step throughout
// (tests check both agree).
func tokenize(dst []Token, s string, fast bool) []Token {
	i := 0
	nl := false // a line break since the last token
	for i < len(s) {
		if fast {
			if len(dst) == cap(dst) {
				dst = slices.Grow(dst, 16+(len(s)-i)/4)
			}
			dst, i, nl = asciiTokens(dst, s, i, nl)
			if i == len(s) {
				break
			}
			if len(dst) == cap(dst) {
				continue
			}
		}
		c := s[i]
		var r rune
		n := 1
		cls := cPunct
		if c < utf8.RuneSelf {
			r = rune(c)
			cls = asciiClass[c]
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsSpace(r):
				cls = cSpace
			case isCJK(r):
				dst = append(dst, Token{Start: int32(i), End: int32(i + n), Hash: mix(fnvOffset, r), Kind: Word, NL: nl})
				nl = false
				i += n
				continue
			case unicode.IsLetter(r):
				cls = cLetter
			}
		}
		switch cls {
		case cSpace:
			if c == '\n' {
				nl = true
			}
			i += n
		case cLetter:
			start := i
			var h uint32
			i, h = asciiWord(s, i, fnvOffset)
			for i < len(s) {
				c := s[i]
				if asciiLower[c] != 0 {
					i, h = asciiWord(s, i, h)
					continue
				}
				if c < utf8.RuneSelf {
					if c == '\'' && i+1 < len(s) && isLetterAt(s, i+1) {
						h = mix(h, '\'')
						i++
						continue
					}
					break
				}
				r, n := utf8.DecodeRuneInString(s[i:])
				if (unicode.IsLetter(r) && !isCJK(r)) || unicode.Is(unicode.Mn, r) {
					h = mix(h, lower(r))
					i += n
					continue
				}
				if (r == '’' || r == 'ʼ') && i+n < len(s) && isLetterAt(s, i+n) {
					h = mix(h, '\'')
					i += n
					continue
				}
				break
			}
			dst = append(dst, Token{Start: int32(start), End: int32(i), Hash: h, Kind: Word, NL: nl, Upper: isUpperAt(s, int32(start))})
			nl = false
		case cDigit:
			start, h := i, fnvOffset
			for i < len(s) {
				c := s[i]
				if c >= '0' && c <= '9' {
					h = mix(h, rune(c))
					i++
					continue
				}
				if (c == ',' || c == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					h = mix(h, rune(c))
					i++
					continue
				}
				break
			}
			dst = append(dst, Token{Start: int32(start), End: int32(i), Hash: h, Kind: Num, NL: nl})
			nl = false
		default:
			dst = append(dst, Token{Start: int32(i), End: int32(i + n), Hash: mix(fnvOffset^0x5bd1e995, r), Kind: Punct, Char: r, NL: nl})
			nl = false
			i += n
		}
	}
	return dst
}

// asciiTokens appends the tokens of s from i on for as long as they are
// ASCII through and through and dst has room, and returns where it
// stopped: the end of s, dst full, or the start of a token or space the
// general step of tokenize must take (a rune outside ASCII begins it, or
// may continue the word begun there). nl is as in tokenize.
func asciiTokens(dst []Token, s string, i int, nl bool) ([]Token, int, bool) {
	n := len(dst)
	dst = dst[:cap(dst)]
	for i < len(s) && n < len(dst) {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		switch asciiClass[c] {
		case cSpace:
			if c == '\n' {
				nl = true
			}
			i++
			continue
		case cLetter:
			j, h := asciiWord(s, i, fnvOffset)
			if j < len(s) && (s[j] == '\'' || s[j] >= utf8.RuneSelf) { // rare: "it's", "café"
				for j+1 < len(s) && s[j] == '\'' && asciiLower[s[j+1]] != 0 {
					j, h = asciiWord(s, j+1, mix(h, '\''))
				}
				if j < len(s) && (s[j] >= utf8.RuneSelf || s[j] == '\'' && j+1 < len(s) && s[j+1] >= utf8.RuneSelf) {
					return dst[:n], i, nl // the word may go on outside ASCII
				}
			}
			dst[n] = Token{Start: int32(i), End: int32(j), Hash: h, Kind: Word, NL: nl, Upper: c <= 'Z'}
			i = j
			if i < len(s) && s[i] == ' ' {
				i++ // the one space after most words: no trip round the loop
			}
		case cDigit:
			start, h := i, fnvOffset
			for i < len(s) {
				c := s[i]
				if c >= '0' && c <= '9' || (c == ',' || c == '.') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					h = mix(h, rune(c))
					i++
					continue
				}
				break
			}
			dst[n] = Token{Start: int32(start), End: int32(i), Hash: h, Kind: Num, NL: nl}
		default:
			dst[n] = Token{Start: int32(i), End: int32(i + 1), Hash: mix(fnvOffset^0x5bd1e995, rune(c)), Kind: Punct, Char: rune(c), NL: nl}
			i++
		}
		n++
		nl = false
	}
	return dst[:n], i, nl
}

// asciiWord hashes the ASCII letters of s from i on into h and returns
// where they end: the tokenizer's inner loop, kept small so its state
// stays in registers.
func asciiWord(s string, i int, h uint32) (int, uint32) {
	for ; i < len(s); i++ {
		l := asciiLower[s[i]]
		if l == 0 {
			break
		}
		h = (h ^ uint32(l)) * fnvPrime
	}
	return i, h
}

func isLetterAt(s string, i int) bool {
	if s[i] < utf8.RuneSelf {
		return asciiClass[s[i]] == cLetter
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) && !isCJK(r)
}

// HashString returns the hash Tokenize gives a single word or symbol.
func HashString(s string) uint32 {
	t := Tokenize(nil, s)
	if len(t) != 1 {
		return 0
	}
	return t[0].Hash
}
