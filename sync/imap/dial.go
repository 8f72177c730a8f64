package imap

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"syscall"
	"time"

	"dialtone/model"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// dialTimeout bounds connecting and the server's greeting.
const dialTimeout = 20 * time.Second

// conn is a logged-in IMAP connection.
type conn struct {
	c    *imapclient.Client
	caps goimap.CapSet
}

// dial connects and logs in. tlsConfig may be nil (the system roots).
func dial(ctx context.Context, cfg Config, tlsConfig *tls.Config) (*conn, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	d := &net.Dialer{Timeout: dialTimeout, KeepAlive: 30 * time.Second}
	raw, err := d.DialContext(ctx, "tcp", cfg.Addr())
	if err != nil {
		return nil, netError(err, cfg)
	}
	if tlsConfig == nil {
		tlsConfig = &tls.Config{}
	}
	tlsConfig = tlsConfig.Clone()
	if tlsConfig.ServerName == "" {
		tlsConfig.ServerName = cfg.Host
	}
	opts := &imapclient.Options{TLSConfig: tlsConfig}
	// Closing the connection is how a cancelled context stops a command.
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	defer stop()
	raw.SetDeadline(time.Now().Add(dialTimeout))
	var c *imapclient.Client
	switch cfg.TLS {
	case TLSImplicit:
		tc := tls.Client(raw, tlsConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, netError(err, cfg)
		}
		c = imapclient.New(tc, opts)
	case TLSStartTLS:
		c, err = imapclient.NewStartTLS(raw, opts)
		if err != nil {
			raw.Close()
			return nil, netError(err, cfg)
		}
	default:
		c = imapclient.New(raw, opts)
	}
	if err := c.WaitGreeting(); err != nil {
		c.Close()
		return nil, netError(err, cfg)
	}
	if err := login(c, cfg); err != nil {
		c.Close()
		return nil, err
	}
	raw.SetDeadline(time.Time{})
	caps, err := c.Capability().Wait()
	if err != nil {
		c.Close()
		return nil, netError(err, cfg)
	}
	if !stop() {
		c.Close()
		return nil, ctx.Err()
	}
	return &conn{c: c, caps: caps}, nil
}

func login(c *imapclient.Client, cfg Config) error {
	var err error
	if cfg.Auth == AuthXOAUTH2 {
		err = c.Authenticate(&xoauth2{user: cfg.User, token: cfg.Secret})
	} else {
		err = c.Login(cfg.User, cfg.Secret).Wait()
	}
	if err == nil {
		return nil
	}
	var ie *goimap.Error
	if errors.As(err, &ie) {
		hint := "Check the user name and password. Gmail, iCloud, Yahoo and Outlook need an app password when two-step sign-in is on."
		if cfg.Auth == AuthXOAUTH2 {
			hint = "The access token was refused: sign in again to get a new one."
		}
		return model.WrapError(errors.New(sanitize(ie.Error(), cfg.Secret)), model.EUNAUTHORIZED,
			fmt.Sprintf("%s refused the sign-in for %s. %s", cfg.Host, cfg.User, hint))
	}
	return netError(err, cfg)
}

// watch closes the connection when ctx ends; the returned func stops that.
func (cn *conn) watch(ctx context.Context) func() bool {
	return context.AfterFunc(ctx, func() { cn.c.Close() })
}

func (cn *conn) close() {
	cn.c.Logout().Wait()
	cn.c.Close()
}

// netError turns a connection failure into a message that says what to check.
func netError(err error, cfg Config) error {
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invalid x509.CertificateInvalidError
	var recordErr tls.RecordHeaderError
	var ie *goimap.Error
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return model.WrapError(err, model.EUNAVAILABLE, "The sync was stopped before "+cfg.Host+" answered.")
	case errors.As(err, &dnsErr):
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("The server %s could not be found. Check the host name and your connection.", cfg.Host))
	case errors.As(err, &hostErr):
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("The certificate of %s is for another name, so the connection is not safe. Check the host name.", cfg.Host))
	case errors.As(err, &certErr) || errors.As(err, &unknownCA) || errors.As(err, &invalid):
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("The certificate of %s could not be verified (expired, self-signed or from an unknown authority), so Dialtone did not connect.", cfg.Host))
	case errors.As(err, &recordErr):
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("%s did not answer with TLS on port %d. Try the TLS mode starttls (port 143) or check the port.", cfg.Host, cfg.Port))
	case errors.Is(err, syscall.ECONNREFUSED):
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("%s refused the connection on port %d. Check the port and TLS mode.", cfg.Host, cfg.Port))
	case errors.Is(err, os.ErrDeadlineExceeded):
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("%s did not answer in time.", cfg.Addr()))
	case errors.As(err, &ie):
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("%s answered with an error: %s", cfg.Host, sanitize(ie.Text, cfg.Secret)))
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) || errors.Is(err, syscall.ECONNRESET):
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("The connection to %s was lost. Dialtone will try again.", cfg.Host))
	}
	if strings.Contains(err.Error(), "STARTTLS") {
		return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("%s does not offer STARTTLS on port %d. Try the TLS mode tls (port 993).", cfg.Host, cfg.Port))
	}
	return model.WrapError(err, model.EUNAVAILABLE, fmt.Sprintf("Could not talk to %s: the connection failed.", cfg.Addr()))
}

// sanitize removes a secret from server text before it is kept anywhere.
func sanitize(s, secret string) string {
	if secret != "" {
		s = strings.ReplaceAll(s, secret, "…")
	}
	return s
}

// xoauth2 is the SASL XOAUTH2 mechanism used by Gmail and Microsoft 365
// (https://developers.google.com/gmail/imap/xoauth2-protocol).
type xoauth2 struct{ user, token string }

// Start sends the initial response: user, bearer token, two ^A.
func (x *xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

// Next answers the server's error challenge with an empty response so that
// the server ends the exchange with its NO.
func (x *xoauth2) Next(challenge []byte) ([]byte, error) { return []byte{}, nil }
