// Package fit fits the classifier's logistic regression by full-batch
// gradient descent on the L2-regularized log loss. The trainer uses it to
// fit the shipped weights from scratch, and classify.Model.Adapt to move
// them toward the rep's own corrections. Full batch and a fixed number of
// iterations keep both deterministic: the same samples give the same
// weights, bit for bit.
package fit

import (
	"math"

	"dialtone/analysis/classify/internal/feat"
)

// Sample is one labeled message as the model sees it.
type Sample struct {
	Dense [feat.NumDense]float64
	Grams []uint32 // hashed n-grams, repeats counted
	Scale float64  // the weight of one n-gram occurrence
	Y     float64  // 1 substantive, 0 touching base
}

// Params are a model's weights.
type Params struct {
	Bias  float64
	Dense [feat.NumDense]float64
	Grams map[uint32]float64
}

// Logit returns the log-odds that s is substantive.
func (p *Params) Logit(s *Sample) float64 {
	z := p.Bias
	for i, x := range s.Dense {
		z += p.Dense[i] * x
	}
	for _, h := range s.Grams {
		z += p.Grams[h] * s.Scale
	}
	return z
}

// Clone returns a deep copy of p.
func (p *Params) Clone() Params {
	q := *p
	q.Grams = make(map[uint32]float64, len(p.Grams))
	for h, v := range p.Grams {
		q.Grams[h] = v
	}
	return q
}

// Options set up a fit.
type Options struct {
	Iterations int
	// Rate is the first step size; step it is Rate/(1+it/1000).
	Rate float64
	// L2 penalties on the distance from Prior (from zero without one).
	L2Dense, L2Gram float64
	// L2Bias penalizes the bias's distance from Prior's; without a Prior
	// the bias is free.
	L2Bias float64
	// Prior, when set, is where the fit starts and what the penalty pulls
	// toward: adapting a trained model rather than fitting a new one.
	Prior *Params
	// Balance weighs the two classes equally (each class's examples share
	// half the loss); otherwise every example weighs one.
	Balance bool
	// Diagonal gives each weight its own constant step, the inverse of a
	// bound on its curvature (the Gershgorin bound of the Hessian's row),
	// instead of Rate's schedule. A rare n-gram then moves as far as the
	// loss wants within the iterations: what adapting to a few dozen
	// examples needs. Descent is guaranteed; Rate is ignored.
	Diagonal bool
}

// Fit returns the weights that minimize the regularized log loss.
func Fit(samples []Sample, o Options) Params {
	var p, prior Params
	if o.Prior != nil {
		p = o.Prior.Clone()
		prior = o.Prior.Clone()
	} else {
		p.Grams = map[uint32]float64{}
		prior.Grams = map[uint32]float64{}
	}
	classWeight := [2]float64{1, 1}
	if o.Balance {
		var pos float64
		for i := range samples {
			pos += samples[i].Y
		}
		neg := float64(len(samples)) - pos
		classWeight = [2]float64{0.5 / math.Max(neg, 1), 0.5 / math.Max(pos, 1)}
	}
	var gd [feat.NumDense]float64
	gg := map[uint32]float64{}
	var step steps
	if o.Diagonal {
		step = diagonal(samples, classWeight, o)
	}
	for it := 0; it < o.Iterations; it++ {
		gb := 0.0
		gd = [feat.NumDense]float64{}
		clear(gg)
		for i := range samples {
			s := &samples[i]
			pr := 1 / (1 + math.Exp(-p.Logit(s)))
			d := (pr - s.Y) * classWeight[int(s.Y)]
			gb += d
			for j, x := range s.Dense {
				gd[j] += d * x
			}
			for _, h := range s.Grams {
				gg[h] += d * s.Scale
			}
		}
		if o.Prior != nil {
			gb += o.L2Bias * (p.Bias - prior.Bias)
		}
		if o.Diagonal {
			p.Bias -= step.bias * gb
			for j := range p.Dense {
				p.Dense[j] -= step.dense[j] * (gd[j] + o.L2Dense*(p.Dense[j]-prior.Dense[j]))
			}
			for h, g := range gg {
				p.Grams[h] -= step.grams[h] * (g + o.L2Gram*(p.Grams[h]-prior.Grams[h]))
			}
			continue
		}
		lr := o.Rate / (1 + float64(it)/1000)
		p.Bias -= lr * gb
		for j := range p.Dense {
			p.Dense[j] -= lr * (gd[j] + o.L2Dense*(p.Dense[j]-prior.Dense[j]))
		}
		for h, g := range gg {
			p.Grams[h] -= lr * (g + o.L2Gram*(p.Grams[h]-prior.Grams[h]))
		}
	}
	return p
}

// steps are per-weight step sizes.
type steps struct {
	bias  float64
	dense [feat.NumDense]float64
	grams map[uint32]float64
}

// diagonal bounds each row of the loss's Hessian, sum over examples of
// w·p(1-p)·|x_j|·Σ_k|x_k| plus the penalty, with p(1-p) ≤ 1/4, and
// returns the inverse bounds as steps: scaled gradient descent with steps
// no larger than these cannot overshoot.
func diagonal(samples []Sample, cw [2]float64, o Options) steps {
	var b steps
	b.grams = map[uint32]float64{}
	for i := range samples {
		s := &samples[i]
		l1 := 1.0 // the bias
		for _, x := range s.Dense {
			l1 += math.Abs(x)
		}
		l1 += float64(len(s.Grams)) * s.Scale
		c := 0.25 * cw[int(s.Y)] * l1
		b.bias += c
		for j, x := range s.Dense {
			b.dense[j] += c * math.Abs(x)
		}
		for _, h := range s.Grams {
			b.grams[h] += c * s.Scale
		}
	}
	lb := 0.0
	if o.Prior != nil {
		lb = o.L2Bias
	}
	b.bias = inverse(b.bias + lb)
	for j := range b.dense {
		b.dense[j] = inverse(b.dense[j] + o.L2Dense)
	}
	for h, v := range b.grams {
		b.grams[h] = inverse(v + o.L2Gram)
	}
	return b
}

func inverse(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return 1 / x
}
