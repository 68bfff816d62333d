package generator

import (
	"context"
	"testing"
)

// TestLiveKeywordEdits: an edit of a paper's keywords (keywords:, in
// brackets on its line or an item on each line below it) that leaves its
// topics as keyword rules give them takes the quick path, incomplete: the
// search index has them (and a theme may show them where it shows the
// paper). One that gives the paper a topic or takes one away (the
// topic's pages and feeds list it) takes the full build. The files and
// warnings are then a clean build's (before Complete, all files but the
// search index and the pages of papers whose related papers changed).
func TestLiveKeywordEdits(t *testing.T) {
	dir := writeArchive(t, fieldsSite)
	live, res := startLive(t, dir)
	related := relatedOf(res)
	ctx := context.Background()
	for _, e := range []struct {
		name, rel, old, new string
		quick, incomplete   bool
	}{
		{"keywords written in brackets", alphaFile, "upvotes: 5\n", "upvotes: 5\nkeywords: [planning, \"tool use\"]\n", true, true},
		{"a keyword changed", alphaFile, "tool use", "search", true, true},
		{"keywords as items", alphaFile, "keywords: [planning, \"search\"]", "keywords:\n  - planning\n  - search # and more\n  - agents", true, true},
		{"a keyword a rule tags", alphaFile, "  - agents", "  - denoising", false, false},
		{"another keyword of the rule", alphaFile, "  - denoising", "  - 'diffusion'", true, true},
		{"with new upvotes", alphaFile, "upvotes: 5\nkeywords:\n  - planning", "upvotes: 6\nkeywords:\n  - planning and acting", true, true},
		{"the rule's keyword taken out", alphaFile, "  - 'diffusion'\n", "", false, false},
		{"keywords taken out", alphaFile, "keywords:\n  - planning and acting\n  - search # and more\n", "", true, true},
		{"keywords of a paper not on arXiv", epsilonFile, "upvotes: 3\n", "upvotes: 3\nkeywords: [compilers]\n", true, true},
	} {
		path := editFile(t, dir, e.rel, e.old, e.new)
		res, incomplete, err := live.Build(ctx, []string{path})
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		if quick := res.Stages == nil && res.Unchanged == ""; quick != e.quick || incomplete != e.incomplete {
			t.Errorf("%s: quick %v, incomplete %v; want quick %v, incomplete %v", e.name, quick, incomplete, e.quick, e.incomplete)
		}
		if incomplete {
			matchesCleanButComplete(t, dir, e.name, res, related)
			if res = live.Complete(ctx); res == nil {
				t.Fatalf("%s: Complete returned nil", e.name)
			}
		}
		related = relatedOf(matchesClean(t, dir, e.name, res))
	}
}
