package demo_test

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"dialtone/analysis"
	"dialtone/analysis/classify"
	"dialtone/demo"
	"dialtone/model"
	"dialtone/store"
)

func opts(t *testing.T) demo.Options {
	t.Helper()
	loc, err := time.LoadLocation(demo.TimeZone)
	if err != nil {
		t.Fatal(err)
	}
	return demo.Options{Seed: demo.DefaultSeed, Now: time.Date(2026, 11, 19, 15, 4, 0, 0, loc), Location: loc}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := demo.Generate(opts(t)), demo.Generate(opts(t))
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with the same options differ")
	}
	o := opts(t)
	o.Seed++
	if reflect.DeepEqual(a.Messages, demo.Generate(o).Messages) {
		t.Fatal("a different seed gave the same messages")
	}
}

func TestGenerateIsBelievable(t *testing.T) {
	ds := demo.Generate(opts(t))
	var out, tb, in int
	threads := map[string]bool{}
	for _, m := range ds.Messages {
		switch m.Direction {
		case model.Outbound:
			out++
			if m.Label == model.TouchingBase {
				tb++
			}
		case model.Inbound:
			in++
		}
		threads[m.ThreadKey] = true
		if m.Date.After(opts(t).Now) {
			t.Errorf("message %s is in the future", m.MessageID)
		}
	}
	t.Logf("%d outbound (%d touching base), %d inbound, %d threads, %d events, %d calls, %d organizations",
		out, tb, in, len(threads), len(ds.Events), len(ds.Calls), len(ds.Organizations))
	if out < 250 || out > 900 {
		t.Errorf("outbound = %d, want several hundred", out)
	}
	if share := float64(tb) / float64(out); share < 0.1 || share > 0.4 {
		t.Errorf("touching-base share = %.2f, want a realistic minority", share)
	}
	if len(ds.Organizations) < 35 || len(ds.Organizations) > 45 {
		t.Errorf("organizations = %d, want about 40", len(ds.Organizations))
	}
	if len(ds.Weeks) != 12 {
		t.Errorf("weeks = %d, want 12", len(ds.Weeks))
	}
}

// TestReportMatchesGenerator loads the demo into a real SQLite database and
// checks the store's weekly aggregation against the generator's own tally.
func TestReportMatchesGenerator(t *testing.T) {
	ctx := context.Background()
	o := opts(t)
	ds := demo.Generate(o)
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.db"), model.FixedClock(o.Now))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := demo.Load(ctx, db, ds); err != nil {
		t.Fatal(err)
	}
	weeks := analysis.Weeks(o.Now, o.Location, 12)
	got, err := db.WeeklyCounts(ctx, weeks, o.Now)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for i := range weeks {
		if got[i] != ds.Expected[i] {
			t.Errorf("%s: store %+v, generator %+v", weeks[i].Label, got[i], ds.Expected[i])
		}
		total += got[i].Contacts + got[i].Connects
	}
	if total == 0 {
		t.Fatal("the demo quarter has no contacts or connects")
	}
	// The touch list (week details, attention, per-organization views)
	// agrees with the aggregate SQL.
	touches, err := db.Touches(ctx, weeks[0].Start, weeks[len(weeks)-1].End, o.Now, "")
	if err != nil {
		t.Fatal(err)
	}
	if fromTouches := analysis.CountTouches(weeks, touches); !reflect.DeepEqual(fromTouches, got) {
		t.Errorf("touches give %+v\nSQL gives %+v", fromTouches, got)
	}
	// Per organization, the weekly figures add up to at least the whole
	// (an email to two companies counts once for each).
	sum := 0
	for _, org := range ds.Organizations {
		ts, err := db.Touches(ctx, weeks[0].Start, weeks[len(weeks)-1].End, o.Now, org.Key)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range analysis.CountTouches(weeks, ts) {
			sum += c.Contacts + c.Connects
		}
	}
	if sum < total {
		t.Errorf("per-organization touches %d < total %d", sum, total)
	}
	if err := demo.Load(ctx, db, ds); model.ErrorCode(err) != model.ECONFLICT {
		t.Errorf("loading twice: got %v, want a conflict", err)
	}
}

// TestThreadsHangTogether: the demo threads read as conversations. Every
// email of the rep's that follows a customer's question takes it up, as
// the shipped classifier judges an answer; no thread opens with an email
// that answers or refers back to something nobody wrote; and the
// classifier gives every email of the rep's the label the generator meant
// it to have, so the demo shows what it is made to show.
func TestThreadsHangTogether(t *testing.T) {
	ds := demo.Generate(opts(t))
	threads := map[string][]model.Message{}
	var keys []string
	for _, m := range ds.Messages {
		if threads[m.ThreadKey] == nil {
			keys = append(keys, m.ThreadKey)
		}
		threads[m.ThreadKey] = append(threads[m.ThreadKey], m)
	}
	disagree, judged := 0, 0
	presuppose := []string{"your question", "you asked", "your three questions", "since my last note", "revised quote", "to progress from here"}
	answered := 0
	for _, k := range keys {
		msgs := threads[k]
		for _, p := range presuppose {
			if strings.Contains(strings.ToLower(msgs[0].OwnText), p) {
				t.Errorf("thread %s opens with %q: %q", k, p, msgs[0].OwnText)
			}
		}
		for i, m := range msgs {
			if m.Direction != model.Outbound {
				continue
			}
			var ctx []classify.ThreadMessage
			for _, b := range msgs[:i] {
				ctx = append(ctx, classify.ThreadMessage{Direction: b.Direction, Date: b.Date, Text: b.OwnText})
			}
			r := classify.Classify(classify.Input{Subject: m.Subject, Text: m.OwnText, Thread: ctx, Date: m.Date})
			judged++
			if r.Label != m.Label {
				disagree++
				t.Logf("thread %s: the classifier calls %q %s", k, m.OwnText, r.Label)
			}
			if i == 0 || msgs[i-1].Direction != model.Inbound || !strings.Contains(msgs[i-1].OwnText, "?") {
				continue
			}
			prev := msgs[i-1]
			if !slices.ContainsFunc(r.Reasons, func(x model.Reason) bool { return x.Code == classify.CodeAnswer }) {
				t.Errorf("thread %s: %q\ndoes not answer %q", k, m.OwnText, prev.OwnText)
				continue
			}
			answered++
		}
	}
	if disagree > 0 {
		t.Errorf("the classifier disagrees with the generator on %d of the rep's %d emails", disagree, judged)
	}
	if answered < 20 {
		t.Errorf("only %d answers to questions in the demo quarter", answered)
	}
}
