package analysis

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"dialtone/model"
)

// BenchmarkRankThreads ranks 10,000 threads of 2 to 9 messages as they come
// from the store, with their text facts computed when they were stored
// (target: 50 ms).
func BenchmarkRankThreads(b *testing.B) { benchRank(b, true) }

// BenchmarkRankThreadsCold is the same without stored facts: every text is
// read again.
func BenchmarkRankThreadsCold(b *testing.B) { benchRank(b, false) }

func benchRank(b *testing.B, stored bool) {
	texts := []string{
		strings.Repeat("Thanks for the call today. Here is the summary of the pilot plan and the pricing for 40 seats. ", 5),
		"Honestly the price is higher than our budget. Can you clarify the tiers? Who handles migration?",
		"Thanks, will take a look.",
		"Just checking in to see if you had a chance to review the proposal. Any update?",
	}
	threads := make([]model.Thread, 10_000)
	for i := range threads {
		n := 2 + i%8
		t := model.Thread{ID: int64(i + 1), Subject: fmt.Sprintf("thread %d", i)}
		for j := 0; j < n; j++ {
			m := model.Message{Date: t0.Add(time.Duration(i%500)*time.Hour + time.Duration(j)*20*time.Hour), OwnText: texts[(i+j)%len(texts)]}
			if (i+j)%3 == 0 {
				m.Direction, m.From, m.To = model.Inbound, model.Address{Email: fmt.Sprintf("p%d@org%d.example", i%300, i%90)}, []model.Address{me}
			} else {
				m.Direction, m.From, m.To = model.Outbound, me, []model.Address{{Email: fmt.Sprintf("p%d@org%d.example", i%300, i%90)}}
			}
			if stored {
				m.Facts = TextFactsOf(m.Direction, m.OwnText)
			}
			t.Messages = append(t.Messages, m)
		}
		t.FirstAt, t.LastAt = t.Messages[0].Date, t.Messages[n-1].Date
		threads[i] = t
	}
	now := t0.AddDate(0, 2, 0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		RankThreads(threads, rep, now, nil)
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/rank")
}
