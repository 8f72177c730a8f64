package classify

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"dialtone/analysis/classify/internal/feat"
)

func TestZZContrib(t *testing.T) {
	m := Shipped()
	for _, s := range strings.Split(os.Getenv("ZZ"), "|") {
		w := &work{}
		w.prepare(&Input{Text: s})
		tables.Analyze(&w.doc, &w.f)
		z := m.logit(&w.f)
		fmt.Printf("== %q z=%.3f\n", s, z)
		type kv struct {
			k string
			v float64
		}
		var xs []kv
		for i, x := range w.f.Dense {
			if x != 0 {
				xs = append(xs, kv{feat.DenseNames[i], m.dense[i] * x})
			}
		}
		sc := GramScale(len(w.f.Grams))
		g := 0.0
		for _, h := range w.f.Grams {
			if v, ok := m.grams.Get(h); ok {
				g += v * sc
			}
		}
		xs = append(xs, kv{"GRAMS", g}, kv{"bias", m.bias})
		sort.Slice(xs, func(i, j int) bool { return xs[i].v < xs[j].v })
		for _, x := range xs {
			fmt.Printf("   %-22s %+.3f\n", x.k, x.v)
		}
	}
}
