package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// paperWith is paper with its abstract.
func paperWith(name, front, abstract string) string {
	return "-- content/papers/" + name + ".md --\n---\n" + front + "---\n" + abstract + "\n"
}

// TestMismatchedLanguage: a paper's language: written in another script
// than its title and abstract (kr, Kanuri, on Korean; zh-CN, Simplified
// or Traditional Han either way, on English) is a warning at its line
// naming the tag to write; a language that matches (ko, ja on kanji) is
// none, and so is one that matches the title alone (zh on a Chinese
// title above an English abstract).
func TestMismatchedLanguage(t *testing.T) {
	site := siteYAML +
		paperWith("a", "title: \"한국어 대규모 언어 모델의 강화학습\"\nid: a\nlanguage: kr\ndate: 2024-01-01\nauthors: [김민수]\n", "본 논문은 한국어 대규모 언어 모델을 위한 강화학습 방법을 제안한다.") +
		paperWith("b", "title: \"한국어 대규모 언어 모델의 강화학습\"\nid: b\nlanguage: ko\ndate: 2024-01-01\nauthors: [김민수]\n", "본 논문은 LLM을 위한 강화학습 방법을 제안한다.") +
		paperWith("c", "title: \"基于注意力机制的神经机器翻译\"\nid: c\nlanguage: ja\ndate: 2024-01-01\nauthors: [山田花子]\n", "注意力機構") +
		paperWith("d", "title: \"Efficient Inference for Large Language Models\"\nid: d\nlanguage: zh-CN\ndate: 2024-01-01\nauthors: [Ann Smith]\n", "We study efficient inference for large language models.") +
		paperWith("e", "title: \"大语言模型的高效推理\"\nid: e\nlanguage: zh\ndate: 2024-01-01\nauthors: [张伟]\n", "We study efficient inference for large language models, at length, in English, as many papers with a Chinese title do, over a long abstract.")
	var got []string
	for _, w := range warningsOf(t, site) {
		if strings.Contains(w, "language") {
			got = append(got, w)
		}
	}
	want := []string{
		"content/papers/a.md:4: language \"kr\" is written in Latin letters, but the title and abstract are in Hangul; write the language they are in, `language: ko`",
		"content/papers/d.md:4: language \"zh-CN\" is written in Han (Chinese characters), but the title and abstract are in Latin letters; write the language they are in, e.g. `language: en`",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestForeignScriptNote: check notes a paper with no language: whose
// title and abstract are in another script than the site's paperLanguage
// (Cyrillic, Chinese on an English site), with the tag to add; an English
// one, and one with language:, are let be.
func TestForeignScriptNote(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.github.io/digest/\n" +
		paperWith("2503.00001", "title: \"Нейронные сети для машинного перевода\"\narxiv: \"2503.00001\"\nauthors: [Иван Петров]\ndate: 2025-03-03\n", "Мы предлагаем новую архитектуру.") +
		paperWith("2503.00002", "title: \"基于注意力机制的神经机器翻译研究\"\narxiv: \"2503.00002\"\nauthors: [张伟]\ndate: 2025-03-03\n", "本文提出了一种模型。") +
		paperWith("2503.00003", "title: \"Нейронные сети\"\narxiv: \"2503.00003\"\nlanguage: uk\nauthors: [Іван Петренко]\ndate: 2025-03-03\n", "Ми пропонуємо.") +
		paperWith("2503.00004", "title: Attention\narxiv: \"2503.00004\"\nauthors: [Ann Smith]\ndate: 2025-03-03\n", "We propose.")
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		if strings.Contains(p.Msg, "paperLanguage") {
			got = append(got, p.Kind+" "+p.String())
		}
	}
	want := []string{
		"note content/papers/2503.00001.md:2: note: the title and abstract are in Cyrillic, but the paper has no language: and the site's paperLanguage is en, so its pages give them that language; add the one they are in, e.g. `language: ru`",
		"note content/papers/2503.00002.md:2: note: the title and abstract are in Han (Chinese characters), but the paper has no language: and the site's paperLanguage is en, so its pages give them that language; add the one they are in, `language: zh`",
	}
	if !slices.Equal(got, want) {
		t.Errorf("notes =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
