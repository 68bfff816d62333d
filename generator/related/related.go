package related

import (
	"runtime"
)

// Doc is one paper's text.
type Doc struct {
	ID     string   // the paper id, the tie-breaker between equal scores
	Title  string   // plain text or Markdown; its terms count twice
	Text   string   // the abstract and notes, as Markdown
	Topics []string // topic slugs; each adds a pseudo-term shared by the topic's papers
	// Unlisted leaves the doc out of every other doc's list (a withdrawn
	// paper, not one to read next); it still gets its own.
	Unlisted bool
}

// Options tunes Find. The zero value is ready to use.
type Options struct {
	// Workers is the number of goroutines; 0 means runtime.GOMAXPROCS(0).
	Workers int
	// TermsPerDoc is how many of its heaviest terms each doc keeps; 0 means
	// DefaultTermsPerDoc.
	TermsPerDoc int
	// MaxPosting drops terms found in more than this many docs, like
	// stopwords; 0 means DefaultMaxPosting(len(docs)).
	MaxPosting int
	// PostingLimit is how many docs a term can link: a term that more docs
	// kept counts only in the PostingLimit docs where it weighs most (its
	// champion list); 0 means DefaultPostingLimit.
	PostingLimit int
}

// DefaultTermsPerDoc is the number of terms each doc keeps when
// Options.TermsPerDoc is 0.
const DefaultTermsPerDoc = 24

// DefaultMaxPosting is the MaxPosting that Find uses for n docs when
// Options.MaxPosting is 0: a tenth of the docs, but never fewer than 1000,
// so small archives drop no term for being common.
func DefaultMaxPosting(n int) int {
	return max(1000, n/10)
}

// DefaultPostingLimit is the PostingLimit that Find uses when
// Options.PostingLimit is 0. It equals the smallest DefaultMaxPosting, so
// an archive of up to 10,000 docs links every doc through every kept term.
const DefaultPostingLimit = 1000

// Find returns, for each doc i, the indexes of its k most similar docs, best
// first. A doc never lists itself or an Unlisted doc, and lists only docs
// that share at least one kept term with it, so its list may be shorter
// than k or nil.
func Find(docs []Doc, k int, opts Options) [][]int {
	if k <= 0 || len(docs) < 2 {
		return make([][]int, len(docs))
	}
	opts = opts.withDefaults(len(docs))
	vecs, post := vectors(docs, opts)
	return rank(docs, vecs, post, k, opts.Workers)
}

// vectors returns every doc's kept vector, without the terms it lost to
// champion lists, and their postings. The term counts stay local, so they
// can be freed before scoring.
func vectors(docs []Doc, opts Options) ([][]entry, postings) {
	c := countTerms(docs, opts.Workers)
	vecs := weigh(c, opts)
	return vecs, champions(vecs, len(c.vocab), opts.PostingLimit)
}

// withDefaults fills the zero fields of o for n docs.
func (o Options) withDefaults(n int) Options {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	o.Workers = min(o.Workers, n)
	if o.TermsPerDoc <= 0 {
		o.TermsPerDoc = DefaultTermsPerDoc
	}
	if o.MaxPosting <= 0 {
		o.MaxPosting = DefaultMaxPosting(n)
	}
	if o.PostingLimit <= 0 {
		o.PostingLimit = DefaultPostingLimit
	}
	return o
}
