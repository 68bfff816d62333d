package render

import (
	"bytes"
	"context"
	"html/template"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// cards holds each paper's "paper-item" partial, rendered once. A paper
// appears in lists on its days, weeks, months, topics and every author's
// page; rendering its card once instead of in every list is most of the
// cost of a large site's pages.
type cards struct {
	html map[*model.Paper]template.HTML
}

// card returns the rendered card of p (for the templates' "card" function).
func (c *cards) card(p *model.Paper) template.HTML { return c.html[p] }

// render executes the item template for every paper over workers goroutines.
func (c *cards) render(ctx context.Context, item *template.Template, papers []*model.Paper, workers int) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]template.HTML, len(papers))
	var (
		next  atomic.Int64
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	for range min(workers, max(1, len(papers))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for {
				i := int(next.Add(1)) - 1
				if i >= len(papers) || ctx.Err() != nil {
					return
				}
				buf.Reset()
				if err := item.Execute(&buf, papers[i]); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
				out[i] = template.HTML(buf.String())
			}
		}()
	}
	wg.Wait()
	if first != nil {
		return first
	}
	c.html = make(map[*model.Paper]template.HTML, len(papers))
	for i, p := range papers {
		c.html[p] = out[i]
	}
	return ctx.Err()
}
