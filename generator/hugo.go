package generator

import (
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// The places of a Hugo (or Jekyll, Zola) site that a build does not read,
// and what takes their place, for a site moved over with them: its files
// would go missing without a word.

// hugoRoot are the folders and files at a Hugo, Jekyll or Zola site's
// root, with where their content goes here; %s is the theme's folder. A
// folder whose name many repositories use for something else (assets/
// for a README's images, data/) is only named next to a Hugo, Jekyll or
// Zola configuration file (common), which Hugo's configuration folder
// is too; config/ is named only when it is that folder.
var hugoRoot = []hugoPlace{
	{"static", "a site's static files go in %s/static/, which is copied to the site root", false},
	{"layouts", "templates go in %s/templates/ (Hugo's _default/baseof.html is base.html, single.html paper.html, partials/ templates/partials/; see Themes in the README)", false},
	{"templates", "templates go in %s/templates/ (see Themes in the README)", true},
	{"i18n", "a theme's messages go in %s/i18n/<language>.yaml", false},
	{"data", "there are no data files; a site's own data goes under site.yaml's extra: (.Config.Extra in templates)", true},
	{"assets", "", true}, // assetsAdvice
	{"sass", "there is no Sass; write CSS in %s/static/custom.css, which every page links", true}, // Zola's
	{"archetypes", "paperboy new paper writes a paper file with every field documented; there are no archetypes", false},
	{"config", "", false}, // named when it is Hugo's (hugoConfigFolderMsg)
	{"hugo.toml", "the site's configuration is content/site.yaml (title:, baseURL:, language:…)", false},
	{"hugo.yaml", "the site's configuration is content/site.yaml (title:, baseURL:, language:…)", false},
	{"hugo.json", "the site's configuration is content/site.yaml (title:, baseURL:, language:…)", false},
	{"config.toml", "the site's configuration is content/site.yaml (title:, baseURL:, language:…)", false},
	{"config.yaml", "the site's configuration is content/site.yaml (title:, baseURL:, language:…)", false},
	{"_config.yml", "the site's configuration is content/site.yaml (title:, baseURL:, language:…); Jekyll's url and baseurl together are baseURL (https://user.github.io/repo/)", false},
	// Jekyll's folders, whose names start with _ as no other's do.
	{"_posts", "a post is a paper here: move each to content/papers/ and give it `arxiv:` (or `id:`); its page is /papers/<id>/, and `aliases:` keeps its old address", false},
	{"_drafts", "a draft is a paper with `draft: true` in content/papers/, which paperboy build -D and serve -D show", false},
	{"_layouts", "templates go in %s/templates/ (Jekyll's default.html is base.html, post.html paper.html; see Themes in the README)", false},
	{"_includes", "partials go in %s/templates/partials/; in a post, write in Markdown what {% include %} made (the build names each)", false},
	{"_data", "there are no data files; a site's own data goes under site.yaml's extra: (.Config.Extra in templates)", false},
	{"_sass", "there is no Sass; write CSS in %s/static/custom.css, which every page links", false},
	{"_site", "it is Jekyll's output; Paperboy builds into public/: delete _site/", false},
	{"Gemfile", "Paperboy is one program and needs no gems: delete Gemfile (and Gemfile.lock)", true},
}

// hugoPlace is a folder or file of hugoRoot.
type hugoPlace struct {
	name, instead string
	common        bool // a name many repositories use for something else
}

// hugoPlaces reports the Hugo places in fsys that no build reads: the
// folders and files of hugoRoot at the site's root (a Hugo configuration,
// a file or the config/ folder, with what its settings are in site.yaml),
// a Hugo or Zola theme in themes/ that site.yaml does not name (one it
// names gets its templates' errors), and a theme folder of
// cfg with Hugo's layouts/ but no templates/, whose pages would all come
// from the built-in theme. Build returns them as warnings; check as
// problems.
func hugoPlaces(fsys fs.FS, cfg *model.Config) []Problem {
	var out []Problem
	hugoFolder := hugoConfigFolder(fsys)
	configured := hugoFolder || slices.ContainsFunc(hugoRoot, func(r hugoPlace) bool {
		_, err := fs.Stat(fsys, r.name)
		return strings.Contains(r.name, ".") && err == nil // a configuration file
	})
	for _, r := range hugoRoot {
		info, err := fs.Stat(fsys, r.name)
		if err != nil || r.common && !configured || r.name == "config" && !hugoFolder {
			continue
		}
		name := r.name
		if info.IsDir() {
			name += "/"
		}
		msg := "no build reads " + name + " at the site's root: " + inTheme(r.instead, cfg)
		switch {
		case r.name == "config":
			msg = hugoConfigFolderMsg(fsys, cfg)
		case r.name == "assets":
			msg += inTheme(assetsAdvice(fsys), cfg)
		case slices.Contains(hugoConfigs, r.name):
			if data, err := fs.ReadFile(fsys, r.name); err == nil {
				if advice := hugoConfigAdvice(r.name, data, cfg); advice != "" {
					msg = "no build reads " + name + " at the site's root: the site's configuration is content/site.yaml; write its settings there, and " + deleteLast(name) + ":" + advice
				}
			}
		}
		out = append(out, Problem{Kind: "orphan", Path: name, Msg: msg})
	}
	if data, err := fs.ReadFile(fsys, "_config.yml"); err == nil {
		var c jekyllConfig
		if yaml.Unmarshal(data, &c) != nil { // the addresses are not known
			out = append(out, jekyllPages(fsys, nil)...)
		} else {
			out = append(out, jekyllPages(fsys, &c)...)
			out = append(out, jekyllPosts(fsys, c)...)
		}
	}
	if _, err := fs.Stat(fsys, "_config.yml"); err != nil {
		out = append(out, movedHugoPosts(fsys)...)
	}
	entries, _ := fs.ReadDir(fsys, "themes")
	for _, e := range entries {
		dir := "themes/" + e.Name()
		if _, err := fs.Stat(fsys, dir+"/theme.toml"); err != nil || !e.IsDir() || slices.Contains(cfg.Themes, e.Name()) {
			continue
		}
		out = append(out, Problem{Kind: "orphan", Path: dir + "/", Msg: "no build reads " + dir + "/, a Hugo or Zola theme (its theme.toml says so), whose templates are in another language: " +
			"a Paperboy theme is a folder of the files it changes in the built-in one (templates/, static/custom.css, i18n/) that site.yaml names with `theme:`; " +
			"start one with paperboy new theme <name> [file ...] and bring the look over in its static/custom.css, then delete " + dir + "/"})
	}
	for _, t := range cfg.Themes {
		dir := "themes/" + t
		if isDir(fsys, dir+"/layouts") && !isDir(fsys, dir+"/templates") {
			out = append(out, Problem{Kind: "orphan", Path: dir + "/layouts/", Msg: "the theme has Hugo's layouts/ and no templates/, so every page comes from the built-in theme; " +
				"Paperboy's templates go in " + dir + "/templates/ (baseof.html is base.html, single.html paper.html; check names each file's)"})
		}
	}
	return out
}

// assetsAdvice says where the files of assets/ in fsys go, with one of
// them as the example: Jekyll published the folder as it is, at
// /assets/, so it goes whole into the theme's static/, which keeps those
// addresses; Hugo's asset pipeline published a file (resources.Get
// "css/main.css") at its path below assets/, as static/ does here, where
// a template links it with {{static}} and Markdown with a root link.
// Sass is not compiled. %s is the theme's folder.
func assetsAdvice(fsys fs.FS) string {
	var example string
	sass := false
	fs.WalkDir(fsys, "assets", func(p string, d fs.DirEntry, err error) error {
		switch ext := path.Ext(p); {
		case err != nil || d.IsDir():
		case ext == ".scss" || ext == ".sass":
			sass = true
		case example == "" && !strings.HasPrefix(d.Name(), "."):
			example = strings.TrimPrefix(p, "assets/")
		}
		return nil
	})
	var msg string
	if _, err := fs.Stat(fsys, "_config.yml"); err == nil {
		msg = "Jekyll published assets/ as it is, at /assets/: move the folder to %s/static/assets/, which keeps those addresses"
		if example != "" {
			msg += " (assets/" + example + " is %s/static/assets/" + example + ", at /assets/" + example + ")"
		}
	} else {
		msg = "there is no asset pipeline (Hugo's resources.Get): move its files to %s/static/, keeping their paths, where a template links one with {{static \"<its path below static/>\"}} and Markdown with a root link"
		if example != "" {
			msg += " (assets/" + example + " is %s/static/" + example + ": {{static \"" + example + "\"}} in a template, /" + example + " in Markdown)"
		}
	}
	if sass {
		msg += "; Sass is not compiled: write CSS in %s/static/custom.css, which every page links"
	}
	return msg
}

// deleteLast says when to delete the configuration name (a file, or
// config/) of the site being moved: last, since `hugo convert toYAML`
// reads it (Hugo's or Zola's) and the leftovers that many repositories
// have for other uses (hugoPlace.common), and a Jekyll site's pages, are
// named only beside it.
func deleteLast(name string) string {
	if name == "_config.yml" {
		return "delete _config.yml last: without it the build no longer names a leftover assets/, data/ or page at the root (about.md)"
	}
	return "delete " + name + " last: `hugo convert toYAML --unsafe`, which converts TOML and JSON front matter to YAML, needs it " +
		"(it rewrites every file of content/, re-sorting its keys and dropping its comments, imported papers' and new's too: " +
		"run it before importing, or give it -o DIR and copy back the converted posts alone), " +
		"and without it the build no longer names a leftover assets/, data/, templates/ or sass/"
}

// inTheme puts the site's own theme folder for %s in msg; when the site
// has none, it says how to make one.
func inTheme(msg string, cfg *model.Config) string {
	if cfg.Theme != "" {
		return strings.ReplaceAll(msg, "%s", "themes/"+cfg.Theme)
	}
	if !strings.Contains(msg, "%s") {
		return msg
	}
	return strings.ReplaceAll(msg, "%s", "themes/<name>") + "; themes/<name> is a theme folder of your own: set `theme: <name>` in site.yaml"
}

func isDir(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && info.IsDir()
}

// dayBundleRE is Hugo's folder of a day's page bundle.
var dayBundleRE = regexp.MustCompile(`^content/days/(\d{4}-\d{2}-\d{2})/`)

// leftoverAdvice says what the copy name that a tool left
// (filename.Leftover) is, and to delete it.
func leftoverAdvice(name string) string {
	if m := filename.MergeLeftover(name); m != "" {
		return m + "; once the conflict is resolved, delete it"
	}
	return filename.BackupFile(name) + "; delete it once you no longer need it"
}

// unreadContent names the files under content/ that no build reads: all
// but site.yaml, the paper and day files srcs lists and the files beside
// them that the build published (published), apart from names that load
// skips on purpose, starting with a dot (.gitkeep) or _ or ending with ~
// (an editor's backup); but Hugo's _index.md is named, and so are the
// copies git mergetool, nano or a curator leaves (filename.Leftover), to
// be deleted: unlike an editor's swap files, they stay once the work is
// done.
func unreadContent(fsys fs.FS, srcs *load.Sources, published []string, cfg *model.Config) []Problem {
	read := map[string]bool{load.Config: true}
	for _, p := range slices.Concat(srcs.Papers, srcs.Days, srcs.Pages, published) {
		read[p] = true
	}
	var out []Problem
	made := sync.OnceValue(func() string { return madeWith(fsys) })
	fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		name := path.Base(p)
		switch {
		case err != nil || p == "content":
			return nil
		case !d.IsDir() && filename.Leftover(name) != "":
			out = append(out, Problem{Kind: "orphan", Path: p, Msg: "no build reads this file, " + leftoverAdvice(name)})
			return nil
		case load.Skipped(name) && name != "_index.md", strings.HasPrefix(strings.ToLower(name), "readme"): // a README says what the folder is for
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		case d.IsDir() || read[p]:
			return nil
		}
		out = append(out, Problem{Kind: "orphan", Path: p, Msg: "no build reads this file: " + unreadAdvice(fsys, p, cfg, made())})
		return nil
	})
	return out
}

// postSections are the usual folders of a Hugo blog's posts under
// content/, which here are papers.
var postSections = []string{"posts", "post", "blog", "articles"}

// postAdvice says where the file p in one of postSections goes: a post
// content/posts/x.md to content/papers/x.md, a bundle's index.md with its
// folder to content/papers/<folder>/ (each with how a post of notes keeps
// them from being shown as the abstract), and a file beside an index.md
// with it. It is "" for other files; fsys tells whether an index.md is there,
// made the generator whose post it is (madeWith).
func postAdvice(fsys fs.FS, p, made string) string {
	rel, ok := "", false
	for _, s := range postSections {
		if rel, ok = strings.CutPrefix(p, "content/"+s+"/"); ok {
			break
		}
	}
	if !ok {
		return ""
	}
	// A post of notes ("We read X this week.") would have its first
	// paragraph shown as the paper's abstract.
	const id = " `arxiv:` in its front matter (or `id:` for a paper not on arXiv), and its page is /papers/<id>/; " +
		"the body up to its first heading is shown as the paper's abstract, so a post of your notes, without the abstract, starts with a heading (`## Notes`)"
	dir := path.Dir(p)
	bundle := "the whole folder " + dir + "/ to content/papers/" + path.Base(dir) + "/, with its files"
	switch {
	case path.Base(p) == "index.md" && path.Dir(rel) != ".":
		return "a " + made + " post is a paper here: move " + bundle + ", and give index.md" + id + formerAddress(fsys, p, path.Dir(strings.TrimPrefix(p, "content/")))
	case path.Ext(p) == ".md":
		return "a " + made + " post is a paper here: move it to content/papers/" + rel + ", give it" + id + formerAddress(fsys, p, strings.TrimSuffix(strings.TrimPrefix(p, "content/"), ".md"))
	case path.Dir(rel) != ".":
		if _, err := fs.Stat(fsys, dir+"/index.md"); err == nil {
			return "a file of a " + made + " post's bundle: move it with its index.md, " + bundle + " (a file beside a paper is published when the paper links to it)"
		}
	}
	return ""
}

// formerAddress says how the post p, moved from folder (below content/),
// keeps the address Hugo gave it working: its url:, or hugoAddress's,
// /<folder>/ with its slug: in the name's place or what the permalinks:
// of the site's Hugo configuration in fsys make it, an .html file under
// its uglyURLs; "" when an alias could not be that address (the site's
// root, as a pattern of "/" makes it), or a placeholder of the pattern
// has nothing to fill it.
func formerAddress(fsys fs.FS, p, folder string) string {
	var post parse.Post
	if data, err := fs.ReadFile(fsys, p); err == nil {
		post = parse.PostOf(data)
	}
	section := strings.SplitN(folder, "/", 2)[0]
	rules := hugoURLRules(fsys)
	pattern, ugly := rules.pattern(section), rules.uglyURLs(section)
	a, from := hugoAddress(path.Dir(folder), path.Base(folder), post, pattern, ugly), ""
	switch {
	case post.URL != "":
		a, from = parse.AliasFor(post.URL), " (its url: "+post.URL+")"
	case pattern != "":
		from = " (the permalinks: of the Hugo configuration, " + section + " = " + pattern + ")"
	case post.Slug != "":
		from = " (its slug: " + post.Slug + ")"
	}
	if ugly && post.URL == "" {
		from = uglyFrom(from)
	}
	if a == "" || parse.AliasFor(a) != a {
		return ""
	}
	return "; and add `aliases: [" + a + "]` to it as you move it, which keeps its old address " + a + from + " working (once it is moved, nothing knows where it was)"
}

// uglyFrom is from, where the advice says an address came from (" (its
// slug: bert)" or ""), saying that uglyURLs made it an .html file.
func uglyFrom(from string) string {
	if from == "" {
		return " (uglyURLs of the Hugo configuration)"
	}
	return strings.TrimSuffix(from, ")") + ", as an .html file: uglyURLs)"
}

// unreadAdvice says what to do with the file p under content/ of fsys
// that no build reads, made by the generator made (madeWith).
func unreadAdvice(fsys fs.FS, p string, cfg *model.Config, made string) string {
	name := path.Base(p)
	inSources := strings.HasPrefix(p, "content/papers/") || strings.HasPrefix(p, "content/days/") || strings.HasPrefix(p, "content/pages/")
	post := ""
	if name != "_index.md" {
		post = postAdvice(fsys, p, made)
	}
	top, rest, sub := strings.Cut(strings.TrimPrefix(p, "content/"), "/")
	near := ""
	if sub && !slices.Contains(sourceFolders, top) {
		near = diag.Suggest(top, sourceFolders) // content/paper/, content/Days/
	}
	text := "" // the .md name of a source saved as text
	if inSources {
		text = textSource(fsys, p)
	}
	atRoot := atTopAdvice(fsys, p)
	switch {
	case post != "":
		return post
	case near != "":
		return "content/" + top + "/ is not a folder of sources; did you mean content/" + near + "/? Rename the folder, or move the file to content/" + near + "/" + rest
	case dayBundleRE.MatchString(p) && strings.HasSuffix(name, ".md"):
		day := dayBundleRE.FindStringSubmatch(p)[1]
		return "a day is one file, content/days/" + day + ".md; move this file's front matter and intro there"
	case name == "_index.md":
		return "Hugo's or Zola's _index.md (a section's list page) has no place here: the home page, days, topics and the archive are made from the papers, and sorted and paginated by the build (pageSize: in site.yaml); " +
			"a day's intro goes in content/days/<date>.md, a topic's description in site.yaml's topics:"
	case inSources && mdName(name) != "":
		return renameMD(name)
	case text != "":
		return savedAsText(text)
	case atRoot != "":
		return atRoot
	case inSources && path.Ext(name) != ".md" && publishedAt(p) == "":
		top := strings.SplitN(strings.TrimPrefix(p, "content/pages/"), "/", 2)[0]
		return "a file in content/pages/" + top + "/ would be published in /" + top + "/, a folder the build fills itself, so none is; " +
			"move it to another folder of content/pages/, or beside the source that links to it"
	case inSources && path.Ext(name) != ".md":
		return "no paper, day or page links to it, so it is not published; link to it from a paper's, day's or page's Markdown, " +
			"relative to that .md file as an editor's preview reads it (" + markdownLink(name) + " beside it), or, to keep it here unpublished " +
			"without this note, start its name with _ (_" + name + ")"
	case path.Ext(name) != ".md":
		return inTheme("only .md files are sources; an image or other file goes beside the paper, day or page that links to it, under content/papers/, content/days/ or content/pages/, "+
			"or in %s/static/, which is copied to the site root and is linked from the root: "+markdownLink("/"+name), cfg)
	}
	return "pages are made only from content/papers/, content/days/ and content/pages/; a page of your own goes in content/pages/" + pageName(p) + ", which is /" + strings.TrimSuffix(pageName(p), ".md") + "/; a note for the site's curators can stay if its name starts with _ (_README.md)"
}

// mdName is the .md name of a file whose name says it is Markdown
// written for another tool (notes.markdown, .mdown, .mkd, .mkdn, MDX's
// .mdx) or saved by an editor as text (notes.md.txt), or "".
func mdName(name string) string {
	if stem, ok := strings.CutSuffix(name, ".md.txt"); ok {
		return stem + ".md"
	}
	if slices.Contains([]string{".markdown", ".mdown", ".mkd", ".mkdn", ".mdx"}, strings.ToLower(path.Ext(name))) {
		return strings.TrimSuffix(name, path.Ext(name)) + ".md"
	}
	return ""
}

// renameMD is what no build reading the Markdown file name says to do.
func renameMD(name string) string {
	return "only .md files are sources here; rename it " + mdName(name) + " if it is a paper, a day or a page"
}

// misnamedSources warns of each file of the source folders of fsys, of
// other (load.Sources.Other), that is Markdown under another name
// (mdName) or a source saved as text (textSource), which no build reads:
// build and serve say so, as check does.
func misnamedSources(fsys fs.FS, other []string) []Problem {
	var out []Problem
	for _, p := range other {
		name := path.Base(p)
		if strings.HasPrefix(strings.ToLower(name), "readme") {
			continue
		}
		if mdName(name) != "" {
			out = append(out, Problem{Kind: "orphan", Path: p, Msg: "no build reads this file: " + renameMD(name)})
		} else if md := textSource(fsys, p); md != "" {
			out = append(out, Problem{Kind: "orphan", Path: p, Msg: "no build reads this file: " + savedAsText(md)})
		}
	}
	return out
}

// markdownLink is the Markdown that links to the file name beside a
// source: an image for a picture, a link for anything else, and the name
// in <> when a space in it would end the link.
func markdownLink(name string) string {
	dest := name
	if strings.ContainsAny(name, " ()<>") {
		dest = "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(name) + ">"
	}
	if filename.IsImage(name) {
		return "![…](" + dest + ")"
	}
	return "[…](" + dest + ")"
}

// pageName is the name in content/pages/ of the page a Markdown file p
// elsewhere in content/ would be: Hugo's content/about.md and
// content/about/index.md are both about.md.
func pageName(p string) string {
	rel := strings.TrimPrefix(p, "content/")
	rel = strings.TrimSuffix(strings.TrimSuffix(rel, path.Ext(rel)), "/index")
	if rel == "index" || rel == "" {
		return "about.md"
	}
	return strings.ToLower(rel) + ".md"
}

// hugoTemplates are Hugo's template names, without .html, with the page
// template of Paperboy's that takes their place.
var hugoTemplates = map[string]string{
	"baseof":   "base.html",
	"single":   "paper.html",
	"list":     "day.html (a day's papers) or topic.html (a topic's)",
	"term":     "topic.html",
	"taxonomy": "topic.html",
	"terms":    "topics.html",
	"index":    "home.html",
	"home":     "home.html",
}

// hugoThemeFile says what takes the place of the theme file rel when it is
// one of a Hugo theme's (under layouts/, or with a name of Hugo's), or "".
func hugoThemeFile(rel string) string {
	sub, layouts := strings.CutPrefix(rel, "layouts/")
	switch {
	case layouts && path.Ext(rel) != ".html":
		return "Hugo's layouts/ is templates/ here; feeds, the sitemap and robots.txt are made by the build, not by templates (a robots.txt of your own goes in static/)"
	case layouts && strings.HasPrefix(sub, "partials/"):
		return "Hugo's layouts/ is templates/ here: move it to templates/" + sub
	case layouts && strings.HasPrefix(sub, "shortcodes/"):
		return "Paperboy has no shortcodes: write in Markdown what the shortcode made"
	case !layouts && !strings.HasPrefix(rel, "templates/"):
		return ""
	}
	kind, ok := hugoTemplates[strings.TrimSuffix(path.Base(rel), ".html")]
	switch {
	case ok && layouts:
		return "Hugo's layouts/ is templates/ here, and its " + path.Base(rel) + " is " + kind + ": move it to templates/" + strings.Fields(kind)[0]
	case ok:
		return "Hugo's " + path.Base(rel) + " is " + kind + " here: rename it templates/" + strings.Fields(kind)[0]
	case layouts:
		return "Hugo's layouts/ is templates/ here: a page template is templates/<kind>.html, a partial templates/partials/<name>.html"
	}
	return ""
}
