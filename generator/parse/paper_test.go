package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestIsFilePath: a paper's image: is a file's path when it has no
// scheme, host, query or fragment; a URL of any scheme is not one.
func TestIsFilePath(t *testing.T) {
	for s, want := range map[string]bool{
		"figures/fig1.png": true, "fig 1.png": true, "/fig1.png": true, "../days/x.png": true, "a/b:c.png": true,
		"": false, "https://x.org/a.png": false, "data:image/png;base64,AA": false, "javascript:alert(1)": false,
		"//x.org/a.png": false, "C:\\fig.png": false, "fig.png?v=2": false, "fig.png#x": false, "figures/": false,
	} {
		if got := IsFilePath(s); got != want {
			t.Errorf("IsFilePath(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAbstractField: abstract: in a paper file, which only a day's
// inline papers read, is an error at its line rather than dropped; an
// inline paper's is its body, and a null one no body.
func TestAbstractField(t *testing.T) {
	src := "---\ntitle: A\narxiv: \"2401.00001\"\nabstract: We show things.\n---\n"
	want := "x.md:4: abstract: is read only for a paper written inline in a day file; a paper file's abstract is its body, below the closing ---: move the text there"
	if _, err := Paper("x.md", []byte(src), DefaultLimits()); err == nil || err.Error() != want {
		t.Errorf("Paper(abstract: in front matter) error = %v, want %s", err, want)
	}
	day := "---\npapers:\n  - title: A\n    arxiv: \"2401.00001\"\n    abstract: We show things.\n---\n"
	if _, papers, err := Day("2024-01-01.md", []byte(day), DefaultLimits()); err != nil || len(papers) != 1 || papers[0].Body != "We show things." {
		t.Errorf("Day(inline paper with abstract:) = %v, %v; want its body, no error", papers, err)
	}
	// A null abstract: is none, not the word "null" or "~" on the page.
	for _, null := range []string{"null", "~", "Null"} {
		day := "---\npapers:\n  - title: A\n    arxiv: \"2401.00001\"\n    abstract: " + null + "\n---\n"
		if _, papers, err := Day("2024-01-01.md", []byte(day), DefaultLimits()); err != nil || len(papers) != 1 || papers[0].Body != "" {
			t.Errorf("Day(inline paper with abstract: %s) = %v, %v; want no body, no error", null, papers, err)
		}
	}
}

// TestSSHAddress: git's SSH address pasted as a link is told apart from
// a link without its scheme, whose https:// fix would make it
// https://git@github.com:ada/engine.git, which is no page.
func TestSSHAddress(t *testing.T) {
	for in, want := range map[string]string{
		"git@github.com:ada/engine.git": "x.md:5: code \"git@github.com:ada/engine.git\" is not an http(s) URL; it is the address git clones over SSH, not a page; write the repository's page: https://github.com/ada/engine",
		"git@gitlab.com:lab/sub/tool":   "x.md:5: code \"git@gitlab.com:lab/sub/tool\" is not an http(s) URL; it is the address git clones over SSH, not a page; write the repository's page: https://gitlab.com/lab/sub/tool",
		"github.com/ada/engine":         "x.md:5: code \"github.com/ada/engine\" is not an http(s) URL; write it with https:// before it: https://github.com/ada/engine",
	} {
		src := "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [Ada]\ncode: " + in + "\n---\nAbstract.\n"
		if _, err := Paper("x.md", []byte(src), DefaultLimits()); err == nil || err.Error() != want {
			t.Errorf("Paper(code: %s) error = %v, want %s", in, err, want)
		}
	}
}

// TestLinkFieldFile: a file's name written in a link field (pdf:
// paper.pdf, beside the .md) is not taken for a host to put https://
// before, though it has a dot (.md is Moldova's domain too); pdf: is told
// it takes the PDF's web address and how a PDF of one's own is published,
// and each field's example is a link of its kind.
func TestLinkFieldFile(t *testing.T) {
	const pdf = "pdf: is the web address of the paper's PDF (https://openreview.net/pdf?id=…), and a paper on arXiv needs none: its PDF is arXiv's"
	const own = "; a PDF of your own, beside this file or in your theme's static/, is published when the notes link it: write `[PDF](%s)` below the front matter in place of pdf:"
	for _, tc := range []struct{ key, val, want string }{
		{"pdf", "paper.pdf", pdf + fmt.Sprintf(own, "paper.pdf")},
		{"pdf", "Paper.PDF", pdf + fmt.Sprintf(own, "Paper.PDF")},
		{"pdf", "/figures/f.pdf", pdf + fmt.Sprintf(own, "/figures/f.pdf")},
		{"pdf", "my paper.pdf", pdf + fmt.Sprintf(own, "<my paper.pdf>")},
		{"pdf", "ftp://lab.example.org/p.pdf", pdf},
		{"pdf", "arxiv.org/pdf/2401.00001", "write it with https:// before it: https://arxiv.org/pdf/2401.00001"},
		{"pdf", "http//x.org/a.pdf", "its scheme is mistyped; write http://x.org/a.pdf"},
		{"code", "https:/github.com/ada/engine", "its scheme is mistyped; write https://github.com/ada/engine"},
		{"project", "notes.md", "write a full link such as https://user.github.io/project/"},
		{"project", "ada.dev", "write it with https:// before it: https://ada.dev"},
		{"code", "engine.zip", "write a full link such as https://github.com/user/repo"},
		{"organization_url", "nvidia", "write a full link such as https://huggingface.co/nvidia"},
	} {
		src := "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [Ada]\n" + tc.key + ": " + tc.val + "\norganization: O\n---\nAbstract.\n"
		want := fmt.Sprintf("x.md:5: %s %q is not an http(s) URL; %s", tc.key, tc.val, tc.want)
		if _, err := Paper("x.md", []byte(src), DefaultLimits()); err == nil || err.Error() != want {
			t.Errorf("Paper(%s: %s) error = %v, want %s", tc.key, tc.val, err, want)
		}
	}
}

// TestArXivAsWritten: arxiv: is read by arxivid.Parse, the importer's
// rules too: an arXiv: prefix in any letter case with spaces around it is
// taken off; a version arXiv never gives (v0, more than six digits) is an
// error at its line, where it used to be read as no version; so is a
// new-style id with a digit too few or too many for its month; a link, to
// an old id too, is an error that names the id (and version) to write.
func TestArXivAsWritten(t *testing.T) {
	for _, tc := range []struct {
		arxiv   string
		id      string
		version int
		err     string
	}{
		{`"ARXIV:2401.00001"`, "2401.00001", 0, ""},
		{`"ArXiv: 2401.00001v3"`, "2401.00001", 3, ""},
		{`" arXiv:hep-th/9901001 "`, "hep-th/9901001", 0, ""},
		{`2401.00001v0`, "2401.00001", 0, "x.md:3: arxiv \"2401.00001v0\": v0 is not a version: arXiv numbers versions from v1; write `arxiv: \"2401.00001\"`, with the version arXiv lists if you want one (`arxiv: \"2401.00001v2\"`)"},
		{`2401.00001v1000001`, "2401.00001", 0, "x.md:3: arxiv \"2401.00001v1000001\": v1000001 is not a version: arXiv's have at most 6 digits; write `arxiv: \"2401.00001\"`"},
		{`2506.1089`, "2506.1089", 0, "x.md:3: arxiv \"2506.1089\": arXiv ids from 2015 on have 5 digits after the dot; a digit is missing; write the id as the paper's page on arXiv shows it"},
		{`"arXiv:0801.12345v2"`, "0801.12345", 0, "x.md:3: arxiv \"arXiv:0801.12345v2\": arXiv ids before 2015 have 4 digits after the dot; a digit is one too many; write the id as the paper's page on arXiv shows it"},
		{`https://arxiv.org/abs/hep-th/9901001`, "https://arxiv.org/abs/hep-th/9901001", 0, "x.md:3: arxiv \"https://arxiv.org/abs/hep-th/9901001\" is a link, not an arXiv id; write the id alone: `arxiv: \"hep-th/9901001\"` (the paper's page"},
		{`https://arxiv.org/abs/2401.00001v2`, "https://arxiv.org/abs/2401.00001v2", 0, "x.md:3: arxiv \"https://arxiv.org/abs/2401.00001v2\" is a link, not an arXiv id; write the id alone: `arxiv: \"2401.00001\"` and `version: 2` (the paper's page"},
	} {
		src := "---\ntitle: T\narxiv: " + tc.arxiv + "\ndate: 2024-01-01\n---\nA.\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("arxiv: %s: %v", tc.arxiv, err)
		case tc.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.err)):
			t.Errorf("arxiv: %s: error %v, want %q", tc.arxiv, err, tc.err)
		}
		if p != nil && (p.ID != tc.id || p.ArXiv != tc.id || p.Version != tc.version) {
			t.Errorf("arxiv: %s: id %q, arxiv %q, version %d; want %q, %d", tc.arxiv, p.ID, p.ArXiv, p.Version, tc.id, tc.version)
		}
	}
}

// TestVersionGivenTwice: an arxiv: with a version and a version: naming
// another is an error at arxiv:'s line with both lines to write, as a
// curator renumbering v1 to v3 in arxiv: of an imported file would
// otherwise still show v1; the same version in both, or one of the two,
// is read as it is.
func TestVersionGivenTwice(t *testing.T) {
	for _, tc := range []struct {
		front   string
		version int
		err     string
	}{
		{"arxiv: \"2405.15202v3\"\nversion: 1\n", 1, "x.md:3: arxiv: \"2405.15202v3\" names version 3, and version: says 1; give the version once: write `arxiv: \"2405.15202\"` and `version: 3` if v3 is the one to show"},
		{"version: 1\narxiv: \"2405.15202v3\"\n", 1, "x.md:4: arxiv: \"2405.15202v3\" names version 3"},
		{"arxiv: \"2405.15202v3\"\nversion: 3\n", 3, ""},
		{"arxiv: \"2405.15202v3\"\n", 3, ""},
		{"arxiv: \"2405.15202\"\nversion: 2\n", 2, ""},
	} {
		src := "---\ntitle: T\n" + tc.front + "date: 2024-01-01\n---\nA.\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.front, err)
		case tc.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.err)):
			t.Errorf("%q: error %v, want %q", tc.front, err, tc.err)
		case p.Version != tc.version:
			t.Errorf("%q: version %d, want %d", tc.front, p.Version, tc.version)
		}
	}
}

// TestFeedID: feed_id: is a path from the site's root or a whole address
// or URI, kept as written; anything else is an error at its line.
func TestFeedID(t *testing.T) {
	const tail = "; write the id the former site's feed gave the post, as a path from the site's root (`feed_id: /2024/05/27/attention`) or whole (`feed_id: https://ada.github.io/digest/posts/attention/`)"
	for _, tc := range []struct{ in, id, err string }{
		{"/2024/05/27/attention", "/2024/05/27/attention", ""},
		{"https://ada.github.io/digest/posts/attention/", "https://ada.github.io/digest/posts/attention/", ""},
		{"tag:ada.example,2024:attention", "tag:ada.example,2024:attention", ""},
		{"posts/attention/", "", `x.md:5: feed_id "posts/attention/" is neither a path from the site's root (with / before it) nor a whole address` + tail},
		{"//ada.github.io/posts/x/", "", `x.md:5: feed_id "//ada.github.io/posts/x/" starts with //, which names a host without its scheme` + tail},
		{`"/posts/my attention/"`, "", `x.md:5: feed_id "/posts/my attention/" has spaces, which an id has not` + tail},
	} {
		src := "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [Ada]\nfeed_id: " + tc.in + "\n---\nAbstract.\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		switch {
		case tc.err != "" && (err == nil || err.Error() != tc.err):
			t.Errorf("feed_id: %s: error %v, want %s", tc.in, err, tc.err)
		case tc.err == "" && (err != nil || p.FeedID != tc.id):
			t.Errorf("feed_id: %s: %v, FeedID %q; want %q", tc.in, err, p.FeedID, tc.id)
		}
	}
}

// TestMissingWithOtherErrors: a paper's missing id and title are told
// beside an unknown field that is none of theirs (Hugo's layout:), in one
// run; not beside one that may be theirs, misspelt (arxiv_id:, titel:).
func TestMissingWithOtherErrors(t *testing.T) {
	for _, tc := range []struct{ front, want string }{
		{"layout: post\ndate: 2024-05-27\n", "x.md:2: the paper has no id; add `arxiv: 2410.07166`, or `id: my-paper` for papers not on arXiv\nx.md:2: the paper has no title; add `title: \"…\"`\nx.md:2: unknown paper field \"layout\"; every paper page uses the theme's templates/paper.html; remove the line"},
		{"title: A\narxiv_id: \"1706.03762\"\n", "x.md:3: unknown paper field \"arxiv_id\"; did you mean \"arxiv\"? (a paper's own data goes under `extra:`)"},
		{"titel: A\narxiv: \"1706.03762\"\n", "x.md:2: unknown paper field \"titel\"; did you mean \"title\"? (a paper's own data goes under `extra:`)"},
	} {
		_, err := Paper("x.md", []byte("---\n"+tc.front+"---\nx\n"), DefaultLimits())
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: error\n%v\nwant\n%s", tc.front, err, tc.want)
		}
	}
}

// TestBuildsOwnName: an id or an alias that is the name of a file the
// build writes in papers/ itself (papers/index.html, in any case) is an
// error at its line, as the page the build writes would clash with the
// paper's folder; ValidID, which the importer asks, refuses it too.
func TestBuildsOwnName(t *testing.T) {
	for _, tc := range []struct{ front, want string }{
		{"id: index.html\n", "x.md:3: id \"index.html\" is the name of the page the build writes at papers/index.html, which sends a reader on to the archive, so the paper's page cannot be at papers/index.html/; choose another id, e.g. `id: smith-2024-attention`"},
		{"id: \"Index.HTML\"\n", "x.md:3: id \"Index.HTML\" is the name of the page the build writes at papers/index.html"},
		{"arxiv: \"2401.00001\"\naliases: [index.html]\n", "x.md:4: alias \"index.html\" is the name of the page the build writes at papers/index.html, which sends a reader on to the archive, so no page can be at papers/index.html/ to send readers on; remove it"},
		{"arxiv: \"2401.00001\"\naliases: [/papers/index.html/]\n", "x.md:4: alias \"index.html\" is the name of the page the build writes"},
	} {
		_, err := Paper("x.md", []byte("---\ntitle: T\n"+tc.front+"authors: [A]\ndate: 2024-01-01\n---\nx\n"), DefaultLimits())
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: error\n%v\nwant\n%s", tc.front, err, tc.want)
		}
	}
	for _, id := range []string{"index.html", "INDEX.html"} {
		if ValidID(id) {
			t.Errorf("ValidID(%q) = true, want false", id)
		}
	}
	for _, id := range []string{"index", "index.htm", "index-html"} {
		if !ValidID(id) {
			t.Errorf("ValidID(%q) = false, want true", id)
		}
	}
}

// TestAuthorsTeX: a paper's authors written with TeX's accents, as
// arXiv's listing and a .bib give them, are read as the names they spell,
// as an import writes them: one person is one author page and one
// citation however the name was copied. The names TeX spelt are kept as
// written too (AuthorsTeX), for the address their spelling had.
func TestAuthorsTeX(t *testing.T) {
	for _, tc := range []struct{ authors, want, written string }{
		{`['Kurt G\"odel', 'Paul Erd\H{o}s']`, "Kurt Gödel|Paul Erdős", `Kurt G\"odel|Paul Erd\H{o}s`},
		{`["Juan Mart\\'{\\i}n", "J.~Smith"]`, "Juan Martín|J. Smith", `Juan Mart\'{\i}n|J.~Smith`},
		{`[Ada  Lovelace, "Nguy\\~{\\^e}n V\\u{a}n An"]`, "Ada Lovelace|Nguyễn Văn An", `|Nguy\~{\^e}n V\u{a}n An`},
		{`[Ada  Lovelace, Kurt Gödel]`, "Ada Lovelace|Kurt Gödel", ""},
	} {
		src := "---\ntitle: T\narxiv: \"2401.00001\"\nauthors: " + tc.authors + "\ndate: 2024-01-01\n---\nA.\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		if err != nil {
			t.Fatalf("authors: %s: %v", tc.authors, err)
		}
		if got := strings.Join(p.Authors, "|"); got != tc.want {
			t.Errorf("authors: %s: %q, want %q", tc.authors, got, tc.want)
		}
		if got := strings.Join(p.AuthorsTeX, "|"); got != tc.written {
			t.Errorf("authors: %s: AuthorsTeX %q, want %q", tc.authors, got, tc.written)
		}
	}
}
