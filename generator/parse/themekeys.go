package parse

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// pictureHint is the hint for the keys Hugo's and Jekyll's themes read a
// post's picture from (PaperMod's cover: {image: …, alt: …}, Ananke's
// featured_image:, others' thumbnail:) without a value to quote: a
// paper's and a page's picture is `image:` (and `image_alt:`) here.
const pictureHint = "the picture is `image:` (a file beside this .md, relative to it, or an http(s) URL) and what it shows `image_alt:`"

// dayPictureHint is the hint for a picture key in a day file.
const dayPictureHint = "a day's page shows the figure of its highest-ranked paper that has an `image:`, so give that paper `image:`, or pin one that has it first in `papers:`; remove the line"

// dayDraftHint is the hint for Hugo's draft: in a day file: a day has no
// switch of its own, as it is made from its papers (a paper dated on it
// makes it without a day file), and extra: would publish it.
const dayDraftHint = "a day has no draft switch: it is published while it lists a paper that is not a draft (a paper dated on it lists it even without this file); " +
	"to keep it off the site until it is done, give each of its papers `draft: true` (a day whose papers are all drafts is left out; `build --drafts` shows it); remove the line"

// dayTopicsHint is the hint for Hugo's tags: or categories: in a day file.
const dayTopicsHint = "a day has no topics: topics group papers, so give each paper its `topics:` (a topic's page and feed list its papers of every day); remove the line"

// dayDescriptionHint is the hint for a day's description: or summary:.
const dayDescriptionHint = "a day's description (meta tags, link previews) is the first paragraph of its intro, the Markdown after the front matter: write it there, and remove the line"

// tocHint is the hint for a Hugo theme's table-of-contents switch.
const tocHint = "a page has no table of contents (its headings are the way through it), so the switch does nothing here; remove the line"

// seriesHint is the hint for Hugo's series: taxonomy on a paper.
const seriesHint = "a series of papers is a topic here: write `topics: [<series>]`, which gives it a page and a feed of its own, as Hugo's series page did"

// themeKeyHint is what to write in place of a Jekyll or Hugo theme's key
// whose value is a field here, written with that value: Jekyll's one
// category: (`topics: [nlp]`, or `categories: [cs.CL]` for an arXiv
// category), a theme's picture (`image: fig.png`, `image_alt: …`) and
// Hugo's series: (`topics: [agents]`); "" for another key or a value
// that cannot be quoted.
func themeKeyHint(what, key string, val *yaml.Node) string {
	k := strings.ToLower(key)
	switch {
	case val == nil || what != "paper" && what != "page":
	case what == "paper" && k == "category" && val.Kind == yaml.ScalarNode && strings.TrimSpace(val.Value) != "":
		return categoryHint(strings.TrimSpace(val.Value))
	case what == "paper" && k == "series":
		if items := scalarItems(val); items != "" {
			return "a series of papers is a topic here: write `topics: [" + items + "]` (merged with the paper's other topics), which gives it a page and a feed of its own, as Hugo's series page did"
		}
	case foreignKeys[what][k] == pictureHint:
		return pictureValueHint(val)
	}
	return ""
}

// categoryHint is what to write in place of Jekyll's category: c, one
// name: an arXiv category among `categories:`, another a topic.
func categoryHint(c string) string {
	if IsCategory(c) {
		return "write the arXiv category as `categories: [" + flowItem(c) + "]` (merged with the paper's other categories)"
	}
	return "Jekyll's category: is your own grouping, which is `topics:` here: write `topics: [" + flowItem(c) + "]` (merged with the paper's other topics), which gives it a page and a feed of its own; `categories:` are arXiv's (cs.CL)"
}

// pictureValueHint is what to write in place of a theme's picture val:
// a path or URL, or PaperMod's mapping of image:, alt: and caption:.
func pictureValueHint(val *yaml.Node) string {
	src, alt := "", ""
	switch val.Kind {
	case yaml.ScalarNode:
		src = strings.TrimSpace(val.Value)
	case yaml.MappingNode:
		for _, k := range []string{"image", "src", "url"} {
			if v := frontValue(val, k); v != nil && v.Kind == yaml.ScalarNode {
				src = strings.TrimSpace(v.Value)
				break
			}
		}
		if v := frontValue(val, "alt"); v != nil && v.Kind == yaml.ScalarNode {
			alt = strings.TrimSpace(v.Value)
		}
	}
	if src == "" {
		return pictureHint
	}
	h := "the picture is `image:` here: write `image: " + yamlText(src) + "`"
	if alt != "" {
		h += " and `image_alt: " + yamlText(alt) + "`"
	}
	return h + " in its place (a file beside this .md, relative to it, a file of your theme's static/ from the site's root, /card.png, or an http(s) URL)"
}

// scalarItems is the string val, or the list of strings val, as the
// items of a YAML list in brackets; "" for another value.
func scalarItems(val *yaml.Node) string {
	items := []*yaml.Node{val}
	if val.Kind == yaml.SequenceNode {
		items = val.Content
	}
	var out []string
	for _, n := range items {
		if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
			return ""
		}
		out = append(out, flowItem(strings.TrimSpace(n.Value)))
	}
	return strings.Join(out, ", ")
}
