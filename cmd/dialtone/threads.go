package main

import (
	"fmt"
	"strings"

	"dialtone/app"
)

func runThreads(e *env, args []string) error { return threadsCommand(e, "threads", args, false) }

func runSuggestCalls(e *env, args []string) error {
	return threadsCommand(e, "suggest calls", args, true)
}

// threadJSON is one thread in the CLI contract's JSON.
type threadJSON struct {
	ID           int64    `json:"id"`
	Subject      string   `json:"subject"`
	Participants []string `json:"participants"`
	Messages     int      `json:"messages"`
	States       []string `json:"states"`
	Unanswered   int      `json:"unanswered"`
	CallScore    float64  `json:"call_score"`
	Reasons      []string `json:"reasons"`
}

func threadsCommand(e *env, name string, args []string, callsOnly bool) error {
	fs := e.flags(name)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	var list app.ThreadList
	err := e.withServices(func(svc *app.Services) (err error) {
		if callsOnly {
			list, err = svc.Threads.CallCandidates()
		} else {
			list, err = svc.Threads.List()
		}
		return err
	})
	if err != nil {
		return err
	}
	if *asJSON {
		out := struct {
			Threads []threadJSON `json:"threads"`
		}{Threads: []threadJSON{}}
		for _, t := range list.Threads {
			out.Threads = append(out.Threads, threadJSON{t.ID, t.Subject, t.Participants, t.Messages, t.States, t.Unanswered, t.CallScore, t.Reasons})
		}
		return e.json(out)
	}
	if len(list.Threads) == 0 {
		fmt.Fprintln(e.stdout, "No threads.")
		return nil
	}
	for _, t := range list.Threads {
		states := strings.Join(t.States, ", ")
		if states == "" {
			states = "ok"
		}
		fmt.Fprintf(e.stdout, "#%d  %s — %s\n    %d messages · %s · call score %.2f\n", t.ID, t.Subject, t.Organization, t.Messages, states, t.CallScore)
		if len(t.Reasons) > 0 {
			fmt.Fprintf(e.stdout, "    why: %s\n", strings.Join(t.Reasons, "; "))
		}
		if t.Advice != "" {
			fmt.Fprintf(e.stdout, "    next: %s\n", t.Advice)
		}
	}
	return nil
}
