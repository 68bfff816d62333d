package cite

import (
	"fmt"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// Date is the YYYY/MM/DD date a citation gives the paper (Highwire Press
// tags, RIS): the first version's date, or as much of it as published:
// gave (2019, 2019/05: no day is made up), its day as written
// (model.CalendarDay: 2024-02-29T23:30:00-05:00 is 2024/02/29, the day
// its page shows); else the year and month its arXiv id encodes
// (YYYY/MM, ArXivMonth), as its BibTeX year does, since the digest day of a paper added by hand can be years later and would date
// it then; else the day its bioRxiv or medRxiv DOI says it was posted
// (doi.Posted: 10.1101/2022.11.03.22281234 is 2022/11/03), for the same
// reason; else the digest day.
func Date(p *model.Paper) string {
	if !p.Published.IsZero() {
		return Published(p)
	}
	if y, m, ok := ArXivMonth(p.ArXiv); ok {
		return fmt.Sprintf("%04d/%02d", y, m)
	}
	if day, ok := doi.Posted(p.DOI); ok {
		return day.Format("2006/01/02")
	}
	return p.Date.Format("2006/01/02")
}

// Published is paper p's published: as Date gives it, YYYY/MM/DD or as
// much of it as was written (2019, 2019/05), its day as written: the
// date of its first version, even where it is the zero time (0001/01/01,
// a typo that Date leaves out).
func Published(p *model.Paper) string {
	pub := model.CalendarDay(p.Published) // the day as written, as the page shows it
	switch p.PublishedAs {
	case model.YearPrecision:
		return pub.Format("2006")
	case model.MonthPrecision:
		return pub.Format("2006/01")
	}
	return pub.Format("2006/01/02")
}

// PageRange is the first and last page of pages as parse writes them:
// "123–130" is 123 and 130, "1–6, 9" 1 and 9; one page ("e1234") has no
// last page.
func PageRange(pages string) (first, last string) {
	parts := strings.Split(pages, ", ")
	first, _, _ = strings.Cut(parts[0], "–")
	end := parts[len(parts)-1]
	if i := strings.LastIndex(end, "–"); i >= 0 {
		return first, end[i+len("–"):]
	}
	if len(parts) > 1 {
		return first, end
	}
	return first, ""
}

// DOI is the DOI a citation of the paper gives: its doi: when it is cited
// where it was published (journal:, conference:) or is not on arXiv, and
// arXiv's DataCite DOI for an arXiv paper cited as an arXiv preprint
// (Preprint), even one whose doi: (as arXiv's import gives it) is the
// published version's: a record typed as an arXiv preprint whose DOI
// resolves to a journal's article would tell Zotero and Scholar two
// different things. The paper page still links its doi:. An arXiv
// paper cited where it was published with no doi: gives none: arXiv's
// DOI is the preprint's, another work than the @inproceedings or
// @article its citations describe.
func DOI(p *model.Paper) string {
	if p.ArXiv != "" && Preprint(p) {
		return "10.48550/arXiv." + p.ArXiv
	}
	return p.DOI
}
