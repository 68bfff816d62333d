package generator

import (
	"strings"
	"testing"
)

// TestZolaLinks: Zola's internal link, @/ and a path below content/, is a
// link to the page of the source it names, with its fragment, as a
// relative link to the source is; one that names no source is broken,
// and check says what @/ names.
func TestZolaLinks(t *testing.T) {
	site := siteYAML + paper("bert", "title: B\narxiv: \"1810.04805\"\ndate: 2024-01-01\n") +
		"-- content/papers/attention/index.md --\n---\ntitle: A\narxiv: \"1706.03762\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"## Notes\n\nSee [BERT](@/papers/bert.md), [its abstract](@/papers/bert.md#abstract) and [this one](@/papers/attention/index.md).\n" +
		"-- content/pages/about.md --\n---\ntitle: About\n---\nStart with [the Transformer](@/papers/attention/index.md).\n"
	out := mustBuild(t, site)
	out.contains(t, "papers/1706.03762/index.html", `<a href="/papers/1810.04805/">BERT</a>`,
		`<a href="/papers/1810.04805/#abstract">its abstract</a>`, `<a href="/papers/1706.03762/">this one</a>`)
	out.contains(t, "about/index.html", `<a href="/papers/1706.03762/">the Transformer</a>`)
	_, got := checkSite(t, strings.Replace(site, "@/papers/bert.md)", "@/blog/bert.md)", 1))
	want := "content/papers/attention/index.md:10: the link @/blog/bert.md is broken: there is no content/blog/bert.md (Zola's @/ names a file below content/: " +
		"a paper moved to content/papers/ is @/papers/<its file>.md, or link to it relative to this .md); fix the link or put the file there"
	if !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("check does not say\n%s\nit says:\n%s", want, strings.Join(got, "\n"))
	}
}

// TestZolaShortcodesAreErrors: a Zola shortcode in a paper's body is a
// build error at its line, naming it as Zola's with what to write; in a
// code span it is shown as written.
func TestZolaShortcodesAreErrors(t *testing.T) {
	site := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"{% note(kind=\"info\") %}\nRead with `{{ youtube(id=\"x\") }}`.\n{% end %}\n\n{{ youtube(id=\"iDulhoQ2pro\") }}\n\nEscaped: {{/* gist(url=\"u\") */}}\n"
	_, err := buildSite(t, site, Options{})
	errorsStart(t, err, []string{
		"content/papers/a.md:8: {% note(…) %} is a Zola shortcode, which Paperboy does not have (it would show as text); write a quote: > **Note:** …, in place of {% note(…) %} and its {% end %}",
		"content/papers/a.md:12: {{ youtube(…) }} is a Zola shortcode, which Paperboy does not have (it would show as text); write a link to it: [the video](https://www.youtube.com/watch?v=iDulhoQ2pro)",
		"content/papers/a.md:14: {{/* … */}} is a Zola shortcode escaped with /* */, which Paperboy does not have (it would show as text); Zola showed it as {{ gist(url=\"u\") }}: write that in a code span, `{{ gist(url=\"u\") }}`",
	})
}
