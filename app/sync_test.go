package app_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"dialtone/app"
	"dialtone/model"
	"dialtone/sync/imap/imaptest"
)

// TestAddIMAPAndSyncLoop connects an account through the service the
// Accounts screen calls, lets the app's sync loop run, and checks the
// events the window hears, the account's status, the classified mail and
// the switch from demo to live data.
func TestAddIMAPAndSyncLoop(t *testing.T) {
	const user, pass = "jordan@northwind.test", "pw-loop"
	mem := imaptest.StartMem(t, imaptest.User{Name: user, Password: pass})
	u := imaptest.User{Name: user, Password: pass}
	for i := 0; i < 12; i++ {
		raw := strings.ReplaceAll(fmt.Sprintf("Message-ID: <m%d@northwind.test>\nFrom: %s\nTo: buyer@acme.test\nSubject: Order %d\nDate: %s\n\nJust checking in to see if you had a chance to look.\n",
			i, user, i, now.Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z)), "\n", "\r\n")
		mem.Append(t, u, "Sent", []byte(raw))
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ws, err := app.OpenWorkspace(ctx, t.TempDir(), model.FixedClock(now), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var mu sync.Mutex
	events := map[string]int{}
	var last model.SyncProgress
	syncs := app.NewSyncs(ws, func(name string, data any) {
		mu.Lock()
		defer mu.Unlock()
		events[name]++
		if p, ok := data.(model.SyncProgress); ok {
			if p.Seq <= last.Seq {
				t.Errorf("progress %+v after %+v: the numbers must grow", p, last)
			}
			last = p
		}
	})
	defer syncs.Close()
	svc := app.NewServices(ctx, ws, syncs)

	form := app.IMAPForm{Host: "127.0.0.1", Port: mem.Port(), TLS: "none", User: user, Secret: "wrong"}
	if _, err := svc.Accounts.AddIMAP(form); err == nil || !strings.Contains(err.Error(), "refused the sign-in") {
		t.Fatalf("wrong password: %v", err)
	}
	if o, _ := svc.Accounts.Overview(); o.Mode != app.ModeDemo {
		t.Fatal("a failed sign-in left the demo data")
	}
	form.Secret = pass
	o, err := svc.Accounts.AddIMAP(form)
	if err != nil {
		t.Fatal(err)
	}
	if o.Mode != app.ModeLive || len(o.Accounts) != 1 {
		t.Fatalf("after add: %+v", o)
	}
	id := o.Accounts[0].ID
	deadline := time.Now().Add(20 * time.Second)
	for {
		o, err = svc.Accounts.Overview()
		if err != nil {
			t.Fatal(err)
		}
		if a := o.Accounts[0]; a.Status == string(model.SyncIdle) && a.LastSyncAt != "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the first sync did not finish: %+v", o.Accounts[0])
		}
		time.Sleep(20 * time.Millisecond)
	}
	if o.Counts.Outbound != 12 {
		t.Fatalf("synced %d sent messages, want 12", o.Counts.Outbound)
	}
	mu.Lock()
	if events[app.EventSyncProgress] == 0 || events[app.EventAccountsChanged] < 2 || last.AccountID != id {
		t.Errorf("events %v, last progress %+v", events, last)
	}
	// The ended sync shows no progress, and names its last report so the
	// window can tell a report that reaches it late from a new sync's.
	if a := o.Accounts[0]; a.Progress != nil || a.ProgressSeq != last.Seq || last.Seq == 0 {
		t.Errorf("after the sync: progress %+v, seq %d; last report %+v", a.Progress, a.ProgressSeq, last)
	}
	mu.Unlock()
	// The synced mail was judged: "just checking in" is touching base.
	r, err := svc.Weekly.Report(1)
	if err != nil {
		t.Fatal(err)
	}
	if w := r.Weeks[len(r.Weeks)-1]; w.Contacts != 12 || w.TouchingBase != 12 {
		t.Fatalf("this week: %+v", w)
	}
	if _, err := svc.Accounts.SyncNow(id); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Accounts.SyncNow(id + 100); err == nil {
		t.Fatal("SyncNow of an unknown account succeeded")
	}
	if o, err := svc.Accounts.Remove(id); err != nil || len(o.Accounts) != 0 {
		t.Fatalf("remove: %+v %v", o, err)
	}
}
