package generator

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// meantFile returns the file of files (every output file) that missing,
// the file of the site a broken link names (topics/LLM/index.html), is
// another spelling of, and what tells the two apart: another letter case
// or escape (topics/llm/), a date's number without its zero
// (days/2024-2-29/), a paper's id with its version (papers/2401.00001v2/)
// or an old-style id's / (papers/hep-th/9901001/). It is "" when files
// is nil or has none. Only a broken link asks, so the site's files are
// looked through only then.
func meantFile(missing string, files map[string]bool) (file, why string) {
	if files == nil || missing == "" {
		return "", ""
	}
	if f := foldedFile(missing, files); f != "" {
		if strings.EqualFold(f, missing) {
			return f, "letter case counts on the site"
		}
		return f, "letter case and %-escapes count on the site"
	}
	page, ok := strings.CutSuffix(missing, "index.html")
	if !ok {
		return "", ""
	}
	if p, ok := periodOf(page); ok && p.page() != page && files[p.page()+"index.html"] {
		return p.page() + "index.html", paddedWhy[p.kind]
	}
	return paperFile(page, files)
}

// unmovedFile returns the file of files that missing, the file of the
// site a broken link names (repo/papers/2401.00002/index.html), is
// without the site's former base path (Config.FormerBasePath, repo/):
// a link from the site's root written before the site moved from under
// it (/repo/papers/2401.00002/). It is "" when there is none.
func unmovedFile(cfg *model.Config, missing string, files map[string]bool) string {
	former := strings.TrimPrefix(cfg.FormerBasePath(), "/")
	rest, ok := strings.CutPrefix(missing, former)
	if files == nil || former == "" || !ok {
		return ""
	}
	if f, ok := rootFile("/"+rest, files); ok {
		return f
	}
	return ""
}

// foldedFile returns the file of files that is missing but for letter
// case, %-escapes and Unicode normalization, the first in order of those
// that are; "" when none is.
func foldedFile(missing string, files map[string]bool) string {
	want := folded(missing)
	var found []string
	for f := range files {
		if folded(f) == want {
			found = append(found, f)
		}
	}
	if len(found) == 0 {
		return ""
	}
	return slices.Min(found)
}

// folded is the path p with its escapes decoded (twice escaped too),
// composed (NFC) and in lower case.
func folded(p string) string {
	for range 2 {
		u, err := url.PathUnescape(p)
		if err != nil || u == p {
			break
		}
		p = u
	}
	return strings.ToLower(norm.NFC.String(p))
}

// paperFile returns the page of files of the paper page (papers/<id>/)
// names another way: its arXiv id with a version, or an old-style id
// with its /, where the paper's page has - (Paper.Slug); "" when there
// is none.
func paperFile(page string, files map[string]bool) (file, why string) {
	written, ok := strings.CutPrefix(strings.TrimSuffix(page, "/"), "papers/")
	if !ok || written == "" {
		return "", ""
	}
	id, version := arxivid.Split(written)
	for _, slug := range []string{id, arxivid.WithoutClass(id)} {
		f := "papers/" + strings.ReplaceAll(slug, "/", "-") + "/index.html"
		if f == page+"index.html" || !files[f] {
			continue
		}
		var whys []string
		if version > 0 {
			whys = append(whys, "a paper's page is at its id without a version")
		}
		if strings.Contains(id, "/") {
			whys = append(whys, "an old-style id's page has - for its /")
		}
		return f, strings.Join(whys, ", and ")
	}
	return "", ""
}

// period is a day, week or month that a link's page names, its key as
// the site's page of it has it ("2024-02-29", "2024-W09", "2024-06").
type period struct {
	kind, key  string // kind: day, week or month
	year, week int    // a week's
}

// paddedWhy says, for each kind of period, how its page's address
// writes it.
var paddedWhy = map[string]string{
	"day":   "a day's address writes its month and day with two digits",
	"week":  "a week's address writes its number with two digits, after a capital W",
	"month": "a month's address writes it with two digits",
}

// periodDirs is the folder of each kind of period's pages.
var periodDirs = map[string]string{"day": "days", "week": "weeks", "month": "months"}

// weekKey matches a week's key written with a lower-case w or a week
// number of one digit, as well as the site's.
var weekKey = regexp.MustCompile(`^(\d{4})-[Ww](\d{1,2})$`)

// periodOf reads page (days/2024-2-29/) as the page of a period, in any
// letter case and with or without the zero of a number below 10; ok is
// false for any other page, and for a day or month that is no date.
func periodOf(page string) (p period, ok bool) {
	dir, key, _ := strings.Cut(strings.TrimSuffix(page, "/"), "/")
	switch strings.ToLower(dir) {
	case "days":
		t, err := time.Parse("2006-1-2", key)
		return period{kind: "day", key: t.Format(time.DateOnly)}, err == nil
	case "months":
		t, err := time.Parse("2006-1", key)
		return period{kind: "month", key: t.Format("2006-01")}, err == nil
	case "weeks":
		m := weekKey.FindStringSubmatch(key)
		if m == nil {
			return period{}, false
		}
		year, _ := strconv.Atoi(m[1])
		week, _ := strconv.Atoi(m[2])
		return period{kind: "week", key: fmt.Sprintf("%s-W%02d", m[1], week), year: year, week: week}, true
	}
	return period{}, false
}

// page is the path of p's page.
func (p period) page() string { return periodDirs[p.kind] + "/" + p.key + "/" }

// lacking says why the site has no page of p, and what to do: a week
// after its year's last, or a day, week or month no paper is dated in,
// with the nearest of its kind that files (every output file) has pages
// of, before and after it.
func (p period) lacking(files map[string]bool) string {
	if p.kind == "week" && (p.week < 1 || p.week > model.WeeksIn(p.year)) {
		return fmt.Sprintf("the site has no week %s: %d has weeks W01 to W%02d; fix the week, or remove the link", p.key, p.year, model.WeeksIn(p.year))
	}
	why := "as no paper is dated in it"
	if p.kind == "day" {
		why = "as no paper is dated on it and no day file lists one"
	}
	return fmt.Sprintf("the site has no %s %s, %s%s; fix the date, or remove the link", p.kind, p.key, why, p.nearest(files))
}

// nearest names the periods of p's kind nearest to p, which the site
// lacks, of those files (every output file) has pages of: the one before
// and the one after it, or the one at the end it is past ("; the nearest
// day it has is 2025-06-16"); "" when files is nil or has none.
func (p period) nearest(files map[string]bool) string {
	var keys []string
	dir := periodDirs[p.kind] + "/"
	for f := range files {
		key, ok := strings.CutPrefix(strings.TrimSuffix(f, "/index.html"), dir)
		if ok && strings.HasSuffix(f, "/index.html") && !strings.Contains(key, "/") {
			if q, ok := periodOf(dir + key + "/"); ok && q.key == key {
				keys = append(keys, key)
			}
		}
	}
	if len(keys) == 0 {
		return ""
	}
	slices.Sort(keys)
	slices.Reverse(keys) // newest first, as Around takes them
	if older, newer := model.Around(p.key, keys); older != "" {
		return fmt.Sprintf("; the nearest %ss it has are %s, before it, and %s, after it", p.kind, older, newer)
	}
	near := keys[0]
	if p.key < keys[len(keys)-1] {
		near = keys[len(keys)-1]
	}
	return fmt.Sprintf("; the nearest %s it has is %s", p.kind, near)
}

// linkTo is the link to write for file, a file of the site, in place of
// the broken link as (as the source writes it): from the site's root,
// with the base path when as has it, and with as's #fragment.
func linkTo(cfg *model.Config, as, file string) string {
	p := strings.TrimSuffix(file, "index.html")
	l := "/" + model.EscapePath(p)
	if bp := cfg.BasePath(); bp != "/" && strings.HasPrefix(as, bp) {
		l = cfg.Rel(p)
	}
	if _, frag, ok := strings.Cut(as, "#"); ok {
		l += "#" + frag
	}
	return l
}
