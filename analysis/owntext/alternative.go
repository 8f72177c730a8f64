package owntext

import (
	"strings"

	"golang.org/x/net/html"
)

// Alternative returns the own text of a multipart/alternative body (RFC
// 2046 §5.1.4): the plain-text part's, as Plain reads it, cut where the
// HTML part marks the signature. Outlook, Apple Mail on iOS, Spark and
// Proton put the signature in an element of its own (isSignatureElement,
// Outlook's _MailAutoSig bookmark), which their plain-text part does not
// show; a signature the plain rules miss (a tagline, a banner, a line of
// legal text) would stay in the own text. With no HTML part, or no
// signature marked in it, it is Plain; HTML that names none of them (see
// marksSignature) is not parsed.
func Alternative(plain, htmlBody string) Text {
	t := Plain(plain)
	if !marksSignature(htmlBody) {
		return t
	}
	sig := lineWords(htmlSignature(htmlBody))
	if sig == "" {
		return t
	}
	lines := splitLines(t.Own)
	for k, under := len(lines)-1, 0; k > 0 && under < maxSignature; k-- {
		if strings.TrimSpace(lines[k]) != "" {
			under++
		}
		if lineWords(lines[k]) != sig {
			continue
		}
		head, signOff := stripClosing(lines[:k])
		own := tidy(head)
		if own == "" {
			return t
		}
		if signOff == "" {
			signOff = t.SignOff
		}
		if signOff == "" {
			signOff = openingSignOff(lines[k:])
		}
		if name := strings.TrimSpace(lines[k]); signOff == "" && isNameLine(name) {
			signOff = name // a signature that opens with the name: "Jess" (stripNameBlock)
		}
		return Text{Own: own, SignOff: signOff}
	}
	return t
}

// marksSignature reports whether an HTML body may hold signature markup
// whose signature the plain-text part does not set apart, so that parsing
// it can pay. Gmail and Thunderbird put the RFC 3676 delimiter before the
// signature in their plain-text part, and their lower-case class names are
// not looked for.
func marksSignature(s string) bool {
	return strings.Contains(s, "Signature") || strings.Contains(s, "mobile-signature") ||
		strings.Contains(s, "protonmail_signature") || strings.Contains(s, "_MailAutoSig")
}

// maxSignature bounds how many lines from the end of the own text the
// signature the HTML marks may start: it closes the message.
const maxSignature = 40

// htmlSignature returns the first line of the signature an HTML body marks
// up, or "".
func htmlSignature(s string) string {
	doc, err := html.Parse(strings.NewReader(normalize(s)))
	if err != nil {
		return ""
	}
	r := renderer{findSig: true}
	r.walk(doc, 0)
	if r.sig == "" && r.sigAt > 0 {
		return firstLine(r.b.String()[r.sigAt:])
	}
	return r.sig
}

// lineWords returns the words of a line before any web address, one space
// apart, so that a plain-text line and a line rendered from HTML compare
// equal whatever the spacing and however each writes a link's address
// ("Bookings<https://…>", "Bookings (https://…)").
func lineWords(l string) string {
	if i := strings.Index(l, "http"); i >= 0 {
		l = strings.TrimRight(l[:i], " <(")
	}
	return strings.Join(strings.Fields(l), " ")
}
