package classify

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dialtone/analysis"
	"dialtone/analysis/classify/internal/feat"
)

// phrasebook holds the sentences Suggest offers the rep to paste, in the
// draft's language: a question that helps the reader decide and a call
// proposal with two slots. The advice around them stays in the app's
// language.
type phrasebook struct {
	ask string // the essays' question
	// call proposes a call to the greeted name at the two slots; without
	// a name it starts at the verb ("Would Tuesday at 10:00…")
	call string
	days [7]string // weekday names, Sunday first (time.Weekday)
	at   string    // a day and a time: "%s at %s"
	mark string    // the question mark, with French's space before it
	// date names a day beyond the coming week, where its weekday alone
	// would name the nearer one: the weekday (%[1]s), the day of the month
	// (%[2]d) and the month's name (%[3]s), "Tuesday, December 8"
	date   string
	months [12]string // month names, January first
}

// phrasebooks by feat.Features.Lang ("" is English).
var phrasebooks = map[string]*phrasebook{
	"": {
		ask:    "What would you suggest we do to progress from here?",
		call:   "%s, would %s or %s work for a quick call",
		days:   [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		at:     "%s at %s",
		mark:   "?",
		date:   "%[1]s, %[3]s %[2]d",
		months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	},
	"de": {
		ask:    "Was würden Sie vorschlagen, wie wir von hier aus weitermachen?",
		call:   "%s, hätten Sie %s oder %s Zeit für ein kurzes Telefonat",
		days:   [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
		at:     "%s um %s",
		mark:   "?",
		date:   "%[1]s, %[2]d. %[3]s",
		months: [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	},
	"fr": {
		ask:    "Que proposeriez-vous pour avancer à partir d'ici ?",
		call:   "%s, seriez-vous disponible %s ou %s pour un court appel",
		days:   [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
		at:     "%s à %s",
		mark:   " ?",
		date:   "%[1]s %[2]d %[3]s",
		months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	},
	"es": {
		ask:    "¿Qué nos sugiere para avanzar a partir de aquí?",
		call:   "%s, ¿le vendría bien %s o %s para una llamada breve",
		days:   [7]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
		at:     "el %s a las %s",
		mark:   "?",
		date:   "%[1]s %[2]d de %[3]s",
		months: [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	},
	"it": {
		ask:    "Cosa suggerirebbe per andare avanti da qui?",
		call:   "%s, le andrebbe bene %s o %s per una breve chiamata",
		days:   [7]string{"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"},
		at:     "%s alle %s",
		mark:   "?",
		date:   "%[1]s %[2]d %[3]s",
		months: [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	},
	"pt": {
		ask:    "O que sugere para avançarmos a partir daqui?",
		call:   "%s, podemos falar %s ou %s numa chamada rápida",
		days:   [7]string{"domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"},
		at:     "%s às %s",
		mark:   "?",
		date:   "%[1]s, %[2]d de %[3]s",
		months: [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
	},
	"nl": {
		ask:    "Wat zou u voorstellen om vanaf hier verder te gaan?",
		call:   "%s, past %s of %s u voor een kort belletje",
		days:   [7]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
		at:     "%s om %s",
		mark:   "?",
		date:   "%[1]s %[2]d %[3]s",
		months: [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	},
}

// bookFor returns the phrasebook of a draft's language, English when it
// has none.
func bookFor(lang string) *phrasebook {
	if b, ok := phrasebooks[lang]; ok {
		return b
	}
	return phrasebooks[""]
}

// slot names a call time in the book's language: "Tuesday at 10:00", or
// with its date when dated ("Tuesday, December 8 at 10:00").
func (b *phrasebook) slot(t time.Time, dated bool) string {
	day := b.days[t.Weekday()]
	if dated {
		day = fmt.Sprintf(b.date, day, t.Day(), b.months[t.Month()-1])
	}
	return fmt.Sprintf(b.at, day, t.Format("15:04"))
}

// proposeCall proposes a call at the first two of call's slots, greeting
// name when there is one, naming their dates when they lie beyond the
// coming week (call.Later); with fewer slots there is nothing to propose
// and it returns "". about (" about the proposal") goes before the question
// mark.
func (b *phrasebook) proposeCall(name string, call analysis.CallTimes, about string) string {
	slots := call.Slots
	if len(slots) < 2 {
		return ""
	}
	s := fmt.Sprintf(b.call, name, b.slot(slots[0], call.Later), b.slot(slots[1], call.Later))
	if name == "" {
		// drop the name and its comma, and capitalize what follows:
		// "¿le vendría bien…" → "¿Le vendría bien…"
		s = upperFirst(strings.TrimPrefix(s, ", "))
	}
	return s + about + b.mark
}

// upperFirst capitalizes the first letter of s, after any punctuation.
func upperFirst(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
	}
	return s
}

// Sentences are the sentences Dialtone offers a rep to send, in the
// language of what they write: the ones the Review screen's suggestions
// offer, for other screens to offer too.
type Sentences struct{ b *phrasebook }

// SentencesFor returns the sentences in the language text is written in,
// English when it is no other supported language.
func SentencesFor(text string) Sentences {
	w := pool.Get().(*work)
	defer pool.Put(w)
	w.doc = feat.Doc{Text: text}
	tables.Analyze(&w.doc, &w.f)
	return Sentences{bookFor(w.f.Lang)}
}

// Ask is the essays' question that helps the reader decide.
func (s Sentences) Ask() string { return s.b.ask }

// ProposeCall proposes a quick call at the first two of call's slots; ""
// when there are fewer.
func (s Sentences) ProposeCall(call analysis.CallTimes) string {
	return s.b.proposeCall("", call, "")
}
