package app

import (
	"context"
	"slices"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/classify"
	"dialtone/analysis/owntext"
	"dialtone/model"
	"dialtone/store"
)

// ThreadsService serves the Threads screen, `dialtone threads` and
// `dialtone suggest calls`.
type ThreadsService struct {
	ctx   context.Context
	ws    *Workspace
	learn *Learner
}

// NewThreadsService returns the threads service; learn (may be nil)
// re-judges the stored mail after a correction.
func NewThreadsService(ctx context.Context, ws *Workspace, learn *Learner) *ThreadsService {
	return &ThreadsService{ctx: ctx, ws: ws, learn: learn}
}

// List returns the threads, most in need of the rep first.
func (s *ThreadsService) List() (ThreadList, error) { return boundary(s.list(false)) }

// CallCandidates returns only the call candidates, best first.
func (s *ThreadsService) CallCandidates() (ThreadList, error) { return boundary(s.list(true)) }

// Get returns one thread with its messages.
func (s *ThreadsService) Get(id int64) (ThreadDetail, error) { return boundary(s.get(id)) }

// CorrectLabel records the rep's verdict on an email they sent
// ("touching_base" or "substantive"); "" undoes a correction. The weekly
// touching-base counts follow it, and a new classifier version keeps it.
// The classifier learns from it: drafts at once, the stored mail a moment
// later (EventClassifierUpdated), emails nearly the same as this one
// taking its label.
func (s *ThreadsService) CorrectLabel(messageID int64, label string) (MessageView, error) {
	return boundary(s.correct(messageID, label))
}

func (s *ThreadsService) correct(messageID int64, label string) (MessageView, error) {
	db, _, err := s.ws.current()
	if err != nil {
		return MessageView{}, err
	}
	m, err := db.CorrectLabel(s.ctx, messageID, model.Label(label))
	if err != nil {
		return MessageView{}, err
	}
	// The new classifier judges drafts and this email's thread at once, the
	// rest of the stored mail a moment later.
	s.ws.forgetModel()
	md, err := s.ws.model(s.ctx, db)
	if err != nil {
		return MessageView{}, err
	}
	if _, err := judgeThreads(s.ctx, db, md, []int64{m.ThreadID}, nil); err != nil {
		return MessageView{}, err
	}
	if s.learn != nil {
		s.learn.Wake()
	}
	if m, err = db.Message(s.ctx, messageID); err != nil {
		return MessageView{}, err
	}
	return messageView(m), nil
}

func (s *ThreadsService) list(callsOnly bool) (ThreadList, error) {
	db, _, err := s.ws.current()
	if err != nil {
		return ThreadList{}, err
	}
	dc, err := s.ws.draftContext(s.ctx, db)
	if err != nil {
		return ThreadList{}, err
	}
	names, err := db.OrganizationNames(s.ctx)
	if err != nil {
		return ThreadList{}, err
	}
	ts, err := db.Threads(s.ctx)
	if err != nil {
		return ThreadList{}, err
	}
	out := ThreadList{Threads: []ThreadSummary{}}
	for _, rt := range analysis.RankThreads(ts, dc.Rep, dc.Now, offerAt(dc.Call)) {
		if callsOnly && !rt.Report.Has(model.StateCallCandidate) {
			continue
		}
		out.Threads = append(out.Threads, summarize(rt.Thread, rt.Report, names))
	}
	return out, nil
}

func (s *ThreadsService) get(id int64) (ThreadDetail, error) {
	db, _, err := s.ws.current()
	if err != nil {
		return ThreadDetail{}, err
	}
	t, err := db.Thread(s.ctx, id)
	if err != nil {
		return ThreadDetail{}, err
	}
	dc, err := s.ws.draftContext(s.ctx, db)
	if err != nil {
		return ThreadDetail{}, err
	}
	names, err := db.OrganizationNames(s.ctx)
	if err != nil {
		return ThreadDetail{}, err
	}
	last, _ := lastSent(t)
	signOff, err := replySignOff(s.ctx, db, t)
	if err != nil {
		return ThreadDetail{}, err
	}
	d := ThreadDetail{Summary: summarize(t, analysis.AnalyzeThread(t, dc.Rep, dc.Now, offerAt(dc.Call)(t)), names), Messages: []MessageView{},
		ReplySubject: model.ReplySubject(t.Subject), ReplyGreeting: owntext.Greeting(last.OwnText), ReplySignOff: signOff}
	for _, m := range t.Messages {
		d.Messages = append(d.Messages, messageView(m))
	}
	return d, nil
}

// offerAt returns what the advice on a thread offers to send: a call at
// call's times and the question that helps them decide, in the thread's
// language, the one the Review screen would offer a draft to it in.
func offerAt(call analysis.CallTimes) func(model.Thread) analysis.Offer {
	return func(t model.Thread) analysis.Offer {
		s := classify.SentencesFor(voice(t))
		return analysis.Offer{Times: call, Call: s.ProposeCall(call), Ask: s.Ask()}
	}
}

// voice returns the text whose language a thread is written in: the rep's
// last email in it, else the customer's last.
func voice(t model.Thread) string {
	if m, ok := lastSent(t); ok {
		return m.OwnText
	}
	for _, m := range slices.Backward(t.Messages) {
		if m.OwnText != "" {
			return m.OwnText
		}
	}
	return ""
}

// replySignOff is how a reply in t closes: as the rep's latest signed email
// in the thread did; in a thread the rep never signed (one-liners, or mail
// stored before sign-offs were kept), as their latest signed email to
// someone in it, and failing that as their latest signed email to anyone.
func replySignOff(ctx context.Context, db *store.DB, t model.Thread) (string, error) {
	var people []string
	for _, m := range slices.Backward(t.Messages) {
		switch {
		case m.Direction == model.Inbound:
			people = append(people, m.From.Email)
		case m.Direction != model.Outbound:
		case m.SignOff != "":
			return m.SignOff, nil
		default:
			for _, a := range slices.Concat(m.To, m.Cc) {
				people = append(people, a.Email)
			}
		}
	}
	if s, err := db.LatestSignOff(ctx, people); s != "" || err != nil || len(people) == 0 {
		return s, err
	}
	return db.LatestSignOff(ctx, nil)
}

// lastSent returns the rep's last email in the thread.
func lastSent(t model.Thread) (model.Message, bool) {
	for _, m := range slices.Backward(t.Messages) {
		if m.Direction == model.Outbound {
			return m, true
		}
	}
	return model.Message{}, false
}

func summarize(t model.Thread, r analysis.ThreadReport, names map[string]string) ThreadSummary {
	s := ThreadSummary{
		ID: t.ID, Subject: t.Subject, Organization: names[r.Organization], Participants: r.Participants,
		Messages: len(t.Messages), Outbound: r.Outbound, Inbound: r.Inbound,
		FirstAt: rfc3339(t.FirstAt), LastAt: rfc3339(t.LastAt), States: []string{},
		Unanswered: r.Unanswered, SilentSince: rfc3339(r.SilentSince), CallScore: r.CallScore,
		Reasons: r.Reasons, Advice: r.Advice, Ask: r.Ask,
	}
	if s.Organization == "" {
		s.Organization = r.Organization
	}
	if s.Participants == nil {
		s.Participants = []string{}
	}
	if s.Reasons == nil {
		s.Reasons = []string{}
	}
	for _, st := range r.States {
		s.States = append(s.States, string(st))
	}
	if !r.Has(model.StateSilent) {
		s.SilentSince = ""
	}
	return s
}

func messageView(m model.Message) MessageView {
	v := MessageView{
		ID: m.ID, Direction: string(m.Direction), From: m.From.String(), To: []string{}, Date: rfc3339(m.Date),
		Subject: m.Subject, OwnText: m.OwnText, Label: string(m.Label), Score: m.Score, Reasons: m.Reasons,
		Corrected: m.Corrected,
	}
	for _, a := range m.Recipients() {
		v.To = append(v.To, a.String())
	}
	if v.Reasons == nil {
		v.Reasons = []model.Reason{}
	}
	return v
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
