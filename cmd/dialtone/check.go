package main

import (
	"fmt"
	"io"

	"dialtone/app"
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
	ws, svc, err := e.open()
	if err != nil {
		return err
	}
	defer ws.Close()
	r, err := svc.Review.Check(app.DraftRequest{Subject: *subject, Text: string(text), ThreadID: *thread})
	if err != nil {
		return err
	}
	if *asJSON {
		return e.json(r)
	}
	fmt.Fprintf(e.stdout, "%d words of your own text.\n", r.Words)
	if r.Thread != nil && r.Thread.Silent {
		fmt.Fprintf(e.stdout, "The thread %q is silent: %d unanswered emails in %d days.\n", r.Thread.Subject, r.Thread.Unanswered, r.Thread.DaysSilent)
	}
	if !r.Classified {
		fmt.Fprintln(e.stdout, "No verdict: the touching-base classifier is not part of this build yet.")
	}
	return nil
}
