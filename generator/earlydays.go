package generator

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// firstDigestYear is the first year a digest day can be in: arXiv began
// in August 1991, and the web, where a digest is published, in the same
// year. A day before it is a typo of the year (0024 for 2024), and one of
// year 0 even makes its week -001-W52.
const firstDigestYear = 1991

// earlyDays names the digest days that cannot be: a day before
// firstDigestYear, where futureDays names it (its day file's date:, else
// line 1, or each of its papers' date:), and a day that lists a paper
// on arXiv before the month its id encodes, when arXiv announced it: a
// typo of the year (2014 for 2024) makes a day, a week and a month years
// back, which the archive shows with the paper alone. The day before
// that month is let be (arXiv announces in the evening in New York, the
// next day in UTC), as is a paper with journal: or conference:, which
// may have been listed where it was published before it was posted to
// arXiv (published: is let be so too, beforeArXivMonth).
func earlyDays(site *model.Site) []Problem {
	var out []Problem
	for _, d := range site.Days {
		if d.Date.Year() < firstDigestYear {
			out = append(out, beforeDigests(d)...)
			continue
		}
		for _, p := range d.Papers {
			announced, fix := beforeArXiv(d, p)
			if fix == "" {
				continue
			}
			month := announced.Format("January 2006")
			if path, line, ok := dayLine(d, p); ok {
				out = append(out, Problem{Kind: "date", Path: path, Line: line,
					Msg: fmt.Sprintf("the day %s lists %s, which arXiv announced in %s (the month of its id), after it; take it off the day, or fix the day's date if it is a typo (or correct the paper's arxiv: if the id is wrong)",
						d.Slug, p.ArXiv, month)})
				continue
			}
			out = append(out, Problem{Kind: "date", Path: p.Source, Line: cmp.Or(p.DateLine, p.Line, 1),
				Msg: fmt.Sprintf("its date: the day %s is before %s, when arXiv announced %s (the month of its id), so no digest can have listed it then; %s (or correct arxiv: if the id is wrong)",
					d.Slug, month, p.ArXiv, fix)})
		}
	}
	return out
}

// yearOneDay is an error at the day 0001-01-01, where earlyDays warns of
// another day before firstDigestYear: its date is the zero time, which
// the templates take for a date not given (render's errUnknownDate), so
// no page of it, its week or its month could be made.
func yearOneDay(site *model.Site) error {
	var errs diag.List
	for _, d := range site.Days {
		if d.Date.IsZero() {
			for _, p := range beforeDigests(d) {
				errs.Add(p.Path, p.Line, "%s", p.Msg)
			}
		}
	}
	return errs.Err()
}

// beforeDigests names day d, of a year before firstDigestYear, at its
// day file's date: (else line 1), or at each of its papers' date:, with
// the day in the year of the paper's arXiv id when it has one.
func beforeDigests(d *model.Day) []Problem {
	msg := fmt.Sprintf("the day %s is before %d, when arXiv began, so no digest can have listed papers on it; ", d.Slug, firstDigestYear)
	const fix = "fix the year, written with four digits (2024, not 0024 or 24)"
	if d.Source != "" {
		return []Problem{{Kind: "date", Path: d.Source, Line: cmp.Or(d.DateLine, d.Line, 1), Msg: msg + fix}}
	}
	var out []Problem
	for _, p := range d.Papers {
		fixed := fix
		if _, f := beforeArXiv(d, p); strings.HasPrefix(f, "write ") {
			fixed = f
		}
		out = append(out, Problem{Kind: "date", Path: p.Source, Line: cmp.Or(p.DateLine, p.Line, 1), Msg: "its date: " + msg + fixed})
	}
	return out
}

// beforeArXiv is the month paper p's arXiv id encodes and what to write
// when day d lists p before the day ahead of it: the day in the id's
// year when that one is not before it (2024-03-04 for a 2014-03-04 of
// 2403.*); fix is "" when nothing is wrong.
func beforeArXiv(d *model.Day, p *model.Paper) (announced time.Time, fix string) {
	y, m, ok := cite.ArXivMonth(p.ArXiv)
	if !ok || p.Journal != "" || p.Conference != "" {
		return announced, ""
	}
	announced = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	earliest := announced.AddDate(0, 0, -1)
	if !d.Date.Before(earliest) {
		return announced, ""
	}
	if same := time.Date(y, d.Date.Month(), d.Date.Day(), 0, 0, 0, 0, time.UTC); same.Day() == d.Date.Day() && !same.Before(earliest) {
		return announced, "write " + same.Format(time.DateOnly) + " if the year is a typo"
	}
	return announced, "fix the date if it is a typo"
}

// dayLine is the line of day d's file that lists paper p, when that is
// where p is put on d: a listed: or papers: entry (a paper of another
// day, or one without date: of its own), or d's date (its date:, else
// line 1) for an inline paper of d's file; ok is false when p's own
// date: puts it there.
func dayLine(d *model.Day, p *model.Paper) (path string, line int, ok bool) {
	if d.Source == "" || p.DateLine != 0 && p.Date.Equal(d.Date) {
		return "", 0, false
	}
	if i := slices.Index(d.Listed, p.ID); i >= 0 && i < len(d.ListedLines) {
		return d.Source, d.ListedLines[i], true
	}
	if i := slices.Index(d.Order, p.ID); i >= 0 && i < len(d.OrderLines) {
		return d.Source, d.OrderLines[i], true
	}
	if p.Source == d.Source {
		return d.Source, cmp.Or(p.Line, d.DateLine, d.Line, 1), true
	}
	return "", 0, false
}
