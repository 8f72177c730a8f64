package app

import (
	"context"
	"fmt"
	"time"

	"dialtone/analysis/classify"
	"dialtone/model"
)

// Corrections returns the emails whose verdict the rep corrected, each with
// the thread context the classifier saw, as labeled examples in the
// classifier's JSON Lines format: real mail to measure (dialtone eval) or
// train on. The CLI prints them (dialtone corrections).
func (w *Workspace) Corrections(ctx context.Context) ([]classify.Example, error) {
	db, _, err := w.current()
	if err != nil {
		return nil, err
	}
	ms, err := db.CorrectedMessages(ctx)
	if err != nil {
		return nil, err
	}
	// Their threads, in one query.
	var ids []int64
	for _, m := range ms {
		if m.ThreadID != 0 {
			ids = append(ids, m.ThreadID)
		}
	}
	threads, err := db.ThreadsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64][]model.Message, len(threads))
	for _, t := range threads {
		byID[t.ID] = t.Messages
	}
	out := []classify.Example{}
	for _, m := range ms {
		ex := classify.Example{ID: m.MessageID, Subject: m.Subject, Body: m.OwnText, Label: m.Label, Attachments: m.Attachments,
			Note: fmt.Sprintf("corrected by the rep; classifier scored %d", m.Score)}
		var before []model.Message
		for _, x := range byID[m.ThreadID] {
			if x.ID == m.ID {
				break
			}
			before = append(before, x)
		}
		for _, x := range withQuoted(threadContext(before), m.Answers, m.Date) {
			ex.Thread = append(ex.Thread, classify.ExampleThread{Direction: string(x.Direction), Date: x.Date.UTC().Format(time.RFC3339), Body: x.Text})
		}
		out = append(out, ex)
	}
	return out, nil
}
