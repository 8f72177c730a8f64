package imaptest

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// RequireDovecotEnv names the environment variable that turns a missing
// Dovecot (or a missing root account) from a skipped test into a failure.
// "make test" sets it.
const RequireDovecotEnv = "DIALTONE_REQUIRE_DOVECOT"

// MailUID and MailGID are the owner of every mail file Dovecot serves and
// Deliver writes (the Debian "mail" account).
const (
	MailUID = 8
	MailGID = 8
)

const (
	startTimeout = 15 * time.Second
	stopTimeout  = 5 * time.Second
	startTries   = 4
)

// User is an IMAP account on a test Dovecot. Name may be an e-mail address;
// neither field may contain ':', '/' or a line break.
type User struct {
	Name, Password string
}

// Dovecot is a Dovecot IMAP server owned by one test. It listens on
// 127.0.0.1 without TLS, accepts LOGIN and AUTHENTICATE PLAIN/LOGIN with the
// users' passwords (a wrong one fails without Dovecot's usual delay and
// per-IP penalty), advertises CONDSTORE and QRESYNC, and gives every user
// the special-use mailboxes Sent (\Sent) and Drafts (\Drafts), both created
// and subscribed at first login, and Trash (\Trash) once created. Mail is
// kept in Maildir++ folders ("." is the hierarchy delimiter) under a fresh
// directory that is removed when the test ends.
type Dovecot struct {
	bin     string
	dir     string
	conf    string
	logPath string
	outPath string
	port    int
	users   []User

	mu     sync.Mutex
	cmd    *exec.Cmd
	exited chan struct{}
	seq    int
}

// StartDovecot starts a Dovecot with the given users and stops it when the
// test ends. With no users, one user {Name: "test", Password: "test"} is
// created. It skips the test when the dovecot binary is missing or the test
// does not run as root (Dovecot must switch to the mail user), unless the
// environment variable DIALTONE_REQUIRE_DOVECOT is set, in which case the
// test fails. It returns once the server has sent its "* OK" greeting, and
// fails the test, quoting Dovecot's log, if that takes more than 15 s.
func StartDovecot(t testing.TB, users ...User) *Dovecot {
	t.Helper()
	bin := findDovecot()
	if bin == "" {
		skipOrFail(t, "dovecot is not installed (apt-get install dovecot-imapd)")
	}
	if os.Geteuid() != 0 {
		skipOrFail(t, "Dovecot tests must run as root (Dovecot switches to uid 8 for mail)")
	}
	if len(users) == 0 {
		users = []User{{Name: "test", Password: "test"}}
	}
	seen := make(map[string]bool)
	for _, u := range users {
		if err := checkUser(u); err != nil {
			t.Fatalf("imaptest: %v", err)
		}
		if seen[u.Name] {
			t.Fatalf("imaptest: user %q given twice", u.Name)
		}
		seen[u.Name] = true
	}

	dir, err := os.MkdirTemp(tempRoot(), "imaptest-dovecot-")
	if err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	// Dovecot's login (dovenull) and mail (uid 8) processes must reach
	// the run directory and the homes.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatalf("imaptest: %v", err)
	}
	d := &Dovecot{
		bin:     bin,
		dir:     dir,
		conf:    filepath.Join(dir, "dovecot.conf"),
		logPath: filepath.Join(dir, "dovecot.log"),
		outPath: filepath.Join(dir, "dovecot.out"),
		users:   append([]User(nil), users...),
	}
	if err := d.prepare(); err != nil {
		t.Fatalf("imaptest: preparing Dovecot: %v", err)
	}

	var lastErr error
	for try := 0; try < startTries; try++ {
		port, err := freePort()
		if err != nil {
			t.Fatalf("imaptest: %v", err)
		}
		d.port = port
		var exited bool
		exited, lastErr = d.start(port)
		if lastErr == nil {
			t.Cleanup(d.Stop)
			return d
		}
		if !exited {
			break // a hang, not a lost race for the port: do not wait again
		}
	}
	t.Fatalf("imaptest: starting Dovecot: %v", lastErr)
	return nil
}

// Addr returns the IMAP address, "127.0.0.1:PORT".
func (d *Dovecot) Addr() string {
	return net.JoinHostPort(d.Host(), strconv.Itoa(d.port))
}

// Host returns the IMAP host, "127.0.0.1".
func (d *Dovecot) Host() string { return "127.0.0.1" }

// Port returns the IMAP port. It stays the same across Restart.
func (d *Dovecot) Port() int { return d.port }

// Users returns the accounts the server was started with.
func (d *Dovecot) Users() []User { return append([]User(nil), d.users...) }

// Log returns what Dovecot has logged so far, for test failure messages.
func (d *Dovecot) Log() string {
	var b strings.Builder
	for _, p := range []string{d.outPath, d.logPath} {
		data, err := os.ReadFile(p)
		if err == nil && len(data) > 0 {
			fmt.Fprintf(&b, "--- %s\n%s", filepath.Base(p), data)
		}
	}
	if b.Len() == 0 {
		return "(Dovecot logged nothing)"
	}
	return b.String()
}

// Maildir returns the path of user's Maildir++ root, which holds INBOX;
// another mailbox M lives in its subdirectory ".M". The path is computed
// from the name and need not exist yet.
func (d *Dovecot) Maildir(user string) string {
	return filepath.Join(d.home(user), "Maildir")
}

// Stop kills the server and every process it started, at once and without
// warning (SIGKILL to its process group, as in a crash; a graceful Dovecot
// shutdown takes a second or more), and returns once its port is free.
// Mail already delivered or appended is kept. Connected clients see their
// connection end without a BYE. Stop is idempotent; it is called when the
// test ends.
func (d *Dovecot) Stop() {
	d.stop(true)
}

// stop kills the process group; waitPort also waits for the port to be
// released.
func (d *Dovecot) stop(waitPort bool) {
	d.mu.Lock()
	cmd, exited := d.cmd, d.exited
	d.cmd, d.exited = nil, nil
	d.mu.Unlock()
	if cmd == nil {
		return
	}
	// Setpgid made the master's pid its children's process group.
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	select {
	case <-exited:
	case <-time.After(stopTimeout):
	}
	if waitPort {
		waitPortFree(d.port, stopTimeout)
	}
}

// Restart kills the server (see Stop) and starts it again on the same port
// with the same mail, as a server crash and restart in the middle of a sync
// would. UIDs and UIDVALIDITY survive. It fails the test if the server does
// not come back.
func (d *Dovecot) Restart(t testing.TB) {
	t.Helper()
	d.Stop()
	var err error
	for try := 0; try < startTries; try++ {
		var exited bool
		exited, err = d.start(d.port)
		if err == nil {
			return
		}
		if !exited {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("imaptest: restarting Dovecot: %v", err)
}

// Deliver writes msgs straight into user's mailbox as Maildir files, marked
// \Seen, without going through IMAP, so that tens of thousands of messages
// take seconds. The mailbox (and its parents' directories) is created if
// needed; "INBOX" in any case is the Maildir root, and a hierarchy uses
// Dovecot's "." delimiter ("Archive.2024"). Names must be printable ASCII
// without '&' or '/'. Dovecot assigns UIDs, in slice order, when it next
// looks at the mailbox, so a client sees the messages on its next SELECT,
// STATUS or NOOP. Deliver may be called while the server runs.
func (d *Dovecot) Deliver(t testing.TB, user, mailbox string, msgs [][]byte) {
	t.Helper()
	if !d.hasUser(user) {
		t.Fatalf("imaptest: Deliver: no user %q", user)
	}
	dir, err := d.mailboxDir(user, mailbox)
	if err != nil {
		t.Fatalf("imaptest: Deliver: %v", err)
	}
	d.mu.Lock()
	d.seq++
	seq := d.seq
	d.mu.Unlock()
	if err := deliver(dir, d.Maildir(user), seq, msgs); err != nil {
		t.Fatalf("imaptest: Deliver to %s/%s: %v", user, mailbox, err)
	}
}

// deliver does Deliver's work into the Maildir folder dir inside root.
func deliver(dir, root string, seq int, msgs [][]byte) error {
	dirs := []string{root, filepath.Join(root, "cur"), filepath.Join(root, "new"), filepath.Join(root, "tmp")}
	if dir != root {
		dirs = append(dirs, dir, filepath.Join(dir, "cur"), filepath.Join(dir, "new"), filepath.Join(dir, "tmp"))
	}
	for _, p := range dirs {
		if err := mkdirMail(p); err != nil {
			return err
		}
	}
	if dir != root {
		// Dovecot marks the folders it creates with this empty file.
		if err := writeMail(filepath.Join(dir, "maildirfolder"), nil); err != nil {
			return err
		}
	}
	now := time.Now().Unix()
	for i, m := range msgs {
		// Dovecot numbers new files by the seconds in their name, then by
		// name: zero padding keeps deliveries and messages in order.
		base := fmt.Sprintf("%d.%06d_%08d.imaptest,S=%d", now, seq, i, len(m))
		tmp := filepath.Join(dir, "tmp", base)
		if err := writeMail(tmp, m); err != nil {
			return err
		}
		if err := os.Rename(tmp, filepath.Join(dir, "cur", base+":2,S")); err != nil {
			return err
		}
	}
	return nil
}

// mkdirMail creates directory p, owned by the mail user, if it is missing.
func mkdirMail(p string) error {
	err := os.Mkdir(p, 0o700)
	if errors.Is(err, os.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return os.Chown(p, MailUID, MailGID)
}

// writeMail writes file p, owned by the mail user.
func writeMail(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chown(MailUID, MailGID)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// mailboxDir maps an IMAP mailbox name to its Maildir++ folder.
func (d *Dovecot) mailboxDir(user, mailbox string) (string, error) {
	if strings.EqualFold(mailbox, "INBOX") {
		return d.Maildir(user), nil
	}
	if mailbox == "" || strings.HasPrefix(mailbox, ".") || strings.HasSuffix(mailbox, ".") || strings.Contains(mailbox, "..") {
		return "", fmt.Errorf("bad mailbox name %q", mailbox)
	}
	for _, r := range mailbox {
		if r < 0x20 || r > 0x7e || r == '&' || r == '/' || r == '\\' {
			return "", fmt.Errorf("mailbox name %q: only printable ASCII without '&', '/' or '\\' is supported", mailbox)
		}
	}
	return filepath.Join(d.Maildir(user), "."+mailbox), nil
}

func (d *Dovecot) hasUser(name string) bool {
	for _, u := range d.users {
		if u.Name == name {
			return true
		}
	}
	return false
}

func (d *Dovecot) home(user string) string {
	return filepath.Join(d.dir, "home", user)
}

// prepare writes the password file and creates the homes.
func (d *Dovecot) prepare() error {
	if err := os.Mkdir(filepath.Join(d.dir, "home"), 0o755); err != nil {
		return err
	}
	var pw strings.Builder
	for _, u := range d.users {
		home := d.home(u.Name)
		if err := mkdirMail(home); err != nil {
			return err
		}
		// name:password:uid:gid:gecos:home:shell:extra
		fmt.Fprintf(&pw, "%s:{PLAIN}%s:%d:%d::%s::\n", u.Name, u.Password, MailUID, MailGID, home)
	}
	// Dovecot's auth process reads it as the dovecot user. The passwords
	// are throwaway test passwords.
	return os.WriteFile(filepath.Join(d.dir, "passwd"), []byte(pw.String()), 0o644)
}

// config returns the dovecot.conf for port (Dovecot 2.3 syntax).
func (d *Dovecot) config(port int) string {
	return fmt.Sprintf(`# Written by dialtone/sync/imap/imaptest for one test.
protocols = imap
listen = 127.0.0.1
base_dir = %[1]s/run
state_dir = %[1]s/state
instance_name = imaptest
log_path = %[2]s
default_login_user = dovenull
default_internal_user = dovecot
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests log in with wrong passwords on purpose: answer at once, and see
# the anvil service below.
auth_failure_delay = 0
auth_verbose = yes
mail_uid = %[4]d
mail_gid = %[5]d
first_valid_uid = %[4]d
first_valid_gid = %[5]d
mail_location = maildir:~/Maildir
mail_fsync = never
imap_capability = +CONDSTORE QRESYNC

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%%u %[1]s/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%%u %[1]s/passwd
}

namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \Drafts
    auto = subscribe
  }
  mailbox Trash {
    special_use = \Trash
  }
}

service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %[3]d
  }
  inet_listener imaps {
    port = 0
  }
}

# auth delays every login from an IP (2 s, doubling to 15 s) after a failed
# one, which would serialize the tests' logins from 127.0.0.1. With anvil's
# penalty socket moved, auth finds none and applies no penalty.
service anvil {
  unix_listener anvil-auth-penalty {
    path = anvil-auth-penalty-off
  }
}
`, d.dir, d.logPath, port, MailUID, MailGID)
}

// start runs Dovecot on port and waits for its greeting. exited tells
// whether a failure was Dovecot quitting (say, the port was taken) rather
// than not answering in time.
func (d *Dovecot) start(port int) (exited bool, err error) {
	if err := os.WriteFile(d.conf, []byte(d.config(port)), 0o644); err != nil {
		return false, err
	}
	out, err := os.OpenFile(d.outPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return false, err
	}
	cmd := exec.Command(d.bin, "-F", "-c", d.conf)
	cmd.Stdout = out
	cmd.Stderr = out
	// Its own process group, so that Stop reaches every child; and it dies
	// with the test binary (say, on a test timeout).
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	err = cmd.Start()
	_ = out.Close()
	if err != nil {
		return false, err
	}
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(done)
	}()
	d.mu.Lock()
	d.cmd, d.exited = cmd, done
	d.mu.Unlock()

	addr := net.JoinHostPort(d.Host(), strconv.Itoa(port))
	deadline := time.Now().Add(startTimeout)
	for time.Now().Before(deadline) {
		select {
		case <-done:
			d.stop(false)
			return true, fmt.Errorf("dovecot exited (%v) before greeting on %s\n%s", cmd.ProcessState, addr, d.Log())
		default:
		}
		if greeted(addr) {
			return false, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	d.Stop()
	return false, fmt.Errorf("no IMAP greeting on %s within %v\n%s", addr, startTimeout, d.Log())
}

// greeted tells whether an IMAP server at addr sends "* OK".
func greeted(addr string) bool {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return false
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(2 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	return err == nil && strings.HasPrefix(line, "* OK")
}

// freePort returns a loopback TCP port that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	return port, l.Close()
}

// waitPortFree waits until nothing listens on the loopback port.
func waitPortFree(port int, timeout time.Duration) {
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	deadline := time.Now().Add(timeout)
	for {
		l, err := net.Listen("tcp", addr)
		if err == nil {
			_ = l.Close()
			return
		}
		if time.Now().After(deadline) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func findDovecot() string {
	if p, err := exec.LookPath("dovecot"); err == nil {
		return p
	}
	for _, p := range []string{"/usr/sbin/dovecot", "/usr/local/sbin/dovecot"} {
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
			return p
		}
	}
	return ""
}

// skipOrFail skips the test, or fails it when DIALTONE_REQUIRE_DOVECOT is
// set.
func skipOrFail(t testing.TB, why string) {
	t.Helper()
	if os.Getenv(RequireDovecotEnv) != "" {
		t.Fatalf("imaptest: %s, and %s is set", why, RequireDovecotEnv)
	}
	t.Skipf("imaptest: %s; set %s=1 to make this a failure", why, RequireDovecotEnv)
}

// tempRoot is where server directories go: /tmp, whose mode lets
// Dovecot's unprivileged processes through, unless it is missing.
func tempRoot() string {
	if fi, err := os.Stat("/tmp"); err == nil && fi.IsDir() {
		return "/tmp"
	}
	return os.TempDir()
}

func checkUser(u User) error {
	if u.Name == "" || u.Name == "." || u.Name == ".." || strings.ContainsAny(u.Name, ":/\r\n\x00") {
		return fmt.Errorf("bad user name %q", u.Name)
	}
	if strings.ContainsAny(u.Password, ":\r\n\x00") {
		return fmt.Errorf("user %q: password may not contain ':' or a line break", u.Name)
	}
	return nil
}
