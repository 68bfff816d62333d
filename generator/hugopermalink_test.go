package generator

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// TestHugoAddress: the address Hugo gave a post, from its section's
// permalink pattern filled in with its date, title, slug and name, or
// /<folder>/<slug or name>/ without one, each made as Hugo's urlize makes
// it (an apostrophe or a question mark dropped, not a -), as an .html
// file under uglyURLs; "" when a placeholder has nothing to fill it or is
// not known.
func TestHugoAddress(t *testing.T) {
	day := time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	post := parse.Post{Slug: "BERT-notes", Title: "BERT: Pre-training of Deep Bidirectional Transformers", Date: day}
	tests := []struct {
		dir, name string
		post      parse.Post
		pattern   string
		ugly      bool
		want      string
	}{
		{"blog", "bert", post, "", false, "/blog/bert-notes/"},
		{"blog/2024", "Bert", parse.Post{}, "", false, "/blog/2024/bert/"},
		{"blog", "bert", post, "/:year/:month/:slug/", false, "/2024/03/bert-notes/"},
		{"blog", "bert", post, "/:section/:year/:day/:title/", false, "/blog/2024/05/bert-pre-training-of-deep-bidirectional-transformers/"},
		{"blog", "bert", post, ":monthname/:filename", false, "/march/bert/"},
		{"blog", "bert", parse.Post{Title: "BERT"}, "/articles/:slugorfilename/", false, "/articles/bert/"},
		{"blog", "bert", parse.Post{Title: "BERT"}, "/articles/:slug/", false, "/articles/bert/"},
		{"blog", "x", parse.Post{Title: "Don't Stop Pretraining", Date: day}, "/:year/:month/:slug/", false, "/2024/03/dont-stop-pretraining/"},
		{"blog", "x", parse.Post{Title: "GPT-4 — What's Inside?", Date: day}, "/:year/:slug/", false, "/2024/gpt-4-whats-inside/"},
		{"blog", "x", parse.Post{Title: "  C++ -- a (short) tour!  "}, "/:title/", false, "/c++-a-short-tour/"},
		{"blog", "x", parse.Post{Title: "Über Transformers"}, "/:title/", false, "/über-transformers/"},
		{"blog", "x", parse.Post{Slug: "Don't Stop", Title: "T"}, "", false, "/blog/dont-stop/"},
		{"blog", "x", parse.Post{Slug: "Don't Stop", Title: "T"}, "/:slug/", false, "/dont-stop/"},
		{"blog", "My Notes", parse.Post{}, "", false, "/blog/my-notes/"},
		{"posts", "bert", parse.Post{}, "", true, "/posts/bert.html"},
		{"blog", "bert", post, "/:year/:month/:slug/", true, "/2024/03/bert-notes.html"},
		{"blog", "bert", parse.Post{}, "/:year/:filename/", false, ""},   // no date
		{"blog", "bert", post, "/:lang/:filename/", false, ""},           // a placeholder not known here
		{"blog", "bert", parse.Post{Date: day}, "/x/:title/", false, ""}, // no title
		{"blog", "bert", post, "/", false, ""},                           // the site's root
	}
	for _, tt := range tests {
		if got := hugoAddress(tt.dir, tt.name, tt.post, tt.pattern, tt.ugly); got != tt.want {
			t.Errorf("hugoAddress(%q, %q, %+v, %q, %v) = %q, want %q", tt.dir, tt.name, tt.post, tt.pattern, tt.ugly, got, tt.want)
		}
	}
}

// TestHugoPermalinkAdvice: a post still in its Hugo section is told the
// alias of the address the permalinks: of the Hugo configuration gave it
// (hugo.toml's [permalinks], hugo.yaml's permalinks.page, or
// config/_default/'s), not /<section>/<name>/, and the .html file its
// uglyURLs made it, for every section or for the post's.
func TestHugoPermalinkAdvice(t *testing.T) {
	post := "-- content/blog/bert.md --\n---\ntitle: BERT\ndate: 2024-03-05\nslug: bert-notes\n---\nx\n"
	for _, tt := range []struct{ config, want string }{
		{"-- hugo.toml --\n[permalinks]\n  blog = \"/:year/:month/:slug/\"\n", "`aliases: [/2024/03/bert-notes/]` to it as you move it, which keeps its old address /2024/03/bert-notes/ (the permalinks: of the Hugo configuration, blog = /:year/:month/:slug/) working"},
		{"-- hugo.yaml --\npermalinks:\n  page:\n    blog: /notes/:filename/\n", "`aliases: [/notes/bert/]` to it as you move it, which keeps its old address /notes/bert/ ("},
		{"-- config/_default/hugo.toml --\n[permalinks.page]\nblog = \"/:year/:slug/\"\n", "`aliases: [/2024/bert-notes/]`"},
		{"-- hugo.toml --\n[permalinks]\n  posts = \"/:year/:slug/\"\n", "`aliases: [/blog/bert-notes/]` to it as you move it, which keeps its old address /blog/bert-notes/ (its slug: bert-notes) working"},
		{"-- hugo.toml --\nuglyURLs = true\n", "`aliases: [/blog/bert-notes.html]` to it as you move it, which keeps its old address /blog/bert-notes.html (its slug: bert-notes, as an .html file: uglyURLs) working"},
		{"-- hugo.yaml --\nuglyURLs:\n  blog: true\npermalinks:\n  blog: /:year/:slug/\n", "`aliases: [/2024/bert-notes.html]`"},
		{"-- hugo.toml --\n[uglyURLs]\n  posts = true\n", "`aliases: [/blog/bert-notes/]`"},
	} {
		got := unreadAdvice(siteFS(post+tt.config), "content/blog/bert.md", &model.Config{}, "Hugo")
		if !strings.Contains(got, tt.want) {
			t.Errorf("with %q: %q, want …%q", tt.config, got, tt.want)
		}
	}
}

// TestMovedHugoPosts: a paper moved from a Hugo section that still has
// its slug: is told, at that line, the alias of the address Hugo gave it:
// in the section the permalinks: name, or the one folder of posts left in
// content/, not /posts/; none when the section is not known (no Hugo
// configuration, or two folders of posts); whatever line endings the
// paper was saved with.
func TestMovedHugoPosts(t *testing.T) {
	moved := paper("elmo", "title: ELMo\narxiv: \"1802.05365\"\ndate: 2024-03-02\nslug: elmo-notes\n")
	for _, tt := range []struct{ site, want string }{
		{"-- hugo.toml --\ntitle = \"T\"\n-- content/blog/bert.md --\n---\ntitle: B\n---\n",
			"content/papers/elmo.md:5: Hugo published this post at /blog/elmo-notes/ (its slug: elmo-notes in its section, the one folder of posts left in content/, content/blog/), and its page here is /papers/<its arxiv: or id:>/: write `aliases: [/blog/elmo-notes/]` in place of slug:, which keeps that address working"},
		{"-- hugo.toml --\n[permalinks]\nblog = \"/:year/:month/:slug/\"\n",
			"content/papers/elmo.md:5: Hugo published this post at /2024/03/elmo-notes/ (its slug: elmo-notes in its section, the one section the Hugo configuration's permalinks: name, blog = /:year/:month/:slug/)"},
		{"-- hugo.toml --\ntitle = \"T\"\n-- content/blog/a.md --\nx\n-- content/posts/b.md --\nx\n", ""},
		{"-- content/blog/a.md --\nx\n", ""},
		{"-- config.toml --\nbase_url = \"https://x.org\"\n-- content/blog/a.md --\nx\n",
			"content/papers/elmo.md:5: Zola published this post at /blog/elmo-notes/ (its slug: elmo-notes in its section, the one folder of posts left in content/, content/blog/)"},
	} {
		for _, eol := range []string{"\n", "\r\n", "\r"} { // the paper saved on Linux, Windows, an old Mac
			got := checkSaying(t, withLineEndings(siteYAML+moved, eol)+tt.site, " published this post")
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("%q, %q: %q, want none", tt.site, eol, got)
			case tt.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tt.want)):
				t.Errorf("%q, %q: %q, want one starting %q", tt.site, eol, got, tt.want)
			}
		}
	}
}

// checkSaying returns check's problems of the site archive whose message
// has words in it, each as path:line: message.
func checkSaying(t *testing.T, archive, words string) []string {
	t.Helper()
	problems, err := Check(context.Background(), Options{Site: siteFS(archive)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		if strings.Contains(p.Msg, words) {
			got = append(got, p.String())
		}
	}
	return got
}
