package model

import (
	"net/mail"
	"strings"
)

// Address is one email address with its display name.
type Address struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// String renders the address as `Name <email>` or the bare address.
func (a Address) String() string {
	if a.Name == "" {
		return a.Email
	}
	return a.Name + " <" + a.Email + ">"
}

// NormalizeEmail lower-cases an address and trims blanks and angle brackets,
// so that one person has one key.
func NormalizeEmail(s string) string {
	if isNormalEmail(s) {
		return s // the common case: already normalized by the store
	}
	s = strings.TrimSpace(s)
	if a, err := mail.ParseAddress(s); err == nil {
		s = a.Address
	}
	s = strings.Trim(s, "<> \t")
	return strings.ToLower(s)
}

// isNormalEmail reports whether s is a lower-case ASCII address with one
// '@' and nothing a parser would strip.
func isNormalEmail(s string) bool {
	at := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '@':
			at++
		case c >= 'A' && c <= 'Z', c <= ' ', c >= 0x7f, c == '<', c == '>', c == '"', c == '(', c == ')', c == ',', c == ';', c == ':', c == '\\':
			return false
		}
	}
	return at == 1 && s[0] != '@' && s[len(s)-1] != '@'
}

// Domain returns the part of a normalized address after the last '@'.
func Domain(email string) string {
	i := strings.LastIndexByte(email, '@')
	if i < 0 {
		return ""
	}
	return email[i+1:]
}

// freeMail lists consumer mail domains: an organization on one of them is
// keyed by the whole address, since two gmail.com users share no company.
var freeMail = map[string]bool{
	"gmail.com": true, "googlemail.com": true, "outlook.com": true, "hotmail.com": true,
	"live.com": true, "msn.com": true, "yahoo.com": true, "ymail.com": true,
	"icloud.com": true, "me.com": true, "mac.com": true, "aol.com": true,
	"proton.me": true, "protonmail.com": true, "pm.me": true, "gmx.com": true,
	"gmx.net": true, "gmx.de": true, "web.de": true, "mail.com": true,
	"zoho.com": true, "yandex.com": true, "yandex.ru": true, "fastmail.com": true,
	"hey.com": true, "qq.com": true, "163.com": true, "orange.fr": true,
	"free.fr": true, "libero.it": true, "t-online.de": true, "comcast.net": true,
}

// IsFreeMailDomain reports whether domain is a consumer mail provider.
func IsFreeMailDomain(domain string) bool {
	return freeMail[domain] || freeMail[strings.ToLower(domain)]
}

// OrgKey returns the organization key of a normalized address: its domain, or
// the whole address on a free-mail domain.
func OrgKey(email string) string {
	d := Domain(email)
	if d == "" || IsFreeMailDomain(d) {
		return email
	}
	return d
}
