package imap

import (
	"net"
	"strconv"
	"strings"

	"dialtone/model"
)

// TLS modes of an IMAP connection.
const (
	TLSImplicit = "tls"      // TLS from the first byte (port 993)
	TLSStartTLS = "starttls" // plain connection upgraded with STARTTLS (port 143)
	TLSNone     = "none"     // no encryption: loopback only
)

// Authentication mechanisms.
const (
	AuthPassword = "password" // LOGIN with a password or app password
	AuthXOAUTH2  = "xoauth2"  // SASL XOAUTH2 with an OAuth access token (Gmail, Microsoft 365)
)

// Config is how to reach and log in to an IMAP server. Secret is the
// password or access token; it is never stored with the account (it lives
// in the keyring) and never appears in errors.
type Config struct {
	Host   string
	Port   int
	TLS    string
	User   string
	Auth   string
	Secret string
	// MaxBytes is the size over which a message keeps only its headers;
	// zero means the default (25 MB).
	MaxBytes int64
}

// Addr returns host:port.
func (c Config) Addr() string { return net.JoinHostPort(c.Host, strconv.Itoa(c.Port)) }

// Validate checks a config before any connection is tried, filling the
// defaults (TLS mode tls, port 993 or 143, password auth).
func (c *Config) Validate() error {
	c.Host = strings.TrimSpace(c.Host)
	c.User = strings.TrimSpace(c.User)
	if c.TLS == "" {
		c.TLS = TLSImplicit
	}
	if c.Auth == "" {
		c.Auth = AuthPassword
	}
	if c.Port == 0 {
		c.Port = 993
		if c.TLS != TLSImplicit {
			c.Port = 143
		}
	}
	switch {
	case c.Host == "":
		return model.Errorf(model.EINVALID, "Enter the IMAP server's host name, e.g. imap.example.com.")
	case c.Port < 1 || c.Port > 65535:
		return model.Errorf(model.EINVALID, "The port must be between 1 and 65535.")
	case c.User == "":
		return model.Errorf(model.EINVALID, "Enter the user name (usually your email address).")
	case c.TLS != TLSImplicit && c.TLS != TLSStartTLS && c.TLS != TLSNone:
		return model.Errorf(model.EINVALID, "The TLS mode must be tls, starttls or none.")
	case c.Auth != AuthPassword && c.Auth != AuthXOAUTH2:
		return model.Errorf(model.EINVALID, "The sign-in method must be password or xoauth2.")
	case c.TLS == TLSNone && !IsLoopback(c.Host):
		return model.Errorf(model.EINVALID, "Unencrypted IMAP is only allowed to this computer (localhost); use tls or starttls for %s.", c.Host)
	case c.Secret == "":
		if c.Auth == AuthXOAUTH2 {
			return model.Errorf(model.EINVALID, "An access token is needed to sign in with XOAUTH2.")
		}
		return model.Errorf(model.EINVALID, "Enter the password (or an app password).")
	}
	return nil
}

// IsLoopback reports whether host names this computer.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// AccountConfig returns the non-secret settings kept with the account.
func (c Config) AccountConfig() map[string]string {
	return map[string]string{
		"host": c.Host, "port": strconv.Itoa(c.Port), "tls": c.TLS, "user": c.User, "auth": c.Auth,
	}
}

// ConfigFromAccount reads an account's settings back; the caller adds the
// secret from the keyring.
func ConfigFromAccount(a model.Account) (Config, error) {
	if a.Kind != model.AccountIMAP {
		return Config{}, model.Errorf(model.EINVALID, "Account %d is not an IMAP account.", a.ID)
	}
	port, err := strconv.Atoi(a.Config["port"])
	if err != nil {
		return Config{}, model.Errorf(model.EINVALID, "Account %d has no valid port.", a.ID)
	}
	return Config{Host: a.Config["host"], Port: port, TLS: a.Config["tls"], User: a.Config["user"], Auth: a.Config["auth"]}, nil
}

// SecretKey names an account's secret in the keyring.
func SecretKey(accountID int64) string {
	return "account/" + strconv.FormatInt(accountID, 10) + "/imap"
}
