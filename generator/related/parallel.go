package related

import (
	"sync"
	"sync/atomic"
)

// chunk is how many consecutive docs a worker takes at a time.
const chunk = 64

// parallel runs the range [0, n) in chunks on the given number of
// goroutines. Each goroutine calls setup once to get its own chunk function
// (with its own scratch state), then calls it for the chunks it claims.
// Chunk functions must write results only by index, so that what they
// produce does not depend on which goroutine ran which chunk.
func parallel(workers, n int, setup func() func(lo, hi int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(workers, (n+chunk-1)/chunk)) {
		wg.Go(func() {
			run := setup()
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= n {
					return
				}
				run(lo, min(lo+chunk, n))
			}
		})
	}
	wg.Wait()
}
