package generator

import (
	"slices"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestLinkProblems: a broken link is reported at the line of the Markdown
// that writes it, once however many pages show it; a link no source
// writes stays on its page.
func TestLinkProblems(t *testing.T) {
	site := &model.Site{
		Config: &model.Config{},
		Days: []*model.Day{
			{Source: "content/days/2024-01-01.md", IntroLine: 4, Intro: "Hello.\n\n- see [the guide](/guide/)\n- and <https://example.org/ok>\n"},
			{Intro: "[implied days have no source](/guide/)"},
		},
		Papers: []*model.Paper{
			{Source: "content/papers/a.md", BodyLine: 6, Body: "Abstract with ![a figure](fig.png) in it.\n"},
			{Source: "content/papers/b.md", BodyLine: 6, Body: "Abstract.\n\nSee [this](javascript:alert(1)).\n"},
		},
	}
	broken := []linkcheck.Problem{
		{Page: "days/2024-01-01/index.html", URL: "/guide/", Msg: "no such file guide/index.html"},
		{Page: "index.html", URL: "/guide/", Msg: "no such file guide/index.html"},
		{Page: "papers/a/index.html", URL: "fig.png", Msg: "no such file papers/a/fig.png"},
		{Page: "index.html", URL: "/theme-link/", Msg: "no such file theme-link/index.html"},
		{Page: "papers/b/index.html", URL: "", Msg: "empty link"},
	}
	want := []Problem{
		{Kind: "link", Path: "content/days/2024-01-01.md", Line: 6, Msg: "the link /guide/ is broken: no such file guide/index.html (first seen on days/2024-01-01/index.html); fix it or remove it"},
		{Kind: "link", Path: "content/papers/a.md", Line: 6, Msg: "the link fig.png is broken: no such file papers/a/fig.png (first seen on papers/a/index.html); fix it or remove it"},
		{Kind: "link", Path: "content/papers/b.md", Line: 8, Msg: "a javascript: or data: link or image, which pages show with an empty address (first seen on papers/b/index.html); link to an http(s) address or remove it"},
		{Kind: "link", Path: "index.html", Msg: "/theme-link/: no such file theme-link/index.html"},
	}
	if got := linkProblems(site, broken); !slices.Equal(got, want) {
		t.Errorf("linkProblems =\n%v\nwant\n%v", got, want)
	}
}
