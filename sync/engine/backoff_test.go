package engine

import (
	"math"
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	const (
		lo = 5 * time.Second
		hi = 15 * time.Minute
	)
	cases := []struct {
		attempt int
		min     time.Duration
		max     time.Duration
		jitter  float64
		want    time.Duration
	}{
		{attempt: 1, min: lo, max: hi, jitter: 0.5, want: 5 * time.Second},
		{attempt: 0, min: lo, max: hi, jitter: 0.5, want: 5 * time.Second},
		{attempt: -3, min: lo, max: hi, jitter: 0.5, want: 5 * time.Second},
		{attempt: 2, min: lo, max: hi, jitter: 0.5, want: 10 * time.Second},
		{attempt: 3, min: lo, max: hi, jitter: 0.5, want: 20 * time.Second},
		{attempt: 8, min: lo, max: hi, jitter: 0.5, want: 640 * time.Second},
		{attempt: 9, min: lo, max: hi, jitter: 0.5, want: hi}, // 1280 s capped
		{attempt: 100, min: lo, max: hi, jitter: 0.5, want: hi},
		{attempt: math.MaxInt, min: lo, max: hi, jitter: 0.5, want: hi},
		{attempt: 1, min: lo, max: hi, jitter: 0, want: 4 * time.Second},
		{attempt: 1, min: lo, max: hi, jitter: 1, want: 6 * time.Second},
		{attempt: 1, min: lo, max: hi, jitter: -7, want: 4 * time.Second},
		{attempt: 1, min: lo, max: hi, jitter: 7, want: 6 * time.Second},
		{attempt: 3, min: lo, max: hi, jitter: 0.25, want: 18 * time.Second},
		{attempt: 100, min: lo, max: hi, jitter: 0, want: 12 * time.Minute},
		{attempt: 100, min: lo, max: hi, jitter: 0.99, want: hi}, // +20% is capped
		{attempt: 1, min: 0, max: hi, jitter: 0.5, want: 0},
		{attempt: 1, min: -time.Second, max: hi, jitter: 0.5, want: 0},
		{attempt: 4, min: lo, max: time.Second, jitter: 0.5, want: lo}, // max below min
		{attempt: 62, min: 1, max: math.MaxInt64, jitter: 0.5, want: 1 << 61},
		{attempt: 64, min: 1, max: math.MaxInt64, jitter: 0.5, want: math.MaxInt64},
		{attempt: 65, min: 1, max: math.MaxInt64, jitter: 1, want: math.MaxInt64},
	}
	for _, c := range cases {
		if got := Backoff(c.attempt, c.min, c.max, c.jitter); got != c.want {
			t.Errorf("Backoff(%d, %v, %v, %v) = %v, want %v", c.attempt, c.min, c.max, c.jitter, got, c.want)
		}
	}
}

func TestBackoffBounds(t *testing.T) {
	const (
		lo = 5 * time.Second
		hi = 15 * time.Minute
	)
	prevLow := time.Duration(0)
	for attempt := 1; attempt <= 40; attempt++ {
		low := Backoff(attempt, lo, hi, 0)
		high := Backoff(attempt, lo, hi, 1)
		if low < prevLow {
			t.Fatalf("attempt %d: lower bound %v fell below the previous %v", attempt, low, prevLow)
		}
		prevLow = low
		for j := 0.0; j < 1; j += 0.01 {
			d := Backoff(attempt, lo, hi, j)
			if d < low || d > high || d > hi || d < time.Duration(0.8*float64(lo)) {
				t.Fatalf("attempt %d jitter %v: %v outside [%v, %v] or the cap %v", attempt, j, d, low, high, hi)
			}
		}
		base := lo << min(attempt-1, 20)
		if base > hi {
			base = hi
		}
		if want := time.Duration(math.Round(0.8 * float64(base))); low != want {
			t.Fatalf("attempt %d: lowest %v, want 80%% of %v", attempt, low, base)
		}
	}
}
