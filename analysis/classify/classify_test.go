package classify

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"dialtone/analysis/classify/internal/feat"
	"dialtone/model"
)

func day(d int) time.Time { return time.Date(2026, 3, d, 15, 0, 0, 0, time.UTC) }

func hasReason(r Result, code string) *model.Reason {
	for i := range r.Reasons {
		if r.Reasons[i].Code == code {
			return &r.Reasons[i]
		}
	}
	return nil
}

func TestClassifyLabels(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want model.Label
	}{
		{"classic check-in", Input{Text: "Hi Mark,\n\nJust checking in to see if you had a chance to review the proposal."}, model.TouchingBase},
		{"bare question mark", Input{Text: "?"}, model.TouchingBase},
		{"following up with a concrete proposal", Input{Text: "Following up: would Tue 10:00 or Wed 14:30 CET work for a 15-minute call to settle the delivery schedule?"}, model.Substantive},
		{"check-in carrying a new price", Input{Text: "Checking in with one update: finance approved 15 seats at $45/seat for a 6-month pilot."}, model.Substantive},
		{"short answer to the customer's question", Input{
			Text:   "Yes, SAML SSO is included in the Team plan.",
			Thread: []ThreadMessage{{Direction: model.Inbound, Date: day(2), Text: "Does the Team plan include SSO?"}},
		}, model.Substantive},
		{"german bump", Input{Text: "Hallo Herr Weber, ich wollte kurz nachfragen, ob Sie schon Zeit hatten, sich unser Angebot anzusehen?"}, model.TouchingBase},
		// a call proposed on a day it names is a concrete proposal
		{"following up with a call on a named day", Input{Text: "Hi Sam, just following up. Could we set up a call with your CFO on Thursday?"}, model.Substantive},
		{"checking in with a call on a date", Input{Text: "Hi Sam, checking in. Can we schedule a quick call on March 3?"}, model.Substantive},
		{"a day that looks back proposes nothing", Input{Text: "Hi Sam, any update? I sent the proposal on Thursday."}, model.TouchingBase},
		{"leaving the day to the reader", Input{Text: "Hi Sam, following up on my note about a quick call. Does any time next week work?"}, model.TouchingBase},
		// an update asked for is a status ask; one given is news
		{"asking whether they have an update", Input{Text: "Hi Sam, do you have an update on the pilot?"}, model.TouchingBase},
		{"asking them to give an update", Input{Text: "Hi Sam, could you give me an update on the contract?"}, model.TouchingBase},
		{"asking whether they have news", Input{Text: "Hi Sam, do you have news on the pilot?"}, model.TouchingBase},
		{"asking when they will hear back", Input{Text: "Hi Sam, do you know when we'll hear back on the contract?"}, model.TouchingBase},
		{"promising to pass on what they hear", Input{Text: "Hi Sam, we'll hear back from legal on Friday and I'll send you their redlines."}, model.Substantive},
		{"asking whether they could review it", Input{Text: "Hi Sam, have you been able to review the contract?"}, model.TouchingBase},
		// "on your side" says where, no pleasantry: the ask around it decides
		{"asking who signs on their side", Input{Text: "Please let me know who should sign the order form on your side."}, model.Substantive},
		{"wondering whether there is an update", Input{Text: "Hi Noor, wondering if there's an update on the rollout plan from your side."}, model.TouchingBase},
		{"asking whether they could review it, with news", Input{Text: "Hi Sam, have you been able to review the contract? Legal changed clause 7 to a 60-day notice period, which I think you'll like."}, model.Substantive},
		{"sending it again", Input{Text: "Hi Sam, sending this again in case it got buried."}, model.TouchingBase},
		{"giving an update", Input{Text: "Hi Sam, an update on the pilot: 40 of the 50 seats are active, and the SSO fix ships Friday."}, model.Substantive},
		// "following up with" what the email brings opens its content
		{"following up with the answer", Input{Text: "Hi Sam, following up with the answer to your question: yes, we support SCIM."}, model.Substantive},
		{"circling back with a corrected figure", Input{Text: "Hi Sam, circling back with the corrected invoice: $8,200, not $9,100."}, model.Substantive},
		{"circling back with an amount", Input{Text: "Circling back with $8,200 in savings for your team."}, model.Substantive},
		{"asks whether the room was booked", Input{Text: "Hi Beth, just confirming you were able to book the boardroom for Thursday?"}, model.TouchingBase},
		{"were you able to", Input{Text: "Hi Sam, were you able to book the room for Thursday?"}, model.TouchingBase},
		{"proposes to book the room", Input{Text: "Hi Sam, can we book the boardroom for Thursday?"}, model.Substantive},
		{"following up with a link", Input{Text: "Hi Sam, just following up with the link to the recording: https://example.com/rec/123"}, model.Substantive},
		{"following up with a question that only nudges", Input{Text: "Hi Sam, following up with a quick question: did you get a chance to review?"}, model.TouchingBase},
		{"following up with what went out before", Input{Text: "Hi Sam, just following up with the proposal I sent last week."}, model.TouchingBase},
		{"circling back with the original note", Input{Text: "Just circling back with my original question: did you get a chance to look?"}, model.TouchingBase},
		// a "following up" with a new proposal attached (the example)
		{"following up with the proposal attached", Input{Text: "Following up with the revised proposal (attached).", Attachments: []model.Attachment{{Name: "proposal-v2.pdf", Type: "application/pdf", Size: 120000}}}, model.Substantive},
		{"following up on the proposal attached before", Input{Text: "Hi Sam, just checking in on the proposal I sent last week.", Attachments: []model.Attachment{{Name: "proposal.pdf", Type: "application/pdf", Size: 120000}}}, model.TouchingBase},
		// check-ins of today's sales mail, bare and with news (lr.64)
		{"a team that got a chance", Input{Text: "Sam, I know you're slammed, but did the team get a chance to discuss? Happy to help however I can."}, model.TouchingBase},
		{"where things landed", Input{Text: "Hi Sam, hope you had a great weekend! Wanted to see where things landed with the team. Let me know!"}, model.TouchingBase},
		{"where we landed, with a price", Input{Text: "Hi Sam, where did we land on seats? If you sign by Friday we can hold $38 per seat for all 120."}, model.Substantive},
		{"back in front of you", Input{Text: "Hi Sam, putting this back in front of you."}, model.TouchingBase},
		{"back in front of you, with a change", Input{Text: "Hi Sam, putting this back in front of you with one change: the price now includes onboarding for all 40 users."}, model.Substantive},
		{"how things are progressing", Input{Text: "Hi Sam, how are things progressing with the evaluation?"}, model.TouchingBase},
		{"where things netted out", Input{Text: "Hi Sam, curious where things netted out with the team."}, model.TouchingBase},
		{"a wish for 20 minutes", Input{Text: "Hey Sam - just resurfacing this in case it got buried. Would love to grab 20 minutes next week."}, model.TouchingBase},
		// "following up on our call:" says where the news comes from (lr.65)
		{"following up on a call with new terms", Input{Text: "Hi Sam, following up on our call: I spoke with our CFO and we can do net-60 terms instead of net-30."}, model.Substantive},
		{"following up on a call, nothing more", Input{Text: "Hi Sam, following up on our call last week. Let me know your thoughts."}, model.TouchingBase},
		{"following up on a meeting it only describes", Input{Text: "Hi Anthony, following up on our meeting on the 7th, where we went over the three options. Let me know where you land."}, model.TouchingBase},
		// an offer priced, a short name in capitals, a change of plan put
		// to the reader (lr.66)
		{"following up with a priced offer", Input{Text: "Following up on the proposal. We can do $40/seat for 50 seats."}, model.Substantive},
		{"following up with a fix named in capitals", Input{Text: "Hi Sam, following up: the SSO fix shipped today, so the pilot starts Monday."}, model.Substantive},
		{"checking in with a new limit", Input{Text: "Just checking in - the API rate limit is now 10k requests per minute on your plan."}, model.Substantive},
		{"thoughts on moving a date", Input{Text: "Hi Sam, any thoughts on moving the kickoff to the 9th? Our implementation lead is out the week of the 2nd."}, model.Substantive},
		{"following up on a quote already sent", Input{Text: "Hi Sam, following up on the $12,000 quote. Let me know!"}, model.TouchingBase},
		// a question that hands the decision to the reader
		{"checking in with the essays' question", Input{Text: "Hi Sam, just checking in. What would you suggest we do to progress from here?"}, model.Substantive},
		// an invitation sent for a time sets the meeting (lr.226)
		{"sending an invite for a time", Input{Text: "Hi Sam, I sent you an invite for Tuesday at 10 - the dial-in is in it."}, model.Substantive},
		{"an invite sent last week, asked after", Input{Text: "Hi Sam, I sent you an invite for Tuesday at 10 last week. Did you get it?"}, model.TouchingBase},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Classify(tt.in)
			if r.Label != tt.want {
				t.Errorf("label = %s (score %d, reasons %+v), want %s", r.Label, r.Score, r.Reasons, tt.want)
			}
			if r.Version != Version {
				t.Errorf("version = %q", r.Version)
			}
			if (r.Score < 50) != (r.Label == model.TouchingBase) {
				t.Errorf("score %d disagrees with label %s", r.Score, r.Label)
			}
		})
	}
}

func TestSilentThreadIsWorst(t *testing.T) {
	text := "Hi Mark, just checking in on the proposal. Any update?"
	quote := ThreadMessage{Direction: model.Outbound, Date: day(2), Text: "Proposal attached: 42 seats at $39/seat."}
	nudge := ThreadMessage{Direction: model.Outbound, Date: day(9), Text: "Hi Mark, just checking in on the proposal."}
	alone := Classify(Input{Text: text})
	second := Classify(Input{Text: text, Thread: []ThreadMessage{quote}, Date: day(9)})
	third := Classify(Input{Text: text, Thread: []ThreadMessage{quote, nudge}, Date: day(11)})
	if !(third.Score < second.Score && second.Score < alone.Score) {
		t.Fatalf("scores alone/2nd/3rd = %d/%d/%d, want strictly falling", alone.Score, second.Score, third.Score)
	}
	r := hasReason(third, CodeSilentThread)
	if r == nil || r.Text != "3rd unanswered email in 9 days" || r.Effect != model.Lowers {
		t.Fatalf("silent thread reason = %+v", r)
	}
	// After the customer answers, the thread is no longer silent.
	answered := Classify(Input{Text: text, Thread: []ThreadMessage{quote, {Direction: model.Inbound, Date: day(5), Text: "Thanks, reviewing."}}})
	if hasReason(answered, CodeSilentThread) != nil {
		t.Error("silent_thread reason on an answered thread")
	}
}

func TestAttachmentRaises(t *testing.T) {
	in := Input{Text: "Here you go.", Attachments: []model.Attachment{{Name: "quote-v3.pdf", Type: "application/pdf", Size: 41234}}}
	r := Classify(in)
	if a := hasReason(r, CodeAttachment); a == nil || !strings.Contains(a.Text, "quote-v3.pdf") {
		t.Errorf("attachment reason missing: %+v", r.Reasons)
	}
	if without := Classify(Input{Text: "Here you go."}); without.Score >= r.Score {
		t.Errorf("attachment did not raise the score: %d vs %d", r.Score, without.Score)
	}
}

func TestDeterministic(t *testing.T) {
	in := Input{Subject: "Re: quote", Text: "Any update on the quote? It was 40 seats at $38.", Thread: []ThreadMessage{{Direction: model.Outbound, Date: day(2), Text: "40 seats at $38"}}}
	a, b := Classify(in), Classify(in)
	if a.Score != b.Score || a.Label != b.Label || len(a.Reasons) != len(b.Reasons) {
		t.Fatal("Classify is not deterministic")
	}
	for i := range a.Reasons {
		if a.Reasons[i] != b.Reasons[i] {
			t.Fatal("reasons differ between runs")
		}
	}
	if hasReason(a, CodeRepeated) == nil && a.Label == model.TouchingBase {
		t.Errorf("repeated figure not flagged: %+v", a.Reasons)
	}
}

func TestWeightsMatchCode(t *testing.T) {
	w, err := load(weightsJSON)
	if err != nil {
		t.Fatal(err)
	}
	if w.version != Version {
		t.Errorf("weights.json is for classifier %q, code is %q: run go generate", w.version, Version)
	}
	if w.featureVersion != feat.Version {
		t.Errorf("weights.json uses features %q, code has %q: run go generate", w.featureVersion, feat.Version)
	}
	n := 0
	w.grams.Range(func(uint32, float64) { n++ })
	if n < 100 {
		t.Errorf("only %d n-gram weights", n)
	}
}

// TestCheckIsClassify holds Check's verdict to Classify's on the shared
// dev set, heldout and blind_validation (emails with and without thread
// context); FuzzClassify checks the same on any input.
func TestCheckIsClassify(t *testing.T) {
	for _, name := range []string{"dev", "heldout", "blind_validation"} {
		for _, ex := range readSet(t, "testdata/"+name+".jsonl") {
			in := ex.Input()
			r, _ := Check(in)
			if want := Classify(in); !reflect.DeepEqual(r, want) {
				t.Fatalf("%s %s: Check says %+v, Classify %+v", name, ex.ID, r, want)
			}
		}
	}
}

// A forward of someone else's message passes it on: "FYI" above it, or
// nothing at all, gives the reader something. A nudge above it is still a
// nudge.
func TestForwardIsMaterial(t *testing.T) {
	for _, text := range []string{"FYI", ""} {
		r := Classify(Input{Subject: "FW: holiday schedule", Text: text, Forwards: true})
		if r.Label != model.Substantive {
			t.Errorf("forward under %q judged %s (%d): %+v", text, r.Label, r.Score, r.Reasons)
		}
		found := false
		for _, rs := range r.Reasons {
			found = found || (rs.Code == CodeMaterial && rs.Text == "Passes on a forwarded message")
		}
		if !found {
			t.Errorf("forward under %q: no reason names it: %+v", text, r.Reasons)
		}
		if bare := Classify(Input{Subject: "FW: holiday schedule", Text: text}); bare.Score >= r.Score {
			t.Errorf("%q scores %d with the forward below it, %d without", text, r.Score, bare.Score)
		}
	}
	if r := Classify(Input{Subject: "FW: proposal", Text: "Any thoughts on the below?", Forwards: true}); r.Label != model.TouchingBase {
		t.Errorf("a nudge above a forward judged %s (%d)", r.Label, r.Score)
	}
	// Examples read it from the body, or carry it when the body is own text only.
	for _, e := range []Example{
		{Subject: "FW: Q3", Body: "-----Original Message-----\nFrom: Lee, Ann\nSent: Monday, May 7, 2001 9:12 AM\nTo: Kay\nSubject: Q3\n\nRevenue was up 12%."},
		{Subject: "holidays", Body: "FYI\n\n---------- Forwarded message ---------\nFrom: HR <hr@x.example>\nSubject: holidays\n\nOffice closed Friday."},
		{Subject: "holidays", Body: "FYI", Forwards: true},
	} {
		if !e.Input().Forwards {
			t.Errorf("example %q under %q: not read as a forward", e.Body, e.Subject)
		}
	}
	if (Example{Subject: "RE: Q3", Body: "Thanks.\n\n-----Original Message-----\nFrom: Lee, Ann\nSent: Monday, May 7, 2001 9:12 AM\nTo: Kay\nSubject: Q3\n\nWhat is Q3 revenue?"}).Input().Forwards {
		t.Error("an Outlook reply read as a forward")
	}
}
