package analysis

// Quote sets s in the typographic quotation marks that reasons and advice
// use. The text is the rep's or the customer's own and is shown as it is:
// a Go-quoted string (%q) would show their quotation marks and line breaks
// as escapes.
func Quote(s string) string { return "\u201c" + s + "\u201d" }
