package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dialtone/model"
)

func readSet(t *testing.T, path string) []Example {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, errs := ReadJSONL(f)
	if len(errs) > 0 {
		t.Fatalf("%s: %v", path, errs)
	}
	return exs
}

// Floors on data the model never trained on (heldout.jsonl: sales mail;
// validation.jsonl: general business mail with a realistic ~10% share of
// touching base; independent_validation.jsonl: corporate and modern mail
// written by another author who never saw the training data) and on the
// shared dev set.
const (
	minPrecision = 0.92
	minRecall    = 0.90
	minAUC       = 0.95
)

// The regression guard on mail in other languages (TestOtherLanguages):
// a little below lr.34's figures on each held-out file.
const (
	minOtherF1  = 0.86
	minOtherAUC = 0.95
)

func TestQualityFloors(t *testing.T) {
	for _, name := range []string{"heldout.jsonl", "validation.jsonl", "independent_validation.jsonl", "fresh_validation.jsonl",
		"checkin_news_heldout.jsonl", "dev.jsonl"} {
		t.Run(name, func(t *testing.T) {
			m := Evaluate(readSet(t, filepath.Join("testdata", name)))
			t.Logf("%s: n=%d tb=%d P=%.3f R=%.3f F1=%.3f acc=%.3f AUC=%.3f misses=%v",
				name, m.N, m.Positives, m.Precision, m.Recall, m.F1, m.Accuracy, m.AUC, m.Misses)
			if m.Precision < minPrecision || m.Recall < minRecall || m.AUC < minAUC {
				t.Errorf("below the floors (P ≥ %.2f, R ≥ %.2f, AUC ≥ %.2f)", minPrecision, minRecall, minAUC)
			}
		})
	}
}

// TestSelectionSet holds blind_validation.jsonl to about the figures of
// lr.12 as a guard against regressions. The set was never trained on, but
// its misclassifications were read while lr.12's features were built, so
// it is a validation set, not a blind one; lr.12 (P 0.778, R 1.000) and
// lr.17 (P 0.895, R 0.971) miss the precision floor on it, lr.18,
// lr.19 and lr.20 (P 0.944, R 0.971) meet it, and lr.21 (P 0.943, R 0.943:
// bv-0254, a meeting reminder with day, time and room, is substantive now,
// as heldout and fresh_validation label such reminders).
func TestSelectionSet(t *testing.T) {
	m := Evaluate(readSet(t, filepath.Join("testdata", "blind_validation.jsonl")))
	t.Logf("blind_validation: n=%d tb=%d P=%.3f R=%.3f F1=%.3f AUC=%.3f misses=%v", m.N, m.Positives, m.Precision, m.Recall, m.F1, m.AUC, m.Misses)
	if m.F1 < 0.85 || m.Recall < 0.94 || m.AUC < 0.99 {
		t.Errorf("below the selection set's guard (F1 ≥ 0.85, R ≥ 0.94, AUC ≥ 0.99)")
	}
}

// TestOtherLanguages guards the figures on multilingual_heldout.jsonl and
// multilingual_heldout2.jsonl (240 and 237 emails in German, French,
// Spanish, Italian, Portuguese and Dutch, each written apart from the
// training files and never trained on) against regressions. These are not
// the floors, which they do not all reach yet: see
// testdata/README.md.
func TestOtherLanguages(t *testing.T) {
	for _, name := range []string{"multilingual_heldout", "multilingual_heldout2"} {
		m := Evaluate(readSet(t, filepath.Join("testdata", name+".jsonl")))
		t.Logf("%s: n=%d tb=%d P=%.3f R=%.3f F1=%.3f AUC=%.3f", name, m.N, m.Positives, m.Precision, m.Recall, m.F1, m.AUC)
		if m.F1 < minOtherF1 || m.AUC < minOtherAUC {
			t.Errorf("%s below the guard (F1 ≥ %.2f, AUC ≥ %.2f)", name, minOtherF1, minOtherAUC)
		}
	}
}

// TestCheckInNews guards the figures on checkin_news_pairs.jsonl, the
// classifier's known weak spot: 90 pairs of a check-in phrase and one short
// sentence that either gives news ("Bumping this. The container cleared
// customs an hour ago.") or restates what the reader has ("…my note about
// container MSKU 772104 didn't get lost."). lr.51 calls 34 of the 90 news
// emails touching base (P 0.717 R 0.956 F1 0.819 AUC 0.944), lr.57 25 of
// them (P 0.768 R 0.956 F1 0.851 AUC 0.950: change verbs such as
// "cleared", "dropped", "came back" are news words now); training on
// the pairs lowered the real-mail pool's F1 from 0.588 to 0.519, so they
// are only measured. The guard keeps the weak spot from getting weaker.
func TestCheckInNews(t *testing.T) {
	m := Evaluate(readSet(t, filepath.Join("testdata", "checkin_news_pairs.jsonl")))
	t.Logf("checkin_news_pairs: n=%d tb=%d P=%.3f R=%.3f F1=%.3f AUC=%.3f", m.N, m.Positives, m.Precision, m.Recall, m.F1, m.AUC)
	if m.F1 < 0.84 || m.AUC < 0.94 {
		t.Errorf("below the guard (F1 ≥ 0.84, AUC ≥ 0.94)")
	}
}

// TestRealMail reports the figures on the Enron evaluation set when it is
// available (it lives outside the repository and is never trained on).
// Set DIALTONE_REAL_JSONL to its path.
func TestRealMail(t *testing.T) {
	path := os.Getenv("DIALTONE_REAL_JSONL")
	if path == "" {
		t.Skip("DIALTONE_REAL_JSONL not set")
	}
	m := Evaluate(readSet(t, path))
	t.Logf("real: n=%d tb=%d P=%.3f R=%.3f F1=%.3f acc=%.3f AUC=%.3f", m.N, m.Positives, m.Precision, m.Recall, m.F1, m.Accuracy, m.AUC)
}

func TestHeldoutNotTrainedOn(t *testing.T) {
	b, err := os.ReadFile("weights.json")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "heldout") || strings.Contains(string(b), "validation") || strings.Contains(string(b), "checkin_news") || strings.Contains(string(b), "real.jsonl") {
		t.Fatal("weights.json was trained on an evaluation set")
	}
	train := map[string]bool{}
	for _, f := range []string{"train", "dev", "corporate_train", "corporate_train2", "corporate_train3"} {
		for _, e := range readSet(t, "testdata/"+f+".jsonl") {
			train[e.Subject+"\n"+strings.TrimSpace(e.Body)] = true
		}
	}
	for _, set := range []string{"testdata/heldout.jsonl", "testdata/validation.jsonl", "testdata/independent_validation.jsonl", "testdata/blind_validation.jsonl", "testdata/fresh_validation.jsonl",
		"testdata/checkin_news_heldout.jsonl", "testdata/checkin_news_pairs.jsonl"} {
		for _, e := range readSet(t, set) {
			if train[e.Subject+"\n"+strings.TrimSpace(e.Body)] {
				t.Errorf("held-out example %s also appears in a training file", e.ID)
			}
		}
	}
}

func TestEvaluateMetrics(t *testing.T) {
	exs := []Example{
		{ID: "a", Body: "Just checking in. Any update?", Label: model.TouchingBase},
		{ID: "b", Body: "Attached is the revised quote: 40 seats at $38/seat, valid until March 31.", Label: model.Substantive},
		{ID: "c", Body: "Bumping this.", Label: model.Substantive}, // deliberately mislabeled
	}
	m := Evaluate(exs)
	if m.N != 3 || m.TP != 1 || m.FP != 1 || m.TN != 1 || m.FN != 0 {
		t.Fatalf("confusion = %+v", m)
	}
	if m.Precision != 0.5 || m.Recall != 1 || m.Accuracy != 2.0/3 {
		t.Errorf("P=%v R=%v acc=%v", m.Precision, m.Recall, m.Accuracy)
	}
	if len(m.Misses) != 1 || m.Misses[0] != "c" {
		t.Errorf("misses = %v", m.Misses)
	}
	if got := auc([]int{10, 20}, []int{15, 20, 90}); got != 4.5/6 { // 10 < all 3; 20 < 90, ties 20
		t.Errorf("auc = %v", got)
	}
}

func TestReadJSONL(t *testing.T) {
	in := `{"id":"1","subject":"s","body":"b","label":"touching_base"}

not json
{"id":"3","body":"b","label":"maybe"}
{"id":"4","body":"","label":"substantive"}
{"id":"5","subject":"x","body":"hello","label":"substantive","thread":[{"direction":"in","date":"2026-03-01T10:00:00Z","body":"q?"}]}
`
	exs, errs := ReadJSONL(strings.NewReader(in))
	if len(exs) != 2 || exs[1].ID != "5" || len(exs[1].Thread) != 1 {
		t.Fatalf("examples = %+v", exs)
	}
	var lines []int
	for _, e := range errs {
		lines = append(lines, e.Line)
	}
	if len(lines) != 3 || lines[0] != 3 || lines[1] != 4 || lines[2] != 5 {
		t.Errorf("error lines = %v (%v)", lines, errs)
	}
	in5 := exs[1].Input()
	if len(in5.Thread) != 1 || in5.Thread[0].Direction != model.Inbound || in5.Thread[0].Date.IsZero() {
		t.Errorf("input = %+v", in5)
	}
}

// An example that quotes the message it answers is judged against that
// message's questions, as synced mail is: its answer is substantive.
func TestExampleQuotedContext(t *testing.T) {
	reply := Example{ID: "r", Subject: "RE: volumes", Label: model.Substantive,
		Body: "Yes, 5,000/d.\n\n-----Original Message-----\nFrom: Omar Aziz\nSent: Tuesday, May 1, 2001 9:12 AM\nSubject: volumes\n\nCan you still do the same volume in June? We need to know today.\n"}
	in := reply.Input()
	if len(in.Thread) != 1 || in.Thread[0].Direction != model.Inbound || in.Thread[0].Text != "Can you still do the same volume in June?" {
		t.Fatalf("thread = %+v", in.Thread)
	}
	fwd := Example{ID: "f", Body: "FYI\n\n---------- Forwarded message ---------\nFrom: Omar Aziz\n\nCan you still do the same volume in June?\n"}
	if th := fwd.Input().Thread; len(th) != 0 {
		t.Errorf("a forward asks the writer nothing: thread = %+v", th)
	}
	withThread := Example{ID: "t", Body: reply.Body, Thread: []ExampleThread{{Direction: "in", Date: "2001-05-01T09:12:00Z", Body: "Volumes for June?"}}}
	if th := withThread.Input().Thread; len(th) != 1 || th[0].Text != "Volumes for June?" {
		t.Errorf("a thread's own text stays: %+v", th)
	}
}
