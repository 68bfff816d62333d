package parse

import (
	"cmp"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// pageYAML is the front matter of a page of the site's own.
type pageYAML struct {
	Title       string         `yaml:"title"`
	LinkTitle   string         `yaml:"linkTitle"`
	Description string         `yaml:"description"`
	Menu        yaml.Node      `yaml:"menu"`
	Weight      int            `yaml:"weight"`
	Aliases     []string       `yaml:"aliases"`
	Draft       bool           `yaml:"draft"`
	Image       string         `yaml:"image"`
	ImageAlt    string         `yaml:"image_alt"`
	Language    string         `yaml:"language"`
	Extra       map[string]any `yaml:"extra"`
}

// PagesDir is the folder of the site's own pages.
const PagesDir = "content/pages/"

// Menus are the menus a page may ask to be linked from.
var Menus = []string{"main", "footer"}

// Page parses a page of the site's own: content/pages/<slug>.md, whose
// address is /<slug>/ (content/pages/guide/setup.md is /guide/setup/,
// and content/pages/guide/index.md is /guide/), YAML front matter with
// at least a title, and a Markdown body.
func Page(path string, data []byte) (*model.Page, error) {
	return PageUnder(path, data, "/")
}

// PageUnder is Page for a file of the site at the base path base
// ("/notes/"), which an alias its messages name is written without, as
// every alias is.
func PageUnder(path string, data []byte, base string) (*model.Page, error) {
	if err := paperAmongPages(path, data); err != nil {
		return nil, err
	}
	slug, msg := PageSlug(path)
	if msg != "" {
		return nil, diag.Errorf(path, 0, "%s", msg)
	}
	doc, err := split(path, data)
	if err != nil {
		return nil, err
	}
	if doc.Front == nil {
		return nil, diag.Errorf(path, 1, "a page must start with front matter; begin it with a line ---, then `title: \"…\"`, then ---")
	}
	if err := closedEarly(path, doc, reflect.TypeFor[pageYAML]()); err != nil {
		return nil, err
	}
	m, err := yamlDoc(path, doc.Front, doc.FrontAt, false)
	if err != nil {
		return nil, err
	}
	var errs diag.List
	var y pageYAML
	lines := map[string]int{}
	decodeFront(owner{path: path, front: m, base: base}, &y, "page", lines, &errs)
	decoded := len(errs) == 0
	p := &model.Page{
		Slug: slug, Title: titleText(y.Title), LinkTitle: titleText(y.LinkTitle),
		Description: titleText(y.Description), DescriptionLine: lines["description"], Weight: y.Weight, Draft: y.Draft, Extra: y.Extra,
		Body: string(doc.Body), Source: path, Line: lineOr(lines, "title", 1), BodyLine: doc.BodyLine,
		AliasesLine: lines["aliases"], Image: strings.TrimSpace(y.Image), ImageAlt: titleText(y.ImageAlt), ImageAltLine: lines["image_alt"],
	}
	p.ImageLine = checkImage(path, p.Image, p.ImageAlt, "page", func(k string) int { return lineOr(lines, k, m.Line) }, &errs)
	if p.Title == "" && decoded {
		errs.Add(path, lineOr(lines, "title", m.Line), "the page has no title; add `title: \"…\"`")
	}
	p.Menus = pageMenus(path, &y.Menu, &errs)
	p.Language = textLanguage(path, y.Language, lineOr(lines, "language", m.Line), "the page's title and text", &errs)
	aliasLines := itemLines(m, "aliases", len(y.Aliases), lines["aliases"])
	for i, a := range y.Aliases {
		a = strings.TrimSpace(a)
		switch s, why := formerAddress(a); {
		case pastedAlias(a, false) != "": // the index, which knows the site's base path, tells the alias to write
			p.Pasted = append(p.Pasted, a)
			if p.AliasLines == nil {
				p.AliasLines = make(map[string]int, len(y.Aliases))
			}
			p.AliasLines[a] = aliasLines[i]
		case why != "":
			errs.Add(path, aliasLines[i], "alias %q: the address %s %s; an alias is a former address of the page, like /about-us/ or /about.html", a, model.Slashed(s), why)
		case s == slug:
			errs.Add(path, aliasLines[i], "alias %q is the page's own address; an alias is a former one: remove it", a)
		case filename.Fold(s) == filename.Fold(slug):
			errs.Add(path, aliasLines[i], "alias %q is the page's own address /%s/ in other letter case, which a Mac's or Windows's disk holds as one folder, so its redirect would take the page's place; it cannot be kept: remove it", a, slug)
		case twice(p.Aliases, s) != "":
			errs.Add(path, aliasLines[i], "alias %q %s; keep one", a, twice(p.Aliases, s))
		default:
			p.Aliases = append(p.Aliases, s)
			if !strings.HasPrefix(a, "/") {
				p.Relative = append(p.Relative, s)
			}
			if p.AliasLines == nil {
				p.AliasLines = make(map[string]int, len(y.Aliases))
			}
			p.AliasLines[s] = aliasLines[i]
		}
	}
	return p, errs.Err()
}

// twice says how the former address s is one of those before it (as
// formerAddress gives them): the same, or the same in other letter case,
// which a Mac's or Windows's disk holds as one file; or "".
func twice(before []string, s string) string {
	for _, b := range before {
		switch {
		case b == s:
			return "is given twice"
		case filename.Fold(b) == filename.Fold(s):
			return "is " + model.Slashed(b) + " in other letter case, one file on a Mac's or Windows's disk, where one would take the other's place"
		}
	}
	return ""
}

// paperAmongPages returns an error when data, a file of content/pages/,
// is a paper's: its front matter has `arxiv:`, or `id:` and `authors:`
// (a paper not on arXiv), which no page has; or nil. Uploaded to the
// wrong folder, it would otherwise be told to rename the file
// (2406.01234.md is no page's name), or to put each paper field under
// `extra:`, neither of which makes it the paper it is.
func paperAmongPages(path string, data []byte) error {
	doc, err := split(path, data)
	if err != nil || doc.Front == nil {
		return nil // Page tells what is wrong
	}
	m, err := yamlRoot(path, doc.Front, doc.FrontAt)
	if err != nil || m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	k, _ := lookup(m, "arxiv")
	if id, _ := lookup(m, "id"); k == nil && id != nil && lineOf(m, "authors", 0) > 0 {
		k = id
	}
	if k == nil {
		return nil
	}
	return diag.Errorf(path, k.Line, "this is a paper's file (it has `%s:`), and content/pages/ holds pages of your own; a paper's file goes in content/papers/; move it there", k.Value)
}

// pageMenus reads menu:, one menu's name or a list of them.
func pageMenus(path string, n *yaml.Node, errs *diag.List) []string {
	names, ok := oneOrList(n)
	if !ok && n.Kind == yaml.MappingNode {
		errs.Add(path, n.Line, "%s", hugoMenuHint(n))
		return nil
	}
	if !ok {
		errs.Add(path, n.Line, "menu: write `menu: main` for a link in the site's header, `menu: footer` for one in its footer, or both: `menu: [main, footer]`")
		return nil
	}
	var out []string
	for _, v := range names {
		name := strings.TrimSpace(v.Value)
		switch {
		case v.Kind != yaml.ScalarNode || !slices.Contains(Menus, name):
			hint := ""
			if s := diag.Suggest(name, Menus); s != "" && v.Kind == yaml.ScalarNode {
				hint = " (did you mean " + s + "?)"
			}
			errs.Add(path, v.Line, "menu: %q is not a menu%s; write `menu: main` for a link in the site's header, `menu: footer` for one in its footer, or both: `menu: [main, footer]`", v.Value, hint)
		case slices.Contains(out, name):
			errs.Add(path, v.Line, "menu: %q is given twice; keep one", name)
		default:
			out = append(out, name)
		}
	}
	return out
}

// hugoMenuHint says what to write for menu: in Hugo's form, a mapping of
// menus to their entries (`main: {weight: 20, name: About us}`): the
// menus' names, and the entry's weight and name as the page's own
// weight: and linkTitle:, which set its link's place and text here, so
// that moving the page keeps both.
func hugoMenuHint(n *yaml.Node) string {
	var menus, fields, other []string
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		name, entry := strings.TrimSpace(n.Content[i].Value), n.Content[i+1]
		if slices.Contains(Menus, name) && !slices.Contains(menus, name) {
			menus = append(menus, name)
		} else if !slices.Contains(Menus, name) {
			other = append(other, strconv.Quote(name))
		}
		for j := 0; entry.Kind == yaml.MappingNode && j+1 < len(entry.Content); j += 2 {
			k, v := strings.ToLower(entry.Content[j].Value), entry.Content[j+1] // Hugo's keys are in any case
			field := map[string]string{"weight": "weight", "name": "linkTitle"}[k]
			if field != "" && v.Kind == yaml.ScalarNode && !seen[field] {
				seen[field] = true
				fields = append(fields, "`"+field+": "+yamlText(v.Value)+"`")
			}
		}
	}
	write := "`menu: main` (the site's header)"
	switch {
	case len(menus) == 1:
		write = "`menu: " + menus[0] + "`"
	case len(menus) > 1:
		write = "`menu: [" + strings.Join(menus, ", ") + "]`"
	}
	msg := "menu: Hugo's form, each menu with its entry, is not read here; write " + write
	if len(fields) > 0 {
		msg += ", and the entry's " + strings.Join(fields, " and ") + " as the page's own fields, at the top level of its front matter, where they set its link's place and text"
	}
	if len(other) > 0 {
		msg += "; the menus are main (the header) and footer, and " + strings.Join(other, ", ") + " is not one"
	}
	return msg
}

// PageSlug returns the address of the page file path below content/pages/
// ("about", "guide/setup"), or why the file cannot be a page.
func PageSlug(path string) (slug, problem string) {
	rel := strings.TrimPrefix(path, PagesDir)
	if filename.IsMarkdown(rel) {
		rel = rel[:len(rel)-len(".md")]
	}
	slug = norm.NFC.String(rel)
	if base, ok := strings.CutSuffix(slug, "/index"); ok {
		slug = base
	}
	if slug == "index" {
		return "", "the home page is made from the digest; a page of your own needs a name of its own, like content/pages/about.md"
	}
	if slug == "404" { // Jekyll's way to a custom 404 page
		return "", "this would be an ordinary page at /404/, which no server shows for an address that is not found; the site's 404 page is the 404.html the build makes from your theme's templates/404.html " +
			"(`paperboy new theme mine templates/404.html` copies the built-in one to start from): move this text there, with links from the site's root ({{url \"about/\"}}), and delete this file"
	}
	if why := pageSlugProblem(slug); why != "" {
		if orig := filename.CopyOf(path); orig != "" && orig != path {
			if s, _ := PageSlug(orig); s != "" {
				return "", filename.CopyHint(path, orig, false)
			}
		}
		return "", "this page's address would be /" + slug + "/, which " + why + "; rename the file"
	}
	return slug, ""
}

// formerAddress is the former address a of a paper's or a page's alias,
// a folder (/about-us/) or a page's file ending in .html or .htm, as
// Jekyll's and hand-made sites' addresses are (/about.html,
// /2024/05/27/gpt3.html, /Reading/attention.htm), without its slashes,
// and why it cannot be one, or "". It is kept as the old site had it
// (addressProblem): an alias is an address readers already have. A
// file's name may not be one the build writes itself: the home page's
// index.html, the 404.html of addresses not found, or a folder's
// index.html, which is the page at the folder's address; in any letter
// case, as a Mac's or Windows's disk holds Index.html and index.html as
// one file.
func formerAddress(a string) (s, why string) {
	if schemeRelative(a) {
		// //old.example.org/tags/nlp/: the host is not a folder.
		write, host := "/", ""
		if u, err := url.Parse(strings.TrimSpace(a)); err == nil {
			write, host = cmp.Or(u.Path, "/"), u.Host
		}
		return strings.Trim(write, "/"), "is a whole address, on the host " + host + ", written without https:; write its path from the site's root, " + write
	}
	s = strings.Trim(a, "/")
	name, isFile := cutPageFile(s)
	switch lower := strings.ToLower(name); {
	case isFile && lower == "index":
		return s, "is the home page's file, which the build writes; an address of the home page needs no alias"
	case isFile && lower == "404":
		return s, "is the page the build writes for addresses that are not found"
	case isFile && strings.HasSuffix(lower, "/index"):
		folder := name[:len(name)-len("index")]
		return s, "is the file of the page at /" + folder + ", which a server gives for either address; write /" + folder
	}
	return s, addressProblem(s)
}

// cutPageFile returns s, an address without its slashes, without its
// .html or .htm, and whether it had one (model.IsPageFile).
func cutPageFile(s string) (name string, ok bool) {
	if !model.IsPageFile(s) {
		return s, false
	}
	return s[:strings.LastIndexByte(s, '.')], true
}

// addressProblem says why s, a former address below the site's root
// without its first and last slash, cannot be kept as it is written, or
// "". An old site's address may have capitals (/Reading/), dots
// (/qwen2.5-report/, as Hugo keeps them) and '~', in any script: each is
// a file or folder of that name, which GitHub Pages serves at that very
// address, letter case and all. What no file can stand for is refused:
// a query or fragment (no server reads them as part of the path), . and
// .. (a browser resolves them away), spaces and signs (a browser sends
// them %-escaped), a hidden name, and a name Windows cannot hold; and
// the folders the build fills itself.
func addressProblem(s string) string {
	if s == "" {
		return "is empty"
	}
	if path, _, ok := strings.Cut(s, "?"); ok {
		return "has a query (?…), which a server does not read as part of the address: the page at the address is the one at " + model.Slashed(strings.TrimSuffix(path, "/")) + ", which is what an alias can keep; write that"
	}
	if path, _, ok := strings.Cut(s, "#"); ok {
		return "has a fragment (#…), a place in a page, which a browser never sends to the server: write the page's address before it, " + model.Slashed(strings.TrimSuffix(path, "/"))
	}
	first, _, _ := strings.Cut(s, "/")
	if lower := strings.ToLower(first); slices.Contains(model.Sections, lower) {
		return "is in /" + lower + "/, a folder the build fills itself (as it does " + strings.Join(model.Sections, ", ") + ")"
	}
	if why := rootFileProblem(first); why != "" {
		return why
	}
	for seg := range strings.SplitSeq(s, "/") {
		if why := segmentProblem(seg); why != "" {
			return why
		}
	}
	return ""
}

// segmentProblem says why seg, one name of an address between its
// slashes, cannot be kept (addressProblem), or "".
func segmentProblem(seg string) string {
	switch {
	case seg == "":
		return "has an empty folder name (//)"
	case seg == "." || seg == "..":
		return "has the folder name " + seg + ", which a browser resolves away before it asks for the address; write the address it comes to"
	case strings.Contains(seg, ".."):
		return "has " + seg + ", with two dots in a row, which servers refuse in an address as a way out of the site's folder"
	case strings.HasPrefix(seg, "."):
		return "has " + seg + ", a hidden file's name, which a deploy leaves out"
	case len(seg) > 255:
		return "has a name longer than the 255 bytes a disk allows a file's"
	case !addressSegment(seg):
		return "has " + strconv.Quote(seg) + ", and an address kept here may have letters, digits, '-', '_', '.' and '~' only (no spaces, '%' or other signs, which a browser sends escaped): it cannot be kept as written"
	case filename.Unportable(seg) != "":
		return "has " + seg + ", which " + filename.Unportable(seg) + ", so a Windows checkout could not hold its file"
	}
	return ""
}

// rootFileProblem says why an address whose first name is first cannot
// be kept, when that is a file the build writes at the site's root
// (model.RootFile), or "": the alias's page would need a folder there. In
// other letter case the two are one on a Mac's or Windows's disk, and a
// copy of the site made there would lose one.
func rootFileProblem(first string) string {
	f := model.RootFile(first)
	switch {
	case f == "":
		return ""
	case f != first:
		return "needs a folder /" + first + "/, which a Mac's or Windows's disk holds as one with the file /" + f + " that the build writes at the site's root, so it cannot be kept"
	}
	return "needs a folder /" + f + "/ where the build writes the file /" + f + " at the site's root, so it cannot be kept"
}

// addressSegment reports whether s is a name in a former address that a
// file can stand for: letters of any script and case, digits, '-', '_',
// '.' and '~'.
func addressSegment(s string) bool {
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune("-_.~", r)) {
			return false
		}
	}
	return true
}

// pageSlugProblem says why slug, a page's address below the root without
// its slashes, cannot be one ("is empty"), or "".
func pageSlugProblem(slug string) string {
	if slug == "" {
		return "is empty"
	}
	first, _, _ := strings.Cut(slug, "/")
	if lower := strings.ToLower(first); slices.Contains(model.Sections, lower) {
		return "is in /" + lower + "/, a folder the build fills itself (as it does " + strings.Join(model.Sections, ", ") + ")"
	}
	if why := rootFileProblem(first); why != "" {
		return why // cname.md beside the CNAME of domain:
	}
	for seg := range strings.SplitSeq(slug, "/") {
		switch {
		case seg == "":
			return "has an empty folder name"
		case validSegment(strings.ToLower(seg)) && filename.Unportable(seg) != "":
			// COM1, Aux: reserved in any letter case, so writing the
			// name in lower case, as a name with capitals is told, would
			// not mend it.
			return "has " + seg + ", which " + filename.Unportable(seg) + " (in any letter case), so a Windows checkout could not hold its folder"
		case !validSegment(seg) && validSegment(strings.ToLower(seg)):
			return "has capital letters, and addresses are case-sensitive on GitHub Pages: write " + strings.ToLower(seg) + " in lower case"
		case !validSegment(seg):
			return "may have only lower-case letters, digits, '-' and '_' (no spaces or dots), like about or reading-guide"
		}
	}
	return ""
}

// validSegment reports whether s is one folder name of a page's address:
// lower-case letters of any script, digits, '-' and '_', starting with a
// letter or digit, at most 120 bytes.
func validSegment(s string) bool {
	if s == "" || len(s) > 120 || s[0] == '-' || s[0] == '_' {
		return false
	}
	for _, r := range s {
		if !(unicode.IsLetter(r) && !unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// titleText is a day's or a page's title, a page's or the site's
// description, or a figure's alt text (image_alt:, imageAlt:), as
// written, spaces collapsed
// but its no-break spaces kept ("Fig.\u00a03", "10\u00a0000 tokens", as a
// paper's title keeps them), its TeX-isms converted as a paper's title's
// are (tex.Title: 50\% is 50%, R\&D R&D) and its math ($\epsilon$-prediction) in Unicode (ϵ-prediction): such a text
// is plain text everywhere it shows (a heading, the window's title, a
// meta tag, a feed, an email's subject, an alt="" screen readers would
// otherwise read "dollar backslash beta" from), where a paper's title, kept as TeX for its
// citation, is converted where it shows.
func titleText(s string) string { return tex.UnicodeText(tex.Title(textutil.CollapseBreakingSpace(s))) }
