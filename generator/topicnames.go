package generator

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

// titleCasedTopics is check's one note about the short topics that are
// named by their slugs title-cased, as no source writes them with a
// capital letter and site.yaml does not name them: nlp is shown as "Nlp",
// which is hardly ever what the curator meant. It names each with the
// first source line that writes it (in path order, then line), and gives
// the lines of site.yaml that name them in capitals, indented as the
// topics there are (yaml is site.yaml's text). It is nil when there is
// none.
func titleCasedTopics(site *model.Site, yaml []byte) []Problem {
	var shown, paste []string
	for _, t := range site.Topics { // by name
		if !t.TitleCased || t.Name == t.Slug || !model.ShortTopic(t.Slug) {
			continue
		}
		path, line := firstWritten(t)
		shown = append(shown, fmt.Sprintf("%s shown as %s (%s:%d)", t.Slug, t.Name, path, line))
		paste = append(paste, fmt.Sprintf("%s: {name: %q}", t.Slug, strings.ToUpper(t.Slug)))
	}
	if len(shown) == 0 {
		return nil
	}
	cfg := site.Config
	line, indent := topicsKey(yaml, cfg.Topics)
	where := "under `topics:` in site.yaml"
	if line == 0 {
		where = "to site.yaml"
		paste = append([]string{"topics:"}, paste...)
		for i := range paste[1:] {
			paste[i+1] = "  " + paste[i+1]
		}
	} else {
		for i := range paste {
			paste[i] = indent + paste[i]
		}
	}
	it := "it"
	if len(shown) > 1 {
		it = "them"
	}
	return []Problem{{Kind: "note", Path: cfg.Source, Line: line, Msg: fmt.Sprintf(
		"%s: named from the slug, as no source writes %s with a capital letter and site.yaml does not name %s; to show %s in capitals, add %s (or write %s so in one paper's topics:):\n%s",
		strings.Join(shown, ", "), it, it, it, where, it, strings.Join(paste, "\n"))}}
}

// firstWritten returns the first source line, in path order and then line
// order, whose topics: writes the topic t, which site.yaml does not
// define: each of its papers does.
func firstWritten(t *model.Topic) (path string, line int) {
	for _, p := range t.Papers {
		for _, n := range p.TopicNames {
			if slug.Make(n.Name) == t.Slug && (path == "" || cmp.Or(strings.Compare(p.Source, path), cmp.Compare(n.Line, line)) < 0) {
				path, line = p.Source, n.Line
			}
		}
	}
	return path, line
}

// topicsKey returns the line of the topics: key of site.yaml's text and
// the indentation of its first topic (two spaces when it has none), or
// line 0 when site.yaml has no topics: key.
func topicsKey(yaml []byte, topics []model.TopicConfig) (line int, indent string) {
	yaml, err := diag.Text("", yaml)
	if err != nil { // site.yaml built: never
		return 0, ""
	}
	lines := strings.Split(string(yaml), "\n")
	if len(topics) > 0 && topics[0].Line <= len(lines) {
		l := lines[topics[0].Line-1]
		indent = l[:len(l)-len(strings.TrimLeft(l, " "))]
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "topics:") {
			return i + 1, cmp.Or(indent, "  ")
		}
	}
	return 0, ""
}
