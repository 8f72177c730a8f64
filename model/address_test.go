package model

import "testing"

func TestNormalizeEmail(t *testing.T) {
	for in, want := range map[string]string{
		"ann@buyer.example":               "ann@buyer.example",
		"Ann@Buyer.Example":               "ann@buyer.example",
		" ann@buyer.example ":             "ann@buyer.example",
		"<ann@buyer.example>":             "ann@buyer.example",
		"Ann Lee <Ann.Lee@Buyer.example>": "ann.lee@buyer.example",
		`"Lee, Ann" <ann@buyer.example>`:  "ann@buyer.example",
		"not an address":                  "not an address",
	} {
		if got := NormalizeEmail(in); got != want {
			t.Errorf("NormalizeEmail(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOrgKey(t *testing.T) {
	for in, want := range map[string]string{
		"ann@buyer.example": "buyer.example",
		"dee@gmail.com":     "dee@gmail.com",
		"bob@OUTLOOK.com":   "bob@OUTLOOK.com",
		"nobody":            "nobody",
	} {
		if got := OrgKey(in); got != want {
			t.Errorf("OrgKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestErrorsCarryCodeAndMessage(t *testing.T) {
	err := WrapError(Errorf(ENOTFOUND, "inner"), EUNAVAILABLE, "The server did not answer.")
	if ErrorCode(err) != EUNAVAILABLE || ErrorMessage(err) != "The server did not answer." {
		t.Fatalf("%v", err)
	}
	if ErrorCode(nil) != "" || ErrorMessage(nil) != "" {
		t.Fatal("nil error has a code")
	}
	if ErrorMessage(errPlain{}) == "secret detail" {
		t.Fatal("a plain error's text leaks to the UI")
	}
}

type errPlain struct{}

func (errPlain) Error() string { return "secret detail" }
