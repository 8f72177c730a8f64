package analysis

import (
	"fmt"
	"math"
	"sort"

	"dialtone/model"
)

// Attention flags (DESIGN.md: "peaks and valleys is a high variance or long
// gaps after bursts").
const (
	FlagPeaksAndValleys = "peaks_and_valleys"
	FlagGoneQuiet       = "gone_quiet"
	FlagOnlyAroundDeal  = "only_around_deal"
)

// Thresholds of the attention rules.
const (
	peaksMinTouches = 6   // too few touches say nothing about a pattern
	peaksCV         = 1.0 // coefficient of variation of weekly touches
	quietWeeks      = 4   // weeks of silence after a burst
	burstMin        = 3   // touches in a week that make a burst
	dealShare       = 0.8 // share of touches inside a three-week window
)

// AttentionRow is one organization's touches per week over the window.
type AttentionRow struct {
	OrgKey  string   `json:"orgKey"`
	Weeks   []int    `json:"weeks"` // touches per week, oldest first
	Total   int      `json:"total"`
	Mean    float64  `json:"mean"`
	CV      float64  `json:"cv"` // standard deviation ÷ mean, from the first touch on
	Flags   []string `json:"flags"`
	Reasons []string `json:"reasons"`
}

// Attention buckets touches (contacts and connects) per organization and
// week and flags uneven attention: high variance, silence after a burst, or
// attention concentrated around a single deal. Rows come flagged first, then
// by total touches.
func Attention(weeks []model.WeekRange, touches []model.Touch) []AttentionRow {
	if len(weeks) == 0 {
		return nil
	}
	rows := map[string]*AttentionRow{}
	for _, t := range touches {
		w := weekIndex(weeks, t)
		if w < 0 {
			continue
		}
		r, ok := rows[t.OrgKey]
		if !ok {
			r = &AttentionRow{OrgKey: t.OrgKey, Weeks: make([]int, len(weeks))}
			rows[t.OrgKey] = r
		}
		r.Weeks[w]++
		r.Total++
	}
	out := make([]AttentionRow, 0, len(rows))
	for _, r := range rows {
		flag(r, weeks)
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (len(a.Flags) > 0) != (len(b.Flags) > 0) {
			return len(a.Flags) > 0
		}
		if a.Total != b.Total {
			return a.Total > b.Total
		}
		return a.OrgKey < b.OrgKey
	})
	return out
}

func weekIndex(weeks []model.WeekRange, t model.Touch) int {
	i := sort.Search(len(weeks), func(i int) bool { return t.At.Before(weeks[i].End) })
	if i == len(weeks) || t.At.Before(weeks[i].Start) {
		return -1
	}
	return i
}

func flag(r *AttentionRow, weeks []model.WeekRange) {
	r.Mean = float64(r.Total) / float64(len(r.Weeks))
	// Variation is measured from the first touch on: the weeks before a
	// relationship began are not valleys.
	first := 0
	for first < len(r.Weeks)-1 && r.Weeks[first] == 0 {
		first++
	}
	span := r.Weeks[first:]
	n := float64(len(span))
	mean := float64(r.Total) / n
	var ss float64
	for _, c := range span {
		ss += (float64(c) - mean) * (float64(c) - mean)
	}
	if mean > 0 {
		r.CV = math.Round(math.Sqrt(ss/n)/mean*100) / 100
	}
	r.Flags, r.Reasons = []string{}, []string{}
	if r.Total >= peaksMinTouches && r.CV >= peaksCV {
		r.Flags = append(r.Flags, FlagPeaksAndValleys)
		r.Reasons = append(r.Reasons, fmt.Sprintf("peaks and valleys: weekly touches vary %.1f× their mean", r.CV))
	}
	// Silence after a burst: the latest burst week is followed by at least
	// quietWeeks weeks without a touch, up to the current week.
	last := -1
	for i, c := range r.Weeks {
		if c > 0 {
			last = i
		}
	}
	if last >= 0 {
		quiet := len(r.Weeks) - 1 - last
		burst := 0
		for _, c := range r.Weeks[:last+1] {
			burst = max(burst, c)
		}
		if quiet >= quietWeeks && burst >= burstMin {
			r.Flags = append(r.Flags, FlagGoneQuiet)
			r.Reasons = append(r.Reasons, fmt.Sprintf("nothing for %d weeks since a burst of %d touches in a week (%s)", quiet, burst, weeks[last].Label))
		}
	}
	// Attention only around a deal: most touches inside three weeks, and
	// the organization ignored for most of the window.
	if r.Total >= peaksMinTouches {
		best := 0
		for i := range r.Weeks {
			s := 0
			for j := i; j < i+3 && j < len(r.Weeks); j++ {
				s += r.Weeks[j]
			}
			best = max(best, s)
		}
		zero := 0
		for _, c := range r.Weeks {
			if c == 0 {
				zero++
			}
		}
		if float64(best) >= dealShare*float64(r.Total) && zero*3 >= len(r.Weeks)*2 {
			r.Flags = append(r.Flags, FlagOnlyAroundDeal)
			r.Reasons = append(r.Reasons, fmt.Sprintf("%d of %d touches fell within three weeks; nothing in %d of %d weeks", best, r.Total, zero, len(r.Weeks)))
		}
	}
}
