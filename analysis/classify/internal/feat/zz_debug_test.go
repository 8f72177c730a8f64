package feat

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("ZZ"), "|") {
		f := analyzeText(Compile(), s)
		fmt.Printf("== %q\n", s)
		for _, h := range f.Hits {
			fmt.Printf("HIT %+v %q\n", h, s[h.Start:h.End])
		}
		fmt.Printf("SAYS %+v back %v nudge %v cont %v\n", f.Says, f.backSent, f.nudgeSent, f.sentCont)
		for i, v := range f.Dense {
			if v != 0 {
				fmt.Printf("  %s=%.3f", DenseNames[i], v)
			}
		}
		fmt.Println()
	}
}
