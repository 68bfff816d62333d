package parse

import (
	"cmp"
	"errors"
	"fmt"
	"html"
	"net/url"
	pathpkg "path"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/net/idna"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/internal/mailheader"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// siteYAML is the shape of content/site.yaml. A whole number's min and
// max tags are its range (decodeMapping checks it).
type siteYAML struct {
	Title             string         `yaml:"title" eg:"title: My Paper Digest"`
	BaseURL           string         `yaml:"baseURL" eg:"baseURL: https://user.github.io/repo/"`
	Description       string         `yaml:"description" eg:"description: Papers we read, every day"`
	Language          string         `yaml:"language" eg:"language: en"`
	PaperLang         string         `yaml:"paperLanguage" eg:"paperLanguage: en"`
	Author            string         `yaml:"author" eg:"author: Ada Lovelace"`
	Theme             yaml.Node      `yaml:"theme" shape:"scalar,list" want:"a folder under themes/, or a list of them, yours first" eg:"theme: [mytheme, lab]"`
	Domain            string         `yaml:"domain" eg:"domain: papers.example.org"`
	Fediverse         string         `yaml:"fediverse" eg:"fediverse: \"@ada@sigmoid.social\""`
	Image             string         `yaml:"image" eg:"image: /card.png"`
	ImageAlt          string         `yaml:"imageAlt" eg:"imageAlt: The digest's logo"`
	FeedSize          int            `yaml:"feedSize" min:"1" max:"100000" eg:"feedSize: 50"`
	PageSize          int            `yaml:"pageSize" min:"1" max:"100000" eg:"pageSize: 25"`
	AuthorPage        int            `yaml:"authorPageSize" min:"1" max:"100000" eg:"authorPageSize: 100"`
	HomeDays          int            `yaml:"homeDays" min:"1" max:"100000" eg:"homeDays: 7"`
	TopSize           int            `yaml:"topSize" min:"1" max:"100000" eg:"topSize: 10"`
	UnsafeHTML        bool           `yaml:"unsafeHTML" eg:"unsafeHTML: true"`
	AuthorFeeds       bool           `yaml:"authorFeeds" eg:"authorFeeds: true"`
	OrganizationFeeds bool           `yaml:"organizationFeeds" eg:"organizationFeeds: true"`
	Minify            bool           `yaml:"minify" eg:"minify: false"`
	Topics            yaml.Node      `yaml:"topics" shape:"mapping" want:"a mapping of topic slugs" eg:"topics:\n  diffusion-models:\n    name: Diffusion models"`
	Limits            yaml.Node      `yaml:"limits" shape:"mapping" eg:"limits:\n  maxAuthors: 5000"`
	Newsletter        yaml.Node      `yaml:"newsletter" shape:"mapping" eg:"newsletter:\n  action: https://buttondown.com/api/emails/embed-subscribe/you"`
	FeedAliases       []string       `yaml:"feedAliases" eg:"feedAliases: [index.xml]"`
	FeedIDBase        string         `yaml:"feedIDBase" eg:"feedIDBase: https://user.github.io/old-repo/"`
	AuthorNames       yaml.Node      `yaml:"authorNames" shape:"mapping" want:"a mapping from a spelling papers have to the one to show" eg:"authorNames:\n  Juergen Schmidhuber: Jürgen Schmidhuber"`
	OrgNames          yaml.Node      `yaml:"organizationNames" shape:"mapping" want:"a mapping from a spelling papers have to the one to show" eg:"organizationNames:\n  shanghai ailab: Shanghai AI Lab"`
	Extra             map[string]any `yaml:"extra" eg:"extra:\n  mastodon: https://sigmoid.social/@me"`
}

// topicYAML is one entry under topics: in site.yaml.
type topicYAML struct {
	Name        string   `yaml:"name" eg:"name: Diffusion models"`
	Description string   `yaml:"description" eg:"description: Papers on diffusion models"`
	Keywords    []string `yaml:"keywords" eg:"keywords: [diffusion, denoising]"`
	Aliases     []string `yaml:"aliases" eg:"aliases: [diffusion]"`
}

// limitsYAML is the limits: mapping in site.yaml.
type limitsYAML struct {
	MaxFileBytes int64 `yaml:"maxFileBytes" min:"1" eg:"maxFileBytes: 4194304"`
	MaxAuthors   int   `yaml:"maxAuthors" min:"1" eg:"maxAuthors: 5000"`
}

// DefaultLimits are the limits a site gets unless site.yaml sets its own.
func DefaultLimits() model.Limits {
	return model.Limits{MaxFileBytes: 4 << 20, MaxAuthors: 5000}
}

var (
	slugRE   = regexp.MustCompile(`^[\p{Ll}\p{Lo}\p{Nd}]+(-[\p{Ll}\p{Lo}\p{Nd}]+)*$`)
	domainRE = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$`)
	themeRE  = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)
)

// Config parses site.yaml. baseURL, when not empty, replaces the file's.
// A file that parses as YAML gives a Config even when it has mistakes
// (an unknown key, a value of the wrong type or out of range), each
// reported in the error, with the fields at fault left at their defaults
// or unset, so that the rest of the site can be read by it; one that
// does not parse gives nil and the error.
func Config(path string, data []byte, baseURL string) (*model.Config, error) {
	var errs diag.List
	data, err := diag.Text(path, data)
	if err != nil {
		return nil, err
	}
	m, err := yamlDoc(path, data, 1, true)
	if err != nil {
		return nil, err
	}
	var y siteYAML
	lines := map[string]int{}
	reported := decodeMapping(path, m, &y, "site.yaml", lines, &errs)
	forget(&y, reported)
	c := &model.Config{
		Title: strings.TrimSpace(y.Title), Description: titleText(y.Description), Language: y.Language,
		Author: y.Author, Domain: strings.ToLower(strings.TrimSpace(y.Domain)),
		FeedSize: y.FeedSize, PageSize: y.PageSize, AuthorPageSize: y.AuthorPage, HomeDays: y.HomeDays, TopSize: y.TopSize,
		UnsafeHTML: y.UnsafeHTML, AuthorFeeds: y.AuthorFeeds, OrganizationFeeds: y.OrganizationFeeds, Extra: y.Extra, Source: path, Limits: DefaultLimits(),
	}
	siteFieldsInExtra(path, frontValue(m, "extra"), lines, &errs)
	c.ExtraLines = keyLines(frontValue(m, "extra"))
	// A misspelt field (baseurl:) is reported as such; that the site then
	// has none is not reported too, nor when its value was (title: [T]).
	typo := misspelt(m, reflect.TypeFor[siteYAML]())
	if c.Title == "" && !typo["title"] && !reported["title"] {
		errs.Add(path, lineOr(lines, "title", 1), "the site has no title; add `title: My Paper Digest`")
	}
	switch {
	case baseURL != "": // the --base-url flag's, which is where a mistake is
		c.BaseURL, c.Base = checkBaseURL("", 0, "--base-url", baseURL, &errs)
		if y.BaseURL != "" {
			var ignored diag.List // site.yaml's is not built at: its mistakes are not the build's
			if _, u := checkBaseURL(path, 0, "baseURL", y.BaseURL, &ignored); ignored.Err() == nil {
				c.WrittenBase = u
			}
		}
	case y.BaseURL != "" || !typo["baseURL"] && !reported["baseURL"]:
		c.BaseURL, c.Base = checkBaseURL(path, lineOr(lines, "baseURL", 1), "baseURL", y.BaseURL, &errs)
	}
	// minify: is true unless it is there, and false.
	c.AsWritten = lines["minify"] != 0 && !reported["minify"] && !y.Minify
	c.LangLine, c.ThemeLine, c.DomainLine, c.ImageLine, c.ImageAltLine = lines["language"], lines["theme"], lines["domain"], lines["image"], lines["imageAlt"]
	c.TitleLine, c.BaseURLLine, c.FeedSizeLine, c.DescriptionLine = lines["title"], lines["baseURL"], lines["feedSize"], lines["description"]
	c.Language = languageTag(path, lineOr(lines, "language", 1), "language", c.Language, &errs)
	c.PaperLanguage = languageTag(path, lineOr(lines, "paperLanguage", 1), "paperLanguage", y.PaperLang, &errs)
	for _, d := range []struct {
		p   *int
		def int
	}{{&c.FeedSize, model.DefaultFeedSize}, {&c.PageSize, 25}, {&c.AuthorPageSize, 100}, {&c.HomeDays, 7}, {&c.TopSize, 10}} {
		if *d.p == 0 { // absent: decodeMapping refuses a 0 written out
			*d.p = d.def
		}
	}
	c.Themes, c.ThemeLines = themes(path, &y.Theme, &errs)
	if len(c.Themes) > 0 {
		c.Theme = c.Themes[0]
	}
	c.Image, c.ImageAlt = strings.TrimSpace(y.Image), titleText(y.ImageAlt)
	if c.Image != "" && !textutil.IsWebURL(c.Image) && (!strings.HasPrefix(c.Image, "/") || strings.HasPrefix(c.Image, "//")) {
		errs.Add(path, lineOr(lines, "image", 1), "image %q is neither an http(s) URL nor a path from the site's root; put the picture in your theme's static/ and write `image: %s`, or write the full http(s) URL of a picture elsewhere", c.Image, staticPath(c.Image))
	}
	if c.ImageAlt != "" && c.Image == "" {
		errs.Add(path, lineOr(lines, "imageAlt", 1), "imageAlt describes a picture, but the site has no `image:`; add `image: /card.png` or remove imageAlt")
	}
	if c.Domain != "" {
		if a, err := asciiHost(c.Domain); err == nil && domainRE.MatchString(a) {
			c.Domain = a // papers.bücher.example is papers.xn--bcher-kva.example in CNAME, as in DNS
		} else if err != nil && !strings.ContainsAny(c.Domain, ":/") {
			errs.Add(path, lineOr(lines, "domain", 1), "domain %q: %v; write the host as its registrar gives it, e.g. `domain: papers.example.org`", c.Domain, err)
		} else if !strings.ContainsAny(c.Domain, ":/") {
			// no scheme, port or path to leave out: a name DNS has no
			// place for (bücher, localhost, papers_lab.example.org)
			errs.Add(path, lineOr(lines, "domain", 1), "domain %q is not a host name GitHub Pages can serve: a custom domain has dot-separated labels of letters, digits and hyphens and ends in a top-level domain of letters; write the whole host as its registrar gives it, e.g. `domain: papers.example.org`", c.Domain)
		} else {
			errs.Add(path, lineOr(lines, "domain", 1), "domain %q is not a host name; write it without scheme or path, e.g. `domain: %s`", c.Domain, domainOf(c.Domain))
		}
	}
	if y.Fediverse != "" {
		var msg string
		if c.Fediverse, msg = fediverse(y.Fediverse); msg != "" {
			errs.Add(path, lineOr(lines, "fediverse", 1), "%s", msg)
		}
	}
	written := cmp.Or(c.WrittenBase, c.Base) // the base path an alias is written with, as the browser showed it
	c.Topics = topics(path, &y.Topics, basePathOf(written), &errs)
	c.FeedAliases, c.FeedAliasLines = feedAliases(path, itemLines(m, "feedAliases", len(y.FeedAliases), lineOr(lines, "feedAliases", 1)), y.FeedAliases, written, c.Topics, &errs)
	if y.FeedIDBase != "" {
		c.FeedIDBaseLine = lineOr(lines, "feedIDBase", 1)
		c.FeedIDBase, _ = checkBaseURL(path, c.FeedIDBaseLine, "feedIDBase", y.FeedIDBase, &errs)
	}
	c.AuthorNames, c.AuthorNameLines = renames(path, "authorNames", "Juergen Schmidhuber: Jürgen Schmidhuber", &y.AuthorNames, &errs)
	c.OrganizationNames, c.OrganizationNameLines = renames(path, "organizationNames", "shanghai ailab: Shanghai AI Lab", &y.OrgNames, &errs)
	if y.Limits.Kind != 0 {
		var l limitsYAML
		forget(&l, decodeMapping(path, &y.Limits, &l, "limits", nil, &errs))
		if l.MaxFileBytes > 0 {
			c.Limits.MaxFileBytes = l.MaxFileBytes
		}
		if l.MaxAuthors > 0 {
			c.Limits.MaxAuthors = l.MaxAuthors
		}
	}
	if y.Newsletter.Kind != 0 && y.Newsletter.Tag != "!!null" {
		var n newsletterYAML
		forget(&n, decodeMapping(path, &y.Newsletter, &n, "newsletter", nil, &errs))
		c.Newsletter = model.Newsletter(n)
		c.NewsletterFromLine = lineOf(&y.Newsletter, "from", 0)
		checkNewsletter(path, &y.Newsletter, &c.Newsletter, &errs)
	}
	return c, errs.Err()
}

// IsThemeName reports whether name is one that theme: accepts: a folder
// right under themes/, as `paperboy new theme` makes one.
func IsThemeName(name string) bool { return themeRE.MatchString(name) }

// themeHint is what to write for a theme: that is no folder's name.
const themeHint = "theme: give a folder under themes/ (`theme: mytheme`), or a list of them, yours first (`theme: [mytheme, lab]`)"

// themes returns the folder names theme: gives, one (`theme: mine`) or a
// list, the site's own first (`theme: [mine, lab]`), and the line of each.
func themes(path string, n *yaml.Node, errs *diag.List) (out []string, lines []int) {
	if n.Kind == yaml.ScalarNode && (n.Tag == "!!null" || n.Value == "") {
		return nil, nil
	}
	items, ok := oneOrList(n)
	if !ok {
		errs.Add(path, n.Line, themeHint)
		return nil, nil
	}
	seen := map[string]int{}
	for _, it := range items {
		switch {
		case it.Kind != yaml.ScalarNode || it.Tag != "!!str" && it.Tag != "!!int":
			errs.Add(path, it.Line, themeHint)
		case !themeRE.MatchString(it.Value):
			errs.Add(path, it.Line, "theme %q is not a folder name; name a folder under themes/, e.g. `theme: %s`", it.Value, themeFolder(it.Value))
		case seen[it.Value] != 0:
			errs.Add(path, it.Line, "theme %q is listed twice (first on line %d); keep one of them", it.Value, seen[it.Value])
		default:
			seen[it.Value] = it.Line
			out, lines = append(out, it.Value), append(lines, it.Line)
		}
	}
	return out, lines
}

// termFeedRE is the address of a file in the folder of one term of Hugo's
// and Zola's default taxonomies: tags/nlp/index.xml, Hugo's feed of the
// tag, or tags/nlp/atom.xml, Zola's.
var termFeedRE = regexp.MustCompile(`(?i)^(tags|categories)/([^/]+)/([^/]+)$`)

// taxonomies names a term of each of Hugo's default taxonomies.
var taxonomies = map[string]string{"tags": "tag", "categories": "category"}

// feedAliases returns the former addresses of the site's RSS feed
// (feedAliases:, each at its line of lines), as paths from the site root
// ("index.xml", which Hugo writes; "RSS.xml", in the letter case the old
// site had); a leading / is allowed. base is the site's address, by which
// an alias written as a URL, or with the base path, is told its path.
// kept is the line of each returned. An entry in the folder of one of
// topics, or of one of its aliases (tags/nlp/atom.xml, Zola's feed of a
// tag, with the topic's alias /tags/nlp/), is the former address of that
// topic's feed instead, and goes to its FeedAliases.
func feedAliases(path string, lines []int, in []string, base *url.URL, topics []model.TopicConfig, errs *diag.List) (out []string, kept []int) {
	var before []string
	for i, a := range in {
		line := lines[i]
		a = strings.TrimSpace(a)
		if msg := feedAliasProblem(a, base, before, topics); msg != "" {
			errs.Add(path, line, "feedAliases: %q %s", a, msg)
			continue
		}
		a = strings.TrimPrefix(a, "/")
		before = append(before, a)
		if t := feedTopic(a, topics); t >= 0 {
			topics[t].FeedAliases, topics[t].FeedAliasLines = append(topics[t].FeedAliases, a), append(topics[t].FeedAliasLines, line)
			continue
		}
		out, kept = append(out, a), append(kept, line)
	}
	return out, kept
}

// feedTopic is the index in topics of the topic whose folder (topics/nlp/),
// or the folder of one of whose aliases (topics/language/, tags/nlp/),
// holds the file a, a path from the site's root, in any letter case; -1
// for none.
func feedTopic(a string, topics []model.TopicConfig) int {
	i := strings.LastIndexByte(a, '/')
	if i < 0 {
		return -1
	}
	dir := filename.Fold(a[:i]) // as written: topics/nlp//rss.xml is in no topic's
	for i, t := range topics {
		folders := []string{strings.TrimSuffix(model.TopicPath(t.Slug), "/")}
		for _, s := range t.Aliases {
			folders = append(folders, strings.TrimSuffix(model.TopicPath(s), "/"))
		}
		if slices.ContainsFunc(slices.Concat(folders, t.Redirects), func(f string) bool { return filename.Fold(f) == dir }) {
			return i
		}
	}
	return -1
}

// feedAliasProblem says why a, an entry of feedAliases:, cannot be a
// copy of the site's feed, or of the feed of the one of topics whose
// folder it is in (feedTopic), beside those before it, or "".
func feedAliasProblem(a string, base *url.URL, before []string, topics []model.TopicConfig) string {
	if u, err := url.Parse(a); err == nil && u.Host != "" {
		switch p := aliasPath(a, base); {
		case p != "":
			return "is a whole address; write its path from the site's root: `feedAliases: [" + p + "]`"
		case base != nil && strings.EqualFold(u.Hostname(), base.Hostname()) && strings.Trim(u.Path, "/") != strings.Trim(base.Path, "/"):
			return "is a whole address, and not one under the site's, " + base.String() + ", where no copy of its feed can be: leave it out"
		}
		return "is a whole address, not a feed's; write the feed's former address from the site's root, e.g. `feedAliases: [index.xml]`"
	}
	if msg := underBasePath(a, basePathOf(base)); msg != "" {
		return msg
	}
	a = strings.TrimPrefix(a, "/")
	name := strings.ToLower(a)
	first, _, _ := strings.Cut(name, "/")
	topic := feedTopic(a, topics)
	switch {
	case !strings.HasSuffix(name, ".xml"):
		return "does not end in .xml, as the address of an RSS feed does; write the feed's former address from the site's root, e.g. `feedAliases: [index.xml]`"
	case model.RootFile(a) != "" && model.RootFile(a) != a:
		return "is " + model.RootFile(a) + ", which the build writes, in other letter case; a Mac's or Windows's disk holds the two as one file, so a copy cannot be kept there beside it: leave it out (its readers find the feed at /" + model.RootFile(a) + ")"
	case topic >= 0 && first == "topics" && (pathpkg.Base(name) == "feed.xml" || pathpkg.Base(name) == "atom.xml"),
		topic < 0 && (model.RootFile(a) != "" || model.RootFile(first) != "" || slices.Contains(model.Sections, first)):
		return "is an address the build writes itself; leave it out"
	case topic >= 0 && segmentProblem(pathpkg.Base(a)) != "": // in a folder that is a topic's
		return "is no address a copy of the feed can be at: it " + segmentProblem(pathpkg.Base(a))
	case topic < 0 && addressProblem(a) != "":
		return "is no address a copy of the feed can be at: it " + addressProblem(a)
	case topic >= 0 && first != "topics" && pathpkg.Base(name) == "index.xml":
		t := topics[topic]
		return fmt.Sprintf("is kept already: the alias %s of the topic %s keeps a copy of its RSS feed there, at index.xml, Hugo's name for a tag's feed; leave it out", model.Slashed(pathpkg.Dir(a)), t.Slug)
	case topic < 0 && termFeedRE.MatchString(a):
		// The feed of one tag: a copy of the whole site's there would
		// give its readers every paper.
		m := termFeedRE.FindStringSubmatch(a)
		term := taxonomies[strings.ToLower(m[1])]
		if strings.EqualFold(m[3], "index.xml") { // Hugo's, which the alias alone keeps
			return fmt.Sprintf("is the feed of the %s %s, and a copy of the whole site's feed there would give its readers every paper; "+
				"give the topic of that %[1]s the alias instead, under its entry in topics: (`aliases: [/%[3]s/%[2]s/]`), which keeps the topic's feed there", term, m[2], m[1])
		}
		return fmt.Sprintf("is in the folder of the %s %s, where its own feed was, and no topic has the alias /%[3]s/%[2]s/, so it would be a copy of the whole site's feed, which gives its readers every paper; "+
			"add the alias to the topic of that %[1]s, under its entry in topics: (`aliases: [/%[3]s/%[2]s/]`), and this entry keeps a copy of the topic's feed here", term, m[2], m[1])
	}
	for _, b := range before {
		switch {
		case b == a:
			return "is given twice; keep one"
		case filename.Fold(b) == filename.Fold(a):
			return "is " + b + " in other letter case, one file on a Mac's or Windows's disk, where one copy would take the other's place; keep one"
		}
	}
	return ""
}

// basePathOf is the path of the site's address base ("/reading/"), "/"
// without one.
func basePathOf(base *url.URL) string {
	if base == nil || base.Path == "" {
		return "/"
	}
	return base.Path
}

// underBasePath says why a, a former address from the host's root
// (/reading/tags/nlp/), cannot be kept when it starts with the site's
// base path base (/reading/), as it shows in a browser, or "": every
// address of the site is under it already, so it would be at
// /reading/reading/tags/nlp/, and the old address stay not found. As
// index.basePathAliases tells a paper's or a page's alias.
func underBasePath(a, base string) string {
	switch rest, home := fromSiteRoot(a, base); {
	case home:
		return "is the site's base path, the address of its home page; remove it"
	case rest != a:
		b := strings.TrimSuffix(base, "/")
		return "starts with the site's base path " + base + ", which every address of the site has already: it would be at " + b + a + "; write it from the site's root: `" + rest + "`"
	}
	return ""
}

// fromSiteRoot is a, a former address from the host's root, written from
// the root of the site at the base path base (/reading/): without base
// when it starts with it (/reading/tags/nlp/ is /tags/nlp/), else a; and
// whether a is base itself, the site's home page.
func fromSiteRoot(a, base string) (rest string, home bool) {
	b := strings.TrimSuffix(base, "/")
	switch {
	case b == "" || !strings.HasPrefix(a, b+"/") && a != b:
		return a, false
	case a == b || a == base:
		return "/", true
	}
	return a[len(b):], false
}

// renames reads a mapping of site.yaml (key: authorNames,
// organizationNames) from a spelling of a name that papers have (as a
// source writes it) to the one the site shows, and the line of each;
// example is such a line, for messages.
func renames(path, key, example string, n *yaml.Node, errs *diag.List) (map[string]string, map[string]int) {
	if n.Kind != yaml.MappingNode { // none, or decodeMapping said its shape is wrong
		return nil, nil
	}
	out := map[string]string{}
	lines := map[string]int{}
	var order []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		from, to := textutil.CollapseSpace(norm.NFC.String(k.Value)), textutil.CollapseSpace(norm.NFC.String(v.Value))
		switch {
		case k.Kind != yaml.ScalarNode || v.Kind != yaml.ScalarNode || from == "" || to == "":
			errs.Add(path, k.Line, "%s: each line is a spelling papers have, a colon, and the name to show: `%s`", key, example)
			continue
		case from == to:
			errs.Add(path, k.Line, "%s: %q is shown as it is already; remove the line", key, from)
			continue
		case slug.Make(to) == "":
			errs.Add(path, v.Line, "%s: %q has no letters or digits, so %q would be shown as no one; write the name to show, or remove the line", key, to, from)
			continue
		case lines[from] != 0:
			errs.Add(path, k.Line, "%s: %q is given twice (first on line %d); keep one", key, from, lines[from])
			continue
		}
		out[from], lines[from] = to, k.Line
		order = append(order, from)
	}
	told := map[string]bool{}
	for _, from := range order {
		to := out[from]
		if out[to] == "" || told[from] {
			continue
		}
		if cycle := renameCycle(out, from); cycle != nil {
			// Lines that rename each other: no line written from them ends the
			// chain, and `A: A` is refused; one of them is the merge wanted.
			var at []string
			for _, name := range cycle {
				told[name] = true
				at = append(at, fmt.Sprintf("%q (line %d)", name, lines[name]))
			}
			errs.Add(path, lines[from], "%s: %s rename each other, so no name would be shown; keep the line of the spelling to merge away and remove the other", key, strings.Join(at, ", "))
			continue
		}
		last, seen := to, map[string]bool{from: true}
		for out[last] != "" && !seen[last] {
			seen[last] = true
			last = out[last]
		}
		if seen[last] {
			continue // into lines that rename each other, told at theirs
		}
		errs.Add(path, lines[from], "%s: %q becomes %q, which line %d renames to %q; write `%s: %s`", key, from, to, lines[to], out[to], from, last)
	}
	return out, lines
}

// renameCycle returns the names from on whose renames in names come back
// to from (A → B → A), in the order they rename; nil when they end in a
// name that is not renamed, or come into a cycle from's not part of.
func renameCycle(names map[string]string, from string) []string {
	cycle := []string{from}
	for name := names[from]; name != ""; name = names[name] {
		if name == from {
			return cycle
		}
		if slices.Contains(cycle, name) {
			return nil
		}
		cycle = append(cycle, name)
	}
	return nil
}

// languageTag returns the BCP 47 tag of field key in its canonical form
// (fr_FR and FR are fr-FR and fr, as <html lang> and feeds want them),
// "en" when it is not set; a tag that does not parse is an error at line.
func languageTag(path string, line int, key, tag string, errs *diag.List) string {
	if tag == "" {
		return "en"
	}
	t, err := language.Parse(tag)
	if err != nil {
		errs.Add(path, line, "%s", BadLanguage(key, tag))
		return tag
	}
	return t.String()
}

// BadLanguage is the message for the value tag of the field key of
// site.yaml, which is no BCP 47 tag: the tag to write, for a language's
// name (English), or examples.
func BadLanguage(key, tag string) string {
	if code := languageNamed(tag); code != "" {
		return fmt.Sprintf("%s %q is the language's name, and the field takes its BCP 47 tag; write `%s: %s`", key, tag, key, code)
	}
	if l := countryLanguage(tag); l.tag != "" {
		return countryMessage(key, tag, l)
	}
	return fmt.Sprintf("%s %q is not a BCP 47 language tag; write e.g. `%s: en`, `%[3]s: fr` or `%[3]s: pt-BR`", key, tag, key)
}

// countryTag is the language of a country: its tag and its name.
type countryTag struct{ tag, name string }

// countryMessage is the message for the value tag of the field key,
// which is a country's code, whose language is l (countryLanguage).
func countryMessage(key, tag string, l countryTag) string {
	return fmt.Sprintf("%s %q is a country's code, not a BCP 47 language tag; for %s write `%s: %s`", key, tag, l.name, key, l.tag)
}

// countryLanguages are the languages of countries whose code is no
// language's, by the code, lower case: a site in Japanese typed `jp`
// for ja, as a domain or a flag names Japan. The codes that are also a
// language's are left out: kr is Kanuri, se Northern Sami, uk
// Ukrainian, and a paper in Korean tagged kr is told by its script.
var countryLanguages = map[string]countryTag{
	"jp": {"ja", "Japanese"}, "cn": {"zh", "Chinese"}, "gr": {"el", "Greek"}, "cz": {"cs", "Czech"}, "dk": {"da", "Danish"},
	"ua": {"uk", "Ukrainian"}, "gb": {"en", "English"}, "us": {"en", "English"}, "il": {"he", "Hebrew"}, "ir": {"fa", "Persian"},
	"vn": {"vi", "Vietnamese"}, "at": {"de", "German"}, "by": {"be", "Belarusian"}, "kz": {"kk", "Kazakh"}, "rs": {"sr", "Serbian"},
	"ge": {"ka", "Georgian"},
}

// languageNames are the tags of languages by their names in English and
// in themselves, lower case: those the built-in theme is translated into,
// and others a site is often written in.
var languageNames = map[string]string{
	"english": "en", "french": "fr", "français": "fr", "francais": "fr", "german": "de", "deutsch": "de",
	"spanish": "es", "español": "es", "espanol": "es", "chinese": "zh", "中文": "zh", "japanese": "ja", "日本語": "ja",
	"arabic": "ar", "العربية": "ar", "persian": "fa", "farsi": "fa", "فارسی": "fa", "hebrew": "he", "עברית": "he",
	"portuguese": "pt", "português": "pt", "italian": "it", "italiano": "it", "russian": "ru", "русский": "ru",
	"korean": "ko", "한국어": "ko", "dutch": "nl", "nederlands": "nl", "polish": "pl", "polski": "pl", "turkish": "tr", "türkçe": "tr",
}

// countryLanguage returns the tag and the name of the language of the
// country whose code starts tag ("jp", "JP", "cn-ZH"); none when tag
// parses as a language tag or starts with no such code.
func countryLanguage(tag string) countryTag {
	if _, err := language.Parse(tag); err == nil {
		return countryTag{}
	}
	first, _, _ := strings.Cut(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"), "-")
	return countryLanguages[strings.ToLower(first)]
}

// languageNamed returns the tag of the language whose name s is, or "".
func languageNamed(s string) string {
	return languageNames[strings.ToLower(strings.TrimSpace(s))]
}

// Lines returns the line of each key of the mapping under key in the
// YAML document data (site.yaml), or nil when there is none: for
// messages about a value that a later stage finds wrong.
func Lines(data []byte, key string) map[string]int {
	data, err := diag.Text("", data)
	if err != nil {
		return nil
	}
	m, err := yamlDoc("", data, 1, true)
	if err != nil {
		return nil
	}
	_, v := lookup(m, key)
	if v == nil || v.Kind != yaml.MappingNode {
		return nil
	}
	lines := map[string]int{}
	for j := 0; j+1 < len(v.Content); j += 2 {
		lines[v.Content[j].Value] = v.Content[j].Line
	}
	return lines
}

// BaseURLFlag returns what is wrong with s as a site's address given on
// the command line in the flag what (--base-url), in checkBaseURL's words,
// or nil. It is a mistake on the command line, not in a source: the error
// names no file.
func BaseURLFlag(what, s string) error {
	var errs diag.List
	if checkBaseURL("", 0, what, s, &errs); len(errs) > 0 {
		return errors.New(errs[0].Msg)
	}
	return nil
}

// checkBaseURL validates an absolute http(s) base URL and adds the final slash.
func checkBaseURL(path string, line int, what, s string, errs *diag.List) (string, *url.URL) {
	if s == "" {
		errs.Add(path, line, "the site has no baseURL; add `baseURL: https://user.github.io/repo/`")
		return "", nil
	}
	// Spaces around it are never meant ("https://x.org/repo/ " in
	// quotes), and inside its path every link would carry them as %20.
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs.Add(path, line, "%s %q is not an absolute http(s) URL; %s%s", what, s, absoluteHint(s), offlineHint(what, s))
		return "", nil
	}
	if u.RawQuery != "" || u.Fragment != "" || u.ForceQuery || strings.HasSuffix(s, "#") {
		errs.Add(path, line, "%s %q has a ?query or #fragment, which every link would carry; remove it (https://user.github.io/repo/)", what, s)
		return "", nil
	}
	if strings.Contains(u.Path, "//") {
		errs.Add(path, line, "%s %q has an empty folder (//) in its path, and every link would start with //, which a browser reads as the address of another host; write it like https://user.github.io/repo/", what, s)
		return "", nil
	}
	if ext := strings.ToLower(pathpkg.Ext(u.Path)); slices.Contains([]string{".html", ".htm", ".php", ".xml"}, ext) {
		errs.Add(path, line, "%s %q ends in a file name, and every link would go below it; write the folder the site is in, like %s://%s%s", what, s, u.Scheme, u.Host, strings.TrimSuffix(pathpkg.Dir(u.Path), "/")+"/")
		return "", nil
	}
	if u.User != nil {
		who, it := "a user name", "it"
		if _, ok := u.User.Password(); ok {
			who, it = "a user name and password", "them"
		}
		errs.Add(path, line, "%s %q holds %s, which every page, feed and the sitemap would publish; leave %s out: %s://%s%s", what, u.Redacted(), who, it, u.Scheme, u.Host, u.EscapedPath())
		return "", nil
	}
	// The host as browsers and search engines write it: in lower case,
	// in its ASCII form (bücher is xn--bcher-kva, where the URL would
	// percent-encode it), without the scheme's own port, so canonical
	// links and the sitemap name the pages as crawlers find them.
	host, err := asciiHost(u.Hostname())
	if err != nil {
		errs.Add(path, line, "%s %q: %v; write the host as its registrar gives it", what, s, err)
		return "", nil
	}
	if strings.Contains(host, ":") { // an IPv6 address
		host = "[" + host + "]"
	}
	if port := u.Port(); port != "" {
		host += ":" + port
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath = ""
	u.Host = host
	if port := u.Port(); port == "443" && u.Scheme == "https" || port == "80" && u.Scheme == "http" {
		u.Host = u.Hostname()
	}
	return u.String(), u
}

// offlineHint points a site's address written as a place on disk
// (file:///…, ./, /) to build --offline, which makes the copy that works
// opened from disk such an address was meant for; "" for any other, and
// for feedIDBase, which names no place to read the site.
func offlineHint(what, s string) string {
	if what == "feedIDBase" || !strings.HasPrefix(strings.ToLower(s), "file:") && !strings.HasPrefix(s, "/") && !strings.HasPrefix(s, ".") {
		return ""
	}
	return "; for a copy that works opened from disk (file://, a zip), keep the published address and build with paperboy build --offline"
}

// absoluteHint says how to write s, a base URL that is not an absolute
// http(s) URL: with https:// in front when it lacks a scheme
// (user.github.io/repo/) or has a misspelt one (htps:, https:/), else
// like https://user.github.io/repo/.
func absoluteHint(s string) string {
	rest := s
	if scheme, after, ok := strings.Cut(s, ":"); ok {
		if diag.Nearest(scheme, []string{"http", "https"}) == "" {
			return "write it like https://user.github.io/repo/"
		}
		rest = strings.TrimLeft(after, "/")
	}
	if host, _, _ := strings.Cut(rest, "/"); !domainRE.MatchString(strings.ToLower(host)) {
		return "write it like https://user.github.io/repo/"
	}
	if !strings.HasSuffix(rest, "/") {
		rest += "/"
	}
	return "write it with https:// in front: https://" + rest
}

// topics parses the topics: mapping (slug → name, description, keywords).
func topics(path string, n *yaml.Node, base string, errs *diag.List) []model.TopicConfig {
	if n.Kind != yaml.MappingNode { // none, or decodeMapping said its shape is wrong
		return nil
	}
	var out []model.TopicConfig
	seen := map[string]int{}
	aliasOf := map[string]string{}          // alias (an address case folded) → its topic
	alias := map[string]string{}            // folded address → as written
	named := map[string]model.TopicConfig{} // a topic by its name:, in lower case
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name := k.Value
		if !slugRE.MatchString(name) {
			errs.Add(path, k.Line, "topic %q is not a slug; use lowercase words joined by hyphens, e.g. %q", name, slug.Spelled(name))
			continue
		}
		if why := folderProblem(name); why != "" {
			errs.Add(path, k.Line, "topic %q %s; choose another slug, such as %q (its display name goes in `name:`)", name, why, topicSlug(name))
			continue
		}
		if prev, dup := seen[name]; dup {
			errs.Add(path, k.Line, "topic %q is defined twice (first on line %d); keep one", name, prev)
			continue
		}
		if parent := emptyTopicAbove(n, i); parent != "" {
			// topics: / diffusion-models: / name: … at one indentation.
			errs.Add(path, k.Line, "%s: is a topic's field, and the topic %s: above it is empty, so it is read as a topic of its own; indent it under %s: (two spaces more)", name, parent, parent)
			continue
		}
		seen[name] = k.Line
		t := model.TopicConfig{Slug: name, Line: k.Line}
		if v.Kind == yaml.MappingNode {
			var y topicYAML
			forget(&y, decodeMapping(path, v, &y, "topic", nil, errs))
			// Math in Unicode, as a day's or page's title has it: the
			// name shows in headings, the window's title, feeds and
			// citations, all plain text.
			t.Name, t.Description = titleText(strings.TrimSpace(y.Name)), titleText(y.Description)
			t.NameLine, t.DescriptionLine = lineOf(v, "name", k.Line), lineOf(v, "description", k.Line)
			if _, n := lookup(v, "name"); n != nil && blank(n) {
				errs.Add(path, n.Line, "topic %q: name is empty; write the topic's name, or delete the line to call it %q", name, slug.Title(name))
			} else if n != nil && t.Name != "" {
				folded := strings.ToLower(textutil.CollapseSpace(t.Name))
				if prev, ok := named[folded]; ok {
					errs.Add(path, n.Line, "topic %q: name %q is the name of topic %q too (line %d), so the topics page would list two of it; give each topic a name of its own, or, if they are one topic, keep one and list the other's slug under its aliases:", name, t.Name, prev.Slug, prev.Line)
				} else {
					named[folded] = t
				}
			}
			emptyItems(path, v, errs, "keywords")
			lines := itemLines(v, "keywords", len(y.Keywords), k.Line)
			for i, kw := range y.Keywords {
				if kw = strings.TrimSpace(kw); kw == "" {
					continue
				}
				if why := keywordProblem(kw); why != "" {
					errs.Add(path, lines[i], "topic %q: keyword %q %s", name, kw, why)
					continue
				}
				t.Keywords, t.KeywordLines = append(t.Keywords, kw), append(t.KeywordLines, lines[i])
			}
			aliasLines := itemLines(v, "aliases", len(y.Aliases), lineOf(v, "aliases", k.Line))
			for i, a := range y.Aliases {
				if strings.HasPrefix(a, "/") {
					// Hugo's or Jekyll's page of the tag: /tags/nlp/.
					switch s, why := formerAddress(a); {
					case underBasePath(a, base) != "":
						errs.Add(path, aliasLines[i], "topic %q: alias %q %s", name, a, underBasePath(a, base))
					case why != "":
						errs.Add(path, aliasLines[i], "topic %q: alias %q: the address %s %s; a topic's alias is a former slug (%s) or a former address of its page elsewhere, like /tags/%s/", name, a, model.Slashed(s), why, slug.Spelled(pathpkg.Base(s)), name)
					case model.IsPageFile(s):
						errs.Add(path, aliasLines[i], "topic %q: alias %q names a page's file; a topic's former address is a folder, like /tags/%s/", name, a, name)
					case aliasOf["/"+filename.Fold(s)] != "":
						errs.Add(path, aliasLines[i], "topic %q: alias %q is already an alias of topic %q%s; keep it under one topic", name, a, aliasOf["/"+filename.Fold(s)], inOtherCase(s, alias[filename.Fold(s)]))
					default:
						aliasOf["/"+filename.Fold(s)], alias[filename.Fold(s)] = name, s
						t.Redirects, t.RedirectLines = append(t.Redirects, s), append(t.RedirectLines, aliasLines[i])
					}
					continue
				}
				switch {
				case !slugRE.MatchString(a):
					errs.Add(path, aliasLines[i], "topic %q: alias %q is not a slug; use the topic's former slug, e.g. %q, or a former address with / before it (/tags/%s/)", name, a, slug.Spelled(a), slug.Spelled(pathpkg.Base(a)))
				case folderProblem(a) != "":
					errs.Add(path, aliasLines[i], "topic %q: alias %q %s, so no page can redirect from it; remove it", name, a, folderProblem(a))
				case a == name:
					errs.Add(path, aliasLines[i], "topic %q: alias %q is the topic's own slug; remove it", name, a)
				case aliasOf[a] != "":
					errs.Add(path, aliasLines[i], "topic %q: alias %q is already an alias of topic %q; keep it under one topic", name, a, aliasOf[a])
				default:
					aliasOf[a] = name
					t.Aliases = append(t.Aliases, a)
				}
			}
		} else if v.Tag != "!!null" {
			// topics: {nlp: Natural language} gave the name.
			display := slug.Title(name)
			if v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) != "" {
				display = yamlText(strings.TrimSpace(v.Value))
			}
			errs.Add(path, k.Line, "%s", shapeHint(fmt.Sprintf("topic %q", name), v, "a mapping of its name, description and keywords", "topics:\n  "+name+":\n    name: "+display))
		}
		if t.Name == "" {
			t.Name, t.TitleCased = slug.Title(name), true
		}
		out = append(out, t)
	}
	for _, t := range out {
		for _, a := range t.Aliases {
			if line, ok := seen[a]; ok {
				errs.Add(path, line, "topic %q is also an alias of topic %q, whose pages and feeds would take its place; remove one", a, t.Slug)
			}
		}
	}
	return out
}

// inOtherCase says that the former address s is was, the one before it,
// in other letter case ("" when it is was), which a Mac's or Windows's
// disk holds as one folder.
func inOtherCase(s, was string) string {
	if s == was {
		return ""
	}
	return ", as " + model.Slashed(was) + " in other letter case, one folder on a Mac's or Windows's disk"
}

// yamlText writes s as a YAML value: plain when YAML reads it back as
// the same text, else in double quotes.
func yamlText(s string) string {
	var back string
	if yaml.Unmarshal([]byte("v: "+s), &struct{ V *string }{&back}) == nil && back == s && !strings.ContainsAny(s, "\n#") {
		return s
	}
	return strconv.Quote(s)
}

// qualified is how messages name key of the mapping what, as the README
// does: a key of site.yaml's limits: or newsletter: with the mapping's
// name (newsletter.from, limits.maxAuthors), where a line alone left the
// reader to see whose key "from" is; a file's own key stands alone.
func qualified(what, key string) string {
	if what == "limits" || what == "newsletter" {
		return what + "." + key
	}
	return key
}

// lookup returns the first key node of the mapping m that is key, and
// its value, or nils. (decodeMapping refuses a key given twice, and keeps
// the first.)
func lookup(m *yaml.Node, key string) (k, v *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

// lineOf returns the line of key in the mapping n, or def.
func lineOf(n *yaml.Node, key string, def int) int {
	if k, _ := lookup(n, key); k != nil {
		return k.Line
	}
	return def
}

// itemLines returns the line of each of the n items of the list under key
// in the mapping m, or def for each when it is not such a list (a value
// decoded from one scalar).
func itemLines(m *yaml.Node, key string, n, def int) []int {
	lines := make([]int, n)
	if _, v := lookup(m, key); v != nil && v.Kind == yaml.SequenceNode && len(v.Content) == n {
		for j, item := range v.Content {
			lines[j] = item.Line
		}
		return lines
	}
	for i := range lines {
		lines[i] = def
	}
	return lines
}

// keywordProblem says why the keyword rule kw can tag no paper, or "":
// a keyword is matched as a whole word or phrase, as written but for
// case, so one without a letter or digit matches no word, and one
// written as a pattern (denois*, diffusion|denoising) matches only
// those signs written out. (Other signs may be written in a paper's
// text, [CLS], C++, and are let be.)
func keywordProblem(kw string) string {
	if !strings.ContainsFunc(kw, textutil.IsWordRune) {
		return "has no letter or digit, so it matches no word of a paper; write a word or a phrase, or delete it"
	}
	if i := strings.IndexAny(kw, "*|"); i >= 0 {
		return fmt.Sprintf("has %q, but a keyword is no pattern: it matches the words as written (ignoring case), %q and all, so it tags no paper; write each whole word or phrase it stands for as a keyword of its own, like `keywords: [denoise, denoising]`", kw[i:i+1], kw[i:i+1])
	}
	if len(kw) > 2 && kw[0] == '/' && kw[len(kw)-1] == '/' {
		return fmt.Sprintf("is written as a /pattern/, but a keyword is no pattern: it matches the words as written, slashes and all, so it tags no paper; write `keywords: [%s]` (a keyword matches whole words, ignoring case)", kw[1:len(kw)-1])
	}
	if e := regexEscape(kw); e != "" {
		why := fmt.Sprintf("has %q, but a keyword is no regular expression: it matches the words as written, %q and all, so it tags no paper; ", e, e)
		words := strings.TrimSpace(regexEscapes.ReplaceAllStringFunc(kw, func(e string) string { return e[2:] }))
		if strings.ContainsAny(words, `\+?()[]{}^$.`) {
			return why + "write each whole word or phrase it stands for as a keyword of its own, like `keywords: [8-bit, 4-bit]`"
		}
		return why + fmt.Sprintf("write `keywords: [%s]` (a keyword matches whole words, ignoring case)", words)
	}
	if items := commaList(kw); items != nil {
		return fmt.Sprintf("is a list in one item: it matches only the words with the comma between them, so it tags no paper; write each as an item of its own, `keywords: [%s]`", strings.Join(items, ", "))
	}
	if op, items := booleanQuery(kw); op != "" {
		return fmt.Sprintf("has %q, but a keyword is no search query: it matches the words as written, %q and all, so it tags no paper; write each as a keyword of its own, `keywords: [%s]` (a paper with any one gets the topic)", op, op, strings.Join(items, ", "))
	}
	return ""
}

// regexEscapes are a regular expression's word boundaries and classes
// (\bRL\b, \d+), written the way no TeX command is: not followed by a
// small letter (\beta, \sigma and \delta are TeX, and a paper's text may
// write them).
var regexEscapes = regexp.MustCompile(`\\[bBdDwWsS](?:[^a-z]|$)`)

// regexEscape returns the first regular expression escape of kw, or "".
func regexEscape(kw string) string {
	loc := regexEscapes.FindStringIndex(kw)
	if loc == nil {
		return ""
	}
	return kw[loc[0] : loc[0]+2]
}

// commaList returns the items of kw when it is a list written in one
// item (self-supervised, contrastive): a comma with a word on each side;
// nil for a comma between digits (1,2-dichloroethane) or at its end.
func commaList(kw string) []string {
	var items []string
	for part := range strings.SplitSeq(kw, ",") {
		items = append(items, strings.TrimSpace(part))
	}
	for i := 1; i < len(items); i++ {
		a, b := items[i-1], items[i]
		if !strings.ContainsFunc(a, textutil.IsWordRune) || !strings.ContainsFunc(b, textutil.IsWordRune) {
			return nil
		}
		last, _ := utf8.DecodeLastRuneInString(a)
		first, _ := utf8.DecodeRuneInString(b)
		if unicode.IsDigit(last) && unicode.IsDigit(first) && !strings.Contains(kw, ", ") {
			return nil
		}
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// booleanQuery returns a search engine's OR or AND written between two
// words of kw (LLM OR GPT), in capitals as those engines take them, and
// the words either side; "" when there is none ("trial and error" is a
// phrase).
func booleanQuery(kw string) (string, []string) {
	fields := strings.Fields(kw)
	for i := 1; i < len(fields)-1; i++ {
		if op := fields[i]; op == "OR" || op == "AND" {
			var items []string
			var cur []string
			for _, f := range fields {
				if f == "OR" || f == "AND" || f == "NOT" {
					if len(cur) > 0 {
						items = append(items, strings.Join(cur, " "))
					}
					cur = nil
					continue
				}
				cur = append(cur, f)
			}
			if len(cur) > 0 {
				items = append(items, strings.Join(cur, " "))
			}
			return op, items
		}
	}
	return "", nil
}

// emptyItems reports each item of the lists keys of m with nothing after
// its dash, which the YAML decoder drops in silence: a value half deleted,
// or a line left behind. An author of spaces alone, which the paper would
// drop as well, is reported too.
func emptyItems(path string, m *yaml.Node, errs *diag.List, keys ...string) {
	for _, key := range keys {
		_, v := lookup(m, key)
		if v == nil || v.Kind != yaml.SequenceNode {
			continue
		}
		for i, item := range v.Content {
			if blank(item) && (item.Tag == "!!null" || key == "authors") {
				errs.Add(path, item.Line, "%s: item %d of %d is empty; write %s there, or delete the line", key, i+1, len(v.Content), itemWhat[key])
			}
		}
	}
}

// blank reports whether n is a value with nothing in it: a key or a dash
// with nothing after it, or a text of spaces alone.
func blank(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && (n.Tag == "!!null" || strings.TrimSpace(n.Value) == "")
}

// itemWhat names what an item of each list emptyItems checks holds.
var itemWhat = map[string]string{
	"authors": "the author's name", "topics": "a topic", "keywords": "a keyword",
	"categories": "an arXiv category", "aliases": "a former id or address", "removed": "the id of a paper to take off the day",
}

// lineOr returns lines[key], or def when the key was absent.
func lineOr(lines map[string]int, key string, def int) int {
	if l, ok := lines[key]; ok {
		return l
	}
	return def
}

// newsletterYAML is the newsletter: mapping in site.yaml.
type newsletterYAML struct {
	Action      string            `yaml:"action" eg:"action: https://buttondown.com/api/emails/embed-subscribe/you"`
	Method      string            `yaml:"method" eg:"method: post"`
	EmailField  string            `yaml:"emailField" eg:"emailField: email"`
	Fields      map[string]string `yaml:"fields" eg:"fields:\n  tag: digest"`
	Name        string            `yaml:"name" eg:"name: Paper Digest"`
	From        string            `yaml:"from" eg:"from: Digest <digest@example.org>"`
	Subject     string            `yaml:"subject" eg:"subject: \"{{.Config.Title}} — {{.Digest.Name}}\""`
	Preheader   string            `yaml:"preheader" eg:"preheader: Today's papers"`
	ListID      string            `yaml:"listId" eg:"listId: digest.example.org"`
	Unsubscribe []string          `yaml:"unsubscribe" eg:"unsubscribe: [https://example.org/unsubscribe]"`
	MaxPapers   int               `yaml:"maxPapers" min:"1" max:"100000" eg:"maxPapers: 30"`
}

// formActionRE matches the action of an HTML form, as a provider's embed
// code writes it (<form action="https://…" method="post">).
var formActionRE = regexp.MustCompile(`(?i)<form\b[^>]*\baction\s*=\s*["']([^"']+)["']`)

// checkNewsletter validates the newsletter: mapping node and fills the
// form's defaults; each mistake is reported at its field's line.
func checkNewsletter(path string, node *yaml.Node, n *model.Newsletter, errs *diag.List) {
	at := func(key string) int { return lineOf(node, key, node.Line) }
	if n.Action != "" {
		if u, err := url.Parse(n.Action); err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "" {
			if m := formActionRE.FindStringSubmatch(n.Action); m != nil && textutil.IsWebURL(html.UnescapeString(m[1])) {
				errs.Add(path, at("action"), "newsletter.action is the HTML of your provider's form, not its address; write the address it sends to: `action: %s`", html.UnescapeString(m[1]))
			} else {
				errs.Add(path, at("action"), "newsletter.action %q is not an absolute http(s) URL; copy the form action from your provider, e.g. https://buttondown.com/api/emails/embed-subscribe/you", n.Action)
			}
		}
	}
	if k, _ := lookup(node, "action"); k == nil {
		// The form's settings, with no form to set: a curator who copied
		// them from the provider's embed code and left out its action.
		// One mistake, told once, at the first of them.
		var keys []string
		for _, f := range []struct {
			key string
			set bool
		}{{"method", n.Method != ""}, {"emailField", n.EmailField != ""}, {"fields", len(n.Fields) > 0}} {
			if f.set {
				keys = append(keys, f.key)
			}
		}
		slices.SortStableFunc(keys, func(a, b string) int { return at(a) - at(b) })
		if len(keys) > 0 {
			verb := "sets"
			if len(keys) > 1 {
				verb = "set"
			}
			errs.Add(path, at(keys[0]), "newsletter.%s %s the subscribe form, which the site shows only with newsletter.action, your provider's form URL; add it (`action: https://buttondown.com/api/emails/embed-subscribe/you`), or remove %[1]s",
				textutil.List(keys), verb)
		}
	}
	switch n.Method = strings.ToLower(n.Method); n.Method {
	case "":
		n.Method = "post"
	case "post", "get":
	default:
		errs.Add(path, at("method"), "newsletter.method %q: use post or get", n.Method)
	}
	if n.EmailField == "" {
		n.EmailField = "email"
	}
	if n.From != "" {
		if _, err := mailheader.Address(n.From, mailheader.FromHint); err != nil {
			errs.Add(path, at("from"), "newsletter.from %v", err)
		}
	}
	// listId and unsubscribe go into the email's headers as written: a
	// space, <, > or line break there would break the header or add one.
	// mail.Message.Bytes asks the same rules.
	if n.ListID != "" {
		if err := mailheader.ListID(n.ListID); err != nil {
			errs.Add(path, at("listId"), "newsletter.listId %v, or remove it to derive it from baseURL", err)
		}
	}
	unsubscribe := itemLines(node, "unsubscribe", len(n.Unsubscribe), at("unsubscribe"))
	for i, u := range n.Unsubscribe {
		if err := mailheader.URL(u); err != nil {
			errs.Add(path, unsubscribe[i], "newsletter.unsubscribe %v", err)
		}
	}
}

// domainOf returns the host name of domain, a URL or a host with a path
// or port (https://papers.example.org/, papers.example.org:8080/) as a
// curator writes for a domain:, or papers.example.org when it has none.
func domainOf(domain string) string {
	if !strings.Contains(domain, "://") {
		domain = "https://" + domain
	}
	if u, err := url.Parse(strings.TrimSpace(domain)); err == nil {
		if h, err := asciiHost(u.Hostname()); err == nil && domainRE.MatchString(h) {
			return h
		}
	}
	return "papers.example.org"
}

// asciiHost returns host in lower case and, when it has letters beyond
// ASCII (papers.bücher.example), in the ASCII form DNS and every client
// resolves (papers.xn--bcher-kva.example), or what is wrong with it in
// words that name the non-ASCII letters. An IP address is returned as
// it is.
func asciiHost(host string) (string, error) {
	host = strings.ToLower(host)
	if strings.IndexFunc(host, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
		return host, nil
	}
	a, err := idna.Lookup.ToASCII(host)
	if err != nil {
		return "", fmt.Errorf("the host %q has characters beyond ASCII that no international domain name (IDNA) allows", host)
	}
	return a, nil
}

// themeFolder is the folder name a theme: written as a path means
// (themes/mine, ./mine/, themes\mine: mine), or mytheme when it names
// none.
func themeFolder(v string) string {
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == '/' || r == '\\' })
	for len(parts) > 0 && (parts[0] == "." || parts[0] == "themes") {
		parts = parts[1:]
	}
	if len(parts) == 1 && themeRE.MatchString(parts[0]) {
		return parts[0]
	}
	return "mytheme"
}

// staticPath is the address from the site's root of the picture a
// site.yaml image: names as a file of the theme's static/ (card.png,
// static/card.png, themes/mine/static\card.png: /card.png).
func staticPath(v string) string {
	v = strings.ReplaceAll(strings.TrimSpace(v), `\`, "/")
	if i := strings.LastIndex(v, "static/"); i >= 0 {
		v = v[i+len("static/"):]
	}
	v = strings.TrimLeft(strings.TrimPrefix(v, "./"), "/")
	if v == "" || strings.Contains(v, ":") {
		return "/card.png"
	}
	return "/" + v
}

// aliasPath is the path from the site's root (base) that a feed alias
// written as a URL names (https://ada.github.io/digest/index.xml on the
// site https://ada.github.io/digest/: index.xml; one on another host,
// its path there), or "" when it is on the site's host but not under
// its base path.
func aliasPath(a string, base *url.URL) string {
	u, err := url.Parse(a)
	if err != nil {
		return ""
	}
	p, in := strings.TrimPrefix(u.Path, "/"), true // under the site's path
	if base != nil && strings.EqualFold(u.Hostname(), base.Hostname()) {
		p, in = strings.CutPrefix(u.Path, strings.TrimSuffix(base.Path, "/")+"/")
	}
	if !in || p == "" {
		return ""
	}
	return p
}

// topicFields are the keys of a topic's mapping in topics:.
var topicFields = []string{"name", "description", "keywords", "aliases"}

// emptyTopicAbove returns the topic of topics: (n) left empty above its
// i-th key, past other such keys, when that key is a topic's field
// (topicFields) written without indenting it under the topic; else "".
func emptyTopicAbove(n *yaml.Node, i int) string {
	isField := func(key string) bool { return slices.Contains(topicFields, key) }
	if !isField(n.Content[i].Value) {
		return ""
	}
	return emptyKeyAbove(n, i, isField, func(string) bool { return true })
}

// themeData are the settings whose names a theme's own data under extra:
// may have (an author's name, a description of its own): only the other
// settings' are told.
var themeData = []string{"extra", "title", "description", "author", "language", "image"}

// keyLines returns the line of each key of the mapping node (nil for
// none).
func keyLines(node *yaml.Node) map[string]int {
	if node == nil || node.Kind != yaml.MappingNode {
		return nil
	}
	out := map[string]int{}
	for i := 0; i+1 < len(node.Content); i += 2 {
		out[node.Content[i].Value] = node.Content[i].Line
	}
	return out
}

// siteFieldsInExtra reports, at its line, each key of the mapping extra
// (site.yaml's extra:) that is a setting of site.yaml's own
// (feedAliases:, domain:), which the build reads only at the top level:
// indented under extra: by mistake, it would do nothing. One the top
// level (given) has too is the theme's own.
func siteFieldsInExtra(path string, extra *yaml.Node, given map[string]int, errs *diag.List) {
	fields, _ := fieldsFor(reflect.TypeFor[siteYAML]())
	for i := 0; extra != nil && extra.Kind == yaml.MappingNode && i+1 < len(extra.Content); i += 2 {
		k := extra.Content[i]
		if _, own := fields[k.Value]; !own || slices.Contains(themeData, k.Value) {
			continue
		}
		if _, ok := given[k.Value]; ok {
			continue
		}
		errs.Add(path, k.Line, "%s: is a setting of site.yaml's own, which the build reads only at the top level, not under extra: (data for your theme alone); move it out of extra:, without its indentation", k.Value)
	}
}
