package index

import (
	"maps"
	"slices"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

func TestApplyKeywordRules(t *testing.T) {
	rules := []model.TopicConfig{
		{Slug: "llm", Keywords: []string{"Large Language Model", "LLM"}},
		{Slug: "rl", Keywords: []string{"reinforcement"}},
		{Slug: "vision", Keywords: []string{"ViT"}},
		{Slug: "rag", Keywords: []string{"retrieval-augmented", "C++"}},
		{Slug: "rl-ja", Keywords: []string{"強化学習", "GPT"}},
	}
	tests := []struct {
		title, body string
		keywords    []string
		want        []string
	}{
		{"A large language model", "", nil, []string{"llm"}},
		{"LLMs", "about llm-based agents", nil, []string{"llm"}},
		{"Reinforcements", "nothing here", nil, []string{"rl"}}, // a plural
		{"T", "Deep reinforcement learning, with a ViT.", nil, []string{"rl", "vision"}},
		{"T", "large language modeling", nil, nil},
		{"Large Language Models", "", nil, []string{"llm"}},
		{"T", "large language modelss", nil, nil},
		{"T", "large-language models", nil, []string{"llm"}},
		{"T", "Prompting LLMs", nil, []string{"llm"}},
		{"T", "LLMes", nil, nil}, // -es only after s, x, z, ch, sh
		{"T", "a ViTs study", nil, []string{"vision"}},
		{"T", "URLs", nil, nil},
		{"T", "", []string{"Reinforcement"}, []string{"rl"}},
		{"T", "a language model that is large", nil, nil},
		{"Retrieval-Augmented Agents", "", nil, []string{"rag"}},
		{"T", "augmented retrieval, retrieval", nil, nil},
		{"T", "retrieval augmented", nil, []string{"rag"}}, // a hyphen is a space
		{"T", "retrieval\n  augmented", nil, []string{"rag"}},
		{"T", "retrievalaugmented", nil, nil},
		{"T", "retrieval--augmented", nil, nil},
		{"T", "written in C++.", nil, []string{"rag"}},
		{"T", "written in C++20", nil, nil},
		{"T", "ViT, LLM and retrieval-augmented", nil, []string{"llm", "vision", "rag"}},
		// Japanese and Chinese put no spaces between words.
		{"強化学習による言語モデルの改善", "", nil, []string{"rl-ja"}},
		{"T", "本研究では強化学習を用いて", nil, []string{"rl-ja"}},
		{"T", "强化学习", nil, nil}, // simplified Chinese, other characters
		{"T", "GPTを用いた", nil, []string{"rl-ja"}},
		{"T", "ChatGPTを用いた", nil, nil},
		{"T", "学習の強化", nil, nil},
	}
	for _, tt := range tests {
		p := &model.Paper{Title: tt.title, Body: tt.body, Keywords: tt.keywords}
		ApplyKeywordRules(rules, []*model.Paper{p})
		if !slices.Equal(p.Topics, tt.want) {
			t.Errorf("topics of %q / %q = %q, want %q", tt.title, tt.body, p.Topics, tt.want)
		}
	}
}

// TestTopicNamesFromPapers: a topic site.yaml does not define is named by
// the spelling with capitals its papers write most often, of those as
// frequent the first in byte order, whatever the papers' order; by its
// slug title-cased (TitleCased) when every paper writes it in lower case;
// and a topic site.yaml defines keeps its name.
func TestTopicNamesFromPapers(t *testing.T) {
	paper := func(id string, names ...string) *model.Paper {
		p := &model.Paper{ID: id}
		for _, n := range names {
			p.Topics = append(p.Topics, slug.Make(n))
			p.TopicNames = append(p.TopicNames, model.TopicName{Name: n, Line: 5})
		}
		return p
	}
	cfg := []model.TopicConfig{{Slug: "vision", Name: "Computer vision"}}
	papers := []*model.Paper{
		paper("a", "nlp", "Diffusion  Models", "vision"),
		paper("b", "NLP", "llm", "Vision", "GAN"),
		paper("c", "Nlp", "llm", "diffusion-models", "GaN"),
		paper("d", "NLP", "rl"),
	}
	want := map[string]string{
		"nlp": "NLP", "llm": "Llm", "diffusion-models": "Diffusion Models",
		"vision": "Computer vision", "gan": "GAN", "rl": "Rl",
	}
	titleCased := map[string]bool{"llm": true, "rl": true}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}} {
		var ps []*model.Paper
		for _, i := range order {
			p := *papers[i]
			ps = append(ps, &p)
		}
		got := map[string]string{}
		for _, tp := range topics(cfg, ps, "en") {
			got[tp.Slug] = tp.Name
			if tp.TitleCased != titleCased[tp.Slug] {
				t.Errorf("papers in order %v: topic %s TitleCased = %v, want %v", order, tp.Slug, tp.TitleCased, titleCased[tp.Slug])
			}
		}
		if !maps.Equal(got, want) {
			t.Errorf("papers in order %v: names %v, want %v", order, got, want)
		}
	}
}

// TestTopicNameAliases: a paper may write a topic of site.yaml by its name
// (智能体 for agents), which tags the paper with the topic's slug; but a
// name with a sign its slug drops (C++, Q*) is no name a paper can write,
// so the topic c or q a paper writes stays its own, not C++'s or Q*'s.
func TestTopicNameAliases(t *testing.T) {
	rules := []model.TopicConfig{
		{Slug: "agents", Name: "智能体"},
		{Slug: "c-plus-plus", Name: "C++"},
		{Slug: "c-sharp", Name: "C#"},
		{Slug: "q-star", Name: "Q*"},
		{Slug: "diffusion", Name: "Diffusion Models"},
	}
	for _, tt := range []struct{ topics, want []string }{
		{[]string{slug.Make("智能体")}, []string{"agents"}},
		{[]string{"diffusion-models", "diffusion"}, []string{"diffusion"}},
		{[]string{"c"}, []string{"c"}},
		{[]string{"q", "c-sharp"}, []string{"q", "c-sharp"}},
	} {
		p := &model.Paper{Title: "T", Topics: tt.topics}
		ApplyKeywordRules(rules, []*model.Paper{p})
		if !slices.Equal(p.Topics, tt.want) {
			t.Errorf("topics %q = %q, want %q", tt.topics, p.Topics, tt.want)
		}
	}
}

// TestNotTopics: a paper's not_topics: keeps the keyword rule of each
// topic it names, by slug, former slug or name, off the paper, and no
// other rule; a topic its topics: names too stays, as topics: wins.
func TestNotTopics(t *testing.T) {
	rules := []model.TopicConfig{
		{Slug: "llm", Name: "Large Language Models", Aliases: []string{"language-models"}, Keywords: []string{"LLM"}},
		{Slug: "agents", Keywords: []string{"agent"}},
	}
	for _, tt := range []struct{ topics, not, want []string }{
		{nil, nil, []string{"llm", "agents"}},
		{nil, []string{"llm"}, []string{"agents"}},
		{nil, []string{"language-models"}, []string{"agents"}},
		{nil, []string{slug.Make("Large Language Models")}, []string{"agents"}},
		{nil, []string{"llm", "agents"}, nil},
		{nil, []string{"vision"}, []string{"llm", "agents"}},
		{[]string{"llm"}, []string{"llm"}, []string{"llm", "agents"}},
	} {
		p := &model.Paper{Title: "An LLM agent", Topics: tt.topics, NotTopics: tt.not}
		ApplyKeywordRules(rules, []*model.Paper{p})
		if !slices.Equal(p.Topics, tt.want) {
			t.Errorf("topics %q, not_topics %q: topics = %q, want %q", tt.topics, tt.not, p.Topics, tt.want)
		}
	}
}

// TestTopicsOwnScriptFirst: the topics of an Arabic site list its Arabic
// names first, as its authors index does, and an English site its Latin
// ones ("3D vision" by its letter, among them), and a Japanese one its
// names in kanji and kana, a Korean one its Hangul.
func TestTopicsOwnScriptFirst(t *testing.T) {
	cfg := []model.TopicConfig{{Slug: "vision", Name: "Vision"}, {Slug: "ml", Name: "التعلم الآلي"}, {Slug: "nlp", Name: "معالجة اللغات"}, {Slug: "3d", Name: "3D vision"}, {Slug: "rl", Name: "強化学習"}, {Slug: "ko", Name: "한국어 처리"}}
	var papers []*model.Paper
	for _, c := range cfg {
		papers = append(papers, &model.Paper{ID: c.Slug, Topics: []string{c.Slug}})
	}
	for lang, want := range map[string][]string{
		"ar": {"التعلم الآلي", "معالجة اللغات", "3D vision", "Vision", "한국어 처리", "強化学習"},
		"en": {"3D vision", "Vision", "التعلم الآلي", "معالجة اللغات", "한국어 처리", "強化学習"},
		"ja": {"強化学習", "3D vision", "Vision", "التعلم الآلي", "معالجة اللغات", "한국어 처리"},
		"ko": {"한국어 처리", "強化学習", "3D vision", "Vision", "التعلم الآلي", "معالجة اللغات"},
	} {
		var got []string
		for _, tp := range topics(cfg, papers, lang) {
			got = append(got, tp.Name)
		}
		if !slices.Equal(got, want) {
			t.Errorf("topics on a site in %s: %q, want %q", lang, got, want)
		}
	}
}

// TestKeywordForms: a keyword matches its English plurals and its
// phrase with hyphens for spaces and across a line break (with a hyphen
// at the line's end or none), in either Unicode normal form, and
// neither its singular nor its words run together.
func TestKeywordForms(t *testing.T) {
	tests := []struct {
		keyword, text string
		want          bool
	}{
		{"transformer", "Stacking Your Transformers", true},
		{"bias", "social biases", true},
		{"approach", "two approaches", true},
		{"ontology", "Ontologies of science", true},
		{"day", "three days", true},
		{"day", "three daies", false},
		{"agents", "an agent", false}, // no singular: news is no new
		{"SHAP", "shapes", false},     // -es only after s, x, z, ch, sh
		{"RL", "a URL", false},
		{"self-supervised", "Self supervised pretraining", true},
		{"self-supervised", "Self‐supervised pretraining", true}, // U+2010
		{"self supervised", "self-supervised", true},
		{"self-supervised", "selfsupervised", false},
		{"fine tuning", "Efficient fine-tuning", true},
		{"fine-tuning", "fine-tunings", true},
		{"schrödinger bridge", "a Schro\u0308dinger bridge", true}, // NFD text
		{"Schro\u0308dinger", "Schrödinger bridges", true},         // NFD keyword
		{"k-means", "k-means++", true},
		// A line break is a space, and a hyphen that ends a line a hyphen.
		{"fine tuning", "efficient fine-\ntuning", true},
		{"fine-tuning", "efficient fine-\r\n   tuning", true},
		{"reinforcement learning", "deep reinforcement\nlearning", true},
		{"fine tuning", "fine- tuning", false},       // a hyphen and a space on one line
		{"reinforcement", "reinforce-\nment", false}, // a word broken by the PDF's hyphen stays two
		{"C++", "C++s", false},
	}
	for _, tt := range tests {
		p := &model.Paper{Title: "T", Body: tt.text}
		ApplyKeywordRules([]model.TopicConfig{{Slug: "x", Keywords: []string{tt.keyword}}}, []*model.Paper{p})
		if got := len(p.Topics) == 1; got != tt.want {
			t.Errorf("keyword %q in %q = %v, want %v", tt.keyword, tt.text, got, tt.want)
		}
	}
}

// TestDeletedRuleTopics: a topic an import's keyword rule gave a paper
// (imported: topics:, RuleTopics) is dropped once site.yaml defines it
// no longer, by slug, former slug or name; one the curator wrote, which
// the import did not suggest, stays.
func TestDeletedRuleTopics(t *testing.T) {
	rules := []model.TopicConfig{{Slug: "agents", Name: "Agents", Aliases: []string{"agent"}}}
	for _, tt := range []struct{ topics, rule, want []string }{
		{[]string{"models"}, []string{"models"}, nil},
		{[]string{"models", "nlp"}, []string{"models"}, []string{"nlp"}},
		{[]string{"models"}, nil, []string{"models"}},                // written by hand
		{[]string{"agents"}, []string{"agents"}, []string{"agents"}}, // still defined
		{[]string{"agent"}, []string{"agent"}, []string{"agents"}},   // a former slug
		{[]string{"nlp"}, []string{"models"}, []string{"nlp"}},       // the curator took it off already
	} {
		p := &model.Paper{Title: "T", Topics: tt.topics, RuleTopics: tt.rule}
		ApplyKeywordRules(rules, []*model.Paper{p})
		if !slices.Equal(p.Topics, tt.want) {
			t.Errorf("topics %q with imported: topics: %q = %q, want %q", tt.topics, tt.rule, p.Topics, tt.want)
		}
	}
}

// TestKeywordHits: Hits names every keyword of every rule found in a
// paper, by the topic, the keyword's index and the text it is in,
// whatever topics the paper has already.
func TestKeywordHits(t *testing.T) {
	rules := []model.TopicConfig{
		{Slug: "rl", Keywords: []string{"RL", "reward model", "policy gradient"}},
		{Slug: "speech", Keywords: []string{"speech"}},
		{Slug: "none", Keywords: []string{"GANN"}},
	}
	hits := NewKeywordRules(rules).Hits()
	p := &model.Paper{Title: "Speech with a reward model", Body: "Policy gradients,\nthen RL.", Keywords: []string{"x", "reward models"}, Topics: []string{"rl"}}
	got := hits(p, nil)
	want := []Hit{{"rl", 0, 1}, {"rl", 1, 0}, {"rl", 2, 1}, {"speech", 0, 0}}
	if !slices.Equal(got, want) {
		t.Errorf("Hits = %v, want %v", got, want)
	}
}
