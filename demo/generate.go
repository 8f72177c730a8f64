// Package demo generates Dialtone's demo data: a believable, deterministic
// quarter of a B2B sales rep's mail and calendar, and loads it into its own
// database file. The generator also tallies, as it goes, the weekly figures
// its data should produce, so tests can hold the store's report to them.
package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/owntext"
	"dialtone/model"
)

// The rep of the demo quarter.
const (
	RepName        = "Jordan Reyes"
	RepEmail       = "jordan@northwind-analytics.com"
	InternalDomain = "northwind-analytics.com"
	TimeZone       = "America/Chicago"
	DefaultSeed    = 20261123
	DefaultWeeks   = 12
)

var colleagues = []model.Address{
	{Name: "Sam Lee", Email: "sam.lee@northwind-analytics.com"},
	{Name: "Priya Shah", Email: "priya.shah@northwind-analytics.com"},
}

// Options steer the generator. Equal options give equal data sets.
type Options struct {
	Seed     uint64
	Now      time.Time
	Location *time.Location
	Weeks    int
}

// Dataset is one generated demo quarter.
type Dataset struct {
	Rep           model.Address
	TimeZone      string
	Weeks         []model.WeekRange
	Organizations []model.Organization
	Messages      []model.Message
	Events        []model.Event
	Calls         []model.LoggedCall
	// Expected holds, per week, the figures the data should produce,
	// tallied by the generator as it made each item.
	Expected []model.WeekCounts
}

type person struct {
	model.Address
	first string
}

type org struct {
	model.Organization
	people  []person
	profile profile
}

type profile int

const (
	steady     profile = iota // consistent attention
	burst                     // peaks and valleys around a deal
	buyingOnly                // attention only when they buy
	prospect                  // a prospect that went quiet
)

type threadKind int

const (
	exchange threadKind = iota
	quick
	silent
	stalled
	callCandidate
	internal
)

type step struct {
	dir  model.Direction
	kind string // "tb", "sub", "q", "obj", "nc", "pos", "int"
	gap  float64
}

var plans = map[threadKind][]step{
	exchange:      {{model.Outbound, "sub", 0}, {model.Inbound, "q", 1}, {model.Outbound, "sub", 1}, {model.Inbound, "pos", 2}},
	quick:         {{model.Outbound, "sub", 0}, {model.Inbound, "pos", 1}},
	silent:        {{model.Outbound, "sub", 0}, {model.Outbound, "tb", 4}, {model.Outbound, "tb", 5}, {model.Outbound, "tb", 6}},
	stalled:       {{model.Outbound, "sub", 0}, {model.Inbound, "nc", 2}, {model.Outbound, "sub", 3}, {model.Outbound, "tb", 4}, {model.Inbound, "nc", 3}, {model.Outbound, "sub", 3}, {model.Outbound, "tb", 5}},
	callCandidate: {{model.Outbound, "sub", 0}, {model.Inbound, "q", 0.5}, {model.Outbound, "sub", 0.5}, {model.Inbound, "obj", 1}, {model.Outbound, "sub", 0.5}, {model.Inbound, "q", 1}, {model.Outbound, "sub", 1}, {model.Inbound, "obj", 1}},
	internal:      {{model.Outbound, "int", 0}},
}

type gen struct {
	rnd    *rand.Rand
	opts   Options
	ds     Dataset
	rep    analysis.Rep
	msgSeq int
	evtSeq int
	start  time.Time // the first week's Monday
	people []map[string]bool
	// silentThreads are threads whose last messages went unanswered; a
	// demo draft replies to the latest one.
	silentThreads []threadRef
}

type threadRef struct {
	key, subject string
	to           model.Address
	last         time.Time
}

// Generate makes the demo quarter ending at opts.Now.
func Generate(opts Options) Dataset {
	if opts.Seed == 0 {
		opts.Seed = DefaultSeed
	}
	if opts.Weeks <= 0 {
		opts.Weeks = DefaultWeeks
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	g := &gen{
		rnd:  rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15)),
		opts: opts,
		rep:  analysis.NewRep([]string{RepEmail}, nil),
	}
	g.ds.Rep = model.Address{Name: RepName, Email: RepEmail}
	g.ds.TimeZone = opts.Location.String()
	g.ds.Weeks = analysis.Weeks(opts.Now, opts.Location, opts.Weeks)
	g.ds.Expected = make([]model.WeekCounts, opts.Weeks)
	g.people = make([]map[string]bool, opts.Weeks)
	for i := range g.people {
		g.people[i] = map[string]bool{}
	}
	g.start = g.ds.Weeks[0].Start

	orgs := g.organizations()
	for i, o := range orgs {
		g.orgActivity(i, o)
	}
	g.internalMeetings()
	g.calendarEdgeCases(orgs)
	g.loggedCalls(orgs)
	g.drafts(orgs)
	return g.ds
}

func (g *gen) organizations() []org {
	var out []org
	for i, n := range orgNames {
		o := org{Organization: model.Organization{Key: n.domain, Name: n.name}}
		k := 1 + g.rnd.IntN(3)
		for j := 0; j < k; j++ {
			first := firstNames[(i*3+j*7+g.rnd.IntN(5))%len(firstNames)]
			last := lastNames[(i*5+j*3+g.rnd.IntN(7))%len(lastNames)]
			email := strings.ToLower(first+"."+last) + "@" + n.domain
			o.people = append(o.people, person{Address: model.Address{Name: first + " " + last, Email: email}, first: first})
		}
		switch r := g.rnd.Float64(); {
		case r < 0.4:
			o.profile = steady
		case r < 0.65:
			o.profile = burst
		case r < 0.8:
			o.profile = buyingOnly
		default:
			o.profile = prospect
		}
		out = append(out, o)
	}
	for _, f := range freelancers {
		out = append(out, org{
			Organization: model.Organization{Key: f.email, Name: f.first + " " + f.last},
			people:       []person{{Address: model.Address{Name: f.first + " " + f.last, Email: f.email}, first: f.first}},
			profile:      steady,
		})
	}
	for _, o := range out {
		g.ds.Organizations = append(g.ds.Organizations, o.Organization)
	}
	return out
}

// orgActivity lays out one organization's threads and meetings according to
// its attention profile.
func (g *gen) orgActivity(i int, o org) {
	days := 7 * g.opts.Weeks
	var starts []float64
	var kinds []threadKind
	pick := func(ks ...threadKind) threadKind { return ks[g.rnd.IntN(len(ks))] }
	switch o.profile {
	case steady:
		for d := float64(g.rnd.IntN(10)); d < float64(days); d += 9 + float64(g.rnd.IntN(8)) {
			starts = append(starts, d)
			kinds = append(kinds, pick(exchange, exchange, quick, quick, silent, callCandidate, internal))
		}
	case burst:
		center := float64(14 + g.rnd.IntN(days-35))
		for k := 0; k < 5; k++ {
			starts = append(starts, center+float64(k*3+g.rnd.IntN(3)))
			kinds = append(kinds, pick(exchange, callCandidate, quick, stalled, exchange))
		}
		starts = append(starts, center+25+float64(g.rnd.IntN(10)))
		kinds = append(kinds, silent)
	case buyingOnly:
		center := float64(g.rnd.IntN(days - 10))
		for k := 0; k < 3; k++ {
			starts = append(starts, center+float64(k*2))
			kinds = append(kinds, pick(exchange, quick, callCandidate))
		}
	case prospect:
		starts = append(starts, float64(g.rnd.IntN(days/2)), float64(days/2+g.rnd.IntN(days/3)))
		kinds = append(kinds, pick(silent, stalled), pick(silent, stalled, quick))
	}
	for t, d := range starts {
		g.thread(i, t, o, kinds[t], d)
	}
}

func (g *gen) fill(s string, o org, p person) string {
	when := g.start.AddDate(0, 0, 7*g.opts.Weeks+g.rnd.IntN(10))
	for when.Weekday() == time.Saturday || when.Weekday() == time.Sunday {
		when = when.AddDate(0, 0, 1)
	}
	day := when.Format("Monday, Jan 2")
	r := strings.NewReplacer(
		"{name}", p.first, "{org}", o.Name, "{me}", "Jordan",
		"{topic}", topics[g.rnd.IntN(len(topics))],
		"{n}", fmt.Sprint(5+g.rnd.IntN(120)), "{d}", fmt.Sprint(10+g.rnd.IntN(35)),
		"{p}", fmt.Sprint(19+g.rnd.IntN(60)), "{day}", day,
		"{time}", fmt.Sprintf("%d:%02d", 9+g.rnd.IntN(7), 30*g.rnd.IntN(2)),
	)
	return r.Replace(s)
}

// at turns a fractional day offset into a business-hours time, skipping weekends.
func (g *gen) at(day float64) time.Time {
	d := int(day)
	t := g.start.AddDate(0, 0, d)
	for t.Weekday() == time.Saturday || t.Weekday() == time.Sunday {
		d++
		t = g.start.AddDate(0, 0, d)
	}
	y, m, dd := t.Date()
	minutes := 8*60 + int((day-float64(int(day)))*600) + g.rnd.IntN(90)
	return time.Date(y, m, dd, 0, minutes, g.rnd.IntN(60), 0, g.opts.Location)
}

func (g *gen) thread(orgIdx, n int, o org, kind threadKind, day float64) {
	p := o.people[g.rnd.IntN(len(o.people))]
	key := fmt.Sprintf("demo-%02d-%02d", orgIdx, n)
	first := openers[g.rnd.IntN(len(openers))]
	subject := g.fill(pick(g.rnd, first.subjects), o, p)
	to := []model.Address{p.Address}
	if kind == internal {
		to = []model.Address{colleagues[g.rnd.IntN(len(colleagues))]}
	}
	var cc []model.Address
	if len(o.people) > 1 && kind != internal && g.rnd.IntN(3) == 0 {
		for _, q := range o.people {
			if q.Email != p.Email {
				cc = append(cc, q.Address)
				break
			}
		}
	}
	var prev string
	var refs []string
	// what the customer last wrote, for the rep's next email to take up:
	// the step's kind and which text of it
	lastKind, lastText := "", 0
	for i, s := range plans[kind] {
		day += s.gap
		when := g.at(day)
		if when.After(g.opts.Now) {
			break
		}
		g.msgSeq++
		m := model.Message{
			Folder:     "Sent",
			Direction:  s.dir,
			Subject:    subject,
			Date:       when.UTC(),
			ThreadKey:  key,
			InReplyTo:  prev,
			References: append([]string(nil), refs...),
		}
		if i > 0 && !strings.HasPrefix(subject, "Re:") {
			m.Subject = "Re: " + subject
		}
		switch s.dir {
		case model.Outbound:
			m.MessageID = fmt.Sprintf("demo.%05d@%s", g.msgSeq, InternalDomain)
			m.From = g.ds.Rep
			m.To, m.Cc = to, cc
		case model.Inbound:
			m.Folder = "INBOX"
			m.MessageID = fmt.Sprintf("demo.%05d@%s", g.msgSeq, model.Domain(p.Email))
			m.From = p.Address
			m.To = []model.Address{g.ds.Rep}
		}
		var text string
		switch s.kind {
		case "tb":
			text = touchingBase[g.rnd.IntN(len(touchingBase))]
			m.Label, m.Score = model.TouchingBase, 5+g.rnd.IntN(25)
		case "sub":
			if i == 0 {
				text = first.text
			} else {
				text = pick(g.rnd, replyTexts(lastKind, lastText))
			}
			m.Label, m.Score = model.Substantive, 55+g.rnd.IntN(40)
		case "int":
			text = internalNotes[g.rnd.IntN(len(internalNotes))]
			m.Label, m.Score = model.Substantive, 50+g.rnd.IntN(30)
		case "q":
			lastText = g.rnd.IntN(len(inQuestions))
			text = inQuestions[lastText]
		case "obj":
			lastText = g.rnd.IntN(len(inObjections))
			text = inObjections[lastText]
		case "nc":
			text = inNonCommittal[g.rnd.IntN(len(inNonCommittal))]
		case "pos":
			text = inPositive[g.rnd.IntN(len(inPositive))]
		}
		// as a synced message is stored: the own text, and the sign-off apart
		body := g.fill(text, o, p)
		own := owntext.Plain(body)
		m.OwnText, m.SignOff = own.Own, own.SignOff
		m.Size = int64(len(body) + 800)
		if m.Direction == model.Outbound {
			m.ClassifierVersion = "demo"
			if s.kind == "sub" && g.rnd.IntN(4) == 0 {
				m.Attachments = []model.Attachment{{Name: strings.ReplaceAll(o.Name, " ", "_") + "_proposal.pdf", Type: "application/pdf", Size: int64(80000 + g.rnd.IntN(400000))}}
			}
			g.tallyContact(m)
		}
		lastKind = ""
		if s.dir == model.Inbound {
			lastKind = s.kind
		}
		g.ds.Messages = append(g.ds.Messages, m)
		prev = m.MessageID
		refs = append(refs, m.MessageID)
	}
	if kind == silent && len(refs) >= 3 {
		g.silentThreads = append(g.silentThreads, threadRef{key: key, subject: "Re: " + strings.TrimPrefix(subject, "Re: "), to: p.Address, last: g.at(day)})
	}
	// Good conversations lead to meetings.
	if (kind == exchange || kind == callCandidate) && g.rnd.IntN(3) > 0 {
		g.meeting(o, p, day+2+float64(g.rnd.IntN(4)), 30)
	}
}

// replyTexts returns the texts a substantive email of the rep's can take
// after the first (an opener), when the customer last wrote a text of kind
// lastKind (index lastText of its list): a question gets its answers, an
// objection is taken up, and anything else (a non-committal reply, a
// silence) gets a follow-up that brings something new.
func replyTexts(lastKind string, lastText int) []string {
	switch {
	case lastKind == "q":
		return answers[lastText]
	case lastKind == "obj":
		return rebuttals[lastText]
	}
	return followUps
}

// pick returns one of texts at random.
func pick(rnd *rand.Rand, texts []string) string { return texts[rnd.IntN(len(texts))] }

func (g *gen) weekOf(t time.Time) int {
	for i, w := range g.ds.Weeks {
		if !t.Before(w.Start) && t.Before(w.End) {
			return i
		}
	}
	return -1
}

// tallyContact counts an outbound message the way DESIGN.md defines contacts.
func (g *gen) tallyContact(m model.Message) {
	w := g.weekOf(m.Date)
	if w < 0 {
		return
	}
	external := false
	for _, a := range m.Recipients() {
		if g.rep.IsExternal(a.Email) {
			external = true
			g.people[w][model.NormalizeEmail(a.Email)] = true
		}
	}
	if !external {
		return
	}
	g.ds.Expected[w].Contacts++
	g.ds.Expected[w].PeopleContacted = len(g.people[w])
	if m.Label == model.TouchingBase {
		g.ds.Expected[w].TouchingBase++
	}
}

// addEvent stores an event and counts it if it is a connect.
func (g *gen) addEvent(e model.Event, connect bool) {
	g.evtSeq++
	if e.UID == "" {
		e.UID = fmt.Sprintf("demo-event-%04d@%s", g.evtSeq, InternalDomain)
	}
	e.Calendar = "Work"
	e.Start, e.End = e.Start.UTC(), e.End.UTC()
	g.ds.Events = append(g.ds.Events, e)
	if connect && !e.Start.After(g.opts.Now) {
		if w := g.weekOf(e.Start); w >= 0 {
			g.ds.Expected[w].Connects++
		}
	}
}

func (g *gen) self(resp model.Response) model.Attendee {
	return model.Attendee{Address: g.ds.Rep, Response: resp, Self: true}
}

func (g *gen) meeting(o org, p person, day float64, minutes int) {
	start := g.at(day).Truncate(30 * time.Minute)
	if start.After(g.opts.Now.AddDate(0, 0, 10)) {
		return
	}
	titles := []string{"Discovery call", "Product demo", "Pricing review", "Pilot kickoff", "Quarterly check-in"}
	g.addEvent(model.Event{
		Summary:       titles[g.rnd.IntN(len(titles))] + " — " + o.Name,
		Start:         start,
		End:           start.Add(time.Duration(minutes) * time.Minute),
		Status:        model.EventConfirmed,
		Organizer:     g.ds.Rep,
		Attendees:     []model.Attendee{g.self(model.ResponseAccepted), {Address: p.Address, Response: model.ResponseAccepted}},
		ConferenceURL: fmt.Sprintf("https://meet.example.com/nw-%04d", g.evtSeq+1),
	}, true)
}

// internalMeetings adds the weekly team meeting: internal only, never a connect.
func (g *gen) internalMeetings() {
	uid := "demo-standup@" + InternalDomain
	for w := range g.ds.Weeks {
		start := g.ds.Weeks[w].Start.Add(9*time.Hour + 30*time.Minute)
		g.addEvent(model.Event{
			UID: uid, RecurrenceID: start.UTC().Format("20060102T150405Z"),
			Summary: "Sales team weekly", Start: start, End: start.Add(30 * time.Minute),
			Status: model.EventConfirmed, Organizer: colleagues[1],
			Attendees: []model.Attendee{g.self(model.ResponseAccepted), {Address: colleagues[0], Response: model.ResponseAccepted}, {Address: colleagues[1], Response: model.ResponseAccepted}},
		}, false)
	}
}

// calendarEdgeCases adds events that must not count: declined, cancelled,
// too short, all-day; and upcoming meetings that have not started.
func (g *gen) calendarEdgeCases(orgs []org) {
	for k := 0; k < 8; k++ {
		o := orgs[g.rnd.IntN(len(orgs))]
		p := o.people[0]
		start := g.at(float64(g.rnd.IntN(7*g.opts.Weeks - 3))).Truncate(15 * time.Minute)
		ext := model.Attendee{Address: p.Address, Response: model.ResponseAccepted}
		e := model.Event{Start: start, End: start.Add(30 * time.Minute), Status: model.EventConfirmed, Organizer: p.Address}
		switch k % 4 {
		case 0:
			e.Summary = "Intro call — " + o.Name + " (declined)"
			e.Attendees = []model.Attendee{g.self(model.ResponseDeclined), ext}
		case 1:
			e.Summary = "Demo — " + o.Name + " (cancelled)"
			e.Status = model.EventCancelled
			e.Attendees = []model.Attendee{g.self(model.ResponseAccepted), ext}
		case 2:
			e.Summary = "Hold: " + o.Name + " follow-up"
			e.End = start.Add(3 * time.Minute)
			e.Attendees = []model.Attendee{g.self(model.ResponseAccepted), ext}
		case 3:
			y, m, d := start.Date()
			e.Summary = o.Name + " on-site visit window"
			e.AllDay = true
			e.Start = time.Date(y, m, d, 0, 0, 0, 0, g.opts.Location)
			e.End = e.Start.AddDate(0, 0, 1)
			e.Attendees = []model.Attendee{g.self(model.ResponseAccepted), ext}
		}
		g.addEvent(e, false)
	}
	// Two meetings later this week or next: on the calendar, not yet connects.
	for k := 0; k < 2; k++ {
		o := orgs[g.rnd.IntN(len(orgs))]
		start := g.opts.Now.Add(time.Duration(26+24*k) * time.Hour).Truncate(time.Hour)
		g.addEvent(model.Event{
			Summary: "Follow-up call — " + o.Name, Start: start, End: start.Add(30 * time.Minute),
			Status: model.EventConfirmed, Organizer: g.ds.Rep,
			Attendees: []model.Attendee{g.self(model.ResponseAccepted), {Address: o.people[0].Address, Response: model.ResponseAccepted}},
		}, true)
	}
}

func (g *gen) loggedCalls(orgs []org) {
	for k := 0; k < 10; k++ {
		o := orgs[g.rnd.IntN(len(orgs))]
		start := g.at(float64(g.rnd.IntN(7 * g.opts.Weeks)))
		if start.After(g.opts.Now) {
			continue
		}
		g.ds.Calls = append(g.ds.Calls, model.LoggedCall{
			Person: o.people[0].Address, Start: start.UTC(), Duration: time.Duration(8+g.rnd.IntN(25)) * time.Minute,
			Note: "Phone call about " + topics[g.rnd.IntN(len(topics))],
		})
		if w := g.weekOf(start); w >= 0 {
			g.ds.Expected[w].Connects++
		}
	}
}

// drafts adds unsent drafts that the Review screen can pick.
func (g *gen) drafts(orgs []org) {
	// The first draft is one more nudge into the most recent silent thread.
	var reply *threadRef
	for i := range g.silentThreads {
		if reply == nil || g.silentThreads[i].last.After(reply.last) {
			reply = &g.silentThreads[i]
		}
	}
	for k, d := range draftTexts {
		o := orgs[(k*11+3)%len(orgs)]
		p := o.people[0]
		g.msgSeq++
		m := model.Message{
			Folder: "Drafts", Direction: model.Draft, MessageID: fmt.Sprintf("demo.draft.%05d@%s", g.msgSeq, InternalDomain),
			From: g.ds.Rep, To: []model.Address{p.Address}, Subject: g.fill(d.subject, o, p),
			Date: g.opts.Now.Add(-time.Duration(k+1) * time.Hour).UTC().Truncate(time.Second), OwnText: g.fill(d.text, o, p),
		}
		if k == 0 && reply != nil {
			first := strings.SplitN(reply.to.Name, " ", 2)[0]
			m.ThreadKey, m.Subject, m.To = reply.key, reply.subject, []model.Address{reply.to}
			m.OwnText = strings.Replace(m.OwnText, p.first, first, 1)
		}
		g.ds.Messages = append(g.ds.Messages, m)
	}
}
