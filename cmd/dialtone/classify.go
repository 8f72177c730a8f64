package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"dialtone/analysis/classify"
	"dialtone/app"
	"dialtone/model"
)

// maxJSONLine bounds one input line of classify --jsonl.
const maxJSONLine = 8 << 20

// classifyOut is one output line of classify --jsonl.
type classifyOut struct {
	ID      string         `json:"id"`
	Label   model.Label    `json:"label"`
	Score   int            `json:"score"`
	Reasons []model.Reason `json:"reasons"`
	Version string         `json:"version"`
}

// lineError reports a line that could not be classified.
type lineError struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

func runClassify(e *env, args []string) error {
	fs := e.flags("classify")
	jsonl := fs.Bool("jsonl", false, "read and write JSON lines (required)")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if !*jsonl {
		fmt.Fprintln(e.stderr, `dialtone classify: use --jsonl: one {"id","subject","body","thread"?} per line on stdin`)
		return errUsage
	}
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 64<<10), maxJSONLine)
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	line, bad := 0, 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var ex classify.Example
		err := json.Unmarshal([]byte(text), &ex)
		if err == nil && ex.ID == "" {
			err = fmt.Errorf(`missing "id"`)
		}
		if err != nil {
			bad++
			if err := enc.Encode(lineError{Line: line, Error: "line " + fmt.Sprint(line) + ": " + err.Error()}); err != nil {
				return err
			}
			continue
		}
		r := classify.Classify(ex.Input())
		if r.Reasons == nil {
			r.Reasons = []model.Reason{}
		}
		if err := enc.Encode(classifyOut{ID: ex.ID, Label: r.Label, Score: r.Score, Reasons: r.Reasons, Version: r.Version}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return model.WrapError(err, model.EINVALID, fmt.Sprintf("Could not read line %d: %v", line+1, err))
	}
	if bad > 0 {
		out.Flush()
		return model.Errorf(model.EINVALID, "%d of %d lines could not be read; the rest were classified.", bad, line)
	}
	return nil
}

func runEval(e *env, args []string) error {
	fs := e.flags("eval")
	asJSON := fs.Bool("json", false, "print JSON")
	adapt := fs.String("adapt", "", "first adapt the classifier to the labeled emails in `FILE` (corrections), as the app does")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, "usage: dialtone eval [--json] [--adapt CORRECTIONS.jsonl] FILE.jsonl")
		return errUsage
	}
	md := classify.Shipped()
	if *adapt != "" {
		corr, bad, err := readExamples(e, *adapt)
		if err != nil {
			return err
		}
		if bad > 0 {
			return model.Errorf(model.EINVALID, "%d lines of %s could not be read.", bad, *adapt)
		}
		md = md.Adapt(corr)
	}
	examples, bad, err := readExamples(e, fs.Arg(0))
	if err != nil {
		return err
	}
	m := md.Evaluate(examples)
	if *asJSON {
		return e.json(struct {
			File        string           `json:"file"`
			Version     string           `json:"version"`
			Corrections int              `json:"corrections"`
			Pattern     bool             `json:"pattern"`
			Metrics     classify.Metrics `json:"metrics"`
		}{fs.Arg(0), md.Version(), md.Learned(), md.Pattern(), m})
	}
	fmt.Fprintf(e.stdout, "%s: %d examples, %d touching_base (classifier %s)\n", fs.Arg(0), m.N, m.Positives, md.Version())
	if n := md.Learned(); n > 0 {
		what := "no pattern across them, so only emails nearly the same as one take its label"
		if md.Pattern() {
			what = "they show a pattern, so the weights moved toward them"
		}
		fmt.Fprintf(e.stdout, "adapted to %s: %s\n", plural(n, "correction"), what)
	}
	fmt.Fprintf(e.stdout, "touching_base  precision %.3f  recall %.3f  F1 %.3f\n", m.Precision, m.Recall, m.F1)
	fmt.Fprintf(e.stdout, "accuracy %.3f  AUC %.3f  (TP %d, FP %d, FN %d, TN %d)\n", m.Accuracy, m.AUC, m.TP, m.FP, m.FN, m.TN)
	if bad > 0 {
		return model.Errorf(model.EINVALID, "%d lines could not be read.", bad)
	}
	return nil
}

// readExamples reads a labeled JSON Lines file, reporting each bad line on
// stderr and returning how many there were.
func readExamples(e *env, path string) ([]classify.Example, int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, model.WrapError(err, model.EINVALID, fmt.Sprintf("Could not open %s.", path))
	}
	defer f.Close()
	examples, lineErrs := classify.ReadJSONL(f)
	for _, le := range lineErrs {
		fmt.Fprintf(e.stderr, "dialtone eval: %s: %s\n", path, le.Error())
	}
	return examples, len(lineErrs), nil
}

// runCorrections prints the emails whose verdict the rep corrected, one
// JSON line each in the format eval and the trainer read.
func runCorrections(e *env, args []string) error {
	fs := e.flags("corrections")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	return e.withWorkspace(func(ws *app.Workspace) error {
		exs, err := ws.Corrections(e.ctx)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(e.stdout)
		for _, ex := range exs {
			if err := enc.Encode(ex); err != nil {
				return err
			}
		}
		return nil
	})
}

// plural names n things: "1 correction", "2 corrections".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
