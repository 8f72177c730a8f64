package classify

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"dialtone/analysis/classify/internal/feat"
)

func TestZZCount(t *testing.T) {
	paths := os.Getenv("ZZ_SETS")
	if paths == "" {
		t.Skip()
	}
	for _, p := range strings.Split(paths, ",") {
		c := map[string]int{}
		for _, e := range readSet(t, p) {
			in := e.Input()
			w := &work{}
			r := shipped.judge(w, &in)
			f := &w.f
			conc := false
			for _, h := range f.Hits {
				if h.Kind != feat.Proposal || !tables.Proposes(f, h) {
					continue
				}
				n, _, _ := f.Sentence(int(h.Tok))
				for _, o := range f.Hits {
					if o.Kind == feat.DateHit || o.Kind == feat.Weekday || (os.Getenv("ZZ_REL") != "" && o.Kind == feat.RelDay) {
						if m, _, _ := f.Sentence(int(o.Tok)); m == n {
							conc = true
						}
					}
				}
			}
			if conc {
				c[string(e.Label)+" pred:"+string(r.Label)]++
				if os.Getenv("ZZ_V") != "" && e.Label == "touching_base" && !strings.Contains(p, "real") {
					fmt.Printf("   %d %q\n", r.Score, e.Body[:min(200, len(e.Body))])
				}
			}
		}
		fmt.Println(p, c)
	}
}
