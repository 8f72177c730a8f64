package imap_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"dialtone/model"
	"dialtone/store"
	dimap "dialtone/sync/imap"
	"dialtone/sync/imap/imaptest"
	"dialtone/sync/mime"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

const (
	repEmail = "rep@northwind.test"
	repPass  = "s3cret-pw"
)

// backend is an IMAP server the contract runs against.
type backend struct {
	name string
	cfg  dimap.Config
}

// memBackend starts go-imap's in-memory server on loopback. It has no
// SPECIAL-USE, so Sent and Drafts are found by name.
func memBackend(t *testing.T) backend {
	m := imaptest.StartMem(t, imaptest.User{Name: repEmail, Password: repPass})
	return backend{name: "memserver", cfg: dimap.Config{Host: "127.0.0.1", Port: m.Port(), TLS: dimap.TLSNone, User: repEmail, Secret: repPass}}
}

// dovecotBackend starts a real Dovecot on loopback (see imaptest).
func dovecotBackend(t testing.TB) (backend, *imaptest.Dovecot) {
	d := imaptest.StartDovecot(t, imaptest.User{Name: repEmail, Password: repPass})
	return backend{name: "dovecot", cfg: dimap.Config{Host: "127.0.0.1", Port: d.Port(), TLS: dimap.TLSNone, User: repEmail, Secret: repPass}}, d
}

func backends(t *testing.T) []func(t *testing.T) backend {
	return []func(t *testing.T) backend{
		memBackend,
		func(t *testing.T) backend { b, _ := dovecotBackend(t); return b },
	}
}

// admin is a second IMAP session the test uses to change the mailbox.
type admin struct {
	t *testing.T
	c *imapclient.Client
}

func newAdmin(t *testing.T, cfg dimap.Config) *admin {
	t.Helper()
	c, err := imapclient.DialInsecure(cfg.Addr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(cfg.User, cfg.Secret).Wait(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return &admin{t: t, c: c}
}

func (a *admin) append(mailbox string, raw []byte) {
	a.t.Helper()
	cmd := a.c.Append(mailbox, int64(len(raw)), nil)
	if _, err := cmd.Write(raw); err != nil {
		a.t.Fatal(err)
	}
	if err := cmd.Close(); err != nil {
		a.t.Fatal(err)
	}
	if _, err := cmd.Wait(); err != nil {
		a.t.Fatalf("append to %s: %v", mailbox, err)
	}
}

// expunge deletes the messages of mailbox whose Message-ID is id.
func (a *admin) expunge(mailbox, id string) {
	a.t.Helper()
	if _, err := a.c.Select(mailbox, nil).Wait(); err != nil {
		a.t.Fatal(err)
	}
	data, err := a.c.UIDSearch(&goimap.SearchCriteria{Header: []goimap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: id}}}, nil).Wait()
	if err != nil {
		a.t.Fatal(err)
	}
	uids := data.AllUIDs()
	if len(uids) == 0 {
		a.t.Fatalf("no message %s in %s", id, mailbox)
	}
	set := goimap.UIDSetNum(uids...)
	if err := a.c.Store(set, &goimap.StoreFlags{Op: goimap.StoreFlagsAdd, Flags: []goimap.Flag{goimap.FlagDeleted}, Silent: true}, nil).Close(); err != nil {
		a.t.Fatal(err)
	}
	if err := a.c.Expunge().Close(); err != nil {
		a.t.Fatal(err)
	}
	if err := a.c.Unselect().Wait(); err != nil {
		a.t.Fatal(err)
	}
}

// recreate deletes and creates a mailbox: the server gives it a new UIDVALIDITY.
func (a *admin) recreate(mailbox string) {
	a.t.Helper()
	if err := a.c.Delete(mailbox).Wait(); err != nil {
		a.t.Fatal(err)
	}
	if err := a.c.Create(mailbox, nil).Wait(); err != nil {
		a.t.Fatal(err)
	}
}

// mail builds a small RFC 5322 message.
type mail struct {
	id, from, to, subject, body string
	inReplyTo                   string
	refs                        []string
	date                        time.Time
	extra                       string // more header lines, CRLF-terminated
	contentType                 string
}

var base = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)

func (m mail) bytes() []byte {
	var b bytes.Buffer
	if m.id != "" {
		fmt.Fprintf(&b, "Message-ID: <%s>\r\n", m.id)
	}
	if m.inReplyTo != "" {
		fmt.Fprintf(&b, "In-Reply-To: <%s>\r\n", m.inReplyTo)
	}
	if len(m.refs) > 0 {
		fmt.Fprintf(&b, "References: <%s>\r\n", strings.Join(m.refs, "> <"))
	}
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMIME-Version: 1.0\r\n", m.from, m.to, m.subject, m.date.Format(time.RFC1123Z))
	ct := m.contentType
	if ct == "" {
		ct = "text/plain; charset=utf-8"
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\n%s\r\n%s\r\n", ct, m.extra, strings.ReplaceAll(m.body, "\n", "\r\n"))
	return b.Bytes()
}

func day(n int) time.Time { return base.Add(time.Duration(n) * 24 * time.Hour) }

// seed fills the mailbox with a believable first state.
func seed(a *admin) {
	sent := []mail{
		{id: "s1@northwind.test", from: repEmail, to: "Alice <alice@acme.test>", subject: "Pilot proposal", body: "Hi Alice,\nattached is the pilot proposal: 3 seats at $40 each, starting December 1.\nJordan", date: day(0)},
		{id: "s2@northwind.test", from: repEmail, to: "bob@globex.test", subject: "Checking in", body: "Hi Bob, just checking in to see if you had a chance to look.", date: day(1)},
		{id: "s3@northwind.test", from: repEmail, to: "alice@acme.test", subject: "Re: Pilot proposal", inReplyTo: "r1@acme.test", refs: []string{"s1@northwind.test", "r1@acme.test"}, body: "Yes, the 3 seats include onboarding.\n\nOn Tue, Alice wrote:\n> Does it include onboarding?", date: day(3)},
		{id: "s4@northwind.test", from: repEmail, to: "carol@initech.test", subject: "Gr\xfc\xdfe", body: "Hallo Carol, vielen Dank f\xfcr das Gespr\xe4ch. Gr\xfc\xdfe", contentType: "text/plain; charset=iso-8859-1", date: day(4)},
		{from: repEmail, to: "carol@initech.test", subject: "No id here", body: "A message without a Message-ID.", date: day(5)},
		{id: "s6@northwind.test", from: repEmail, to: "frank@umbrella.test", subject: "Deck", body: "--b1\nContent-Type: text/plain\n\nThe deck for Thursday.\n--b1\nContent-Type: application/pdf; name=deck.pdf\nContent-Disposition: attachment; filename=deck.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b1--", contentType: `multipart/mixed; boundary="b1"`, date: day(5)},
		{id: "s7@northwind.test", from: repEmail, to: "dave@hooli.test", subject: "Re: Question about SSO", inReplyTo: "d0@hooli.test", refs: []string{"d0@hooli.test"}, body: "Dave, SSO is included in the Team plan.", date: day(6)},
	}
	for _, m := range sent {
		a.append("Sent", m.bytes())
	}
	inbox := []mail{
		{id: "r1@acme.test", from: "Alice <alice@acme.test>", to: repEmail, subject: "Re: Pilot proposal", inReplyTo: "s1@northwind.test", refs: []string{"s1@northwind.test"}, body: "Does it include onboarding?", date: day(2)},
		{id: "d0@hooli.test", from: "dave@hooli.test", to: repEmail, subject: "Question about SSO", body: "Is SSO included?", date: day(5)},
		{id: "n1@news.test", from: "news@news.test", to: repEmail, subject: "Weekly digest", body: "Unrelated newsletter.", date: day(2)},
		{id: "self@northwind.test", from: repEmail, to: repEmail, subject: "Note to self", inReplyTo: "s1@northwind.test", body: "bcc copy", date: day(0)},
	}
	for _, m := range inbox {
		a.append("INBOX", m.bytes())
	}
	// A broken message: no header block and binary noise.
	a.append("INBOX", []byte("\x00\x01\x02 not a message \xff\xfe\r\n"))
	a.append("Drafts", mail{id: "dr1@northwind.test", from: repEmail, to: "bob@globex.test", subject: "Re: Checking in", inReplyTo: "s2@northwind.test", refs: []string{"s2@northwind.test"}, body: "Bob, would a 15-minute call on Thursday help?", date: day(7)}.bytes())
}

// openDB opens a fresh store with one IMAP account for the rep.
func openDB(t *testing.T, cfg dimap.Config) (*store.DB, int64) {
	t.Helper()
	db, id := openDBAt(t, filepath.Join(t.TempDir(), "dialtone.db"), cfg)
	t.Cleanup(func() { db.Close() })
	return db, id
}

// syncOnce syncs with tiny batches, so that the contract covers batching.
func syncOnce(t *testing.T, db *store.DB, id int64, cfg dimap.Config) dimap.Result {
	t.Helper()
	return syncWith(t, db, id, cfg, 3, 2)
}

func syncWith(t *testing.T, db *store.DB, id int64, cfg dimap.Config, body, header int) dimap.Result {
	t.Helper()
	s := &dimap.Syncer{DB: db, AccountID: id, Config: cfg, BodyBatch: body, HeaderBatch: header}
	res, err := s.Sync(context.Background())
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	return res
}

// dump renders what the store holds for an account in a canonical form:
// one line per message, threads named by their smallest Message-ID.
func dump(t *testing.T, db *store.DB, id int64) []string {
	t.Helper()
	msgs, err := db.AccountMessages(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	root := map[int64]string{}
	for _, m := range msgs {
		if r, ok := root[m.ThreadID]; !ok || m.MessageID < r {
			root[m.ThreadID] = m.MessageID
		}
	}
	var out []string
	for _, m := range msgs {
		var to []string
		for _, a := range m.Recipients() {
			to = append(to, a.Email)
		}
		out = append(out, fmt.Sprintf("%s|%d|%s|%s|%s|%q|%d|%q|signoff=%q|v%d|answers=%q|fwd=%v|over=%v|atts=%v|to=%v|thread=%s",
			m.Folder, m.UID, m.MessageID, m.Direction, m.From.Email, m.Subject, m.Date.Unix(), m.OwnText, m.SignOff, m.TextVersion,
			m.Answers, m.Forwards, m.Oversize, m.Attachments, to, root[m.ThreadID]))
	}
	sort.Strings(out)
	return out
}

// assertClean checks that db holds exactly what a clean full sync of the
// same server produces.
func assertClean(t *testing.T, db *store.DB, id int64, cfg dimap.Config) {
	t.Helper()
	fresh, fid := openDB(t, cfg)
	syncOnce(t, fresh, fid, cfg)
	got, want := dump(t, db, id), dump(t, fresh, fid)
	if !slices.Equal(got, want) {
		t.Fatalf("store differs from a clean sync:\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}

func byID(t *testing.T, db *store.DB, acct int64) map[string]model.Message {
	t.Helper()
	msgs, err := db.AccountMessages(context.Background(), acct)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]model.Message{}
	for _, m := range msgs {
		out[m.MessageID] = m
	}
	return out
}

// TestContract runs the same sync contract against go-imap's in-memory
// server and a real Dovecot.
func TestContract(t *testing.T) {
	for _, start := range backends(t) {
		b := start(t)
		t.Run(b.name, func(t *testing.T) { testContract(t, b) })
	}
}

func testContract(t *testing.T, b backend) {
	a := newAdmin(t, b.cfg)
	seed(a)
	db, acct := openDB(t, b.cfg)

	folders, err := dimap.Check(context.Background(), b.cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(folders, []string{"Sent", "Drafts", "INBOX"}) {
		t.Fatalf("folders = %v", folders)
	}

	res := syncOnce(t, db, acct, b.cfg)
	if res.Stored != 7+2+1 || res.Unreadable != 1 {
		t.Fatalf("first sync: %+v", res)
	}
	got := byID(t, db, acct)
	for id, dir := range map[string]model.Direction{"s1@northwind.test": model.Outbound, "r1@acme.test": model.Inbound, "d0@hooli.test": model.Inbound, "dr1@northwind.test": model.Draft} {
		if got[id].Direction != dir {
			t.Errorf("%s: direction %q, want %q", id, got[id].Direction, dir)
		}
	}
	for _, id := range []string{"n1@news.test", "self@northwind.test"} {
		if _, ok := got[id]; ok {
			t.Errorf("%s stored; only replies in the rep's threads are", id)
		}
	}
	if got["r1@acme.test"].OwnText != "" {
		t.Error("a reply's text was stored; only its headers are read")
	}
	// The rep's answer keeps the question it quotes, and only that.
	if a := got["s3@northwind.test"].Answers; a != "Does it include onboarding?" {
		t.Errorf("s3 answers %q, want the quoted question", a)
	}
	if th := got["s1@northwind.test"].ThreadID; got["s3@northwind.test"].ThreadID != th || got["r1@acme.test"].ThreadID != th {
		t.Error("s1, r1 and s3 are not one thread")
	}
	if got["s7@northwind.test"].ThreadID != got["d0@hooli.test"].ThreadID {
		t.Error("the customer's first message and the rep's answer are not one thread")
	}
	if got["dr1@northwind.test"].ThreadID != got["s2@northwind.test"].ThreadID {
		t.Error("the draft did not join the thread it answers")
	}
	if s4 := got["s4@northwind.test"]; !strings.Contains(s4.OwnText, "Grüße") || s4.Subject != "Grüße" {
		t.Errorf("latin-1 message: subject %q text %q", s4.Subject, s4.OwnText)
	}
	if s6 := got["s6@northwind.test"]; len(s6.Attachments) != 1 || s6.Attachments[0].Name != "deck.pdf" || strings.Contains(s6.OwnText, "JVBER") {
		t.Errorf("attachment: %+v text %q", s6.Attachments, s6.OwnText)
	}
	noID := 0
	for id := range got {
		if strings.HasSuffix(id, "@dialtone.invalid") {
			noID++
		}
	}
	if noID != 1 {
		t.Errorf("%d messages with a made-up id, want 1", noID)
	}

	// Nothing new: every folder is skipped after one STATUS.
	res = syncOnce(t, db, acct, b.cfg)
	if res.Stored != 0 || len(res.Unchanged) != 3 {
		t.Fatalf("second sync: %+v", res)
	}
	assertClean(t, db, acct, b.cfg)

	// Mail an older Dialtone stored, without its body and read by older
	// rules, is fetched again and read by the current ones; then the
	// folders are skipped again.
	var older []model.Message
	for _, m := range byID(t, db, acct) {
		if m.Direction != model.Inbound && !m.Oversize {
			m.Body, m.TextVersion, m.OwnText, m.SignOff = model.Body{}, 0, "read by older rules", ""
			older = append(older, m)
		}
	}
	if err := db.PutMessages(context.Background(), older); err != nil {
		t.Fatal(err)
	}
	if res = syncOnce(t, db, acct, b.cfg); res.Stored != len(older) || len(res.Unchanged) != 1 {
		t.Fatalf("sync after an upgrade: %+v, want %d stored again", res, len(older))
	}
	assertClean(t, db, acct, b.cfg)
	if kept, err := db.StaleText(context.Background(), mime.TextVersion+1, 0, 100); err != nil || len(kept) < len(older) {
		t.Fatalf("%d bodies kept, want at least %d (%v)", len(kept), len(older), err)
	}
	if res = syncOnce(t, db, acct, b.cfg); res.Stored != 0 || len(res.Unchanged) != 3 {
		t.Fatalf("sync after fetching again: %+v", res)
	}

	// New mail both ways, a deleted message, and a customer email that the
	// rep answers only after it was first synced (and skipped).
	a.append("Sent", mail{id: "s8@northwind.test", from: repEmail, to: "alice@acme.test", subject: "Re: Pilot proposal", inReplyTo: "s3@northwind.test", refs: []string{"s1@northwind.test", "r1@acme.test", "s3@northwind.test"}, body: "Alice, here is the signed order form.", date: day(8)}.bytes())
	a.append("INBOX", mail{id: "r2@globex.test", from: "bob@globex.test", to: repEmail, subject: "Re: Checking in", inReplyTo: "s2@northwind.test", refs: []string{"s2@northwind.test"}, body: "Not yet.", date: day(8)}.bytes())
	a.append("INBOX", mail{id: "e1@stark.test", from: "erin@stark.test", to: repEmail, subject: "Pricing for 40 seats?", body: "What would 40 seats cost?", date: day(8)}.bytes())
	a.expunge("Sent", "s6@northwind.test")
	res = syncOnce(t, db, acct, b.cfg)
	if res.Deleted != 1 || res.Stored != 2 {
		t.Fatalf("incremental sync: %+v", res)
	}
	got = byID(t, db, acct)
	if _, ok := got["e1@stark.test"]; ok {
		t.Fatal("an unanswered cold inbound email was stored")
	}
	assertClean(t, db, acct, b.cfg)

	a.append("Sent", mail{id: "s9@northwind.test", from: repEmail, to: "erin@stark.test", subject: "Re: Pricing for 40 seats?", inReplyTo: "e1@stark.test", refs: []string{"e1@stark.test"}, body: "Erin, 40 seats are $1,400 a month.", date: day(9)}.bytes())
	syncOnce(t, db, acct, b.cfg)
	got = byID(t, db, acct)
	if e1, ok := got["e1@stark.test"]; !ok || e1.ThreadID != got["s9@northwind.test"].ThreadID {
		t.Fatal("the customer's email that the rep answered later was not fetched into the thread")
	}
	assertClean(t, db, acct, b.cfg)

	// A new UIDVALIDITY: the folder is read again from scratch.
	a.recreate("Drafts")
	a.append("Drafts", mail{id: "dr2@northwind.test", from: repEmail, to: "erin@stark.test", subject: "Re: Pricing for 40 seats?", body: "Erin, could we talk for 15 minutes?", date: day(10)}.bytes())
	syncOnce(t, db, acct, b.cfg)
	got = byID(t, db, acct)
	if _, ok := got["dr1@northwind.test"]; ok {
		t.Error("a draft from the old UIDVALIDITY survived")
	}
	if _, ok := got["dr2@northwind.test"]; !ok {
		t.Error("the new draft is missing")
	}
	assertClean(t, db, acct, b.cfg)
}
