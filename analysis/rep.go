package analysis

import (
	"strings"

	"dialtone/model"
)

// Rep knows which addresses are the rep's own and which domains are the rep's
// company, so that internal mail never counts as a contact or connect.
type Rep struct {
	emails  map[string]bool
	domains map[string]bool
}

// NewRep builds a Rep from the rep's addresses and internal domains. The
// domain of every non-free-mail address is internal too.
func NewRep(emails, domains []string) Rep {
	r := Rep{emails: map[string]bool{}, domains: map[string]bool{}}
	for _, e := range emails {
		e = model.NormalizeEmail(e)
		r.emails[e] = true
		if d := model.Domain(e); d != "" && !model.IsFreeMailDomain(d) {
			r.domains[d] = true
		}
	}
	for _, d := range domains {
		r.domains[d] = true
	}
	return r
}

// IsSelf reports whether email is one of the rep's addresses.
func (r Rep) IsSelf(email string) bool { return r.emails[model.NormalizeEmail(email)] }

// Wrote reports whether a quote's sender line ("On … Sam <sam@x> wrote:",
// "From: Sam Lee [mailto:sam@x]") carries one of the rep's addresses.
func (r Rep) Wrote(from string) bool {
	for _, f := range strings.FieldsFunc(from, func(c rune) bool { return strings.ContainsRune(" \t<>[]():;,\"'", c) }) {
		f = strings.TrimPrefix(strings.ToLower(f), "mailto")
		if strings.Contains(f, "@") && r.IsSelf(strings.Trim(f, ".")) {
			return true
		}
	}
	return false
}

// IsExternal reports whether email belongs to someone outside the rep's company.
func (r Rep) IsExternal(email string) bool { return r.isExternal(model.NormalizeEmail(email)) }

// isExternal is IsExternal for an address already normalized.
func (r Rep) isExternal(e string) bool {
	return e != "" && !r.emails[e] && !r.domains[model.Domain(e)]
}
