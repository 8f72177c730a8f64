package store_test

import (
	"context"
	"testing"
	"time"

	"dialtone/model"
	"dialtone/store"
)

func threadOf(t *testing.T, db *store.DB, acct int64) map[string]int64 {
	t.Helper()
	msgs, err := db.AccountMessages(context.Background(), acct)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, m := range msgs {
		out[m.MessageID] = m.ThreadID
	}
	return out
}

// TestThreadingByReferences stores a conversation out of order: the
// middle message arrives last and bridges two threads, which merge.
func TestThreadingByReferences(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	a, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "w"})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	msg := func(uid uint32, id, irt string, refs []string, subject string, h time.Duration) model.Message {
		return model.Message{UID: uid, MessageID: id, InReplyTo: irt, References: refs, Subject: subject, Date: at.Add(h),
			Direction: model.Outbound, From: model.Address{Email: "rep@n.test"}}
	}
	put := func(folder string, m model.Message) {
		if err := db.ApplySync(ctx, store.SyncBatch{AccountID: a.ID, Folder: folder, Put: []model.Message{m}}); err != nil {
			t.Fatal(err)
		}
	}
	put("Sent", msg(1, "a@n", "", nil, "Pilot", 0))
	// c only names b (a client that trims References): its own thread for now.
	put("INBOX", msg(7, "c@acme", "b@n", []string{"b@n"}, "Re: Pilot", 2*time.Hour))
	got := threadOf(t, db, a.ID)
	if got["a@n"] == got["c@acme"] {
		t.Fatal("a and c joined before anything linked them")
	}
	put("Sent", msg(2, "b@n", "a@n", []string{"a@n"}, "Re: Pilot", time.Hour))
	got = threadOf(t, db, a.ID)
	if got["a@n"] != got["b@n"] || got["b@n"] != got["c@acme"] {
		t.Fatalf("b did not merge the threads: %v", got)
	}
	// Without In-Reply-To and References, a "Re:" joins by base subject.
	put("INBOX", msg(8, "d@acme", "", nil, "RE: pilot", 3*time.Hour))
	// A subject with no reply prefix starts its own thread.
	put("Sent", msg(3, "e@n", "", nil, "Pilot", 4*time.Hour))
	got = threadOf(t, db, a.ID)
	if got["d@acme"] != got["a@n"] {
		t.Error("a reply without headers did not join by subject")
	}
	if got["e@n"] == got["a@n"] {
		t.Error("a new message with the same subject joined an old thread")
	}
	c, err := db.Counts(ctx)
	if err != nil || c.Threads != 2 {
		t.Fatalf("threads = %d (%v), want 2", c.Threads, err)
	}
	// Deleting every message of a thread removes the thread.
	if err := db.ApplySync(ctx, store.SyncBatch{AccountID: a.ID, Folder: "Sent", Delete: []uint32{3}, Scope: "imap:Sent", Cursor: `{"x":1}`}); err != nil {
		t.Fatal(err)
	}
	if c, _ := db.Counts(ctx); c.Threads != 1 {
		t.Fatalf("threads after delete = %d", c.Threads)
	}
	if v, ok, err := db.Cursor(ctx, a.ID, "imap:Sent"); err != nil || !ok || v != `{"x":1}` {
		t.Fatalf("cursor %q %v %v", v, ok, err)
	}
}
