package parse

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

// notionPropertyRE is a line of the properties Notion's Markdown export
// writes under a page's # title: a name, a colon and its value.
var notionPropertyRE = regexp.MustCompile(`^([\p{L}][\p{L}\p{N} ()/&_-]{0,40}):[ \t]+(\S.*)$`)

// notionDates are the layouts Notion's export writes a date property in.
var notionDates = []string{"January 2, 2006", "January 2, 2006 3:04 PM", "Jan 2, 2006", "2006-01-02", "2006/01/02", "2006-01-02T15:04:05Z07:00"}

// notionKeys are the fields notionFront writes, in the order it writes
// them.
var notionKeys = []string{"title", "arxiv", "authors", "date", "published", "topics"}

// notionFront returns the front matter a paper file without any would
// have, written on one line (`title: "…"`, `arxiv: "…"`, …), and the
// paper's arXiv id where a property gives it, when the file starts as
// Notion's Markdown export of a page does: its # title, then its
// properties, one Name: value a line. "" when it does not.
func notionFront(data []byte) (front, id string) {
	lines := strings.Split(strings.TrimPrefix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\ufeff"), "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "# ") {
		return "", ""
	}
	fields := map[string]string{"title": strconv.Quote(strings.TrimSpace(lines[0][2:]))} // key → its value as YAML
	var props int
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		if line == "" {
			if props > 0 {
				break
			}
			continue
		}
		m := notionPropertyRE.FindStringSubmatch(line)
		if m == nil {
			break
		}
		props++
		name, value := strings.ToLower(m[1]), strings.TrimSpace(m[2])
		if ref, _, ok := arxivid.Ref(value); ok && id == "" {
			id, fields["arxiv"] = ref, strconv.Quote(ref)
			continue
		}
		switch name {
		case "author", "authors", "author(s)", "by":
			fields["authors"] = "[" + strings.Join(listOf(value), ", ") + "]"
		case "date", "created", "date added", "added", "read", "date read", "published", "publication date":
			key := "date" // the digest day: when the curator added it
			if strings.HasPrefix(name, "publi") {
				key = "published"
			}
			for _, layout := range notionDates {
				if d, err := time.Parse(layout, value); err == nil {
					fields[key] = d.Format("2006-01-02")
					break
				}
			}
		case "tags", "tag", "topics", "topic", "category", "categories", "area", "keywords":
			var topics []string
			for _, t := range listOf(value) {
				if s := slug.Make(t); s != "" {
					topics = append(topics, s)
				}
			}
			if topics != nil {
				fields["topics"] = "[" + strings.Join(topics, ", ") + "]"
			}
		}
	}
	if len(fields) == 1 { // no property Paperboy has a field for: a heading, then a sentence with a colon
		return "", ""
	}
	var out []string
	for _, k := range notionKeys {
		if v, ok := fields[k]; ok {
			out = append(out, "`"+k+": "+v+"`")
		}
	}
	return strings.Join(out, ", "), id
}

// listOf splits a property's value into its items, as Notion joins a
// multi-select's or a list's: by commas, or by semicolons where it has
// any.
func listOf(value string) []string {
	sep := ","
	if strings.Contains(value, ";") {
		sep = ";"
	}
	var out []string
	for _, item := range strings.Split(value, sep) {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// notionNameRE is the ID Notion's export adds to a page's file name:
// "Attention Is All You Need 1a2b….md".
var notionNameRE = regexp.MustCompile(` [0-9a-f]{32}\.md$`)
