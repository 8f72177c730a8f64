package classify

import (
	"sort"

	"dialtone/model"
)

// Metrics are a classifier's figures on a labeled set, with touching_base
// as the positive class.
type Metrics struct {
	N         int     `json:"n"`
	Positives int     `json:"positives"` // touching_base examples
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	TN        int     `json:"tn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Accuracy  float64 `json:"accuracy"`
	// AUC is the probability that a random touching_base example scores
	// lower than a random substantive one (ties count half).
	AUC float64 `json:"auc"`
	// Misses lists the ids of misclassified examples.
	Misses []string `json:"misses"`
}

// Evaluate measures the shipped model on labeled examples.
func Evaluate(examples []Example) Metrics { return shipped.Evaluate(examples) }

// Evaluate classifies every example with model md and measures the result.
func (md *Model) Evaluate(examples []Example) Metrics {
	var m Metrics
	var pos, neg []int
	for _, e := range examples {
		r := md.Classify(e.Input())
		m.N++
		predTB := r.Label == model.TouchingBase
		isTB := e.Label == model.TouchingBase
		switch {
		case predTB && isTB:
			m.TP++
		case predTB && !isTB:
			m.FP++
		case !predTB && isTB:
			m.FN++
		default:
			m.TN++
		}
		if predTB != isTB {
			m.Misses = append(m.Misses, e.ID)
		}
		if isTB {
			pos = append(pos, r.Score)
		} else {
			neg = append(neg, r.Score)
		}
	}
	m.Positives = len(pos)
	m.Precision = ratio(m.TP, m.TP+m.FP)
	m.Recall = ratio(m.TP, m.TP+m.FN)
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	m.Accuracy = ratio(m.TP+m.TN, m.N)
	m.AUC = auc(pos, neg)
	return m
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// auc is the Mann–Whitney statistic: the share of (touching_base,
// substantive) pairs where the touching_base score is lower.
func auc(pos, neg []int) float64 {
	if len(pos) == 0 || len(neg) == 0 {
		return 0
	}
	sort.Ints(neg)
	var sum float64
	for _, p := range pos {
		lo := sort.SearchInts(neg, p)   // negatives below p
		hi := sort.SearchInts(neg, p+1) // negatives at or below p
		sum += float64(len(neg)-hi) + 0.5*float64(hi-lo)
	}
	return sum / float64(len(pos)*len(neg))
}
