package model

import (
	"net/url"
	"strings"
)

// The site's URL scheme, in one place. Path returns an object's page folder
// below the site root as its files are named ("authors/zoë/"); Config.Rel
// and Config.Abs turn such a path into a link, percent-encoding as needed.

// Path is the paper's page folder: "papers/2410.07166/".
func (p *Paper) Path() string { return "papers/" + p.Slug + "/" }

// Path is the day's page folder: "days/2024-03-14/".
func (d *Day) Path() string { return "days/" + d.Slug + "/" }

// Path is the week's page folder: "weeks/2024-W11/".
func (w *Week) Path() string { return "weeks/" + w.Slug + "/" }

// Path is the month's page folder: "months/2024-03/".
func (m *Month) Path() string { return "months/" + m.Slug + "/" }

// Path is the topic's page folder: "topics/diffusion-models/".
func (t *Topic) Path() string { return TopicPath(t.Slug) }

// TopicPath is the page folder of the topic slug, or of a former slug of
// a topic (its aliases:): "topics/diffusion-models/".
func TopicPath(slug string) string { return "topics/" + slug + "/" }

// Path is the author's page folder: "authors/zoë-müller/".
func (a *Author) Path() string { return AuthorPath(a.Slug) }

// FormerFolders maps the folder of each topic and author with former
// slugs (a topic's aliases in site.yaml, an author's Aliases) to the
// folders of those slugs, or is nil when none has any: the feeds and the
// papers.bib of each have a copy in each, so that subscriptions and
// imports of the old address go on.
func (s *Site) FormerFolders() map[string][]string {
	var m map[string][]string
	add := func(dir, former string) {
		if m == nil {
			m = map[string][]string{}
		}
		m[dir] = append(m[dir], former)
	}
	for _, t := range s.Config.Topics {
		for _, a := range t.Aliases {
			add(TopicPath(t.Slug), TopicPath(a))
		}
	}
	for _, a := range s.Authors {
		for _, former := range a.Aliases {
			add(a.Path(), AuthorPath(former))
		}
	}
	return m
}

// AuthorPath is the folder of the author page of slug, an author's slug
// or a former one (Author.Aliases).
func AuthorPath(slug string) string { return "authors/" + slug + "/" }

// Path is the organization's page folder: "organizations/nvidia/".
func (o *Organization) Path() string { return "organizations/" + o.Slug + "/" }

// Path is the page's folder: "about/", "guide/setup/".
func (p *Page) Path() string { return p.Slug + "/" }

// Slashed is the address of a former address v kept without its slashes
// (a page's alias, or a paper's former address elsewhere): a folder
// between slashes (/2024/05/gpt3/), or a page's name after one
// (/2024/05/27/gpt3.html, /Reading/attention.htm).
func Slashed(v string) string {
	if IsPageFile(v) || strings.ContainsAny(v, "?#") { // a query or a fragment, which an alias refuses, as written
		return "/" + v
	}
	return "/" + v + "/"
}

// IsPageFile reports whether v, a former address kept without its
// slashes, is a page's file, its name ending in .html or .htm in any
// letter case (gpt3.html, Attention.HTM), rather than a folder, whose
// page is its index.html.
func IsPageFile(v string) bool {
	for _, ext := range []string{".html", ".htm"} {
		if len(v) > len(ext) && strings.EqualFold(v[len(v)-len(ext):], ext) {
			return true
		}
	}
	return false
}

// Sections are the folders at the site root that the build fills itself,
// which a page of the site's own may not be in.
var Sections = []string{"archive", "authors", "days", "feeds", "months", "organizations", "papers", "search", "subscribe", "topics", "weeks"}

// RootFiles are the files the build writes at the site root besides its
// pages (index.html, 404.html) and a theme's static files: the feeds, the
// list of them, the sitemap, the crawler rules, the search description,
// the home-screen manifest, the code highlighting stylesheet, and the custom domain's CNAME (with
// domain: set). An address of the site's own may not be one, in any
// letter case, as a Mac's or Windows's disk holds /Feed.XML/ and
// feed.xml as one.
var RootFiles = []string{"feed.xml", "atom.xml", "feed.json", "feeds.opml", "sitemap.xml", "robots.txt", "opensearch.xml", "manifest.webmanifest", "syntax.css", "CNAME"}

// RootFile returns the file of RootFiles that name, one name at the site
// root, is in any letter case, or a part of a sitemap split in parts
// (sitemap-1.xml) that it is; or "".
func RootFile(name string) string {
	for _, f := range RootFiles {
		if strings.EqualFold(name, f) {
			return f
		}
	}
	if n, ok := strings.CutPrefix(strings.ToLower(name), "sitemap-"); ok {
		if n, ok := strings.CutSuffix(n, ".xml"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			return "sitemap-" + n + ".xml"
		}
	}
	return ""
}

// Rel returns the root-relative URL of the site path p: "/repo/" + p.
func (c *Config) Rel(p string) string { return c.BasePath() + EscapePath(p) }

// ForeignLang returns the language of paper p's title and abstract when
// it is not the site's (so a page in French marks an English title as
// English, for screen readers and hyphenation), else "".
func (c *Config) ForeignLang(p *Paper) string {
	l := p.Language
	if l == "" {
		l = c.PaperLanguage
	}
	if l == "" || baseLanguage(l) == baseLanguage(c.Language) {
		return ""
	}
	return l
}

// ForeignPageLang returns the language of page p's title and text when
// its language: is not the site's (a French "À propos" on an English
// site), else "".
func (c *Config) ForeignPageLang(p *Page) string {
	if p.Language == "" || baseLanguage(p.Language) == baseLanguage(c.Language) {
		return ""
	}
	return p.Language
}

// baseLanguage is the language of a BCP 47 tag without its region or
// script: "en-GB" is "en", so an en-GB site does not mark English titles.
func baseLanguage(tag string) string {
	base, _, _ := strings.Cut(strings.ToLower(tag), "-")
	return base
}

// Abs returns the absolute URL of the site path p: baseURL + p.
func (c *Config) Abs(p string) string { return c.BaseURL + EscapePath(p) }

// AbsPath returns the absolute URL of ref when it is a path from the
// site's root ("/papers/figures/fig1.png", as a paper's Image may be),
// and ref as it is otherwise.
func (c *Config) AbsPath(ref string) string {
	if p, ok := strings.CutPrefix(ref, "/"); ok && !strings.HasPrefix(p, "/") {
		return c.Abs(p)
	}
	return ref
}

// RootPath returns ref as a path from the site's root ("/card.png") when
// it is an address of the site's own, as AbsPath makes one: its baseURL
// (or site.yaml's, when --base-url builds it under another) and a path
// below it, with no query or fragment; ref as it is otherwise. An image:
// written so (https://ada.github.io/digest/card.png, as the README's
// example writes it) names the same file as /card.png, and is checked
// and sized as that is.
func (c *Config) RootPath(ref string) string {
	bases := []string{c.BaseURL}
	if c.WrittenBase != nil {
		bases = append(bases, strings.TrimSuffix(c.WrittenBase.String(), "/")+"/")
	}
	for _, base := range bases {
		rest, ok := strings.CutPrefix(ref, base)
		if base == "" || base == "/" || !ok || rest == "" || strings.ContainsAny(rest, "?#") {
			continue
		}
		if p, err := url.PathUnescape(rest); err == nil && !strings.HasPrefix(p, "/") {
			return "/" + p
		}
	}
	return ref
}

// EscapePath percent-encodes each segment of a slash path that needs it
// (author and topic slugs keep non-ASCII letters); plain paths are
// returned as they are.
func EscapePath(p string) string {
	for i := 0; i < len(p); i++ {
		if c := p[i]; c >= 0x80 || c == '%' || c == ' ' || c == '?' || c == '#' {
			segs := strings.Split(p, "/")
			for j, s := range segs {
				segs[j] = url.PathEscape(s)
			}
			return strings.Join(segs, "/")
		}
	}
	return p
}

// ArXivURL returns https://arxiv.org/<kind>/<id> (kind "abs" or "pdf"), or
// "" for papers not on arXiv.
func (p *Paper) ArXivURL(kind string) string {
	if p.ArXiv == "" {
		return ""
	}
	return "https://arxiv.org/" + kind + "/" + p.ArXiv
}

// PDFURL is the paper's PDF link: its pdf field, or arXiv's.
func (p *Paper) PDFURL() string {
	if p.PDF != "" {
		return p.PDF
	}
	return p.ArXivURL("pdf")
}

// HFURL is the paper's Hugging Face page, for new-style arXiv ids.
func (p *Paper) HFURL() string {
	if p.ArXiv == "" || strings.Contains(p.ArXiv, "/") {
		return ""
	}
	return "https://huggingface.co/papers/" + p.ArXiv
}
