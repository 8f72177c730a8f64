package app

import (
	"context"

	"dialtone/analysis"
	"dialtone/analysis/classify"
	"dialtone/model"
	"dialtone/store"
)

// ThreadContext turns the messages before a thread position into classifier
// context (own text, direction, date), leaving drafts out.
func threadContext(msgs []model.Message) []classify.ThreadMessage {
	out := make([]classify.ThreadMessage, 0, len(msgs))
	for _, m := range msgs {
		if m.Direction == model.Draft {
			continue
		}
		out = append(out, classify.ThreadMessage{Direction: m.Direction, Date: m.Date, Text: m.OwnText})
	}
	return out
}

// judgedContext is the thread context a stored outbound message is judged
// in: the messages before it and the questions it quotes. Verdicts and the
// rep's corrections (what the classifier adapts to) use the same.
func judgedContext(m model.Message, before []model.Message) []classify.ThreadMessage {
	return classify.WithQuoted(threadContext(before), m.Answers, m.Date)
}

// verdict classifies one outbound message given the messages before it.
func verdict(md *classify.Model, m model.Message, before []model.Message) store.Classification {
	r := md.Classify(classify.Input{
		Subject: m.Subject, Text: m.OwnText, Thread: judgedContext(m, before),
		Attachments: m.Attachments, Forwards: m.Forwards, Date: m.Date,
	})
	return store.Classification{MessageID: m.ID, Label: r.Label, Score: r.Score, Reasons: r.Reasons, Version: r.Version}
}

// Reclassify brings stored messages up to date with the current analysis:
// every outbound message that classifier md has not judged is judged (new
// messages, or all of them after the classifier changed: a new version, or
// the rep's corrections), each in the context of its thread, and every
// message whose text facts are missing or of another version gets them. It
// reports progress as (threads done, threads total) and returns how many
// messages it judged.
func Reclassify(ctx context.Context, db *store.DB, md *classify.Model, progress func(done, total int)) (int, error) {
	ids, err := db.StaleThreads(ctx, md.Version(), analysis.FactsVersion)
	if err != nil {
		return 0, err
	}
	return judgeThreads(ctx, db, md, ids, progress)
}

// judgeThreads judges the outbound messages of threads ids (0: the
// messages outside any thread) that md has not judged, and gives every
// message of them its text facts.
func judgeThreads(ctx context.Context, db *store.DB, md *classify.Model, ids []int64, progress func(done, total int)) (int, error) {
	version := md.Version()
	judged := 0
	var batch []store.Classification
	facts := map[int64]model.TextFacts{}
	flush := func() error {
		if len(facts) > 0 {
			if err := db.SetFacts(ctx, facts); err != nil {
				return err
			}
			clear(facts)
		}
		if len(batch) == 0 {
			return nil
		}
		err := db.SetClassifications(ctx, batch)
		judged += len(batch)
		batch = batch[:0]
		return err
	}
	judge := func(id int64, msgs []model.Message) {
		for j, m := range msgs {
			if m.Facts.Version != analysis.FactsVersion {
				facts[m.ID] = analysis.TextFactsOf(m.Direction, m.OwnText)
			}
			if m.Direction != model.Outbound || m.ClassifierVersion == version {
				continue
			}
			before := msgs[:j]
			if id == 0 {
				before = nil // loose messages have no thread context
			}
			batch = append(batch, verdict(md, m, before))
		}
	}
	if len(ids) > 0 && ids[0] == 0 {
		msgs, err := db.UnthreadedMessages(ctx)
		if err != nil {
			return judged, err
		}
		judge(0, msgs)
		ids = ids[1:]
	}
	// Threads are read a few hundred at a time: one query each.
	const chunk = 400
	for done := 0; done < len(ids); {
		if err := ctx.Err(); err != nil {
			return judged, err
		}
		part := ids[done:min(done+chunk, len(ids))]
		threads, err := db.ThreadsToJudge(ctx, part)
		if err != nil {
			return judged, err
		}
		for _, t := range threads {
			judge(t.ID, t.Messages)
		}
		if err := flush(); err != nil {
			return judged, err
		}
		done += len(part)
		if progress != nil {
			progress(done, len(ids))
		}
	}
	return judged, flush()
}
