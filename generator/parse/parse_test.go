package parse

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name, in        string
		front, body     string
		frontAt, bodyAt int
	}{
		{"front and body", "---\na: 1\n---\nbody\n", "a: 1\n", "body\n", 2, 4},
		{"no front matter", "just body\n", "", "just body\n", 0, 1},
		{"BOM and CRLF", "\ufeff---\r\na: 1\r\n---\r\nbody\r\n", "a: 1\n", "body\n", 2, 4},
		{"empty front", "---\n---\nbody", "", "body", 2, 3},
		{"dots close", "---\na: 1\n...\nbody", "a: 1\n", "body", 2, 4},
		{"closing at end of file", "---\na: 1\n---", "a: 1\n", "", 2, 4},
	}
	for _, tt := range tests {
		doc, err := split("x.md", []byte(tt.in))
		if err != nil {
			t.Errorf("%s: split error %v", tt.name, err)
			continue
		}
		if string(doc.Front) != tt.front || string(doc.Body) != tt.body || doc.FrontAt != tt.frontAt || doc.BodyLine != tt.bodyAt {
			t.Errorf("%s: split = (%q at %d, %q at %d), want (%q at %d, %q at %d)", tt.name,
				doc.Front, doc.FrontAt, doc.Body, doc.BodyLine, tt.front, tt.frontAt, tt.body, tt.bodyAt)
		}
	}
	if _, err := split("x.md", []byte("---\na: 1\n")); err == nil || !strings.HasPrefix(err.Error(), "x.md:1: ") {
		t.Errorf("unclosed front matter: err = %v", err)
	}
}

// TestForeignFrontMatter: front matter in TOML or JSON, as Hugo and Zola
// write it, is an error at line 1 of a paper and of a day, which would
// otherwise publish it as its intro; text that only looks alike is not.
func TestForeignFrontMatter(t *testing.T) {
	const toml = `:1: TOML front matter (+++) is not read; Paperboy reads YAML between --- lines: convert it (title = "x" becomes title: "x"), or every file at once with Hugo's own ` + "`hugo convert toYAML --unsafe`" + `, run in the Hugo site (the folder of its hugo.toml or config/; in a Zola site, the folder of its config.toml, which Hugo reads too; if you deleted that, an empty hugo.toml there is enough)`
	const json = `:1: JSON front matter ({…}) is not read; Paperboy reads YAML between --- lines: convert it ("title": "x" becomes title: "x"), or every file at once with Hugo's own ` + "`hugo convert toYAML --unsafe`"
	tests := []struct{ name, in, want string }{
		{"TOML", "+++\ntitle = \"Long-context day\"\ndraft = true\n+++\nIntro.\n", toml},
		{"TOML, CRLF and spaces", "\ufeff+++  \r\ntitle = \"x\"\r\n+++\r\n", toml},
		{"JSON", "{\n\"title\": \"C\",\n\"date\": \"2024-05-27\"\n}\nAbstract.\n", json},
		{"JSON on one line", "{\"title\": \"C\"}\nAbstract.\n", json},
		{"braces in an intro", "{braces} open this intro.\n", ""},
		{"pluses in an intro", "+++ news +++\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Day("content/days/2024-05-27.md", []byte(tt.in), DefaultLimits())
			if tt.want == "" {
				if err != nil {
					t.Errorf("day: error = %v, want none", err)
				}
				return
			}
			if want := "content/days/2024-05-27.md" + tt.want; err == nil || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("day: error = %v, want %s…", err, want)
			}
			_, err = Paper("content/papers/b.md", []byte(tt.in), DefaultLimits())
			if want := "content/papers/b.md" + tt.want; err == nil || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("paper: error = %v, want %s…", err, want)
			}
		})
	}
}

// TestTOMLInYAMLFences: Hugo's TOML front matter with only its fences
// changed to ---, and a hugo.toml saved as site.yaml, which YAML reads as
// one text value, are told as TOML at their first line, with the YAML
// line to write; a front matter of text that is no TOML keeps its message.
func TestTOMLInYAMLFences(t *testing.T) {
	const front = "; this front matter is written in TOML (Hugo's, between +++ lines), and between --- lines it is read as YAML: write each of its lines so"
	const site = "; this site.yaml is written in TOML (as a hugo.toml is), and site.yaml is YAML, a mapping of `key: value` lines: write it like\n  title: My Paper Digest\n  baseURL: https://user.github.io/repo/"
	tests := []struct{ name, in, want string }{
		{"paper", "---\ntitle = \"AutoCoder\"\narxiv = \"2405.14906\"\ndate = 2024-05-27\n---\nAbstract.\n",
			`content/papers/x.md:2: "title = \"AutoCoder\"" is written as TOML writes a field; YAML writes key: value, so write title: "AutoCoder"` + front},
		{"after a comment", "---\n# imported\n\nauthors = [\"Bin Lei\"]\ntitle = \"A\"\n---\n",
			`content/papers/x.md:4: "authors = [\"Bin Lei\"]" is written as TOML writes a field; YAML writes key: value, so write authors: ["Bin Lei"]` + front},
		{"text", "---\njust some words\n---\n", "content/papers/x.md:2: the front matter must be a mapping of `field: value` lines, not a text value"},
		{"site.yaml", "title = \"Lab Digest\"\nbaseURL = \"https://lab.github.io/digest/\"\n[params]\n  description = \"x\"\n",
			`content/site.yaml:1: "title = \"Lab Digest\"" is written as TOML writes a field; YAML writes key: value, so write title: "Lab Digest"` + site},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.name == "site.yaml" {
				_, err = Config("content/site.yaml", []byte(tt.in), "")
			} else {
				_, err = Paper("content/papers/x.md", []byte(tt.in), DefaultLimits())
			}
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v, want %s", err, tt.want)
			}
		})
	}
	_, _, err := Day("content/days/2024-05-27.md", []byte("---\ntitle = \"Monday\"\n---\n"), DefaultLimits())
	if want := `content/days/2024-05-27.md:2: "title = \"Monday\"" is written as TOML writes a field; YAML writes key: value, so write title: "Monday"` + front; err == nil || err.Error() != want {
		t.Errorf("day: error = %v, want %s", err, want)
	}
}

// TestParseDate: YYYY-MM-DD and RFC 3339, with its T and Z in either
// case, and nothing else.
func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2024-03-14", "2024-03-14T00:00:00Z", true},
		{"2024-03-14T09:30:00Z", "2024-03-14T09:30:00Z", true},
		{"2024-03-14T23:30:00-05:00", "2024-03-14T23:30:00-05:00", true},
		{"2024-03-14t09:30:00z", "2024-03-14T09:30:00Z", true}, // RFC 3339 §5.6 allows lower case
		{"2024-03-14t23:30:00.5-05:00", "2024-03-14T23:30:00-05:00", true},
		{"2024-03-14x09:30:00Z", "", false},
		{"2024/03/14", "", false},
		{"14.03.2024", "", false},
		{"2024-02-30", "", false},
		{"2024-03-14 09:30", "", false},
		{"yesterday", "", false},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if (err == nil) != tt.ok || (tt.ok && got.Format(time.RFC3339) != tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %s, ok=%v", tt.in, got.Format(time.RFC3339), err, tt.want, tt.ok)
		}
	}
}

func TestPaperFields(t *testing.T) {
	src := "---\ntitle: \"  Attention\n  Is All You Need \"\narxiv: \"arXiv:1706.03762v7\"\nauthors: [\" Ashish  Vaswani \"]\ndate: 2024-05-31T23:00:00-02:00\ntopics: [Large Language Models, transformers, transformers]\nupvotes: 3\n---\nBody.\n"
	p, err := Paper("content/papers/x.md", []byte(src), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != "1706.03762" || p.Version != 7 || p.Slug != "1706.03762" || p.ArXiv != p.ID {
		t.Errorf("id = %q v%d slug %q", p.ID, p.Version, p.Slug)
	}
	if p.Title != "Attention Is All You Need" {
		t.Errorf("title = %q", p.Title)
	}
	if strings.Join(p.Authors, "|") != "Ashish Vaswani" {
		t.Errorf("authors = %q", p.Authors)
	}
	if p.Date.Format("2006-01-02") != "2024-05-31" {
		t.Errorf("date = %v, want the calendar day as written", p.Date)
	}
	if strings.Join(p.Topics, "|") != "large-language-models|transformers" {
		t.Errorf("topics = %q", p.Topics)
	}
	if p.Body != "Body.\n" || p.BodyLine != 10 || p.Line != 4 {
		t.Errorf("body %q at line %d, paper line %d", p.Body, p.BodyLine, p.Line)
	}
	old, err := Paper("x.md", []byte("---\ntitle: T\narxiv: cond-mat/0603029v1\ndate: 2024-01-01\n---\n"), DefaultLimits())
	if err != nil || old.ID != "cond-mat/0603029" || old.Slug != "cond-mat-0603029" {
		t.Errorf("old-style id: %+v, %v", old, err)
	}
}

// TestTopicMathSlugs: a topic named with math is the topic of its words,
// as its page's title shows them ($k$-SAT is k-sat, $\varepsilon$-nets
// ε-nets, as ε-nets is), and one with a sign besides is told the slug
// of those words, never one spelling the dollars and backslashes.
func TestTopicMathSlugs(t *testing.T) {
	for _, c := range []struct{ topic, slug, err string }{
		{`$k$-SAT`, "k-sat", ""},
		{`$\varepsilon$-nets`, "ε-nets", ""},
		{`$\mathsf{NP}$-hardness`, "np-hardness", ""},
		{`$O(n \log n)$ sorting`, "o-n-log-n-sorting", ""},
		{`$k$-SAT++`, "", "write `topics: [k-sat-plus-plus]` here"},
	} {
		src := "---\ntitle: T\nid: x\ndate: 2024-01-01\ntopics: ['" + c.topic + "']\n---\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		switch {
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("topic %q: error %v; want one saying %q", c.topic, err, c.err)
		case c.err == "" && (err != nil || !slices.Equal(p.Topics, []string{c.slug})):
			t.Errorf("topic %q: topics %q, %v; want [%s]", c.topic, p.Topics, err, c.slug)
		}
	}
}

// TestTopicNames: a paper keeps each topics: entry that names a topic as
// written, at its line (a block list's own line for each), for the index
// to name a topic site.yaml does not and check and the build to point
// at; an entry that names none is left out.
func TestTopicNames(t *testing.T) {
	tests := []struct {
		name, src string
		want      []model.TopicName
	}{
		{"flow", "---\ntitle: T\nid: x\ndate: 2024-01-01\ntopics: [NLP, large language models]\n---\n",
			[]model.TopicName{{Name: "NLP", Line: 5}, {Name: "large language models", Line: 5}}},
		{"spelled", "---\ntitle: T\nid: x\ndate: 2024-01-01\ntopics: [large language models, Large language models, diffusion-models, rl]\n---\n",
			[]model.TopicName{{Name: "large language models", Line: 5}, {Name: "Large language models", Line: 5}, {Name: "diffusion-models", Line: 5}, {Name: "rl", Line: 5}}},
		{"block", "---\ntitle: T\nid: x\ndate: 2024-01-01\ntopics:\n  - nlp\n  - '???'\n  - LLM\n---\n",
			[]model.TopicName{{Name: "nlp", Line: 6}, {Name: "LLM", Line: 8}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := Paper("x.md", []byte(tt.src), DefaultLimits())
			if !slices.Equal(p.TopicNames, tt.want) {
				t.Errorf("TopicNames = %v, want %v", p.TopicNames, tt.want)
			}
		})
	}
	_, papers, err := Day("content/days/2024-01-01.md", []byte("---\npapers:\n  - id: x\n    title: T\n    topics:\n      - RL\n---\n"), DefaultLimits())
	if err != nil || len(papers) != 1 || !slices.Equal(papers[0].TopicNames, []model.TopicName{{Name: "RL", Line: 6}}) {
		t.Errorf("a day's inline paper: %v, %v", papers, err)
	}
}

// TestNotTopicNames: not_topics: gives the paper each entry's slug, as
// topics: makes it (NotTopics), and the entry as written with its line;
// an entry with no letter or digit is an error at its line.
func TestNotTopicNames(t *testing.T) {
	tests := []struct {
		name, src string
		slugs     []string
		want      []model.TopicName
		err       string
	}{
		{"flow", "---\ntitle: T\nid: x\ndate: 2024-01-01\nnot_topics: [LLM, Large language models]\n---\n",
			[]string{"llm", "large-language-models"}, []model.TopicName{{Name: "LLM", Line: 5}, {Name: "Large language models", Line: 5}}, ""},
		{"block", "---\ntitle: T\nid: x\ndate: 2024-01-01\nnot_topics:\n  - llm\n  - '???'\n---\n",
			[]string{"llm"}, []model.TopicName{{Name: "llm", Line: 6}}, `x.md:7: not_topics entry "???" has no letters or digits`},
		{"none", "---\ntitle: T\nid: x\ndate: 2024-01-01\n---\n", nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Paper("x.md", []byte(tt.src), DefaultLimits())
			if !slices.Equal(p.NotTopics, tt.slugs) || !slices.Equal(p.NotTopicNames, tt.want) {
				t.Errorf("NotTopics = %q, NotTopicNames = %v, want %q, %v", p.NotTopics, p.NotTopicNames, tt.slugs, tt.want)
			}
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("error = %v, want %q", err, tt.err)
			}
		})
	}
}

func TestConfigDefaults(t *testing.T) {
	c, err := Config("content/site.yaml", []byte("title: T\nbaseURL: https://example.org/repo\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if c.BaseURL != "https://example.org/repo/" || c.BasePath() != "/repo/" || c.Language != "en" ||
		c.FeedSize != model.DefaultFeedSize || c.PageSize != 25 || c.HomeDays != 7 || c.TopSize != 10 || c.Limits != DefaultLimits() || c.AsWritten {
		t.Errorf("config = %+v", c)
	}
	// minify: is on unless it is there and false.
	for yml, asWritten := range map[string]bool{"minify: false\n": true, "minify: true\n": false, "minify: [false]\n": false} {
		c, _ := Config("content/site.yaml", []byte("title: T\nbaseURL: https://example.org/\n"+yml), "")
		if c == nil || c.AsWritten != asWritten {
			t.Errorf("%q: as written %v, want %v", yml, c != nil && c.AsWritten, asWritten)
		}
	}
	c, err = Config("content/site.yaml", []byte("title: T\nbaseURL: https://example.org/\n"), "https://preview.example.net/pr-7/")
	if err != nil || c.BasePath() != "/pr-7/" {
		t.Errorf("base URL override: %v, %v", c, err)
	}
	// A bad --base-url is the flag's mistake, not site.yaml's good baseURL's.
	_, err = Config("content/site.yaml", []byte("title: T\nbaseURL: https://example.org/\n"), "/")
	if want := `--base-url "/" is not an absolute http(s) URL; write it like https://user.github.io/repo/; for a copy that works opened from disk (file://, a zip), keep the published address and build with paperboy build --offline`; err == nil || err.Error() != want {
		t.Errorf("bad --base-url: %v, want %s", err, want)
	}
	// The command line checks its flag first, with the same words and no
	// file to name: a mistake there is no source error.
	if err := BaseURLFlag("-b", "/"); err == nil || strings.HasPrefix(err.Error(), ":") || !strings.HasPrefix(err.Error(), `-b "/" is not an absolute http(s) URL; write it like`) {
		t.Errorf(`BaseURLFlag("-b", "/") = %v, want the flag's mistake`, err)
	} else if _, ok := diag.Source(err); ok {
		t.Errorf(`BaseURLFlag("-b", "/") is a source error`)
	}
	if err := BaseURLFlag("--base-url", "https://example.org/pr-7"); err != nil {
		t.Errorf("BaseURLFlag of a good address: %v", err)
	}
	// A place on disk was meant for a copy to open from there: build --offline.
	for _, b := range []string{"file:///media/usb/digest/", "./", "FILE:///x/"} {
		_, err = Config("content/site.yaml", []byte("title: T\nbaseURL: https://example.org/\n"), b)
		if err == nil || !strings.HasSuffix(err.Error(), "build with paperboy build --offline") {
			t.Errorf("--base-url %s: %v, want it to point to paperboy build --offline", b, err)
		}
	}
}

// TestBaseURLForms: a baseURL is written as browsers and crawlers write
// it (host in lower case, no default port), and one that would break
// every link (an empty folder, a file name) is an error at its line.
func TestBaseURLForms(t *testing.T) {
	for in, want := range map[string]string{
		"https://Lab.GitHub.IO/digest":       "https://lab.github.io/digest/",
		"https://lab.github.io:443/digest/":  "https://lab.github.io/digest/",
		"http://lab.example.org:80/":         "http://lab.example.org/",
		"https://lab.example.org:8443/x/":    "https://lab.example.org:8443/x/",
		"https://lab.github.io/Digest.v2/":   "https://lab.github.io/Digest.v2/",
		"https://lab.github.io/digest/2024/": "https://lab.github.io/digest/2024/",
		`"https://lab.github.io/digest/ "`:   "https://lab.github.io/digest/", // not …/digest/%20/
		`" https://lab.github.io/digest/"`:   "https://lab.github.io/digest/",
		// A host beyond ASCII in the form DNS resolves, not percent-encoded.
		"https://papers.bücher.example/":       "https://papers.xn--bcher-kva.example/",
		"https://Papers.BÜCHER.example:8443/x": "https://papers.xn--bcher-kva.example:8443/x/",
		"https://papers.b%C3%BCcher.example/":  "https://papers.xn--bcher-kva.example/",
		"https://[::1]:8080/":                  "https://[::1]:8080/",
	} {
		c, err := Config("content/site.yaml", []byte("title: T\nbaseURL: "+in+"\n"), "")
		if err != nil || c.BaseURL != want {
			t.Errorf("baseURL %s = %v, %v; want %s", in, c, err, want)
		}
	}
	for in, want := range map[string]string{
		"https://lab.github.io//digest/":          `content/site.yaml:2: baseURL "https://lab.github.io//digest/" has an empty folder (//) in its path`,
		"https://lab.github.io/digest/index.html": `content/site.yaml:2: baseURL "https://lab.github.io/digest/index.html" ends in a file name, and every link would go below it; write the folder the site is in, like https://lab.github.io/digest/`,
		"https://x.org/index.html":                `content/site.yaml:2: baseURL "https://x.org/index.html" ends in a file name, and every link would go below it; write the folder the site is in, like https://x.org/`,
		"lab.github.io/digest":                    `content/site.yaml:2: baseURL "lab.github.io/digest" is not an absolute http(s) URL; write it with https:// in front: https://lab.github.io/digest/`,
		"htps://lab.github.io/":                   `content/site.yaml:2: baseURL "htps://lab.github.io/" is not an absolute http(s) URL; write it with https:// in front: https://lab.github.io/`,
		"https:/lab.github.io/x/":                 `content/site.yaml:2: baseURL "https:/lab.github.io/x/" is not an absolute http(s) URL; write it with https:// in front: https://lab.github.io/x/`,
		"javascript:alert(1)":                     `content/site.yaml:2: baseURL "javascript:alert(1)" is not an absolute http(s) URL; write it like https://user.github.io/repo/`,
		"/digest/":                                `content/site.yaml:2: baseURL "/digest/" is not an absolute http(s) URL; write it like https://user.github.io/repo/`,
		// A password is never printed, not even in the error.
		"https://ada:s3cret@staging.example.org/digest/": `content/site.yaml:2: baseURL "https://ada:xxxxx@staging.example.org/digest/" holds a user name and password, which every page, feed and the sitemap would publish; leave them out: https://staging.example.org/digest/`,
		"https://ada@staging.example.org/":               `content/site.yaml:2: baseURL "https://ada@staging.example.org/" holds a user name, which every page, feed and the sitemap would publish; leave it out: https://staging.example.org/`,
		"https://a\u200d.example/":                       `content/site.yaml:2: baseURL "https://a\u200d.example/": the host "a\u200d.example" has characters beyond ASCII that no international domain name (IDNA) allows; write the host as its registrar gives it`,
	} {
		if _, err := Config("content/site.yaml", []byte("title: T\nbaseURL: "+in+"\n"), ""); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("baseURL %s: err = %v, want %s…", in, err, want)
		}
	}
}

// TestDomainForms: domain: is the host in lower case and, beyond ASCII,
// in the form DNS resolves (as CNAME holds it); one with letters no
// international domain name allows is an error that says so, not that it
// has a scheme or path.
func TestDomainForms(t *testing.T) {
	for in, want := range map[string]string{
		"Papers.Example.org":    "papers.example.org",
		"papers.bücher.example": "papers.xn--bcher-kva.example",
		"PAPERS.BÜCHER.example": "papers.xn--bcher-kva.example",
	} {
		c, err := Config("content/site.yaml", []byte("title: T\nbaseURL: https://"+want+"/\ndomain: "+in+"\n"), "")
		if err != nil || c.Domain != want {
			t.Errorf("domain %s = %v, %v; want %s", in, c, err, want)
		}
	}
	for in, want := range map[string]string{
		"https://bücher.example/": "content/site.yaml:3: domain \"https://bücher.example/\" is not a host name; write it without scheme or path, e.g. `domain: xn--bcher-kva.example`",
		"bücher":                  "content/site.yaml:3: domain \"bücher\" is not a host name GitHub Pages can serve: a custom domain has dot-separated labels of letters, digits and hyphens and ends in a top-level domain of letters; write the whole host as its registrar gives it, e.g. `domain: papers.example.org`",
		"papers_lab.example.org":  "content/site.yaml:3: domain \"papers_lab.example.org\" is not a host name GitHub Pages can serve: a custom domain has dot-separated labels",
		"a\u200d.example":         `content/site.yaml:3: domain "a\u200d.example": the host "a\u200d.example" has characters beyond ASCII that no international domain name (IDNA) allows; write the host as its registrar gives it, e.g. ` + "`domain: papers.example.org`",
	} {
		if _, err := Config("content/site.yaml", []byte("title: T\nbaseURL: https://e.org/\ndomain: "+in+"\n"), ""); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("domain %s: err = %v, want %s", in, err, want)
		}
	}
}

// TestFeedIDBase: feedIDBase, a moved site's former baseURL, is read as
// baseURL is, and one that is not an absolute URL is an error at its line.
func TestFeedIDBase(t *testing.T) {
	c, err := Config("x.yaml", []byte("title: T\nbaseURL: https://new.example.org/\nfeedIDBase: https://Lab.github.io/digest\n"), "")
	if err != nil || c.FeedIDBase != "https://lab.github.io/digest/" {
		t.Errorf("feedIDBase = %v, %v; want https://lab.github.io/digest/", c, err)
	}
	_, err = Config("x.yaml", []byte("title: T\nbaseURL: https://new.example.org/\nfeedIDBase: /digest/\n"), "")
	if want := `x.yaml:3: feedIDBase "/digest/" is not an absolute http(s) URL; write it like https://user.github.io/repo/`; err == nil || err.Error() != want {
		t.Errorf("feedIDBase /digest/: %v, want %s", err, want)
	}
}

func TestWholeNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want int
		err  string // a substring of the error, "" for none
	}{
		{"12", 12, ""},
		{"0", 0, ""},
		{"010", 10, ""}, // decimal, not YAML's octal 8
		{"+7", 7, ""},
		{"37.9", 0, `upvotes: expected a whole number, found number "37.9"`},
		{"1e3", 0, `found number "1e3"`},
		{"12.0", 0, `found number "12.0"`},
		{"0x1F", 0, `found number "0x1F"`},
		{`"12"`, 0, `found the text "12"; write it without quotes`},
		{"lots", 0, `found text value "lots"; write digits only, e.g. 12`},
		{"1,234", 0, `found text value "1,234"; write digits only, e.g. 1234`},
		{"1 234 567", 0, `write digits only, e.g. 1234567`},
		{"1.2k", 0, `found text value "1.2k"; write digits only, e.g. 1200`},
		{"3K", 0, `write digits only, e.g. 3000`},
		{"0.5k", 0, `write digits only, e.g. 500`},
		{"1,23", 0, `found text value "1,23"; write digits only, e.g. 12`},
		{"1_000", 0, `found number "1_000"; write digits only, e.g. 1000`},
		{"142 upvotes", 0, `found text value "142 upvotes"; write digits only, e.g. 142`},
		{"▲ 142", 0, `found text value "▲ 142"; write digits only, e.g. 142`},
		{"★ 1.2k stars", 0, `write digits only, e.g. 1200`},
		{"1,234 Upvotes", 0, `write digits only, e.g. 1234`},
		{"upvotes", 0, `found text value "upvotes"; write digits only, e.g. 12`},
		{"[1]", 0, "found a list"},
		{"-3", 0, "x.md:6: upvotes must be 0 or more, not -3; correct it, or remove the line"},
		{"99999999999999999999", 0, "upvotes: 99999999999999999999 is too large"},
		{"-99999999999999999999", 0, "upvotes must be 0 or more, not -99999999999999999999"},
	}
	for _, tt := range tests {
		src := "---\ntitle: T\narxiv: \"2401.00001\"\ndate: 2024-01-01\nstars: 1\nupvotes: " + tt.in + "\n---\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		switch {
		case tt.err == "" && (err != nil || p.Upvotes != tt.want):
			t.Errorf("upvotes: %s gives %d, %v; want %d", tt.in, p.Upvotes, err, tt.want)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("upvotes: %s gives error %v; want one containing %q", tt.in, err, tt.err)
		}
	}
}

// TestThemeSwitchInCount: a count given true or false, a Hugo theme's
// switch of the same name (PaperMod's comments: false), is told what the
// count is here and that the switch goes under extra: or away, not to
// write digits, which would invent a count; under extra: it is let be.
func TestThemeSwitchInCount(t *testing.T) {
	tests := []struct{ line, want string }{
		{"comments: false", "x.md:5: comments: expected a whole number, the number of comments on the paper's Hugging Face discussion, which paperboy import writes; false is a theme's switch of its own: put it under `extra:` (`extra: {comments: false}`), where your templates read it as .Paper.Extra.comments, or remove the line"},
		{"stars: true", "x.md:5: stars: expected a whole number, the GitHub stars of its code:, which paperboy import writes; true is a theme's switch of its own"},
		{"comments: \"false\"", `x.md:5: comments: expected a whole number, found text value "false"`},
		{"extra: {comments: false}", ""},
	}
	for _, tt := range tests {
		src := "---\ntitle: T\narxiv: \"2401.00001\"\ndate: 2024-01-01\n" + tt.line + "\n---\n"
		_, err := Paper("x.md", []byte(src), DefaultLimits())
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: error %v, want none", tt.line, err)
		case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
			t.Errorf("%s: error %v, want %q", tt.line, err, tt.want)
		}
	}
}

func TestConfigRanges(t *testing.T) {
	tests := []struct{ in, err string }{
		{"feedSize: 0", "x.yaml:3: feedSize must be between 1 and 100000, not 0"},
		{"topSize: 100001", "x.yaml:3: topSize must be between 1 and 100000, not 100001"},
		{"homeDays: -1", "x.yaml:3: homeDays must be between 1 and 100000, not -1"},
		{"pageSize: 2.5", "x.yaml:3: pageSize: expected a whole number"},
		{"limits: {maxFileBytes: 0}", "x.yaml:3: limits.maxFileBytes must be 1 or more, not 0"},
		{"limits:\n  maxAuthors: -5", "x.yaml:4: limits.maxAuthors must be 1 or more, not -5"},
	}
	for _, tt := range tests {
		_, err := Config("x.yaml", []byte("title: T\nbaseURL: https://e.org/\n"+tt.in+"\n"), "")
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("Config with %q: %v; want %q", tt.in, err, tt.err)
		}
	}
	c, err := Config("x.yaml", []byte("title: T\nbaseURL: https://e.org/\nfeedSize:\npageSize: 3\n"), "")
	if err != nil || c.FeedSize != model.DefaultFeedSize || c.PageSize != 3 {
		t.Errorf("feedSize left empty and pageSize 3: %+v, %v; want %d and 3", c, err, model.DefaultFeedSize)
	}
}

func TestLines(t *testing.T) {
	data := []byte("title: T\nnewsletter:\n  from: a@b.org\n\n  subject: \"{{.X}}\"\n")
	if got := Lines(data, "newsletter"); got["subject"] != 5 || got["from"] != 3 {
		t.Errorf("Lines = %v, want subject on 5 and from on 3", got)
	}
	if got := Lines(data, "limits"); got != nil {
		t.Errorf("Lines of a mapping not there = %v, want nil", got)
	}
}

// FuzzPaper feeds arbitrary bytes to the paper parser: it must never panic,
// must give the same result twice, and every error must name the file.
func FuzzPaper(f *testing.F) {
	seeds := []string{
		"", "---\n", "---\n---\n", "---\ntitle: T\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nbody",
		"# Title\n\nAuthors: A, B\nDate: June 12, 2017\nURL: arxiv.org/abs/1706.03762v2\nTags: x; y\n\nText.", "# T\n\nk: v",
		"---\ntitle: [\n---\n", "---\n&a [*a]\n---\n", "---\na: &a x\nb: *a\n---\n", "\ufeff---\r\ntitle: x\r\n---\r\n",
		"---\nauthors: {a: b}\ndate: 2024-13-01\nupvotes: -1\n---\n", "---\n\t- tab\n---\n",
		"---\nprimary_category: cs.CLL\ncategories: [cs.XX, math.IT, cmp-lg, I.2.6, nlp]\n---\n", "---\nid: \"../x\"\n---\n",
		"---\nextra:\n  a:\n    b: [1, 2, {c: d}]\n---\n", "---\n- list\n---\n", "---\ntitle: a\ntitle: b\n---\n", "\xff\xfe",
		"---\ntitle: T\nid: x\ndate: 2024-01-01\njournal: Nature\nvolume: 630\nissue: S1\npages: 123-130\n---\n",
		"---\nconference: NeurIPS\njournal: J\nvolume: [1]\npages: \"1 -- 2, e3,12:1–12:9\"\n---\n", "---\nissue: 2\npages: pp. 1\n---\n",
		// Left open at the end of the front matter, or after one closed
		// on a later line than it opens.
		"---\nextra: {\n---\n", "---\nextra: {a: [1,\n---\n", "---\ntldr: '\n---\n", "---\ntldr: \"\n---\n",
		"---\nauthors: [a,\n  b]\nextra: {\"y\n---\n", "---\nextra: {a: 1, # c\n  b: [x]}\ntopics: [\n---\n", "---\nextra: {a: [1}\n---\n",
		// A bracket closed by one of the other kind.
		"---\nauthors: [Ada, {name: Bob]\n---\n", "---\nauthors: [Ada,\n  {name: Bob]\n---\n", "---\nextra: {a: [\"]\"}\n---\n", "---\ntopics: [é, {ü]\n---\n",
		// A field without its space, in TOML's form, a value starting
		// with a sign of YAML's, and a plain value continued unindented.
		"---\nupvotes:5\n---\n", "---\nupvotes = 5\n---\n", "---\ntldr: *a* b\n---\n", "---\ntldr: *a\n---\n", "---\ntldr: @a\n---\n",
		"---\ntitle: a\nb c\n---\n", "---\n  code:https://x\n---\n",
		"---\ntldr: &a b\n---\n", "---\ntitle: !T\nextra: {a: [&x y, *x, !t z]}\n---\n",
		// A --- left among the fields.
		"---\ntitle: a\n---\narxiv: \"2401.00001\"\nauthors:\n  - A\n---\nbody", "---\n---\n\ndate: x\n---\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := parsedTwice(t, func() (*model.Paper, error) { return Paper("content/papers/f.md", data, DefaultLimits()) })
		if err != nil {
			namesFile(t, err, "content/papers/f.md", data)
			return
		}
		if !utf8.ValidString(p.Title) || !utf8.ValidString(p.Body) {
			t.Fatal("parsed text is not valid UTF-8")
		}
		if strings.ContainsAny(p.Slug, "/\\\x00") || strings.Contains(p.Slug, "..") {
			t.Fatalf("unsafe slug %q", p.Slug)
		}
	})
}

// FuzzDay does the same for day files, whose inline papers have a date.
func FuzzDay(f *testing.F) {
	for _, s := range []string{"", "intro", "---\npapers: [a, b]\nremoved: [c]\n---\n", "---\npapers:\n  - title: T\n    id: x\n    abstract: A\n---\n", "---\ntitle: T\n---\npapers: [a]\n---\nintro", "---\npapers: 3\n---\n",
		"---\npapers: [arXiv:2506.10892, \"ARXIV: cond-mat/0603029\", arXiv:]\nremoved: [\"arxiv: 2506.10892v2\"]\n---\n",
		"---\npapers:\n  - title: T\n    id: x\n    abstract: |\n      A\n\n      [b](javascript:x)\n  - {id: y, abstract: |\n\n  }\n---\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		type parsed struct {
			day    *model.Day
			papers []*model.Paper
		}
		got, err := parsedTwice(t, func() (parsed, error) {
			d, papers, err := Day("content/days/2024-01-01.md", data, DefaultLimits())
			return parsed{d, papers}, err
		})
		if err != nil {
			namesFile(t, err, "content/days/2024-01-01.md", data)
		} else if got.day == nil || got.day.Slug != "2024-01-01" {
			t.Fatal("no day without an error")
		}
		for _, p := range got.papers {
			if p.Date.IsZero() {
				t.Fatal("inline paper without a date")
			}
		}
	})
}

// FuzzConfig does the same for site.yaml.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{"", "title: T\nbaseURL: https://e.org/\n", "topics:\n  a-b:\n    keywords: [x]\n", "baseURL: javascript:x", "feedSize: -1",
		"newsletter: 3", "limits: [a]", "topics: x", "topics:\n  a: [b]", "theme: {a: b}", "unsafeHTML: [true]", "title: {a: b}", "extra: 3",
		"newsletter:\n  fields: x\n  unsubscribe: {a: b}", "- title: T", "just text", "a: &x [1]\ntopics: *x",
		"theme: [a, {b]", "topics: {a: [b}", "theme: [a,\n  {b]\n", "baseURL: [x]", "baseURL: “https://e.org/”", "baseURL: \" htps://e.org/x \"",
		"topics:\n  nlp: 'NLP: text'", "topics:\n  a:\n    keywords: x, y", "newsletter:\n  fields: {a: b}\n  from: \"Dï <dï@e.org>\"", "unsafeHTML: \"true\"",
		"title: T\nbaseURL: https://a:b@e.org/\n", "title: T\nbaseURL: https://a@e.org/x\n", "title: T\nbaseURL: https://Bücher.example:8443/\n",
		"title: T\nbaseURL: https://b%C3%BC.example/\n", "title: T\nbaseURL: https://[::1]/\n", "title: T\nbaseURL: https://e.org/\ndomain: bücher.example\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := parsedTwice(t, func() (*model.Config, error) { return Config("content/site.yaml", data, "") })
		if err != nil {
			namesFile(t, err, "content/site.yaml", data)
		} else if c.Base == nil || (c.Base.Scheme != "http" && c.Base.Scheme != "https") || c.Base.User != nil ||
			strings.IndexFunc(c.BaseURL, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
			t.Fatalf("accepted base URL %q", c.BaseURL)
		} else if strings.IndexFunc(c.Domain, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
			t.Fatalf("accepted domain %q", c.Domain)
		}
	})
}

// TestDuplicateKeyInExtra: a key repeated inside extra: is named at its
// line, as one repeated among the fields is, not blamed on the type.
func TestDuplicateKeyInExtra(t *testing.T) {
	_, err := Paper("x.md", []byte("---\ntitle: T\narxiv: \"2401.00001\"\nextra:\n  a: 1\n  b:\n    c: 1\n    c: 2\n---\n"), DefaultLimits())
	if want := `x.md:8: extra: "c" is given twice (first on line 7); keep one of them`; err == nil || err.Error() != want {
		t.Errorf("paper: %v, want %s", err, want)
	}
	_, err = Config("site.yaml", []byte("title: T\nbaseURL: https://example.org/\nextra:\n  a: 1\n  a: 2\n"), "")
	if want := `site.yaml:5: extra: "a" is given twice (first on line 4); keep one of them`; err == nil || err.Error() != want {
		t.Errorf("site.yaml: %v, want %s", err, want)
	}
}

// TestDuplicateKeyInImported: keys repeated inside imported: (a merge of
// two imports that kept both sides), which no field decodes, are each
// named at their line, as one repeated among the fields is, nested ones
// too; one written once is no error.
func TestDuplicateKeyInImported(t *testing.T) {
	const front = "---\ntitle: T\narxiv: \"2401.00001\"\nimported:\n"
	for _, tt := range []struct{ in, want string }{
		{"  sources: [hf]\n  title: A\n  title: B\n  days: [2024-05-27]\n  days: [2024-05-28]\n",
			"x.md:7: imported: \"title\" is given twice (first on line 6); keep one of them\n" +
				"x.md:9: imported: \"days\" is given twice (first on line 8); keep one of them"},
		{"  hf:\n    upvotes: 3\n    upvotes: 4\n", `x.md:7: imported: "upvotes" is given twice (first on line 6); keep one of them`},
		{"  sources: [hf]\n  title: A\n", "<nil>"},
	} {
		_, err := Paper("x.md", []byte(front+tt.in+"---\n"), DefaultLimits())
		got := "<nil>"
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("Paper(imported:\n%s) = %v, want %s", tt.in, got, tt.want)
		}
	}
}

// TestDayEntriesWithoutID: an empty entry and an inline paper without an id
// each get one error, and neither is listed (which would add 'the day
// lists paper "", which does not exist').
func TestDayEntriesWithoutID(t *testing.T) {
	d, _, err := Day("content/days/2024-05-28.md", []byte("---\npapers:\n  - \"\"\n  - title: Inline\n    abstract: Hello\n  - \"2405.15071\"\n---\n"), DefaultLimits())
	want := "content/days/2024-05-28.md:3: an empty entry in papers:; write a paper's id (- 2410.07166) or remove the line\n" +
		"content/days/2024-05-28.md:4: the paper has no id; add `arxiv: 2410.07166`, or `id: my-paper` for papers not on arXiv"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant\n%s", err, want)
	}
	if d == nil || !slices.Equal(d.Order, []string{"2405.15071"}) {
		t.Errorf("order %v, want only 2405.15071", d)
	}
}

// TestDayEntriesAsArXivIDs: an entry of papers: or removed: written as
// arXiv prints an id (arXiv:2506.10892, in any letter case, spaces after
// the colon) names that id, as a paper's arxiv: does; a version, and an
// id: of a paper not on arXiv, stay as written.
func TestDayEntriesAsArXivIDs(t *testing.T) {
	src := "---\npapers:\n  - arXiv:2506.10892\n  - \"ARXIV: cond-mat/0603029\"\n  - arXiv:2506.11924v2\n  - arXiv:my-paper\n  - my-paper\nremoved: [\"arxiv:2506.09427\", 2506.09428]\n---\n"
	d, _, err := Day("content/days/2025-06-16.md", []byte(src), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"2506.10892", "cond-mat/0603029", "2506.11924v2", "arXiv:my-paper", "my-paper"}; !slices.Equal(d.Order, want) {
		t.Errorf("papers: %q, want %q", d.Order, want)
	}
	if want := []string{"2506.09427", "2506.09428"}; !slices.Equal(d.Removed, want) {
		t.Errorf("removed: %q, want %q", d.Removed, want)
	}
	p, err := Paper("content/papers/x.md", []byte("---\ntitle: T\narxiv: \"2506.10892\"\naliases: [\"arXiv:2312.00009\", \"ArXiv: 2311.00008\"]\n---\n"), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"2312.00009", "2311.00008"}; !slices.Equal(p.Aliases, want) {
		t.Errorf("aliases: %q, want %q", p.Aliases, want)
	}
}

// TestIDInExtra: a paper without an id whose extra: has Hugo's
// params.arxiv (or doi) is told to move it to the top level, with its
// value, at the line of extra:.
func TestIDInExtra(t *testing.T) {
	tests := []struct{ extra, want string }{
		{"extra: {arxiv: '2205.14135'}", "x.md:3: the paper has no id, and its extra.arxiv is 2205.14135: move it to the top level as `arxiv: '2205.14135'`"},
		{"extra:\n  arXiv: 2401.10000", "x.md:3: the paper has no id, and its extra.arxiv is 2401.10000: move it to the top level as `arxiv: '2401.10000'`"},
		{"extra:\n  doi: 10.1038/nature14539", "x.md:3: the paper has no id; add `arxiv: 2410.07166`, or `id: my-paper` for papers not on arXiv; and its extra.doi is 10.1038/nature14539: move it to the top level as `doi: 10.1038/nature14539`"},
		{"extra: {venue: X}", "x.md:2: the paper has no id; add `arxiv: 2410.07166`, or `id: my-paper` for papers not on arXiv"},
	}
	for _, tt := range tests {
		_, err := Paper("x.md", []byte("---\ntitle: T\n"+tt.extra+"\n---\n"), DefaultLimits())
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Paper with %q: %v, want %s", tt.extra, err, tt.want)
		}
	}
}

// TestOwnFieldsInExtra: a paper's own field written under extra: (Hugo's
// params.code, Zola's [extra] pdf) and not at the top level is an error at
// extra:'s line with the line to write; one also given at the top level,
// a key of the curator's own, and a value the field does not take (a
// theme's switch: Zola's comment = true, Hugo's comments: false) are let
// be.
func TestOwnFieldsInExtra(t *testing.T) {
	src := "---\ntitle: T\narxiv: \"2401.00001\"\ndate: 2024-01-01\ncode: https://github.com/a/b\n" +
		"extra:\n  code: https://github.com/a/old\n  PDF: https://x.org/a.pdf\n  topics: [nlp, \"a, b\"]\n  venue: ICLR\n" +
		"  comment: true\n  comments: false\n  upvotes: 12\n  stars: many\n  updated: 2024-02-01\n  keywords: [{a: b}]\n---\n"
	_, err := Paper("x.md", []byte(src), DefaultLimits())
	want := "x.md:6: extra.PDF is the paper's own `pdf:`, which pages, feeds and BibTeX read only at the top level (extra: is data for your theme alone); move it there: `pdf: https://x.org/a.pdf`\n" +
		"x.md:6: extra.topics is the paper's own `topics:`, which pages, feeds and BibTeX read only at the top level (extra: is data for your theme alone); move it there: `topics: [nlp, \"a, b\"]`\n" +
		"x.md:6: extra.updated is the paper's own `updated:`, which pages, feeds and BibTeX read only at the top level (extra: is data for your theme alone); move it there: `updated: 2024-02-01`\n" +
		"x.md:6: extra.upvotes is the paper's own `upvotes:`, which pages, feeds and BibTeX read only at the top level (extra: is data for your theme alone); move it there: `upvotes: 12`"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant\n%s", err, want)
	}
}

// TestTeXInDoubleQuotes: TeX in a double-quoted value, whose backslashes
// YAML takes for escapes, is an error at its line, not a title with a
// backspace or a tab in it.
func TestTeXInDoubleQuotes(t *testing.T) {
	for _, tt := range []struct{ field, line string }{
		{"title", `title: "Bounds on $\beta$-functions"`},   // \b: a backspace
		{"title", `title: "The $\tau$ and $\nu$ of it"`},    // a tab and a line break, inside math
		{"authors", `authors: ["A. Author", "Jos\xe9 \N"]`}, // \N: U+0085
		{"title", `title: "Sizes $\mathcal{O}(n)$"`},        // \m: not a YAML escape at all
	} {
		src := "---\narxiv: \"2401.00001\"\ndate: 2024-01-01\n" + tt.line + "\n---\n"
		_, err := Paper("x.md", []byte(src), DefaultLimits())
		if err == nil || !strings.Contains(err.Error(), "x.md:4: ") || !strings.Contains(err.Error(), "write the value in 'single quotes', or double each backslash") {
			t.Errorf("%s: %v", tt.line, err)
		}
	}
	for _, ok := range []string{`title: 'Bounds on $\beta$-functions'`, `title: "Bounds on $\\beta$"`, `title: "Two\nlines, a\ttab"`} {
		if _, err := Paper("x.md", []byte("---\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"+ok+"\n---\n"), DefaultLimits()); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
}

// TestAuthorNames: authorNames: maps a spelling to the one shown, in NFC
// with single spaces; each mistake is named at its line.
func TestAuthorNames(t *testing.T) {
	c, err := Config("site.yaml", []byte("title: T\nbaseURL: https://e.org/\nauthorNames:\n  Juergen  Schmidhuber: J\u00fcrgen Schmidhuber\n  \"Ze\u0301 Silva\": José Silva\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.AuthorNames) != 2 || c.AuthorNames["Juergen Schmidhuber"] != "Jürgen Schmidhuber" || c.AuthorNames["Zé Silva"] != "José Silva" {
		t.Errorf("AuthorNames = %q", c.AuthorNames)
	}
	for _, tt := range []struct{ in, want string }{
		{"authorNames: [a, b]\n", "site.yaml:3: authorNames must be a mapping from a spelling papers have to the one to show, not a list"},
		{"authorNames:\n  A B: A B\n", `site.yaml:4: authorNames: "A B" is shown as it is already; remove the line`},
		{"authorNames:\n  A B: \"\"\n", "site.yaml:4: authorNames: each line is a spelling papers have, a colon, and the name to show"},
		{"authorNames:\n  A B: C D\n  A  B: E F\n", `site.yaml:5: authorNames: "A B" is given twice (first on line 4); keep one`},
		{"authorNames:\n  A B: C D\n  C D: E F\n", "site.yaml:4: authorNames: \"A B\" becomes \"C D\", which line 5 renames to \"E F\"; write `A B: E F`"},
		{"authorNames:\n  A B: C D\n  C D: E F\n  E F: G H\n", "site.yaml:4: authorNames: \"A B\" becomes \"C D\", which line 5 renames to \"E F\"; write `A B: G H`"},
		{"authorNames:\n  Kurt Godel: Kurt Gödel\n  Kurt Gödel: Kurt Godel\n", "site.yaml:4: authorNames: \"Kurt Godel\" (line 4), \"Kurt Gödel\" (line 5) rename each other, so no name would be shown; keep the line of the spelling to merge away and remove the other"},
		{"authorNames:\n  X Y: A B\n  A B: C D\n  C D: A B\n", "site.yaml:5: authorNames: \"A B\" (line 5), \"C D\" (line 6) rename each other"},
	} {
		_, err := Config("site.yaml", []byte("title: T\nbaseURL: https://e.org/\n"+tt.in), "")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.in, err, tt.want)
		} else if n := strings.Count(err.Error(), "rename each other"); n > 1 {
			t.Errorf("%q: lines that rename each other told %d times, want once:\n%v", tt.in, n, err)
		}
	}
}

// TestEmptyItems: an item of a list with nothing after its dash (a value
// half deleted, or a line left behind), which the YAML decoder drops, and
// an author of spaces, which the paper would drop, are errors at their
// lines.
func TestEmptyItems(t *testing.T) {
	for _, tt := range []struct{ front, want string }{
		{"authors:\n  - A. Author\n  -\n  - B. Author\n", "x.md:6: authors: item 2 of 3 is empty; write the author's name there, or delete the line"},
		{"authors:\n  - \"  \"\n", "x.md:5: authors: item 1 of 1 is empty"},
		{"authors: [A. Author, \"\"]\n", "x.md:4: authors: item 2 of 2 is empty"},
		{"topics:\n  - llm\n  - ~\n", "x.md:6: topics: item 2 of 2 is empty; write a topic there"},
		{"keywords: [a, null]\n", "x.md:4: keywords: item 2 of 2 is empty"},
	} {
		_, err := Paper("x.md", []byte("---\ntitle: T\nid: x\n"+tt.front+"date: 2024-01-01\n---\n"), DefaultLimits())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.front, err, tt.want)
		}
	}
	_, _, err := Day("content/days/2024-01-01.md", []byte("---\nremoved:\n  -\n---\n"), DefaultLimits())
	if want := "content/days/2024-01-01.md:3: removed: item 1 of 1 is empty; write the id of a paper to take off the day there"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("day: err = %v, want %q", err, want)
	}
	// site.yaml's topics: a keyword left empty, and a name: with none.
	for _, tt := range []struct{ topic, want string }{
		{"    keywords: [diffusion, ~]\n", "site.yaml:5: keywords: item 2 of 2 is empty; write a keyword there"},
		{"    name:\n", `site.yaml:5: topic "diffusion-models": name is empty; write the topic's name, or delete the line to call it "Diffusion models"`},
		{"    name: \"  \"\n", `site.yaml:5: topic "diffusion-models": name is empty`},
	} {
		_, err := Config("site.yaml", []byte("title: T\nbaseURL: https://e.org/\ntopics:\n  diffusion-models:\n"+tt.topic), "")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.topic, err, tt.want)
		}
	}
}

// TestOrganizationNames: organizationNames: is read as authorNames: is,
// its mistakes named by its own key.
func TestOrganizationNames(t *testing.T) {
	c, err := Config("site.yaml", []byte("title: T\nbaseURL: https://e.org/\norganizationNames:\n  shanghai  ailab: Shanghai AI Lab\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.OrganizationNames) != 1 || c.OrganizationNames["shanghai ailab"] != "Shanghai AI Lab" || c.OrganizationNameLines["shanghai ailab"] != 4 {
		t.Errorf("OrganizationNames = %q, lines %v", c.OrganizationNames, c.OrganizationNameLines)
	}
	for _, tt := range []struct{ in, want string }{
		{"organizationNames: NVIDIA\n", "site.yaml:3: organizationNames must be a mapping from a spelling papers have to the one to show, not a text value; write it like\n  organizationNames:\n    shanghai ailab: Shanghai AI Lab"},
		{"organizationNames:\n  A B: \"\"\n", "site.yaml:4: organizationNames: each line is a spelling papers have, a colon, and the name to show: `shanghai ailab: Shanghai AI Lab`"},
		{"organizationNames:\n  A B: C D\n  A  B: E F\n", `site.yaml:5: organizationNames: "A B" is given twice (first on line 4); keep one`},
		{"organizationNames:\n  A B: \"…\"\n", `site.yaml:4: organizationNames: "…" has no letters or digits, so "A B" would be shown as no one; write the name to show, or remove the line`},
		{"authorNames:\n  A B: \"-\"\n", `site.yaml:4: authorNames: "-" has no letters or digits, so "A B" would be shown as no one; write the name to show, or remove the line`},
		{"authorNames:\n  X Y: A B\n  A B: C D\n  C D: A B\n", "site.yaml:5: authorNames: \"A B\" (line 5), \"C D\" (line 6) rename each other"},
	} {
		_, err := Config("site.yaml", []byte("title: T\nbaseURL: https://e.org/\n"+tt.in), "")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.in, err, tt.want)
		} else if n := strings.Count(err.Error(), "rename each other"); n > 1 {
			t.Errorf("%q: lines that rename each other told %d times, want once:\n%v", tt.in, n, err)
		}
	}
}

// TestDOI: a DOI as curators paste it is the DOI alone; anything else is
// an error at its line.
func TestDOI(t *testing.T) {
	for in, want := range map[string]string{
		"10.1038/s41586-024-07421-0":                    "10.1038/s41586-024-07421-0",
		"https://doi.org/10.1038/s41586-024-07421-0":    "10.1038/s41586-024-07421-0",
		"http://dx.doi.org/10.1103/PhysRevB.85.115117":  "10.1103/PhysRevB.85.115117",
		"doi:10.1145/3395363.3397376":                   "10.1145/3395363.3397376",
		"DOI: 10.1145/3395363.3397376":                  "10.1145/3395363.3397376",
		"https://doi.org/10.1000/456%23789":             "10.1000/456#789",
		"10.1016/j.a.2020.1 10.1016/j.b.2020.2":         "10.1016/j.a.2020.1",
		"https://www.nature.com/articles/s41586-024-07": "",
		"Nature 630, 1–8 (2024)":                        "",
		"10.1038":                                       "",
		"10.1101/2024.03.01.582937v2":                   "",
	} {
		if got := DOI(in); got != want {
			t.Errorf("DOI(%q) = %q, want %q", in, got, want)
		}
	}
	// bioRxiv's and medRxiv's DOIs have no version; their addresses do.
	for doi, want := range map[string]string{
		"https://www.nature.com/articles/x":                           `x.md:5: doi "https://www.nature.com/articles/x" is not a DOI; write the DOI alone`,
		"https://doi.org/10.1234/abc%1B%5B2J%07x":                     `x.md:5: doi "https://doi.org/10.1234/abc%1B%5B2J%07x" is not a DOI; write the DOI alone`,
		"10.1101/2024.03.01.582937v2":                                 "x.md:5: doi \"10.1101/2024.03.01.582937v2\" ends in the version of the preprint's page, but bioRxiv's and medRxiv's DOIs have none, so doi.org would not find it; write `doi: 10.1101/2024.03.01.582937`, the DOI of every version",
		"https://www.biorxiv.org/content/10.1101/2024.03.01.582937v2": "x.md:5: doi \"https://www.biorxiv.org/content/10.1101/2024.03.01.582937v2\" is the address of the preprint's page, not its DOI; write the DOI it holds, without the page's version: `doi: 10.1101/2024.03.01.582937`",
	} {
		src := "---\ntitle: T\nid: smith-2024\ndate: 2024-01-01\ndoi: " + doi + "\n---\n"
		if _, err := Paper("x.md", []byte(src), DefaultLimits()); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("doi: %s: err = %v, want %s", doi, err, want)
		}
	}
}

// TestNewsletterHeaderFields: listId and unsubscribe, which go into the
// email's headers as written, are errors at their line when they would
// break a header or add one; what a header holds is let be.
func TestNewsletterHeaderFields(t *testing.T) {
	tests := []struct{ in, err string }{
		{"listId: digest.example.org\n  unsubscribe: [\"https://x.org/u?id=1&l=2\", \"mailto:leave@x.org?subject=unsubscribe\"]", ""},
		{"listId: |-\n    digest\n    Bcc: all@example.org", `x.yaml:4: newsletter.listId "digest\nBcc: all@example.org" is not a dot-atom`},
		{"listId: my list", `x.yaml:4: newsletter.listId "my list" is not a dot-atom`},
		{"listId: <digest.example.org>", `x.yaml:4: newsletter.listId "<digest.example.org>" is not a dot-atom`},
		{"from: d@example.org\n  unsubscribe:\n    - https://x.org/un subscribe", `x.yaml:6: newsletter.unsubscribe "https://x.org/un subscribe" has " ", which an email header's URL cannot hold; percent-encode it`},
		{"unsubscribe: [\"https://x.org/a>, <https://evil.example/\"]", `x.yaml:4: newsletter.unsubscribe "https://x.org/a>, <https://evil.example/" has ">"`},
		{"unsubscribe: [\"https://x.org/désabonner\"]", `has "é"`},
		{"method: put", `x.yaml:4: newsletter.method "put": use post or get`},
		{"unsubscribe: [\"https://x.org/" + strings.Repeat("u", 900) + "\"]", `x.yaml:4: newsletter.unsubscribe "https://x.org/uuuuuuuuuuuuuuuuuuuuuuuuuu"… is 914 characters long, and an email header holds at most 900 in one piece; use a shorter one`},
		{"listId: " + strings.Repeat("l", 901), `x.yaml:4: newsletter.listId "lllll`},
		// The sender paperboy mail would refuse, after the deploy.
		{"from: \"Dïgest <dïgest@example.org>\"", `x.yaml:4: newsletter.from "Dïgest <dïgest@example.org>": addresses outside ASCII are not supported; use the address's ASCII form`},
		{"from: digest@", `x.yaml:4: newsletter.from "digest@" is not an email address: nothing follows the @; write it like "Digest <digest@example.org>"`},
		{"from: \"\\\"a b\\\"@example.org\"", `x.yaml:4: newsletter.from "\"a b\"@example.org": addresses with a quoted local part are not supported`},
		{"from: " + strings.Repeat("d", 250) + "@example.org", `characters long, and an address holds at most 254`},
		{"from: \"Dïgest <digest@example.org>\"", ""},
		{"from: \"Digest <digest@example>\"", `x.yaml:4: newsletter.from "Digest <digest@example>" is not an email address: its domain, example, has no dot: mail providers accept only a full domain name, like example.org; write it like "Digest <digest@example.org>"`},
		{"action: https://x.org/s\n  from: d@mail_host.org", `x.yaml:5: newsletter.from "d@mail_host.org" is not an email address: its domain, mail_host.org, has "_"`},
		// The form's settings without the form's action, which shows it.
		{"from: d@example.org\n  fields: {embed: \"1\"}", "x.yaml:5: newsletter.fields sets the subscribe form, which the site shows only with newsletter.action, your provider's form URL; add it (`action: https://buttondown.com/api/emails/embed-subscribe/you`), or remove fields"},
		{"emailField: EMAIL\n  method: get", "x.yaml:4: newsletter.emailField and method set the subscribe form, which the site shows only with newsletter.action, your provider's form URL; add it (`action: https://buttondown.com/api/emails/embed-subscribe/you`), or remove emailField and method"},
		{"action: https://x.org/subscribe\n  emailField: EMAIL\n  method: get\n  fields: {l: x}", ""},
		// The provider's embed code pasted whole.
		{"action: '<form action=\"https://buttondown.com/api/emails/embed-subscribe/ada?x=1&amp;y=2\" method=\"post\" class=\"embeddable-buttondown-form\">'", "x.yaml:4: newsletter.action is the HTML of your provider's form, not its address; write the address it sends to: `action: https://buttondown.com/api/emails/embed-subscribe/ada?x=1&y=2`"},
		{"action: subscribe here", `x.yaml:4: newsletter.action "subscribe here" is not an absolute http(s) URL; copy the form action from your provider`},
	}
	for _, tt := range tests {
		_, err := Config("x.yaml", []byte("title: T\nbaseURL: https://e.org/\nnewsletter:\n  "+tt.in+"\n"), "")
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("newsletter %q: %v, want no error", tt.in, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("newsletter %q: %v, want %q", tt.in, err, tt.err)
		}
	}
}

// TestConfigShapes: a site.yaml value of the wrong shape (a scalar where
// a mapping or list belongs, a list or mapping where a scalar does) is an
// error at its key's line naming the key, what it is, what it must be,
// and the key written right; so is a site.yaml that is not a mapping.
func TestConfigShapes(t *testing.T) {
	const head = "title: T\nbaseURL: https://example.org/\n"
	for _, c := range []struct{ src, want string }{
		{head + "newsletter: 3\n", "site.yaml:3: newsletter must be a mapping of `key: value` lines, not a number; write it like\n  newsletter:\n    action: https://buttondown.com/api/emails/embed-subscribe/you"},
		{head + "newsletter: [a]\n", "site.yaml:3: newsletter must be a mapping of `key: value` lines, not a list; write it like\n  newsletter:"},
		{head + "limits: 5\n", "site.yaml:3: limits must be a mapping of `key: value` lines, not a number; write it like\n  limits:\n    maxAuthors: 5000"},
		{head + "limits: [a, b]\n", "site.yaml:3: limits must be a mapping of `key: value` lines, not a list"},
		{head + "topics: nlp\n", "site.yaml:3: topics must be a mapping of topic slugs, not a text value; write it like\n  topics:\n    diffusion-models:"},
		{head + "topics:\n  nlp: [x]\n", "site.yaml:4: topic \"nlp\" must be a mapping of its name, description and keywords, not a list; write it like\n  topics:\n    nlp:\n      name: Nlp"},
		{head + "extra: 3\n", "site.yaml:3: extra must be a mapping of `key: value` lines, not a number; write it like\n  extra:"},
		{head + "feedAliases: index.xml\n", "site.yaml:3: feedAliases must be a list, not a text value; write it like `feedAliases: [index.xml]`"},
		{head + "theme:\n  a: b\n", "site.yaml:3: theme must be a folder under themes/, or a list of them, yours first, not a mapping; write it like `theme: [mytheme, lab]`"},
		{head + "unsafeHTML: [true]\n", "site.yaml:3: unsafeHTML must be true or false, not a list; write it like `unsafeHTML: true`"},
		{head + "unsafeHTML:\n  a: b\n", "site.yaml:3: unsafeHTML must be true or false, not a mapping; write it like `unsafeHTML: true`"},
		{head + "description: [a, b]\n", "site.yaml:3: description must be text, not a list; write it like `description: Papers we read, every day`"},
		{head + "feedSize:\n  a: 1\n", "site.yaml:3: feedSize must be a whole number, not a mapping; write it like `feedSize: 50`"},
		{"title: [T]\nbaseURL: https://example.org/\n", "site.yaml:1: title must be text, not a list; write it like `title: My Paper Digest`"},
		{head + "newsletter:\n  fields: 3\n", "site.yaml:4: newsletter.fields must be a mapping of `key: value` lines, not a number; write it like\n  fields:\n    tag: digest"},
		{head + "newsletter:\n  unsubscribe:\n    a: b\n", "site.yaml:4: newsletter.unsubscribe must be a list, not a mapping"},
		{head + "newsletter:\n  name: [a]\n", "site.yaml:4: newsletter.name must be text, not a list; write it like `name: Paper Digest`"},
		{head + "limits:\n  maxAuthors: [1]\n", "site.yaml:4: limits.maxAuthors must be a whole number, not a list; write it like `maxAuthors: 5000`"},
		{head + "topics:\n  nlp:\n    keywords:\n      a: b\n", "site.yaml:5: keywords must be a list, not a mapping; write it like `keywords: [diffusion, denoising]`"},
		{"- title: T\n- baseURL: https://example.org/\n", "site.yaml:1: site.yaml must be a mapping of `key: value` lines, not a list; write it like\n  title: My Paper Digest\n  baseURL: https://user.github.io/repo/"},
		{"My digest\n", "site.yaml:1: site.yaml must be a mapping of `key: value` lines, not a text value; write it like\n  title: My Paper Digest"},
		// What to write is the curator's own value, in the shape it takes.
		{head + "topics:\n  nlp: Natural language\n", "site.yaml:4: topic \"nlp\" must be a mapping of its name, description and keywords, not a text value; write it like\n  topics:\n    nlp:\n      name: Natural language"},
		{head + "topics:\n  nlp: 'NLP: text'\n", "site.yaml:4: topic \"nlp\" must be a mapping of its name, description and keywords, not a text value; write it like\n  topics:\n    nlp:\n      name: \"NLP: text\""},
		{head + "topics:\n  nlp:\n    keywords: language model, LLM\n", "site.yaml:5: keywords must be a list, not a text value; write it like `keywords: [language model, LLM]`"},
		{head + "newsletter:\n  unsubscribe: mailto:leave@example.org\n", "site.yaml:4: newsletter.unsubscribe must be a list, not a text value; write it like `unsubscribe: [mailto:leave@example.org]`"},
		{head + "feedAliases: index.xml\n", "site.yaml:3: feedAliases must be a list, not a text value; write it like `feedAliases: [index.xml]`"},
		{head + "unsafeHTML: \"true\"\n", "site.yaml:3: unsafeHTML: expected true or false, found the text \"true\"; write it without quotes"},
	} {
		_, err := Config("site.yaml", []byte(c.src), "")
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Config(%q) = %v, want %s", c.src, err, c.want)
		}
	}
}

// TestQuoteClosedLater: a quote left open in site.yaml or front matter,
// which the library takes to end at a later value's quote and reports
// lines further down, or at the first key under the file's comments, is
// told at the line that opens it; a quoted value that goes on over
// indented lines is not, nor a quote in a comment, a block scalar or a
// plain value.
func TestQuoteClosedLater(t *testing.T) {
	const want = `invalid YAML: the value quoted with " on this line is never closed`
	const head = "title: T\nbaseURL: https://example.org/\n"
	for _, c := range []struct{ name, src, want string }{
		{"reported later", head + "description: \"A digest of papers\nlanguage: en\nauthor: \"Ada\"\n", "site.yaml:3: " + want},
		{"reported at the first key", "# Settings (\"see the README\").\n# More.\n\n" + head + "description: \"Daily digest\n# The \"language\"\nlanguage: en\nauthor: \"Ada\"\n", "site.yaml:6: " + want},
		{"after a block scalar", "# \"x\n" + head + "footer: |\n  <a href=\"x\n  and: \"y\nx: 1\ndescription: \"Daily\nauthor: \"Ada\"\n", "site.yaml:8: " + want},
		{"after plain values", head + "footer: it's \"ours\nnote: a long line\n  \"that goes on\nauthors: [\"Ada\",\n  \"Bob\"]\ndescription: \"Daily\nauthor: \"Ada\"\n", "site.yaml:8: " + want},
		{"after a quoted value over two lines", head + "footer: \"A digest\n  of papers\"\ndescription: \"Daily\nauthor: \"Ada\"\n", "site.yaml:5: " + want},
		{"goes on", head + "description: \"A digest\n  of papers\"\nlanguage: en\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Config("site.yaml", []byte(c.src), "")
			if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.HasPrefix(err.Error(), c.want)) {
				t.Errorf("Config(%q) = %v, want %s", c.src, err, c.want)
			}
		})
	}
	paper := "---\ntitle: \"Attention\nauthors: [\"Ada\"]\ndate: 2024-01-01\n---\n"
	if _, err := Paper("x.md", []byte(paper), DefaultLimits()); err == nil || !strings.HasPrefix(err.Error(), "x.md:2: "+want) {
		t.Errorf("Paper with a quote left open on line 2: %v", err)
	}
}

// TestMismatchedBrackets: a bracket closed by one of the other kind, in
// front matter or site.yaml, is an error at the line of the wrong one,
// naming where the one it closes was opened and what closes it.
func TestMismatchedBrackets(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"---\ntitle: T\nauthors: [Ada, {name: Bob]\n---\n", "x.md:3: invalid YAML: the `{` opened at column 16 is closed by `]`; close it with `}`"},
		{"---\ntitle: T\nextra: {a: [b}\n---\n", "x.md:3: invalid YAML: the `[` opened at column 12 is closed by `}`; close it with `]`"},
		{"---\ntitle: T\nauthors: [Ada, {name:\n  Bob]\ndate: 2024-01-01\n---\n", "x.md:4: invalid YAML: the `{` opened on line 3, column 16 is closed by `]`; close it with `}`"},
		{"---\ntitle: \"Ünïcode\"\nauthors: [Ådå, {nämé: Bøb]\n---\n", "x.md:3: invalid YAML: the `{` opened at column 16 is closed by `]`; close it with `}`"},
	} {
		_, err := Paper("x.md", []byte(c.src), DefaultLimits())
		if err == nil || err.Error() != c.want {
			t.Errorf("Paper(%q) = %v, want %s", c.src, err, c.want)
		}
	}
	_, err := Config("site.yaml", []byte("title: T\ntheme: [a, {b]\nbaseURL: https://example.org/\n"), "")
	if want := "site.yaml:2: invalid YAML: the `{` opened at column 12 is closed by `]`; close it with `}`"; err == nil || err.Error() != want {
		t.Errorf("Config: %v, want %s", err, want)
	}
}

// TestConfigOneErrorPerMistake: a value of the wrong shape or type under
// any key of site.yaml, limits:, newsletter: or a topic is one error, at
// its line, however the key is used afterwards (baseURL: [x] is not also
// told that the site has no baseURL). The keys come from the structs, so
// a key added later is tried too.
func TestConfigOneErrorPerMistake(t *testing.T) {
	const head = "title: T\nbaseURL: https://example.org/\n"
	wrong := func(f field) []string {
		switch f.shape {
		case "mapping":
			return []string{"3", "[a]", "text"}
		case "list", "scalar,list":
			return []string{"{a: b}"}
		}
		out := []string{"[x]", "{a: b}"}
		switch {
		case f.typ.Kind() == reflect.Bool:
			out = append(out, "maybe", "1")
		case isWhole(f.typ):
			out = append(out, "lots", "2.5", `"7"`, "0", "-1")
		case f.typ.Kind() == reflect.String:
			out = append(out, "“x”", `"a\bc"`) // Word's quotes; a lost backslash
		}
		return out
	}
	type place struct {
		t      reflect.Type
		prefix string // the lines before the key's, which is at line 3 or after
		indent string
	}
	for _, p := range []place{
		{reflect.TypeFor[siteYAML](), "", ""},
		{reflect.TypeFor[limitsYAML](), "limits:\n", "  "},
		{reflect.TypeFor[newsletterYAML](), "newsletter:\n", "  "},
		{reflect.TypeFor[topicYAML](), "topics:\n  nlp:\n", "    "},
	} {
		fields, names := fieldsOf(p.t)
		for _, name := range names {
			for _, v := range wrong(fields[name]) {
				src := p.prefix + p.indent + name + ": " + v + "\n"
				if p.t == reflect.TypeFor[siteYAML]() && (name == "title" || name == "baseURL") {
					src = strings.Replace(head, name+": ", "#", 1) + src
				} else {
					src = head + src
				}
				line := strings.Count(src, "\n")
				_, err := Config("site.yaml", []byte(src), "")
				l, _ := diag.Source(err)
				if len(l) != 1 || l[0].Line != line {
					t.Errorf("Config(%q) = %v; want one error, at line %d", src, err, line)
				}
			}
		}
	}
}

// TestSiteFieldsInExtra: a setting of site.yaml's own indented under
// extra:, where it does nothing, is an error at its line; one the top
// level has too, and a key of the theme's own, are extra's.
func TestSiteFieldsInExtra(t *testing.T) {
	src := "title: T\nbaseURL: https://example.org/\ndomain: example.org\nextra:\n  feedAliases: [index.xml]\n  domain: example.org\n  tagline: Hi\n  feedIDBase: https://old.example.org/\n"
	_, err := Config("content/site.yaml", []byte(src), "")
	const what = ": is a setting of site.yaml's own, which the build reads only at the top level, not under extra: (data for your theme alone); move it out of extra:, without its indentation"
	want := "content/site.yaml:5: feedAliases" + what + "\ncontent/site.yaml:8: feedIDBase" + what
	if err == nil || err.Error() != want {
		t.Errorf("Config error:\n%v\nwant\n%s", err, want)
	}
}

// TestThemeDataInExtra: keys under extra: that a theme's own data may
// have (author, description) are the theme's, whatever the top level has.
func TestThemeDataInExtra(t *testing.T) {
	src := "title: T\nbaseURL: https://example.org/\nextra:\n  author: Ada\n  description: Our notes\n  image: /logo.png\n"
	if _, err := Config("content/site.yaml", []byte(src), ""); err != nil {
		t.Errorf("Config error: %v", err)
	}
}

// TestKeywordPatterns: a keyword written in another tool's syntax (a
// regular expression, a /pattern/, a list in one item, a search query)
// matches nothing and is an error at its line that gives the keywords to
// write; TeX, a chemical name's comma and a trailing comma are let be.
func TestKeywordPatterns(t *testing.T) {
	for _, tt := range []struct{ keyword, want string }{
		{`'\bRL\b'`, `site.yaml:6: topic "t": keyword "\\bRL\\b" has "\\b", but a keyword is no regular expression: it matches the words as written, "\\b" and all, so it tags no paper; write ` + "`keywords: [RL]`"},
		{`'\d+-bit'`, "write each whole word or phrase it stands for as a keyword of its own, like `keywords: [8-bit, 4-bit]`"},
		{`"/GAN/"`, `site.yaml:6: topic "t": keyword "/GAN/" is written as a /pattern/` + ", but a keyword is no pattern: it matches the words as written, slashes and all, so it tags no paper; write `keywords: [GAN]`"},
		{`"self-supervised, contrastive"`, `site.yaml:6: topic "t": keyword "self-supervised, contrastive" is a list in one item: it matches only the words with the comma between them, so it tags no paper; write each as an item of its own, ` + "`keywords: [self-supervised, contrastive]`"},
		{`"a,b"`, "`keywords: [a, b]`"},
		{`"LLM OR GPT"`, `site.yaml:6: topic "t": keyword "LLM OR GPT" has "OR", but a keyword is no search query: it matches the words as written, "OR" and all, so it tags no paper; write each as a keyword of its own, ` + "`keywords: [LLM, GPT]`"},
		{`"diffusion AND NOT GAN"`, "`keywords: [diffusion, GAN]`"},
		{`'\beta-VAE'`, ""},
		{`"1,2-dichloroethane"`, ""},
		{`"denoising,"`, ""},
		{`"trial and error"`, ""},
		{`"OR scheduling"`, ""},
		{`"I/O"`, ""},
	} {
		_, err := Config("site.yaml", []byte("title: T\nbaseURL: https://e.org/\ntopics:\n  t:\n    keywords:\n      - "+tt.keyword+"\n"), "")
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("keyword %s: err = %v, want %q", tt.keyword, err, tt.want)
		}
	}
}
