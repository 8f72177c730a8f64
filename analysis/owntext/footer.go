package owntext

import (
	"strings"
	"unicode/utf8"
)

// optOuts are phrases of the opt-out line that sales-engagement tools
// (sequences in Outreach, Salesloft, Apollo, HubSpot) and senders minding
// CAN-SPAM or GDPR put under the signature, lower-case: "Don't want to hear
// from me? Reply STOP.", "Click here to unsubscribe". Each names the
// reader's choice to get no more mail, so "You'll hear from me on Friday"
// is not one of them.
var optOuts = []string{
	"unsubscribe", "opt out of", "opt-out of", "to opt out", "to opt-out",
	"want to hear from me", "not hear from me", "not to hear from me", "stop hearing from me",
	"receive these emails", "receive these e-mails", "receive further emails", "receive future emails",
	"receive more emails", "receive any more emails", "receive emails from me", "receiving these emails",
	"receiving emails from me", "receiving further emails", "receiving future emails", "email preferences",
	// German, French, Spanish, Italian, Portuguese and Dutch.
	"abmelden", "abbestellen", "keine weiteren e-mails", "keine e-mails mehr", "nichts mehr von mir",
	"désabonner", "désinscri", "ne plus recevoir", "ne plus avoir de nouvelles",
	"darse de baja", "darte de baja", "cancelar la suscripción", "dejar de recibir", "no recibir más",
	"disiscriv", "annullare l'iscrizione", "non ricevere più", "non ricevere altre",
	"descadastr", "cancelar a inscrição", "deixar de receber", "não receber mais",
	"afmelden", "uitschrijven", "geen e-mails meer", "niets meer van mij",
}

// isOptOut reports whether a trimmed line holds an opt-out phrase.
func isOptOut(t string) bool {
	if utf8.RuneCountInString(t) > 250 {
		return false
	}
	low := strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	for _, p := range optOuts {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// cutOptOut removes an opt-out footer from the end of lines: the topmost of
// the last four lines of the last paragraph that holds an opt-out phrase,
// and everything under it ("Or one click does it: https://…").
func cutOptOut(lines []string) []string {
	end := contentEnd(lines)
	cut := -1
	for k, seen := end-1, 0; k >= 0 && seen < 4; k-- {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			if cut >= 0 {
				break // the paragraph above the footer is the signature's
			}
			continue
		}
		seen++
		if isOptOut(t) {
			cut = k
		}
	}
	if cut <= 0 {
		return lines
	}
	return lines[:cut]
}

// isPostscript reports whether a trimmed line opens a postscript: "P.S.",
// "PS:", "P.P.S.", "p.s.", "PS -", "PS I attached…". A "PS" without dots
// must be upper-case and stand alone ("PS4", "PSA:" are not).
func isPostscript(t string) bool {
	t = strings.TrimLeft(t, "*_")
	dotted := false
	i := 0
	next := func(c byte) bool {
		if i < len(t) && (t[i] == c || t[i] == c+'a'-'A') {
			i++
			if i < len(t) && t[i] == '.' {
				i++
				dotted = true
			}
			return true
		}
		return false
	}
	if !next('P') {
		return false
	}
	next('P') // P.P.S.
	if !next('S') {
		return false
	}
	if !dotted && strings.ContainsAny(t[:i], "ps") {
		return false // "ps aux", "Ps"
	}
	if i == len(t) {
		return true
	}
	switch t[i] {
	case ':', ' ', ',', '-', '\t', '*', '_':
		return true
	}
	return strings.HasPrefix(t[i:], "–") || strings.HasPrefix(t[i:], "—")
}

// postscriptReach is how many lines from the end a postscript may start.
const postscriptReach = 20

// stripClosing removes the sign-off and the name and contact block under
// it (see closing) and returns that sign-off. An opt-out footer under the
// signature goes with it, and a postscript under the signature stays, as
// the author's words: "Best,\nSam\n\nP.S. The deck is attached." keeps
// the P.S. An opt-out line with no signature above it stays too: the author
// wrote it as part of the message.
func stripClosing(lines []string) ([]string, string) {
	body := cutOptOut(lines)
	end := contentEnd(body)
	for k := max(end-postscriptReach, 2); k < end; k++ {
		if strings.TrimSpace(body[k-1]) != "" || !isPostscript(strings.TrimSpace(body[k])) {
			continue
		}
		if head, signOff, ok := closing(body[:k]); ok {
			out := make([]string, 0, contentEnd(head)+1+end-k)
			out = append(out, head[:contentEnd(head)]...)
			return append(append(out, ""), body[k:end]...), signOff
		}
	}
	if head, signOff, ok := closing(body); ok {
		return head, signOff
	}
	head, signOff, _ := closing(lines)
	return head, signOff
}

// closing removes a sign-off with the short name block under it, then a
// bare trailing name or contact block, and else a dash and a name under the
// last line, and reports whether it removed anything.
func closing(lines []string) ([]string, string, bool) {
	out, signOff := stripSignOff(lines)
	out, name := stripNameBlock(out)
	if signOff == "" {
		signOff = name // signed with the name alone: "Jess"
	}
	if signOff == "" {
		out, signOff = stripDashName(out)
	}
	return out, signOff, contentEnd(out) < contentEnd(lines)
}
