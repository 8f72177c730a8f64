package app

import (
	"context"

	"dialtone/analysis/classify"
)

// Stages of bringing the stored mail up to date, as ClassifyProgress names
// them.
const (
	// StageReading: the rep's mail is read again from its stored bodies
	// with this build's own-text rules (Reread).
	StageReading = "reading"
	// StageJudging: mail this build's classifier has not judged is judged
	// (Reclassify), after an upgrade or an interrupted run.
	StageJudging = "judging"
	// StageLearning: the stored mail is judged again after the rep
	// corrected a verdict (Learner.Relearn).
	StageLearning = "learning"
)

// CatchUp brings the open data up to date with this build of Dialtone: mail
// whose own text older rules read is read again from its stored body
// (Reread), then every message the current classifier has not judged is
// judged, in the context of its thread (Reclassify). After an upgrade that
// is all of the rep's mail, which takes seconds for a large mailbox, so the
// desktop app runs it in the background (Learner.Start) and the CLI before
// a command. progress (may be nil) gets each stage's reports, the last one
// of a stage that ran with Done equal to Total. It reports whether any
// stored verdict or text changed.
func (w *Workspace) CatchUp(ctx context.Context, progress func(ClassifyProgress)) (bool, error) {
	_, changed, err := w.catchUp(ctx, progress)
	return changed, err
}

// catchUp is CatchUp, also returning the classifier it judged with.
func (w *Workspace) catchUp(ctx context.Context, progress func(ClassifyProgress)) (*classify.Model, bool, error) {
	w.judging.Lock()
	defer w.judging.Unlock()
	db, _, err := w.current()
	if err != nil {
		return nil, false, err
	}
	report := func(stage string) func(done, total int) {
		return func(done, total int) {
			if progress != nil {
				progress(ClassifyProgress{Stage: stage, Done: done, Total: total})
			}
		}
	}
	read, err := Reread(ctx, db, report(StageReading))
	if err != nil {
		return nil, read > 0, err
	}
	if read > 0 {
		w.log.Info("read messages again", "changed", read)
	}
	m, err := w.model(ctx, db)
	if err != nil {
		return nil, read > 0, err
	}
	judged, err := Reclassify(ctx, db, m, report(StageJudging))
	if judged > 0 {
		w.log.Info("classified messages", "count", judged)
	}
	return m, read > 0 || judged > 0, err
}
