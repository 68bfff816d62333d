package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestTopicTypoWarnings: a topic only one paper writes, which site.yaml
// does not define, is a warning at its line when it is a likely typo of a
// topic site.yaml defines (a former slug names the topic it became) or of
// one more papers write. Not warned: a topic two papers write, one
// site.yaml defines, and one near nothing, nor a longer slug that merely
// starts with another (diffusion-models beside diffusion).
func TestTopicTypoWarnings(t *testing.T) {
	site := siteYAML + "topics:\n  reasoning:\n    name: Reasoning\n    aliases: [llm-reasoning]\n  diffusion: {}\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics:\n  - agents\n  - reasonign\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\ntopics: [Benchmarks, llm-reasonng, diffusion-models]\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-01\ntopics: [benchmarks, benchmark, robotics]\n") +
		paper("d", "title: D\narxiv: \"2401.00004\"\ndate: 2024-01-01\ntopics: [agents, reasoning]\n")
	got := warningsOf(t, site)
	const tail = " is written by no other paper and site.yaml does not define it, so it makes a topic page of its own; if you meant the topic %q, write that; if it is a new topic, add it under `topics:` in site.yaml"
	want := []string{
		`content/papers/a.md:7: topic "reasonign"` + strings.Replace(tail, "%q", `"reasoning"`, 1),
		`content/papers/b.md:5: topic "llm-reasonng"` + strings.Replace(tail, "%q", `"reasoning"`, 1),
		`content/papers/c.md:5: topic "benchmark"` + strings.Replace(tail, "%q", `"benchmarks"`, 1),
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLoneTopicTypos: two topics each written by one paper, which
// site.yaml defines neither of, and one a likely typo of the other, are a
// warning at the second paper's; two lone topics far apart are not, nor
// one paper's topic written twice in two letter cases. Two such topics of
// one paper are told as its own.
func TestLoneTopicTypos(t *testing.T) {
	site := siteYAML +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics: [reasoning, Robotics, robotics]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\ntopics:\n  - speech\n  - reasonign\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-01\ntopics:\n  - planning\n  - plannings\n")
	want := []string{
		`content/papers/b.md:7: topic "reasonign" and the topic "reasoning" of content/papers/a.md:5 are each written by one paper and site.yaml defines neither, and one looks a typo of the other; if they are one topic, write it the same in both papers; if they are two, define both under ` + "`topics:`" + ` in site.yaml`,
		`content/papers/c.md:7: topic "plannings" and the topic "planning" at line 6 are written by this paper alone and site.yaml defines neither, and one looks a typo of the other; if they are one topic, keep one of the two; if they are two, define both under ` + "`topics:`" + ` in site.yaml`,
	}
	if got := warningsOf(t, site); !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNearTopic: slugs a letter or two apart in a word are likely typos of
// each other; slugs that differ in a whole word (gene-therapy and
// cell-therapy, a two-letter abbreviation) are two topics, which a third
// of the slug's length in edits took for typos.
func TestNearTopic(t *testing.T) {
	for _, tc := range []struct{ s, c, want string }{
		{"reasonign", "reasoning", "reasoning"},
		{"llm-reasonng", "llm-reasoning", "llm-reasoning"},
		{"gene-therapies", "gene-therapy", "gene-therapy"},
		{"multimodal", "multi-modal", "multi-modal"},
		{"llms", "llm", "llm"},
		{"gene-therapy", "cell-therapy", ""},
		{"drug-discovery", "drug-delivery", ""},
		{"clinical-trials", "clinical-nlp", ""},
		{"3d-vision", "2d-vision", ""},
	} {
		if got := nearTopic(tc.s, []string{tc.c}); got != tc.want {
			t.Errorf("nearTopic(%q, [%q]) = %q, want %q", tc.s, tc.c, got, tc.want)
		}
	}
}

// TestTwoTopicsDefined: two lone topics taken for typos of each other are
// let be once site.yaml defines both, as the warning says to.
func TestTwoTopicsDefined(t *testing.T) {
	papers := paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics: [planning]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\ntopics: [plannings]\n")
	if got := warningsOf(t, siteYAML+papers); len(got) != 1 {
		t.Fatalf("warnings = %q, want one", got)
	}
	if got := warningsOf(t, siteYAML+"topics:\n  planning: {}\n  plannings: {}\n"+papers); len(got) != 0 {
		t.Errorf("both defined: warnings = %q, want none", got)
	}
}
