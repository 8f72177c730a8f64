package app

import (
	"context"
	"strings"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/classify"
	"dialtone/analysis/owntext"
	"dialtone/model"
	"dialtone/store"
)

// ReviewService serves the Review screen and `dialtone check`.
type ReviewService struct {
	ctx context.Context
	ws  *Workspace
}

// NewReviewService returns the draft review service.
func NewReviewService(ctx context.Context, ws *Workspace) *ReviewService {
	return &ReviewService{ctx: ctx, ws: ws}
}

// MaxDraftBytes bounds a draft handed to Check.
const MaxDraftBytes = 1 << 20

// Check reviews a draft: its own text, its length, and the state of the
// thread it answers.
func (s *ReviewService) Check(req DraftRequest) (DraftReview, error) { return boundary(s.check(req)) }

// Add returns draft text with sentence (a suggestion's Paste) added as a
// paragraph of its own after the rep's text, before the sign-off, the
// signature and any quoted message.
func (s *ReviewService) Add(text, sentence string) (string, error) {
	return boundary(addSentence(text, sentence))
}

func errDraftTooLong() error {
	return model.Errorf(model.EINVALID, "The draft is too long to review (over 1 MB).")
}

func addSentence(text, sentence string) (string, error) {
	if len(text)+len(sentence) > MaxDraftBytes {
		return "", errDraftTooLong()
	}
	return owntext.AddParagraph(text, sentence), nil
}

// Drafts lists the saved drafts, newest first.
func (s *ReviewService) Drafts() ([]DraftSummary, error) { return boundary(s.drafts()) }

func (s *ReviewService) check(req DraftRequest) (DraftReview, error) {
	if len(req.Text) > MaxDraftBytes {
		return DraftReview{}, errDraftTooLong()
	}
	db, _, err := s.ws.current()
	if err != nil {
		return DraftReview{}, err
	}
	md, err := s.ws.model(s.ctx, db)
	if err != nil {
		return DraftReview{}, err
	}
	dc, err := s.ws.draftContext(s.ctx, db)
	if err != nil {
		return DraftReview{}, err
	}
	if req.ThreadID != 0 {
		t, err := db.Thread(s.ctx, req.ThreadID)
		if err != nil {
			return DraftReview{}, err
		}
		dc.Thread = &t
	}
	return ReviewDraft(md, req.Subject, req.Text, dc), nil
}

// draftContext returns what a review of a draft written now knows from db,
// in the rep's time zone; the Threads advice proposes calls from the same.
func (w *Workspace) draftContext(ctx context.Context, db *store.DB) (DraftContext, error) {
	loc, err := w.location(ctx, db)
	if err != nil {
		return DraftContext{}, err
	}
	return draftContext(ctx, db, w.Now(), loc)
}

// absenceLookback is how long before now an event (an all-day absence)
// may have started and still be read as covering the coming week.
const absenceLookback = 31 * 24 * time.Hour

// draftContext returns what a review of a draft written at now knows from
// db: who the rep is and the times to propose a call at, in the rep's zone
// loc.
func draftContext(ctx context.Context, db *store.DB, now time.Time, loc *time.Location) (DraftContext, error) {
	r, _, err := rep(ctx, db)
	if err != nil {
		return DraftContext{}, err
	}
	call, err := callTimes(ctx, db, r, now, loc)
	if err != nil {
		return DraftContext{}, err
	}
	return DraftContext{Rep: r, Now: now.In(loc), Call: call}, nil
}

// callTimes returns the times to propose a call at, for rep r at now, in
// the rep's zone loc (analysis.PlanCall): free ones, in the coming week or
// the week after, when db holds a calendar; else the same times as an
// empty calendar's, with no claim that they are free.
func callTimes(ctx context.Context, db *store.DB, r analysis.Rep, now time.Time, loc *time.Location) (analysis.CallTimes, error) {
	evs, err := db.EventsDuring(ctx, now, now.Add(2*analysis.SlotHorizon+24*time.Hour), absenceLookback)
	if err != nil {
		return analysis.CallTimes{}, err
	}
	has := len(evs) > 0
	if !has { // a free week, or no calendar at all
		if has, err = db.HasEvents(ctx); err != nil {
			return analysis.CallTimes{}, err
		}
	}
	return analysis.PlanCall(evs, r, now, loc, has), nil
}

// DraftContext is what a review knows besides the draft itself.
type DraftContext struct {
	// Thread is the thread the draft answers, if any.
	Thread *model.Thread
	Rep    analysis.Rep
	Now    time.Time
	// Call holds the times a call proposal names.
	Call analysis.CallTimes
}

// ReviewDraft judges a draft with classifier md: its own text, the
// verdict with reasons and suggestions and, when it answers a thread, the
// thread's silence. It needs no database.
func ReviewDraft(md *classify.Model, subject, text string, dc DraftContext) DraftReview {
	own := owntext.FromPlain(text)
	out := DraftReview{OwnText: own, Words: analysis.WordCount(own), Reasons: []model.Reason{}, Suggestions: []Suggestion{}}
	now, r := dc.Now, dc.Rep
	in := classify.Input{Subject: subject, Text: own, Date: now, Call: dc.Call}
	if t := dc.Thread; t != nil {
		in.Thread = threadContext(t.Messages)
		tr := analysis.AnalyzeThread(*t, r, now, analysis.Offer{}) // its silence; the review offers its own sentences
		ctx := &ThreadContext{ID: t.ID, Subject: t.Subject, Unanswered: tr.Unanswered, Silent: tr.Has(model.StateSilent)}
		if tr.Unanswered > 0 {
			ctx.DaysSilent = int(now.Sub(tr.SilentSince).Hours() / 24)
		}
		out.Thread = ctx
	}
	// A pasted reply that quotes the customer's message answers it; a
	// pasted forward of someone else's message passes it on, even with no
	// note above it.
	if q := owntext.Quoted(text); q.Forwarded(subject) {
		in.Forwards = q.Text != "" && !r.Wrote(q.From)
	} else if !r.Wrote(q.From) {
		in.Thread = classify.WithQuoted(in.Thread, q.Text, now)
	}
	if strings.TrimSpace(own) == "" && !in.Forwards {
		return out
	}
	res, sug := md.Check(in)
	out.Classified, out.Label, out.Score = true, string(res.Label), res.Score
	if res.Reasons != nil {
		out.Reasons = res.Reasons
	}
	for _, x := range sug {
		out.Suggestions = append(out.Suggestions, Suggestion{Text: x.Text, Paste: x.Paste})
	}
	return out
}

func (s *ReviewService) drafts() ([]DraftSummary, error) {
	db, _, err := s.ws.current()
	if err != nil {
		return nil, err
	}
	ms, err := db.Drafts(s.ctx)
	if err != nil {
		return nil, err
	}
	out := []DraftSummary{}
	for _, m := range ms {
		var to []string
		for _, a := range m.Recipients() {
			to = append(to, a.String())
		}
		out = append(out, DraftSummary{ID: m.ID, Subject: m.Subject, To: strings.Join(to, ", "), Date: rfc3339(m.Date), Text: m.OwnText, ThreadID: m.ThreadID})
	}
	return out, nil
}
