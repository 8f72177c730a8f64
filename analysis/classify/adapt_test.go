package classify

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dialtone/model"
)

// The rep's corrections, simulated: on each validation set, the model's
// mistakes on one half are corrected and the adapted model is measured on
// the other half. Across the sets every corrected email must get the rep's
// label, and the unseen halves must do no worse on average than with the
// shipped model, none much worse (lr.16: mean F1 on the other halves 0.968
// → 0.973; lr.17, with fewer mistakes left to correct, 0.971 → 0.973;
// lr.18 to lr.20, with 11 left, 0.975 → 0.975: no gain and no loss; lr.21,
// 12 left, 0.971 → 0.971; with the pattern check the weights stay: 0–4
// corrections per half, which do not predict each other). The written
// sets hold no near-duplicates, so what changes is the fitted weights'
// doing, not the memory's; TestAdaptLearnsTheRepsIdiom shows them carrying
// a correction over to new emails.
func TestAdaptLearnsFromCorrections(t *testing.T) {
	var corrected, fixed int
	var before, after float64
	n := 0
	for _, name := range []string{"blind_validation.jsonl", "validation.jsonl", "fresh_validation.jsonl", "independent_validation.jsonl", "heldout.jsonl"} {
		exs := readSet(t, filepath.Join("testdata", name))
		for half := 0; half < 2; half++ {
			var a, b, corr []Example
			for i, e := range exs {
				if i%2 == half {
					a = append(a, e)
				} else {
					b = append(b, e)
				}
			}
			for _, e := range a {
				if Classify(e.Input()).Label != e.Label {
					corr = append(corr, e)
				}
			}
			m := Shipped().Adapt(corr)
			for _, e := range corr {
				if m.Classify(e.Input()).Label == e.Label {
					fixed++
				}
			}
			corrected += len(corr)
			b0, b1 := Evaluate(b), m.Evaluate(b)
			t.Logf("%s half %d: %d corrections (pattern %v); other half F1 %.3f → %.3f (P %.3f → %.3f, R %.3f → %.3f)",
				name, half, len(corr), m.Pattern(), b0.F1, b1.F1, b0.Precision, b1.Precision, b0.Recall, b1.Recall)
			if b1.F1 < b0.F1-0.02 {
				t.Errorf("%s half %d: adapting cost F1 %.3f → %.3f", name, half, b0.F1, b1.F1)
			}
			before += b0.F1
			after += b1.F1
			n++
		}
	}
	t.Logf("%d of %d corrections fixed; mean F1 on the other halves %.3f → %.3f", fixed, corrected, before/float64(n), after/float64(n))
	if corrected == 0 || fixed != corrected {
		t.Errorf("fixed %d of %d corrected emails", fixed, corrected)
	}
	if after < before {
		t.Errorf("mean F1 on unseen halves %.3f → %.3f: adapting costs more than it gains", before/float64(n), after/float64(n))
	}
}

// A rep whose "quick pulse check" emails are status pings marks four of
// them touching base; new ones worded differently (not near-duplicates)
// follow, and a substantive email on the same deal does not.
func TestAdaptLearnsTheRepsIdiom(t *testing.T) {
	var corrections []Example
	for i, text := range []string{
		"Quick pulse check on the Brightwater rollout. How are the badge readers landing with your team?",
		"Quick pulse check on the Halvorsen migration - how is the data export looking?",
		"Quick pulse check on the Northwind pilot. How are the first two sites doing?",
		"Quick pulse check on the Westlake deployment - how are the field teams finding it?",
	} {
		corrections = append(corrections, Example{ID: fmt.Sprint(i), Body: text, Label: model.TouchingBase})
	}
	m := Shipped().Adapt(corrections)
	if !m.Pattern() {
		t.Fatal("four corrections of one idiom show no pattern")
	}
	flipped := 0
	for _, text := range []string{
		"Quick pulse check on the Calloway renewal - how is procurement looking?",
		"Quick pulse check: how is the Okta integration shaping up?",
		"Pulse check on the Ridgeway contract - how does legal see it?",
	} {
		before, after := Classify(Input{Text: text}), m.Classify(Input{Text: text})
		t.Logf("%q: %d → %d", text, before.Score, after.Score)
		if before.Label != model.Substantive {
			t.Fatalf("the shipped model already calls %q touching base", text)
		}
		if after.Score > before.Score-5 {
			t.Errorf("%q: %d → %d", text, before.Score, after.Score)
		}
		if after.Label == model.TouchingBase {
			flipped++
		}
	}
	if flipped < 2 {
		t.Errorf("%d of 3 new pulse checks judged touching base", flipped)
	}
	other := "The Calloway renewal is approved at 40 seats for $38 per seat; I attached the order form."
	if r := m.Classify(Input{Text: other}); r.Label != model.Substantive {
		t.Errorf("a substantive email became %s (%d)", r.Label, r.Score)
	}
}

// Corrections that each overrule the model for a reason of their own do
// not predict each other: the weights stay the shipped ones, so every
// other email keeps its verdict and score, and only the corrected emails
// (and near-identical ones) take the rep's label.
func TestAdaptWithoutPatternKeepsTheWeights(t *testing.T) {
	var corrections []Example
	for i, c := range []struct {
		text  string
		label model.Label
	}{
		{"Following up on the freight invoice: can you confirm it went to accounts payable?", model.Substantive},
		{"Any word from legal on the redlines?", model.Substantive},
		{"Thanks for lunch yesterday, great to catch up with you and Priya. Let's do it again in spring.", model.TouchingBase},
		{"Just checking whether the badge readers arrived at the Reno site.", model.Substantive},
		{"Attached is the agenda from Tuesday's board meeting for your files.", model.TouchingBase},
	} {
		e := Example{ID: fmt.Sprint(i), Body: c.text, Label: c.label}
		if Classify(e.Input()).Label == c.label {
			t.Fatalf("the shipped model already agrees with correction %q", c.text)
		}
		corrections = append(corrections, e)
	}
	m := Shipped().Adapt(corrections)
	if m.Pattern() || m.Learned() != len(corrections) {
		t.Fatalf("pattern %v, learned %d", m.Pattern(), m.Learned())
	}
	for _, e := range corrections {
		if r := m.Classify(e.Input()); r.Label != e.Label {
			t.Errorf("corrected email %q is still %s", e.Body, r.Label)
		}
	}
	for _, e := range readSet(t, "testdata/dev.jsonl") {
		in := e.Input()
		if a, b := Classify(in), m.Classify(in); a.Label != b.Label || a.Score != b.Score {
			t.Errorf("%s: %s %d → %s %d", e.ID, a.Label, a.Score, b.Label, b.Score)
		}
	}
}

// One correction carries over to the rep's near-identical emails and
// leaves unrelated ones alone.
func TestAdaptCarriesOverToSimilarMail(t *testing.T) {
	in := func(text string) Input { return Input{Subject: "Halvorsen renewal", Text: text} }
	corrected := "Hi Dana, checking in on the Halvorsen renewal with the Brightwater group. Any news on your side? Thanks, Sam"
	similar := "Hi Priya, checking in on the Halvorsen renewal with the Brightwater group. Any news on your side? Thanks, Sam"
	unrelated := "Hi Tom, just bumping this to the top of your inbox. Any update? Best, Sam"
	for _, s := range []string{corrected, similar, unrelated} {
		if r := Classify(in(s)); r.Label != model.TouchingBase {
			t.Fatalf("shipped model: %q is %s (%d); the test needs a touching-base verdict", s, r.Label, r.Score)
		}
	}
	m := Shipped().Adapt([]Example{{ID: "<a@x>", Subject: "Halvorsen renewal", Body: corrected, Label: model.Substantive}})
	if r := m.Classify(in(corrected)); r.Label != model.Substantive {
		t.Errorf("corrected email still %s (%d)", r.Label, r.Score)
	}
	if r := m.Classify(in(similar)); r.Label != model.Substantive || r.Score != 57 || len(r.Reasons) == 0 || r.Reasons[0].Code != CodeYourCall {
		t.Errorf("near-identical email: %s (%d), reasons %+v", r.Label, r.Score, r.Reasons)
	}
	if r := m.Classify(in(unrelated)); r.Label != model.TouchingBase {
		t.Errorf("unrelated nudge became %s (%d)", r.Label, r.Score)
	}
	if r := m.Classify(in(similar)); !strings.HasPrefix(r.Version, Version+"+rep.1.") || r.Version != m.Version() {
		t.Errorf("version = %q", r.Version)
	}
	if m.Learned() != 1 || Shipped().Learned() != 0 {
		t.Errorf("learned = %d, shipped %d", m.Learned(), Shipped().Learned())
	}
}

// The same corrections in any order give the same model; other corrections
// another version; none the shipped model itself.
func TestAdaptDeterministic(t *testing.T) {
	exs := readSet(t, filepath.Join("testdata", "blind_validation.jsonl"))[:12]
	for i := range exs {
		if exs[i].Label == model.Substantive {
			exs[i].Label = model.TouchingBase
		} else {
			exs[i].Label = model.Substantive
		}
	}
	rev := slices.Clone(exs)
	slices.Reverse(rev)
	a, b := Shipped().Adapt(exs), Shipped().Adapt(rev)
	if a.Version() != b.Version() {
		t.Errorf("versions %q and %q", a.Version(), b.Version())
	}
	probe := readSet(t, filepath.Join("testdata", "validation.jsonl"))
	for _, e := range probe {
		ra, rb := a.Classify(e.Input()), b.Classify(e.Input())
		if ra.Score != rb.Score || ra.Label != rb.Label {
			t.Fatalf("%s: %d vs %d", e.ID, ra.Score, rb.Score)
		}
	}
	if c := Shipped().Adapt(exs[:11]); c.Version() == a.Version() {
		t.Errorf("different corrections, same version %q", c.Version())
	}
	if Shipped().Adapt(nil) != Shipped() {
		t.Error("no corrections should give the shipped model")
	}
	// The shipped model is untouched.
	if r := Classify(exs[0].Input()); r.Version != Version {
		t.Errorf("shipped version = %q", r.Version)
	}
}

// The prefix index finds exactly the near duplicates a comparison with
// every remembered email finds: 200 corrections, and emails made from them
// by replacing every k-th word, so their similarity to the original runs
// from 1 down past the threshold, by repeating them and by cutting them.
func TestRecallMatchesEveryComparison(t *testing.T) {
	exs := corrections200(t)
	m := Shipped().Adapt(exs)
	sets := make([][]uint32, len(exs))
	for i, e := range exs {
		s, n := sampleOf(e)
		sets[i] = distinct(nil, s.Grams[:n])
	}
	brute := func(set []uint32) model.Label {
		best, like := 0.0, model.Label("")
		for i, o := range sets {
			n := len(o) + len(set) - len(distinct(nil, append(slices.Clone(o), set...)))
			if j := float64(n) / float64(len(set)+len(o)-n); len(o) > 0 && j >= nearDuplicate && j > best {
				best, like = j, exs[i].Label
			}
		}
		return like
	}
	var w work
	found, missed := 0, 0
	for i, e := range exs {
		words := strings.Fields(e.Body)
		var bodies []string
		for _, k := range []int{1000, 40, 20, 12, 8, 5, 3} {
			changed := slices.Clone(words)
			for j := k - 1; j < len(changed); j += k {
				changed[j] = fmt.Sprintf("zq%dx%d", i, j)
			}
			bodies = append(bodies, strings.Join(changed, " "))
		}
		// the same n-grams twice over, and the email cut short: sizes the
		// index must not take from the word count
		bodies = append(bodies, e.Body+"\n\n"+e.Body,
			strings.Join(words[:len(words)*9/10], " "), strings.Join(words[:len(words)*7/10], " "))
		for k, body := range bodies {
			v := e
			v.ID = fmt.Sprintf("%s/%d", e.ID, k)
			v.Body = body
			in := v.Input()
			w.prepare(&in)
			tables.Analyze(&w.doc, &w.f)
			s, n := sampleOf(v)
			want := brute(distinct(nil, s.Grams[:n]))
			if got := m.recall(&w); got != want {
				t.Fatalf("%s: index says %q, every comparison %q", v.ID, got, want)
			}
			if want == "" {
				missed++
			} else {
				found++
			}
		}
	}
	if found < 200 || missed < 200 {
		t.Fatalf("%d near duplicates and %d others: the variants do not straddle the threshold", found, missed)
	}
	t.Logf("%d near duplicates, %d others", found, missed)
}
