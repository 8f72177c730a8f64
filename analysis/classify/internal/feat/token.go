package feat

import (
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
	Char       rune // the symbol, for Punct
}

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
// Punct token. ASCII takes a table-driven fast path.
func Tokenize(dst []Token, s string) []Token {
	i := 0
	nl := false // a line break since the last token
	for i < len(s) {
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
			start, h := i, fnvOffset
			for i < len(s) {
				c := s[i]
				if l := asciiLower[c]; l != 0 {
					h = (h ^ uint32(l)) * fnvPrime
					i++
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
			dst = append(dst, Token{Start: int32(start), End: int32(i), Hash: h, Kind: Word, NL: nl})
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
