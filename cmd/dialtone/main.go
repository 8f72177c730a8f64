// Command dialtone is Dialtone's command-line interface: the same services
// as the desktop app, for scripting, tests and benchmarks.
//
//	dialtone [--data DIR] demo
//	dialtone [--data DIR] accounts list [--json]
//	dialtone [--data DIR] accounts add imap --host H [--port P] --user U [--tls tls|starttls|none] --password-stdin
//	dialtone [--data DIR] accounts remove ID
//	dialtone [--data DIR] sync [--account ID] [--json]
//	dialtone [--data DIR] report weekly [--weeks N] [--json]
//	dialtone [--data DIR] threads [--json]
//	dialtone [--data DIR] suggest calls [--json]
//	dialtone [--data DIR] check [--json] < draft.txt
//	dialtone classify --jsonl < messages.jsonl
//	dialtone eval [--json] FILE.jsonl
//	dialtone [--data DIR] corrections > mine.jsonl
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	_ "time/tzdata" // the rep's time zone must resolve on every platform

	"dialtone/app"
	"dialtone/model"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a command runs with.
type env struct {
	ctx    context.Context
	data   string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name  string // "report weekly"
	usage string
	run   func(e *env, args []string) error
}

var commands = []command{
	{"demo", "load the deterministic demo data set", runDemo},
	{"accounts list", "list connected accounts [--json]", runAccountsList},
	{"accounts add imap", "connect an IMAP mailbox --host H [--port P] --user U [--tls tls|starttls|none] --password-stdin [--email ADDR] [--name NAME]", runAccountsAddIMAP},
	{"accounts remove", "remove account ID and the mail synced through it", runAccountsRemove},
	{"sync", "fetch new mail from every account (or --account ID), with a progress bar [--json]", runSync},
	{"report weekly", "connects vs contacts per ISO week [--weeks N] [--json]", runReportWeekly},
	{"threads", "threads with their state, most in need first [--json]", runThreads},
	{"suggest calls", "threads that would go better as a short call [--json]", runSuggestCalls},
	{"check", "review a draft read from stdin [--json]", runCheck},
	{"classify", "classify JSON lines {id,subject,body,thread?} from stdin --jsonl", runClassify},
	{"eval", "precision, recall, F1 and AUC of the classifier on FILE.jsonl [--adapt CORRECTIONS.jsonl] [--json]", runEval},
	{"corrections", "the emails whose verdict you corrected, as labeled JSON lines for eval or training", runCorrections},
}

// errUsage marks a usage error (exit code 2).
var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: ctx, data: app.DefaultDataDir(), stdin: stdin, stdout: stdout, stderr: stderr}
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--data" || a == "-data":
			if i+1 >= len(args) {
				fmt.Fprintln(stderr, "dialtone: --data needs a folder")
				return 2
			}
			e.data = args[i+1]
			i++
		case strings.HasPrefix(a, "--data="):
			e.data = strings.TrimPrefix(a, "--data=")
		default:
			rest = append(rest, a)
		}
	}
	if len(rest) == 0 || rest[0] == "help" || rest[0] == "-h" || rest[0] == "--help" {
		usage(stdout)
		return 0
	}
	for _, c := range commands {
		words := strings.Fields(c.name)
		if len(rest) >= len(words) && strings.Join(rest[:len(words)], " ") == c.name {
			err := c.run(e, rest[len(words):])
			switch {
			case err == nil:
				return 0
			case errors.Is(err, errUsage) || errors.Is(err, flag.ErrHelp):
				return 2
			default:
				fmt.Fprintln(stderr, "dialtone:", model.ErrorMessage(err))
				return 1
			}
		}
	}
	fmt.Fprintf(stderr, "dialtone: unknown command %q\n\n", strings.Join(rest, " "))
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Dialtone: connect, don't just contact.\n\nUsage: dialtone [--data DIR] COMMAND\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-15s %s\n", c.name, c.usage)
	}
	fmt.Fprintln(w, "\nThe data folder is --data, else $DIALTONE_DATA_DIR, else", app.DefaultDataDir())
}

// flags returns a flag set that reports errors on the command's stderr.
func (e *env) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("dialtone "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

func (e *env) parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return errUsage
	}
	return nil
}

// withServices opens the workspace, runs fn with its services and closes it.
func (e *env) withServices(fn func(*app.Services) error) error {
	return e.withWorkspace(func(ws *app.Workspace) error {
		syncs := app.NewSyncs(ws, nil)
		defer syncs.Close()
		svc := app.NewServices(e.ctx, ws, syncs)
		defer svc.Learner.Close()
		return fn(svc)
	})
}

// withWorkspace opens the data folder's workspace for fn.
func (e *env) withWorkspace(fn func(*app.Workspace) error) error {
	clock, err := app.ClockFromEnv()
	if err != nil {
		return err
	}
	ws, err := app.OpenWorkspace(e.ctx, e.data, clock, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return err
	}
	defer ws.Close()
	// What an older build stored is brought up to date first, so every
	// command sees the current text and verdicts.
	bar := newProgressBar(e.stderr)
	_, err = ws.CatchUp(e.ctx, bar.stage)
	bar.finish()
	if err != nil {
		return err
	}
	return fn(ws)
}

func (e *env) json(v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
