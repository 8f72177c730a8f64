package analysis

import (
	"slices"
	"testing"
	"time"

	"dialtone/model"
)

func touchesPerWeek(weeks []model.WeekRange, org string, counts ...int) []model.Touch {
	var out []model.Touch
	for w, c := range counts {
		for k := 0; k < c; k++ {
			out = append(out, model.Touch{Kind: model.TouchContact, OrgKey: org, At: weeks[w].Start.Add(time.Duration(k+1) * time.Hour)})
		}
	}
	return out
}

func TestAttention(t *testing.T) {
	weeks := Weeks(time.Date(2026, 11, 19, 12, 0, 0, 0, time.UTC), time.UTC, 12)
	var all []model.Touch
	all = append(all, touchesPerWeek(weeks, "steady.example", 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2)...)
	all = append(all, touchesPerWeek(weeks, "burst.example", 0, 0, 1, 6, 5, 1, 0, 0, 0, 0, 0, 0)...)
	all = append(all, touchesPerWeek(weeks, "spiky.example", 4, 0, 0, 5, 0, 0, 4, 0, 0, 5, 0, 1)...)
	all = append(all, touchesPerWeek(weeks, "rare.example", 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0)...)
	// A touch outside the window is ignored.
	all = append(all, model.Touch{OrgKey: "steady.example", At: weeks[0].Start.Add(-time.Hour)})

	rows := Attention(weeks, all)
	byOrg := map[string]AttentionRow{}
	for _, r := range rows {
		byOrg[r.OrgKey] = r
	}
	cases := map[string][]string{
		"steady.example": {},
		"burst.example":  {FlagPeaksAndValleys, FlagGoneQuiet, FlagOnlyAroundDeal},
		"spiky.example":  {FlagPeaksAndValleys},
		"rare.example":   {}, // too few touches to call a pattern
	}
	for org, want := range cases {
		got := byOrg[org]
		if !slices.Equal(got.Flags, want) {
			t.Errorf("%s: flags %v (cv %.2f, reasons %v), want %v", org, got.Flags, got.CV, got.Reasons, want)
		}
		if len(got.Flags) != len(got.Reasons) {
			t.Errorf("%s: every flag needs its reason", org)
		}
	}
	if byOrg["steady.example"].Total != 20 || len(byOrg["steady.example"].Weeks) != 12 {
		t.Errorf("steady row = %+v", byOrg["steady.example"])
	}
	if rows[len(rows)-1].OrgKey != "rare.example" && rows[len(rows)-1].OrgKey != "steady.example" {
		t.Errorf("flagged organizations should come first: %v", rows)
	}
	if len(rows[0].Flags) == 0 {
		t.Errorf("first row unflagged: %+v", rows[0])
	}
}
