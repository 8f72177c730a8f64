package store_test

import (
	"context"
	"testing"
	"time"

	"dialtone/model"
	"dialtone/store"
)

// TestStaleText: the rep's messages with a stored body and text of another
// version are found with their body; SetText replaces their text, and only
// a change of text costs the verdict's version, its reasons (their spans
// index the old text) and the facts (a correction still decides the label).
func TestStaleText(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	acct, err := db.CreateAccount(ctx, model.Account{Kind: model.AccountIMAP, Name: "Work", Email: "jess@vendor.example"})
	if err != nil {
		t.Fatal(err)
	}
	msg := func(uid uint32, dir model.Direction, own string, body model.Body) model.Message {
		return model.Message{AccountID: acct.ID, Folder: "Sent", UID: uid, MessageID: string(rune('a'+uid)) + "@x", ThreadKey: "t",
			Direction: dir, From: model.Address{Name: "Jess", Email: "jess@vendor.example"},
			To: []model.Address{{Email: "ana@customer.example"}}, Subject: "Terms", Date: now.Add(-time.Duration(uid) * time.Hour),
			OwnText: own, Body: body, TextVersion: 1, Label: model.Substantive, Score: 80, ClassifierVersion: "v1",
			Reasons: []model.Reason{{Effect: model.Raises, Code: "money", Text: "New figure: 40", Start: 9, End: 11}},
			Facts:   model.TextFacts{Version: 1, Words: 3}}
	}
	body := model.Body{Plain: "Price is 40 per seat.\n\nBest,\nJess", HTML: "<p>Price is 40 per seat.</p>"}
	msgs := []model.Message{
		msg(1, model.Outbound, "Price is 40 per seat.\n\nBest,\nJess", body),  // text to change
		msg(2, model.Outbound, "Same text.", model.Body{Plain: "Same text."}), // text that stays
		msg(3, model.Outbound, "No body kept.", model.Body{}),
		msg(4, model.Draft, "A draft.", model.Body{Plain: "A draft."}),
		msg(5, model.Outbound, "Damaged.", model.Body{Plain: "Damaged."}),
	}
	if err := db.PutMessages(ctx, msgs); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CorrectLabel(ctx, msgs[0].ID, model.TouchingBase); err != nil {
		t.Fatal(err)
	}
	if err := store.SetBodyBytesForTest(ctx, db, msgs[4].ID, []byte("garbage")); err != nil {
		t.Fatal(err)
	}
	if got, err := db.StaleText(ctx, 1, 0, 10); err != nil || len(got) != 0 {
		t.Fatalf("nothing is stale at the version it was written with: %d, %v", len(got), err)
	}
	var stale []model.Message
	for after := int64(0); ; {
		page, err := db.StaleText(ctx, 2, after, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		stale = append(stale, page...)
		after = page[len(page)-1].ID
	}
	for version, want := range map[int]int{1: 0, 2: 4} {
		if n, err := db.CountStaleText(ctx, version); err != nil || n != want {
			t.Errorf("CountStaleText(%d) = %d, %v; want %d", version, n, err, want)
		}
	}
	if len(stale) != 4 || stale[0].ID != msgs[0].ID || stale[0].Body != body || stale[0].OwnText != msgs[0].OwnText ||
		stale[0].TextVersion != 1 || stale[2].ID != msgs[3].ID || !stale[3].Body.IsZero() {
		t.Fatalf("stale = %+v", stale)
	}
	for i := range stale {
		stale[i].TextVersion = 2
	}
	stale[0].OwnText, stale[0].SignOff = "Price is 40 per seat.", "Best,\nJess"
	cut := model.Body{Plain: "Price is 40 per seat.\n\nBest,\nJess", HTML: "<p>Price is 40 per seat.</p><p>Best, Jess</p>"}
	stale[0].Body = cut          // a body cut again is stored
	stale[1].Body = model.Body{} // an empty one leaves what is stored
	if !stale[3].Body.IsZero() { // the damaged body came back empty and stays as it is
		t.Fatalf("damaged body read as %+v", stale[3].Body)
	}
	if err := db.SetText(ctx, stale); err != nil {
		t.Fatal(err)
	}
	if got, err := db.StaleText(ctx, 2, 0, 10); err != nil || len(got) != 0 {
		t.Fatalf("still stale: %d, %v", len(got), err)
	}
	changed, err := db.Message(ctx, msgs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if changed.OwnText != "Price is 40 per seat." || changed.SignOff != "Best,\nJess" || changed.TextVersion != 2 ||
		changed.ClassifierVersion != "" || changed.Facts.Version != 0 || changed.Label != model.TouchingBase || !changed.Corrected ||
		len(changed.Reasons) != 0 || changed.Score != 80 {
		t.Errorf("changed message = %+v", changed)
	}
	kept, err := db.StaleText(ctx, -1, 0, 10) // every stored body
	if err != nil || len(kept) != 4 {
		t.Fatalf("stored bodies: %d, %v", len(kept), err)
	}
	if kept[0].Body != cut || kept[1].Body.Plain != "Same text." {
		t.Errorf("bodies after SetText = %+v, %+v", kept[0].Body, kept[1].Body)
	}
	if b, err := store.BodyBytesForTest(ctx, db, msgs[4].ID); err != nil || string(b) != "garbage" {
		t.Errorf("damaged body after SetText: %q, %v", b, err)
	}
	same, err := db.Message(ctx, msgs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if same.ClassifierVersion != "v1" || same.Facts.Version != 1 || same.TextVersion != 2 || same.OwnText != "Same text." ||
		len(same.Reasons) != 1 {
		t.Errorf("unchanged message = %+v", same)
	}
	ids, err := db.StaleThreads(ctx, "v1", 1)
	if err != nil || len(ids) != 1 || ids[0] != changed.ThreadID {
		t.Errorf("stale threads = %v, %v", ids, err)
	}
}
