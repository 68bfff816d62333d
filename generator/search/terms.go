package search

import (
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Field bits of a posting's code. Bits 4–5 hold how often the term occurs
// in the abstract, capped at 3. An author's name and the id share a bit
// (they score alike and no word is both), which leaves one for inLead.
const (
	inTitle    = 1
	inAuthor   = 2 // or in the id or DOI
	inTopic    = 4
	inLead     = 8 // one of the title's first leadWords words
	tfShift    = 4
	tfMax      = 3
	codeBits   = 6 // a posting is gap<<codeBits | code
	codeMask   = 1<<codeBits - 1
	topicTermP = "#" // prefix of the filter term of a topic: "#" + slug
)

// postings is one term with the documents it occurs in, ascending.
type postings struct {
	term  string
	docs  []int32
	codes []uint8
}

// collectTerms tokenises every document and returns its terms sorted by
// byte order (which is code point order), each with its postings. Large
// archives are split into runs of documents tokenised in parallel, each
// with its own folder; the runs' postings are joined in document order, so
// the result is the same as in one pass.
func collectTerms(f *folder, docs []Doc, show func(string) string) []*postings {
	runs := min(runtime.GOMAXPROCS(0), len(docs)/minRunDocs)
	if runs < 2 {
		return sortedTerms(termsOf(f, docs, 0, show))
	}
	parts := make([]map[string]*postings, runs)
	var wg sync.WaitGroup
	for i := range runs {
		lo, hi := i*len(docs)/runs, (i+1)*len(docs)/runs
		ff := f
		if i > 0 {
			ff = newFolder()
		}
		wg.Go(func() { parts[i] = termsOf(ff, docs[lo:hi], lo, show) })
	}
	wg.Wait()
	byTerm := parts[0]
	for _, part := range parts[1:] {
		for t, p := range part {
			if q := byTerm[t]; q != nil {
				q.docs = append(q.docs, p.docs...)
				q.codes = append(q.codes, p.codes...)
			} else {
				byTerm[t] = p
			}
		}
	}
	return sortedTerms(byTerm)
}

// minRunDocs is the fewest documents worth a goroutine of their own.
const minRunDocs = 2000

// termsOf tokenises docs, the first of which is document number first; a
// title is tokenised as show (Options.Show) makes it too.
func termsOf(f *folder, docs []Doc, first int, show func(string) string) map[string]*postings {
	byTerm := map[string]*postings{}
	doc := map[string]int{} // term → field bits and abstract count, reused per doc
	for n, d := range docs {
		clear(doc)
		add := func(bit int) func(string) {
			return func(t string) { doc[t] |= bit }
		}
		titleTerms(f, d.Title, add(inTitle), add(inTitle|inLead))
		if show != nil {
			if t := show(d.Title); t != d.Title {
				f.tokens(t, true, add(inTitle))
			}
		}
		for _, a := range d.Authors {
			f.tokens(a, true, add(inAuthor))
			if t := nameOf(f, a); t != "" {
				doc[t] |= inAuthor
			}
		}
		for i, s := range d.Topics {
			f.tokens(s, true, add(inTopic))
			if i < len(d.TopicNames) {
				f.tokens(d.TopicNames[i], true, add(inTopic))
			}
			doc[topicTermP+s] |= inTopic
		}
		f.tokens(d.ID, true, add(inAuthor))
		f.tokens(d.DOI, true, add(inAuthor))
		count := func(t string) {
			if f.stop[t] {
				return
			}
			if c := doc[t]; c>>tfShift < tfMax {
				doc[t] = c + 1<<tfShift
			}
		}
		f.tokens(d.Abstract, true, count)
		f.tokens(d.More, true, count)
		for t, c := range doc {
			p := byTerm[t]
			if p == nil {
				p = &postings{term: t}
				byTerm[t] = p
			}
			p.docs = append(p.docs, int32(first+n))
			p.codes = append(p.codes, uint8(c))
		}
	}
	return byTerm
}

// nameOf returns the term of an author's name: its first and last query
// tokens joined ("Wei Wang": weiwang; "Søren van der Berg": sorenberg),
// which a query of the name gives (see nameTerm), or "" for a name of one
// token.
func nameOf(f *folder, name string) string {
	var first, last string
	n := 0
	f.tokens(name, false, func(t string) {
		if n == 0 {
			first = t
		}
		last = t
		n++
	})
	if n < 2 {
		return ""
	}
	return cut(first + last)
}

// leadWords is how many words start a title for inLead: the method's name
// ("LoRA: Low-Rank…", "Mamba: Linear-Time…") or the subject of the paper
// ("Attention Is All You Need", "Diffusion Models Beat GANs"). A
// title that starts with a query's words is the paper a reader most
// likely means, more than one that names them late ("FlashAttention: …
// Exact Attention with …") or only in its abstract.
const leadWords = 2

// titleTerms calls lead for the title's first leadWords tokens that are
// not stopwords ("The Llama 3 Herd": llama, 3) and word for the others.
func titleTerms(f *folder, title string, word, lead func(string)) {
	n := 0
	f.tokens(title, true, func(t string) {
		if n < leadWords && !f.stop[t] {
			n++
			lead(t)
			return
		}
		word(t)
	})
}

// sortedTerms returns the postings of byTerm sorted by term.
func sortedTerms(byTerm map[string]*postings) []*postings {
	out := make([]*postings, 0, len(byTerm))
	for _, p := range byTerm {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b *postings) int { return strings.Compare(a.term, b.term) })
	return out
}

// entry returns the term's shard entry: "term":[gap<<6|code,…] with gaps
// from the previous document (the first from 0).
func (p *postings) entry() []byte {
	b := appendJSONString(make([]byte, 0, len(p.term)+4+3*len(p.docs)), p.term)
	b = append(b, ':', '[')
	prev := int64(0)
	for i, d := range p.docs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, (int64(d)-prev)<<codeBits|int64(p.codes[i]), 10)
		prev = int64(d)
	}
	return append(b, ']')
}

// appendJSONString appends s as a JSON string; s is valid UTF-8.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
