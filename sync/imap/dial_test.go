package imap

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"dialtone/model"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
)

const testUser, testPass = "rep@northwind.test", "pw-9c1e"

// selfSigned returns a certificate for 127.0.0.1 and a pool that trusts it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "dialtone test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pool
}

// serve starts an in-memory IMAP server; implicit wraps it in TLS, and
// startTLS offers STARTTLS.
func serve(t *testing.T, cert *tls.Certificate, implicit bool) int {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(testUser, testPass)
	u.Create("Sent", nil)
	mem.AddUser(u)
	opts := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         goimap.CapSet{goimap.CapIMAP4rev2: {}},
		InsecureAuth: true,
		Logger:       quietLog{},
	}
	var ln net.Listener
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if cert != nil {
		tc := &tls.Config{Certificates: []tls.Certificate{*cert}}
		if implicit {
			ln = tls.NewListener(ln, tc)
		} else {
			opts.TLSConfig = tc
			opts.InsecureAuth = false
		}
	}
	srv := imapserver.New(opts)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().(*net.TCPAddr).Port
}

type quietLog struct{}

func (quietLog) Printf(string, ...any) {}

func TestDialErrors(t *testing.T) {
	cert, pool := selfSigned(t)
	tlsPort := serve(t, &cert, true)
	startTLSPort := serve(t, &cert, false)
	plainPort := serve(t, nil, false)
	closed, _ := net.Listen("tcp", "127.0.0.1:0")
	closedPort := closed.Addr().(*net.TCPAddr).Port
	closed.Close()
	trusted := &tls.Config{RootCAs: pool}

	ok := []struct {
		name string
		cfg  Config
		tls  *tls.Config
	}{
		{"implicit TLS with a trusted certificate", Config{Host: "127.0.0.1", Port: tlsPort, TLS: TLSImplicit}, trusted},
		{"STARTTLS with a trusted certificate", Config{Host: "127.0.0.1", Port: startTLSPort, TLS: TLSStartTLS}, trusted},
		{"no TLS on loopback", Config{Host: "127.0.0.1", Port: plainPort, TLS: TLSNone}, nil},
	}
	for _, c := range ok {
		c.cfg.User, c.cfg.Secret = testUser, testPass
		folders, err := Check(context.Background(), c.cfg, c.tls)
		if err != nil || len(folders) == 0 || folders[0] != "Sent" {
			t.Errorf("%s: %v %v", c.name, folders, err)
		}
	}

	bad := []struct {
		name   string
		cfg    Config
		tls    *tls.Config
		code   string
		phrase string
	}{
		{"self-signed certificate", Config{Host: "127.0.0.1", Port: tlsPort, TLS: TLSImplicit}, nil, model.EUNAVAILABLE, "certificate of 127.0.0.1 could not be verified"},
		{"wrong password", Config{Host: "127.0.0.1", Port: plainPort, TLS: TLSNone, Secret: "nope"}, nil, model.EUNAUTHORIZED, "refused the sign-in"},
		{"unknown host", Config{Host: "imap.dialtone-test.invalid", Port: 993, TLS: TLSImplicit}, nil, model.EUNAVAILABLE, "could not be found"},
		{"closed port", Config{Host: "127.0.0.1", Port: closedPort, TLS: TLSNone}, nil, model.EUNAVAILABLE, "refused the connection"},
		{"TLS to a plain server", Config{Host: "127.0.0.1", Port: plainPort, TLS: TLSImplicit}, nil, model.EUNAVAILABLE, "did not answer with TLS"},
		{"STARTTLS not offered", Config{Host: "127.0.0.1", Port: plainPort, TLS: TLSStartTLS}, nil, model.EUNAVAILABLE, "STARTTLS"},
		{"no TLS to another computer", Config{Host: "imap.example.com", Port: 143, TLS: TLSNone}, nil, model.EINVALID, "only allowed to this computer"},
		{"no password", Config{Host: "127.0.0.1", Port: plainPort, TLS: TLSNone, Secret: "-"}, nil, model.EINVALID, "Enter the password"},
	}
	for _, c := range bad {
		c.cfg.User = testUser
		switch c.cfg.Secret {
		case "":
			c.cfg.Secret = testPass
		case "-":
			c.cfg.Secret = ""
		}
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		_, err := Check(ctx, c.cfg, c.tls)
		cancel()
		if model.ErrorCode(err) != c.code || !strings.Contains(model.ErrorMessage(err), c.phrase) {
			t.Errorf("%s: code %q message %q (%v)", c.name, model.ErrorCode(err), model.ErrorMessage(err), err)
		}
		if c.cfg.Secret != "" && strings.Contains(err.Error(), c.cfg.Secret) {
			t.Errorf("%s: the secret is in the error", c.name)
		}
	}
}

func TestXOAUTH2InitialResponse(t *testing.T) {
	mech, ir, err := (&xoauth2{user: "rep@example.com", token: "ya29.token"}).Start()
	if err != nil || mech != "XOAUTH2" || string(ir) != "user=rep@example.com\x01auth=Bearer ya29.token\x01\x01" {
		t.Fatalf("%s %q %v", mech, ir, err)
	}
}

func TestChooseFolders(t *testing.T) {
	l := func(name string, attrs ...goimap.MailboxAttr) *goimap.ListData {
		return &goimap.ListData{Mailbox: name, Attrs: attrs}
	}
	cases := []struct {
		name string
		list []*goimap.ListData
		want []folder
	}{
		{"special-use wins over names", []*goimap.ListData{l("INBOX"), l("Sent"), l("Gesendet", goimap.MailboxAttrSent), l("Entwürfe", goimap.MailboxAttrDrafts), l("Archive", goimap.MailboxAttrArchive)},
			[]folder{{"Gesendet", RoleSent}, {"Entwürfe", RoleDrafts}, {"INBOX", RoleInbox}, {"Archive", RoleInbox}}},
		{"gmail", []*goimap.ListData{l("INBOX"), l("[Gmail]", goimap.MailboxAttrNoSelect), l("[Gmail]/All Mail", goimap.MailboxAttrAll), l("[Gmail]/Sent Mail"), l("[Gmail]/Drafts"), l("[Gmail]/Trash", goimap.MailboxAttrTrash)},
			[]folder{{"[Gmail]/Sent Mail", RoleSent}, {"[Gmail]/Drafts", RoleDrafts}, {"INBOX", RoleInbox}}},
		{"outlook names", []*goimap.ListData{l("Inbox"), l("Sent Items"), l("Drafts"), l("Junk Email", goimap.MailboxAttrJunk)},
			[]folder{{"Sent Items", RoleSent}, {"Drafts", RoleDrafts}, {"Inbox", RoleInbox}}},
		{"dovecot namespace prefix", []*goimap.ListData{l("INBOX"), l("INBOX.Sent Messages"), l("INBOX.Drafts")},
			[]folder{{"INBOX.Sent Messages", RoleSent}, {"INBOX.Drafts", RoleDrafts}, {"INBOX", RoleInbox}}},
		{"no sent folder", []*goimap.ListData{l("INBOX")}, []folder{{"INBOX", RoleInbox}}},
	}
	for _, c := range cases {
		got := chooseFolders(c.list)
		if len(got) != len(c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: %v, want %v", c.name, got, c.want)
			}
		}
	}
}

// xoauthSession adds SASL XOAUTH2 to the in-memory server's session: a
// token is exchanged for the user's password, as a provider would check it.
type xoauthSession struct {
	imapserver.Session
	token string
}

func (s *xoauthSession) AuthenticateMechanisms() []string { return []string{"PLAIN", "XOAUTH2"} }

func (s *xoauthSession) Authenticate(mech string) (sasl.Server, error) {
	if mech != "XOAUTH2" {
		return nil, &goimap.Error{Type: goimap.StatusResponseTypeNo, Text: "only XOAUTH2 here"}
	}
	return xoauthServer(func(user, token string) error {
		if token != s.token {
			return &goimap.Error{Type: goimap.StatusResponseTypeNo, Code: goimap.ResponseCodeAuthenticationFailed, Text: "Invalid credentials"}
		}
		return s.Session.Login(user, testPass)
	}), nil
}

// xoauthServer reads the client's one XOAUTH2 message.
type xoauthServer func(user, token string) error

func (f xoauthServer) Next(resp []byte) ([]byte, bool, error) {
	if resp == nil {
		return nil, false, nil // ask for the initial response
	}
	var user, token string
	for _, kv := range strings.Split(string(resp), "\x01") {
		if v, ok := strings.CutPrefix(kv, "user="); ok {
			user = v
		} else if v, ok := strings.CutPrefix(kv, "auth=Bearer "); ok {
			token = v
		}
	}
	return nil, true, f(user, token)
}

func TestXOAUTH2SignIn(t *testing.T) {
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(testUser, testPass)
	u.Create("Sent", nil)
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &xoauthSession{Session: mem.NewSession(), token: "ya29.good"}, nil, nil
		},
		Caps:         goimap.CapSet{goimap.CapIMAP4rev1: {}},
		InsecureAuth: true,
		Logger:       tlog{t},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	cfg := Config{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, TLS: TLSNone, User: testUser, Auth: AuthXOAUTH2, Secret: "ya29.good"}
	if folders, err := Check(context.Background(), cfg, nil); err != nil || len(folders) == 0 || folders[0] != "Sent" {
		t.Fatalf("XOAUTH2 sign-in: %v %v", folders, err)
	}
	cfg.Secret = "ya29.expired"
	_, err = Check(context.Background(), cfg, nil)
	if model.ErrorCode(err) != model.EUNAUTHORIZED || !strings.Contains(model.ErrorMessage(err), "access token was refused") || strings.Contains(err.Error(), "ya29.expired") {
		t.Fatalf("expired token: %q %v", model.ErrorMessage(err), err)
	}
}

type tlog struct{ t *testing.T }

func (l tlog) Printf(f string, a ...any) { l.t.Logf(f, a...) }
