package classify

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"dialtone/analysis/classify/internal/feat"
)

func TestZZExplain(t *testing.T) {
	text := os.Getenv("ZZ")
	if text == "" {
		t.Skip()
	}
	m := Shipped()
	var f feat.Features
	tables := feat.Compile()
	tables.Analyze(&feat.Doc{Text: text}, &f)
	type c struct {
		n string
		v float64
	}
	var cs []c
	for i, x := range f.Dense {
		if x != 0 {
			cs = append(cs, c{feat.DenseNames[i], m.dense[i] * x})
		}
	}
	sc := GramScale(len(f.Grams))
	var g float64
	for _, h := range f.Grams {
		if w, ok := m.grams.Get(h); ok {
			g += w
		}
	}
	cs = append(cs, c{"GRAMS", g * sc}, c{"BIAS", m.bias})
	sort.Slice(cs, func(i, j int) bool { return abs(cs[i].v) > abs(cs[j].v) })
	var b strings.Builder
	for _, x := range cs {
		fmt.Fprintf(&b, "%-24s %+.2f\n", x.n, x.v)
	}
	fmt.Print(b.String())
	for _, h := range f.Hits {
		fmt.Printf("hit %d %q\n", h.Kind, text[h.Start:h.End])
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
