package generator

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/tools/txtar"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// curatorSite is smallSite with a page of the curator's own and a theme
// of theme "mine" with a custom.css: a valid site with a source of
// every kind a curator edits, for TestCuratorMistakes to make one
// mistake in at a time.
const curatorSite = smallSite + `-- content/pages/about.md --
---
title: About
menu: main
---
We read papers.
-- themes/mine/static/custom.css --
:root { --accent: #8a1c1c; }
`

// mistake is one edit of curatorSite: in the file path, old replaced by
// new (the whole file when old is "", a new file when there is none).
type mistake struct{ name, path, old, new string }

// apply returns site with the mistake made, failing the test when old is
// not in the file, which would test nothing.
func (m mistake) apply(t *testing.T, site string) string {
	t.Helper()
	a := txtar.Parse([]byte(site))
	found := false
	for i := range a.Files {
		if a.Files[i].Name != m.path {
			continue
		}
		found = true
		data := string(a.Files[i].Data)
		switch {
		case m.old == "":
			data = m.new
		case !strings.Contains(data, m.old):
			t.Fatalf("%s: %q is not in %s", m.name, m.old, m.path)
		default:
			data = strings.Replace(data, m.old, m.new, 1)
		}
		a.Files[i].Data = []byte(data)
	}
	if !found {
		a.Files = append(a.Files, txtar.File{Name: m.path, Data: []byte(m.new)})
	}
	return string(txtar.Format(a))
}

// TestCuratorMistakes makes one realistic mistake at a time in a valid
// site, in each kind of source a curator edits (site.yaml, a paper, a
// day, a page, a theme's templates, messages and custom.css, and the
// Markdown of a body), and builds it. A mistake wants either an error,
// in which case the build returns no files (so public/ is left as it
// was) and one of its errors starts with want, path:line first; or,
// where the site is still right to publish, a warning starting with
// want after "warning: "; or, for a mistake only check reads for (a
// stylesheet's), a problem of check starting with want after "check: ";
// or, for what is no mistake (a BOM, CRLF, a
// language tag written in capitals), want "" and a build without errors
// or warnings.
func TestCuratorMistakes(t *testing.T) {
	t.Parallel()
	base := strings.Replace(curatorSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1)
	if res, err := Build(context.Background(), Options{Site: siteFS(base)}); err != nil || len(ownWarnings(res)) > 0 {
		t.Fatalf("the site without mistakes: %v, warnings %v", err, res)
	}
	sy, p1, day, about := "content/site.yaml", "content/papers/2405.00001.md", "content/days/2024-06-03.md", "content/pages/about.md"
	tests := []struct {
		mistake
		want string
	}{
		{mistake{"site title a list", sy, "title: Test Digest", "title: [Test, Digest]"}, "content/site.yaml:1: title must be text, not a list; write it like `title:"},
		{mistake{"baseURL ftp", sy, "baseURL: https://example.org/repo/", "baseURL: ftp://example.org/repo/"}, `content/site.yaml:2: baseURL "ftp://example.org/repo/" is not an absolute`},
		{mistake{"baseURL no slash", sy, "baseURL: https://example.org/repo/", "baseURL: https://example.org/repo"}, ``},
		{mistake{"language english", sy, "pageSize: 2\n", "pageSize: 2\nlanguage: english\n"}, "content/site.yaml:5: language \"english\" is the language's name, and the field takes its BCP 47 tag; write `language: en`"},
		{mistake{"language en_US", sy, "pageSize: 2\n", "pageSize: 2\nlanguage: en_US\n"}, ``},
		{mistake{"language EN", sy, "pageSize: 2\n", "pageSize: 2\nlanguage: EN\n"}, ``},
		{mistake{"paperLanguage English", sy, "pageSize: 2\n", "pageSize: 2\npaperLanguage: English\n"}, "content/site.yaml:5: paperLanguage \"English\" is the language's name, and the field takes its BCP 47 tag; write `paperLanguage: en`"},
		{mistake{"pageSize 0", sy, "pageSize: 2", "pageSize: 0"}, `content/site.yaml:4: pageSize must be between 1 and 100000, not 0; correct it,`},
		{mistake{"pageSize -5", sy, "pageSize: 2", "pageSize: -5"}, `content/site.yaml:4: pageSize must be between 1 and 100000, not -5; correct it,`},
		{mistake{"pageSize quoted", sy, "pageSize: 2", "pageSize: \"10\""}, `content/site.yaml:4: pageSize: expected a whole number, found the text "10";`},
		{mistake{"pageSize 10.5", sy, "pageSize: 2", "pageSize: 10.5"}, `content/site.yaml:4: pageSize: expected a whole number, found number "10.5";`},
		{mistake{"pageSize ten", sy, "pageSize: 2", "pageSize: ten"}, `content/site.yaml:4: pageSize: expected a whole number, found text value "ten";`},
		{mistake{"feedSize 1e3", sy, "pageSize: 2\n", "pageSize: 2\nfeedSize: 1e3\n"}, `content/site.yaml:5: feedSize: expected a whole number, found number "1e3";`},
		{mistake{"duplicate topic", sy, "  agents:\n    name: Agents", "  agents:\n    name: Agents\n  agents:\n    name: Agents again"}, `content/site.yaml:14: topic "agents" is defined twice (first on line 12); keep`},
		{mistake{"two topics of one name", sy, "  agents:\n    name: Agents", "  agents:\n    name: Agents\n  llm-agents:\n    name: agents"}, `content/site.yaml:15: topic "llm-agents": name "agents" is the name of topic "agents" too (line 12), so the topics page would list two of it; give each topic a name of its own`},
		{mistake{"topics as list", sy, "topics:\n  diffusion-models:\n    name: Diffusion models\n    description: Generative models that denoise.\n    keywords: [diffusion, denoising]\n  agents:\n    name: Agents", "topics: [diffusion-models, agents]"}, `content/site.yaml:7: topics must be a mapping of topic slugs, not a list; write`},
		{mistake{"topic field typo", sy, "    name: Agents", "    nmae: Agents"}, `content/site.yaml:13: unknown topic field "nmae"; did you mean "name"? (a`},
		{mistake{"keyword punctuation only", sy, "keywords: [diffusion, denoising]", "keywords: [diffusion, \"++\"]"}, `content/site.yaml:11: topic "diffusion-models": keyword "++" has no letter or`},
		{mistake{"keyword with trailing space punctuation", sy, "keywords: [diffusion, denoising]", "keywords: [diffusion, \"denoising,\"]"}, ``},
		{mistake{"keywords as string", sy, "keywords: [diffusion, denoising]", "keywords: diffusion, denoising"}, `content/site.yaml:11: keywords must be a list, not a text value; write it like`},
		{mistake{"keyword regex", sy, "keywords: [diffusion, denoising]", "keywords: [diffusion, \"denois.*\"]"}, `content/site.yaml:11: topic "diffusion-models": keyword "denois.*" has "*", but`},
		{mistake{"keyword quoted phrase hyphen", sy, "keywords: [diffusion, denoising]", "keywords: [diffusion, \"-denoising\"]"}, ``},
		{mistake{"keyword duplicated across topics", sy, "    name: Agents", "    name: Agents\n    keywords: [diffusion]"}, ``},
		{mistake{"topic slug capitals", sy, "  agents:\n", "  Agents:\n"}, `content/site.yaml:12: topic "Agents" is not a slug; use lowercase words joined`},
		{mistake{"topic slug spaces", sy, "  agents:\n", "  AI agents:\n"}, `content/site.yaml:12: topic "AI agents" is not a slug; use lowercase words`},
		{mistake{"topic slug a sign", sy, "  agents:\n", "  C++:\n"}, `content/site.yaml:12: topic "C++" is not a slug; use lowercase words joined by hyphens, e.g. "c-plus-plus"`},
		{mistake{"unsafeHTML yes", sy, "pageSize: 2\n", "pageSize: 2\nunsafeHTML: yes\n"}, ``},
		{mistake{"unsafeHTML quoted", sy, "pageSize: 2\n", "pageSize: 2\nunsafeHTML: \"true\"\n"}, `content/site.yaml:5: unsafeHTML: expected true or false, found the text "true";`},
		{mistake{"theme missing, one a line", sy, "theme: mine", "theme:\n  - mine\n  - lab"}, "content/site.yaml:7: theme \"lab\": the folder themes/lab does not exist; create it (paperboy new theme lab) or remove it from `theme:`"},
		{mistake{"theme missing", sy, "theme: mine", "theme: mien"}, `content/site.yaml:5: theme "mien": the folder themes/mien does not exist; did`},
		{mistake{"domain URL", sy, "pageSize: 2\n", "pageSize: 2\ndomain: https://papers.example.org/\n"}, `content/site.yaml:5: domain "https://papers.example.org/" is not a host name; write it without scheme or path, e.g. ` + "`domain: papers.example.org`"},
		{mistake{"domain with a port", sy, "pageSize: 2\n", "pageSize: 2\ndomain: Digest.Ada.dev:8080/\n"}, `content/site.yaml:5: domain "digest.ada.dev:8080/" is not a host name; write it without scheme or path, e.g. ` + "`domain: digest.ada.dev`"},
		{mistake{"image no slash", sy, "pageSize: 2\n", "pageSize: 2\nimage: card.png\n"}, `content/site.yaml:5: image "card.png" is neither an http(s) URL nor a path from`},
		{mistake{"image in static", sy, "pageSize: 2\n", "pageSize: 2\nimage: themes/mine/static/img/card.png\n"}, "content/site.yaml:5: image \"themes/mine/static/img/card.png\" is neither an http(s) URL nor a path from the site's root; put the picture in your theme's static/ and write `image: /img/card.png`, or write the full http(s) URL of a picture elsewhere"},
		{mistake{"feed alias a URL", sy, "pageSize: 2\n", "pageSize: 2\nfeedAliases: [https://example.org/repo/old/index.xml]\n"}, "content/site.yaml:5: feedAliases: \"https://example.org/repo/old/index.xml\" is a whole address; write its path from the site's root: `feedAliases: [old/index.xml]`"},
		{mistake{"theme a path", sy, "theme: mine", "theme: themes/mine/"}, "content/site.yaml:5: theme \"themes/mine/\" is not a folder name; name a folder under themes/, e.g. `theme: mine`"},
		{mistake{"site tab", sy, "    name: Agents", "\tname: Agents"}, `content/site.yaml:13: a tab is used for indentation; YAML allows only spaces,`},
		{mistake{"authorNames list", sy, "pageSize: 2\n", "pageSize: 2\nauthorNames: [Ada Lovelace]\n"}, `content/site.yaml:5: authorNames must be a mapping from a spelling papers have`},
		{mistake{"extra scalar", sy, "pageSize: 2\n", "pageSize: 2\nextra: foo\n"}, "content/site.yaml:5: extra must be a mapping of `key: value` lines, not a text"},
		{mistake{"limits zero", sy, "pageSize: 2\n", "pageSize: 2\nlimits:\n  maxFileBytes: 0\n"}, `content/site.yaml:6: limits.maxFileBytes must be 1 or more, not 0; correct it,`},
		{mistake{"timezone key", sy, "pageSize: 2\n", "pageSize: 2\ntimezone: Europe/Paris\n"}, `content/site.yaml:5: unknown site.yaml field "timezone"; remove the line: the`},
		{mistake{"feedIDBase no scheme", sy, "pageSize: 2\n", "pageSize: 2\nfeedIDBase: example.org/old/\n"}, `content/site.yaml:5: feedIDBase "example.org/old/" is not an absolute http(s)`},
		{mistake{"feedAliases string", sy, "pageSize: 2\n", "pageSize: 2\nfeedAliases: index.xml\n"}, `content/site.yaml:5: feedAliases must be a list, not a text value; write it`},
		{mistake{"description list", sy, "description: A test digest.", "description:\n  - A test digest."}, `content/site.yaml:3: description must be text, not a list; write it like`},
		{mistake{"site BOM", sy, "title:", "\ufefftitle:"}, ``},
		{mistake{"site latin1", sy, "description: A test digest.", "description: A test caf\xe9 digest."}, `content/site.yaml:3: the file is not valid UTF-8; save it with UTF-8 encoding`},
		// papers
		{mistake{"paper no closing", p1, "upvotes: 5\n---\n", "upvotes: 5\n"}, `content/papers/2405.00001.md:1: the front matter opened here never closes; add`},
		{mistake{"a --- left among a paper's fields", p1, "arxiv: \"2405.00001\"", "---\narxiv: \"2405.00001\""}, `content/papers/2405.00001.md:3: the front matter closes on this line, but arxiv: on line 4 and the fields below it, to the --- on line 9, come after it, so they are the body's text; delete this --- line`},
		{mistake{"a --- left among a day's fields", day, "papers: [", "---\npapers: ["}, `content/days/2024-06-03.md:3: the front matter closes on this line, but papers: on line 4 and the fields below it, to the --- on line 5, come after it`},
		{mistake{"a --- left among a page's fields", about, "menu: main", "---\nmenu: main"}, `content/pages/about.md:3: the front matter closes on this line, but menu: on line 4 and the fields below it, to the --- on line 5, come after it`},
		{mistake{"a thematic break between the abstract and the notes", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract.\n\n---\n\nNotes: more.\n\n---\n"}, ``},
		{mistake{"paper tab", p1, "topics: [agents]", "topics:\n\t- agents"}, `content/papers/2405.00001.md:7: a tab is used for indentation; YAML allows only`},
		{mistake{"authors string", p1, `authors: ["Erwin Schrödinger", "Ada Lovelace"]`, `authors: "Erwin Schrödinger"`}, `content/papers/2405.00001.md:4: authors: expected a list of text values, found`},
		{mistake{"paper title a list", p1, `title: "Alpha"`, `title: [Alpha]`}, `content/papers/2405.00001.md:2: title: expected text, found a list; write it on`},
		{mistake{"date us", p1, "date: 2024-05-31", "date: 12/05/2026"}, `content/papers/2405.00001.md:5: date: "12/05/2026" is not a date; write`},
		{mistake{"date words", p1, "date: 2024-05-31", "date: 5 Dec 2026"}, `content/papers/2405.00001.md:5: date: "5 Dec 2026" is not a date; write`},
		{mistake{"date space time", p1, "date: 2024-05-31", "date: 2024-05-31 10:00"}, `content/papers/2405.00001.md:5: date: "2024-05-31 10:00" is not a date; write`},
		{mistake{"date tz name", p1, "date: 2024-05-31", "date: 2024-05-31T10:00:00 CET"}, `content/papers/2405.00001.md:5: date: "2024-05-31T10:00:00 CET" is not a date;`},
		{mistake{"date no tz", p1, "date: 2024-05-31", "date: 2024-05-31T10:00:00"}, `content/papers/2405.00001.md:5: date: "2024-05-31T10:00:00" is not a date;`},
		{mistake{"upvotes 12k", p1, "upvotes: 5", "upvotes: 12k"}, `content/papers/2405.00001.md:7: upvotes: expected a whole number, found text`},
		{mistake{"upvotes quoted", p1, "upvotes: 5", "upvotes: \"12\""}, `content/papers/2405.00001.md:7: upvotes: expected a whole number, found the`},
		{mistake{"upvotes negative", p1, "upvotes: 5", "upvotes: -3"}, `content/papers/2405.00001.md:7: upvotes must be 0 or more, not -3; correct it,`},
		{mistake{"upvotes 1,200", p1, "upvotes: 5", "upvotes: 1,200"}, `content/papers/2405.00001.md:7: upvotes: expected a whole number, found text`},
		{mistake{"code no scheme", p1, "upvotes: 5", "upvotes: 5\ncode: github.com/x/y"}, `content/papers/2405.00001.md:8: code "github.com/x/y" is not an http(s) URL;`},
		{mistake{"project www", p1, "upvotes: 5", "upvotes: 5\nproject: www.example.org"}, `content/papers/2405.00001.md:8: project "www.example.org" is not an http(s)`},
		{mistake{"arxiv version", p1, `arxiv: "2405.00001"`, `arxiv: "2405.00001v2"`}, ``},
		{mistake{"arxiv abs url", p1, `arxiv: "2405.00001"`, `arxiv: https://arxiv.org/abs/2405.00001`}, `content/papers/2405.00001.md:3: arxiv "https://arxiv.org/abs/2405.00001" is a`},
		{mistake{"arxiv unquoted trailing zero", p1, `arxiv: "2405.00001"`, `arxiv: 2405.10000`}, `content/days/2024-06-03.md:3: the day lists paper "2405.00001", which does not`},
		{mistake{"dup key", p1, "upvotes: 5", "upvotes: 5\nupvotes: 6"}, `content/papers/2405.00001.md:8: "upvotes" is given twice (first on line 7);`},
		{mistake{"a conflict's ======= left in front matter", p1, "upvotes: 5", "upvotes: 5\n=======\ncomments: 2"}, `content/papers/2405.00001.md:8: a leftover line of a merge conflict: git's ======= between the two sides is still here, though its <<<<<<< and >>>>>>> lines are gone; check that the lines around it keep one side only, and delete this line`},
		{mistake{"a conflict's ======= left alone in a paper's notes", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract.\n\n=======\nBob's note."}, `content/papers/2405.00001.md:11: a leftover line of a merge conflict: git's ======= between`},
		{mistake{"a conflict's ======= left in site.yaml", sy, "title:", "=======\ntitle:"}, `content/site.yaml:1: a leftover line of a merge conflict: git's ======= between`},
		{mistake{"no space after a field's colon", p1, "upvotes: 5", "upvotes:5"}, `content/papers/2405.00001.md:7: invalid YAML: "upvotes:5" needs a space after its colon, or YAML does not read it as a field; write upvotes: 5`},
		{mistake{"a field written as TOML's", p1, "upvotes: 5", "upvotes = 5"}, `content/papers/2405.00001.md:7: invalid YAML: "upvotes = 5" is written as TOML writes a field; YAML writes key: value, so write upvotes: 5`},
		{mistake{"a value starting with Markdown's emphasis", p1, "upvotes: 5", "upvotes: 5\ntldr: *Important* result"}, `content/papers/2405.00001.md:8: invalid YAML: the value of "tldr:" starts with *, which YAML reads as a sign of its own`},
		{mistake{"a value starting with a name of YAML's anchors", p1, "upvotes: 5", "upvotes: 5\ntldr: *five"}, `content/papers/2405.00001.md:8: invalid YAML: the value of "tldr:" starts with *, which YAML reads as a sign of its own`},
		{mistake{"a value starting with @", p1, "upvotes: 5", "upvotes: 5\ntldr: @huggingface says"}, "content/papers/2405.00001.md:8: invalid YAML: the value of \"tldr:\" starts with @, which YAML reads as a sign of its own (* an alias, & an anchor, ! a tag; @, ` and % it keeps for later), not as text; put the value in quotes: tldr: \"@huggingface says\""},
		{mistake{"a value starting with &", p1, "upvotes: 5", "upvotes: 5\ntldr: &more than that"}, `content/papers/2405.00001.md:8: the value of "tldr:" starts with &, which YAML reads as a sign of its own (* an alias, & an anchor, ! a tag; @, ` + "`" + ` and % it keeps for later), not as text; put the value in quotes: tldr: "&more than that"`},
		{mistake{"a title starting with !", p1, `title: "Alpha"`, "title: !Alpha"}, `content/papers/2405.00001.md:2: the value of "title:" starts with !, which YAML reads as a sign of its own`},
		{mistake{"an anchor and its alias in site.yaml", sy, "keywords: [diffusion, denoising]", "keywords: &diffusion [diffusion, denoising]\n  vision:\n    keywords: *diffusion"}, ``},
		{mistake{"a site.yaml value continued on an unindented line", sy, "description: A test digest.", "description: A test\ndigest on two lines."}, `content/site.yaml:4: invalid YAML: this line has no ` + "`key:`" + `, so YAML reads it as more of the value of "description:" on the line before, which must then be indented under it; put the whole value on one line, in quotes: description: "A test digest on two lines."`},
		{mistake{"autors", p1, `authors: [`, `autors: [`}, `content/papers/2405.00001.md:4: unknown paper field "autors"; did you mean`},
		{mistake{"topic singular", p1, "topics: [agents]", "topic: [agents]"}, `content/papers/2405.00001.md:6: unknown paper field "topic"; did you mean`},
		{mistake{"unknown key", p1, "upvotes: 5", "upvotes: 5\nmood: happy"}, `content/papers/2405.00001.md:8: unknown paper field "mood"; put a paper's own`},
		{mistake{"id clash", p1, `arxiv: "2405.00001"`, `arxiv: "2405.00002"`}, `content/papers/2405.00001.md:3: paper id "2405.00002" is already used by`},
		{mistake{"file name not id", p1, `arxiv: "2405.00001"`, `arxiv: "2405.00009"`}, `content/days/2024-06-03.md:3: the day lists paper "2405.00001", which does not`},
		{mistake{"a file named after another arXiv id, which no day lists", "content/papers/2405.00003.md", `arxiv: "2405.00003"`, `arxiv: "2405.00009"`}, `warning: content/papers/2405.00003.md:3: the file is named after the arXiv id 2405.00003, but its arxiv: is 2405.00009; if the arxiv: is right, rename the file 2405.00009.md, else correct the arxiv:`},
		{mistake{"a file named after its arXiv id with its version", "content/papers/2405.00008v2.md", "", "---\ntitle: V\narxiv: \"2405.00008v2\"\ndate: 2024-05-31\n---\nx\n"}, ``},
		{mistake{"a paper renamed from an arXiv id it keeps as an alias", "content/papers/2405.00003.md", `arxiv: "2405.00003"`, "arxiv: \"2405.00009\"\naliases: [\"2405.00003\"]"}, ``},
		{mistake{"BOM", p1, "---\ntitle", "\ufeff---\ntitle"}, ``},
		{mistake{"CRLF", p1, "", "---\r\ntitle: \"Alpha\"\r\narxiv: \"2405.00001\"\r\ndate: 2024-05-31\r\nupvotes: 5\r\n---\r\nAbstract.\r\n"}, ``},
		{mistake{"latin1", p1, "title: \"Alpha\"", "title: \"Caf\xe9\""}, `content/papers/2405.00001.md:2: the file is not valid UTF-8; save it with UTF-8`},
		{mistake{"draft yes string", p1, "upvotes: 5", "upvotes: 5\ndraft: \"yes\""}, ``},
		{mistake{"draft yes", p1, "upvotes: 5", "upvotes: 5\ndraft: yes"}, ``},
		{mistake{"draft 1", p1, "upvotes: 5", "upvotes: 5\ndraft: 1"}, `content/papers/2405.00001.md:8: draft: expected true or false, found "1"`},
		{mistake{"empty title", p1, `title: "Alpha"`, `title: ""`}, "content/papers/2405.00001.md:2: the paper has no title; add `title: \"…\"`"},
		{mistake{"topics string", p1, "topics: [agents]", "topics: agents"}, `content/papers/2405.00001.md:6: topics: expected a list of text values, found a`},
		{mistake{"topics comma string", p1, "topics: [agents]", "topics: agents, diffusion-models"}, `content/papers/2405.00001.md:6: topics: expected a list of text values, found a`},
		{mistake{"keywords string", p1, "upvotes: 5", "upvotes: 5\nkeywords: llm, agents"}, `content/papers/2405.00001.md:8: keywords: expected a list of text values, found`},
		{mistake{"language bad", p1, "upvotes: 5", "upvotes: 5\nlanguage: english"}, "content/papers/2405.00001.md:8: language \"english\" is the language's name, and the field takes its BCP 47 tag; write `language: en`"},
		{mistake{"published after date", p1, "upvotes: 5", "upvotes: 5\npublished: 2024-06-30"}, ``},
		{mistake{"updated before published", p1, "upvotes: 5", "upvotes: 5\npublished: 2024-05-20\nupdated: 2024-05-01"}, `content/papers/2405.00001.md:9: updated 2024-05-01 is before published 2024-05-20, but a paper's latest version comes after its first; correct one of the dates`},
		{mistake{"updated on the day published, before its time", p1, "upvotes: 5", "upvotes: 5\npublished: 2024-05-20T09:30:00Z\nupdated: 2024-05-20"}, ``},
		{mistake{"version negative", p1, "upvotes: 5", "upvotes: 5\nversion: -1"}, `content/papers/2405.00001.md:8: version must be 0 or more, not -1; correct it,`},
		{mistake{"closing as ...", p1, "upvotes: 5\n---\n", "upvotes: 5\n...\n"}, ``},
		{mistake{"closing ----", p1, "upvotes: 5\n---\n", "upvotes: 5\n----\n"}, `content/papers/2405.00001.md:8: this line is ----, 4 hyphens, not 3, and the front matter opened on line 1 closes only with a line of exactly --- (or ...), so it never closes; write --- in its place`},
		{mistake{"abstract empty", p1, "An agent abstract with $a_1 * b_2$ math.\n", ""}, ``},
		{mistake{"authors nested list", p1, `authors: ["Erwin Schrödinger", "Ada Lovelace"]`, "authors:\n  - name: Ada Lovelace"}, `content/papers/2405.00001.md:5: authors: expected a list of text values, found`},
		{mistake{"author with email", p1, `authors: ["Erwin Schrödinger", "Ada Lovelace"]`, `authors: ["Ada Lovelace <ada@example.org>"]`}, ``},
		{mistake{"author empty string", p1, `authors: ["Erwin Schrödinger", "Ada Lovelace"]`, `authors: ["Erwin Schrödinger", ""]`}, `content/papers/2405.00001.md:4: authors: item 2 of 2 is empty; write the`},
		{mistake{"same author twice", p1, `authors: ["Erwin Schrödinger", "Ada Lovelace"]`, `authors: ["Ada Lovelace", "Ada Lovelace"]`}, `warning: content/papers/2405.00001.md:4: authors: "Ada Lovelace" is named twice on this paper`},
		{mistake{"two authors in one item, with and", p1, `authors: ["Erwin Schrödinger", "Ada Lovelace"]`, "authors:\n  - Erwin Schrödinger\n  - Ada Lovelace and Alan Turing"}, `warning: content/papers/2405.00001.md:6: authors: "Ada Lovelace and Alan Turing" is one author to the site`},
		{mistake{"two authors in one item, with a semicolon", p1, `authors: ["Erwin Schrödinger", "Ada Lovelace"]`, `authors: ["Erwin Schrödinger; Ada Lovelace"]`}, "warning: content/papers/2405.00001.md:4: authors: \"Erwin Schrödinger; Ada Lovelace\" is one author to the site, shown, cited and given a page under that name; if it is 2 people, write each as an item of its own: [Erwin Schrödinger, Ada Lovelace]"},
		{mistake{"a group's name with and, and a name written family name first", p1, `authors: ["Erwin Schrödinger", "Ada Lovelace"]`, `authors: ["The ATLAS and CMS Collaborations", "Lovelace, Ada"]`}, ``},
		{mistake{"same topic twice", p1, "topics: [agents]", "topics: [agents, agents]"}, ``},
		{mistake{"topics as hashtags", p1, "topics: [agents]", "topics: [#agents, #diffusion-models]"}, `content/papers/2405.00001.md:6: invalid YAML: the # of a hashtag after a space or [ starts a comment in YAML, so the rest of the line is lost and the [ never closed; write the items without #: [agents, diffusion-models]`},
		{mistake{"a topic as a hashtag", p1, "topics: [agents]", "topics: [#agents]"}, `content/papers/2405.00001.md:6: invalid YAML: an item cannot start with the # of a hashtag (YAML's sign of a comment); write the items without #: [agents]`},
		{mistake{"hashtags unbracketed", p1, "topics: [agents]", "topics: #agents #diffusion-models"}, `content/papers/2405.00001.md:6: the value of "topics:" starts with #, which YAML reads as the start of a comment, so the field is empty; write the topics without the # of a hashtag: topics: [agents, diffusion-models]`},
		{mistake{"hashtags quoted", p1, "topics: [agents]", "topics: [\"#agents\"]"}, `content/papers/2405.00001.md:6: topic "#agents" is written as a hashtag; a topic is its name alone (its page is topics/agents/): write agents`},
		{mistake{"no id no arxiv", p1, "arxiv: \"2405.00001\"\n", ""}, "content/papers/2405.00001.md:2: the paper has no id; add `arxiv: \"2405.00001\"`, as its file is named (or `id: my-paper` for papers not on arXiv)"},
		{mistake{"both id and arxiv", p1, "arxiv: \"2405.00001\"\n", "arxiv: \"2405.00001\"\nid: alpha\n"}, "content/papers/2405.00001.md:4: give either `arxiv:` or `id:`, not both; arxiv"},
		{mistake{"doi bad", p1, "upvotes: 5", "upvotes: 5\ndoi: not-a-doi"}, `content/papers/2405.00001.md:8: doi "not-a-doi" is not a DOI; write the DOI`},
		{mistake{"pdf arxiv abs", p1, "upvotes: 5", "upvotes: 5\npdf: https://arxiv.org/abs/2405.00001"}, `warning: content/papers/2405.00001.md:8: pdf "https://arxiv.org/abs/2405.00001" is arXiv's page of the paper, not a PDF, and the page's PDF link would lead there; remove the line`},
		{mistake{"image missing", p1, "upvotes: 5", "upvotes: 5\nimage: fig.png"}, `content/papers/2405.00001.md:8: image "fig.png" names no file: there is no`},
		{mistake{"categories typo", p1, "upvotes: 5", "upvotes: 5\ncategories: [cs.XX]"}, `warning: content/papers/2405.00001.md:8: categories: cs.XX is no arXiv category; write one of arXiv's, as https://arxiv.org/category_taxonomy lists them`},
		{mistake{"primary_category bad", p1, "upvotes: 5", "upvotes: 5\nprimary_category: machine learning"}, `content/papers/2405.00001.md:8: primary_category: "machine learning" is not an`},
		{mistake{"stars float", p1, "upvotes: 5", "upvotes: 5\nstars: 1.5k"}, `content/papers/2405.00001.md:8: stars: expected a whole number, found text`},
		// markdown
		{mistake{"unclosed dollar", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract with $a_1 * b_2 math."}, `warning: content/papers/2405.00001.md:9: the $ of "$a_1" opens math that no $`},
		{mistake{"escaped brackets", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract, as in \\[1\\] and \\[2, 3\\], with \\[ a bracket."}, ``},
		{mistake{"closed \\( and \\[", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract with \\(a_1\\) math.\n\n\\[\na = b\n\\]\n\n\\begin{align}\na &= b\n\\end{align}\n\nMore."}, ``},
		{mistake{"unclosed display", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract.\n\n$$\na = b\n\nMore text."}, `warning: content/papers/2405.00001.md:11: $$ opens display math that no $$`},
		{mistake{"unclosed fence", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract.\n\n```python\nprint(1)\n\n## Notes\n\nmore"}, `warning: content/papers/2405.00001.md:11: the code block opened on this line`},
		{mistake{"heading skip", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract.\n\n## Notes\n\n#### Deep\n\nx"}, `warning: content/papers/2405.00001.md:13: the heading "Deep" is of level 4`},
		{mistake{"heading without a space", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract.\n\n##Notes\n\nMore."}, `warning: content/papers/2405.00001.md:11: "##Notes" is a paragraph, not a heading: a heading needs a space after its # signs; write ## Notes`},
		{mistake{"a line starting with a number sign", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract.\n\n#1 paper of the day."}, ``},
		{mistake{"link to missing paper", p1, "An agent abstract with $a_1 * b_2$ math.", "See [x](/papers/2405.99999/)."}, `warning: content/papers/2405.00001.md:9: the link /papers/2405.99999/ is`},
		{mistake{"relative link missing md", p1, "An agent abstract with $a_1 * b_2$ math.", "See [x](2405.99999.md)."}, `warning: content/papers/2405.00001.md:9: the link 2405.99999.md is broken:`},
		{mistake{"missing image", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract.\n\n![Loss](fig.png)"}, `warning: content/papers/2405.00001.md:11: the link fig.png is broken: there is`},
		{mistake{"an image's path written with backslashes", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract.\n\n![Loss](figures\\loss.png)"}, `warning: content/papers/2405.00001.md:11: the link figures\loss.png is broken: there is no content/papers/figures\loss.png: a link parts folders with /, not with \ as Windows does; write figures/loss.png`},
		{mistake{"footnote undefined", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract with a note[^1]."}, `warning: content/papers/2405.00001.md:9: the footnote [^1] has no note, so the`},
		{mistake{"empty link", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract with [a link]()."}, ``},
		{mistake{"undefined ref link", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract with [a link][ref]."}, `warning: content/papers/2405.00001.md:9: "[a link][ref]" is no link, as no line defines [ref], so the page shows it as written; add a line "[ref]: https://…" after the paragraph, or write [a link](https://…)`},
		{mistake{"abstract indented", p1, "An agent abstract with $a_1 * b_2$ math.", "    An agent abstract pasted from an email, with the indentation it had there."}, `warning: content/papers/2405.00001.md:9: these lines are indented by four spaces or a tab, so the page shows them as code in a box, not as text; remove the indentation`},
		{mistake{"rule under a sentence", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract.\n\nMy notes on it.\n---"}, `warning: content/papers/2405.00001.md:11: this paragraph is a heading, as the line of - right under it makes one, so the page shows it as one; put a blank line between them`},
		{mistake{"table without dashes", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract.\n\n| Model | Score |\n| Ours | 2.0 |"}, `warning: content/papers/2405.00001.md:11: these lines are no table, as a table needs a line of dashes after its header row, so the page shows them as text with their pipes; add | --- | --- | after | Model | Score |`},
		{mistake{"link never closed", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract with [the code](https://github.com/a/b."}, `warning: content/papers/2405.00001.md:9: "[the code](https://github.com/a/b." is no link, as no ) closes its address, so the page shows it as written; write [the code](https://github.com/a/b).`},
		{mistake{"category typo", p1, "upvotes: 5\n", "upvotes: 5\ncategories: [cs.LG, cs.CLL]\n"}, `warning: content/papers/2405.00001.md:8: categories: cs.CLL is no arXiv category; did you mean cs.CL?`},
		{mistake{"category typo, one a line", p1, "upvotes: 5\n", "upvotes: 5\ncategories:\n  - cs.LG\n  - cs.CLL\n"}, `warning: content/papers/2405.00001.md:10: categories: cs.CLL is no arXiv category; did you mean cs.CL?`},
		{mistake{"topic without letters, one a line", p1, "topics: [agents]", "topics:\n  - agents\n  - \"++\""}, `content/papers/2405.00001.md:8: topic "++" has no letters or digits`},
		{mistake{"feed alias the build writes, one a line", sy, "pageSize: 2\n", "pageSize: 2\nfeedAliases:\n  - index.xml\n  - atom.xml\n"}, `content/site.yaml:7: feedAliases: "atom.xml" is an address the build writes itself`},
		{mistake{"primary category made up", p1, "upvotes: 5\n", "upvotes: 5\nprimary_category: cs.XX\n"}, `warning: content/papers/2405.00001.md:8: primary_category: cs.XX is no arXiv category; write one of arXiv's`},
		{mistake{"categories old, aliased and ACM", p1, "upvotes: 5\n", "upvotes: 5\nprimary_category: math.IT\ncategories: [math.IT, cs.IT, cmp-lg, solv-int, cond-mat, I.2.6, 68T05]\n"}, ``},
		{mistake{"unclosed inline paren math", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract with \\(a_1 math."}, `warning: content/papers/2405.00001.md:9: the \( of "\(a_1" opens math that no \) closes in its paragraph`},
		{mistake{"unclosed bracket display", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract.\n\n\\[\na = b\n\nMore."}, `warning: content/papers/2405.00001.md:11: \[ opens display math that no \] closes in its paragraph`},
		{mistake{"begin without end", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract.\n\n\\begin{equation}\na = b\n\nMore."}, `warning: content/papers/2405.00001.md:11: \begin{equation} opens display math that no \end{equation} closes in its paragraph (a blank line ends it)`},
		{mistake{"wiki link", p1, "An agent abstract with $a_1 * b_2$ math.", "Abstract [[2405.00002]]."}, "warning: content/papers/2405.00001.md:9: [[2405.00002]] is a wiki link, Obsidian's, which Markdown does not read, so the page shows it as written; write [2405.00002](2405.00002.md)"},
		{mistake{"link to paper by id bare", p1, "An agent abstract with $a_1 * b_2$ math.", "See [x](2405.00002)."}, `warning: content/papers/2405.00001.md:9: the link 2405.00002 is broken: there`},
		{mistake{"link to paper by id bare missing", p1, "An agent abstract with $a_1 * b_2$ math.", "See [x](2405.99999)."}, `warning: content/papers/2405.00001.md:9: the link 2405.99999 is broken: there`},
		// days
		{mistake{"a second file of a day in a year's folder", "content/days/2024/2024-06-03.md", "", "---\ntitle: Moved\n---\n"}, "content/days/2024/2024-06-03.md:1: a second file for the day 2024-06-03, beside content/days/2024-06-03.md; a day has one file: move this one's title, intro, papers: and removed: into content/days/2024-06-03.md and delete this one"},
		{mistake{"day missing paper", day, `papers: ["2406.00004", "2405.00001"]`, `papers: ["2406.00004", "2405.00009"]`}, `content/days/2024-06-03.md:3: the day lists paper "2405.00009", which does not`},
		{mistake{"day paper twice", day, `papers: ["2406.00004", "2405.00001"]`, `papers: ["2406.00004", "2405.00001", "2406.00004"]`}, `content/days/2024-06-03.md:3: paper "2406.00004" is listed twice on this day;`},
		{mistake{"day papers string", day, `papers: ["2406.00004", "2405.00001"]`, `papers: "2406.00004"`}, "content/days/2024-06-03.md:3: papers: must be a list, one `- 2410.07166` per"},
		{mistake{"day papers comma string", day, `papers: ["2406.00004", "2405.00001"]`, `papers: 2406.00004, 2405.00001`}, "content/days/2024-06-03.md:3: papers: must be a list, one `- 2410.07166` per line or [2406.00004, 2405.00001]"},
		{mistake{"day removed and listed", day, `papers: ["2406.00004", "2405.00001"]`, "papers: [\"2406.00004\", \"2405.00001\"]\nremoved: [\"2405.00001\"]"}, `content/days/2024-06-03.md:3: paper "2405.00001" is both listed and in`},
		{mistake{"day removed missing", day, `papers: ["2406.00004", "2405.00001"]`, "papers: [\"2406.00004\", \"2405.00001\"]\nremoved: [\"2405.00099\"]"}, ``},
		{mistake{"day removed twice", day, `papers: ["2406.00004", "2405.00001"]`, "papers: [\"2406.00004\"]\nremoved: [\"2405.00001\", \"2405.00001\"]"}, ``},
		{mistake{"day paper typo key", day, `papers: ["2406.00004", "2405.00001"]`, `paper: ["2406.00004", "2405.00001"]`}, `content/days/2024-06-03.md:3: unknown day field "paper"; did you mean "papers"?`},
		{mistake{"day title list", day, `title: "Monday picks"`, `title: [Monday]`}, `content/days/2024-06-03.md:2: title: expected text, found a list; write it on`},
		{mistake{"day feb 30", "content/days/2026-02-30.md", "", "---\ntitle: x\n---\n"}, `content/days/2026-02-30.md: the file name 2026-02-30 is not a date: February`},
		{mistake{"day file name words", "content/days/june-3.md", "", "---\ntitle: x\n---\n"}, `content/days/june-3.md: a day file must be named YYYY-MM-DD.md, like`},
		{mistake{"a day file saved among the papers", "content/papers/2024-06-04.md", "", "---\ntitle: Tuesday\npapers: [\"2405.00001\"]\n---\nIntro.\n"}, `content/papers/2024-06-04.md:3: unknown paper field "papers"; papers:, listed: and removed: are a day's, read in its day file, content/days/YYYY-MM-DD.md`},
		{mistake{"a paper saved among the days", "content/days/2405.00009.md", "", "---\ntitle: X\narxiv: \"2405.00009\"\ndate: 2024-05-31\n---\nx\n"}, `content/days/2405.00009.md: a day file must be named YYYY-MM-DD.md, and 2405.00009 is an arXiv id: a paper's file goes in content/papers/; move it there`},
		{mistake{"day papers url", day, `papers: ["2406.00004", "2405.00001"]`, `papers: ["https://arxiv.org/abs/2406.00004"]`}, `content/days/2024-06-03.md:3: the day lists paper`},
		{mistake{"day papers versioned", day, `papers: ["2406.00004", "2405.00001"]`, `papers: ["2406.00004v2"]`}, `content/days/2024-06-03.md:3: the day lists paper "2406.00004v2", which does`},
		{mistake{"day papers number", day, `papers: ["2406.00004", "2405.00001"]`, `papers: [2406.00004, 2405.10000]`}, `content/days/2024-06-03.md:3: the day lists paper "2405.10000", which does not`},
		{mistake{"day no closing", day, "papers: [\"2406.00004\", \"2405.00001\"]\n---\n", "papers: [\"2406.00004\", \"2405.00001\"]\n"}, `content/days/2024-06-03.md:1: the front matter opened here never closes; add a`},
		{mistake{"day unclosed dollar", day, "The *intro* of the day.", "The *intro* costs $5 and $x_1 of the day."}, `warning: content/days/2024-06-03.md:5: the $ of "$x_1" opens math that no $`},
		{mistake{"day unclosed \\(", day, "The *intro* of the day.", "The *intro* of \\(x_1 the day."}, `warning: content/days/2024-06-03.md:5: the \( of "\(x_1" opens math that no \) closes`},
		{mistake{"page unclosed \\[", about, "We read papers.", "We read papers.\n\n\\[\nE = mc^2\n"}, `warning: content/pages/about.md:7: \[ opens display math that no \] closes`},
		{mistake{"javascript link in an inline abstract", day, `papers: ["2406.00004", "2405.00001"]`, "papers:\n  - \"2406.00004\"\n  - title: Inline\n    id: inline-1\n    authors: [Ada Lovelace]\n    date: 2024-06-03\n    abstract: \"See [x](javascript:alert(1)).\""}, `warning: content/days/2024-06-03.md:9: the link to "javascript:alert(1)" was dropped`},
		{mistake{"javascript link in an inline abstract's block", day, `papers: ["2406.00004", "2405.00001"]`, "papers:\n  - \"2406.00004\"\n  - title: Inline\n    id: inline-1\n    authors: [Ada Lovelace]\n    date: 2024-06-03\n    abstract: |\n      An abstract.\n\n      See [x](javascript:alert(1))."}, `warning: content/days/2024-06-03.md:12: the link to "javascript:alert(1)" was dropped`},
		{mistake{"javascript link", p1, "An agent abstract with $a_1 * b_2$ math.", "An agent abstract, [click](javascript:alert(1))."}, `warning: content/papers/2405.00001.md:9: the link to "javascript:alert(1)" was dropped: the page shows a javascript: address as none`},
		{mistake{"day vbscript link", day, "The *intro* of the day.", "The [intro](vbscript:msgbox) of the day."}, `warning: content/days/2024-06-03.md:5: the link to "vbscript:msgbox" was dropped`},
		{mistake{"page data link", about, "We read papers.", "We read [papers](data:text/html;base64,PHNjcmlwdD4=)."}, `warning: content/pages/about.md:5: the link to "data:text/html;base64,PHNjcmlwdD4=" was dropped`},
		{mistake{"day date other", day, `title: "Monday picks"`, "title: \"Monday picks\"\ndate: 2024-06-04"}, `content/days/2024-06-03.md:3: date 2024-06-04 does not match the file name`},
		{mistake{"a day far ahead, dated in its front matter", "content/days/2099-01-01.md", "", "---\ntitle: Far\ndate: 2099-01-01\npapers: [\"2405.00001\"]\n---\n"}, `check: content/days/2099-01-01.md:3: the day 2099-01-01 is after today`},
		{mistake{"a day far ahead, dated by its name", "content/days/2099-01-01.md", "", "---\ntitle: Far\npapers: [\"2405.00001\"]\n---\n"}, `check: content/days/2099-01-01.md:1: the day 2099-01-01 is after today`},
		{mistake{"a paper's day years before its arXiv id", p1, "date: 2024-05-31", "date: 2014-05-31"}, `check: content/papers/2405.00001.md:5: its date: the day 2014-05-31 is before May 2024, when arXiv announced 2405.00001 (the month of its id), so no digest can have listed it then; write 2024-05-31 if the year is a typo`},
		{mistake{"a paper's day of year 0", p1, "date: 2024-05-31", "date: 0000-05-31"}, `check: content/papers/2405.00001.md:5: its date: the day 0000-05-31 is before 1991, when arXiv began, so no digest can have listed papers on it; write 2024-05-31 if the year is a typo`},
		{mistake{"a day listing a paper years before its arXiv id", "content/days/2014-06-03.md", "", "---\ntitle: Early\nlisted: [\"2405.00002\"]\n---\n"}, `check: content/days/2014-06-03.md:3: the day 2014-06-03 lists 2405.00002, which arXiv announced in May 2024 (the month of its id), after it; take it off the day`},
		// pages
		{mistake{"page no title", about, "title: About\n", ""}, "content/pages/about.md:2: the page has no title; add `title: \"…\"`"},
		{mistake{"page menu bad", about, "menu: main", "menu: sidebar"}, "content/pages/about.md:3: menu: \"sidebar\" is not a menu; write `menu: main` for"},
		{mistake{"page weight word", about, "menu: main", "menu: main\nweight: heavy"}, `content/pages/about.md:4: weight: expected a whole number, found text value`},
		{mistake{"page unknown key", about, "menu: main", "menu: main\nlayout: wide"}, `content/pages/about.md:4: unknown page field "layout"; every page of your own`},
		{mistake{"page date", about, "menu: main", "menu: main\ndate: 2024-01-01"}, `content/pages/about.md:4: unknown page field "date"; a page has no date; remove`},
		{mistake{"page uppercase", "content/pages/About-Us.md", "", "---\ntitle: About us\n---\nx\n"}, `content/pages/About-Us.md: this page's address would be /About-Us/, which has`},
		{mistake{"page alias no slash", about, "menu: main", "menu: main\naliases: about-us"}, `content/pages/about.md:4: aliases: expected a list of text values, found a text`},
		{mistake{"page draft yes", about, "menu: main", "menu: main\ndraft: yes"}, ``},
		// theme
		{mistake{"template parse", "themes/mine/templates/day.html", "", "{{define \"main\"}}\n<h1>{{.Day.Title}</h1>\n{{end}}\n"}, `themes/mine/templates/day.html:2: template error: bad character U+007D '}'; an action ends with }}, and this one with } alone: write }}`},
		{mistake{"template func", "themes/mine/templates/day.html", "", "{{define \"main\"}}\n<h1>{{upper .Day.Title}}</h1>\n{{end}}\n"}, `themes/mine/templates/day.html:2: template error: function "upper" not defined;`},
		{mistake{"i18n it missing keys lang", sy, "pageSize: 2\n", "pageSize: 2\nlanguage: it\n"}, `content/site.yaml:5: language it: the theme has no translation into it (no`},
		{mistake{"i18n it missing keys", "themes/mine/i18n/it.yaml", "", "abstract: Sommario\n"}, ``},
		{mistake{"i18n plural bad", "themes/mine/i18n/en.yaml", "", "upvotes:\n  one: \"{{.Count}} vote\"\n  many: \"{{.Count}} votes\"\n"}, "themes/mine/i18n/en.yaml:2: upvotes has no `other:` form; add it (the form for"},
		{mistake{"a plural form English does not have", "themes/mine/i18n/en.yaml", "", "upvotes:\n  one: \"{{.Count}} vote\"\n  few: \"{{.Count}} votes\"\n  other: \"{{.Count}} votes\"\n"}, `themes/mine/i18n/en.yaml:3: upvotes: en has no few form (its forms are one, other), so no count would show this text; remove it`},
		{mistake{"i18n key typo", "themes/mine/i18n/en.yaml", "", "abstrat: Summary\n"}, ``},
		{mistake{"i18n not mapping", "themes/mine/i18n/en.yaml", "", "- abstract\n"}, "themes/mine/i18n/en.yaml:1: a translation file is a mapping of `id: text`"},
		{mistake{"i18n bad template", "themes/mine/i18n/en.yaml", "", "abstract: \"Summary {{.Count\"\n"}, `themes/mine/i18n/en.yaml:1: abstract: unclosed action; fix the {{…}} in its text`},
		{mistake{"a page template's own site header", "themes/mine/templates/day.html", "", "{{define \"main\"}}<p>A day.</p>{{end}}\n{{define \"site-header\"}}<header>Lab</header>{{end}}\n"}, `themes/mine/templates/day.html:2: this file defines "site-header", which pages take from the partials ({{cached "site-header" …}}, or a list's card), so its definition here is never used; move it to themes/mine/templates/partials/site-header.html`},
		{mistake{"a built-in message given plural forms", "themes/mine/i18n/en.yaml", "", "skipToContent:\n  one: Skip to the paper\n  other: Skip to the papers\n"}, `themes/default/templates/base.html (built in):38: template error: executing "base" at <T "skipToContent">: error calling T: message "skipToContent" has plural forms in themes/mine/i18n/en.yaml:3, which a call without a count cannot choose from: write it there as one text, skipToContent: …, or give the call a count, e.g. {{T "skipToContent" 3}}; this built-in template shows it without a count`},
		{mistake{"a printf verb of another type than its value", "themes/mine/templates/paper.html", "", "{{define \"main\"}}\n<p>{{printf \"%d upvotes\" .Paper.Title}}</p>\n{{end}}\n"}, `themes/mine/templates/paper.html:2: template error: {{printf "%d upvotes" .Paper.Title}}: %d formats a whole number, and .Paper.Title is text, so the output would show %!d(string=…) in its place; write %s for it, or %v, which formats any value. Or remove the override to use the built-in one`},
		{mistake{"custom.css merge conflict", "themes/mine/static/custom.css", "", "<<<<<<< HEAD\n:root { --accent: #8a1c1c; }\n=======\n:root { --accent: #1c1c8a; }\n>>>>>>> lead\n"}, `themes/mine/static/custom.css:1: an unresolved merge conflict: git left its`},
		{mistake{"theme script merge conflict", "themes/mine/static/extra.js", "", "let a = 1;\n<<<<<<< HEAD\nlet b = 2;\n=======\nlet b = 3;\n>>>>>>> lead\n"}, `themes/mine/static/extra.js:2: an unresolved merge conflict: git left its`},
		{mistake{"custom.css unclosed", "themes/mine/static/custom.css", "", ":root { --accent: #8a1c1c;\n\n.card { color: red; }\n"}, `check: themes/mine/static/custom.css:1: this { is never closed`},
		{mistake{"custom.css typo property", "themes/mine/static/custom.css", "", ":root { --accnt: #8a1c1c; }\n"}, `check: themes/mine/static/custom.css:1: --accnt is set here, but no stylesheet, template or script reads it`},
		{mistake{"custom.css stray close", "themes/mine/static/custom.css", "", ":root { --accent: #8a1c1c; }\n}\n.card { colr: red; }\n"}, `check: themes/mine/static/custom.css:2: this } closes no block`},
		{mistake{"custom.css unclosed comment", "themes/mine/static/custom.css", "", "/* colours\n:root { --accent: #8a1c1c; }\n"}, `check: themes/mine/static/custom.css:1: this /* comment is never closed`},
		{mistake{"custom.css in UTF-16", "themes/mine/static/custom.css", "", utf16LE("/* lab colours */\r\n.site-header {\r\n  color: #123;\r\n\r\n.card { color: blue }\r\n")}, `check: themes/mine/static/custom.css:1: the file is UTF-16 (Notepad's "Unicode", or what Windows PowerShell writes with > or Out-File); save it as UTF-8`},
		{mistake{"style.css in UTF-16", "themes/mine/static/style.css", "", utf16LE("a { colr: red }\r\n")}, `check: themes/mine/static/style.css:1: the file is UTF-16`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := tt.apply(t, base)
			// Every message names a line of the file it is about, but
			// for a mistake in a file's name, told at the file.
			_, _, atLine := strings.Cut(strings.TrimPrefix(tt.want, "warning: "), ".md: ")
			atLine = !atLine
			if want, ok := strings.CutPrefix(tt.want, "check: "); ok {
				// A mistake only check reads for (a stylesheet's): the
				// build publishes the site as written.
				problems, err := Check(context.Background(), Options{Site: siteFS(site)})
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, p := range problems {
					namesLine(t, site, p.Path, p.Line, p.String(), atLine)
				}
				for _, p := range problems {
					if strings.HasPrefix(p.String(), want) {
						return
					}
					got = append(got, p.String())
				}
				t.Fatalf("check found %q, want %q", got, want)
			}
			res, err := Build(context.Background(), Options{Site: siteFS(site)})
			want, warning := strings.CutPrefix(tt.want, "warning: ")
			switch {
			case err != nil && (warning || tt.want == ""):
				t.Fatalf("build failed:\n%v\nwant %q", err, tt.want)
			case err != nil:
				if res != nil {
					t.Errorf("a build with errors returned %d files to write", len(res.Files))
				}
				var list diag.List
				if one := (*diag.Error)(nil); errors.As(err, &one) {
					list = diag.List{one}
				} else if !errors.As(err, &list) {
					t.Fatalf("error %T %v, want diag errors", err, err)
				}
				for _, e := range list {
					namesLine(t, site, e.Path, e.Line, e.Error(), atLine)
				}
				for _, e := range list {
					if strings.HasPrefix(e.Error(), want) {
						return
					}
				}
				t.Errorf("errors:\n%v\nwant one starting %q", err, want)
			case tt.want != "" && !warning:
				t.Fatalf("build succeeded with warnings %v; want the error %q", ownWarnings(res), want)
			default:
				var got []string
				for _, p := range ownWarnings(res) {
					namesLine(t, site, p.Path, p.Line, p.String(), atLine)
				}
				for _, p := range ownWarnings(res) {
					if tt.want != "" && strings.HasPrefix(p.String(), want) {
						return
					}
					got = append(got, p.String())
				}
				if tt.want != "" || len(got) > 0 {
					t.Errorf("warnings %q, want %q", got, tt.want)
				}
			}
		})
	}
}

// namesLine fails the test when msg, a message about the file path of
// the txtar archive site at line, names no line of that file while
// atLine says it should: line 0 in a file of lines, or a line past its
// end. A message about a file the archive does not have (a page the
// build writes) is let be.
func namesLine(t *testing.T, site, path string, line int, msg string, atLine bool) {
	t.Helper()
	for _, f := range txtar.Parse([]byte(site)).Files {
		if f.Name != path {
			continue
		}
		n := diag.Lines(f.Data)
		if line > n || atLine && line < 1 && len(f.Data) > 0 {
			t.Errorf("%q names no line of %s, which has %d", msg, path, n)
		}
	}
}

// utf16LE is s as Notepad saves it as "Unicode": UTF-16 LE after its
// byte-order mark.
func utf16LE(s string) string {
	var b strings.Builder
	b.WriteString("\xff\xfe")
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.String()
}
