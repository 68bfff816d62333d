// Package retry paces the retries of a temporary failure: paperboy mail's
// of a message, import --fetch's of a request.
package retry

import "time"

// Max is the longest wait before a retry.
const Max = time.Hour

// Backoff is the wait before the retry after attempt (from 1): base,
// doubling with each attempt, at most Max. It doubles step by step
// rather than shifting by attempt, which overflowed after some thirty
// retries (--retries 40) into a negative wait: no wait at all.
func Backoff(base time.Duration, attempt int) time.Duration {
	wait := base
	for i := 1; i < attempt && wait < Max; i++ {
		wait *= 2
	}
	return min(wait, Max)
}
