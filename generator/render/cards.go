package render

import (
	"bytes"
	"context"
	"html/template"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
)

// cards holds each paper's "paper-item" partial, rendered once. A paper
// appears in the lists of its days, weeks, months and topics; rendering its
// card once instead of in every list is most of the cost of a large site's
// list pages.
type cards struct {
	item *template.Template             // the "paper-item" partial
	html map[*model.Paper]template.HTML // nil once released
	code map[*model.Paper]bool          // the papers whose card shows highlighted code, kept when released
	fold func(*template.Template)       // folds item's templates once they have run (folder.fold), or nil
}

// hasCode reports whether the card of p shows highlighted code.
func (c *cards) hasCode(p *model.Paper) bool { return c.code[p] }

// card returns the rendered card of p (for the templates' "card" function).
// Once the cards are released it renders the one asked for, so a theme
// that shows cards on the pages rendered last still gets them.
func (c *cards) card(p *model.Paper) (template.HTML, error) {
	if c.html != nil {
		return c.html[p], nil
	}
	var b strings.Builder
	if err := c.item.Execute(&b, p); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

// release frees the rendered cards; render makes them again.
func (c *cards) release() { c.html = nil }

// render executes the item template for every paper over workers goroutines.
func (c *cards) render(ctx context.Context, item *template.Template, papers []*model.Paper, workers int) error {
	c.item = item
	out := make([]template.HTML, len(papers))
	first := 0 // the cards rendered before the others
	if len(papers) > 0 && c.fold != nil {
		// The first card renders alone: html/template escapes the
		// templates as it runs them, and the others run them folded.
		var b strings.Builder
		if err := item.Execute(&b, papers[0]); err != nil {
			return err
		}
		out[0], first = template.HTML(b.String()), 1
		c.fold(item)
	}
	err := parallel.For(ctx, len(papers)-first, workers, func() func(int) error {
		var buf bytes.Buffer
		return func(i int) error {
			i += first
			buf.Reset()
			if err := item.Execute(&buf, papers[i]); err != nil {
				return err
			}
			out[i] = template.HTML(buf.String())
			return nil
		}
	})
	if err != nil {
		return err
	}
	c.html = make(map[*model.Paper]template.HTML, len(papers))
	c.code = map[*model.Paper]bool{}
	for i, p := range papers {
		c.html[p] = out[i]
		c.setCode(p)
	}
	return nil
}

// setCode records whether the rendered card of p shows highlighted code,
// which only that of a paper with code can.
func (c *cards) setCode(p *model.Paper) {
	if p.HasCode && strings.Contains(string(c.html[p]), chromaMarkup) {
		c.code[p] = true
	} else {
		delete(c.code, p)
	}
}

// update renders the cards of papers again.
func (c *cards) update(ctx context.Context, papers []*model.Paper) error {
	var buf bytes.Buffer
	for _, p := range papers {
		if err := ctx.Err(); err != nil {
			return err
		}
		buf.Reset()
		if err := c.item.Execute(&buf, p); err != nil {
			return err
		}
		c.html[p] = template.HTML(buf.String())
		c.setCode(p)
	}
	return nil
}
