package index

import (
	"slices"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestApplyKeywordRules(t *testing.T) {
	rules := []model.TopicConfig{
		{Slug: "llm", Keywords: []string{"Large Language Model", "LLM"}},
		{Slug: "rl", Keywords: []string{"reinforcement"}},
		{Slug: "vision", Keywords: []string{"ViT"}},
		{Slug: "rag", Keywords: []string{"retrieval-augmented", "C++"}},
	}
	tests := []struct {
		title, body string
		keywords    []string
		want        []string
	}{
		{"A large language model", "", nil, []string{"llm"}},
		{"LLMs", "about llm-based agents", nil, []string{"llm"}},
		{"Reinforcements", "nothing here", nil, nil},
		{"T", "Deep reinforcement learning, with a ViT.", nil, []string{"rl", "vision"}},
		{"T", "large language modeling", nil, nil},
		{"T", "", []string{"Reinforcement"}, []string{"rl"}},
		{"T", "a language model that is large", nil, nil},
		{"Retrieval-Augmented Agents", "", nil, []string{"rag"}},
		{"T", "augmented retrieval, retrieval augmented", nil, nil},
		{"T", "written in C++.", nil, []string{"rag"}},
		{"T", "written in C++20", nil, nil},
		{"T", "ViT, LLM and retrieval-augmented", nil, []string{"llm", "vision", "rag"}},
	}
	for _, tt := range tests {
		p := &model.Paper{Title: tt.title, Body: tt.body, Keywords: tt.keywords}
		ApplyKeywordRules(rules, []*model.Paper{p})
		if !slices.Equal(p.Topics, tt.want) {
			t.Errorf("topics of %q / %q = %q, want %q", tt.title, tt.body, p.Topics, tt.want)
		}
	}
}
