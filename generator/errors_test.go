package generator

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
)

const siteYAML = "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\n"

// paper returns a paper file for a txtar archive with the given front matter lines.
func paper(name, front string) string {
	return "-- content/papers/" + name + ".md --\n---\n" + front + "---\nAbstract.\n"
}

func TestSourceErrors(t *testing.T) {
	t.Parallel()
	ok := "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"
	// themedDay is a site with one good paper whose theme "mine" has a day
	// template with the one line body (line 2 of the file) as its main block.
	themedDay := func(body string) string {
		return strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1) + paper("a", ok) +
			"-- themes/mine/templates/day.html --\n{{define \"main\"}}\n" + body + "\n{{end}}\n"
	}
	// themedPaper is themedDay with the body in the theme's paper.html,
	// and the paper with an author and a topic.
	themedPaper := func(body string) string {
		site := strings.Replace(themedDay(body), "templates/day.html", "templates/paper.html", 1)
		return strings.Replace(site, ok, ok+"authors: [Ada Lovelace]\ntopics: [agents]\n", 1)
	}
	tests := []struct {
		name    string
		archive string
		want    []string // each a substring of one reported error
	}{
		{"site.yaml a folder", "-- content/site.yaml/settings.yaml --\ntitle: T\n",
			[]string{"content/site.yaml: is a folder, not a file; move what is in it elsewhere"}},
		// A site.yaml that parses is read on past its mistakes, so one
		// build names the papers' too; one that does not parse cannot be.
		{"unknown site.yaml field beside a broken paper", strings.Replace(siteYAML, "title: T\n", "tittle: T\n", 1) + paper("a", ok+"upvotes: lots\n"),
			[]string{`content/site.yaml:1: unknown site.yaml field "tittle"; did you mean "title"?`, "content/papers/a.md:5: upvotes: expected a whole number"}},
		{"site.yaml value out of range beside a broken paper", siteYAML + "feedSize: 0\n" + paper("a", ok+"upvotes: lots\n"),
			[]string{"content/site.yaml:3: feedSize must be between 1 and 100000, not 0", "content/papers/a.md:5: upvotes: expected a whole number"}},
		{"missing theme folder beside a broken paper", siteYAML + "theme: mine\n" + paper("a", ok+"upvotes: lots\n"),
			[]string{`content/site.yaml:3: theme "mine": the folder themes/mine does not exist`, "content/papers/a.md:5: upvotes: expected a whole number"}},
		{"site.yaml that does not parse beside a broken paper", siteYAML + "topics: [a\n" + paper("a", ok+"upvotes: lots\n"),
			[]string{"content/site.yaml:3: invalid YAML"}},
		{"invalid YAML", siteYAML + paper("a", "title: \"unclosed\narxiv: \"2401.00001\"\n"),
			[]string{"content/papers/a.md:2: invalid YAML"}},
		{"heading id taken", siteYAML + "-- content/papers/a.md --\n---\n" + ok + "---\nAbstract.\n\n## Notes {#abstract}\n",
			[]string{`content/papers/a.md:8: the heading's id "abstract" is one the page gives its own element; choose another {#…}`}},
		{"heading id empty", siteYAML + "-- content/papers/a.md --\n---\n" + ok + "---\nAbstract.\n\n## Setup {#}\n",
			[]string{`content/papers/a.md:8: the heading's id is written out empty, which HTML does not allow and no link can name; write it after the # ({#setup}), or remove the braces for one made from its words`}},
		{"quote never closed", siteYAML + paper("a", ok+"tldr: \"never closed\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the value quoted with \" on this line is never closed; end it with a matching \""}},
		{"single quote never closed", siteYAML + paper("a", "title: 'A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:2: invalid YAML: the value quoted with ' on this line is never closed"}},
		{"list never closed", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\nauthors: [\"A, B\", C\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:4: invalid YAML: the [ opened on this line is never closed; end it with ]"}},
		{"bracket closed by the wrong kind", siteYAML + paper("a", ok+"authors: [Ada, {name: Bob]\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the `{` opened at column 16 is closed by `]`; close it with `}`"}},
		{"mapping never closed", siteYAML + paper("a", ok+"extra: {note: it's, x: 1\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the { opened on this line is never closed; end it with }"}},
		{"quote never closed before a quoted line", siteYAML + paper("a", "title: \"My first paper\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:2: invalid YAML: the value quoted with \" on this line is never closed; end it with a matching \""}},
		{"quote never closed in site.yaml below a comment", "-- content/site.yaml --\n# The site's name.\n\n# Its title.\ntitle: \"My digest\n# Where it is.\nbaseURL: \"https://example.org/\"\n" + paper("a", ok),
			[]string{"content/site.yaml:4: invalid YAML: the value quoted with \" on this line is never closed; end it with a matching \""}},
		{"colon in a plain value", siteYAML + paper("a", ok+"tldr: BERT: deep bidirectional transformers\n"),
			[]string{`content/papers/a.md:5: invalid YAML: the value of "tldr:" has a colon followed by a space, which YAML reads as the start of another field; put the whole value in quotes: tldr: "BERT: deep bidirectional transformers"`}},
		{"colon in the first line's value", siteYAML + paper("a", "title: BERT: Pre-training\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"),
			[]string{`content/papers/a.md:2: invalid YAML: the value of "title:" has a colon`}},
		{"field indented after a plain value", siteYAML + paper("a", ok+"  topics: [agents]\n"),
			[]string{`content/papers/a.md:5: invalid YAML: "topics:" is indented more than "date:" on the line before, so YAML reads it as part of that field's value; move it to the start of the line, as the other fields are`}},
		{"field indented after a quoted value in site.yaml's newsletter:", strings.Replace(siteYAML, "title: T\n", "title: T\nnewsletter:\n  from: \"Digest <d@example.org>\"\n   unsubscribe: [\"mailto:leave@example.org\"]\n", 1) + paper("a", ok),
			[]string{`content/site.yaml:4: invalid YAML: "unsubscribe:" is indented more than "from:" on the line before, so YAML reads it as part of that field's value; indent it by 2 spaces, as the other fields are`}},
		{"field indented after a list", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\nauthors: [Ada]\n  date: 2024-01-01\n"),
			[]string{`content/papers/a.md:5: invalid YAML: "date:" is indented more than "authors:" on the line before`}},
		{"field out of line in site.yaml", strings.Replace(siteYAML, "title: T\n", "title: T\ntopics:\n  agents:\n    name: Agents\n   description: Tools\n", 1) + paper("a", ok),
			[]string{`content/site.yaml:5: invalid YAML: "description:" is indented by 3 spaces, out of line with the fields around it ("name:" on line 4 is indented by 4), so YAML cannot tell which field it belongs to; indent it by 4 spaces, as the fields beside it are`}},
		{"list item indented less than the one before", siteYAML + paper("a", ok+"authors:\n  - \"Ada\"\n - \"Alan\"\n  - \"Grace\"\n"),
			[]string{`content/papers/a.md:7: invalid YAML: this list item is indented by 1 space and the item before it by 2, so YAML cannot tell which list it belongs to; indent it by 2 spaces, as the item before it is`}},
		{"list item indented more than the one before", siteYAML + paper("a", ok+"authors:\n  - \"Ada\"\n  - \"Alan\"\n   - \"Grace\"\n"),
			[]string{`content/papers/a.md:8: invalid YAML: this list item is indented by 3 spaces and the item before it by 2, so YAML cannot tell which list it belongs to; indent it by 2 spaces, as the item before it is`}},
		{"plain list item continued by one indented more", siteYAML + paper("a", ok+"authors:\n  - Ada Lovelace\n   - Alan Turing\n  - Grace Hopper\n"),
			[]string{`content/papers/a.md:7: invalid YAML: this list item is indented by 3 spaces and the item before it by 2, so YAML reads it as the rest of that item ("Ada Lovelace - Alan Turing"); indent it by 2 spaces, as the item before it is`}},
		{"list opened at the end of the front matter", siteYAML + paper("a", ok+"topics: [\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the [ opened on this line is never closed; end it with ], with a comma between items"}},
		{"mapping opened at the end of the front matter", siteYAML + paper("a", ok+"extra: {\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the { opened on this line is never closed; end it with }, with a comma between items"}},
		{"mapping left open after a comma at the end of the front matter", siteYAML + paper("a", ok+"extra: {note: x,\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the { opened on this line is never closed; end it with }"}},
		{"mapping opened at the end, under a field", siteYAML + paper("a", ok+"extra:\n  venue: {\n"),
			[]string{"content/papers/a.md:6: invalid YAML: the { opened on this line is never closed; end it with }"}},
		{"list left open inside a mapping", siteYAML + paper("a", ok+"extra: {links: [a, b\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the { opened on this line is never closed, nor the [ inside it; end them with ]}, with a comma between items"}},
		{"list over two lines before one left open", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\nauthors: [Ada Lovelace,\n  Alan Turing]\ndate: 2024-01-01\ntopics: [\n"),
			[]string{"content/papers/a.md:7: invalid YAML: the [ opened on this line is never closed; end it with ]"}},
		{"mapping over two lines before one left open", siteYAML + paper("a", ok+"extra: {a: 1,\n  b: 2}\nvenue: {\n"),
			[]string{"content/papers/a.md:7: invalid YAML: the { opened on this line is never closed; end it with }"}},
		{"quote opened at the end of the front matter", siteYAML + paper("a", ok+"tldr: \"\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the value quoted with \" on this line is never closed; end it with a matching \""}},
		{"single quote opened at the end of the front matter", siteYAML + paper("a", ok+"tldr: '\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the value quoted with ' on this line is never closed; end it with a matching '"}},
		{"quote left open inside a mapping", siteYAML + paper("a", ok+"extra: {note: \"it\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the value quoted with \" on this line is never closed"}},
		{"field out of line in a paper", siteYAML + paper("a", ok+"extra:\n  a:\n    b: 1\n   c: 2\n"),
			[]string{`content/papers/a.md:8: invalid YAML: "c:" is indented by 3 spaces, out of line with the fields around it ("b:" on line 7 is indented by 4), so YAML cannot tell which field it belongs to; indent it by 4 spaces, as the fields beside it are`}},
		{"list item without a space", siteYAML + paper("a", ok+"authors:\n- Ada\n-Alan\n"),
			[]string{"content/papers/a.md:7: invalid YAML: a list item needs a space after its dash (`- item`, not `-item`); add the space"}},
		{"spaces after the opening ---", siteYAML + "-- content/papers/a.md --\n--- \ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nupvotes: x\n---\nAbstract.\n",
			[]string{"content/papers/a.md:5: upvotes: expected a whole number"}},
		{"empty list item", siteYAML + paper("a", ok+"authors: [\"Ada Lovelace\", , \"Alan Turing\"]\n"),
			[]string{"content/papers/a.md:5: invalid YAML: the list on this line has an empty item (two commas in a row, or a comma right after [); remove the extra comma"}},
		{"value read as a comment", siteYAML + paper("a", "title: #1 paper of the day\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"),
			[]string{`content/papers/a.md:2: the value of "title:" starts with #, which YAML reads as the start of a comment, so the field is empty; put the value in quotes: title: "#1 paper of the day"`}},
		{"list items marked with dashes", siteYAML + paper("a", ok+"topics:\n  – transformers\n  – language-models\n"),
			[]string{"content/papers/a.md:6: this list item and the next start with –, an en dash (U+2013), not the hyphen-minus - that marks a list item in YAML (a phone keyboard or text pasted from a document may type one for the other); type - in their place"}},
		{"value cut by a comment", siteYAML + paper("a", "title: Why Model #1 Beats Model #2\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"),
			[]string{`content/papers/a.md:2: the value of "title:" has " #" in it, which YAML reads as the start of a comment, so it is cut to "Why Model"; put the value in quotes: title: "Why Model #1 Beats Model #2"`}},
		{"missing title", siteYAML + paper("a", "arxiv: \"2401.00001\"\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:2: the paper has no title; add `title:"}},
		{"missing date", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\n"),
			[]string{"content/papers/a.md:3: paper \"2401.00001\" has no date; add `date: YYYY-MM-DD`"}},
		// An empty date: is told at its line, not the id's.
		{"empty date", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate:\ntopics: []\n"),
			[]string{"content/papers/a.md:4: paper \"2401.00001\" has no date; add `date: YYYY-MM-DD`"}},
		// 0001-01-01 is Go's zero time, which the templates take for no
		// date: its day is an error at the date: that makes it, where
		// check warns of one of 0024.
		{"date of the year 1", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 0001-01-01\n"),
			[]string{"content/papers/a.md:4: its date: the day 0001-01-01 is before 1991, when arXiv began, so no digest can have listed papers on it; write 2024-01-01 if the year is a typo"}},
		{"missing date, the file named as a Jekyll post", siteYAML + paper("2024-06-03-lora", "title: A\narxiv: \"2401.00001\"\n") + paper("2024-13-01-x", "title: B\nid: b\n"),
			[]string{"content/papers/2024-06-03-lora.md:3: paper \"2401.00001\" has no date; add `date: 2024-06-03` (the day its file's name starts with, which Jekyll took for a post's date;",
				"content/papers/2024-13-01-x.md:3: paper \"b\" has no date; add `date: YYYY-MM-DD`"}},
		{"unparseable date", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024/01/05\n"),
			[]string{"content/papers/a.md:4: date: \"2024/01/05\" is not a date; write YYYY-MM-DD"}},
		{"date in another order", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 16/06/2025\n"),
			[]string{`content/papers/a.md:4: date: "16/06/2025" is not a date; write YYYY-MM-DD: 2025-06-16 (or RFC 3339, 2025-06-16T09:30:00Z)`}},
		{"day file named in another order", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2025-06-16\n") + "-- content/days/16-06-2025.md --\nIntro.\n",
			[]string{"content/days/16-06-2025.md: a day file must be named YYYY-MM-DD.md; rename it 2025-06-16.md"}},
		{"impossible date", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-02-30\n"),
			[]string{"content/papers/a.md:4: date: \"2024-02-30\" is not a date: February 2024 has days 1 to 29; correct the day"}},
		{"no such month", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-13-01\n"),
			[]string{"content/papers/a.md:4: date: \"2024-13-01\" is not a date: there is no month 13 (the month comes second: YYYY-MM-DD; did you mean 2024-01-13?); correct the day"}},
		{"no such month, nor day", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-13-40\n") + "-- content/days/2025-16-06.md --\n---\ntitle: Swapped\n---\n",
			[]string{"content/days/2025-16-06.md: the file name 2025-16-06 is not a date: there is no month 16 (the month comes second: YYYY-MM-DD; did you mean 2025-06-16?); rename the file to the day it is for",
				"content/papers/a.md:4: date: \"2024-13-40\" is not a date: there is no month 13 (the month comes second: YYYY-MM-DD); correct the day"}},
		{"day file named with a space", siteYAML + paper("a", ok) + "-- content/days/2024-01-01 .md --\n---\ntitle: Spaced\n---\n",
			[]string{"content/days/2024-01-01 .md: the file name \"2024-01-01 .md\" has a space around the date; rename it 2024-01-01.md"}},
		{"day file saved as beside its day", siteYAML + paper("a", ok) + "-- content/days/2024-01-01.md --\n---\ntitle: Day\n---\n" +
			"-- content/days/2024-01-01.md.md --\n---\ntitle: Day\n---\n-- content/days/2024_01_01.md --\n---\ntitle: Day\n---\n" +
			"-- content/days/2024-01-01 (1).md --\n---\ntitle: Day\n---\n-- content/days/2024_01_02.md --\n---\ntitle: Next\n---\n",
			[]string{`content/days/2024-01-01 (1).md: this file is a copy of content/days/2024-01-01.md, named as a browser or a phone names a second download of a file; merge its changes into content/days/2024-01-01.md and delete this copy`,
				`content/days/2024-01-01.md.md: the file name "2024-01-01.md.md" ends in .md more than once (as a "Save as" that adds it again names a file); 2024-01-01.md exists already: if this is a copy of it (an editor's Save as), delete it or merge what it adds into 2024-01-01.md`,
				`content/days/2024_01_01.md: a day file must be named YYYY-MM-DD.md; 2024-01-01.md exists already: if this is a copy of it (an editor's Save as), delete it or merge what it adds into 2024-01-01.md`,
				`content/days/2024_01_02.md: a day file must be named YYYY-MM-DD.md; rename it 2024-01-02.md`}},
		{"day file named after no day", siteYAML + paper("a", ok) + "-- content/days/2023-02-29.md --\n---\ntitle: Leap\n---\n",
			[]string{"content/days/2023-02-29.md: the file name 2023-02-29 is not a date: February 2023 has days 1 to 28; rename the file to the day it is for"}},
		{"topic a URL would change", siteYAML + paper("a", ok+"topics: [C++, c, \"C#\", diffusion models]\n"),
			[]string{"content/papers/a.md:5: topic \"C++\" has '+', which its URL would drop, making it the topic \"c\"; give it a slug of its own in site.yaml (`topics: {c-plus-plus: {name: \"C++\"}}`) and write `topics: [c-plus-plus]` here",
				"content/papers/a.md:5: topic \"C#\" has '#'"}},
		{"topic with a star", siteYAML + paper("a", ok+"topics: [Q, \"Q*\"]\n"),
			[]string{"content/papers/a.md:5: topic \"Q*\" has '*', which its URL would drop, making it the topic \"q\"; give it a slug of its own in site.yaml (`topics: {q-star: {name: \"Q*\"}}`) and write `topics: [q-star]` here"}},
		{"topic without letters", siteYAML + paper("a", ok+"topics: [\"--\"]\n"),
			[]string{"content/papers/a.md:5: topic \"--\" has no letters or digits"}},
		{"baseURL misspelt", "-- content/site.yaml --\ntitle: T\nbaseurl: https://example.org/\n" + paper("a", ok),
			[]string{`content/site.yaml:2: unknown site.yaml field "baseurl"; did you mean "baseURL"?`}},
		{"title misspelt", "-- content/site.yaml --\ntitel: T\nbaseURL: https://example.org/\n" + paper("a", ok),
			[]string{`content/site.yaml:1: unknown site.yaml field "titel"; did you mean "title"?`}},
		{"language not a tag", strings.Replace(siteYAML, "title: T\n", "title: T\nlanguage: English\n", 1) + paper("a", ok),
			[]string{"content/site.yaml:2: language \"English\" is the language's name, and the field takes its BCP 47 tag; write `language: en`"}},
		{"language not a tag, nor a name", strings.Replace(siteYAML, "title: T\n", "title: T\nlanguage: Klingon\n", 1) + paper("a", ok),
			[]string{"content/site.yaml:2: language \"Klingon\" is not a BCP 47 language tag"}},
		{"language the theme does not speak", strings.Replace(siteYAML, "title: T\n", "title: T\nlanguage: it\n", 1) + paper("a", ok),
			[]string{"content/site.yaml:2: language it: the theme has no translation into it (no i18n/it.yaml)"}},
		{"translation in a theme site.yaml does not name", strings.Replace(siteYAML, "title: T\n", "title: T\nlanguage: vi\n", 1) + paper("a", ok) +
			"-- themes/mine/i18n/vi.yaml --\nabstract: Tóm tắt\n",
			[]string{"content/site.yaml:2: language vi: themes/mine/i18n/vi.yaml is there, but site.yaml names no theme: add `theme: mine`"}},
		{"translation typo", strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1) + paper("a", ok) +
			"-- themes/mine/i18n/en.yaml --\nabstract: Summary\npapers:\n  one: a paper\n  othr: papers\n",
			[]string{"themes/mine/i18n/en.yaml:4: papers: \"othr\" is not a plural form; did you mean other?"}},
		{"message argument misspelt", strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1) + paper("a", ok) +
			"-- themes/mine/i18n/en.yaml --\ndescAuthor: Papers by {{.Nam}}\n",
			[]string{"themes/mine/i18n/en.yaml:1: descAuthor: "}},
		{"a date compared with a string", themedDay(`{{if eq .Day.Date "2024-01-01"}}x{{end}}`),
			[]string{"themes/mine/templates/day.html:2: ", `incompatible types for comparison: time.Time and string; .Day.Date is a date, not text: compare its text, (.Day.Date.Format "2006-01-02"), with the string, or a date with a date (.Day.Date.Before, .After, .Equal)`}},
		{"message unknown in a template", themedDay(`{{T "abstrct"}}`),
			[]string{"themes/mine/templates/day.html:2: ", `no message "abstrct"; did you mean "abstract"?`}},
		{"message argument misspelt in a template", themedDay(`{{T "descAuthor" "Nme" "x"}}`),
			[]string{`themes/mine/templates/day.html:2: template error: executing "main" at <T "descAuthor" "Nme" "x">: error calling T: T "descAuthor" takes the argument "Name", not "Nme"; did you mean "Name"?`}},
		{"message no file has", themedDay(`{{T "labMotto"}}`),
			[]string{"themes/mine/templates/day.html:2: ", `no message "labMotto" in themes/mine/i18n/en.yaml or the built-in i18n/en.yaml; add it to themes/mine/i18n/en.yaml`}},
		{"unknown field", siteYAML + paper("a", ok+"titel: B\n"),
			[]string{"content/papers/a.md:5: unknown paper field \"titel\"; did you mean \"title\"?"}},
		{"unknown field without suggestion", siteYAML + paper("a", ok+"mood: happy\n"),
			[]string{"content/papers/a.md:5: unknown paper field \"mood\"; put a paper's own data under `extra:`"}},
		{"journal and conference", siteYAML + paper("a", ok+"journal: Nature\nconference: NeurIPS 2017\n"),
			[]string{"content/papers/a.md:6: give either `journal:` or `conference:`, not both; a journal article takes `journal:` (with `volume:`, `issue:` and `pages:`), a paper in a conference's proceedings `conference:` (with `pages:`)"}},
		{"volume without journal", siteYAML + paper("a", ok+"conference: NeurIPS 2017\nvolume: 30\nissue: 2\n"),
			[]string{"content/papers/a.md:6: volume is a journal's, but the paper gives `conference:`; remove the line",
				"content/papers/a.md:7: issue is a journal's, but the paper gives `conference:`"}},
		{"pages without venue", siteYAML + paper("a", ok+"volume: 12\npages: 1-10\n"),
			[]string{"content/papers/a.md:5: volume is a journal's, but the paper gives no `journal:`; add the journal's name, like `journal: \"Nature\"`, or remove the line",
				"content/papers/a.md:6: pages are a journal's or a proceedings', but the paper gives neither `journal:` nor `conference:`"}},
		{"pages not pages", siteYAML + paper("a", ok+"journal: Nature\npages: pp. 123-130\n"),
			[]string{"content/papers/a.md:6: pages \"pp. 123-130\" is not a page or a range of pages; write them alone, like `pages: 123-130` or `pages: e1234` (no \"pp.\")"}},
		{"venue of another generator", siteYAML + paper("a", ok+"venue: NeurIPS 2017\n"),
			[]string{"content/papers/a.md:5: unknown paper field \"venue\"; write where it was published as `journal:` (the journal's name alone; its `volume:`, `issue:` and `pages:` on lines of their own) or as `conference:`"}},
		{"duplicate key", siteYAML + paper("a", ok+"title: B\n"),
			[]string{"content/papers/a.md:5: \"title\" is given twice (first on line 2)"}},
		{"wrong type", siteYAML + paper("a", ok+"authors: 5\nupvotes: many\n"),
			[]string{"content/papers/a.md:5: authors: expected a list of text values", "content/papers/a.md:6: upvotes: expected a whole number, found text value \"many\""}},
		{"authors on one line", siteYAML + paper("a", ok+"authors: Ada Lovelace, Alan Turing and Grace Hopper\n"),
			[]string{"content/papers/a.md:5: authors: expected a list of text values, found a text value; write one `- item` per line or [Ada Lovelace, Alan Turing, Grace Hopper]"}},
		{"arXiv link as arxiv", siteYAML + paper("a", "title: A\narxiv: https://arxiv.org/pdf/2401.00001v2.pdf\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:3: arxiv \"https://arxiv.org/pdf/2401.00001v2.pdf\" is a link, not an arXiv id; write the id alone: `arxiv: \"2401.00001\"`"}},
		{"topics on one line", siteYAML + paper("a", ok+"topics: machine learning, vision\nkeywords: retrieval agents\n"),
			[]string{"content/papers/a.md:5: topics: expected a list of text values, found a text value; write one `- item` per line or [machine learning, vision]",
				"content/papers/a.md:6: keywords: expected a list of text values, found a text value; write one `- item` per line or [retrieval agents]"}},
		{"link with a space", siteYAML + paper("a", ok+"code: https://github.com/ada/my engine\n"),
			[]string{"content/papers/a.md:5: code \"https://github.com/ada/my engine\" is not an http(s) URL; a link holds no spaces: remove them, or write each as %20: https://github.com/ada/my%20engine"}},
		{"link without its scheme", siteYAML + paper("a", ok+"code: github.com/ada/engine\npdf: \"http//x.org/a.pdf\"\n"),
			[]string{"content/papers/a.md:5: code \"github.com/ada/engine\" is not an http(s) URL; write it with https:// before it: https://github.com/ada/engine",
				"content/papers/a.md:6: pdf \"http//x.org/a.pdf\" is not an http(s) URL; its scheme is mistyped; write http://x.org/a.pdf"}},
		{"a curators' note and an empty file among the papers", siteYAML + "-- content/papers/README.md --\n# Papers\n\nOne file a paper.\n-- content/papers/b.md --\n\n",
			[]string{"content/papers/README.md:1: a paper file must start with front matter, and this one has none: is it a note for the site's curators? Name it _README.md, which no build reads; if it is a paper, begin it with a line ---, then `title:`, `arxiv:` (or `id:`), `authors:` and `date:`, then ---",
				"content/papers/b.md:1: the file is empty, and a paper file starts with front matter; begin it with a line ---, then `title:`, `arxiv:` (or `id:`), `authors:` and `date:`, then --- (paperboy new paper writes one), or delete the file"}},
		{"extra: with its keys not indented", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nextra:\nreading_group: yes\nslides: x\n"),
			[]string{"content/papers/a.md:6: unknown paper field \"reading_group\": extra: above it is empty, so reading_group: is read at the top level; if it belongs to extra:, indent it under it (two spaces: \"  reading_group: …\")",
				"content/papers/a.md:7: unknown paper field \"slides\": extra: above it is empty, so slides: is read at the top level; if it belongs to extra:, indent it under it (two spaces: \"  slides: …\")"}},
		{"arXiv ids as arXiv's listings print them", siteYAML + paper("a", "title: A\narxiv: \"arXiv:2401.00001v3 [cs.CL]\"\ndate: 2024-01-01\n") + paper("b", "title: B\narxiv: \"2401.00002V2\"\ndate: 2024-01-01\nlanguage: Deutsch\n"),
			[]string{"content/papers/a.md:3: arxiv \"arXiv:2401.00001v3 [cs.CL]\" is an arXiv id as arXiv's listings print it; write the id alone: `arxiv: \"2401.00001\"`, `version: 3` and `primary_category: cs.CL`",
				"content/papers/b.md:3: arxiv \"2401.00002V2\" is an arXiv id as arXiv's listings print it; write the id alone: `arxiv: \"2401.00002\"` and `version: 2`",
				"content/papers/b.md:5: language \"Deutsch\" is the language's name, and the field takes its BCP 47 tag; write `language: de`"}},
		{"duplicate id", siteYAML + paper("a", ok) + paper("b", ok),
			[]string{"content/papers/b.md:3: paper id \"2401.00001\" is already used by content/papers/a.md:3"}},
		// A day's entry with more than an id (pinnedID) is an inline paper, a second of that id.
		{"inline paper of a paper file's id", siteYAML + paper("a", ok) + "-- content/days/2024-01-01.md --\n---\npapers:\n  - arxiv: \"2401.00001\"\n    title: A again\n---\n",
			[]string{"content/days/2024-01-01.md:3: paper id \"2401.00001\" is already used by content/papers/a.md:3; give each paper its own id, or delete one of the two"}},
		{"a browser's copy of a paper", siteYAML + paper("2401.00001 (1)", ok) + paper("2401.00001", ok),
			[]string{"content/papers/2401.00001 (1).md:3: paper id \"2401.00001\" is already used by content/papers/2401.00001.md:3: this file is a copy of content/papers/2401.00001.md, named as a browser or a phone names a second download of a file; merge its changes into content/papers/2401.00001.md and delete this copy"}},
		{"ids differing in case", siteYAML + paper("a", "title: A\nid: MyPaper\ndate: 2024-01-01\n") + paper("b", "title: B\nid: mypaper\ndate: 2024-01-01\n"),
			[]string{"content/papers/b.md:3: paper id \"mypaper\" and the id \"MyPaper\" of content/papers/a.md:3 differ only in letter case, so macOS and Windows would hold their pages as one folder; give each paper an id of its own"}},
		{"an id and an old arXiv id of one page", siteYAML + paper("a", "title: A\narxiv: cond-mat/0603029\ndate: 2024-01-01\n") + paper("b", "title: B\nid: cond-mat-0603029\ndate: 2024-01-01\n"),
			[]string{"content/papers/b.md:3: paper id \"cond-mat-0603029\" and the id \"cond-mat/0603029\" of content/papers/a.md:3 have one page, /papers/cond-mat-0603029/, as an old arXiv id's / is - in its page's address; give each paper an id of its own"}},
		{"an old arXiv id with and without its subject class", siteYAML + paper("a", "title: A\narxiv: math/0309136\ndate: 2024-01-01\n") + paper("b", "title: B\narxiv: math.GT/0309136\ndate: 2024-01-01\n"),
			[]string{"content/papers/b.md:3: paper id \"math.GT/0309136\" and the id \"math/0309136\" of content/papers/a.md:3 are one arXiv paper, as an old arXiv id's subject class (.GT) is not part of it; keep one of the two files"}},
		{"day lists paths", siteYAML + paper("a", ok) + paper("2401.00002", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\n") + "-- content/days/2024-01-01.md --\n---\npapers:\n  - 'papers\\a.md'\n  - content/papers/2401.00002.md\n---\n",
			[]string{"content/days/2024-01-01.md:3: the day lists paper \"papers\\\\a.md\", which does not exist; it is a path to the paper file content/papers/a.md; write the paper's id: 2401.00001",
				"content/days/2024-01-01.md:4: the day lists paper \"content/papers/2401.00002.md\", which does not exist; it is a path to the paper file content/papers/2401.00002.md; write the paper's id: 2401.00002"}},
		{"day lists titles", siteYAML + paper("a", "title: \"Attention Is All You Need\"\narxiv: \"2401.00001\"\ndate: 2024-01-01\n") + "-- content/days/2024-01-01.md --\n---\npapers:\n  - attention is all  you need\n  - Some Paper We Liked\n---\n",
			[]string{"content/days/2024-01-01.md:3: the day lists paper \"attention is all  you need\", which does not exist; it is the title of the paper 2401.00001 (content/papers/a.md); write the paper's id: 2401.00001",
				"content/days/2024-01-01.md:4: the day lists paper \"Some Paper We Liked\", which does not exist; a day lists papers by id (2405.15738), not by title; write the paper's id, and add the paper if the site lacks it (paperboy import arxiv --fetch <id>)"}},
		{"day lists addresses and versions", siteYAML + paper("a", ok) + "-- content/days/2024-01-01.md --\n---\npapers:\n  - https://arxiv.org/abs/2401.00001v2\n  - 2401.00001v3\n  - huggingface.co/papers/2401.00009\n---\n",
			[]string{"content/days/2024-01-01.md:3: the day lists paper \"https://arxiv.org/abs/2401.00001v2\", which does not exist; it is the address of the paper's page; write the paper's id: 2401.00001",
				"content/days/2024-01-01.md:4: the day lists paper \"2401.00001v3\", which does not exist; it is an arXiv id with its version, which the paper's `version:` holds; write the paper's id: 2401.00001",
				"content/days/2024-01-01.md:5: the day lists paper \"huggingface.co/papers/2401.00009\", which does not exist; it is the address of the paper's page; write its id, 2401.00009, and add the paper (paperboy import arxiv --fetch 2401.00009), or move the id to removed: (then no import lists it again)"}},
		{"day lists DOIs", siteYAML + paper("a", ok) + paper("b", "title: B\nid: smith-2024-retina\ndate: 2024-01-01\ndoi: 10.1101/2024.03.01.582937\n") + paper("c", "title: C\nid: lee-2023-nejm\ndate: 2024-01-01\ndoi: 10.1056/NEJMoa2307563\n") +
			"-- content/days/2024-01-01.md --\n---\npapers:\n  - 10.1101/2024.03.01.582937v2\n  - https://doi.org/10.1056/nejmoa2307563\n  - https://www.medrxiv.org/content/10.1101/2024.02.10.24302615v1\n  - 10.48550/arXiv.2401.00001\nremoved:\n  - doi:10.1056/NEJMoa2307563\n---\n",
			[]string{"content/days/2024-01-01.md:8: removed: \"doi:10.1056/NEJMoa2307563\" is the DOI of the paper lee-2023-nejm (content/papers/c.md), not a paper's id, so the paper stays on the day; write lee-2023-nejm",
				"content/days/2024-01-01.md:3: the day lists paper \"10.1101/2024.03.01.582937v2\", which does not exist; it is the DOI of the paper smith-2024-retina (content/papers/b.md); write the paper's id: smith-2024-retina",
				"content/days/2024-01-01.md:4: the day lists paper \"https://doi.org/10.1056/nejmoa2307563\", which does not exist; it is the DOI of the paper lee-2023-nejm (content/papers/c.md); write the paper's id: lee-2023-nejm",
				"content/days/2024-01-01.md:5: the day lists paper \"https://www.medrxiv.org/content/10.1101/2024.02.10.24302615v1\", which does not exist; it names the DOI 10.1101/2024.02.10.24302615, which no paper of the site has as its doi:; a day lists a paper by its id, and a paper known by its DOI takes an id of its own: add the paper (paperboy new paper smith-2024, with doi: 10.1101/2024.02.10.24302615 in it) and list its id",
				"content/days/2024-01-01.md:6: the day lists paper \"10.48550/arXiv.2401.00001\", which does not exist; it is arXiv's DOI of the paper; write the paper's id: 2401.00001"}},
		{"day removes no paper's id", siteYAML + paper("a", ok) + "-- content/days/2024-01-01.md --\n---\nremoved:\n  - 2401.00001v2\n  - https://arxiv.org/abs/2401.00001\n  - \"2401.0001\"\n  - ２４０１．０００２０\n  - 2401.00099\n  - my-old-paper\n---\n",
			[]string{"content/days/2024-01-01.md:3: removed: \"2401.00001v2\" is an arXiv id with its version, which the paper's `version:` holds, not a paper's id, so the paper stays on the day; write 2401.00001",
				"content/days/2024-01-01.md:4: removed: \"https://arxiv.org/abs/2401.00001\" is the address of the paper's page, not a paper's id, so the paper stays on the day; write 2401.00001",
				"content/days/2024-01-01.md:5: removed: \"2401.0001\" is no paper's id, so the paper you meant stays on the day; did you mean \"2401.00001\", a paper of the day? Write its id, or delete the line",
				"content/days/2024-01-01.md:6: removed: \"２４０１．０００２０\" is the id 2401.00020 typed otherwise, not a paper's id, so the paper stays on the day; write 2401.00020"}},
		{"ids typed otherwise", siteYAML + paper("a", ok) + paper("b", "title: B\narxiv: \"２４０１．０００５０\"\ndate: 2024-01-01\n") + "-- content/days/2024-01-01.md --\n---\npapers:\n  - \"2401,00001\"\n  - ２４０１．０００２０\n---\n",
			[]string{"content/days/2024-01-01.md:3: the day lists paper \"2401,00001\", which does not exist; it is the id 2401.00001 typed otherwise; write the paper's id: 2401.00001",
				"content/days/2024-01-01.md:4: the day lists paper \"２４０１．０００２０\", which does not exist; it is the id 2401.00020 typed otherwise; write its id, 2401.00020, and add the paper",
				"content/papers/b.md:3: arxiv \"２４０１．０００５０\" is not an arXiv id; did you mean `arxiv: \"2401.00050\"`?"}},
		{"day names missing paper", siteYAML + paper("a", ok) + "-- content/days/2024-01-01.md --\n---\npapers:\n  - 2401.00001\n  - 2401.00002\n---\n",
			[]string{"content/days/2024-01-01.md:4: the day lists paper \"2401.00002\", which does not exist; did you mean \"2401.00001\"? Otherwise add content/papers/2401.00002.md, or move the id from papers: to removed: (then no import lists it again)"}},
		{"id escaping output", siteYAML + paper("a", "title: A\nid: \"../../etc\"\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:3: id \"../../etc\" cannot be used as a URL"}},
		{"id with slash", siteYAML + paper("a", "title: A\nid: \"a/b\"\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:3: id \"a/b\" cannot be used as a URL"}},
		{"id with spaces", siteYAML + paper("a", "title: A\nid: My Own Notes\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:3: id \"My Own Notes\" cannot be used as a URL; use letters, digits, '.', '_' and '-' only (no '..', '/' or '\\'), e.g. `id: my-own-notes`"}},
		{"an id starting with a hyphen", siteYAML + paper("a", "title: A\nid: -notes\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:3: id \"-notes\" cannot be used as a URL; it must start with a letter or a digit, e.g. `id: notes`"}},
		{"an id too long", siteYAML + paper("a", "title: A\nid: "+strings.Repeat("a", 130)+"\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:3: id \"" + strings.Repeat("a", 130) + "\" cannot be used as a URL; it is longer than 128 characters"}},
		{"no id, in a file not named by an arXiv id", siteYAML + paper("a", "title: A\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:2: the paper has no id; add `arxiv: 2410.07166`, or `id: my-paper` for papers not on arXiv"}},
		{"day front matter below a blank line", siteYAML + paper("a", ok) + "-- content/days/2024-01-01.md --\n\n---\ntitle: Monday picks\npapers:\n  - 2401.00001\n---\nWelcome.\n",
			[]string{"content/days/2024-01-01.md:1: the file starts with a blank line, and front matter opens only with a --- on the file's first line, so the --- on line 2 opens none and the fields below it are not read; delete the blank line above it, so that the file starts with the line ---"}},
		{"id of a page the build writes", siteYAML + paper("a", "title: A\nid: index.html\ndate: 2024-01-01\n") + paper("b", ok+"aliases: [index.html]\n"),
			[]string{"content/papers/a.md:3: id \"index.html\" is the name of the page the build writes at papers/index.html, which sends a reader on to the archive, so the paper's page cannot be at papers/index.html/; choose another id, e.g. `id: smith-2024-attention`",
				"content/papers/b.md:5: alias \"index.html\" is the name of the page the build writes at papers/index.html, which sends a reader on to the archive, so no page can be at papers/index.html/ to send readers on; remove it"}},
		{"reserved id", siteYAML + paper("a", "title: A\nid: COM0\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:3: id \"COM0\" is a reserved device name on Windows, so a Windows checkout could not hold its page's folder; choose another id"}},
		{"id ending in a dot", siteYAML + paper("a", "title: A\nid: notes.\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:3: id \"notes.\" ends in a dot or a space, which Windows drops from file names, so a Windows checkout could not hold its page's folder"}},
		{"reserved topic", siteYAML + paper("a", ok+"topics: [Aux]\n"),
			[]string{"content/papers/a.md:5: topic \"Aux\" would be the folder topics/aux/, which is a reserved device name on Windows; give it a slug of its own in site.yaml (`topics: {aux-topic: {name: \"Aux\"}}`) and write `topics: [aux-topic]` here"}},
		{"long topic", siteYAML + paper("a", ok+"topics: [\"evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-\"]\n"),
			[]string{"content/papers/a.md:5: topic \"evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-\" would be the folder topics/evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology/, which is 137 bytes long, more than the 120 a topic's folder name may have; give it a slug of its own in site.yaml (`topics: {evaluation-methodology-evaluation-method: {name: \"evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-evaluation-methodology-\"}}`)"}},
		{"a topic's fields not indented", strings.Replace(siteYAML, "title: T\n", "title: T\ntopics:\n  diffusion-models:\n  name: Diffusion models\n  keywords: [diffusion]\n", 1) + paper("a", ok),
			[]string{"content/site.yaml:4: name: is a topic's field, and the topic diffusion-models: above it is empty, so it is read as a topic of its own; indent it under diffusion-models: (two spaces more)",
				"content/site.yaml:5: keywords: is a topic's field, and the topic diffusion-models: above it is empty, so it is read as a topic of its own; indent it under diffusion-models: (two spaces more)"}},
		{"reserved topic slug", strings.Replace(siteYAML, "title: T\n", "title: T\ntopics:\n  nul:\n    name: Nothing\n  agents:\n    aliases: [lpt1]\n", 1) + paper("a", ok),
			[]string{"content/site.yaml:3: topic \"nul\" is a reserved device name on Windows; choose another slug, such as \"nul-topic\"",
				"content/site.yaml:6: topic \"agents\": alias \"lpt1\" is a reserved device name on Windows, so no page can redirect from it; remove it"}},
		{"bad arxiv id", siteYAML + paper("a", "title: A\narxiv: \"24.1\"\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:3: arxiv \"24.1\" is not an arXiv id"}},
		{"organization's page alone", siteYAML + paper("a", ok+"organization_url: huggingface.co/nvidia\n"),
			[]string{"content/papers/a.md:5: organization_url \"huggingface.co/nvidia\" is not an http(s) URL; write it with https:// before it: https://huggingface.co/nvidia",
				"content/papers/a.md:5: organization_url is the page of the paper's organization, which has no name; add `organization: \"…\"` with the name to show (`organization: NVIDIA`)"}},
		{"organization without letters", siteYAML + paper("a", ok+"organization: \"---\"\n"),
			[]string{"content/papers/a.md:5: organization \"---\" has no letters or digits, so it names no one and its page would have no address; write the organization's name (`organization: NVIDIA`), or remove it"}},
		{"javascript URL", siteYAML + paper("a", ok+"code: \"javascript:alert(1)\"\n"),
			[]string{"content/papers/a.md:5: code \"javascript:alert(1)\" is not an http(s) URL"}},
		{"image path", siteYAML + paper("a", ok+"image: figures/one.png\n"),
			[]string{"content/papers/a.md:5: image \"figures/one.png\" names no file: there is no content/papers/figures/one.png; put the figure there (its path is relative to this file), or write an http(s) URL"}},
		{"image in other letter case", siteYAML + paper("a", ok+"image: figs/figure.png\n") + "-- content/papers/Figs/Figure.PNG --\nnot read\n",
			[]string{"content/papers/a.md:5: image \"figs/figure.png\" names no file: there is no content/papers/figs/figure.png, only content/papers/Figs/Figure.PNG: letter case counts on the site; write `image: Figs/Figure.PNG`, as the file has it"}},
		{"image outside", siteYAML + paper("a", ok+"image: ../../secret.png\n"),
			[]string{"content/papers/a.md:5: image \"../../secret.png\" is outside content/papers/, content/days/ and content/pages/"}},
		{"root image", siteYAML + paper("a", ok+"image: /figures/nope.png\n"),
			[]string{"content/papers/a.md:5: image \"/figures/nope.png\" names no file the site publishes"}},
		{"root image with the base path the site had before it moved", "-- content/site.yaml --\ntitle: T\nbaseURL: https://papers.lab.net/\nfeedIDBase: https://user.github.io/repo/\ntheme: mine\nimage: /repo/card.png\n" +
			paper("a", ok+"image: /repo/figures/f.png\n") + "-- themes/mine/static/figures/f.png --\nx\n-- themes/mine/static/card.png --\nx\n",
			[]string{"content/site.yaml:5: image \"/repo/card.png\" names no file the site publishes: /repo/ was the site's base path before it moved (feedIDBase: https://user.github.io/repo/), and the site publishes the file at /card.png; write `image: /card.png`",
				"content/papers/a.md:5: image \"/repo/figures/f.png\" names no file the site publishes: /repo/ was the site's base path before it moved (feedIDBase: https://user.github.io/repo/), and the site publishes the file at /figures/f.png; write `image: /figures/f.png`"}},
		{"page image", siteYAML + "-- content/pages/about.md --\n---\ntitle: About\nimage: team.jpg\n---\nx\n",
			[]string{"content/pages/about.md:3: image \"team.jpg\" names no file: there is no content/pages/team.jpg"}},
		{"page image_alt alone", siteYAML + "-- content/pages/about.md --\n---\ntitle: About\nimage_alt: Us\n---\nx\n",
			[]string{"content/pages/about.md:3: image_alt describes a figure, but the page has no `image:`"}},
		{"image URL", siteYAML + paper("a", ok+"image: \"data:image/png;base64,AAAA\"\n"),
			[]string{"content/papers/a.md:5: image \"data:image/png;base64,AAAA\" is neither an http(s) URL nor the path of a file"}},
		{"image a Windows path", siteYAML + paper("a", ok+"image: 'C:\\Users\\ada\\loss.png'\n") + paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\nimage: 'figures\\loss.png'\n") + paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-01\nimage: C:/Users/ada/plot.png\n"),
			[]string{"content/papers/a.md:5: image `C:\\Users\\ada\\loss.png` is a path on your computer, which the published site cannot reach; put the figure beside this file and write its path relative to it, with / between folders: `image: figures/loss.png`",
				"content/papers/c.md:5: image `C:/Users/ada/plot.png` is a path on your computer",
				"content/papers/b.md:5: image `figures\\loss.png` parts its folders with \\, as Windows does; a path here parts them with /: `image: figures/loss.png`"}},
		{"Windows paths double-quoted", siteYAML + paper("a", ok+"image: \"C:\\Users\\ada\\loss.png\"\n") + paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\nimage: \"figures\\new.png\"\n") + paper("c", "title: \"$\\sigma$-algebras\"\narxiv: \"2401.00003\"\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:5: invalid YAML: a backslash in a \"double-quoted\" value starts an escape (\\U, \\n, \\t…), so this path loses its backslashes; part its folders with / (figures/loss.png, relative to this file), or write the value in 'single quotes'",
				"content/papers/b.md:5: image: a backslash in a \"double-quoted\" value starts an escape (\\U, \\n, \\t…), so this path loses its backslashes;",
				"content/papers/c.md:2: invalid YAML: a backslash in a \"double-quoted\" value starts an escape (\\t is a tab, \\n a line break, \\b a backspace), so TeX such as $\\tau$ loses it;"}},
		{"image_alt without image", siteYAML + paper("a", ok+"image_alt: \"A plot\"\n"),
			[]string{"content/papers/a.md:5: image_alt describes a figure, but the paper has no `image:`"}},
		{"front matter never closes", siteYAML + "-- content/papers/a.md --\n---\ntitle: A\n",
			[]string{"content/papers/a.md:1: the front matter opened here never closes"}},
		{"no front matter", siteYAML + "-- content/papers/a.md --\njust text\n",
			[]string{"content/papers/a.md:1: a paper file must start with front matter"}},
		{"tab indentation", siteYAML + paper("a", ok+"authors:\n\t- A\n"),
			[]string{"content/papers/a.md:6: a tab is used for indentation"}},
		{"invalid UTF-8", siteYAML + paper("a", ok+"tldr: \"\xff\"\n"),
			[]string{"content/papers/a.md:5: the file is not valid UTF-8"}},
		{"bad day file name", siteYAML + "-- content/days/monday.md --\nhi\n",
			[]string{"content/days/monday.md: a day file must be named YYYY-MM-DD.md"}},
		{"day date mismatch", siteYAML + "-- content/days/2024-01-01.md --\n---\ndate: 2024-01-02\n---\n",
			[]string{"content/days/2024-01-01.md:2: date 2024-01-02 does not match the file name"}},
		{"day date of the year 1", siteYAML + paper("a", ok) + "-- content/days/2024-01-01.md --\n---\ndate: 0001-01-01\n---\n",
			[]string{"content/days/2024-01-01.md:2: date 0001-01-01 does not match the file name"}},
		{"day file of the year 1", siteYAML + paper("a", ok) + "-- content/days/0001-01-01.md --\n---\nlisted: [2401.00001]\n---\n",
			[]string{"content/days/0001-01-01.md:1: the day 0001-01-01 is before 1991, when arXiv began, so no digest can have listed papers on it; fix the year"}},
		{"inline paper of a day of the year 1", siteYAML + paper("a", ok) + "-- content/days/0001-01-01.md --\n---\npapers:\n  - title: B\n    arxiv: \"2401.00002\"\n---\n",
			[]string{"content/days/0001-01-01.md:1: the day 0001-01-01 is before 1991"}},
		{"updated of the year 1", siteYAML + paper("a", ok+"published: 2024-01-01\nupdated: 0001-01-01\n"),
			[]string{"content/papers/a.md:6: updated 0001-01-01 is before published 2024-01-01"}},
		{"site without baseURL", "-- content/site.yaml --\ntitle: T\n",
			[]string{"content/site.yaml:1: the site has no baseURL"}},
		{"site with bad baseURL", "-- content/site.yaml --\ntitle: T\nbaseURL: example.org\n",
			[]string{"content/site.yaml:2: baseURL \"example.org\" is not an absolute http(s) URL"}},
		{"site with a baseURL fragment", "-- content/site.yaml --\ntitle: T\nbaseURL: https://user.github.io/repo/#x\n",
			[]string{"content/site.yaml:2: baseURL \"https://user.github.io/repo/#x\" has a ?query or #fragment, which every link would carry; remove it"}},
		{"site unknown field", siteYAML + "feedsize: 3\n",
			[]string{"content/site.yaml:3: unknown site.yaml field \"feedsize\"; did you mean \"feedSize\"?"}},
		{"no site.yaml", paper("a", ok), []string{"content/site.yaml: not found"}},
		{"template error", themedDay("{{.Nope}"),
			[]string{"themes/mine/templates/day.html:2: template error"}},
		{"template execution error", themedDay("{{.Day.Nope}}"),
			[]string{"themes/mine/templates/day.html:2: template error", "a day (*model.Day) has no field or method Nope"}},
		{"template field misspelt", themedDay("{{range .Day.Papres}}{{end}}"),
			[]string{"themes/mine/templates/day.html:2: template error", ".Day.Papres: a day (*model.Day) has no field or method Papres; did you mean .Day.Papers (a list of papers)?"}},
		{"template function misspelt", themedDay("{{truncat 3 .Title}}"),
			[]string{"themes/mine/templates/day.html:2: template error: function \"truncat\" not defined; did you mean \"truncate\"?"}},
		{"template with Hugo's partial", themedDay("{{partial \"x\" .}}"),
			[]string{"function \"partial\" not defined; include a partial with {{template \"name\" .}}"}},
		{"template escaping error", themedDay("<a href=\"{{.Day.Slug}}>x</a>"),
			[]string{"themes/mine/templates/day.html:2: template error: {{define \"main\"}} ends inside an attribute value quoted with \" that begins on this line; add its closing \""}},
		{"page template with main misspelt", strings.Replace(themedDay("<p>x</p>"), "\n{{define \"main\"}}", "\n<!-- the day -->\n{{define \"mian\"}}", 1),
			[]string{"themes/mine/templates/day.html:2: the page defines \"mian\", but base.html shows the page's \"main\"; name it {{define \"main\"}}"}},
		{"page template without main", strings.Replace(strings.Replace(themedDay("<p>x</p>"), "{{define \"main\"}}\n", "", 1), "{{end}}\n", "", 1),
			[]string{"themes/mine/templates/day.html:1: the page defines no \"main\", which base.html shows as its content; put the page's content in {{define \"main\"}}"}},
		{"day lists drafts", siteYAML + paper("a", ok+"draft: true\n") + paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\n") +
			"-- content/days/2024-01-01.md --\n---\npapers:\n  - 2401.00001\n  - {title: C, id: c, draft: true}\n  - 2401.00003\nremoved: [c]\n---\n",
			[]string{"content/days/2024-01-01.md:4: paper \"c\" is both listed and in removed:", "content/days/2024-01-01.md:5: the day lists paper \"2401.00003\", which does not exist; did you mean \"2401.00002\"?"}},
		{"paper that does not parse, on a day", siteYAML + paper("2401.00001", "title: A\narxiv: \"2401.00001\"\nupvotes: [3\n") +
			"-- content/days/2024-01-01.md --\n---\npapers: [\"2401.00001\"]\n---\n",
			[]string{"content/papers/2401.00001.md:4: invalid YAML: the [ opened on this line is never closed"}},
		{"paper with a bad date", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-09 10:00:00\n"),
			[]string{"content/papers/a.md:4: date: \"2024-01-09 10:00:00\" is not a date"}},
		{"paper too large, on a day", siteYAML + "limits: {maxFileBytes: 90}\n" + paper("2401.00001", ok+"tldr: \"a summary that makes the file too large\"\n") +
			"-- content/days/2024-01-01.md --\n---\npapers: [\"2401.00001\"]\n---\n",
			[]string{"content/papers/2401.00001.md: the file has"}},
		{"day file that does not parse", siteYAML + paper("a", "title: A\nid: a\n") + "-- content/days/2024-01-01.md --\n---\npapers: [a\n---\n",
			[]string{"content/days/2024-01-01.md:2: invalid YAML: the [ opened on this line is never closed"}},
		{"id changed to another paper's", siteYAML + paper("2401.00001", "title: A\narxiv: \"2401.00002\"\ndate: 2024-01-01\n") + paper("2401.00002", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\n") +
			"-- content/days/2024-01-01.md --\n---\npapers: [\"2401.00001\", \"2401.00002\"]\n---\n",
			[]string{"content/papers/2401.00001.md:3: paper id \"2401.00002\" is already used by content/papers/2401.00002.md:3"}},
		{"id changed, listed under the file's name", siteYAML + paper("2401.00001", "title: A\narxiv: \"2401.00011\"\ndate: 2024-01-01\n") +
			"-- content/days/2024-01-01.md --\n---\npapers: [\"2401.00001\"]\n---\n",
			[]string{"content/days/2024-01-01.md:2: the day lists paper \"2401.00001\", which does not exist; content/papers/2401.00001.md has the id \"2401.00011\""}},
		{"fraction or exponent for a whole number", siteYAML + paper("a", ok+"upvotes: 37.9\ncomments: 1e3\nversion: \"2\"\n"),
			[]string{"content/papers/a.md:5: upvotes: expected a whole number, found number \"37.9\"", "content/papers/a.md:6: comments: expected a whole number, found number \"1e3\"",
				"content/papers/a.md:7: version: expected a whole number, found the text \"2\"; write it without quotes"}},
		{"negative count", siteYAML + paper("a", ok+"stars: 2\nupvotes: -3\n"),
			[]string{"content/papers/a.md:6: upvotes must be 0 or more, not -3; correct it, or remove the line to use the default"}},
		{"site sizes of 0", siteYAML + "feedSize: 0\npageSize: -1\nhomeDays: 2.5\nlimits:\n  maxAuthors: 0\n",
			[]string{"content/site.yaml:3: feedSize must be between 1 and 100000, not 0", "content/site.yaml:4: pageSize must be between 1 and 100000, not -1",
				"content/site.yaml:5: homeDays: expected a whole number", "content/site.yaml:7: limits.maxAuthors must be 1 or more, not 0"}},
		{"newsletter subject misspelt", siteYAML + "newsletter:\n  from: d@example.org\n  subject: \"{{.Config.Title}}: {{.Digest.Nmae}}\"\n" + paper("a", ok),
			[]string{"content/site.yaml:5: newsletter.subject: template error: .Digest.Nmae: a digest (*mail.Digest) has no field or method Nmae; did you mean .Digest.Name (text)?"}},
		{"newsletter preheader without papers", siteYAML + "newsletter:\n  preheader: \"{{plurl 2 \\\"x\\\" \\\"y\\\"}}\"\n",
			[]string{"content/site.yaml:4: newsletter.preheader: template error: function \"plurl\" not defined; did you mean \"plural\"?"}},
		{"email template field misspelt", themedDay("<p>x</p>") + "-- themes/mine/email/digest.txt --\n{{range .Papers}}\n{{.Titel}}{{end}}\n",
			[]string{"themes/mine/email/digest.txt:2: template error: .Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Title (text)?"}},
		{"email template that does not parse", themedDay("<p>x</p>") + "-- themes/mine/email/digest.html --\n<p>\n{{if .Papers}}</p>\n",
			[]string{"themes/mine/email/digest.html:3: template error: unexpected EOF"}},
		{"partial that every page kind shows", themedDay("<p>x</p>") + "-- themes/mine/templates/partials/body-extra.html --\n{{define \"body-extra\"}}{{template \"nosuch\" .}}{{end}}\n",
			[]string{"themes/mine/templates/partials/body-extra.html:1: template error: no such template \"nosuch\""}},
		{"base without a base template", themedDay("<p>x</p>") + "-- themes/mine/templates/base.html --\n<!DOCTYPE html><html><body>{{template \"main\" .}}</body></html>\n",
			[]string{"themes/mine/templates/base.html:1: the base defines no \"base\", the template every page is executed as; wrap the page's HTML in {{define \"base\"}}…{{end}}"}},
		{"empty base", themedDay("<p>x</p>") + "-- themes/mine/templates/base.html --\n",
			[]string{"themes/mine/templates/base.html:1: the base defines no \"base\""}},
		{"base under another name", themedDay("<p>x</p>") + "-- themes/mine/templates/base.html --\n{{define \"layout\"}}<html>{{template \"main\" .}}</html>{{end}}\n",
			[]string{"themes/mine/templates/base.html:1: the base defines no \"base\", the template every page is executed as (it defines \"layout\")"}},
		{"base misspelt", themedDay("<p>x</p>") + "-- themes/mine/templates/base.html --\n{{/* the base */}}\n{{define \"bsae\"}}<html>{{template \"main\" .}}</html>{{end}}\n",
			[]string{"themes/mine/templates/base.html:2: the base defines \"bsae\", but every page is executed as \"base\"; name it {{define \"base\"}}"}},
		{"quote left open under a theme's base", themedDay("<h1>x</h1>\n<a href=\"{{url \"\"}}>home</a>") +
			"-- themes/mine/templates/base.html --\n{{define \"base\"}}<html><head>{{block \"head\" .}}{{end}}</head><body>\n<main>{{template \"main\" .}}</main>\n<footer><a href=\"{{url \"\"}}\">home</a></footer>\n</body></html>{{end}}\n",
			[]string{"themes/mine/templates/day.html:3: template error: {{define \"main\"}} ends inside an attribute value quoted with \" that begins on this line; add its closing \""}},
		{"base without the head block", themedDay("x") +
			"-- themes/mine/templates/base.html --\n<!-- mine -->\n{{define \"base\"}}<html><body>\n<main>{{template \"main\" .}}</main>\n</body></html>{{end}}\n",
			[]string{"themes/mine/templates/base.html:2: the base never runs the \"head\" block, so paper pages would lose their citation tags"}},
		{"static file misspelt", themedDay(`{{with static "no.css"}}{{.}}{{end}}<script src="{{static "/js/theme.js"}}"></script>`+"\n"+`<script src="{{static "js/them.js"}}"></script>`) +
			"-- themes/mine/static/js/theme.js --\nx\n",
			[]string{`themes/mine/templates/day.html:3: template error: static "js/them.js": no such file in the theme's static/ folder or the built-in one; did you mean "js/theme.js"?`}},
		{"runtime error names its page", themedDay(`{{(index .Day.Papers 3).Title}}`),
			[]string{`themes/mine/templates/day.html:2: template error: {{index .Day.Papers 3}}: .Day.Papers has no element 3 here, having fewer; take it only when there is one: {{if gt (len .Day.Papers) 3}}…{{end}}. Or remove the override to use the built-in one (on days/2024-01-01/index.html)`}},
		{"nil field of another kind of page", themedDay(`{{.Paper.Title}}`),
			[]string{`themes/mine/templates/day.html:2: template error: executing "main" at <.Paper.Title>: nil pointer evaluating *model.Paper.Title; it is nil on this page: .Paper is set only on paper pages, .Day on day pages, .Topic on topic pages and so on; use it inside {{with .Paper}}…{{end}}. Or remove the override to use the built-in one (on days/2024-01-01/index.html)`}},
		{"a page's nil field given to a built-in partial", themedDay(`{{template "paper-item" .Paper}}`),
			[]string{`themes/mine/templates/day.html:2: template error: {{template "paper-item" .Paper}} gives "paper-item" the page's .Paper, which is nil on day pages (set only on paper pages), and "paper-item" fails on nil; give it each paper of .Day.Papers in a range ({{range .Day.Papers}}{{template "paper-item" .}}{{end}}). Or remove the override to use the built-in one (on days/2024-01-01/index.html)`}},
		{"a page's nil field given to a built-in partial in a range", themedDay(`{{range .Day.Papers}}{{template "paper-item" $.Paper}}{{end}}`),
			[]string{`themes/mine/templates/day.html:2: template error: {{template "paper-item" $.Paper}} gives "paper-item" the page's .Paper, which is nil on day pages (set only on paper pages), and "paper-item" fails on nil; inside a range over papers, the dot is the paper: write {{template "paper-item" .}}. Or remove the override to use the built-in one (on days/2024-01-01/index.html)`}},
		{"a nil field of the day's", themedDay(`{{with .Day}}<a href="{{url (printf "days/%s/" .Prev.Slug)}}">older</a>{{end}}`),
			[]string{`themes/mine/templates/day.html:2: template error: executing "main" at <.Prev.Slug>: nil pointer evaluating *model.Day.Slug; .Prev is nil on the oldest day, which has none before it (as the newest has no .Next); wrap what reads it in {{with .Prev}}…{{.Slug}}…{{end}}. Or remove the override to use the built-in one (on days/2024-01-01/index.html)`}},
		{"an int argument", themedDay(`{{truncate .Day.Title .Day.Title}}`),
			[]string{`(truncate takes an int, not a string)`}},
		{"arguments the other way round", themedDay(`{{truncate .Day.Title 80}}`),
			[]string{"themes/mine/templates/day.html:2: template error: executing \"main\" at <.Day.Title>: wrong type for value; expected int; got string (truncate takes an int first, then a string: .Day.Title and 80 are the other way round); write {{truncate 80 .Day.Title}}. Or remove the override to use the built-in one"}},
		{"a date and its layout the other way round", themedDay(`{{with .Day}}{{formatDate .Date "Jan 2"}}{{end}}`),
			[]string{"themes/mine/templates/day.html:2: template error: executing \"main\" at <.Date>: wrong type for value; expected string; got time.Time (formatDate takes a string first, then a time.Time: .Date and \"Jan 2\" are the other way round); write {{formatDate \"Jan 2\" .Date}}. Or remove the override to use the built-in one"}},
		{"an unknown date given to a date function", themedPaper(`{{longDate .Paper.Updated}}`),
			[]string{"themes/mine/templates/paper.html:2: template error: executing \"main\" at <longDate .Paper.Updated>: error calling longDate: the date is unknown (its source does not give it), and would show as the year 1; show it only where it is known: {{with known .Paper.Updated}}…{{longDate .}}…{{end}}. Or remove the override to use the built-in one (on papers/2401.00001/index.html)"}},
		{"a paper without the extra: value a template compares", themedDay(`{{range .Site.Papers}}{{if gt .Extra.score 5}}{{.Title}}{{end}}{{end}}`),
			[]string{"themes/mine/templates/day.html:2: template error: executing \"main\" at <gt .Extra.score 5>: error calling gt: invalid type for comparison; content/papers/a.md:3, the paper 2401.00001, has no score under extra:; add it there, or compare only where it is set: {{if and .Extra.score (gt .Extra.score 5)}}."}},
		{"a paper's extra: value of another kind than a template compares it with", strings.Replace(themedDay(`{{range .Site.Papers}}{{if gt .Extra.score 5}}{{.Title}}{{end}}{{end}}`), ok, ok+"extra:\n  score: \"high\"\n", 1),
			[]string{"themes/mine/templates/day.html:2: template error: executing \"main\" at <gt .Extra.score 5>: error calling gt: incompatible types for comparison: string and int; content/papers/a.md:6, the paper 2401.00001, gives extra: score as text, \"high\", which gt cannot compare with 5; write it as a whole number (no quotes, no decimal point) there."}},
		{"a paper's abstract, HTML, shortened with truncate", themedPaper(`{{truncate 40 .Paper.Abstract}}`),
			[]string{"themes/mine/templates/paper.html:2: template error: executing \"main\" at <.Paper.Abstract>: wrong type for value; expected string; got template.HTML (truncate takes a string, not a template.HTML); .Paper.Abstract is HTML; its plain text is .Paper.AbstractText: write {{truncate 40 .Paper.AbstractText}}."}},
		{"a paper's abstract, HTML, shortened with printf", themedPaper(`{{printf "%.40s" .Paper.Abstract}}`),
			[]string{"themes/mine/templates/paper.html:2: template error: {{printf \"%.40s\" .Paper.Abstract}}: .Paper.Abstract is HTML, and printf makes text of it, so the page would show its markup as text (&lt;p&gt;…); to shorten it, write {{truncate 40 .Paper.AbstractText}}, its plain text; to show it whole, {{.Paper.Abstract}}."}},
		{"static file missing", themedDay(`<img src="{{static "logo-of-the-lab.svg"}}" alt="">`),
			[]string{`themes/mine/templates/day.html:2: template error: static "logo-of-the-lab.svg": no such file in the theme's static/ folder or the built-in one; add it, or link it only when it is there with {{with static "logo-of-the-lab.svg"}}…{{end}}. Or remove the override to use the built-in one`}},
		{"static file missing on a kind of page the site has none of", strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1) + paper("a", ok) + "-- themes/mine/templates/organization.html --\n{{define \"main\"}}\n<img src=\"{{static \"lab.png\"}}\" alt=\"\">{{end}}\n",
			[]string{`themes/mine/templates/organization.html:2: template error: static "lab.png": no such file in the theme's static/ folder or the built-in one; add it, or link it only when it is there with {{with static "lab.png"}}…{{end}}. Or remove the override to use the built-in one`}},
		{"a built-in icon the theme's own icon leaves out", themedDay(`<link rel="icon" href="{{static "favicon.svg"}}">{{with static "icon-192.png"}}{{.}}{{end}}{{static "/icon-512.png"}}`) + "-- themes/mine/static/favicon.png --\n",
			[]string{`themes/mine/templates/day.html:2: template error: static "favicon.svg": the built-in favicon.svg is not published, as the theme's icon is its own favicon.png; link the site's icon, whichever it is, with {{url .Config.IconPath}}.`,
				`themes/mine/templates/day.html:2: template error: static "/icon-512.png": the built-in icon-512.png is not published, as the theme has an icon of its own (favicon.png) and not this one, which would show the site by Paperboy's; add your own static/icon-512.png, or link it only when it is there with {{with static "/icon-512.png"}}…{{end}}.`}},
		{"base without main", themedDay("x") +
			"-- themes/mine/templates/base.html --\n<!-- mine -->\n{{define \"base\"}}<html><head>{{block \"head\" .}}{{end}}</head><body>\n<main></main>\n</body></html>{{end}}\n",
			[]string{"themes/mine/templates/base.html:2: the base never runs \"main\", the template each page defines for its content, so every page would be its header and footer alone; add {{template \"main\" .}} inside <main>"}},
		{"bad HTML between actions", themedDay("<p>\n<a href=\"{{url \"\"}}\" <!-- x"),
			[]string{"themes/mine/templates/day.html:3: template error: \"<\" in attribute name: \" <!-- x\\n\""}},
		{"error in a cached partial", strings.Replace(themedDay("<p>x</p>"), ok, ok+"authors: [Ada Lovelace]\n", 1) +
			"-- themes/mine/templates/partials/paper-row.html --\n{{/* my row */}}\n{{define \"paper-row\"}}<li>{{.Titel}}</li>{{end}}\n",
			[]string{"themes/mine/templates/partials/paper-row.html:2: template error: .Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Title (text)?"}},
		{"quote left open in a card, before its byline", themedDay("<p>x</p>") + "-- themes/mine/templates/partials/paper-item.html --\n{{define \"paper-item\"}}\n<article>\n  <h3 class=\"paper-title\"{{langAttr .}}><a href=\"{{paperURL .}}>{{.Title}}</a></h3>\n  {{- template \"byline\" .}}\n</article>\n{{end}}\n",
			[]string{`themes/mine/templates/partials/paper-item.html:3: template error: the attribute value opened here (href="{{paperURL .}}>…) is never closed; add its closing "`}},
		{"error in a card", themedDay("<p>x</p>") + "-- themes/mine/templates/partials/paper-item.html --\n{{define \"paper-item\"}}\n{{.Titel}}{{end}}\n",
			[]string{"themes/mine/templates/partials/paper-item.html:2: template error: .Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Title (text)?"}},
		{"head-extra that defines nothing", themedDay("<p>x</p>") + "-- themes/mine/templates/partials/head-extra.html --\n<meta name=\"verify\" content=\"abc\">\n",
			[]string{"themes/mine/templates/partials/head-extra.html:1: defines no template \"head-extra\", which the built-in file it replaces defined and themes/default/templates/base.html (built in):"}},
		{"head-extra misspelt", themedDay("<p>x</p>") + "-- themes/mine/templates/partials/head-extra.html --\n{{/* verification */}}\n{{define \"headextra\"}}<meta name=\"verify\" content=\"abc\">{{end}}\n",
			[]string{"themes/mine/templates/partials/head-extra.html:2: defines \"headextra\" but no template \"head-extra\"", "did you mean {{define \"head-extra\"}}?"}},
		{"partial redefined in another file", themedDay("<p>x</p>") + "-- themes/mine/templates/partials/aaa.html --\n{{define \"paper-item\"}}<p>{{.Title}}</p>{{end}}\n",
			[]string{"themes/mine/templates/partials/aaa.html:1: template \"paper-item\" is defined here and in themes/default/templates/partials/paper-item.html (built in):1; to replace the built-in one, put yours in themes/mine/templates/partials/paper-item.html instead"}},
		{"partial defined in two files", themedDay("<p>x</p>") + "-- themes/mine/templates/partials/aaa.html --\n{{define \"mine\"}}a{{end}}\n-- themes/mine/templates/partials/zzz.html --\n\n{{define \"mine\"}}z{{end}}\n",
			[]string{"themes/mine/templates/partials/zzz.html:2: template \"mine\" is defined here and in themes/mine/templates/partials/aaa.html:1; keep one of them"}},
		{"template name misspelt", themedDay("{{template \"paper-lst\" .Day.Papers}}"),
			[]string{"themes/mine/templates/day.html:2: template error: no such template \"paper-lst\"; did you mean \"paper-list\"?"}},
		{"partial called by its file's path", themedDay(`{{template "partials/paper-meta.html" .}}`),
			[]string{`themes/mine/templates/day.html:2: template error: no such template "partials/paper-meta.html": a template is named by its {{define}}, not by its file's path; did you mean "paper-meta"?`}},
		{"cached partial called by its file's path", themedDay(`{{cached "partials/site-header.html" .}}`),
			[]string{`themes/mine/templates/day.html:2: template error: no such template "partials/site-header.html": a template is named by its {{define}}, not by its file's path; did you mean "site-header"?`}},
		{"cached partial name misspelt", themedDay("{{cached \"site-heder\" .}}"),
			[]string{"themes/mine/templates/day.html:2: template error: no such template \"site-heder\"; did you mean \"site-header\"?"}},
		{"Hugo's .Site.Title", themedDay("{{.Site.Title}}"),
			[]string{"themes/mine/templates/day.html:2: template error: .Site.Title: a site (*model.Site) has no field or method Title; Hugo's .Site.Title is .Config.Title here"}},
		{"the card reads the page's .Config", strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1) + paper("a", ok) + "-- themes/mine/templates/partials/paper-item.html --\n{{define \"paper-item\"}}<li>{{.Title}} {{.Config.Title}}</li>{{end}}\n",
			[]string{"which has no field or method Config; the site's settings are there for any dot as config's: write {{(config).Title}}. Or remove the override to use the built-in one"}},
		{"an operator in a condition", themedPaper(`{{if .Paper.Upvotes > 10}}hot{{end}}`),
			[]string{`themes/mine/templates/paper.html:2: template error: unexpected ">" in operand; a template has no operators: it calls a function, gt, before the values (eq, ne, lt, le, gt, ge, and, or, not); write {{if gt .Paper.Upvotes 10}}. Or remove the override to use the built-in one`}},
		{"not written !", themedPaper(`{{if !.Paper.Code}}no code{{end}}`),
			[]string{`themes/mine/templates/paper.html:2: template error: unexpected "!" in if; a template has no operators: it calls a function, not, before the values (eq, ne, lt, le, gt, ge, and, or, not); write {{if not .Paper.Code}}. Or remove the override to use the built-in one`}},
		{"an action never closed", themedPaper("{{if .Paper\n<b>Lab pick</b>\n{{end}}"),
			[]string{`themes/mine/templates/paper.html:2: template error: the action {{if .Paper opened on line 2 is never closed with }}, so what follows it is read as part of it (line 3: unexpected "<" in operand); end it with }}. Or remove the override to use the built-in one`}},
		{"an action closed with one } at its line's end", themedPaper("<h1>{{ .Paper.Title }\n</h1>"),
			[]string{`themes/mine/templates/paper.html:2: template error: unexpected "}" in operand; an action ends with }}, and this one with } alone: write }}. Or remove the override to use the built-in one`}},
		{"an action closed with one }", themedPaper(`<h1>{{.Paper.Title}</h1>`),
			[]string{`themes/mine/templates/paper.html:2: template error: bad character U+007D '}'; an action ends with }}, and this one with } alone: write }}. Or remove the override to use the built-in one`}},
		{"a built-in partial given the page", themedPaper(`{{template "paper-meta" .}}`),
			[]string{`themes/mine/templates/paper.html:2: template error: "paper-meta" reads .Upvotes, .TopicRefs and .Code of its dot, but themes/mine/templates/paper.html:2 ({{template "paper-meta" .}}) gives it the page, which has no field or method Upvotes; it takes a paper (*model.Paper), as the built-in theme gives it, which the page has as .Paper: write {{template "paper-meta" .Paper}}. Or remove the override to use the built-in one`}},
		{"the card given the page", themedPaper(`{{card .}}`),
			[]string{`themes/mine/templates/paper.html:2: template error: "paper-item" reads .Withdrawn, .TLDR and .Summary of its dot, but themes/mine/templates/paper.html:2 ({{card .}}) gives it the page, which has no field or method Withdrawn; card shows a paper: give it one ({{card .Paper}} on a paper's page, {{range .Papers}}{{card .}}{{end}} on a list's). Or remove the override to use the built-in one`}},
		{"a loop that writes without end", themedPaper(`{{range 2000000000}}{{printf "%0100000d" 0}}{{end}}`),
			[]string{"themes/mine/templates/paper.html: template error: a page grew past 64 MB and was stopped: a {{range}} over a number, or a template that calls itself, writing without end? Fix the loop in this template or a partial it calls"}},
		{"Hugo's .Content on a paper page", themedPaper("{{.Content}}"),
			[]string{"themes/mine/templates/paper.html:2: template error: .Content: the page has no field or method Content; on a paper page it is .Paper.Content. Or remove the override"}},
		{"the paper's authors on its page", themedPaper("{{range .Authors}}{{.}}{{end}}"),
			[]string{"themes/mine/templates/paper.html:2: template error: .Authors: the page has no field or method Authors; on a paper page it is .Paper.Authors."}},
		{"Hugo's .Date on a day page", themedDay(`{{.Date.Format "2006"}}`),
			[]string{"themes/mine/templates/day.html:2: template error: .Date.Format: the page has no field or method Date; on a day page it is .Day.Date."}},
		{"Hugo's .Summary in a partial", themedDay("x") + "-- themes/mine/templates/partials/body-extra.html --\n{{define \"body-extra\"}}{{.Summary}}{{end}}\n",
			[]string{"themes/mine/templates/partials/body-extra.html:1: template error: .Summary: the page has no field or method Summary; on a paper page it is .Paper.Summary, on a day page .Day.Summary, on a page of the site's own .Page.Summary; it is nil on other kinds of page, so use it inside {{with .Paper}}…{{end}}"}},
		{"a field of the paper misspelt on its page", themedPaper("{{.Contnt}}"),
			[]string{"the page has no field or method Contnt; did you mean .Paper.Content (HTML)?"}},
		{"Hugo's .Pages on a paper page", themedPaper("{{range .Pages}}{{.Title}}{{end}}"),
			[]string{"themes/mine/templates/paper.html:2: template error: .Pages: the page has no field or method Pages; on a paper page the papers it lists are .Paper.Related, its most similar papers (.Papers, a topic's, an author's or an organization's page's, is empty here). Or remove the override"}},
		// A source's Markdown, which the build renders and drops, is no template's to read.
		{"a day's intro as written", themedDay("{{with .Day}}{{.Intro}}{{end}}"),
			[]string{"themes/mine/templates/day.html:2: template error: .Intro: a day (*model.Day) has no field or method Intro; .Intro is the day file's Markdown as written: write .IntroHTML, the intro rendered to HTML."}},
		{"a paper's body as written", themedPaper("{{.Paper.Body}}"),
			[]string{"themes/mine/templates/paper.html:2: template error: .Paper.Body: a paper (*model.Paper) has no field or method Body; .Body, the paper's Markdown, is rendered and dropped before the pages are made: write .Content (its HTML), or .Abstract and .Notes."}},
		{"Hugo's .RegularPages on a day page", themedDay("{{range .RegularPages}}{{.Title}}{{end}}"),
			[]string{"the page has no field or method RegularPages; on a day page the papers it lists are .Day.Papers, ranked (.Papers, a topic's, an author's or an organization's page's, is empty here)."}},
		{"Hugo's .Pages on a page that lists no papers", themedDay("x") + "-- themes/mine/templates/topics.html --\n{{define \"main\"}}{{range .Pages}}{{.Title}}{{end}}{{end}}\n",
			[]string{"the page has no field or method Pages; fix the template or remove the override"}},
		{"Hugo's .Pages in a partial", themedDay("x") + "-- themes/mine/templates/partials/body-extra.html --\n{{define \"body-extra\"}}{{range .Pages}}{{.Title}}{{end}}{{end}}\n",
			[]string{"the page has no field or method Pages; did you mean .Papers (a list of papers)?"}},
		{"Hugo's .Pages in the base", themedDay("x") + "-- themes/mine/templates/base.html --\n{{define \"base\"}}<html lang=\"en\"><head>{{block \"head\" .}}{{end}}</head>{{range .Pages}}{{.Title}}{{end}}{{template \"main\" .}}</html>{{end}}\n",
			[]string{"themes/mine/templates/base.html:1: template error: .Pages: the page has no field or method Pages; did you mean .Papers (a list of papers)?"}},
		{"Hugo's .Content in the base", themedDay("x") + "-- themes/mine/templates/base.html --\n{{define \"base\"}}<html lang=\"en\"><head>{{block \"head\" .}}{{end}}</head>{{.Content}}{{template \"main\" .}}</html>{{end}}\n",
			[]string{"the page has no field or method Content; on a paper page it is .Paper.Content, on a page of the site's own .Page.Content; it is nil on other kinds of page, so use it inside {{with .Paper}}…{{end}}"}},
		{"the pager misspelt on a paper page", themedPaper("{{.Pagr}}"),
			[]string{"the page has no field or method Pagr; fix the template or remove the override"}},
		{"no field nil on the page's kind", themedPaper("{{.Autor}}"),
			[]string{"the page has no field or method Autor; fix the template or remove the override"}},
		{"range over a title", themedPaper("{{$p := .Paper}}{{range $p.Title}}x{{end}}"),
			[]string{"themes/mine/templates/paper.html:2: template error: {{range $p.Title}}: $p.Title is text, which range cannot go over; range takes a list, a map or a count, such as .Site.Days, .Day.Papers or .Paper.AuthorRefs."}},
		{"range over a text of site.yaml's extra", strings.Replace(themedPaper("{{range .Config.Extra.members}}{{.}}{{end}}{{range .Paper.Extra.n}}{{end}}"), "theme: mine\n", "theme: mine\nextra:\n  members: \"Ada Lovelace, Alan Turing\"\n", 1),
			[]string{"themes/mine/templates/paper.html:2: template error: executing \"main\" at <.Config.Extra.members>: .Config.Extra.members is text, \"Ada Lovelace, Alan Turing\", at content/site.yaml:4, which range cannot go over; " +
				"write members in content/site.yaml as a YAML list, one `- item` a line below `members:` or `members: [first, second]`, or show it without range."}},
		{"range over a number of a paper's extra", strings.Replace(themedPaper("{{range .Paper.Extra.n}}{{end}}"), "date: 2024-01-01\n", "date: 2024-01-01\nextra: {n: 2.5}\n", 1),
			[]string{"themes/mine/templates/paper.html:2: template error: executing \"main\" at <.Paper.Extra.n>: .Paper.Extra.n is a number, which range cannot go over; " +
				"write n under extra: as a YAML list, one `- item` a line below `n:` or `n: [first, second]`, or show it without range."}},
		{"range over the paper", themedPaper("{{range .Paper}}x{{end}}"),
			[]string{"{{range .Paper}}: .Paper is a paper (*model.Paper), which range cannot go over; range over one of its lists, such as .Paper.TopicNames"}},
		{"a name of the paper's authors as an author", themedPaper("{{range $i, $a := .Paper.Authors}}{{$a.Name}}{{end}}"),
			[]string{"themes/mine/templates/paper.html:2: template error: $a.Name: a string has no field or method Name; .Authors are names (strings); range over .AuthorRefs, the authors, with .Name and .Slug, that authorURL takes."}},
		{"a name of the paper's authors given to authorURL", themedPaper("{{with .Paper}}{{range .Authors}}{{authorURL .}}{{end}}{{end}}"),
			[]string{"got string (authorURL takes a *model.Author, not a string); .Authors are names (strings); range over .AuthorRefs"}},
		{"a slug of the paper's topics as a topic", themedPaper("{{$p := .Paper}}{{range $p.Topics}}{{.Name}}{{end}}"),
			[]string{".Name: a string has no field or method Name; .Topics are slugs (strings); range over .TopicRefs, the topics, with .Name and .Slug, that topicURL takes."}},
		{"Hugo's relURL", themedDay("{{relURL \"x\"}}"),
			[]string{"themes/mine/templates/day.html:2: template error: function \"relURL\" not defined; Hugo's relURL is \"url\" here"}},
		{"block never closed", themedDay("{{range .Day.Papers}}\n{{if .Title}}x"),
			[]string{"themes/mine/templates/day.html:2: template error: this {{range}} is never closed: the file ends before its {{end}}"}},
		{"an {{end}} too many", themedDay("{{range .Day.Papers}}x{{end}}\n{{end}}"),
			[]string{"themes/mine/templates/day.html:4: template error: this {{end}} closes no block: every {{define}}, {{if}}, {{range}}, {{with}} and {{block}} before it is closed already; delete it, or, if it should end a block, add the block's opening where it begins"}},
		{"argument of the wrong type", themedDay("{{paperURL .Day}}"),
			[]string{"themes/mine/templates/day.html:2: template error: executing \"main\" at <.Day>: wrong type for value; expected *model.Paper; got *model.Day (paperURL takes a *model.Paper, not a *model.Day)"}},
		{"truncate to nothing", themedDay("{{truncate 0 .Title}}"),
			[]string{"themes/mine/templates/day.html:2: template error: executing \"main\" at <truncate 0 .Title>: error calling truncate: the length must be 1 or more, not 0"}},
		{"every error at once", siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: soon\n") + paper("b", "arxiv: \"2401.00002\"\ndate: 2024-01-01\n"),
			[]string{"content/papers/a.md:4: date: \"soon\" is not a date", "content/papers/b.md:2: the paper has no title"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := buildSite(t, tt.archive, Options{})
			if err == nil {
				t.Fatalf("build succeeded, want errors %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error:\n%v\nwant it to contain %q", err, w)
				}
			}
			// Each mistake is reported once, alone (no error that only
			// follows from another: every error is one a want names) and
			// as it is (no stage's prefix before its path).
			var list diag.List
			if one := (*diag.Error)(nil); errors.As(err, &one) {
				list = diag.List{one}
			} else if !errors.As(err, &list) {
				t.Fatalf("error %T %v, want diag errors", err, err)
			}
			if err.Error() != list.Error() {
				t.Errorf("error:\n%v\nwant the source errors as they are:\n%v", err, list)
			}
			seen := map[string]bool{}
			for _, e := range list {
				if seen[e.Error()] {
					t.Errorf("%q is reported twice", e)
				}
				seen[e.Error()] = true
				if !slices.ContainsFunc(tt.want, func(w string) bool { return strings.Contains(e.Error(), w) }) {
					t.Errorf("unwanted error %q among:\n%v", e, err)
				}
			}
		})
	}
}

func TestErrorsAreListed(t *testing.T) {
	_, err := buildSite(t, siteYAML+paper("a", "title: A\n"), Options{})
	list, ok := err.(diag.List)
	if !ok || len(list) == 0 {
		t.Fatalf("error %T %v, want a diag.List", err, err)
	}
}

// TestIntroRenderErrorLine: a day's intro whose Markdown does not render
// is an error at the intro's first line, as a paper's body is at its
// own, and the day is left without the HTML it failed to make.
func TestIntroRenderErrorLine(t *testing.T) {
	fail := func([]byte, markdown.Files) (markdown.Result, error) {
		return markdown.Result{HTML: []byte("<p>half")}, errors.New("write failed")
	}
	d := &model.Day{Intro: "The *intro*.", IntroLine: 5}
	var errs diag.List
	if got := dayIntro("content/days/2024-01-01.md", d, fail, markdown.Files{}, &errs); got != d.Intro {
		t.Errorf("dayIntro = %q, want the intro %q", got, d.Intro)
	}
	want := "content/days/2024-01-01.md:5: the Markdown from this line on does not render (write failed); report it as a bug of Paperboy's, with this file"
	if errs.Error() != want || d.IntroHTML != "" {
		t.Errorf("errors %q, IntroHTML %q; want %q and none", errs.Error(), d.IntroHTML, want)
	}
}

// TestConflictsNamedWithSiteYAMLs: a merge that leaves git's markers in
// site.yaml, which then gives no settings to read the sources by, and in
// a paper and a day names all three in one run, as a site.yaml that
// parses does; a site.yaml that fails otherwise names the sources'
// markers too.
func TestConflictsNamedWithSiteYAMLs(t *testing.T) {
	t.Parallel()
	const conflict = ": an unresolved merge conflict: git left its <<<<<<<, ======= and >>>>>>> lines here;"
	sources := paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n<<<<<<< HEAD\nupvotes: 4\n=======\nupvotes: 9\n>>>>>>> origin/main\n") +
		"-- content/days/2024-01-01.md --\n---\npapers:\n<<<<<<< HEAD\n  - \"2401.00001\"\n=======\n>>>>>>> origin/main\n---\nIntro.\n" +
		"-- content/pages/about.md --\nAbout.\n"
	site := "-- content/site.yaml --\n<<<<<<< HEAD\ntitle: T\n=======\ntitle: U\n>>>>>>> origin/main\nbaseURL: https://example.org/\n" + sources
	_, err := buildSite(t, site, Options{})
	errorsStart(t, err, []string{"content/site.yaml:1" + conflict, "content/papers/a.md:5" + conflict, "content/days/2024-01-01.md:3" + conflict})
	site = "-- content/site.yaml --\ntitle: [T\nbaseURL: https://example.org/\n" + sources
	_, err = buildSite(t, site, Options{})
	errorsStart(t, err, []string{"content/site.yaml:", "content/papers/a.md:5" + conflict, "content/days/2024-01-01.md:3" + conflict})
}
