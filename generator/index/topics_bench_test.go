package index

import (
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// BenchmarkKeywordRules tags one paper of a typical abstract's length
// with a site's worth of rules, words and phrases, most of which miss.
func BenchmarkKeywordRules(b *testing.B) {
	var rules []model.TopicConfig
	for _, kws := range [][]string{
		{"diffusion", "denoising", "score-based model"},
		{"large language model", "LLM", "GPT"},
		{"reinforcement learning", "RL", "reward model"},
		{"self-supervised", "contrastive learning"},
		{"fine tuning", "LoRA", "adapter"},
		{"transformer", "attention"},
		{"graph neural network", "GNN"},
		{"schrödinger bridge", "optimal transport"},
		{"強化学習", "機械学習"},
		{"agent", "tool use", "planning"},
	} {
		rules = append(rules, model.TopicConfig{Slug: kws[0], Keywords: kws})
	}
	k := NewKeywordRules(rules)
	tag := k.Tagger()
	body := strings.Repeat("We study how large language models learn from rewards, with a self-supervised objective and fine-tuning of attention layers in a transformer. ", 8)
	b.ReportAllocs()
	for b.Loop() {
		p := &model.Paper{Title: "Scaling Laws for Reward Models in RLHF", Body: body, Keywords: []string{"LLM", "alignment"}}
		tag(p)
	}
}
