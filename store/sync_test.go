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

// openWithAccount opens a fresh store holding one IMAP account.
func openWithAccount(t *testing.T) (*store.DB, model.Account) {
	t.Helper()
	db := openTemp(t)
	a, err := db.CreateAccount(context.Background(), model.Account{Kind: model.AccountIMAP, Name: "w"})
	if err != nil {
		t.Fatal(err)
	}
	return db, a
}

// TestThreadingByReferences stores a conversation out of order: the
// middle message arrives last and bridges two threads, which merge.
func TestThreadingByReferences(t *testing.T) {
	ctx := context.Background()
	db, a := openWithAccount(t)
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

// TestCorrectLabel: the rep's verdict replaces the classifier's on every
// copy of the message, survives a reclassification and the folder being
// read again, and can be undone.
func TestCorrectLabel(t *testing.T) {
	ctx := context.Background()
	db, a := openWithAccount(t)
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	out := model.Message{UID: 1, MessageID: "n1@x", Subject: "ISDA", Date: at, Direction: model.Outbound,
		From: model.Address{Email: "rep@n.test"}, To: []model.Address{{Email: "c@cust.test"}}, OwnText: "Any thoughts on the ISDA?"}
	in := model.Message{UID: 1, MessageID: "r1@x", InReplyTo: "n1@x", Subject: "Re: ISDA", Date: at.Add(time.Hour), Direction: model.Inbound,
		From: model.Address{Email: "c@cust.test"}}
	for _, b := range []store.SyncBatch{{AccountID: a.ID, Folder: "Sent", Put: []model.Message{out}}, {AccountID: a.ID, Folder: "Archive", Put: []model.Message{out}},
		{AccountID: a.ID, Folder: "INBOX", Put: []model.Message{in}}} {
		if err := db.ApplySync(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	msgs, _ := db.AccountMessages(ctx, a.ID)
	var ids []int64
	var inID int64
	for _, m := range msgs {
		if m.MessageID == "n1@x" {
			ids = append(ids, m.ID)
		} else {
			inID = m.ID
		}
	}
	verdict := func(v string) {
		var cs []store.Classification
		for _, id := range ids {
			cs = append(cs, store.Classification{MessageID: id, Label: model.TouchingBase, Score: 31, Version: v})
		}
		if err := db.SetClassifications(ctx, cs); err != nil {
			t.Fatal(err)
		}
	}
	labels := func() (out []model.Label) {
		for _, id := range ids {
			m, err := db.Message(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, m.Label)
			if m.Corrected != (m.Label == model.Substantive) {
				t.Errorf("message %d: label %s, corrected %v", id, m.Label, m.Corrected)
			}
		}
		return out
	}
	verdict("v1")
	m, err := db.CorrectLabel(ctx, ids[0], model.Substantive)
	if err != nil || m.Label != model.Substantive || !m.Corrected || m.Score != 31 {
		t.Fatalf("corrected = %+v, %v", m, err)
	}
	want := []model.Label{model.Substantive, model.Substantive}
	if got := labels(); got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("both copies: %v, want %v", got, want)
	}
	verdict("v2") // a new classifier version says touching base again
	if got := labels(); got[0] != model.Substantive || got[1] != model.Substantive {
		t.Fatalf("after reclassifying: %v", got)
	}
	// The Sent folder is read again from scratch (new UIDVALIDITY).
	if err := db.ApplySync(ctx, store.SyncBatch{AccountID: a.ID, Folder: "Sent", ResetFolder: true, Put: []model.Message{out}}); err != nil {
		t.Fatal(err)
	}
	msgs, _ = db.AccountMessages(ctx, a.ID)
	ids = ids[:0]
	for _, m := range msgs {
		if m.MessageID == "n1@x" {
			ids = append(ids, m.ID)
		}
	}
	// Stored again, before any verdict: the correction already holds.
	if got := labels(); len(got) != 2 || got[0] != model.Substantive || got[1] != model.Substantive {
		t.Fatalf("after the folder was read again: %v", got)
	}
	verdict("v2")
	if got := labels(); len(got) != 2 || got[0] != model.Substantive || got[1] != model.Substantive {
		t.Fatalf("after the folder was read again and judged: %v", got)
	}
	// Undo: the classifier's verdict (score 31) comes back.
	if m, err := db.CorrectLabel(ctx, ids[0], ""); err != nil || m.Label != model.TouchingBase || m.Corrected {
		t.Fatalf("undone = %+v, %v", m, err)
	}
	if got := labels(); got[0] != model.TouchingBase || got[1] != model.TouchingBase {
		t.Fatalf("after undo: %v", got)
	}
	// Only sent mail has a verdict; labels are checked; ids must exist.
	if _, err := db.CorrectLabel(ctx, inID, model.Substantive); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("correcting an inbound message: %v", err)
	}
	if _, err := db.CorrectLabel(ctx, ids[0], "spam"); model.ErrorCode(err) != model.EINVALID {
		t.Errorf("an unknown label: %v", err)
	}
	if _, err := db.CorrectLabel(ctx, 9999, model.Substantive); model.ErrorCode(err) != model.ENOTFOUND {
		t.Errorf("an unknown message: %v", err)
	}
}
