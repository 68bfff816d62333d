package generator

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator/parse"
)

// The address Hugo gave a post: /<section>/<slug or name>/, or what the
// permalinks: of its configuration make it, for the alias that keeps it
// (formerAddress, movedHugoPosts).

// hugoRules is how the Hugo configuration of a site made its posts'
// addresses: the permalink pattern of each section, by its name in lower
// case ([permalinks] blog = "/:year/:slug/", or Hugo 0.112's
// [permalinks.page]), and its uglyURLs, for all sections (true) or by
// section ([uglyURLs] blog = true), which published a post at
// /blog/bert.html where it would be /blog/bert/.
type hugoRules struct {
	permalinks map[string]string
	ugly       bool
	uglyIn     map[string]bool
}

// pattern is the permalink pattern of section, "" when it has none.
func (r hugoRules) pattern(section string) string {
	return r.permalinks[strings.ToLower(section)]
}

// uglyURLs reports whether Hugo published section's posts as .html files.
func (r hugoRules) uglyURLs(section string) bool {
	if v, ok := r.uglyIn[strings.ToLower(section)]; ok {
		return v
	}
	return r.ugly
}

// hugoURLRules reads the hugoRules of the Hugo configuration in fsys (a
// configuration file at its root, else config/_default/); its
// permalinks are nil when it sets none.
func hugoURLRules(fsys fs.FS) hugoRules {
	var settings []hugoSetting
	for _, name := range hugoConfigs {
		if data, err := fs.ReadFile(fsys, name); err == nil && name != "_config.yml" {
			settings, _ = readHugoConfig(name, data)
			break
		}
	}
	if settings == nil && hugoConfigFolder(fsys) {
		settings, _ = hugoEnvSettings(fsys, "config/_default")
	}
	r := hugoRules{permalinks: map[string]string{}, uglyIn: map[string]bool{}}
	var read func(ss []hugoSetting)
	read = func(ss []hugoSetting) {
		for _, s := range ss {
			if v, ok := s.val.(string); ok && s.settings == nil {
				r.permalinks[strings.ToLower(s.key)] = v
			} else if strings.EqualFold(s.key, "page") {
				read(s.settings)
			}
		}
	}
	for _, s := range settings {
		switch {
		case strings.EqualFold(s.key, "permalinks"):
			read(s.settings)
		case strings.EqualFold(s.key, "uglyURLs"):
			r.ugly = s.val == true
			for _, sub := range s.settings {
				r.uglyIn[strings.ToLower(sub.key)] = sub.val == true
			}
		}
	}
	if len(r.permalinks) == 0 {
		r.permalinks = nil
	}
	return r
}

// hugoTokenRE is a placeholder of a Hugo permalink pattern.
var hugoTokenRE = regexp.MustCompile(`:[a-z]+`)

// hugoAddress is the address Hugo gave the post named name (its file's
// name without .md, or its bundle's folder's) in the folder dir below
// content/ (blog, or blog/2024), whose front matter says post, under the
// permalink pattern of its section (dir's first folder), or, without
// one, /<dir>/<its slug: or name>/; with ugly (uglyURLs), the same
// address as an .html file, /blog/bert.html. Slug, title and name are
// made as Hugo's urlize makes them (hugoURLize), and the address is in
// lower case, as Hugo writes addresses. It is "" when a placeholder of
// the pattern has nothing to fill it (:year without a date:) or is one
// it does not know.
func hugoAddress(dir, name string, post parse.Post, pattern string, ugly bool) string {
	slug := hugoURLize(post.Slug)
	addr := path.Join(dir, cmp.Or(slug, hugoURLize(name)))
	if pattern != "" {
		addr = hugoExpand(pattern, dir, name, slug, post)
	}
	addr = strings.Trim(hugoURLize(addr), "/")
	switch {
	case addr == "":
		return ""
	case ugly:
		return "/" + addr + ".html"
	}
	return "/" + addr + "/"
}

// hugoExpand is the permalink pattern filled in for the post named name
// in dir, whose slug is slug (urlized); "" when a placeholder of it has
// nothing to fill it or is one it does not know.
func hugoExpand(pattern, dir, name, slug string, post parse.Post) string {
	title, d := hugoURLize(post.Title), post.Date
	name = hugoURLize(name)
	missing := false
	addr := hugoTokenRE.ReplaceAllStringFunc(pattern, func(tok string) string {
		var v string
		switch tok[1:] {
		case "year":
			v = d.Format("2006")
		case "month":
			v = d.Format("01")
		case "monthname":
			v = d.Month().String()
		case "day":
			v = d.Format("02")
		case "weekday":
			v = fmt.Sprint(int(d.Weekday()))
		case "weekdayname":
			v = d.Weekday().String()
		case "yearday":
			v = fmt.Sprint(d.YearDay())
		case "section":
			v = strings.SplitN(dir, "/", 2)[0]
		case "sections":
			v = dir
		case "title":
			v = title
		case "slug":
			v = cmp.Or(slug, title)
		case "filename", "contentbasename":
			v = name
		case "slugorfilename", "slugorcontentbasename":
			v = cmp.Or(slug, name)
		default:
			missing = true
		}
		if d.IsZero() && slices.Contains([]string{":year", ":month", ":monthname", ":day", ":weekday", ":weekdayname", ":yearday"}, tok) {
			missing = true
		}
		missing = missing || v == ""
		return v
	})
	if missing {
		return ""
	}
	return addr
}

// hugoURLize is s as Hugo's urlize (paths.Sanitize, then lower case)
// writes it in an address: letters, digits, marks and . / \ _ # + ~ kept,
// each run of spaces and hyphens between them one -, and every other
// sign dropped, so that "Don't Stop — GPT-4?" is dont-stop-gpt-4, not
// don-t-stop-gpt-4.
func hugoURLize(s string) string {
	var b strings.Builder
	hyphen := false
	for i, r := range s {
		switch {
		case hugoPathRune(s, i, r):
			if hyphen {
				b.WriteByte('-')
				hyphen = false
			}
			b.WriteRune(unicode.ToLower(r))
		case b.Len() > 0 && (r == '-' || unicode.IsSpace(r)):
			hyphen = true
		}
	}
	return b.String()
}

// hugoPathRune reports whether Hugo keeps r, at i in s, in an address:
// a letter, digit or mark, one of . / \ _ # + ~, or a % that starts an
// escape (%20).
func hugoPathRune(s string, i int, r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
		strings.ContainsRune("./\\_#+~", r) ||
		r == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
}

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
