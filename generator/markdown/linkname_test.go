package markdown

import "testing"

func TestLinkName(t *testing.T) {
	for _, tt := range []struct{ dest, want string }{
		{"https://github.com/ann/repo", "The code on GitHub"},
		{"https://github.com/ann/repo/", "The code on GitHub"},
		{"https://github.com/ann/repo/tree/main/src", "The code on GitHub"},
		{"https://github.com/ann/repo/actions", "Build status"},
		{"https://github.com/ann/repo/actions/workflows/ci.yml", "Build status"},
		{"https://github.com/ann/repo/stargazers", unknownTarget},
		{"https://github.com/ann", unknownTarget},
		{"https://colab.research.google.com/drive/abc", "Open in Colab"},
		{"https://colab.research.google.com/github/ann/repo/blob/main/demo.ipynb", "Open in Colab"},
		{"https://arxiv.org/abs/2401.00011", "The paper on arXiv"},
		{"https://arxiv.org/pdf/2401.00011v2", "The paper's PDF on arXiv"},
		{"https://huggingface.co/papers/2401.00011", "The paper on Hugging Face"},
		{"https://huggingface.co/spaces/ann/demo", "The demo on Hugging Face"},
		{"https://huggingface.co/datasets/ann/data", "The dataset on Hugging Face"},
		{"https://huggingface.co/ann/model-7b", "The model on Hugging Face"},
		{"https://huggingface.co/docs/transformers", unknownTarget},
		{"https://doi.org/10.5281/zenodo.123", "DOI 10.5281/zenodo.123"},
		{"https://pypi.org/project/paperboy/", "The package on PyPI"},
		{"https://app.travis-ci.com/ann/repo", "Build status"},
		{"https://gitlab.com/ann/repo/-/pipelines", "Build status"},
		{"https://example.org/paper", unknownTarget},
		{"../2401.00012.md", unknownTarget},
		{"#results", unknownTarget},
	} {
		if got := linkName(tt.dest); got != tt.want {
			t.Errorf("linkName(%q) = %q, want %q", tt.dest, got, tt.want)
		}
	}
}
