package model

import (
	"html"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// maxText bounds Summary and AbstractText in runes, as the Markdown
// renderer cuts them.
const maxText = 2000

// Which of a paper's texts its Abstract gives back (see SetTexts).
const (
	summaryDerived uint8 = 1 << iota
	abstractTextDerived
	displaySpaced // AbstractText's display formulas are "$$ TeX $$", their $$ written on lines of their own
)

// Summary returns the plain text of the abstract's first paragraph, at
// most 2,000 runes, for descriptions and feeds.
func (p *Paper) Summary() string {
	if p.derived&summaryDerived == 0 {
		return p.summary
	}
	t, _, _, _ := abstractPlain(string(p.Abstract), true, false)
	return textutil.Truncate(maxText, t)
}

// AbstractText returns the plain text of Abstract, at most 2,000 runes:
// what citation_abstract holds.
func (p *Paper) AbstractText() string {
	if p.derived&abstractTextDerived == 0 {
		return p.abstractText
	}
	t, _, _, _ := abstractPlain(string(p.Abstract), false, p.derived&displaySpaced != 0)
	return textutil.Truncate(maxText, t)
}

// Texts returns Summary and AbstractText, from one scan of the abstract's
// HTML when it gives back both: what a paper's page says of it (its
// description, citation_abstract and JSON-LD) takes each once.
func (p *Paper) Texts() (summary, abstractText string) {
	const both = summaryDerived | abstractTextDerived
	if p.derived&both != both {
		return p.Summary(), p.AbstractText()
	}
	// Both derived, the whole scan knew the HTML (see SetTexts), and its
	// first paragraph is the one Summary scans for.
	t, at, end, _ := abstractPlain(string(p.Abstract), false, p.derived&displaySpaced != 0)
	return textutil.Truncate(maxText, t[at:end]), textutil.Truncate(maxText, t)
}

// SetTexts sets what Summary and AbstractText return, given after
// Abstract, which a later change must not change the text of (set them
// again then). p keeps each only when Abstract's HTML does not give it
// back, as it does for most papers: 1.8 KB per paper that a large site no
// longer holds while it renders, for a scan of the HTML when it is asked.
func (p *Paper) SetTexts(summary, abstractText string) {
	p.summary, p.abstractText, p.derived = summary, abstractText, 0
	if p.Abstract == "" {
		return
	}
	t, at, end, ok := abstractPlain(string(p.Abstract), false, false)
	if !ok { // the first paragraph may still be known
		t, at, end, _ = abstractPlain(string(p.Abstract), true, false)
	}
	if summary != "" && textutil.Truncate(maxText, t[at:end]) == summary {
		p.summary, p.derived = "", p.derived|summaryDerived
	}
	if abstractText == "" || !ok {
		return
	}
	for _, spaced := range []bool{false, true} {
		if spaced {
			t, _, _, _ = abstractPlain(string(p.Abstract), false, true)
		}
		if textutil.Truncate(maxText, t) == abstractText {
			p.abstractText, p.derived = "", p.derived|abstractTextDerived
			if spaced {
				p.derived |= displaySpaced
			}
			return
		}
		if !strings.Contains(string(p.Abstract), `<div class="math-display"`) {
			return // spaced or not, the same text
		}
	}
}

// KeepTexts replaces the texts of Summary and AbstractText that p keeps
// (see SetTexts) by keep's copies of them; a Summary that is a part of
// AbstractText stays a part of its copy.
func (p *Paper) KeepTexts(keep func(string) string) {
	if p.abstractText != "" {
		p.abstractText = keep(p.abstractText)
	}
	if p.summary == "" {
		return
	}
	if i := strings.Index(p.abstractText, p.summary); i >= 0 {
		p.summary = p.abstractText[i : i+len(p.summary)]
	} else {
		p.summary = keep(p.summary)
	}
}

// abstractPlain returns the plain text of the abstract's HTML h as the
// Markdown renderer takes it from the source: each paragraph's text, its
// tags left out, its entities resolved and its spaces collapsed, inline
// math as $ and its TeX $, struck text as its words; a display formula as $$
// and its TeX $$ (with a space between them when spaced: its $$ were on
// lines of their own); code left out; the blocks joined by new lines.
// The first paragraph with text is text[at:end]; with first, text is
// that paragraph's alone. It reports false when h has what it does not
// know, whose text it cannot tell (a list, a quote, a table): SetTexts
// compares what it returns with the text it is given, so it need only be
// right for the HTML most abstracts have.
func abstractPlain(h string, first, spaced bool) (text string, at, end int, ok bool) {
	var b strings.Builder
	if !first {
		b.Grow(len(h) / 2)
	}
	at, end = -1, -1
	for h != "" {
		var t string
		switch {
		case h[0] == '\n':
			h = h[1:]
			continue
		case strings.HasPrefix(h, "<p>"):
			var known bool
			if t, h, known = inlinePlain(h[len("<p>"):]); !known {
				return "", 0, 0, false
			}
			if first && t != "" {
				return t, 0, len(t), true
			}
			if at < 0 && t != "" {
				at = b.Len() + min(b.Len(), 1) // after the new line
				end = at + len(t)
			}
		case strings.HasPrefix(h, "<pre"):
			stop := strings.Index(h, "</pre>")
			if stop < 0 {
				return "", 0, 0, false
			}
			h = h[stop+len("</pre>"):]
		case strings.HasPrefix(h, `<div class="math-display"`):
			open, stop := strings.IndexByte(h, '>'), strings.Index(h, "</div>")
			tex, known := attribute(h[open+1:max(stop, open+1)], `<math display="block" alttext="`)
			if !known {
				return "", 0, 0, false
			}
			t, h = textutil.CollapseSpace(html.UnescapeString(tex)), h[stop+len("</div>"):]
			if spaced {
				t = "$$ " + t + " $$"
			} else {
				t = "$$" + t + "$$"
			}
		default:
			return "", 0, 0, false
		}
		if t != "" && !first {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(t)
		}
	}
	if at < 0 {
		at, end = 0, 0
	}
	return b.String(), at, end, true
}

// inlinePlain returns the plain text of a paragraph's HTML, which s
// starts with, and what follows its </p> (see abstractPlain); false when
// the paragraph has what it does not know.
func inlinePlain(s string) (text, rest string, ok bool) {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			return "", "", false
		}
		if b.Len() == 0 && strings.HasPrefix(s[i:], "</p>") && strings.IndexByte(s[:i], '&') < 0 {
			return textutil.CollapseBreakingSpace(s[:i]), s[i+len("</p>"):], true // plain words
		}
		b.WriteString(s[:i])
		s = s[i:]
		switch {
		case strings.HasPrefix(s, "</p>"):
			return textutil.CollapseBreakingSpace(html.UnescapeString(b.String())), s[len("</p>"):], true
		case strings.HasPrefix(s, "<math "):
			end := strings.Index(s, "</math>")
			tex, ok := attribute(s[:max(end, 0)], `<math display="inline" alttext="`)
			if !ok {
				return "", "", false
			}
			b.WriteByte('$') // unescaped with the rest
			b.WriteString(tex)
			b.WriteByte('$')
			s = s[end+len("</math>"):]
			continue
		case strings.HasPrefix(s, "<img "), strings.HasPrefix(s, "<sup "), strings.HasPrefix(s, "<input "):
			return "", "", false // an image's alt text, a footnote's number, a task's box
		}
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return "", "", false
		}
		s = s[end+1:]
	}
}

// attribute returns the value of the attribute that s starts with,
// prefix being the tag's start and the attribute's name (as the renderer
// writes them) up to its opening quote, still escaped; false when s does
// not start so.
func attribute(s, prefix string) (string, bool) {
	if !strings.HasPrefix(s, prefix) {
		return "", false
	}
	s = s[len(prefix):]
	end := strings.IndexByte(s, '"')
	if end < 0 {
		return "", false
	}
	return s[:end], true
}
