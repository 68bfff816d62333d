package parallel

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

func TestForEveryItemOnce(t *testing.T) {
	for _, workers := range []int{0, 1, 3, 100} {
		seen := make([]int32, 1000)
		err := For(context.Background(), len(seen), workers, func() func(int) error {
			return func(i int) error { atomic.AddInt32(&seen[i], 1); return nil }
		})
		if err != nil {
			t.Fatal(err)
		}
		for i, n := range seen {
			if n != 1 {
				t.Fatalf("workers=%d: item %d ran %d times", workers, i, n)
			}
		}
	}
}

func TestForStopsOnError(t *testing.T) {
	boom := errors.New("boom")
	var ran atomic.Int32
	err := For(context.Background(), 10000, 2, func() func(int) error {
		return func(i int) error {
			ran.Add(1)
			if i == 10 {
				return boom
			}
			return nil
		}
	})
	if !errors.Is(err, boom) || ran.Load() > 5000 {
		t.Errorf("err %v after %d items", err, ran.Load())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := For(ctx, 10, 2, func() func(int) error { return func(int) error { return nil } }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
	if err := For(context.Background(), 0, 2, func() func(int) error { return func(int) error { return nil } }); err != nil {
		t.Errorf("no items: err %v", err)
	}
}
