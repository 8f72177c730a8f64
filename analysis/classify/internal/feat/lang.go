package feat

import (
	"slices"
	"strings"
)

// language holds what the matcher knows of one language other than
// English: its phrases by kind, in the same sense as phraseTable, and the
// words of its word classes. Sales mail in Europe is often written in the
// customer's language, so the check-in phrases, dates, amounts and
// courtesies of these languages get the same reasons and highlights as
// English ones.
//
// A phrase that reads the same in two languages ("15 minutos") is listed
// once; Compile drops repeats. Words that are also common English words
// ("hier", "car", "include", "do") are left out, so English mail reads as
// before.
type language struct {
	name    string
	code    string // ISO 639-1, what Features.Lang reports
	phrases [numKinds][]string
	// stop are function words and nudge vocabulary of four letters or more
	// that carry no content on their own (wStop), and the nouns a nudge
	// names its topic by ("Angebot", "devis"), like stopMore.
	stop []string
	// salutations open a greeting ("Liebe", "Estimado").
	salutations []string
	// askWhen and askAmount, in a question, ask for a date or time ("wann")
	// and for a figure ("wie viel", "Preis"): a reply that gives one
	// answers it.
	askWhen, askAmount []string
	// units after a number make it a quantity ("12 Lizenzen").
	units []string
	// lengths are the units of a length of time ("Minuten", "Stunde"): in a
	// sentence that proposes a step, a quantity of them is the step's
	// length, not a figure of news.
	lengths []string
	// past are words after which a date lies behind ("geschickt am 3.3.").
	past []string
	// behind start a relative day that lies behind ("gestern"), as
	// "yesterday" and "last" do in English.
	behind []string
	// clock words follow an hour ("14 Uhr"), as "pm" does in English.
	clock []string
	// polite are the pronouns of address a letter capitalizes inside a
	// sentence ("können Sie", "le ruego a Usted", "La ringrazio per la
	// Sua offerta"): a capital on them names nobody, as on the iForms
	// (they join that word class).
	polite []string
	// done are news and commitment words (News, Commit) that report
	// something done or decided, as doneNewsWords do in English
	// ("genehmigt", "aprobamos"). participles are such words that also
	// follow a noun as its adjective ("el contrato firmado", "le contrat
	// signé"): after a determiner and a noun they report nothing.
	done, participles []string
	// determiners before a done word make it an adjective ("een getekend
	// contract"), as in English.
	determiners []string
	// modals before a done word make it a possibility, a plan or a
	// condition ("pode ser assinado", "sobald der Vertrag unterschrieben
	// ist"), as in English.
	modals []string
	// verbLast marks a language whose clauses put the verb that reports
	// last ("hat den Rabatt genehmigt", "heeft de korting goedgekeurd").
	verbLast bool
	// pastNouns are what one refers back to by date, and of is the word
	// between ("unsere Anfrage vom 05.02.", "nuestra oferta del 2 de
	// febrero"), as "my letter of December 5" in English.
	pastNouns, of []string
	// nounCapsMarkers, for a language that capitalizes every noun, are
	// common words that tell a text is written in it: there a capital
	// inside a sentence says nothing of a name.
	nounCapsMarkers []string
	// weCan are its "we can" and "we could", Proposal phrases that a
	// negation beside them takes back ("können wir diesmal nicht gewähren",
	// "no podemos bajar el precio"; see Proposes).
	weCan []string
	// asks are the language's decision questions that hand the choice or
	// the next step to the reader (decisionAsks); they join its DecisionQ
	// phrases (see table).
	asks []string
	// already are its words for "already" that, in a short question with a
	// done word, ask whether a step was taken ("¿Ya firmaron el
	// contrato?"); or is its "or", which offers a choice instead, and wh
	// its question words, which ask why, when or how (see alreadyAsks).
	already, or, wh []string
	// gotPast are its past forms of "received" or "arrived" that ask,
	// alone in a short question, whether something reached the reader
	// ("¿Recibiste el contrato?"); gotParts are its participles of them,
	// which do after one of perfect, its auxiliaries of a finished step
	// ("Haben Sie den Vertrag erhalten?", "Heeft u de factuur
	// ontvangen?"). Without one, the same word wants a thing ("Können wir
	// einen Rabatt erhalten?"). See alreadyAsks.
	gotPast, gotParts, perfect []string
	// rises are its words that say a figure goes up or down, as
	// riseFallNow do in English ("el precio baja", "der Preis steigt"):
	// with a price or a share and a day they announce a change (see
	// announcedChange).
	rises []string
	// reminders are the last words of its Nudge phrases that remind
	// ("Erinnerung", "rappel", "le recuerdo"): opening a sentence, before
	// terms the reader holds, they say those terms again (see
	// Tables.remindsAgain). terms are the nouns of such terms ("Angebot",
	// "devis", "licencias"), fresh the words that make them new ("neues
	// Angebot"), and writer the words that make the writer the subject:
	// "I" and "we", and the verb forms that carry them ("j'ai",
	// "abbiamo", "temos").
	reminders, terms, fresh, writer []string
	// happen are its present forms that tell what happens at a time, as
	// happenVerbs do in English ("el camión sale el jueves", "le camion
	// part jeudi"; see Tables.happensOnDay). Forms that are also the
	// writer's "we" or the reader's polite "you" ("wir kommen", "Sie
	// kommen") are left out.
	happen []string
}

// table returns the language's phrases by kind, its asks among the
// decision questions.
func (l *language) table() [numKinds][]string {
	t := l.phrases
	t[DecisionQ] = slices.Concat(t[DecisionQ], l.asks)
	t[Proposal] = slices.Concat(t[Proposal], l.weCan)
	return t
}

// languages lists the supported languages besides English.
var languages = []language{
	{
		name:     "German",
		code:     "de",
		asks:     []string{"was würden sie vorschlagen", "was würdest du vorschlagen", "was schlagen sie vor", "was schlägst du vor", "welche option", "welche variante", "wer muss", "wer entscheidet", "wer unterschreibt", "wer noch", "was wäre nötig", "woran hängt es", "woran hakt es", "was fehlt noch", "bevorzugen sie", "sollen wir"},
		already:  []string{"schon", "bereits", "mittlerweile", "inzwischen"},
		gotPast:  []string{"erhielt", "erhielten", "bekam", "bekamen"},
		gotParts: []string{"erhalten", "bekommen", "angekommen"},
		perfect:  []string{"haben", "hast", "habt", "hat", "ist", "sind"},
		rises:    []string{"steigt", "steigen", "sinkt", "sinken", "fällt", "erhöht", "erhöhen", "senkt", "senken", "verdoppelt"},
		or:       []string{"oder"},
		wh:       []string{"warum", "wieso", "weshalb", "wann", "wie", "wo", "wer", "was"},
		verbLast: true,
		phrases: [numKinds][]string{
			Nudge: slices.Concat([]string{
				// a receipt check (lr.229)
				"wollte sicherstellen, dass meine", "kurz sicherstellen, dass meine", "nur sicherstellen, dass meine",
				"sicherstellen, dass unser", "sicherstellen, dass unsere",
				"nachfragen", "nachzufragen", "nachhaken", "nachzuhaken", "nachhören", "erinnerung",
				"kurze erinnerung", "freundliche erinnerung", "in erinnerung bringen", "schon zeit",
				"schon gelegenheit", "gelegenheit gehabt", "zeit gehabt", "dazu gekommen", "neuigkeiten",
				"gibt es schon", "gibt es etwas neues", "stand der dinge", "wie ist der stand",
				"wie sieht es aus", "wie sieht's aus", "kurz melden", "melde mich nochmal",
				"melde mich noch einmal", "meine letzte mail", "meine letzte e-mail", "meine letzte nachricht",
				"meine mail", "meine e-mail", "meine nachricht", "mail erhalten", "e-mail erhalten",
				"nachricht erhalten", "noch keine rückmeldung", "noch nichts gehört", "warte noch",
				"auf ihre rückmeldung", "auf deine rückmeldung", "noch aktuell", "noch interesse",
				"noch relevant", "auf dem schirm", "untergegangen", "wollte mich erkundigen",
				"erkundigen", "nochmals nachfragen",
				"hake nach", "hake nochmal nach", "hake noch einmal nach", "hake nochmals nach",
				"hake kurz nach", "hake mal nach", "frage nochmal nach", "frage noch einmal nach",
				"frage nochmals nach", "frage kurz nach", "frage mal nach", "frage höflich nach",
				"frage freundlich nach", "kurze nachfrage", "kleine nachfrage", "freundliche nachfrage",
				"höfliche nachfrage", "erneute nachfrage", "kleine erinnerung", "sanfte erinnerung",
				"erinnerung an meine", "erinnerung an mein", "erinnerung an unser",
				"erinnerung an unsere", "in erinnerung rufen", "in erinnerung zu rufen",
				"ins gedächtnis rufen", "freundlich erinnern", "freundlich daran erinnern",
				"höflich erinnern", "nochmals erinnern", "noch einmal erinnern", "an meine mail vom",
				"an meine e-mail vom", "an meine nachricht vom", "an mein angebot", "an unser angebot",
				"an meine anfrage", "an unsere anfrage", "urgieren", "urgiere", "zeit gefunden",
				"gelegenheit gefunden", "konnten sie schon", "konnten sie bereits", "konntest du schon",
				"konntet ihr schon", "blick darauf geworfen", "blick geworfen", "schon reingeschaut",
				"schon hineingeschaut", "schon angeschaut", "schon angesehen", "schon durchgesehen",
				"bereits angesehen", "bereits angeschaut", "gibt's schon", "gibt's etwas neues",
				"gibt's was neues", "gibt es was neues", "schon etwas neues", "schon was neues",
				"wie ist der aktuelle stand", "wie ist denn der stand", "wie sieht der stand aus",
				"wie ist der status", "wie steht es", "wie steht's", "wie stehen die dinge",
				"wie weit sind sie", "wie weit seid ihr", "wie weit bist du", "wo stehen wir",
				"wo stehen sie", "wo steht ihr", "noch keine antwort", "keine antwort erhalten",
				"keine rückmeldung erhalten", "noch keine reaktion", "nichts gehört",
				"nichts mehr gehört", "nichts von ihnen gehört", "nichts von dir gehört",
				"nichts von euch gehört", "eingang bestätigen", "eingang kurz bestätigen",
				"erhalt bestätigen", "erhalt kurz bestätigen", "meiner letzten mail",
				"meiner letzten e-mail", "meiner letzten nachricht", "meine vorige mail",
				"meine vorherige mail", "meiner mail", "meiner e-mail", "meiner nachricht",
				"unsere letzte mail", "unsere letzte e-mail", "unserer letzten mail",
				"unserer letzten e-mail", "unsere mail vom", "unsere e-mail vom",
				"unsere nachricht vom", "melde mich nochmals", "melde mich erneut",
				"melde mich noch mal", "wollte mich noch einmal melden", "wollte mich nochmal melden",
				"wollte mich nochmals melden", "wollte mich mal melden", "wollte mich erneut melden",
				"erlaube mir noch einmal", "erlaube mir nochmals", "erlaube mir erneut",
				"nach oben holen", "wieder nach oben", "nochmal nach oben", "noch einmal nach oben",
				"nach oben schieben", "hochholen", "oben im posteingang", "gelange nochmals an sie",
				"gelange erneut an sie", "gelange noch einmal an sie", "gelange nochmals an dich",
				"weiterhin interesse", "nach wie vor interesse", "noch interessiert",
				"weiterhin interessiert", "noch ein thema", "noch thema", "weiterhin aktuell",
				"nach wie vor aktuell", "noch auf der agenda", "auf dem radar",
				// whether the matter is still a priority, or the reader's priorities moved (lr.324)
				"noch eine priorität", "noch priorität", "weiterhin eine priorität", "weiterhin priorität",
				"nach wie vor eine priorität", "nach wie vor priorität", "noch prioritär", "ob sich die prioritäten",
				"ob sich ihre prioritäten", "ob sich eure prioritäten", "falls sich die prioritäten",
				"gerade keine priorität", "derzeit keine priorität", "momentan keine priorität",
				"sich schon etwas getan", "sich etwas getan", "sich was getan", "schon weitergekommen",
				"sie sich schon entschieden", "du dich schon entschieden", "ihr euch schon entschieden",
				"wollte mal hören", "wollte nur mal hören", "wollte kurz hören", "wollte nur hören",
				"kurzer ping", "kurzes follow-up", "kleines follow-up",
				"halten sie mich auf dem laufenden", "halte mich auf dem laufenden",
				"haltet mich auf dem laufenden", "warten noch auf ihre", "warten weiterhin auf",
				"warte weiterhin auf", "komme noch einmal auf", "komme nochmals auf",
				"komme nochmal auf", "komme auf mein", "komme auf meine", "komme auf unser",
				"komme auf unsere", "wollte sichergehen", "wollte nur sichergehen",
				"wollte sicherstellen", "wollte nur sicherstellen", "mich vergewissern",
				"versuche es noch einmal", "versuche es nochmal", "noch einmal zu melden",
				"nochmal zu melden", "nochmals zu melden", "erneut zu melden", "bei ihnen der stand",
				"bei euch der stand", "bei dir der stand", "gut bei ihnen angekommen",
				"gut bei dir angekommen", "gut angekommen ?", "zeichnet sich schon",
				"schon eine tendenz", "letzter versuch", "ein letzter versuch", "ein letztes mal",
				"blick darauf werfen können", "blick drauf werfen können", "blick werfen können",
				"wie sieht es bei ihnen", "wie sieht es bei euch", "wie sieht es bei dir",
				"wie sie dazu stehen", "wie ihr dazu steht", "wie du dazu stehst", "und ?",
				// the matter taken up again (lr.306): "ich wollte das Thema noch
				// einmal aufgreifen"
				"noch einmal aufgreifen", "nochmal aufgreifen", "nochmals aufgreifen", "erneut aufgreifen",
				"greife das thema", "greife ich das thema",
				// whether the reader has decided, asked (lr.339): "Ist die
				// Entscheidung gefallen?"; with "schon" below
				"entscheidung getroffen ?", "entscheidung gefallen ?",
			},
				// "were you able to look at the offer?" (lr.249: "Konnten Sie
				// sich das Angebot ansehen?"), and asked with "schon" (lr.306)
				deStepAsks(),
				// whether a meeting set before still holds, asked (lr.321):
				// "Steht unser Termin am Donnerstag noch?", "Bleibt es bei
				// Donnerstag?" ("unser Termin steht" tells)
				gapped("steht", "noch ?", 1, 5), gapped("gilt", "noch ?", 1, 5),
				gapped("findet", "noch statt ?", 1, 5), gapped("bleibt es bei", "?", 1, 5),
				// the writer checking in again about a matter named between
				// (lr.339): "ich wollte mich noch einmal wegen unseres Angebots
				// melden"
				gapped("wollte mich noch einmal", "melden", 1, 5), gapped("wollte mich nochmal", "melden", 1, 5),
				gapped("wollte mich nochmals", "melden", 1, 5), gapped("wollte mich erneut", "melden", 1, 5),
				gapped("schon eine entscheidung", "?", 0, 4), gapped("bereits eine entscheidung", "?", 0, 4),
				nearMark("noch bestätigt", "bleibt es dabei"),
			),
			Filler: {
				// lr.335: the reader's busy days, acknowledged, as "I know you're busy"
				"viel los ist", "viel um die ohren", "sehr beschäftigt sind", "sehr beschäftigt bist",
				"ich freue mich", "freue mich", "ich hoffe", "hoffe es geht", "wie geht es", "wie geht's",
				"viel zu tun", "keine eile", "kein stress", "ohne druck", "von ihnen zu hören",
				"von dir zu hören", "stehe gerne zur verfügung", "stehe ihnen gerne", "zur verfügung",
				"schönes wochenende", "schöne woche", "guten start", "guten morgen", "guten tag",
				"hoffe , es geht", "hoffe , alles", "hoffe alles", "es geht ihnen gut",
				"es geht dir gut", "es geht euch gut", "alles gut bei", "schönen tag", "schönen abend",
				"schönen feierabend", "erholsamen", "erholsames", "erholsame", "gut erholt",
				"schönen urlaub", "wie war ihr", "wie war dein", "wie war euer", "lange nichts gehört",
				"lange nicht gesprochen", "viel um die ohren", "stressige zeit", "hektische zeit",
				"kein druck", "ohne eile", "in aller ruhe", "würde mich freuen",
				"würde mich sehr freuen", "von ihnen hören", "von dir hören", "von euch zu hören",
				"von euch hören", "helfe gerne", "helfe ich gerne", "stehe ich gerne",
				"stehe ich ihnen gerne", "stehen wir gerne", "stehen ihnen gerne", "stehe dir gerne",
				"gerne zur seite", "helfe ihnen gerne", "wie läuft es", "wie läuft's", "luft hast",
				"luft haben", "alles klar bei dir", "alles klar bei ihnen", "alles klar bei euch",
				"alles gut ?", "was gibt's neues", "was gibt es neues",
			},
			Closer: {
				"bei fragen", "bei rückfragen", "für rückfragen", "falls sie fragen haben",
				"wenn sie fragen haben", "falls du fragen hast", "melden sie sich gerne", "meld dich gerne",
				"rufen sie mich an", "ruf mich an", "erreichen sie mich", "erreichst du mich",
				"bei weiteren fragen", "bei offenen fragen", "bei unklarheiten", "für fragen",
				"für weitere fragen", "falls noch fragen", "falls fragen", "sollten sie fragen haben",
				"sollten sie noch fragen haben", "sollten noch fragen", "solltest du fragen haben",
				"wenn du fragen hast", "falls sie noch fragen", "wenn sie noch fragen",
				"falls ihr fragen habt", "wenn ihr fragen habt", "melden sie sich einfach",
				"melden sie sich jederzeit", "meld dich einfach", "melde dich gerne",
				"melde dich einfach", "meldet euch gerne", "meldet euch einfach",
				"kommen sie gerne auf mich zu", "komm gerne auf mich zu",
				"kommen sie jederzeit auf mich zu", "sprechen sie mich gerne an",
				"sprich mich gerne an", "kontaktieren sie mich", "kontaktieren sie uns",
				"sie erreichen mich", "du erreichst mich", "telefonisch erreichbar", "erreichbar unter",
				"meine durchwahl", "meine handynummer", "meine mobilnummer", "rufen sie uns an",
				"rufen sie gerne an", "rufen sie einfach an", "ruf gerne an", "ruf einfach an",
				"geben sie mir bescheid", "gib mir bescheid", "gebt mir bescheid", "sag bescheid",
				"sagen sie bescheid", "geben sie bescheid", "gib bescheid", "gebt bescheid",
				"lassen sie es mich wissen", "lass es mich wissen", "lasst es mich wissen",
				"lassen sie mich wissen", "lass mich wissen", "vielen dank im voraus",
				"danke im voraus", "besten dank im voraus", "herzlichen dank im voraus",
				"vielen dank vorab", "danke vorab", "vorab vielen dank", "im voraus vielen dank",
				"wenn sie dazu kommen", "sobald sie dazu kommen", "wenn du dazu kommst",
				"sobald du dazu kommst", "wenn sie zeit haben", "wenn du zeit hast", "bei gelegenheit",
				"wann immer es ihnen passt", "wenn es ihnen passt", "über eine kurze rückmeldung",
				"über eine rückmeldung", "über ein kurzes feedback", "um kurze rückmeldung",
				"um eine kurze rückmeldung",
			},
			Courtesy: {
				"vielen dank für", "danke für", "herzlichen dank für", "besten dank für",
				"herzlichen glückwunsch", "gratuliere", "frohe weihnachten", "frohes neues",
				"gute besserung", "viel erfolg", "viel glück",
				"danke dir für", "danke ihnen für", "danke euch für",
				"lieben dank für", "tausend dank für", "merci für", "merci vielmals für",
				"vielen dank nochmals für",
				"danke nochmals für",
				"bedanke mich für", "bedanken uns für", "herzliches beileid",
				"mein beileid", "aufrichtiges beileid", "frohe ostern", "guten rutsch",
				"zum geburtstag", "willkommen an bord",
				"herzlich willkommen", "gute reise", "schöne feiertage", "frohe feiertage",
				"frohe festtage", "besinnliche feiertage", "gutes neues jahr", "leid zu hören",
				"hat mich gefreut", "hat mich sehr gefreut", "gratulation", "gratulieren",
				"glückwünsche", "alles gute für", "viel spaß", "gute erholung",
			},
			AttachWord: {
				"anbei", "anhang", "im anhang", "angehängt", "beigefügt", "in der anlage", "hier ist",
				"hier sind", "hier finden sie", "hier findest du", "unten finden sie", "schicke ihnen",
				"sende ihnen", "schicke dir",
				"als anlage", "anliegend", "beiliegend", "beigelegt", "in der beilage",
				"als beilage", "angefügt", "mitgeschickt", "übersende ihnen", "übersende dir",
				"übermittle ihnen", "sende dir", "schicke euch", "sende euch", "hiermit erhalten sie",
				"hiermit sende", "hiermit übersende", "nachfolgend", "untenstehend", "unten stehend",
				"hänge ihnen", "hänge dir", "hänge ich", "hier der link",
			},
			Material: {
				"angebot", "präsentation", "unterlagen", "vertrag", "vertragsentwurf", "entwurf",
				"preisliste", "kalkulation", "rechnung", "bestellung", "auftragsbestätigung",
				"zusammenfassung", "protokoll", "übersicht", "tabelle", "datenblatt", "broschüre",
				"leistungsbeschreibung", "lastenheft", "pflichtenheft", "zeitplan", "konzept",
				"offerte", "kostenvoranschlag", "kostenschätzung", "preisangebot", "richtangebot",
				"rahmenvertrag", "rahmenvereinbarung", "vereinbarung", "lieferschein",
				"bestellformular", "folien", "foliensatz", "dokumentation", "handbuch", "leitfaden",
				"fallstudie", "referenzen", "produktdatenblatt", "angebotsunterlagen", "konditionen",
				"preisübersicht", "vertragsunterlagen", "geheimhaltungsvereinbarung", "projektplan",
				"aufstellung", "gegenüberstellung", "vergleich", "checkliste", "fragebogen",
				"kostenaufstellung", "leistungsverzeichnis", "spezifikation", "wartungsvertrag",
				"servicevertrag", "lizenzvertrag",
			},
			Proposal: {
				"wie wäre es", "passt ihnen", "passt es ihnen", "passt dir", "passt es dir",
				"hätten sie zeit", "hättest du zeit", "kurzes telefonat", "ein telefonat", "kurzen anruf",
				"einen termin", "schlage vor", "ich schlage", "ich könnte",
				"lass uns", "lassen sie uns", "15 minuten", "rabatt", "pilotprojekt", "testphase",
				"wie wär's", "würde es ihnen passen", "würde ihnen passen", "würde dir passen",
				"passt es euch", "passt euch", "hättet ihr zeit", "schlage ich vor", "wir schlagen vor",
				"schlagen wir vor", "würde vorschlagen", "ich empfehle", "wir empfehlen",
				"empfehle ich", "empfehlen wir", "ich kann ihnen", "ich kann dir",
				"kurzes gespräch", "kurzer call", "einen call", "kurze telefonkonferenz", "ein meeting",
				"ein treffen", "terminvorschlag", "terminvorschläge", "termin vorschlagen",
				"termin vereinbaren", "termin ausmachen", "30 minuten", "20 minuten", "halbe stunde",
				"eine demo", "vorführung", "testzugang", "kostenlos testen", "probemonat", "testlauf",
				"nachlass", "preisnachlass", "sonderkondition", "sonderkonditionen", "sonderpreis",
				"skonto", "stattdessen", "alternativ", "anbieten", "verschieben", "einladung",
				"kalendereinladung", "treffen wir uns", "telefonieren wir",
			},
			Commit: {
				"ich schicke", "ich sende", "ich melde mich", "bis freitag", "bis montag", "bis morgen",
				"bis ende", "erledigt", "bestätigt", "gebucht", "unterschrieben", "verschickt",
				"schicke ich ihnen", "sende ich ihnen", "ich werde ihnen", "ich werde dir",
				"werde ich ihnen", "wir werden ihnen", "ich kümmere mich", "kümmere mich darum",
				"wir kümmern uns", "ich kläre", "kläre ich", "ich prüfe", "prüfe ich", "ich bereite",
				"bereite ich", "ich rufe sie an", "rufe ich sie an", "ich rufe dich an", "ich buche",
				"ich leite", "leite ich", "gebe ihnen bescheid",
				"gebe dir bescheid", "gebe ich bescheid", "halte sie auf dem laufenden",
				"halte dich auf dem laufenden", "halte euch auf dem laufenden",
				"halten sie auf dem laufenden", "bis dienstag", "bis mittwoch", "bis donnerstag",
				"bis übermorgen", "spätestens", "bis heute abend", "noch heute",
				"heute noch", "im laufe des tages", "im laufe der woche", "eingeplant", "reserviert",
				"eingetragen", "versendet", "geht heute raus", "geht morgen raus", "ich übernehme",
				"übernehme ich", "mache ich", "mach ich", "wird gemacht", "geht klar",
			},
			DecisionQ: {
				"welche option", "welche variante", "wer muss", "wer entscheidet", "wer unterschreibt",
				"sollen wir", "brauchen sie", "benötigen sie", "wie viele", "bis wann", "welcher termin",
				"was wäre nötig", "was bräuchten sie", "bevorzugen sie",
				"welche lösung", "welches paket", "welche version", "welchen termin", "welcher tag",
				"welches datum", "welche menge", "wie viel", "wieviel", "wie hoch ist",
				"welches budget", "ihr budget", "wer ist zuständig", "wer ist für", "an wen",
				"wer noch", "wer sollte", "müssen wir", "sollten wir", "brauchst du", "benötigst du",
				"braucht ihr", "benötigt ihr", "möchten sie", "möchtest du", "wollen sie", "willst du",
				"wollt ihr", "ist es möglich", "wäre es möglich", "können sie bestätigen",
				"kannst du bestätigen", "könnten sie bestätigen", "könnten sie mir bestätigen",
				"ab wann", "woran hängt es", "woran hakt es",
				"was fehlt noch", "bevorzugst du",
				"bevorzugt ihr", "wäre ihnen lieber", "wäre dir lieber", "ist ihnen lieber",
				"ist dir lieber",
			},
			AnswerWord: {
				"ja", "nein", "genau", "richtig", "stimmt", "korrekt", "na klar", "gute frage",
				"zu ihrer frage", "zu deiner frage", "zu ihren fragen", "zu deinen fragen",
				"kurze antwort", "jawohl",
			},
			News: {
				// something just done, said by someone other than the writer alone (lr.325): "der Hersteller hat soeben…"
				"hat soeben", "haben soeben", "ist soeben", "sind soeben", "wurde soeben", "wurden soeben",
				"freigegeben", "genehmigt", "neu", "neue", "neuen", "aktualisiert", "geändert",
				"verschoben", "verzögert", "vereinbart", "entschieden", "gute nachrichten", "ergebnis",
				"ergebnisse", "gesenkt", "reduziert", "erhöht", "gültig bis", "frist", "behoben", "gelöst",
				"hinzugefügt", "enthält", "inklusive", "nächste schritte", "jedoch", "allerdings",
				"aber", "auch",
				"ab sofort", "gestartet", "veröffentlicht", "eingeführt", "ausgeliefert", "geliefert",
				"akzeptiert", "angenommen", "abgeschlossen", "fertiggestellt", "finalisiert",
				"beschlossen", "zugestimmt", "abgelehnt", "storniert", "gekündigt", "überarbeitet",
				"angepasst", "aktualisierte", "neue version", "preiserhöhung", "preissenkung",
				"erhöhung", "senkung", "günstiger", "teurer", "gespart", "einsparung", "einsparungen",
				"läuft ab", "läuft aus", "störung", "ausfall", "engpass", "lieferengpass",
				"lieferverzug", "verspätung", "verzögerung", "zur info", "zu ihrer information",
				"zu ihrer info", "zur kenntnis", "deshalb", "daher", "deswegen", "trotzdem", "außerdem",
				"zudem", "lediglich", "nur noch", "nächsten schritte", "zuschlag", "bestellt",
				"wichtiger hinweis",
			},
			Weekday: {
				"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
				"sonnabend",
			},
			Month: {
				"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
				"oktober", "november", "dezember", "okt", "dez",
				"jänner", "feber",
			},
			RelDay: {
				"morgen", "heute", "übermorgen", "nächste woche", "nächsten monat", "diese woche",
				"ende der woche", "gestern", "letzte woche", "letzten monat", "heute nachmittag",
				"heute abend", "heute morgen", "heute früh", "morgen früh", "morgen vormittag",
				"morgen nachmittag", "vorgestern", "kommende woche", "kommenden woche",
				"nächster woche", "nächsten woche", "dieser woche", "vergangene woche",
				"vergangenen woche", "vergangenen monat", "letzter woche",
				"ende des monats", "monatsende",
			},
		},
		stop: []string{
			"ich", "wollte", "haben", "hatten", "sind", "sich", "unser", "unsere", "unseren", "ihre",
			"ihnen", "ihrem", "ihren", "ihrer", "schon", "noch", "kurz", "kurze", "kurzen", "nach",
			"wenn", "dass", "oder", "aber", "auch", "eine", "einen", "einem", "einer", "eines", "sehr",
			"habe", "wäre", "mich", "dich", "bitte", "vielen", "dank", "danke", "grüße", "grüßen",
			"grüssen", "gruß", "diese", "dieser", "dieses", "diesem", "diesen", "werden", "wird",
			"wurde", "würde", "würden", "können", "könnte", "könnten", "kann", "muss", "müssen",
			"soll", "sollte", "möchte", "möchten", "gerne", "gern", "einfach", "damit", "denn", "doch",
			"etwas", "nicht", "nichts", "immer", "wieder", "mehr", "meine", "meinen", "meiner",
			"meinem", "deine", "deinen", "dein", "euch", "eure", "wegen", "bezüglich", "bzgl",
			"hinsichtlich", "zwischen", "unter", "über", "ohne", "beim", "dann", "jetzt", "bereits",
			"gerade", "leider", "natürlich", "sicher", "vielleicht", "eigentlich", "hallo", "liebe",
			"lieber", "herr", "frau", "herrn", "geehrte", "geehrter", "freundlichen", "beste",
			"besten", "viele", "schöne", "schönen", "woche", "wochenende", "zeit", "frage", "fragen",
			"antwort", "rückmeldung", "nachricht", "angebot", "thema", "sache", "melden",
			"gehabt", "gekommen", "sehen", "schauen", "anzusehen", "anzuschauen", "werfen", "blick",
			"wissen", "lassen", "freue", "hören", "neues", "weiter", "weiterhin", "interesse",
			"dinge", "erinnerung", "nochmals", "erneut", "alles", "gute", "guten", "herzlichen",
			"gelegenheit", "neuigkeiten", "nachfragen", "nachhaken", "erhalten",
			"bislang", "bisher", "inzwischen", "mittlerweile", "zwischenzeitlich", "nochmal", "einmal",
			"freundlich", "freundliche", "höflich", "kurzes", "kurzer", "eventuell", "ebenfalls",
			"hierzu", "dazu", "darüber", "davon", "darauf", "daran", "dafür", "bezug", "bezugnehmend",
			"betreff", "anfrage", "unterlagen", "vorschlag", "erinnern", "zusammen", "alle", "allen",
			"jemand", "sobald", "sollten", "solltest", "hatte", "hattest", "bist", "seid", "sein",
			"waren", "gibt", "gibt's", "geben", "kommen", "komme", "kommt", "hoffe", "hoffen", "freuen",
			"zeitnah", "zeitnahe", "gehört", "bekommen", "angeschaut", "angesehen", "interessiert",
			"aktuell", "aktuelle", "aktuellen", "derzeit", "momentan", "demnächst", "grüsse", "gruss",
			"lieben", "herzliche", "dankeschön", "ganz", "deiner", "deinem", "euer", "euren", "unserem",
			"unserer", "unseres", "nachfrage", "nachzufragen", "nachzuhaken", "melde", "meldet",
			"zurück", "kurzem",
		},
		salutations: []string{
			"hallo", "liebe", "lieber", "sehr", "guten", "moin", "servus", "grüezi", "werte",
			"verehrte", "grüß", "sali", "hallöchen",
		},
		askWhen:   []string{"wann", "termin", "datum", "frist", "zeitpunkt"},
		askAmount: []string{"viel", "viele", "preis", "preise", "kosten", "kostet", "rabatt", "lange", "dauer"},
		lengths:   []string{"minuten", "stunde", "stunden"},
		units: []string{
			"lizenzen", "nutzer", "stück", "stk", "mitarbeiter", "tage", "tagen", "wochen", "monate",
			"monaten", "jahre", "jahren", "stunden", "minuten", "paletten", "lieferungen",
			"lizenz", "arbeitsplätze", "plätze", "standorte", "filialen", "geräte", "kartons", "kisten",
			"tonnen", "liter", "quadratmeter", "qm", "prozent", "franken", "werktage", "werktagen",
			"arbeitstage", "arbeitstagen", "monat", "jahr", "stunde", "woche", "fahrzeuge", "personen",
			"teilnehmer", "teilnehmende", "seiten", "exemplare", "konten", "einheiten", "mitarbeitende",
			"benutzer", "lkw", "tausend", "mio", "million", "millionen", "mrd", "milliarde", "milliarden",
		},
		past: []string{
			"gesendet", "geschickt", "verschickt", "besprochen", "erwähnt", "geschrieben",
			"zugeschickt", "zugesandt", "übermittelt", "gesandt", "übersandt", "übersendet",
			"telefoniert", "gesprochen", "eingereicht", "angefragt",
		},
		happen:    []string{"kommt", "fährt", "beginnt", "startet", "erfolgt", "trifft"},
		reminders: []string{"erinnerung", "erinnern"},
		terms: []string{
			"angebot", "offerte", "vorschlag", "kostenvoranschlag", "preis", "preise", "konditionen",
			"vertrag", "vertragsentwurf", "rabatt", "testzugang", "testphase", "test", "pilot",
			"pilotprojekt", "lizenz", "lizenzen", "abo", "abonnement", "laufzeit", "tarif", "paket",
		},
		fresh:  []string{"neu", "neue", "neuer", "neues", "neuen", "aktuelle", "aktuelles", "überarbeitete", "überarbeitetes"},
		writer: []string{"ich", "wir"},
		pastNouns: []string{
			"angebot", "anfrage", "nachricht", "schreiben", "mail", "bestellung", "telefonat",
			"gespräch", "besprechung", "rechnung", "auftrag", "offerte", "unterlagen",
		},
		of:    []string{"vom", "von"},
		weCan: []string{"wir können", "können wir", "wir könnten", "könnten wir"},
		polite: []string{
			"sie", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "du", "dir", "dich", "dein",
			"deine", "deinem", "deinen", "deiner", "euch", "euer", "eure", "eurem", "euren", "eurer",
		},
		behind: []string{
			"gestern", "letzte", "letzten", "vorgestern", "vergangene", "vergangenen", "letzter",
		},
		clock: []string{"uhr"},
		nounCapsMarkers: []string{
			"der", "und", "ist", "mit", "für", "ich", "wir", "auf", "dem", "nicht", "sich", "sind",
			"haben", "wird", "eine", "einen", "einer", "bitte", "ihnen", "uns", "noch", "schon", "auch",
			"oder", "aber", "wenn", "dass", "gerne", "vielen", "dank", "herr", "frau", "zum", "zur",
			"das", "ein", "bei", "wie", "sehr", "kann", "werden", "wurde", "durch", "gibt", "diese",
		},
		done: []string{
			"freigegeben", "genehmigt", "veröffentlicht", "gestartet", "eingeführt", "unterschrieben",
			"ausgeliefert", "geliefert", "verschickt", "verzögert", "verschoben", "vereinbart",
			"akzeptiert", "angenommen", "finalisiert", "abgeschlossen", "fertiggestellt", "entschieden",
			"beschlossen", "zugestimmt", "behoben", "gelöst", "gesenkt", "reduziert", "erhöht", "gespart",
			"hinzugefügt", "geändert", "angepasst", "überarbeitet", "aktualisiert", "abgelehnt",
			"storniert", "gekündigt", "bestellt",
		},
		determiners: []string{
			"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
			"unser", "unsere", "unseren", "unserem", "unserer", "ihr", "ihre", "ihren", "ihrem", "ihrer",
			"dein", "deine", "mein", "meine", "dieser", "diese", "dieses", "diesen",
		},
		modals: []string{
			"kann", "können", "könnte", "könnten", "muss", "müssen", "müsste", "soll", "sollte", "sollten",
			"wird", "werden", "würde", "würden", "wenn", "falls", "sobald", "bevor", "ob",
		},
	},
	{
		name:     "French",
		code:     "fr",
		asks:     []string{"que proposeriez-vous", "que proposez-vous", "que suggérez-vous", "que me conseillez-vous", "quelle option", "qui d'autre", "qui doit", "qui signe", "qui décide", "qui valide", "préférez-vous", "qu'est-ce qui bloque", "qu'est-ce qui vous retient", "qu'est-ce qui manque", "que faudrait-il", "devons-nous"},
		already:  []string{"déjà"},
		gotParts: []string{"reçu", "reçue", "reçus", "reçues", "arrivé", "arrivée", "arrivés", "arrivées"},
		perfect:  []string{"avez", "as", "a", "ont", "avons", "est", "sont"},
		rises:    []string{"augmente", "augmentent", "augmentera", "baisse", "baissent", "baissera", "diminue", "diminuent", "diminuera"},
		or:       []string{"ou"},
		wh:       []string{"pourquoi", "quand", "comment", "combien", "où", "qui", "quoi"},
		phrases: [numKinds][]string{
			Nudge: slices.Concat([]string{
				// lr.335: "avez-vous eu un retour de votre direction ?" ("nous
				// avons eu un retour de la coopérative" tells)
				"avez-vous eu un retour", "avez vous eu un retour", "as-tu eu un retour", "vous avez eu un retour",
				"tu as eu un retour", "avez-vous eu un premier retour", "vous avez eu un premier retour",
				// a receipt check (lr.229)
				"m'assurer que vous avez bien reçu", "m'assurer que tu as bien reçu",
				"avez-vous des nouvelles", "as-tu des nouvelles", "avez vous des nouvelles",
				"des nouvelles de votre côté", "des nouvelles de ton côté", "je me permets de revenir", "je me permets de vous relancer",
				"je me permets de te relancer", "relance", "relancer", "je reviens vers vous",
				"je reviens vers toi", "faire un suivi", "je fais suite", "suite à mon mail",
				"suite à mon message", "avez-vous pu", "as-tu pu",
				"avez-vous eu le temps", "as-tu eu le temps", "eu le temps", "eu l'occasion",
				"pris connaissance", "prendre connaissance", "mon dernier mail", "mon précédent mail",
				"mon dernier message", "mon précédent message", "mon mail", "mon message",
				"bien reçu", "toujours d'actualité", "toujours intéressé", "toujours intéressée",
				"petit rappel", "rappel", "où en êtes-vous", "où en es-tu", "où en sommes-nous",
				"pas de retour", "sans retour",
				"je me permets de relancer", "je me permets de vous recontacter",
				"je me permets de te recontacter", "je me permets de vous réécrire",
				"je me permets de te réécrire", "je me permets de vous solliciter",
				"je me permets de reprendre contact", "je me permets de vous rappeler",
				"je me permets de faire un suivi", "je me permets de remonter", "reprendre contact",
				"je reprends contact", "aux nouvelles", "de vos nouvelles", "de tes nouvelles",
				"sans nouvelles", "sans nouvelle", "pas de nouvelles", "aucune nouvelle",
				"eu de nouvelles", "quelles nouvelles", "des news", "suite à mon courriel",
				"suite à mon e-mail", "suite à mon email", "suite à mon précédent",
				"suite à mon dernier", "suite à mon envoi", "suite à ma demande", "mon courriel",
				"mon dernier courriel", "mon précédent courriel", "mon e-mail", "mon email",
				"mon dernier e-mail", "mon précédent e-mail", "mon dernier email",
				"mon précédent email", "mon envoi", "mon précédent envoi", "mon dernier envoi",
				"mes précédents messages", "mes messages", "mes mails", "mes courriels",
				"ma précédente demande", "ma demande du", "avez-vous reçu", "as-tu reçu",
				"avez vous reçu", "as tu reçu", "reçu mon mail", "reçu mon message",
				"reçu mon courriel", "reçu mon e-mail", "reçu mon email", "avez vous pu", "as tu pu",
				"as pu regarder", "avez pu regarder", "as pu jeter", "avez pu jeter", "as pu y jeter",
				"avez pu y jeter", "si vous aviez pu", "si tu avais pu", "si vous avez pu",
				"si tu as pu", "est-ce que vous avez pu", "est-ce que tu as pu", "eu un moment",
				"eu un instant", "trouvé le temps", "eu l'opportunité", "eu la chance de regarder",
				"eu la chance de lire", "eu la chance d'y jeter", "avez-vous eu la chance",
				"as-tu eu la chance", "avez vous eu la chance", "voulais savoir si",
				"souhaitais savoir si", "voulais savoir où", "souhaitais savoir où",
				"aimerais savoir où", "où en est", "où en sont", "où vous en êtes", "où tu en es",
				"où vous en étiez", "où en êtes vous", "où en es tu", "où en sommes nous",
				"qu'en est-il", "qu'en avez-vous pensé", "qu'en as-tu pensé", "qu'en avez vous pensé",
				"toujours intéressés", "toujours intéressées", "toujours partant", "toujours partante",
				"toujours partants", "toujours pertinent", "intéresse toujours", "intéresse encore",
				"encore d'actualité", "eu de retour", "eu de réponse", "aucun retour", "aucune réponse",
				// whether the matter is still a priority, or the reader's priorities moved (lr.324)
				"toujours une priorité", "toujours prioritaire", "encore une priorité", "encore prioritaire",
				"toujours parmi vos priorités", "si les priorités ont changé",
				"si vos priorités ont changé", "vos priorités ont changé", "vos priorités ont-elles changé",
				"si les priorités ont évolué", "pas une priorité pour le moment", "pas une priorité en ce moment",
				"pas prioritaire pour le moment",
				"sans réponse", "pas de réponse", "toujours pas de retour", "toujours pas de réponse",
				"n'ai pas reçu", "n'avons pas reçu", "n'ai toujours pas reçu",
				"n'avons toujours pas reçu", "n'ai pas encore reçu", "n'avons pas encore reçu",
				"toujours dans l'attente", "petit mot pour savoir", "petit message pour savoir",
				"juste pour savoir", "simplement pour savoir", "je reviens à la charge",
				"me rappelle à votre bon souvenir", "à votre bon souvenir", "remonte ce mail",
				"remonte ce message", "remonte ce fil", "remonte mon message", "remonter mon message",
				"remonte cet email", "remonte cet e-mail", "remonte ce courriel",
				"en haut de votre boîte", "en haut de ta boîte", "haut de la pile", "passé à la trappe",
				"passé entre les mailles", "noyé dans", "perdu dans vos", "perdu dans tes",
				"atterri dans vos spams", "atterri dans les spams", "tombé dans vos spams",
				"tombé dans les spams", "dans vos indésirables", "du nouveau ?",
				"du nouveau de votre côté", "du nouveau de ton côté", "avancé de votre côté",
				"avancé de ton côté", "bougé de votre côté", "bougé de ton côté", "ça avance ?",
				"ça a bougé", "avez-vous pris une décision", "as-tu pris une décision",
				"avez vous pris une décision", "me tenir informé", "me tenir informée",
				"me tenir au courant", "tenez-moi au courant", "tiens-moi au courant",
				"tenez-moi informé", "tenez moi au courant", "tiens moi au courant", "petit suivi",
				"pour faire le suivi", "je fais le suivi", "je fais un suivi", "voulais vérifier si",
				"voulais valider si", "je vous réécris", "je te réécris", "je vous écris à nouveau",
				"je t'écris à nouveau", "désolé d'insister", "désolée d'insister", "pardon d'insister",
				"excusez-moi d'insister", "je me permets d'insister", "sans vouloir insister",
				"où nous en sommes", "où on en est", "vous laisser un message", "laissé un message",
				"laissé un message vocal", "sur votre répondeur", "sur ton répondeur",
				"avez-vous du nouveau", "avez vous du nouveau", "as-tu du nouveau",
				"du nouveau concernant", "du nouveau au sujet", "souhaiterions savoir si",
				"aimerions savoir si", "souhaiterais savoir si", "je tente une dernière fois",
				"je tente ma chance", "a-t-il pu", "a-t-elle pu", "ont-ils pu", "ont-elles pu",
				"alors ?", "verdict ?",
				// news asked of the reader (lr.302): "Est-ce que tu as eu
				// des nouvelles ?" ("nous avons eu des nouvelles du
				// fournisseur" tells)
				"tu as eu des nouvelles", "vous avez eu des nouvelles", "as-tu eu des nouvelles",
				"avez-vous eu des nouvelles", "as tu eu des nouvelles", "avez vous eu des nouvelles",
			},
				// "Des nouvelles du contrat ?" (lr.249), "Des nouvelles ?"
				// (lr.302): asked, not told
				gapped("des nouvelles", "?", 0, 4),
				// "Tu as pu en parler avec ton équipe ?" (lr.302): asked in
				// the order of a statement, up to its question mark ("comme
				// vous avez pu le constater, …" tells)
				gapped("tu as pu", "?", 1, 6), gapped("vous avez pu", "?", 1, 6),
				// whether a meeting set before still holds, asked (lr.321):
				// "Notre rendez-vous de jeudi tient-il toujours ?", "La
				// réunion est-elle toujours prévue ?" ("le rendez-vous est
				// maintenu" tells)
				nearMark("tient-il toujours", "tient-elle toujours", "tient toujours", "toujours maintenu",
					"toujours maintenue", "toujours prévu", "toujours prévue", "toujours confirmé", "toujours confirmée"),
			),
			Filler: {
				// lr.335: the reader's busy days, acknowledged
				"tu es très occupé", "tu es très occupée", "vous êtes très occupé", "vous êtes très occupée",
				"vous êtes très occupés", "tu es débordé", "tu es débordée", "vous êtes débordé", "vous êtes débordée",
				"je reste à votre disposition", "à votre disposition", "à ta disposition",
				"j'espère que vous allez bien", "j'espère que tu vas bien", "j'espère", "comment allez-vous",
				"comment vas-tu", "sans pression", "pas d'urgence", "au plaisir", "bonne journée",
				"bon week-end", "bonne semaine", "dans l'attente de", "je sais que vous êtes",
				"comment allez vous", "comment vas tu", "comment ça va", "ça va ?", "tout va bien",
				"bonne fin de journée", "bonne fin de semaine",
				"belle journée", "belle semaine", "bon début de semaine", "bonne soirée",
				"bonnes vacances", "bonne reprise", "bon retour", "quoi de neuf", "petit coucou",
				"je sais que tu es", "période chargée", "agenda chargé", "emploi du temps chargé",
				"débordé", "débordée", "débordés", "rien ne presse", "pas de pression",
				"aucune urgence", "sans urgence", "prenez votre temps", "prends ton temps",
				"quand vous aurez un moment", "quand tu auras un moment",
				"dès que vous aurez un moment", "quand vous aurez un instant", "je reste disponible",
				"restons disponibles", "à votre entière disposition",
				"à vous lire", "de vous lire", "en attendant votre retour", "hâte de", "j'ai hâte",
				"serais ravi", "serais ravie", "serions ravis", "reste dans l'attente",
				"restons dans l'attente", "bon week end", "bon weekend", "ça va de ton côté",
				"ça va de votre côté", "tout se passe bien", "comment se passe", "comment se passent",
			},
			Closer: {
				"n'hésitez pas", "n'hésite pas", "si vous avez des questions", "si tu as des questions",
				"pour toute question", "vous pouvez me joindre", "appelez-moi",
				"n'hésitez surtout pas", "n'hésite surtout pas", "si vous avez la moindre question",
				"si tu as la moindre question", "pour toute information", "pour tout complément",
				"pour toute précision", "pour plus d'informations", "pour plus d'info",
				"si vous avez besoin de", "si tu as besoin de", "si vous souhaitez en discuter",
				"si tu veux en discuter", "si vous souhaitez en parler", "je suis joignable",
				"joignable au", "tu peux me joindre", "me joindre au", "appelle-moi", "appelez moi",
				"appelle moi", "contactez-moi", "contacte-moi", "contactez moi", "écrivez-moi",
				"écris-moi", "dites-moi", "dis-moi", "faites-moi savoir", "fais-moi savoir",
				"faites moi savoir", "faites-moi signe", "fais-moi signe", "merci de me dire",
				"merci de me faire savoir", "mon numéro", "mon portable",
				"ligne directe", "mon gsm", "mon natel",
				"mon cellulaire", "merci d'avance",
				"merci par avance", "d'avance merci", "par avance merci", "merci à l'avance",
				"à votre convenance", "à ta convenance", "quand vous aurez le temps",
				"quand tu auras le temps", "lorsque vous aurez le temps", "rappelez-moi",
				"rappelle-moi", "rappelez moi", "recontactez-moi",
			},
			Courtesy: {
				"merci pour", "merci beaucoup pour", "félicitations", "joyeux noël", "bonne année",
				"bon rétablissement", "bonne chance",
				"merci de votre", "merci de ta", "merci encore pour",
				"mille mercis pour",
				"merci infiniment pour", "je vous remercie pour", "je te remercie pour",
				"nous vous remercions pour", "merci bien pour", "je vous remercie de votre",
				"bravo pour", "bonnes fêtes", "joyeuses fêtes",
				"meilleurs vœux", "meilleurs voeux", "bon anniversaire", "joyeux anniversaire",
				"sincères condoléances", "mes condoléances", "désolé d'apprendre",
				"désolée d'apprendre", "navré d'apprendre", "bienvenue à bord", "bienvenue parmi nous",
				"bon courage", "bonne continuation", "prompt rétablissement",
				"ravi de vous avoir rencontré", "ravie de vous avoir rencontré", "ce fut un plaisir",
				"c'était un plaisir",
			},
			AttachWord: {
				"ci-joint", "ci joint", "ci-jointe", "en pièce jointe", "pièce jointe", "en pj",
				"vous trouverez", "tu trouveras", "voici", "ci-dessous", "je vous envoie",
				"je vous transmets", "je t'envoie",
				"pièces jointes", "en annexe", "ci-annexé", "ci-annexée",
				"ci-inclus", "ci inclus", "ci-après", "veuillez trouver", "je joins", "je vous joins",
				"je te joins", "je te transmets", "nous vous transmettons", "nous vous envoyons",
				"je vous fais parvenir", "je te fais parvenir", "voici le lien", "je vous adresse",
				"je vous partage", "je te partage",
			},
			Material: {
				"offre", "l'offre", "devis", "notre proposition", "ma proposition", "la proposition",
				"votre proposition", "une proposition", "cette proposition", "présentation", "contrat", "bon de commande",
				"facture", "tarifs", "grille tarifaire", "compte rendu", "compte-rendu", "récapitulatif",
				"cahier des charges", "fiche technique",
				"proposition commerciale", "proposition tarifaire", "offre commerciale", "soumission",
				"chiffrage", "conditions générales", "cgv", "contrat cadre", "avenant", "plaquette",
				"diaporama", "tableur", "fichier excel", "calendrier",
				"échéancier", "rétroplanning", "feuille de route", "étude de cas", "cas client",
				"livre blanc", "synthèse", "formulaire", "bon de livraison",
				"tarif", "lettre de mission", "accord de confidentialité", "documentation technique",
				"mode d'emploi", "guide d'utilisation",
			},
			Proposal: {
				"que diriez-vous", "seriez-vous disponible", "êtes-vous disponible", "es-tu disponible",
				"vous conviendrait", "te conviendrait", "ça vous va", "je propose", "je vous propose",
				"je te propose", "un appel",
				"un court appel", "faire un point", "un rendez-vous", "une remise",
				"un pilote", "un essai",
				"que diriez vous", "seriez vous disponible", "serais-tu disponible",
				"serais tu disponible", "es-tu dispo", "êtes-vous dispo", "seriez-vous dispo",
				"auriez-vous un moment",
				"créneau", "créneaux", "un court échange",
				"un rapide échange", "un petit échange", "un échange téléphonique", "un rapide appel",
				"un petit appel", "un coup de fil", "une visio", "un visio", "une visioconférence",
				"un point téléphonique", "un point rapide", "caler un", "on cale", "calons", "une démo",
				"une démonstration", "un essai gratuit", "période d'essai", "je vous suggère",
				"je suggère", "nous suggérons", "je vous recommande", "nous vous recommandons",
				"je recommande", "nous proposons", "nous vous proposons",
				"et si on", "et si nous", "ça te va", "ça vous irait", "ça te dirait",
				"ça vous dirait", "vous convient-il", "une rencontre", "se rencontrer",
				"une invitation", "un rabais", "une réduction", "un geste commercial", "gratuitement",
				"offert", "offerts", "à la place", "plutôt que", "au lieu de", "décaler",
				"reprogrammer", "replanifier", "une demi-heure", "un quart d'heure",
			},
			Commit: {
				"je vous enverrai", "je t'enverrai", "d'ici vendredi", "d'ici lundi", "d'ici demain",
				"confirmé", "réservé", "signé", "envoyé",
				"je vous transmettrai", "je te transmettrai", "je vous ferai parvenir",
				"je te ferai parvenir", "je reviendrai vers vous", "je reviendrai vers toi",
				"je te reviens", "je vous reviens", "je m'en occupe", "je m'occupe de",
				"on s'en occupe", "nous nous en occupons", "c'est noté", "bien noté", "c'est fait",
				"d'ici mardi", "d'ici mercredi", "d'ici jeudi", "d'ici la fin", "d'ici ce soir",
				"avant vendredi", "au plus tard", "dans la journée", "dès demain", "je vous confirme",
				"je te confirme", "confirmée", "réservée", "signée", "je vous tiens au courant",
				"je te tiens au courant", "je vous tiens informé", "je vous tiendrai informé",
				"je te tiendrai au courant", "je vous tiendrai au courant", "je vous appelle",
				"je t'appelle", "je vous prépare", "je te prépare", "je vais vous envoyer",
				"je vais t'envoyer", "nous vous enverrons", "je m'engage",
			},
			DecisionQ: {
				"quelle option", "qui d'autre", "qui doit", "qui signe", "combien de",
				"pour quand", "quelle date", "préférez-vous", "préfères-tu", "avez-vous besoin",
				"quelle formule", "quelle offre", "quelle version",
				"quelle quantité", "quel budget", "quel est votre budget", "qui décide", "qui valide",
				"faut-il", "devons-nous", "doit-on", "dois-je", "souhaitez-vous", "souhaites-tu",
				"voulez-vous", "veux-tu", "préférez vous", "avez vous besoin", "as-tu besoin",
				"à partir de quand", "pouvez-vous confirmer", "pouvez-vous me confirmer",
				"peux-tu me confirmer", "pourriez-vous confirmer", "pourriez-vous me confirmer",
				"pouvez vous me confirmer", "qu'est-ce qui bloque", "qu'est-ce qui vous retient",
				"qu'est-ce qui manque", "que faudrait-il", "que vous faudrait-il",
				"de quoi auriez-vous besoin", "quel jour", "quelle heure",
				"quel créneau",
			},
			AnswerWord: {
				"oui", "non", "exactement", "tout à fait", "effectivement", "en effet", "bien sûr",
				"absolument", "pour répondre à votre question", "pour répondre à ta question",
				"en réponse à votre question", "concernant votre question", "bonne question",
				"c'est exact", "c'est bien ça", "d'accord", "volontiers",
			},
			News: {
				// something just done, said by someone other than the writer alone (lr.325): "le transporteur vient de confirmer…"
				"vient de", "viennent de", "venons de", "vient d'", "viennent d'", "venons d'",
				"approuvé", "validé", "lancé", "disponible", "nouveau", "nouvelle", "mis à jour",
				"modifié", "changé", "reporté", "retardé", "décidé", "bonne nouvelle", "résultat",
				"résultats", "réduit", "baissé", "augmenté", "valable jusqu'au", "échéance", "corrigé",
				"résolu", "ajouté", "inclus", "prochaines étapes", "problème", "parce que", "mais",
				"cependant", "aussi", "seulement",
				"désormais", "dorénavant", "à compter du", "à partir du", "nouveauté", "nouveautés",
				"nouvelle version", "mise à jour", "mises à jour", "lancée", "livré", "livrée",
				"expédié", "expédiée", "accepté", "acceptée", "refusé", "refusée", "annulé", "annulée",
				"finalisé", "finalisée", "terminé", "terminée", "modifiée", "changée", "reportée",
				"retardée", "en retard", "du retard", "décidée", "réduite", "augmentée", "hausse",
				"baisse", "une augmentation", "une diminution", "réduction", "économie", "économies",
				"expire le", "date limite", "corrigée", "résolue", "ajoutée", "incluse", "comprend",
				"y compris", "en panne", "une panne", "rupture de stock", "souci", "pour info",
				// a deal closed (lr.314): "nous avons conclu l'accord avec le distributeur"
				"conclu", "conclue", "clôturé", "clôturée",
				"pour information", "pour votre information", "à noter", "en revanche", "toutefois",
				"néanmoins", "pourtant", "puisque", "étant donné", "uniquement", "prochaine étape",
				"approuvée", "validée", "une erreur",
			},
			Weekday: {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
			Month: {
				"janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
				"octobre", "novembre", "décembre", "janv", "févr", "avr", "juil", "déc",
			},
			RelDay: {
				"demain", "aujourd'hui", "après-demain", "la semaine prochaine", "cette semaine",
				"ce matin", "cet après-midi", "fin de semaine",
				"demain matin", "demain après-midi", "ce soir", "le mois prochain",
				"fin du mois", "fin de mois", "fin de journée",
				"en début de semaine", "ce week-end",
			},
		},
		stop: []string{
			"avez", "avez-vous", "vous", "votre", "notre", "nous", "avons", "temps", "pour", "avec",
			"dans", "mais", "merci", "cordialement", "regarder", "était", "sont", "suis", "pouvez",
			"pourriez", "pourrions", "êtes", "être", "avoir", "faire", "fait", "cette", "ceci", "cela",
			"elle", "elles", "leur", "leurs", "très", "bien", "aussi", "encore", "déjà", "toujours",
			"juste", "petit", "petite", "quelques", "comme", "donc", "alors", "quand", "depuis",
			"entre", "sans", "sous", "vers", "chez", "après", "avant", "pendant", "bonjour", "madame",
			"monsieur", "cher", "chère", "salutations", "bonne", "journée", "semaine", "question",
			"questions", "réponse", "retour", "nouvelles", "message", "email", "courriel",
			"sujet", "concernant", "offre", "l'offre", "devis", "permets", "revenir",
			"reviens", "relancer", "relance", "savoir", "voulais", "souhaitais", "aimerais", "pris",
			"prendre", "connaissance", "possibilité", "n'hésitez", "besoin",
			"remercie", "plaisir", "suivi", "j'espère", "espère", "j'aimerais", "j'ai", "c'est",
			"qu'il", "qu'elle", "n'ai", "n'avez",
			"aviez", "avais", "avait", "auriez", "aurais", "serait", "seriez", "serais", "pouvons",
			"peux", "peut", "veux", "voulez", "souhaitez", "souhaite", "vouloir", "vôtre", "celui",
			"celle", "ceux", "quoi", "quel", "quelle", "quels", "quelles", "choses", "rien", "tout",
			"tous", "toute", "toutes", "autre", "autres", "même", "ainsi", "puis", "enfin", "ensuite",
			"maintenant", "bientôt", "rapidement", "simplement", "vraiment", "surtout", "notamment",
			"également", "rappel", "rappeler", "attente", "l'attente", "demande", "propos", "égard",
			"salut", "coucou", "amicalement", "sincères", "meilleures", "chers", "chères", "mesdames",
			"messieurs", "n'hésite", "j'aurais", "j'avais", "qu'on", "qu'en", "s'il", "m'assurer",
			"d'avoir", "d'une", "reçu", "reçue", "regardé", "jeter", "l'occasion", "disponibilité",
		},
		salutations: []string{
			"bonjour", "cher", "chère", "salut", "madame", "monsieur", "bonsoir", "coucou", "chers",
			"chères", "mesdames", "messieurs",
		},
		askWhen:   []string{"quand", "délai", "délais"},
		askAmount: []string{"combien", "prix", "coût", "coûte", "coûts", "tarif", "tarifs", "remise", "durée"},
		lengths:   []string{"heure", "heures"},
		units: []string{
			"utilisateurs", "licences", "jours", "semaines", "mois", "heures", "palettes", "postes",
			"unités",
			"utilisateur", "jour", "semaine", "heure", "magasins", "collaborateurs", "salariés",
			"employés", "personnes", "exemplaires", "pièces", "cartons", "colis", "tonnes", "mètres",
			"comptes", "appareils", "véhicules", "camions", "fois", "ans", "années", "francs",
			"million", "millions", "milliard", "milliards",
		},
		past: []string{
			"envoyé", "envoyée", "transmis", "évoqué", "mentionné", "discuté", "transmise",
			"transmises", "adressé", "adressée", "échangé", "parlé", "soumis", "soumise", "envoyés",
			"envoyées",
		},
		happen: []string{
			"arrive", "arrivent", "part", "partent", "commence", "commencent", "démarre", "démarrent",
			"débute", "débutent", "reprend", "reprennent",
		},
		reminders: []string{"rappel", "rappeler"},
		terms: []string{
			"offre", "l'offre", "proposition", "devis", "tarif", "tarifs", "prix", "contrat", "remise",
			"essai", "pilote", "abonnement", "licence", "licences", "accès", "conditions", "forfait",
		},
		fresh:  []string{"nouvelle", "nouveau", "nouvel", "nouvelles", "nouveaux", "révisée", "révisé"},
		writer: []string{"je", "j'ai", "nous", "on"},
		pastNouns: []string{
			"offre", "l'offre", "proposition", "devis", "demande", "message", "courriel", "mail",
			"appel", "échange", "entretien", "réunion", "commande", "facture", "courrier", "envoi",
			"relance",
		},
		of: []string{"du"},
		weCan: []string{
			"nous pourrions", "on pourrait", "pourrions-nous", "pourrions nous", "pourrait-on",
			"pouvons-nous", "pouvons nous", "nous pouvons", "peut-on", "peut on", "on peut", "qu'on peut",
		},
		polite: []string{"vous", "votre", "vos"},
		behind: []string{"hier"},
		participles: []string{
			"approuvé", "approuvée", "validé", "validée", "lancé", "lancée", "livré", "livrée", "expédié",
			"expédiée", "reporté", "reportée", "retardé", "retardée", "décidé", "décidée", "accepté",
			"acceptée", "refusé", "refusée", "annulé", "annulée", "finalisé", "finalisée", "terminé",
			"terminée", "corrigé", "corrigée", "résolu", "résolue", "réduit", "réduite", "augmenté",
			"augmentée", "ajouté", "ajoutée", "modifié", "modifiée", "changé", "changée", "signé", "signée",
			"conclu", "conclue", "clôturé", "clôturée",
		},
		determiners: []string{
			"le", "la", "les", "un", "une", "des", "du", "notre", "nos", "votre", "vos", "ce", "cet",
			"cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton", "ta", "tes",
		},
		modals: []string{
			"peut", "peuvent", "pourrait", "pourraient", "doit", "doivent", "devrait", "devraient",
			"pourra", "devra", "sera", "seront", "si", "être", "quand", "lorsque", "dès",
		},
	},
	{
		name:     "Spanish",
		code:     "es",
		asks:     []string{"qué nos sugiere", "qué me sugiere", "qué sugiere", "qué sugieres", "qué propone", "qué opción", "cuál prefiere", "quién más", "quién firma", "quién decide", "quién aprueba", "qué haría falta", "qué falta", "qué los detiene", "deberíamos"},
		already:  []string{"ya"},
		gotPast:  []string{"recibiste", "recibió", "recibio", "recibieron", "recibisteis", "llegó", "llego", "llegaron"},
		gotParts: []string{"recibido", "recibida", "llegado"},
		perfect:  []string{"has", "ha", "han", "habéis", "hemos"},
		rises:    []string{"sube", "suben", "subirá", "baja", "bajan", "bajará", "aumenta", "aumentan", "aumentará", "disminuye", "disminuyen"},
		or:       []string{"o", "u"},
		wh:       []string{"qué", "cuándo", "cómo", "cuánto", "dónde", "quién", "cuál"},
		phrases: [numKinds][]string{
			Nudge: slices.Concat([]string{
				// lr.335: "¿ha podido valorar internamente nuestra oferta?"
				"ha podido valorar", "has podido valorar", "han podido valorar", "habéis podido valorar",
				"ha podido estudiar", "has podido estudiar", "ha podido analizar", "has podido analizar",
				// a receipt check (lr.229), and one asked as a confirmation
				// (lr.243: "solo quería confirmar que recibiste el contrato")
				"asegurarme de que recibió", "asegurarme de que recibiste", "asegurarme de que le llegó",
				"asegurarme de que te llegó", "confirmar que recibió", "confirmar que recibiste",
				"confirmar que recibieron", "confirmar si recibió", "confirmar si recibiste", "confirmar si recibieron",
				"confirmar que le llegó", "confirmar que te llegó", "confirmar si le llegó", "confirmar si te llegó",
				"alguna novedad", "novedades", "como seguimiento", "a modo de seguimiento",
				"hacer seguimiento", "dar seguimiento", "hago seguimiento", "haciendo seguimiento", "pudo revisar", "pudiste revisar", "pudo ver",
				"pudiste ver", "ha tenido tiempo", "has tenido tiempo", "tuvo tiempo", "tuviste tiempo",
				"tuvo oportunidad", "tuviste oportunidad", "mi último correo", "mi correo anterior",
				"mi mensaje anterior", "mi correo", "recibió mi", "recibiste mi", "sigue interesado", "sigue interesada", "recordatorio", "te recuerdo", "le recuerdo",
				"cómo va", "en qué punto", "sin respuesta",
				"alguna noticia", "alguna actualización", "hay noticias", "alguna respuesta",
				"qué novedades", "quería saber si", "quisiera saber si", "queríamos saber si",
				"solo quería saber", "sólo quería saber", "quería consultar si", "pudiste mirar",
				"pudo mirar", "pudiste echar", "pudo echar", "pudieron revisar", "pudieron ver",
				"pudieron echar", "pudo leer", "pudiste leer", "pudieron leer", "ha podido revisar",
				"has podido revisar", "han podido revisar", "ha podido ver", "has podido ver",
				"has podido mirar", "ha podido echar", "has podido echar", "habéis podido",
				"ha tenido ocasión", "has tenido ocasión", "tuvo ocasión", "tuviste ocasión",
				"tuvieron tiempo", "han tenido tiempo", "habéis tenido tiempo", "ha tenido oportunidad",
				"has tenido oportunidad", "tuvieron oportunidad", "tuvo chance", "tuviste chance",
				"tuvieron chance", "alcanzaste a revisar", "alcanzaste a ver", "alcanzaste a mirar",
				"alcanzó a revisar", "alcanzó a ver", "alcanzaron a revisar", "alcanzaron a ver",
				"le llegó mi", "te llegó mi", "les llegó mi", "llegó mi correo", "llegó mi mensaje",
				"recibieron mi", "ha recibido mi", "has recibido mi", "han recibido mi",
				"recibido mi correo", "recibido mi mensaje", "recibió el correo", "recibiste el correo",
				"mi último mensaje", "mi mensaje", "mi email", "mi último email", "mi e-mail",
				"mi mail", "mi anterior correo", "mi anterior mensaje", "mis correos", "mis mensajes",
				"mi ultimo correo", "le dejé un mensaje", "te dejé un mensaje", "les dejé un mensaje",
				"siguen interesados", "sigues interesado", "sigues interesada", "todavía le interesa",
				"todavía te interesa", "todavía les interesa", "aún le interesa", "aún te interesa",
				"aún les interesa", "sigue siendo de interés", "sigue siendo relevante",
				"sigue siendo prioridad", "aún está interesado", "todavía está interesado",
				// whether the matter is still a priority, or the reader's priorities moved (lr.324)
				"sigue siendo una prioridad", "sigue siendo prioritario", "sigue siendo prioritaria",
				"todavía es una prioridad", "aún es una prioridad", "sigue entre sus prioridades",
				"sigue entre vuestras prioridades", "continúa siendo una prioridad", "si las prioridades han cambiado",
				"sus prioridades han cambiado", "han cambiado sus prioridades", "si no es una prioridad",
				"en este momento no es una prioridad", "no es una prioridad en este momento", "ahora no es una prioridad",
				"les recuerdo", "recordarle", "recordarte", "recordarles", "me permito insistir",
				"me permito retomar", "cómo vamos", "cómo van", "en qué quedamos", "cómo quedamos",
				"en qué estado está", "en qué estado se encuentra", "cómo avanza", "algún avance",
				"hubo avances", "hay avances", "ha habido avances", "no he recibido",
				"no hemos recibido", "no he tenido respuesta", "no he tenido noticias",
				"no hemos tenido noticias", "no he sabido nada", "no he sabido de", "no tengo noticias",
				"sin noticias", "sin novedades", "retomo este", "retomo mi", "retomo el contacto",
				"retomar el contacto", "retomando mi", "vuelvo a escribir", "vuelvo a escribirle",
				"vuelvo a escribirte", "vuelvo a contactarle", "vuelvo a contactarte",
				"vuelvo a contactarlo", "vuelvo a contactarla", "vuelvo a ponerme en contacto",
				"me vuelvo a poner en contacto", "vuelvo a molestarle", "vuelvo a molestarte",
				"escribo nuevamente", "escribo de nuevo", "le vuelvo a escribir",
				"te vuelvo a escribir", "subo este correo", "subo este hilo", "subo este mensaje",
				"rescato este correo", "rescato este hilo", "rescato este mensaje", "reflotar",
				"reflotando", "traspapelado", "traspapelada", "se traspapeló", "se haya perdido",
				"perdido entre", "qué le pareció",
				"qué te pareció", "qué les pareció", "ya tomaron una decisión", "ya tomó una decisión",
				"ya tomaste una decisión", "han podido decidir", "pudieron decidir", "ya decidieron",
				"ya decidiste", "sabes algo", "sabe algo de", "saben algo", "en qué quedó",
				"cómo quedó lo", "qué pasó con", "paso por aquí", "solo para saber", "sólo para saber",
				"qué estatus", "cuál es el estado", "cuál es el estatus", "me dices algo",
				"me dice algo", "me digas algo", "me diga algo", "dime algo", "manténgame informado",
				"manténgame informada", "mantenme informado", "manténganme informado",
				"manténgame al tanto", "mantenme al tanto", "me mantiene al tanto",
				"me mantienes al tanto", "llegaste a ver", "llegó a ver", "llegaron a ver",
				"llegasteis a ver", "llegaste a revisar", "llegó a revisar", "seguís interesados",
				"seguís interesadas", "sigue interesando", "sigues interesando", "pudiste echarle",
				"pudo echarle", "podido echarle", "pudisteis", "ha podido avanzar",
				"has podido avanzar", "han podido avanzar", "pudo avanzar", "pudiste avanzar",
				"seguimos pendientes", "seguimos a la espera", "seguimos esperando", "sigo esperando",
				"sigo a la espera", "sigo pendiente", "les recordamos", "le recordamos",
				"te recordamos", "os recordamos", "a podido revisar", "a podido mirar", "a podido ver",
				"le llegaron los", "te llegaron los", "le llegó el", "te llegó el", "le llegó la",
				"te llegó la", "viste el mensaje", "viste el correo", "viste mi", "vio mi",
				"vio el correo", "vieron mi", "escribo por última vez", "y bien ?", "sigue en pie lo",
				// the reader asked whether they had the chance, and the
				// writer who writes to ask or takes the matter up again
				// (lr.302): "¿Tuviste la oportunidad de revisarlo?", "Te
				// escribo para saber si…", "Quería retomar el tema"
				"tuviste la oportunidad", "tuvo la oportunidad", "tuvieron la oportunidad",
				"has tenido la oportunidad", "ha tenido la oportunidad", "han tenido la oportunidad",
				"te escribo para saber si", "le escribo para saber si", "les escribo para saber si",
				"retomar el tema", "retomo el tema", "retomando el tema", "retomar nuestra conversación",
			}, esStepAsks(),
				// whether a meeting set before still holds, asked, the
				// subject after it or before (lr.321): "¿Sigue en pie la
				// reunión del martes?", "¿La reunión sigue en pie?" ("la
				// reunión sigue en pie" tells)
				holdAsks("sigue en pie", "siguen en pie", "seguimos en pie", "sigue confirmada", "sigue confirmado",
					"sigue vigente", "mantenemos la reunión", "mantenemos la llamada", "mantenemos la cita")),
			Filler: {
				// lr.335: the reader's busy days, acknowledged
				"vas a tope", "vais a tope", "estás a tope", "estás muy ocupado", "estás muy ocupada",
				"estáis muy ocupados", "estés muy ocupado", "estés muy ocupada", "esté muy ocupado", "esté muy ocupada",
				"quedo a la espera", "quedo atento", "quedo atenta", "quedamos atentos", "quedamos atentas",
				"quedo pendiente", "quedamos pendientes", "estoy atento", "estoy atenta", "quedo a su disposición", "quedo a tu disposición", "a su disposición",
				"espero que estés bien", "espero que esté bien", "espero que", "cómo estás", "cómo está",
				"sin prisa", "sin compromiso", "buen fin de semana", "un saludo",
				"qué tal ?", "qué tal estás", "qué tal todo", "qué tal va todo", "cómo te va", "cómo le va",
				"todo bien", "que todo vaya bien", "que estés muy bien", "feliz semana", "buena semana",
				"excelente día", "excelente semana", "lindo día", "lindo fin de semana",
				"feliz fin de semana", "que tengas un buen día", "que tenga un buen día",
				"no hay prisa", "sin apuro", "no hay apuro", "sé que está", "sé que estás",
				"sé que anda", "sé que andas", "quedamos a la espera", "a la espera de", "en espera de",
				"a sus órdenes", "a tus órdenes", "a la orden",
				"quedo a disposición", "a su entera disposición", "a tu entera disposición",
				"estamos en contacto", "seguimos en contacto", "gusto saludarle", "gusto saludarte",
				"un placer saludarle", "espero sus comentarios", "espero tus comentarios",
				"espero su respuesta", "espero tu respuesta", "espero sus noticias",
				"espero tus noticias", "estaré encantado", "estaré encantada", "encantado de ayudar",
				"encantada de ayudar", "sin ningún compromiso", "qué onda", "cómo vas",
			},
			Closer: {
				"cualquier duda", "cualquier pregunta", "si tiene alguna pregunta", "si tienes alguna pregunta",
				"no dude en", "no dudes en", "puede llamarme", "llámame",
				"cualquier consulta", "cualquier cosa",
				"si tiene alguna duda", "si tienes alguna duda",
				"si tienen alguna duda", "si tienen alguna pregunta", "si necesitas algo",
				"si necesita algo", "si necesitan algo", "no duden en", "llámeme", "llámanos",
				"me puedes llamar", "me puede llamar", "me puedes contactar", "me puede contactar",
				"puede contactarme", "puedes contactarme", "mi celular", "mi móvil", "mi teléfono",
				"mi whatsapp", "por whatsapp", "escríbeme", "escríbame", "gracias de antemano",
				"de antemano gracias", "gracias por adelantado", "agradezco de antemano", "me avisas",
				"avísame", "avíseme", "me confirmas", "hazme saber", "hágame saber", "háganos saber",
				"me dejas saber", "déjame saber", "déjeme saber", "me comentas", "cuando puedas",
				"cuando pueda", "cuando tengas un momento", "cuando tenga un momento",
				"cuando tengas un rato", "a su conveniencia", "a tu conveniencia",
				"cuando tengas chance", "cuando tenga chance",
			},
			Courtesy: {
				"gracias por", "muchas gracias por", "felicidades", "enhorabuena", "feliz navidad",
				"feliz año", "mucha suerte",
				"gracias nuevamente por",
				"gracias otra vez por", "gracias de nuevo por", "te agradezco por", "le agradezco por",
				"agradecemos su", "agradezco su", "agradezco tu",
				"felicitaciones", "feliz cumpleaños", "felices fiestas",
				"próspero año nuevo", "mis condolencias", "sentido pésame",
				"lamento escuchar", "lamento saber", "que te mejores", "que se mejore",
				"pronta recuperación", "bienvenido a bordo", "bienvenida a bordo",
				"bienvenidos a bordo", "buen viaje", "mucho éxito", "muchos éxitos", "fue un placer",
				"fue un gusto", "un placer conocerte", "un gusto conocerte", "un placer conocerle",
			},
			AttachWord: {
				"adjunto", "adjunta", "adjuntos", "adjuntas", "te envío", "le envío", "les envío",
				"aquí tienes", "aquí tiene", "encontrarás", "encontrará", "a continuación",
				"anexa", "anexos", "le comparto", "te comparto", "les comparto",
				"le remito", "te remito", "les remito", "le hago llegar", "te hago llegar",
				"les hago llegar", "le mando", "te mando", "les mando", "más abajo",
				"aquí está", "aquí están", "aquí le dejo", "aquí te dejo", "te dejo el enlace",
				"le dejo el enlace", "os envío", "os paso", "te paso", "le paso",
			},
			Material: {
				"propuesta", "oferta", "cotización", "presupuesto", "presentación", "contrato", "factura",
				"pedido", "orden de compra", "resumen", "acta", "ficha técnica", "tarifas", "precios",
				"contrato marco", "borrador", "minuta", "albarán", "factura proforma", "catálogo",
				"folleto", "diapositivas", "hoja de cálculo", "planilla", "calendario",
				"plan de trabajo", "hoja de ruta", "caso de éxito", "estudio de caso",
				"especificaciones", "pliego de condiciones", "pliego", "términos y condiciones",
				"condiciones comerciales", "tarifario", "convenio", "enlace",
				"documento", "documentación", "reporte", "muestras", "cotizacion",
				"el informe", "un informe",
			},
			Proposal: {
				"qué tal si", "te parece", "le parece", "le vendría bien", "te vendría bien", "propongo",
				"te propongo", "le propongo", "una llamada", "15 minutos", "una reunión",
				"descuento", "piloto",
				"le parecería", "te parecería", "les parece", "les parecería", "te viene bien",
				"le viene bien", "les viene bien", "les vendría bien", "le queda bien", "te queda bien",
				"le acomoda", "te acomoda", "le sirve", "te sirve", "sugiero",
				"sugerimos", "recomiendo",
				"recomendamos", "proponemos",
				"una videollamada", "una llamada rápida", "una breve llamada", "una llamada corta",
				"agendar", "agendemos", "agendamos", "coordinar una", "coordinemos", "una cita",
				"reunirnos", "vernos", "una demo", "una demostración",
				"periodo de prueba", "período de prueba", "rebaja", "bonificación",
				"condiciones especiales", "precio especial", "sin costo", "gratuito", "gratuita",
				"en lugar de", "en vez de", "reprogramar", "posponer", "invitación", "30 minutos",
				"20 minutos", "media hora", "tienes un espacio", "tiene un espacio",
				"tiene disponibilidad", "tienes disponibilidad", "tienen disponibilidad",
				"quieres que te", "quiere que le", "quieren que les", "os parece", "os viene bien",
				"platicar", "platicamos",
			},
			Commit: {
				"le enviaré", "te enviaré", "para el viernes", "antes del viernes", "confirmado",
				"reservado", "firmado",
				"te lo envío", "se lo envío", "te lo mando", "se lo mando", "les enviaré",
				"mandaré", "me encargo", "me ocupo",
				"nos encargamos", "nos ocupamos", "lo reviso", "lo revisamos", "te confirmo",
				"le confirmo", "les confirmo", "confirmada", "reservada", "firmada",
				"agendado", "agendada", "programado", "programada", "listo", "para el lunes",
				"para mañana", "antes del lunes", "a más tardar", "mañana mismo", "hoy mismo",
				"en el transcurso del día", "para el martes", "para el miércoles", "para el jueves",
				"te aviso", "le aviso", "les aviso", "te mantengo informado", "le mantengo informado",
				"los mantengo informados", "te mantengo al tanto", "le mantengo al tanto",
				"te tengo al tanto", "te llamo", "le llamo",
			},
			DecisionQ: {
				"qué opción", "cuál de", "cuál prefiere", "cuál prefieres", "quién más", "quién firma",
				"quién debe", "cuántos", "cuántas", "para cuándo", "qué fecha", "prefiere", "prefieres",
				"cuál es su presupuesto", "qué presupuesto", "quién decide", "quién aprueba",
				"quién tiene que", "qué día", "qué horario", "qué hora", "deberíamos",
				"qué necesitaría", "qué necesitarías", "qué necesitarían", "qué haría falta",
				"qué falta", "qué los detiene", "qué le detiene", "puede confirmar", "puedes confirmar",
				"podría confirmar", "podrías confirmar",
				"prefieren", "preferiría", "preferirías",
				"qué versión", "qué plan", "qué paquete", "cuál sería",
			},
			AnswerWord: {
				"sí", "si", "claro", "exacto", "correcto", "así es", "efectivamente", "por supuesto",
				"desde luego", "respecto a su pregunta", "respecto a tu pregunta", "sobre su pregunta",
				"sobre tu pregunta", "en respuesta a", "para responder", "buena pregunta", "en efecto",
				"de acuerdo",
			},
			News: {
				// something just done, said by someone other than the writer alone (lr.325): "el proveedor acaba de confirmar…"
				"acaba de", "acaban de", "acabamos de",
				"aprobado", "aprobada", "lanzado", "nuevo", "nueva", "actualizado", "actualizada",
				"cambiado", "retrasado", "retraso", "acordado", "decidido", "buenas noticias",
				"resultado", "resultados", "reducido", "aumento", "válido hasta", "plazo", "corregido",
				"resuelto", "añadido", "incluye", "incluido", "próximos pasos", "problema", "porque",
				"pero", "sin embargo", "también",
				"a partir del", "nueva versión", "aprobados",
				"aprobadas", "lanzada", "lanzamos", "cambiada", "modificado", "modificada", "pospuesto",
				"pospuesta", "aplazado", "aplazada", "retrasada", "acordada", "aceptado", "aceptada",
				"rechazado", "rechazada", "cancelado", "cancelada", "finalizado", "finalizada",
				"cerrado", "reducida", "aumentado", "aumentada", "incremento", "subida de precios",
				"ahorro", "ahorros", "ahorra", "vence", "vencimiento", "fecha límite", "caduca",
				"expira", "corregida", "resuelta", "solucionado", "solucionada", "añadida", "agregado",
				"agregada", "incluida", "incluidos", "sólo", "únicamente", "no obstante", "aunque",
				"además", "por eso", "por lo tanto", "ya que", "dado que", "para su información",
				"para tu información", "le informamos", "les informamos", "te informo", "le informo",
				"les informo", "incidencia", "fallo", "avería", "nuevas funcionalidades",
				"nueva funcionalidad", "entregado", "entregada", "despachado", "despachada",
				"aprobamos", "aprobaron", "aprobó", "firmamos", "firmaron", "firmó", "decidimos",
				// a yes or a no given (lr.302): "el propietario aceptó incluir…"
				"aceptó", "aceptaron", "aceptamos", "rechazó", "rechazaron", "rechazamos",
				// a price or a term lowered (lr.307)
				"bajamos", "bajó", "bajaron", "rebajamos", "rebajó", "rebajaron", "redujimos", "redujo",
				"redujeron", "rebajado", "rebajada",
				// a deal closed (lr.314): "cerramos el acuerdo con el distribuidor"
				"cerramos", "cerró", "cerraron", "cerrada",
			},
			Weekday: {
				"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "miercoles",
				"sabado",
			},
			Month: {
				"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
				"octubre", "noviembre", "diciembre",
				"setiembre",
			},
			RelDay: {
				"mañana", "hoy", "pasado mañana", "la próxima semana", "la semana que viene",
				"esta semana", "esta tarde", "ayer",
				"el mes que viene", "el próximo mes", "fin de mes", "esta noche",
				"mañana temprano", "anteayer", "antier",
				"la otra semana", "la semana entrante",
			},
		},
		stop: []string{
			"quería", "querría", "saber", "tuvo", "tiempo", "nuestra", "nuestro", "nuestros",
			"nuestras", "usted", "ustedes", "para", "sobre", "está", "como", "pero", "gracias",
			"saludos", "tenga", "había", "revisar", "hacer", "tener", "tiene", "tienes", "tengo",
			"puede", "pueda", "puedes", "pudo", "pudiste", "podido", "hemos", "estoy", "estamos",
			"esta", "este", "esto", "estos", "estas", "todos", "bien", "también",
			"cuando", "donde", "desde", "entre", "hasta", "según", "porque", "hola", "estimado",
			"estimada", "cordiales", "buen", "buena", "buenos", "buenas", "días", "semana",
			"pregunta", "preguntas", "respuesta", "noticias", "mensaje", "correo", "propuesta",
			"oferta", "cotización", "presupuesto", "seguimiento", "echar", "vistazo", "comentarios",
			"gustaría", "quedo", "atento", "atenta", "disposición", "cualquier", "duda", "dudas",
			"mucho", "muchas", "muchos", "suya", "suyo", "algo", "nada", "alguna", "algún", "otra",
			"otro", "novedad", "novedades", "recordatorio", "oportunidad",
			"podría", "podrías", "pudiera", "quisiera", "queríamos", "estaría", "estás", "estar",
			"sería", "haya", "hayan", "habías", "tuviste", "tuvieron", "pudieron", "vuestra", "vuestro",
			"mismo", "misma", "ahora", "luego", "entonces", "todavía", "sigue", "sigues", "siguen",
			"interesado", "interesada", "interés", "consulta", "consultar", "comentar", "comentarte",
			"comentarle", "contarte", "escribirle", "escribirte", "contactarle", "contactarte",
			"nuevamente", "respecto", "relación", "referencia", "acerca", "tema", "asunto", "solicitud",
			"avance", "avances", "estado", "estatus", "pendiente", "atentos", "atentamente", "cordial",
			"abrazo", "señor", "señora", "señores", "licenciado", "licenciada", "ingeniero",
			"ingeniera", "doña", "recordarle", "recordarte", "recibido", "recibió", "recibiste",
			"llegó", "ocasión", "momento", "rato", "sólo", "pues", "bueno", "espero", "esperamos",
			"quedamos", "queda", "apreciado", "apreciada", "distinguido", "distinguida", "estimados",
			"estimadas", "queridos",
		},
		salutations: []string{
			"hola", "estimado", "estimada", "querido", "querida", "buenos", "buenas", "apreciado",
			"apreciada", "distinguido", "distinguida", "estimados", "estimadas", "queridos", "buen",
			"saludos",
		},
		askWhen:   []string{"cuándo", "cuando", "fecha", "plazo", "plazos"},
		askAmount: []string{"cuánto", "cuánta", "cuántos", "cuántas", "cuanto", "cuantos", "precio", "precios", "costo", "coste", "cuesta", "tarifa", "descuento"},
		lengths:   []string{"minutos", "hora", "horas"},
		units: []string{
			"unidades", "usuarios", "licencias", "días", "semanas", "meses", "años", "horas", "minutos",
			"usuario", "licencia", "día", "semana", "mes", "año", "hora", "empleados", "trabajadores",
			"personas", "piezas", "cajas", "tarimas", "palés", "toneladas", "metros", "cuentas",
			"equipos", "dispositivos", "vehículos", "camiones", "sucursales", "tiendas", "puestos",
			"asientos", "veces", "pesos", "dólares", "mil", "millón", "millones",
		},
		past: []string{
			"enviado", "enviada", "mencionado", "comentado", "hablado", "envié", "mandé", "compartí",
			"remití", "adjunté", "enviados", "enviadas", "mencionada", "conversado", "remitido",
			"remitida", "compartido", "compartida", "envió", "mandó",
		},
		happen: []string{
			"sale", "salen", "llega", "llegan", "empieza", "empiezan", "comienza", "comienzan", "arranca",
			"arrancan", "parte", "parten",
		},
		reminders: []string{"recuerdo", "recordatorio", "recordarle", "recordarte"},
		terms: []string{
			"propuesta", "oferta", "presupuesto", "cotización", "precio", "precios", "tarifa",
			"contrato", "descuento", "prueba", "piloto", "suscripción", "licencia", "licencias",
			"póliza", "demo", "condiciones", "plan",
		},
		fresh:  []string{"nueva", "nuevo", "nuevas", "nuevos", "revisada", "revisado", "actualizada"},
		writer: []string{"yo", "nosotros", "nosotras", "hemos"},
		pastNouns: []string{
			"oferta", "propuesta", "cotización", "presupuesto", "correo", "mensaje", "solicitud",
			"pedido", "llamada", "reunión", "conversación", "visita", "factura", "email",
		},
		of:     []string{"del", "de"},
		weCan:  []string{"podríamos", "podemos"},
		polite: []string{"usted", "ustedes", "ud", "uds", "vd", "vds"},
		behind: []string{"ayer", "anteayer", "antier"},
		clock:  []string{"hs"},
		done: []string{
			"aprobamos", "aprobaron", "aprobó", "lanzamos", "firmamos", "firmaron", "firmó", "decidimos",
			"aceptó", "aceptaron", "aceptamos", "rechazó", "rechazaron", "rechazamos",
			// a price or a term lowered (lr.307): "bajamos el precio a 3,20 €"
			"bajamos", "bajó", "bajaron", "rebajamos", "rebajó", "rebajaron", "redujimos", "redujo",
			"redujeron",
			// a deal closed (lr.314)
			"cerramos", "cerró", "cerraron",
		},
		participles: []string{
			"aprobado", "aprobada", "aprobados", "aprobadas", "lanzado", "lanzada", "entregado",
			"entregada", "despachado", "despachada", "retrasado", "retrasada", "pospuesto", "pospuesta",
			"aplazado", "aplazada", "acordado", "acordada", "aceptado", "aceptada", "rechazado",
			"rechazada", "cancelado", "cancelada", "finalizado", "finalizada", "decidido", "corregido",
			"corregida", "resuelto", "resuelta", "solucionado", "solucionada", "reducido", "reducida",
			"aumentado", "aumentada", "añadido", "añadida", "agregado", "agregada", "cambiado", "cambiada",
			"modificado", "modificada", "actualizado", "actualizada", "firmado", "firmada", "rebajado",
			"rebajada", "cerrado", "cerrada",
		},
		determiners: []string{
			"el", "la", "los", "las", "un", "una", "unos", "unas", "nuestro", "nuestra", "nuestros",
			"nuestras", "su", "sus", "tu", "tus", "este", "esta", "estos", "estas", "ese", "esa", "del",
			"al", "mi", "mis",
		},
		modals: []string{
			"puede", "pueden", "podría", "podrían", "debe", "deben", "debería", "deberían", "será", "serán",
			"si", "ser", "sea", "esté", "cuando", "cuanto", "vez",
		},
	},
	{
		name:     "Italian",
		code:     "it",
		asks:     []string{"cosa suggerirebbe", "cosa suggerisce", "cosa suggerisci", "cosa proporrebbe", "cosa propone", "quale opzione", "chi altro", "chi firma", "chi decide", "chi approva", "cosa manca", "cosa vi blocca", "cosa vi frena", "cosa servirebbe", "dovremmo"},
		already:  []string{"già"},
		gotParts: []string{"ricevuto", "ricevuta", "ricevuti", "ricevute", "arrivato", "arrivata", "arrivati", "arrivate"},
		perfect:  []string{"hai", "ha", "avete", "hanno", "è", "sono"},
		rises:    []string{"aumenta", "aumentano", "aumenterà", "scende", "scendono", "scenderà", "diminuisce", "diminuiscono", "cala", "calano"},
		or:       []string{"o", "oppure"},
		wh:       []string{"perché", "quando", "quanto", "dove", "chi", "cosa"},
		phrases: [numKinds][]string{
			Nudge: slices.Concat([]string{
				// lr.335: "ma sai già qualcosa della decisione?"
				"sai già qualcosa", "sai qualcosa", "sa già qualcosa", "sapete già qualcosa", "sapete qualcosa",
				// a receipt check (lr.229)
				"volevo solo assicurarmi", "volevo solo accertarmi",
				"aggiornamenti", "novità", "ci sono novità", "volevo sapere se", "ha avuto modo",
				"hai avuto modo", "avuto modo", "ha avuto tempo", "hai avuto tempo", "la mia ultima mail",
				"la mia mail", "il mio messaggio", "la mia email", "ha ricevuto", "hai ricevuto",
				"ricevuto la mia", "ancora interessato", "ancora interessata", "ancora attuale",
				// whether the matter is still a priority, or the reader's priorities moved (lr.324)
				"ancora una priorità", "ancora prioritario", "ancora prioritaria", "ancora tra le vostre priorità",
				"ancora tra le sue priorità", "ancora tra le tue priorità", "se le priorità sono cambiate",
				"le vostre priorità sono cambiate", "le sue priorità sono cambiate", "se non è una priorità",
				"al momento non è una priorità", "non è una priorità al momento", "ora non è una priorità",
				"promemoria", "le ricordo", "ti ricordo", "a che punto", "nessuna risposta", "faccio seguito",
				"qualche aggiornamento", "nessun aggiornamento", "nessuna novità", "qualche notizia",
				"notizie in merito", "hai notizie", "ha notizie", "avete notizie", "ci sono notizie",
				"ci sono sviluppi", "qualche sviluppo", "sviluppi in merito", "volevo capire se",
				"volevo verificare se", "volevo accertarmi", "volevo assicurarmi", "volevo sincerarmi",
				"avuto occasione", "avete avuto tempo", "avuto il tempo", "avuto un momento",
				"sei riuscito a", "sei riuscita a", "siete riusciti a", "è riuscito a dare",
				"è riuscita a dare", "dato un'occhiata", "data un'occhiata", "dato uno sguardo",
				"dato un occhio", "mia mail", "mia email", "mia e-mail", "mio messaggio",
				"mia ultima email", "mia ultima e-mail", "mio ultimo messaggio", "mia precedente mail",
				"mia precedente email", "mia precedente e-mail", "mio precedente messaggio", "mie mail",
				"mie email", "miei messaggi", "mia comunicazione", "mia richiesta del",
				"riferimento alla mia", "merito alla mia", "seguito alla mia", "seguito della mia",
				"avete ricevuto", "ricevuto il mio", "ricevuto la nostra", "ricevuto il nostro",
				"ti è arrivata", "le è arrivata", "vi è arrivata", "ti è arrivato", "le è arrivato",
				"vi è arrivato", "è arrivata la mia", "ancora interessati", "ancora d'interesse",
				"ancora di interesse", "sempre interessato", "sempre interessata", "sempre interessati",
				"ancora in piedi", "vi ricordo", "ricordarle", "ricordarti", "ricordarvi", "sollecito",
				"sollecitare", "sollecitarla", "sollecitarti", "sollecitarvi",
				"permetto di ricontattarla", "permetto di ricontattarti", "permetto di ricontattarvi",
				"permetto di ricordarle", "permetto di ricordarti", "permetto di tornare",
				"permetto di riscriverle", "permetto di riscriverti", "torno a scriverle",
				"torno a scriverti", "torno a scrivervi", "ti riscrivo", "le riscrivo", "vi riscrivo",
				"torno a contattarla", "torno a contattarti", "torno sull'argomento",
				"ritorno sull'argomento", "riprendo questa mail", "riprendo la mia mail",
				"riprendo il discorso", "riprendo il filo", "rilancio la mia", "rilancio questa",
				"come procede", "come procedono", "come siamo messi", "come siete messi",
				"a che stadio", "non ho ricevuto", "non abbiamo ricevuto", "non ho avuto riscontro",
				"non ho avuto risposta", "non ho avuto notizie", "non ho più avuto",
				"non ho più notizie", "nessun riscontro", "senza risposta", "senza riscontro",
				"in cima alla sua", "in cima alla tua", "in cima alla vostra", "persa tra le",
				"perso tra le", "finita nello spam", "finita nella posta indesiderata", "mi aggiorni",
				"mi tenga aggiornato", "mi tenga aggiornata", "tienimi aggiornato",
				"tienimi aggiornata", "tenetemi aggiornato", "tenetemi aggiornati",
				"mi tenga informato", "mi tenga informata", "tienimi informato",
				"avete preso una decisione", "hai preso una decisione", "avete già deciso",
				"hai già deciso", "attendiamo ancora", "attendo ancora", "ancora in attesa",
				"riprendo questa conversazione", "riprendo questo thread", "riprendo il thread",
				"riprendo questo scambio", "se ha preso una decisione", "se avete preso una decisione",
				"se hai preso una decisione", "ancora di suo interesse", "ancora di tuo interesse",
				"ancora di vostro interesse", "fosse sfuggita", "fosse sfuggito", "fosse sfuggite",
				"hai potuto", "avete potuto", "ha potuto vedere", "ha potuto guardare",
				"ha potuto visionare", "ha potuto valutare", "ha potuto leggere", "sollecitiamo",
				"conoscere lo stato", "sapere lo stato", "ti riporto su", "le riporto su",
				"riporto su questa", "riporto in alto", "riporto in cima", "ci riprovo",
				"fatti sentire", "si faccia sentire", "fatevi sentire", "un'ultima volta",
				"torno da lei", "torno da te", "torno da voi", "allora ?", "non ti ho più sentito",
				"non l'ho più sentita", "non l'ho più sentito", "non vi ho più sentiti",
				"non ci siamo più sentiti",
				// the matter taken up again (lr.306): "ti scrivo per riprendere
				// il discorso", "le scrivo per riprendere i contatti"
				"riprendere il discorso", "riprendere il filo", "riprendere i contatti", "riprendo i contatti",
				"riprendere la conversazione", "riprendere l'argomento",
			}, itStepAsks(),
				// whether a meeting set before still holds, asked (lr.321):
				// "È ancora confermato l'incontro di giovedì?", "l'incontro
				// resta confermato?" ("l'incontro è confermato" tells)
				holdAsks("ancora confermato", "ancora confermata", "ancora valido", "ancora valida",
					"resta confermato", "resta confermata", "rimane confermato", "rimane confermata",
					"sempre confermato", "sempre confermata")),
			Filler: {
				// lr.335: the reader's busy days, acknowledged
				"sia molto impegnato", "sia molto impegnata", "sei molto impegnato", "sei molto impegnata",
				"siete molto impegnati",
				"resto a disposizione", "rimango a disposizione", "a disposizione", "spero che",
				"spero tutto bene", "come stai", "come sta", "senza fretta", "nessuna fretta",
				"buona giornata", "buon fine settimana", "in attesa di",
				"spero stia bene", "spero tu stia bene", "spero stiate bene", "spero vada tutto bene",
				"tutto bene ?", "come va ?", "come va tutto", "come te la passi", "come vanno le cose",
				"buona serata", "buona settimana", "buon weekend",
				"buon lavoro", "buona continuazione", "buon proseguimento", "ci sentiamo presto",
				"resto in attesa", "rimango in attesa", "restiamo in attesa", "rimaniamo in attesa",
				"attendo un suo riscontro", "attendo un tuo riscontro", "attendo un vostro riscontro",
				"attendo sue notizie", "attendo tue notizie", "attendo vostre notizie",
				"gentile riscontro", "cortese riscontro", "con calma", "nessuna urgenza",
				"senza impegno", "periodo intenso", "periodo impegnativo", "periodo pieno",
				"so che sei", "so che è un periodo", "sarei felice di", "sarei lieto", "sarei lieta",
				"saremmo lieti", "felice di sentirti", "mi farebbe piacere", "a sua disposizione",
				"a vostra disposizione", "a tua disposizione", "a completa disposizione",
				"resto disponibile", "rimango disponibile", "restiamo disponibili",
				"rimaniamo disponibili", "com'è andata", "com'è andato", "come è andata", "tutto ok ?",
			},
			Closer: {
				"per qualsiasi domanda", "per qualsiasi dubbio", "non esiti", "non esitare", "mi chiami",
				"chiamami",
				"per qualsiasi informazione", "per qualsiasi chiarimento", "per ogni chiarimento",
				"per qualunque domanda", "per qualunque dubbio", "per eventuali domande",
				"per eventuali chiarimenti", "per ulteriori informazioni", "per ulteriori chiarimenti",
				"in caso di domande", "in caso di dubbi", "se ha domande", "se hai domande",
				"se avete domande", "se ha bisogno", "se hai bisogno", "se avete bisogno",
				"non esitate", "mi chiami pure", "chiamami pure", "mi scriva", "scrivimi",
				"mi contatti", "contattami", "contattatemi", "mi trova al", "mi trovi al",
				"può chiamarmi", "puoi chiamarmi", "può contattarmi", "puoi contattarmi",
				"il mio cellulare", "il mio numero", "mi faccia sapere", "fammi sapere",
				"fatemi sapere", "mi fai sapere", "grazie in anticipo", "grazie anticipatamente",
				"ringrazio anticipatamente", "anticipatamente grazie", "quando ha un momento",
				"quando hai un momento", "quando ha tempo", "quando hai tempo", "con comodo",
				"quando le è comodo", "quando ti è comodo", "farmi sapere", "farci sapere",
				"mi può far sapere", "quando hai un attimo", "quando ha un attimo",
				"appena hai un attimo", "appena ha un attimo",
			},
			Courtesy: {
				"grazie per", "grazie mille per", "congratulazioni", "complimenti", "buon natale",
				"buon anno", "in bocca al lupo",
				"grazie della", "grazie del", "grazie ancora per",
				"la ringrazio per", "ti ringrazio per", "vi ringrazio per", "la ringrazio della",
				"ti ringrazio della", "grazie infinite per", "la ringraziamo per", "vi ringraziamo per",
				"grazie di cuore per", "auguri", "buone feste", "felice anno nuovo",
				"buon compleanno", "buona pasqua", "condoglianze",
				"mi dispiace sentire", "dispiace sapere", "buona guarigione", "pronta guarigione",
				"benvenuto", "benvenuta", "benvenuti", "buon viaggio", "buona fortuna",
				"è stato un piacere", "piacere di conoscerla", "piacere di averla conosciuta",
			},
			AttachWord: {
				"in allegato", "allegato", "allego", "allegati", "allegata", "ti invio", "le invio",
				"vi invio", "ecco", "qui sotto", "troverai", "troverà",
				"allegate", "alleghiamo", "allegando", "trasmetto", "trasmettiamo", "inoltro",
				"inviamo", "in calce", "qui di seguito", "trovate", "troverete", "ti mando", "vi mando",
				"ti giro", "le giro", "vi giro", "condivido",
			},
			Material: {
				"offerta", "l'offerta", "preventivo", "il preventivo", "proposta", "presentazione",
				"contratto", "fattura", "ordine", "riepilogo", "verbale", "listino", "prezzi",
				"scheda tecnica",
				"proposta commerciale", "offerta economica", "quotazione", "stima", "bozza",
				"contratto quadro", "accordo quadro", "capitolato", "catalogo", "tariffe", "tariffario",
				"documentazione", "resoconto", "foglio di calcolo", "cronoprogramma",
				"piano di lavoro", "caso di studio", "caso studio", "campione", "campioni",
				"modulo d'ordine", "ordine d'acquisto", "bolla", "ddt", "nota di credito",
				"fattura proforma", "preventivi", "specifiche", "specifica tecnica",
				"condizioni generali", "termini e condizioni", "presentazioni",
			},
			Proposal: {
				"che ne dici", "che ne dice", "le andrebbe", "ti andrebbe", "le va bene", "ti va bene",
				"le propongo", "ti propongo", "una chiamata", "una call",
				"15 minuti", "una riunione", "un appuntamento", "sconto", "progetto pilota",
				"vi andrebbe", "vi va bene", "le sta bene", "ti sta bene", "le farebbe comodo",
				"ti farebbe comodo", "va bene per lei", "va bene per te", "andrebbe bene", "proponiamo",
				"suggerisco",
				"le consiglio", "ti consiglio", "vi consiglio", "consigliamo",
				"potrei", "fissiamo", "fissare una", "organizzare una", "organizziamo", "sentiamoci",
				"vederci", "vediamoci", "un incontro", "una videochiamata", "una call veloce",
				"una breve call", "una telefonata", "una breve telefonata", "una dimostrazione",
				"periodo di prova", "versione di prova", "scontistica", "sconti",
				"condizioni agevolate", "prezzo speciale", "gratuitamente", "omaggio", "invece di",
				"anziché", "piuttosto che", "spostare", "rimandare", "riprogrammare", "un invito",
				"30 minuti", "20 minuti", "mezz'ora", "uno slot", "vuole che le", "vuoi che ti",
				"volete che vi",
			},
			Commit: {
				"ti invierò", "le invierò", "entro venerdì", "entro lunedì", "entro domani",
				"confermato", "prenotato", "firmato", "inviato",
				"vi invierò", "manderò",
				"le farò avere", "ti farò avere", "vi farò avere", "le faccio avere", "ti faccio avere",
				"vi faccio avere", "ci penso io", "me ne occupo", "mi occupo io", "provvedo",
				"provvederò", "provvediamo", "ti aggiorno", "la aggiorno", "vi aggiorno",
				"la terrò aggiornata", "la terrò aggiornato", "ti terrò aggiornato",
				"ti tengo aggiornato", "la tengo aggiornata", "la tengo aggiornato",
				"vi terrò aggiornati", "vi tengo aggiornati", "la richiamo", "ti richiamo", "la chiamo",
				"ti chiamo", "entro martedì", "entro mercoledì", "entro giovedì", "entro fine",
				"entro stasera", "entro oggi", "in giornata", "entro la settimana", "entro e non oltre",
				"al più tardi", "confermata", "prenotata", "firmata", "confermo",
			},
			DecisionQ: {
				"quale opzione", "quale delle", "chi altro", "chi firma", "chi deve", "quanti", "quante",
				"entro quando", "quale data", "preferisce", "preferisci",
				"quale soluzione", "quale versione", "quale pacchetto", "quale formula",
				"quale giorno", "che giorno", "che data",
				"quanto budget", "qual è il budget", "il vostro budget", "chi decide", "chi approva",
				"dovremmo", "le serve", "ti serve", "vi serve", "vi servono", "le servono",
				"ti servono", "preferite", "può confermare", "puoi confermare", "potrebbe confermare",
				"potresti confermare", "mi conferma", "mi confermi",
				"cosa manca", "cosa vi blocca", "cosa vi frena", "cosa servirebbe", "per quando",
			},
			AnswerWord: {
				"sì", "esatto", "giusto", "certamente", "assolutamente", "esattamente",
				"d'accordo", "alla sua domanda", "alla tua domanda",
				"per rispondere", "bella domanda", "ottima domanda", "buona domanda",
			},
			News: {
				// something just done, said by someone other than the writer alone (lr.325): "il fornitore ha appena confermato…"
				"ha appena", "hanno appena", "abbiamo appena", "è appena", "sono stati appena", "è stato appena", "è stata appena",
				"approvato", "approvata", "lanciato", "disponibile", "nuovo", "nuova", "aggiornato",
				"aggiornata", "modificato", "cambiato", "rinviato", "ritardo", "concordato", "deciso",
				"buone notizie", "risultato", "risultati", "ridotto", "valido fino", "scadenza",
				"corretto", "risolto", "aggiunto", "incluso", "prossimi passi", "perché", "però",
				"tuttavia", "anche",
				"da oggi", "a partire dal", "a partire da", "nuovi", "nuove", "nuova versione",
				"aggiornati", "aggiornate", "modificata", "cambiata", "rinviata", "posticipato",
				"posticipata", "spostato", "spostata", "slittato", "slittata", "ritardi",
				"concordata", "decisa", "accettato", "accettata", "approvati", "rifiutato", "rifiutata",
				"annullato", "annullata", "cancellato", "cancellata", "completato", "completata",
				"concluso", "conclusa", "finalizzato", "buona notizia", "ottime notizie", "ridotta",
				"ridotti", "diminuito", "aumentato", "aumentata", "rincaro", "riduzione", "risparmio",
				"risparmiare", "valida fino", "scade", "termine ultimo", "corretta", "risolta",
				"aggiunta", "aggiunti", "inclusa", "inclusi", "compreso", "compresa", "soltanto",
				"solamente", "problemi", "errore", "guasto", "disservizio", "inoltre", "invece",
				"per vostra informazione", "per tua informazione", "per sua informazione",
				"vi informiamo", "la informiamo", "ti informo", "le comunico", "vi comunichiamo",
				"le segnalo", "ti segnalo", "vi segnalo", "consegnato", "consegnata", "spedito",
				"spedita", "pubblicato", "rilasciato", "rilasciata", "attivato", "attivata",
				"approvò", "firmò",
				// a price or a term lowered (lr.307)
				"abbassato", "abbassata", "ribassato", "ribassata", "diminuito", "diminuita",
				// a deal closed (lr.314): "abbiamo chiuso l'accordo con il distributore"
				"chiuso", "chiusa",
			},
			Weekday: {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
			Month: {
				"gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
				"dicembre",
			},
			RelDay: {
				"domani", "oggi", "dopodomani", "la prossima settimana", "questa settimana", "ieri",
				"la settimana prossima", "il mese prossimo",
				"il prossimo mese", "stamattina", "stamani", "stasera", "oggi pomeriggio",
				"domani mattina", "domattina", "domani pomeriggio", "fine mese", "l'altro ieri",
				"altroieri", "in settimana",
			},
		},
		stop: []string{
			"volevo", "vorrei", "sapere", "avete", "avuto", "modo", "nostra", "nostro", "vostra",
			"vostro", "questo", "questa", "della", "sono", "grazie", "saluti", "valutare", "tempo",
			"avere", "abbiamo", "hanno", "stato", "stata", "essere", "quello", "quella",
			"molto", "bene", "anche", "ancora", "già", "sempre", "quando", "come",
			"perché", "mentre", "dopo", "prima", "senza", "verso", "ciao", "buongiorno", "gentile",
			"cordiali", "distinti", "buona", "giornata", "settimana", "domanda", "domande", "risposta",
			"notizie", "novità", "messaggio", "email", "proposta", "offerta", "preventivo",
			"riguardo", "merito", "occasione", "possibilità", "disposizione", "dubbio", "dubbi",
			"mille", "qualcosa", "niente", "nulla", "qualche", "ogni", "volta", "riscontro",
			"aggiornamento", "aggiornamenti", "ricordare", "promemoria", "occhiata",
			"vorremmo", "volevamo", "potrebbe", "potresti", "potete", "puoi", "avrebbe", "avresti",
			"sarebbe", "siamo", "siete", "nostri", "nostre", "vostri", "vostre", "suoi", "loro",
			"tutto", "tutti", "tutte", "cosa", "quale", "quali", "adesso", "allora", "quindi",
			"comunque", "infatti", "intanto", "frattempo", "nuovamente", "egregio", "egregia", "dott",
			"dottore", "dottoressa", "ingegnere", "signor", "signora", "spettabile", "spett", "cortese",
			"cortesemente", "cortesia", "gentilmente", "sollecito", "ricevuto", "arrivata", "arrivato",
			"messaggi", "comunicazione", "argomento", "questione", "pratica", "richiesta",
			"interessato", "interessata", "interesse", "momento", "attesa", "notizia", "aggiornare",
			"aggiornarmi", "capire", "chiedere", "chiederle", "chiederti", "scriverle", "scriverti",
			"ricordarle", "ricordarti", "tornare", "sentire", "sentirla", "sentirti", "gentili",
			"carissimo", "carissima", "buonasera", "salutoni", "cordialità",
		},
		salutations: []string{
			"ciao", "gentile", "gentilissimo", "gentilissima", "caro", "cara", "buongiorno", "salve",
			"egregio", "egregia", "gentili", "spettabile", "spett", "carissimo", "carissima",
			"buonasera",
		},
		askWhen:   []string{"quando", "scadenza", "tempi"},
		askAmount: []string{"quanto", "quanta", "quanti", "quante", "prezzo", "prezzi", "costo", "costa", "sconto", "tariffa", "durata"},
		lengths:   []string{"minuti", "ore"},
		units: []string{
			"licenze", "utenti", "giorni", "settimane", "mesi", "anni", "minuti", "pezzi", "unità",
			"utente", "licenza", "giorno", "settimana", "mese", "anno", "ore", "dipendenti", "persone",
			"postazioni", "negozi", "sedi", "filiali", "bancali", "colli", "scatole", "tonnellate",
			"metri", "dispositivi", "veicoli", "volte", "mila", "milione", "milioni", "miliardi",
		},
		past: []string{
			"inviato", "inviata", "mandato", "menzionato", "discusso", "trasmesso", "inviate",
			"inviati", "mandata", "spedito", "trasmessa", "condiviso", "condivisa", "parlato",
			"sentiti", "incontrati", "scritto",
		},
		happen: []string{
			"parte", "partono", "arriva", "arrivano", "inizia", "iniziano", "comincia", "cominciano",
			"riprende", "riprendono",
		},
		reminders: []string{"ricordo", "promemoria", "ricordarle", "ricordarti", "ricordarvi"},
		terms: []string{
			"offerta", "proposta", "preventivo", "prezzo", "prezzi", "tariffa", "contratto", "sconto",
			"prova", "pilota", "abbonamento", "licenza", "licenze", "accesso", "condizioni", "piano",
		},
		fresh:  []string{"nuova", "nuovo", "nuove", "nuovi", "rivista", "aggiornata", "aggiornato"},
		writer: []string{"io", "noi", "abbiamo"},
		pastNouns: []string{
			"offerta", "l'offerta", "proposta", "preventivo", "richiesta", "messaggio", "mail",
			"ordine", "telefonata", "chiamata", "riunione", "incontro", "conversazione", "email",
			"fattura", "comunicazione", "lettera",
		},
		of:     []string{"del", "dal", "di"},
		weCan:  []string{"potremmo", "possiamo"},
		polite: []string{"lei", "suo", "sua", "suoi", "sue", "voi", "vostro", "vostra", "vostri", "vostre"},
		behind: []string{"ieri", "altroieri", "l'altro"},
		done: []string{
			"approvò", "firmò",
		},
		participles: []string{
			"approvato", "approvata", "approvati", "lanciato", "consegnato", "consegnata", "spedito",
			"spedita", "rinviato", "rinviata", "posticipato", "posticipata", "spostato", "spostata",
			"concordato", "concordata", "accettato", "accettata", "rifiutato", "rifiutata", "annullato",
			"annullata", "finalizzato", "completato", "completata", "concluso", "conclusa", "deciso",
			"decisa", "corretto", "corretta", "risolto", "risolta", "ridotto", "ridotta", "aumentato",
			"aumentata", "aggiunto", "aggiunta", "modificato", "modificata", "cambiato", "cambiata",
			"aggiornato", "aggiornata", "firmato", "firmata", "pubblicato", "rilasciato", "rilasciata",
			"attivato", "attivata", "abbassato", "abbassata", "ribassato", "ribassata", "diminuito",
			"diminuita", "chiuso", "chiusa",
		},
		determiners: []string{
			"il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "nostro", "nostra", "nostri", "nostre",
			"suo", "sua", "suoi", "sue", "tuo", "tua", "questo", "questa", "del", "della", "dello", "dei",
			"degli", "delle",
		},
		modals: []string{
			"può", "possono", "potrebbe", "potrebbero", "deve", "devono", "dovrebbe", "dovrebbero", "sarà",
			"saranno", "se", "essere", "sia", "quando", "appena", "volta",
		},
	},
	{
		name:     "Portuguese",
		code:     "pt",
		asks:     []string{"o que sugere", "o que sugerem", "o que sugeres", "o que propõe", "qual opção", "quem mais", "quem assina", "quem decide", "quem aprova", "o que falta", "o que impede", "o que seria necessário", "deveríamos"},
		already:  []string{"já"},
		gotPast:  []string{"recebeu", "receberam", "recebeste", "chegou", "chegaram"},
		gotParts: []string{"recebido", "recebida", "chegado"},
		perfect:  []string{"foi", "foram"},
		rises:    []string{"sobe", "sobem", "subirá", "cai", "caem", "cairá", "aumenta", "aumentam", "aumentará", "diminui", "diminuem", "baixa", "baixam"},
		or:       []string{"ou"},
		wh:       []string{"porquê", "quando", "quanto", "onde", "quem", "qual"},
		phrases: [numKinds][]string{
			Nudge: slices.Concat([]string{
				// lr.335: "volto a contactá-lo sobre o orçamento", "já há alguma decisão?"
				"volto a contactá-lo", "volto a contactá-la", "volto a contatá-lo", "volto a contatá-la",
				"há alguma decisão", "já há alguma decisão", "alguma decisão ?",
				// a receipt check (lr.229), with its subject said too
				// (lr.243: "confirmar se você recebeu o contrato")
				"confirmar se recebeu", "confirmar que recebeu", "saber se recebeu",
				"confirmar se você recebeu", "confirmar que você recebeu", "saber se você recebeu",
				"confirmar se vocês receberam", "confirmar que vocês receberam", "saber se vocês receberam",
				"confirmar se o senhor recebeu", "confirmar se a senhora recebeu",
				"alguma novidade", "novidades", "conseguiu ver", "conseguiu olhar", "conseguiu analisar",
				"conseguiste ver", "teve tempo", "teve oportunidade", "teve a oportunidade",
				"meu último e-mail", "meu último email", "meu e-mail", "meu email", "minha mensagem",
				"recebeu meu", "recebeu o meu", "recebeu a minha", "ainda interessado",
				"ainda interessada", "ainda faz sentido", "lembrete", "relembrar", "passando para saber",
				// whether the matter is still a priority, or the reader's priorities moved (lr.324)
				"continua a ser uma prioridade", "continua sendo uma prioridade", "continua a ser prioridade",
				"continua sendo prioridade", "ainda é uma prioridade", "ainda é prioridade", "ainda é prioritário",
				"ainda é prioritária", "se as prioridades mudaram", "vossas prioridades mudaram",
				"suas prioridades mudaram", "se não for uma prioridade", "se não é uma prioridade",
				"neste momento não é uma prioridade", "não é uma prioridade neste momento", "agora não é uma prioridade",
				"queria saber se", "como está o andamento", "algum retorno",
				"sem resposta", "acompanhamento",
				"alguma atualização", "alguma notícia", "alguma posição", "uma posição sobre",
				"qual a posição", "algum feedback", "alguma previsão", "tem novidades", "há novidades",
				"teve novidades", "conseguiu dar uma olhada", "conseguiu avaliar",
				"conseguiu verificar", "conseguiu ler", "conseguiu revisar", "conseguiram ver",
				"conseguiram olhar", "conseguiram avaliar", "conseguiram analisar",
				"conseguiram dar uma olhada", "conseguiste olhar", "conseguiste analisar",
				"chegou a ver", "chegou a olhar", "chegou a analisar", "chegou a avaliar",
				"chegaram a ver", "chegaram a analisar", "chegaram a avaliar", "chegou a receber",
				"chegaram a receber", "deu uma olhada", "deram uma olhada", "deu uma vista de olhos",
				"deste uma vista de olhos", "teve hipótese", "tiveram hipótese", "tiveste hipótese",
				"teve a hipótese", "teve chance", "tiveram tempo", "tiveram oportunidade",
				"teve um tempinho", "teve um momento", "tiveste tempo", "tiveste oportunidade",
				"receberam meu", "receberam o meu", "receberam a minha", "recebeu o e-mail",
				"recebeu o email", "recebeste o meu", "recebeste a minha", "minha última mensagem",
				"meu e-mail anterior", "meu email anterior", "minha mensagem anterior",
				"meu último contato", "meu contato anterior", "meu último contacto", "meus e-mails",
				"meus emails", "minhas mensagens", "deixei um recado", "deixei recado",
				"deixei uma mensagem", "ainda interessados", "ainda tem interesse",
				"ainda têm interesse", "continua interessado", "continua interessada",
				"continuam interessados", "ainda é prioridade", "ainda é do seu interesse",
				"continua fazendo sentido", "continua a fazer sentido", "passando para lembrar",
				"gostaria de lembrar", "lembrá-lo", "lembrá-la", "passando para verificar",
				"passando para checar", "só passando", "passando rapidinho", "passando para ver",
				// "Só para acompanhar." (lr.249)
				"só para acompanhar", "só pra acompanhar", "apenas para acompanhar", "só acompanhando", "apenas acompanhando",
				"passando para retomar", "passando para perguntar", "gostaria de saber se", "em que pé",
				"como anda", "como andam", "qual o status", "qual é o status", "qual o andamento",
				"como ficamos", "em que ponto", "qual o ponto de situação", "como está a situação",
				"sem retorno", "não tive retorno", "não tivemos retorno", "não obtive resposta",
				"não obtive retorno", "não recebi", "não recebemos", "não tive resposta",
				"não tive notícias", "sem notícias", "nenhum retorno", "nenhuma resposta",
				"nenhuma notícia", "retomando o contato", "retomando nosso contato",
				"retomando o assunto", "retomando meu e-mail", "retomando minha mensagem",
				"retomo o contato", "retomar o contato", "volto a escrever", "volto a escrever-lhe",
				"volto ao assunto", "venho reforçar", "reforçando o e-mail", "reforçando o email",
				"reforçando meu", "reforçando a mensagem", "reforço o meu", "reforço meu",
				"subindo este", "subindo o e-mail", "subindo o email", "ainda aguardo",
				"subindo esse", "subindo meu", "estou subindo", "pra não se perder", "para não se perder",
				"continuo aguardando", "continuo a aguardar", "seguimos aguardando", "ainda aguardamos",
				"ainda estamos aguardando", "ainda estou aguardando", "perdido no meio",
				"perdeu no meio", "topo da sua caixa", "topo da caixa de entrada",
				"mantenha-me informado", "me mantenha informado", "me mantenha atualizado",
				"mantenha-me atualizado", "me mantém informado", "me atualize", "pode me atualizar",
				"me dê um retorno", "me dá um retorno", "me dar um retorno", "já tomaram uma decisão",
				"já tomou uma decisão", "já decidiram", "conseguiram decidir", "conseguiu falar com",
				"conseguiram falar com", "conseguiu conversar", "conseguiram conversar",
				"em seguimento ao meu", "em seguimento à minha", "na sequência do meu",
				"na sequência da minha", "fazendo um follow-up", "fazer um follow-up",
				"só um follow-up", "ainda está nos planos", "ainda está nos seus planos",
				"ainda nos planos", "chegaste a ver", "ainda vos interessa", "ainda lhe interessa",
				"ainda te interessa", "ainda interessa", "ainda é um tema", "ainda é de interesse",
				"ainda é do interesse", "relembramos", "relembro", "como estão as coisas com",
				"como vão as coisas com", "quando tiver novidade", "quando tiver novidades",
				"retomando este", "retomando esse", "alinhar internamente", "alinharam internamente",
				"conversaram internamente", "conseguiram alinhar", "conseguiu alinhar", "me retorna",
				"me retorne", "te mandei uma mensagem", "mandei mensagem", "te deixei uma mensagem",
				"me dá um toque", "me dê um toque", "dá um toque", "passando pra lembrar",
				"passando pra saber", "só passando pra", "volto ao contacto", "volto ao contato",
				"volto a contactar", "volto a contatar", "informações sobre o andamento",
				"subindo aqui", "tenha se perdido", "se tenha perdido", "e aí ?",
				"escrevo pela última vez", "volto a tentar",
				// the matter taken up again (lr.306): "escrevo para retomar a
				// nossa conversa", "retomo o assunto da proposta"
				"retomar a conversa", "retomar a nossa conversa", "retomar nossa conversa",
				"retomo a conversa", "retomando a conversa", "retomo o assunto", "retomar o assunto",
				"volto a entrar em contacto", "volto a entrar em contato", "retomo o contacto",
				"retomar o contacto", "retomando o contacto",
			},
				// whether a meeting set before still holds, asked (lr.321):
				// "A nossa reunião de quinta-feira mantém-se?", "a reunião
				// continua de pé?" ("a reunião mantém-se" tells)
				holdAsks("mantém-se", "continua de pé", "ainda está de pé", "continua confirmada", "continua confirmado",
					"ainda está confirmada", "ainda está confirmado", "continua marcada", "continua marcado"),
			),
			Filler: {
				// lr.335: the reader's busy days, acknowledged
				"esteja muito ocupado", "esteja muito ocupada", "estás muito ocupado", "estás muito ocupada",
				"estejas muito ocupado", "estejas muito ocupada",
				"aguardo seu retorno", "aguardo", "fico à disposição", "à disposição", "espero que esteja bem",
				"espero que", "tudo bem", "como vai", "sem pressa", "bom fim de semana", "ótima semana",
				"tudo bom", "como estás", "como vão", "sem compromisso", "sem urgência", "nada urgente",
				"no seu tempo", "ótimo dia", "boa semana", "excelente dia", "ótimo fim de semana",
				"bom feriado", "à inteira disposição", "à sua disposição", "à vossa disposição",
				"à tua disposição", "ao seu dispor", "ao dispor",
				"aguardamos seu retorno", "aguardamos o seu retorno", "aguardamos retorno",
				"agenda corrida", "na correria", "dias corridos", "sei que você está", "sei que estão",
				"sei que anda", "será um prazer", "seria um prazer", "tudo tranquilo",
				"tudo certo por aí", "como vão as coisas", "como estão as coisas", "como está ?",
				"como estão ?", "como está você", "como você está",
			},
			Closer: {
				"qualquer dúvida", "qualquer pergunta", "não hesite", "pode me ligar", "me liga",
				"qualquer questão", "em caso de dúvida", "em caso de dúvidas", "caso tenha dúvidas",
				"caso tenha alguma dúvida", "caso tenha qualquer", "se tiver alguma dúvida",
				"se tiver dúvidas", "se precisar de algo", "se precisar de alguma coisa",
				"caso precise", "não hesitem", "fique à vontade", "sinta-se à vontade",
				"fiquem à vontade", "pode ligar", "podem me ligar", "me ligue", "ligue-me", "me chame",
				"me chama", "pode me chamar", "pelo whatsapp", "no whatsapp", "meu celular",
				"meu telemóvel", "meu número", "me avise", "me avisa", "avise-me", "me fala", "me diga",
				"diga-me", "me diz", "me informe", "informe-me", "desde já agradeço",
				"desde já obrigado", "desde já obrigada", "agradeço desde já", "obrigado desde já",
				"antecipadamente", "quando puder", "quando puderes",
				"quando tiver um tempo", "quando tiver um tempinho", "quando tiver um momento",
				"qualquer coisa", "é só chamar", "é só me chamar", "estou por aqui",
			},
			Courtesy: {
				"obrigado por", "obrigada por", "obrigado pela", "obrigada pela", "obrigado pelo",
				"obrigada pelo", "parabéns", "feliz natal", "boa sorte",
				"obrigado novamente", "obrigada novamente",
				"agradeço pela", "agradeço pelo", "agradeço a atenção", "agradecemos a",
				"agradecemos pela", "agradecemos pelo", "valeu pelo", "valeu pela", "feliz aniversário",
				"boas festas", "feliz ano novo", "feliz páscoa", "meus pêsames",
				"melhoras", "boa viagem", "boas férias", "bem-vindo", "bem-vinda", "bem-vindos",
				"foi um prazer", "prazer em conhecê-lo", "prazer em conhecer", "muito sucesso",
			},
			AttachWord: {
				"em anexo", "segue", "segue em anexo", "seguem", "anexo", "te envio", "lhe envio", "abaixo",
				"anexado", "anexada", "anexados", "anexas", "anexei", "anexamos", "envio-lhe",
				"envio-te", "lhe mando", "compartilho", "partilho", "encaminho",
				"encaminhando",
				"aqui está", "aqui estão", "aqui vai", "aqui vão",
				"neste link",
				"estou enviando",
			},
			Material: {
				"proposta", "orçamento", "cotação", "apresentação", "contrato", "fatura", "pedido",
				"resumo", "ata", "cronograma", "tabela de preços", "preços", "ficha técnica",
				"rascunho", "aditivo", "nota fiscal", "boleto", "recibo",
				"ordem de compra", "pedido de compra", "folheto", "portfólio", "planilha",
				"folha de cálculo", "relatório", "documentação", "estudo de caso",
				"preçário", "tabela", "condições comerciais", "termos e condições",
				"caderno de encargos", "especificação", "especificações", "amostra", "amostras",
				"escopo", "proposta técnica", "proposta comercial",
			},
			Proposal: {
				"que tal", "o que acha de", "proponho", "sugiro", "uma ligação",
				"uma chamada", "uma reunião", "desconto", "piloto",
				"o que acham de", "lhe parece bem", "parece-lhe bem", "te parece bem",
				"funciona para você", "funciona para vocês", "fica bom para você", "fica bem para si",
				"podemos marcar", "marcar uma", "marcamos", "vamos marcar", "agendar uma", "agendar um",
				"vamos conversar", "bate-papo", "tomar um café", "uma videochamada",
				"uma call", "uma conversa rápida", "uma breve conversa", "15 minutinhos", "meia hora",
				"uma demonstração", "uma demo", "período de teste",
				"grátis", "sem custo", "condição especial", "condições especiais", "preço especial",
				"abatimento", "propomos", "recomendo", "posso enviar", "posso te enviar",
				"posso lhe enviar", "posso preparar", "em vez de", "ao invés de", "remarcar",
				"reagendar", "adiar", "convite", "sua disponibilidade", "tem disponibilidade",
				"têm disponibilidade", "teria disponibilidade", "teriam disponibilidade",
				"teria um horário", "tem um horário", "teria um tempinho", "quer que eu",
				"querem que eu", "gostaria que eu",
			},
			Commit: {
				"vou enviar", "envio amanhã", "até sexta", "até segunda", "até amanhã", "assinado",
				"vou te enviar", "vou lhe enviar", "vou mandar", "envio hoje",
				"mando amanhã", "mando hoje", "enviarei", "mandarei", "te retorno", "retorno em breve",
				"retorno amanhã", "lhe retorno", "volto a falar", "deixa comigo", "vou verificar",
				"vou checar", "vou ver", "vou providenciar", "providenciarei", "providencio",
				"vou preparar", "vou ligar", "te ligo", "lhe ligo", "ligo amanhã",
				"te mantenho informado", "mantenho você informado", "te mantenho atualizado",
				"lhe aviso", "até terça", "até quarta", "até quinta", "até o fim", "até ao fim",
				"até o final", "no máximo até", "ainda hoje", "fechado", "combinado", "pode deixar",
			},
			DecisionQ: {
				"qual opção", "qual das", "quem mais", "quem assina", "quem precisa", "quantos", "quantas",
				"para quando", "qual data", "prefere", "precisa de",
				"qual plano", "qual pacote", "qual versão", "qual o orçamento", "qual é o orçamento",
				"quem decide", "quem aprova", "quem deve", "preferem", "preferes", "precisam de",
				"precisas de", "deveríamos", "pode confirmar", "podem confirmar", "poderia confirmar",
				"poderiam confirmar", "consegue confirmar", "conseguem confirmar", "pode me confirmar",
				"o que falta", "o que está faltando", "o que impede", "o que seria necessário",
				"o que precisaria", "o que precisariam", "a partir de quando", "qual dia",
				"qual horário", "qual o melhor dia", "qual o melhor horário", "que dia", "que horas",
			},
			AnswerWord: {
				"sim", "não", "exato", "certo", "exatamente", "isso mesmo", "com certeza", "correto",
				"respondendo à sua pergunta", "respondendo a sua pergunta", "sobre a sua pergunta",
				"quanto à sua pergunta", "quanto à sua dúvida", "sobre a sua dúvida", "boa pergunta",
				"ótima pergunta",
			},
			News: {
				// something just done, said by someone other than the writer alone (lr.325): "o fornecedor acabou de confirmar…"
				"acabou de", "acabaram de", "acabámos de", // "acabamos de" is Spanish's too
				"aprovado", "aprovada", "lançado", "disponível", "novo", "atualizado", "atualizada",
				"alterado", "mudança", "adiado", "atraso", "boas notícias", "reduzido", "válido até",
				"prazo", "corrigido", "resolvido", "adicionado", "inclui", "incluído", "apenas",
				"próximos passos", "porém", "também",
				"aprovados", "aprovadas", "lançada", "lançamos", "disponíveis", "nova versão",
				"atualizados", "alterada", "alterados", "mudou", "mudamos", "adiada", "atrasado",
				"atrasada", "decidimos", "aceito", "aceita", "aceite", "recusado", "recusada",
				"concluído", "concluída", "fechamos", "boa notícia", "ótimas notícias", "ótima notícia",
				"reduzida", "reduzimos", "reajuste", "redução", "economia", "economizar", "vencimento",
				"data limite", "válida até", "corrigida", "resolvida", "adicionada", "incluída",
				"incluídos", "somente", "problemas", "erro", "falha", "pois", "entretanto", "contudo",
				"no entanto", "todavia", "além disso", "mas", "a partir do", "a partir da",
				"informamos que", "gostaríamos de informar", "comunicamos que", "para sua informação",
				"para conhecimento", "entregue", "entregues", "lançamento",
				"aprovou", "aprovaram", "assinou", "assinamos", "assinaram",
				// European Portuguese writes "we did" with an accent (lr.312)
				"assinámos", "aprovámos", "fechámos", "lançámos", "aceitámos", "recusámos", "mudámos",
				"adiámos", "cancelámos",
				// a price or a term lowered (lr.307)
				"baixámos", "baixamos", "baixou", "baixaram", "diminuímos", "reduziu", "reduziram",
				"baixado", "baixada", "diminuído", "diminuída",
			},
			Weekday: {
				"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "terça",
				"sexta", "sábado",
				"segunda feira", "terça feira", "quarta feira", "quinta feira", "sexta feira",
			},
			Month: {
				"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
				"outubro", "novembro", "dezembro",
			},
			RelDay: {
				"amanhã", "hoje", "depois de amanhã", "semana que vem", "próxima semana", "ontem",
				"amanhã de manhã", "amanhã à tarde", "hoje à tarde", "hoje de manhã", "hoje à noite",
				"hoje mesmo", "essa semana", "nesta semana", "nessa semana", "mês que vem",
				"próximo mês", "fim do mês", "final do mês", "final da semana", "fim da semana",
				"anteontem", "início da semana",
			},
		},
		stop: []string{
			"conseguiu", "olhar", "nossa", "nosso", "você", "vocês", "teve", "obrigado", "obrigada", "já",
			"retorno", "queria", "gostaria", "saber", "fazer", "tiver", "tive", "pode", "poderia",
			"conseguiram", "estou", "estamos", "está", "esta", "este", "isso", "isto", "essa", "esse",
			"muito", "também", "ainda", "sempre", "quando", "onde", "como", "porque", "depois",
			"antes", "para", "pelo", "pela", "sobre", "olá", "prezado", "prezada", "abraço",
			"abraços", "atenciosamente", "cumprimentos", "saudações", "semana", "tempo", "pergunta",
			"perguntas", "resposta", "notícias", "novidade", "novidades", "mensagem", "email",
			"proposta", "orçamento", "cotação", "olhada", "disposição", "dúvida", "dúvidas", "senhor",
			"senhora", "algo", "nada", "alguma", "algum", "qualquer", "outra", "outro", "lembrete",
			"relembrar", "acompanhar", "acompanhamento", "oportunidade",
			"gostaríamos", "conseguir", "consegue", "teria", "teriam", "seria", "seriam", "estão",
			"estava", "tenho", "temos", "têm", "tinha", "havia", "prezados", "prezadas", "caros",
			"querido", "querida", "cordialmente", "agradeço", "desde", "aqui", "assim", "então",
			"agora", "mesmo", "mesma", "referente", "relação", "respeito", "assunto", "tema", "contato",
			"contacto", "posição", "andamento", "aguardo", "aguardando", "lembrar", "verificar",
			"analisar", "avaliar", "interessado", "interessada", "interesse", "momento", "tempinho",
			"possível", "possibilidade", "poderiam", "podem", "vosso", "vossa", "tudo", "todos",
			"todas", "cada", "beijos", "retomar", "reforçar", "recebeu", "receberam", "recebi",
			"chegou", "exmo", "exma", "excelentíssimo", "ilustríssimo",
		},
		salutations: []string{
			"olá", "prezado", "prezada", "caro", "cara", "bom", "boa", "oi", "prezados", "prezadas",
			"caros", "estimado", "estimada", "querido", "querida", "exmo", "exma", "excelentíssimo",
			"ilustríssimo", "ilmo",
		},
		askWhen:   []string{"quando", "prazo", "prazos"},
		askAmount: []string{"quanto", "quanta", "quantos", "quantas", "preço", "preços", "custo", "custa", "desconto", "valor"},
		lengths:   []string{"minutos", "hora", "horas"},
		units: []string{
			"usuários", "licenças", "unidades", "dias", "semanas", "meses", "anos", "horas", "minutos",
			"usuário", "utilizadores", "utilizador", "licença", "dia", "semana", "mês", "ano", "hora",
			"funcionários", "colaboradores", "pessoas", "peças", "caixas", "paletes", "toneladas",
			"metros", "contas", "lojas", "filiais", "unidade", "veículos", "caminhões", "camiões",
			"vezes", "mil", "milhão", "milhões", "bilhões",
		},
		past: []string{
			"enviei", "enviado", "enviada", "mencionei", "conversamos", "falamos", "mandei", "mandámos",
			"enviámos", "enviamos", "encaminhei", "encaminhado", "compartilhei", "partilhei",
			"conversámos", "mencionado", "mencionada", "enviados", "enviadas", "falei",
		},
		happen: []string{
			"sai", "saem", "chega", "chegam", "começa", "começam", "arranca", "arrancam", "parte", "partem",
			"inicia", "iniciam",
		},
		reminders: []string{"relembro", "relembramos", "relembrar", "lembrete", "lembrar", "lembrá-lo", "lembrá-la"},
		terms: []string{
			"proposta", "oferta", "orçamento", "cotação", "preço", "preços", "tarifa", "contrato",
			"desconto", "teste", "piloto", "assinatura", "licença", "licenças", "acesso", "condições",
			"plano",
		},
		fresh:  []string{"nova", "novo", "novas", "novos", "revista", "atualizada", "atualizado"},
		writer: []string{"eu", "nós", "temos", "conseguimos"},
		pastNouns: []string{
			"proposta", "orçamento", "cotação", "mensagem", "pedido", "e-mail", "email", "reunião",
			"ligação", "conversa", "contato", "contacto", "fatura",
		},
		of:     []string{"de", "do", "da"},
		weCan:  []string{"podemos", "poderíamos"},
		polite: []string{"você", "vocês"},
		behind: []string{"ontem", "anteontem"},
		done: []string{
			"lançamos", "decidimos", "fechamos", "mudou", "mudamos", "reduzimos", "aprovou", "aprovaram",
			"assinou", "assinamos", "assinaram",
			// the same in European Portuguese, where "we did" takes an accent
			// that tells it from "we do": "assinámos o contrato" (lr.312)
			"assinámos", "aprovámos", "fechámos", "lançámos", "aceitámos", "recusámos", "mudámos",
			"adiámos", "cancelámos",
			// a price or a term lowered (lr.307): "baixámos o preço para 3,20 €"
			"baixámos", "baixamos", "baixou", "baixaram", "diminuímos", "reduziu", "reduziram",
		},
		participles: []string{
			"aprovado", "aprovada", "aprovados", "aprovadas", "lançado", "lançada", "entregue", "entregues",
			"adiado", "adiada", "atrasado", "atrasada", "aceito", "aceita", "recusado", "recusada",
			"concluído", "concluída", "corrigido", "corrigida", "resolvido", "resolvida", "reduzido",
			"reduzida", "adicionado", "adicionada", "alterado", "alterada", "atualizado", "atualizada",
			"assinado", "fechado", "baixado", "baixada", "diminuído", "diminuída",
		},
		determiners: []string{
			"o", "a", "os", "as", "um", "uma", "uns", "umas", "nosso", "nossa", "nossos", "nossas", "seu",
			"sua", "seus", "suas", "este", "esta", "esse", "essa", "do", "da", "dos", "das",
		},
		modals: []string{
			"pode", "podem", "poderia", "poderiam", "deve", "devem", "deveria", "deveriam", "será", "serão",
			"se", "ser", "for", "seja", "esteja", "quando", "assim", "vez",
		},
	},
	{
		name:     "Dutch",
		code:     "nl",
		asks:     []string{"wat zou u voorstellen", "wat zou je voorstellen", "wat stelt u voor", "wat stel je voor", "welke optie", "wie moet", "wie tekent", "wie nog meer", "wie beslist", "wie keurt", "wat is er nodig", "wat houdt je tegen", "wat houdt u tegen", "moeten we"},
		already:  []string{"al", "inmiddels", "intussen"},
		gotPast:  []string{"ontving", "ontvingen", "kreeg", "kregen"},
		gotParts: []string{"ontvangen", "gekregen", "aangekomen", "binnengekomen"},
		perfect:  []string{"heeft", "hebt", "heb", "hebben", "is", "zijn"},
		rises:    []string{"stijgt", "stijgen", "daalt", "dalen", "verhoogt", "verhogen", "verlaagt", "verlagen", "zakt"},
		or:       []string{"of"},
		wh:       []string{"waarom", "wanneer", "hoe", "waar", "wie", "wat"},
		verbLast: true,
		phrases: [numKinds][]string{
			Nudge: slices.Concat([]string{
				"even navragen", "navragen", "even checken", "al tijd gehad", "tijd gehad", "gelegenheid gehad",
				// with the verb between (lr.339): "of je inmiddels tijd hebt gehad…"
				"tijd hebt gehad", "tijd heeft gehad", "tijd hebben gehad", "gelegenheid hebt gehad",
				"gelegenheid heeft gehad", "gelegenheid hebben gehad",
				"al kunnen bekijken", "kunnen bekijken", "mijn laatste mail", "mijn vorige mail",
				"mijn mail", "mijn e-mail", "mijn bericht", "mail ontvangen", "bericht ontvangen",
				"nog actueel", "nog interesse", "nog steeds interesse", "herinnering", "nog niets gehoord",
				"niets van je gehoord", "niets van u gehoord",
				"laat je iets weten", "laat je even weten", "laat u even weten", "laat u mij weten",
				"hoe het ervoor staat", "bovenaan je inbox", "terugkomen op", "nog geen reactie",
				"geen reactie ontvangen", "hoor graag of", "kans gehad", "al ontwikkelingen",
				"besluit kunnen nemen", "verder heeft kunnen", "herinneren", "reactie graag tegemoet",
				"nog niet van u ontvangen", "nog niet ontvangen",
				"niets meer gehoord", "hoe staat het", "stand van zaken", "al een reactie", "al nieuws",
				"informeren naar", "informeer even", "hoe ver zijn", "hoe ver bent", "hoe ver ben",
				"hoe loopt het", "zijn er ontwikkelingen", "nieuwe ontwikkelingen", "al iets bekend",
				"al meer bekend", "al meer duidelijkheid", "al duidelijkheid", "al een besluit",
				"al een beslissing", "al een keuze", "nog nieuws", "al kunnen kijken",
				"al kunnen lezen", "al kunnen doornemen", "kunnen doornemen", "al ingekeken",
				"al een blik", "al kunnen bespreken", "al kunnen overleggen", "al aan toegekomen",
				"intern kunnen bespreken", "al tijd gevonden", "tijd gevonden", "al zover", "al zo ver",
				"mijn vorige bericht", "mijn laatste bericht", "mijn eerdere mail",
				"mijn eerdere bericht", "mijn email", "mijn voicemail", "mijn berichtje",
				"mijn mailtje", "mijn vorige mailtje", "onze laatste mail", "ons laatste bericht",
				"ons vorige bericht", "onze vorige mail", "onze mail", "ons bericht",
				"onderstaande mail", "onderstaande e-mail", "nog steeds actueel",
				"nog relevant", "nog steeds relevant", "nog interessant", "nog van toepassing",
				"nog geïnteresseerd", "nog steeds geïnteresseerd", "nog op de agenda",
				// whether the matter is still a priority, or the reader's priorities moved (lr.324)
				"nog een prioriteit", "nog prioriteit", "nog steeds een prioriteit", "nog steeds prioriteit",
				"nog altijd prioriteit", "als het geen prioriteit", "als dit geen prioriteit", "op dit moment geen prioriteit",
				"momenteel geen prioriteit", "nu geen prioriteit",
				"nog op de radar", "op je radar", "op uw radar", "herinner u", "herinner je",
				"nog niks gehoord", "niks meer gehoord", "niks van je gehoord", "niets vernomen",
				"nog niets vernomen", "niets meer vernomen", "nog geen antwoord",
				"geen antwoord ontvangen", "nog niets ontvangen", "nog niks ontvangen",
				"nog geen nieuws", "zonder reactie", "onbeantwoord", "laat u iets weten",
				"laten jullie iets weten", "graag een reactie", "graag een update",
				"houd me op de hoogte", "hou me op de hoogte", "houdt u mij op de hoogte",
				"houd mij op de hoogte", "hou mij op de hoogte", "mij op de hoogte houden",
				"me op de hoogte houden", "bovenaan uw inbox", "weer bovenaan", "even naar boven",
				"naar boven halen", "ondergesneeuwd", "tussen wal en schip", "kom even terug op",
				"kom nog even terug", "kom graag terug op", "even opvolgen",
				"wou even opvolgen", "ter opvolging", "in opvolging van", "opvolging van mijn",
				"eens navragen", "eens horen", "eens informeren", "wou even horen", "wilde even horen",
				"even horen of", "even horen hoe", "wou eens horen", "had ik graag geweten",
				"graag had ik geweten", "van je laten horen", "van u laten horen",
				"van jullie laten horen", "nog even onder de aandacht", "opnieuw onder de aandacht",
				"nogmaals onder de aandacht", "wat vond je", "wat vond u", "wat vonden jullie",
				"is het al gelukt", "is het gelukt om", "hoe kijken jullie", "hoe kijkt u er",
				"hoe kijk je er", "ervan vonden", "ervan vond", "bent toegekomen", "nog speelt",
				"speelt het nog", "goed aangekomen ?", "goed ontvangen ?", "al nagedacht",
				"al over nagedacht", "nog steeds een onderwerp", "nog een onderwerp", "nog aan de orde",
				"nog steeds aan de orde", "naar kunnen kijken", "even kunnen kijken", "al even kunnen",
				"bovenaan in je inbox", "bovenaan in uw inbox", "even bovenaan",
				"al over kunnen praten", "al kunnen praten", "probeer het nog een keer",
				"probeer het nogmaals", "nog een poging", "hadden wij graag vernomen",
				"had ik graag vernomen", "graag vernomen", "nogmaals onder uw aandacht",
				"opnieuw onder uw aandacht", "nog even onder uw aandacht", "op uw voicemail",
				"op je voicemail", "u ingesproken", "je ingesproken", "bericht ingesproken",
				"hoe zit het met", "gelegenheid geweest", "en ?", "nieuws ?", "ter sprake gekomen ?",
			},
				// "Nieuws over het contract?" (lr.249)
				gapped("nieuws over", "?", 1, 4), nlStepAsks(),
				// whether a meeting set before still holds, asked (lr.321):
				// "Gaat onze afspraak van donderdag nog door?", "Blijft het
				// bij donderdag?" ("onze afspraak gaat door" tells)
				gapped("gaat", "nog door ?", 1, 5), gapped("gaat", "nog steeds door ?", 1, 5),
				gapped("staat", "nog ?", 1, 5), gapped("blijft het bij", "?", 1, 5),
				nearMark("nog bevestigd", "nog steeds bevestigd", "nog gepland", "nog steeds gepland"),
				// lr.335: "heeft u de pacht al met uw familie kunnen bespreken?", "hoe
				// het project er bij jullie voor staat"
				gapped("al", "kunnen bespreken", 1, 4), gapped("al", "kunnen bekijken", 1, 4),
				gapped("al", "kunnen overleggen", 1, 4), gapped("al", "kunnen doornemen", 1, 4),
				gapped("hoe het", "voor staat", 2, 5), gapped("hoe de", "voor staat", 2, 5),
				gapped("hoe het", "ervoor staat", 1, 4), gapped("hoe de", "ervoor staat", 1, 4),
			),
			Filler: {
				// lr.335: "hoop dat alles goed gaat", and the reader's busy days acknowledged
				"hoop dat alles goed", "hoop dat het goed gaat", "hoop dat het goed met je gaat",
				"hoop dat het goed met u gaat", "dat het druk is", "druk bent",
				"ik hoor graag", "hoor graag", "ik hoop", "hoe gaat het", "geen haast", "geen druk",
				"fijn weekend", "fijne week", "prettige dag",
				"hopelijk gaat alles", "hopelijk alles goed", "alles goed met", "alles goed daar",
				"alles goed ?", "hoe is het met je", "hoe is het met u", "hoe is het daar", "fijne dag",
				"prettig weekend", "prettige week", "fijne avond", "goede week", "goed weekend",
				"fijn begin van de week", "geen stress", "rustig aan", "op je gemak", "op uw gemak",
				"in alle rust", "het druk hebt", "het druk heeft", "drukke tijd", "drukke periode",
				"drukke agenda", "tot uw beschikking", "tot je beschikking", "tot jullie beschikking",
				"tot uw dienst", "kijk uit naar", "kijken uit naar", "zie uit naar", "denk graag mee",
				"lang niet gesproken", "vrijblijvend", "sta graag klaar", "staan graag klaar",
				"help je graag", "help u graag", "helpen u graag", "hoor het graag", "hoe bevalt",
				"hoe bevallen",
			},
			Closer: {
				"mocht u vragen hebben", "als je vragen hebt", "bij vragen", "bel me", "bel mij",
				"mocht je vragen hebben", "mochten er vragen zijn", "mocht u nog vragen hebben",
				"mocht je nog vragen hebben", "als u vragen heeft", "als u nog vragen heeft",
				"als je nog vragen hebt", "heeft u vragen", "heb je vragen", "voor vragen",
				"eventuele vragen", "neem gerust contact",
				"neem dan gerust contact", "neem gerust", "schroom niet", "aarzel niet", "bel gerust",
				"u kunt mij bereiken", "je kunt me bereiken", "ik ben bereikbaar", "bereikbaar op",
				"bereikbaar via", "mijn nummer", "mijn mobiele nummer", "mijn gsm", "laat het me weten",
				"laat het mij weten", "laat maar weten", "laat maar horen", "laat me weten",
				"laat mij weten", "alvast bedankt", "alvast dank", "bij voorbaat dank",
				"wanneer het je uitkomt", "wanneer het u uitkomt", "als het je uitkomt",
				"als het u uitkomt", "als je even tijd hebt", "als u even tijd heeft",
				"wanneer je tijd hebt", "wanneer u tijd heeft", "kunt u mij bellen", "kun je me bellen",
				"als je een momentje hebt", "als u een momentje heeft", "belt u mij terug",
				"bel me terug", "bel mij terug",
			},
			Courtesy: {
				"bedankt voor", "dank voor", "dank je wel voor", "hartelijk dank voor", "gefeliciteerd",
				"fijne feestdagen", "prettige kerstdagen", "succes",
				"dank u wel voor", "dankjewel voor", "dankuwel voor",
				"dank je voor", "dank u voor", "bedankt nog voor",
				"merci voor", "merci om", "proficiat",
				"gelukkig nieuwjaar", "fijne kerst", "vrolijk kerstfeest", "prettige feestdagen",
				"beterschap", "gecondoleerd", "veel sterkte", "welkom aan boord", "fijne vakantie",
				"goede reis", "leuk je te ontmoeten", "leuk kennis te maken", "prettig kennis te maken",
				"was leuk", "was fijn",
			},
			AttachWord: {
				"bijgevoegd", "bijlage", "in de bijlage", "hierbij", "bijgaand", "hieronder",
				"bijlagen", "meegestuurd", "onderstaand",
				"hier de link",
			},
			Material: {
				"offerte", "voorstel", "presentatie", "overeenkomst", "factuur", "bestelling",
				"samenvatting", "verslag", "prijslijst", "prijzen",
				"prijsopgave", "prijsofferte", "raamovereenkomst", "conceptovereenkomst",
				"opdrachtbevestiging", "orderbevestiging", "bestelbon", "inkooporder", "begroting",
				"kostenraming", "raming", "calculatie", "bestek", "lastenboek", "programma van eisen",
				"documentatie", "handleiding", "rapportage", "notulen", "tijdlijn", "projectplan",
				"plan van aanpak", "stappenplan", "klantcase", "productblad", "specificaties",
				"voorwaarden", "tarieven", "rekenblad", "overzicht",
				"vergelijking", "offertes", "contractvoorstel",
			},
			Proposal: {
				"zullen we", "schikt het", "past het", "ik stel voor",
				"een belletje", "kort belletje", "een afspraak", "korting", "proefperiode",
				"stel ik voor", "wij stellen voor", "we stellen voor",
				"zou voorstellen", "ik raad aan", "raad ik aan", "ik adviseer", "wat dacht je van",
				"wat dacht u van", "hoe klinkt", "komt het uit", "komt het je uit", "komt het u uit",
				"zou het passen", "zin in een", "een kop koffie", "een kopje koffie", "koffie drinken",
				"een videocall", "een teams-call", "een call", "een kort gesprek",
				"kennismakingsgesprek", "inplannen", "plannen we", "laten we", "ik kan je",
				"ik kan u", "een demo", "een demonstratie", "gratis proef", "proefversie", "een pilot",
				"een proef", "kosteloos", "in plaats van", "verzetten", "verplaatsen", "uitnodiging",
				"half uurtje", "kwartiertje", "een uurtje", "aanbieden",
				"kortingen", "wil je dat ik", "wilt u dat ik",
			},
			Commit: {
				"ik stuur", "stuur ik", "voor vrijdag", "uiterlijk", "bevestigd", "geboekt", "getekend",
				"verstuurd", "ik zorg", "zorg ik", "ik regel", "regel ik", "pak ik op", "ik pak het op",
				"ik kijk ernaar", "ik zoek het uit", "zoek ik uit", "ik bel je", "ik bel u",
				"bel ik je", "bel ik u", "ik laat je weten", "ik laat u weten", "laat ik je weten",
				"laat ik u weten", "ik houd je op de hoogte", "ik hou je op de hoogte",
				"ik houd u op de hoogte", "ik hou u op de hoogte", "houd ik je op de hoogte",
				"hou ik je op de hoogte", "houd ik u op de hoogte", "ik kom erop terug",
				"kom ik op terug", "kom er later op terug", "ik mail je", "ik mail u", "mail ik je",
				"mail ik u", "voor maandag", "voor dinsdag", "voor woensdag", "voor donderdag",
				"voor morgen", "vandaag nog", "nog vandaag", "morgen nog", "deze week nog", "ingepland",
				"gereserveerd", "ondertekend", "verzonden", "opgestuurd", "geregeld", "komt goed",
				"doe ik", "ik bezorg", "bezorg ik",
			},
			DecisionQ: {
				"welke optie", "welke van", "wie moet", "wie tekent", "wie nog meer", "hoeveel",
				"welke datum", "heeft u liever", "heb je liever", "uw voorkeur", "jouw voorkeur",
				"je voorkeur", "welk pakket", "welke variant", "welke versie", "welke dag",
				"welk tijdstip", "welke tijd", "wat is uw budget", "wat is je budget", "welk budget",
				"wie beslist", "wie keurt", "moeten we", "hebben jullie nodig", "heeft u nodig",
				"heb je nodig",
				"wat is er nodig", "wat zou er nodig zijn", "wat houdt je tegen", "wat houdt u tegen",
				"wat staat in de weg", "kunt u bevestigen", "kun je bevestigen", "kan je bevestigen",
				"zou u kunnen bevestigen", "kunt u mij bevestigen", "vanaf wanneer", "tegen wanneer",
				"voor wanneer", "welke aantallen",
			},
			AnswerWord: {
				"nee", "klopt", "precies", "jazeker", "inderdaad", "akkoord", "goede vraag",
				"op je vraag", "op uw vraag", "wat betreft je vraag", "wat betreft uw vraag",
				"om je vraag te beantwoorden", "om uw vraag te beantwoorden", "in antwoord op",
				"zeker weten",
			},
			News: {
				// something just done, said by someone other than the writer alone (lr.325): "de leverancier heeft net bevestigd…"
				"heeft net", "hebben net", "heeft zojuist", "hebben zojuist", "is zojuist", "zijn zojuist",
				"goedgekeurd", "gelanceerd", "beschikbaar", "nieuw", "nieuwe", "bijgewerkt", "gewijzigd",
				"veranderd", "uitgesteld", "vertraging", "afgesproken", "besloten", "goed nieuws",
				"resultaat", "resultaten", "verlaagd", "verhoogd", "geldig tot", "opgelost", "toegevoegd",
				"inclusief", "alleen", "volgende stappen", "probleem", "omdat", "maar", "echter", "ook",
				"vanaf nu", "met ingang van", "nieuwe versie", "gepubliceerd", "uitgebracht",
				"opgeleverd", "geleverd", "goedgekeurde", "geaccepteerd", "aanvaard", "afgewezen",
				"geannuleerd", "afgerond", "voltooid", "definitief", "aangepast", "herzien",
				"gewijzigde", "verschoven", "vertraagd", "later dan gepland", "verlengd",
				"overeengekomen", "beslist", "slecht nieuws", "uitkomst", "verlaging", "verhoging",
				"prijsverhoging", "besparing", "bespaart", "besparen", "vervalt", "verloopt",
				"verholpen", "inbegrepen", "slechts", "enkel", "een storing", "een fout", "ter info",
				"ter informatie", "daarom", "daardoor", "bovendien",
			},
			Weekday: {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
			Month:   {"januari", "februari", "maart", "mei", "augustus", "mrt"},
			RelDay: {
				"vandaag", "overmorgen", "volgende week", "deze week", "gisteren", "vorige week",
				"vanmiddag", "vanochtend",
				"morgenochtend", "morgenmiddag", "vanavond", "vanmorgen", "eind van de week",
				"einde van de week",
				"volgende maand", "deze maand", "vorige maand", "afgelopen week", "afgelopen maand",
				"eergisteren", "komende week", "komende maand", "dit weekend",
			},
		},
		stop: []string{
			"heeft", "hebben", "onze", "jullie", "graag", "even", "zijn", "naar", "voor", "bedankt",
			"groeten", "vriendelijke", "hartelijke", "groet", "beste", "geachte", "hallo", "wilde",
			"willen", "vragen", "navragen", "weten", "kunnen", "kunt", "zouden", "moet", "moeten",
			"deze", "wanneer", "want", "maar", "alvast", "misschien", "natuurlijk", "eigenlijk",
			"inmiddels", "intussen", "tijd", "vraag", "antwoord", "reactie", "bericht",
			"offerte", "voorstel", "bekijken", "kijken", "gelegenheid", "laten", "horen", "vernemen",
			"beschikking", "alles", "iets", "niets", "enkele", "andere", "keer", "nogmaals",
			"herinnering", "zaken", "omtrent", "betreffende", "kort", "ontvangen",
			"hebt", "wilt", "mocht", "mochten", "opnieuw", "eerder", "vorige", "laatste", "mijn",
			"jouw", "waar", "daar", "ofwel", "eens", "niks", "allemaal", "zaak", "onderwerp", "kwestie",
			"betreft", "inzake", "aangaande", "mailtje", "berichtje", "interesse", "geïnteresseerd",
			"benieuwd", "terugkoppeling", "groetjes", "heer", "mevrouw", "meneer", "dhr", "mevr",
			"collega", "gekregen", "gelezen", "bekeken", "kans", "gehad", "gekeken", "hopelijk", "zien",
			"gaat", "gaan", "doen", "wellicht", "sowieso", "gewoon", "lieve", "goedendag",
		},
		salutations: []string{
			"beste", "geachte", "hoi", "goedemorgen", "goedemiddag", "dag", "hallo", "goedendag",
			"goedenavond", "goeiemorgen", "lieve", "hé",
		},
		askWhen:   []string{"wanneer", "datum", "termijn"},
		askAmount: []string{"hoeveel", "prijs", "prijzen", "kosten", "kost", "korting", "lang"},
		lengths:   []string{"minuten", "uren"},
		units: []string{
			"gebruikers", "licenties", "stuks", "dagen", "weken", "maanden", "jaar", "gebruiker",
			"licentie", "dag", "maand", "medewerkers", "werknemers", "personen", "stuk", "vestigingen",
			"winkels", "locaties", "apparaten", "voertuigen", "vrachtwagens", "keer", "werkdagen",
			"jaren", "minuten", "uren", "duizend", "miljoen", "miljard",
		},
		past: []string{
			"gestuurd", "verstuurd", "besproken", "genoemd", "stuurde", "verstuurde", "gemaild",
			"doorgestuurd", "opgestuurd", "toegestuurd", "gesproken", "gebeld", "gedeeld", "verzonden",
		},
		happen:    []string{"vertrekt", "komt", "begint", "arriveert", "start"},
		reminders: []string{"herinnering", "herinneren"},
		terms: []string{
			"voorstel", "offerte", "prijs", "prijzen", "tarief", "contract", "korting", "proefperiode",
			"pilot", "abonnement", "licentie", "licenties", "testaccount", "voorwaarden", "pakket",
		},
		fresh:  []string{"nieuwe", "nieuw", "herziene", "aangepaste", "bijgewerkte"},
		writer: []string{"ik", "wij", "we"},
		pastNouns: []string{
			"offerte", "voorstel", "bericht", "mail", "aanvraag", "gesprek", "telefoongesprek",
			"overleg", "factuur", "bestelling",
		},
		of:     []string{"van"},
		weCan:  []string{"we kunnen", "kunnen we", "zouden we", "wij kunnen", "kunnen wij", "zouden wij"},
		polite: []string{"uw"},
		behind: []string{"gisteren", "vorige", "eergisteren", "afgelopen"},
		clock:  []string{"uur"},
		done: []string{
			"goedgekeurd", "gelanceerd", "uitgesteld", "afgesproken", "besloten", "beslist",
			"overeengekomen", "verlaagd", "verhoogd", "opgelost", "verholpen", "toegevoegd", "gepubliceerd",
			"uitgebracht", "opgeleverd", "geleverd", "geaccepteerd", "aanvaard", "afgewezen", "geannuleerd",
			"afgerond", "voltooid", "aangepast", "herzien", "verschoven", "vertraagd", "verlengd",
			"getekend", "ondertekend", "verstuurd", "verzonden", "gewijzigd", "bijgewerkt", "veranderd",
		},
		determiners: []string{
			"de", "het", "een", "onze", "uw", "je", "jouw", "deze", "dit", "die", "mijn", "hun",
		},
		modals: []string{
			"kan", "kunnen", "kon", "moet", "moeten", "zou", "zouden", "zal", "zullen", "als", "zodra",
			"wanneer", "indien",
		},
	},
}

// holdAsks returns each head as an ask that ends its question within
// four words, for the languages that put the subject after the verb of
// holding ("¿Sigue en pie la reunión del martes?", "È ancora confermato
// l'incontro di giovedì?"); nearMark allows two.
func holdAsks(heads ...string) []string { return markWithin(4, heads) }

// foreignRises returns every language's rises, for the class of the
// words that may say a figure goes up or down (wRise).
func foreignRises() []string {
	var all []string
	for _, l := range languages {
		all = append(all, l.rises...)
	}
	return all
}

// esStepAsks returns Spanish asks whether the reader could get to the
// matter, in the second person ("¿Pudiste comentarlo con tu jefe?",
// "¿Lograste hablar con tu equipo?", "¿Has podido verlo?"), the verb
// with an object pronoun glued on too; the formal "pudo" only with one
// ("¿Pudo revisarlo?"), since "Juan pudo hablar con el banco" reports.
// And "¿Ya lo revisaste?": whether the reader already looked at it.
func esStepAsks() []string {
	var out []string
	verbs := []string{"revisar", "ver", "mirar", "leer", "comentar", "hablar", "consultar"}
	for _, v := range verbs {
		for _, obj := range []string{"", "lo", "la", "los", "las"} {
			heads := []string{"pudiste", "lograste", "has podido", "alcanzaste a", "pudieron"}
			if obj != "" {
				heads = append(heads, "pudo", "logró", "ha podido")
			}
			for _, h := range heads {
				out = append(out, h+" "+v+obj)
			}
		}
	}
	for _, obj := range []string{"lo", "la", "los", "las"} {
		for _, v := range []string{"revisaste", "viste", "leíste", "miraste", "comentaste", "consultaste"} {
			out = append(out, "ya "+obj+" "+v)
		}
	}
	return out
}

// deStepAsks returns German asks whether the reader could get to the
// matter yet, said with the verb last: "Haben Sie das Angebot schon
// prüfen können?", "Hast du schon mit deinem Chef sprechen können?", and
// asked indirectly, "…, ob Sie den Entwurf bereits durchsehen konnten",
// or in the past, "Konnten Sie das Angebot mit Ihrem Team besprechen?".
// The "schon" (or "bereits", "inzwischen") and the question mark or the
// "ob" (whether) make it an ask: "Haben Sie Fragen, die wir prüfen
// können?" offers and "wir haben mit der Bank sprechen können" reports.
func deStepAsks() []string {
	var out []string
	verbs := []string{"prüfen", "ansehen", "anschauen", "reinschauen", "drüberschauen", "durchsehen",
		"lesen", "ausprobieren", "testen", "besprechen", "sprechen", "bewerten", "abstimmen"}
	for _, v := range verbs {
		out = append(out, gapped("konnten sie", v+" ?", 1, 6)...)
		out = append(out, gapped("konntest du", v+" ?", 1, 6)...)
		for _, yet := range []string{"schon", "bereits", "inzwischen"} {
			out = append(out, gapped(yet, v+" können ?", 0, 6)...)
			out = append(out, gapped("ob sie", yet+" "+v+" konnten", 0, 2)...)
			out = append(out, gapped("ob du", yet+" "+v+" konntest", 0, 2)...)
		}
	}
	return out
}

// itStepAsks returns Italian asks whether the reader managed to get to
// the matter, in the formal third person ("È riuscito a provare
// l'ambiente demo?", "è riuscita a leggerlo?"). The same words report
// what someone else did ("Marco è riuscito a parlare con la banca"), so
// they count only in a question or after "se" (statedStep).
func itStepAsks() []string {
	var out []string
	verbs := []string{"provare", "vedere", "leggere", "guardare", "valutare", "esaminare", "visionare",
		"parlare", "sentire", "testare", "dare"}
	for _, v := range verbs {
		to := "a "
		if strings.ContainsRune("aeiou", rune(v[0])) {
			to = "ad "
		}
		for _, head := range []string{"è riuscito ", "è riuscita "} {
			out = append(out, head+to+v)
			for _, obj := range []string{"lo", "la", "li", "le", "ne"} {
				out = append(out, head+to+strings.TrimSuffix(v, "e")+obj)
			}
		}
	}
	return out
}

// nlStepAsks returns Dutch asks whether the reader could get to the
// matter, its subject and "al" first and the verb last with words
// between: "Heb je al naar de offerte kunnen kijken?", "Heeft u er al
// met uw team over kunnen praten?".
func nlStepAsks() []string {
	var out []string
	for _, head := range []string{"heb je al", "heb je er al", "hebt u al", "hebt u er al", "heeft u al", "heeft u er al", "hebben jullie al", "hebben jullie er al"} {
		for _, v := range []string{"kijken", "praten", "bespreken", "overleggen", "lezen", "doornemen", "bekijken", "beoordelen"} {
			out = append(out, gapped(head, "kunnen "+v, 1, 5)...)
		}
	}
	return out
}
