package generator

import (
	"fmt"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// publishedLag is how long after the digest day that lists a paper its
// published: may be: a journal's issue can come a year or more after the
// paper was listed online first; a typo of the decade (2035 for 2025) is
// well past it.
const publishedLag = 2 * 365 * 24 * time.Hour

// publishedDates names each paper whose published: cannot be right, at
// that line: a date after now (a day ahead is allowed, as futureDays
// allows), long after the day the digest lists the paper
// (publishedLag), or long before the month its arXiv id encodes (of a
// preprint: not of one with a journal: or conference:). The
// date is its citations' (the BibTeX year, citation_publication_date),
// where a typo goes on unseen. An updated: after now is named too: its
// page, the sitemap and every feed would give it as the site's latest
// change for years. A date is judged as written when its line says it
// is given, 0001-01-01 (the zero time) too.
func publishedDates(site *model.Site, now time.Time) []Problem {
	today := now.UTC().Truncate(24 * time.Hour)
	var out []Problem
	for _, p := range site.Papers {
		if p.VersionLines[0] != 0 {
			if msg := publishedMistake(p, today); msg != "" {
				out = append(out, Problem{Kind: "date", Path: p.Source, Line: p.VersionLines[0], Msg: msg})
			}
		}
		if updated := model.CalendarDay(p.Updated); p.VersionLines[1] != 0 && updated.After(today.AddDate(0, 0, 1)) {
			out = append(out, Problem{Kind: "date", Path: p.Source, Line: p.VersionLines[1],
				Msg: fmt.Sprintf("updated %s is after today (%s), so its page, the sitemap and every feed give it as revised then, the site's latest change until that day; write the date of its latest version, or fix the year if it is a typo",
					updated.Format(time.DateOnly), today.Format(time.DateOnly))})
		}
	}
	return out
}

// publishedMistake says what is wrong with paper p's published: on the
// day today, and what to write instead; "" when nothing is.
func publishedMistake(p *model.Paper, today time.Time) string {
	pub := model.CalendarDay(p.Published) // its day as written, as its citations give it
	date, listed := strings.ReplaceAll(cite.Published(p), "/", "-"), p.Date.Format(time.DateOnly)
	switch {
	case pub.After(today.AddDate(0, 0, 1)) && p.Date.IsZero():
		return fmt.Sprintf("published %s is after today (%s), so its citations give a date to come; write the date of its first version", date, today.Format(time.DateOnly))
	case pub.After(today.AddDate(0, 0, 1)):
		return fmt.Sprintf("published %s is after today (%s), so its citations give a date to come; write the date of its first version, on or before %s, the day the digest lists it",
			date, today.Format(time.DateOnly), listed)
	case !p.Date.IsZero() && pub.Sub(p.Date) > publishedLag:
		return fmt.Sprintf("published %s is %d years after %s, the day the digest lists it; fix the year if it is a typo, or write the date of its first version",
			date, pub.Year()-p.Date.Year(), listed)
	}
	return beforeArXivMonth(p, lastPublished(p, pub), date)
}

// lastPublished is the last day that pub, paper p's published:, may
// mean: itself, or the last day of the year or month published: gave.
func lastPublished(p *model.Paper, pub time.Time) time.Time {
	switch p.PublishedAs {
	case model.YearPrecision:
		return pub.AddDate(1, 0, -1)
	case model.MonthPrecision:
		return pub.AddDate(0, 1, -1)
	}
	return pub
}

// beforeArXivMonth says so when pub, the last day that paper p's
// published: (written as date) may mean, is before the month ahead of
// the one its arXiv id encodes: arXiv gives an id in the month it first
// announces a paper, days after its first version, or a few weeks for one
// held in moderation (a paper sent on December 30 may be 2501.*,
// announced in January), never a month earlier. "" when the paper is not
// on arXiv, or names its journal: or conference:, whose publication may
// come any time before or after it was posted to arXiv (an accepted
// version posted once the journal printed it): published: is then the
// venue's date, its @article's year.
func beforeArXivMonth(p *model.Paper, pub time.Time, date string) string {
	y, m, ok := cite.ArXivMonth(p.ArXiv)
	if !ok || p.Journal != "" || p.Conference != "" {
		return ""
	}
	announced := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	if !pub.Before(announced.AddDate(0, -1, 0)) {
		return ""
	}
	return fmt.Sprintf("published %s is long before %s, when arXiv announced %s (the month of its id), weeks at most after its first version; "+
		"write the date of its first version (v1's \"Submitted on\" on its arXiv page), or correct arxiv: if the id is wrong",
		date, announced.Format("January 2006"), p.ArXiv)
}
