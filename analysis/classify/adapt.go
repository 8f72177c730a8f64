package classify

import (
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"slices"

	"dialtone/analysis/classify/internal/feat"
	"dialtone/analysis/classify/internal/fit"
	"dialtone/model"
)

// Adaptation settings. The penalties pull the adapted weights back to the
// shipped ones: the dense features (what every message shares) hardly
// move, the n-grams (the rep's own words) move freely. They were chosen by
// the correction simulation in adapt_test.go.
const (
	adaptIterations = 200
	adaptL2Bias     = 1000
	adaptL2Dense    = 20
	adaptL2Gram     = 0.5
)

// The weights move only when the corrections show a pattern: fitted on the
// others, the model must get at least patternShare of them right (each
// corrected email held out in one of up to patternFolds folds), and at
// least patternMin of them. Corrections the shipped model got wrong for
// reasons of their own teach it nothing general: fitted anyway, they
// cost real mail F1 (the simulation on real Enron mail in
// testdata/pool/README.md), so then only the memory of the corrected
// emails decides near-duplicates. Real corrections were predicted from
// each other at 0–33% there; a rep's idiom corrected four times, at 100%.
const (
	patternFolds = 5
	patternShare = 0.5
	patternMin   = 3
)

// TrainingSample computes an example's features exactly as Classify does,
// for the trainer and for Adapt.
func TrainingSample(e Example) fit.Sample {
	s, _ := sampleOf(e)
	return s
}

// sampleOf returns e's sample and how many of its n-grams are the text's.
func sampleOf(e Example) (fit.Sample, int) {
	in := e.Input()
	var w work
	w.prepare(&in)
	var f feat.Features
	tables.Analyze(&w.doc, &f)
	s := fit.Sample{Dense: f.Dense, Grams: append([]uint32(nil), f.Grams...), Scale: GramScale(len(f.Grams))}
	if e.Label == model.Substantive {
		s.Y = 1
	}
	return s, f.TextGrams
}

// Adapt returns a model that has learned from the rep's corrections:
// emails whose verdict they overruled, with the thread context the model
// saw. It remembers every corrected email, so it and emails nearly the
// same take the rep's label. When the corrections show a pattern (see
// patterned), it also fits them, starting from m's weights under a penalty
// that keeps it close to them, so the rep's own idioms ("quick pulse check
// on …") take on the label the rep gave them in new emails while
// everything the model knows stays; Pattern reports which. The result is
// deterministic: the same corrections, in any order, give the same model
// and the same Version. With no corrections it returns m. It is meant for
// the shipped model: an adapted model adapted again starts from its
// weights but remembers only the new corrections.
func (m *Model) Adapt(corrections []Example) *Model {
	if len(corrections) == 0 {
		return m
	}
	exs := slices.Clone(corrections)
	slices.SortStableFunc(exs, func(a, b Example) int { return cmp.Compare(a.ID, b.ID) })
	h := sha256.New()
	samples := make([]fit.Sample, 0, len(exs))
	texts := make([][]uint32, 0, len(exs))
	for _, e := range exs {
		e.Note = ""             // a remark, not part of the email
		b, _ := json.Marshal(e) // plain data: cannot fail
		h.Write(b)
		s, n := sampleOf(e)
		samples = append(samples, s)
		texts = append(texts, s.Grams[:n])
	}
	out := &Model{
		version:        fmt.Sprintf("%s+rep.%d.%x", m.version, len(exs), h.Sum(nil)[:4]),
		featureVersion: m.featureVersion,
		bias:           m.bias,
		dense:          m.dense,
		grams:          m.grams,
		learned:        len(exs),
	}
	prior := m.params(samples)
	if patterned(samples, &prior) {
		p := fitCorrections(samples, &prior)
		grams := make(map[uint32]float64, len(p.Grams))
		m.grams.Range(func(k uint32, v float64) { grams[k] = v })
		for k, v := range p.Grams {
			grams[k] = v
		}
		out.bias, out.dense, out.grams = p.Bias, p.Dense, feat.NewTable(grams)
		out.pattern = true
	}
	out.memory = remember(exs, texts)
	return out
}

// fitCorrections moves the prior's weights toward the corrections.
func fitCorrections(samples []fit.Sample, prior *fit.Params) fit.Params {
	return fit.Fit(samples, fit.Options{
		Iterations: adaptIterations, L2Bias: adaptL2Bias, L2Dense: adaptL2Dense, L2Gram: adaptL2Gram,
		Prior: prior, Diagonal: true, Signs: &feat.DenseSign,
	})
}

// patterned reports whether the corrections predict each other: with each
// fold of them held out in turn, the weights fitted on the rest give at
// least patternShare (and patternMin) of the held-out emails the rep's
// label. prior holds the weights of every n-gram the samples use, so a
// held-out email is scored with the shipped weight of a word the fold
// never saw.
func patterned(samples []fit.Sample, prior *fit.Params) bool {
	n := len(samples)
	k := min(patternFolds, n)
	if n < patternMin || k < 2 {
		return false
	}
	right := 0
	train := make([]fit.Sample, 0, n)
	for f := range k {
		train = train[:0]
		for i := range samples {
			if i%k != f {
				train = append(train, samples[i])
			}
		}
		p := fitCorrections(train, prior)
		for i := f; i < n; i += k {
			if (p.Logit(&samples[i]) >= 0) == (samples[i].Y == 1) {
				right++
			}
		}
	}
	return right >= patternMin && float64(right) >= patternShare*float64(n)
}

// nearDuplicate is the share of distinct n-grams of the text (Jaccard
// similarity; the subject is left out) two emails must have in common for
// the rep's label on one to decide the other: the same template sent to
// another person, a name or a date changed.
const nearDuplicate = 0.8

// memory holds the emails the rep corrected as sets of distinct n-grams,
// with an inverted index from n-gram to email: a fitted model bends toward
// a correction, but an email nearly the same as one the rep relabeled
// gets the rep's label outright.
type memory struct {
	labels []model.Label
	sizes  []int32
	// lists maps an n-gram to the index of its posting list: postings[i]
	// are the emails holding it
	lists    feat.U32Table
	postings [][]int32
}

func remember(exs []Example, texts [][]uint32) memory {
	var mem memory
	ids := map[uint32]int32{}
	var set []uint32
	for i := range texts {
		set = distinct(set[:0], texts[i])
		for _, h := range set {
			id, ok := ids[h]
			if !ok {
				id = int32(len(mem.postings))
				ids[h] = id
				mem.postings = append(mem.postings, nil)
			}
			mem.postings[id] = append(mem.postings[id], int32(i))
		}
		mem.labels = append(mem.labels, exs[i].Label)
		mem.sizes = append(mem.sizes, int32(len(set)))
	}
	mem.lists = feat.NewTable(ids)
	return mem
}

// distinct appends the sorted distinct values of grams to dst.
func distinct(dst, grams []uint32) []uint32 {
	start := len(dst)
	dst = append(dst, grams...)
	slices.Sort(dst[start:])
	return slices.Compact(dst)
}

// recall returns the rep's label for the most similar remembered email if
// it is a near duplicate of the message in w, or "".
//
// Counting the n-grams each remembered email shares with the message needs
// no sorting: a posting list is walked once per message (w.seen marks the
// lists walked in this call). Similarity s = shared/(|msg|+|email|-shared)
// can only reach nearDuplicate if shared ≥ nearDuplicate·|email|, so the
// message's own distinct n-grams are counted (the one sort) only when some
// email passes that test: for near duplicates, rarely.
func (m *Model) recall(w *work) model.Label {
	if len(m.labels) == 0 {
		return ""
	}
	text := w.f.Grams[:w.f.TextGrams]
	if len(text) == 0 {
		return ""
	}
	if len(w.seen) != len(m.postings) {
		w.seen = make([]uint32, len(m.postings))
	}
	w.gen++
	if w.gen == 0 { // wrapped: forget every mark
		clear(w.seen)
		w.gen = 1
	}
	w.hits = slices.Grow(w.hits[:0], len(m.labels))[:len(m.labels)]
	clear(w.hits)
	for _, h := range text {
		id, ok := m.lists.Get(h)
		if !ok || w.seen[id] == w.gen {
			continue
		}
		w.seen[id] = w.gen
		for _, i := range m.postings[id] {
			w.hits[i]++
		}
	}
	size := -1
	best, like := 0.0, model.Label("")
	for i, n := range w.hits {
		if n == 0 || float64(n) < nearDuplicate*float64(m.sizes[i]) {
			continue
		}
		if size < 0 {
			w.uniq = distinct(w.uniq[:0], text)
			size = len(w.uniq)
		}
		j := float64(n) / float64(int(m.sizes[i])+size-int(n))
		if j >= nearDuplicate && j > best {
			best, like = j, m.labels[i]
		}
	}
	return like
}

// params returns m's weights as a fit's starting point: the bias, the dense
// weights and the n-grams the samples use.
func (m *Model) params(samples []fit.Sample) fit.Params {
	p := fit.Params{Bias: m.bias, Dense: m.dense, Grams: map[uint32]float64{}}
	for i := range samples {
		for _, h := range samples[i].Grams {
			if _, done := p.Grams[h]; done {
				continue
			}
			v, _ := m.grams.Get(h)
			p.Grams[h] = v
		}
	}
	return p
}
