package generator

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/render"
)

// A Jekyll site's pages at its root and its posts, beside its
// _config.yml, which hugoPlaces names: each with what takes its place,
// and each post with the alias that keeps the address Jekyll gave it.

// jekyllPages are the pages at a Jekyll site's root (about.md, index.html,
// 404.html), which no build reads, each with what takes its place, and a
// page of its own with the alias that keeps the address Jekyll gave it
// (jekyllPageAddress) under config, nil when _config.yml does not parse
// (and the address is not known); a repository's own files (README.md,
// LICENSE.md, CHANGELOG.md…, as render.RepoFile knows them for a theme's)
// are let be.
func jekyllPages(fsys fs.FS, config *jekyllConfig) []Problem {
	entries, _ := fs.ReadDir(fsys, ".")
	var out []Problem
	for _, e := range entries {
		name := e.Name()
		ext := path.Ext(name)
		stem := strings.ToLower(strings.TrimSuffix(name, ext))
		if e.IsDir() || !slices.Contains([]string{".md", ".markdown", ".html"}, strings.ToLower(ext)) || render.RepoFile(name) {
			continue
		}
		var instead string
		switch stem {
		case "index", "home":
			instead = "the home page is the build's, listing the days (your theme's templates/home.html); the site's `description:` in site.yaml is its introduction"
		case "404":
			instead = "the build writes 404.html itself (your theme's templates/404.html)"
		case "feed", "atom", "sitemap", "search", "tags", "categories", "archive", "archives":
			instead = "the build writes the feeds, the sitemap, the search page, the topics' pages and the archive itself"
		default:
			instead = "a page of your own is content/pages/" + stem + ".md (its address /" + stem + "/; `menu: main` in its front matter links it from the header)"
			if config == nil {
				break
			}
			if addr := jekyllPageAddress(fsys, name, config.Permalink); addr != "" && addr != "/"+stem+"/" {
				instead += "; Jekyll published it at " + addr + ": " + parse.KeepAddress(addr)
				if parse.AliasFor(addr) != "" {
					instead += " in its front matter keeps that address working"
				}
			}
		}
		out = append(out, Problem{Kind: "orphan", Path: name, Msg: "no build reads " + name + " at the site's root: " + instead})
	}
	return out
}

// jekyllPageAddress is the address Jekyll gave the page name at the
// site's root: its own permalink:, or its name, as a folder (/about/)
// under _config.yml's permalink: pretty or another ending in /, else as a
// page's (/about.html), as Jekyll's Page#template makes it; "" when its
// permalink: has placeholders.
func jekyllPageAddress(fsys fs.FS, name, permalink string) string {
	if data, err := fs.ReadFile(fsys, name); err == nil {
		if _, own := parse.PostAddress(data); own != "" {
			if strings.Contains(own, ":") {
				return ""
			}
			return "/" + strings.TrimPrefix(own, "/")
		}
	}
	stem := strings.TrimSuffix(name, path.Ext(name))
	if strings.HasSuffix(parse.JekyllTemplate(permalink), "/") {
		return "/" + stem + "/"
	}
	return "/" + stem + ".html"
}

// jekyllConfig is what the pages' and posts' addresses are made of in a
// Jekyll site's _config.yml.
type jekyllConfig struct {
	Permalink string `yaml:"permalink"`
	Timezone  string `yaml:"timezone"`
}

// jekyllPosts names each post of a Jekyll site in fsys, whose
// _config.yml says c, with the alias that keeps the address Jekyll
// gave it: the posts in _posts/ and those moved to content/papers/ under
// their names (2024-05-27-gpt3.md), but those whose aliases: has it, and
// a moved one with a permalink: of its own, whose line is told it. The
// address is made of the post's date, categories and file name, so it is
// told before they change, at the line it is made of (parse.JekyllPost).
func jekyllPosts(fsys fs.FS, c jekyllConfig) []Problem {
	// Jekyll gives a post's date in the time zone it builds in: the
	// timezone: of _config.yml, or the machine's, UTC on GitHub Pages.
	loc := time.UTC
	if l, err := time.LoadLocation(c.Timezone); c.Timezone != "" && err == nil {
		loc = l
	}
	tmpl := parse.JekyllTemplate(c.Permalink)
	var posts []string
	fs.WalkDir(fsys, "_posts", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && parse.IsJekyllPost(d.Name()) {
			posts = append(posts, p)
		}
		return nil
	})
	inPosts := len(posts)
	entries, _ := fs.ReadDir(fsys, "content/papers")
	for _, e := range entries {
		if !e.IsDir() && path.Ext(e.Name()) == ".md" && parse.IsJekyllPost(e.Name()) {
			posts = append(posts, "content/papers/"+e.Name())
		}
	}
	var out []Problem
	for i, p := range posts {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			continue
		}
		post := parse.JekyllPost(path.Base(p), data, tmpl, loc)
		addr, used, kept := post.Addr, post.Used, post.Kept
		if addr == "" || kept && post.IDKept || i >= inPosts && used != tmpl && used != parse.FromAliases {
			continue
		}
		feedID := "`feed_id: " + post.ID + "`, the id jekyll-feed gave it, so that its feed's readers do not get it again as new"
		whose := "_config.yml's permalink: " + c.Permalink
		switch {
		case used == parse.FromAliases:
			whose = "the first former address in its aliases:"
		case used != tmpl:
			whose = "its permalink: " + used
		case c.Permalink == "":
			whose = "Jekyll's default permalink, date: " + tmpl
		case used != c.Permalink:
			whose += ", " + tmpl
		}
		msg := "Jekyll published this post at " + addr + " (" + whose + "), and its page here is /papers/<its arxiv: or id:>/: "
		switch {
		case kept:
			msg += "add " + feedID
		case parse.AliasFor(addr) != "":
			msg += "add " + parse.KeepAddress(addr) + " to its front matter, which keeps that address working, before you change the date:, categories: or file name it is made of"
		default:
			msg += parse.KeepAddress(addr)
		}
		if !kept && !post.IDKept {
			msg += "; and " + feedID
		}
		// At the line its address is made of (its permalink:, date:,
		// slug: or categories:), or at line 1 when its file's name alone
		// makes it.
		out = append(out, Problem{Kind: "orphan", Path: p, Line: post.Line, Msg: msg})
	}
	return out
}
