package imaptest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Mbsync mirrors one mailbox of user on d into the local maildir tree at
// destDir with mbsync (Debian package isync), the speed reference for our
// own sync, and returns how long mbsync ran. The copy lands in
// destDir/<mailbox> (INBOX in destDir/INBOX), messages in its cur and new
// subdirectories, next to mbsync's own state files. It only pulls: the
// server is not changed. A second call fetches only what is new. It returns
// an error, never skips, when mbsync is not installed; ctx bounds the run.
func Mbsync(ctx context.Context, d *Dovecot, user, password, mailbox, destDir string) (time.Duration, error) {
	bin, err := exec.LookPath("mbsync")
	if err != nil {
		return 0, fmt.Errorf("mbsync is not installed (apt-get install isync): %w", err)
	}
	if mailbox == "" || strings.ContainsAny(mailbox, "\r\n") {
		return 0, fmt.Errorf("mbsync: bad mailbox name %q", mailbox)
	}
	dest, err := filepath.Abs(destDir)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(dest, 0o755); err != nil {
		return 0, err
	}
	farNear, err := mbsyncSides(ctx, bin)
	if err != nil {
		return 0, err
	}

	rcDir, err := os.MkdirTemp("", "imaptest-mbsync-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(rcDir)
	rc := filepath.Join(rcDir, "mbsyncrc")
	if err := os.WriteFile(rc, []byte(mbsyncConfig(d, user, password, mailbox, dest, farNear)), 0o600); err != nil {
		return 0, err
	}

	cmd := exec.CommandContext(ctx, bin, "-c", rc, "-q", "imaptest")
	cmd.Dir = rcDir
	// Keep mbsync away from the caller's ~/.mbsync and ~/.mbsyncrc.
	cmd.Env = append(os.Environ(), "HOME="+rcDir)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err = cmd.Run()
	took := time.Since(start)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			err = ctxErr
		}
		return took, fmt.Errorf("mbsync %s of %s: %w\n%s", mailbox, user, err, strings.TrimSpace(out.String()))
	}
	return took, nil
}

// mbsyncSides returns the channel keywords of the installed isync:
// Far/Near from 1.4 on, Master/Slave before.
func mbsyncSides(ctx context.Context, bin string) ([2]string, error) {
	out, err := exec.CommandContext(ctx, bin, "--version").CombinedOutput()
	if err != nil {
		return [2]string{}, fmt.Errorf("mbsync --version: %w: %s", err, out)
	}
	m := regexp.MustCompile(`(\d+)\.(\d+)`).FindSubmatch(out)
	if m == nil {
		return [2]string{}, errors.New("mbsync --version: no version in " + strconv.Quote(string(out)))
	}
	major, _ := strconv.Atoi(string(m[1]))
	minor, _ := strconv.Atoi(string(m[2]))
	if major < 1 || major == 1 && minor < 4 {
		return [2]string{"Master", "Slave"}, nil
	}
	return [2]string{"Far", "Near"}, nil
}

// mbsyncConfig returns an mbsyncrc with the channel "imaptest".
func mbsyncConfig(d *Dovecot, user, password, mailbox, dest string, sides [2]string) string {
	near := mailbox
	if strings.EqualFold(mailbox, "INBOX") {
		near = "INBOX"
	}
	q := mbsyncQuote
	return fmt.Sprintf(`IMAPAccount imaptest
Host %s
Port %d
User %s
Pass %s
SSLType None
AuthMechs LOGIN PLAIN

IMAPStore imaptest-far
Account imaptest

MaildirStore imaptest-near
Path %s
Inbox %s

Channel imaptest
%s :imaptest-far:%s
%s :imaptest-near:%s
Sync Pull
Create %s
Remove None
Expunge None
SyncState *
`,
		d.Host(), d.Port(), q(user), q(password),
		q(dest+"/"), q(filepath.Join(dest, "INBOX")),
		sides[0], q(mailbox), sides[1], q(near), sides[1])
}

// mbsyncQuote quotes a value for an mbsyncrc.
func mbsyncQuote(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, `"`, `\"`)
	return `"` + s + `"`
}
