package model

import "regexp"

// Withdrawn reports whether the paper's arXiv comment says the paper
// itself was withdrawn, as arXiv records a withdrawal: a new version
// whose comment reads "This paper has been withdrawn by the author due
// to …", "Paper has been withdrawn", "This paper is being withdrawn …",
// "This version has been temporarily withdrawn", "This submission has
// been withdrawn by arXiv administrators …", or starts with the word
// ("Withdrawn", "withdrawn due to an error"), which is also how a
// curator marks a paper not on arXiv withdrawn (comment: "Withdrawn: …").
// A comment that only uses the word ("the claim of Section 5 in v1 is
// withdrawn", "the previous version has been withdrawn", "supersedes the
// withdrawn arXiv:2301.00001") is a live paper's.
func (p *Paper) Withdrawn() bool {
	return withdrawal.MatchString(p.Comment)
}

// WithdrawnByArXiv reports whether a withdrawn paper's comment says arXiv,
// not its authors, withdrew it ("This submission has been withdrawn by
// arXiv administrators …"), so that its notice does not name the authors.
func (p *Paper) WithdrawnByArXiv() bool {
	return p.Withdrawn() && byArXiv.MatchString(p.Comment)
}

// withdrawal matches a comment that withdraws its paper, case folded:
// one that starts with "withdrawn" (after any brackets, a version's
// "v2:" or "paper"); "this paper has been (is, was, is being) withdrawn",
// of a paper, article, submission, manuscript, preprint or work, with
// any adverbs ("has been temporarily withdrawn", "is hereby withdrawn"),
// anywhere in it, with "this" or "the" or starting a sentence ("Paper
// has been withdrawn"), or of "this version", the version the comment
// belongs to (never "the previous version" or "v1"); or "… have
// withdrawn (withdraw, withdrew) this paper".
var withdrawal = regexp.MustCompile(`(?i)` +
	`^[^\pL]*(?:v\d+[^\pL]*)?(?:(?:this|the)\s+)?(?:` + withdrawnThing + `\s+)?withdrawn\b` +
	`|(?:^[^\pL]*|[.;:!?\])]\s+|\b(?:this|the)\s+)` + withdrawnThing + `\s+` + withdrawnVerb +
	`|\bthis\s+version\s+` + withdrawnVerb +
	`|\bwithdr(?:awn|aw|aws|ew)\s+this\s+` + withdrawnThing + `\b`)

// withdrawnThing names what a withdrawal comment withdraws: the paper,
// never a part of it ("Section 5", "the claim", "the previous version").
const withdrawnThing = `(?:paper|article|submission|manuscript|preprint|work)`

// withdrawnVerb is the verb of a withdrawal after what it withdraws:
// "has (had, have) been", "is (was, are, were)", "is being", with any
// adverbs between ("has now been", "has been officially", "is hereby"),
// then "withdrawn". "is not withdrawn" is no adverb.
const withdrawnVerb = `(?:(?:has|had|have)\s+(?:` + adverb + `\s+)*been|is|was|are|were)\s+(?:` + adverb + `\s+)*(?:being\s+(?:` + adverb + `\s+)*)?withdrawn\b`

// adverb is a word that may stand between the auxiliary and "withdrawn".
const adverb = `(?:\pL+ly|hereby|now|thus|therefore|hence|also|here|already|since)`

// byArXiv matches a withdrawal's comment that names arXiv as who withdrew
// it: "withdrawn by arXiv administrators (moderators, admin)". An "arXiv
// admin note" alone is not: arXiv adds one about text overlap to papers
// their authors withdrew too.
var byArXiv = regexp.MustCompile(`(?i)\bwithdrawn\s+by\s+(?:the\s+)?arxiv\b`)
