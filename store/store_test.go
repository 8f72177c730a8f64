package store_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dialtone/model"
	"dialtone/store"
)

var now = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

func openTemp(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), model.FixedClock(now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestOpenMigratesFromEmpty(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.db")
	db, err := store.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := db.Counts(ctx)
	if err != nil || c != (store.Counts{}) {
		t.Fatalf("fresh database counts = %+v, %v", c, err)
	}
	db.Close()
	// Reopening an up-to-date database applies nothing and keeps data.
	db, err = store.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if store.SchemaVersion() < 1 {
		t.Fatal("no migrations embedded")
	}
}

func TestOpenRefusesNonSQLiteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	content := []byte("these are my notes, not a database\n")
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(context.Background(), path, nil)
	if model.ErrorCode(err) != model.ECORRUPT {
		t.Fatalf("got %v, want a corrupt-database error", err)
	}
	if msg := model.ErrorMessage(err); !bytes.Contains([]byte(msg), []byte("not a Dialtone database")) {
		t.Errorf("message %q does not say what is wrong", msg)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, content) {
		t.Fatal("the file was changed")
	}
}

func TestOpenRefusesDamagedSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "damaged.db")
	content := append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xff}, 4096)...)
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(context.Background(), path, nil)
	if model.ErrorCode(err) != model.ECORRUPT {
		t.Fatalf("got %v, want a corrupt-database error", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, content) {
		t.Fatal("the file was changed")
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "future.db")
	db, err := store.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "Work", Email: "me@example.com"}); err != nil {
		t.Fatal(err)
	}
	if err := store.SetUserVersionForTest(ctx, db, store.SchemaVersion()+5); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(path)

	_, err = store.Open(ctx, path, nil)
	if model.ErrorCode(err) != model.ESCHEMA {
		t.Fatalf("got %v, want a schema error", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("the newer database was modified")
	}
}

func TestMessagesRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	acct, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "Work", Email: "Rep@Northwind.example"})
	if err != nil {
		t.Fatal(err)
	}
	m := model.Message{
		AccountID: acct.ID, Folder: "Sent", UID: 7, MessageID: "a@x", ThreadKey: "t1", Direction: model.Outbound,
		From:    model.Address{Name: "Rep", Email: "rep@northwind.example"},
		To:      []model.Address{{Name: "Ann", Email: "ann@customer.example"}},
		Cc:      []model.Address{{Email: "boss@northwind.example"}},
		Subject: "Proposal", Date: now.Add(-time.Hour), OwnText: "Here it is: 42 seats.",
		Attachments: []model.Attachment{{Name: "p.pdf", Type: "application/pdf", Size: 1234}},
		Label:       model.Substantive, Score: 80, ClassifierVersion: "v1", Forwards: true, SignOff: "Best,\nJess",
		Reasons: []model.Reason{{Effect: model.Raises, Code: "figure", Text: "new figure", Start: 12, End: 20}},
	}
	if err := db.PutMessages(ctx, []model.Message{m}); err != nil {
		t.Fatal(err)
	}
	// Writing the same message again updates it in place.
	m.Score = 81
	if err := db.PutMessages(ctx, []model.Message{m}); err != nil {
		t.Fatal(err)
	}
	th, err := db.Threads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(th) != 1 || len(th[0].Messages) != 1 {
		t.Fatalf("threads = %+v", th)
	}
	got := th[0].Messages[0]
	if got.Score != 81 || got.OwnText != m.OwnText || len(got.To) != 1 || len(got.Cc) != 1 || got.Attachments[0].Size != 1234 ||
		got.Reasons[0].End != 20 || !got.Date.Equal(m.Date) || got.ClassifierVersion != "v1" || !got.Forwards || got.SignOff != "Best,\nJess" {
		t.Fatalf("round trip lost data: %+v", got)
	}
	if ids, _ := db.Identities(ctx); len(ids) != 1 || ids[0] != "rep@northwind.example" {
		t.Fatalf("identities = %v", ids)
	}
}

// TestLatestSignOff: the newest signed email wins, unsigned emails and
// drafts are passed over, and given addresses only emails to them count.
func TestLatestSignOff(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	acct, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "Work", Email: "jess@vendor.example"})
	if err != nil {
		t.Fatal(err)
	}
	if s, err := db.LatestSignOff(ctx, nil); s != "" || err != nil {
		t.Fatalf("an empty database gives %q, %v", s, err)
	}
	msg := func(id string, dir model.Direction, to, signOff string, hoursAgo int) model.Message {
		return model.Message{AccountID: acct.ID, Folder: "Sent", MessageID: id, ThreadKey: id, Direction: dir,
			From: model.Address{Email: "jess@vendor.example"}, To: []model.Address{{Email: to}},
			Date: now.Add(-time.Duration(hoursAgo) * time.Hour), SignOff: signOff}
	}
	if err := db.PutMessages(ctx, []model.Message{
		msg("de@x", model.Outbound, "K.Weber@kunde.example", "Viele Grüße\nJess", 50),
		msg("en@x", model.Outbound, "mark@acme.example", "Best,\nJess", 20),
		msg("short@x", model.Outbound, "mark@acme.example", "", 10),
		msg("draft@x", model.Draft, "mark@acme.example", "Cheers, J", 1),
	}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		to   []string
		want string
	}{
		{nil, "Best,\nJess"},
		{[]string{"k.weber@kunde.example"}, "Viele Grüße\nJess"},
		{[]string{"Mark@Acme.example", "k.weber@kunde.example"}, "Best,\nJess"},
		{[]string{"nobody@else.example"}, ""},
	} {
		if s, err := db.LatestSignOff(ctx, c.to); s != c.want || err != nil {
			t.Errorf("LatestSignOff(%v) = %q, %v, want %q", c.to, s, err, c.want)
		}
	}
}

func TestPutMessagesIsAtomic(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	acct, _ := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "Work"})
	good := model.Message{AccountID: acct.ID, Folder: "Sent", MessageID: "ok@x", Direction: model.Outbound, Date: now}
	bad := model.Message{AccountID: acct.ID, Folder: "Sent", MessageID: "", Direction: model.Outbound, Date: now}
	if err := db.PutMessages(ctx, []model.Message{good, bad}); model.ErrorCode(err) != model.EINVALID {
		t.Fatalf("got %v, want invalid", err)
	}
	if c, _ := db.Counts(ctx); c.Messages != 0 {
		t.Fatalf("a failed batch left %d messages behind", c.Messages)
	}
}
