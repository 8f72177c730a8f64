package analysis

import (
	"slices"
	"strings"
	"testing"
	"time"

	"dialtone/model"
)

var (
	me   = model.Address{Email: "me@seller.example"}
	them = model.Address{Email: "ann@buyer.example"}
	t0   = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	rep  = NewRep([]string{me.Email}, nil)
)

// thread builds a thread from a script: each entry is "out:text" or
// "in:text", one per hours step apart.
func thread(step time.Duration, script ...string) model.Thread {
	t := model.Thread{ID: 1, Subject: "s"}
	for i, s := range script {
		dir, text, _ := strings.Cut(s, ":")
		m := model.Message{Direction: model.Direction(dir), OwnText: text, Date: t0.Add(time.Duration(i) * step)}
		if m.Direction == model.Outbound {
			m.From, m.To = me, []model.Address{them}
		} else {
			m.From, m.To = them, []model.Address{me}
		}
		t.Messages = append(t.Messages, m)
	}
	t.FirstAt, t.LastAt = t.Messages[0].Date, t.Messages[len(t.Messages)-1].Date
	return t
}

func TestThreadRules(t *testing.T) {
	now := t0.AddDate(0, 0, 30)
	day := 24 * time.Hour
	long := strings.Repeat("We went through the rollout plan with the team in detail. ", 20)
	cases := []struct {
		name       string
		t          model.Thread
		want       []model.ThreadState
		unanswered int
	}{
		{"quick exchange", thread(day, "out:Here is the quote: 40 seats at $30.", "in:Thanks, that works. Please send the order form."), nil, 0},
		{"answered", thread(day, "out:Proposal attached.", "out:Any update?", "in:Yes, we approve. Send the contract to legal@buyer.example?"), nil, 0},
		{"one unanswered", thread(day, "out:Proposal attached."), nil, 1},
		{"silent", thread(3*day, "out:Proposal attached.", "out:Just checking in.", "out:Any update?"), []model.ThreadState{model.StateSilent, model.StateStalled}, 3},
		{"two unanswered is silent", thread(3*day, "in:Can you send pricing for 40 seats?", "out:Pricing attached: $30 per seat.", "out:Did you get a chance to look?"), []model.ThreadState{model.StateSilent}, 2},
		{"stalled with holding replies", thread(2*day, "out:Proposal attached.", "in:Thanks, will take a look.", "out:Here is a case study.", "in:Busy week here.", "out:Checking in.", "out:New pricing attached."),
			[]model.ThreadState{model.StateSilent, model.StateStalled}, 2},
		{"substantive reply resets the stall", thread(2*day, "out:Proposal attached.", "out:Case study attached.", "out:Checking in.", "in:We reviewed it with finance and want to go with 25 seats starting in January. Can you send an updated order form with the annual discount?"), nil, 0},
		{"back and forth with objections", thread(12*time.Hour,
			"out:"+long, "in:How does pricing work if we add seats? Is there a minimum term?", "out:"+long,
			"in:Honestly the price is higher than our budget, and I'm not sure I understand the tiers.", "out:"+long,
			"in:What about data residency? Who handles migration?", "out:"+long), []model.ThreadState{model.StateCallCandidate}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := AnalyzeThread(c.t, rep, now, english)
			if !slices.Equal(r.States, c.want) || r.Unanswered != c.unanswered {
				t.Fatalf("states %v unanswered %d (score %.2f, reasons %v); want %v, %d", r.States, r.Unanswered, r.CallScore, r.Reasons, c.want, c.unanswered)
			}
			if r.Has(model.StateCallCandidate) && len(r.Reasons) == 0 {
				t.Fatal("a call candidate without reasons")
			}
			if len(r.States) > 0 && r.Advice == "" {
				t.Fatal("a thread that needs the rep gets no advice")
			}
			// a silent thread gets no sentence to send: the advice is to wait
			if silentOnly := slices.Equal(r.States, []model.ThreadState{model.StateSilent}); (r.Ask == "") != (silentOnly || len(r.States) == 0) {
				t.Fatalf("states %v offer %q to send", r.States, r.Ask)
			}
			if r.Ask != "" && !strings.Contains(r.Advice, r.Ask) {
				t.Fatalf("advice %q does not quote the sentence it offers, %q", r.Advice, r.Ask)
			}
		})
	}
}

func TestCallCandidateReasons(t *testing.T) {
	hour := time.Hour
	tt := thread(10*hour,
		"out:Proposal attached.", "in:What does onboarding look like? Is there a minimum term?", "out:Onboarding is 2 weeks; no minimum.",
		"in:The price is above our budget and legal wants a security review.", "out:We can do 10% off.", "in:Still not sure I understand the tiers?", "out:Tier sheet attached.")
	r := AnalyzeThread(tt, rep, t0.AddDate(0, 0, 10), Offer{})
	if !r.Has(model.StateCallCandidate) {
		t.Fatalf("not a candidate: %.2f %v", r.CallScore, r.Reasons)
	}
	for _, want := range []string{"7 messages in 3 days", "pricing objection", "legal or security review", "3 questions from them"} {
		if !slices.Contains(r.Reasons, want) {
			t.Errorf("reasons %v lack %q", r.Reasons, want)
		}
	}
}

func TestRankThreadsPutsCandidatesFirst(t *testing.T) {
	quick := thread(24*time.Hour, "out:Quote attached.", "in:Thanks, approved, send the order form.")
	silent := thread(72*time.Hour, "out:Proposal.", "out:Checking in.")
	busy := thread(10*time.Hour, "out:Proposal attached.", "in:Is there a minimum term? What about onboarding?", "out:No minimum.",
		"in:Price is above budget; legal wants a security review.", "out:10% off.", "in:Still confused by the tiers?", "out:Tier sheet.")
	quick.ID, silent.ID, busy.ID = 1, 2, 3
	ranked := RankThreads([]model.Thread{quick, silent, busy}, rep, t0.AddDate(0, 0, 20), nil)
	var ids []int64
	for _, r := range ranked {
		ids = append(ids, r.Thread.ID)
	}
	if !slices.Equal(ids, []int64{3, 2, 1}) {
		t.Fatalf("order = %v", ids)
	}
}

func TestNonCommittal(t *testing.T) {
	for text, want := range map[string]bool{
		"Thanks, will take a look.":                 true,
		"Noted.":                                    true,
		"Busy week, will get back to you":           true,
		"Thanks! Can we do 30 seats instead of 40?": false,
		"We approved the budget and want to start on 1 December with the Business tier.":     false,
		"Let me check with finance and come back on the 12th with the final headcount of 30": false,
	} {
		if got := NonCommittal(text); got != want {
			t.Errorf("NonCommittal(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestRepWrote(t *testing.T) {
	r := NewRep([]string{"Jess@TallyHQ.example"}, nil)
	for from, want := range map[string]bool{
		"On Mon, Mar 2, 2026 at 9:10 AM Jess Tran <jess@tallyhq.example> wrote:": true,
		"Tran, Jess [mailto:jess@tallyhq.example]":                               true,
		"On Mon, Mar 2, 2026 at 9:10 AM Omar <omar@fleetco.example> wrote:":      false,
		"Tran, Jess": false, // no address: not known to be the rep
		"":           false,
	} {
		if got := r.Wrote(from); got != want {
			t.Errorf("Wrote(%q) = %v, want %v", from, got, want)
		}
	}
}

// english is an offer as the app makes for a thread in English.
var english = Offer{
	Call: "Would Friday at 10:00 or Monday at 14:30 work for a quick call?",
	Ask:  "What would you suggest we do to progress from here?",
}

// TestCallAdvice: the advice to call says where its times come from, asks
// for the week after when the coming one is full, and quotes the proposal it
// offers to send.
func TestCallAdvice(t *testing.T) {
	slots := []time.Time{t0.AddDate(0, 0, 1), t0.AddDate(0, 0, 2)}
	const call = "Would Friday at 10:00 or Monday at 14:30 work for a quick call?"
	const later = "Would Friday, December 4 at 10:00 or Monday, December 7 at 14:30 work for a quick call?"
	for _, c := range []struct {
		offer      Offer
		want, send string
	}{
		{Offer{Times: CallTimes{Slots: slots, Calendar: true}, Call: call},
			`This would go better as a call. Ask for 15 minutes at times your calendar has free: “` + call + `”`, call},
		{Offer{Times: CallTimes{Slots: slots}, Call: call},
			`This would go better as a call. Ask for 15 minutes: “` + call + `”`, call},
		{Offer{Times: CallTimes{Slots: slots, Calendar: true, Later: true}, Call: later},
			`This would go better as a call, and your calendar is full this week. Ask for 15 minutes the week after, at times it has free: “` + later + `”`, later},
		{Offer{Times: CallTimes{Calendar: true, Later: true}},
			`This would go better as a call, but your calendar is full for the next two weeks: free 15 minutes first.`, ""},
		{Offer{}, "This would go better as a call. Ask for 15 minutes.", ""},
	} {
		got, send := callAdvice(c.offer)
		if got != c.want || send != c.send {
			t.Errorf("callAdvice(%+v) = %q, %q\nwant %q, %q", c.offer, got, send, c.want, c.send)
		}
	}
}
