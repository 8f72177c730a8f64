package fit

import (
	"math"
	"testing"
)

// loss is the regularized objective Fit minimizes (unbalanced, with a prior).
func loss(p *Params, samples []Sample, o Options) float64 {
	l := 0.0
	for i := range samples {
		z := p.Logit(&samples[i])
		if samples[i].Y == 1 {
			l += math.Log1p(math.Exp(-z))
		} else {
			l += math.Log1p(math.Exp(z))
		}
	}
	pr := o.Prior
	l += o.L2Bias / 2 * (p.Bias - pr.Bias) * (p.Bias - pr.Bias)
	for j := range p.Dense {
		d := p.Dense[j] - pr.Dense[j]
		l += o.L2Dense / 2 * d * d
	}
	for h, v := range p.Grams {
		d := v - pr.Grams[h]
		l += o.L2Gram / 2 * d * d
	}
	return l
}

func problem() ([]Sample, Params) {
	var samples []Sample
	for i := 0; i < 12; i++ {
		s := Sample{Scale: 0.5, Y: float64(i % 2)}
		s.Dense[0] = float64(i%3) - 1
		s.Dense[1] = 2
		s.Grams = []uint32{uint32(1 + i%4), 7, uint32(10 + i%2)} // gram 10/11 give the label away
		samples = append(samples, s)
	}
	prior := Params{Bias: 0.3, Grams: map[uint32]float64{7: -1, 10: 0.5}}
	prior.Dense[1] = -0.8
	return samples, prior
}

// Adapting with per-weight steps only ever lowers the objective, ends near
// a stationary point, and moves the weights that tell the classes apart.
func TestDiagonalDescends(t *testing.T) {
	samples, prior := problem()
	o := Options{L2Bias: 1, L2Dense: 1, L2Gram: 0.1, Prior: &prior, Diagonal: true}
	prev := loss(&prior, samples, o)
	for _, it := range []int{1, 5, 20, 100, 400} {
		o.Iterations = it
		p := Fit(samples, o)
		l := loss(&p, samples, o)
		if l > prev+1e-12 {
			t.Fatalf("%d iterations: objective %.6f, was %.6f", it, l, prev)
		}
		prev = l
	}
	o.Iterations = 400
	p := Fit(samples, o)
	more := o
	more.Iterations = 2000
	q := Fit(samples, more)
	if d := loss(&p, samples, o) - loss(&q, samples, o); d > 1e-3 {
		t.Errorf("400 iterations are %.5f above the optimum", d)
	}
	if !(p.Grams[11] > 0.5 && p.Grams[10] < 0) {
		t.Errorf("label-giving n-grams: 10 → %.3f, 11 → %.3f", p.Grams[10], p.Grams[11])
	}
	if prior.Grams[7] != -1 || len(prior.Grams) != 2 {
		t.Error("Fit changed its prior")
	}
}

// Fitting from scratch is deterministic and the same whatever the order of
// n-gram updates (maps iterate at random).
func TestFitDeterministic(t *testing.T) {
	samples, _ := problem()
	o := Options{Iterations: 300, Rate: 0.5, L2Dense: 1e-3, L2Gram: 1e-3, Balance: true}
	a, b := Fit(samples, o), Fit(samples, o)
	if a.Bias != b.Bias || a.Dense != b.Dense || len(a.Grams) != len(b.Grams) {
		t.Fatal("two fits differ")
	}
	for h, v := range a.Grams {
		if b.Grams[h] != v {
			t.Fatalf("gram %d: %v vs %v", h, v, b.Grams[h])
		}
	}
}

// Signs keep constrained weights on their side of zero, in both kinds of fit.
func TestSigns(t *testing.T) {
	samples, prior := problem()
	// Feature 0 follows the label (+1 for Y=1 more often): unconstrained it
	// gets a weight of its own sign; pinned to the other side it stays at 0.
	for i := range samples {
		samples[i].Dense[0] = 2*samples[i].Y - 1
	}
	var signs [len(prior.Dense)]int8
	free := Fit(samples, Options{Iterations: 200, Rate: 0.5, L2Dense: 1e-3, L2Gram: 1e-3, Balance: true})
	if free.Dense[0] <= 0 {
		t.Fatalf("free weight %.3f", free.Dense[0])
	}
	signs[0] = -1
	pinned := Fit(samples, Options{Iterations: 200, Rate: 0.5, L2Dense: 1e-3, L2Gram: 1e-3, Balance: true, Signs: &signs})
	if pinned.Dense[0] != 0 {
		t.Errorf("pinned weight %.3f", pinned.Dense[0])
	}
	adapted := Fit(samples, Options{Iterations: 200, L2Bias: 1, L2Dense: 0.1, L2Gram: 0.1, Prior: &prior, Diagonal: true, Signs: &signs})
	if adapted.Dense[0] > 0 {
		t.Errorf("adapted pinned weight %.3f", adapted.Dense[0])
	}
}

// FreezeDense keeps the bias and the dense weights at the prior's but the
// thawed ones, while the n-grams still learn.
func TestFreezeDense(t *testing.T) {
	samples, prior := problem()
	for i := range samples {
		samples[i].Dense[0] = 2*samples[i].Y - 1 // a dense feature that gives the label away
		samples[i].Dense[2] = samples[i].Y
	}
	o := Options{Iterations: 300, Rate: 0.5, L2Dense: 1e-3, L2Gram: 1e-3, Balance: true, Prior: &prior, FreezeDense: true, Thaw: []int{2}}
	p := Fit(samples, o)
	if p.Bias != prior.Bias || p.Dense[0] != prior.Dense[0] || p.Dense[1] != prior.Dense[1] {
		t.Errorf("frozen weights moved: bias %.3f, dense %v", p.Bias, p.Dense[:3])
	}
	if p.Dense[2] <= 0 {
		t.Errorf("thawed weight %.3f did not learn", p.Dense[2])
	}
	if !(p.Grams[11] > 0 && p.Grams[10] < p.Grams[11]) {
		t.Errorf("n-grams did not learn: 10 → %.3f, 11 → %.3f", p.Grams[10], p.Grams[11])
	}
	free := o
	free.FreezeDense = false
	if q := Fit(samples, free); q.Dense[0] == prior.Dense[0] {
		t.Error("without FreezeDense the dense weight should move")
	}
}
