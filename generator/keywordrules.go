package generator

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// deletedRuleTopics notes each topic that an import's keyword rule
// wrote into papers (imported: topics:) and that site.yaml defines no
// longer, which the index leaves them off (index.KeywordRules.Gone): the
// curator deleted the topic and its rule, and the topic would otherwise
// outlive them, with a page of its own. A topic is one note, at its line
// of the first paper's topics:, with how many other papers it leaves.
func deletedRuleTopics(cfg *model.Config, papers []*model.Paper) []Problem {
	var rules *index.KeywordRules
	var out []Problem
	at := map[string]int{} // a topic → its note in out
	others := map[string]int{}
	for _, p := range papers {
		if len(p.RuleTopics) == 0 {
			continue // most papers: none an import's rule gave
		}
		if rules == nil {
			rules = index.NewKeywordRules(cfg.Topics)
		}
		for _, n := range p.TopicNames {
			s := slug.Make(tex.SlugText(n.Name))
			if !rules.Gone(p, s) {
				continue
			}
			if _, ok := at[s]; ok {
				others[s]++
				continue
			}
			at[s] = len(out)
			out = append(out, Problem{Kind: "note", Path: p.Source, Line: n.Line, Msg: fmt.Sprintf(
				"topic %q is left off the paper: site.yaml defines it no longer, and the import recorded it as its keyword rule's (imported: topics:); delete it from topics:, or, to keep the paper on it, define `%s:` under topics: in site.yaml",
				n.Name, s)})
		}
	}
	for s, n := range others {
		out[at[s]].Msg += fmt.Sprintf(" (and so for %s)", textutil.Plural(n, "other paper", "other papers"))
	}
	return out
}

// notTopicWarnings warns, at its line, of each entry of a paper's
// not_topics: that keeps nothing off the paper: one that names no topic
// of site.yaml with keywords: (a typo, told with the rule's topic it is
// likely meant for, or a topic no rule tags), and one that names a topic
// the paper's topics: names too, which wins, as a curator who wrote a
// topic by hand wants the paper on it; the other line is a leftover.
// Papers are read as parsed, before the index resolves their topics.
func notTopicWarnings(cfg *model.Config, papers []*model.Paper) []Problem {
	var rules *index.KeywordRules
	var out []Problem
	for _, p := range papers {
		if len(p.NotTopicNames) == 0 {
			continue // most papers
		}
		if rules == nil {
			rules = index.NewKeywordRules(cfg.Topics)
		}
		for i, n := range p.NotTopicNames {
			if msg := notTopicProblem(rules, p, p.NotTopics[i], n.Name); msg != "" {
				out = append(out, Problem{Kind: "source", Path: p.Source, Line: n.Line, Msg: msg})
			}
		}
	}
	return out
}

// notTopicProblem returns what is wrong with the not_topics: entry name,
// whose slug is s, of the paper p, or "".
func notTopicProblem(rules *index.KeywordRules, p *model.Paper, s, name string) string {
	t := rules.Topic(s)
	ruled := rules.Ruled()
	switch {
	case t == "":
		if near := nearTopic(s, ruled); near != "" {
			return fmt.Sprintf("not_topics: %q names no topic of site.yaml, so it keeps no keyword rule off the paper; did you mean %q?", name, near)
		}
		return fmt.Sprintf("not_topics: %q names no topic of site.yaml, so it keeps no keyword rule off the paper; write the slug of a topic whose keywords: tag the paper (%s), or delete the entry", name, ruledList(ruled))
	case !slices.Contains(ruled, t):
		return fmt.Sprintf("not_topics: %q names the topic %q, which has no keywords: in site.yaml, so no rule puts the paper on it; delete the entry (a paper is on that topic only when its topics: names it)", name, t)
	}
	for _, n := range p.TopicNames {
		if ts := slug.Make(tex.SlugText(n.Name)); ts == t || rules.Topic(ts) == t {
			return fmt.Sprintf("not_topics: %q and topics: (line %d, %q) both name the topic %q; topics: wins and the paper stays on it: delete it from topics: to keep the paper off the topic, or delete this entry", name, n.Line, n.Name, t)
		}
	}
	return ""
}

// ruledList returns the topics with keyword rules, for a message: a few
// by slug, or "none yet".
func ruledList(ruled []string) string {
	switch {
	case len(ruled) == 0:
		return "site.yaml has none yet"
	case len(ruled) > 5:
		return strings.Join(ruled[:5], ", ") + ", …"
	}
	return strings.Join(ruled, ", ")
}

// emptyTopicsNotes notes, for check, each paper whose front matter
// writes topics: with no topic (`topics: []`) that keyword rules put on
// topics all the same, at its topics: line: a curator who emptied
// topics: to take a rule's topic off the paper sees that it did not,
// and what does (not_topics:). A paper that writes not_topics: knows.
func emptyTopicsNotes(papers []*model.Paper) []Problem {
	var out []Problem
	for _, p := range papers {
		if p.TopicsLine == 0 || len(p.TopicNames) > 0 || len(p.NotTopicNames) > 0 || len(p.Topics) == 0 {
			continue
		}
		out = append(out, Problem{Kind: "note", Path: p.Source, Line: p.TopicsLine, Msg: fmt.Sprintf(
			"topics: is empty, but the keyword rules of site.yaml put paper %s on %s all the same (topics: only adds topics); to keep it off a rule's topic, write `not_topics: [%s]` (check --why %s tells which keyword tags it)",
			p.ID, strings.Join(p.Topics, ", "), strings.Join(p.Topics, ", "), p.ID)})
	}
	return out
}

// Floors of keywordRuleNotes: a site of fewer papers tells too little of
// its rules to note one that tags none or every paper; from
// mostPapersFloor papers, one that tags nearly all (mostShare) is noted
// too.
const (
	ruleNotesFloor  = 5
	mostPapersFloor = 20
	mostShare       = 0.9
)

// keywordRuleNotes notes the topics of site.yaml whose keyword rule tags
// no paper (a misspelt keyword, a phrase no abstract writes), at the
// line of its first keyword, and those whose rule tags every paper, or
// nearly all on a site of mostPapersFloor or more, at the line of the
// keyword that tags the most: a topic that holds every paper sorts
// none out. Only a site of ruleNotesFloor papers or more is judged.
func keywordRuleNotes(ctx context.Context, cfg *model.Config, papers []*model.Paper) []Problem {
	if len(papers) < ruleNotesFloor || !slices.ContainsFunc(cfg.Topics, func(t model.TopicConfig) bool { return len(t.Keywords) > 0 }) {
		return nil
	}
	rules := index.NewKeywordRules(cfg.Topics)
	hits := make([][]index.Hit, len(papers))
	parallel.For(ctx, len(papers), 0, func() func(int) error {
		of := rules.Hits()
		return func(i int) error {
			hits[i] = of(papers[i], nil)
			return nil
		}
	})
	tagged := map[string]int{}      // topic → papers its rule tags
	byKeyword := map[string][]int{} // topic → papers each keyword is in
	for _, hs := range hits {
		for i, h := range hs {
			if i == 0 || hs[i-1].Slug != h.Slug {
				tagged[h.Slug]++
			}
		}
		for _, h := range hs {
			if byKeyword[h.Slug] == nil {
				kws, _ := topicKeywordLines(cfg, h.Slug)
				byKeyword[h.Slug] = make([]int, len(kws))
			}
			byKeyword[h.Slug][h.Keyword]++
		}
	}
	n := len(papers)
	var out []Problem
	for _, t := range cfg.Topics {
		if len(t.Keywords) == 0 {
			continue
		}
		switch got := tagged[t.Slug]; {
		case got == 0:
			out = append(out, Problem{Kind: "note", Path: cfg.Source, Line: lineAt(t.KeywordLines, 0, t.Line), Msg: fmt.Sprintf(
				"topic %q: its keyword rule (%s) tags none of the site's %d papers; check each keyword's spelling (a keyword matches whole words and their plurals, ignoring case), or delete the rule if no paper is meant for it",
				t.Slug, strings.Join(t.Keywords, ", "), n)})
		case got == n || n >= mostPapersFloor && float64(got) >= mostShare*float64(n):
			counts := byKeyword[t.Slug]
			i := slices.Index(counts, slices.Max(counts))
			out = append(out, Problem{Kind: "note", Path: cfg.Source, Line: lineAt(t.KeywordLines, i, t.Line), Msg: fmt.Sprintf(
				"topic %q: its keyword rule tags %d of the site's %d papers (keyword %q alone is in %d), so the topic sets hardly any paper apart; write narrower keywords, phrases a paper on the topic writes (`world model`, not `model`)",
				t.Slug, got, n, t.Keywords[i], counts[i])})
		}
	}
	return out
}

// lineAt returns lines[i], or or when lines has none there.
func lineAt(lines []int, i, or int) int {
	if i < len(lines) && lines[i] > 0 {
		return lines[i]
	}
	return or
}

// Why builds the site in memory, as check does, and tells why the paper
// id (its id or the slug of its address) is on each of its topics: the
// line of its topics: that names it, and each keyword of site.yaml found
// in its title, abstract or keywords, with the keyword's line; each
// topic a deleted rule left it on, which the build took it off; and each
// topic its not_topics: keeps off it, at that line.
func Why(ctx context.Context, opts Options, id string) ([]string, error) {
	c := &checked{}
	opts.Emit, opts.check = c.add, c
	res, err := Build(ctx, opts)
	if err != nil {
		return nil, err
	}
	cfg := res.Site.Config
	i := slices.IndexFunc(res.Site.Papers, func(p *model.Paper) bool { return p.ID == id || p.Slug == id })
	if i < 0 {
		example := "2401.00001"
		if len(res.Site.Papers) > 0 {
			example = res.Site.Papers[0].ID
		}
		return nil, fmt.Errorf("no paper the build publishes has the id %q (one no day lists, or a draft without --drafts, is on no topic page); give the id its file writes (arxiv: or id:), e.g. --why %s", id, example)
	}
	p := res.Site.Papers[i]
	rules := index.NewKeywordRules(cfg.Topics)
	why := map[string][]string{} // topic → reasons
	for _, n := range p.TopicNames {
		s := slug.Make(tex.SlugText(n.Name))
		if rules.Gone(p, s) {
			why[s] = append(why[s], fmt.Sprintf("left off: %s:%d writes it, as an import's keyword rule suggested (imported: topics:), but site.yaml defines the topic no longer", p.Source, n.Line))
			continue
		}
		s = topicOf(cfg, s) // the topic it is a name or former slug of
		why[s] = append(why[s], fmt.Sprintf("its topics: at %s:%d writes %q", p.Source, n.Line, n.Name))
	}
	ruled := rules.Ruled()
	for i, n := range p.NotTopicNames {
		s := rules.Topic(p.NotTopics[i])
		switch {
		case !slices.Contains(ruled, s):
			continue // build warns of it: no rule to keep off
		case slices.Contains(p.Topics, s):
			why[s] = append(why[s], fmt.Sprintf("not kept off: its not_topics: at %s:%d writes %q, but its topics: names the topic too, which wins", p.Source, n.Line, n.Name))
		default:
			why[s] = append(why[s], fmt.Sprintf("kept off: its not_topics: at %s:%d writes %q, so the topic's keyword rule does not tag it", p.Source, n.Line, n.Name))
		}
	}
	texts := []string{"title", "abstract"}
	for _, h := range rules.Hits()(p, nil) {
		kws, lines := topicKeywordLines(cfg, h.Slug)
		in := "keywords"
		if h.Text < len(texts) && h.Text >= 0 {
			in = texts[h.Text]
		}
		why[h.Slug] = append(why[h.Slug], fmt.Sprintf("keyword %q at %s:%d is in its %s", kws[h.Keyword], cfg.Source, lineAt(lines, h.Keyword, 0), in))
	}
	out := []string{fmt.Sprintf("%s: paper %s is on %s", p.Source, p.ID, textutil.Plural(len(p.Topics), "topic", "topics"))}
	for _, s := range slices.Concat(p.Topics, slices.DeleteFunc(slices.Sorted(maps.Keys(why)), func(s string) bool { return slices.Contains(p.Topics, s) })) {
		for _, r := range why[s] {
			out = append(out, fmt.Sprintf("  %s: %s", s, r))
		}
	}
	return out, nil
}

// topicOf returns the slug of the topic of site.yaml that s names (by a
// former slug or the slug of its name), or s.
func topicOf(cfg *model.Config, s string) string {
	for _, t := range cfg.Topics {
		if t.Slug == s || slices.Contains(t.Aliases, s) {
			return t.Slug
		}
	}
	for _, t := range cfg.Topics {
		if slug.Make(t.Name) == s && strings.IndexFunc(t.Name, slug.Symbol) < 0 {
			return t.Slug
		}
	}
	return s
}

// topicKeywordLines returns the keywords of the topic s of site.yaml and
// their lines.
func topicKeywordLines(cfg *model.Config, s string) ([]string, []int) {
	for _, t := range cfg.Topics {
		if t.Slug == s {
			return t.Keywords, t.KeywordLines
		}
	}
	return nil, nil
}
