package app_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dialtone/analysis/classify"
	"dialtone/app"
	"dialtone/demo"
	"dialtone/model"
	"dialtone/store"
)

var now = time.Date(2026, 11, 19, 21, 0, 0, 0, time.UTC)

func openDemo(t testing.TB) (*app.Workspace, *app.Services) {
	t.Helper()
	ctx := context.Background()
	ws, err := app.OpenWorkspace(ctx, t.TempDir(), model.FixedClock(now), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	svc := app.NewServices(ctx, ws, app.NewSyncs(ws, nil))
	t.Cleanup(svc.Learner.Close) // before the workspace closes
	return ws, svc
}

func TestWorkspaceOpensDemoWithoutAccounts(t *testing.T) {
	ws, svc := openDemo(t)
	o, err := svc.Accounts.Overview()
	if err != nil {
		t.Fatal(err)
	}
	if o.Mode != app.ModeDemo || o.Counts.Outbound == 0 || o.Counts.Organizations < 35 || o.TimeZone != "America/Chicago" {
		t.Fatalf("overview = %+v", o)
	}
	if _, err := os.Stat(filepath.Join(ws.Dir(), app.DemoDBName)); err != nil {
		t.Fatal("demo database not in its own file:", err)
	}
	if _, err := os.Stat(filepath.Join(ws.Dir(), app.DemoDBName+".new")); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("temporary demo file left behind")
	}
}

func TestDemoIsReusedWithinTheWeekAndRegeneratedAfter(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ws, err := app.OpenWorkspace(ctx, dir, model.FixedClock(now), nil)
	if err != nil {
		t.Fatal(err)
	}
	svc := app.NewServices(ctx, ws, app.NewSyncs(ws, nil))
	first, _ := svc.Weekly.Report(12)
	ws.Close()
	info1, _ := os.Stat(filepath.Join(dir, app.DemoDBName))

	ws, err = app.OpenWorkspace(ctx, dir, model.FixedClock(now.Add(time.Hour)), nil)
	if err != nil {
		t.Fatal(err)
	}
	ws.Close()
	info2, _ := os.Stat(filepath.Join(dir, app.DemoDBName))
	if !info1.ModTime().Equal(info2.ModTime()) {
		t.Error("demo regenerated within the same week")
	}

	later := now.AddDate(0, 0, 14)
	ws, err = app.OpenWorkspace(ctx, dir, model.FixedClock(later), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	r, err := app.NewServices(ctx, ws, app.NewSyncs(ws, nil)).Weekly.Report(12)
	if err != nil {
		t.Fatal(err)
	}
	if r.Weeks[11].Week == first.Weeks[11].Week {
		t.Fatal("report did not move with the clock")
	}
	if r.Weeks[11].Contacts == 0 && r.Weeks[10].Contacts == 0 {
		t.Fatal("a stale demo: the latest weeks are empty")
	}
}

func TestWeeklyReport(t *testing.T) {
	_, svc := openDemo(t)
	r, err := svc.Weekly.Report(12)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Weeks) != 12 || r.Weeks[11].Week != "2026-W47" || r.Weeks[11].Start != "2026-11-16" {
		t.Fatalf("weeks = %+v", r.Weeks)
	}
	for _, w := range r.Weeks {
		want := 0.0
		if w.Connects+w.Contacts > 0 {
			want = float64(w.Connects) / float64(w.Connects+w.Contacts)
		}
		if w.ConnectRatio != want || w.TouchingBase > w.Contacts || w.PeopleContacted > w.Contacts {
			t.Errorf("inconsistent week %+v", w)
		}
	}
	if len(r.TouchingBaseShare) != 12 || r.Trend.Week != "2026-W47" || r.Trend.Weeks != 4 || r.Trend.Connects != r.Weeks[11].Connects {
		t.Fatalf("share %v, trend %+v", r.TouchingBaseShare, r.Trend)
	}
	for i, w := range r.Weeks {
		if w.Contacts > 0 && r.TouchingBaseShare[i] != float64(w.TouchingBase)/float64(w.Contacts) {
			t.Fatalf("%s: share %v", w.Week, r.TouchingBaseShare[i])
		}
	}
	if _, err := svc.Weekly.Report(500); model.ErrorCode(err) != model.EINVALID {
		t.Fatalf("500 weeks: %v", err)
	}
}

func TestErrorsCrossTheBoundaryAsJSON(t *testing.T) {
	_, svc := openDemo(t)
	_, err := svc.Threads.Get(987654)
	var payload struct{ Code, Message string }
	if jerr := json.Unmarshal([]byte(err.Error()), &payload); jerr != nil {
		t.Fatalf("error text %q is not JSON", err.Error())
	}
	if payload.Code != model.ENOTFOUND || payload.Message == "" {
		t.Fatalf("payload = %+v", payload)
	}
	if model.ErrorCode(err) != model.ENOTFOUND {
		t.Fatal("Go callers lost the error code")
	}
}

func TestThreadsRankCallCandidatesFirst(t *testing.T) {
	_, svc := openDemo(t)
	l, err := svc.Threads.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Threads) < 100 {
		t.Fatalf("only %d threads", len(l.Threads))
	}
	if l.Threads[0].States[0] != string(model.StateCallCandidate) || len(l.Threads[0].Reasons) == 0 {
		t.Fatalf("first thread = %+v", l.Threads[0])
	}
	seen := map[string]bool{}
	for _, th := range l.Threads {
		for _, s := range th.States {
			seen[s] = true
		}
	}
	for _, s := range []model.ThreadState{model.StateCallCandidate, model.StateSilent, model.StateStalled} {
		if !seen[string(s)] {
			t.Errorf("no %s thread in the demo", s)
		}
	}
	d, err := svc.Threads.Get(l.Threads[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Messages) != l.Threads[0].Messages || d.Messages[0].OwnText == "" {
		t.Fatalf("detail = %+v", d)
	}
	calls, _ := svc.Threads.CallCandidates()
	for _, c := range calls.Threads {
		if c.States[0] != string(model.StateCallCandidate) {
			t.Fatalf("non-candidate %d among call suggestions", c.ID)
		}
	}
}

func TestReviewCheck(t *testing.T) {
	_, svc := openDemo(t)
	r, err := svc.Review.Check(app.DraftRequest{Text: "  Hi Mark,\r\n\r\nJust checking in.  "})
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(r.OwnText) != "Hi Mark,\n\nJust checking in." || r.Words != 5 {
		t.Fatalf("review = %+v", r)
	}
	if !r.Classified || r.Label != string(model.TouchingBase) || len(r.Suggestions) == 0 {
		t.Fatalf("a bare check-in was not flagged: %+v", r)
	}
	flagged := false
	for _, x := range r.Reasons {
		if x.Effect == model.Lowers && x.End > x.Start && r.OwnText[x.Start:x.End] == "Just checking in" {
			flagged = true
		}
	}
	if !flagged {
		t.Fatalf("the check-in phrase is not highlighted: %+v", r.Reasons)
	}
	good, err := svc.Review.Check(app.DraftRequest{Subject: "Pilot plan", Text: "Hi Mark,\n\nAttached is the revised pilot plan: we start on 1 December with 12 analysts, and the quote for 40 seats is $39 per seat. Does Tuesday at 10:00 work to review it?\n\nJess"})
	if err != nil || good.Label != string(model.Substantive) || good.Score < 50 {
		t.Fatalf("a substantive draft: %+v, %v", good, err)
	}
	// A pasted reply quoting the customer's question answers it; quoting
	// the rep's own earlier email does not make a nudge an answer.
	reply := "Yes, it is.\n\nOn Mon, Mar 2, 2026 at 9:10 AM Omar Aziz <omar@fleetco.example> wrote:\n> Does the Team plan include single sign-on for our drivers?\n"
	ans, err := svc.Review.Check(app.DraftRequest{Subject: "Re: Team plan", Text: reply})
	if err != nil || !hasCode(ans.Reasons, classify.CodeAnswer) || ans.Label != string(model.Substantive) {
		t.Fatalf("a pasted answer to a quoted question: %+v, %v", ans, err)
	}
	// A pasted forward with a note passes the forwarded message on.
	fwd := "FYI - see Omar's note below.\n\n---------- Forwarded message ---------\nFrom: Omar Aziz <omar@fleetco.example>\nDate: Mon, Mar 2, 2026\nSubject: drivers\n\nWe are adding 15 drivers in April.\n"
	fr, err := svc.Review.Check(app.DraftRequest{Subject: "Fwd: drivers", Text: fwd})
	if err != nil || !hasCode(fr.Reasons, classify.CodeMaterial) || fr.Label != string(model.Substantive) {
		t.Fatalf("a pasted forward: %+v, %v", fr, err)
	}
	// So does one with no note at all: nothing of the rep's own, yet
	// material for the reader.
	bare, err := svc.Review.Check(app.DraftRequest{Subject: "Fwd: drivers", Text: fwd[strings.Index(fwd, "\n\n")+2:]})
	if err != nil || !bare.Classified || bare.Words != 0 || !hasCode(bare.Reasons, classify.CodeMaterial) || bare.Label != string(model.Substantive) {
		t.Fatalf("a pasted bare forward: %+v, %v", bare, err)
	}
	// A blank draft is not judged.
	if blank, err := svc.Review.Check(app.DraftRequest{Text: " \n "}); err != nil || blank.Classified {
		t.Fatalf("a blank draft: %+v, %v", blank, err)
	}
	drafts, err := svc.Review.Drafts()
	if err != nil || len(drafts) == 0 {
		t.Fatalf("drafts = %v, %v", drafts, err)
	}
	// Against a silent thread the review says how long it has been silent.
	l, _ := svc.Threads.List()
	for _, th := range l.Threads {
		if th.Unanswered >= 3 {
			r, err := svc.Review.Check(app.DraftRequest{Text: "Any update?", ThreadID: th.ID})
			if err != nil {
				t.Fatal(err)
			}
			if r.Thread == nil || !r.Thread.Silent || r.Thread.Unanswered != th.Unanswered || r.Thread.DaysSilent <= 0 {
				t.Fatalf("thread context = %+v", r.Thread)
			}
			return
		}
	}
	t.Fatal("no silent thread with 3 unanswered emails in the demo")
}

// repAccount adds the rep's IMAP mailbox to db: the account, and the rep's
// address that its sent mail comes from.
func repAccount(t *testing.T, db *store.DB, name, email string) (model.Account, model.Address) {
	t.Helper()
	acct, err := db.CreateAccount(context.Background(), model.Account{Kind: model.AccountIMAP, Name: "Work", Email: email})
	if err != nil {
		t.Fatal(err)
	}
	return acct, model.Address{Name: name, Email: email}
}

// liveJess opens the live database of a workspace (no demo) with Jess's
// IMAP account, for tests that write their own threads.
func liveJess(t *testing.T) (*app.Services, *store.DB, model.Account, model.Address) {
	t.Helper()
	ws, svc := openDemo(t)
	db, err := ws.UseLive(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	acct, rep := repAccount(t, db, "Jess", "jess@vendor.example")
	return svc, db, acct, rep
}

func hasCode(rs []model.Reason, code string) bool {
	for _, r := range rs {
		if r.Code == code {
			return true
		}
	}
	return false
}

// TestCorrectLabel: the rep overrules a verdict from the thread view; the
// weekly touching-base count follows, and undo restores the classifier's.
func TestCorrectLabel(t *testing.T) {
	_, svc := openDemo(t)
	total := func() int {
		r, err := svc.Weekly.Report(52)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, w := range r.Weeks {
			n += w.TouchingBase
		}
		return n
	}
	before := total()
	l, err := svc.Threads.List()
	if err != nil {
		t.Fatal(err)
	}
	var target app.MessageView
	var threadID int64
	for _, th := range l.Threads {
		d, err := svc.Threads.Get(th.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range d.Messages {
			if m.Direction == string(model.Outbound) && m.Label == string(model.TouchingBase) && len(m.To) > 0 {
				target, threadID = m, th.ID
			}
		}
		if threadID != 0 {
			break
		}
	}
	if threadID == 0 {
		t.Fatal("no touching-base email in the demo")
	}
	got, err := svc.Threads.CorrectLabel(target.ID, "substantive")
	if err != nil || got.Label != "substantive" || !got.Corrected {
		t.Fatalf("corrected = %+v, %v", got, err)
	}
	if after := total(); after >= before {
		t.Errorf("touching-base emails in 52 weeks: %d before, %d after the correction", before, after)
	}
	d, _ := svc.Threads.Get(threadID)
	for _, m := range d.Messages {
		if m.ID == target.ID && (!m.Corrected || m.Label != "substantive") {
			t.Errorf("the thread shows %+v", m)
		}
	}
	if _, err := svc.Threads.CorrectLabel(target.ID, "nonsense"); err == nil || !strings.Contains(err.Error(), "touching_base or substantive") {
		t.Errorf("a bad label: %v", err)
	}
	undone, err := svc.Threads.CorrectLabel(target.ID, "")
	if err != nil || undone.Label != "touching_base" || undone.Corrected {
		t.Fatalf("undone = %+v, %v", undone, err)
	}
	if after := total(); after != before {
		t.Errorf("after undo: %d touching-base emails, want %d", after, before)
	}
}

// sentMail returns every outbound email of the open data by id.
func sentMail(t *testing.T, svc *app.Services) map[int64]app.MessageView {
	t.Helper()
	l, err := svc.Threads.List()
	if err != nil {
		t.Fatal(err)
	}
	out := map[int64]app.MessageView{}
	for _, th := range l.Threads {
		d, err := svc.Threads.Get(th.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range d.Messages {
			if m.Direction == string(model.Outbound) {
				out[m.ID] = m
			}
		}
	}
	return out
}

// A correction teaches the classifier: the stored emails are judged again
// by the adapted model, those nearly the same as the corrected one take its
// label, drafts are judged by it at once, and undoing the correction brings
// the shipped model and its verdicts back.
func TestLearnFromCorrections(t *testing.T) {
	ctx := context.Background()
	_, svc := openDemo(t)
	before := sentMail(t, svc)
	// The touching-base email with the most near-twins in the demo's mail.
	var target app.MessageView
	twins := -1
	for _, m := range before {
		if m.Label != string(model.TouchingBase) {
			continue
		}
		n := 0
		for _, o := range before {
			if o.ID != m.ID && o.OwnText == m.OwnText {
				n++
			}
		}
		if n > twins || (n == twins && m.ID < target.ID) {
			target, twins = m, n
		}
	}
	if twins < 1 {
		t.Fatalf("the demo has no repeated touching-base email (best %d)", twins)
	}
	if _, err := svc.Threads.CorrectLabel(target.ID, "substantive"); err != nil {
		t.Fatal(err)
	}
	// Drafts: at once.
	r, err := svc.Review.Check(app.DraftRequest{Subject: target.Subject, Text: target.OwnText})
	if err != nil || r.Label != string(model.Substantive) || len(r.Reasons) == 0 || r.Reasons[0].Code != classify.CodeYourCall {
		t.Fatalf("draft of the corrected text: %s %d %+v, %v", r.Label, r.Score, r.Reasons, err)
	}
	l, err := svc.Learner.Relearn(ctx)
	if err != nil || l.Corrections != 1 || !strings.HasPrefix(l.Version, classify.Version+"+rep.1.") {
		t.Fatalf("learned %+v, %v", l, err)
	}
	if o, err := svc.Accounts.Overview(); err != nil || o.Classifier != l {
		t.Fatalf("overview classifier %+v, %v", o.Classifier, err)
	}
	after := sentMail(t, svc)
	flipped, same := 0, 0
	for id, m := range after {
		b := before[id]
		if m.Label == b.Label {
			continue
		}
		if m.Label != string(model.Substantive) {
			t.Errorf("email %d became %s after a correction to substantive", id, m.Label)
		}
		flipped++
		if m.OwnText == target.OwnText {
			same++
		}
	}
	t.Logf("%d emails in all; correcting one of %d identical touching-base emails changed %d verdicts, %d of them on emails with that text", len(after), twins+1, flipped, same)
	if same != twins+1 {
		t.Errorf("%d of the %d emails with the corrected text are substantive", same, twins+1)
	}
	if flipped > len(after)/10 {
		t.Errorf("one correction changed %d of %d verdicts", flipped, len(after))
	}
	// Undo: the shipped model judges everything again.
	if _, err := svc.Threads.CorrectLabel(target.ID, ""); err != nil {
		t.Fatal(err)
	}
	if l, err = svc.Learner.Relearn(ctx); err != nil || l.Version != classify.Version || l.Corrections != 0 {
		t.Fatalf("after undo: %+v, %v", l, err)
	}
	for id, m := range sentMail(t, svc) {
		if b := before[id]; m.Label != b.Label || m.Score != b.Score {
			t.Errorf("email %d after undo: %s %d, was %s %d", id, m.Label, m.Score, b.Label, b.Score)
		}
	}
}

// The learner re-judges a moment after the last of several corrections,
// once, and tells the window.
func TestLearnerWakes(t *testing.T) {
	ctx := context.Background()
	ws, err := app.OpenWorkspace(ctx, t.TempDir(), model.FixedClock(now), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	events := make(chan any, 16)
	svc := app.NewServices(ctx, ws, app.NewSyncs(ws, func(name string, data any) {
		if name == app.EventClassifierUpdated {
			events <- data
		}
	}))
	defer svc.Learner.Close()
	var ids []int64
	for id, m := range sentMail(t, svc) {
		if m.Label == string(model.TouchingBase) && len(ids) < 2 {
			ids = append(ids, id)
		}
	}
	for _, id := range ids {
		if _, err := svc.Threads.CorrectLabel(id, "substantive"); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case got := <-events:
		if l, ok := got.(app.Learning); !ok || l.Corrections != len(ids) {
			t.Fatalf("event data %#v", got)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no classifier:updated event")
	}
	select {
	case got := <-events:
		t.Fatalf("a second re-judging: %#v", got)
	case <-time.After(2 * time.Second):
	}
}

// A re-judging that fails half-way (here: cancelled after its first
// progress report) ends its progress in the window, and the next one
// judges what is left.
func TestRelearnFailureEndsProgress(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	clock := model.FixedClock(now)
	// Two years of mail: more threads than one chunk of re-judging.
	twoYearsOfDemo(t, filepath.Join(dir, app.LiveDBName)).Close()
	ws, err := app.OpenWorkspace(ctx, dir, clock, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var got []app.ClassifyProgress
	svc := app.NewServices(ctx, ws, app.NewSyncs(ws, func(name string, data any) {
		if p, ok := data.(app.ClassifyProgress); ok && name == app.EventClassifyProgress {
			got = append(got, p)
			cancel()
		}
	}))
	defer svc.Learner.Close()
	for id, m := range sentMail(t, svc) {
		if m.Label == string(model.TouchingBase) {
			if _, err := svc.Threads.CorrectLabel(id, "substantive"); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	// The correction scheduled a re-judging of its own a moment from now;
	// Close cancels it, so the only re-judgings are the test's two (one
	// racing on another goroutine would also write got).
	svc.Learner.Close()
	if _, err := svc.Learner.Relearn(cctx); err == nil {
		t.Fatal("a cancelled re-judging succeeded")
	}
	if len(got) < 2 || got[0].Done >= got[0].Total {
		t.Fatalf("the test needs a re-judging cut after its first chunk: %+v", got)
	}
	if last := got[len(got)-1]; last.Done != last.Total {
		t.Errorf("progress left open: %+v", got)
	}
	first := got[0].Total
	got = nil
	l, err := svc.Learner.Relearn(ctx)
	if err != nil || l.Corrections != 1 || len(got) == 0 {
		t.Fatalf("the next re-judging: %+v, %v, %+v", l, err, got)
	}
	if last := got[len(got)-1]; last.Done != last.Total || last.Total >= first {
		t.Errorf("the next re-judging should finish what was left of %d threads: %+v", first, got)
	}
	// The reports are numbered across runs, so the window can order them.
	if got[0].Seq < 3 {
		t.Errorf("the second run's first report is numbered %d, after the first run's two", got[0].Seq)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Seq <= got[i-1].Seq {
			t.Errorf("report %d is numbered %d after %d", i, got[i].Seq, got[i-1].Seq)
		}
	}
}

// twoYearsOfDemo opens a database at path holding two years of the demo
// rep's mail (104 weeks ending at now).
func twoYearsOfDemo(tb testing.TB, path string) *store.DB {
	tb.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path, model.FixedClock(now))
	if err != nil {
		tb.Fatal(err)
	}
	if err := demo.Load(ctx, db, demo.Generate(demo.Options{Seed: demo.DefaultSeed, Now: now, Location: time.UTC, Weeks: 104})); err != nil {
		db.Close()
		tb.Fatal(err)
	}
	return db
}

// TestReviewProposesFreeTimes: the call a review proposes is at times the
// rep's calendar has free, in the rep's time zone.
func TestReviewProposesFreeTimes(t *testing.T) {
	ctx := context.Background()
	ws, svc := openDemo(t)
	draft := app.DraftRequest{Subject: "Re: Proposal", Text: "Hi Mark,\n\nJust checking in on the proposal. Any update?\n\nJess"}
	// The demo's clock: Thursday 19 November 2026, 15:00 in Chicago.
	r, err := svc.Review.Check(draft)
	if err != nil {
		t.Fatal(err)
	}
	want := `“Mark, would Friday at 10:00 or Monday at 14:30 work for a quick call about the proposal?”`
	if s := suggestionText(r); !strings.Contains(s, want) {
		t.Fatalf("demo suggestions lack %s:\n%s", want, s)
	}

	db, err := ws.UseLive(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetSetting(ctx, demo.SettingTimeZone, "Europe/Berlin"); err != nil {
		t.Fatal(err)
	}
	// No calendar yet: the next working days in the rep's zone, with no
	// claim about free time.
	r, err = svc.Review.Check(draft)
	if err != nil {
		t.Fatal(err)
	}
	want = `Propose a 15-minute call on the proposal: “Mark, would Friday at 10:00 or Monday at 14:30 work`
	if s := suggestionText(r); !strings.Contains(s, want) {
		t.Fatalf("suggestions without a calendar lack %s:\n%s", want, s)
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	acct, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountCalDAV, Name: "Work calendar", Email: "jess@vendor.example"})
	if err != nil {
		t.Fatal(err)
	}
	at := func(day, h, m int) time.Time { return time.Date(2026, 11, day, h, m, 0, 0, berlin) }
	err = db.PutEvents(ctx, []model.Event{
		{AccountID: acct.ID, UID: "a", Summary: "Pipeline review", Start: at(20, 9, 0), End: at(20, 12, 0), Status: model.EventConfirmed},
		{AccountID: acct.ID, UID: "b", Summary: "Vacation", Start: at(23, 0, 0), End: at(24, 0, 0), AllDay: true, Status: model.EventConfirmed},
		{AccountID: acct.ID, UID: "c", Summary: "Demo", Start: at(24, 14, 0), End: at(24, 15, 0), Status: model.EventConfirmed},
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err = svc.Review.Check(draft)
	if err != nil {
		t.Fatal(err)
	}
	want = `at times your calendar has free: “Mark, would Friday at 14:30 or Tuesday at 15:00 work for a quick call about the proposal?”`
	if s := suggestionText(r); !strings.Contains(s, want) {
		t.Fatalf("suggestions lack %s:\n%s", want, s)
	}
}

// TestThreadsProposeFreeTimes: the Threads screen's advice to call names
// the same free times as the Review screen, in the list and in the thread.
func TestThreadsProposeFreeTimes(t *testing.T) {
	_, svc := openDemo(t)
	// The demo's clock: Thursday 19 November 2026, 15:00 in Chicago.
	want := `at times your calendar has free: “Would Friday at 10:00 or Monday at 14:30 work for a quick call?”`
	list, err := svc.Threads.CallCandidates()
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Threads) == 0 {
		t.Fatal("the demo has no call candidates")
	}
	for _, th := range list.Threads {
		if !strings.HasSuffix(th.Advice, want) {
			t.Fatalf("thread %q advises %q, want it to end %s", th.Subject, th.Advice, want)
		}
		if ask := "Would Friday at 10:00 or Monday at 14:30 work for a quick call?"; th.Ask != ask {
			t.Fatalf("thread %q offers %q to send, want %q", th.Subject, th.Ask, ask)
		}
	}
	d, err := svc.Threads.Get(list.Threads[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Summary.Advice != list.Threads[0].Advice {
		t.Fatalf("the open thread advises %q, the list %q", d.Summary.Advice, list.Threads[0].Advice)
	}
	if want := "Re: " + d.Summary.Subject; d.ReplySubject != want {
		t.Fatalf("a reply to %q is titled %q, want %q", d.Summary.Subject, d.ReplySubject, want)
	}
}

// TestThreadsOfferTheThreadsLanguage: the sentence the advice on a thread
// offers is in the language the rep writes to that customer in.
func TestThreadsOfferTheThreadsLanguage(t *testing.T) {
	ctx := context.Background()
	svc, db, acct, rep := liveJess(t)
	cust := model.Address{Name: "Klaus Weber", Email: "k.weber@kunde.example"}
	day := func(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }
	var msgs []model.Message
	for i, text := range []string{
		"Sehr geehrter Herr Weber,\n\nanbei unser Angebot für 40 Lizenzen.",
		"Sehr geehrter Herr Weber,\n\nich wollte kurz nachhaken, ob Sie schon Zeit hatten, sich unser Angebot anzusehen.",
		"Sehr geehrter Herr Weber,\n\ngibt es schon etwas Neues zu unserem Angebot?",
	} {
		m := model.Message{AccountID: acct.ID, Folder: "Sent", UID: uint32(i + 1), MessageID: fmt.Sprintf("de%d@x", i), Direction: model.Outbound,
			From: rep, To: []model.Address{cust}, Subject: "Angebot", Date: day(2 + 3*i), OwnText: text, SignOff: "Viele Grüße\nJess"}
		if i > 0 {
			m.Subject, m.InReplyTo = "Re: Angebot", fmt.Sprintf("de%d@x", i-1)
		}
		msgs = append(msgs, m)
	}
	if err := db.PutMessages(ctx, msgs); err != nil {
		t.Fatal(err)
	}
	list, err := svc.Threads.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Threads) != 1 {
		t.Fatalf("%d threads, want the one", len(list.Threads))
	}
	th := list.Threads[0]
	if want := "Was würden Sie vorschlagen, wie wir von hier aus weitermachen?"; th.Ask != want || !strings.Contains(th.Advice, want) {
		t.Fatalf("a stalled German thread (states %v) advises %q offering %q, want %q", th.States, th.Advice, th.Ask, want)
	}
	// A reply opens and closes as the rep's last email to him did.
	d, err := svc.Threads.Get(th.ID)
	if err != nil || d.ReplyGreeting != "Sehr geehrter Herr Weber," || d.ReplySubject != "Re: Angebot" || d.ReplySignOff != "Viele Grüße\nJess" {
		t.Fatalf("a reply opens %q, closes %q, titled %q, want the rep's own greeting and sign-off, %v", d.ReplyGreeting, d.ReplySignOff, d.ReplySubject, err)
	}
}

// TestReplySignOffFallsBack: a thread whose last email is unsigned closes
// as the rep's last signed email in it; a thread the rep never signed, as
// their last signed email to the same person, else to anyone.
func TestReplySignOffFallsBack(t *testing.T) {
	ctx := context.Background()
	svc, db, acct, rep := liveJess(t)
	klaus := model.Address{Name: "Klaus Weber", Email: "k.weber@kunde.example"}
	mark := model.Address{Name: "Mark Ellis", Email: "mark@acme.example"}
	ana := model.Address{Name: "Ana Ruiz", Email: "ana@nuevo.example"}
	day := func(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }
	msg := func(id, subject string, to model.Address, d int, text, signOff string) model.Message {
		return model.Message{AccountID: acct.ID, Folder: "Sent", UID: uint32(d), MessageID: id + "@x", Direction: model.Outbound,
			From: rep, To: []model.Address{to}, Subject: subject, Date: day(d), OwnText: text, SignOff: signOff}
	}
	reply := msg("angebot2", "Re: Angebot", klaus, 4, "Sehr geehrter Herr Weber,\n\ngibt es schon etwas Neues?", "")
	reply.InReplyTo = "angebot1@x"
	if err := db.PutMessages(ctx, []model.Message{
		msg("angebot1", "Angebot", klaus, 2, "Sehr geehrter Herr Weber,\n\nanbei unser Angebot für 40 Lizenzen.", "Viele Grüße\nJess"),
		reply,
		msg("pilot", "Pilot", mark, 6, "Hi Mark,\n\nthe pilot starts on 1 December with 12 seats.", "Best,\nJess"),
		msg("termin", "Termin", klaus, 8, "Passt Dienstag um 10 Uhr?", ""),
		msg("hola", "Hola", ana, 9, "¿Te va bien el martes?", ""),
	}); err != nil {
		t.Fatal(err)
	}
	list, err := svc.Threads.List()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Angebot": "Viele Grüße\nJess", // the thread's own, though its last email is unsigned
		"Termin":  "Viele Grüße\nJess", // never signed: as the last signed email to Klaus
		"Hola":    "Best,\nJess",       // nothing signed to Ana: the latest signed email
		"Pilot":   "Best,\nJess",
	}
	for _, th := range list.Threads {
		w, ok := want[th.Subject]
		if !ok {
			continue
		}
		delete(want, th.Subject)
		d, err := svc.Threads.Get(th.ID)
		if err != nil || d.ReplySignOff != w {
			t.Errorf("a reply in %q closes %q, want %q (%v)", th.Subject, d.ReplySignOff, w, err)
		}
	}
	if len(want) > 0 {
		t.Fatalf("threads not listed: %v", want)
	}
}

// TestReviewAddsASuggestedSentence: the sentence a suggestion offers goes
// into the draft before its sign-off, and the draft then checks as one that
// proposes something.
func TestReviewAddsASuggestedSentence(t *testing.T) {
	_, svc := openDemo(t)
	draft := app.DraftRequest{Subject: "Re: Proposal", Text: "Hi Mark,\n\nJust checking in on the proposal. Any update?\n\nBest,\nJess"}
	r, err := svc.Review.Check(draft)
	if err != nil || r.Label != string(model.TouchingBase) {
		t.Fatalf("check: %+v, %v", r, err)
	}
	var call string
	for _, s := range r.Suggestions {
		if strings.HasPrefix(s.Text, "Propose a 15-minute call") {
			call = s.Paste
		}
		if s.Paste != "" && !strings.Contains(s.Text, s.Paste) {
			t.Errorf("suggestion %q does not quote what it pastes, %q", s.Text, s.Paste)
		}
	}
	if call == "" {
		t.Fatalf("no call to paste in %+v", r.Suggestions)
	}
	text, err := svc.Review.Add(draft.Text, call)
	if want := "Hi Mark,\n\nJust checking in on the proposal. Any update?\n\n" + call + "\n\nBest,\nJess"; err != nil || text != want {
		t.Fatalf("add = %q, %v; want %q", text, err, want)
	}
	draft.Text = text
	if r, err = svc.Review.Check(draft); err != nil || r.Label != string(model.Substantive) || !hasCode(r.Reasons, classify.CodeProposal) {
		t.Fatalf("with the call proposed: %s %d %+v, %v", r.Label, r.Score, r.Reasons, err)
	}
	if _, err := svc.Review.Add(strings.Repeat("x", app.MaxDraftBytes), call); err == nil {
		t.Fatal("an oversized draft was accepted")
	}
}

// suggestionText joins the text of a review's suggestions, a line each.
func suggestionText(r app.DraftReview) string {
	var b strings.Builder
	for _, s := range r.Suggestions {
		b.WriteString(s.Text + "\n")
	}
	return b.String()
}
