package secrets

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"dialtone/model"
)

const secret = "hunter2-Sup3r$ecret"

// brokenKeyring fails every call, like go-keyring without a Secret Service.
type brokenKeyring struct{}

func (brokenKeyring) Get(string, string) (string, error) { return "", errors.New("no D-Bus session") }
func (brokenKeyring) Set(string, string, string) error   { return errors.New("no D-Bus session") }
func (brokenKeyring) Delete(string, string) error        { return errors.New("no D-Bus session") }

// leakyKeyring works for the probe but fails later Sets with an error that
// quotes the value, to prove Secrets removes it.
type leakyKeyring struct{ SystemKeyring }

func (leakyKeyring) Set(_, user, password string) error {
	if user == probeKey {
		return keyring.Set(Service, user, password)
	}
	return fmt.Errorf("refused to store %q", password)
}

// useMockKeyring swaps go-keyring's provider for its in-memory mock. The swap
// lasts for the whole test binary, so it is skipped on a real-keyring run.
func useMockKeyring(t *testing.T) {
	t.Helper()
	if os.Getenv("DIALTONE_REAL_KEYRING") == "1" {
		t.Skip("DIALTONE_REAL_KEYRING=1: not replacing the real keyring with the mock")
	}
	keyring.MockInit()
}

func openFile(t *testing.T, dir string) *Secrets {
	t.Helper()
	s, err := OpenWith(context.Background(), dir, brokenKeyring{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Backend() != BackendFile {
		t.Fatalf("Backend() = %q, want %q", s.Backend(), BackendFile)
	}
	return s
}

// roundtrip exercises the Store contract on any backend.
func roundtrip(t *testing.T, s Store) {
	t.Helper()
	ctx := context.Background()
	const key = "account/12/password"
	if _, err := s.Get(ctx, key); model.ErrorCode(err) != model.ENOTFOUND {
		t.Fatalf("Get of a missing key: %v (code %q), want %q", err, model.ErrorCode(err), model.ENOTFOUND)
	}
	if err := s.Set(ctx, key, "first"); err != nil {
		t.Fatal(err)
	}
	if err := s.Set(ctx, key, secret); err != nil {
		t.Fatal(err)
	}
	if err := s.Set(ctx, "account/13/password", "other"); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get(ctx, key); err != nil || got != secret {
		t.Fatalf("Get = %q, %v; want the value set last", got, err)
	}
	if err := s.Delete(ctx, key); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, key); model.ErrorCode(err) != model.ENOTFOUND {
		t.Fatalf("Get after Delete: %v, want %q", err, model.ENOTFOUND)
	}
	if err := s.Delete(ctx, key); err != nil {
		t.Fatalf("Delete of a missing key: %v, want nil", err)
	}
	if got, err := s.Get(ctx, "account/13/password"); err != nil || got != "other" {
		t.Fatalf("other key = %q, %v; want %q", got, err, "other")
	}
	if err := s.Set(ctx, "", "x"); model.ErrorCode(err) != model.EINVALID {
		t.Fatalf("Set with an empty key: %v, want %q", err, model.EINVALID)
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Get(done, "account/13/password"); err == nil {
		t.Fatal("Get with a cancelled context succeeded")
	}
}

// concurrentSets checks that parallel Sets of different keys all land.
func concurrentSets(t *testing.T, s Store) {
	t.Helper()
	ctx := context.Background()
	const workers, each = 8, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if err := s.Set(ctx, fmt.Sprintf("account/%d/token", w*each+i), fmt.Sprint(w, i)); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for w := range workers {
		for i := range each {
			got, err := s.Get(ctx, fmt.Sprintf("account/%d/token", w*each+i))
			if err != nil || got != fmt.Sprint(w, i) {
				t.Fatalf("key %d/%d = %q, %v", w, i, got, err)
			}
		}
	}
}

func TestKeyringBackend(t *testing.T) {
	useMockKeyring(t)
	dir := t.TempDir()
	s, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Backend() != BackendKeyring || s.Warning() != "" || s.KeyringError() != nil {
		t.Fatalf("Backend %q, Warning %q, KeyringError %v; want the keyring and no warning",
			s.Backend(), s.Warning(), s.KeyringError())
	}
	roundtrip(t, s)
	concurrentSets(t, s)
	if v, err := keyring.Get(Service, "account/13/password"); err != nil || v != "other" {
		t.Fatalf("item not in the keyring under service %q: %q, %v", Service, v, err)
	}
	if _, err := keyring.Get(Service, probeKey); !errors.Is(err, keyring.ErrNotFound) {
		t.Fatalf("the probe item was left behind: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("the keyring backend wrote files: %v", entries)
	}
}

func TestKeyringErrorsHideSecret(t *testing.T) {
	useMockKeyring(t)
	s, err := OpenWith(context.Background(), t.TempDir(), leakyKeyring{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Backend() != BackendKeyring {
		t.Fatalf("Backend() = %q", s.Backend())
	}
	err = s.Set(context.Background(), "account/1/password", secret)
	if model.ErrorCode(err) != model.EUNAVAILABLE {
		t.Fatalf("Set: %v, want %q", err, model.EUNAVAILABLE)
	}
	if strings.Contains(err.Error(), secret) || strings.Contains(model.ErrorMessage(err), secret) {
		t.Fatalf("error reveals the secret: %v", err)
	}
}

func TestFallbackWhenNoKeyring(t *testing.T) {
	for name, kr := range map[string]Keyring{"broken": brokenKeyring{}, "nil": nil} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := OpenWith(context.Background(), dir, kr)
			if err != nil {
				t.Fatal(err)
			}
			want := filepath.Join(dir, FileName)
			if s.Backend() != BackendFile || s.Path() != want || s.KeyringError() == nil {
				t.Fatalf("Backend %q, Path %q, KeyringError %v", s.Backend(), s.Path(), s.KeyringError())
			}
			if w := s.Warning(); !strings.Contains(w, want) || !strings.Contains(w, "readable only by you") {
				t.Fatalf("Warning() = %q", w)
			}
		})
	}
}

func TestOpenProbeTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := OpenWith(ctx, t.TempDir(), stuckKeyring{release})
	if model.ErrorCode(err) != model.EUNAVAILABLE {
		t.Fatalf("OpenWith with a keyring that never answers: %v, want %q", err, model.EUNAVAILABLE)
	}
}

// stuckKeyring blocks like a keyring waiting to be unlocked.
type stuckKeyring struct{ release chan struct{} }

func (k stuckKeyring) Get(string, string) (string, error) { <-k.release; return "", errors.New("late") }
func (k stuckKeyring) Set(string, string, string) error   { <-k.release; return errors.New("late") }
func (k stuckKeyring) Delete(string, string) error        { <-k.release; return errors.New("late") }

func TestFileBackend(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s := openFile(t, dir)
	roundtrip(t, s)

	info, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" {
		if m := info.Mode().Perm(); m != 0o600 {
			t.Fatalf("file mode %v, want 0600", m)
		}
		dinfo, err := os.Stat(dir)
		if err != nil {
			t.Fatal(err)
		}
		if m := dinfo.Mode().Perm(); m != 0o700 {
			t.Fatalf("folder mode %v, want 0700", m)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != FileName {
		t.Fatalf("folder holds %v, want only %s (no temporary files left)", entries, FileName)
	}

	// A second Secrets on the same folder (another process) sees the data.
	again := openFile(t, dir)
	if got, err := again.Get(context.Background(), "account/13/password"); err != nil || got != "other" {
		t.Fatalf("reopened Get = %q, %v", got, err)
	}
}

func TestFileBackendConcurrentSets(t *testing.T) {
	concurrentSets(t, openFile(t, t.TempDir()))
}

func TestFileBackendTightensMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	dir := t.TempDir()
	s := openFile(t, dir)
	if err := os.WriteFile(s.Path(), []byte(`{"version":1,"secrets":{"a":"b"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(s.Path(), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get(context.Background(), "a"); err != nil || got != "b" {
		t.Fatalf("Get from a 0644 file = %q, %v", got, err)
	}
	if err := s.Set(context.Background(), "c", "d"); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if m := info.Mode().Perm(); m != 0o600 {
		t.Fatalf("mode after Set %v, want 0600", m)
	}
	if got, err := s.Get(context.Background(), "a"); err != nil || got != "b" {
		t.Fatalf("existing key lost: %q, %v", got, err)
	}
}

func TestFileBackendDamagedFile(t *testing.T) {
	cases := map[string]struct {
		content string
		code    string
	}{
		"truncated":   {`{"version":1,"secrets":{"a":"` + secret, model.ECORRUPT},
		"syntax":      {`{"version":1,"secrets":{"a":` + secret + `}}`, model.ECORRUPT},
		"number":      {`{"version":1,"secrets":{"a":8675309}}`, model.ECORRUPT},
		"not json":    {secret, model.ECORRUPT},
		"empty":       {``, model.ECORRUPT},
		"no version":  {`{"secrets":{"a":"` + secret + `"}}`, model.ECORRUPT},
		"unknown":     {`{"version":1,"extra":"` + secret + `"}`, model.ECORRUPT},
		"trailing":    {`{"version":1,"secrets":{}} "` + secret + `"`, model.ECORRUPT},
		"newer":       {`{"version":2,"secrets":{"a":"` + secret + `"}}`, model.ESCHEMA},
		"list":        {`["` + secret + `"]`, model.ECORRUPT},
		"wrong value": {`{"version":1,"secrets":{"a":["` + secret + `"]}}`, model.ECORRUPT},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			s := openFile(t, t.TempDir())
			if err := os.WriteFile(s.Path(), []byte(c.content), 0o600); err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			_, getErr := s.Get(ctx, "a")
			setErr := s.Set(ctx, "b", "new")
			delErr := s.Delete(ctx, "a")
			for _, err := range []error{getErr, setErr, delErr} {
				if model.ErrorCode(err) != c.code {
					t.Fatalf("error %v, want code %q", err, c.code)
				}
				for _, leak := range []string{secret, "8675309"} {
					if strings.Contains(err.Error(), leak) || strings.Contains(model.ErrorMessage(err), leak) {
						t.Fatalf("error reveals file content: %v", err)
					}
				}
			}
			b, err := os.ReadFile(s.Path())
			if err != nil || string(b) != c.content {
				t.Fatalf("a damaged file was overwritten: %q, %v", b, err)
			}
		})
	}
}

func TestFileErrorsHideSecret(t *testing.T) {
	// The data folder cannot be created under a regular file, even by root.
	blocker := filepath.Join(t.TempDir(), "blocker")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s := openFile(t, filepath.Join(blocker, "data"))
	err := s.Set(context.Background(), "account/1/password", secret)
	if model.ErrorCode(err) != model.EUNAVAILABLE {
		t.Fatalf("Set where no folder can be made: %v, want %q", err, model.EUNAVAILABLE)
	}
	if strings.Contains(err.Error(), secret) || strings.Contains(model.ErrorMessage(err), secret) {
		t.Fatalf("error reveals the secret: %v", err)
	}
}

// TestRealKeyring talks to the session's Secret Service. Run it with a
// throwaway login keyring (its password must not be empty):
//
//	HOME=$(mktemp -d) DIALTONE_REAL_KEYRING=1 dbus-run-session -- sh -c \
//	  'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
//	   go test -count=1 -run RealKeyring ./sync/secrets/'
//
// The tests that use go-keyring's mock skip themselves on such a run, since
// the mock would replace the real keyring for the whole test binary.
func TestRealKeyring(t *testing.T) {
	if os.Getenv("DIALTONE_REAL_KEYRING") != "1" {
		t.Skip("set DIALTONE_REAL_KEYRING=1 to use the real keyring")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	dir := t.TempDir()
	s, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Backend() != BackendKeyring {
		t.Fatalf("Backend() = %q (%v), want the keyring", s.Backend(), s.KeyringError())
	}
	key := fmt.Sprintf("test/%d/password", time.Now().UnixNano())
	t.Cleanup(func() { _ = s.Delete(context.Background(), key) })
	if err := s.Set(ctx, key, secret); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get(ctx, key); err != nil || got != secret {
		t.Fatalf("Get = %q, %v", got, err)
	}
	if err := s.Delete(ctx, key); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, key); model.ErrorCode(err) != model.ENOTFOUND {
		t.Fatalf("Get after Delete: %v, want %q", err, model.ENOTFOUND)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("the keyring backend wrote files: %v", entries)
	}
}
