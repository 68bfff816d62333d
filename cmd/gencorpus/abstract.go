package main

import (
	"slices"
	"strings"
)

// body returns a paper's Markdown body: an abstract of 120 to 250 words in
// one to three paragraphs, about its topics. About 30% of abstracts have
// inline math (some also a display equation), some have TeX accents and
// quotes, about 10% end with a fenced python block and a few with notes.
func (c *corpus) body(topics []int) string {
	target := 120 + c.r.IntN(131)
	useMath := c.r.Float64() < 0.3
	useTeX := c.r.Float64() < 0.08
	var sentences []string
	hadMath := false
	for count := 0; count < target; {
		ws := c.sentence(8, 22)
		count += len(ws)
		if c.r.Float64() < 0.25 || len(sentences) == 0 {
			t := c.topics[topics[c.r.IntN(len(topics))]]
			ws = slices.Insert(ws, 1+c.r.IntN(len(ws)-1), strings.Fields(t.phrase)...)
		}
		if useMath && (c.r.Float64() < 0.35 || (!hadMath && count >= target)) {
			ws = slices.Insert(ws, 1+c.r.IntN(len(ws)-1), c.one(inlineMath))
			hadMath = true
		}
		if useTeX && c.r.Float64() < 0.3 {
			ws = slices.Insert(ws, 1+c.r.IntN(len(ws)-1), c.one(texisms))
			useTeX = false
		}
		if c.r.Float64() < 0.1 {
			i := c.r.IntN(len(ws))
			ws[i] = "**" + ws[i] + "**"
		}
		if c.r.Float64() < 0.05 {
			i := c.r.IntN(len(ws))
			ws[i] = "`" + ws[i] + "`"
		}
		sentences = append(sentences, strings.Join(ws, " ")+".")
	}
	paras := c.split(sentences, 1+c.r.IntN(3))
	if useMath && c.r.Float64() < 0.25 {
		paras = slices.Insert(paras, 1, c.one(displayMath))
	}
	body := strings.Join(paras, "\n\n") + "\n"
	if c.r.Float64() < 0.10 {
		body += "\nMinimal usage:\n\n```python\n" + c.one(codeBlocks) + "```\n"
	}
	if c.r.Float64() < 0.05 {
		body += "\n## Notes\n\n- " + strings.Join(c.sentence(5, 10), " ") + ".\n- See the [related thread](https://example.org/thread?id=42&lang=en).\n"
	}
	return body
}

// sentence returns lo to hi words of the vocabulary, the first capitalised.
func (c *corpus) sentence(lo, hi int) []string {
	ws := make([]string, lo+c.r.IntN(hi-lo+1))
	for i := range ws {
		ws[i] = c.one(words)
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return ws
}

// split joins sentences into n paragraphs (fewer when there are fewer
// sentences), cut at random sentence boundaries.
func (c *corpus) split(sentences []string, n int) []string {
	n = min(n, len(sentences))
	cuts := c.r.Perm(len(sentences) - 1)[:n-1]
	for i := range cuts {
		cuts[i]++
	}
	slices.Sort(cuts)
	cuts = append(cuts, len(sentences))
	var paras []string
	prev := 0
	for _, cut := range cuts {
		paras = append(paras, strings.Join(sentences[prev:cut], " "))
		prev = cut
	}
	return paras
}
