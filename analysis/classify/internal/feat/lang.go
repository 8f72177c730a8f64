package feat

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
	// units after a number make it a quantity ("12 Lizenzen").
	units []string
	// past are words after which a date lies behind ("geschickt am 3.3.").
	past []string
	// behind start a relative day that lies behind ("gestern"), as
	// "yesterday" and "last" do in English.
	behind []string
	// clock words follow an hour ("14 Uhr"), as "pm" does in English.
	clock []string
	// pastNouns are what one refers back to by date, and of is the word
	// between ("unsere Anfrage vom 05.02.", "nuestra oferta del 2 de
	// febrero"), as "my letter of December 5" in English.
	pastNouns, of []string
	// nounCapsMarkers, for a language that capitalizes every noun, are
	// common words that tell a text is written in it: there a capital
	// inside a sentence says nothing of a name.
	nounCapsMarkers []string
}

// languages lists the supported languages besides English.
var languages = []language{
	{
		name: "German",
		code: "de",
		phrases: [numKinds][]string{
			Nudge: {
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
			},
			Filler: {
				"ich freue mich", "freue mich", "ich hoffe", "hoffe es geht", "wie geht es", "wie geht's",
				"viel zu tun", "keine eile", "kein stress", "ohne druck", "von ihnen zu hören",
				"von dir zu hören", "stehe gerne zur verfügung", "stehe ihnen gerne", "zur verfügung",
				"schönes wochenende", "schöne woche", "guten start", "guten morgen", "guten tag",
			},
			Closer: {
				"bei fragen", "bei rückfragen", "für rückfragen", "falls sie fragen haben",
				"wenn sie fragen haben", "falls du fragen hast", "melden sie sich gerne", "meld dich gerne",
				"rufen sie mich an", "ruf mich an", "erreichen sie mich", "erreichst du mich",
			},
			Courtesy: {
				"vielen dank für", "danke für", "herzlichen dank für", "besten dank für",
				"herzlichen glückwunsch", "gratuliere", "frohe weihnachten", "frohes neues",
				"gute besserung", "viel erfolg", "viel glück",
			},
			AttachWord: {
				"anbei", "anhang", "im anhang", "angehängt", "beigefügt", "in der anlage", "hier ist",
				"hier sind", "hier finden sie", "hier findest du", "unten finden sie", "schicke ihnen",
				"sende ihnen", "schicke dir",
			},
			Material: {
				"angebot", "präsentation", "unterlagen", "vertrag", "vertragsentwurf", "entwurf",
				"preisliste", "kalkulation", "rechnung", "bestellung", "auftragsbestätigung",
				"zusammenfassung", "protokoll", "übersicht", "tabelle", "datenblatt", "broschüre",
				"leistungsbeschreibung", "lastenheft", "pflichtenheft", "zeitplan", "konzept",
			},
			Proposal: {
				"wie wäre es", "passt ihnen", "passt es ihnen", "passt dir", "passt es dir",
				"hätten sie zeit", "hättest du zeit", "kurzes telefonat", "ein telefonat", "kurzen anruf",
				"einen termin", "schlage vor", "ich schlage", "wir könnten", "könnten wir", "ich könnte",
				"lass uns", "lassen sie uns", "15 minuten", "rabatt", "pilotprojekt", "testphase",
			},
			Commit: {
				"ich schicke", "ich sende", "ich melde mich", "bis freitag", "bis montag", "bis morgen",
				"bis ende", "erledigt", "bestätigt", "gebucht", "unterschrieben", "verschickt",
			},
			DecisionQ: {
				"welche option", "welche variante", "wer muss", "wer entscheidet", "wer unterschreibt",
				"sollen wir", "brauchen sie", "benötigen sie", "wie viele", "bis wann", "welcher termin",
				"was wäre nötig", "was bräuchten sie", "bevorzugen sie",
			},
			AnswerWord: {"ja", "nein", "genau", "richtig"},
			News: {
				"freigegeben", "genehmigt", "neu", "neue", "neuen", "aktualisiert", "geändert",
				"verschoben", "verzögert", "vereinbart", "entschieden", "gute nachrichten", "ergebnis",
				"ergebnisse", "gesenkt", "reduziert", "erhöht", "gültig bis", "frist", "behoben", "gelöst",
				"hinzugefügt", "enthält", "inklusive", "nächste schritte", "jedoch", "allerdings",
				"aber", "auch",
			},
			Weekday: {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"},
			Month: {
				"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
				"oktober", "november", "dezember", "okt", "dez",
			},
			RelDay: {
				"morgen", "heute", "übermorgen", "nächste woche", "nächsten monat", "diese woche",
				"ende der woche", "gestern", "letzte woche", "letzten monat", "heute nachmittag",
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
		},
		salutations: []string{"hallo", "liebe", "lieber", "sehr", "guten", "moin", "servus", "grüezi"},
		units: []string{
			"lizenzen", "nutzer", "stück", "stk", "mitarbeiter", "tage", "tagen", "wochen", "monate",
			"monaten", "jahre", "jahren", "stunden", "minuten", "paletten", "lieferungen",
		},
		past:      []string{"gesendet", "geschickt", "verschickt", "besprochen", "erwähnt", "geschrieben", "zugeschickt", "zugesandt", "übermittelt"},
		pastNouns: []string{"angebot", "anfrage", "nachricht", "schreiben", "mail", "bestellung"},
		of:        []string{"vom", "von"},
		behind:    []string{"gestern", "letzte", "letzten"},
		clock:     []string{"uhr"},
		nounCapsMarkers: []string{
			"der", "und", "ist", "mit", "für", "ich", "wir", "auf", "dem", "nicht", "sich", "sind",
			"haben", "wird", "eine", "einen", "einer", "bitte", "ihnen", "uns", "noch", "schon", "auch",
			"oder", "aber", "wenn", "dass", "gerne", "vielen", "dank", "herr", "frau", "zum", "zur",
		},
	},
	{
		name: "French",
		code: "fr",
		phrases: [numKinds][]string{
			Nudge: {
				"des nouvelles", "je me permets de revenir", "je me permets de vous relancer",
				"je me permets de te relancer", "relance", "relancer", "je reviens vers vous",
				"je reviens vers toi", "faire un suivi", "je fais suite", "suite à mon mail",
				"suite à mon message", "avez-vous pu", "as-tu pu",
				"avez-vous eu le temps", "as-tu eu le temps", "eu le temps", "eu l'occasion",
				"pris connaissance", "prendre connaissance", "mon dernier mail", "mon précédent mail",
				"mon dernier message", "mon précédent message", "mon mail", "mon message",
				"bien reçu", "toujours d'actualité", "toujours intéressé", "toujours intéressée",
				"petit rappel", "rappel", "où en êtes-vous", "où en es-tu", "où en sommes-nous",
				"pas de retour", "sans retour",
			},
			Filler: {
				"je reste à votre disposition", "à votre disposition", "à ta disposition",
				"j'espère que vous allez bien", "j'espère que tu vas bien", "j'espère", "comment allez-vous",
				"comment vas-tu", "sans pression", "pas d'urgence", "au plaisir", "bonne journée",
				"bon week-end", "bonne semaine", "dans l'attente de", "je sais que vous êtes",
			},
			Closer: {
				"n'hésitez pas", "n'hésite pas", "si vous avez des questions", "si tu as des questions",
				"pour toute question", "vous pouvez me joindre", "appelez-moi",
			},
			Courtesy: {
				"merci pour", "merci beaucoup pour", "félicitations", "joyeux noël", "bonne année",
				"bon rétablissement", "bonne chance",
			},
			AttachWord: {
				"ci-joint", "ci joint", "ci-jointe", "en pièce jointe", "pièce jointe", "en pj",
				"vous trouverez", "tu trouveras", "voici", "ci-dessous", "je vous envoie",
				"je vous transmets", "je t'envoie",
			},
			Material: {
				"offre", "l'offre", "devis", "notre proposition", "ma proposition", "la proposition",
				"votre proposition", "une proposition", "cette proposition", "présentation", "contrat", "bon de commande",
				"facture", "tarifs", "grille tarifaire", "compte rendu", "compte-rendu", "récapitulatif",
				"cahier des charges", "fiche technique",
			},
			Proposal: {
				"que diriez-vous", "seriez-vous disponible", "êtes-vous disponible", "es-tu disponible",
				"vous conviendrait", "te conviendrait", "ça vous va", "je propose", "je vous propose",
				"je te propose", "nous pourrions", "on pourrait", "pourrions-nous", "un appel",
				"un court appel", "faire un point", "un rendez-vous", "une remise",
				"un pilote", "un essai",
			},
			Commit: {
				"je vous enverrai", "je t'enverrai", "d'ici vendredi", "d'ici lundi", "d'ici demain",
				"confirmé", "réservé", "signé", "envoyé",
			},
			DecisionQ: {
				"quelle option", "qui d'autre", "qui doit", "qui signe", "combien de",
				"pour quand", "quelle date", "préférez-vous", "préfères-tu", "avez-vous besoin",
			},
			AnswerWord: {"oui", "non", "exactement", "tout à fait"},
			News: {
				"approuvé", "validé", "lancé", "disponible", "nouveau", "nouvelle", "mis à jour",
				"modifié", "changé", "reporté", "retardé", "décidé", "bonne nouvelle", "résultat",
				"résultats", "réduit", "baissé", "augmenté", "valable jusqu'au", "échéance", "corrigé",
				"résolu", "ajouté", "inclus", "prochaines étapes", "problème", "parce que", "mais",
				"cependant", "aussi", "seulement",
			},
			Weekday: {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
			Month: {
				"janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
				"octobre", "novembre", "décembre", "janv", "févr", "avr", "juil", "déc",
			},
			RelDay: {
				"demain", "aujourd'hui", "après-demain", "la semaine prochaine", "cette semaine",
				"ce matin", "cet après-midi", "fin de semaine",
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
		},
		salutations: []string{"bonjour", "cher", "chère", "salut", "madame", "monsieur", "bonsoir"},
		units: []string{
			"utilisateurs", "licences", "jours", "semaines", "mois", "heures", "palettes", "postes",
			"unités",
		},
		past:      []string{"envoyé", "envoyée", "transmis", "évoqué", "mentionné", "discuté"},
		pastNouns: []string{"offre", "l'offre", "proposition", "devis", "demande", "message", "courriel", "mail"},
		of:        []string{"du"},
		behind:    []string{"hier"},
	},
	{
		name: "Spanish",
		code: "es",
		phrases: [numKinds][]string{
			Nudge: {
				"alguna novedad", "novedades", "quedo atento", "quedo atenta", "seguimiento",
				"hacer seguimiento", "dar seguimiento", "pudo revisar", "pudiste revisar", "pudo ver",
				"pudiste ver", "ha tenido tiempo", "has tenido tiempo", "tuvo tiempo", "tuviste tiempo",
				"tuvo oportunidad", "tuviste oportunidad", "mi último correo", "mi correo anterior",
				"mi mensaje anterior", "mi correo", "recibió mi", "recibiste mi", "sigue interesado", "sigue interesada", "recordatorio", "te recuerdo", "le recuerdo",
				"cómo va", "en qué punto", "sin respuesta",
			},
			Filler: {
				"quedo a la espera", "quedo a su disposición", "quedo a tu disposición", "a su disposición",
				"espero que estés bien", "espero que esté bien", "espero que", "cómo estás", "cómo está",
				"sin prisa", "sin compromiso", "buen fin de semana", "un saludo",
			},
			Closer: {
				"cualquier duda", "cualquier pregunta", "si tiene alguna pregunta", "si tienes alguna pregunta",
				"no dude en", "no dudes en", "puede llamarme", "llámame",
			},
			Courtesy: {
				"gracias por", "muchas gracias por", "felicidades", "enhorabuena", "feliz navidad",
				"feliz año", "mucha suerte",
			},
			AttachWord: {
				"adjunto", "adjunta", "adjuntos", "adjuntas", "te envío", "le envío", "les envío",
				"aquí tienes", "aquí tiene", "encontrarás", "encontrará", "a continuación",
			},
			Material: {
				"propuesta", "oferta", "cotización", "presupuesto", "presentación", "contrato", "factura",
				"pedido", "orden de compra", "resumen", "acta", "ficha técnica", "tarifas", "precios",
			},
			Proposal: {
				"qué tal si", "te parece", "le parece", "le vendría bien", "te vendría bien", "propongo",
				"te propongo", "le propongo", "podríamos", "una llamada", "15 minutos", "una reunión",
				"descuento", "piloto",
			},
			Commit: {
				"le enviaré", "te enviaré", "para el viernes", "antes del viernes", "confirmado",
				"reservado", "firmado",
			},
			DecisionQ: {
				"qué opción", "cuál de", "cuál prefiere", "cuál prefieres", "quién más", "quién firma",
				"quién debe", "cuántos", "cuántas", "para cuándo", "qué fecha", "prefiere", "prefieres",
			},
			AnswerWord: {"sí", "si", "claro", "exacto", "correcto"},
			News: {
				"aprobado", "aprobada", "lanzado", "nuevo", "nueva", "actualizado", "actualizada",
				"cambiado", "retrasado", "retraso", "acordado", "decidido", "buenas noticias",
				"resultado", "resultados", "reducido", "aumento", "válido hasta", "plazo", "corregido",
				"resuelto", "añadido", "incluye", "incluido", "próximos pasos", "problema", "porque",
				"pero", "sin embargo", "también",
			},
			Weekday: {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
			Month: {
				"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
				"octubre", "noviembre", "diciembre",
			},
			RelDay: {
				"mañana", "hoy", "pasado mañana", "la próxima semana", "la semana que viene",
				"esta semana", "esta tarde", "ayer",
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
		},
		salutations: []string{"hola", "estimado", "estimada", "querido", "querida", "buenos", "buenas"},
		units: []string{
			"unidades", "usuarios", "licencias", "días", "semanas", "meses", "años", "horas", "minutos",
		},
		past:      []string{"enviado", "enviada", "mencionado", "comentado", "hablado", "envié", "mandé"},
		pastNouns: []string{"oferta", "propuesta", "cotización", "presupuesto", "correo", "mensaje", "solicitud", "pedido"},
		of:        []string{"del", "de"},
		behind:    []string{"ayer"},
	},
	{
		name: "Italian",
		code: "it",
		phrases: [numKinds][]string{
			Nudge: {
				"aggiornamenti", "novità", "ci sono novità", "volevo sapere se", "ha avuto modo",
				"hai avuto modo", "avuto modo", "ha avuto tempo", "hai avuto tempo", "la mia ultima mail",
				"la mia mail", "il mio messaggio", "la mia email", "ha ricevuto", "hai ricevuto",
				"ricevuto la mia", "ancora interessato", "ancora interessata", "ancora attuale",
				"promemoria", "le ricordo", "ti ricordo", "a che punto", "nessuna risposta", "faccio seguito",
			},
			Filler: {
				"resto a disposizione", "rimango a disposizione", "a disposizione", "spero che",
				"spero tutto bene", "come stai", "come sta", "senza fretta", "nessuna fretta",
				"buona giornata", "buon fine settimana", "in attesa di",
			},
			Closer: {
				"per qualsiasi domanda", "per qualsiasi dubbio", "non esiti", "non esitare", "mi chiami",
				"chiamami",
			},
			Courtesy: {
				"grazie per", "grazie mille per", "congratulazioni", "complimenti", "buon natale",
				"buon anno", "in bocca al lupo",
			},
			AttachWord: {
				"in allegato", "allegato", "allego", "allegati", "allegata", "ti invio", "le invio",
				"vi invio", "ecco", "qui sotto", "troverai", "troverà",
			},
			Material: {
				"offerta", "l'offerta", "preventivo", "il preventivo", "proposta", "presentazione",
				"contratto", "fattura", "ordine", "riepilogo", "verbale", "listino", "prezzi",
				"scheda tecnica",
			},
			Proposal: {
				"che ne dici", "che ne dice", "le andrebbe", "ti andrebbe", "le va bene", "ti va bene",
				"le propongo", "ti propongo", "potremmo", "possiamo", "una chiamata", "una call",
				"15 minuti", "una riunione", "un appuntamento", "sconto", "progetto pilota",
			},
			Commit: {
				"ti invierò", "le invierò", "entro venerdì", "entro lunedì", "entro domani",
				"confermato", "prenotato", "firmato", "inviato",
			},
			DecisionQ: {
				"quale opzione", "quale delle", "chi altro", "chi firma", "chi deve", "quanti", "quante",
				"entro quando", "quale data", "preferisce", "preferisci",
			},
			AnswerWord: {"sì", "esatto", "giusto"},
			News: {
				"approvato", "approvata", "lanciato", "disponibile", "nuovo", "nuova", "aggiornato",
				"aggiornata", "modificato", "cambiato", "rinviato", "ritardo", "concordato", "deciso",
				"buone notizie", "risultato", "risultati", "ridotto", "valido fino", "scadenza",
				"corretto", "risolto", "aggiunto", "incluso", "prossimi passi", "perché", "però",
				"tuttavia", "anche",
			},
			Weekday: {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
			Month: {
				"gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
				"dicembre",
			},
			RelDay: {"domani", "oggi", "dopodomani", "la prossima settimana", "questa settimana", "ieri"},
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
		},
		salutations: []string{"ciao", "gentile", "gentilissimo", "gentilissima", "caro", "cara", "buongiorno", "salve"},
		units:       []string{"licenze", "utenti", "giorni", "settimane", "mesi", "anni", "minuti", "pezzi", "unità"},
		past:        []string{"inviato", "inviata", "mandato", "menzionato", "discusso", "trasmesso"},
		pastNouns:   []string{"offerta", "l'offerta", "proposta", "preventivo", "richiesta", "messaggio", "mail", "ordine"},
		of:          []string{"del", "dal"},
		behind:      []string{"ieri"},
	},
	{
		name: "Portuguese",
		code: "pt",
		phrases: [numKinds][]string{
			Nudge: {
				"alguma novidade", "novidades", "conseguiu ver", "conseguiu olhar", "conseguiu analisar",
				"conseguiste ver", "teve tempo", "teve oportunidade", "teve a oportunidade",
				"meu último e-mail", "meu último email", "meu e-mail", "meu email", "minha mensagem",
				"recebeu meu", "recebeu o meu", "recebeu a minha", "ainda interessado",
				"ainda interessada", "ainda faz sentido", "lembrete", "relembrar", "passando para saber",
				"queria saber se", "como está o andamento", "algum retorno",
				"sem resposta", "acompanhamento",
			},
			Filler: {
				"aguardo seu retorno", "aguardo", "fico à disposição", "à disposição", "espero que esteja bem",
				"espero que", "tudo bem", "como vai", "sem pressa", "bom fim de semana", "ótima semana",
			},
			Closer: {
				"qualquer dúvida", "qualquer pergunta", "não hesite", "pode me ligar", "me liga",
			},
			Courtesy: {
				"obrigado por", "obrigada por", "obrigado pela", "obrigada pela", "obrigado pelo",
				"obrigada pelo", "parabéns", "feliz natal", "boa sorte",
			},
			AttachWord: {
				"em anexo", "segue", "segue em anexo", "seguem", "anexo", "te envio", "lhe envio", "abaixo",
			},
			Material: {
				"proposta", "orçamento", "cotação", "apresentação", "contrato", "fatura", "pedido",
				"resumo", "ata", "cronograma", "tabela de preços", "preços", "ficha técnica",
			},
			Proposal: {
				"que tal", "o que acha de", "podemos", "poderíamos", "proponho", "sugiro", "uma ligação",
				"uma chamada", "uma reunião", "desconto", "piloto",
			},
			Commit: {"vou enviar", "envio amanhã", "até sexta", "até segunda", "até amanhã", "assinado"},
			DecisionQ: {
				"qual opção", "qual das", "quem mais", "quem assina", "quem precisa", "quantos", "quantas",
				"para quando", "qual data", "prefere", "precisa de",
			},
			AnswerWord: {"sim", "não", "exato", "certo"},
			News: {
				"aprovado", "aprovada", "lançado", "disponível", "novo", "atualizado", "atualizada",
				"alterado", "mudança", "adiado", "atraso", "boas notícias", "reduzido", "válido até",
				"prazo", "corrigido", "resolvido", "adicionado", "inclui", "incluído", "apenas",
				"próximos passos", "porém", "também",
			},
			Weekday: {
				"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "terça",
				"sexta", "sábado",
			},
			Month: {
				"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
				"outubro", "novembro", "dezembro",
			},
			RelDay: {"amanhã", "hoje", "depois de amanhã", "semana que vem", "próxima semana", "ontem"},
		},
		stop: []string{
			"conseguiu", "olhar", "nossa", "nosso", "você", "vocês", "teve", "obrigado", "obrigada",
			"retorno", "queria", "gostaria", "saber", "fazer", "tiver", "tive", "pode", "poderia",
			"conseguiram", "estou", "estamos", "está", "esta", "este", "isso", "isto", "essa", "esse",
			"muito", "também", "ainda", "sempre", "quando", "onde", "como", "porque", "depois",
			"antes", "para", "pelo", "pela", "sobre", "olá", "prezado", "prezada", "abraço",
			"abraços", "atenciosamente", "cumprimentos", "saudações", "semana", "tempo", "pergunta",
			"perguntas", "resposta", "notícias", "novidade", "novidades", "mensagem", "email",
			"proposta", "orçamento", "cotação", "olhada", "disposição", "dúvida", "dúvidas", "senhor",
			"senhora", "algo", "nada", "alguma", "algum", "qualquer", "outra", "outro", "lembrete",
			"relembrar", "acompanhar", "acompanhamento", "oportunidade",
		},
		salutations: []string{"olá", "prezado", "prezada", "caro", "cara", "bom", "boa", "oi"},
		units: []string{
			"usuários", "licenças", "unidades", "dias", "semanas", "meses", "anos", "horas", "minutos",
		},
		past:      []string{"enviei", "enviado", "enviada", "mencionei", "conversamos", "falamos", "mandei", "mandámos"},
		pastNouns: []string{"proposta", "orçamento", "cotação", "mensagem", "pedido", "e-mail", "email"},
		of:        []string{"de", "do", "da"},
		behind:    []string{"ontem"},
	},
	{
		name: "Dutch",
		code: "nl",
		phrases: [numKinds][]string{
			Nudge: {
				"even navragen", "navragen", "even checken", "al tijd gehad", "tijd gehad", "gelegenheid gehad",
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
			},
			Filler: {
				"ik hoor graag", "hoor graag", "ik hoop", "hoe gaat het", "geen haast", "geen druk",
				"fijn weekend", "fijne week", "prettige dag",
			},
			Closer: {"mocht u vragen hebben", "als je vragen hebt", "bij vragen", "bel me", "bel mij"},
			Courtesy: {
				"bedankt voor", "dank voor", "dank je wel voor", "hartelijk dank voor", "gefeliciteerd",
				"fijne feestdagen", "prettige kerstdagen", "succes",
			},
			AttachWord: {"bijgevoegd", "bijlage", "in de bijlage", "hierbij", "bijgaand", "hieronder"},
			Material: {
				"offerte", "voorstel", "presentatie", "overeenkomst", "factuur", "bestelling",
				"samenvatting", "verslag", "prijslijst", "prijzen",
			},
			Proposal: {
				"zullen we", "schikt het", "past het", "kunnen we", "zouden we", "ik stel voor",
				"een belletje", "kort belletje", "een afspraak", "korting", "proefperiode",
			},
			Commit: {"ik stuur", "stuur ik", "voor vrijdag", "uiterlijk", "bevestigd", "geboekt", "getekend", "verstuurd"},
			DecisionQ: {
				"welke optie", "welke van", "wie moet", "wie tekent", "wie nog meer", "hoeveel",
				"welke datum", "heeft u liever", "heb je liever", "uw voorkeur", "jouw voorkeur",
			},
			AnswerWord: {"nee", "klopt", "precies"},
			News: {
				"goedgekeurd", "gelanceerd", "beschikbaar", "nieuw", "nieuwe", "bijgewerkt", "gewijzigd",
				"veranderd", "uitgesteld", "vertraging", "afgesproken", "besloten", "goed nieuws",
				"resultaat", "resultaten", "verlaagd", "verhoogd", "geldig tot", "opgelost", "toegevoegd",
				"inclusief", "alleen", "volgende stappen", "probleem", "omdat", "maar", "echter", "ook",
			},
			Weekday: {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"},
			Month:   {"januari", "februari", "maart", "mei", "augustus"},
			RelDay: {
				"vandaag", "overmorgen", "volgende week", "deze week", "gisteren", "vorige week",
				"vanmiddag", "vanochtend",
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
		},
		salutations: []string{"beste", "geachte", "hoi", "goedemorgen", "goedemiddag", "dag"},
		units:       []string{"gebruikers", "licenties", "stuks", "dagen", "weken", "maanden", "jaar"},
		past:        []string{"gestuurd", "verstuurd", "besproken", "genoemd", "stuurde", "verstuurde"},
		pastNouns:   []string{"offerte", "voorstel", "bericht", "mail", "aanvraag"},
		of:          []string{"van"},
		behind:      []string{"gisteren", "vorige"},
		clock:       []string{"uur"},
	},
}
