package owntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stripSignature removes the signature: everything from a "-- " delimiter
// (RFC 3676 §4.3), a mobile footer or a legal disclaimer on, then a sign-off
// ("Best,", "Thanks!", "Mit freundlichen Grüßen") with the short name block
// after it, then a bare trailing name or contact block, keeping a postscript
// under them and dropping an opt-out footer (see stripClosing). It returns
// the sign-off it removed, with the name under it (see signOffText); when
// the text above the delimiter has none, the sign-off that opens the
// signature under it ("-- \nBest regards,\nAnna Weber\nVertrieb").
func stripSignature(lines []string) ([]string, string) {
	var below []string
	for i, l := range lines {
		if t := strings.TrimRight(l, " \t"); t == "--" || t == "—" {
			lines, below = lines[:i], lines[i+1:]
			break
		}
	}
	content := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if content && (isMobileFooter(t) || isDisclaimer(t)) {
			lines = lines[:i]
			break
		}
		if !content && (isMobileFooter(t) || isDisclaimer(t)) {
			return nil, ""
		}
		content = true
	}
	lines, signOff := stripClosing(lines)
	if signOff == "" {
		if opening := openingSignOff(below); opening != "" && tidy(lines) != "" {
			signOff = opening
		}
	}
	return lines, signOff
}

// openingSignOff returns the sign-off that opens a signature block, with
// the name under it, or "".
func openingSignOff(sig []string) string {
	k := firstNonBlank(sig, 0)
	if k == len(sig) {
		return ""
	}
	t := strings.TrimSpace(sig[k])
	if ok, named := signOffLine(t); ok {
		return signOffText(t, named, sig[k+1:])
	}
	return ""
}

// startsWithDash reports whether t opens with a dash or a tilde.
func startsWithDash(t string) bool { return strings.IndexAny(t, "-–—~") == 0 }

// stripDashName removes a last line that signs with a dash and a name
// right under the text, with no blank line between ("…the list.\n--Sally",
// "-Jess"), and returns it. "- Okta" with a space is a list item and stays.
func stripDashName(lines []string) ([]string, string) {
	end := contentEnd(lines)
	if end < 2 || strings.TrimSpace(lines[end-2]) == "" {
		return lines, "" // alone, or its own paragraph (stripNameBlock's)
	}
	t := strings.TrimSpace(lines[end-1])
	if !startsWithDash(t) || !isNameLine(t) || startsWithDash(strings.TrimSpace(lines[end-2])) {
		return lines, "" // "-Mark\n-Sally" is a list
	}
	return lines[:end-1], t
}

// isSymbolOrSpace reports whether r is an emoji or other symbol, or a blank.
func isSymbolOrSpace(r rune) bool {
	return unicode.Is(unicode.So, r) || unicode.IsSpace(r) || r == 0xFE0F
}

// mobileFooters start the lines phones and mail apps append.
var mobileFooters = []string{
	"sent from my ", "sent from outlook", "get outlook for", "sent from mail for windows",
	"sent from yahoo mail", "sent from the all new aol", "sent from samsung", "sent from gmail",
	"sent via superhuman", "sent with spark", "sent from spark", "sent via blackberry",
	"sent from proton mail", "sent with proton mail", "sent from hey", "sent from front",
	"von meinem iphone", "von meinem ipad", "von meinem samsung", "gesendet von meinem",
	"gesendet von outlook", "envoyé de mon", "envoyé depuis mon", "enviado desde mi",
	"enviado do meu", "enviado de meu", "inviato da ", "verzonden vanaf mijn", "verstuurd vanaf mijn",
	"skickat från min", "sendt fra min", "wysłane z ", "отправлено с ", "iphoneから送信",
	"envoyé à partir de outlook", "envoyé à partir d'outlook", "obtenir outlook pour",
	"enviado desde outlook", "obtener outlook para", "scarica outlook per",
	"verzonden vanuit outlook", "download outlook voor", "enviado do outlook", "obter o outlook para",
	"holen sie sich outlook für", "sent from typeapp", "sent from bluemail", "sent from aquamail",
	// Mixmax, then Mailtrack (later Mailsuite): its HTML badge, and Gmail's
	// plain-text rendering of it, whose image line comes first.
	"sent with mixmax", "sender notified by", "remitente notificado con", "[image: mailtrack]", "[image: mailsuite]",
}

func isMobileFooter(t string) bool {
	if len(t) > 100 {
		return false
	}
	return hasPrefixIn(strings.ToLower(t), mobileFooters)
}

// disclaimers start the legal boilerplate companies append.
var disclaimers = []string{
	"confidentiality notice", "confidential notice", "disclaimer:", "disclaimer -",
	"this email and any attachments", "this e-mail and any attachments",
	"this email and any files transmitted", "this e-mail and any files transmitted",
	"this message and any attachments", "this email is confidential",
	"this e-mail is confidential", "this email (including any attachments)",
	"this e-mail (including any attachments)", "the information contained in this",
	"this message is intended only", "this email is intended only",
	"this e-mail is intended only", "this communication is intended",
	"if you are not the intended recipient", "the content of this email is confidential",
	"diese e-mail enthält vertrauliche", "dieses e-mail enthält vertrauliche",
	"ce message et toutes les pièces jointes", "ce courriel est confidentiel",
	"este mensaje y sus anexos", "este correo electrónico es confidencial",
	"questo messaggio e i suoi allegati", "please consider the environment before printing",
}

func isDisclaimer(t string) bool {
	return hasPrefixIn(lowerHead(strings.TrimLeft(t, "*_ ")), disclaimers)
}

// signOffs are closing phrases, lower-case, without trailing punctuation.
var signOffs = []string{
	"best", "best regards", "best wishes", "best,", "all best", "all the best", "regards",
	"kind regards", "warm regards", "warmest regards", "warmly", "with regards",
	"many thanks", "thanks", "thank you", "thanks so much", "thank you so much",
	"thanks again", "thanks in advance", "thank you in advance", "thx", "ty", "tia",
	"cheers", "sincerely", "yours sincerely", "sincerely yours", "yours truly",
	"talk soon", "speak soon", "have a great day", "have a great week",
	"have a great weekend", "have a good one", "take care", "respectfully",
	"mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße",
	"viele grüße", "beste grüße", "liebe grüße", "schöne grüße", "lg", "vg", "mfg", "gruß", "grüße",
	"cordialement", "bien cordialement", "bien à vous", "salutations", "bonne journée", "merci",
	"saludos", "un saludo", "saludos cordiales", "atentamente", "un abrazo", "gracias",
	"cordiali saluti", "saluti", "distinti saluti", "grazie", "a presto",
	"atenciosamente", "abraços", "obrigado", "obrigada", "cumprimentos",
	"met vriendelijke groet", "met vriendelijke groeten", "groeten", "groet", "bedankt",
	"med vänliga hälsningar", "vänliga hälsningar", "hälsningar", "mvh", "med venlig hilsen",
	"venlig hilsen", "hilsen", "med vennlig hilsen", "pozdrawiam", "z poważaniem",
	"с уважением", "спасибо", "よろしくお願いいたします", "よろしくお願いします", "此致", "谢谢",
}

// signOffLine reports whether a trimmed line is a sign-off, alone or with a
// name ("Best,", "Thanks!", "Cheers, Jess", "Thanks - Tom"), and whether a
// name follows the phrase.
func signOffLine(t string) (ok, named bool) {
	t = strings.TrimRightFunc(t, isSymbolOrSpace) // "Cheers 🎉"
	low := strings.ToLower(t)
	for _, s := range signOffs {
		if !strings.HasPrefix(low, s) {
			continue
		}
		rest := strings.TrimLeft(t[len(s):], ",.!;:-–— \t")
		if rest == "" {
			return true, false
		}
		if len(t[len(s):]) == len(rest) {
			continue // "Bestselling", "Thanks to…": the phrase must end a word
		}
		if isNameLine(rest) {
			return true, true
		}
	}
	return false, false
}

// stripSignOff cuts from the last sign-off line whose following lines are a
// signature block (isSignatureBlock), unless that would leave nothing, and
// returns that sign-off.
func stripSignOff(lines []string) ([]string, string) {
	end := contentEnd(lines)
	for k := end - 1; k >= max(end-longBlock-2, 0); k-- {
		t := strings.TrimSpace(lines[k])
		if t == "" {
			continue
		}
		ok, named := signOffLine(t)
		if !ok {
			continue
		}
		if !isSignatureBlock(lines[k+1 : end]) {
			continue
		}
		if tidy(lines[:k]) == "" {
			return lines, ""
		}
		return lines[:k], signOffText(t, named, lines[k+1:end])
	}
	return lines, ""
}

// signOffText is how the author signed off: the sign-off line, and the
// first line of the block under it when that is a name and the sign-off
// line names no one ("Best,\nJess", "Cheers, Jess", "Mit freundlichen
// Grüßen\nAnna Weber"). Titles, companies and contact details stay out.
func signOffText(line string, named bool, block []string) string {
	if named {
		return line
	}
	if k := firstNonBlank(block, 0); k < len(block) && isNameLine(block[k]) {
		return line + "\n" + strings.TrimSpace(block[k])
	}
	return line
}

// A short signature block is a few lines of names and titles; a corporate
// one runs longer (name, title, company, street, city, phones, e-mail, web
// site) and may end with a tagline or two ("Meet us at SaaStr, stand 42!"),
// so it must hold contact details to be taken for one.
const (
	shortBlock  = 8  // lines of a block with no contact details needed
	longBlock   = 20 // lines of a block with two contact details or more
	maxTaglines = 2  // longer lines under the first contact detail
)

// isSignatureBlock reports whether lines are a block of names, titles,
// companies and contact details: at most shortBlock lines, none a long
// sentence, or up to longBlock lines with two contact details or more and
// at most maxTaglines taglines under the first of them.
func isSignatureBlock(lines []string) bool {
	n, contacts, taglines := 0, 0, 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		n++
		switch {
		case n > longBlock:
			return false
		case utf8.RuneCountInString(t) <= 90 && isContactLine(t):
			contacts++
		case isShortLine(t):
		case contacts > 0 && isTagline(t):
			taglines++
		default:
			return false
		}
	}
	return longEnough(n, contacts, taglines)
}

// longEnough reports whether a block of n lines with that many contact
// details and taglines can be a signature (see isSignatureBlock).
func longEnough(n, contacts, taglines int) bool {
	return n <= shortBlock && taglines == 0 || contacts >= 2 && taglines <= maxTaglines
}

// isShortLine reports whether t is a short signature line: at most seven
// words and 90 characters, and not a sentence of more than three words.
func isShortLine(t string) bool {
	words := len(strings.Fields(t))
	if words > 7 || utf8.RuneCountInString(t) > 90 {
		return false
	}
	last := t[len(t)-1]
	return !(last == '.' || last == '?') || words <= 3 || endsWithAbbrev(t)
}

// isTagline reports whether t is short enough for a signature's tagline.
func isTagline(t string) bool {
	return utf8.RuneCountInString(t) <= 160 && len(strings.Fields(t)) <= 25
}

// isNameLine reports whether t looks like a person's name: one to four
// words, each starting with an upper-case letter (or an initial), no digits,
// no sentence punctuation. "J." and "-Jess" count.
func isNameLine(t string) bool {
	t = strings.TrimSpace(t)
	if u := strings.TrimLeft(t, "-–—~"); u != t {
		if strings.HasPrefix(u, " ") {
			return false // "- Okta" is a list item; "-Jess" a name
		}
		t = u
	}
	t = strings.TrimRight(t, "!")
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(unicode.Is(unicode.Han, r) && utf8.RuneCountInString(w) <= 5) {
			return false
		}
		for j, c := range w {
			if unicode.IsDigit(c) || strings.ContainsRune("?:;@/()[],。、？！", c) {
				return false
			}
			if c == '.' && j != len(w)-1 {
				return false
			}
		}
		if strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 2 {
			return false // "Confirmed." is a sentence; "J." is an initial
		}
	}
	return true
}

// hasFieldSeparator reports whether t strings fields together the way
// signatures do: "Maria Lopez | AE | Brightline", "Acme · 500 Market St".
func hasFieldSeparator(t string) bool {
	return strings.Contains(t, " | ") || strings.Contains(t, " · ") || strings.Contains(t, " • ")
}

// isContactLine reports whether t is a signature's contact detail: a phone
// number, an address, a web site, or "Name | Title | Company" (see
// hasFieldSeparator).
func isContactLine(t string) bool {
	if hasFieldSeparator(t) || strings.Contains(t, "@") || strings.Contains(t, "www.") || strings.HasPrefix(t, "http") {
		return true
	}
	digits := 0
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) {
			digits++
		}
	}
	if digits >= 7 {
		low := strings.ToLower(t)
		return digits*2 >= len(strings.ReplaceAll(t, " ", ""))-8 || strings.HasPrefix(low, "tel") ||
			strings.HasPrefix(low, "phone") || strings.HasPrefix(low, "mobile") ||
			strings.HasPrefix(low, "cell") || strings.HasPrefix(low, "m:") || strings.HasPrefix(low, "t:") ||
			strings.HasPrefix(low, "o:") || strings.HasPrefix(low, "direct") || strings.HasPrefix(t, "+")
	}
	return false
}

// stripNameBlock removes a trailing paragraph that is only a name and
// contact details ("Jess", "Maria Lopez | AE | Brightline\n+1 415 555 0134")
// when another paragraph comes before it, and returns the name that opens
// it, if one does ("Jess"). A block of more than five lines
// (name, department, street, city, e-mail, phone, fax) must hold a contact
// line, and one longer than shortBlock or with a tagline, two (see
// isSignatureBlock).
func stripNameBlock(lines []string) ([]string, string) {
	end := contentEnd(lines)
	start := end
	for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
		start--
	}
	if start == 0 || end-start > longBlock {
		return lines, ""
	}
	cut := start
	if isRule(strings.TrimSpace(lines[start])) && end-start >= 2 {
		start++ // "—————" then the name block
	}
	first := strings.TrimSpace(lines[start])
	if !isNameLine(first) && !hasFieldSeparator(first) {
		return lines, ""
	}
	contacts, taglines := 0, 0
	for _, l := range lines[start+1 : end] {
		t := strings.TrimSpace(l)
		switch {
		case isContactLine(t):
			contacts++
		case isNameLine(t) || isTitleLine(t):
		case contacts > 0 && isTagline(t):
			taglines++
		default:
			return lines, ""
		}
	}
	if end-start > 5 && contacts == 0 || !longEnough(end-start, contacts, taglines) {
		return lines, ""
	}
	if onlyGreeting(lines[:cut]) {
		return lines, ""
	}
	if !isNameLine(first) {
		return lines[:cut], ""
	}
	return lines[:cut], first
}

// isTitleLine reports whether t is a short job-title or company line with no
// sentence punctuation: "Account Executive, Brightline".
func isTitleLine(t string) bool {
	if utf8.RuneCountInString(t) > 60 || len(strings.Fields(t)) > 6 {
		return false
	}
	return !strings.ContainsAny(t, "?!") && (!strings.HasSuffix(t, ".") || endsWithAbbrev(t))
}

// companyAbbrevs end company names and titles: "Halvorsen North America
// Corp.", "Smith & Sons, Inc.", "Jane Roe, Jr.".
var companyAbbrevs = []string{
	"corp.", "inc.", "co.", "ltd.", "l.p.", "lp.", "llc.", "l.l.c.", "plc.", "n.a.", "jr.", "sr.",
	"ph.d.", "esq.", "s.a.", "ag.", "gmbh.", "b.v.", "s.l.", "bros.", "assoc.", "dept.",
}

// endsWithAbbrev reports whether t's last word is a company or name
// abbreviation, so its final period does not make it a sentence.
func endsWithAbbrev(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(strings.TrimLeft(f[len(f)-1], ",("))
	for _, a := range companyAbbrevs {
		if last == a {
			return true
		}
	}
	return false
}

// onlyGreeting reports whether lines hold nothing but a greeting ("Hi Mark,"),
// so the paragraph after it is the message, not a signature.
func onlyGreeting(lines []string) bool {
	rest := tidy(lines)
	if rest == "" {
		return true
	}
	if strings.Contains(rest, "\n") {
		return false
	}
	return strings.HasSuffix(rest, ",") || isGreeting(rest)
}

// greetings open a message, lower-case: English, then German, French,
// Spanish, Italian, Portuguese and Dutch, the languages the classifier
// reads. A longer greeting that starts like a shorter one ("sehr geehrter",
// "sehr geehrte") is found by the word boundary after it.
var greetings = []string{
	"hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening",
	"hallo", "guten tag", "guten morgen", "sehr geehrte", "sehr geehrter", "liebe", "lieber", "moin", "servus", "grüezi", "grüß gott",
	"bonjour", "bonsoir", "salut", "madame", "monsieur", "cher", "chère", "chers",
	"hola", "estimado", "estimada", "estimados", "querido", "querida", "buenos días", "buenas tardes", "buen día",
	"buongiorno", "buonasera", "ciao", "salve", "gentile", "gentili", "egregio", "caro", "cara",
	"olá", "oi", "prezado", "prezada", "bom dia", "boa tarde",
	"hej", "dag", "beste", "geachte", "goedemorgen", "goedemiddag", "hoi",
}

// greetingEnd returns the length in bytes of the greeting words that open
// t ("Sehr geehrter" of "Sehr geehrter Herr Weber"), or 0.
func greetingEnd(t string) int {
	for _, g := range greetings {
		if len(t) < len(g) || !strings.EqualFold(t[:len(g)], g) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t[len(g):]); len(t) == len(g) || !unicode.IsLetter(r) {
			return len(g)
		}
	}
	return 0
}

// StripGreeting returns line without the greeting words that open it, and
// whether it had any: "Sehr geehrter Herr Weber" gives "Herr Weber", true.
func StripGreeting(line string) (string, bool) {
	if n := greetingEnd(line); n > 0 {
		return strings.TrimSpace(line[n:]), true
	}
	return line, false
}

// Greeting returns the line that greets the reader at the top of text
// ("Hi Dana,", "Sehr geehrter Herr Brandt,"), or "" when the text opens
// otherwise. A line that goes on past the greeting ("Hi Dana, quick
// update:") is no greeting of its own.
func Greeting(text string) string {
	line, _, _ := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n")
	line = strings.TrimSpace(line)
	if !isGreeting(line) {
		return ""
	}
	// the only comma or exclamation mark ends it; a colon may ("Estimada Lucía:")
	if i := strings.IndexAny(line, ",!"); i >= 0 && i != len(line)-1 {
		return ""
	}
	if r, _ := utf8.DecodeLastRuneInString(line); r != ',' && r != '!' && r != ':' && !unicode.IsLetter(r) {
		return ""
	}
	return line
}

// isGreeting reports whether t is a short line that opens with a greeting.
func isGreeting(t string) bool {
	return greetingEnd(t) > 0 && len(strings.Fields(t)) <= 4
}
