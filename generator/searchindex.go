package generator

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/search"
)

// searchDocs returns the search documents of the site's papers for the
// full-archive index, oldest first so the doc store of old papers never
// changes as days are added. Each is dated by its paper's home day
// (Paper.HomeDay), as its feed items are: a paper taken off its own day
// (removed:) and listed on another had its date:, a day that no longer
// lists it, in its record and in the date filter.
func searchDocs(site *model.Site) []search.Doc {
	papers := slices.Clone(site.Papers)
	days := make(map[*model.Paper]time.Time, len(papers))
	for _, p := range papers {
		days[p] = p.HomeDay()
	}
	slices.SortFunc(papers, func(a, b *model.Paper) int {
		return cmp.Or(days[a].Compare(days[b]), strings.Compare(a.ID, b.ID))
	})
	docs := make([]search.Doc, 0, len(papers))
	for _, p := range papers {
		d := search.Doc{
			ID: p.ID, DOI: p.DOI, URL: model.EscapePath(p.Path()), Title: p.Title, Authors: p.Authors,
			Day: days[p].Format("2006-01-02"), Abstract: p.Text, Lang: site.Config.ForeignLang(p), Withdrawn: p.Withdrawn(),
			More: strings.Join(append([]string{p.TLDR, p.AISummary, p.Journal, p.Conference, p.Organization}, p.Keywords...), "\n"),
		}
		for _, t := range p.TopicRefs {
			d.Topics = append(d.Topics, t.Slug)
			d.TopicNames = append(d.TopicNames, t.Name)
		}
		docs = append(docs, d)
	}
	return docs
}
