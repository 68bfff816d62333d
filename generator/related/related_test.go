package related

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// ids returns the IDs of docs[idx...] joined by spaces.
func ids(docs []Doc, idx []int) string {
	var s []string
	for _, i := range idx {
		s = append(s, docs[i].ID)
	}
	return strings.Join(s, " ")
}

// tiny is three diffusion papers and three reinforcement-learning papers.
func tiny() []Doc {
	return []Doc{
		{ID: "d1", Title: "Denoising Diffusion Models for Image Synthesis",
			Text: "We train a denoising diffusion model whose score network removes Gaussian noise step by step to synthesise images."},
		{ID: "r1", Title: "Policy Gradients with Learned Rewards",
			Text: "An agent improves its policy from reward signals in a simulated environment, using policy gradient updates."},
		{ID: "d2", Title: "Faster Sampling for Diffusion Models",
			Text: "A new sampler cuts the denoising steps of diffusion models; image quality and noise schedules are studied."},
		{ID: "r2", Title: "Offline Reinforcement Learning for Robot Control",
			Text: "From logged episodes, the agent learns a policy that maximises reward without exploring the environment."},
		{ID: "d3", Title: "Latent Diffusion for High-Resolution Images",
			Text: "Running the diffusion process in a latent space with a score network makes denoising of large images cheap."},
		{ID: "r3", Title: "Exploration Bonuses in Reinforcement Learning",
			Text: "Agents that explore their environment with an intrinsic reward find better policies in sparse-reward games."},
	}
}

func TestFindGroups(t *testing.T) {
	docs := tiny()
	got := Find(docs, 2, Options{})
	want := map[string]string{ // each paper's group, without itself, in any order
		"d1": "d2 d3", "d2": "d1 d3", "d3": "d1 d2",
		"r1": "r2 r3", "r2": "r1 r3", "r3": "r1 r2",
	}
	for i, d := range docs {
		g := strings.Fields(ids(docs, got[i]))
		slices.Sort(g)
		if s := strings.Join(g, " "); s != want[d.ID] {
			t.Errorf("Find(tiny, 2)[%s] = %q, want %q in some order", d.ID, ids(docs, got[i]), want[d.ID])
		}
	}
}

func TestFindCases(t *testing.T) {
	same := "graph neural networks pass messages along edges"
	tests := []struct {
		name string
		docs []Doc
		k    int
		opts Options
		want []string // each doc's related IDs, space-separated
	}{
		{
			name: "ties by id",
			docs: []Doc{{ID: "q", Text: same}, {ID: "z", Text: same}, {ID: "m", Text: same}, {ID: "b", Text: same}},
			k:    3,
			want: []string{"b m z", "b m q", "b q z", "m q z"},
		},
		{
			name: "equal ids by index",
			docs: []Doc{{ID: "x", Text: same}, {ID: "a", Text: same}, {ID: "a", Text: same}},
			k:    2,
			want: []string{"a a", "a x", "a x"},
		},
		{
			name: "k larger than corpus",
			docs: []Doc{{ID: "a", Text: "sparse attention kernels"}, {ID: "b", Text: "attention kernels"}, {ID: "c", Text: "attention"}},
			k:    10,
			want: []string{"b c", "a c", "b a"},
		},
		{
			name: "empty and stopword-only docs",
			docs: []Doc{{ID: "a", Text: "protein folding"}, {ID: "e"}, {ID: "s", Title: "The", Text: "we and of the $x$"}, {ID: "b", Text: "protein design"}},
			k:    5,
			want: []string{"b", "", "", "a"},
		},
		{
			name: "no shared terms",
			docs: []Doc{{ID: "a", Text: "protein folding"}, {ID: "b", Text: "speech recognition"}},
			k:    5,
			want: []string{"", ""},
		},
		{
			name: "k zero",
			docs: []Doc{{ID: "a", Text: same}, {ID: "b", Text: same}},
			k:    0,
			want: []string{"", ""},
		},
		{
			name: "one doc",
			docs: []Doc{{ID: "a", Text: same}},
			k:    5,
			want: []string{""},
		},
		{
			name: "no docs",
			k:    5,
			want: []string{},
		},
		{
			name: "unicode",
			docs: []Doc{
				{ID: "de1", Title: "Schrödinger-Brücken für Diffusion", Text: "Brücken zwischen Verteilungen, gelöst mit Itô-Kalkül."},
				{ID: "el", Title: "Ρομπότ και μάθηση", Text: "Ένα ρομπότ μαθαίνει να πιάνει αντικείμενα."},
				{ID: "de2", Title: "SCHRÖDINGER BRÜCKEN", Text: "Optimaler Transport zwischen Verteilungen."},
				{ID: "zh", Title: "扩散模型", Text: "扩散模型 生成 图像"},
				{ID: "el2", Title: "Μάθηση ρομπότ", Text: "ΡΟΜΠΌΤ"},
			},
			k:    1,
			want: []string{"de2", "el2", "de1", "", "el"},
		},
		{
			name: "accents fold",
			docs: []Doc{
				{ID: "a", Title: "Spectral Bounds for Schrödinger Bridges", Text: "Schrödinger bridges between Erdős–Rényi graphs."},
				{ID: "b", Title: "Schrodinger Potentials of Erdos-Renyi Type", Text: "After Schrodinger, Erdos and Renyi."},
				{ID: "c", Title: "Cooking Pasta with Spectral Methods", Text: "Spectral methods for pasta."},
				{ID: "d", Title: "Schro\u0308dinger Operators", Text: "Pasted from a PDF: an o and a combining diaeresis."},
			},
			k:    1,
			want: []string{"b", "a", "a", "b"},
		},
		{
			name: "chinese, japanese and korean by pairs of characters",
			docs: []Doc{
				{ID: "ja1", Title: "大規模言語モデルの日本語評価", Text: "本研究では大規模言語モデルの日本語能力を評価する。"},
				{ID: "ja2", Title: "大規模言語モデルによる日本語翻訳", Text: "大規模言語モデルを用いた日本語翻訳の手法を提案する。"},
				{ID: "zh", Title: "扩散模型的图像生成", Text: "我们提出一种新的扩散模型。"},
				{ID: "zh2", Title: "基于扩散模型的视频生成", Text: "扩散模型生成视频。"},
				{ID: "ko1", Title: "언어 모델의 평가", Text: "언어 모델을 평가한다."},
				{ID: "ko2", Title: "언어모델 학습", Text: "언어모델의 학습 방법."},
			},
			k:    1,
			want: []string{"ja2", "ja1", "zh2", "zh", "ko2", "ko1"},
		},
		{
			name: "unlisted docs are on no list",
			docs: []Doc{
				{ID: "a", Text: "sparse random graphs phase transitions"},
				{ID: "w", Text: "sparse random graphs phase transitions", Unlisted: true},
				{ID: "b", Text: "random graphs"},
				{ID: "w2", Text: "random graphs", Unlisted: true},
			},
			k:    2,
			want: []string{"b", "a b", "a", "b a"},
		},
		{
			name: "topics break a tie",
			docs: []Doc{
				{ID: "q", Text: same, Topics: []string{"gnn"}},
				{ID: "a", Text: same + " today", Topics: []string{"vision"}},
				{ID: "b", Text: same + " today", Topics: []string{"gnn"}},
			},
			k:    1,
			want: []string{"b", "b", "q"},
		},
		{
			name: "max posting drops common terms",
			docs: []Doc{{ID: "a", Text: "common alpha"}, {ID: "b", Text: "common beta"}, {ID: "c", Text: "common gamma"}},
			k:    2,
			opts: Options{MaxPosting: 2},
			want: []string{"", "", ""},
		},
		{
			name: "max posting keeps rarer terms",
			docs: []Doc{{ID: "a", Text: "common alpha"}, {ID: "b", Text: "common alpha"}, {ID: "c", Text: "common gamma"}},
			k:    2,
			opts: Options{MaxPosting: 2},
			want: []string{"b", "a", ""},
		},
		{
			name: "terms per doc",
			docs: []Doc{{ID: "a", Title: "alpha", Text: "beta"}, {ID: "b", Text: "beta"}, {ID: "c", Text: "alpha"}},
			k:    2,
			opts: Options{TermsPerDoc: 1},
			want: []string{"c", "", "a"},
		},
		{
			name: "all terms kept",
			docs: []Doc{{ID: "a", Title: "alpha", Text: "beta"}, {ID: "b", Text: "beta"}, {ID: "c", Text: "alpha"}},
			k:    2,
			want: []string{"c b", "a", "a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.docs, tt.k, tt.opts)
			if len(got) != len(tt.docs) {
				t.Fatalf("len(Find(docs, %d)) = %d, want %d", tt.k, len(got), len(tt.docs))
			}
			for i, d := range tt.docs {
				if s := ids(tt.docs, got[i]); s != tt.want[i] {
					t.Errorf("Find(docs, %d, %+v)[%s] = %q, want %q", tt.k, tt.opts, d.ID, s, tt.want[i])
				}
			}
		})
	}
}

func TestDuplicateTopicsCountOnce(t *testing.T) {
	docs := func(topics ...string) []Doc {
		return []Doc{
			{ID: "q", Text: "graph networks", Topics: topics},
			{ID: "a", Text: "graph kernels", Topics: []string{"gnn"}},
		}
	}
	opts := Options{}.withDefaults(2)
	once, _ := vectors(docs("gnn"), opts)
	many, _ := vectors(docs("gnn", "gnn", " gnn ", "gnn"), opts)
	if !reflect.DeepEqual(many, once) {
		t.Errorf("vectors(topics gnn ×4) = %v, want %v (topics gnn)", many, once)
	}
}

func TestFindBestFirst(t *testing.T) {
	docs := []Doc{
		{ID: "q", Text: "sparse mixture experts routing load balancing"},
		{ID: "far", Text: "routing packets"},
		{ID: "near", Text: "sparse mixture experts routing"},
		{ID: "mid", Text: "mixture experts"},
	}
	got := ids(docs, Find(docs, 3, Options{})[0])
	if want := "near mid far"; got != want {
		t.Errorf("Find(docs, 3)[q] = %q, want %q", got, want)
	}
}

func TestFindDeterministic(t *testing.T) {
	c := generate(corpusSpec{docs: 3000, topics: 20, topicWords: 80, rareWords: 2000, topical: 0.3, seed: 7})
	want := Find(c.docs, 5, Options{Workers: 1})
	for _, workers := range []int{1, 2, 3, 4, 16} {
		got := Find(c.docs, 5, Options{Workers: workers})
		if !reflect.DeepEqual(got, want) {
			for i := range got {
				if !slices.Equal(got[i], want[i]) {
					t.Fatalf("Find(docs, 5, Workers: %d)[%d] = %v, want %v (Workers: 1)", workers, i, got[i], want[i])
				}
			}
		}
	}
}

func TestFindInvalidUTF8(t *testing.T) {
	docs := []Doc{
		{ID: "a", Title: "\xff\xfe model\xc3", Text: "diffusion\xe2\x82 mod\xffel"},
		{ID: "b", Title: "\xc0\xaf", Text: "diffusion model \xed\xa0\x80"},
		{ID: "c", Topics: []string{"\xff", "", " "}},
	}
	got := Find(docs, 2, Options{})
	for i, want := range []string{"b", "a", ""} {
		if s := ids(docs, got[i]); s != want {
			t.Errorf("Find(invalid UTF-8 docs, 2)[%s] = %q, want %q", docs[i].ID, s, want)
		}
	}
}

func TestFindNeverListsSelfOrRepeats(t *testing.T) {
	c := generate(corpusSpec{docs: 500, topics: 10, topicWords: 40, rareWords: 200, topical: 0.3, seed: 3})
	for i, rel := range Find(c.docs, 8, Options{}) {
		seen := map[int]bool{i: true}
		for _, j := range rel {
			if seen[j] {
				t.Fatalf("Find(docs, 8)[%d] = %v: lists %d twice or itself", i, rel, j)
			}
			seen[j] = true
		}
		if len(rel) > 8 {
			t.Fatalf("len(Find(docs, 8)[%d]) = %d, want at most 8", i, len(rel))
		}
	}
}

func ExampleFind() {
	docs := []Doc{
		{ID: "2401.00001", Title: "Denoising Diffusion Models", Text: "Diffusion models remove noise from images."},
		{ID: "2401.00002", Title: "Policy Optimisation", Text: "An agent learns a policy from rewards."},
		{ID: "2401.00003", Title: "Fast Diffusion Sampling", Text: "Fewer denoising steps for diffusion models."},
	}
	for i, rel := range Find(docs, 5, Options{}) {
		fmt.Printf("%s → [%s]\n", docs[i].ID, ids(docs, rel))
	}
	// Output:
	// 2401.00001 → [2401.00003]
	// 2401.00002 → []
	// 2401.00003 → [2401.00001]
}
