package generator

import "testing"

// TestLiveKeywordEdits: an edit of a paper's keywords (keywords:, in
// brackets on its line or an item on each line below it) that leaves its
// topics as keyword rules give them takes the quick path, incomplete: the
// search index has them (and a theme may show them where it shows the
// paper). One that gives the paper a topic or takes one away (the
// topic's pages and feeds list it) takes the full build. The files and
// warnings are then a clean build's (before Complete, all files but the
// search index and the pages of papers whose related papers changed).
func TestLiveKeywordEdits(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, fieldsSite)
	liveEdits(t, dir, []sourceEdit{
		{"keywords written in brackets", alphaFile, "upvotes: 5\n", "upvotes: 5\nkeywords: [planning, \"tool use\"]\n", true, true},
		{"a keyword changed", alphaFile, "tool use", "search", true, true},
		{"keywords as items", alphaFile, "keywords: [planning, \"search\"]", "keywords:\n  - planning\n  - search # and more\n  - agents", true, true},
		{"a keyword a rule tags", alphaFile, "  - agents", "  - denoising", false, false},
		{"another keyword of the rule", alphaFile, "  - denoising", "  - 'diffusion'", true, true},
		{"with new upvotes", alphaFile, "upvotes: 5\nkeywords:\n  - planning", "upvotes: 6\nkeywords:\n  - planning and acting", true, true},
		{"the rule's keyword taken out", alphaFile, "  - 'diffusion'\n", "", false, false},
		{"keywords taken out", alphaFile, "keywords:\n  - planning and acting\n  - search # and more\n", "", true, true},
		{"keywords of a paper not on arXiv", epsilonFile, "upvotes: 3\n", "upvotes: 3\nkeywords: [compilers]\n", true, true},
	})
}
