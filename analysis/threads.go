package analysis

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dialtone/model"
)

// Thresholds of the thread rules (DESIGN.md).
const (
	// SilentAfter is how many trailing unanswered messages make a thread silent.
	SilentAfter = 2
	// StalledAfter is how many of the rep's messages since the customer's
	// last substantive reply make a thread stalled.
	StalledAfter = 3
	// CallThreshold is the call score from which a thread is a call candidate.
	CallThreshold = 0.5
	// longWords is the average own-text length from which messages are long.
	longWords = 120
)

// ThreadReport is the analysis of one thread.
type ThreadReport struct {
	States       []model.ThreadState
	Organization string // organization key of the main external party
	Participants []string
	Outbound     int
	Inbound      int
	// Unanswered counts the rep's messages after the customer's last one.
	Unanswered  int
	SilentSince time.Time
	CallScore   float64
	Reasons     []string
	// Advice says what to do next; Ask is the sentence it offers to send,
	// if any (the call proposal, the question that helps them decide).
	Advice string
	Ask    string
}

// Has reports whether the thread is in state s.
func (r ThreadReport) Has(s model.ThreadState) bool {
	for _, x := range r.States {
		if x == s {
			return true
		}
	}
	return false
}

// Need orders threads by how much they need the rep: call candidates first
// (by call score), then stalled threads, then silent ones (the longer the
// silence, the higher), then the rest by call score.
func (r ThreadReport) Need() float64 {
	switch {
	case r.Has(model.StateCallCandidate):
		return 30 + r.CallScore
	case r.Has(model.StateStalled):
		return 20 + r.CallScore
	case r.Has(model.StateSilent):
		return 10 + float64(r.Unanswered)/10 + r.CallScore/100
	}
	return r.CallScore
}

// AnalyzeThread applies the silence, stall and call-candidate rules to a
// thread whose messages are oldest first; its advice offers the sentences
// in offer.
func AnalyzeThread(t model.Thread, rep Rep, now time.Time, offer Offer) ThreadReport {
	return analyzeThread(t, rep, now, func() Offer { return offer })
}

// analyzeThread is AnalyzeThread with the offer asked for only when the
// advice sends something: writing it reads the thread's language.
func analyzeThread(t model.Thread, rep Rep, now time.Time, offer func() Offer) ThreadReport {
	var r ThreadReport
	// Threads have a handful of people: slices beat maps here.
	var seen []string
	var orgs []orgCount
	facts := make([]model.TextFacts, len(t.Messages))
	note := func(a model.Address) {
		if slices.Contains(seen, a.Email) {
			return
		}
		seen = append(seen, a.Email)
		e := model.NormalizeEmail(a.Email)
		if e != a.Email {
			if slices.Contains(seen, e) {
				return
			}
			seen = append(seen, e)
		}
		if rep.isExternal(e) {
			r.Participants = append(r.Participants, e)
			k := model.OrgKey(e)
			if i := slices.IndexFunc(orgs, func(o orgCount) bool { return o.key == k }); i >= 0 {
				orgs[i].n++
			} else {
				orgs = append(orgs, orgCount{k, 1})
			}
		}
	}
	for i, m := range t.Messages {
		facts[i] = factsOf(m)
		switch m.Direction {
		case model.Outbound:
			r.Outbound++
		case model.Inbound:
			r.Inbound++
		}
		note(m.From)
		for _, a := range m.To {
			note(a)
		}
		for _, a := range m.Cc {
			note(a)
		}
	}
	r.Organization = topKey(orgs)

	// Silence: the rep's messages after the customer's last one.
	lastIn := -1
	for i, m := range t.Messages {
		if m.Direction == model.Inbound {
			lastIn = i
		}
	}
	for _, m := range t.Messages[lastIn+1:] {
		if m.Direction == model.Outbound {
			if r.Unanswered == 0 {
				r.SilentSince = m.Date
			}
			r.Unanswered++
		}
	}
	if r.Unanswered >= SilentAfter {
		r.States = append(r.States, model.StateSilent)
	}

	// Stall: the rep keeps sending since the customer last said something
	// substantive, and what the customer said since commits to nothing.
	sinceSubstantive := 0
	for i, m := range t.Messages {
		switch {
		case m.Direction == model.Inbound && !facts[i].NonCommittal:
			sinceSubstantive = 0
		case m.Direction == model.Outbound:
			sinceSubstantive++
		}
	}
	if sinceSubstantive >= StalledAfter {
		r.States = append(r.States, model.StateStalled)
	}

	r.CallScore, r.Reasons = callScore(t, facts, r)
	if r.CallScore >= CallThreshold {
		r.States = append([]model.ThreadState{model.StateCallCandidate}, r.States...)
	}
	r.Advice, r.Ask = advice(r, now, offer)
	return r
}

type orgCount struct {
	key string
	n   int
}

// topKey returns the most frequent key, the smallest on ties.
func topKey(orgs []orgCount) string {
	best, n := "", 0
	for _, o := range orgs {
		if o.n > n || (o.n == n && o.key < best) {
			best, n = o.key, o.n
		}
	}
	return best
}

// FactsVersion versions TextFactsOf: stored facts of another version are
// recomputed.
const FactsVersion = 1

// TextFactsOf computes what the thread rules read from a message's own
// text. The result is stored with the message so ranking need not read
// texts again.
func TextFactsOf(dir model.Direction, text string) model.TextFacts {
	f := model.TextFacts{Version: FactsVersion, Words: wordCount(text)}
	if dir == model.Inbound {
		f.Questions = strings.Count(text, "?")
		if f.Words <= 40 {
			f.NonCommittal = nonCommittal(text, strings.ToLower(text), f.Words)
		}
		var found [32]bool
		findCues(text, found[:len(cues)])
		for i, ok := range found[:len(cues)] {
			if ok {
				f.Cues |= 1 << i
			}
		}
	}
	return f
}

// factsOf returns m's stored facts, or computes them.
func factsOf(m model.Message) model.TextFacts {
	if m.Facts.Version == FactsVersion {
		return m.Facts
	}
	return TextFactsOf(m.Direction, m.OwnText)
}

// nonCommittalPhrases are replies that keep a buyer's options open without
// moving anything forward.
var nonCommittalPhrases = []string{
	"thanks", "thank you", "will take a look", "will look", "i'll look", "get back to you", "circle back",
	"busy", "swamped", "not right now", "not a priority", "next quarter", "let me check", "will check",
	"no update", "nothing yet", "still reviewing", "haven't had a chance", "hold off", "revisit",
	"keep you posted", "touch base later", "noted",
}

// NonCommittal reports whether a customer's reply commits to nothing: very
// short, or a holding answer with no question and no figures.
func NonCommittal(text string) bool {
	return nonCommittal(text, strings.ToLower(text), wordCount(text))
}

func nonCommittal(text, low string, words int) bool {
	if words <= 4 {
		return true
	}
	if strings.Contains(text, "?") || hasDigit(text) || words > 40 {
		return false
	}
	for _, p := range nonCommittalPhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// Objection and confusion cues in the customer's messages: single words
// (matched as whole words) and phrases (matched when their first word
// occurs).
var cues = []struct {
	reason  string
	words   []string
	phrases []string
}{
	{"pricing objection", []string{"price", "prices", "pricing", "priced", "budget", "budgets", "cost", "costs", "costly", "discount", "discounts", "cheaper", "expensive"}, nil},
	{"confusion", []string{"confused", "confusing", "unclear"}, []string{"not sure i understand", "don't understand", "do not understand", "what do you mean", "lost me"}},
	{"concerns raised", []string{"concern", "concerns", "concerned", "worried", "worry", "risk", "risks", "risky", "hesitant", "pushback"}, []string{"not convinced", "push back"}},
	{"competitor mentioned", []string{"competitor", "competitors"}, []string{"alternative vendor", "other vendor", "another vendor", "other option"}},
	{"legal or security review", []string{"legal", "procurement", "compliance", "dpa"}, []string{"security review", "soc 2"}},
}

// cueIndex maps a cue word, or the first word of a cue phrase, to the cues
// it may signal. It is built once and only read.
type cueIndex struct {
	words   map[string]int      // word → cue
	phrases map[string][]phrase // first word → phrases
	first   [256]bool           // first bytes of the keys: a cheap pre-filter
	maxLen  int                 // the longest key
}

type phrase struct {
	text string
	cue  int
}

var cueTable = func() cueIndex {
	ix := cueIndex{words: map[string]int{}, phrases: map[string][]phrase{}}
	key := func(w string) {
		ix.first[w[0]] = true
		ix.maxLen = max(ix.maxLen, len(w))
	}
	for i, c := range cues {
		for _, w := range c.words {
			ix.words[w] = i
			key(w)
		}
		for _, p := range c.phrases {
			first, _, _ := strings.Cut(p, " ")
			ix.phrases[first] = append(ix.phrases[first], phrase{p, i})
			key(first)
		}
	}
	return ix
}()

// findCues marks in found the cues present in text, reading it word by
// word and lower-casing ASCII letters on the fly.
func findCues(text string, found []bool) {
	var buf [16]byte
	start := -1
	for i := 0; i <= len(text); i++ {
		var c byte
		if i < len(text) {
			c = text[i]
		}
		if i < len(text) && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c >= utf8.RuneSelf) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		w := text[start:i]
		s0 := start
		start = -1
		if len(w) > cueTable.maxLen || !cueTable.first[w[0]|0x20] {
			continue
		}
		low := buf[:len(w)]
		for k := 0; k < len(w); k++ {
			b := w[k]
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			}
			low[k] = b
		}
		if c, ok := cueTable.words[string(low)]; ok {
			found[c] = true
		}
		for _, p := range cueTable.phrases[string(low)] {
			if !found[p.cue] && len(text)-s0 >= len(p.text) && strings.EqualFold(text[s0:s0+len(p.text)], p.text) {
				found[p.cue] = true
			}
		}
	}
}

func callScore(t model.Thread, facts []model.TextFacts, r ThreadReport) (float64, []string) {
	n := len(t.Messages)
	var reasons []string
	score := 0.0
	if n < 3 && !r.Has(model.StateSilent) {
		return 0, nil // a quick exchange is not a call candidate
	}
	// Back-and-forth rounds: direction changes. Volume only counts when the
	// customer is engaged (replies that say something), or a one-sided
	// thread would pass for a lively one.
	rounds, engaged := 0, 0
	for i := 0; i < n; i++ {
		if i > 0 && t.Messages[i].Direction != t.Messages[i-1].Direction {
			rounds++
		}
		if t.Messages[i].Direction == model.Inbound && !facts[i].NonCommittal {
			engaged++
		}
	}
	span := t.Messages[n-1].Date.Sub(t.Messages[0].Date)
	days := int(span.Hours()/24) + 1
	switch {
	case engaged < 2:
	case n >= 6 && days <= 14:
		score += 0.35
		reasons = append(reasons, fmt.Sprintf("%d messages in %d days", n, days))
	case rounds >= 4:
		score += 0.25
		reasons = append(reasons, fmt.Sprintf("%d back-and-forth rounds", rounds))
	}
	words, questions, recentIn := 0, 0, 0
	var cueBits uint32
	for i := n - 1; i >= 0; i-- {
		words += facts[i].Words
		if t.Messages[i].Direction != model.Inbound {
			continue
		}
		// Questions from their last three messages: the topics still in play.
		if recentIn++; recentIn <= 3 {
			questions += facts[i].Questions
		}
		cueBits |= facts[i].Cues
	}
	if questions >= 2 {
		score += 0.1 * float64(min(questions, 4))
		reasons = append(reasons, fmt.Sprintf("%d questions from them", questions))
	}
	for i, c := range cues {
		if cueBits&(1<<i) != 0 {
			score += 0.2
			reasons = append(reasons, c.reason)
		}
	}
	if avg := words / n; avg >= longWords {
		score += 0.2
		reasons = append(reasons, fmt.Sprintf("long messages (%d words on average)", avg))
	}
	if r.Has(model.StateSilent) {
		score += 0.1 * float64(min(r.Unanswered, 4))
		reasons = append(reasons, fmt.Sprintf("%d unanswered emails since %s", r.Unanswered, r.SilentSince.Format("Jan 2")))
	} else if r.Has(model.StateStalled) {
		score += 0.25
		reasons = append(reasons, "stalled: you keep sending, they don't commit")
	}
	if score > 1 {
		score = 1
	}
	return float64(int(score*100+0.5)) / 100, reasons
}

// advice follows the essays: no random nudges into silence, ask the
// progress question when stalled, pick up the phone when it is a call. It
// returns the advice and the sentence of offer it offers to send.
func advice(r ThreadReport, now time.Time, offer func() Offer) (string, string) {
	switch {
	case r.Has(model.StateCallCandidate):
		return callAdvice(offer())
	case r.Has(model.StateStalled):
		ask := offer().Ask
		if ask == "" {
			return "Stop sending more. Ask what would help them decide — then listen.", ""
		}
		return "Stop sending more. Ask: " + Quote(ask) + " — then listen.", ask
	case r.Has(model.StateSilent):
		wait := r.SilentSince.AddDate(0, 0, 14)
		if wait.Before(now) {
			wait = now.AddDate(0, 0, 7)
		}
		return fmt.Sprintf("Don't send another nudge. Wait until %s, then send something of real value — or call.", wait.In(now.Location()).Format("Mon Jan 2")), ""
	}
	return "", ""
}

// Offer is what thread advice offers the rep to send, written in the
// thread's language by the caller (classify.Sentences): a call proposal at
// Times and the question that helps the reader decide. The zero value
// offers nothing to send.
type Offer struct {
	Times CallTimes
	Call  string // proposes a call at Times; "" when they are fewer than two
	Ask   string
}

// CallTimes are the times a call proposal names (PlanCall): CallSlots's
// answer, whether it was read from the rep's calendar, and whether the
// coming week was booked, so that the times lie in the week after.
type CallTimes struct {
	Slots    []time.Time
	Calendar bool
	// Later: the calendar has no time for a call in the coming week; the
	// slots, if any, are in the week after and a proposal names them with
	// their dates.
	Later bool
}

// Free reports that the times were read free from the rep's calendar.
func (c CallTimes) Free() bool { return c.Calendar && len(c.Slots) >= 2 }

// Booked reports that the rep's calendar has no time for a call in the
// coming week.
func (c CallTimes) Booked() bool { return c.Calendar && (c.Later || len(c.Slots) < 2) }

// WeekAfter reports that the coming week is booked and the times, read
// free from the rep's calendar, lie in the week after.
func (c CallTimes) WeekAfter() bool { return c.Later && c.Free() }

// callAdvice advises a call, says where its times come from, and returns
// the proposal to send.
func callAdvice(offer Offer) (string, string) {
	lead := "This would go better as a call. Ask for 15 minutes"
	switch {
	case offer.Times.WeekAfter():
		lead = "This would go better as a call, and your calendar is full this week. Ask for 15 minutes the week after, at times it has free"
	case offer.Times.Booked():
		lead = "This would go better as a call, but your calendar is full for the next two weeks: free 15 minutes first"
	case offer.Times.Free():
		lead += " at times your calendar has free"
	}
	if offer.Call == "" {
		return lead + ".", ""
	}
	return lead + ": " + Quote(offer.Call), offer.Call
}

// RankedThread pairs a thread with its analysis.
type RankedThread struct {
	Thread model.Thread
	Report ThreadReport
}

// RankThreads analyses threads and orders them most in need of the rep
// first; ties go to the most recent. offer gives a thread's Offer (nil
// offers nothing); it is called only for threads whose advice sends one.
func RankThreads(ts []model.Thread, rep Rep, now time.Time, offer func(model.Thread) Offer) []RankedThread {
	if offer == nil {
		offer = func(model.Thread) Offer { return Offer{} }
	}
	out := make([]RankedThread, len(ts))
	need := make([]float64, len(ts))
	order := make([]int, len(ts))
	for i, t := range ts {
		out[i] = RankedThread{Thread: t, Report: analyzeThread(t, rep, now, func() Offer { return offer(t) })}
		need[i], order[i] = out[i].Report.Need(), i
	}
	sort.SliceStable(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if need[i] != need[j] {
			return need[i] > need[j]
		}
		return ts[i].LastAt.After(ts[j].LastAt)
	})
	ranked := make([]RankedThread, len(ts))
	for k, i := range order {
		ranked[k] = out[i]
	}
	return ranked
}

func wordCount(s string) int { return wordCountUpTo(s, len(s)+1) }

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// wordCountUpTo counts the words in s, stopping at limit.
func wordCountUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; {
		c := s[i]
		var space bool
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// WordCount counts the words in s.
func WordCount(s string) int { return wordCount(s) }

func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}
