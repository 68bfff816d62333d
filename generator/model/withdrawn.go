package model

import "regexp"

// Withdrawn reports whether the paper's arXiv comment says the paper
// itself was withdrawn, as arXiv records a withdrawal: the comment of
// the withdrawn version reads "This paper has been withdrawn by the
// author due to …", "This submission has been withdrawn by arXiv
// administrators …", or starts with the word ("Withdrawn", "withdrawn
// due to an error"), which is also how a curator marks a paper not on
// arXiv withdrawn (comment: "Withdrawn: …"). A comment that only uses
// the word ("the claim of Section 5 in v1 is withdrawn", "supersedes
// the withdrawn arXiv:2301.00001") is a live paper's.
func (p *Paper) Withdrawn() bool {
	return withdrawal.MatchString(p.Comment)
}

// withdrawal matches a comment that withdraws its paper, case folded:
// one that starts with "withdrawn" (after any brackets, a version's
// "v2:" or "paper"); "this paper has been (is, was) withdrawn", of a
// paper, article, submission, manuscript, preprint or work, anywhere in
// it; or "… have withdrawn (withdraw, withdrew) this paper".
var withdrawal = regexp.MustCompile(`(?i)` +
	`^[^\pL]*(?:v\d+[^\pL]*)?(?:(?:this|the)\s+)?(?:` + withdrawnThing + `\s+)?withdrawn\b` +
	`|\b(?:this|the)\s+` + withdrawnThing + `\s+(?:has\s+been|had\s+been|is|was|is\s+hereby|has\s+now\s+been)\s+withdrawn\b` +
	`|\bwithdr(?:awn|aw|aws|ew)\s+this\s+` + withdrawnThing + `\b`)

// withdrawnThing names what a withdrawal comment withdraws: the paper,
// never a part of it ("Section 5", "the claim", "the previous version").
const withdrawnThing = `(?:paper|article|submission|manuscript|preprint|work)`
