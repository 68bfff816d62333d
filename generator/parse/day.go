package parse

import (
	"bytes"
	"fmt"
	"path"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// dayYAML is the front matter of a day file.
type dayYAML struct {
	Title   string         `yaml:"title"`
	Date    Date           `yaml:"date"`
	Papers  yaml.Node      `yaml:"papers"`
	Listed  yaml.Node      `yaml:"listed"`
	Removed []string       `yaml:"removed"`
	Aliases []string       `yaml:"aliases"`
	Extra   map[string]any `yaml:"extra"`
}

// Day parses a day file named YYYY-MM-DD.md (.md in any letter case). Papers written inline in its
// front matter are returned too, dated on the day. A file of another name
// is an error (DayName's, which knows no file beside it).
func Day(file string, data []byte, lim Limits) (*model.Day, []*model.Paper, error) {
	return DayUnder(file, data, lim, "/")
}

// DayUnder is Day for a file of the site at the base path base
// ("/notes/"), which an alias its messages name is written without, as
// every alias is.
func DayUnder(file string, data []byte, lim Limits, base string) (*model.Day, []*model.Paper, error) {
	if err := DayName(file, nil); err != nil {
		return nil, nil, err
	}
	name := filename.Stem(file)
	date, _ := parseDate(name)
	doc, err := split(file, data)
	if err != nil {
		return nil, nil, err
	}
	d := &model.Day{Date: date, Slug: name, Source: file, Line: 1, Intro: string(doc.Body), IntroLine: doc.BodyLine}
	if doc.Front == nil {
		return d, nil, emptyDay(file, doc)
	}
	if err := closedEarly(file, doc, reflect.TypeFor[dayYAML]()); err != nil {
		return nil, nil, err
	}
	m, err := yamlDoc(file, doc.Front, doc.FrontAt, false)
	if err != nil {
		return nil, nil, err
	}
	var errs diag.List
	var y dayYAML
	lines := map[string]int{}
	decodeMapping(file, m, &y, "day", lines, &errs)
	d.Title, d.TitleLine = titleText(y.Title), lines["title"]
	if y.Date.Given {
		d.DateLine = lines["date"]
	}
	if y.Date.Given && !y.Date.Day().Equal(date) {
		errs.Add(file, lines["date"], "date %s does not match the file name %s.md; rename the file or fix the date", y.Date.Day().Format("2006-01-02"), name)
	}
	emptyItems(file, m, &errs, "removed")
	_, removed := lookup(m, "removed")
	for i, id := range y.Removed {
		d.Removed = append(d.Removed, arxivid.Named(id))
		line := d.Line
		if removed != nil && i < len(removed.Content) {
			line = removed.Content[i].Line
		}
		d.RemovedLines = append(d.RemovedLines, line)
	}
	d.Extra, d.ExtraLines = y.Extra, keyLines(frontValue(m, "extra"))
	d.AliasesLine = lines["aliases"]
	dayAliases(file, itemLines(m, "aliases", len(y.Aliases), lines["aliases"]), y.Aliases, d, &errs)
	var inline []*model.Paper
	d.Order, d.OrderLines = dayIDs(file, "papers", &y.Papers, &errs, func(item *yaml.Node) string {
		p := paperFrom(owner{path: file, front: item, base: base}, lim, &errs)
		p.BodyLine, p.BodyFolded = abstractLine(item)
		if p.DateLine == 0 { // no date: of its own
			p.Date = date
		}
		inline = append(inline, p)
		return p.ID // "" when paperFrom said it has none
	})
	d.PapersLine = lines["papers"]
	d.Listed, d.ListedLines = dayIDs(file, "listed", &y.Listed, &errs, nil)
	return d, inline, errs.Err()
}

// dayIDs returns the ids the list n of a day file's key (papers: or
// listed:) names, as arxivid.Named reads them (arXiv:2410.07166 names
// 2410.07166, as in arxiv:), with the line of each. An entry that is a
// mapping of an id alone names that paper (pinnedID); any other mapping
// is an inline paper, which only papers: takes: inline reads it
// and returns its id, or "" when it has none; nil refuses it.
func dayIDs(file, key string, n *yaml.Node, errs *diag.List, inline func(*yaml.Node) string) (ids []string, lines []int) {
	switch {
	case n.Kind == 0:
		return nil, nil
	case n.Kind != yaml.SequenceNode:
		if n.Tag != "!!null" {
			hint := "[2410.07166, 2405.15738]"
			if n.Kind == yaml.ScalarNode && len(listItems(key, n)) > 0 {
				hint = listHint(key, n)
			}
			errs.Add(file, n.Line, "%s: must be a list, one `- 2410.07166` per line or %s", key, hint)
		}
		return nil, nil
	}
	for _, item := range n.Content {
		id := ""
		switch {
		case item.Kind == yaml.ScalarNode:
			if id = arxivid.Named(item.Value); id == "" {
				errs.Add(file, item.Line, "an empty entry in %s:; write a paper's id (- 2410.07166) or remove the line", key)
			}
		case pinnedID(item) != "":
			id = arxivid.Named(pinnedID(item))
		case item.Kind == yaml.MappingNode && inline != nil:
			id = inline(item)
		case inline != nil:
			errs.Add(file, item.Line, "each entry of %s: is a paper id (- 2410.07166) or an inline paper with title, arxiv and authors", key)
		default:
			errs.Add(file, item.Line, "each entry of %s: is the id of a paper of another day (- 2410.07166); a paper written in the day file goes under papers:", key)
		}
		if id != "" {
			ids = append(ids, id)
			lines = append(lines, item.Line)
		}
	}
	return ids, lines
}

// pinnedID returns the id an entry of a day's papers: or listed: names
// when it is a mapping of its id alone (`- arxiv: "2401.00002"`, or
// `- id: smith-2024`), as a paper's file writes it: a reference to the
// paper, written as `- "2401.00002"` is, and no inline paper, which
// would need a title and authors, and take a second page for that id;
// else "".
func pinnedID(item *yaml.Node) string {
	if item.Kind != yaml.MappingNode || len(item.Content) != 2 {
		return ""
	}
	k, v := item.Content[0], item.Content[1]
	if (k.Value != "arxiv" && k.Value != "id") || v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		return ""
	}
	return strings.TrimSpace(v.Value)
}

// DayName returns an error when file, a day file's slash path, is not
// named YYYY-MM-DD.md, with what to name it when its name says the date:
// a copy's name, .md written twice, a space around the date, another
// separator (2024_06_05.md). exists reports whether a source file is at
// a slash path (nil: none is): a name the file is to take that a file
// beside it has already is no name to rename it to, as the file most
// often is that one's copy.
func DayName(file string, exists func(path string) bool) error {
	name := filename.Stem(file)
	if isDayName(name) {
		return nil
	}
	if orig := filename.CopyOf(file); orig != "" && isDayName(filename.Stem(orig)) {
		return diag.Errorf(file, 0, "%s", filename.CopyHint(file, orig, exists != nil && exists(orig)))
	}
	if why := noSuchDay(name); why != "" {
		return diag.Errorf(file, 0, "the file name %s is not a date: %s; rename the file to the day it is for", name, why)
	}
	bare := withoutMarkdownExt(name)
	if bare != name && isDayName(bare) {
		return diag.Errorf(file, 0, "the file name %q ends in .md more than once (as a \"Save as\" that adds it again names a file); %s", path.Base(file), renameDay(file, bare, exists))
	}
	if trimmed := strings.TrimSpace(name); trimmed != name && isDayName(trimmed) {
		return diag.Errorf(file, 0, "the file name %q has a space around the date; %s", path.Base(file), renameDay(file, trimmed, exists))
	}
	if day := meantDay(strings.TrimSpace(bare)); day != "" {
		return diag.Errorf(file, 0, "a day file must be named YYYY-MM-DD.md; %s", renameDay(file, day, exists))
	}
	if _, _, err := arxivid.Parse(name); err == nil {
		return diag.Errorf(file, 0, "a day file must be named YYYY-MM-DD.md, and %s is an arXiv id: a paper's file goes in content/papers/; move it there", name)
	}
	return diag.Errorf(file, 0, "a day file must be named YYYY-MM-DD.md, like 2024-03-14.md")
}

// renameDay tells the day file file to be renamed day.md, or, when exists
// finds a file of that name beside it, that it is there: renaming would
// overwrite it.
func renameDay(file, day string, exists func(path string) bool) string {
	to := day + ".md"
	if exists != nil && exists(path.Join(path.Dir(file), to)) {
		return fmt.Sprintf("%s exists already: if this is a copy of it (an editor's Save as), delete it or merge what it adds into %s", to, to)
	}
	return "rename it " + to
}

// isDayName reports whether name is a day file's name without its .md:
// a date written YYYY-MM-DD.
func isDayName(name string) bool {
	_, err := parseDate(name)
	return err == nil && len(name) == 10
}

// withoutMarkdownExt returns name, a file's stem, without the .md
// extensions it still ends in (2024-06-05.md, the stem of 2024-06-05.md.md).
func withoutMarkdownExt(name string) string {
	for filename.IsMarkdown(name) {
		name = filename.Stem(name)
	}
	return name
}

// emptyDay returns an error when doc, a day file without front matter,
// holds nothing but blank lines (or a byte-order mark, which split drops);
// or nil. A day of an intro alone is one, but a file saved empty is most
// often one a phone editor or an upload emptied: read as no day file, its
// title, papers: and removed: would leave the site without a word.
func emptyDay(file string, doc *document) error {
	if len(bytes.TrimSpace(doc.Body)) > 0 {
		return nil
	}
	return diag.Errorf(file, 1, "the file is empty, so the day it is for has no title, papers: or removed:; write them back (the file's History on GitHub holds its former text), or delete the file")
}

// abstractLine returns the line an inline paper's abstract: starts on in
// its day file, and whether YAML folds the abstract's lines (folded): a
// literal block (abstract: |) is the file's lines from the one after its
// |, so a line of it is counted as a paper file's body's is; any other
// (plain, in quotes, or folded with >) has each of its lines at its
// key's line. A paper without an abstract: is at its entry's line. (An
// empty literal block is folded too: the build reads a paper file's
// body that it dropped again from the file, and an inline paper's is
// never dropped but empty.)
func abstractLine(item *yaml.Node) (line int, folded bool) {
	k, v := lookup(item, "abstract")
	switch {
	case k == nil:
		return item.Line, true
	case v.Kind == yaml.ScalarNode && v.Style == yaml.LiteralStyle && v.Value != "":
		return v.Line + 1, false
	}
	return k.Line, true
}
