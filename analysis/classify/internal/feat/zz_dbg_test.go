package feat

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDbg(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	tb := Compile()
	var f Features
	tb.Analyze(&Doc{Subject: "Re: x", Text: s}, &f)
	for _, h := range f.Hits {
		fmt.Printf("hit %v %q\n", h.Kind, s[h.Start:h.End])
	}
	for _, d := range f.Says {
		fmt.Printf("say %v %q\n", d.Kind, s[d.Start:d.End])
	}
	for i, x := range f.Dense {
		if x != 0 {
			fmt.Printf("  %s=%.2f", DenseNames[i], x)
		}
	}
	fmt.Println()
}
