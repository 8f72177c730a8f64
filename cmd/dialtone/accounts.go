package main

import (
	"fmt"
	"text/tabwriter"

	"dialtone/app"
)

func runAccountsList(e *env, args []string) error {
	fs := e.flags("accounts list")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	var o app.Overview
	err := e.withServices(func(svc *app.Services) (err error) {
		o, err = svc.Accounts.Overview()
		return err
	})
	if err != nil {
		return err
	}
	if *asJSON {
		return e.json(struct {
			Mode     string `json:"mode"`
			Accounts any    `json:"accounts"`
		}{o.Mode, o.Accounts})
	}
	if o.Mode == "demo" {
		fmt.Fprintln(e.stdout, "No account connected: showing the demo data.")
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tNAME\tEMAIL\tSTATUS\tLAST SYNC")
	for _, a := range o.Accounts {
		last := a.LastSyncAt
		if last == "" {
			last = "never"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", a.ID, a.Kind, a.Name, a.Email, a.Status, last)
	}
	return tw.Flush()
}
