package search

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// The vocabulary of ../shared/bench/gencorpus.py, the benchmark corpus,
// copied so tests run on a fresh clone.
var (
	corpusFirst = []string{
		"Alice", "Bo", "Chen", "Dmitri", "Elif", "Fatima", "Gustavo", "Hana", "Ivan", "Jun", "Kwame",
		"Lena", "Mateo", "Nadia", "Oskar", "Priya", "Qiang", "Rosa", "Sven", "Tariq", "Uma", "Viktor",
		"Wei", "Xavier", "Yuki", "Zoë", "José", "Łukasz", "Søren", "Ayşe", "Ángel", "Noémie", "Jürgen",
		"Raphaël", "Thi", "Minh", "Sofía", "Björn", "Amir", "Leila", "Hiroshi", "Grace", "Omar",
		"Ingrid", "Rahul", "Mei", "Pablo", "Anya", "Kofi", "Elena",
	}
	corpusLast = []string{
		"Smith", "Wang", "Li", "Zhang", "Müller", "García", "Nguyễn", "Kowalski", "Okafor", "Tanaka",
		"Johansson", "Dubois", "Rossi", "Kim", "Park", "Singh", "Patel", "Ivanova", "Novák", "Yılmaz",
		"O'Brien", "van der Berg", "Fernández", "Schröder", "Costa", "Haddad", "Cohen", "Lindqvist",
		"Sato", "Chatterjee", "Mendes", "Andersen", "Kovačević", "Popescu", "Nakamura", "Ahmed", "Brown",
		"Hernández", "Liu", "Chen", "Huang", "Zhao", "Wu", "Sun", "Ma", "Gupta", "Reddy", "Bauer",
		"Weber", "Fischer", "Moreau", "Lefèvre", "Björk", "Nowak", "Horvat", "Ortiz",
	}
	corpusTopics = []string{
		"large-language-models", "diffusion-models", "reinforcement-learning", "computer-vision",
		"speech-recognition", "machine-translation", "graph-neural-networks", "robotics", "multimodal",
		"retrieval-augmented-generation", "code-generation", "mathematical-reasoning",
		"efficient-inference", "quantization", "pruning", "distillation", "alignment", "rlhf", "safety",
		"interpretability", "benchmarks", "datasets", "video-generation", "3d-vision", "nerf",
		"gaussian-splatting", "image-editing", "text-to-image", "text-to-speech", "audio-generation",
		"agents", "tool-use", "long-context", "state-space-models", "mixture-of-experts", "transformers",
		"optimization", "federated-learning", "privacy", "causal-inference", "time-series",
		"recommender-systems", "medical-imaging", "protein-design", "chemistry", "physics-informed",
		"weather-forecasting", "theory", "scaling-laws", "continual-learning", "meta-learning",
		"self-supervised-learning", "contrastive-learning", "segmentation", "object-detection", "ocr",
		"embodied-ai", "autonomous-driving", "world-models", "evaluation",
	}
	corpusAdj = []string{
		"Scalable", "Efficient", "Robust", "Sparse", "Hierarchical", "Adaptive", "Contrastive",
		"Unified", "Latent", "Causal", "Self-Supervised", "Multimodal", "Lightweight", "Provable",
		"Zero-Shot", "Few-Shot", "Compositional", "Stochastic", "Implicit", "Dense", "Recursive",
		"Memory-Efficient", "Long-Horizon", "Differentiable", "Equivariant",
	}
	corpusNoun = []string{
		"Transformers", "Diffusion", "Attention", "Reward Models", "Agents", "Retrieval", "Tokenizers",
		"Embeddings", "Policies", "World Models", "Autoencoders", "Mixtures of Experts",
		"State Space Models", "Graph Networks", "Neural Fields", "Language Models", "Planners",
		"Verifiers", "Critics", "Adapters", "Kernels", "Priors", "Curricula", "Benchmarks",
	}
	corpusTask = []string{
		"Video Generation", "Code Synthesis", "Theorem Proving", "Robot Manipulation",
		"Speech Translation", "Protein Folding", "Long-Context Reasoning", "Image Editing",
		"Weather Forecasting", "Question Answering", "Molecule Design", "Text-to-3D",
		"Instruction Following", "Tabular Data", "Autonomous Driving", "Medical Imaging",
		"Mathematical Reasoning", "Open-Vocabulary Detection", "Music Generation", "Dialogue",
	}
	corpusOdd = []string{
		"Schrödinger Bridges", "Itô Calculus", "Fréchet Distances", "Gödel Machines",
		"Poincaré Embeddings", "Lévy Flights", "Erdős–Rényi Graphs", "Kähler Manifolds",
		"Rényi Divergences", "Möbius Transformations",
	}
	corpusNames = []string{
		"Aurora", "Falcon", "Orca", "Mamba", "Phoenix", "Nimbus", "Atlas", "Lyra", "Quill", "Zephyr",
	}
	corpusWords = []string{
		"we", "propose", "a", "novel", "method", "that", "model", "models", "learning", "training",
		"data", "dataset", "benchmark", "results", "show", "demonstrate", "improve", "improves",
		"performance", "accuracy", "efficiency", "baseline", "baselines", "state-of-the-art", "approach",
		"framework", "task", "tasks", "representation", "representations", "latent", "space",
		"attention", "layer", "layers", "token", "tokens", "sequence", "length", "context", "inference",
		"compute", "budget", "scaling", "parameters", "trained", "fine-tuned", "pretrained",
		"evaluation", "across", "diverse", "settings", "including", "synthetic", "real-world",
		"experiments", "ablation", "study", "reveals", "key", "insight", "trade-off", "between",
		"quality", "diversity", "robustness", "generalization", "distribution", "shift", "objective",
		"loss", "function", "gradient", "optimization", "convergence", "theoretical", "analysis",
		"bound", "guarantees", "empirical", "evidence", "suggests", "simple", "yet", "effective",
		"strategy", "outperforms", "prior", "work", "by", "large", "margin", "while", "requiring",
		"fewer", "resources", "memory", "footprint", "latency", "throughput", "open-source", "release",
		"code", "weights", "further", "explore", "limitations", "future", "directions", "this", "paper",
		"introduces", "we", "find", "that", "surprisingly", "modest", "changes", "lead", "substantial",
		"gains", "our", "analysis", "highlights", "the", "role", "of", "data", "curation", "alignment",
		"preference", "feedback", "reward", "signal", "policy", "agent", "environment", "planning",
		"reasoning", "chain", "intermediate", "steps", "verification", "retrieval", "corpus",
		"documents", "queries", "images", "videos", "frames", "pixels", "audio", "speech", "text",
		"multimodal", "encoder", "decoder", "architecture", "module", "component", "pipeline", "stage",
	}
)

// genDocs returns n synthetic papers like gencorpus.py's: titles from its
// patterns, 2–12 authors from a recurring pool, 1–4 of about 60 topics,
// abstracts of 120–250 words, about 25 papers a day, oldest first.
// The same n always gives the same docs.
func genDocs(n int) []Doc {
	r := rand.New(rand.NewPCG(1, uint64(n)))
	pool := make([]string, max(200, n/4))
	for i := range pool {
		nm := pick(r, corpusFirst) + " " + pick(r, corpusLast)
		if r.Float64() < 0.3 {
			nm = fmt.Sprintf("%s %c. %s", pick(r, corpusFirst), 'A'+r.IntN(26), pick(r, corpusLast))
		}
		pool[i] = nm
	}
	days := max(1, n/25)
	docs := make([]Doc, n)
	for i := range docs {
		day := time.Date(2022, 1, 3, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i*days/n)
		date := day.Format(time.DateOnly)
		id := fmt.Sprintf("%s.%05d", day.Format("0601"), i+1)
		d := Doc{ID: id, URL: "papers/" + id + "/", Title: genTitle(r), Day: date}
		for len(d.Authors) < 2+r.IntN(11) {
			a := pool[min(len(pool)-1, int(float64(len(pool))*r.Float64()*r.Float64()))]
			if !slices.Contains(d.Authors, a) {
				d.Authors = append(d.Authors, a)
			}
		}
		for len(d.Topics) < 1+r.IntN(4) {
			t := corpusTopics[min(len(corpusTopics)-1, int(float64(len(corpusTopics))*r.Float64()*r.Float64()))]
			if !slices.Contains(d.Topics, t) {
				d.Topics = append(d.Topics, t)
				d.TopicNames = append(d.TopicNames, strings.ToUpper(t[:1])+strings.ReplaceAll(t[1:], "-", " "))
			}
		}
		var w []string
		for target := 120 + r.IntN(131); len(w) < target; {
			w = append(w, pick(r, corpusWords))
			if r.IntN(14) == 0 {
				w[len(w)-1] += "."
			}
		}
		d.Abstract = strings.Join(w, " ") + "."
		docs[i] = d
	}
	return docs
}

func genTitle(r *rand.Rand) string {
	switch k := r.Float64(); {
	case k < 0.25:
		return fmt.Sprintf("%s: %s %s for %s", pick(r, corpusNames), pick(r, corpusAdj), pick(r, corpusNoun), pick(r, corpusTask))
	case k < 0.40:
		return fmt.Sprintf("%s & %s: Revisiting %s", pick(r, corpusNoun), pick(r, corpusNoun), pick(r, corpusTask))
	case k < 0.50:
		return fmt.Sprintf("%s %s via %s", pick(r, corpusAdj), pick(r, corpusNoun), pick(r, corpusOdd))
	case k < 0.58:
		return fmt.Sprintf("When Is \"%s\" Enough? %s <%s> at Scale", pick(r, corpusAdj), pick(r, corpusNoun), pick(r, corpusTask))
	case k < 0.64:
		return fmt.Sprintf("Itô-style %s: It's Not What You Think", pick(r, corpusNoun))
	default:
		return fmt.Sprintf("%s %s for %s", pick(r, corpusAdj), pick(r, corpusNoun), pick(r, corpusTask))
	}
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }
