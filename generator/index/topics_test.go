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
	}
	for _, tt := range tests {
		p := &model.Paper{Title: tt.title, Body: tt.body, Keywords: tt.keywords}
		ApplyKeywordRules(rules, []*model.Paper{p})
		if !slices.Equal(p.Topics, tt.want) {
			t.Errorf("topics of %q / %q = %q, want %q", tt.title, tt.body, p.Topics, tt.want)
		}
	}
}
