package classify

import (
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"dialtone/analysis/classify/internal/feat"
	"dialtone/analysis/classify/internal/fit"
	"dialtone/model"
)

// Adaptation settings. The penalties pull the adapted weights back to the
// shipped ones: the dense features (what every message shares) hardly
// move, the n-grams (the rep's own words) move freely. They were chosen by
// the correction simulation in adapt_test.go. adaptL2Gram was 0.5 until
// lr.50, whose weights left two of the four held-out corrections of
// TestAdaptLearnsTheRepsIdiom at log-odds +0.02 and +0.01 (no pattern); at
// 0.3 they are -0.25 and -0.28, and real corrections (the simulation in
// testdata/pool/README.md) still show no pattern in any of its five halves.
// lr.239's refit left two of them at +0.04 and +0.02 again under 0.3; at
// 0.2 they are -0.19 and -0.22, and the simulation (redone with lr.239's
// own mistakes as the corrections) finds no pattern in its five halves or
// in any sender's halves, as under 0.3.
const (
	adaptIterations = 200
	adaptL2Bias     = 1000
	adaptL2Dense    = 20
	adaptL2Gram     = 0.2
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

// memory holds the emails the rep corrected as sorted sets of distinct
// n-grams, indexed for the near-duplicate test: a fitted model bends toward
// a correction, but an email nearly the same as one the rep relabeled gets
// the rep's label outright.
//
// Only a prefix of each set is indexed (prefix filtering, Chaudhuri, Ganti
// and Kaushik, "A Primitive Operator for Similarity Joins", ICDE 2006).
// A message at Jaccard similarity t or more to an email of s n-grams shares
// at least t·s of them, so it misses at most s − ⌈t·s⌉ and must hold one of
// any s − ⌈t·s⌉ + 1 of them. Indexing each email by that many of its n-grams,
// the ones fewest other corrections share, keeps the posting lists short:
// a message walks them, and only the emails it reaches are compared whole.
type memory struct {
	labels []model.Label
	sets   [][]uint32 // each email's distinct text n-grams, ascending
	// lists maps an indexed n-gram to the index of its posting list:
	// postings[i] are the emails, ascending, whose prefix holds it
	lists    feat.U32Table
	postings [][]int32
	// filter has a bit set for every indexed n-gram (the top filterBits
	// bits of h·spread), so most of a message's n-grams are turned away
	// without a table lookup
	filter *[1 << filterBits / 64]uint64
}

// The filter has 2^filterBits bits (8 KiB): for BenchmarkClassifyAdapted's
// 200 corrections 1,921 n-grams are indexed and 2.9% of the bits are set,
// so about 97 in 100 absent n-grams find their bit clear. A message's sketch (recall) has 2^sketchBits. Both take the top
// bits of an n-gram times spread (2^32 over the golden ratio), which the
// message's hash set uses too.
const (
	filterBits = 16
	sketchBits = 10
	spread     = 0x9e3779b1
)

func remember(exs []Example, texts [][]uint32) memory {
	mem := memory{sets: make([][]uint32, len(texts))}
	df := map[uint32]int{} // how many of the emails hold each n-gram
	for i := range texts {
		mem.sets[i] = distinct(nil, texts[i])
		for _, h := range mem.sets[i] {
			df[h]++
		}
		mem.labels = append(mem.labels, exs[i].Label)
	}
	ids := map[uint32]int32{}
	var order []uint32
	for i, set := range mem.sets {
		order = append(order[:0], set...)
		slices.SortFunc(order, func(a, b uint32) int {
			return cmp.Or(cmp.Compare(df[a], df[b]), cmp.Compare(a, b))
		})
		for _, h := range order[:prefixLen(len(set))] {
			id, ok := ids[h]
			if !ok {
				id = int32(len(mem.postings))
				ids[h] = id
				mem.postings = append(mem.postings, nil)
			}
			mem.postings[id] = append(mem.postings[id], int32(i))
		}
	}
	mem.lists = feat.NewTable(ids)
	mem.filter = new([1 << filterBits / 64]uint64)
	for h := range ids {
		b := h * spread >> (32 - filterBits)
		mem.filter[b/64] |= 1 << (b % 64)
	}
	return mem
}

// prefixLen is how many of an email's s distinct n-grams are indexed: one
// more than a near duplicate can miss. Rounding t·s down indexes one n-gram
// too many at worst, never one too few.
func prefixLen(s int) int {
	return min(s, s-int(nearDuplicate*float64(s))+1)
}

// distinct appends the sorted distinct values of grams to dst.
func distinct(dst, grams []uint32) []uint32 {
	start := len(dst)
	dst = append(dst, grams...)
	slices.Sort(dst[start:])
	return slices.Compact(dst)
}

// gramSet is a reusable hash set of one message's n-grams. A slot counts
// only for the call (gen) that filled it, so starting over clears nothing.
type gramSet struct {
	slots []gramSlot
	shift uint32 // 32 − log2(len(slots))
}

type gramSlot struct{ key, gen uint32 }

// fill makes the set hold grams for call gen and returns how many are
// distinct.
func (s *gramSet) fill(grams []uint32, gen uint32) int {
	size, lg := 16, uint32(4)
	for size < 2*len(grams) {
		size, lg = size<<1, lg+1
	}
	if len(s.slots) < size {
		s.slots, s.shift = make([]gramSlot, size), 32-lg
	}
	n := 0
	for _, k := range grams {
		if !s.probe(k, gen, true) {
			n++
		}
	}
	return n
}

// probe reports whether k is in the set for call gen, adding it if add.
func (s *gramSet) probe(k, gen uint32, add bool) bool {
	mask := uint32(len(s.slots) - 1)
	i := (k * spread) >> s.shift & mask
	for {
		sl := &s.slots[i]
		if sl.gen != gen {
			if add {
				*sl = gramSlot{k, gen}
			}
			return false
		}
		if sl.key == k {
			return true
		}
		i = (i + 1) & mask
	}
}

// similar returns the Jaccard similarity of the message (its size distinct
// n-grams in the set, filled for call gen) and a remembered email, and
// whether they are near duplicates. Sets of sizes p ≤ q can reach
// nearDuplicate only if p ≥ nearDuplicate·q; the email's n-grams are
// looked up only until more of them are missing than a near duplicate
// allows.
func (s *gramSet) similar(size int, gen uint32, email []uint32) (float64, bool) {
	e := len(email)
	if e == 0 || float64(min(e, size)) < nearDuplicate*float64(max(e, size)) {
		return 0, false
	}
	// J = n/(size+e−n) ≥ t  ⇔  n ≥ t·(size+e)/(1+t)
	need := int(math.Ceil(nearDuplicate * float64(size+e) / (1 + nearDuplicate)))
	miss := e - need // how many of the email's n-grams may be missing
	for _, k := range email {
		if !s.probe(k, gen, false) {
			if miss--; miss < 0 {
				return 0, false
			}
		}
	}
	n := need + miss // the email's n-grams found
	j := float64(n) / float64(size+e-n)
	return j, j >= nearDuplicate
}

// recall returns the rep's label for the most similar remembered email
// (the first, among equals) if it is a near duplicate of the message in w,
// or "".
//
// The message's n-grams reach candidates through the prefix index (each
// posting list walked once per call: w.seen marks the lists walked, w.met
// the emails reached, both by call number w.gen); only when there is one
// are the message's n-grams put in a set and the candidates compared whole.
func (m *Model) recall(w *work) model.Label {
	if len(m.labels) == 0 {
		return ""
	}
	text := w.f.Grams[:w.f.TextGrams]
	if len(text) == 0 {
		return ""
	}
	if len(w.seen) != len(m.postings) || len(w.met) != len(m.labels) {
		w.seen = make([]uint32, len(m.postings))
		w.met = make([]uint32, len(m.labels))
	}
	w.gen++
	if w.gen == 0 { // wrapped: forget every mark
		clear(w.seen)
		clear(w.met)
		clear(w.msg.slots)
		w.gen = 1
	}
	w.cands = w.cands[:0]
	// sketch has a bit for every n-gram of the message: the bits set are
	// at most its distinct n-grams
	var sketch [1 << sketchBits / 64]uint64
	filter := m.filter
	for _, h := range text {
		p := h * spread
		sketch[p>>(32-sketchBits)/64] |= 1 << (p >> (32 - sketchBits) % 64)
		if b := p >> (32 - filterBits); filter[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		id, ok := m.lists.Get(h)
		if !ok || w.seen[id] == w.gen {
			continue
		}
		w.seen[id] = w.gen
		for _, i := range m.postings[id] {
			if w.met[i] != w.gen {
				w.met[i] = w.gen
				w.cands = append(w.cands, i)
			}
		}
	}
	// the message has between least and len(text) distinct n-grams: keep
	// the candidates some size in that range could make near duplicates
	least := 0
	for _, x := range sketch {
		least += bits.OnesCount64(x)
	}
	kept := w.cands[:0]
	for _, i := range w.cands {
		if e := float64(len(m.sets[i])); e >= nearDuplicate*float64(least) && nearDuplicate*e <= float64(len(text)) {
			kept = append(kept, i)
		}
	}
	if w.cands = kept; len(w.cands) == 0 {
		return ""
	}
	slices.Sort(w.cands)
	size := w.msg.fill(text, w.gen)
	best, like := 0.0, model.Label("")
	for _, i := range w.cands {
		if j, ok := w.msg.similar(size, w.gen, m.sets[i]); ok && j > best {
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
