// Package secrets keeps account credentials (passwords, OAuth tokens) out of
// the database: in the operating system's keyring when there is one, and
// otherwise in a JSON file readable only by the user.
//
// Open probes the keyring once and picks the backend for the life of the
// returned Secrets. Callers show Warning to the user when it is not empty, so
// nobody is surprised that passwords live in a file.
//
// Errors carry a model code (ENOTFOUND for a missing key, EUNAVAILABLE when
// the keyring cannot be reached, ECORRUPT for an unreadable secrets file) and
// never contain a secret value.
package secrets

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"github.com/zalando/go-keyring"

	"dialtone/model"
)

// Service is the keyring service name every Dialtone secret is stored under.
const Service = "Dialtone"

// FileName is the name of the fallback secrets file inside the data folder.
const FileName = "secrets.json"

// Backend names returned by Secrets.Backend.
const (
	BackendKeyring = "keyring"
	BackendFile    = "file"
)

// probeKey is written, read back and deleted by Open to test the keyring.
const probeKey = "dialtone/keyring-probe"

// Store reads and writes secrets by key, such as "account/12/password".
type Store interface {
	// Get returns the secret saved under key, or an error with code
	// model.ENOTFOUND when there is none.
	Get(ctx context.Context, key string) (string, error)
	// Set saves value under key, replacing any previous value.
	Set(ctx context.Context, key, value string) error
	// Delete removes key; deleting a key that is not there is not an error.
	Delete(ctx context.Context, key string) error
}

// Keyring is the part of an OS keyring Secrets uses. Its methods follow
// github.com/zalando/go-keyring: a missing item is keyring.ErrNotFound.
type Keyring interface {
	// Get returns the password saved for user under service.
	Get(service, user string) (string, error)
	// Set saves password for user under service, replacing an old one.
	Set(service, user, password string) error
	// Delete removes the password saved for user under service.
	Delete(service, user string) error
}

// SystemKeyring is the operating system's keyring (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows) through go-keyring.
type SystemKeyring struct{}

// Get returns the password saved for user under service.
func (SystemKeyring) Get(service, user string) (string, error) { return keyring.Get(service, user) }

// Set saves password for user under service.
func (SystemKeyring) Set(service, user, password string) error {
	return keyring.Set(service, user, password)
}

// Delete removes the password saved for user under service.
func (SystemKeyring) Delete(service, user string) error { return keyring.Delete(service, user) }

// Secrets is a Store backed by the OS keyring or, when none is available, by
// a 0600 JSON file in the data folder. It is safe for concurrent use.
type Secrets struct {
	mu       sync.Mutex // serializes every read-modify-write and keyring call
	kr       Keyring    // nil on the file backend
	path     string     // the fallback file; set on both backends
	probeErr error      // why the keyring was not used; nil on the keyring
}

var _ Store = (*Secrets)(nil)

// Open chooses the backend for dataDir using the system keyring. See OpenWith.
func Open(ctx context.Context, dataDir string) (*Secrets, error) {
	return OpenWith(ctx, dataDir, SystemKeyring{})
}

// OpenWith probes kr once by saving, reading back and deleting a probe item.
// If that works, secrets go to kr; otherwise (no Secret Service, no D-Bus, a
// refusing keyring, or a nil kr) they go to dataDir/secrets.json. The folder
// and file are created on the first Set.
//
// A keyring may wait for the user to unlock it; OpenWith returns an
// EUNAVAILABLE error when ctx ends first (the probe keeps running in the
// background until the keyring answers).
func OpenWith(ctx context.Context, dataDir string, kr Keyring) (*Secrets, error) {
	if dataDir == "" {
		return nil, model.Errorf(model.EINVALID, "No data folder was given for saved passwords.")
	}
	abs, err := filepath.Abs(dataDir)
	if err != nil {
		return nil, model.WrapError(err, model.EINVALID, "The data folder for saved passwords is not a valid path.")
	}
	s := &Secrets{path: filepath.Join(abs, FileName)}
	if kr == nil {
		s.probeErr = errors.New("no keyring")
		return s, nil
	}
	done := make(chan error, 1)
	go func() { done <- probe(kr) }()
	select {
	case err := <-done:
		if err != nil {
			s.probeErr = err
		} else {
			s.kr = kr
		}
		return s, nil
	case <-ctx.Done():
		return nil, model.WrapError(ctx.Err(), model.EUNAVAILABLE, "The system keyring did not answer in time.")
	}
}

// probe checks that kr can store, return and remove an item.
func probe(kr Keyring) error {
	const want = "ok"
	if err := kr.Set(Service, probeKey, want); err != nil {
		return fmt.Errorf("keyring set: %w", err)
	}
	got, err := kr.Get(Service, probeKey)
	if err != nil {
		return fmt.Errorf("keyring get: %w", err)
	}
	if got != want {
		return errors.New("keyring returned a different value than was stored")
	}
	if err := kr.Delete(Service, probeKey); err != nil {
		return fmt.Errorf("keyring delete: %w", err)
	}
	return nil
}

// Backend returns BackendKeyring or BackendFile.
func (s *Secrets) Backend() string {
	if s.kr != nil {
		return BackendKeyring
	}
	return BackendFile
}

// Path returns the secrets file used by the file backend.
func (s *Secrets) Path() string { return s.path }

// Warning returns a sentence for the user when secrets are kept in a file,
// and "" when they are in the system keyring.
func (s *Secrets) Warning() string {
	if s.kr != nil {
		return ""
	}
	return fmt.Sprintf("No system keyring was found; passwords are kept in %s (readable only by you).", s.path)
}

// KeyringError returns why the keyring probe failed, for logs; nil when the
// keyring is in use.
func (s *Secrets) KeyringError() error { return s.probeErr }

// Get returns the secret saved under key; a missing key is model.ENOTFOUND.
func (s *Secrets) Get(ctx context.Context, key string) (string, error) {
	if err := check(ctx, key); err != nil {
		return "", err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.kr == nil {
		return s.fileGet(key)
	}
	v, err := s.kr.Get(Service, key)
	if err != nil {
		return "", keyringError(err, key, "")
	}
	return v, nil
}

// Set saves value under key, replacing any previous value.
func (s *Secrets) Set(ctx context.Context, key, value string) error {
	if err := check(ctx, key); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.kr == nil {
		return s.fileSet(key, value)
	}
	if err := s.kr.Set(Service, key, value); err != nil {
		return keyringError(err, key, value)
	}
	return nil
}

// Delete removes key; a key that is not there is not an error.
func (s *Secrets) Delete(ctx context.Context, key string) error {
	if err := check(ctx, key); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.kr == nil {
		return s.fileDelete(key)
	}
	err := s.kr.Delete(Service, key)
	if err != nil && !errors.Is(err, keyring.ErrNotFound) {
		return keyringError(err, key, "")
	}
	return nil
}

// check rejects an ended context and an empty key.
func check(ctx context.Context, key string) error {
	if err := ctx.Err(); err != nil {
		return model.WrapError(err, model.EUNAVAILABLE, "The request was cancelled.")
	}
	if key == "" {
		return model.Errorf(model.EINVALID, "A saved password needs a name.")
	}
	return nil
}

// notFound is the error for a key with nothing saved under it.
func notFound(key string) error {
	return model.Errorf(model.ENOTFOUND, "Nothing is saved under %q.", key)
}

// keyringError maps a keyring failure to a model error. value, when not
// empty, is removed from the cause's text so a secret never reaches a log.
func keyringError(err error, key, value string) error {
	switch {
	case errors.Is(err, keyring.ErrNotFound):
		return notFound(key)
	case errors.Is(err, keyring.ErrSetDataTooBig):
		return model.WrapError(err, model.EINVALID, "The password is too long for the system keyring.")
	}
	return model.WrapError(redact(err, value), model.EUNAVAILABLE, "The system keyring could not be reached.")
}

// redact returns err with every occurrence of value replaced; err itself when
// value does not appear in its text.
func redact(err error, value string) error {
	if value == "" || !strings.Contains(err.Error(), value) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), value, "[redacted]"))
}
