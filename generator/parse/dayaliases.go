package parse

import (
	"cmp"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// dayAliases reads a day file's aliases: (in, each item at its line of
// lines) into d: its former dates (Day.Aliases), written as a date
// ("2024-01-02") or as the day's former address (/days/2024-01-02/),
// each of which keeps /days/<date>/ when the day's papers moved to d;
// its former addresses elsewhere (Day.Redirects: a Hugo post's
// /posts/digest-2024-01-02/), read as a page's alias is (formerAddress);
// and those written as a whole address (Day.Pasted), which the index,
// that knows the site's base path, tells the alias to write for.
func dayAliases(file string, lines []int, in []string, d *model.Day, errs *diag.List) {
	at := func(key string, line int) {
		if d.AliasLines == nil {
			d.AliasLines = make(map[string]int, len(in))
		}
		d.AliasLines[key] = line
	}
	for i, a := range in {
		a, line := strings.TrimSpace(a), lines[i]
		if write := pastedAlias(a, false); write != "" {
			if date := pastedDate(write); date != "" {
				errs.Add(file, line, "alias %q is a whole address; an alias is the day's former date, or a former address from the site's root: write `%q`", a, date)
				continue
			}
			d.Pasted = append(d.Pasted, a)
			at(a, line)
			continue
		}
		date := formerDate(a)
		switch {
		case date != "" && !isDayName(date):
			errs.Add(file, line, "alias %q: %s is not a date, %s; an alias of a day is its former date, like \"2024-01-02\"", a, date, cmp.Or(noSuchDay(date), "written YYYY-MM-DD"))
		case date == d.Slug:
			errs.Add(file, line, "alias %q is the day's own address; an alias is a former one: remove it", a)
		case date != "" && twice(d.Aliases, date) != "":
			errs.Add(file, line, "alias %q is given twice; keep one", a)
		case date != "":
			d.Aliases = append(d.Aliases, date)
			at(date, line)
		case strings.HasPrefix(a, "/"):
			switch s, why := formerAddress(a); {
			case why != "":
				errs.Add(file, line, "alias %q: the address %s %s; an alias is a former date of the day (\"2024-01-02\": /days/2024-01-02/) or a former address of its page elsewhere, like /posts/digest-2024-01-02/", a, model.Slashed(s), why)
			case twice(d.Redirects, s) != "":
				errs.Add(file, line, "alias %q %s; keep one", a, twice(d.Redirects, s))
			default:
				d.Redirects = append(d.Redirects, s)
				at("/"+s, line)
			}
		default:
			errs.Add(file, line, "alias %q is no former address of the day; write its former date (\"2024-01-02\", whose page /days/2024-01-02/ then sends readers on) or a former address from the site's root (/posts/digest-2024-01-02/)", a)
		}
	}
}

// formerDate returns the date a day's alias a names: a itself when it
// looks like one (a digit first, no /), or the name after /days/ (or
// days/), the address of a day's page; else "".
func formerDate(a string) string {
	if rest, ok := strings.CutPrefix(strings.TrimPrefix(a, "/"), "days/"); ok {
		date, _, _ := strings.Cut(rest, "/")
		return date
	}
	if a != "" && a[0] >= '0' && a[0] <= '9' && !strings.Contains(a, "/") {
		return a
	}
	return ""
}

// pastedDate returns the date of the day's page whose address's path,
// written with the site's base path, is path (/digest/days/2024-01-02/),
// or "".
func pastedDate(path string) string {
	i := strings.LastIndex(path, "/days/")
	if i < 0 {
		return ""
	}
	if date := formerDate(path[i:]); isDayName(date) {
		return date
	}
	return ""
}
