package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/classify"
	"dialtone/app"
	"dialtone/demo"
	"dialtone/model"
	"dialtone/store"
)

func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func keys(m map[string]any) []string {
	var k []string
	for key := range m {
		k = append(k, key)
	}
	sort.Strings(k)
	return k
}

func TestWeeklyReportJSONContract(t *testing.T) {
	t.Setenv("DIALTONE_NOW", "2026-11-19T21:00:00Z")
	dir := t.TempDir()
	if code, out, errs := cli(t, "", "--data", dir, "demo"); code != 0 || !strings.Contains(out, "Demo data ready") {
		t.Fatalf("demo: %d %q %q", code, out, errs)
	}
	code, out, errs := cli(t, "", "--data", dir, "report", "weekly", "--weeks", "3", "--json")
	if code != 0 {
		t.Fatalf("report: %d %q", code, errs)
	}
	var doc struct {
		Weeks []map[string]any `json:"weeks"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Weeks) != 3 {
		t.Fatalf("weeks = %d", len(doc.Weeks))
	}
	want := []string{"connect_ratio", "connects", "contacts", "people_contacted", "start", "touching_base", "week"}
	if got := keys(doc.Weeks[0]); !reflect.DeepEqual(got, want) {
		t.Fatalf("keys = %v, want %v", got, want)
	}
	if doc.Weeks[2]["week"] != "2026-W47" || doc.Weeks[2]["start"] != "2026-11-16" || doc.Weeks[0]["week"] != "2026-W45" {
		t.Fatalf("weeks not oldest first ending this week: %v", doc.Weeks)
	}
}

func TestThreadsJSONContract(t *testing.T) {
	t.Setenv("DIALTONE_NOW", "2026-11-19T21:00:00Z")
	dir := t.TempDir()
	for _, args := range [][]string{{"threads", "--json"}, {"suggest", "calls", "--json"}} {
		code, out, errs := cli(t, "", append([]string{"--data", dir}, args...)...)
		if code != 0 {
			t.Fatalf("%v: %d %q", args, code, errs)
		}
		var doc struct {
			Threads []map[string]any `json:"threads"`
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Threads) == 0 {
			t.Fatalf("%v: no threads", args)
		}
		want := []string{"call_score", "id", "messages", "participants", "reasons", "states", "subject", "unanswered"}
		if got := keys(doc.Threads[0]); !reflect.DeepEqual(got, want) {
			t.Fatalf("%v keys = %v", args, got)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := cli(t, "", "--data", dir, "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: %d %q", code, errs)
	}
	if code, _, _ := cli(t, "", "--data", dir, "report", "weekly", "--weeks", "x"); code != 2 {
		t.Errorf("bad flag: %d", code)
	}
	if code, _, errs := cli(t, "", "--data", dir, "report", "weekly", "--weeks", "0"); code != 0 {
		t.Errorf("--weeks 0 means the default: %d %q", code, errs)
	}
	if code, _, errs := cli(t, "", "--data", dir, "report", "weekly", "--weeks", "900"); code != 1 || !strings.Contains(errs, "1 to 104 weeks") {
		t.Errorf("too many weeks: %d %q", code, errs)
	}
}

func TestCorruptDatabaseIsReportedAndKept(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "dialtone.db")
	if err := os.WriteFile(path, []byte("not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := cli(t, "", "--data", dir, "accounts", "list")
	if code != 1 || !strings.Contains(errs, "not a Dialtone database") {
		t.Fatalf("got %d %q", code, errs)
	}
	if b, _ := os.ReadFile(path); string(b) != "not a database" {
		t.Fatal("the file was changed")
	}
}

func TestCheckReadsStdin(t *testing.T) {
	t.Setenv("DIALTONE_NOW", "2026-11-19T21:00:00Z")
	code, out, errs := cli(t, "Hi Mark,\n\nJust checking in.\n", "--data", t.TempDir(), "check", "--json")
	if code != 0 {
		t.Fatalf("%d %q", code, errs)
	}
	var r struct {
		OwnText string `json:"ownText"`
		Words   int    `json:"words"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Words != 5 {
		t.Fatalf("check = %q (%v)", out, err)
	}
}

func TestClassifyJSONL(t *testing.T) {
	in := `{"id":"tb","subject":"Following up","body":"Hi Mark, just checking in. Any update?"}
{"id":"bad"
{"subject":"no id","body":"x"}

{"id":"sub","subject":"Quote","body":"Hi Mark, the quote for 40 seats is $39 per seat per month, valid until 12 December. Does Tuesday at 10:00 work to walk through it?","thread":[{"direction":"in","date":"2026-11-02T10:00:00Z","body":"Can you send a quote for 40 seats?"}]}
`
	code, out, errs := cli(t, in, "classify", "--jsonl")
	if code != 1 || !strings.Contains(errs, "2 of 5 lines could not be read") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d output lines: %q", len(lines), out)
	}
	var first, sub struct {
		ID      string           `json:"id"`
		Label   string           `json:"label"`
		Score   int              `json:"score"`
		Reasons []map[string]any `json:"reasons"`
		Line    int              `json:"line"`
		Error   string           `json:"error"`
	}
	json.Unmarshal([]byte(lines[0]), &first)
	json.Unmarshal([]byte(lines[3]), &sub)
	if first.ID != "tb" || first.Label != "touching_base" || len(first.Reasons) == 0 {
		t.Errorf("first = %+v", first)
	}
	if sub.ID != "sub" || sub.Label != "substantive" || sub.Score < 50 {
		t.Errorf("last = %+v", sub)
	}
	for i, want := range map[int]int{1: 2, 2: 3} {
		var le struct {
			Line  int    `json:"line"`
			Error string `json:"error"`
		}
		json.Unmarshal([]byte(lines[i]), &le)
		if le.Line != want || !strings.Contains(le.Error, "line") {
			t.Errorf("error line %d = %q", i, lines[i])
		}
	}
}

func TestEvalReportsMetrics(t *testing.T) {
	code, out, errs := cli(t, "", "eval", "--json", "../../analysis/classify/testdata/heldout.jsonl")
	if code != 0 {
		t.Fatalf("%d %q", code, errs)
	}
	var r struct {
		Metrics struct {
			N                          int
			Precision, Recall, F1, AUC float64
		} `json:"metrics"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Metrics.N < 150 || r.Metrics.AUC <= 0.5 {
		t.Fatalf("eval = %q (%v)", out, err)
	}
	if code, _, _ := cli(t, "", "eval"); code != 2 {
		t.Fatal("eval without a file is a usage error")
	}
}

func TestCheckGivesAVerdict(t *testing.T) {
	code, out, _ := cli(t, "Hi Mark,\n\nBumping this to the top of your inbox.\n", "--data", t.TempDir(), "check")
	if code != 0 || !strings.Contains(out, "Touching base") || !strings.Contains(out, "Instead, try") {
		t.Fatalf("check = %d %q", code, out)
	}
	// A reason that quotes its phrase is not followed by the phrase again.
	if !strings.Contains(out, "  - “Bumping this” asks for a reply without adding anything\n") {
		t.Errorf("check = %q", out)
	}
	// Nor is a figure whose text was wrapped across two lines: the reason
	// names it on one line, and the line is not broken by a quote of it.
	code, out, _ = cli(t, "The budget grew to $12\nmillion for the pilot.\n", "--data", t.TempDir(), "check")
	if code != 0 || !strings.Contains(out, "  + New figure: $12 million\n") {
		t.Errorf("check = %d %q", code, out)
	}
}

func TestCorrectionsExport(t *testing.T) {
	t.Setenv("DIALTONE_NOW", "2026-11-19T21:00:00Z")
	dir := t.TempDir()
	if code, _, errs := cli(t, "", "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %q", errs)
	}
	if code, out, _ := cli(t, "", "--data", dir, "corrections"); code != 0 || out != "" {
		t.Fatalf("no corrections yet: %d %q", code, out)
	}
	// The rep overrules one verdict in the app.
	var corrected app.MessageView
	e := &env{ctx: context.Background(), data: dir}
	err := e.withServices(func(svc *app.Services) error {
		l, err := svc.Threads.List()
		if err != nil {
			return err
		}
		for _, th := range l.Threads {
			d, err := svc.Threads.Get(th.ID)
			if err != nil {
				return err
			}
			for _, m := range d.Messages {
				if m.Direction == "out" && m.Label == "touching_base" {
					corrected, err = svc.Threads.CorrectLabel(m.ID, "substantive")
					return err
				}
			}
		}
		return nil
	})
	if err != nil || !corrected.Corrected {
		t.Fatalf("correct: %+v, %v", corrected, err)
	}
	code, out, errs := cli(t, "", "--data", dir, "corrections")
	if code != 0 {
		t.Fatalf("corrections: %d %q", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one line, got %q", out)
	}
	var ex map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &ex); err != nil {
		t.Fatal(err)
	}
	if ex["label"] != "substantive" || ex["body"] != corrected.OwnText || ex["subject"] != corrected.Subject || ex["id"] == "" {
		t.Fatalf("example = %v", ex)
	}
	// It is an evaluation file as it stands.
	file := filepath.Join(dir, "mine.jsonl")
	if err := os.WriteFile(file, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := cli(t, "", "eval", file); code != 0 || !strings.Contains(out, "1 examples") || !strings.Contains(out, "accuracy 0.000") {
		t.Fatalf("eval of the corrections: %d %q %q", code, out, errs)
	}
	// The classifier adapted to them gets them right, as the app's does.
	code, out, errs = cli(t, "", "eval", "--adapt", file, file)
	if code != 0 || !strings.Contains(out, "(classifier "+classify.Version+"+rep.1.") || !strings.Contains(out, "accuracy 1.000") ||
		!strings.Contains(out, "adapted to 1 correction: no pattern across them") {
		t.Fatalf("eval --adapt: %d %q %q", code, out, errs)
	}
	if code, _, errs := cli(t, "", "eval", "--adapt", filepath.Join(dir, "missing.jsonl"), file); code == 0 || !strings.Contains(errs, "missing.jsonl") {
		t.Fatalf("eval --adapt with a missing file: %d %q", code, errs)
	}
}

// A draft checked from the command line is judged by the classifier that
// learned from the rep's corrections, as in the app.
func TestCheckUsesTheRepsCorrections(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := liveDemo(t, dir)
	if _, err := app.Reclassify(ctx, db, classify.Shipped(), nil); err != nil {
		t.Fatal(err)
	}
	threads, err := db.Threads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var text string
	for _, th := range threads {
		for _, m := range th.Messages {
			if text == "" && m.Direction == model.Outbound && m.Label == model.TouchingBase && len(strings.Fields(m.OwnText)) > 8 {
				if _, err := db.CorrectLabel(ctx, m.ID, model.Substantive); err != nil {
					t.Fatal(err)
				}
				text = m.OwnText
			}
		}
	}
	db.Close()
	if text == "" {
		t.Fatal("no touching-base email to correct")
	}
	code, out, errs := cli(t, text, "--data", dir, "check", "--json")
	var r app.DraftReview
	if code != 0 || json.Unmarshal([]byte(out), &r) != nil {
		t.Fatalf("check: %d %q %q", code, out, errs)
	}
	if r.Label != string(model.Substantive) || len(r.Reasons) == 0 || r.Reasons[0].Code != classify.CodeYourCall {
		t.Errorf("the corrected text checks as %s %d %+v", r.Label, r.Score, r.Reasons)
	}
	// Another folder, no corrections: the shipped verdict.
	if code, out, _ := cli(t, text, "--data", t.TempDir(), "check", "--json"); code != 0 || !strings.Contains(out, `"label":"touching_base"`) {
		t.Errorf("without corrections: %d %q", code, out)
	}
}

// A draft checked from the command line is offered a call at the times the
// live database's calendar has free, as in the app.
func TestCheckProposesFreeTimes(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	t.Setenv("DIALTONE_NOW", "2026-11-19T21:00:00Z") // Thursday
	db, err := store.Open(ctx, filepath.Join(dir, app.LiveDBName), model.FixedClock(time.Date(2026, 11, 19, 21, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetSetting(ctx, demo.SettingTimeZone, "America/New_York"); err != nil {
		t.Fatal(err)
	}
	acct, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountCalDAV, Name: "Work", Email: "jess@vendor.example"})
	if err != nil {
		t.Fatal(err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	fri := time.Date(2026, 11, 20, 9, 0, 0, 0, ny)
	if err := db.PutEvents(ctx, []model.Event{{AccountID: acct.ID, UID: "qbr", Summary: "QBR prep", Start: fri, End: fri.Add(3 * time.Hour), Status: model.EventConfirmed}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	draft := "Hi Mark,\n\nJust checking in on the proposal. Any update?\n"
	code, out, errs := cli(t, draft, "--data", dir, "check", "--subject", "Re: Proposal")
	if want := `“Mark, would Friday at 14:30 or Monday at 14:30 work for a quick call about the proposal?”`; code != 0 || !strings.Contains(out, want) {
		t.Fatalf("check: %d %q %q, want %s", code, out, errs, want)
	}
	// With no live database the calendar is unknown: the next working days.
	code, out, _ = cli(t, draft, "--data", t.TempDir(), "check", "--subject", "Re: Proposal")
	if want := `“Mark, would Friday at 10:00 or Monday at 14:30 work`; code != 0 || !strings.Contains(out, want) {
		t.Fatalf("check without a calendar: %d %q, want %s", code, out, want)
	}
}

// A command run on mail an older build stored brings it up to date first,
// showing its progress on standard error, and answers from the current
// verdicts; the next command has nothing to do.
func TestCommandsCatchUpFirst(t *testing.T) {
	t.Setenv("DIALTONE_NOW", "2026-11-19T21:00:00Z")
	ctx := context.Background()
	dir := t.TempDir()
	db := liveDemo(t, dir)
	stale, err := db.StaleThreads(ctx, classify.Version, analysis.FactsVersion)
	db.Close()
	if err != nil || len(stale) == 0 {
		t.Fatalf("the test needs mail no classifier of this build judged: %d threads, %v", len(stale), err)
	}
	code, out, errs := cli(t, "", "--data", dir, "report", "weekly", "--weeks", "2", "--json")
	if code != 0 || !strings.Contains(out, `"weeks"`) {
		t.Fatalf("report: %d %q %q", code, out, errs)
	}
	if want := "  judging: "; !strings.HasPrefix(errs, want) || !strings.HasSuffix(errs, " threads\n") {
		t.Errorf("progress on stderr %q, want a line %q… threads", errs, want)
	}
	db, err = store.Open(ctx, filepath.Join(dir, app.LiveDBName), demoClock())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if left, err := db.StaleThreads(ctx, classify.Version, analysis.FactsVersion); err != nil || len(left) != 0 {
		t.Errorf("after the command %d threads are left to judge (%v)", len(left), err)
	}
	if code, _, errs := cli(t, "", "--data", dir, "report", "weekly", "--json"); code != 0 || errs != "" {
		t.Errorf("the next command: %d, stderr %q", code, errs)
	}
}

// demoClock stands at the time liveDemo's mail ends.
func demoClock() model.FixedClock {
	return model.FixedClock(time.Date(2026, 11, 19, 21, 0, 0, 0, time.UTC))
}

// liveDemo opens a live database in data folder dir holding the demo
// rep's mail as a connector stores it: not yet judged.
func liveDemo(t *testing.T, dir string) *store.DB {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(dir, app.LiveDBName), demoClock())
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Load(ctx, db, demo.Generate(demo.Options{Seed: demo.DefaultSeed, Now: demoClock().Now(), Location: time.UTC})); err != nil {
		db.Close()
		t.Fatal(err)
	}
	return db
}
