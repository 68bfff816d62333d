package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// ApplyKeywordRules tags each paper with every configured topic whose
// keyword occurs in its title, abstract or imported keywords, as a whole word
// (anywhere, in a script written without spaces: 強化学習 in
// 強化学習による), ignoring case, Unicode normalisation, a hyphen written
// for a space (fine-tuning for fine tuning, and fine-⏎tuning) and an
// English plural of its last word (LLMs for LLM), gives a topic a paper
// names by a configured topic's name (`topics: [智能体]` for `agents:
// {name: 智能体}`) that topic's slug, and takes a paper off a topic an
// import's keyword rule gave it (RuleTopics) that site.yaml no longer
// defines. A rule's topic the paper's not_topics: names (KeptOff) is
// not added; one its topics: names too stays, as topics: puts it there. Papers are matched in parallel; each only changes its own
// Topics.
func ApplyKeywordRules(rules []model.TopicConfig, papers []*model.Paper) {
	k := NewKeywordRules(rules)
	parallel.For(context.Background(), len(papers), 0, func() func(int) error {
		tag := k.Tagger()
		return func(i int) error {
			tag(papers[i])
			return nil
		}
	})
}

// KeywordRules are the keyword rules of site.yaml, prepared once to tag
// many papers, and the slugs its topics' names make.
type KeywordRules struct {
	rs         []keywordRule
	aliases    map[string]string // the slug of a topic's name → the topic's slug
	configured map[string]bool   // the topics' slugs and former slugs
}

// NewKeywordRules prepares the keyword rules of the topics.
func NewKeywordRules(rules []model.TopicConfig) *KeywordRules {
	var rs []keywordRule
	configured := map[string]bool{}
	for _, t := range rules {
		configured[t.Slug] = true
	}
	aliases := map[string]string{}
	for _, t := range rules {
		// A name with a symbol its slug drops (C++) is no other
		// topic's name written by its slug (C).
		if a := slug.Make(t.Name); a != "" && !configured[a] && strings.IndexFunc(t.Name, slug.Symbol) < 0 { // a configured slug is always itself
			aliases[a] = t.Slug
		}
	}
	for _, t := range rules {
		for _, a := range t.Aliases { // a former slug, over another topic's name
			aliases[a] = t.Slug
			configured[a] = true
		}
	}
	for _, t := range rules {
		if len(t.Keywords) == 0 {
			continue
		}
		r := keywordRule{slug: t.Slug}
		for _, k := range t.Keywords {
			r.kws = append(r.kws, newKeyword(k))
		}
		rs = append(rs, r)
	}
	return &KeywordRules{rs: rs, aliases: aliases, configured: configured}
}

// Defines reports whether site.yaml defines the topic s: as a topic's
// slug, a former slug of one, or the slug of a topic's name.
func (k *KeywordRules) Defines(s string) bool { return k.configured[s] || k.aliases[s] != "" }

// Gone reports whether the paper p is on the topic s only as a deleted
// rule left it: an import's keyword rule suggested it (p.RuleTopics)
// and site.yaml defines it no longer. A topic a curator wrote by hand is
// not in RuleTopics and stays; one the rule wrote and the curator wrote
// too cannot be told apart, and a site that keeps it defines it.
func (k *KeywordRules) Gone(p *model.Paper, s string) bool {
	return !k.Defines(s) && slices.Contains(p.RuleTopics, s)
}

// KeptOff reports whether the paper's not_topics: names the topic s (by
// its slug, a former slug or its name), whose keyword rule then does
// not tag it. It allocates nothing: most papers have no not_topics:.
func (k *KeywordRules) KeptOff(p *model.Paper, s string) bool {
	for _, n := range p.NotTopics {
		if n == s || k.aliases[n] == s {
			return true
		}
	}
	return false
}

// Topic returns the slug of the topic of site.yaml that s names, as its
// slug, a former slug or the slug of its name, or "" when none does.
func (k *KeywordRules) Topic(s string) string {
	if a := k.aliases[s]; a != "" {
		return a
	}
	if k.configured[s] {
		return s
	}
	return ""
}

// Ruled returns the slugs of the topics that have a keyword rule, in
// site.yaml's order.
func (k *KeywordRules) Ruled() []string {
	out := make([]string, len(k.rs))
	for i, r := range k.rs {
		out[i] = r.slug
	}
	return out
}

// Tagger returns a function that tags a paper as ApplyKeywordRules does,
// reusing its working memory from paper to paper: one per goroutine.
func (k *KeywordRules) Tagger() func(*model.Paper) {
	var m matcher
	return func(p *model.Paper) { k.tag(p, &m) }
}

// matcher is the reusable working memory of tagging one paper.
type matcher struct {
	set   map[string]struct{}
	buf   []string
	parts []string // the paper's title, body and keywords, folded
}

// load folds the texts of the paper p into m and sets their words.
func (m *matcher) load(p *model.Paper) {
	if m.set == nil {
		m.set = map[string]struct{}{}
	}
	m.parts = append(m.parts[:0], fold(p.Title), fold(p.Body))
	for _, kw := range p.Keywords {
		m.parts = append(m.parts, fold(kw))
	}
	clear(m.set)
	m.buf = m.buf[:0]
	for _, part := range m.parts {
		m.buf = words(part, m.buf)
	}
	for _, w := range m.buf {
		m.set[w] = struct{}{}
	}
}

func (k *KeywordRules) tag(p *model.Paper, m *matcher) {
	k.named(p)
	if len(k.rs) == 0 {
		return
	}
	m.load(p)
	for _, r := range k.rs {
		if !slices.Contains(p.Topics, r.slug) && !k.KeptOff(p, r.slug) && r.match(m.parts, m.set, 0) >= 0 {
			p.Topics = append(p.Topics, r.slug)
		}
	}
}

// named gives the paper p the slug of each topic it names by a
// configured topic's name or former slug, and takes it off each topic a
// deleted rule left it on (Gone).
func (k *KeywordRules) named(p *model.Paper) {
	change := func(s string) bool { return k.aliases[s] != "" || k.Gone(p, s) }
	if !slices.ContainsFunc(p.Topics, change) {
		return
	}
	var out []string // a new slice: p.Topics may be a cached parse's
	for _, s := range p.Topics {
		if k.Gone(p, s) {
			continue
		}
		if to := k.aliases[s]; to != "" {
			s = to
		}
		if !slices.Contains(out, s) { // a name written next to its slug
			out = append(out, s)
		}
	}
	p.Topics = out
}

// A Hit is a keyword of site.yaml found in a paper: the topic's slug, the
// keyword's index among the topic's keywords, and the paper's text it
// was found in: 0 its title, 1 its abstract, 2+i its keywords[i].
type Hit struct {
	Slug          string
	Keyword, Text int
}

// Hits returns a function that appends to dst each keyword of each rule
// found in a paper, whatever topics the paper has: for check, which
// tells why a paper is on a topic and which rules tag no paper or every
// one. It reuses its working memory from paper to paper: one per
// goroutine.
func (k *KeywordRules) Hits() func(p *model.Paper, dst []Hit) []Hit {
	var m matcher
	return func(p *model.Paper, dst []Hit) []Hit {
		if len(k.rs) == 0 {
			return dst
		}
		m.load(p)
		for _, r := range k.rs {
			for i := r.match(m.parts, m.set, 0); i >= 0; i = r.match(m.parts, m.set, i+1) {
				dst = append(dst, Hit{Slug: r.slug, Keyword: i, Text: r.kws[i].where(m.parts)})
			}
		}
		return dst
	}
}

type keywordRule struct {
	slug string
	kws  []keyword
}

// keyword is a folded keyword: the words before its last, the forms of its
// last word (itself, and its plurals when it ends in a Latin letter), and
// the keyword written with each of those forms.
type keyword struct {
	words []string // all but the last
	lasts []string // the forms of the last word
	texts []string // the keyword with each form, lasts[i] in texts[i]
	plain bool     // one word and nothing else: found when it is a word of the text
}

func newKeyword(kw string) keyword {
	text := fold(kw)
	ws := words(text, nil)
	if len(ws) == 0 { // no letter or digit: config refuses it
		return keyword{texts: []string{text}}
	}
	last := ws[len(ws)-1]
	k := keyword{words: ws[:len(ws)-1], plain: len(ws) == 1 && ws[0] == text}
	k.lasts = []string{last}
	if strings.HasSuffix(text, last) {
		k.lasts = append(k.lasts, plurals(last)...)
	}
	stem := text[:len(text)-len(last)]
	for i, l := range k.lasts {
		if i == 0 {
			k.texts = append(k.texts, text)
			continue
		}
		k.texts = append(k.texts, stem+l)
	}
	return k
}

// plurals returns the English plurals of the word w that ends in a Latin
// letter: w+s always (transformers, LLMs), w+es after s, x, z, ch or sh
// (biases, approaches) and -ies for a y after a consonant (ontologies).
// The other way round is left out: a keyword's plural taken for a singular
// breaks too many words (news, dynamics, physics).
func plurals(w string) []string {
	c := w[len(w)-1]
	if c < 'a' || c > 'z' {
		return nil
	}
	out := []string{w + "s"}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		out = append(out, w+"es")
	case c == 'y' && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		out = append(out, w[:len(w)-1]+"ies")
	}
	return out
}

// match returns the index of the first of the rule's keywords from
// from on that occurs in one of the folded texts of a paper (title, body,
// each imported keyword), whose words are set, or -1. A keyword of one
// word is looked up in the set; a phrase is searched for only when each
// of its words is in the set, since every word of a phrase that occurs
// as a whole word is a whole word of the text too.
func (r keywordRule) match(parts []string, set map[string]struct{}, from int) int {
	for j := from; j < len(r.kws); j++ {
		if r.kws[j].in(parts, set) {
			return j
		}
	}
	return -1
}

// in reports whether the keyword occurs in one of the folded texts parts,
// whose words are set.
func (k keyword) in(parts []string, set map[string]struct{}) bool {
	if !allIn(k.words, set) {
		return false
	}
	for i, l := range k.lasts {
		if _, ok := set[l]; !ok {
			continue
		}
		if k.plain {
			return true
		}
		for _, text := range parts {
			if textutil.ContainsWord(text, k.texts[i]) {
				return true
			}
		}
	}
	return false
}

// where returns the index of the first of the folded texts parts the
// keyword occurs in, or -1.
func (k keyword) where(parts []string) int {
	for j, text := range parts {
		for _, kt := range k.texts {
			if textutil.ContainsWord(text, kt) {
				return j
			}
		}
	}
	return -1
}

func allIn(ws []string, set map[string]struct{}) bool {
	for _, w := range ws {
		if _, ok := set[w]; !ok {
			return false
		}
	}
	return true
}

// fold returns s as keywords and texts are compared: lowercased, in NFC
// (an abstract pasted from a Mac may write ö as o and a combining mark),
// each run of spaces (a line break too) one space and a hyphen between
// two letters or digits a space, the hyphen at the end of a line among
// them (fine-⏎tuning, as an abstract copied from a PDF breaks it), so
// that fine-tuning, fine tuning, fine\ntuning and fine-\ntuning are one
// phrase. Joined words (finetuning) stay another word, and so does a
// word the PDF broke with a hyphen of its own (reinforce-⏎ment).
func fold(s string) string {
	s = norm.NFC.String(strings.ToLower(s))
	if !needsFold(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if prev != ' ' {
				b.WriteByte(' ')
			}
			r = ' '
		case isHyphen(r) && textutil.IsWordRune(prev) && textutil.IsWordRune(nextWordRune(s, i+utf8.RuneLen(r))):
			if prev != ' ' {
				b.WriteByte(' ')
			}
			r = ' '
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// needsFold reports whether fold has more to do to s than lowercase it.
func needsFold(s string) bool {
	return strings.Contains(s, "  ") || strings.ContainsFunc(s, func(r rune) bool {
		return r != ' ' && unicode.IsSpace(r) || isHyphen(r)
	})
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// nextWordRune returns the rune at s[i:], or, when a line break comes
// first (with spaces about it), the rune after it: a hyphen that ends a
// line joins the words as one between them does. A hyphen and a space
// on one line (pre- and post-training) join nothing.
func nextWordRune(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsSpace(r) {
		return r
	}
	rest := strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	if !strings.ContainsAny(s[i:len(s)-len(rest)], "\n\r\u2028") {
		return r
	}
	r, _ = utf8.DecodeRuneInString(rest)
	return r
}

// words appends the words of text to dst: runs of letters and digits
// that join (textutil.Joins), so that a letter of a script written
// without spaces is one of its own (強化学習 is four, and 強化学習による
// holds them); a keyword of such a script is then found anywhere in a
// text that holds all its letters, as textutil.ContainsWord finds it.
func words(text string, dst []string) []string {
	start := -1
	var prev rune
	for i, r := range text {
		switch {
		case !textutil.IsWordRune(r):
			if start >= 0 {
				dst = append(dst, text[start:i])
			}
			start = -1
		case start < 0:
			start = i
		case !textutil.Joins(prev, r):
			dst = append(dst, text[start:i])
			start = i
		}
		prev = r
	}
	if start >= 0 {
		dst = append(dst, text[start:])
	}
	return dst
}

// topics builds every topic: those of site.yaml in its order of definition
// first get their names, then every topic a paper names, named by how the
// papers spell it (spellings) or else by its slug title-cased; sorted by
// name in the order of the site's language lang (Éthique before Vision),
// then slug.
func topics(cfg []model.TopicConfig, papers []*model.Paper, lang string) []*model.Topic {
	bySlug := map[string]*model.Topic{}
	for _, t := range cfg {
		bySlug[t.Slug] = &model.Topic{Slug: t.Slug, Name: t.Name, Description: t.Description, TitleCased: t.TitleCased}
	}
	names := spellings(papers, bySlug)
	for _, p := range papers {
		for _, s := range p.Topics {
			t := bySlug[s]
			if t == nil {
				t = &model.Topic{Slug: s, Name: names[s]}
				if t.Name == "" {
					t.Name, t.TitleCased = slug.Title(s), true
				}
				bySlug[s] = t
			}
			t.Papers = append(t.Papers, p)
			p.TopicRefs = append(p.TopicRefs, t)
		}
	}
	out := make([]*model.Topic, 0, len(bySlug))
	for _, t := range bySlug {
		slices.SortFunc(t.Papers, byNewest)
		out = append(out, t)
	}
	col, own := textutil.Collator(lang), textutil.OwnScripts(lang)
	slices.SortFunc(out, func(a, b *model.Topic) int {
		if c := cmp.Compare(textutil.Foreign(own, a.Name), textutil.Foreign(own, b.Name)); c != 0 {
			return c // the site's own script first, as in the authors index
		}
		if c := col.CompareString(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Slug, b.Slug)
	})
	return out
}

// spellings returns the name of each topic that site.yaml does not define
// (configured) and that a paper's topics: writes with a capital letter:
// the spelling with capitals written most often ("NLP" for [NLP] twice
// and [Nlp] once), of spellings as frequent the first in byte order, so
// the name depends on the papers, never on their order. No list of
// acronyms guesses that nlp is "NLP"; one paper that writes it so says it.
func spellings(papers []*model.Paper, configured map[string]*model.Topic) map[string]string {
	counts := map[string]map[string]int{} // slug → spelling → papers
	for _, p := range papers {
		for _, n := range p.TopicNames {
			w := n.Name
			if strings.IndexFunc(w, unicode.IsUpper) < 0 {
				continue
			}
			s := slug.Make(tex.SlugText(w)) // as parse made it
			if configured[s] != nil {
				continue
			}
			if counts[s] == nil {
				counts[s] = map[string]int{}
			}
			counts[s][norm.NFC.String(tex.UnicodeText(textutil.CollapseSpace(w)))]++ // $k$-SAT shows as k-SAT
		}
	}
	names := make(map[string]string, len(counts))
	for s, c := range counts {
		best := ""
		for w, n := range c {
			if best == "" || n > c[best] || n == c[best] && w < best {
				best = w
			}
		}
		names[s] = best
	}
	return names
}
