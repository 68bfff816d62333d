package render

import (
	"path"
	"slices"
	"strings"
)

// Used reports whether the theme file at the slash path name belongs in a
// theme: read by a build (the base and page templates, partials, static
// files, the email templates and the messages of i18n/), or carried by a
// theme's repository for its readers (RepoFile). Anything else in a site's
// theme folder is an orphan.
func Used(name string) bool {
	switch {
	case name == "templates/base.html",
		strings.HasPrefix(name, "templates/partials/") && path.Ext(name) == ".html",
		strings.HasPrefix(name, "static/"),
		strings.HasPrefix(name, "email/"),
		strings.HasPrefix(name, "i18n/"): // i18n.Load reads or refuses each

		return true
	case strings.HasPrefix(name, "templates/") && path.Dir(name) == "templates":
		return slices.Contains(pageKinds, strings.TrimSuffix(path.Base(name), ".html"))
	}
	return RepoFile(name)
}

// RepoFile reports whether the theme file at the slash path name is one a
// theme published as a repository of its own carries for its readers, not
// for the build: a README, licence, changelog or the like at the top, a
// theme.yaml or theme.toml, Hugo's images/ of screenshots, and anything
// under a folder whose name starts with a dot (.github/).
func RepoFile(name string) bool {
	if strings.HasPrefix(name, "images/") || strings.HasPrefix(name, ".") || strings.Contains(name, "/.") {
		return true
	}
	if strings.Contains(name, "/") {
		return false
	}
	stem := strings.ToUpper(strings.TrimSuffix(name, path.Ext(name)))
	switch stem {
	case "README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG", "CHANGES", "AUTHORS",
		"CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY", "CITATION":
		return true
	}
	return name == "theme.yaml" || name == "theme.toml"
}

// PageKinds returns the names of the page templates a theme may have,
// templates/<kind>.html.
func PageKinds() []string { return slices.Clone(pageKinds) }

// Sample is a page check reads for what its kind's templates write.
type Sample struct {
	Kind string
	Path string // its output file
	// Traits say what the page was picked for, what may take its
	// templates down a branch another page of the kind does not go, each
	// said after "<kind> pages" ("with an image"); none on a kind's first
	// page that was picked for nothing.
	Traits []string
}

// Samples returns the pages check reads, by kind in the order of the
// site's pages: the first page of each kind, which its templates make as
// they make every page of the kind, and for a kind whose templates show
// what a page may lack (a paper's image, a day's intro, a pager), the
// page that has the most of each such thing (sampleTraits), at most six
// pages a kind. A page picked for several traits is read once, with all
// of them. It lists nothing before Prepare.
func (r *Renderer) Samples() []Sample {
	type pick struct{ job, measure int }
	var kinds []string
	first := map[string]int{}    // the index in r.jobs of a kind's first page
	picks := map[string][]pick{} // each trait's page, by kind
	for i, j := range r.jobs {
		traits := sampleTraits[j.kind]
		if _, ok := first[j.kind]; !ok {
			first[j.kind] = i
			kinds = append(kinds, j.kind)
			picks[j.kind] = make([]pick, len(traits))
		}
		for t, tr := range traits {
			if m := tr.measure(j); m > picks[j.kind][t].measure {
				picks[j.kind][t] = pick{i, m}
			}
		}
	}
	var out []Sample
	for _, kind := range kinds {
		n := len(out)
		out = append(out, Sample{Kind: kind, Path: r.jobs[first[kind]].out()})
		for t, p := range picks[kind] {
			if p.measure == 0 {
				continue
			}
			path := r.jobs[p.job].out()
			k := slices.IndexFunc(out[n:], func(s Sample) bool { return s.Path == path })
			if k < 0 {
				k = len(out) - n
				out = append(out, Sample{Kind: kind, Path: path})
			}
			out[n+k].Traits = append(out[n+k].Traits, sampleTraits[kind][t].name)
		}
	}
	return out
}

// sampleTrait is a thing some pages of a kind have that the kind's
// templates may show in markup of its own: name says it after "<kind>
// pages", and measure says how much of it a page has, 0 for none.
// Samples reads the first page of the highest measure; each measure looks
// at the page's own data only, so picking costs a pass over the pages.
type sampleTrait struct {
	name    string
	measure func(job) int
}

// sampleTraits are the traits Samples picks pages for, by kind: for paper
// pages, the branches of the built-in paper.html (a figure, the links,
// notes, math, an author list long enough to fold); for lists, the
// longest list, a pager's later page, and the curator's words (a day's
// title and intro, a topic's description). Five at most, so check reads
// at most six pages a kind however large the archive.
var sampleTraits = map[string][]sampleTrait{
	"paper": {
		{"with an image", func(j job) int { return b2i(j.paper.Image != "") }},
		{"with the most links (code, project, PDF, DOI)", func(j job) int {
			p := j.paper
			return b2i(p.Code != "") + b2i(p.Project != "") + b2i(p.PDF != "") + b2i(p.DOI != "")
		}},
		{"with notes", func(j job) int { return b2i(j.paper.Notes != "") }},
		{"with math", func(j job) int { return b2i(j.paper.HasMath) }},
		{"with the most authors", func(j job) int { return len(j.paper.Authors) }},
	},
	"day": {
		{"with the most papers", func(j job) int { return len(j.page.Day.Papers) }},
		{"with a title or an intro", func(j job) int {
			d := j.page.Day
			return b2i(d.Title != "") + b2i(d.Intro != "") + b2i(d.HasMath) + b2i(d.HasCode)
		}},
		{"with no earlier day", func(j job) int { return b2i(j.page.Day.Prev == nil) }},
	},
	"week": {
		{"with the most papers", func(j job) int { return j.page.Week.Count }},
		{"with no earlier week", func(j job) int { return b2i(j.page.Week.Prev == nil) }},
	},
	"month": {
		{"with the most papers", func(j job) int { return j.page.Month.Count }},
		{"with no earlier month", func(j job) int { return b2i(j.page.Month.Prev == nil) }},
	},
	"topic": {
		{"with the most papers", func(j job) int { return firstPage(j) * len(j.page.Topic.Papers) }},
		{"with a description", func(j job) int { return firstPage(j) * b2i(j.page.Topic.Description != "") }},
		{"past a topic's first page", func(j job) int { return 1 - firstPage(j) }},
	},
	"author": {
		{"with the most papers", func(j job) int { return firstPage(j) * len(j.page.Author.Papers) }},
		{"past an author's first page", func(j job) int { return 1 - firstPage(j) }},
	},
	"organization": {
		{"with the most papers", func(j job) int { return firstPage(j) * len(j.page.Organization.Papers) }},
		{"past an organization's first page", func(j job) int { return 1 - firstPage(j) }},
	},
	"authors": {
		{"of one letter", func(j job) int { return b2i(j.page.AuthorLetter != nil) }},
	},
	"page": {
		{"with an image", func(j job) int { return b2i(j.page.Page.Image != "") }},
		{"with math or code", func(j job) int { return b2i(j.page.Page.HasMath) + b2i(j.page.Page.HasCode) }},
	},
}

// firstPage is 1 for the first page of a paginated list, else 0.
func firstPage(j job) int { return b2i(j.page.Pager == nil || j.page.Pager.Num == 1) }

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
