package app_test

import (
	"testing"
	"time"

	"dialtone/app"
	"dialtone/model"
)

func TestWeekDetailMatchesReport(t *testing.T) {
	_, svc := openDemo(t)
	r, err := svc.Weekly.Report(12)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range r.Weeks {
		d, err := svc.Weekly.Week(w.Start, "")
		if err != nil {
			t.Fatal(err)
		}
		if d.Week != w.Week || len(d.Contacts) != w.Contacts || len(d.Connects) != w.Connects {
			t.Fatalf("%s: detail has %d contacts, %d connects; report %d, %d", w.Week, len(d.Contacts), len(d.Connects), w.Contacts, w.Connects)
		}
		for _, c := range d.Contacts {
			if c.Organization == "" || len(c.People) == 0 || c.Title == "" {
				t.Fatalf("contact without who or what: %+v", c)
			}
		}
	}
	if _, err := svc.Weekly.Week("2026-11-17", ""); model.ErrorCode(err) != model.EINVALID {
		t.Fatalf("a Tuesday: %v", err)
	}
}

func TestReportForOneOrganization(t *testing.T) {
	_, svc := openDemo(t)
	orgs, err := svc.Weekly.Organizations(12)
	if err != nil || len(orgs) < 30 {
		t.Fatalf("organizations = %d, %v", len(orgs), err)
	}
	top := orgs[0]
	r, err := svc.Weekly.ReportFor(12, top.Key)
	if err != nil {
		t.Fatal(err)
	}
	touches := 0
	for _, w := range r.Weeks {
		touches += w.Contacts + w.Connects
	}
	if touches != top.Touches {
		t.Fatalf("%s: report sums to %d touches, organization list says %d", top.Name, touches, top.Touches)
	}
	all, _ := svc.Weekly.Report(12)
	for i := range r.Weeks {
		if r.Weeks[i].Contacts > all.Weeks[i].Contacts || r.Weeks[i].Connects > all.Weeks[i].Connects {
			t.Fatalf("one organization exceeds the whole in %s", r.Weeks[i].Week)
		}
	}
}

func TestAttentionFlagsTheDemo(t *testing.T) {
	_, svc := openDemo(t)
	a, err := svc.Weekly.Attention(12)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Weeks) != 12 || len(a.Rows) < 30 {
		t.Fatalf("attention: %d weeks, %d rows", len(a.Weeks), len(a.Rows))
	}
	flags := map[string]int{}
	for _, r := range a.Rows {
		for _, f := range r.Flags {
			flags[f]++
		}
		if len(r.Weeks) != 12 || r.Name == "" {
			t.Fatalf("row %+v", r)
		}
	}
	t.Logf("flags over %d organizations: %v", len(a.Rows), flags)
	if flags["peaks_and_valleys"] == 0 || flags["gone_quiet"]+flags["only_around_deal"] == 0 {
		t.Fatalf("the demo's bursty organizations are not flagged: %v", flags)
	}
	if len(a.Rows[0].Flags) == 0 {
		t.Fatal("flagged organizations come first")
	}
}

func TestLogCallCountsAsConnect(t *testing.T) {
	_, svc := openDemo(t)
	before, _ := svc.Weekly.Report(1)
	when := now.Add(-2 * time.Hour).Format(time.RFC3339)
	c, err := svc.Calls.Log(app.LogCallRequest{Email: "Ann.Buyer@Prospect.example", Name: "Ann", Start: when, Minutes: 20, Note: "pricing"})
	if err != nil {
		t.Fatal(err)
	}
	if c.ID == 0 || c.Email != "ann.buyer@prospect.example" {
		t.Fatalf("call = %+v", c)
	}
	after, _ := svc.Weekly.Report(1)
	if after.Weeks[0].Connects != before.Weeks[0].Connects+1 {
		t.Fatalf("connects %d → %d", before.Weeks[0].Connects, after.Weeks[0].Connects)
	}
	// A local datetime-local value is read in the rep's time zone.
	if _, err := svc.Calls.Log(app.LogCallRequest{Email: "bo@prospect.example", Start: now.Add(-26 * time.Hour).Format("2006-01-02T15:04"), Minutes: 5}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []app.LogCallRequest{
		{Email: "nobody", Start: when, Minutes: 10},
		{Email: "a@b.example", Start: when, Minutes: 0},
		{Email: "a@b.example", Start: "yesterday", Minutes: 10},
		{Email: "a@b.example", Start: now.Add(48 * time.Hour).Format(time.RFC3339), Minutes: 10},
	} {
		if _, err := svc.Calls.Log(bad); model.ErrorCode(err) != model.EINVALID || model.ErrorMessage(err) == "" {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}
