// Package fit fits the classifier's logistic regression by full-batch
// gradient descent on the L2-regularized log loss. The trainer uses it to
// fit the shipped weights from scratch, and classify.Model.Adapt to move
// them toward the rep's own corrections. Full batch and a fixed number of
// iterations keep both deterministic: the same samples give the same
// weights, bit for bit.
package fit

import (
	"math"
	"slices"

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
	// Signs, when set, keeps each dense weight on its side of zero (+1: not
	// below, -1: not above, 0: free), projecting after every step.
	Signs *[feat.NumDense]int8
	// Diagonal gives each weight its own constant step, the inverse of a
	// bound on its curvature (the Gershgorin bound of the Hessian's row),
	// instead of Rate's schedule. A rare n-gram then moves as far as the
	// loss wants within the iterations: what adapting to a few dozen
	// examples needs. Descent is guaranteed; Rate is ignored.
	Diagonal bool
	// FreezeDense keeps the bias and the dense weights at Prior's but
	// those listed in Thaw: only those and the n-gram weights move.
	// Examples of another language teach its words this way without
	// changing what the features weigh.
	FreezeDense bool
	Thaw        []int
}

// Fit returns the weights that minimize the regularized log loss.
func Fit(samples []Sample, o Options) Params {
	// The n-grams are numbered once, in order of first use, so the loop
	// works on slices; the sums run in the same order as over maps.
	c := compile(samples, o.Prior)
	var pos float64
	for i := range samples {
		pos += samples[i].Y
	}
	classWeight := [2]float64{1, 1}
	if o.Balance {
		neg := float64(len(samples)) - pos
		classWeight = [2]float64{0.5 / math.Max(neg, 1), 0.5 / math.Max(pos, 1)}
	}
	// Each weight moves by its step times its gradient: per-weight steps
	// (Diagonal), or every step the schedule's rate of the iteration.
	st := steps{grams: make([]float64, len(c.keys))}
	if o.Diagonal {
		st = c.diagonal(samples, classWeight, o)
	}
	bias, dense, grams := c.bias, c.dense, slices.Clone(c.grams)
	var gd [feat.NumDense]float64
	gg := make([]float64, len(grams))
	for it := 0; it < o.Iterations; it++ {
		gb := 0.0
		gd = [feat.NumDense]float64{}
		clear(gg)
		for i := range samples {
			s := &samples[i]
			z := bias
			for j, x := range s.Dense {
				z += dense[j] * x
			}
			for _, k := range c.ids[i] {
				z += grams[k] * s.Scale
			}
			pr := 1 / (1 + math.Exp(-z))
			d := (pr - s.Y) * classWeight[int(s.Y)]
			gb += d
			for j, x := range s.Dense {
				gd[j] += d * x
			}
			for _, k := range c.ids[i] {
				gg[k] += d * s.Scale
			}
		}
		if o.Prior != nil {
			gb += o.L2Bias * (bias - c.bias)
		}
		if !o.Diagonal {
			st.fill(o.Rate / (1 + float64(it)/1000))
		}
		if !o.FreezeDense {
			bias -= st.bias * gb
		}
		for j := range dense {
			if !o.FreezeDense || slices.Contains(o.Thaw, j) {
				dense[j] -= st.dense[j] * (gd[j] + o.L2Dense*(dense[j]-c.dense[j]))
			}
		}
		for k, g := range gg {
			grams[k] -= st.grams[k] * (g + o.L2Gram*(grams[k]-c.grams[k]))
		}
		project(&dense, o.Signs)
	}
	out := Params{Bias: bias, Dense: dense, Grams: make(map[uint32]float64, len(c.keys))}
	if o.Prior != nil {
		for h, v := range o.Prior.Grams {
			out.Grams[h] = v
		}
	}
	for k, h := range c.keys {
		out.Grams[h] = grams[k]
	}
	return out
}

// project moves dense weights that crossed to the wrong side of zero back
// to zero.
func project(dense *[feat.NumDense]float64, signs *[feat.NumDense]int8) {
	if signs == nil {
		return
	}
	for j, s := range signs {
		if (s > 0 && dense[j] < 0) || (s < 0 && dense[j] > 0) {
			dense[j] = 0
		}
	}
}

// compiled is a fit's problem with its n-grams numbered: the starting
// (and prior) weights and each sample's n-gram numbers.
type compiled struct {
	keys  []uint32 // n-gram hash by number
	ids   [][]int32
	bias  float64
	dense [feat.NumDense]float64
	grams []float64 // prior weight by number
}

func compile(samples []Sample, prior *Params) compiled {
	var c compiled
	num := map[uint32]int32{}
	c.ids = make([][]int32, len(samples))
	for i := range samples {
		ids := make([]int32, len(samples[i].Grams))
		for j, h := range samples[i].Grams {
			k, ok := num[h]
			if !ok {
				k = int32(len(c.keys))
				num[h] = k
				c.keys = append(c.keys, h)
			}
			ids[j] = k
		}
		c.ids[i] = ids
	}
	c.grams = make([]float64, len(c.keys))
	if prior != nil {
		c.bias, c.dense = prior.Bias, prior.Dense
		for k, h := range c.keys {
			c.grams[k] = prior.Grams[h]
		}
	}
	return c
}

// steps are per-weight step sizes.
type steps struct {
	bias  float64
	dense [feat.NumDense]float64
	grams []float64 // by n-gram number
}

// fill sets every step to rate.
func (b *steps) fill(rate float64) {
	b.bias = rate
	for j := range b.dense {
		b.dense[j] = rate
	}
	for k := range b.grams {
		b.grams[k] = rate
	}
}

// diagonal bounds each row of the loss's Hessian, sum over examples of
// w·p(1-p)·|x_j|·Σ_k|x_k| plus the penalty, with p(1-p) ≤ 1/4, and
// returns the inverse bounds as steps: scaled gradient descent with steps
// no larger than these cannot overshoot.
func (c *compiled) diagonal(samples []Sample, cw [2]float64, o Options) steps {
	b := steps{grams: make([]float64, len(c.keys))}
	for i := range samples {
		s := &samples[i]
		l1 := 1.0 // the bias
		for _, x := range s.Dense {
			l1 += math.Abs(x)
		}
		l1 += float64(len(s.Grams)) * s.Scale
		w := 0.25 * cw[int(s.Y)] * l1
		b.bias += w
		for j, x := range s.Dense {
			b.dense[j] += w * math.Abs(x)
		}
		for _, k := range c.ids[i] {
			b.grams[k] += w * s.Scale
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
	for k, v := range b.grams {
		b.grams[k] = inverse(v + o.L2Gram)
	}
	return b
}

func inverse(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return 1 / x
}
