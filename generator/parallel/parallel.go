// Package parallel runs the items of a stage over a fixed number of
// goroutines, each with its own state (a reused buffer, say). Results are
// the caller's to store by index, so output order never depends on
// scheduling.
package parallel

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls work(i) for every i in [0, n) from at most workers goroutines
// (0 means GOMAXPROCS). newWorker is called once per goroutine and returns
// its work function. For stops handing out items after the first error or
// when ctx is done, and returns that error.
func For(ctx context.Context, n, workers int, newWorker func() func(i int) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var (
		next  atomic.Int64
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	fail := func(err error) { once.Do(func() { first = err }) }
	for range min(workers, max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work := newWorker()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if err := ctx.Err(); err != nil {
					fail(err)
					return
				}
				if err := work(i); err != nil {
					fail(err)
					next.Store(int64(n)) // hand out no more items
					return
				}
			}
		}()
	}
	wg.Wait()
	return first
}
