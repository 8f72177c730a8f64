package main

import (
	"fmt"
	"text/tabwriter"

	"dialtone/app"
)

func runDemo(e *env, args []string) error {
	if err := e.parse(e.flags("demo"), args); err != nil {
		return err
	}
	var o app.Overview
	err := e.withServices(func(svc *app.Services) (err error) {
		o, err = svc.Accounts.UseDemo()
		return err
	})
	if err != nil {
		return err
	}
	c := o.Counts
	fmt.Fprintf(e.stdout, "Demo data ready in %s\n%d messages (%d sent), %d threads, %d calendar events, %d logged calls, %d organizations\n",
		o.DataDir, c.Messages, c.Outbound, c.Threads, c.Events, c.Calls, c.Organizations)
	return nil
}

func runReportWeekly(e *env, args []string) error {
	fs := e.flags("report weekly")
	weeks := fs.Int("weeks", 12, "how many ISO weeks, the current one last")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	var r app.WeeklyReport
	err := e.withServices(func(svc *app.Services) (err error) {
		r, err = svc.Weekly.Report(*weeks)
		return err
	})
	if err != nil {
		return err
	}
	if *asJSON {
		return e.json(struct {
			Weeks any `json:"weeks"`
		}{r.Weeks})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "week\tstarts\tcontacts\tpeople\tconnects\ttouching base\tconnect ratio\t\n")
	for _, w := range r.Weeks {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%.0f%%\t\n", w.Week, w.Start, w.Contacts, w.PeopleContacted, w.Connects, w.TouchingBase, 100*w.ConnectRatio)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Weeks are ISO weeks in %s.\n", r.TimeZone)
	return nil
}
