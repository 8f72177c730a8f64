package owntext

import (
	"strings"
	"testing"
)

func TestUnquoted(t *testing.T) {
	plain := "Hi Ana,\n\nThe order is signed.\n\nBest,\nJess\n-- \nJess Tran | TallyHQ\n\n" +
		"On Mon, Mar 2, 2026 at 9:10 AM Ana Ruiz <ana@acme.example> wrote:\n> Is the order signed?\n> Our budget is 40k.\n"
	u := Unquoted(plain)
	if strings.Contains(u, "budget") || strings.Contains(u, "wrote:") || !strings.Contains(u, "Jess Tran | TallyHQ") {
		t.Errorf("Unquoted = %q", u)
	}
	if Plain(u) != Plain(plain) {
		t.Errorf("Plain(Unquoted) = %+v, Plain = %+v", Plain(u), Plain(plain))
	}
	for name, in := range map[string]string{
		"gmail": `<div dir="ltr">The order is signed.<br><div class="gmail_signature">Jess Tran</div></div>` +
			`<div class="gmail_quote"><div class="gmail_attr">On Mon, Ana wrote:</div><blockquote class="gmail_quote">Our budget is 40k.</blockquote></div>`,
		"outlook web": `<div>The order is signed.</div><div id="Signature">Jess Tran</div><hr><div id="divRplyFwdMsg"><b>From:</b> Ana</div>` +
			`<div>Our budget is 40k.</div><div><div>Regards, Ana</div></div>`,
		"apple": `<div>The order is signed.</div><div><br><blockquote type="cite">Our budget is 40k.</blockquote></div>`,
	} {
		u := UnquotedHTML(in)
		if strings.Contains(u, "budget") || !strings.Contains(u, "The order is signed.") {
			t.Errorf("%s: UnquotedHTML = %q", name, u)
		}
		if HTML(u) != HTML(in) {
			t.Errorf("%s: HTML(UnquotedHTML) = %+v, HTML = %+v", name, HTML(u), HTML(in))
		}
		if name == "outlook web" && !strings.Contains(u, `id="Signature"`) {
			t.Errorf("the signature element is gone: %q", u)
		}
	}
}
