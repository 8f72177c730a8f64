package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mattn/go-isatty"

	"dialtone/app"
	"dialtone/model"
)

func runAccountsAddIMAP(e *env, args []string) error {
	fs := e.flags("accounts add imap")
	var f app.IMAPForm
	fs.StringVar(&f.Host, "host", "", "IMAP server host name")
	fs.IntVar(&f.Port, "port", 0, "port (default 993 with --tls tls, else 143)")
	fs.StringVar(&f.TLS, "tls", "tls", "tls (implicit), starttls, or none (this computer only)")
	fs.StringVar(&f.User, "user", "", "user name, usually your email address")
	fs.StringVar(&f.Email, "email", "", "your email address, when the user name is not one")
	fs.StringVar(&f.Name, "name", "", "a name for the account")
	stdin := fs.Bool("password-stdin", false, "read the password (or app password) from stdin")
	token := fs.Bool("xoauth2", false, "read an OAuth access token from stdin and sign in with XOAUTH2")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if !*stdin && !*token {
		fmt.Fprintln(e.stderr, "dialtone accounts add imap: give --password-stdin (or --xoauth2) and pipe the secret in; it is never taken from the command line")
		return errUsage
	}
	if *token {
		f.Auth = "xoauth2"
	}
	line, err := bufio.NewReader(e.stdin).ReadString('\n')
	if err != nil && err != io.EOF {
		return model.WrapError(err, model.EINVALID, "Could not read the password from stdin.")
	}
	f.Secret = strings.TrimRight(line, "\r\n")
	return e.withServices(func(svc *app.Services) error {
		fmt.Fprintf(e.stderr, "Signing in to %s…\n", f.Host)
		acct, err := svc.Syncs.AddIMAP(e.ctx, f)
		if err != nil {
			return err
		}
		if sec, err := svc.Syncs.Secrets(e.ctx); err == nil && sec.Warning() != "" {
			fmt.Fprintln(e.stderr, "Warning:", sec.Warning())
		}
		fmt.Fprintf(e.stdout, "Connected account %d (%s). Run `dialtone sync` to fetch its mail.\n", acct.ID, acct.Email)
		return nil
	})
}

func runAccountsRemove(e *env, args []string) error {
	fs := e.flags("accounts remove")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	var id int64
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "usage: dialtone accounts remove ID")
		return errUsage
	}
	if _, err := fmt.Sscan(fs.Arg(0), &id); err != nil {
		fmt.Fprintf(e.stderr, "dialtone accounts remove: %q is not an account id\n", fs.Arg(0))
		return errUsage
	}
	return e.withServices(func(svc *app.Services) error {
		if err := svc.Syncs.Remove(e.ctx, id); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Removed account %d and the mail synced through it.\n", id)
		return nil
	})
}

func runSync(e *env, args []string) error {
	fs := e.flags("sync")
	only := fs.Int64("account", 0, "sync only this account")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	return e.withServices(func(svc *app.Services) error {
		o, err := svc.Accounts.Overview()
		if err != nil {
			return err
		}
		if o.Mode != app.ModeLive || len(o.Accounts) == 0 {
			return model.Errorf(model.ENOTFOUND, "No account is connected. Add one with `dialtone accounts add imap`.")
		}
		type result struct {
			Account int64   `json:"account"`
			Email   string  `json:"email"`
			Seconds float64 `json:"seconds"`
			Error   string  `json:"error,omitempty"`
			app.SyncResult
		}
		var results []result
		failed := 0
		for _, a := range o.Accounts {
			if *only != 0 && a.ID != *only {
				continue
			}
			bar := newProgressBar(e.stderr)
			start := time.Now()
			res, err := svc.Syncs.Sync(e.ctx, a.ID, bar.update)
			bar.finish()
			r := result{Account: a.ID, Email: a.Email, Seconds: time.Since(start).Seconds(), SyncResult: res}
			if err != nil {
				failed++
				r.Error = model.ErrorMessage(err)
				fmt.Fprintf(e.stderr, "%s: %s\n", a.Email, r.Error)
			} else if !*asJSON {
				fmt.Fprintf(e.stdout, "%s: %d stored, %d removed, %d reply headers outside your threads skipped, %d over the size limit, %d unreadable (%.1fs)\n",
					a.Email, res.Stored, res.Deleted, res.Skipped, res.Oversize, res.Unreadable, r.Seconds)
			}
			results = append(results, r)
		}
		if *only != 0 && len(results) == 0 {
			return model.Errorf(model.ENOTFOUND, "There is no account %d.", *only)
		}
		if *asJSON {
			if err := e.json(map[string]any{"accounts": results}); err != nil {
				return err
			}
		}
		if failed > 0 {
			return model.Errorf(model.EUNAVAILABLE, "%d of %d accounts could not be synced.", failed, len(results))
		}
		return nil
	})
}

// progressBar draws long work's progress on a terminal, one line redrawn
// in place; on anything else it prints a line as each of its parts (a
// sync's folder, a stage of catching up) finishes.
type progressBar struct {
	w      io.Writer
	tty    bool
	unit   string // what Done counts, for the lines of a non-terminal
	last   model.SyncProgress
	drawn  time.Time
	active bool
}

func newProgressBar(w io.Writer) *progressBar {
	tty := false
	if f, ok := w.(*os.File); ok {
		tty = isatty.IsTerminal(f.Fd())
	}
	return &progressBar{w: w, tty: tty}
}

// stage draws a stage of catching up (app.ClassifyProgress) as a part.
func (p *progressBar) stage(c app.ClassifyProgress) {
	label, unit := "reading again", "messages"
	switch c.Stage {
	case app.StageJudging, app.StageLearning:
		label, unit = "judging", "threads"
	}
	p.draw(model.SyncProgress{Folder: label, Done: c.Done, Total: c.Total}, unit)
}

// update draws a sync's progress, s.Folder being the part.
func (p *progressBar) update(s model.SyncProgress) { p.draw(s, "messages") }

// draw draws part s.Folder's progress, counted in unit.
func (p *progressBar) draw(s model.SyncProgress, unit string) {
	folderDone := p.active && s.Folder != p.last.Folder
	if folderDone && !p.tty {
		fmt.Fprintf(p.w, "  %s: %d %s\n", p.last.Folder, p.last.Done, p.unit)
	}
	p.last, p.unit, p.active = s, unit, true
	if !p.tty || (time.Since(p.drawn) < 100*time.Millisecond && s.Done != s.Total && !folderDone) {
		return
	}
	p.drawn = time.Now()
	const width = 30
	filled := width
	if s.Total > 0 {
		filled = width * s.Done / s.Total
	}
	fmt.Fprintf(p.w, "\r\033[K  %-14s [%s%s] %d/%d", s.Folder, strings.Repeat("#", filled), strings.Repeat("-", width-filled), s.Done, s.Total)
}

func (p *progressBar) finish() {
	if !p.active {
		return
	}
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	} else {
		fmt.Fprintf(p.w, "  %s: %d %s\n", p.last.Folder, p.last.Done, p.unit)
	}
}
