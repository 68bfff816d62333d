package parse

import (
	"cmp"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// A Jekyll post's address is its permalink template filled from the
// post: its date, its file's name and its categories. The curator moving
// a Jekyll site is told each post's, so that an alias keeps it working.

// jekyllStyles are Jekyll's built-in permalink styles, with the template
// each stands for, as jekyllrb.com/docs/permalinks/ lists them; date is
// the default, for a _config.yml without permalink:.
var jekyllStyles = map[string]string{
	"date":     "/:categories/:year/:month/:day/:title:output_ext",
	"pretty":   "/:categories/:year/:month/:day/:title/",
	"ordinal":  "/:categories/:year/:y_day/:title:output_ext",
	"weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
	"none":     "/:categories/:title:output_ext",
}

// JekyllTemplate is the template of a _config.yml's permalink: v, a
// built-in style's name or a template of its own; Jekyll's default, date,
// when v is "".
func JekyllTemplate(v string) string {
	if v == "" {
		v = "date"
	}
	if t, ok := jekyllStyles[v]; ok {
		return t
	}
	return v
}

// postNameRE is a Jekyll post's file name: its date, then its title.
var postNameRE = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})-(.+)\.(?:md|markdown|mkd|mkdn|mdown|html)$`)

// IsJekyllPost reports whether name is a file name Jekyll reads as a
// post's (2024-05-27-gpt3.md).
func IsJekyllPost(name string) bool { return postNameRE.MatchString(name) }

// JekyllAddress is what a Jekyll site made of one of its posts.
type JekyllAddress struct {
	// Addr is the address Jekyll gave the post; "" when it is not known
	// (a placeholder with nothing to fill it, front matter that does not
	// parse).
	Addr string
	// Used is the template Addr was made from: the site's, the post's own
	// permalink:, or FromAliases.
	Used string
	// Line is the line of the post's file Addr is made at: its
	// permalink:'s when it has one, else the first of its date:, slug:
	// and categories: (or category:) that fills a placeholder, else 1:
	// an address made of the file's name alone.
	Line int
	// Kept reports whether its aliases: keeps Addr already.
	Kept bool
	// ID is the id jekyll-feed gave the post: Addr's folder and the
	// post's slug (its slug:, else its name's), /2024/05/27/gpt3 for
	// /2024/05/27/gpt3.html or /2024/05/27/gpt3/, and /gpt3 for a
	// permalink: /notes-on-gpt3/.
	ID string
	// IDKept reports whether the post has a feed_id: already.
	IDKept bool
}

// JekyllPost is what Jekyll made of the post whose file is named name
// (2024-05-27-gpt3.md) and holds data, under the permalink template tmpl
// or the post's own permalink:, when it built in the time zone loc. A
// former address of its own in its aliases: (one the curator moved its
// permalink: to) is taken for the one Jekyll gave it.
func JekyllPost(name string, data []byte, tmpl string, loc *time.Location) JekyllAddress {
	var front *yaml.Node
	if doc, err := split(name, data); err == nil && doc.Front != nil {
		if front, err = yamlRoot(name, doc.Front, doc.FrontAt); err != nil {
			return JekyllAddress{Used: tmpl}
		}
	}
	out := JekyllAddress{Used: tmpl, IDKept: frontValue(front, "feed_id") != nil}
	own := false
	if v := frontValue(front, "permalink"); v != nil && v.Kind == yaml.ScalarNode && v.Value != "" {
		out.Used, out.Line, own = v.Value, v.Line, true
	}
	var at int
	out.Addr, at = jekyllAddress(out.Used, name, front, loc)
	out.Line = cmp.Or(out.Line, at)
	if aliases := frontValue(front, "aliases"); aliases != nil && aliases.Kind == yaml.SequenceNode {
		if a := AliasFor(out.Addr); a != "" {
			out.Kept = slices.ContainsFunc(aliases.Content, func(n *yaml.Node) bool { return AliasFor(n.Value) == a })
		}
		for _, n := range aliases.Content {
			if out.Kept || own {
				break
			}
			// A former address of its own in aliases: is the one its
			// permalink: gave it, which the curator moved there as told,
			// or one the curator knows better than the template.
			if a := AliasFor(n.Value); strings.HasPrefix(n.Value, "/") && a != "" {
				out.Addr, out.Used, out.Kept = a, FromAliases, true
			}
		}
	}
	slug, _ := postSlug(name, front)
	folder := path.Dir(strings.TrimSuffix(strings.TrimSuffix(out.Addr, "/"), ".html"))
	// The feed's absolute_url escapes a slug: of words (text to text).
	out.ID = path.Join(folder, strings.ReplaceAll(slug, " ", "%20"))
	return out
}

// postSlug is the slug of the post whose file is named name and whose
// front matter is the mapping front (nil for none): its slug:, else its
// name's (gpt3 of 2024-05-27-gpt3.md), and the line of its slug:, 0 for
// the name.
func postSlug(name string, front *yaml.Node) (slug string, line int) {
	slug = strings.TrimSuffix(name, path.Ext(name))
	if m := postNameRE.FindStringSubmatch(name); m != nil {
		slug = m[2]
	}
	if v := frontValue(front, "slug"); v != nil && v.Kind == yaml.ScalarNode && v.Value != "" {
		return v.Value, v.Line
	}
	return slug, 0
}

// FromAliases is the template JekyllPost says it used for an address it
// took from the post's aliases:.
const FromAliases = "aliases:"

// KeepAddress says how a paper keeps its former address addr working:
// the aliases: that does, or, when an alias cannot be addr (a capital
// letter, a sign), the page of its own that does.
func KeepAddress(addr string) string {
	if a := AliasFor(addr); a != "" {
		return "`aliases: [" + flowItem(a) + "]`"
	}
	return addr + " cannot be an alias (" + aliasChars + "): " + ownPage(addr)
}

// AliasFor is the alias that is the address addr, "/a/b/" however its
// slashes are written ("/a/b.html" for a page's name; a paper's former id
// in /papers/, /papers/bert/, as Hugo writes one), or "" when an
// alias cannot be addr: when a paper's aliases: would refuse it
// (formerAddress), as it does a folder named only by signs (/-/).
func AliasFor(addr string) string {
	a := strings.Trim(addr, "/")
	if a == "" || strings.ToLower(a) != a || aliasAddress(&yaml.Node{Kind: yaml.ScalarNode, Value: a}) != a {
		return ""
	}
	if id, ok := strings.CutPrefix(a, "papers/"); ok && ValidID(id) {
		return "/papers/" + id + "/" // a former id, as Hugo writes one: /papers/bert/
	}
	if _, why := formerAddress(a); why != "" {
		return ""
	}
	return model.Slashed(a)
}

// JekyllBaseURL is site.yaml's baseURL for a Jekyll site's url: and
// baseurl: (https://ada.github.io and /repo are https://ada.github.io/repo/),
// with no url: a GitHub project site's (https://<user>.github.io/repo/);
// "" with neither.
func JekyllBaseURL(url, baseurl string) string {
	url, base := strings.TrimSuffix(strings.TrimSpace(url), "/"), strings.Trim(strings.TrimSpace(baseurl), "/")
	switch {
	case url == "" && base == "":
		return ""
	case url == "":
		url = "https://<user>.github.io"
	}
	if base != "" {
		url += "/" + base
	}
	return url + "/"
}

// placeholderRE is a placeholder of a permalink template.
var placeholderRE = regexp.MustCompile(`:[a-z_]+`)

// nonWordRE is what Jekyll's :slug makes a hyphen of.
var nonWordRE = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// jekyllAddress is the address Jekyll gave the post whose file is named
// name (2024-05-27-gpt3.md) and whose front matter is the mapping front
// (nil for none), under the permalink template tmpl: its date is its
// date: (else its name's) in the site's time zone loc (writtenTime), its
// title its slug: (else its name's), its categories its categories: or
// category:, in lower case. line is the first line of front that fills a
// placeholder, or 1 when only the file's name does: the address is made
// of no line of the file then, and its first line stands for it.
// The address is "" when a placeholder has nothing to fill it.
func jekyllAddress(tmpl, name string, front *yaml.Node, loc *time.Location) (addr string, line int) {
	day := ""
	if m := postNameRE.FindStringSubmatch(name); m != nil {
		day = m[1]
	}
	var dateLine, catsLine int                // the lines of front that give them; 0 for the name
	title, titleLine := postSlug(name, front) // likewise
	title = strings.Join(strings.Fields(title), "-")
	var date time.Time
	if v := frontValue(front, "date"); v != nil && v.Kind == yaml.ScalarNode {
		if date = writtenTime(v.Value, loc); !date.IsZero() {
			dateLine = v.Line
		}
	}
	if date.IsZero() && day != "" {
		date, _ = time.Parse(time.DateOnly, day)
	}
	var cats []string
	for _, key := range []string{"categories", "category"} {
		v := frontValue(front, key)
		switch {
		case v == nil:
		case v.Kind == yaml.ScalarNode:
			cats = append(cats, strings.Fields(v.Value)...)
		case v.Kind == yaml.SequenceNode:
			for _, c := range v.Content {
				cats = append(cats, c.Value)
			}
		}
		if len(cats) > 0 && catsLine == 0 {
			catsLine = v.Line
		}
	}
	for i := range cats {
		cats[i] = strings.ToLower(cats[i])
	}
	cats = slices.Compact(cats)
	missing := false
	addr = placeholderRE.ReplaceAllStringFunc(tmpl, func(p string) string {
		v, ok := placeholder(p[1:], date, title, cats)
		missing = missing || !ok
		from := dateLine
		switch p[1:] {
		case "title", "name", "slug":
			from = titleLine
		case "categories":
			from = catsLine
		case "output_ext":
			from = 0
		}
		if ok && from > 0 && (line == 0 || from < line) {
			line = from
		}
		return v
	})
	for strings.Contains(addr, "//") { // categories: none
		addr = strings.ReplaceAll(addr, "//", "/")
	}
	if missing || addr == "" {
		return "", 0
	}
	if !strings.HasPrefix(addr, "/") {
		addr = "/" + addr
	}
	return addr, max(line, 1)
}

// placeholder is the value of the permalink placeholder p for a post of
// the date (zero when unknown), title and categories.
func placeholder(p string, date time.Time, title string, cats []string) (string, bool) {
	switch p {
	case "title", "name":
		return title, title != ""
	case "slug":
		return strings.ToLower(nonWordRE.ReplaceAllString(title, "-")), title != ""
	case "categories":
		return strings.Join(cats, "/"), true
	case "output_ext":
		return ".html", true
	}
	if date.IsZero() {
		return "", false
	}
	year, week := date.ISOWeek()
	v, ok := map[string]string{
		"year": date.Format("2006"), "short_year": date.Format("06"),
		"month": date.Format("01"), "i_month": date.Format("1"), "short_month": date.Format("Jan"), "long_month": date.Format("January"),
		"day": date.Format("02"), "i_day": date.Format("2"), "y_day": fmt.Sprintf("%03d", date.YearDay()),
		"w_year": fmt.Sprint(year), "week": fmt.Sprintf("%02d", week), "w_day": fmt.Sprint((int(date.Weekday())+6)%7 + 1),
		"short_day": date.Format("Mon"), "long_day": date.Format("Monday"),
		"hour": date.Format("15"), "minute": date.Format("04"), "second": date.Format("05"),
	}[p]
	return v, ok
}

// writtenTime is the day and time a front matter's date: s says, as
// Jekyll reads it: a time with an offset (2024-05-27 22:30:00 -0400,
// 2024-05-27T22:30:00-04:00) in the site's time zone loc, the one Jekyll
// built in; a day, or a time without an offset, as written. Zero when s
// is none of these.
func writtenTime(s string, loc *time.Location) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02T15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04:05.999999999Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.In(loc)
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if len(s) >= len(layout) {
			if t, err := time.Parse(layout, s[:len(layout)]); err == nil {
				return t
			}
		}
	}
	if len(s) >= 10 {
		t, _ := time.Parse(time.DateOnly, s[:10])
		return t
	}
	return time.Time{}
}

// frontValue is the value of key in the front matter mapping m, or nil.
func frontValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; m != nil && m.Kind == yaml.MappingNode && i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}
