package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

// ApplyKeywordRules tags each paper with every configured topic whose
// keyword occurs in its title, abstract or imported keywords, as a whole word
// and ignoring case.
func ApplyKeywordRules(rules []model.TopicConfig, papers []*model.Paper) {
	type rule struct {
		slug string
		kws  []string
	}
	var rs []rule
	for _, t := range rules {
		if len(t.Keywords) == 0 {
			continue
		}
		r := rule{slug: t.Slug}
		for _, k := range t.Keywords {
			r.kws = append(r.kws, strings.ToLower(k))
		}
		rs = append(rs, r)
	}
	if len(rs) == 0 {
		return
	}
	for _, p := range papers {
		text := strings.ToLower(p.Title + "\n" + p.Body + "\n" + strings.Join(p.Keywords, "\n"))
		words := wordSet(text)
		for _, r := range rs {
			if slices.Contains(p.Topics, r.slug) {
				continue
			}
			for _, k := range r.kws {
				if words[k] || (!isWord(k) && containsWord(text, k)) {
					p.Topics = append(p.Topics, r.slug)
					break
				}
			}
		}
	}
}

// wordSet returns the words of text (runs of letters and digits).
func wordSet(text string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) }) {
		set[w] = true
	}
	return set
}

// isWord reports whether k is a single word, so a word set can answer for it.
func isWord(k string) bool {
	for _, r := range k {
		if !isWordRune(r) {
			return false
		}
	}
	return k != ""
}

// containsWord reports whether word occurs in text between non-letters.
func containsWord(text, word string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(word):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		off = i + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// topics builds every topic: those of site.yaml in its order of definition
// first get their names, then every topic a paper names; sorted by slug.
func topics(cfg []model.TopicConfig, papers []*model.Paper) []*model.Topic {
	bySlug := map[string]*model.Topic{}
	for _, t := range cfg {
		bySlug[t.Slug] = &model.Topic{Slug: t.Slug, Name: t.Name, Description: t.Description}
	}
	for _, p := range papers {
		if len(p.Days) == 0 {
			continue
		}
		for _, s := range p.Topics {
			t := bySlug[s]
			if t == nil {
				t = &model.Topic{Slug: s, Name: slug.Title(s)}
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
	slices.SortFunc(out, func(a, b *model.Topic) int { return strings.Compare(a.Slug, b.Slug) })
	return out
}
