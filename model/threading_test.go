package model

import (
	"slices"
	"testing"
)

func TestBaseSubject(t *testing.T) {
	cases := []struct {
		in    string
		base  string
		reply bool
	}{
		{"Pilot proposal", "pilot proposal", false},
		{"Re: Pilot proposal", "pilot proposal", true},
		{"RE: Re: FW: Pilot  proposal", "pilot proposal", true},
		{"Re[3]: Pilot proposal", "pilot proposal", true},
		{"AW: WG: Angebot", "angebot", true},
		{"SV: Offert", "offert", true},
		{"[acme-sales] Re: Pricing", "pricing", true},
		{"Pricing (fwd)", "pricing", true},
		{"Re : Pricing", "pricing", true},
		{"Réunion: jeudi", "réunion: jeudi", false},
		{"Q3: numbers", "q3: numbers", false},
		{"", "", false},
	}
	for _, c := range cases {
		base, reply := BaseSubject(c.in)
		if base != c.base || reply != c.reply {
			t.Errorf("BaseSubject(%q) = %q, %v; want %q, %v", c.in, base, reply, c.base, c.reply)
		}
	}
}

func TestIsForwardSubject(t *testing.T) {
	for subject, want := range map[string]bool{
		"FW: Q3 numbers":         true,
		"Fwd: holiday schedule":  true,
		"WG: Angebot":            true,
		"fw : pricing":           true,
		"Pricing (fwd)":          true,
		"RE: FW: Q3 numbers":     false, // answers a forward
		"Re: Q3 numbers":         false,
		"Q3 numbers":             false,
		"Fwd thinking on Q3":     false,
		"":                       false,
		"Trade: Calpine 25 MW":   false,
		"FWD: FW: long chain of": true,
	} {
		if got := IsForwardSubject(subject); got != want {
			t.Errorf("IsForwardSubject(%q) = %v, want %v", subject, got, want)
		}
	}
}

func TestReplySubject(t *testing.T) {
	for subject, want := range map[string]string{
		"Pricing":              "Re: Pricing",
		"RE: Pricing":          "RE: Pricing", // already a reply: one prefix is enough
		"AW: Angebot":          "AW: Angebot",
		"Re[2]: Pilot":         "Re[2]: Pilot",
		"Fwd: Q3 numbers":      "Re: Fwd: Q3 numbers",
		"Trade: Calpine 25 MW": "Re: Trade: Calpine 25 MW",
		" Pilot plan ":         "Re: Pilot plan",
	} {
		if got := ReplySubject(subject); got != want {
			t.Errorf("ReplySubject(%q) = %q, want %q", subject, got, want)
		}
	}
}

func TestThreadRefs(t *testing.T) {
	m := &Message{MessageID: "c@x", References: []string{"<a@x>", " b@x ", "a@x"}, InReplyTo: "b@x"}
	if got := ThreadRefs(m); !slices.Equal(got, []string{"c@x", "a@x", "b@x"}) {
		t.Fatalf("ThreadRefs = %v", got)
	}
	if root := ThreadRoot(m); root != "a@x" {
		t.Fatalf("ThreadRoot = %q", root)
	}
	if root := ThreadRoot(&Message{MessageID: "<c@x>", InReplyTo: " <b@x>"}); root != "b@x" {
		t.Fatalf("ThreadRoot without References = %q", root)
	}
	if !HasThreadHeaders(m) || HasThreadHeaders(&Message{MessageID: "x"}) {
		t.Fatal("HasThreadHeaders")
	}
}
