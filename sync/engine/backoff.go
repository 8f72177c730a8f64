package engine

import (
	"math"
	"time"
)

// Backoff returns how long to wait before retry number attempt (1 for the
// first retry after a failure): minDelay doubled attempt-1 times and capped
// at maxDelay, then spread by ±20% with jitter, a number in [0, 1] where 0.5
// means no change (values outside are clamped). The result never exceeds
// maxDelay. A minDelay of 0 or less gives 0; a maxDelay below minDelay is
// taken as minDelay.
func Backoff(attempt int, minDelay, maxDelay time.Duration, jitter float64) time.Duration {
	if minDelay <= 0 {
		return 0
	}
	if maxDelay < minDelay {
		maxDelay = minDelay
	}
	base := minDelay
	for i := 1; i < attempt && base < maxDelay; i++ {
		if base > maxDelay/2 {
			base = maxDelay
			break
		}
		base *= 2
	}
	switch {
	case jitter < 0:
		jitter = 0
	case jitter > 1:
		jitter = 1
	}
	d := math.Round(float64(base) * (0.8 + 0.4*jitter))
	if d >= float64(maxDelay) {
		return maxDelay
	}
	return time.Duration(d)
}
