package imaptest

import (
	"net"
	"strconv"
	"testing"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// Mem is go-imap's in-memory IMAP server on a loopback port, with one
// user and the mailboxes INBOX, Sent and Drafts. It has no SPECIAL-USE, so
// clients find Sent and Drafts by name.
type Mem struct {
	port int
}

// MemServer builds go-imap's in-memory server with one user holding the
// empty mailboxes INBOX, Sent and Drafts, without TLS; the caller fills the
// user's mailboxes and serves it on a listener. logger may be nil.
func MemServer(user User, logger imapserver.Logger) (*imapserver.Server, *imapmemserver.User, error) {
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(user.Name, user.Password)
	for _, mb := range []string{"INBOX", "Sent", "Drafts"} {
		// Some versions of the server create INBOX with the user.
		if err := u.Create(mb, nil); err != nil && mb != "INBOX" {
			return nil, nil, err
		}
	}
	mem.AddUser(u)
	if logger == nil {
		logger = quiet{}
	}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         goimap.CapSet{goimap.CapIMAP4rev1: {}, goimap.CapIMAP4rev2: {}},
		InsecureAuth: true,
		Logger:       logger,
	})
	return srv, u, nil
}

// StartMem starts an in-memory server for user on a loopback port and
// stops it when the test ends.
func StartMem(t testing.TB, user User) *Mem {
	t.Helper()
	srv, _, err := MemServer(user, nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return &Mem{port: ln.Addr().(*net.TCPAddr).Port}
}

// Port returns the server's loopback port.
func (m *Mem) Port() int { return m.port }

// Addr returns "127.0.0.1:PORT".
func (m *Mem) Addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(m.port)) }

type quiet struct{}

func (quiet) Printf(string, ...any) {}

// Append stores raw messages in a mailbox through an IMAP session of the
// user, as a mail client would.
func (m *Mem) Append(t testing.TB, user User, mailbox string, msgs ...[]byte) {
	t.Helper()
	c, err := imapclient.DialInsecure(m.Addr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(user.Name, user.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	for _, raw := range msgs {
		cmd := c.Append(mailbox, int64(len(raw)), nil)
		if _, err := cmd.Write(raw); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatalf("append to %s: %v", mailbox, err)
		}
	}
}
