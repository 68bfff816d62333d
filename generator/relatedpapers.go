package generator

import (
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/related"
)

// relatedCount is how many similar papers each paper page lists.
const relatedCount = 5

// linkRelated fills every listed paper's Related with its most similar
// papers of the whole archive (TF-IDF over title and abstract), but for
// withdrawn ones: a related list is what a reader goes on to read and
// cite.
func linkRelated(site *model.Site, workers int) {
	papers := site.Papers
	docs := make([]related.Doc, len(papers))
	for i, p := range papers {
		docs[i] = related.Doc{ID: p.ID, Title: p.Title, Text: p.Text, Topics: p.Topics, Unlisted: p.Withdrawn()}
	}
	for i, rel := range related.Find(docs, relatedCount, related.Options{Workers: workers}) {
		for _, j := range rel {
			papers[i].Related = append(papers[i].Related, papers[j])
		}
	}
}
