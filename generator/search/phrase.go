package search

import "slices"

// PhraseChecks is how many of a quoted phrase's best-ranked candidates
// (the documents that hold its words) are read for it: each may cost a
// doc-store chunk and a text file, so a phrase of common words ("state
// space" is in half of the abstracts that say "state of the art") is
// looked for in these, not in every paper that has its words.
const PhraseChecks = 50

// withPhrases returns the hits, of the first PhraseChecks, that hold
// every phrase (see holdsPhrase) in their title, an author's name, or
// their abstract's text as the index keeps it (the excerpt, and the text
// file of a longer abstract, read only when the rest lacks the phrase).
func (ix *Index) withPhrases(hits []Hit, phrases [][]string) ([]Hit, error) {
	if len(phrases) == 0 {
		return hits, nil
	}
	var out []Hit
	for _, h := range hits[:min(len(hits), PhraseChecks)] {
		c := h.Doc / ix.meta.Chunk
		recs, err := ix.chunk(c, h.Doc)
		if err != nil {
			return nil, err
		}
		if h.Doc%ix.meta.Chunk >= len(recs) {
			continue
		}
		rec := recs[h.Doc%ix.meta.Chunk]
		fields := append([]string{rec.Title, rec.Excerpt}, rec.Authors...)
		ok := ix.holdsPhrases(fields, phrases)
		if !ok && rec.text != "" {
			text, err := ix.text(h.Doc, rec.text)
			if err != nil {
				return nil, err
			}
			ok = ix.holdsPhrases(append(fields, text), phrases)
		}
		if ok {
			out = append(out, h)
		}
	}
	return out, nil
}

// holdsPhrases reports whether one of fields holds each phrase.
func (ix *Index) holdsPhrases(fields []string, phrases [][]string) bool {
	for _, p := range phrases {
		if !slices.ContainsFunc(fields, func(s string) bool { return ix.holdsPhrase(s, p) }) {
			return false
		}
	}
	return true
}

// holdsPhrase reports whether the index tokens of s (see tokensAt) hold
// the phrase's tokens one after the other, each starting at the unit
// where the one before ends: "state space" is in "a state space model"
// and "state-space models", not in "the state of the action space"; and
// "state-space models", "the model's accuracy" and "التعلم العميق" are in
// the text they are copied from, whose words' variants ("statespace",
// "model", "تعلم") span the units of the words.
func (ix *Index) holdsPhrase(s string, phrase []string) bool {
	type span struct {
		tok      string
		from, to int
	}
	var spans []span
	ix.f.tokensAt(s, indexForm, func(t string, from, to int) { spans = append(spans, span{t, from, to}) }, nil)
	var ends []int // the units where the phrase so far may end
	for i, t := range phrase {
		var next []int
		for _, sp := range spans {
			if sp.tok == t && (i == 0 || slices.Contains(ends, sp.from)) && !slices.Contains(next, sp.to) {
				next = append(next, sp.to)
			}
		}
		if len(next) == 0 {
			return false
		}
		ends = next
	}
	return len(phrase) > 0
}
