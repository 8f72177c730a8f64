package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"dialtone/sync/imap/imaptest"
)

// TestAccountsAddAndSync connects an IMAP mailbox through the CLI, syncs
// it, and checks that the weekly report counts the synced mail, that the
// password is kept out of the database, and that removing the account
// removes its mail.
func TestAccountsAddAndSync(t *testing.T) {
	const user, pass = "rep@northwind.test", "pw-7f3a-never-stored"
	now := time.Date(2026, 11, 19, 21, 0, 0, 0, time.UTC)
	t.Setenv("DIALTONE_NOW", now.Format(time.RFC3339))
	mem := imaptest.StartMem(t, imaptest.User{Name: user, Password: pass})
	appendMsg := func(mailbox, raw string) {
		mem.Append(t, imaptest.User{Name: user, Password: pass}, mailbox, []byte(strings.ReplaceAll(raw, "\n", "\r\n")))
	}
	for i := 0; i < 5; i++ {
		appendMsg("Sent", fmt.Sprintf("Message-ID: <s%d@northwind.test>\nFrom: %s\nTo: buyer%d@acme.test\nSubject: Pilot %d\nDate: %s\n\nThe pilot is 3 seats at $40 from December %d.\n",
			i, user, i, i, now.Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z), i+1))
	}
	appendMsg("INBOX", fmt.Sprintf("Message-ID: <r0@acme.test>\nIn-Reply-To: <s0@northwind.test>\nFrom: buyer0@acme.test\nTo: %s\nSubject: Re: Pilot 0\nDate: %s\n\nSounds good.\n", user, now.Format(time.RFC1123Z)))

	dir := t.TempDir()
	args := []string{"--data", dir, "accounts", "add", "imap", "--host", "127.0.0.1", "--port", strconv.Itoa(mem.Port()), "--tls", "none", "--user", user}
	if code, _, errs := cli(t, "wrong\n", append(args, "--password-stdin")...); code != 1 || !strings.Contains(errs, "refused the sign-in") {
		t.Fatalf("wrong password: %d %q", code, errs)
	}
	if code, _, errs := cli(t, pass+"\n", append(args[:len(args)-4], "--tls", "none", "--user", user)...); code != 2 || !strings.Contains(errs, "--password-stdin") {
		t.Fatalf("no password flag: %d %q", code, errs)
	}
	code, out, errs := cli(t, pass+"\n", append(args, "--password-stdin")...)
	if code != 0 || !strings.Contains(out, "Connected account 1") {
		t.Fatalf("add: %d %q %q", code, out, errs)
	}
	code, out, errs = cli(t, "", "--data", dir, "sync", "--json")
	if code != 0 {
		t.Fatalf("sync: %d %q %q", code, out, errs)
	}
	var res struct {
		Accounts []struct {
			Stored  int    `json:"stored"`
			Skipped int    `json:"skipped"`
			Error   string `json:"error"`
		} `json:"accounts"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Accounts) != 1 || res.Accounts[0].Stored != 6 {
		t.Fatalf("sync result %q (%v)", out, err)
	}
	if !strings.Contains(errs, "Sent: 5 messages") {
		t.Errorf("no per-folder progress on a non-terminal: %q", errs)
	}
	code, out, _ = cli(t, "", "--data", dir, "report", "weekly", "--weeks", "1", "--json")
	var rep struct {
		Weeks []struct {
			Contacts int `json:"contacts"`
			People   int `json:"people_contacted"`
		} `json:"weeks"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || rep.Weeks[0].Contacts != 5 || rep.Weeks[0].People != 5 {
		t.Fatalf("report after sync: %d %q", code, out)
	}
	// The password is in the keyring or the private file, never the database.
	for _, name := range []string{"dialtone.db", "dialtone.db-wal"} {
		b, _ := os.ReadFile(filepath.Join(dir, name))
		if strings.Contains(string(b), pass) {
			t.Fatalf("the password is in %s", name)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "secrets.json")); err == nil && fi.Mode().Perm() != 0o600 {
		t.Fatalf("secrets file mode %v", fi.Mode().Perm())
	}
	code, out, _ = cli(t, "", "--data", dir, "sync")
	if code != 0 || !strings.Contains(out, "0 stored") {
		t.Fatalf("second sync: %d %q", code, out)
	}
	if code, out, errs := cli(t, "", "--data", dir, "accounts", "remove", "1"); code != 0 {
		t.Fatalf("remove: %d %q %q", code, out, errs)
	}
	code, out, _ = cli(t, "", "--data", dir, "accounts", "list", "--json")
	// With no account left, Dialtone shows the demo data again.
	if code != 0 || !strings.Contains(out, `"mode":"demo"`) {
		t.Fatalf("after remove: %q", out)
	}
}
