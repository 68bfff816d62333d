package generator

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// listedIDRE matches a list item of Markdown (- 2506.09601, 1. 2506.09601)
// and the first word after its marker, in backquotes or not.
var listedIDRE = regexp.MustCompile("^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+`?([^\\s`]+)")

// unlistedPapers warns of each day file of days that the site does not
// publish, as it has no papers, whose intro lists papers of the site by
// id, an item each (- 2506.09601): the curator meant them for its
// papers:, and the day, title, intro and all, would be left out without
// a word. The warning is at the first such item's line.
func unlistedPapers(days []*model.Day, site *model.Site) []Problem {
	published := map[string]bool{}
	for _, d := range site.Days {
		published[d.Slug] = true
	}
	var ids map[string]bool // made for the first day that may list some
	var out []Problem
	for _, d := range days {
		if d.Source == "" || published[d.Slug] || d.Intro == "" {
			continue
		}
		if ids == nil {
			ids = make(map[string]bool, len(site.Papers))
			for _, p := range site.Papers {
				ids[p.ID] = true
			}
		}
		var listed []string
		first := 0
		for i, line := range strings.Split(d.Intro, "\n") {
			m := listedIDRE.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			id := arxivid.Named(strings.TrimRight(m[1], ".,;:)"))
			if !ids[id] {
				continue
			}
			if listed = append(listed, `"`+id+`"`); len(listed) == 1 {
				first = d.IntroLine + i
			}
		}
		if len(listed) == 0 {
			continue
		}
		out = append(out, Problem{Kind: "source", Path: d.Source, Line: first, Msg: fmt.Sprintf(
			"the day lists papers of the site in its intro (%s), where they are text, and has none of its own, so it is not published; list them under papers: in its front matter, `papers: [%s]`, and take them out of the intro",
			strings.ReplaceAll(strings.Join(listed, ", "), `"`, ""), strings.Join(listed, ", "))})
	}
	return out
}
