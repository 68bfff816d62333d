package generator

import (
	"bytes"
	"cmp"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// movedPapers are check's notes on the papers whose file is named other
// than their id (content/papers/elmo.md with arxiv: 1802.05365, or the
// bundle content/papers/elmo/index.md): Hugo and Zola published such a
// file at /papers/elmo/, and here its page is /papers/1802.05365/, so a
// site moved over loses that address unless an alias keeps it. Not a
// file named as a Jekyll post (2024-05-27-elmo.md), whose address came
// from its permalink (jekyllPosts), nor one that keeps a former address
// elsewhere (aliases: [/posts/elmo/]: it was not in papers/), nor one
// whose name is another paper's id or alias, or could not be an alias. Only while the site is
// being moved (moving): a site of Paperboy's own may name its files as it
// likes.
func movedPapers(fsys fs.FS, site *model.Site) []Problem {
	if !moving(fsys) {
		return nil
	}
	taken := map[string]bool{}
	for _, p := range site.Papers {
		taken[p.Slug] = true
		for _, a := range p.Aliases {
			taken[a] = true
		}
	}
	var out []Problem
	jekyll := madeWith(fsys) == "Jekyll"
	for _, p := range site.Papers {
		for _, a := range p.Aliases {
			if arxivid.Valid(a) || jekyll {
				continue // a former arXiv id; Jekyll has no aliases:
			}
			out = append(out, relativeAlias(p.Source, cmp.Or(p.AliasLines[a], p.AliasesLine), a, "a former id here, whose page is /papers/"+a+"/",
				"the post's section (/posts/"+a+"/ for a post of content/posts/)", "/posts/"+a+"/"))
		}
		rel, ok := strings.CutPrefix(p.Source, "content/papers/")
		if !ok || parse.IsJekyllPost(rel) || len(p.Redirects) > 0 { // its aliases: keeps an address elsewhere, a post's /posts/x/
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(rel, path.Ext(rel)), "/index")
		alias := strings.ToLower(name) // Hugo and Zola write addresses in lower case
		if strings.Contains(name, "/") || taken[alias] || !parse.ValidID(alias) {
			continue
		}
		line := p.Line
		for _, l := range []int{p.IDLine, p.AliasesLine} {
			if l > 0 {
				line = l
			}
		}
		rename, post := "name the file after the id, "+p.Slug+".md", "content/posts/"+rel
		if strings.HasSuffix(rel, "/index.md") {
			rename, post = "name the folder after the id, content/papers/"+p.Slug+"/", "content/posts/"+name+"/"
		}
		out = append(out, Problem{Kind: "note", Path: p.Source, Line: line, Msg: "this paper's page is /" + p.Path() + ", named by its id, not /papers/" + alias +
			"/ as its file's name: Hugo and Zola publish " + p.Source + " there; if the site you moved did, add `aliases: [" + alias + "]`, which keeps /papers/" + alias +
			"/ working; a post moved from another section had that section's address (" + post + " had /posts/" + alias + "/, or what permalinks: made it): keep that one, `aliases: [/posts/" + alias + "/]` " +
			"(else " + rename + ", and this note goes)"})
	}
	return out
}

// movedPages are check's notes on the aliases of pages in a folder of
// content/pages/ (guide/setup.md) written without a leading / (install),
// which are read from the site's root here (/install/), while Hugo read
// one from the page's folder (/guide/install/), as movedPapers tells a
// paper's; only while a Hugo site is being moved (moving), and not for
// an alias that another of the page's keeps at Hugo's address already.
func movedPages(fsys fs.FS, site *model.Site) []Problem {
	if !moving(fsys) || madeWith(fsys) == "Jekyll" { // Jekyll has no aliases:
		return nil
	}
	var out []Problem
	for _, p := range site.Pages {
		dir := path.Dir(p.Slug)
		if dir == "." {
			continue // Hugo's address is the one here
		}
		for _, a := range p.Relative {
			hugo := dir + "/" + a
			if slices.Contains(p.Aliases, hugo) || hugo == p.Slug {
				continue
			}
			out = append(out, relativeAlias(p.Source, cmp.Or(p.AliasLines[a], p.AliasesLine), a, "read from the site's root here, "+model.Slashed(a),
				"the page's folder (/"+dir+"/ for "+strings.TrimPrefix(p.Source, parse.PagesDir)+")", model.Slashed(hugo)))
		}
	}
	return out
}

// relativeAlias is check's note on the alias a, written without / at
// line of source, which is what here says, where Hugo read it from the
// folder that from names, as the address hugo: the alias to write to
// keep that one.
func relativeAlias(source string, line int, a, here, from, hugo string) Problem {
	return Problem{Kind: "note", Path: source, Line: line, Msg: "alias " + a + " is " + here + "; Hugo read an alias without / from " + from +
		": if that is the address to keep, write it from the root, `aliases: [" + hugo + "]`"}
}

// moving reports whether fsys is a Hugo, Zola or Jekyll site being moved
// here: its configuration is at the root (check says to delete it last),
// or a section's _index.md, which Zola's sections all have, is in content/
// or content/papers/.
func moving(fsys fs.FS) bool {
	if hugoConfigFolder(fsys) {
		return true
	}
	for _, name := range slices.Concat(hugoConfigs, []string{"content/_index.md", "content/papers/_index.md"}) {
		if _, err := fs.Stat(fsys, name); err == nil {
			return true
		}
	}
	return false
}

// madeWith names the generator whose site fsys was, by the configuration
// at its root: Jekyll's _config.yml, Hugo's hugo.toml (or .yaml, .json,
// or config/ folder) or config.yaml, and a config.toml Zola's when it
// sets Zola's base_url (Hugo's is baseURL), else Hugo's. It is "Hugo or
// Zola" when there is none, as a site with only their content/posts/.
func madeWith(fsys fs.FS) string {
	has := func(name string) bool { _, err := fs.Stat(fsys, name); return err == nil }
	switch {
	case has("_config.yml"):
		return "Jekyll"
	case has("hugo.toml") || has("hugo.yaml") || has("hugo.json") || has("config.yaml") || hugoConfigFolder(fsys):
		return "Hugo"
	}
	data, err := fs.ReadFile(fsys, "config.toml")
	if err != nil {
		return "Hugo or Zola"
	}
	var c map[string]any
	if _, err := toml.Decode(string(data), &c); err == nil && c["base_url"] != nil {
		return "Zola"
	}
	return "Hugo"
}

// slugLineRE is the line of a post's front matter that sets its slug,
// in YAML or TOML, in any letter case.
var slugLineRE = regexp.MustCompile(`(?i)^slug\s*[:=]`)

// movedHugoPosts names each paper of a Hugo or Zola site being moved
// (moving) whose front matter still has the slug: of the post it was, at
// that line, with the alias that keeps the address Hugo gave it: the
// post's section is the one the Hugo configuration's permalinks: name, or
// else the one folder of posts left in content/ (content/blog/), and its
// address that section's pattern filled in (hugoAddress), or
// /<section>/<slug>/. None when the section is not known: parse's
// message on slug: says how the address was made. A Jekyll site's posts
// are jekyllPosts'.
func movedHugoPosts(fsys fs.FS) []Problem {
	made := madeWith(fsys)
	if !moving(fsys) || made == "Jekyll" {
		return nil
	}
	rules := hugoURLRules(fsys)
	sections := slices.Sorted(maps.Keys(rules.permalinks))
	whose := "the one section the Hugo configuration's permalinks: name, " + strings.Join(sections, "")
	if len(sections) == 0 {
		for _, s := range postSections {
			if isDir(fsys, "content/"+s) {
				sections = append(sections, s)
			}
		}
		whose = "the one folder of posts left in content/, content/" + strings.Join(sections, "") + "/"
	}
	if len(sections) != 1 {
		return nil
	}
	section, pattern := sections[0], rules.pattern(sections[0])
	if pattern != "" {
		whose += " = " + pattern
	}
	var out []Problem
	fs.WalkDir(fsys, "content/papers", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".md" {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil || !bytes.Contains(bytes.ToLower(data), []byte("slug")) { // cheap: most papers have none
			return nil
		}
		post := parse.PostOf(data)
		if post.Slug == "" || post.URL != "" {
			return nil
		}
		name := strings.TrimSuffix(path.Base(p), ".md")
		if name == "index" {
			name = path.Base(path.Dir(p))
		}
		addr := hugoAddress(section, name, post, pattern, rules.uglyURLs(section))
		if addr == "" {
			return nil
		}
		line := 1
		for i, l := range strings.Split(string(diag.Normalize(data)), "\n") {
			if slugLineRE.MatchString(l) {
				line = i + 1
				break
			}
		}
		out = append(out, Problem{Kind: "orphan", Path: p, Line: line, Msg: made + " published this post at " + addr + " (its slug: " + post.Slug + " in its section, " +
			whose + "), and its page here is /papers/<its arxiv: or id:>/: write " + parse.KeepAddress(addr) + " in place of slug:, which keeps that address working"})
		return nil
	})
	return out
}
