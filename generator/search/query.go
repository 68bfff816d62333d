package search

import (
	"math"
	"regexp"
	"slices"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Query is what a reader asks: words and the filters of the search form.
type Query struct {
	Text  string // the words typed; the last one is a prefix unless followed by a space or punctuation
	Topic string // topic slug, or "" for any topic
	From  string // earliest day, YYYY-MM-DD, or "" for no bound
	To    string // latest day, YYYY-MM-DD, or "" for no bound

	// NoTypos: a word not in the index finds nothing, rather than the
	// words one typing mistake away. search.js searches a submitted query
	// so first, its last word complete ("atten" then finds attention by
	// prefix, not "attend" by a typo).
	NoTypos bool
}

// qterm is one required word of a query.
type qterm struct {
	tok    string
	prefix bool     // matches every term starting with tok
	parts  []string // a compound's words ("qlora" typed as Q-LoRA: q, lora), or nil
}

// arxivRefRE is a paper as readers paste it: arXiv:2410.07166, an
// arxiv.org or Hugging Face address, an id with a version (v2) or .pdf.
// parseQuery keeps only the id, which is what the index holds; search.js
// has the same pattern (ARXIV_REF_RE).
var arxivRefRE = regexp.MustCompile(`(?i)(?:https?://)?(?:www\.)?(?:(?:export\.)?arxiv\.org/(?:abs|pdf|html)/|huggingface\.co/papers/|\barxiv(?::|\s)\s*)?((?:[a-z][a-z.-]*/)?\d{7}|\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\b`)

// doiRefRE is what goes before a DOI as readers paste it: a resolver's
// address (https://doi.org/) or "doi:". parseQuery drops it, leaving the
// DOI, which the index holds; search.js has the same pattern (DOI_REF_RE).
var doiRefRE = regexp.MustCompile(`(?i)(?:https?://)?(?:dx\.)?doi\.org/|\bdoi:\s*`)

// rxivRefRE is a bioRxiv or medRxiv preprint as readers paste it: its
// page's address (https://www.biorxiv.org/content/10.1101/…v2, ….full.pdf)
// or its DOI with that address's version (10.1101/…v2), which no DOI has.
// parseQuery keeps the DOI, which the index holds; search.js has the
// same pattern (RXIV_REF_RE).
var rxivRefRE = regexp.MustCompile(`(?i)(?:(?:https?://)?(?:www\.)?(?:bio|med)rxiv\.org/content/)?\b(10\.1101/(?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,})(?:v\d+)?(?:[./?#][^\t\n\f\r ]*)?`)

// arxivDOIRE is the DataCite DOI arXiv gives a paper,
// 10.48550/arXiv.<id>, as pages and citations show it: parseQuery keeps
// the id, which the index holds, so the index needs no DOI of its own
// for it; search.js has the same pattern (ARXIV_DOI_RE).
var arxivDOIRE = regexp.MustCompile(`(?i)\b10\.48550/arxiv\.`)

// notRE is a word to leave out, "-diffusion": a minus sign after a space
// (or first), then a letter; "GPT-4" and "gpt -4" leave nothing out.
// search.js has the same pattern (NOT_RE).
var notRE = regexp.MustCompile(`(^|[\t\n\f\r ])-(\pL[^\t\n\f\r "“”]*)`)

// phraseRE is a phrase in quotes, straight or curly; search.js has the
// same pattern (PHRASE_RE).
var phraseRE = regexp.MustCompile(`["“”]([^"“”]+)["“”]`)

// query is a query's text as parsed: the words every result must match,
// the words none may, and the phrases whose words a result must hold
// side by side.
type query struct {
	words   []qterm
	not     []qterm
	phrases [][]string
}

// readQuery parses text: each "-word" is left out (a result may hold
// none of its tokens, as typed, or their singular or plural), each
// quoted phrase's query tokens are a phrase (of two tokens or more), and
// the rest, the phrases' words with it, are the words (see parseQuery).
func readQuery(f *folder, text string) query {
	var q query
	for _, m := range notRE.FindAllStringSubmatch(text, -1) {
		toks, _ := f.queryTokens(m[2])
		for _, t := range toks {
			if !f.stop[t] {
				q.not = append(q.not, qterm{tok: t})
			}
		}
	}
	text = notRE.ReplaceAllString(text, "$1")
	for _, m := range phraseRE.FindAllStringSubmatch(text, -1) {
		// A phrase of one token is a word; one of two CJK words joined
		// ("王 伟": 王伟) is still a phrase.
		n := 0
		f.tokens(m[1], false, func(string) { n++ })
		if n >= 2 {
			q.phrases = append(q.phrases, f.phraseTokens(m[1]))
		}
	}
	q.words = parseQuery(f, text)
	return q
}

// parseQuery turns text into the words every result must match:
//   - a bioRxiv or medRxiv preprint's address is its DOI (see
//     rxivRefRE), an arXiv reference its id (see arxivRefRE), a DOI's
//     address the DOI (see doiRefRE), an arXiv DOI the id (see
//     arxivDOIRE);
//   - the distinct query tokens of text, in order;
//   - the last one, when text ends inside it, is a prefix if it has two
//     runes or more; a one-rune last token is weak; CJK tokens (a
//     character, a pair: see pieces) are words of their own, never prefixes or
//     weak;
//   - any other token that is a stopword is weak;
//   - weak tokens are dropped, unless nothing else is left, then they are
//     required as exact words;
//   - of more than MaxQueryWords, the longest are kept (see longest).
func parseQuery(f *folder, text string) []qterm {
	text = rxivRefRE.ReplaceAllString(text, "$1")
	text = doiRefRE.ReplaceAllString(arxivRefRE.ReplaceAllString(text, "$1"), " ")
	text = arxivDOIRE.ReplaceAllString(text, " ")
	isCJKToken := func(t string) bool { r, _ := utf8.DecodeRuneInString(t); return textutil.IsCJK(r) }
	toks, compounds := f.queryTokens(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	open := isWordRune(last)
	var req, weak []qterm
	for i, t := range toks {
		switch {
		case i == len(toks)-1 && open && !isCJKToken(t) && utf8.RuneCountInString(t) >= 2:
			req = append(req, qterm{tok: t, prefix: true, parts: compounds[t]})
		case i == len(toks)-1 && open && !isCJKToken(t), f.stop[t]:
			weak = append(weak, qterm{tok: t})
		default:
			req = append(req, qterm{tok: t, parts: compounds[t]})
		}
	}
	if len(req) == 0 {
		return weak
	}
	return longest(req)
}

// MaxQueryWords is how many words of a query are searched: a pasted
// abstract (300 words) read most of the index's shards, 3 MB (600 KB
// gzipped) at 10,000 papers, where a title has fewer words.
const MaxQueryWords = 16

// longest returns the MaxQueryWords longest of terms (the earlier of
// equally long ones), in their order: in a pasted abstract the long words
// are the rare ones that find its paper ("probabilistic", not "model").
func longest(terms []qterm) []qterm {
	if len(terms) <= MaxQueryWords {
		return terms
	}
	order := make([]int, len(terms))
	for i := range order {
		order[i] = i
	}
	runes := func(i int) int { return utf8.RuneCountInString(terms[i].tok) }
	slices.SortStableFunc(order, func(a, b int) int { return runes(b) - runes(a) })
	order = order[:MaxQueryWords]
	slices.Sort(order)
	out := make([]qterm, len(order))
	for i, k := range order {
		out[i] = terms[k]
	}
	return out
}

// Ranking points of a posting code: the sum of its fields' points, where
// the abstract gives 2, 3 or 4 points for one, two or three-plus
// occurrences and a title's lead words (see leadWords) 10 more than its
// others, so that "attention" ranks "Attention Is All You Need" (20 + 10
// + 4) above "FlashAttention: … Exact Attention …" (20 + 4).
const (
	titlePoints  = 20
	leadPoints   = 10
	authorPoints = 16 // an author's name, the id or the DOI
	topicPoints  = 10
	exactFactor  = 4 // the word as typed
	prefixFactor = 3 // a longer word the last, prefix word expands to, or the word's singular or plural
	typoFactor   = 2 // a word one typing mistake away, when the word itself is not in the index
)

func points(code int64) int64 {
	p := int64(0)
	if code&inTitle != 0 {
		p += titlePoints
	}
	if code&inAuthor != 0 {
		p += authorPoints
	}
	if code&inLead != 0 {
		p += leadPoints
	}
	if code&inTopic != 0 {
		p += topicPoints
	}
	if tf := code >> tfShift & tfMax; tf > 0 {
		p += 1 + tf
	}
	return p
}

// idf is the rarity weight of a term found in df of n documents:
// round(100·ln(1 + n/df)).
func idf(n, df int) int64 {
	return int64(math.Round(100 * math.Log(1+float64(n)/float64(df))))
}
