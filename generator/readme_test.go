package generator

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/internal/readmetest"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// readmeBlock is a fenced code block of the README: its language, its
// text and the line its fence opens on.
type readmeBlock struct {
	lang, text string
	line       int
}

// readmeBlocks returns the README's code blocks fenced as lang.
func readmeBlocks(t *testing.T, langs ...string) []readmeBlock {
	t.Helper()
	readme := readmetest.Read(t)
	var out []readmeBlock
	var cur *readmeBlock
	for i, line := range strings.Split(readme, "\n") {
		switch {
		case cur != nil && strings.HasPrefix(line, "```"):
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.text += line + "\n"
		case strings.HasPrefix(line, "```"):
			cur = &readmeBlock{lang: strings.TrimPrefix(line, "```"), line: i + 1}
		}
	}
	var kept []readmeBlock
	for _, b := range out {
		for _, l := range langs {
			if b.lang == l {
				kept = append(kept, b)
			}
		}
	}
	return kept
}

// readmeSiteYAML is the site.yaml an example is built with, unless it is
// one.
const readmeSiteYAML = "title: README example\nbaseURL: https://example.org/\n"

var (
	// firstKeyRE matches a block's first top-level key.
	firstKeyRE = regexp.MustCompile(`(?m)^([A-Za-z_]+):`)
	// readmeIDRE matches an arXiv id in quotes, as day examples list them.
	readmeIDRE = regexp.MustCompile(`"(\d{4}\.\d{4,5})"`)
)

// stubPaper is a paper dated on day, for an example day that lists id.
func stubPaper(id, day string) string {
	return fmt.Sprintf("-- content/papers/%s.md --\n---\ntitle: \"Paper %s\"\narxiv: %q\nauthors: [\"Ada Lovelace\"]\ndate: %s\n---\nThe abstract of %s.\n", id, id, id, day, id)
}

// builtinMessage reports whether id is a message of the built-in
// theme's en.yaml.
func builtinMessage(t *testing.T, id string) bool {
	t.Helper()
	data, err := os.ReadFile("../themes/default/i18n/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return strings.HasPrefix(string(data), id+":") || strings.Contains(string(data), "\n"+id+":")
}

// readmeExample returns the site an example block makes, or "" when the
// block is no source: a block that starts with --- is a paper (it has
// arxiv: or id:), a day (papers: or removed:) or a page, built with
// papers for the ids it lists; a yaml block whose first key is one of
// site.yaml's is site.yaml, with a title and baseURL if it has none, and
// one whose first key is else a built-in message is a theme's fr.yaml.
func readmeExample(t *testing.T, b readmeBlock) string {
	t.Helper()
	const day = "2024-05-27"
	if strings.HasPrefix(b.text, "---\n") {
		fm, _, _ := strings.Cut(b.text[4:], "---\n")
		keys := map[string]bool{}
		for _, m := range firstKeyRE.FindAllStringSubmatch(fm, -1) {
			keys[m[1]] = true
		}
		site := "-- content/site.yaml --\n" + readmeSiteYAML
		switch {
		case keys["arxiv"] || keys["id"]:
			return site + "-- content/papers/example.md --\n" + b.text
		case keys["papers"] || keys["removed"]:
			for _, m := range readmeIDRE.FindAllStringSubmatch(fm, -1) {
				site += stubPaper(m[1], day)
			}
			return site + "-- content/days/" + day + ".md --\n" + b.text
		default:
			return site + stubPaper("2405.00001", day) + "-- content/pages/example.md --\n" + b.text
		}
	}
	m := firstKeyRE.FindStringSubmatch(b.text)
	if b.lang != "yaml" || m == nil || strings.HasPrefix(b.text, " ") {
		return ""
	}
	// A key site.yaml takes is no error with nothing after it.
	if _, err := parse.Config("content/site.yaml", []byte(readmeSiteYAML+m[1]+":\n"), ""); err != nil {
		if !builtinMessage(t, m[1]) {
			return ""
		}
		return "-- content/site.yaml --\n" + readmeSiteYAML + "language: fr\ntheme: mine\n" +
			"-- themes/mine/i18n/fr.yaml --\n" + b.text + stubPaper("2405.00001", day)
	}
	site := b.text
	if !strings.HasPrefix(site, "title:") && !strings.Contains(site, "\ntitle:") {
		site = readmeSiteYAML + site
	}
	return "-- content/site.yaml --\n" + site + stubPaper("2405.00001", day)
}

// TestREADMEExamplesBuild: every source file the README shows whole (a
// yaml or markdown block that is front matter and a body, site.yaml
// settings, or a theme's translation file) builds, with no warning, so no
// example teaches a mistake.
func TestREADMEExamplesBuild(t *testing.T) {
	t.Parallel()
	kinds := map[string]int{}
	for _, b := range readmeBlocks(t, "yaml", "markdown") {
		archive := readmeExample(t, b)
		if archive == "" {
			continue
		}
		kind := "site.yaml"
		if strings.HasPrefix(b.text, "---\n") {
			kind = "source"
		} else if strings.Contains(archive, "/i18n/") {
			kind = "i18n"
		}
		kinds[kind]++
		t.Run(fmt.Sprintf("README.md:%d", b.line), func(t *testing.T) {
			if w := warningsOf(t, archive); len(w) > 0 {
				t.Errorf("the example warns:\n%s\nbuilt as\n%s", strings.Join(w, "\n"), archive)
			}
		})
	}
	if kinds["source"] < 4 || kinds["site.yaml"] < 3 || kinds["i18n"] < 1 {
		t.Errorf("built %v examples; the README has at least 4 sources, 3 of site.yaml and 1 translation file", kinds)
	}
}
