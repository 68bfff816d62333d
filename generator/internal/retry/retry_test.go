package retry

import (
	"testing"
	"time"
)

// TestBackoff: the wait before each retry doubles from the first, and
// stays at an hour however many retries --retries allows.
func TestBackoff(t *testing.T) {
	tests := []struct {
		base    time.Duration
		attempt int
		want    time.Duration
	}{
		{2 * time.Second, 1, 2 * time.Second},
		{2 * time.Second, 3, 8 * time.Second},
		{2 * time.Second, 12, time.Hour},
		{2 * time.Second, 40, time.Hour},
		{2 * time.Second, 70, time.Hour},
		{0, 5, 0},
	}
	for _, tt := range tests {
		if got := Backoff(tt.base, tt.attempt); got != tt.want {
			t.Errorf("Backoff(%v, %d) = %v, want %v", tt.base, tt.attempt, got, tt.want)
		}
	}
}
