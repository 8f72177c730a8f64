package feat

import (
	"slices"
	"strings"
)

// Kind names what a phrase hit means.
type Kind uint8

// Phrase kinds.
const (
	Nudge      Kind = iota // asks for a reply without adding anything
	Filler                 // pleasantry with no content ("hope all is well")
	AttachWord             // points at attached or enclosed material
	Material               // names a kind of material (deck, quote, contract)
	Proposal               // proposes a concrete next step
	Commit                 // commits to a deliverable
	DecisionQ              // a question that moves a decision
	AnswerWord             // opens an answer ("yes", "correct")
	News                   // announces a change ("approved", "released")
	Weekday                // a day name
	Month                  // a month name
	RelDay                 // "tomorrow", "end of day", "next week"
	Closer                 // how to reach the writer ("call me at", "if you have any questions")
	Courtesy               // thanks, congratulations, sympathy: a note of its own
	numKinds
)

// breakUpPhrases are the nudges of the "break-up" email, the last one
// that threatens to stop. Their first words (breakUp) mark them: "I'll"
// before one promises nothing ("I'll take your silence as a no").
var breakUpPhrases = []string{
	"close out my file", "close out your file", "close my file", "closing my file", "closing out my file",
	"assume the timing", "assume you're not", "assume you are not", "assume this isn't", "assume this is not",
	"assume now isn't", "assume now is not", "take that as a no", "take that as a sign", "take your silence",
	"last time i'll ask", "last time i will ask", "assume you've moved on", "assume you have moved on",
	// lr.304: "Should I take this as a no?", "happy to take a no",
	// "should I assume this is no longer a priority?"
	"take this as a no", "take it as a no", "take this as no", "take it as no", "take that as no", "take a no",
	"assume this is no longer", "assume it's no longer", "assume it is no longer",
}

// phraseTable lists the phrases of each kind, lower-case; "*" matches any
// one token. Other languages are included where sales mail commonly uses
// them (German, Spanish, French, Italian, Portuguese, Dutch).
var phraseTable = [numKinds][]string{
	Nudge: slices.Concat([]string{
		"just checking in", "checking in", "check in", "just check in", "checking back", "check back",
		"bumping this", "bumping this up", "bump this", "bumping", "bump", "any update", "any updates",
		"any news", "any progress", "any word", "circling back", "circle back", "looping back", "loop back",
		"reaching back out", "writing again", "getting back in touch", "any decision on", "any decision about",
		"any decision yet", "did you get a chance",
		"did you have a chance", "have you had a chance", "had a chance",
		"did * get a chance", "did * have a chance", "has * had a chance", "get a chance to review",
		// "did the team get a chance to discuss?", "has your legal team had a chance…"
		"did * * get a chance", "did * * have a chance", "has * * had a chance", "have * * had a chance",
		"get a chance to look", "got a chance to review", "got a chance to look",
		"following up on my last", "following up on my previous", "following up on my email",
		"following up", "just following up", "following-up", "to follow up on", "wanted to follow up",
		"thought i'd follow up", "just to follow up", "touch base", "touching base",
		"wanted to see if", "wanted to check", "wanted to make sure", "see where things stand",
		"where things stand", "where we stand", "where you landed", "any thoughts", "thoughts ?",
		// "let me know where this stands", "where does the lease stand?"
		"where this stands", "where it stands", "where that stands", "where * stands", "where * * stands",
		"where * * * stands", "where does * stand", "where does * * stand", "where does * * * stand",
		// "wanted to see where things landed", "where did we land on next
		// steps?", "curious where things netted out", "putting this back in
		// front of you", "how are things progressing with the evaluation?"
		"where things landed", "where we landed", "where did we land", "where did you land", "where you land",
		"where things netted out", "where you netted out", "where did * net out", "back in front of you",
		"how are things progressing", "how is * progressing", "how are * progressing",
		"let me know your thoughts", "let me know what you think", "still on your radar",
		"still interested", "still a priority", "friendly reminder", "gentle reminder", "quick reminder",
		"just a reminder", "reminder", "per my last email", "per my last", "my previous note",
		"my previous email", "my last email", "my last note", "didn't get lost", "get lost",
		"top of your inbox", "back into your inbox", "back in your inbox", "up in your inbox",
		"popping this back", "popping this up", "popping it back", "popping back",
		// whether the reader still owns the matter: "just making sure
		// you're still the right contact for this"
		"you're still the right", "you are still the right", "you're still the best", "you are still the best",
		"anything i can help with",
		"just checking on", "checking on the status", "heard anything back",
		"heard anything", "thoughts on this", "still moving", "haven't heard back", "have not heard back", "haven't heard from you",
		"not heard back", "close your file", "close the file", "timing isn't right", "status of",
		"any feedback", "have you had an opportunity", "had an opportunity to", "did you have an opportunity", "did you get an opportunity",
		"hear back", "heard back", "any movement", "anything new", "ping",
		"pinging", "nudge", "nudging this", "nudging it", "nudging you", "just nudging", "gently nudging",
		"resurface", "floating this", "float this", "one more time",
		"still awaiting", "awaiting your", "still waiting", "waiting to hear", "still need", "still needs",
		"haven't received", "have not received", "did you receive", "did you get", "make sure * arrived",
		"make sure you received", "just confirming", "still on for", "we still on",
		// asks whether something reached the reader: "just making sure you
		// got the revised quote", "should I take this off my list?" (and
		// receiptAsks)
		"make sure you got", "making sure you got", "making sure you received", "making sure * arrived",
		"this reached you", "it reached you", "this reach you", "it reach you",
		"be sure you saw", "be sure you got", "be sure you received", "off my list ?",
		// wishes to close that bring nothing, and asks to hear when the
		// reader is ready: "would love to get this over the line this
		// week", "hoping to get this wrapped up before the end of the
		// quarter", "let me know when you're ready to move forward"
		"get this over the line", "get it over the line", "get this across the line", "get it across the line",
		"over the finish line", "across the finish line", "love to get this", "love to wrap", "love to close this",
		"keen to get this", "keen to wrap", "keen to close", "eager to get this", "eager to wrap", "eager to close",
		"hoping to wrap", "hoping to close", "hoping to get this wrapped", "hoping to get this done",
		"hoping to get this finalized", "finalize things", "finalise things", "know when you're ready",
		"know when you are ready", "know whenever you're ready", "know if you're ready", "ready when you are .",
		"ready when you are !",
		"where are we on", "where do we stand", "what's the status", "what is the status",
		"status on", "resending", "re-sending", "as a follow-up",
		"as a follow up", "quick follow-up", "quick follow up", "quick followup", "just a follow-up",
		"just a follow up", "just a followup", "a follow-up to my", "a follow up to my", "a followup to my",
		"further to my", "grateful for an update", "grateful for any update", "grateful for a quick update",
		"know what you decide", "know what you decided", "know what you've decided", "left you a message",
		"left you a voicemail", "left you a voice mail",
		"left you a vm", "left you several", "left you two", "my voicemail", "my voice mail", "my message",
		"my phone message", "left messages",
		"still set for", "still good for",
		// a meeting asked after again: "are we still meeting at 10?"; and
		// stillOnAsks
		"are we still meeting", "we still meeting",
	}, stillOnAsks(), plannedAsks(), standingOffers(), hopedProgress(), []string{
		"wondering where we are", "where we are on", "don't forget", "forwarding again",
		"sending again", "slipped through", "through the cracks", "last i heard", "did you ever get",
		"did you ever", "received my previous",
		// status asks: the reader is asked where something stands
		"what is the word on", "what's the word on", "any word on", "have you heard from", "have you heard anything",
		"did we ever hear", "did you ever hear", "did you hear from", "did we hear from", "has anyone heard from", "any luck", "progress of", "update me on", "update me with",
		// the same in the simple past: "Did you hear anything back from
		// legal?", "did you hear anything further from the bank?"
		"did you hear anything back", "did you hear anything from", "did you hear anything further",
		"did you hear anything more", "did we hear anything back", "did we hear anything from",
		// "Anything from your side on the lease?", "Kindly advise
		// the status."
		"anything from your side", "anything from your end", "advise the status", "advise on the status",
		"advise status", "advise of the status",
		"please update me", "keep me apprised", "keep me posted", "do you know the status", "do you know where",
		// "do keep me in the loop about the lease", "I need to be kept
		// informed" ("please be advised that the office is closed" and
		// "you will be kept informed" tell)
		"keep me informed", "keep me advised", "keep me in the loop", "keep us informed", "keep us posted",
		"keep us in the loop", "need to be kept", "like to be kept", "want to be kept", "need to be advised of",
		"like to be advised of",
		// "do you have an update on the pilot?": "update" and "news" alone
		// are news ("an update to the deck"), asked for they are a status ask
		"do you have news", "have you got news", "is there news", "do you have word",
		"do you have an update", "have you got an update", "is there an update", "can * get an update",
		"could * get an update", "can you * me an update", "could you * me an update",
		"can you * an update", "could you * an update", "a status update ?",
		// the writer's want of one: "I'd like an update on the lease", "I
		// need a status report on the barn", "please provide a status
		// update" ("we need an update to the software" wants an edit)
		"like an update on", "love an update on", "need an update on", "want an update on",
		"like to get an update on", "like a status update", "like a status report", "like to get a status",
		"need a status update", "need a status report", "want a status update", "want a status report",
		"provide a status update", "provide a status report", "provide an update on",
		// "curious whether there's an update on Q4 planning"
		"whether there's an update", "whether there is an update", "if there's an update", "if there is an update",
		"whether there's news", "whether there is news", "if there's news", "if there is news",
		// "have you been able to review the contract?", "sending this again
		// in case it got buried"
		"have you been able to", "has * been able to", "were you able to", "did you manage to",
		"have you managed to", "sending this again", "sending it again", "got buried", "gets buried",
		"in case you missed it",
		"do you recall where", "is there any news", "have you received", "have you gotten", "did you catch up with",
		"did you ever catch up", "where are things", "how are things going with", "how is * coming",
		"how are * coming", "coming along ?", "where are we with", "get back to me on",
		"anything has changed", "anything changed", "how you'd like to proceed", "how you would like to proceed", "yet ?", "yet ??", "anything yet", "anything on this",
		"anything ?", "any reaction", "any further thoughts", "further thoughts", "what's the latest",
		"what is the latest", "what the latest is", "whatever happened", "what ever happened", "what happened with",
		"what happened to", "moving along", "already ?", "is this still", "is that still", "is it still", "did you see my", "did you see this", "did you see the", "did you look at",
		"did anybody look", "did anyone look", "go out ?", "gone out ?", "go in ?", "get confirmed",
		"need an answer", "please respond", "please reply", "respond to my", "reply to my", "just checking",
		"checking on", "checking whether", "checking if", "checking to see",
	}, whenClauses, []string{
		"drop me a line", "drop me a note", "write back",
		"write when you can", "give me a shout", "send me a note", "reached out", "reaching out again",
		"without hearing back", "no response", "not yet received a response", "still hoping", "still looking for",
		"still missing", "on your radar", "please remember to", "make sense ?", "to no avail",
		"status ?", "make sure you saw", "making sure you saw", "still don't have", "still do not have",
		"still haven't", "still have not", "weren't you going to", "were you going to", "you were going to",
		"anxious to", "have you looked at", "are awaiting", "awaiting the",
		// attempts to reach the reader, which tell them nothing but that
		"tried calling", "tried to call", "tried to reach", "tried reaching", "tried to get hold",
		"tried to get in touch", "trying to connect", "trying to reach", "trying to get hold",
		"trying to get in touch", "pester", "pestering", "bugging you", "bother you again", "trouble you again",
		// the apology of a second ask: the nudge, not its pleasantry ("sorry
		// to bother you")
		"sorry to bother you again", "sorry to trouble you again",
		// asks whether what went out arrived ("can you confirm" alone may
		// ask for a decision)
		"confirm you received", "confirm you got", "can you confirm you received",
		"could you confirm you received", "confirm your receipt", "please confirm receipt", "to confirm receipt",
		"kindly confirm receipt", "can you confirm receipt", "could you confirm receipt", "confirm receipt ?",
		"please acknowledge receipt",
		// "any chance you had time to review the SOW?"
		"had time to review", "had time to look", "had time to go over", "had time to go through",
		"had time to read", "had time to digest", "had time to think", "had a moment to", "had a minute to",
		"any chance you had", "any chance you've had",
		// and the look itself: "any chance you've looked at the redlines?"
		"any chance you looked", "any chance you've looked", "any chance you reviewed",
		"any chance you've reviewed", "any chance you read", "any chance you've read", "any chance you saw",
		"any chance you've seen", "any chance you got to",
	}, []string{
		// the status asks of sales follow-ups: "have you heard any more
		// from the board?", "any developments on the lease?", "how's the
		// contract coming?", "do you have a sense of timing?", "resurfacing
		// this", "making sure this didn't fall off your radar"
		"heard any more", "heard anymore", "any developments", "where do things stand",
		// "how would you like to move forward?" (lr.348)
		"how would you like to move forward", "how you'd like to move forward", "how you would like to move forward",
		"how would you like to proceed",
		"how are things looking", "how do things look", "sense of timing", "sense of the timing",
		"a sense of when", "resurfacing", "off your radar",
	}, gapped("how's", "coming", 1, 3), gapped("how is", "coming", 2, 3), gapped("how are", "coming", 2, 2), goingAsks(), stillAsks(), attemptCounts(), stalledAsks(), chaseTimes(), []string{
		// asks for a status, a date or a verdict, and the offer to stop:
		// "could you give me a quick update?", "any ETA on the PO?", "has the
		// board reached a decision?", "would you still like to proceed?", "if
		// this isn't a priority right now, just let me know"; "price isn't
		// a priority for the grange", "we don't have any ETA from the
		// carrier" and "Kim sent me a status report" tell, and ask nothing
		"give me an update", "give me a quick update", "send me an update", "send me a quick update",
		"provide me an update", "give me a status", "send me a status", "get me a status", "appreciate an update", "appreciate a quick update",
		"appreciate a status", "where we are with", "any eta ?", "do you have an eta", "is there an eta",
		"what's the eta", "what is the eta", "to make a decision ?", "still like to proceed", "still want to proceed",
		"still like to move forward",
		"still want to move forward", "if this isn't a priority", "if this is not a priority", "if it isn't a priority",
		"if it's not a priority", "if this is no longer a priority", "isn't a priority right now", "not a priority right now",
		"still the right person", "someone else i should", "should i be speaking with", "should i be talking to",
		// whether the note went through at all (lr.349): "shall I send it
		// again?", "I wasn't sure it went through"
		"shall i resend", "should i resend", "sure it went through", "sure it came through", "sure it got through",
		"follow up with someone else", "land okay", "land ok", "wanted to close the loop", "closing the loop on",
		"closing the loop here", "one last try", "last try", "last attempt", "final attempt", "tried you",
		"make sure you have everything", "make sure you have what you need",
		// the asks of a stalled deal: "did anything come of the board
		// meeting?", "are you still evaluating options?", "where are you in
		// the process?", "did you end up going another direction?", "is
		// there a better time to reach you?"; "we expect a decision Friday"
		// and "our priorities changed" tell
		"had time to discuss", "had time to talk", "had time to weigh in", "had time to share",
		// "are you" opens a question of its own, so the check-in starts
		// there too; terse mail leaves it out ("You still considering it?")
		"anything come of", "anything came of",
		"where are you in the", "where you are in the", "where you're at in the", "where your head is",
		"where your head's at", "do you expect a decision", "do you expect to decide",
		"have your priorities changed", "your priorities have changed", "if priorities have changed",
		"better time to reach you", "better way to reach you", "best way to reach you",
		"i reach out to someone else", "i contact someone else", "i speak to someone else", "i speak with someone else",
		"i talk to someone else", "i talk with someone else",
		// the pressure passed on, and the apology for asking again: "my
		// boss keeps asking me about the lease", "I'm getting bugged by the
		// board", "sorry for the repeated emails"; and the asks when the
		// reader will get to it: "any idea when you'll get to this?",
		// "any headway on the barn?", "what's happening with the lease?"
		"keeps asking me", "keep asking me", "keeps asking about", "keep getting asked", "getting asked about",
		"getting pressure", "getting some pressure", "getting bugged", "getting pinged", "been bugging me",
		"sorry for the repeated", "sorry for the multiple", "sorry for all the emails", "apologies for the repeated",
		"apologies for the multiple", "apologies for all the emails", "any idea when you'll", "any idea when you will",
		"when you'll get to", "when you will get to", "when you'll have a chance", "when you will have a chance",
		"made any headway", "any headway", "ever able to", "you figure anything out", "you figured anything out",
		"you find anything out", "you found anything out",
		// "did you end up going another direction?", "did you end up
		// going with another vendor?" (see othersWay)
		"another direction", "different direction", "another vendor", "another provider", "another supplier",
		"different vendor", "different provider", "different supplier",
		// "did you end up choosing someone else?", "did you go with
		// someone else?" (see othersWay)
		"someone else",
		// the ask that the note not sink, or that it only gets a word:
		// "making sure this didn't get buried", "just keeping this warm",
		// "even a one-line reply would help"; and where it stands with
		// someone else: "any traction with the board?", "where does this
		// sit on your list?", "is the lease still with your lawyer?", "did
		// your boss get back to you?"
		// ("hay invoices can get buried, so here's the short version"
		// and "the lease is still with your lawyer, who…" tell)
		"didn't get buried", "did not get buried", "doesn't get buried", "does not get buried", "getting buried",
		"keeping this warm", "keep this warm", "keeping it warm",
		"one-line reply", "one line reply", "a quick reply would", "a short reply would",
		"any traction", "where does this sit", "where does it sit", "where this sits", "how's it looking",
		"how is it looking", "still with legal ?",
	}, gapped("still with your", "?", 1, 2), gapped("still sitting with", "?", 1, 3),
		gapped("did", "get back to you", 1, 3), gapped("has", "gotten back to you", 1, 3), gapped("has", "got back to you", 1, 3),
		// "is there someone else at the mill I should ask?" (lr.346), "shall
		// I send the lease again?" (lr.349)
		gapped("someone else", "i should", 1, 5), gapped("shall i send", "again", 1, 2),
		gapped("should i send", "again", 1, 2), quietChases(),
		gapped("what's happening with", "?", 1, 4), gapped("what is happening with", "?", 1, 4), gapped("any eta on", "?", 1, 4), gapped("any eta for", "?", 1, 4), breakUpPhrases, anyMore(), []string{
			// "are you still planning to revisit the project in January?"
			"still planning to", "still planning on", "still plan to", "still thinking about",
			// a bump in other words: "bringing this back up", "re-upping
			// this", "raising this again" ("I raised this again with
			// legal" tells what the writer did)
			"bringing this back up", "bringing this up again", "raising this again", "re-upping this",
			"reupping this", "forwarding this again", "floating this back up", "try you again",
			"trying you again",
			// the writer's promise to chase, and the talk put off, and only
			// those (deferPhrases): "I'll follow up next week", "let's
			// revisit after the new year"
			"follow up", "revisit", "pick this up", "pick it up", "pick things up", "reach back out", "circled back",
			// asks when the reader will decide: "when can we expect a
			// decision?", "will you have an answer by Friday?", "any
			// ballpark on timing?" ("we expect a decision Friday" and "the
			// board will have an answer by Friday" tell)
			"can we expect a decision", "can we expect an answer", "can i expect a decision", "can i expect an answer",
			"will you have an answer", "will you have a decision", "you'll have an answer", "you will have an answer",
			"you'll have a decision", "you will have a decision", "when will you know", "when will you decide",
			"ballpark on timing", "ballpark on when",
			// asks for the verdict of someone who saw it: "what did your
			// boss think?", "what did you think of the deck?"; and whether
			// it still stands: "does this still make sense for you?", "is
			// this back on the table?"
			"what did you think", "what did * think", "what did * * think", "what did * * * think", "still make sense",
			"is this back on the table", "is it back on the table", "is that back on the table",
			// the asks of early talks: "curious how things are going with
			// your evaluation", "would love to get your thoughts", "is this
			// something you're still exploring?"
			"how things are going with", "how things are progressing", "how it's going with", "how it is going with",
			"love to get your thoughts", "love to get your feedback", "like to get your thoughts", "still exploring",
			// the nudges of international business English: "kindly revert
			// on the below", "request you to share the update at the
			// earliest", "waiting for your confirmation", "can you please
			// revert on the trailing mail?"
			"kindly revert", "please revert", "do revert", "revert on the", "revert back", "revert with your",
			"revert at the earliest", "revert soonest", "feedback at the earliest", "kindly share your feedback",
			"kindly share your thoughts", "waiting for your", "share the status", "confirm the status", "have a quick update",
			"have an update", "trailing mail",
			"below mail", "update at the earliest", "response at the earliest", "reply at the earliest",
			// asks what stands in the way: "what's the holdup?", "is
			// anything holding this up?", "any blockers on your side?"
			// ("the holdup is the insurance certificate" and "legal is
			// holding up the PO until the W-9 arrives" tell)
			"what's the holdup", "what is the holdup", "anything holding", "something holding",
			"holding this up ?", "holding it up ?", "is there a blocker", "are there blockers",
			// the writer's chase, asked about: "when should I check back?"
			// ("when should I deliver the pallets?" asks a step)
			"when should i check back", "when should i circle back", "when should i follow up",
			"when should i reach out", "when should i touch base", "when should i try you",
			// and whether the reader's timing has changed, to the
			// question mark: "Should I check back in a month, or is now
			// a better time?" ("is now a good time to go over the bid?"
			// proposes); the time for the chase is asked by chaseTimes
			"is now a better time ?", "is now a good time ?", "is now still a good time ?",
			"is now a better time for you ?", "is now a good time for you ?",
			// the note lost to a filter: "did my email land in your spam
			// folder?"
			"in your spam", "in your junk", "to your spam", "to your junk",
			// the silence called out in jest, to the end of its
			// sentence: "Hello? Anyone there?", "Crickets.", "Bueller?",
			// "Knock knock." ("the Bueller farm", "knock knock jokes
			// aside" tell)
			"hello ?", "helloooo ?", "hellooo ?", "anyone there ?", "anybody there ?", "anyone home ?",
			"anybody home ?", "are you there ?", "you there ?", "crickets .", "crickets !", "crickets ?",
			"bueller ?", "bueller .", "knock knock .", "knock knock !", "knock knock ?",
			// to the question mark: "what's holding up the signature?" and
			// "any blockers on your side?" ask, "what's holding up the
			// shipment is a missing form" and "we don't have any blockers"
			// tell; and "up" in "hold-up" would read as a check-in's
			// "following up with…"
		}, gapped("what's holding", "?", 1, 4), gapped("what is holding", "?", 1, 4),
		gapped("what's the hold-up", "?", 0, 4), gapped("what is the hold-up", "?", 0, 4),
		gapped("holding things up", "?", 0, 3), gapped("any blockers", "?", 0, 6), receiptAsks()),
	Filler: slices.Concat([]string{
		"hope all is well", "hope you're well", "hope you are well", "hope your week",
		"hope you had a great", "hope you had a * weekend", "hope you had a * week",
		"hope you had a * holiday", "hope you had a * break", "hope you had a * trip",
		// the seasons of the sales year: "hope you had a restful Thanksgiving break"
		"hope you had a * * break", "hope you had a * * weekend", "hope you had a * thanksgiving",
		"hope you had a * christmas", "hope you had a * holidays", "hope you had a * vacation",
		"hope you had a * time off", "hope this finds you well", "hope you're doing well", "no pressure",
		"no rush", "happy to help",
		"i know you're busy", "i know you are busy", "keep this short",
		// an apology for the reader's time, which tells them nothing
		"sorry to trouble you", "sorry to bother you",
		"you're slammed", "you are slammed", "you're swamped", "you are swamped",
		// "hay season must mean you've been busy", "hope things have
		// calmed down"
		"you've been busy", "you have been busy", "you've been swamped", "you have been swamped", "you've been slammed",
		"things have been hectic", "things have been crazy", "time of year is crazy", "time of year is hectic",
		"time of year is busy", "things have calmed down", "things calm down",
		// a wish for the reader's time with no time in it: "would love to
		// grab 20 minutes", "love to find a time"
		"love to grab", "love to find", "love to get some time", "happy to help however",
		"whenever works", "when you have a moment", "a few minutes",
		"it would be great to hear", "love to hear", "would love to connect", "love to connect",
		"look forward to hearing", "looking forward to hearing",
		// "keen to hear your thoughts", "looking forward to your feedback"
		"keen to hear", "eager to hear", "look forward to your feedback", "looking forward to your feedback",
		// "looking forward to your positive response"
		"your positive response", "your positive reply", "your favorable response", "your favourable response",
		"your early response", "your early reply",
		"look forward to your thoughts", "looking forward to your thoughts", "look forward to your reply",
		"looking forward to your reply", "look forward to your response", "looking forward to your response",
		"hear from you", "thought you'd find", "thought you might find", "might be of interest",
		"interesting", "happy to chat", "let me know if you want to chat", "quick chat",
		"in case it's helpful", "in case it is helpful",
		"hope the", "hope everything", "i hope", "great chatting", "great talking", "great speaking",
		"thanks again", "keep in touch", "stay in touch", "top of mind",
		// social openers that ask after the reader, not after anything of substance
		"how are you", "how are you doing", "how's it going", "how is it going", "how have you been",
		"how are things", "how's things", "how is everything", "how's everything", "how is everyone", "how's everyone",
		"how was your", "how is your week", "how's your week", "how is your day", "how's your day",
		"how does it feel", "what's up", "what's new", "how's life",
		"did you have a good", "did you have a nice", "did you have a great", "did you have fun", "did you enjoy your",
		// "just wanted to" opens news and thanks as often as a nudge ("just
		// wanted to let you know Pat got the job"); the nudges have their own
		// phrases ("wanted to check", "wanted to make sure")
		"just wanted to",
		"keep this brief", "keep it brief", "keep it short", "reaching out",
		"reach out", "reconnect", "pick things back up", "pick this back up", "picking things back up",
		"picking this back up", "whenever the time is right", "need anything",
		"anything i can do", "anything else you need", "at some point", "things are hectic",
		"things are busy", "a lot on your plate",
		// an offer to talk with no time or topic: a step the reader must
		// still take ("whenever you have 5 minutes, let's connect")
		"whenever you have", "whenever you get", "at your convenience", "let's connect", "let us connect",
		"let's catch up", "let us catch up", "let's chat", "let's find time", "let's find some time",
		"just an email away", "an email away", "a phone call away", "just a call away",
		// a meeting wished for with no time: "I'd love to continue our
		// conversation", "what does your calendar look like?"
		"continue our conversation", "continue the conversation", "love to keep the conversation going",
		// a talk to pick up once the reader is free, and the greeting after
		// an event (lr.348): "when things settle down, I'd love to pick up
		// our discussion", "great meeting you at the expo", "it was nice to
		// meet you" (the infinitive, "nice to meet you next week", wishes
		// for a meeting to come)
		"things settle down", "things have settled", "pick up our discussion", "pick up the discussion",
		"pick up our conversation", "pick up the conversation", "great meeting you", "nice meeting you",
		"good meeting you", "pleasure meeting you", "was great to meet you", "was nice to meet you",
		"was good to meet you", "was a pleasure to meet you",
		"what does your calendar look like ?", "how does your calendar look ?",
		// "how did the trip go?", "how did the presentation to the exec
		// team go?"
	}, gapped("how did", "go", 1, 6)),
	// Closers say how to reach the writer or invite questions: neither
	// content nor a request for news, whatever the rest of the email is.
	Closer: slices.Concat(openDoors, []string{
		"let me know", "at your convenience", "at your earliest convenience", "your attention to this matter", "please advise", "give me a call", "call me at",
		"please call", "please contact me", "contact me at", "give me a ring", "call me re", "call me when",
		"call me if", "feel free to call", "feel free to contact",
		"thanks in advance", "can be reached at", "reach me at", "my number is", "my extension is",
		// a courtesy about timing: "could you review this when you get a chance"
		"when you get a chance", "when you have a chance", "when you get a moment", "whenever you have",
		"whenever you get",
	}),
	// Courtesies are notes of their own (thanks for something, good
	// wishes, sympathy): not a request for news.
	Courtesy: {
		"thanks for", "thank you for", "thanks so much for", "thank you so much for", "thanks very much for",
		"many thanks for", "thanks again for", "thank you again for", "congratulations", "congrats", "sorry to hear", "thoughts and prayers",
		"happy birthday", "merry christmas", "happy holidays", "happy new year", "happy thanksgiving", "welcome aboard",
		"had a great time", "had a good time", "enjoyed", "sorry i missed", "sorry we missed",
		"best of luck", "good luck", "get well", "you'll do great", "you will do great", "you'll do a great job",
		"you will do a great job",
	},
	AttachWord: slices.Concat([]string{
		"attached", "attaching", "attachment", "attachments", "enclosed", "enclosing", "please find",
		"here is", "here's", "here are", "see the", "linked", "find below", "below is", "below are",
		"sending you", "forwarding you", "sending to you", "forwarding to you",
	}, freshSends()),
	Material: {
		"one-pager", "one-page", "summary", "deck", "pdf", "spreadsheet", "doc", "document", "report",
		"questionnaire", "guide", "case study", "order form", "redline", "contract", "invoice",
		"proposal", "quote", "sow", "msa", "agreement", "pricing", "price", "prices", "plan", "draft",
		"slides", "video", "recording", "link", "sheet", "list", "schedule", "timeline", "roadmap",
		"benchmark", "data", "numbers", "figures", "breakdown", "comparison", "checklist",
		// the papers a deal passes around besides its contract ("I'll send
		// the barn lease tomorrow", "the memo goes out Friday"), and the
		// plurals of the kinds above: a rep hands over several as often
		// as one
		"lease", "leases", "memo", "memos", "letter", "letters", "presentation", "presentations",
		"term sheet", "amendment", "amendments", "exhibit", "exhibits", "worksheet", "worksheets",
		"spreadsheets", "documents", "docs", "reports", "summaries", "decks", "contracts",
		"invoices", "proposals", "quotes", "agreements", "drafts", "redlines", "schedules",
		"paperwork", "specs", "brochure", "brochures", "estimate", "estimates",
	},
	Proposal: slices.Concat([]string{
		"would * work", "would * or * work", "does * work", "does * work for you", "works for you",
		"how about", "what about", "propose", "proposing", "suggest", "suggesting", "recommend",
		"want me to", "shall i", "should i send", "i can send", "can i send", "i could", "we could",
		"we can", "let's", "let us", "quick call", "meet on", "we'd", "i'd suggest", "i'd propose",
		"might work", "could work", "could we do", "can we do", "could we set up", "can we set up",
		"can we schedule", "could we schedule", "reschedule", "on your calendar", "time on your calendar",
		// a step put to the reader as a question: "Why don't we meet at
		// the barn?"
		"why don't we", "why dont we",
		// a meeting put to the reader as a question: "could we talk for 15
		// minutes Friday?", "are you free Thursday to go over the renewal?",
		// "would you be open to a short call?"
		"can we talk", "could we talk", "can we chat", "could we chat", "can we meet", "could we meet",
		"can we get together", "could we get together", "should we meet", "should we talk", "shall we meet",
		// or as the writer's wish: "I'd like to meet with you Tuesday", "I
		// would like to sit down with the two of you", "we'd like to have a
		// short meeting on the lease"
		"i'd like to meet", "i would like to meet", "we would like to meet", "i'd like to get together",
		"i would like to get together", "we would like to get together", "i'd like to sit down",
		"i would like to sit down", "we would like to sit down", "i'd like to talk", "i would like to talk",
		"we would like to talk", "like to have a meeting", "like to have a * meeting", "i'd like to discuss",
		"i would like to discuss", "we would like to discuss",
		// "lets", its apostrophe left out, before a verb of meeting: "Lets
		// discuss this afternoon"
		"lets discuss", "lets talk", "lets meet", "lets chat", "lets get together",
		// time asked of the reader: "I'd like fifteen minutes with you
		// Friday", "ten minutes of your time before the auction"
		"minutes with you", "minutes of your time",
		// a meal or a call the reader may be free for: "any chance you're
		// free for dinner Sunday?", "I'm free for lunch Tuesday"
		"free for lunch", "free for dinner", "free for breakfast", "free for coffee", "free for drinks",
		"free for a call",
		"are you free", "would you be free", "open to a call", "open to a * call", "hop on a call", "jump on a call",
		// a change of plan put to the reader: "any thoughts on moving the
		// kickoff to the 9th?", "can we push the review to 4pm?"
		"move * to", "move * * to", "moving * to", "moving * * to", "push * to", "push * * to",
		"pushing * to", "pushing * * to", "shift * to", "shift * * to", "shifting * to", "shifting * * to",
	}, callLengths, proposalNouns, callsToTalk(), whySuggests),
	Commit: slices.Concat([]string{
		"i'll send", "i will send", "i'll have", "we'll send", "we will send", "i'll get",
		"i'll share", "we'll share", "i'll follow", "we'll ship", "we will ship", "i'll call",
		"i'll update", "i'll confirm", "i'll loop", "i'll book", "i'll draft", "i'll set",
		"we'll have", "we'll deliver", "confirmed", "booked", "scheduled", "done", "signed",
	}, commitStates),
	DecisionQ: slices.Concat([]string{
		"what's the budget", "what is the budget", "is the * for", "can you confirm", "could you confirm",
		"do you need", "when do you need", "what volume", "which date", "what date",
		"what timeline", "is it", "are you", "do you want", "would it help", "is there anything",
		"does your team", "do you have", "can we", "do we still", "do we need",
	}, decisionAsks),
	AnswerWord: slices.Concat([]string{
		"yes", "no", "yep", "nope", "correct", "exactly", "sure", "good question", "great question",
		"answer", "to answer", "short answer",
		"it does", "it doesn't", "we do", "we don't", "it is", "it isn't", "that's right",
		// what the reader sent or asked, acknowledged: "Got it, thanks.",
		// "On it."
		"got it", "on it",
	}, acceptances),
	News: slices.Concat([]string{
		"approved", "released", "launched", "available", "now", "new", "update", "updated",
		"revised", "changed", "change", "signed", "shipped", "delayed", "delay", "agreed", "accepted",
		// and the answers that say no: "procurement rejected the quote"
		"rejected", "declined", "denied",
		// the verdicts said plainly: "the grange okayed the lease", "the
		// board said yes to the order", "legal turned down the clause"
		"okayed", "ok'd", "greenlit", "vetoed", "nixed", "voted", "said yes", "said no to", "turned down",
		"gave us the go-ahead", "gave the go-ahead", "gave us the green light", "gave the green light",
		"finalized", "decided", "heads-up", "heads up", "fyi", "news", "good news", "result",
		"results", "cut", "saved", "saves", "saving", "reduced", "increase", "rise", "rises",
		"valid until", "expires", "deadline", "found", "fixed", "resolved", "added", "includes",
		"included", "only", "recap", "summary", "next steps", "flag", "issue", "problem",
		"because", "since", "however", "but", "also",
		// what changed on the reader's side or the writer's: "the container
		// cleared customs", "the report came back clean", "the feature went live"
		"cleared", "passed", "dropped", "lowered", "raised", "went live", "is live", "are live", "now live",
		"came back", "disclosed", "freed", "moved up", "pushed back", "won", "hired", "completed", "canceled", "cancelled",
		// a deal done: "we closed the Hale deal", "the sale closed"
		"closed",
	}, finishedSteps, gainedNews()),
	Weekday: {
		"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
		"friday", "fri", "saturday", "sat", "sunday", "sun",
		// a day's possessive names the day too: "Monday's meeting"
		"monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's",
	},
	Month: {
		"january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
		"july", "jul", "august", "aug", "september", "sep", "sept", "october", "oct", "november",
		"nov", "december", "dec", "q1", "q2", "q3", "q4",
	},
	RelDay: {
		"tomorrow", "today", "tonight", "this afternoon", "this morning", "end of day", "eod",
		"end of week", "eow", "next week", "this week", "next month", "yesterday", "last week",
		"last month", "earlier this week", "earlier today",
		// not "the end of the day", which also means "when all is said"
		"end of the week", "end of this week", "end of next week", "end of the month", "end of month",
		"end of this month", "end of next month",
		// a time of day by name: "the driver can only come before noon"
		"by noon", "before noon", "at noon", "until noon", "till noon",
		"by midnight", "before midnight", "at midnight", "until midnight",
		// "tomorrow's call", "after yesterday's session"
		"tomorrow's", "today's", "tonight's", "yesterday's",
		// the common misspellings, which name the day all the same: "I'll
		// truck the bales tommorrow", "he'll call tonite"
		"tommorrow", "tommorow", "tomorow", "tonite", "tommorrow's", "tommorow's", "tomorow's", "tonite's",
	},
}

// callsToTalk are the proposal phrases of a call asked for to talk
// something over: "call to discuss" or "call to talk", or "call me", up
// to four words and "to discuss" or "to talk" ("Please call me at your
// convenience to discuss the open points", "give me a call to discuss
// it"). The closer a call may open ("please call") does not make it an
// offer of help, unless it is one ("call me if you want to talk"; see
// inCloser). "A call has been set to discuss…" and "if they call, tell
// them to talk to Sam" ask no call of the reader.
func callsToTalk() []string {
	out := []string{"call to discuss", "call to talk"}
	for n := 0; n <= 4; n++ {
		gap := strings.Repeat("* ", n)
		out = append(out, "call me "+gap+"to discuss", "call me "+gap+"to talk")
	}
	return out
}

// gapped returns the phrases of head and tail with from to to "*"
// wildcards between them, one per word that may stand there: gapped("how's",
// "coming", 1, 3) is "how's * coming", "how's * * coming" and "how's * * *
// coming".
func gapped(head, tail string, from, to int) []string {
	var out []string
	for n := from; n <= to; n++ {
		out = append(out, head+strings.Repeat(" *", n)+" "+tail)
	}
	return out
}

// goingAsks returns the asks how a piece of work is going, as "how's the
// contract coming?" asks: "how's the trial going?", "how is the rollout
// going on your end?", "how are the pilots going so far?". The work is
// named with "the" ("how is it going?", "how's your day going?" greet),
// and the ask ends there: "how's the rollout going to change our
// timeline?" asks something else.
func goingAsks() []string {
	var out []string
	for _, tail := range []string{"going ?", "going so far", "going on your end", "going on your side"} {
		for _, head := range []string{"how's the", "how is the", "how are the"} {
			out = append(out, gapped(head, tail, 1, 3)...)
		}
	}
	return out
}

// stillOnAsks returns the asks whether a meeting or a date set before
// still stands, each up to two words before its question mark: "is the
// 4:30 with Priya still happening?", "is our call still happening
// tomorrow?", "is tomorrow still a go?", "does Thursday at 10 still
// work?", "is the March start still on track?", "is the 15th still
// doable?", "is Tuesday still the plan?", "does the Thursday call still
// stand?". A longer question asks something of its own: "is $4 a bale
// still realistic given the drought?".
func stillOnAsks() []string { return nearMark(stillOnHeads...) }

// stillOnHeads are the heads of stillOnAsks.
var stillOnHeads = []string{"still happening", "still a go", "still work", "still works", "still on track",
	"still on schedule", "still on target", "still realistic", "still feasible", "still doable", "still the plan",
	"still stand", "still stands"}

// plannedAsks returns the asks whether something planned is still on,
// said with a word of planning, each up to two words before its question
// mark, as stillOnAsks: "is the demo still scheduled for Monday?", "is
// the walkthrough still booked?". Only asked do they check in: "the demo
// is still scheduled for Monday at 10" tells the reader when it is, and
// the mail goes on to what it brings. A longer question names terms of
// its own: "is the price still confirmed at $4.20?".
func plannedAsks() []string { return nearMark(plannedHeads...) }

// plannedHeads are the heads of plannedAsks.
var plannedHeads = []string{"still scheduled", "still booked", "still planned", "still confirmed"}

// whenClauses are check-in phrases ("Ring me when you're back.") that,
// opening a sentence before a comma, only time what the sentence goes on
// to say (see Tables.timesClause).
var whenClauses = []string{"when you get a minute", "when you get this", "when you're back"}

// datePreps are the words that may stand between an ask of stillOnAsks,
// plannedAsks or stalledAsks and the day it names: "still on track for
// next week?", "still booked on the 14th?".
var datePreps = []string{"for", "on", "in", "by", "at", "until", "through"}

// dayOpeners are the words that may open a day after one of datePreps,
// or join its parts: "for the 14th", "on next Monday", "for this Friday",
// "for Thursday at 10am".
var dayOpeners = []string{"the", "next", "this", "coming", "at"}

// nearMark returns each head as a phrase that ends its question within
// two words: "still a go ?", "still a go * ?", "still a go * * ?".
func nearMark(heads ...string) []string { return markWithin(2, heads) }

// markWithin returns each head as a phrase that ends its question within
// reach words.
func markWithin(reach int, heads []string) []string {
	var out []string
	for _, head := range heads {
		out = append(out, gapped(head, "?", 0, reach)...)
	}
	return out
}

// stillAsks returns the asks whether the reader (or someone on their
// side) is still at the work, which ask where it stands: "are you still
// reviewing the contract?", "you still evaluating options?", "is legal
// still reviewing the MSA?", "are the lawyers still working through the
// questionnaire?". A question puts "is" or "are" before its subject; "the
// board is still reviewing it" tells.
func stillAsks() []string {
	var out []string
	for _, v := range []string{"reviewing", "evaluating", "considering", "looking at", "working through",
		"working on", "going through", "weighing", "discussing", "digesting"} {
		out = append(out, "you still "+v, "are you still "+v)
		out = slices.Concat(out, gapped("is", "still "+v, 1, 3), gapped("are", "still "+v, 1, 3))
	}
	return out
}

// stalledAsks returns the asks whether a quiet deal still lives, and
// the nudges that go with them: "is the deal still alive?", "is the
// renewal still on the table?", "have priorities shifted?", "is the
// timing still right?", "did I lose you?", "what are next steps on your
// end?", "wanted to bubble this up". An "alive", "table" or "right" ask
// ends its question within two words ("is the old barn still in play for
// the sale?" asks of the barn), and next steps are asked, not given
// ("Next steps: legal signs Friday"). So is the way on (wayHeads).
func stalledAsks() []string {
	out := []string{
		"have priorities shifted", "have your priorities shifted", "did priorities shift",
		"did your priorities shift", "have priorities changed", "did priorities change", "did your priorities change",
		"did i lose you", "have i lost you", "bubble this up", "bubbling this up", "bubble this back up",
		"bubbling this back up", "what are next steps ?", "what are the next steps ?", "next steps on your end",
		"next steps on your side",
		// whether the reader gave up (lr.304): "have you given up on the
		// project?" ("we have given up on the old barn" tells)
		"have you given up on", "did you give up on", "have you guys given up", "has your team given up",
	}
	return slices.Concat(out, nearMark(aliveHeads...), markWithin(maxWantedGap, wantedHeads),
		markWithin(maxDecidedGap, decidedHeads), markWithin(maxWantedGap, wayHeads),
		nearMark("no longer a priority", "is this dead", "is it dead", "is the deal dead", "is this deal dead",
			"is the project dead"), smallReplies())
}

// standingOffers returns the statements that an offer made before still
// holds (lr.340): "the offer still stands", "our proposal remains open",
// "the discount is still on the table". They tell the reader nothing they
// do not have and wait for a reply, as "is the offer still on the table?"
// does. A position taken ("should the co-op take winter hay alone, our
// price stands") has no "still" or "remains" and is none of them.
func standingOffers() []string {
	var out []string
	for _, head := range []string{"offer", "proposal", "quote", "discount", "pricing", "price"} {
		for _, tail := range []string{"still stands", "is still on the table", "remains on the table", "remains open",
			"is still open", "still holds", "still applies", "is still good", "is still valid", "remains valid",
			"is still available", "remains available"} {
			out = append(out, head+" "+tail)
		}
	}
	return out
}

// hopedProgress returns the writer's hope that the reader is near a
// decision, which presses for one as "any update?" does: "I'm hopeful
// that you are close to a decision", "hoping you're nearly done with the
// review", "hopefully you've made a decision on the quote". The hope
// alone ("I hope") is a pleasantry; the reader's progress makes it a
// chase.
func hopedProgress() []string {
	var out []string
	for _, head := range []string{"hope", "hoping", "hopeful", "hopefully"} {
		for _, mid := range []string{" ", " that "} {
			for _, tail := range []string{"you're close", "you are close", "you're getting close",
				"you are getting close", "you're nearly", "you are nearly", "you're almost", "you are almost",
				"you're nearing", "you are nearing", "you've reached a decision", "you have reached a decision",
				"you've made a decision", "you have made a decision", "you've come to a decision",
				"you have come to a decision"} {
				out = append(out, head+mid+tail)
			}
		}
	}
	return out
}

// gainVerbs open the phrases of gainedNews; DoneNews reads such a phrase
// as a step taken.
var gainVerbs = []string{"got", "gotten"}

// gainedNews returns what someone got that changes their standing, news
// as "won" and "hired" are: "Kim got the job at the co-op", "we got
// approval to add two drivers", "the grange got the green light". Only
// the past tense tells ("we must get approval" plans), and only a gain
// that no one hands over ("I got the contract" acknowledges receipt).
// "Approved" and "hired" are News words of their own, so "got approved"
// would count them twice.
func gainedNews() []string {
	var out []string
	for _, verb := range gainVerbs {
		for _, gain := range []string{"a job", "the job", "approval", "board approval", "final approval", "the nod",
			"the green light", "the go-ahead", "promoted", "funding", "funded"} {
			out = append(out, verb+" "+gain)
		}
	}
	return out
}

// wantedHeads are the heads of stalledAsks that ask whether the reader
// still wants the deal (lr.344): "is the barn lease still something
// you're considering this season?", "is the loft project still something
// your team is looking at?", "is the lease still of interest?". Each ends
// its question within maxWantedGap words; said as a statement ("if the
// lease is still something you're considering, the price holds at $900",
// "the loft is still of interest to two other farms") it asks nothing.
var wantedHeads = []string{"still something you", "still something you're", "still something you'd",
	"still something you've", "still something your", "still something we", "still something we're",
	"still something worth", "still of interest"}

// quietChases returns the chases that name the silence or the writer's
// wish to go on, and nothing else (lr.346): "I haven't seen a reply",
// "I'm guessing this fell off your plate", "any chance you've been able
// to loop in your ops lead?", "I wanted to keep the conversation going",
// "I noticed you opened the proposal", "it has been a couple of weeks
// since we spoke", "should I try again next quarter?", "I'm following
// back up on the quote", "is there someone else at the mill I should
// ask?" (the gapped "someone else … I should" beside it). The phrases
// only lower a note: "…since we talked, and the silo is now half price"
// keeps its news.
func quietChases() []string {
	return []string{"haven't seen a reply", "haven't seen a response", "have not seen a reply",
		"have not seen a response", "haven't gotten a reply", "haven't gotten a response", "have not gotten a reply",
		"have not gotten a response", "haven't had a reply", "haven't had a response", "fell off your plate",
		"fallen off your plate", "chance you've been able to", "chance you have been able to",
		"chance you were able to", "keep the conversation going", "keep this moving", "keep things moving",
		"noticed you opened", "noticed that you opened", "saw you opened", "saw that you opened",
		"noticed you viewed", "noticed that you viewed", "saw you viewed", "saw that you viewed",
		"been a few weeks since we", "been a couple of weeks since we", "been a while since we",
		"been some time since we", "should i try again", "should i try back", "following back up",
		"follow back up"}
}

// decidedHeads are the heads of stalledAsks that ask whether the reader
// has decided, as "did you decide?" does: "has the board reached a
// decision on the lease?", "did you come to a decision about the loft?",
// "have you made a decision yet?". Each ends its question within
// maxDecidedGap words, which leaves room for a hyphenated name ("on the
// add-on module" is six); "we made a decision about the loft: it stays"
// tells, and "once you've made a decision, could you send us the signed
// PO?", whose mark comes eight words on, asks a step.
var decidedHeads = []string{"made a decision", "reached a decision", "reach a decision", "come to a decision",
	"came to a decision", "arrived at a decision", "landed on a decision", "land on a decision"}

// wayHeads are the heads of stalledAsks that ask the reader how to go on
// (lr.348): "what's the best way to move forward on the lease?". Each
// ends its question within maxWantedGap words; "the best way to move
// forward is to sign by Friday" tells.
var wayHeads = []string{"best way to move forward", "best way to proceed"}

// maxWantedGap bounds the words between a head of wantedHeads or
// wayHeads and its question mark.
const maxWantedGap = 4

// maxDecidedGap bounds the words between a head of decidedHeads and its
// question mark.
const maxDecidedGap = 6

// aliveHeads are the heads of stalledAsks that ask whether a deal or its
// timing still holds.
var aliveHeads = []string{"still alive", "still on the table", "still in play", "timing still right", "timing still good"}

// smallReplies returns the asks for the smallest reply the reader could
// give, which a chase offers when it has nothing else (lr.304): "Even a
// no is fine.", "Even a "no" would help me plan.", "A simple yes or no is
// fine.", "Just reply yes or no." A choice put to the reader ("Do you want
// the 40 bales, yes or no?") asks for a decision and is none of them.
func smallReplies() []string {
	return []string{"even a no", "even a * no", "a quick no", "a simple no", "a quick * no", "a simple yes or no",
		"a quick yes or no", "just a yes or no", "even a yes or no", "reply yes or no", "reply with a yes or no"}
}

// freshSends returns the writer's reports of something just handed to
// the reader another way, which this email announces as "attached"
// would: "I just faxed you the signed lease", "we've just sent over the
// invoices", "Just emailed you the W-9". Tables.pointsAt keeps those
// whose writer opens the clause; "the invoices I just sent you" names
// what went before, and "I just sent you a quick note" or "…an email"
// hands over nothing new (idleSends, letterWords).
func freshSends() []string {
	var out []string
	for _, verb := range []string{"sent", "faxed", "emailed", "e-mailed", "mailed", "forwarded", "fedexed", "fed-exed",
		"overnighted", "couriered"} {
		out = append(out, "just "+verb+" you", "just "+verb+" over")
	}
	return out
}

// chaseTimes returns the asks when the writer should chase the reader
// again, put as the time for it: "is there a better time for me to
// follow up?", "when's a good time to circle back?", "what's the best
// time to check back?". Each ends its question within two words ("…to
// follow up with you?"): "the best time to follow up with Kim is after
// 3pm" tells, and a longer end may name what the writer will bring ("…to
// follow up with the signed contract?"). "When should I check back?" is
// a phrase of its own.
func chaseTimes() []string {
	var heads []string
	for _, adj := range []string{"good", "better", "best", "right"} {
		for _, who := range []string{" to ", " for me to "} {
			for _, chase := range []string{"follow up", "check back", "circle back", "touch base", "reach back out"} {
				heads = append(heads, adj+" time"+who+chase)
			}
		}
	}
	return nearMark(heads...)
}

// attemptCounts returns the counts of the writer's attempts to reach the
// reader, which tell them nothing but that: "this is my third email about
// the renewal", "my second note on the lease", "this is the third time
// I've reached out". The count is the writer's ("my", or "I"/"we" after
// "time"): "the third time this month the lines went dead" and "the 3rd
// request to the EPA was completed" report.
func attemptCounts() []string {
	var out []string
	for _, n := range []string{"second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th"} {
		for _, what := range []string{"email", "e-mail", "note", "message", "attempt", "try", "follow-up",
			"follow up", "request", "reminder", "voicemail"} {
			out = append(out, "my "+n+" "+what)
		}
		for _, who := range []string{"i've", "i have", "i'm", "i am", "we've", "we have", "we're"} {
			out = append(out, n+" time "+who)
		}
	}
	return out
}

// receiptAsks returns the asks whether what went out arrived, in other
// words than "confirm you received": "did my fax come through?", "did the
// samples arrive ok?", "can you confirm the invoice arrived?", "hoping my
// note reached you". Each ends its sentence: "did the hay arrive wet?",
// "did the price come through at $6?" and "I hope the new price reached
// you: $6 a bale" ask or tell about the thing itself. A doubt asks it
// too: "Not sure if my last message reached you." A double-check
// asks the same ("double-checking that you got the invoice",
// "double-checking the lease reached you") and needs no end: "double
// check the price" is a request with no one receiving.
func receiptAsks() []string {
	var out []string
	for _, lead := range []string{"double-checking", "double checking", "double-check", "double check"} {
		for _, ask := range []string{lead, lead + " that"} {
			out = append(out, ask+" you got", ask+" you received", ask+" you saw")
			// "you have" only as the writer's doing, "double check you
			// have 300 bales on hand" bidding the reader count, and
			// only before a short end (haveEnds)
			have := ask + " you have"
			if !strings.HasSuffix(lead, "ing") {
				have = "to " + have
			}
			out = append(out, haveEnds(have)...)
		}
		out = slices.Concat(out, gapped(lead, "arrived", 1, 4), gapped(lead, "came through", 1, 4), gapped(lead, "reached you", 1, 4))
	}
	out = append(out, haveEnds("making sure you have")...)
	for _, tail := range []string{"?", "ok ?", "okay ?", "safely ?"} {
		out = slices.Concat(out, gapped("did", "arrive "+tail, 1, 3), gapped("did", "come through "+tail, 1, 3),
			gapped("did", "reach you "+tail, 1, 10), gapped("can you confirm", "arrived "+tail, 1, 3),
			gapped("could you confirm", "arrived "+tail, 1, 3))
	}
	for _, tail := range []string{".", "ok", "okay", "safely"} {
		out = slices.Concat(out, gapped("hope", "reached you "+tail, 1, 5), gapped("hoping", "reached you "+tail, 1, 5),
			gapped("not sure if", "reached you "+tail, 1, 5), gapped("not sure whether", "reached you "+tail, 1, 5),
			gapped("wondering if", "reached you "+tail, 1, 5), gapped("wondering whether", "reached you "+tail, 1, 5),
			gapped("make sure", "came through "+tail, 1, 3), gapped("making sure", "came through "+tail, 1, 3))
	}
	return out
}

// haveEnds returns ask, a check that the reader has a thing ("making
// sure you have", "wanted to double check you have"), with one to four
// words and the sentence's end after it: "just making sure you have the
// signed lease." asks for a reply, where "making sure you have the
// dial-in for Thursday at 2: 555-0142" and "…the new price of $42 per
// seat" pass the thing on.
func haveEnds(ask string) []string {
	var out []string
	for _, end := range []string{".", "?", "!"} {
		out = append(out, gapped(ask, end, 1, 4)...)
	}
	return out
}

// nowLinks may stand between "now" and the time it gives ("now for
// Wednesday at 2", "now at 10", "now on the 12th"); nowLeads, before
// "now", make it the present moment ("right now", "for now", "by now",
// "as of now", "until now"), not a change (see nowAtTime).
var (
	nowLinks = []string{"for", "at", "on"}
	nowLeads = []string{"right", "for", "by", "of", "until", "till", "from", "since", "just"}
	// nowWords are "now" and the words for it that follow a modal in
	// French, German and Dutch; canNowWords are the forms of "can" before
	// them: "nous pouvons maintenant livrer", "wir können jetzt in drei
	// Wochen liefern", "we kunnen nu leveren" tell what someone newly can
	// do, as "we can now deliver" does (see Tables.nowDoes).
	nowWords    = []string{"now", "maintenant", "jetzt", "nu"}
	canNowWords = []string{"can", "pouvons", "pouvez", "peut", "peuvent", "können", "kann", "kunnen", "kan"}
	// nowVerbs are what a product, a service or a team may newly do, after
	// "now" (see Tables.nowDoes): "we now support SSO", "our team now
	// covers weekends", "the plan now includes onboarding".
	// plannedWills are the contractions of others' "will" that may tell a
	// dated plan, and pleasedWords the pleasantries after "will be" that
	// tell none (see Tables.plannedOnDay).
	plannedWills = []string{"they'll", "she'll", "he'll", "it'll", "you'll"}
	pleasedWords = []string{"great", "nice", "good", "fun", "wonderful", "lovely", "happy", "glad", "exciting",
		"awesome", "fantastic"}
	nowVerbs = []string{"offer", "offers", "support", "supports", "include", "includes", "cover", "covers", "ship",
		"ships", "accept", "accepts", "integrate", "integrates", "handle", "handles", "allow", "allows", "provide",
		"provides", "carry", "carries", "stock", "stocks", "deliver", "delivers", "serve", "serves", "sync", "syncs",
		"export", "exports", "import", "imports", "run", "runs", "work", "works", "comes", "come", "has", "have"}
)

// anyMore returns the status asks with a word of degree after "any":
// "any more news on the lease?", "any further updates?", "any new word
// on the permit?". Only these words: "any good news" and "any price
// updates" name what kind of news, which the writer may be giving.
func anyMore() []string {
	var out []string
	for _, more := range []string{"more", "further", "new", "other", "recent", "fresh", "additional", "latest"} {
		for _, news := range []string{"update", "updates", "news", "progress", "word on", "feedback", "movement", "developments"} {
			out = append(out, "any "+more+" "+news)
		}
	}
	return out
}

// wayHeadWords open the check-ins "another direction", "different
// direction", "another vendor", "someone else" and their kin (othersWay).
var wayHeadWords = []string{"another", "different", "someone"}

// wayOthers name who the reader may have chosen instead ("vendor",
// "someone else"), and wayChoices stand right before the choice
// (othersWay).
var (
	wayOthers  = []string{"vendor", "provider", "supplier", "else"}
	wayChoices = []string{"with", "chose", "choose", "chosen", "choosing", "picked", "pick", "selected", "select",
		"hired", "hire", "hiring"}
)

// aboutWords name what questions or news are about: after "questions"
// they announce the questions a sentence names (announced), and after
// "heard anything" they lead to what the reader is asked to have heard
// of (heardOfOthers). heardOwnWords, among the three words after one
// there, make it the deal between writer and reader ("about my
// proposal", "on that front", "about the contract"), with deadlineNouns
// and recordNouns.
var (
	aboutWords    = []string{"about", "regarding", "concerning", "on", "re"}
	heardOwnWords = []string{"my", "our", "your", "this", "that", "it", "these", "those", "us", "budget",
		"approval", "decision", "order", "po", "invoice", "paperwork", "signature", "signatures", "deck", "sow",
		"estimate", "bid", "project", "project's", "next", "steps", "status", "timeline", "timing", "progress",
		"feedback", "response", "answer", "outcome", "approvals", "sign-off", "signoff", "funding"}
)

// clauseJoinWords open a clause of its own after a check-in: "…, so we
// moved the signing to Friday", "…since the quote expires Friday"
// (splitCheckIns).
var clauseJoinWords = []string{"so", "but", "since", "because",
	// "but" in the other languages (lr.335): "imagino que estés muy
	// ocupado, pero el granero abre el lunes a las 8"
	"pero", "mais", "ma", "mas", "aber", "maar",
	// and "because" (lr.339): "ich wollte mich noch einmal melden, weil die
	// Lieferung am Donnerstag kommt"
	"weil", "omdat", "porque", "parce", "car", "perché", "poiché"}

// announceWords, after a check-in and "to" (or another language's word
// for it, purposeWords), say that it passes news on: "checking in to let
// you know…", "just touching base to say…", "só passando para avisar…",
// "je reviens vers vous pour vous informer…" (splitCheckIns). An object
// pronoun of readerPronouns may stand between.
var (
	announceWords = []string{"let", "tell", "say", "share", "update", "inform", "advise", "notify", "alert", "mention",
		"avisar", "informar", "dizer", "decir", "contar", "compartir", "compartilhar", "comunicar",
		"informer", "dire", "signaler", "partager", "annoncer",
		"informarti", "informarla", "dirti", "avvisarti", "comunicarti", "aggiornarti"}
	purposeWords   = []string{"to", "para", "pour", "per"}
	readerPronouns = []string{"vous", "te", "lhe", "le", "les"}
)

// Word sets used by the numeric rules.
var (
	unitWords = []string{
		"seat", "seats", "unit", "units", "user", "users", "license", "licenses", "licence", "licences",
		"truck", "trucks", "site", "sites", "warehouse", "warehouses", "hour", "hours", "hr", "hrs",
		"minute", "minutes", "min", "mins", "second", "seconds", "sec", "secs", "day", "days", "week", "weeks",
		"month", "months", "mo", "mos", "wk", "wks", "year", "years", "yr", "yrs", "fte", "ftes", "sku", "skus", "pallet", "pallets", "order", "orders", "employee",
		"employees", "rep", "reps", "location", "locations", "store", "stores", "gb", "tb", "k", "m",
		"mm", "bn", "percent", "usd", "eur", "gbp", "chf", "jpy", "dollars", "euros", "euro", "units/month",
		"seats/month",
		"people", "agents", "drivers", "vehicles", "shipments", "tons", "kg", "lbs", "boxes", "cases",
		"calls", "tickets", "accounts", "nodes", "servers", "devices", "x", "times",
	}
	// scaleWords are the units that scale an amount: "$45 million" is one
	// figure, "2 billion" a quantity.
	scaleWords = []string{"thousand", "million", "millions", "billion", "billions", "trillion"}
	// measureWords are units that reasons quote with their number, while
	// the features count it a plain number: those energy is traded in
	// ("250 MW", "720 dth", "3 Bcf"), cents ("4.2 cents"), a clock's
	// speed ("800 MHz"), a sound level ("45 dBA"), a file's size ("64MB"),
	// a length, an area or a volume ("900 km", "41 acres", "80 gallons"),
	// a share of a mixture ("12 ppm"), a speed ("130 mph"), a pressure
	// ("80 psi"), a temperature ("40 degrees") and a weight or volume in
	// the other system ("12 ounces", "5 liters").
	measureWords = []string{"mw", "mwh", "kw", "kwh", "gw", "gwh", "dt", "dth", "mmbtu", "mcf", "mmcf", "bcf", "bbl", "bbls",
		"barrels", "therms", "cents", "cent", "mhz", "ghz", "dba", "kb", "mb",
		"km", "kms", "mile", "miles", "feet", "foot", "ft", "meters", "metres", "yards", "yds", "inch", "inches", "acre", "acres", "gallons",
		"ppm", "ppb", "mph", "kph", "knots", "psi", "degrees", "ounces", "oz", "liters", "litres", "tonnes"}
	// fractionNouns are measured in fractions: "1/2 mile", "3/4 inch", "1/2
	// day" (Tables.fractionAt).
	fractionNouns = []string{"mile", "miles", "inch", "inches", "pound", "pounds", "point", "points", "page", "pages",
		"hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years"}
	// lengthWords are the units of a length of time: "15 minutes" in a
	// sentence that proposes a call is the call's length.
	lengthWords = []string{"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs"}
	// askWhenWords and askAmountWords, in the customer's question, ask for
	// a date or time and for a figure.
	askWhenWords = []string{
		"when", "date", "dates", "deadline", "timeline", "timing", "time", "day", "soon", "schedule",
	}
	askAmountWords = []string{
		"much", "many", "price", "prices", "pricing", "cost", "costs", "budget", "rate", "rates", "fee",
		"fees", "quote", "discount", "long", "size", "volume", "percent", "number",
	}
	// unmetWords, after "was" or "were", name a plan or a hope rather
	// than a step taken: "the truck was supposed to come today" (see
	// Tables.undergoneAt).
	unmetWords = []string{"supposed", "expected", "meant", "intended", "hoped", "scheduled", "planned", "slated"}
	pastWords  = []string{
		"sent", "last", "ago", "since", "previous", "earlier", "dated", "mentioned",
		"shared", "faxed", "mailed", "emailed", "e-mailed",
		"overnighted", "fedexed", "forwarded", "left", "discussed", "received", "requested",
		"submitted", "delivered", "provided",
	}
	// talkedWords report a talk already had, and point back like
	// pastWords ("the points we talked about on Monday", "we spoke on
	// March 29") unless a talk to come stands between them and the day
	// ("we talked about meeting on Monday", "we spoke about a call on
	// Friday"; see Tables.talkAhead). "Met" is left out: in Dutch it is
	// "with" ("met ingang van 1 juni" sets a day ahead).
	talkedWords = []string{"spoke", "spoken", "talked", "chatted"}
	// remainWords, right before "left" or a word before it, make it what
	// remains ("any hay left", "two days left"), not a step in the past
	// (remains).
	remainWords = []string{"any", "no", "none", "nothing", "few", "little", "much", "more",
		"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"}
	// arrivalWords, before a thing named afresh (arrivalDets or a
	// number), bring news of something new rather than point back at what
	// the reader sent or has: "we received a third bid this
	// afternoon", "I submitted a permit request today" (see arrivedNew);
	// "we received your check on Friday" still points back.
	arrivalWords = []string{"received", "submitted", "delivered", "provided"}
	arrivalDets  = []string{"a", "an", "another", "two", "three", "four", "five", "several", "multiple"}
	// pastCommWords, followed by "you" or "over", say the writer already
	// passed something to the reader: a date later in the sentence is when
	// that happened ("I emailed you the draft guaranty for Calpine back on
	// April 3").
	pastCommWords = []string{
		"sent", "faxed", "mailed", "emailed", "e-mailed", "overnighted", "fedexed", "forwarded", "left",
	}
	// pastRefVerbs, like pastNouns, make "yesterday" or "last week" in
	// their sentence point back at an earlier exchange.
	pastRefVerbs = []string{
		"mentioned", "discussed", "requested", "promised", "received", "submitted", "provided",
		"delivered", "shared", "asked", "wrote",
	}
	// monthCues are the words before "May" that make it the month rather
	// than the verb ("in May", "by May", "early May").
	monthCues = []string{
		"in", "on", "of", "by", "since", "until", "till", "through", "thru", "early", "late", "mid", "end",
		"before", "after", "during", "this", "next", "last", "from", "to", "for",
	}
	// pastNouns are the things one refers back to by date: "my letter of
	// December 5", "our conversation of 4/11".
	pastNouns = []string{
		"letter", "email", "e-mail", "note", "message", "conversation", "call", "voicemail",
		"fax", "memo", "request", "meeting", "discussion", "correspondence", "invoice",
	}
	// inviteNouns are what a writer sends to set a meeting's time: the
	// day after "for" is that meeting's ("I sent you an invite for
	// Tuesday at 10"; invitedFor).
	inviteNouns = []string{"invite", "invites", "invitation", "invitations", "hold", "placeholder"}
	// dateLinkWords may stand between "for" and the day or time a meeting
	// is set for ("for the 14th at 2", "for next Tuesday"; invitedFor).
	dateLinkWords = []string{"at", "the", "on", "this", "next", "of", "and", "from", "to"}
	// doneNewsWords are the news words (News) that report something done
	// or decided; reasons call their sentence news.
	doneNewsWords = slices.Concat([]string{"approved", "released", "launched", "signed", "shipped", "delayed", "agreed",
		"accepted", "rejected", "declined", "denied", "okayed", "ok'd", "greenlit", "vetoed", "nixed", "voted", "finalized", "decided", "fixed", "resolved", "expires", "cut", "saved", "reduced", "found",
		"added", "changed", "revised", "updated", "confirmed", "booked", "scheduled", "done",
		// the one-word change verbs among the news words ("the sellers
		// dropped the asking price")
		"cleared", "passed", "dropped", "lowered", "raised", "disclosed", "freed", "won", "hired", "completed",
		"canceled", "cancelled", "closed"}, finishedSteps)
	// vagueDoneWords are the English done words that report no step of a
	// deal by themselves: a change of a figure ("cut", "dropped"), an edit
	// ("revised", "updated", "added"), a finding, a deadline ("expires"),
	// or a pricing term as often as a verb ("a 2-year fixed price", "the
	// Nov-Mar fixed for floating"). They are news to the model, but give
	// no email the floor that a step taken does (reportedDone).
	vagueDoneWords = slices.Concat(changeDoneWords, editDoneWords, []string{"found", "done", "expires"})
	// closedWords say that a deal was closed or that a place is shut, in
	// English, Spanish and Italian; after one of stateBeForms, a form of
	// "be" or "stay" of those languages, they say the second (see
	// closedState): "la oficina estará cerrada", "l'ufficio resterà chiuso".
	closedWords  = []string{"closed", "cerrado", "cerrada", "chiuso", "chiusa"}
	stateBeForms = slices.Concat(beForms, []string{
		"está", "están", "estará", "estarán", "estaba", "estaban", "estamos", "estaremos", "permanecerá",
		"permanecerán", "è", "sono", "sarà", "saranno", "era", "erano", "siamo", "saremo", "resta",
		"resterà", "resteranno", "rimane", "rimarrà", "rimarranno",
	})
	// changeDoneWords, of the vagueDoneWords, report a change or a repair
	// someone made when one of doneActors stands right before them: "we
	// lowered the bale price", "they've cut the lease fee", "the gate was
	// fixed", "the barn roof is fixed". editDoneWords report an edit, which tells the reader what is
	// new only with what changed (one of changeSaidWords after it): "I
	// changed the delivery day to Thursday", "we added weekend pickup to
	// the plan", not "I have updated the hay list".
	changeDoneWords = []string{"fixed", "cut", "saved", "reduced", "dropped", "lowered", "raised", "disclosed", "freed"}
	editDoneWords   = []string{"added", "changed", "revised", "updated"}
	doneActors      = []string{"i", "we", "they", "i've", "we've", "they've", "have", "has", "had", "was", "were", "is", "are", "been", "just", "also"}
	changeSaidWords = []string{"to", "from", "with", "so", "by"}
	// The rise-and-fall words say that a figure goes up or down, as it
	// happens or will (see announcedChange): riseFallNow on their own
	// ("the rate rises"), riseFallBase after "will" or "to" ("is set to
	// rise"), riseFallIng after "is" or "are" ("we are raising the fee");
	// "goes", "go" and "going" count the same way before "up" or "down".
	riseFallNow  = []string{"rises", "increases", "decreases", "drops", "falls", "climbs", "jumps", "doubles", "raises", "lowers"}
	riseFallBase = []string{"rise", "increase", "decrease", "drop", "fall", "climb", "jump", "double", "raise", "lower"}
	riseFallIng  = []string{"rising", "increasing", "decreasing", "dropping", "falling", "climbing", "jumping", "doubling", "raising", "lowering"}
	riseFallBe   = []string{"is", "are", "it's", "we're", "they're"}
	// riseFallLead are the words before "to" that announce a change to
	// come ("is set to rise", "is due to double"); "we have to raise the
	// fee" wants one. riseFallOff, after the word, make it no change of a
	// figure: a noun ("increases in hay prices", "raises of 3%"), a
	// threshold ("hay that falls below 12% moisture") or another verb
	// ("the old bales fall apart", "the barn sale fell through").
	riseFallLead = []string{"set", "going", "due", "scheduled", "expected", "slated", "about"}
	riseFallOff  = []string{"in", "of", "below", "under", "above", "within", "into", "out", "through", "apart", "off", "behind", "short"}
	// changedWords report a figure that changed, with the figure right
	// after them or after one of figureLinks (see figureChanged): "the
	// rent rose to $900", "the surcharge dropped 3%", "the total was cut
	// from $900"; "went" and "gone" count before "up" or "down" ("the
	// quote went up to $950").
	changedWords = []string{"rose", "risen", "fell", "fallen", "dropped", "increased", "decreased", "climbed", "jumped",
		"doubled", "tripled", "halved", "grew", "grown", "shrank", "slipped", "raised", "lowered", "reduced", "cut"}
	figureLinks = []string{"to", "by", "from", "at"}
	// movedWords report a plan moved, with "to", "until" or "till" and a
	// time after them (see movedToTime): "the grange moved the auction to
	// Saturday", "Dana pushed the hay delivery back to Friday".
	movedWords = []string{"moved", "pushed", "shifted", "bumped"}
	// effectLeads, right before "effect", say a change takes effect
	// ("takes effect", "went into effect" after "into"); effectBe, before
	// "effective", say it is ("becomes effective", "is effective"); see
	// takesEffect.
	effectLeads = []string{"take", "takes", "took", "taking", "taken", "go", "goes", "went", "going", "gone",
		"come", "comes", "came", "coming", "put"}
	effectBe = []string{"become", "becomes", "became", "becoming", "is", "are", "be", "was", "were", "it's", "that's"}
	// termVerbs change the terms of a deal when the writer's side offers
	// them (see termsOffered): "we could waive the setup fee", "can we drop
	// the auto-renewal?", "happy to extend the trial".
	termVerbs = []string{"waive", "drop", "remove", "split", "extend", "add", "include", "bundle", "cap", "lock",
		"hold", "discount", "swap", "switch", "upgrade", "prorate", "stagger", "reduce", "lower", "cut",
		"match", "credit", "refund", "pause", "shorten", "absorb", "expedite", "throw"}
	// dropNotes, at most three words after "drop", make it a message
	// sent, not a term dropped: "we'd drop a quick note".
	dropNotes = []string{"line", "lines", "note", "notes", "email", "mail", "message", "voicemail", "hint"}
	// termModals, between "we" or "I" and a term verb, offer it ("we can
	// waive", "I could hold"); termFillers may stand between ("we can also
	// extend"); termLeads, right before "if we", make the condition a
	// proposal ("would it help if we split…", "what if we drop…").
	// termOffWords, after the verb, make it another verb ("drop by", "hold
	// off", "cut and paste") or a step done to a person ("we can add
	// them", "I'll include you").
	termModals   = []string{"can", "could", "would", "will", "i'll", "we'll", "i'd", "we'd"}
	termFillers  = []string{"also", "just", "happily", "gladly", "even", "still", "easily", "probably", "likely"}
	termLeads    = []string{"what", "help", "helps", "helped", "mind", "ok", "okay", "alright"}
	termOffWords = []string{"by", "off", "on", "up", "and", "or", "me", "you", "him", "her", "them", "us", "everyone", "everybody", "it", "this", "that"}
	// finishedSteps are the news words (News, doneNewsWords) that report a
	// step taken on the writer's side or the reader's: "we renewed the plan
	// today", "the refund was issued", "I joined the program". Steps that
	// hand something over ("submitted", "delivered", "wired") are not among
	// them: "I submitted the form on 10/2" points back to what the reader
	// has. Nor are those as often an adjective with no determiner before
	// it ("paid search", "registered users", "installed base", "extended
	// warranty", "finished goods"), which News would count as news.
	finishedSteps = []string{"joined", "renewed", "enrolled", "deployed", "upgraded", "migrated", "filed",
		"issued", "postponed", "rescheduled", "refunded", "credited", "finished"}
	// commitStates are the commitment phrases (Commit) that, like the done
	// words among them ("signed", "done"), name a state or a deadline
	// rather than promise anything: "the memo sent to you", "please reply
	// by Friday". Reasons call one a commitment only where the writer
	// promises it (see Promises).
	commitStates = []string{"confirm", "on it", "got it", "sent", "will be ready", "by friday", "by monday",
		"by tuesday", "by wednesday", "by thursday", "by tomorrow", "by end of", "by eod"}
	// proposalNouns are the proposal phrases (Proposal) that name a thing
	// a proposal may be about, and as often name it in passing: "the fee
	// schedule", "our options", "I got a call from Scott". Reasons call one
	// a next step only in a sentence that proposes it (see Proposes).
	proposalNouns = []string{"book", "schedule", "slot", "slots", "option", "options", "discount", "pilot",
		"trial", "offer", "swap", "switch", "invite", "calendar invite", "waive", "waived", "a call",
		"call on", "call at", "meeting on", "move to", "short call", "brief call", "quick chat"}
	// callLengths are the proposal phrases (Proposal) that give a call's
	// length ("a 15-minute call"), readingWords the words after one that
	// make it a reading's interval instead ("10-minute data"; Proposes).
	callLengths = []string{"15-minute", "15 minute", "15 min", "10-minute", "10 minute", "20-minute", "20 minute",
		"30-minute", "30 minute"}
	readingWords = []string{"data", "records", "averages", "average", "intervals", "interval", "readings",
		"reading", "increments", "samples", "values", "bars", "resolution"}
	// advisingWords after "you" ask for the reader's advice, they
	// propose nothing: "would you recommend keeping it?" (Proposes).
	advisingWords = []string{"suggest", "recommend", "propose"}
	// adviserWords before one of advisingWords make it someone else's
	// advice, reported: "the feed store that you and Marta recommend",
	// "they suggest a vet" (Proposes; a name before it does too).
	adviserWords = []string{"you", "they", "he", "she"}
	// hardWords before "to" and a proposal verb say how the step goes:
	// "a hard meeting to schedule" (see hardTo).
	hardWords = []string{"hard", "difficult", "easy", "easier", "harder", "tough", "tricky", "impossible"}
	// proposingForms propose only with the writer as their subject (see
	// writerIs): "I'm suggesting 4 pm", not "a letter proposing a fee".
	proposingForms = []string{"suggesting", "proposing"}
	// handedWords before a proposal noun make it material handed over:
	// "the attached schedule", "the enclosed offer" (see handedNoun).
	handedWords = []string{"attached", "enclosed"}
	// heldByWords before a proposal noun make it a third party's ("their
	// offer", "its hay schedule"), and gotWords one received ("I
	// got an invite"): see heldNoun. "Her" is left out, being as often an
	// object ("give her a call").
	heldByWords = []string{"its", "their", "his"}
	gotWords    = []string{"got", "gotten", "received", "receive", "receiving"}
	// ownerWords are the possessives, before which a short day's name in
	// capitals names something else: "his SAT" (see resolveDates); the
	// determiners and yearOf hold them too.
	ownerWords = []string{"my", "your", "his", "her", "its", "our", "their"}
	// causerWords and then one of causedWords before a done word ask for
	// a step, they report none: "have them signed", "get it approved"
	// ("we had it signed" reports; see DoneNews).
	causerWords = []string{"have", "get"}
	causedWords = slices.Concat([]string{"it"}, objectPronouns)
	// bookLeads, with the determiners, make the "book" after them a noun,
	// a ledger's or a reader's, not the verb that books a call: "What book
	// holds the hedge?", "which book", "each book" (see Tables.bookNoun).
	bookLeads = []string{"what", "which", "whose", "each", "every"}
	// whichWords and a noun before a modal proposal embed it, unless the
	// noun is one of whenNouns: "what crops we can sell", but "which day
	// we can meet" (see whichThing).
	whichWords = []string{"what", "which", "whose"}
	whenNouns  = []string{"time", "times", "date", "dates", "day", "days", "week", "weeks", "weekend", "hour", "hours"}
	// doneForms are past participles not formed with "-ed" (or formed
	// with the "-eed" that "need" and "proceed" end in too), and doneLeads
	// the adverbs that may stand before one: after "we'd" they make it "we
	// had" ("we'd been", "we'd already sent", "we'd agreed"), a step taken,
	// not proposed (see Tables.hadDone).
	doneForms = []string{"been", "seen", "done", "gone", "sent", "had", "made", "met", "told", "got", "gotten",
		"given", "taken", "written", "spoken", "heard", "left", "paid", "said", "known", "shown", "brought", "bought",
		"thought", "found", "built", "spent", "begun", "agreed", "guaranteed"}
	doneLeads = []string{"already", "just", "both", "all", "since", "recently", "previously", "originally", "ever"}
	// goodbyes are the instructions of two to four words that only say
	// goodbye, wish well or reassure: "Don't work too hard", "Take it
	// easy", "Have fun in Lodi!", "Don't worry about the invoice" (see
	// instructs).
	goodbyes = []string{"don't work too hard", "don't be a stranger", "take it easy", "have fun", "don't worry",
		// a wish for the reader's time off: "Have a nice trip to Denver",
		// "Have a safe flight" ("Have a look at the draft" still asks)
		"have a good", "have a great", "have a nice", "have a safe", "have a wonderful", "have a happy",
		// cheer, and a promise of news to come: "Keep your chin up", "Hang in
		// there", "Wait until you see the new calf"
		"keep your chin", "hang in there", "wait until you", "wait till you"}
	// heedPhrases open an instruction that asks the reader only to bear
	// something in mind or to join in a greeting: "Please keep in mind that
	// the lease runs out in May", "Please join me in welcoming Dana". A notice
	// or an announcement, no step (see instructs).
	heedPhrases = []string{"keep in mind", "please keep in mind", "bear in mind", "please bear in mind", "join me in",
		"please join me in"}
	// nameVerbs are the imperatives that are first names too: capitalized
	// before any word but a determiner or an object pronoun, they name
	// ("Bill Haskins has asked…", "Bill of Sale for the tractor", "Bill
	// actually sold it", "Bill understands the risk"); "Bill the co-op for
	// the hay" and "Bill them" instruct, and so does "Bill 40 hours" (see
	// instructs). Other names that are verbs ("Mark", "Sue") are not among
	// the imperatives.
	nameVerbs = []string{"bill"}
	// clauseVerbs are the verbs that make the words after "note" or "note
	// that" a clause: "Please note this draft is final", "Note that the
	// co-op has sold the barn" (see notice).
	clauseVerbs = []string{"is", "are", "was", "were", "has", "have", "will"}
	// marvelVerbs after a polite ask's "you" make it rhetorical: "Could you
	// imagine the mill closing?", "Can you believe the rain?" (see
	// politeAsk).
	marvelVerbs = []string{"imagine", "believe"}
	// unsaidIVerbs, after the "Don't" that opens a sentence, leave its "I"
	// (or its "it") unsaid: "Don't know who signs", "Don't have the
	// figures yet", "Don't see a problem", "Don't seem to be moving" tell
	// what the writer lacks or sees, where "Don't forget the permit"
	// instructs (see Tables.instructs).
	unsaidIVerbs = []string{"know", "think", "believe", "recall", "remember", "understand", "have", "see", "seem"}
	// approxWords before two numbers joined by a hyphen make them a count
	// ("about 8-10 crates"), never a month and its day; notPluralWords end
	// in "s" but count nothing after one ("8-10 this year").
	approxWords = []string{"about", "around", "approximately", "approx", "roughly", "some", "another", "nearly", "almost", "maybe", "perhaps", "only", "over", "under"}
	// onDateWords before them make them a date all the same ("on 5-6 works"):
	// the dayLeads and a few more.
	onDateWords    = slices.Concat(dayLeads, []string{"due", "starting", "effective", "dated"})
	notPluralWords = []string{"this", "thus", "plus", "does", "less", "unless", "across", "always", "perhaps", "besides", "towards", "afterwards", "sometimes", "regardless"}
	// midFormWords are short forms whose stop goes on to a word in lower
	// case: "the Main St. crowd", "approx. two weeks". Units ("yr.",
	// "hrs.") are none: a writer who starts sentences in lower case ends
	// one with them.
	midFormWords = []string{"st", "ave", "rd", "blvd", "mt", "ft", "jr", "sr", "dept", "approx", "incl"}
	// companyForms are a company's short forms, whose stop goes on to a
	// word in lower case too: "Hale Freight Co. and Acme".
	companyForms = []string{"co", "inc", "corp", "ltd", "llc", "plc", "bros", "cos"}
	// sceneOpeners open a short phrase that, with a comma, may set the
	// scene before an instruction: "Next time, send me the count",
	// "If so, call Dana", "Going forward, copy the co-op" (see leadsOff).
	sceneOpeners = []string{"in", "for", "on", "at", "after", "before", "by", "until", "once", "if", "going", "next", "meanwhile", "otherwise", "tomorrow", "today", "tonight"}
	// doSubjects after "do" make it a question's, no instruction: "do
	// you have the count" (see instructs). "It" is left out: "do it now".
	doSubjects = []string{"i", "we", "you", "they", "he", "she"}
	// invertAuxWords open a condition when put first, with no "if":
	// "Should we miss the truck, …", "Had I known, …", "Were the co-op to
	// sign, …" (see conditionFirst).
	invertAuxWords = []string{"should", "had", "were"}
	// clauseSubjects open the clause a condition put first governs: a
	// subject, or "please" for an instruction (see conditionFirst).
	clauseSubjects = []string{"i", "we", "you", "they", "he", "she", "it", "the", "please", "there"}
	// spendTimeWords before "a few minutes" give the time to a task: "take
	// a few minutes and walk the fence" (see minutesOnTask).
	spendTimeWords = []string{"take", "takes", "taking", "spend", "spends", "spending"}
	// capsVerbWords open an instruction in capitals all the same: "PLEASE
	// CALL", "DO NOT OPEN IT" (see capsLabel).
	capsVerbWords = []string{"please", "do", "don't", "have", "never", "only", "always"}
	// titleJoinWords join the capitalized words of a title in small
	// letters, as "&" does: "Review Moisture Readings of the North Loft",
	// "Draft Note from Dana" (see titleLabel).
	titleJoinWords = []string{"of", "from", "for", "and", "the", "to", "on", "in", "with", "a", "an"}
	// yoursWords name the reader ("How about you?", "what about
	// yourself?"), and with readerWriterWords, the other pronouns of the
	// reader and the writer, someone whose meeting is no third party's
	// (see meetsOthers).
	yoursWords        = []string{"you", "yourself", "yours", "y'all", "everyone"}
	readerWriterWords = []string{"your", "i", "me", "my", "we", "us", "our"}
	// entryWords are what the books record: after "book" they make it an
	// accounting entry, no meeting ("book the hay sales"; see booksEntry).
	entryWords = []string{"swap", "swaps", "trade", "trades", "deal", "deals", "sale", "sales", "revenue", "revenues",
		"entry", "entries", "transaction", "transactions", "loss", "losses", "gain", "gains", "volume", "volumes", "income", "expense", "expenses"}
	// willAdverbWords may stand between "will" and the verb that makes it
	// a wish: "we will still need a count" (see wishes).
	willAdverbWords = []string{"still", "also", "probably", "likely", "definitely", "certainly", "then", "just"}
	// mealWords name the meals whose hour "at" and a clock number give:
	// "supper at 6" (see mealHour).
	mealWords = []string{"breakfast", "lunch", "dinner", "brunch", "supper", "coffee", "drinks"}
	// tallyWords name a vote or a game whose count two numbers joined by a
	// hyphen give: "lost 3-2", "a 3-2 ruling" (see tally).
	tallyWords = []string{"vote", "votes", "voted", "won", "win", "wins", "lost", "lose", "loses", "beat", "score", "tally", "ruling", "margin"}
	// capsParticles, with the determiners and the pronouns, are the words
	// an instruction goes on with: "SEND IT UP", "CALL ME" (see capsLabel).
	capsParticles = []string{"up", "out", "back", "in", "on", "over", "off", "all", "any"}
	// condOpeners open a condition, a time or a cause, up to
	// maxSceneWords long, before an instruction: "Once the co-op has
	// signed it, send…", "Since I'm away Friday, give it to Dana".
	condOpeners = []string{"if", "once", "after", "before", "until", "since", "when", "while", "because", "as"}
	// seriesNouns after an ordinal say which one of a series it is, no
	// figure: "the 14th floor", "the 4th edition", "her 40th birthday",
	// "the 2nd paragraph". A count stays one: "our 3rd attempt", "for the
	// 3rd time".
	seriesNouns = []string{"floor", "edition", "draft", "round", "version", "anniversary", "revision", "birthday", "generation", "place",
		"paragraph", "sentence", "page", "line", "column", "row", "clause", "bullet"}
	// rhetoricalQuestions ask nothing: they lead into what the writer
	// tells next ("Guess what? The co-op bought the barn.").
	rhetoricalQuestions = []string{"guess what", "guess what else", "and guess what", "guess who", "you know what", "know what"}
	// signOffVerbs, before one of signOffEnds ("soon", "later",
	// "tomorrow" or a working day), say goodbye rather than promise or ask
	// for a step: "Talk to you soon", "we will speak soon", "see you
	// later", "talk to you Monday" (see Tables.signsOff).
	signOffVerbs = []string{"talk", "speak", "chat", "see"}
	signOffEnds  = []string{"soon", "later", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday"}
	// signOffYous are "you" and its casual spellings ("chat with ya
	// later", "see u soon"), and signOffTos the words that may lead to
	// them ("chat at ya later").
	signOffYous = []string{"you", "ya", "u"}
	signOffTos  = []string{"to", "with", "at"}
	// openDoors are the closers (Closer) that invite questions: "if you
	// have any questions", "don't hesitate". A proposal noun beside one
	// says how to reach the writer, not what to do next ("If you have
	// any questions, please give me a call"; see Proposes).
	openDoors = []string{"let me know if you have any questions", "let me know if you need anything",
		"if you have any questions", "if you have any comments", "if you have questions", "any questions",
		"any other questions", "any further questions", "any additional questions", "any more questions",
		"do not hesitate", "don't hesitate", "if there is any issue", "if there are any issues", "if there is any problem",
		"if there are any problems", "if you are not the right person", "if you're not the right person",
		// an offer of more of the same: "Please let me know if you need
		// any further information"
		"let me know if you need any additional information", "let me know if you need additional information",
		"let me know if you need any further information", "let me know if you need further information",
		"let me know if you need more information", "let me know if you need anything else",
		"if you need any additional information", "if you need additional information",
		"if you need any further information", "if you need further information", "if you need more information",
		// an offer of help: "Please let me know if I can be of further
		// assistance"
		"let me know if i can be of further assistance", "let me know if i can be of any further assistance",
		"let me know if i can be of any assistance", "let me know if i can be of assistance", "let me know if i can help",
		"if i can be of further assistance", "if i can be of any further assistance", "if i can be of any assistance",
		"if i can be of assistance", "if i can be of any help",
		// trouble with what was sent, and the questions the reader may
		// bring: "Please let me know if you have any difficulty opening
		// the file", "Please call me with your questions"
		"if you have any difficulty", "if you have difficulty", "if you have any trouble", "if you have trouble",
		"if you have any problems", "if you have problems", "with your questions"}
	// modalProposals are the proposal phrases (Proposal) that propose
	// through the verb after them: "we can discuss it Thursday", "let's
	// meet". Not where that verb is idle or negated (idleAfterModal: "we
	// can never terminate the swap", "we can no longer store crates",
	// "let's say", "let us know", "let us hear from you", "I could not
	// reach him"; "really" says how the writer feels, "I could really use
	// a rest", "I could really sprain my back hauling bales") or where a
	// question word or a comparison embeds them (embedders: "whether we
	// can accept", "we'll do what we can", "the barn is where we can hold
	// the sale", "as soon as we can", "how much we could save"; a wish,
	// "Wish I could send you", is none; nor a condition or a time before,
	// "before we can ship", "until we can meet", "gone before I could get
	// organized"; nor help offered to no end, "anything I can do to help",
	// "doing everything we can").
	modalProposals = []string{"we can", "we could", "i could", "let's", "let us", "we'd"}
	// meetVerbs after "so we can" make the purpose a talk with the
	// reader, and the clause a proposal all the same: "ring Dana so we can
	// talk it through" (see soThat).
	meetVerbs = []string{"discuss", "talk", "meet", "chat", "speak", "regroup", "connect"}
	// letLeads before "let us" make it someone's leave, not a proposal:
	// "the co-op will let us store it", "if they would let us skip it", "they
	// agreed to let us use the dock", "a deal with the grange that let us
	// buy feed cheap" (see modalActs).
	letLeads = []string{"will", "would", "can", "could", "may", "might", "should", "must", "won't", "wouldn't",
		"didn't", "don't", "doesn't", "to", "not", "that", "which", "who"}
	// personPronouns name people, never describe a noun (see bookNoun):
	// the subjects and the objectPronouns.
	personPronouns = slices.Concat(doSubjects, []string{"it"}, objectPronouns)
	// idleAfterModal are the words after a modal proposal that make it no
	// step: a negation, a state, or a forecast or a guess ("we can expect
	// a wet spring", "I could imagine it", "we can guess the rest").
	idleAfterModal = []string{"not", "no", "never", "hardly", "only", "be", "say", "know", "appreciate", "find", "afford", "hear",
		"really", "expect", "imagine", "guess"}
	embedders = []string{"whether", "what", "where", "as", "wish", "wished", "before", "until", "much", "many",
		"anything", "everything"}
	// offerers can be the doer of an offer on a day (see offersOnDay):
	// "she can come out Tuesday"; "we" is a modal proposal of its own, and
	// "you can reach me Monday" says how to reach the writer.
	offerers = []string{"i", "he", "she", "they"}
	// nonOfferers before "can" deny the step: "nobody can get into the barn Friday".
	nonOfferers = []string{"nobody", "noone", "none", "neither", "nothing"}
	// offerEmbeds before the doer of an offer make it a condition, a wish
	// or a clause of something else: "if Dana can come Tuesday", "I hope
	// she can make Friday", "so they can ship by the 9th", "the crew that
	// can deliver Monday", "the one thing she can haul Friday", "the
	// best I can do by Monday".
	offerEmbeds = slices.Concat(embedders, []string{"if", "when", "whenever", "once", "unless", "so", "that",
		"how", "who", "which", "why", "than", "after", "hope", "hoping", "hopes", "hoped", "see", "whoever",
		"thing", "things", "something", "one", "way", "time", "day", "date", "best", "most", "least", "all"})
	// doubtWords, negated, doubt that a modal proposal can be done: "I
	// don't know if we can mirror the terms", "not sure we could" (Proposes).
	doubtWords = []string{"know", "sure", "certain"}
	// decisionAsks are the decision questions (DecisionQ) that hand the
	// choice or the next step to the reader: which option, who else
	// decides, what holds it up, what they would suggest. DESIGN.md counts
	// a specific question that moves a decision forward as content, and
	// the essays' fix for a stalled deal is one of these ("What would you
	// suggest we do to progress from here?"), so in a question they are
	// content of their own however much check-in language is around them.
	// The other DecisionQ phrases ("are you", "do you have", "can we") as
	// often ask for news ("Are you still interested?"). Each language adds
	// its own (language.asks). Asking who does or decides the work finds
	// the reader's decision maker, so it hands the next step over too:
	// "Who on your team handles the security review?", "who would be the
	// best person to sign the lease?", "Are you the right person to talk
	// to about the loft?", "who makes the final decision on the bid?".
	decisionAsks = []string{
		"what would you suggest", "what would you suggest we do", "what do you suggest", "what would you recommend",
		"which option", "which of", "which one", "which parts", "do you prefer", "would you prefer", "would you rather",
		"who else", "who besides", "who should", "who signs", "who needs to", "what would it take",
		"who handles", "who is handling", "who's handling", "who will handle", "who will be handling", "who would handle",
		"who owns", "who approves", "who decides", "who is responsible", "who's responsible", "who will be responsible",
		"who would be responsible", "who in your", "who on your",
		"who is the best person", "who's the best person", "who would be the best person", "who the best person",
		"who is the right person", "who's the right person", "who would be the right person", "who the right person",
		"are you the right person", "are you the best person", "who is the right contact", "who's the right contact",
		"who is the best contact", "who's the best contact", "who would be the right contact", "who the right contact",
		"who the best contact", "who is the decision maker", "who's the decision maker", "who are the decision makers",
		"who makes the decision", "who makes the final decision", "who will make the decision", "who will make the final decision",
		"who has the final say", "who has final say",
		// what stands between the reader and a decision, and how they
		// will make it: "What would you need to see to move forward?",
		// "what's standing in the way of signing?", "what concerns do
		// you still have about the pilot?", "what does your approval
		// process look like?", "how will you evaluate the two bids?"
		"what's standing in the way", "what is standing in the way", "what stands in the way", "what's in the way",
		"what is in the way", "would you need to see", "do you need to see", "does your team need to see",
		"what concerns do you", "what concerns does", "what reservations do you", "what objections do you",
		"what do you need from us", "what do you need from me", "what else do you need from", "what would you need from",
		"how do you evaluate", "how will you evaluate", "how will you decide", "how do you decide",
		"how does your team decide", "how does your team evaluate", "what does your approval process",
		"what's your approval process", "what is your approval process", "what does your buying process",
		"what does your procurement process", "what's your procurement process", "what does your decision process",
		"what's your decision process",
		// (the bare asks what holds things up, "what's holding up the
		// signature?", "is anything holding up the PO?", are check-ins:
		// the Nudge phrases take those sentences)
		"what's holding", "what is holding", "what's blocking", "what is blocking", "holding up",
		"what would help", "is there anything in", "need to show", "want to change",
		// what must come first: "what would need to be true for you to
		// sign this quarter?", "what needs to happen before the board
		// votes?"
		"what would need to be true", "what needs to be true", "what would have to be true",
		"what would need to happen", "what needs to happen", "what has to happen", "what would have to happen",
		"should we", "shall we", "how should we proceed", "how would you like to proceed",
		// what the work needs or who will do it: "how many stalls does
		// the north barn need?", "how much hay can the co-op take?",
		// "who will haul the bales?"; not how long the reader still
		// takes (see howLongWords)
		"how many", "how much", "who will", "who's going to", "who is going to",
	}
	// tellYouVerbs, before "you" and a question word, make the writer the
	// one who will answer it: "I'll tell you which barn", "we will show
	// you what the co-op needs" (toldYou).
	tellYouVerbs = []string{"tell", "show", "remind", "update", "teach"}
	// howLongWords after "how many" or "how much" ask how long something
	// still takes, not what the work needs: "how much longer", "how many
	// more days", "how many times" (see howLong).
	howLongWords = []string{"longer", "more", "time", "times", "days", "weeks", "months", "hours", "minutes"}
	// howAsks, before "how many" or "how much" outside a question, ask
	// it: "please confirm how many stalls", "I wonder how much hay", "find
	// out how many bales" (see howAsked).
	howAsks = []string{"ask", "asking", "asked", "wonder", "wondering", "wondered", "confirm", "advise", "check", "out"}
	// whoAsks open a question about people or reasons: a proposal noun
	// after one in its clause is what the question is about, not a step
	// it proposes ("who else needs to sign off on the pilot?", "why was
	// the meeting moved?"), where "which day works for a call?" proposes.
	whoAsks = []string{"who", "who's", "whom", "whose", "why"}
	// promisers right before a state make it the writer's promise: "I'm on
	// it"; opening a statement, they report what the writer is or is doing
	// (see residual).
	promisers = []string{"i'm", "we're"}
	// verbCues before a proposal noun make it a verb, or the thing a verb
	// sets up: "to schedule", "can book", "let's switch", "set up a call".
	verbCues = []string{"to", "please", "can", "could", "would", "will", "shall", "should", "i'll", "we'll",
		"i'd", "we'd", "let's", "lets", "us", "up"}
	// objectPronouns after a proposal noun make it a verb: "invite you",
	// "book me", "offer them".
	objectPronouns = []string{"you", "me", "us", "them", "him", "her"}
	// checkInEnds end the check-in phrases that can go on "with" what the
	// email brings: "following up with", "circling back with", "touching
	// base with", "checking in with" (Tables.brings).
	checkInEnds = []string{"up", "back", "base", "in"}
	// recallPreps and talks make a check-in recall a conversation:
	// "following up on our call", "circling back after yesterday's meeting"
	// (Tables.recalls).
	recallPreps = []string{"on", "from", "after"}
	talks       = []string{"call", "calls", "meeting", "meetings", "conversation", "conversations", "chat", "discussion",
		"discussions", "demo", "visit", "lunch", "dinner", "talk", "walkthrough", "workshop", "session"}
	// readerAskWords after "your" recall what the reader asked, which the
	// sentence goes on to answer: "following up on your question about
	// storage: the barn holds 600 bales" (Tables.recalls).
	readerAskWords = []string{"question", "questions", "request", "requests", "inquiry", "enquiry"}
	// emailMarks are words of three to five letters that, written in
	// capitals, mark or shout an email rather than name anything ("FYI",
	// "ASAP", "PLEASE WAIT"): no acronym.
	emailMarks = []string{"fyi", "asap", "the", "and", "for", "you", "are", "not", "but", "all", "any", "our", "can",
		"was", "has", "had", "its", "now", "new", "how", "who", "why", "yes", "thx", "btw", "imo", "eod", "cob", "eow",
		"tbd", "fwd", "bcc", "pls", "plz", "note", "hey", "dear"}
	// relativeWords open a clause that goes on about what came before
	// them: "the meeting, where we went over…", "the call, which…".
	relativeWords = []string{"where", "which", "when", "that", "who", "whom", "whose", "at", "in", "during"}
	// lightWords may stand between "with" and what it brings without
	// naming it: "with a quick question", "with one more thing".
	lightWords = []string{"one", "some", "another", "more", "few", "quick", "brief", "short", "little", "small",
		"gentle", "friendly", "polite", "final"}
	// idleAfterWith are what a check-in brings when it brings nothing new:
	// "with a quick question", "with a reminder", "with my original note",
	// "with the same proposal", "with my previous note", "with regard to…",
	// "with everyone".
	idleAfterWith = []string{"question", "questions", "reminder", "note", "ping", "nudge", "hello", "request",
		"line", "follow", "followup", "check", "thing", "everyone", "everybody", "all", "both", "original",
		"same", "previous", "last", "earlier", "prior", "regard", "respect", "reference"}
	// nounEnds end the noun that a check-in brings "with": "the answer to
	// your question", "the numbers we ran".
	nounEnds = []string{"to", "on", "for", "of", "in", "at", "by", "and", "or", "as", "we", "i", "it", "that",
		"which", "from", "about", "if", "so", "but"}
	// modals, before a done word, make what it names a possibility, a plan,
	// a wish or a condition, not news: "it should be signed", "if we get it
	// approved", "once it is finalized", "we need it signed now".
	modals = []string{"should", "could", "would", "might", "may", "must", "can", "cannot", "can't", "couldn't",
		"wouldn't", "shouldn't", "will", "won't", "shall", "i'll", "we'll", "you'll", "he'll", "she'll",
		"they'll", "it'll", "i'd", "we'd", "you'd", "he'd", "she'd", "they'd", "if", "unless", "once", "when",
		"until", "whether", "be", "being", "get", "gets", "getting", "need", "needs", "want", "wants",
		"ensure", "ensures", "ensuring"}
	// makeSure are the verbs that, before "sure" or "certain", make what
	// follows a step to see to, as "ensure" does: "make sure the barn
	// lease is signed" (see DoneNews). "I made sure it was signed"
	// reports.
	makeSure = []string{"make", "makes", "making"}
	// presentAuxes, just before a done word or its "been", make it a
	// present step: "before the gate code is issued", "after we've
	// finalized the bale price".
	presentAuxes = []string{"is", "are", "am", "has", "have", "it's", "that's", "he's", "she's", "we're", "they're",
		"you're", "i've", "we've", "they've", "you've"}
	// atHourWords stand between a day and its hour ("at", "um", "a las",
	// "alle ore"); hourNames follow an hour and name it one ("heures",
	// "horas", "ore").
	atHourWords = []string{"at", "around", "um", "gegen", "ab", "à", "vers", "a", "las", "la", "sobre", "alle", "verso",
		"le", "ore", "às", "as", "pelas", "om", "rond"}
	hourNames = []string{"heures", "heure", "horas", "hora", "ore", "hs"}
	// unitLeadWords may stand between a range and its unit: "5-6 more
	// weeks", "3-5 business days".
	unitLeadWords = []string{"more", "additional", "extra", "business", "working", "full", "further"}
	// wishVerbs after "I will" or "we'll" state a need or a wish rather
	// than promise an act: "we'll need the signed form".
	wishVerbs = []string{"need", "want", "like", "love", "require", "wish", "miss", "wonder"}
	// remarkVerbs after "I will" and before "that", "this" or a comma only
	// lead into a remark or a guess: "I will say that the barn held up",
	// "I'll admit, it was close", "I will assume that the count holds"
	// promise nothing.
	remarkVerbs = []string{"say", "admit", "grant", "confess", "concede", "add", "note", "assume", "bet", "guess", "wager"}
	// hopeWords right before "I will" or "we'll", a comma or "that"
	// between or not, make it a hope: "Hopefully, I'll make the hay sale",
	// "I hope we will be done" (see wishes).
	hopeWords = []string{"hope", "hopefully"}
	// hopefulWords before a done word make it a wish, not news: "hopefully
	// the renters have signed", "I'm hoping the permit is approved" (see
	// hopedFor).
	hopefulWords = append([]string{"hopes", "hoped", "hoping", "hopeful"}, hopeWords...)
	// wantYouWords after "I" or "we" ("would" between or not, or "I'd")
	// and before "you to" and a verb ask the reader for a deed: "I want
	// you to count the bales", "I'd like you to call Dana" (see
	// asksYouTo).
	wantYouWords = []string{"want", "need", "like"}
	// mindVerbs after "I want you to" tell the reader something, or hand
	// it over, and ask no deed: "I want you to know that…", "I'd like
	// you to have a copy"; so does "be" and a word of mindStates ("I want
	// you to be aware…"; see asksYouTo).
	mindVerbs  = []string{"know", "understand", "realize", "realise", "feel", "have", "think", "believe", "enjoy"}
	mindStates = []string{"aware", "assured", "sure", "happy"}
	// whySuggests spell "why don't you", which suggests what the reader
	// might do ("Why don't you weigh the bales") unless a state verb
	// follows ("Why don't you have a barn key?"; see Proposes). The
	// tokenizer reads a typographic apostrophe as "'", so "why don’t you"
	// is the first spelling too.
	whySuggests = []string{"why don't you", "why dont you"}
	// ownedWords make a check-in phrase one the writer may say of
	// themselves: "I had a chance to…", "we still plan to…", "I'm still
	// thinking about…" (Tables.writersChance).
	ownedWords = []string{"chance", "plan", "planning", "thinking"}
	// forWords and usWords, one after the other, name the writer's side
	// as whom a priority is for: "for us", "für uns", "pour nous", "para
	// nosotros", "per noi", "para nós", "voor ons" (ownPriority).
	forWords = []string{"for", "to", "für", "pour", "para", "per", "voor", "bei"}
	usWords  = []string{"us", "uns", "nous", "nosotros", "nosotras", "noi", "nós", "ons"}
	// eagerWords after "I will be" say the writer wants to hear or see
	// something: "I'll be curious whether it sold", "we'll be
	// interested in the numbers" promise nothing.
	eagerWords = []string{"curious", "interested", "eager", "anxious", "keen", "excited", "intrigued"}
	// feelWords after "I will be" name how the writer will feel, no step
	// ("I'll be terribly disappointed if…"), unless "to" follows ("I'll be
	// happy to count the bales"; see feels).
	feelWords = []string{"disappointed", "thrilled", "delighted", "pleased", "glad", "happy", "sad", "upset", "sorry",
		"relieved", "shocked", "amazed", "surprised", "grateful", "thankful", "devastated", "heartbroken", "crushed",
		"furious", "angry", "worried", "nervous", "proud", "bummed", "overjoyed", "ecstatic"}
	// eagerBe are the forms of "be" that, before a word of eagerWords,
	// give someone other than the writer or the reader as the one who is
	// keen ("the co-op is anxious to close"; "are" only after no "we" or
	// "you"), eagerOthers the subjects written onto them ("she's anxious
	// to start"), and eagerAdverbs the words that may stand between ("is
	// very anxious to"): see othersEager.
	eagerBe      = []string{"is", "was", "are", "were", "seems", "seemed"}
	eagerOthers  = []string{"he's", "she's", "they're"}
	eagerAdverbs = []string{"very", "extremely", "quite", "really", "so", "most", "all", "also", "still", "especially"}
	// degreeWords may stand between "I would" and "appreciate" ("I would
	// very much appreciate"), and appreciatedAsks after it name what the
	// reader is to give ("your comments", "it if you…", "a call"): see
	// appreciates.
	degreeWords     = slices.Concat(eagerAdverbs, []string{"greatly", "much", "certainly", "truly", "sincerely", "definitely"})
	appreciatedAsks = []string{"your", "it", "if", "any", "you", "a", "an", "hearing", "getting", "receiving", "help",
		"feedback", "input", "comments", "thoughts"}
	// handOverVerbs after "can you" and the like ask the reader to hand a
	// thing over, and handOverTo say to whom or where it goes: "Can you
	// send me the security questionnaire?", "could you forward over the
	// gate code?" (see Tables.asksForThing).
	handOverVerbs = []string{"send", "email", "e-mail", "forward", "fax", "mail", "share", "provide", "give", "get",
		"pass", "upload", "text"}
	handOverTo = []string{"me", "us", "over", "back", "along"}
	// workVerbs after "can you" and the like ask the reader to do a piece
	// of work on a thing the ask names, as handOverVerbs ask them to hand
	// one over: "Could you review the lease?", "can you book the grange
	// hall?", "could you pull the hay invoices?" (see Tables.asksForThing).
	// Verbs that as often ask for news are left out: "can you check the
	// status?", "could you confirm…", "can you look at…", "can you tell
	// me…". workParticles may follow one ("set up the call", "fill out
	// the form"), and helpees "help" ("can you help us find a buyer?").
	workVerbs = []string{"review", "sign", "book", "schedule", "reschedule", "print", "pull", "add", "move", "fix",
		"draft", "prepare", "file", "order", "reserve", "arrange", "run", "find", "put", "bring", "return", "finish",
		"complete", "handle", "process", "cancel", "change", "correct", "revise", "execute", "compare", "copy",
		"deliver", "ship", "approve", "update", "call", "set", "fill", "initial", "mark", "edit", "generate", "create",
		"write", "submit", "post", "pay", "scan", "sort", "organize", "organise", "coordinate", "research",
		"investigate", "issue", "enter", "load", "build", "type"}
	workParticles = []string{"up", "out"}
	helpees       = []string{"me", "us", "him", "her", "them"}
	// haveAux, "I" or "we" and one of haveVerbs ask for a thing to be
	// given to the writer's side: "Could I have the grange minutes?",
	// "May I have the hay tally?", "can we get the lease by Friday?" (see
	// Tables.asksToHave). getAbouts after them say where the writer's side
	// goes, not what it gets ("can we get together", "could I get back
	// to you").
	haveAux   = []string{"can", "could", "may"}
	haveVerbs = []string{"have", "get", "receive", "obtain", "borrow"}
	getAbouts = []string{"together", "back", "going", "ahead", "around", "along", "through", "away", "home",
		"there", "here", "over", "started"}
	// acceptances open a reply that takes up a time, a date or a plan the
	// reader offered: "That works for me.", "Either day works.", "Count
	// me in for two." Each ends in one of acceptEnds, which no other
	// answer word ends in (see Tables.answersAt).
	acceptances = []string{
		"works for me", "works for us", "that works", "that works for me", "that works for us",
		"either works", "either works for me", "either * works", "either * works for me",
		"either * works for us", "either is fine", "either * is fine", "i can do either",
		"we can do either", "count me in", "count us in",
		// "I can make either time work.", "Any time that day works.",
		// "Both work for me."
		"i can make either work", "i can make either * work", "we can make either work", "we can make either * work",
		"any time works", "anytime works", "any day works", "any time that day works", "any time today works",
		"any time tomorrow works", "both work for me", "both work for us", "both * work for me", "both * work for us",
		// "I can make it.": an acknowledgement (ackEnds) when no check-in
		// stands beside it
		"i can make it", "we can make it",
		// a request or a plan taken up: "Will do.", "Sounds good."
		"will do", "sounds good", "sounds great",
		// a step the reader asked leave for, allowed: "Go ahead and have
		// the call.", "Please go ahead with the barn lease."
		"go ahead", "please go ahead",
	}
	acceptEnds = []string{"works", "work", "me", "us", "fine", "either", "in", "do", "good", "great", "ahead"}
	// ackEnds end the answer words that acknowledge ("got it", "on it"),
	// which answer the reader when they stand as the reply's own words
	// with no check-in beside them (see Tables.answersAt).
	ackEnds = []string{"it"}
	// thanksHeads say thanks on their own ("Thanks!", "Merci", "Danke"),
	// and thanksWords are them and the words a bare thanks may hold
	// besides ("Thank you so much", "Many thanks again", "ok thanks",
	// "Great, thanks!", "Appreciate it!", "Vielen Dank", "Muchas
	// gracias"; see Tables.bareThanks).
	thanksHeads = []string{"thanks", "thank", "thx", "appreciate", "appreciated", "cheers", "danke", "dank",
		"gracias", "merci", "grazie", "obrigado", "obrigada", "bedankt"}
	thanksWords = slices.Concat(thanksHeads, []string{"you", "so", "much", "very", "many", "again", "it", "ok", "okay",
		"great", "perfect", "awesome", "all", "really", "vielen", "herzlichen", "muchas", "beaucoup", "mille",
		"muito", "hartelijk"})
	// doneIrregulars are participles that do not end in "-ed" (see
	// Tables.passiveStep): "Has the account been set up?", "Was the
	// deposit paid?", "Has a date been chosen?"
	doneIrregulars = []string{"paid", "set", "done", "made", "built", "sold", "held", "told", "cut", "put", "sent",
		"run", "brought", "bought", "sought", "caught", "taught", "won", "shown", "drawn", "taken", "given",
		"written", "chosen", "spoken", "broken", "forgotten", "gotten", "seen", "driven", "known", "sworn"}
	// stepAuxWords open a yes-or-no question whether a step was taken, and
	// stepVerbs name the step, as the base form after "did" or the
	// participle after "has" or "was" (see Tables.stepAsks): "Have you
	// signed the lease?", "Did the grange pay the invoice?", "Was the
	// check mailed?".
	stepAuxWords = []string{"has", "have", "did", "was", "were"}
	stepVerbs    = []string{"sign", "signed", "countersign", "countersigned", "approve", "approved", "okay", "okayed",
		"send", "sent", "pay", "paid", "decide", "decided", "review", "reviewed", "finish", "finished", "complete",
		"completed", "submit", "submitted", "file", "filed", "execute", "executed", "return", "returned", "respond",
		"responded", "reply", "replied", "order", "ordered", "book", "booked", "schedule", "scheduled", "confirm",
		"confirmed", "accept", "accepted", "ship", "shipped", "deliver", "delivered", "post", "posted", "mail",
		"mailed", "wire", "wired", "process", "processed", "release", "released", "forward", "forwarded",
		"finalize", "finalized", "finalise", "finalised",
		// a matter settled, a vote held, a talk had: "Did this ever get
		// resolved?", "Has the board voted?", "Have you talked to Kim
		// about the lease?" ("look" and "meet" are left out: "have you
		// looked into a trademark?" suggests, "did they meet anyone?"
		// asks after people)
		"resolve", "resolved", "settle", "settled", "fix", "fixed", "close", "closed", "vote", "voted",
		"talk", "talked", "speak", "spoken", "spoke", "connect", "connected",
		// someone's say had: "Did the board weigh in?", "Has Kim
		// weighed in on the lease?"
		"weigh", "weighed",
		// an answer come back: "Did legal come back with comments?",
		// "Have the test results come back?"
		"come",
		// the paperwork of a purchase: "Did you issue the PO?", "Did
		// procurement create the vendor record?"
		"issue", "issued", "renew", "renewed", "create", "created", "upload", "uploaded", "cancel",
		"cancelled", "canceled", "transfer", "transferred", "activate", "activated", "draft", "drafted"}
	// chasePhrases are check-in phrases that, promised, only say the
	// writer will chase the reader again (see Tables.chasesAgain), and
	// chaseTails the words that may follow them: the reader, "again" and
	// the words of a vague time ("in a couple of weeks", "after the
	// holidays"; a day's or a month's name may stand there too).
	chasePhrases = []string{"check back", "checking back", "circle back", "circling back", "follow up",
		"following up", "touch base", "touching base", "check in", "checking in", "ping", "pinging",
		"try you again", "trying you again"}
	chaseTails = []string{"with", "you", "again", "in", "on", "at", "after", "by", "around", "next", "this", "a",
		"an", "the", "couple", "few", "of", "day", "days", "week", "weeks", "month", "months", "quarter", "year",
		"soon", "later", "shortly", "then", "early", "end", "holiday", "holidays", "new", "thanksgiving",
		"christmas", "easter", "break", "two", "three", "it", "things"}
	// laterWords name a time some way off (see Tables.putsOff), and
	// tailStops end what chaseTailOf reads: "…in May if that works".
	laterWords = []string{"weeks", "month", "months", "quarter", "year", "holiday", "holidays", "spring", "summer",
		"fall", "autumn", "winter", "later", "q1", "q2", "q3", "q4", "cycle", "season"}
	tailStops = []string{"if", "unless"}
	// tailUnits are the units of time a number before them counts in a
	// chase's tail ("I'll check back in 3 weeks"; see Tables.countsUnits).
	tailUnits = []string{"day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years"}
	// jointWords put the writer and the reader together before a chase
	// phrase: "can we touch base…", "let's circle back…" (see
	// Tables.chasesOnDay).
	jointWords = []string{"we", "us", "let's", "lets"}
	// jointPastWords before "we" ask about a talk had, not one to come:
	// "did we touch base on Thursday?".
	jointPastWords = []string{"did", "didn't", "have", "haven't", "had", "hadn't"}
	// deferPhrases are check-in phrases that ask only as a deferral or a
	// promised chase (see Tables.putsOff): "Let's revisit after the
	// new year", "I'll follow up next week".
	deferPhrases = []string{"follow up", "revisit", "pick this up", "pick it up", "pick things up", "reach back out",
		"circled back"}
	// meetingWishes are the pleasantries that wish for a meeting, which
	// propose it when their sentence names a day or a time (see
	// Tables.wishesOnDay).
	meetingWishes = []string{"love to grab", "love to find", "love to get some time", "would love to connect",
		"love to connect", "let's connect", "let us connect", "let's catch up", "let us catch up", "let's chat",
		"let's find time", "let's find some time", "quick chat", "happy to chat", "reconnect",
		"continue our conversation", "continue the conversation", "love to keep the conversation going"}
	// whetherWrappers open a question that asks, through "if" or
	// "whether", what the reader knows of a step (see Tables.stepAsks):
	// "Do you know if legal signed the lease?", "Any idea whether the
	// check was mailed?", "Could you confirm if the invoice was paid?".
	whetherWrappers = []string{"do you know", "do you happen to know", "would you know", "any idea",
		"do you have any idea", "can you tell me", "could you tell me", "can you confirm", "could you confirm",
		"can you please confirm", "could you please confirm", "could you please tell me"}
	// needLeads may stand between "I" or "we" and "need" when the writer
	// asks for a thing by needing it (see Tables.needsThing).
	needLeads = []string{"will", "would", "do"}
	// talkingPoints after a digit count what the writer is about to say
	// or ask, not a figure: "there are 2 things to settle on the lease",
	// "I have 3 questions about the lease", "just 1 small point" (see
	// Tables.countsRemarks), with one of pointSizes between or not.
	talkingPoints = []string{"point", "points", "thing", "things", "question", "questions", "comment", "comments",
		"concern", "concerns", "idea", "ideas", "suggestion", "suggestions", "remark", "remarks", "observation",
		"observations", "reason", "reasons", "request", "requests", "favor", "favors", "favour", "favours"}
	pointSizes = []string{"small", "quick", "minor", "more", "other", "last", "final", "big", "key", "main", "brief",
		"short", "important", "major", "further", "additional", "little", "general", "specific"}
	// pointMoves after "points" make them a unit that moves: "we lost 2
	// points of margin", "up 3 points on the week", "2 points ahead", "1
	// point for each bale sold".
	pointMoves = []string{"of", "higher", "lower", "up", "down", "above", "below", "over", "under", "off", "behind",
		"ahead", "on", "in", "from", "to", "for"}
	// deliverVerbs, with handOverVerbs, are what a writer promises to do
	// with material by a day (see promisedOnDay): "I'll have the quote to
	// you by Thursday", "we'll ship the price list on Monday".
	deliverVerbs = []string{"have", "ship", "deliver", "bring", "finish", "complete", "return", "draft", "prepare"}
	// heldOffVerbs after the writer's "I'll" put off a step or check in
	// ("I'll follow up Tuesday", "I'll touch base on the 9th", "I'll be out
	// until Monday", "I'll try you again Friday"): no step on a day (see
	// stepOnDay). softAdverbs may stand between "I'll" and its verb.
	heldOffVerbs = []string{"follow", "check", "circle", "touch", "reach", "ping", "try", "be", "keep", "wait",
		"remind", "look", "think", "let", "resend", "nudge", "bump", "chase", "see", "hope", "need", "want"}
	softAdverbs = []string{"also", "just", "then", "still", "probably", "definitely", "gladly", "happily",
		"personally", "likely", "certainly", "again"}
	// helpWords, after "it would be" and before "if", make a wish of the
	// reader's help ("it would be great if you could…"), itWords and
	// itWouldWords open it, and getVerbs after "if I could" name what the
	// writer would get: see wouldHelp.
	helpWords = []string{"great", "helpful", "wonderful", "nice", "useful", "ideal", "good", "fantastic", "appreciated",
		"perfect", "terrific", "awesome", "excellent", "lovely", "super", "better", "best", "easier", "easiest", "handy"}
	itWords      = []string{"it", "that", "this"}
	itWouldWords = []string{"it'd", "that'd"}
	getVerbs     = []string{"get", "have", "receive", "see", "obtain", "borrow"}
	// stateVerbs after "if you would" or "if you will" state a condition,
	// where a deed's verb asks for it (see ifYouCould): "if you would like
	// a copy", "if you will be there".
	stateVerbs = []string{"like", "prefer", "rather", "want", "need", "be", "have", "not", "wish", "care"}
	// awayWords after "I will be" give notice of an absence, no promise:
	// "I'll be out at the ranch Monday", "we'll be away next week".
	awayWords = []string{"out", "away", "gone", "off", "traveling", "travelling", "unavailable", "absent", "offline"}
	// absentWords after "I will not be" give notice of an absence too:
	// "I will not be in the office Friday", "we will not be able to come".
	absentWords = []string{"in", "at", "here", "there", "around", "available", "reachable", "able", "back"}
	// leaveWords after "I will be on" give notice of an absence too: "I'll
	// be on vacation after the 6th", "we will be on holiday next week", "I
	// will be going on annual leave" (see onLeave).
	leaveWords = []string{"vacation", "holiday", "holidays", "leave", "sabbatical", "pto"}
	// opinionNouns after "here's my" or "here are our" name the writer's
	// view, not material: "here is my take", "here are my 2 cents",
	// "here's our recommendation".
	opinionNouns = []string{"cents", "take", "view", "views", "opinion", "opinions", "thoughts", "understanding",
		"recommendation", "recommendations", "suggestion", "suggestions"}
	// rangeJoinWords join a date's day to a later one of the same month:
	// "September 13 through 15", "March 3 or 4".
	rangeJoinWords = []string{"and", "or", "through", "thru", "to", "till", "until"}
	// accessWords name the number that lets one in, which says how to
	// join rather than how much: "the passcode is 5512093", "PIN: 4411#".
	// One "is", ":", "#" or "=" may stand between.
	accessWords = []string{"pin", "pincode", "passcode", "password", "code", "id", "participant"}
	// reachWords name a telephone line, whose number says how to reach
	// someone, however its groups are spaced: "her phone is 44217 883190",
	// "Tel.: 612.4471.2093", "mobile number +33 612345678". reachHops may
	// stand between: "phone no. is", "fax number:", "cell at".
	reachWords = []string{"phone", "telephone", "tel", "fax", "cell", "cellphone", "mobile", "pager", "extension", "ext",
		"telefon", "telefono", "teléfono", "téléphone", "handy", "mobil", "móvil", "celular", "cellulare"}
	// reachVerbs dial a number: "you can reach me at 31991", "I'm at
	// 30417 if you need me" (reachAt).
	reachVerbs = []string{"reach", "reached", "call", "contact", "page", "paged", "dial", "i'm"}
	reachHops  = []string{"is", "as", "at", "number", "no", "nr", "num", "ist", "est", "es", "è", "é"}
	// listJoinWords join the numbers of a list, "sections 3 and 6", in the
	// languages of lang.go; partyWords after an ordinal name someone, "a
	// 3rd party".
	listJoinWords = []string{"and", "or", "und", "oder", "et", "ou", "y", "e", "o", "en"}
	partyWords    = []string{"party", "parties"}
	// writerWords are the writer as a subject: "I finally had a chance".
	writerWords = []string{"i", "we", "i've", "we've", "i'd", "we'd", "i'm", "we're"}
	// idleSteps make an alternative the writer offers no step at all
	// (see Tables.offersInstead): "or should I just wait?", "or should we
	// give it longer?".
	idleSteps = []string{"wait", "waiting", "patient", "longer"}
	// stepModals open a question whether the writer may take a step, and
	// askedIdleVerbs after them and the writer ask for what the reader will
	// give instead (see Tables.askedOnDay).
	stepModals     = []string{"can", "could", "shall", "should"}
	askedIdleVerbs = []string{"expect", "get", "hear", "have", "assume", "count", "plan"}
	// happenVerbs tell in the present what happens at a time (see
	// Tables.happensOnDay): "the second lot goes out Friday". A deadline
	// is no news: "the quote expires Friday", "the posting closes
	// tomorrow", "the offer runs through Friday" and "the data room opens
	// to their team on Monday" press for a reply, and the labeled emails
	// that say so are touching base.
	happenVerbs = []string{"ships", "goes", "leaves", "arrives", "starts", "begins", "meets", "lands",
		"departs", "launches", "kicks", "delivers", "resumes", "comes", "returns", "moves", "sails", "retires", "joins",
		"opens"}
	// happenedVerbs tell in the past what happened at a time (see
	// Tables.happenedAt): "the hay went out this morning", "the truck left
	// at 7", "the crew started on the loft today". Those of particleVerbs
	// tell it only with a word of happenedParticles after them.
	happenedVerbs = []string{"went", "came", "left", "arrived", "landed", "departed", "started", "began", "kicked",
		"sailed", "resumed", "rolled", "pulled", "showed"}
	// happeningVerbs tell it in the progressive, after a form of "be":
	// "the inspector is coming Thursday at 9", "the crew is starting
	// Monday", "Kim is retiring in March". "Going" and "kicking", of
	// particleVerbs, need their particle: "the hay is going out Friday",
	// not "the price is going to rise"; "taking" and "stepping", of
	// handoverVerbs, need theirs (handoverParticles): "Kim is taking over
	// your account next month", "Lee is stepping in on Monday", not "Kim
	// is taking Friday off".
	happeningVerbs = []string{"coming", "leaving", "arriving", "starting", "going", "shipping", "landing",
		"departing", "kicking", "heading", "launching", "resuming", "returning", "sailing", "beginning", "moving",
		"opening", "retiring", "joining", "switching", "taking", "stepping"}
	particleVerbs     = []string{"went", "came", "kicked", "rolled", "pulled", "showed", "going", "kicking"}
	happenedParticles = []string{"out", "in", "off", "through", "away", "up"}
	// handoverParticles are kept apart from happenedParticles: "over"
	// after "went" sends a thing ("the lease went over in mid April"),
	// which points back, where after "taking" it hands a role on.
	handoverVerbs     = []string{"taking", "stepping"}
	handoverParticles = []string{"over", "in"}
	// finalConds open a condition in the languages that put the verb
	// last (German and Dutch; see Tables.happensLater): "wenn", "falls",
	// "sobald", "ob", "als", "indien", "zodra", and Dutch "of" (whether).
	finalConds = []string{"wenn", "falls", "sobald", "ob", "als", "indien", "zodra", "of"}
	// deadlineVerbs and, after a word of staysWords, deadlineStates say
	// when something the reader holds runs out, and deadlineNouns name
	// what (see Tables.knownDeadline): "your current term ends January
	// 31", "the quote I sent is valid through the 30th". deadlineLinks
	// may stand between the verb and its day ("good through the end of
	// the month"), deadlineAdverbs before the verb ("is only good
	// through Friday").
	deadlineVerbs  = []string{"expires", "expire", "ends", "end", "lapses", "lapse", "runs"}
	deadlineStates = []string{"valid", "good", "locked", "open", "active", "out"}
	staysWords     = []string{"is", "are", "stays", "stay", "remains", "remain", "runs", "run"}
	deadlineNouns  = []string{"quote", "quotes", "quotation", "pricing", "price", "prices", "proposal", "offer",
		"discount", "promo", "promotion", "term", "trial", "contract", "subscription", "license", "licence",
		"licenses", "policy", "agreement", "pilot", "renewal", "lock", "coverage", "warranty", "membership",
		"reservation", "hold", "plan", "rate", "lease"}
	deadlineLinks   = []string{"on", "the", "through", "thru", "until", "till", "by", "end", "of", "at", "in", "this", "next"}
	deadlineAdverbs = []string{"still", "only", "currently", "officially"}
	// deadlineDets open the subject of such a sentence, and
	// deadlineFresh in it make the day one just set.
	deadlineDets  = []string{"the", "your", "this", "that"}
	deadlineFresh = []string{"now", "new", "revised", "updated", "extended", "latest"}
	// lapseWords are the other languages' nouns of a deadline after a
	// verb of arriving ("le bail arrive à échéance", "arriva a scadenza",
	// "llega a su vencimiento"): it runs out, nothing happens (see
	// Tables.lapsesAbroad).
	lapseWords = []string{"échéance", "terme", "scadenza", "vencimiento", "vencimento", "termine", "término", "termo"}
	// restateVerbs, after "as" and up to two of restateLeads, open a
	// sentence that says again what the reader was told: "As discussed,
	// the delivery fee is $40 a load", "As I mentioned on our call, the
	// lease runs 12 months" (see Tables.restates).
	restateVerbs = []string{"discussed", "mentioned", "noted", "said", "stated", "indicated", "explained", "outlined",
		"reminder"}
	restateLeads = []string{"previously", "earlier", "already", "we", "i", "you", "and", "just", "a", "quick", "friendly", "gentle"}
	// withinEmailWords, in such an opener, point inside the email
	// itself ("as noted below", "as mentioned above").
	withinEmailWords = []string{"below", "above", "attached", "here", "following"}
	// remindWords say a sentence reminds the reader of what they know
	// (see Tables.reminds).
	remindWords = []string{"reminder", "remind", "reminding", "recall"}
	// byHourWords lead to an hour named before its day, as atHourWords
	// do: "by 5 tomorrow", "until 3 on Friday".
	byHourWords = []string{"by", "until", "till", "before", "after"}
	// clockLeadWords lead to a clock time written without its colon:
	// "until 930" (see runTogetherClock); "by 500" is as often an amount.
	clockLeadWords = []string{"at", "around", "until", "till", "before", "after"}
	// notClockWords before "time" make no place's clock of it: "at 5
	// each time", "by 3 next time".
	notClockWords = []string{"a", "the", "each", "every", "this", "that", "any", "some", "no", "next", "last",
		"first", "same", "one", "other", "another", "full", "part", "real", "lead", "response", "turnaround",
		"down", "over", "extra", "more", "less", "spare", "free", "per", "on", "in", "at", "of", "and", "or"}
	// askedVerbs report someone's question before "whether" or "if"
	// ("asked"); "I was wondering if we can…" proposes, so it is not one.
	askedVerbs = []string{"asked", "asks", "inquired", "enquired"}
	// meWords are the other languages' "me" and "us" as the one a step
	// was for (see alreadyAsks).
	meWords = []string{"me", "mir", "mich", "uns", "moi", "nous", "mi", "ci", "nos", "mij", "ons"}
	// weDidWords are the other languages' "we" and their auxiliaries of a
	// finished step said by "we": a question whether we took a step
	// ("¿Sabías que hemos rebajado el precio?") tells the reader of it,
	// and needs a word of "already" to ask where the deal stands (see
	// alreadyAsks).
	weDidWords = []string{"hemos", "nosotros", "nosotras", "abbiamo", "siamo", "noi", "wir", "wij", "temos", "fomos"}
	// alreadyWords may stand between a noun and its participle ("il
	// contratto già firmato").
	alreadyWords = []string{"già", "ya", "já", "déjà"}
	// determiners before a done-news word make it an adjective: "the
	// revised contract", "your signed order form".
	determiners = slices.Concat([]string{"the", "a", "an", "this", "that", "these", "those"}, ownerWords)
	// findNotWords after "please find" make it ask for something to be
	// found rather than hand material over: "please find out who signs",
	// "please find a way to fix it", "please find someone to cover".
	findNotWords = []string{"out", "someone", "somebody", "anyone", "anybody", "way", "ways", "time", "who",
		"what", "where", "whether", "if", "how"}
	// whenAsks before "when" make it ask a question rather than open a
	// clause of time: "do you know when we'll hear back?", "any idea when
	// they'll sign?" (see inTimeClause).
	whenAsks = []string{"know", "knows", "knew", "tell", "ask", "asked", "asking", "wonder", "wondering",
		"wondered", "sure", "idea", "clue", "guess", "say", "see", "out", "check", "confirm", "advise", "update", "me", "us"}
	// standingWords before "status" make it someone's standing, no news
	// asked for: "their marital status on the form", "the trust's
	// tax-exempt status of long standing" (see standing).
	standingWords = []string{"marital", "legal", "tax", "exempt", "tax-exempt", "insured", "uninsured", "active",
		"inactive", "single", "married", "unattached", "junk", "immigration", "visa", "residency", "residence",
		"employment", "grandfather", "grandfathered", "health", "nonprofit", "non-profit", "charitable"}
	// numberedNouns number parts of a document and things ("clause 7",
	// "ticket 8812", "Number 2231"): the number after them is a name, not
	// a figure.
	numberedNouns = []string{"clause", "section", "article", "paragraph", "item", "page", "ticket", "case",
		"version", "step", "phase", "option", "tier", "room", "floor", "suite", "exhibit", "appendix", "annex",
		"chapter", "slide", "question", "point", "building", "gate", "terminal", "ext", "extension", "claim", "order",
		"invoice", "po", "ref", "nr", "week", "line", "row", "part", "parts", "tab", "tabs", "rider", "attachment",
		"sheet", "sheets", "column", "columns", "rule", "rules", "number", "box", "stage", "round",
		"flight", "zone", "footnote", "group", "rev", "revision",
		// and an hour of a trading day, a pipeline's nomination cycle and
		// station: "sold 50 MW for hour 16", "renominate for cycle 3",
		// "delivered at Station 118"; a memo's bullet: "bullet 4"; and a
		// deal's legs: "legs 4 and 5 added"
		"hour", "cycle", "station", "bullet", "leg", "legs",
		// and a television or radio channel: "the match is on channel 4";
		// a plant's turbine, a season's game, a stadium's seats: "turbine
		// 2", "Game 3", "Seats 5-8"
		"channel", "turbine", "game", "seat", "seats",
		// and a magazine's list of companies: "a Fortune 500 firm"
		"fortune",
		// and a home or an office in a street address: "Apt 212", "Unit 4"
		"apt", "apartment", "unit", "ste",
		// and a document's inserts and a tax office's forms: "Insert 3 adds a
		// clause on fees", "Form 1099"
		"insert", "inserts", "form", "forms",
		// and a closing's papers: "sign documents 2 and 3"
		"document", "documents",
		// plurals number a range of them: "weeks 1-2", "pages 22-24"
		"weeks", "steps", "phases", "pages", "sections", "items", "slides", "chapters", "clauses", "articles",
		"paragraphs", "questions", "points", "options", "tiers", "exhibits", "rows", "lines", "stages", "rounds",
		"flights", "zones", "footnotes", "groups",
		// and the figures, formulas and tables of a paper: "Figure 5.1", "Fig. 3"
		"figure", "figures", "fig", "formula", "formulas", "equation", "equations", "table", "tables",
		"klausel", "abschnitt", "artikel", "ziffer", "absatz", "seite", "punkt", "anlage", "rechnung",
		"paragraphe", "annexe", "facture", "artículo", "cláusula", "sección", "página", "anexo", "factura",
		"articolo", "clausola", "sezione", "pagina", "allegato", "fattura", "artigo", "secção", "seção",
		"fatura", "sectie", "bijlage", "factuur"}
	// recordNouns name a record by its number of three digits or more
	// ("deal 55123", "mtr 4410", "contract 63310") where no unit follows:
	// "renewed the contract 100 days early" keeps its figure.
	recordNouns = []string{"deal", "deals", "meter", "meters", "mtr", "contract", "contracts", "account", "acct", "sec"}
	// linkerWords before "linked to" make the writer the one who links to
	// material ("I've linked to the recording"); after anything else it
	// ties two things together ("the fee is linked to the index").
	linkerWords = []string{"i", "we", "i've", "we've", "have", "has", "just", "also"}
	// progressives before "sending (to) you" or "forwarding (to) you", one of
	// sendHops between or none, make it the writer handing something over
	// with this email ("I am sending you three floor plans", "we're also
	// forwarding you the site photos"), where "I'll be sending you the lease"
	// promises it; a note, a line or a reminder after it, or "again",
	// hands nothing over (idleSends), nor does "sending you this letter"
	// (letterWords).
	progressives = []string{"am", "are", "i'm", "we're"}
	sendHops     = []string{"also", "now", "just"}
	idleSends    = []string{"note", "line", "reminder", "nudge", "quick", "again"}
	// letterWords after "sending you this" name the email itself.
	letterWords = []string{"message", "email", "e", "mail", "letter"}
	// dayPins are the words of a relative day that name one day or a part
	// of it, in each language: "tomorrow", "this afternoon", "heute
	// nachmittag", "demain matin", "esta tarde", "stasera", "amanhã",
	// "vanmiddag"; not "next week" or "end of the month", which leave the
	// day to choose (see Tables.sentsOnDay). Each is one word, as hits
	// hold them: "après" and "midi" of "après-midi", whose hyphen set
	// would keep (the hyphen of "ce week-end" pins no day).
	dayPins = []string{"today", "tomorrow", "tonight", "afternoon", "morning", "evening", "noon", "midnight",
		"today's", "tomorrow's", "tonight's", "tommorrow", "tommorow", "tomorow", "tonite", "tommorrow's",
		"tommorow's", "tomorow's", "tonite's",
		"morgen", "heute", "übermorgen", "nachmittag", "abend", "früh", "vormittag",
		"demain", "aujourd'hui", "matin", "après", "midi", "soir",
		"mañana", "hoy", "tarde", "noche", "temprano",
		"domani", "oggi", "dopodomani", "stamattina", "stamani", "stasera", "pomeriggio", "mattina", "domattina",
		"amanhã", "hoje", "manhã", "noite",
		"vandaag", "overmorgen", "vanmiddag", "vanochtend", "morgenochtend", "morgenmiddag", "vanavond", "vanmorgen"}
	// awaitWords open a clause that waits for what the writer sent to
	// reach the reader (see Tables.awaitsArrival): "once you get these",
	// "when it arrives". receiveWords follow "you" in it and sentObjects
	// name what was sent.
	awaitWords   = []string{"once", "when", "after", "until", "till"}
	receiveWords = []string{"get", "receive"}
	sentObjects  = []string{"it", "them", "these", "this", "those"}
	// honorifics are titles whose stop leads on to a name ("Mr. Lund").
	honorifics = []string{"mr", "mrs", "ms", "dr", "prof", "messrs", "mme", "mlle", "hr"}
	// fileExts end a file's name: a number before one is part of the name
	// ("2205.doc").
	fileExts = []string{"doc", "docx", "xls", "xlsx", "xlsm", "pdf", "ppt", "pptx", "txt", "csv", "zip", "jpg", "jpeg",
		"png", "gif", "htm", "html", "wpd", "rtf", "msg", "tif", "tiff", "db", "mdb", "xml"}
	// numberAbbrevs are short forms whose stop leads on to a number in the
	// same sentence ("ext. 4412", "approx. 40 seats", "Tel. 713 555 2290",
	// "Par. 5", "Sec. 3.2", "Rev. 3", "p. 12").
	numberAbbrevs = []string{"ext", "tel", "ph", "approx", "nr", "no", "ref", "fig", "vol", "p", "pp", "par", "para", "sec",
		"art", "pg", "mtr", "acct", "rev", "apt", "ste"}
	// foreseeWords after "we should" foresee what will happen rather than
	// recommend a step: "we should be on the list", "we should get it by
	// Thursday", "we should expect rain" (see Recommends). "Get" and
	// "have" recommend as often ("we should get a quote", "we should have
	// a call"); they are left out of the recommendations, as the safer
	// reading.
	foreseeWords = []string{"be", "get", "have", "expect", "assume", "anticipate", "know", "hear", "see", "receive",
		"find", "need", "note", "end"}
	// stepHedges may stand between "we should" and the step it
	// recommends: "we should also ask Dana", "we should probably wait".
	stepHedges = []string{"also", "probably", "really", "definitely", "just", "still", "now", "then", "first",
		"all", "both", "certainly", "perhaps", "maybe", "either", "seriously"}
	// stepLeads open the clause that "we should" recommends in: "I think
	// we should", "my view is that we should", "so we should", "Dana said
	// we should" (see Recommends).
	stepLeads = []string{"that", "think", "thought", "feel", "felt", "believe", "guess", "suppose", "say", "said", "says",
		"suggest", "recommend", "agree", "so", "but", "and", "then", "maybe", "perhaps", "therefore", "however",
		"finally", "now", "also", "still", "yes", "ok", "okay", "probably", "if", "once", "when"}
	// negations close before a done word make it no news: "we haven't
	// signed it yet", "n'avons pas signé", "noch nicht unterschrieben",
	// "noch keinen Vertrag unterschrieben". The words for "no" before a
	// noun ("keinen Rabatt", "ningún descuento", "nessuno sconto", "nenhum
	// desconto", "aucune remise") deny it too.
	negations = []string{"not", "never", "haven't", "hasn't", "hadn't", "didn't", "don't", "doesn't", "isn't",
		"aren't", "wasn't", "weren't", "nicht", "nie", "kein", "keine", "keinen", "keinem", "keiner", "keines",
		"keinerlei", "pas", "jamais", "aucun", "aucune", "no", "nunca", "ningún", "ninguna", "ninguno", "non",
		"nessun", "nessuno", "nessuna", "não", "nenhum", "nenhuma", "niet", "nooit", "geen",
		// a subject that denies the step: "nobody has signed yet",
		// "nothing has been decided"
		"nobody", "nothing", "none", "noone"}
	// heldNegations before "until", "till" or "before" and a time say a
	// thing waits for that time: "the grange won't vote until Tuesday",
	// "the rates don't take effect till May" (see heldUntil).
	// A negation in the past ("didn't", "was not", "never") tells how
	// something went ("the seed didn't ship until Monday"), not when it will
	// happen: heldPastAux are the words before "not" that make it past.
	heldNegations = []string{"not", "won't", "don't", "doesn't", "isn't", "aren't", "can't", "cannot", "shouldn't"}
	heldPastAux   = []string{"did", "had", "was", "were"}
	// heldWords are the words after such a negation that name the time
	// waited for.
	heldWords = []string{"until", "till", "before"}
	// backWords after "I won't be" or "we're not" give notice of when the
	// writer can be reached again, as awayWords do (see awayNotice).
	backWords = []string{"back", "around", "available", "here", "reachable", "online", "there", "return", "returning"}
	// relayWords pass on what someone said: "Dana told me the vote is on
	// Tuesday" (see relayedNews).
	relayWords = []string{"told", "tells", "said", "says", "mentioned"}
	// relaySelfWords before a word of relayWords make it the writer's or
	// the reader's own words, which the reader has: "you said", "as I
	// mentioned", "we told them".
	relaySelfWords = []string{"i", "we", "you", "i've", "we've", "you've", "i'd", "we'd", "you'd", "as"}
	// chaseWords are the verbs of a follow-up ("following", "check",
	// "touching", "circle"); chaseBridges may stand between someone and
	// the follow-up they made ("called to", "was", "has been", "just");
	// otherSubjects are someone else as a subject ("he", "she's",
	// "they"), and otherFrom say where a named person is from ("Rosa
	// from the grange", "Dana at Hay Co"). "Dana called to follow up
	// about the hay" reports someone else's follow-up (see
	// othersFollowUp).
	// readerMay, with "you", make a verb of following up the reader's
	// step (readersFollowUp): "you might check in with Sam", "could you
	// touch base with legal?"; interestWords before "in" and perhapsWords
	// opening the sentence do the same ("interested in following up",
	// "Maybe check in with Sam?").
	readerMay     = []string{"might", "may", "could", "should", "can", "would", "will"}
	interestWords = []string{"interest", "interested"}
	perhapsWords  = []string{"maybe", "perhaps"}
	chaseWords    = []string{"follow", "following", "followed", "check", "checking", "checked", "touch", "touching", "circle", "circling"}
	chaseBridges  = []string{"to", "called", "calls", "phoned", "rang", "emailed", "wrote", "came", "stopped", "by", "is", "was", "are", "were", "has", "had", "have", "been", "will", "would", "wants", "like", "just", "also"}
	otherSubjects = []string{"he", "she", "they", "he's", "she's", "they're", "they've", "he'll", "she'll", "they'll", "he'd", "she'd", "they'd"}
	otherFrom     = []string{"from", "at", "of", "with"}
	// whereStates after "do you know where" ask where a thing stands or
	// is: "do you know where Dana stands on the lease?", "…where the
	// signed copy is?", "…where this is headed?". Any other verb asks
	// where something is done: "do you know where the grange keeps the
	// bale hooks?" (see whereElse).
	whereStates = []string{"is", "are", "was", "were", "'s", "stands", "stand", "standing", "landed", "headed",
		"heading", "going", "it's", "that's", "they're", "we're"}
	// speechWords, with relayWords, before a quotation mark open
	// someone's words: "Dana said "…", "her reply was "…" (see
	// quotedSpeech).
	speechWords = []string{"say", "asked", "asks", "wrote", "writes", "replied", "replies", "answered",
		"added", "adds", "was", "were", "is", "goes", "went"}
	// readerWishWords after "if you" say the reader wishes it: "I'll be in
	// town Friday if you want to walk the fields" (see visitOffered).
	readerWishWords = []string{"want", "wish", "care"}
	// visitPlaces after "I'll be" or "we're" put the writer at a place
	// the reader may come to: "in town", "at the fair", "near the co-op",
	// "visiting the mill", "passing through Reno" (see visitOffered).
	visitPlaces = []string{"in", "at", "near", "by", "over", "visiting", "passing", "driving", "coming", "heading", "headed",
		"stopping"}
	// contactNouns name a telephone number and contactMods may stand
	// before them: "Rosa's new direct line", "his cell phone number" (see
	// contactGiven).
	contactNouns = []string{"number", "numbers", "no", "cell", "phone", "telephone", "line", "fax", "mobile", "pager", "cellphone",
		"email", "mail", "address"}
	contactMods = []string{"new", "direct", "cell", "phone", "telephone", "home", "work", "office", "mobile", "fax", "desk",
		"private", "personal", "main", "current", "best", "contact", "email", "mail", "e", "-"}
	// mailVerbs write to someone at an address: "email Rosa at
	// rosa@grange.example" (see contactGiven).
	mailVerbs = []string{"email", "mail", "write", "message"}
	// sContractions end in "'s" but own nothing: "it's 608-555-0142"
	// gives a number, "he's at" tells where someone is.
	sContractions = []string{"it's", "that's", "what's", "here's", "there's", "he's", "she's", "who's", "let's", "where's",
		"one's", "how's", "when's", "why's", "everyone's", "someone's"}
	// zoneWords are time zones (timeZones) that are also words or common
	// abbreviations: French "et", "est", "cet", German "ist", "pt." for
	// point or part.
	zoneWords = []string{"et", "est", "ist", "cet", "ct", "mt", "pt"}
	// askAuxWords open a question whether a day or time suits the reader,
	// and suitsWords ask it (Tables.timeAsks).
	askAuxWords = []string{"does", "would", "could", "will", "can", "is", "might"}
	// whWords and then the writer (writerWords) and a word of viewWords,
	// after "here's" or "here is", open the writer's own view, not
	// material: "here's what I suggest", "here is where we came out",
	// "here's what we'd do"; "here's what I sent to Dana" hands something
	// over.
	whWords   = []string{"what", "how", "where"}
	viewWords = []string{"suggest", "propose", "recommend", "think", "believe", "want", "need", "would", "plan",
		"landed", "came", "am", "are", "stand", "see", "understand",
		"thinking", "suggesting", "proposing", "recommending", "planning"}
	// questionOpenWords open a question: a question word or an auxiliary
	// put first (Tables.afterAside).
	questionOpenWords = []string{"what", "when", "where", "which", "who", "whom", "whose", "why", "how",
		"do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should",
		"shall", "may", "might", "have", "has", "had"}
	suitsWords = []string{"work", "works", "suit", "suits", "fit", "fits", "okay", "ok"}
	// thankedNouns are more of what a writer thanks for at a date.
	thankedNouns = []string{"time", "chat", "demo", "visit", "session", "lunch", "dinner", "help", "hospitality",
		"walkthrough", "presentation", "call", "talk", "feedback", "intro", "introduction"}
	// stopWords are common words of four letters or more that carry no
	// content on their own.
	stopWords = []string{
		"that", "this", "with", "have", "just", "your", "from", "will", "would", "about", "there",
		"what", "when", "know", "want", "wanted", "like", "been", "were", "they", "them", "then",
		"than", "some", "also", "into", "only", "more", "make", "sure", "thanks", "thank", "hope",
		"well", "please", "regards", "best", "time", "hear", "back", "still", "here", "could",
		"should", "which", "these", "those", "their", "very", "really", "much", "many", "does",
		"doing", "done", "being", "each", "other", "over", "such", "same", "where", "while",
		"again", "always", "anything", "something", "everything", "things", "thing", "great",
		"good", "happy", "glad", "love", "need", "help", "free", "whenever", "soon", "today",
		"week", "team", "message", "email", "note", "reply", "touch", "base", "checking",
		"following", "update", "updates", "thoughts", "questions", "question", "moment", "chance",
		"cheers", "kind", "hello", "dear", "morning", "afternoon", "folks", "everyone", "guys",
		// common English words that say nothing specific on their own
		"after", "before", "because", "since", "until", "through", "during", "without", "within",
		"around", "below", "above", "under", "between", "might", "must", "shall", "can't", "won't",
		"don't", "didn't", "doesn't", "haven't", "hasn't", "isn't", "aren't", "wasn't", "i'm",
		"i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll", "we're", "we've", "we'd",
		"it's", "that's", "there's", "what's", "let's", "get", "gets", "getting", "got", "give",
		"take", "come", "going", "look", "looking", "see", "seen", "think", "thinking", "feel",
		"said", "says", "tell", "told", "keep", "find", "found", "work", "works", "working", "able",
		"thought", "wondering", "curious", "reach", "reaching", "reached", "connect", "reconnect",
		"touching", "follow", "followup", "circle", "circling", "bump", "bumping", "ping",
		"interested", "interest", "opportunity", "discuss", "discussed", "discussion", "chat",
		"call", "talk", "talked", "speak", "spoke", "meet", "meeting", "conversation", "catch",
		"side", "end", "part", "point", "days", "weeks", "month", "while", "yet", "already",
		"anyone", "someone", "everyone", "nothing", "whatever", "whether", "either", "neither",
		"quick", "quickly", "short", "brief", "briefly", "little", "bit", "lot", "lots", "busy",
		"appreciate", "appreciated", "welcome", "understand", "totally", "completely", "certainly",
		"definitely", "absolutely", "probably", "perhaps", "maybe", "actually", "basically",
		"last", "next", "previous", "earlier", "later", "recent", "recently", "latest", "status",
		"progress", "news", "feedback", "response", "respond", "answer", "decision", "decide",
		"plan", "plans", "step", "steps", "forward", "ahead", "move", "moving", "along", "track",
		"radar", "inbox", "priority", "priorities", "convenient", "convenience", "available",
		"possible", "possibility", "regarding", "concerning", "re", "fw", "fwd",
	}
	// afterDayWords may follow a day of the month given as an ordinal
	// alone: "on the 12th at 10", "the 3rd or the 4th", "the 21st works",
	// "on the 30th only".
	afterDayWords = []string{"at", "or", "and", "to", "by", "for", "in", "is", "if", "as", "then", "from",
		"until", "till", "through", "thru", "would", "could", "will", "works", "work", "suits", "suit", "only"}
	// dayLeads, before "the" and an ordinal, make it a day of the month
	// where a word of dayGoesOnWords follows: "on the 9th so we…", "by the
	// 12th let Dana know", "on the 3rd of each month" (see Tables.ranks).
	dayLeads = []string{"on", "by", "until", "till", "before", "after", "since", "from", "through", "thru"}
	// daySpanWords, like the dayParts, name a stretch of time that "of the"
	// and an ordinal date: "the week of the 14th", "the morning of the 9th"
	// (see Tables.spanOf).
	daySpanWords   = []string{"week", "weekend", "day"}
	dayGoesOnWords = []string{"of", "that", "which", "so", "what", "has", "was", "also", "due", "let", "you", "we",
		"please", "just", "but", "instead", "after", "with", "when", "unless", "because", "didn't", "won't"}
	// stopMore are words that name the topic of a nudge rather than new
	// content ("the proposal", "my application").
	stopMore = []string{
		"proposal", "quote", "email", "emails", "note", "notes", "request", "application", "documents",
		"document", "draft", "below", "attached", "information", "details", "regards", "sincerely",
		"warm", "warmly", "wishes", "cheers", "best", "hope", "hoping", "weekend", "sometime", "soon",
		"reply", "replies", "hearing", "heard", "touch", "mind", "inbox", "pressure", "rush", "bother",
		"kindly", "grateful", "position", "earliest", "further", "require", "required", "trust",
		"writing", "write", "wrote", "again", "once", "resend", "resending", "cracks", "slipped",
		"buried", "gentle", "gently", "friendly", "reminder", "nudge", "resurfacing", "advise", "keen",
		"minute", "minutes", "whenever", "either", "anyway", "hectic", "crazy", "everything", "going",
		"things", "matter", "item", "items", "topic", "subject", "yours", "faithfully", "truly",
	}
	salutations = []string{"hi", "hello", "hey", "dear", "good", "morning", "afternoon", "evening", "team", "all", "folks", "everyone", "greetings"}
	imperatives = []string{
		"please", "send", "call", "use", "make", "add", "remove", "change", "check", "ask", "tell", "keep",
		"hold", "move", "put", "take", "give", "go", "do", "don't", "stop", "start", "cut", "drop", "sign",
		"forward", "book", "order", "pull", "print", "fix", "bring", "leave", "pick", "try", "note", "read",
		"review", "approve", "route", "file", "update", "delete", "share", "set", "include", "contact",
		"submit", "replace", "cancel", "escalate", "skip", "avoid", "ship", "wait", "treat", "handle",
		"reply", "let's", "never", "only", "assume", "talk", "confirm", "schedule", "pay", "refund",
		"invoice", "reject", "accept", "offer", "bill", "tear", "close", "open", "run", "write", "rewrite",
		"explain", "plan", "prepare", "draft", "list", "get", "have", "ensure", "make", "double-check",
		"continue",
	}
	// timeAskVerbs ask the reader for a length of time: "can you find 15
	// minutes", "could we grab 20 minutes" (AsksForTime).
	timeAskVerbs = []string{"have", "find", "spare", "grab", "get", "give", "steal", "borrow"}
	// mannerWords in the open slot of a change of plan ("move * to") say
	// how, or make "move" a noun: "move swiftly to respond", "move closer
	// to", "move on to", "the move is meant to" (Tables.wildManner).
	mannerWords = []string{"closer", "fast", "faster", "forward", "ahead", "on", "was", "is", "will", "would"}
	// moveTimeWords and the dayParts name the time a change of plan moves
	// something to, after moveLeadWords or not: "move the stand-up to the
	// afternoon", "push it to next week", "shift the call to a later date"
	// (Tables.toTime). "move the grain to the mill" moves goods, no plan.
	moveTimeWords = []string{"today", "tomorrow", "tonight", "week", "weekend", "month", "quarter", "year", "date",
		"day", "time", "slot", "later", "sooner", "eod", "eow", "q", "spring", "summer", "fall", "autumn", "winter"}
	moveLeadWords = []string{"the", "a", "an", "next", "this", "that", "following", "early", "earlier", "late",
		"mid", "end", "start", "beginning", "of", "our", "your", "same", "another", "other", "different"}
	// dayParts after a day name keep it a day: "Sat Morning", "Wed PM".
	dayParts = []string{"morning", "afternoon", "evening", "night", "noon", "am", "pm"}
	// predicateWords after a sentence's first word make that word its
	// subject, a noun, even where it may be an imperative: "book is on your
	// desk", "Order was placed", "Call went well" (Tables.instructs).
	predicateWords = []string{"is", "are", "was", "were", "has", "had", "will", "would", "should", "could", "can",
		"may", "might", "must", "went", "looks", "seems", "needs", "'s"}
	// leadAdverbs are the imperatives that instruct only before another
	// ("Only send…", "Never share…"; see instructs).
	leadAdverbs = []string{"only", "never"}
	// numberingWords name a thing's number or sum after its noun ("Invoice
	// number is 4411", "Order total was $4,200"), and statusVerbs tell
	// what became of a numbered thing ("Order 7731-220 shipped today");
	// see headsSubject.
	numberingWords = []string{"number", "numbers", "id", "total", "amount", "balance", "status", "date"}
	statusVerbs    = []string{"shipped", "arrived", "delivered", "cleared", "left", "posted", "paid", "closed",
		"cancelled", "canceled", "expired", "failed", "bounced", "went", "came"}
	willWords    = []string{"i'll", "we'll", "i'm", "we're", "you'll", "they'll", "he'll", "she'll", "it'll"}
	didWords     = []string{"i've", "we've"}
	didVerbs     = []string{"spoke", "talked", "checked", "called", "read", "asked", "looked", "reviewed", "decided", "agreed", "booked", "moved", "added", "fixed", "approved", "signed", "filed", "found", "went", "met", "told", "reverted", "ordered", "cancelled", "canceled", "deleted", "changed", "updated", "confirmed", "rewrote", "cleared", "tested", "replaced", "issued", "submitted", "finished", "completed", "hired", "lost", "won", "got", "have", "had", "need", "must", "can't", "cannot", "won't", "don't", "can", "should", "did", "do"}
	opinionVerbs = []string{"think", "agree", "disagree", "prefer", "recommend", "suggest", "believe", "doubt", "like", "support", "object", "understand", "expect", "trust", "worry", "feel", "see", "want", "need", "vote", "propose", "rather", "would"}
	opinionToks  = []string{"i'd", "we'd", "imo", "personally", "honestly", "frankly", "otherwise", "instead", "because", "however", "although", "unless", "rather"}
	iForms       = []string{"i'm", "i've", "i'd", "i'll", "ok", "okay", "fyi", "re", "fw", "fwd",
		// words that open a sentence: capitalized there, yet no one's name
		"also", "just", "finally", "again", "yesterday", "today", "recently", "earlier", "already",
		"then", "originally", "previously", "actually", "apparently", "and", "but", "so", "still",
		"anyway", "hopefully", "initially", "never", "only", "once", "this", "that", "who", "which"}
	timeZones = []string{"am", "pm", "pt", "pst", "pdt", "et", "est", "edt", "ct", "cst", "mt", "cet", "cest", "gmt", "utc", "bst", "ist", "jst", "h"}
)

// Word classes of the content measures (bits of Tables.class).
const (
	wStop        int32 = 1 << iota // no content on its own (any supported language)
	wSalute                        // opens a greeting
	wImperative                    // starts an instruction
	wWill                          // "I'll", "we'll": a commitment
	wDid                           // "I've", "we've": a report of work done
	wDidVerb                       // after "I"/"we": a report or an obligation
	wOpinionVerb                   // after "I"/"we": a view or a decision
	wOpinion                       // marks reasoning or a view on its own
	wIForm                         // capitalized for reasons other than being a name (iForms, language.polite)
	wPastComm                      // "sent", "forwarded", …: with "you" after it, passed on earlier
	wPastRef                       // a message or a verb of an earlier exchange ("email", "mentioned")
	wStopCore                      // one of stopWords: the content-word count's own, shorter list
	wLoose                         // starts a phrase of one token or with "*" second (Tables.loose)
	wPaired                        // starts a phrase of two tokens or more (Tables.pairs)
	wSubject                       // "I" or "we": the writer as a sentence's subject
	wLinkStart                     // "http", "https", "www": may start a web address
	wMonth                         // a month's name on its own ("May", "Sept"): a date with a number after it
	wWeekday                       // a weekday's name on its own ("Tue", "Friday")
	wTimeSub                       // opens a clause of time: "until", "after", "once", the "soon" of "as soon as"
	wPerson                        // a person who may be a clause's subject, contracted or not ("we've")
	wNounCaps                      // a common word of a language that capitalizes its nouns (German)
	wForeign                       // a common word of another language, not an English one
	wRise                          // may say a figure goes up or down (the rise-and-fall words, "goes", "go", "going"; see announcedChange)
	wMoved                         // may report a plan moved to a time (movedWords; see movedToTime)
	wTerm                          // may change a deal's terms (termVerbs; see termsOffered)
	wEffect                        // may say a change takes effect ("effect", "effective", "kicks"; see takesEffect)
	wHeld                          // "until", "till", "before": may say a thing waits for a time (see heldUntil)
	wRelay                         // "told", "said", "mentioned"…: may pass on what someone said (relayWords; see relayedNews)
	wAgain                         // may say the writer sends something again (againWords, resendVerbs; see sentBefore)
	wNow                           // "now": may say what someone newly does (see nowDoes)
	wCapitals                      // not a class of words: this token is a name in capitals (Tables.capitals), set per token
)

// wordClass returns the wClass bits of a token hash.
func (t *Tables) wordClass(h uint32) int32 {
	v, _ := t.class.Get(h)
	return v
}

// phrase is one compiled phrase: token hashes, 0 for the "*" wildcard.
type phrase struct {
	kind Kind
	toks []uint32
	text string
}

// Tables is the compiled, immutable form of the phrase tables.
type Tables struct {
	phrases []phrase
	// index maps a first-token hash to a range of order: the phrases
	// starting with that token, longest first (isMonth, the subject).
	index U32Table
	order []int32
	// matchPhrases' candidates, longest first and then in table order:
	// pairs maps a hash of a phrase's first two tokens to a range of
	// paired, loose maps a first token to a range of unpaired, the phrases
	// of one token or with "*" second. A token pair thus reaches only the
	// phrases that can match it.
	pairs, loose     U32Table
	paired, unpaired []cand
	units            U32Table
	scale            U32Table // scaleWords
	measures         U32Table // measureWords
	record           U32Table // recordNouns
	lengths          U32Table // units of a length of time
	// what a question asks for: askWhen for a date or time, askAmount for
	// a figure
	asks U32Table
	past U32Table
	// talked holds talkedWords (see pastBefore)
	talked U32Table
	// pastNoun holds what "of <date>" refers back to ("my letter of 12/5")
	pastNoun U32Table
	// thanked holds what a writer thanks for at a date ("thanks for your
	// time on Tuesday"): pastNoun's words and thankedNouns
	thanked U32Table
	// doneNews holds the done words of every language (doneNewsWords,
	// language.done: doneWord; language.participles: doneWord|doneAfter),
	// determiner each language's determiners (English first, then
	// languages' order), numbered the numberedNouns, zoneWord the zoneWords,
	// toNumber the numberAbbrevs
	doneNews, numbered, zoneWord, toNumber U32Table
	// vagueDone holds vagueDoneWords; closed and stateBe hold closedWords
	// and stateBeForms (see closedState)
	vagueDone, closed, stateBe U32Table
	// changeDone, editDone, doneActor and changeSaid hold changeDoneWords,
	// editDoneWords, doneActors and changeSaidWords (see actedChange)
	changeDone, editDone, doneActor, changeSaid U32Table
	// rise maps riseFallNow, riseFallBase, riseFallIng, "goes", "go" and
	// "going" to their form (riseNowForm…); riseBe holds riseFallBe,
	// upDown "up" and "down", unlessHash "unless" (see announcedChange;
	// happensOnDay reads upDown too)
	rise, riseBe, upDown U32Table
	riseLead, riseOff    U32Table // riseFallLead, riseFallOff
	// changed holds changedWords, changedGo "went" and "gone", figureLink
	// figureLinks and nowHash "now" (see figureChanged; whetherDone reads
	// changedGo too)
	changed, changedGo, figureLink U32Table
	nowHash                        uint32
	// newHash is "new" (wildNewFigure)
	newHash uint32
	// figureKinds and timeKinds are figureKind and dayOrTime as masks
	// (kindsWhere; see figureChanged and nowAtTime)
	figureKinds, timeKinds uint64
	// happenKinds are the time hits happensAt reads: timeKinds and the
	// Covered days that lie behind ("yesterday")
	happenKinds uint64
	// nowLink holds nowLinks, nowLead nowLeads (see nowAtTime), nowVerb
	// nowVerbs (see nowDoes)
	nowLink, nowLead, nowVerb U32Table
	// plannedWill holds plannedWills, pleased pleasedWords (see
	// plannedOnDay)
	plannedWill, pleased U32Table
	// movedTo holds "to", "until" and "till", the words a plan is moved
	// to a time with (see movedToTime)
	movedTo U32Table
	// termModal, termFiller, termLead and termOff hold termModals,
	// termFillers, termLeads and termOffWords (see termsOffered); happy holds
	// "happy" and "glad"
	termModal, termFiller, termLead, termOff, happy U32Table
	// condLead holds "if", "whether", "unless", "once" and "when": before
	// "we" or "I" they make an offer a condition (see offersTerm)
	condLead U32Table
	// ifWord holds "if" in the languages read: a negation after one sets a
	// condition, it denies nothing ("si no te viene bien"; deniedStep)
	ifWord    U32Table
	aboutHash uint32
	// dropHash is "drop", dropNote holds dropNotes
	dropHash uint32
	dropNote U32Table
	// heldNeg holds heldNegations, heldPast heldPastAux and backWord
	// backWords; whyHash is "why" (see heldUntil); relaySelf holds
	// relaySelfWords (see relayedNews)
	heldNeg, heldPast, backWord, relaySelf U32Table
	whyHash                                uint32
	// chaseWord, chaseBridge, otherSubject and otherFrom hold
	// chaseWords, chaseBridges, otherSubjects and otherFrom (see
	// othersFollowUp)
	chaseWord, chaseBridge, otherSubject, otherFrom U32Table
	// readerMay, interest and perhaps hold readerMay, interestWords and
	// perhapsWords; worthHash and wantHash are "worth" and "want" (see
	// readersFollowUp)
	readerMay, interest, perhaps U32Table
	worthHash, wantHash          uint32
	// speechWord holds relayWords and speechWords (see quotedSpeech)
	speechWord U32Table
	// whereTeller holds "here", "this" and "that", and thatsHash is
	// "that's" (see whereTold)
	whereTeller U32Table
	thatsHash   uint32
	// whereState holds whereStates; whereHash is "where" (see whereElse)
	whereState U32Table
	whereHash  uint32
	// readerWish holds readerWishWords, readerFree "free" and "around",
	// and visitPlace visitPlaces; likeHash, youdHash and youreHash are
	// "like", "you'd" and "you're" (see visitOffered)
	readerWish, readerFree, visitPlace U32Table
	// consent holds the words of consent ("okay", "acceptable"), suitsIf
	// "helps", "works" and "suits", and shouldHash is "should" (see
	// Offered)
	consent, suitsIf U32Table
	shouldHash       uint32
	// foresee holds foreseeWords, stepHedge stepHedges and stepLead
	// stepLeads; oughtHash is "ought" (see Recommends)
	foresee, stepHedge, stepLead U32Table
	oughtHash                    uint32
	// contactNoun holds contactNouns, contactMod contactMods, mailVerb
	// mailVerbs, sContraction sContractions, thirdPossessive "his", "her"
	// and "their", thirdObject "him", "her" and "them", and itIs "it's",
	// "its" and "that's"; itHash is "it" (see contactGiven)
	contactNoun, contactMod, sContraction, thirdPossessive, thirdObject, itIs, mailVerb U32Table
	itHash                                                                              uint32
	likeHash, youdHash, youreHash                                                       uint32
	// effectLead and effectBeing hold effectLeads and effectBe; effectHash
	// is "effect", effectiveHash "effective", intoHash "into" and
	// immediatelyHash "immediately" (see takesEffect)
	effectLead, effectBeing                              U32Table
	effectHash, effectiveHash, intoHash, immediatelyHash uint32
	unlessHash                                           uint32
	determiner                                           []U32Table
	// modal holds each language's modals (English first), commitState
	// the commitStates and proposalNoun the proposalNouns by wordsKey
	modal                     []U32Table
	commitState, proposalNoun U32Table
	// timeClause holds "after" and "before", presentAux the presentAuxes
	// and expiresHash "expires" (see presentStep)
	timeClause, presentAux U32Table
	expiresHash            uint32
	// makeSure holds makeSure, sureWord "sure" and "certain"
	makeSure, sureWord U32Table
	// modalProposal the modalProposals by wordsKey, idleModal the
	// idleAfterModal words, embedder the embedders
	modalProposal, idleModal, embedder U32Table
	// doubt holds doubtWords, unsureHash is "unsure" (doubted)
	doubt      U32Table
	unsureHash uint32
	leadAdverb U32Table // leadAdverbs
	// numbering and statusVerb hold numberingWords and statusVerbs (see
	// headsSubject)
	numbering, statusVerb U32Table
	timeAsk               U32Table // timeAskVerbs
	whoAsk                U32Table // whoAsks
	// the people a relative "who" may describe ("the people who should
	// sign"), the verbs of telling whose negation leaves "how"
	// unasked ("I can't tell you how many"), and the negations of "can"
	people, tellVerb, cannot U32Table
	// tellYou holds tellYouVerbs
	tellYou              U32Table
	howHash, orHash      uint32
	andHash, betweenHash uint32
	// doorNoun holds "comments", "questions" and "concerns"; anyHash is
	// "any" (see invitesComments)
	doorNoun U32Table
	anyHash  uint32
	// the kinds of street that end an address's street name ("Harbor Road")
	street U32Table
	// midForm holds companyForms and midFormWords, and vsHash is "vs" (see
	// shortFormGoesOn)
	midForm U32Table
	vsHash  uint32
	// the auxiliaries that, before "you" or one of askees, open a polite
	// request ("Can you send…", "Could someone send…")
	politeAux, askees U32Table
	// handOverVerbs and handOverTo, workVerbs, workParticles and helpees
	// (see asksForThing)
	handOver, handOverTo, workVerb, workParticle, helpee U32Table
	helpHash                                             uint32
	// haveAux, haveVerbs and getAbouts (see asksToHave)
	haveAux, haveVerb, getAbout U32Table
	needLead                    U32Table // needLeads (see needsThing)
	// talkingPoints and pointSizes (see countsRemarks)
	talkingPoint, pointSize, pointMove U32Table
	pointHash, pointsHash              uint32
	// deliver holds deliverVerbs, heldOff heldOffVerbs and softAdverb
	// softAdverbs (see stepOnDay)
	deliver, heldOff, softAdverb U32Table
	// "i'd" and "we'd", degreeWords, appreciatedAsks, and the words
	// appreciates and ifYouCould read
	wouldSubject, degree, appreciatedAsk, stateVerb U32Table
	wouldHash, couldHash, appreciateHash            uint32
	ourHash                                         uint32
	seriesNoun                                      U32Table // seriesNouns (see OrdinalName)
	stHash                                          uint32
	decisionAsk                                     U32Table // decisionAsks and language.asks by wordsKey
	howLongWord, howAsk, meUs                       U32Table // howLongWords, howAsks, "me" and "us"
	howManyKey, howMuchKey                          uint32   // "how many", "how much" by wordsKey
	openDoor                                        U32Table // openDoors by wordsKey
	verbCue                                         U32Table // verbCues
	objects                                         U32Table // objectPronouns
	pleaseHash, reHash                              uint32
	mindHash                                        uint32 // "mind": "would you mind" asks (see PleaseAsks)
	giveHash                                        uint32
	// helpWords, itWords, itWouldWords and getVerbs (wouldHelp)
	helpWord, itSubject, itWould, getVerb U32Table
	// bookHash is "book", which bookLead words make a noun (see bookNoun)
	bookHash uint32
	bookLead U32Table
	// which and whenNoun hold whichWords and whenNouns (see whichThing)
	which, whenNoun U32Table
	// "take care" says goodbye where no "of" follows (see instructs);
	// "schedule of" makes a list (see Proposes)
	takeHash, careHash, ofHash, scheduleHash uint32
	// wedHash is "we'd", which doneLead and doneForm words after it make
	// "we had" (see hadDone)
	wedHash            uint32
	doneLead, doneForm U32Table
	// ahead holds the first words of relative days that lie ahead
	// ("tomorrow", "next week"; see resolveDates)
	ahead U32Table
	// "done", "job", "a", "an" and "you've": "you've done a fine job"
	// praises (see praised)
	doneHash, jobHash, aHash, anHash, youveHash uint32
	// pardon holds the verbs that make "please" an apology before a word
	// of pardoned (see instructs)
	pardon, pardoned U32Table
	// rhetorical holds the rhetoricalQuestions by wordsKey (see questions)
	rhetorical U32Table
	// approx holds approxWords, notPlural notPluralWords and onDate
	// onDateWords (see countRange)
	approx, notPlural, onDate U32Table
	// advised holds the words after "please be" that make a notice of it
	// (see instructs)
	advised U32Table
	// unsaidI holds unsaidIVerbs (see instructs), noteHash is "note",
	// rememberHash "remember" and knowHash "know" (see notice); noStep
	// holds goodbyes and heedPhrases by wordsKey
	unsaidI                          U32Table
	noteHash, rememberHash, knowHash uint32
	noStep                           U32Table
	// signOffVerb and signOffEnd hold signOffVerbs and signOffEnds (see
	// signsOff)
	signOffVerb, signOffEnd U32Table
	// signOffYou and signOffTo hold signOffYous and signOffTos, nameVerb
	// nameVerbs and marvel marvelVerbs (see instructs, politeAsk)
	signOffYou, signOffTo U32Table
	nameVerb, marvel      U32Table
	clauseVerb            U32Table // clauseVerbs
	boxHash               uint32   // "box", after "P.O." (see sentencesAndClasses)
	// "were able to", "was able to": asks what was done, see Proposes
	ableHash, wereHash, wasHash uint32
	// already holds alreadyWords, askedWords askedVerbs, breakUp the
	// first words of breakUpPhrases, atHour atHourWords and hourWords
	// hourNames
	already, askedWords, breakUp, atHour, hourWords U32Table
	// byHour holds byHourWords; notClock notClockWords, the words before
	// "time" (timeHash) that name no clock
	byHour, notClock U32Table
	clockLead        U32Table // clockLeadWords
	// "at" after a talk word or "meet" times it (see runTogetherClock)
	atHash, meetHash uint32
	untilWord        U32Table // "until", "till": an hour alone may follow (see runTogetherClock)
	wishVerb         U32Table // wishVerbs
	remarkVerb       U32Table // remarkVerbs
	hope             U32Table // hopeWords
	hopeful          U32Table // hopefulWords (see hopedFor)
	butHash          uint32   // "but" (see hopedFor)
	wantYou          U32Table // wantYouWords
	mindVerb         U32Table // mindVerbs
	mindState        U32Table // mindStates
	whySuggest       U32Table // whySuggests by wordsKey
	askHash          uint32   // "ask": "I want to ask you to…" (see asksYouTo)
	eager            U32Table // eagerWords
	feel             U32Table // feelWords (see feels)
	leave            U32Table // leaveWords
	// lookHash and forwardHash spell "look forward", goHash and goingHash
	// the verb that goes on leave (see wishes)
	lookHash, forwardHash, goHash, goingHash uint32
	eagerBe                                  U32Table // eagerBe
	eagerOther                               U32Table // eagerOthers
	eagerAdverb                              U32Table // eagerAdverbs
	away                                     U32Table // awayWords
	absent                                   U32Table // absentWords
	opinion                                  U32Table // opinionNouns
	rangeJoin                                U32Table // rangeJoinWords
	timeHash                                 uint32
	// writer holds writerWords, the subjects that make a chance or a plan
	// the writer's, and owned the ownedWords (writersChance)
	writer U32Table
	// offersInstead: idleSteps; askedOnDay: stepModals, askedIdleVerbs
	idleStep, stepModal, askedIdle U32Table
	// happensOnDay: happenVerbs, remindWords; whetherDone: "out" and
	// "through" (after changedGo's "went" and "gone")
	happens, remind, outThrough U32Table
	// happened, particleVerb and happenedParticle hold happenedVerbs,
	// particleVerbs and happenedParticles; handover and handoverParticle
	// handoverVerbs and handoverParticles
	happened, particleVerb, happenedParticle, handover, handoverParticle U32Table
	// gainVerb holds gainVerbs (DoneNews)
	gainVerb U32Table
	// happening holds happeningVerbs, finalCond finalConds
	happening, finalCond U32Table
	// knownDeadline: deadlineVerbs, deadlineStates, staysWords,
	// deadlineNouns, deadlineLinks, deadlineAdverbs, deadlineDets,
	// deadlineFresh
	deadlineVerb, deadlineState, stays, deadlineNoun, deadlineLink, deadlineAdverb, deadlineDet, deadlineFresh U32Table
	owned                                                                                                      U32Table
	// ownPriority: forWords, usWords
	forUs, usWord U32Table
	// restates: restateVerbs, restateLeads, withinEmailWords and "as"
	restateVerb, restateLead, withinEmail U32Table
	asHash                                uint32
	// unitLead holds unitLeadWords; listJoin "and" and "or" (and theirs
	// in the other languages), which join the numbers of a list
	// ("sections 3 and 6"); party "party" and "parties"; access the
	// accessWords
	unitLead, listJoin, party, access U32Table
	// reach holds reachWords, reachHop reachHops and reachVerb reachVerbs
	// (reachAt)
	reach, reachHop, reachVerb U32Table
	// negation holds negations; approxHash is "approx", the one short form
	// before a number that leaves it a figure ("approx. 40 seats")
	negation   U32Table
	approxHash uint32
	doesHash   uint32 // "does", which opens a question or tells (Proposes)
	// askAux opens a question whether a time suits the reader ("does",
	// "would"), suits is the verb that asks it ("work", "suit")
	askAux, suits U32Table
	// questionOpen opens a question (afterAside); whWord is a question
	// word (Asks)
	questionOpen, whWord U32Table
	zones                U32Table
	weCan                U32Table // languages' "we can" proposals by wordsKey (language.weCan)
	noHash               uint32   // "no", which after weCan is no negation (weCanDenied)
	// class maps a word's hash to its wClass bits: one lookup per token
	class                   U32Table
	iHash, weHash, willHash uint32
	// eHash and gHash spell "e.g." with iHash and eHash "i.e." (latinAside)
	eHash, gHash          uint32
	iWillHash, weWillHash uint32 // "i'll", "we'll"
	shallHash             uint32
	promiser              U32Table // promisers
	numHash               uint32
	// "of" and its like between a message and its date ("my letter of 12/5", "Anfrage vom 05.02.")
	of U32Table
	// fractionOf holds fractionNouns, predicate predicateWords, dayPart
	// dayParts, manner mannerWords
	fractionOf, predicate, dayPart, manner U32Table
	// moveTime and moveLead hold moveTimeWords and moveLeadWords (toTime)
	moveTime, moveLead                U32Table
	reminderHash, thatHash, whichHash uint32
	// reminder, thatWord, heldDet, heldTerm, heldFresh and foreignWriter
	// hold the other languages' words remindsAgain reads: language.reminders,
	// their "that" after a reminder verb ("dass", "que", "che", "dat"), the
	// possessives their determiners lack ("ons"), language.terms,
	// language.fresh and language.writer.
	reminder, thatWord, heldDet, heldTerm, heldFresh, foreignWriter U32Table
	// happensAbroad holds the other languages' happen words
	// (happensOnDay, in a text written in one of them), and lapseWord
	// the nouns of a deadline after one ("arrive à échéance"; see
	// lapsesAbroad).
	happensAbroad, lapseWord U32Table
	// soHash is "so"; modalCan holds "can" and "could", and meetVerb
	// meetVerbs (see soThat)
	soHash             uint32
	modalCan, meetVerb U32Table
	// clauseJoin holds clauseJoinWords (splitCheckIns), wayHead
	// wayHeadWords, wayOther wayOthers and wayChoose wayChoices (othersWay)
	clauseJoin, wayHead, wayOther, wayChoose U32Table
	// heardKeys are the wordsKeys of the check-ins "heard anything" and
	// "have you heard anything", and heardOwn holds heardOwnWords,
	// deadlineNouns and recordNouns (heardOfOthers; with aboutWord)
	heardKeys, heardOwn U32Table
	// askedSteps are the wordsKeys of esStepAsks and itStepAsks, and
	// whetherWords holds Spanish "si" and Italian "se" (whether), which may
	// stand before one (statedStep)
	askedSteps, whetherWords U32Table
	// justWantedKey is the wordsKey of "just wanted to" (see
	// wantedToTell)
	justWantedKey uint32
	// announce, purpose and readerPronoun hold announceWords,
	// purposeWords and readerPronouns (splitCheckIns)
	announce, purpose, readerPronoun U32Table
	// canHash is "can"; offerer, nonOfferer and offerEmbed hold
	// offerers, nonOfferers and offerEmbeds (see offersOnDay)
	canHash                         uint32
	canNow                          U32Table // canNowWords (nowDoes)
	offerer, nonOfferer, offerEmbed U32Table
	// first words of relative days that lie behind ("yesterday", "last
	// week", "gestern")
	behind U32Table
	// the language of a wForeign word: an index into languages, or -1
	langOf U32Table
	// spanish is Spanish's index in languages (-1 if none), the one
	// language whose questions open with "¿" (see detectLanguage)
	spanish int
	// currency codes after an amount ("12 500 EUR")
	currency U32Table
	// words before a day written "3.4." ("am 3.4.", "le 3.4.")
	dateCue U32Table
	// month names that are also a common word or name ("may", "Mei", "Jan"):
	// a month only after a cue ("in May") or inside a numeric date
	ambiguousMonth U32Table
	// weekday short forms that are also words ("the contract sat on his desk",
	// "in the sun"): written in lower case, a day only after a cue ("on
	// sat") or before its number ("sat 14th")
	ambiguousDay U32Table
	// the words between a day and its month: "15 de abril", "1er mars", "1º de maio"
	deHash, delHash, erHash, ordHash uint32
	theHash                          uint32   // "on the 12th"
	diaHash                          uint32   // "terça, dia 24" (see Tables.dayAfterWeekday)
	afterDay                         U32Table // words that may follow "the 12th" (afterDayWords)
	dayLead, dayGoesOn               U32Table // dayLeads, dayGoesOnWords
	daySpan                          U32Table // daySpanWords
	backHash, onHash, inHash         uint32
	// verbs of coming back to something later, and the present of "be":
	// "check back in January" and "she is back on Monday" look ahead
	// where "back in January" looks back
	comeBack U32Table
	// inviteNouns and dateLinkWords, and the hash of "for" (invitedFor)
	invites, dateLink U32Table
	forHash           uint32
	// words that lead to a year ("in 2027", "seit 2019"), and those that
	// lead to a year naming what follows ("the 2025 pricing"): see YearAt
	toYear, yearOf                    U32Table
	youHash, overHash, toHash, beHash uint32
	beenHash, yetHash                 uint32 // see notHandedOver
	getForms                          U32Table
	aboveHash, belowHash              uint32 // see itemRef
	isHash, areHash                   uint32
	attachingHash, enclosingHash      uint32
	// fileWord holds the words that say files go with the text
	// ("attached", "enclosing"), fileLead the words before one that hand
	// them over ("see", "find", "I've"), and fileNoun "attachment(s)"
	// (see handsOverInText); earlier holds earlierWords (saysEarlier)
	fileWord, fileLead, fileNoun, earlier U32Table
	monthCue                              U32Table
	// "I'll", "we'll", "she'll": a commitment, whoever makes it, unless
	// one of futureAsked opens it: "when we'll hear back" asks
	futureWill, futureAsked U32Table
	// the verbs of a promise to pass news on to "you": "let", "keep",
	// "tell", "email" (tellWords; see tellsLater)
	tellReader    U32Table
	again, resend U32Table // againWords, resendVerbs
	// the word sets of invertAuxWords, clauseSubjects, spendTimeWords,
	// capsParticles (with the determiners and pronouns), capsVerbWords,
	// readerWriterWords, entryWords, willAdverbWords, mealWords and
	// tallyWords
	invertAux, clauseSubject, spendTime, capsObject, capsVerb U32Table
	titleJoin                                                 U32Table // titleJoinWords
	readerOrWriter, entries, willAdverb, meals, tallied       U32Table
	// pronouns of people other than the writer and the reader
	others                      U32Table
	leftHash, myHash, heresHash uint32
	// remainWord holds remainWords
	remainWord U32Table
	// arrival and arrivalDet hold arrivalWords and arrivalDets
	arrival, arrivalDet U32Table
	// the past tenses that open a check-in phrase ("left you a voicemail",
	// "reached out", "tried to reach"): someone else's attempt is a report
	othersDid               U32Table
	hereHash, seeHash       uint32
	linkedHash, agoHash     uint32
	linkers                 U32Table // linkerWords
	timesHash               uint32
	wh, view, fileExt       U32Table // whWords, viewWords, fileExts
	honorific               U32Table // honorifics
	stillHash, needHash     uint32
	needsHash, receivedHash uint32
	haventHash, notHash     uint32
	dontHash                uint32 // "don't"
	// doHash is "do", which a subject after it makes a question (see
	// instructs: "do you have the count")
	doHash    uint32
	doSubject U32Table
	// "do", "does", "did": "do you still need…" offers, it does not ask
	doForms U32Table
	// words that may stand before a clause-opening "here is" or "see the"
	// (see pointsAt), and what "see the" points at wherever it stands
	openers, pointers            U32Table
	sceneOpen, condOpen          U32Table // sceneOpeners and condOpeners (see leadsOff)
	letHash, ifHash, whetherHash uint32
	// questionNoun ("question", "questions") and aboutWord (aboutWords)
	// announce the questions a sentence names (announced)
	questionNoun, aboutWord            U32Table
	haveHash, hasHash, hadHash, byHash uint32
	// stepAux holds stepAuxWords and stepVerb stepVerbs; everHash is
	// "ever" (see stepAsks)
	stepAux, stepVerb U32Table
	// whetherWrapper holds whetherWrappers by wordsKey, meetingWish
	// meetingWishes.
	whetherWrapper, meetingWish U32Table
	// chase holds chasePhrases by wordsKey, chaseTail chaseTails and
	// laterWords, later laterWords, tailStop tailStops, tailUnit tailUnits,
	// and deferOnly deferPhrases by wordsKey.
	chase, chaseTail, later, tailStop, tailUnit, deferOnly U32Table
	// whenClause holds whenClauses by wordsKey (see Tables.timesClause).
	whenClause U32Table
	// stillHead holds stillOnHeads, plannedHeads and aliveHeads by
	// wordsKey, datePrep datePreps and dayOpen dayOpeners (see
	// Tables.datedStillAsks).
	stillHead, datePrep, dayOpen U32Table
	// jointWord holds jointWords and jointPast jointPastWords (see
	// Tables.chasesOnDay).
	jointWord, jointPast U32Table
	// stepDone holds the past forms of stepVerbs (participles, and
	// "spoke") and "received" (see Tables.askedWhether).
	stepDone U32Table
	// await holds awaitWords, receive receiveWords and sentObject
	// sentObjects; arriveHash and arrivesHash are "arrive" and "arrives"
	// (see Tables.awaitsArrival).
	await, receive, sentObject U32Table
	arriveHash, arrivesHash    uint32
	// dayPin holds dayPins (see Tables.sentsOnDay).
	dayPin U32Table
	// acceptEnd holds acceptEnds, ackEnd ackEnds.
	acceptEnd, ackEnd U32Table
	// thanksHead holds thanksHeads, thanksWord thanksWords.
	thanksHead, thanksWord U32Table
	// doneIrregular holds doneIrregulars.
	doneIrregular U32Table
	// unmet holds unmetWords.
	unmet U32Table
	// stepWords holds each language's already, or and wh words but
	// English's, in the order of languages, and meWord meWords (see
	// alreadyAsks)
	stepWords []stepWords
	meWord    U32Table
	weDid     U32Table // weDidWords
	everHash  uint32
	// offerToMeKey is the wordsKey of the proposal "want me to", which
	// offers only when the reader wants it (see Proposes)
	offerToMeKey uint32
	// howAboutKey and whatAboutKey are the wordsKeys of "how about" and
	// "what about", which ask after the reader before one of yours
	// ("How about you?"); letLead holds letLeads and persons
	// personPronouns (see bookNoun)
	howAboutKey, whatAboutKey uint32
	yours, letLead, persons   U32Table
	// proposing holds the wordsKeys of proposingForms (see writerIs),
	// handed handedWords (see handedNoun); causer and caused hold
	// causerWords and causedWords (see DoneNews)
	proposing, handed, causer, caused U32Table
	// advising and hard hold advisingWords and hardWords, adviser
	// adviserWords
	advising, hard, adviser U32Table
	// heldBy holds heldByWords, gotWord gotWords, and getHash and didHash
	// "get" and "did" (see heldNoun); owner holds ownerWords
	heldBy, gotWord, owner U32Table
	getHash, didHash       uint32
	// callLength holds the wordsKeys of callLengths, readings the
	// readingWords (see Proposes)
	callLength, readings U32Table
	// noNewsLead holds the words after which a done word is no news (see
	// DoneNews): "as", after which it is what the reader knows ("as
	// agreed"), and the prepositions after which it is the adjective of
	// what follows ("of approved vendors", "with reduced hours", "limited
	// to fixed prices") or, after "to", a plan ("to cut costs")
	noNewsLead U32Table
	// see MaterialSpan: looseEnds, participles, leadOn, afterNamed, beForms, clauseOpens
	looseEnds, participle, leadOn, afterNamed, beForms, clauseOpens U32Table
	// brings: checkInEnds, lightWords, idleAfterWith, nounEnds
	checkInEnd, light, idleWith, nounEnd U32Table
	withHash                             uint32
	// recalls: recallPreps, talks, relativeWords, readerAskWords after
	// "your" (yourHash)
	recallPreps, talks, relatives, readerAsk U32Table
	// fromHash is "from" (writerLacks)
	yourHash, fromHash uint32
	// capitals that mark an email rather than name anything (acronym)
	markers U32Table
	// hashes of the tokens that start a web address
	httpHash, httpsHash, wwwHash uint32
	// "sending you", "forwarding you": progressives, sendHops, idleSends,
	// letterWords (pointsAt)
	sendingHash, forwardingHash    uint32
	justHash                       uint32
	progressive, sendHop, idleSend U32Table
	letter                         U32Table
	amHash, thisHash               uint32
	// "here's the status of": statusGiven; standingWord the
	// standingWords (standing)
	statusHash   uint32
	standingWord U32Table
	// "when", which opens a clause of time before a subject other than
	// the reader (inTimeClause), and readerSubject the reader as one
	whenHash               uint32
	readerSubject, whenAsk U32Table
	// findNot holds findNotWords (pointsAt)
	findNot U32Table
	// "no", "nos", "num" between a record and its number: numberedBy
	numberWord U32Table
}

// What a question asks for (Tables.asks, Features.qAsks).
const (
	askWhen   = 1 << iota // a date or time
	askAmount             // a figure
)

// tellWords are the verbs of telling someone news, each said before "you"
// in a promise to pass it on: "I'll let you know", "we'll keep you
// posted", "I'll email you once the permit clears" (see tellsLater).
var tellWords = []string{
	"let", "keep", "tell", "update", "inform", "advise", "notify", "alert", "email", "e-mail",
	"call", "phone", "ring", "text", "ping", "write",
}

// againWords say that a message sends what it carries once more, in the
// languages of the phrase tables: "Attaching the business case again",
// "resending", "anbei nochmals das Angebot". Each is one token: the
// tokenizer splits "re-attaching" at the hyphen (see resendVerbs).
// earlierWords place a thing in an earlier message or time: "the deck
// from my previous email", "the quote from last week" (see saysEarlier).
var earlierWords = []string{"previous", "previously", "earlier", "last", "prior", "original", "originally", "before"}

var againWords = []string{
	"again", "reattaching", "reattached", "reattach", "resending", "resend", "resent",
	// one word each in the other languages ("à nouveau", "de nuevo" and
	// "di nuovo" are two, and their second means "new" on its own)
	"erneut", "nochmals", "nochmal", "renvoie", "nuevamente", "reenvío", "reenvio", "nuovamente",
	"rinvio", "novamente", "opnieuw", "nogmaals",
}

// resendVerbs are the sending verbs that "re-" makes a resend of:
// "re-attaching", "re-sent", "re-forwarding".
var resendVerbs = []string{
	"attach", "attaching", "attached", "send", "sending", "sent", "forward", "forwarding", "forwarded",
	"share", "sharing", "shared", "circulate", "circulating", "circulated",
}

// persons are the people who may be the subject of a clause, contracted or
// not (wPerson).
var persons = []string{
	"i", "we", "you", "he", "she", "they", "i've", "we've", "you've", "they've", "i'd", "we'd",
	"you'd", "they'd", "i'm", "we're", "you're", "they're", "he's", "she's", "i'll", "we'll", "you'll",
}

// Compile builds the matcher tables. Call it once; the result is read-only.
func Compile() *Tables {
	units, past, zones := slices.Concat(unitWords, scaleWords), slices.Clone(pastWords), slices.Clone(timeZones)
	lengths, when, amount := slices.Clone(lengthWords), slices.Clone(askWhenWords), slices.Clone(askAmountWords)
	pastNoun, of := slices.Clone(pastNouns), []string{"of"}
	behind := []string{"yesterday", "yesterday's", "last", "earlier"}
	var weCan []string
	tables := [][numKinds][]string{phraseTable}
	for _, l := range languages {
		units, past, zones = append(units, l.units...), append(past, l.past...), append(zones, l.clock...)
		behind, weCan = append(behind, l.behind...), append(weCan, l.weCan...)
		lengths, when, amount = append(lengths, l.lengths...), append(when, l.askWhen...), append(amount, l.askAmount...)
		pastNoun, of = append(pastNoun, l.pastNouns...), append(of, l.of...)
		tables = append(tables, l.table())
	}
	t := &Tables{units: set(units), scale: set(scaleWords), past: set(past), talked: set(talkedWords), pastNoun: set(pastNoun), thanked: set(append(slices.Clone(pastNoun), thankedNouns...)), numbered: set(numberedNouns), record: set(recordNouns), measures: set(measureWords), fractionOf: set(fractionNouns), predicate: set(predicateWords), dayPart: set(dayParts), manner: set(mannerWords), moveTime: set(moveTimeWords), moveLead: set(moveLeadWords), zoneWord: set(zoneWords), toNumber: set(numberAbbrevs), askAux: set(askAuxWords), questionOpen: set(questionOpenWords), suits: set(suitsWords), of: set(of), zones: set(zones), behind: set(behind), numHash: mix(fnvOffset, '#')}
	t.lengths, t.weCan, t.noHash = set(lengths), phraseSet(weCan), HashString("no")
	t.whWord = set(questionOpenWords[:9]) // "what" … "how"
	t.compileDone()
	t.atHour, t.hourWords, t.askedWords = set(atHourWords), set(hourNames), set(askedVerbs)
	t.byHour, t.notClock, t.timeHash = set(byHourWords), set(notClockWords), HashString("time")
	t.writer, t.owned = set(writerWords), set(ownedWords)
	t.forUs, t.usWord = set(forWords), set(usWords)
	t.idleStep, t.stepModal, t.askedIdle = set(idleSteps), set(stepModals), set(askedIdleVerbs)
	t.happens, t.remind, t.outThrough = set(happenVerbs), set(remindWords), set([]string{"out", "through"})
	t.happened, t.particleVerb, t.happenedParticle = set(happenedVerbs), set(particleVerbs), set(happenedParticles)
	t.handover, t.handoverParticle = set(handoverVerbs), set(handoverParticles)
	t.gainVerb = set(gainVerbs)
	t.happening, t.finalCond = set(happeningVerbs), set(finalConds)
	t.deadlineVerb, t.deadlineState, t.stays = set(deadlineVerbs), set(deadlineStates), set(staysWords)
	t.deadlineNoun, t.deadlineLink = set(deadlineNouns), set(deadlineLinks)
	t.deadlineAdverb, t.deadlineDet, t.deadlineFresh = set(deadlineAdverbs), set(deadlineDets), set(deadlineFresh)
	t.restateVerb, t.restateLead, t.withinEmail = set(restateVerbs), set(restateLeads), set(withinEmailWords)
	t.asHash = HashString("as")
	t.party, t.access, t.clockLead, t.wishVerb = set(partyWords), set(accessWords), set(clockLeadWords), set(wishVerbs)
	t.hope, t.wantYou, t.askHash = set(hopeWords), set(wantYouWords), HashString("ask")
	t.hopeful, t.butHash = set(hopefulWords), HashString("but")
	t.mindVerb, t.mindState, t.whySuggest = set(mindVerbs), set(mindStates), phraseSet(whySuggests)
	t.rangeJoin = set(rangeJoinWords)
	t.reach, t.reachHop, t.reachVerb = set(reachWords), set(reachHops), set(reachVerbs)
	t.negation, t.approxHash, t.doesHash = set(negations), HashString("approx"), HashString("does")
	t.unitLead, t.listJoin = set(unitLeadWords), set(listJoinWords)
	first := map[uint32]int32{}
	for _, p := range breakUpPhrases {
		first[Tokenize(nil, p)[0].Hash] = 1
	}
	t.breakUp = NewTable(first)
	asks := map[uint32]int32{}
	for _, w := range when {
		asks[HashString(w)] |= askWhen
	}
	for _, w := range amount {
		asks[HashString(w)] |= askAmount
	}
	t.asks = NewTable(asks)
	seen := map[phraseKey]bool{}
	for _, table := range tables {
		t.addPhrases(&table, seen)
	}
	t.httpHash, t.httpsHash, t.wwwHash = HashString("http"), HashString("https"), HashString("www")
	t.backHash, t.onHash, t.inHash = HashString("back"), HashString("on"), HashString("in")
	t.ambiguousMonth = set([]string{"may", "mei", "jan"})
	t.ambiguousDay = set([]string{"sat", "sun", "wed"})
	t.invites, t.dateLink, t.forHash = set(inviteNouns), set(dateLinkWords), HashString("for")
	t.comeBack = set([]string{"check", "checking", "come", "coming", "circle", "circling", "get", "getting", "follow", "following",
		"touch", "reach", "call", "calling", "write", "report", "loop", "ping", "be", "head", "heading", "fly", "flying",
		// "she is back on Monday", "I'm back at my desk Tuesday": a return to come
		"is", "am", "are", "i'm", "he's", "she's", "we're", "they're", "you're"})
	t.toYear = set([]string{"year", "in", "for", "by", "since", "until", "till", "of", "from", "through", "during", "before", "after",
		"early", "late", "mid", "im", "für", "bis", "seit", "ab", "en", "pour", "depuis", "para", "desde", "hasta", "nel", "dal", "entro", "voor", "sinds", "tot"})
	t.yearOf = set(slices.Concat([]string{"the", "this", "that", "a", "an"}, ownerWords))
	t.currency = set([]string{"eur", "euro", "euros", "dollar", "dollars", "usd", "chf", "gbp", "brl", "mxn"})
	t.dateCue = set([]string{"am", "vom", "bis", "ab", "zum", "seit", "den", "le", "du", "au", "il", "al", "dal", "el", "op", "tot", "van"})
	t.deHash, t.delHash, t.erHash, t.ordHash = HashString("de"), HashString("del"), HashString("er"), HashString("º")
	t.theHash = HashString("the")
	t.diaHash = HashString("dia")
	t.afterDay, t.dayLead, t.dayGoesOn = set(afterDayWords), set(dayLeads), set(dayGoesOnWords)
	t.daySpan = set(daySpanWords)
	t.youHash, t.overHash, t.toHash, t.beHash = HashString("you"), HashString("over"), HashString("to"), HashString("be")
	t.beenHash, t.yetHash = HashString("been"), HashString("yet")
	t.getForms = set([]string{"get", "gets", "got", "getting", "gotten"})
	t.aboveHash, t.belowHash = HashString("above"), HashString("below")
	t.isHash, t.areHash = HashString("is"), HashString("are")
	t.attachingHash, t.enclosingHash = HashString("attaching"), HashString("enclosing")
	t.monthCue = set(monthCues)
	t.looseEnds, t.participle, t.leadOn = set(looseEnds), set(participles), set(leadOn)
	t.afterNamed, t.beForms, t.clauseOpens = set(afterNamed), set(beForms), set(clauseOpens)
	t.others = set([]string{"he", "she", "they", "someone", "somebody"})
	t.invertAux, t.clauseSubject = set(invertAuxWords), set(clauseSubjects)
	t.spendTime = set(spendTimeWords)
	t.capsVerb, t.titleJoin = set(capsVerbWords), set(titleJoinWords)
	t.capsObject = set(slices.Concat(determiners, personPronouns, capsParticles))
	t.readerOrWriter = set(slices.Concat(yoursWords, readerWriterWords))
	t.entries = set(entryWords)
	t.willAdverb = set(willAdverbWords)
	t.meals = set(mealWords)
	t.tallied = set(tallyWords)
	t.leftHash, t.myHash, t.heresHash = HashString("left"), HashString("my"), HashString("here's")
	t.remainWord = set(remainWords)
	t.arrival, t.arrivalDet = set(arrivalWords), set(arrivalDets)
	t.othersDid = set([]string{"left", "reached", "tried"})
	t.hereHash, t.seeHash = HashString("here"), HashString("see")
	t.linkedHash, t.linkers, t.agoHash = HashString("linked"), set(linkerWords), HashString("ago")
	t.sendingHash, t.forwardingHash = HashString("sending"), HashString("forwarding")
	t.justHash = HashString("just")
	t.progressive, t.sendHop, t.idleSend = set(progressives), set(sendHops), set(idleSends)
	t.await, t.receive, t.sentObject = set(awaitWords), set(receiveWords), set(sentObjects)
	t.arriveHash, t.arrivesHash = HashString("arrive"), HashString("arrives")
	t.dayPin = set(dayPins)
	t.letter, t.amHash, t.thisHash = set(letterWords), HashString("am"), HashString("this")
	t.statusHash, t.standingWord = HashString("status"), set(standingWords)
	t.whenHash, t.readerSubject = HashString("when"), set([]string{"you", "you've", "you'd", "you're", "you'll"})
	t.whenAsk, t.findNot = set(whenAsks), set(findNotWords)
	t.numberWord = set([]string{"no", "nos", "num"})
	t.wh, t.view, t.fileExt, t.timesHash = set(whWords), set(viewWords), set(fileExts), HashString("times")
	t.honorific = set(honorifics)
	t.stillHash, t.needHash, t.needsHash = HashString("still"), HashString("need"), HashString("needs")
	t.receivedHash, t.haventHash, t.notHash = HashString("received"), HashString("haven't"), HashString("not")
	t.dontHash = HashString("don't")
	t.doHash, t.doSubject = HashString("do"), set(doSubjects)
	t.doForms = set([]string{"do", "does", "did"})
	t.openers = set([]string{"and", "but", "so", "ok", "okay", "also", "then", "now", "anyway", "please", "pls", "plz", "kindly"})
	t.sceneOpen, t.condOpen = set(sceneOpeners), set(condOpeners)
	t.fileWord = set([]string{"attached", "enclosed", "attaching", "enclosing"})
	t.fileLead = set([]string{"see", "find", "have", "i've", "we've"})
	t.fileNoun, t.earlier = set([]string{"attachment", "attachments"}), set(earlierWords)
	t.pointers = set([]string{"attached", "enclosed", "below", "following", "link", "attachment", "attachments"})
	t.letHash, t.ifHash, t.whetherHash = HashString("let"), HashString("if"), HashString("whether")
	t.questionNoun = set([]string{"question", "questions"})
	t.aboutWord = set(aboutWords)
	t.haveHash, t.hasHash, t.hadHash, t.byHash = HashString("have"), HashString("has"), HashString("had"), HashString("by")
	t.stepAux, t.stepVerb, t.acceptEnd, t.ackEnd = set(stepAuxWords), set(stepVerbs), set(acceptEnds), set(ackEnds)
	t.thanksHead, t.thanksWord = set(thanksHeads), set(thanksWords)
	t.whetherWrapper, t.meetingWish = phraseSet(whetherWrappers), phraseSet(meetingWishes)
	t.chase, t.chaseTail, t.deferOnly = phraseSet(chasePhrases), set(slices.Concat(chaseTails, laterWords)), phraseSet(deferPhrases)
	t.whenClause = phraseSet(whenClauses)
	t.stillHead, t.datePrep, t.dayOpen = phraseSet(slices.Concat(stillOnHeads, plannedHeads, aliveHeads)), set(datePreps), set(dayOpeners)
	t.later, t.tailStop, t.tailUnit = set(laterWords), set(tailStops), set(tailUnits)
	t.jointWord, t.jointPast = set(jointWords), set(jointPastWords)
	t.doneIrregular = set(doneIrregulars)
	t.unmet = set(unmetWords)
	t.stepDone = set(append(slices.DeleteFunc(slices.Clone(stepVerbs), func(w string) bool {
		past := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || slices.Contains(doneIrregulars, w)
		return !past && w != "spoke"
	}), "received"))
	for _, l := range languages {
		t.stepWords = append(t.stepWords, stepWords{already: set(l.already), or: set(l.or), wh: set(l.wh),
			gotPast: set(l.gotPast), gotParts: set(l.gotParts), perfect: set(l.perfect)})
	}
	t.meWord, t.weDid = set(meWords), set(weDidWords)
	t.everHash = HashString("ever")
	t.offerToMeKey = textKey("want me to")
	t.howAboutKey, t.whatAboutKey = textKey("how about"), textKey("what about")
	t.proposing, t.handed = set(proposingForms), set(handedWords)
	t.heldBy, t.gotWord, t.owner = set(heldByWords), set(gotWords), set(ownerWords)
	t.callLength, t.readings = phraseSet(callLengths), set(readingWords)
	t.getHash, t.didHash = HashString("get"), HashString("did")
	t.causer, t.caused = set(causerWords), set(causedWords)
	t.yours = set(yoursWords)
	t.letLead, t.persons = set(letLeads), set(personPronouns)
	t.noNewsLead = set([]string{"as", "of", "with", "for", "to", "into", "from", "on"})
	t.futureWill = set([]string{"i'll", "we'll", "he'll", "she'll", "they'll", "shall"})
	t.futureAsked = set([]string{"when", "whether", "if"})
	t.tellReader = set(tellWords)
	t.again, t.resend = set(againWords), set(resendVerbs)
	t.checkInEnd, t.light, t.idleWith, t.nounEnd = set(checkInEnds), set(lightWords), set(idleAfterWith), set(nounEnds)
	t.withHash = HashString("with")
	t.recallPreps, t.talks, t.relatives = set(recallPreps), set(talks), set(relativeWords)
	t.readerAsk, t.yourHash, t.fromHash = set(readerAskWords), HashString("your"), HashString("from")
	t.markers = set(emailMarks)
	type wordGroup struct {
		bit   int32
		words []string
	}
	groups := []wordGroup{
		{wStop, stopWords}, {wStop, stopMore}, {wSalute, salutations},
		{wImperative, imperatives}, {wWill, willWords}, {wDid, didWords}, {wDidVerb, didVerbs},
		{wOpinionVerb, opinionVerbs}, {wOpinion, opinionToks}, {wIForm, iForms}, {wPastComm, pastCommWords},
		{wPastRef, pastNouns}, {wPastRef, pastRefVerbs}, {wStopCore, stopWords},
		{wSubject, []string{"i", "we"}}, {wLinkStart, []string{"http", "https", "www"}},
		{wTimeSub, []string{"until", "till", "after", "once", "soon"}}, {wPerson, persons},
		{wRise, riseFallNow}, {wRise, riseFallBase}, {wRise, riseFallIng}, {wRise, []string{"goes", "go", "going"}},
		{wRise, foreignRises()},
		{wMoved, movedWords},
		{wTerm, termVerbs},
		{wEffect, []string{"effect", "effective", "kick", "kicks", "kicked"}},
		{wHeld, heldWords},
		{wRelay, relayWords},
		{wAgain, againWords}, {wAgain, resendVerbs}, {wNow, nowWords},
	}
	for _, l := range languages {
		// a language's stop words are its core ones too: they count in
		// no content measure
		groups = append(groups, wordGroup{wStop | wStopCore, l.stop}, wordGroup{wSalute, l.salutations},
			wordGroup{wNounCaps, l.nounCapsMarkers}, wordGroup{wIForm, l.polite})
	}
	cls := map[uint32]int32{}
	for _, g := range groups {
		for _, w := range g.words {
			for _, h := range entryHashes(w) {
				cls[h] |= g.bit
			}
		}
	}
	// wForeign marks the common words of other languages that English
	// does not share; langOf says whose they are (-1: two languages')
	english := set(append(slices.Clone(stopWords), stopMore...))
	langOf := map[uint32]int32{}
	for li, l := range languages {
		for _, w := range append(slices.Clone(l.stop), l.nounCapsMarkers...) {
			h := HashString(w)
			if h == 0 || english.Has(h) {
				continue
			}
			cls[h] |= wForeign
			if prev, ok := langOf[h]; ok && prev != int32(li) {
				langOf[h] = -1
			} else {
				langOf[h] = int32(li)
			}
		}
	}
	t.langOf = NewTable(langOf)
	t.spanish = slices.IndexFunc(languages, func(l language) bool { return l.code == "es" })
	for _, p := range t.phrases {
		if len(p.toks) < 2 || p.toks[1] == 0 {
			cls[p.toks[0]] |= wLoose
		} else {
			cls[p.toks[0]] |= wPaired
		}
		if len(p.toks) == 1 {
			switch p.kind {
			case Month:
				cls[p.toks[0]] |= wMonth
			case Weekday:
				cls[p.toks[0]] |= wWeekday
			}
		}
	}
	t.class = NewTable(cls)
	t.iHash, t.weHash, t.willHash = HashString("i"), HashString("we"), HashString("will")
	t.eHash, t.gHash = HashString("e"), HashString("g")
	t.iWillHash, t.weWillHash = HashString("i'll"), HashString("we'll")
	t.shallHash = HashString("shall")
	t.promiser = set(promisers)
	t.reminderHash, t.thatHash, t.whichHash = HashString("reminder"), HashString("that"), HashString("which")
	t.soHash = HashString("so")
	t.clauseJoin = set(clauseJoinWords)
	t.announce, t.purpose, t.readerPronoun = set(announceWords), set(purposeWords), set(readerPronouns)
	t.justWantedKey = textKey("just wanted to")
	t.wayHead, t.wayOther, t.wayChoose = set(wayHeadWords), set(wayOthers), set(wayChoices)
	t.heardKeys = phraseSet([]string{"heard anything", "have you heard anything"})
	t.askedSteps, t.whetherWords = phraseSet(slices.Concat(esStepAsks(), itStepAsks())), set([]string{"si", "se"})
	t.heardOwn = set(slices.Concat(heardOwnWords, deadlineNouns, recordNouns))
	t.modalCan, t.meetVerb = set([]string{"can", "could"}), set(meetVerbs)
	t.canHash, t.offerer, t.nonOfferer, t.offerEmbed = HashString("can"), set(offerers), set(nonOfferers), set(offerEmbeds)
	t.canNow = set(canNowWords)
	byFirst := map[uint32][]int32{}
	var firsts []uint32
	for i, p := range t.phrases {
		if byFirst[p.toks[0]] == nil {
			firsts = append(firsts, p.toks[0])
		}
		byFirst[p.toks[0]] = append(byFirst[p.toks[0]], int32(i))
	}
	ranges := map[uint32]int32{}
	for _, h := range firsts {
		list := byFirst[h]
		// longest first so "following up on my last" wins over "following up"
		for a := 1; a < len(list); a++ {
			for b := a; b > 0 && len(t.phrases[list[b]].toks) > len(t.phrases[list[b-1]].toks); b-- {
				list[b], list[b-1] = list[b-1], list[b]
			}
		}
		ranges[h] = int32(len(t.order))<<8 | int32(len(list))
		t.order = append(t.order, list...)
	}
	t.index = NewTable(ranges)
	t.pairs, t.paired = t.candidateIndex(func(p *phrase) (uint32, bool) {
		if len(p.toks) < 2 || p.toks[1] == 0 {
			return 0, false
		}
		return pairKey(p.toks[0], p.toks[1]), true
	})
	t.loose, t.unpaired = t.candidateIndex(func(p *phrase) (uint32, bool) {
		return p.toks[0], len(p.toks) < 2 || p.toks[1] == 0
	})
	return t
}

// phraseKey identifies a phrase across the language tables.
type phraseKey struct {
	kind Kind
	text string
}

// addPhrases compiles the phrases of one table, skipping those seen in an
// earlier one ("agosto" is Spanish, Italian and Portuguese).
func (t *Tables) addPhrases(table *[numKinds][]string, seen map[phraseKey]bool) {
	for k := Kind(0); k < numKinds; k++ {
		for _, p := range table[k] {
			if seen[phraseKey{k, p}] {
				continue
			}
			seen[phraseKey{k, p}] = true
			var toks []uint32
			for _, w := range strings.Fields(p) {
				if w == "*" {
					toks = append(toks, 0)
					continue
				}
				for _, tk := range Tokenize(nil, w) {
					toks = append(toks, tk.Hash)
				}
			}
			if len(toks) == 0 || toks[0] == 0 {
				continue
			}
			t.phrases = append(t.phrases, phrase{kind: k, toks: toks, text: p})
		}
	}
}

// cand is one phrase as matchPhrases meets it: what rejects most
// candidates without reading the phrase.
type cand struct {
	pi   int32 // index into phrases
	n    int32 // its length in tokens
	kind Kind
}

// before reports whether a comes before b among a token's candidates:
// longest first, so "following up on my last" wins over "following up",
// then in table order.
func (a cand) before(b cand) bool { return a.n > b.n || a.n == b.n && a.pi < b.pi }

// pairKey hashes a phrase's first two token hashes (never 0, the empty key).
func pairKey(a, b uint32) uint32 {
	k := (a*0x9e3779b1 ^ b) * 0x85ebca6b
	if k == 0 {
		k = 1
	}
	return k
}

// wordsKey folds the hashes of toks into one key: the words of a phrase,
// whatever spaces or case they were written with.
func wordsKey(toks []Token) uint32 {
	var k uint32
	for i, tk := range toks {
		if i == 0 {
			k = tk.Hash
		} else {
			k = pairKey(k, tk.Hash)
		}
	}
	return k
}

// candidateIndex groups the phrases that key accepts by their key, each
// group in candidate order, and returns a table from key to the group's
// range (start<<8 | length) in the returned list. Keys may collide: the
// matcher compares every token anyway.
func (t *Tables) candidateIndex(key func(p *phrase) (uint32, bool)) (U32Table, []cand) {
	groups := map[uint32][]cand{}
	var keys []uint32
	for i := range t.phrases {
		p := &t.phrases[i]
		k, ok := key(p)
		if !ok {
			continue
		}
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], cand{pi: int32(i), n: int32(len(p.toks)), kind: p.kind})
	}
	ranges := map[uint32]int32{}
	var list []cand
	for _, k := range keys {
		g := groups[k]
		slices.SortFunc(g, func(a, b cand) int {
			switch {
			case a.before(b):
				return -1
			case b.before(a):
				return 1
			}
			return 0
		})
		ranges[k] = int32(len(list))<<8 | int32(len(g))
		list = append(list, g...)
	}
	return NewTable(ranges), list
}

// span returns the list range a candidateIndex table holds for k.
func span(tb *U32Table, k uint32) (start, end int) {
	v, ok := tb.Get(k)
	if !ok {
		return 0, 0
	}
	return int(v >> 8), int(v>>8 + v&0xff)
}

// candidates returns the phrases whose first token hashes to h.
func (t *Tables) candidates(h uint32) []int32 {
	start, end := t.candidateRange(h)
	return t.order[start:end]
}

// candidateRange returns the range of order holding the phrases whose
// first token hashes to h.
func (t *Tables) candidateRange(h uint32) (start, end int) {
	v, ok := t.index.Get(h)
	if !ok {
		return 0, 0
	}
	return int(v >> 8), int(v>>8 + v&0xff)
}

// Flags of a doneNews word.
const (
	doneWord  = 1 << iota // reports something done or decided
	doneAfter             // a participle that also follows its noun as an adjective
)

// compileDone builds doneNews, the determiner and modal tables,
// commitState, proposalNoun, verbCue and objects.
func (t *Tables) compileDone() {
	done := map[uint32]int32{}
	add := func(words []string, flags int32) {
		for _, w := range words {
			done[HashString(w)] |= flags
		}
	}
	add(doneNewsWords, doneWord)
	t.determiner = []U32Table{set(determiners)}
	t.modal = []U32Table{set(modals)}
	t.timeClause, t.presentAux = set([]string{"after", "before"}), set(presentAuxes)
	t.expiresHash = HashString("expires")
	t.makeSure, t.sureWord = set(makeSure), set([]string{"sure", "certain"})
	var reminders, terms, fresh, writer, happen []string
	for _, l := range languages {
		reminders, terms = append(reminders, l.reminders...), append(terms, l.terms...)
		fresh, writer, happen = append(fresh, l.fresh...), append(writer, l.writer...), append(happen, l.happen...)
		add(l.done, doneWord)
		add(l.participles, doneWord|doneAfter)
		t.determiner = append(t.determiner, set(l.determiners))
		t.modal = append(t.modal, set(l.modals))
	}
	t.reminder, t.heldTerm, t.heldFresh, t.foreignWriter = set(reminders), set(terms), set(fresh), set(writer)
	t.thatWord, t.heldDet = set([]string{"dass", "que", "che", "dat"}), set([]string{"ons"})
	t.happensAbroad = set(happen)
	t.lapseWord = set(lapseWords)
	t.doneNews, t.vagueDone = NewTable(done), set(vagueDoneWords)
	t.closed, t.stateBe = set(closedWords), set(stateBeForms)
	t.changeDone, t.editDone, t.doneActor, t.changeSaid = set(changeDoneWords), set(editDoneWords), set(doneActors), set(changeSaidWords)
	rise := map[uint32]int32{HashString("goes"): riseNowForm | riseUp, HashString("go"): riseBaseForm | riseUp, HashString("going"): riseIngForm | riseUp}
	for form, words := range map[int32][]string{riseNowForm: riseFallNow, riseBaseForm: riseFallBase, riseIngForm: riseFallIng} {
		for _, w := range words {
			rise[HashString(w)] = form
		}
	}
	for _, l := range languages {
		for _, w := range l.rises {
			rise[HashString(w)] = riseNowForm
		}
	}
	t.rise, t.riseBe = NewTable(rise), set(riseFallBe)
	t.upDown, t.unlessHash = set([]string{"up", "down"}), HashString("unless")
	t.riseLead, t.riseOff = set(riseFallLead), set(riseFallOff)
	t.changed, t.changedGo, t.figureLink = set(changedWords), set([]string{"went", "gone"}), set(figureLinks)
	t.nowHash = HashString("now")
	t.newHash = HashString("new")
	t.figureKinds, t.timeKinds = kindsWhere(figureKind), kindsWhere(dayOrTime)
	t.happenKinds = t.timeKinds | 1<<Covered
	t.nowLink, t.nowLead, t.nowVerb = set(nowLinks), set(nowLeads), set(nowVerbs)
	t.plannedWill, t.pleased = set(plannedWills), set(pleasedWords)
	t.movedTo = set([]string{"to", "until", "till"})
	t.termModal, t.termFiller, t.termLead, t.termOff = set(termModals), set(termFillers), set(termLeads), set(termOffWords)
	t.happy = set([]string{"happy", "glad"})
	t.condLead, t.aboutHash = set([]string{"if", "whether", "unless", "once", "when"}), HashString("about")
	t.ifWord = set([]string{"if", "si", "se", "wenn", "falls", "als", "indien"})
	t.dropHash, t.dropNote = HashString("drop"), set(dropNotes)
	t.effectLead, t.effectBeing = set(effectLeads), set(effectBe)
	t.effectHash, t.effectiveHash, t.intoHash = HashString("effect"), HashString("effective"), HashString("into")
	t.immediatelyHash = HashString("immediately")
	t.heldNeg, t.heldPast, t.backWord = set(heldNegations), set(heldPastAux), set(backWords)
	t.whyHash = HashString("why")
	t.relaySelf = set(relaySelfWords)
	t.chaseWord, t.chaseBridge, t.otherSubject, t.otherFrom = set(chaseWords), set(chaseBridges), set(otherSubjects), set(otherFrom)
	t.readerMay, t.interest, t.perhaps = set(readerMay), set(interestWords), set(perhapsWords)
	t.worthHash, t.wantHash = HashString("worth"), HashString("want")
	t.speechWord = set(append(slices.Clone(relayWords), speechWords...))
	t.whereState, t.whereHash = set(whereStates), HashString("where")
	t.whereTeller, t.thatsHash = set([]string{"here", "this", "that"}), HashString("that's")
	t.readerWish, t.readerFree, t.visitPlace = set(readerWishWords), set([]string{"free", "around"}), set(visitPlaces)
	t.shouldHash = HashString("should")
	t.consent, t.suitsIf = set([]string{"ok", "okay", "alright", "acceptable", "fine"}), set([]string{"helps", "works", "suits"})
	t.foresee, t.stepHedge, t.stepLead, t.oughtHash = set(foreseeWords), set(stepHedges), set(stepLeads), HashString("ought")
	t.likeHash, t.youdHash, t.youreHash = HashString("like"), HashString("you'd"), HashString("you're")
	t.contactNoun, t.contactMod, t.sContraction, t.mailVerb = set(contactNouns), set(contactMods), set(sContractions), set(mailVerbs)
	t.thirdPossessive, t.thirdObject = set([]string{"his", "her", "their"}), set([]string{"him", "her", "them"})
	t.itIs, t.itHash = set([]string{"it's", "its", "that's"}), HashString("it")
	t.commitState, t.proposalNoun = phraseSet(commitStates), phraseSet(proposalNouns)
	t.verbCue, t.objects = set(verbCues), set(objectPronouns)
	t.modalProposal, t.idleModal, t.embedder = phraseSet(modalProposals), set(idleAfterModal), set(embedders)
	t.doubt, t.unsureHash, t.leadAdverb = set(doubtWords), HashString("unsure"), set(leadAdverbs)
	t.numbering, t.statusVerb = set(numberingWords), set(statusVerbs)
	t.timeAsk = set(timeAskVerbs)
	t.whoAsk = set(whoAsks)
	t.people = set([]string{"people", "persons", "person", "someone", "somebody", "anyone", "anybody", "everyone", "everybody",
		"those", "folks", "individuals", "employees", "members", "staff", "customers", "clients", "users", "attendees", "guests",
		"candidates", "ones", "one"})
	t.tellVerb = set([]string{"tell", "say", "express", "describe"})
	t.tellYou = set(tellYouVerbs)
	t.cannot = set([]string{"can't", "cannot", "couldn't", "can’t", "couldn’t"})
	t.howHash, t.orHash = HashString("how"), HashString("or")
	t.doorNoun, t.anyHash = set([]string{"comments", "questions", "concerns"}), HashString("any")
	t.andHash, t.betweenHash = HashString("and"), HashString("between")
	t.politeAux = set([]string{"can", "could", "would", "will"})
	t.askees = set([]string{"you", "someone", "somebody", "anyone", "anybody"})
	t.handOver, t.handOverTo, t.deliver = set(handOverVerbs), set(handOverTo), set(deliverVerbs)
	t.workVerb, t.workParticle, t.helpee, t.helpHash = set(workVerbs), set(workParticles), set(helpees), HashString("help")
	t.haveAux, t.haveVerb, t.getAbout = set(haveAux), set(haveVerbs), set(getAbouts)
	t.needLead = set(needLeads)
	t.talkingPoint, t.pointSize, t.pointMove = set(talkingPoints), set(pointSizes), set(pointMoves)
	t.pointHash, t.pointsHash = HashString("point"), HashString("points")
	t.heldOff, t.softAdverb = set(heldOffVerbs), set(softAdverbs)
	t.wouldSubject, t.degree, t.appreciatedAsk = set([]string{"i'd", "we'd"}), set(degreeWords), set(appreciatedAsks)
	t.stateVerb = set(stateVerbs)
	t.helpWord, t.itSubject, t.itWould, t.getVerb = set(helpWords), set(itWords), set(itWouldWords), set(getVerbs)
	t.wouldHash, t.couldHash, t.appreciateHash = HashString("would"), HashString("could"), HashString("appreciate")
	t.ourHash = HashString("our")
	t.seriesNoun = set(seriesNouns)
	t.midForm, t.vsHash = set(slices.Concat(companyForms, midFormWords)), HashString("vs")
	t.stHash = HashString("st")
	t.street = set([]string{"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "lane", "ln",
		"way", "parkway", "pkwy", "place", "pl", "court", "ct", "square", "sq", "highway", "hwy", "plaza", "circle", "terrace", "freeway", "fwy"})
	asks := slices.Clone(decisionAsks)
	for _, l := range languages {
		asks = append(asks, l.asks...)
	}
	t.decisionAsk = phraseSet(asks)
	t.howLongWord, t.howManyKey, t.howMuchKey = set(howLongWords), textKey("how many"), textKey("how much")
	t.howAsk, t.meUs = set(howAsks), set([]string{"me", "us"})
	t.openDoor = phraseSet(openDoors)
	t.pleaseHash, t.reHash, t.giveHash = HashString("please"), HashString("re"), HashString("give")
	t.mindHash = HashString("mind")
	t.ableHash, t.wereHash, t.wasHash = HashString("able"), HashString("were"), HashString("was")
	t.takeHash, t.careHash, t.ofHash = HashString("take"), HashString("care"), HashString("of")
	t.scheduleHash = HashString("schedule")
	t.boxHash, t.pardon = HashString("box"), set([]string{"excuse", "forgive", "pardon"})
	t.pardoned = set([]string{"the", "my", "our", "this", "these", "any", "all", "me", "us"})
	t.advised = set([]string{"advised", "aware", "informed"})
	t.unsaidI, t.noteHash, t.rememberHash = set(unsaidIVerbs), HashString("note"), HashString("remember")
	t.knowHash = HashString("know")
	t.noStep = phraseSet(slices.Concat(goodbyes, heedPhrases))
	t.rhetorical = phraseSet(rhetoricalQuestions)
	t.remarkVerb, t.eager, t.away, t.opinion = set(remarkVerbs), set(eagerWords), set(awayWords), set(opinionNouns)
	t.feel = set(feelWords)
	t.absent = set(absentWords)
	t.leave = set(leaveWords)
	t.lookHash, t.forwardHash = HashString("look"), HashString("forward")
	t.goHash, t.goingHash = HashString("go"), HashString("going")
	t.eagerBe, t.eagerOther, t.eagerAdverb = set(eagerBe), set(eagerOthers), set(eagerAdverbs)
	t.approx, t.notPlural, t.onDate = set(approxWords), set(notPluralWords), set(onDateWords)
	t.wedHash, t.doneLead, t.doneForm = HashString("we'd"), set(doneLeads), set(doneForms)
	t.doneHash, t.jobHash, t.aHash, t.anHash = HashString("done"), HashString("job"), HashString("a"), HashString("an")
	t.youveHash = HashString("you've")
	t.ahead = set([]string{"tomorrow", "tomorrow's", "next"})
	t.signOffVerb, t.signOffEnd = set(signOffVerbs), set(signOffEnds)
	t.signOffYou, t.signOffTo = set(signOffYous), set(signOffTos)
	t.nameVerb, t.marvel = set(nameVerbs), set(marvelVerbs)
	t.clauseVerb = set(clauseVerbs)
	t.atHash, t.meetHash = HashString("at"), HashString("meet")
	t.untilWord = set([]string{"until", "till"})
	t.bookHash, t.bookLead = HashString("book"), set(append(slices.Clone(determiners), bookLeads...))
	t.which, t.whenNoun = set(whichWords), set(whenNouns)
	t.advising, t.hard, t.adviser = phraseSet(advisingWords), set(hardWords), set(adviserWords)
	t.already = set(alreadyWords)
}

// phraseSet holds phrases by wordsKey.
func phraseSet(phrases []string) U32Table {
	m := make(map[uint32]int32, len(phrases))
	for _, p := range phrases {
		m[textKey(p)] = 1
	}
	return NewTable(m)
}

// textKey is the wordsKey of the words of text p.
func textKey(p string) uint32 {
	return wordsKey(Tokenize(nil, p))
}

// entryHashes returns the hashes a word table's entry stands for: the
// tokens a text spells it with, since a set is asked one token at a time.
// An entry the tokenizer splits ("e-mailed", "units/month", "q1") gives
// its word parts but neither the marks between them, nor its numbers,
// nor a one-letter prefix before a hyphen: "e-mailed" must not make "e",
// the Italian and Portuguese "and", a word that points back ("i bancali
// sono pronti e partono domani" would have dated tomorrow in the past),
// and laterWords' "q4" must not make "4" a time some way off ("I'll
// check back at 4" sets a time). An entry of one token gives it, a mark
// too (contactMods lists "e" and "-" on their own for "e-mail").
func entryHashes(w string) []uint32 {
	toks := Tokenize(nil, w)
	if len(toks) == 1 {
		return []uint32{toks[0].Hash}
	}
	var out []uint32
	for i, tk := range toks {
		prefix := tk.End-tk.Start == 1 && i+1 < len(toks) && toks[i+1].Kind == Punct && toks[i+1].Char == '-'
		if tk.Kind == Word && !prefix {
			out = append(out, tk.Hash)
		}
	}
	return out
}

func set(words []string) U32Table {
	m := make(map[uint32]int32, len(words))
	for _, w := range words {
		for _, h := range entryHashes(w) {
			m[h] = 1
		}
	}
	return NewTable(m)
}
