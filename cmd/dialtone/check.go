package main

import (
	"fmt"
	"io"
	"strings"

	"dialtone/analysis"
	"dialtone/app"
	"dialtone/model"
)

func runCheck(e *env, args []string) error {
	fs := e.flags("check")
	asJSON := fs.Bool("json", false, "print JSON")
	subject := fs.String("subject", "", "the draft's subject")
	thread := fs.Int64("thread", 0, "the id of the thread the draft answers")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	text, err := io.ReadAll(io.LimitReader(e.stdin, app.MaxDraftBytes+1))
	if err != nil {
		return err
	}
	if len(text) > app.MaxDraftBytes {
		return model.Errorf(model.EINVALID, "The draft is too long to review (over 1 MB).")
	}
	var r app.DraftReview
	if *thread == 0 {
		// Without a thread a review needs no workspace: only the rep's
		// corrections and calendar, when there are any.
		clock, err := app.ClockFromEnv()
		if err != nil {
			return err
		}
		md, dc, err := app.RepReview(e.ctx, e.data, clock)
		if err != nil {
			return err
		}
		r = app.ReviewDraft(md, *subject, string(text), dc)
	} else {
		err := e.withServices(func(svc *app.Services) (err error) {
			r, err = svc.Review.Check(app.DraftRequest{Subject: *subject, Text: string(text), ThreadID: *thread})
			return err
		})
		if err != nil {
			return err
		}
	}
	if *asJSON {
		return e.json(r)
	}
	if !r.Classified {
		fmt.Fprintln(e.stdout, "The draft is empty: nothing to review.")
		return nil
	}
	verdict := "Substantive: it gives the reader something."
	if r.Label == string(model.TouchingBase) {
		verdict = "Touching base: it asks for their time and gives nothing back."
	}
	fmt.Fprintf(e.stdout, "%s (value %d/100, %d words of your own text)\n", verdict, r.Score, r.Words)
	if r.Thread != nil && r.Thread.Silent {
		fmt.Fprintf(e.stdout, "The thread %s is silent: %d unanswered emails in %d days.\n", analysis.Quote(r.Thread.Subject), r.Thread.Unanswered, r.Thread.DaysSilent)
	}
	for _, x := range r.Reasons {
		sign := "+"
		if x.Effect == model.Lowers {
			sign = "-"
		}
		// The span is shown where the reason does not already say or quote
		// it ("“Any update” asks for a reply…" does), in the reasons' marks.
		// A span may cross a line break ("$10⏎million"); reasons and quotes
		// run on one line, so it is compared and shown with its blanks
		// folded to single spaces.
		quote := ""
		if x.End > x.Start && x.End <= len(r.OwnText) {
			if span := strings.Join(strings.Fields(r.OwnText[x.Start:x.End]), " "); !strings.Contains(x.Text, span) && !strings.Contains(x.Text, "\u201c") {
				quote = " " + analysis.Quote(span)
			}
		}
		fmt.Fprintf(e.stdout, "  %s %s%s\n", sign, x.Text, quote)
	}
	if len(r.Suggestions) > 0 {
		fmt.Fprintln(e.stdout, "Instead, try:")
		for _, s := range r.Suggestions {
			fmt.Fprintf(e.stdout, "  • %s\n", s.Text)
		}
	}
	return nil
}
