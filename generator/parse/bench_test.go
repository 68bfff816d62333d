package parse

import (
	"strings"
	"testing"
)

// benchPaper is a typical paper file: every front matter field a digest
// uses, and a short Markdown abstract.
const benchPaper = `---
title: "Attention Is All You Need: Revisiting Transformers & Friends"
arxiv: 1706.03762
authors: [Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Łukasz Kaiser, Illia Polosukhin]
date: 2017-06-12
published: 2017-06-12T17:57:34Z
topics: [transformers, machine-translation]
code: https://github.com/tensorflow/tensor2tensor
project: https://example.org/transformer
upvotes: 412
tldr: "Attention alone, no recurrence."
---
The dominant sequence transduction models are based on complex recurrent or
convolutional neural networks, with $O(n^2 \cdot d)$ cost per layer.
`

// BenchmarkPaper parses one paper file's front matter into the model.
func BenchmarkPaper(b *testing.B) {
	data := []byte(benchPaper)
	lim := DefaultLimits()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Paper("content/papers/1706.03762.md", data, lim); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPaperOneLine parses a paper file whose abstract is one long
// line, as paperboy import and the benchmark corpora write it.
func BenchmarkPaperOneLine(b *testing.B) {
	front, body, _ := strings.Cut(strings.TrimPrefix(benchPaper, "---\n"), "---\n")
	line := strings.Repeat(strings.ReplaceAll(strings.TrimSpace(body), "\n", " ")+" ", 8)
	data := []byte("---\n" + front + "---\n\n" + line + "\n")
	lim := DefaultLimits()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Paper("content/papers/1706.03762.md", data, lim); err != nil {
			b.Fatal(err)
		}
	}
}
