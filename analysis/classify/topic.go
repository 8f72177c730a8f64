package classify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dialtone/analysis/classify/internal/feat"
	"dialtone/analysis/owntext"
)

// topicPreps open the thing a check-in asks about: "following up on the
// Calpine term sheet", "any news regarding the renewal", "the status of
// our quote", "did you get a chance to look at the deck".
var topicPreps = map[string]bool{
	"on": true, "about": true, "regarding": true, "re": true, "of": true, "at": true, "over": true,
	"through": true, "with": true, "concerning": true,
}

// topicSkips may stand between a check-in phrase and the preposition
// that opens its topic.
var topicSkips = map[string]bool{
	"you": true, "him": true, "her": true, "them": true, "to": true, "look": true, "take": true,
	"a": true, "quick": true, "glance": true, "go": true, "review": true, "read": true, "see": true,
	"again": true, "briefly": true, "in": true, "back": true, "up": true, "with": true,
}

// topicDets may open the noun phrase: the determiner the rep is told it
// with, and the one the sentences offered to paste say it with. A
// possessive is turned to the rep's point of view in the advice ("my
// proposal" is "your proposal" to the rep) and stays the draft's own in
// what the rep sends ("a quick call about my proposal").
var topicDets = map[string]topic{
	"the": {"the", "the", ""}, "this": {"the", "the", ""}, "that": {"the", "the", ""},
	"these": {"the", "the", ""}, "those": {"the", "the", ""}, "a": {"the", "the", ""}, "an": {"the", "the", ""},
	"my": {"your", "my", ""}, "our": {"our", "our", ""}, "your": {"their", "your", ""},
	"their": {"their", "their", ""}, "his": {"his", "his", ""}, "her": {"her", "her", ""},
}

// topic is what a draft is about: a noun phrase (name) and the
// determiners it takes in the advice to the rep and in the draft's voice.
// The zero topic names nothing.
type topic struct{ rep, own, name string }

// String names the topic to the rep: "your proposal".
func (t topic) String() string { return join(t.rep, t.name) }

// Own names the topic as the draft does, for the sentences the rep sends:
// "my proposal".
func (t topic) Own() string { return join(t.own, t.name) }

// isTalk reports whether the topic is itself a conversation ("the
// reference call", "Monday's sync"), which a call cannot be about.
func (t topic) isTalk() bool {
	return t.name != "" && talkHeads[lowerWord(t.name[strings.LastIndexByte(t.name, ' ')+1:])]
}

// talkHeads end the name of a conversation.
var talkHeads = setOf("call", "calls", "meeting", "meetings", "sync", "catch-up", "catchup", "chat", "conversation")

func join(det, name string) string {
	if det == "" || name == "" {
		return name
	}
	return det + " " + name
}

// topicStops end a noun phrase, as a preposition of topicPreps does:
// verbs, conjunctions, pronouns and the words that start a new clause.
var topicStops = map[string]bool{
	"and": true, "or": true, "but": true, "so": true, "to": true, "if": true, "that": true, "which": true,
	"when": true, "since": true, "because": true, "as": true, "yet": true, "for": true, "from": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "i": true, "we": true, "you": true, "they": true, "he": true, "she": true, "it": true,
	"me": true, "us": true, "them": true, "in": true, "by": true, "last": true, "yesterday": true,
	"today": true, "tomorrow": true, "again": true, "please": true, "thanks": true, "just": true,
	"still": true, "sent": true, "i'd": true, "i'm": true, "we'd": true, "we're": true,
	"you'd": true, "you're": true, "did": true, "do": true, "does": true, "will": true, "would": true,
	"could": true, "can": true, "should": true, "let": true, "any": true, "anything": true,
	"before": true, "after": true, "until": true, "there": true, "here": true, "now": true, "soon": true, "week": true,
}

// topicAvoid never names a topic on its own: words a check-in points
// with rather than the thing it points at.
var topicAvoid = map[string]bool{
	"this": true, "that": true, "it": true, "things": true, "everything": true, "anything": true,
	"where": true, "what": true, "how": true, "whether": true, "my": true, "our": true, "your": true,
	"email": true, "note": true, "message": true, "mail": true, "previous": true, "below": true,
	"above": true, "voicemail": true, "side": true, "end": true, "progress": true, "status": true,
	"update": true, "updates": true, "news": true, "call": true, "time": true, "inbox": true,
	"top": true, "radar": true, "list": true, "mind": true, "desk": true, "plate": true,
	"all": true, "one": true, "ones": true, "next": true, "same": true, "week": true, "morning": true,
	"afternoon": true, "tonight": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// subjectNudges are subject-line words that say only that the email is a
// reminder; what is left of the subject names the topic.
var subjectNudges = []string{
	"following up", "follow up", "follow-up", "checking in", "check in", "check-in", "touching base",
	"circling back", "checking back in", "checking back", "quick follow up", "quick follow-up",
	"closing the loop", "catching up", "catch up", "just",
	"quick question", "gentle reminder", "friendly reminder", "reminder", "bump", "ping", "nudge",
	"any update", "any news", "update", "status", "received", "re", "fw", "fwd", "on", "about",
	"regarding", "the status of",
}

// draftTopic names what a draft is about, as the rep would say it back:
// the thing its check-in phrase asks about ("the Calpine term sheet"),
// else what is left of its subject once "Re:" and reminder words are
// dropped, else a usual sales topic the thread mentions. "" when nothing
// is clear enough to name.
func draftTopic(in *Input, f *feat.Features) topic {
	if f.Lang != "" {
		return topic{} // the advice is English: a topic read from German or French would not fit its sentences
	}
	for _, h := range f.Hits {
		if h.Kind == feat.Nudge || h.Kind == feat.Filler {
			// "the status of", "any update on": the phrase ends in the
			// preposition itself
			ws := strings.Fields(in.Text[h.Start:h.End])
			ownPrep := len(ws) > 1 && topicPreps[lowerWord(ws[len(ws)-1])]
			t := phraseAfter(in.Text[h.End:], "", !ownPrep, false)
			if t.name == "" || t.isTalk() {
				// "a chance to talk to your team about the budget", "our
				// conversation from last week about the rollout": what the
				// talk was about
				_, _, se := f.Sentence(int(h.Tok))
				if a := aboutIn(in.Text[h.End:max(se, h.End)]); a.name != "" {
					return a
				}
			}
			if t.name != "" {
				return t
			}
		}
	}
	if t := subjectTopic(in.Subject, in.Text); t.name != "" {
		return t
	}
	if t := threadTopic(in); t != "" {
		return topic{"the", "the", t}
	}
	return topic{}
}

// aboutIn reads the topic after the first "about", "regarding" or
// "concerning" in s.
func aboutIn(s string) topic {
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
		w := s[i:]
		if k := strings.IndexByte(w, ' '); k >= 0 {
			w = w[:k]
		}
		switch lowerWord(w) {
		case "about", "regarding", "concerning":
			return phraseAfter(s[i:], "", true, false)
		}
	}
	return topic{}
}

// phraseAfter reads the noun phrase that follows a check-in phrase up to
// the end of its clause: a preposition first when needPrep ("on the
// renewal"), then an optional determiner and up to five words. In a
// subject line a capital letter is no sign of a name; body is the text
// under the subject, which tells a name from a capitalized word.
func phraseAfter(s, body string, needPrep, subject bool) topic {
	if i := strings.IndexAny(s, ".?!;:,()\n\"“”"); i >= 0 {
		s = s[:i]
	}
	words := strings.Fields(s)
	k := 0
	if needPrep {
		// "following up with you on the quote", "a chance to look at the
		// deck": skip an object pronoun or the verb that takes the topic.
		for k < len(words) && k < 3 && topicSkips[lowerWord(words[k])] {
			k++
		}
		if k == len(words) || !topicPreps[lowerWord(words[k])] {
			return topic{}
		}
		k++
	}
	var t topic
	if k < len(words) {
		if d, ok := topicDets[lowerWord(words[k])]; ok {
			t = d
			k++
		}
		// "the the Pirnie saga": a determiner typed twice
		for k < len(words) && topicDets[lowerWord(words[k])].rep != "" {
			k++
		}
	}
	var np []string
	for ; k < len(words) && len(np) < 5; k++ {
		w := strings.Trim(words[k], "'’-–—")
		lw := lowerWord(w)
		if lw == "of" && len(np) > 0 && k+1 < len(words) {
			// a name with "of" in it: "statement of work", "proof of concept"
			if h := strings.ToLower(np[len(np)-1] + " of " + strings.Trim(words[k+1], "'’-–—")); isTopicWord(h) || askKind(strings.Fields(h)) >= 0 {
				np = append(np, "of")
				continue
			}
		}
		if w == "" || topicStops[lw] || topicPreps[lw] {
			break
		}
		np = append(np, w)
	}
	// a phrase of only pointing words names nothing ("on this", "on
	// where"), unless what it points at follows: "my last email
	// regarding the security questionnaire"
	named := false
	for _, w := range np {
		if !topicAvoid[lowerWord(w)] {
			named = true
		}
	}
	if !named || topicAvoid[lowerWord(np[0])] && t.rep == "" {
		if k < len(words) && topicPreps[lowerWord(words[k])] {
			return phraseAfter(strings.Join(words[k:], " "), body, true, subject)
		}
		return topic{}
	}
	// A usual sales word is no proper noun, even capitalized in a
	// subject, nor is a subject's first word that the body writes in
	// lower case ("Order form" over "…the order form…"); an acronym keeps
	// its capitals ("the MSA"), and so do names ("Tenaska deal"). Where
	// every capitalized word is a usual business word, the capitals are
	// the subject line's own ("Security review", "Onboarding Timeline");
	// where one is not, the words are a name ("Global Master Agreement").
	if common := commonPhrase(np); common ||
		isTopicWord(np[0]) || subject && indexWord(body, strings.ToLower(np[0])) >= 0 {
		for i, w := range np {
			if (i == 0 || common) && capitalized(w) {
				np[i] = strings.ToLower(w)
			}
		}
	}
	t.name = strings.Join(np, " ")
	// a possessive is its own determiner: "Acme's renewal", "tonight's shift"
	possessive := strings.HasSuffix(np[0], "'s") || strings.HasSuffix(np[0], "’s")
	if t.rep == "" && !possessive && (!startsUpper(t.name) || subject) {
		t.rep, t.own = "the", "the"
	}
	return t
}

// indexWord returns where text first holds w as a whole word, in the same
// case, or -1.
func indexWord(text, w string) int {
	for i := 0; w != ""; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return -1
		}
		if j += i; wholeWord(text, j, len(w)) {
			return j
		}
		i = j + 1
	}
	return -1
}

// wholeWord reports whether the n bytes at text[i:] stand as a word of
// their own: no letter or digit touches them on either side.
func wholeWord(text string, i, n int) bool {
	return (i == 0 || !isWordByte(text[i-1])) && (i+n == len(text) || !isWordByte(text[i+n]))
}

// isWordByte reports whether c is a lower-case ASCII letter or a digit. A
// capital does not count: threadTopic lower-cases its text first, while
// indexWord reads the body as written.
func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// subjectTopic is what is left of a subject line once reply and forward
// prefixes and the words that only say "reminder" are dropped.
func subjectTopic(subject, body string) topic {
	s := strings.TrimSpace(subject)
	for changed := true; changed; {
		changed = false
		ls := strings.ToLower(s)
		for _, p := range subjectNudges {
			if strings.HasPrefix(ls, p) && (len(ls) == len(p) || !isWordByte(ls[len(p)])) {
				s = strings.TrimLeft(s[len(p):], " :-–—|/")
				changed = true
				break
			}
		}
	}
	s = strings.TrimRight(s, " ?!.")
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 6 || subjectOpeners[lowerWord(strings.Trim(ws[0], ",!:-"))] {
		return topic{}
	}
	t := phraseAfter(s, body, false, true)
	// A subject of names only ("Mike Dahlke", "Calpine", "MDEA", two
	// companies paired as "Acme x Northwind" or "Acme <> Northwind") says
	// whom or what company the email concerns, not what to decide on,
	// unless it ends in a thing Dialtone knows ("Global Master Agreement",
	// "Acme x Northwind pilot").
	if t.name != "" && !knownHead(t.name) {
		capsOnly := true
		for _, w := range strings.Fields(t.name) {
			if partyJoiners[w] {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				capsOnly = false
			}
		}
		if capsOnly {
			return topic{}
		}
	}
	return t
}

// partyJoiners join two parties in a subject line: "Acme x Northwind",
// "Acme <> Northwind", "Acme / Northwind".
var partyJoiners = setOf("x", "×", "<>", "<->", "/", "+", "&", "|", "-", "–", "—", "vs", "vs.", "//")

// commonWords are the business words a subject line capitalizes only
// because they open it or because it is written in title case: nouns
// of the work a deal goes through and the words that qualify them.
// Names, however common their words, are not listed.
var commonWords = setOf(
	"security", "review", "onboarding", "budget", "timeline", "approval", "data", "migration", "training",
	"plan", "planning", "reference", "references", "call", "meeting", "legal", "procurement", "integration",
	"implementation", "kickoff", "kick-off", "expansion", "evaluation", "launch", "project", "program",
	"support", "services", "service", "licensing", "license", "licence", "licenses", "seats", "users",
	"billing", "payment", "payments", "terms", "discount", "compliance", "privacy", "audit", "risk",
	"access", "reporting", "analytics", "dashboard", "forecast", "strategy", "roadmap", "schedule",
	"rollout", "deployment", "installation", "setup", "configuration", "testing", "extension",
	"amendment", "addendum", "redlines", "changes", "comments", "feedback", "questionnaire", "requirements",
	"scope", "workshop", "webinar", "agenda", "notes", "recap", "summary", "options", "update", "status",
	"upgrade", "purchase", "order", "delivery", "shipping", "inventory", "hosting", "infrastructure",
	"account", "team", "finance", "marketing", "sales", "engineering", "partnership", "partner", "vendor",
	"supplier", "signature", "sign-off", "go-live", "cutover", "pricing", "proposal", "quote", "contract",
	"agreement", "renewal", "pilot", "trial", "demo", "deck", "invoice", "case", "study", "business",
	"revised", "updated", "final", "signed", "new", "draft", "open", "outstanding", "pending", "quarterly",
	"annual", "monthly", "weekly", "technical", "internal", "executive", "initial", "additional", "upcoming",
	"product", "customer", "success", "follow-up", "intro", "introduction", "proof", "concept", "volume",
	"volumes", "capacity", "price", "prices", "rates", "rate", "fees", "cost", "costs", "savings",
)

// commonPhrase reports whether np has capitalized words and all of them
// are commonWords or topicWords: "Q3 Pricing Update" (a code such as
// "Q3" or an acronym keeps its capitals), not "Global Master Agreement".
func commonPhrase(np []string) bool {
	caps := 0
	for _, w := range np {
		if !capitalized(w) {
			continue
		}
		if lw := lowerWord(w); !commonWords[lw] && !isTopicWord(lw) {
			return false
		}
		caps++
	}
	return caps > 0
}

// subjectOpeners open a subject line that greets or flags the email
// rather than naming a topic: "Hi Mark!", "Good morning", "URGENT".
var subjectOpeners = setOf("hi", "hello", "hey", "dear", "good", "greetings", "merry", "happy", "thanks",
	"thank", "congratulations", "congrats", "urgent", "important", "fyi", "question", "questions", "hola",
	"hallo", "bonjour", "ciao", "hoi", "olá", "yo", "welcome", "sorry")

// knownHead reports whether a topic ends in a thing sales mail is about:
// a word of topicWords or a head of topicAsks, or the last word of
// one ("Review", "Order"), in the singular or the plural.
func knownHead(name string) bool {
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	for _, w := range []string{last, strings.TrimSuffix(last, "s")} {
		if slices.Contains(topicWords, w) {
			return true
		}
		for _, k := range topicAsks {
			for _, h := range k.heads {
				if h == w || strings.HasSuffix(h, " "+w) {
					return true
				}
			}
		}
	}
	return false
}

// notNames open a line the way a greeting does but greet nobody.
var notNames = map[string]bool{
	"all": true, "team": true, "everyone": true, "folks": true, "guys": true, "there": true,
	"thanks": true, "thank": true, "sir": true, "madam": true, "just": true, "hope": true, "yes": true,
	"no": true, "ok": true, "okay": true, "sorry": true, "fyi": true, "please": true,
}

// greetedName is the name a draft greets ("Hi Mark," "Mark -" "Dear Ms.
// Ortiz,"), or "" when it opens without one.
// titles come before a surname without a full stop ("Herr Weber",
// "Madame Laurent").
var titles = setOf("herr", "frau", "madame", "monsieur", "señor", "señora", "signor", "signora",
	"senhor", "senhora", "meneer", "mevrouw")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func greetedName(text string) string {
	line := strings.TrimSpace(text)
	sep := strings.IndexAny(line, ",:\n!")
	for _, dash := range []string{" - ", " – "} {
		if d := strings.Index(line, dash); d >= 0 && (sep < 0 || d < sep) {
			sep = d
		}
	}
	separated := sep >= 0 && line[sep] != '\n'
	if sep >= 0 {
		line = line[:sep]
	}
	rest, greeted := owntext.StripGreeting(line)
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 2 || !greeted && !separated {
		return ""
	}
	if len(words) == 2 && !strings.HasSuffix(words[0], ".") && !titles[lowerWord(words[0])] { // "Ms. Ortiz", "Herr Weber"
		return ""
	}
	name := strings.Join(words, " ")
	if !startsUpper(name) || notNames[lowerWord(words[0])] || strings.ContainsAny(name, "@0123456789") {
		return ""
	}
	return name
}

func isTopicWord(w string) bool { return slices.Contains(topicWords, lowerWord(w)) }

func lowerWord(w string) string {
	return strings.ToLower(strings.Trim(w, "'’"))
}

// capitalized reports whether w is a word with only its first letter a
// capital: not an acronym ("MSA") or a code ("Q3").
func capitalized(w string) bool {
	return startsUpper(w) && strings.ToUpper(w) != w && !strings.ContainsAny(w, "0123456789")
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
