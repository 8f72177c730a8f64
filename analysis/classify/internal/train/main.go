// Command train fits the classifier's logistic-regression weights from
// labeled JSON Lines files and writes weights.json. It is deterministic:
// the same files give the same bytes. Run it through `go generate` in
// analysis/classify:
//
//	go run ./internal/train -out weights.json testdata/train.jsonl testdata/dev.jsonl
//
// Never pass it an evaluation set (testdata/heldout.jsonl,
// testdata/validation.jsonl, the Enron real.jsonl): their figures are only honest on mail the model has not seen.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"dialtone/analysis/classify"
	"dialtone/analysis/classify/internal/feat"
	"dialtone/model"
)

// Training settings. Changing them changes the weights: bump
// classify.Version.
const (
	iterations  = 2000
	rate        = 0.5
	keepAbove   = 1e-3 // n-gram weights smaller than this are dropped
	roundDigits = 1e6
)

// L2 penalties and the touching-base prior (flags; the defaults are what
// go generate uses).
var (
	l2Dense = 1e-4
	l2Gram  = 1e-3
	// tbShare is the share of touching-base mail the bias assumes. The fit
	// weighs both classes equally, as if half of all mail were nudges; a
	// real sent folder holds far fewer (about one in ten), so the bias is
	// moved by log((1-tbShare)/tbShare). Moving it all the way to one in
	// ten costs too much recall on threads that are mostly nudges; 0.40
	// was chosen on the validation sets (never trained on).
	tbShare = 0.40
)

type sample struct {
	dense [feat.NumDense]float64
	grams []uint32
	scale float64
	y     float64 // 1 substantive, 0 touching base
}

func main() {
	out := flag.String("out", "weights.json", "where to write the weights")
	flag.Float64Var(&l2Dense, "l2dense", l2Dense, "L2 penalty on the dense weights")
	flag.Float64Var(&l2Gram, "l2gram", l2Gram, "L2 penalty on the n-gram weights")
	flag.Float64Var(&tbShare, "tb-share", tbShare, "share of touching-base mail the bias assumes (0.5 = none)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: train -out weights.json file.jsonl...")
		os.Exit(2)
	}
	var samples []sample
	var names []string
	tables := feat.Compile()
	for _, path := range flag.Args() {
		if strings.Contains(path, "heldout") || strings.Contains(path, "validation") || strings.Contains(path, "real.jsonl") {
			fmt.Fprintf(os.Stderr, "train: refusing evaluation set %s\n", path)
			os.Exit(2)
		}
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		exs, errs := classify.ReadJSONL(f)
		f.Close()
		for _, e := range errs {
			fmt.Fprintf(os.Stderr, "train: %s: %v\n", path, e)
		}
		if len(errs) > 0 {
			os.Exit(1)
		}
		names = append(names, filepath.ToSlash(path))
		for _, e := range exs {
			samples = append(samples, featurize(tables, e))
		}
	}
	if tbShare <= 0 || tbShare >= 1 {
		fmt.Fprintln(os.Stderr, "train: -tb-share must be between 0 and 1")
		os.Exit(2)
	}
	w := fit(samples)
	w.Bias = round(w.Bias + math.Log((1-tbShare)/tbShare))
	acc := accuracy(w, samples)
	fmt.Fprintf(os.Stderr, "train: %d examples, training accuracy %.3f, %d n-gram weights\n", len(samples), acc, len(w.Grams))
	w.TrainedOn = names
	b, err := json.MarshalIndent(w, "", " ")
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// featurize computes an example's features exactly as classify.Classify does.
func featurize(t *feat.Tables, e classify.Example) sample {
	in := e.Input()
	doc := feat.Doc{Subject: in.Subject, Text: in.Text, Attachments: len(in.Attachments)}
	for _, m := range in.Thread {
		doc.Thread = append(doc.Thread, feat.ThreadMsg{Inbound: m.Direction == model.Inbound, Date: m.Date, Text: m.Text})
	}
	var f feat.Features
	t.Analyze(&doc, &f)
	s := sample{dense: f.Dense, grams: append([]uint32(nil), f.Grams...), scale: classify.GramScale(len(f.Grams))}
	if e.Label == model.Substantive {
		s.y = 1
	}
	return s
}

type params struct {
	bias  float64
	dense [feat.NumDense]float64
	grams map[uint32]float64
}

func (p *params) logit(s *sample) float64 {
	z := p.bias
	for i, x := range s.dense {
		z += p.dense[i] * x
	}
	for _, h := range s.grams {
		z += p.grams[h] * s.scale
	}
	return z
}

// fit runs full-batch gradient descent on the L2-regularized log loss,
// with the two classes weighted equally (the training files need not be
// balanced). Full batch and a fixed iteration count keep it deterministic.
func fit(samples []sample) classify.Weights {
	p := params{grams: map[uint32]float64{}}
	var pos float64
	for i := range samples {
		pos += samples[i].y
	}
	neg := float64(len(samples)) - pos
	classWeight := [2]float64{0.5 / math.Max(neg, 1), 0.5 / math.Max(pos, 1)}
	gd := [feat.NumDense]float64{}
	gg := map[uint32]float64{}
	for it := 0; it < iterations; it++ {
		gb := 0.0
		gd = [feat.NumDense]float64{}
		clear(gg)
		for i := range samples {
			s := &samples[i]
			pr := 1 / (1 + math.Exp(-p.logit(s)))
			d := (pr - s.y) * classWeight[int(s.y)]
			gb += d
			for j, x := range s.dense {
				gd[j] += d * x
			}
			for _, h := range s.grams {
				gg[h] += d * s.scale
			}
		}
		lr := rate / (1 + float64(it)/1000)
		p.bias -= lr * gb
		for j := range p.dense {
			p.dense[j] -= lr * (gd[j] + l2Dense*p.dense[j])
		}
		for h, g := range gg {
			p.grams[h] -= lr * (g + l2Gram*p.grams[h])
		}
	}
	w := classify.Weights{
		Version:        classify.Version,
		FeatureVersion: feat.Version,
		Examples:       len(samples),
		Bias:           round(p.bias),
		Dense:          map[string]float64{},
		Grams:          map[string]float64{},
	}
	for i, name := range feat.DenseNames {
		w.Dense[name] = round(p.dense[i])
	}
	for h, v := range p.grams {
		if math.Abs(v) >= keepAbove {
			w.Grams[strconv.FormatUint(uint64(h), 10)] = round(v)
		}
	}
	return w
}

func round(x float64) float64 { return math.Round(x*roundDigits) / roundDigits }

func toParams(w classify.Weights) params {
	p := params{bias: w.Bias, grams: map[uint32]float64{}}
	for i, name := range feat.DenseNames {
		p.dense[i] = w.Dense[name]
	}
	for k, v := range w.Grams {
		h, _ := strconv.ParseUint(k, 10, 32)
		p.grams[uint32(h)] = v
	}
	return p
}

func accuracy(w classify.Weights, samples []sample) float64 {
	p := toParams(w)
	ok := 0
	for i := range samples {
		if (p.logit(&samples[i]) >= 0) == (samples[i].y == 1) {
			ok++
		}
	}
	return float64(ok) / float64(len(samples))
}
