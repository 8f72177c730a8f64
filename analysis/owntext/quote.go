package owntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stripQuotes removes quoted replies and forwarded chains. Interleaved
// replies keep the author's answers: "> " lines go, the lines between them
// stay, except a quoted line's wrapped tail (isQuoteContinuation).
// Everything after a forward marker, an Outlook header block or an
// attribution line not followed by "> " lines is someone else's text; words
// of the author's on the attribution's line before it stay.
func stripQuotes(lines []string) []string {
	out, _, _ := splitQuotes(lines, false)
	return out
}

// tail is where the quoted tail of a text starts: byte col of lines[line]
// and everything after it are someone else's. line is -1 when the text
// has no such tail (it may still hold "> " lines).
type tail struct{ line, col int }

// splitQuotes is stripQuotes, also reporting where the quoted tail it cuts
// starts. exact asks for the start of a Lotus Notes preamble dropped above
// an Outlook header block, and for at, the index in lines of each line
// kept; without it such a tail starts at the header block and at is nil,
// which keeps the cost of the common case down.
func splitQuotes(lines []string, exact bool) ([]string, []int, tail) {
	lines = markSupercite(lines)
	out := make([]string, 0, len(lines))
	var at []int // at[k] is the index in lines of out[k], when exact
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if t == "" {
			out = append(out, l)
			if exact {
				at = append(at, i)
			}
			continue
		}
		if isQuoted(l) || isQuoteContinuation(lines, i) {
			continue
		}
		if isForwardMarker(t) {
			return out, at, tail{i, 0}
		}
		if isHeaderBlock(lines, i) {
			own := dropNotesPreamble(out)
			if exact && len(own) < len(out) {
				return own, at[:len(own)], tail{at[len(own)], 0}
			}
			return own, at, tail{i, 0}
		}
		if n := attributionLen(lines, i); n > 0 {
			// "reply On Wed, Apr 4, 2012 at 3:59 PM, Bob wrote:": some clients
			// join the author's last line and the attribution.
			cut := tail{i, 0}
			if k := attributionStart(t); k > 0 {
				if own := strings.TrimRight(t[:k], "-–— \t"); own != "" {
					out = append(out, own)
					if exact {
						at = append(at, i)
					}
					cut.col = len(l) - len(strings.TrimLeftFunc(l, unicode.IsSpace)) + len(own)
				}
			}
			j := firstNonBlank(lines, i+n)
			if j < len(lines) && isQuoted(lines[j]) {
				i = j - 1
				continue
			}
			return out, at, cut
		}
		if isBareAttribution(t) {
			if j := firstNonBlank(lines, i+1); j < len(lines) && isQuoted(lines[j]) {
				i = j - 1
				continue
			}
		}
		out = append(out, l)
		if exact {
			at = append(at, i)
		}
	}
	return out, at, tail{-1, 0}
}

// isQuoteContinuation reports whether lines[i] is the tail of a quoted line
// that a client wrapped without repeating the "> ": it sits between two
// quoted lines with no blank line around it and goes on in lower case
// ("> …we can take a d" / "ecision on Friday" / ">"). An answer the author
// typed between quoted lines starts a sentence and stays.
func isQuoteContinuation(lines []string, i int) bool {
	if i == 0 || i+1 >= len(lines) || !isQuoted(lines[i-1]) || !isQuoted(lines[i+1]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[i]))
	return unicode.IsLower(r)
}

// forwardPhrases are the words inside "---------- Forwarded message ---------"
// style rules, lower-case, in the languages mail clients localize them to.
var forwardPhrases = []string{
	"forwarded message", "original message", "forwarded by", "forward message", "reply message",
	"antwort nachricht",
	"weitergeleitete nachricht", "ursprüngliche nachricht", "originalnachricht",
	"message transféré", "message d'origine", "message original", "message réexpédié",
	"mensaje reenviado", "mensaje original", "messaggio inoltrato", "messaggio originale",
	"mensagem encaminhada", "mensagem original", "mensagem reencaminhada",
	"doorgestuurd bericht", "oorspronkelijk bericht", "origineel bericht",
	"vidarebefordrat meddelande", "ursprungligt meddelande", "originalmeddelande",
	"videresendt", "oprindelig meddelelse", "opprinnelig melding",
	"oprindelig besked", "alkuperäinen viesti", "välitetty viesti", "původní zpráva",
	"přeposlaná zpráva", "eredeti üzenet", "továbbított üzenet", "orijinal mesaj",
	"iletilen mesaj", "αρχικό μήνυμα", "mesaj original", "mesaj redirecționat",
	"przekazana wiadomość", "oryginalna wiadomość", "wiadomość oryginalna",
	"пересылаемое сообщение", "исходное сообщение", "оригинальное сообщение",
	"転送メッセージ", "元のメッセージ", "原始邮件", "转发的邮件", "原始郵件",
}

// forwardPrefixes start a line that introduces a forwarded message with no
// rule around it (Apple Mail and its translations), lower-case.
var forwardPrefixes = []string{
	"begin forwarded message", "forwarded message:",
	"anfang der weitergeleiteten nachricht", "début du message réexpédié",
	"début du message transféré", "inicio del mensaje reenviado",
	"comienzo del mensaje reenviado", "inizio messaggio inoltrato",
	"início da mensagem reencaminhada", "início da mensagem encaminhada",
	"begin doorgestuurd bericht", "vidarebefordrat brev", "videresendt melding",
	"początek przekazywanej wiadomości", "начало переадресованного сообщения",
	"転送されたメッセージ", "转发的邮件：",
}

// isForwardMarker reports whether a trimmed line starts a forwarded or
// original message: "---------- Forwarded message ---------",
// "-----Original Message-----", "----- Forwarded by X on … -----",
// "Begin forwarded message:".
func isForwardMarker(t string) bool {
	t = strings.Trim(t, "*") // bold in a text part made from HTML
	if hasPrefixIn(lowerHead(t), forwardPrefixes) {
		return true
	}
	if !strings.HasPrefix(t, "--") && !strings.HasPrefix(t, "__") && !strings.HasPrefix(t, "==") {
		return false
	}
	return hasPrefixIn(lowerHead(strings.TrimLeft(t, "-_= \t")), forwardPhrases)
}

// markerHead bounds the bytes lowerHead keeps: more than the words of any
// marker, disclaimer or footer it is compared with take, lower-cased.
const markerHead = 128

// lowerHead returns the start of s in lower case, the part a marker's
// words can stand in: a long line is not lower-cased whole only to look at
// its first words.
func lowerHead(s string) string {
	if len(s) > markerHead {
		n := markerHead
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	return strings.ToLower(s)
}

// hasPrefixIn reports whether s starts with one of prefixes.
func hasPrefixIn(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// fromLabels start an Outlook-style header block; otherLabels are the other
// fields in it. Both lower-case, without the colon (French puts a space
// before it).
var fromLabels = []string{
	"from", "von", "de", "de la", "van", "da", "från", "fra", "od", "от", "від", "lähettäjä",
	"feladó", "kimden", "από", "dari", "từ", "מאת", "من", "จาก",
	"发件人", "寄件者", "差出人", "보낸 사람",
}

var otherLabels = []string{
	"sent", "date", "to", "cc", "bcc", "subject", "reply-to",
	"gesendet", "datum", "an", "betreff", "kopie",
	"envoyé", "à", "objet", "date d'envoi",
	"enviado", "enviada", "fecha", "para", "asunto", "assunto", "data",
	"verzonden", "aan", "onderwerp",
	"inviato", "a", "oggetto",
	"skickat", "till", "ämne", "sendt", "til", "emne", "dato",
	"wysłano", "do", "temat", "data wysłania",
	"отправлено", "дата", "кому", "тема", "копия",
	"发送时间", "收件人", "主题", "抄送", "日期", "送信日時", "宛先", "件名",
	"message du", "sujet", "copie à", "répondre à", // French webmail
	"lähetetty", "vastaanottaja", "kopio", "aihe", // Finnish
	"odesláno", "komu", "předmět", "odoslané", "kópia", "predmet", // Czech, Slovak
	"elküldve", "címzett", "másolatot kap", "tárgy", // Hungarian
	"gönderildi", "kime", "bilgi", "konu", "tarih", // Turkish
	"στάλθηκε", "προς", "κοιν.", "θέμα", // Greek
	"trimis", "către", "subiect", // Romanian
	"надіслано", "копія", // Ukrainian
	"poslano", "za", "prima", "zadeva", // Slovenian, Croatian
	"dikirim", "kepada", "subjek", "perihal", // Indonesian
	"đã gửi", "đến", "chủ đề", // Vietnamese
	"נשלח", "אל", "עותק", "נושא", // Hebrew
	"تاريخ الإرسال", "إلى", "نسخة", "الموضوع", // Arabic
	"ส่ง", "ถึง", "สำเนา", "เรื่อง", // Thai
	"寄件日期", "收件者", "副本", "主旨", // Chinese (Taiwan)
	"보낸 날짜", "받는 사람", "참조", "제목", // Korean
}

// blockStarts are the otherLabels that can open a header block, as the
// sender's field does: Lotus Notes starts with "To:", some clients with the
// date ("Sent:", "Date:", French webmail's "Message du :").
var blockStarts = []string{"to", "sent", "date", "message du"}

// maxLabel bounds the runes of a header label ("From", "Envoyé", "Date d'envoi").
const maxLabel = 24

// headerLabel returns the label of a "Label: value" line (lower-case, bold
// markers and blanks around it removed), or "".
func headerLabel(l string) string {
	t := strings.TrimSpace(l)
	t = strings.TrimLeftFunc(t, func(r rune) bool { // and the direction marks of RTL clients
		return r == '*' || r == '>' || r == ' ' || r == '\t' || isBidiControl(r)
	})
	// A label is at most maxLabel runes: only the start of a long line
	// needs searching for its colon.
	head := t
	if n := maxLabel*utf8.UTFMax + len("："); len(head) > n {
		head = head[:n]
	}
	i := strings.IndexAny(head, ":：")
	if i <= 0 || i > maxLabel && utf8.RuneCountInString(t[:i]) > maxLabel {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(strings.TrimRight(t[:i], "* \t")))
}

func inList(s string, list []string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// isHeaderBlock reports whether lines[i] starts an Outlook or Lotus Notes
// style header block of a quoted message: "From:" (or "To:", "Sent:",
// "Date:") followed within six lines by at least two more header fields.
func isHeaderBlock(lines []string, i int) bool {
	first := headerLabel(lines[i])
	if first == "" {
		return false
	}
	if !inList(first, fromLabels) && !inList(first, blockStarts) {
		return false
	}
	n := 0
	for j := i + 1; j < len(lines) && j <= i+6; j++ {
		if isQuoted(lines[j]) {
			continue // someone else's line, which Unquoted keeps as a bare ">"
		}
		lab := headerLabel(lines[j])
		if lab != "" && (inList(lab, otherLabels) || inList(lab, fromLabels)) {
			n++
		}
	}
	return n >= 2
}

// dropNotesPreamble removes the "Name / date" lines that Lotus Notes puts
// right above its quoted header block, and a rule line above an Outlook one.
func dropNotesPreamble(out []string) []string {
	for k := 0; k < 3 && len(out) > 0; k++ {
		t := strings.TrimSpace(out[len(out)-1])
		if t == "" || isRule(t) {
			out = out[:len(out)-1]
			if t == "" {
				break
			}
			continue
		}
		if len(t) < 80 && (strings.Contains(t, "@") || hasSlashDate(t)) {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	return out
}

// hasSlashDate reports whether s contains a date like 03/02/2001.
func hasSlashDate(s string) bool {
	for i := 0; i+4 < len(s); i++ {
		if isDigit(s[i]) && (s[i+1] == '/' || (isDigit(s[i+1]) && s[i+2] == '/')) {
			return true
		}
	}
	return false
}

// hasClock reports whether s holds a time of day like 9:10 or 08:02.
func hasClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// attributionEnds are the lower-case endings of reply attribution lines
// ("On Mon, Mar 2, 2026 at 9:10 AM Omar <omar@x> wrote:") in the languages
// mail clients write them in.
var attributionEnds = []string{
	"wrote:", "writes:", "said:", "schrieb:", "a écrit :", "a écrit:",
	"escribió:", "ha escrito:", "ha scritto:", "escreveu:", "schreef:", "skrev:",
	"kirjoitti:", "napisał:", "napisał(a):", "napisała:", "napsal:", "napsal(a):",
	"írta:", "написал:", "написал(а):", "написала:", "писал:", "писал(а):",
	"写道：", "写道:", "寫道：", "yazdı:", "έγραψε:", "kirjutas:", "rakstīja:",
	"parašė:", "je napisal:", "написа:", "a scris:", "kirjoitti :",
	"geschreven:", "đã viết:", "작성:", "menulis:", "пише:", "написав:", "написав(ла):",
	"va escriure:", "je napisao:", "je napisala:", "napisao je:", "napisala je:",
	"כתב:", "כתבה:", "كتب:", "เขียนว่า:", "geschrieben:", "のメール:", "のメール：",
}

// verbsBeforeName are the verbs Thunderbird puts before the sender's name in
// German, Dutch and the Scandinavian languages: "Am 05.03.26 um 08:02
// schrieb Omar Aziz:".
var verbsBeforeName = []string{" schrieb ", " schreef ", " skrev "}

// attributionStarts begin multi-line (wrapped) attributions.
var attributionStarts = []string{
	"On ", "Am ", "Le ", "El ", "Il ", "Em ", "Op ", "Den ", "Dne ", "W dniu ", "Στις ",
	"Le lun", "Il giorno ",
}

// attributionLen returns how many lines (1 to 3) starting at lines[i] form a
// reply attribution, or 0.
func attributionLen(lines []string, i int) int {
	first := strings.TrimSpace(lines[i])
	if len(first) > 300 {
		return 0
	}
	if isRuledAttribution(first) {
		return 1
	}
	// Polymail and some web clients spread an attribution that opens with
	// its date and time over blank lines: "On Thu, 5 Mar 2026 at 08:02
	// Lena", "", "<", "mailto:Lena <lena@x>", "> wrote:".
	spread := startsAttribution(first) && datedOpening(first) && hasClock(first)
	span, pieces := 3, 3
	if spread {
		span, pieces = 7, 4
	}
	var b strings.Builder
	skipped := false // a blank line inside: then the address must be there
	for k := 0; k < span && pieces > 0 && i+k < len(lines); k++ {
		t := strings.TrimSpace(dropBidi(lines[i+k]))
		if t == "" {
			if spread {
				skipped = true
				continue
			}
			return 0
		}
		pieces--
		quoted := k > 0 && isQuoted(t)
		if quoted && strings.TrimLeft(t, "> \t") == "" {
			return 0 // a bare ">": nothing of an attribution (Unquoted leaves these)
		}
		if k > 0 {
			// A wrapped attribution opens like one, or its first line
			// already holds the address or breaks inside it: Gmail's
			// "2014-10-17 11:28 GMT+03:00 Omar <" then "omar@x>:".
			if !startsAttribution(first) && !strings.Contains(first, "@") && !strings.HasSuffix(first, "<") && !datedOpening(first) {
				return 0
			}
			b.WriteByte(' ')
		}
		b.WriteString(t)
		if b.Len() > 400 {
			return 0
		}
		if isAttribution(b.String()) && (!skipped || strings.Contains(b.String(), "@")) {
			return k + 1
		}
		if quoted {
			// A quoted line may end an attribution ("> wrote:") but not
			// sit inside one: Unquoted keeps a bare ">" in its place.
			return 0
		}
	}
	return 0
}

// dropBidi removes the invisible direction marks and embeddings that
// right-to-left clients wrap around names and addresses (Unicode UAX #9):
// Hebrew Gmail writes "\u202bבתאריך … מאת \u202aOmar\u202c\u200f <…>:\u202c".
func dropBidi(s string) string {
	if strings.IndexByte(s, 0xe2) < 0 || !strings.ContainsFunc(s, isBidiControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

func isBidiControl(r rune) bool {
	return r == '\u200e' || r == '\u200f' || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// datedOpening reports whether t could open an attribution that wraps
// before its address: it holds a digit and is no finished sentence,
// "pe 20. lokakuuta 2017 klo 17.50 Omar Aziz" (Finnish Gmail).
func datedOpening(t string) bool {
	if len(t) > 120 || !strings.ContainsFunc(t, unicode.IsDigit) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".?!。？！", r)
}

// attributionStart returns where an attribution that opens with one of
// attributionStarts begins inside t, after other words ("reply On Wed, …
// wrote:" gives 6), 0 when t opens with it or it is not there, so the words
// before it are the author's.
func attributionStart(t string) int {
	for k := 1; k < len(t); k++ {
		if t[k-1] != ' ' && t[k-1] != '-' {
			continue
		}
		if startsAttribution(t[k:]) && isAttribution(t[k:]) {
			return k
		}
	}
	return 0
}

// isRuledAttribution reports whether t is an attribution set between
// rules, as Android and some webmail write it: "---- Omar wrote ----",
// "-----On 3/2/2026 9:10 AM, Omar wrote-----".
func isRuledAttribution(t string) bool {
	if !strings.HasPrefix(t, "--") || !strings.HasSuffix(t, "--") {
		return false
	}
	return endsWithVerb(strings.ToLower(strings.Trim(t, "-–— \t")), false)
}

// hasVerbInside reports whether one of attributionEnds, without its colon,
// stands as words inside the lower-case low.
func hasVerbInside(low string) bool {
	for _, e := range attributionEnds {
		v := strings.TrimSpace(strings.TrimRight(e, ":："))
		if i := strings.Index(low, v); i > 0 && low[i-1] == ' ' && i+len(v) < len(low) && low[i+len(v)] == ' ' {
			return true
		}
	}
	return false
}

// endsWithVerb reports whether the lower-case low ends with one of
// attributionEnds, with its colon or, when colon is false, without it.
func endsWithVerb(low string, colon bool) bool {
	for _, e := range attributionEnds {
		if !colon {
			e = strings.TrimSuffix(strings.TrimSuffix(e, ":"), "：")
		}
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}

// isBareAttribution reports whether t is the colon-less attribution older
// Gmail wrote above quoted lines: a date, then the name and address,
// "2011/4/7 Omar Aziz <omar@x>". Only a line right above "> " lines is
// asked.
func isBareAttribution(t string) bool {
	if len(t) > 200 || !strings.HasSuffix(t, ">") || !isDigit(t[0]) {
		return false
	}
	lt := strings.LastIndexByte(t, '<')
	return lt > 0 && strings.Contains(t[lt:], "@")
}

func startsAttribution(s string) bool { return hasPrefixIn(s, attributionStarts) }

// isAttribution reports whether s (one or more joined lines) is a reply
// attribution: it ends with a "wrote:" verb and carries a date or an
// address, or it is Gmail's verb-less form in CJK and Russian locales,
// "2026年3月2日(月) 9:10 Omar <omar@x>:".
func isAttribution(s string) bool {
	low := strings.ToLower(s)
	if endsWithVerb(low, true) {
		return strings.ContainsFunc(s, unicode.IsDigit) || strings.Contains(s, "@") || startsAttribution(s)
	}
	// Hungarian Gmail puts the date after the verb: "Omar <omar@x> ezt írta
	// (időpont: 2026. márc. 2., H, 9:10):".
	if strings.HasSuffix(s, "):") && strings.Contains(s, "@") {
		k := strings.LastIndex(low, " (")
		if k > 0 && strings.ContainsFunc(s[k:], unicode.IsDigit) && endsWithVerb(low[:k]+":", true) {
			return true
		}
	}
	// Thunderbird's verb-first form always carries the time; "Am 3. März
	// schrieb ich Ihnen:" in a German message does not.
	if len(s) < 200 && strings.HasSuffix(s, ":") && hasClock(s) {
		if startsAttribution(s) {
			for _, v := range verbsBeforeName {
				if strings.Contains(low, v) {
					return true
				}
			}
		}
		// Gmail for Android and Inbox put the date after the verb:
		// "Omar <omar@x> schrieb am Mo., 2. März 2026 um 09:10 Uhr:".
		if strings.Contains(s, "@") && hasVerbInside(low) {
			return true
		}
	}
	// Some clients drop the colon: "On Wed, 14 Nov 2018 08:14 Omar
	// <omar@x> wrote". Then it must open like one and carry an address.
	if startsAttribution(s) && strings.Contains(s, "@") && endsWithVerb(low, false) {
		return true
	}
	if strings.HasSuffix(s, ">:") || strings.HasSuffix(s, ">：") {
		lt := strings.LastIndexByte(s, '<')
		return lt >= 0 && strings.Contains(s[lt:], "@") && strings.ContainsFunc(s[:lt], unicode.IsDigit)
	}
	return false
}
