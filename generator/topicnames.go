package generator

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

// titleCasedTopics is check's one note about the short topics that are
// named by their slugs title-cased: nlp is shown as "Nlp", which is
// hardly ever what the curator meant. Of a topic site.yaml does not
// define, as no source writes it with a capital letter, it names the
// first source line that writes it (in path order, then line), and gives
// the lines of site.yaml that name them in capitals, indented as the
// topics there are (yaml is site.yaml's text); of one site.yaml defines
// without a name:, the line of its key, and the name: to add under it.
// It is nil when there is none.
func titleCasedTopics(site *model.Site, yaml []byte) []Problem {
	cfg := site.Config
	yaml, err := diag.Text("", yaml)
	if err != nil { // site.yaml built: never
		return nil
	}
	lines := strings.Split(string(yaml), "\n")
	var shown, paste, defined, fixes []string
	line := 0
	for _, t := range site.Topics { // by name
		if !t.TitleCased || t.Name == t.Slug || !model.ShortTopic(t.Slug) {
			continue
		}
		if i := slices.IndexFunc(cfg.Topics, func(c model.TopicConfig) bool { return c.Slug == t.Slug }); i >= 0 {
			key := cfg.Topics[i].Line
			line = cmp.Or(line, key)
			defined = append(defined, fmt.Sprintf("%s shown as %s (%s:%d)", t.Slug, t.Name, cfg.Source, key))
			fixes = append(fixes, addName(lines, key, t.Slug, fmt.Sprintf("name: %q", strings.ToUpper(t.Slug))))
			continue
		}
		path, at := firstWritten(t)
		shown = append(shown, fmt.Sprintf("%s shown as %s (%s:%d)", t.Slug, t.Name, path, at))
		paste = append(paste, fmt.Sprintf("%s: {name: %q}", t.Slug, strings.ToUpper(t.Slug)))
	}
	var msg []string
	if len(shown) > 0 {
		var where string
		line, where, paste = topicsPaste(lines, cfg.Topics, paste)
		it := "it"
		if len(shown) > 1 {
			it = "them"
		}
		msg = append(msg, fmt.Sprintf("%s: named from the slug, as no source writes %s with a capital letter and site.yaml does not name %s; to show %s in capitals, add %s (or write %s so in one paper's topics:):\n%s",
			strings.Join(shown, ", "), it, it, it, where, it, strings.Join(paste, "\n")))
	}
	if len(defined) > 0 {
		its, fix := "its entry in site.yaml's topics: has no name:; to show it in capitals, ", fixes[0]
		if len(defined) > 1 {
			its, fix = "their entries in site.yaml's topics: have no name:; to show them in capitals, give each one:\n", strings.Join(fixes, "\n")
		}
		msg = append(msg, strings.Join(defined, ", ")+": named from the slug, as "+its+fix)
	}
	if len(msg) == 0 {
		return nil
	}
	return []Problem{{Kind: "note", Path: cfg.Source, Line: line, Msg: strings.Join(msg, "\n")}}
}

// addName says how to give the topic slug, whose key is on line key of
// site.yaml's lines, the name: name: a line to add under the key,
// indented as its other fields are (or the topics one step deeper than
// their keys); or, for an entry in braces or a null (~), the line to
// write in place of the key's; for a key inside braces, only what to add.
func addName(lines []string, key int, slug, name string) string {
	l := lines[key-1]
	indent := l[:len(l)-len(strings.TrimLeft(l, " "))]
	k, value, _ := strings.Cut(l, ":")
	value = strings.TrimSpace(value)
	rest, _, _ := strings.Cut(value, " #") // without a comment
	switch {
	case strings.Trim(strings.TrimSpace(k), `"'`) != slug:
		return fmt.Sprintf("add %s to %s: (line %d)", name, slug, key)
	case strings.HasPrefix(rest, "{"):
		// The braces' text as it is, with what follows them: a " #" in
		// them may be a quoted string's ({description: "the #1 topic"}).
		inner := strings.TrimPrefix(value, "{")
		if !strings.HasPrefix(strings.TrimSpace(inner), "}") {
			inner = ", " + strings.TrimSpace(inner)
		}
		return fmt.Sprintf("write line %d as:\n%s%s: {%s%s", key, indent, slug, name, inner)
	case rest != "" && !strings.HasPrefix(rest, "#"):
		return fmt.Sprintf("write line %d as:\n%s%s: {%s}", key, indent, slug, name)
	}
	under := indent + cmp.Or(indent, "  ") // topics: is at the margin, so a key's indent is the file's step
	for _, next := range lines[key:] {
		if t := strings.TrimSpace(next); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if n := next[:len(next)-len(strings.TrimLeft(next, " "))]; len(n) > len(indent) {
			under = n
		}
		break
	}
	return fmt.Sprintf("add under %s: (line %d):\n%s%s", slug, key, under, name)
}

// firstWritten returns the first source line, in path order and then line
// order, whose topics: writes the topic t, which site.yaml does not
// define: each of its papers does.
func firstWritten(t *model.Topic) (path string, line int) {
	for _, p := range t.Papers {
		for _, n := range p.TopicNames {
			if slug.Make(tex.SlugText(n.Name)) == t.Slug && (path == "" || cmp.Or(strings.Compare(p.Source, path), cmp.Compare(n.Line, line)) < 0) {
				path, line = p.Source, n.Line
			}
		}
	}
	return path, line
}

// topicsPaste returns the line of the topics: key of site.yaml's lines,
// where to add the lines of paste (entries of topics:), and those lines
// indented as the file's first topic is (two spaces when it has none);
// with no topics: key, line 0, and the lines under a topics: of their
// own.
func topicsPaste(lines []string, topics []model.TopicConfig, paste []string) (line int, where string, out []string) {
	indent := "  "
	if len(topics) > 0 && topics[0].Line <= len(lines) {
		l := lines[topics[0].Line-1]
		indent = cmp.Or(l[:len(l)-len(strings.TrimLeft(l, " "))], indent)
	}
	line = slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "topics:") }) + 1
	for _, p := range paste {
		out = append(out, indent+p)
	}
	if line == 0 {
		return 0, "to site.yaml", append([]string{"topics:"}, out...)
	}
	return line, "under `topics:` in site.yaml", out
}
