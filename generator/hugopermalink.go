package generator

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/parse"
)

// The address Hugo gave a post: /<section>/<slug or name>/, or what the
// permalinks: of its configuration make it, for the alias that keeps it
// (formerAddress, movedHugoPosts).

// hugoPermalinks returns the permalink patterns of the Hugo configuration
// in fsys (a configuration file at its root, else config/_default/) by
// section in lower case: [permalinks] blog = "/:year/:slug/", or Hugo
// 0.112's [permalinks.page]; nil when it sets none.
func hugoPermalinks(fsys fs.FS) map[string]string {
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
	out := map[string]string{}
	var read func(ss []hugoSetting)
	read = func(ss []hugoSetting) {
		for _, s := range ss {
			if v, ok := s.val.(string); ok && s.settings == nil {
				out[strings.ToLower(s.key)] = v
			} else if strings.EqualFold(s.key, "page") {
				read(s.settings)
			}
		}
	}
	for _, s := range settings {
		if strings.EqualFold(s.key, "permalinks") {
			read(s.settings)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// hugoTokenRE is a placeholder of a Hugo permalink pattern.
var hugoTokenRE = regexp.MustCompile(`:[a-z]+`)

// hugoAddress is the address Hugo gave the post named name (its file's
// name without .md, or its bundle's folder's) in the folder dir below
// content/ (blog, or blog/2024), whose front matter says post, under the
// permalink pattern of its section (dir's first folder), or, without
// one, /<dir>/<its slug: or name>/; in lower case, as Hugo writes
// addresses. It is "" when a placeholder of the pattern has nothing to
// fill it (:year without a date:) or is one it does not know.
func hugoAddress(dir, name string, post parse.Post, pattern string) string {
	slug := strings.ToLower(post.Slug)
	if pattern == "" {
		return "/" + strings.ToLower(path.Join(dir, cmp.Or(slug, name))) + "/"
	}
	title := hugoURLize(post.Title)
	d := post.Date
	missing := false
	addr := hugoTokenRE.ReplaceAllStringFunc(pattern, func(tok string) string {
		var v string
		switch tok[1:] {
		case "year":
			v = d.Format("2006")
		case "month":
			v = d.Format("01")
		case "monthname":
			v = strings.ToLower(d.Month().String())
		case "day":
			v = d.Format("02")
		case "weekday":
			v = fmt.Sprint(int(d.Weekday()))
		case "weekdayname":
			v = strings.ToLower(d.Weekday().String())
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
	return "/" + strings.Trim(strings.ToLower(addr), "/") + "/"
}

// hugoURLize is title as Hugo's urlize writes it in an address: in lower
// case, each run of characters other than letters and digits one -.
func hugoURLize(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
