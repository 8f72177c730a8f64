package classify

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"dialtone/analysis/classify/internal/feat"
)

// Version names the classifier: its rules, features and weights. It is
// recorded on every classified message; bump it when any of them change
// (the trainer writes it into weights.json and a test checks they agree).
const Version = "2026.11-lr.349"

//go:embed weights.json
var weightsJSON []byte

// Weights is the trained model as stored in weights.json.
type Weights struct {
	Version        string             `json:"version"`
	FeatureVersion string             `json:"feature_version"`
	TrainedOn      []string           `json:"trained_on"`
	Examples       int                `json:"examples"`
	Bias           float64            `json:"bias"`
	Dense          map[string]float64 `json:"dense"`
	Grams          map[string]float64 `json:"grams"`
}

// Model is a compiled classifier: the weights go generate trained and the
// binary embeds (Shipped), or those weights adapted to one rep's
// corrections (Model.Adapt). It is immutable and safe for concurrent use.
type Model struct {
	version, featureVersion string
	bias                    float64
	dense                   [feat.NumDense]float64
	grams                   feat.Table[float64] // n-gram hash -> weight
	learned                 int                 // corrections adapted to
	pattern                 bool                // the weights moved toward them (adapt.go)
	memory                                      // the corrected emails themselves (adapt.go)
}

// The package's immutable state, built once at init: the word tables and
// the shipped model, both read-only.
var (
	tables  = feat.Compile()
	shipped = mustLoad(weightsJSON)
)

// Shipped returns the model trained by go generate and embedded in the
// binary: the same on every machine.
func Shipped() *Model { return shipped }

// Version names the model. It is Version for the shipped model and
// Version+"+rep.N.HASH" for one adapted to N corrections; it is recorded on
// every message the model judges.
func (m *Model) Version() string { return m.version }

// Learned returns how many of the rep's corrections the model was adapted
// to (0 for the shipped model).
func (m *Model) Learned() int { return m.learned }

// Pattern reports whether the corrections showed a pattern, so the weights
// moved toward them and new emails like them follow; otherwise only emails
// nearly the same as a corrected one take its label (see Adapt).
func (m *Model) Pattern() bool { return m.pattern }

func mustLoad(b []byte) *Model {
	s, err := load(b)
	if err != nil {
		panic("classify: weights.json: " + err.Error())
	}
	return s
}

func load(b []byte) (*Model, error) {
	var w Weights
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, err
	}
	s := &Model{version: w.Version, featureVersion: w.FeatureVersion, bias: w.Bias}
	grams := make(map[uint32]float64, len(w.Grams))
	for i, name := range feat.DenseNames {
		s.dense[i] = w.Dense[name]
	}
	for k, v := range w.Grams {
		h, err := strconv.ParseUint(k, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("gram key %q: %v", k, err)
		}
		if h == 0 {
			continue
		}
		grams[uint32(h)] = v
	}
	s.grams = feat.NewTable(grams)
	return s, nil
}

// GramScale is the weight of one n-gram occurrence: 1/sqrt(n) for n grams,
// so long and short messages weigh their words alike.
func GramScale(n int) float64 {
	if n == 0 {
		return 0
	}
	return 1 / math.Sqrt(float64(n))
}

// logit returns the model's log-odds that the message is substantive.
func (s *Model) logit(f *feat.Features) float64 {
	z := s.bias
	for i, x := range f.Dense {
		z += s.dense[i] * x
	}
	sc := GramScale(len(f.Grams))
	var g float64
	for _, h := range f.Grams {
		if w, ok := s.grams.Get(h); ok {
			g += w
		}
	}
	z += g * sc
	return z
}
