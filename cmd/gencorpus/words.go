package main

import "strings"

// The vocabularies below are read-only; they follow
// /work/shared/bench/gencorpus.py so both corpora look alike.

// firstNames and lastNames make up author names: Latin-script names with
// diacritics, apostrophes and particles, as arXiv author lists have them.
var firstNames = []string{"Alice", "Bo", "Chen", "Dmitri", "Elif", "Fatima", "Gustavo", "Hana", "Ivan", "Jun",
	"Kwame", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Qiang", "Rosa", "Sven", "Tariq",
	"Uma", "Viktor", "Wei", "Xavier", "Yuki", "Zoë", "José", "Łukasz", "Søren", "Ayşe",
	"Ángel", "Noémie", "Jürgen", "Raphaël", "Thi", "Minh", "Sofía", "Björn", "Amir", "Leila",
	"Hiroshi", "Grace", "Omar", "Ingrid", "Rahul", "Mei", "Pablo", "Anya", "Kofi", "Elena"}

var lastNames = []string{"Smith", "Wang", "Li", "Zhang", "Müller", "García", "Nguyễn", "Kowalski", "Okafor", "Tanaka",
	"Johansson", "Dubois", "Rossi", "Kim", "Park", "Singh", "Patel", "Ivanova", "Novák", "Yılmaz",
	"O'Brien", "van der Berg", "Fernández", "Schröder", "Costa", "Haddad", "Cohen", "Lindqvist",
	"Sato", "Chatterjee", "Mendes", "Andersen", "Kovačević", "Popescu", "Nakamura", "Ahmed",
	"Brown", "Hernández", "Liu", "Chen", "Huang", "Zhao", "Wu", "Sun", "Ma", "Gupta", "Reddy",
	"Bauer", "Weber", "Fischer", "Moreau", "Lefèvre", "Björk", "Nowak", "Horvat", "Ortiz"}

// scriptNames are whole names in other scripts, which author slugs keep.
var scriptNames = []string{"王芳", "李伟", "张敏", "山田太郎", "佐藤花子", "김민준", "이서연",
	"Алексей Смирнов", "Мария Иванова", "Γιώργος Παπαδόπουλος", "Ελένη Κωνσταντίνου",
	"אברהם כהן", "محمد الأحمد", "Nguyễn Văn An", "Trần Thị Bình", "Đặng Quốc Huy"}

// titleAdjectives, titleNouns, titleTasks, titleOdd and modelNames make up
// titles; titleOdd has the non-ASCII names of mathematics.
var titleAdjectives = []string{"Scalable", "Efficient", "Robust", "Sparse", "Hierarchical", "Adaptive", "Contrastive",
	"Unified", "Latent", "Causal", "Self-Supervised", "Multimodal", "Lightweight", "Provable",
	"Zero-Shot", "Few-Shot", "Compositional", "Stochastic", "Implicit", "Dense", "Recursive",
	"Memory-Efficient", "Long-Horizon", "Differentiable", "Equivariant"}

var titleNouns = []string{"Transformers", "Diffusion", "Attention", "Reward Models", "Agents", "Retrieval",
	"Tokenizers", "Embeddings", "Policies", "World Models", "Autoencoders", "Mixtures of Experts",
	"State Space Models", "Graph Networks", "Neural Fields", "Language Models", "Planners",
	"Verifiers", "Critics", "Adapters", "Kernels", "Priors", "Curricula", "Benchmarks"}

var titleTasks = []string{"Video Generation", "Code Synthesis", "Theorem Proving", "Robot Manipulation",
	"Speech Translation", "Protein Folding", "Long-Context Reasoning", "Image Editing",
	"Weather Forecasting", "Question Answering", "Molecule Design", "Text-to-3D",
	"Instruction Following", "Tabular Data", "Autonomous Driving", "Medical Imaging",
	"Mathematical Reasoning", "Open-Vocabulary Detection", "Music Generation", "Dialogue"}

var titleOdd = []string{"Schrödinger Bridges", "Itô Calculus", "Fréchet Distances", "Gödel Machines",
	"Poincaré Embeddings", "Lévy Flights", "Erdős–Rényi Graphs", "Kähler Manifolds",
	"Rényi Divergences", "Möbius Transformations"}

var modelNames = []string{"Aurora", "Falcon", "Orca", "Mamba", "Phoenix", "Nimbus", "Atlas", "Lyra", "Quill", "Zephyr"}

// words is the vocabulary of abstracts.
var words = strings.Fields(`we propose a novel method that model models learning training data dataset benchmark
results show demonstrate improve improves performance accuracy efficiency baseline baselines
state-of-the-art approach framework task tasks representation representations latent space
attention layer layers token tokens sequence length context inference compute budget scaling
parameters trained fine-tuned pretrained evaluation across diverse settings including
synthetic real-world experiments ablation study reveals key insight trade-off between
quality diversity robustness generalization distribution shift objective loss function
gradient optimization convergence theoretical analysis bound guarantees empirical evidence
suggests simple yet effective strategy outperforms prior work by large margin while
requiring fewer resources memory footprint latency throughput open-source release code
weights further explore limitations future directions this paper introduces we find that
surprisingly modest changes lead substantial gains our analysis highlights the role of
data curation alignment preference feedback reward signal policy agent environment
planning reasoning chain intermediate steps verification retrieval corpus documents
queries images videos frames pixels audio speech text multimodal encoder decoder
architecture module component pipeline stage`)

// inlineMath are $…$ spans of the kind abstracts carry, with the
// underscores and asterisks Markdown must leave alone inside math.
var inlineMath = []string{`$O(n \log n)$`, `$\mathcal{O}(n^2)$`, `$\alpha = 0.5$`, `$x \in \mathbb{R}^d$`,
	`$p_\theta(x \mid z)$`, `$\nabla_\theta \mathcal{L}$`, `$k \ll n$`, `$\epsilon$-greedy`,
	`$1/\sqrt{d}$`, `$\sum_{i=1}^{n} w_i$`, `$\frac{1}{\sqrt{d_k}}$`, `$\sum_i x_i^* y_i$`,
	`$\mathbb{E}_{x \sim p}[f(x)]$`, `$\tilde{O}(\sqrt{T})$`, `$\lambda_{\max}$`, `$W \in \mathbb{R}^{m \times n}$`}

// displayMath are $$…$$ paragraphs.
var displayMath = []string{
	`$$\mathcal{L}(\theta) = \mathbb{E}_{x \sim p}\left[\log \frac{p_\theta(x)}{q(x)}\right]$$`,
	`$$\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{Q K^\top}{\sqrt{d_k}}\right) V$$`,
	`$$R_T = \sum_{t=1}^{T} \left( f(x_t) - f(x^*) \right) \le \tilde{O}(\sqrt{T})$$`,
}

// texisms are phrases with the TeX arXiv leaves in abstract prose: accents,
// dashes, quotes, \emph and escaped percent signs.
var texisms = []string{`Schr\"odinger bridges`, `G\"odel machines`, `Erd\H{o}s--R\'enyi graphs`,
	`Poincar\'e embeddings`, `\emph{without} retraining`, "``plug-and-play''", `50\% fewer tokens`,
	`e.g.~the baseline`, `Fr\'{e}chet distance`, `{\"U}ber-scale data`}

// codeBlocks are the bodies of fenced python blocks.
var codeBlocks = []string{
	"import torch\n\n\ndef attention(q, k, v, mask=None):\n    scores = q @ k.transpose(-2, -1) / q.shape[-1] ** 0.5\n" +
		"    if mask is not None:\n        scores = scores.masked_fill(mask == 0, float(\"-inf\"))\n" +
		"    return torch.softmax(scores, dim=-1) @ v\n",
	"from dataclasses import dataclass\n\n\n@dataclass\nclass Config:\n    hidden: int = 768\n" +
		"    layers: int = 12\n    lr: float = 3e-4\n\n\ncfg = Config(layers=24)\nprint(f\"layers={cfg.layers}\")\n",
	"def train(model, loader, opt, steps=1000):\n    for step, (x, y) in enumerate(loader):\n" +
		"        loss = model(x).cross_entropy(y)\n        loss.backward()\n        opt.step(); opt.zero_grad()\n" +
		"        if step % 100 == 0:\n            print(step, loss.item())  # log <progress> & continue\n" +
		"        if step >= steps:\n            break\n",
	"import numpy as np\n\nrng = np.random.default_rng(0)\nX = rng.normal(size=(128, 16))\n" +
		"w = np.linalg.lstsq(X, X @ np.ones(16), rcond=None)[0]\nassert np.allclose(w, 1.0)\n",
}

// oldArchives are arXiv archives of the old identifier scheme.
var oldArchives = []string{"hep-th", "cond-mat", "quant-ph", "cs", "math.PR", "physics", "stat", "nlin"}
