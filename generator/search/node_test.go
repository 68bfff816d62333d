package search

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// scriptPath is the browser script, in the default theme.
const scriptPath = "../../themes/default/static/search.js"

// TestScriptMatchesGo runs search.js under node on a built index and
// checks that it tokenises, parses, ranks and loads files exactly as
// Index does. It is skipped where node is not installed.
func TestScriptMatchesGo(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed; search.js not cross-checked")
	}
	docs := append(append(fixtureDocs(), genDocs(500)...), arabicDocs()...)
	docs = append(docs, Doc{ID: "plurals", Title: "Keys to movies on GPUs", Abstract: "a gpu, less"},
		Doc{ID: "compounds", Title: "FlashAttention-2 with QLoRA on GPT-4o", Abstract: "Real time self attention for vision-language-action models, state-of-the-art. Learned Kernels and Transformers answer queries."},
		Doc{ID: "versions", Title: "Llama 3 beats Qwen2", Authors: []string{"Wei Wang", "Lei Chen"}, Abstract: "Mistral 7B and state space models."},
		Doc{ID: "zwnj", Title: "مدل\u200cهای زبانی بزرگ", Abstract: "نشان می\u200cدهیم که مدل\u200cها بهتر می\u200cشوند."},
		Doc{ID: "cjk", Title: "日本語 言語モデル", Authors: []string{"山田 太郎", "山田 花子", "王 伟"}, Abstract: "山田 太郎 の 論文。"},
		Doc{ID: "hangul", Title: "한국어 대규모 언어 모델의 강화학습", Authors: []string{"김민수"}, Abstract: "본 논문은 한국어 대규모 언어 모델을 위한 강화학습 방법을 제안한다."},
		Doc{ID: "phrases", Title: "Selective State-Space Models", Authors: []string{"Jean-Pierre Dupont"}, Abstract: "Mixture-of-experts layers improve the model's accuracy, التعلم العميق للغة العربية."})
	files, _ := mustBuild(t, docs, Options{ShardBytes: 2 << 10, ChunkDocs: 7})
	dir := t.TempDir()
	writeFiles(t, dir, files, Dir)
	texts := []string{
		"", "  ", "Schrödinger", "schrodinger brid", "Łukasz O'Brien", "it’s x' y", "ΟΔΟΣ", "İstanbul",
		"ﬁne-tuned ＦＵＬＬ", "trans\u00adformer zero\u200bshot\u2060x\ufeffy", "機械学習 GPT", "GPT機械", "한국어", "Erdős–Rényi", "2410.07166", "🚀 launch",
		"the diffusion of", "the of ", "naïve café", "e\u0301", strings.Repeat("é", 45), "Ayşe Yılmaz",
		"diffusion models", "language agents", "robust atten", "co", "re", "a", "models ", "sparse kernels",
		"nguyen", "van der berg", "zoe", "when is", "itô-style", "revisiting",
		"機械", "学習 翻", "言語モデル", "ビデオ", "大規", "機", "翻訳 machine",
		"arXiv:2410.07166", "arxiv 2410.07166v2", "https://arxiv.org/abs/2410.07166v3", "http://www.arxiv.org/pdf/2410.07166.pdf",
		"https://huggingface.co/papers/2410.07166 diffusion", "cond-mat/0603029v1", "ARXIV:COND-MAT/0603029", "1234567v2", "2410.071661",
		"https://doi.org/10.18653/v1/2023.acl-long.1", "doi:10.18653/v1/2023.acl-long.1", "http://dx.doi.org/10.18653/V1/2023.ACL-LONG.1", "doi models",
		"https://www.biorxiv.org/content/10.1101/2024.03.01.582937v2", "medrxiv.org/content/10.1101/2024.02.10.24302615v1.full.pdf sepsis", "doi:10.1101/241000v3 ", "10.1101/gr.275995.121 ", "https://doi.org/10.1101/2024.03.01.582937V2\u00a0x",
		strings.Repeat("model diffusion sparse kernels attention language agents graph ", 3) + "ab cd ef gh ij kl mn op qr st uv wx yz robust",
		"layer ", "tokens ", "policies", "transformer ", "atention", "attentoin ", "tatention ", "xattention ", "axttention ", "ttention ", "dfifusion ", "aytention ", "schrodinger brigdes ", "revisted", "2410.07167 ", "łukas ",
		"gpu ", "gpus ", "movie ", "key ", "keys ", "les ",
		"تعلم ", "كتاب عميق", "l'IA", "l’agent ", "qu'une gpu ", "atheory ", "kernal ", "transfomer ", "quary ", "Q-LoRA", "gpt4o ", "GPT-4", "flash attention", "flash-attention ", "real-time ", "self-atten", "vision-language ", "language-action ", "state-of-the-art", "the-of ", "ResNet-50",
		"10.48550/arXiv.2410.07166", "doi:10.48550/ARXIV.2410.07166v2 ", "attention -revisited", "attention -models -the ", "-attention", `"schrödinger bridges"`, `"bridges schrödinger" `, `“state space” models`, `"real time self" attention`,
		"Łukasz Kowalski", "Zoë O'Brien ", "wei wang", "wei che", "llama 3 ", "llama3", "qwen 2", "mistral7b ", "gpt 4o ", "gpt4 ", "llama 2024",
		"فارسي", "فارسی مدل", "الکتاب", "شـامل", "المدرسه", "ـ", "يادگيري عمیق", "مصطفى", "٢٥٠٦٫٢٠٠٠٢", "۲۵۰۶.۲۰۰۰۳", "۳۰ مهمة", "١٢", "مدل\u200cهای", "مدلهای ", "مدل های ", "میشوند", "می\u200cشوند ",
		"山田太郎", "山田 太郎 ", "山田\u3000太郎 花子", "山田  太郎", `"山田 太郎"`, `"山田太郎" 論文`, `"王 伟"`, "田太",
		"모델 강화학습", "모델을", "강화학", "언어모델 ", `"언어 모델의"`, "김민수", "한국어 LLM",
		`"state-space models"`, `"Jean-Pierre Dupont"`, `"mixture-of-experts layers"`, `"the model's accuracy"`, `"التعلم العميق"`, `"العميق للغة العربية"`,
		`"flashattention-2 with"`, `"flash attention 2"`, `"llama 3 beats"`, `"vision-language-action models"`, `"language action models"`,
	}
	queries := []Query{{Topic: "theory"}, {From: "2022-02-01", To: "2022-02-10"},
		{Text: "model", Topic: "agents"}, {Text: "diffusion", From: "2022-03-01"}, {Text: "schr", Topic: "no-such"},
		{Text: "atention ", NoTypos: true}, {Text: "layer ", NoTypos: true}}
	for _, s := range texts {
		queries = append(queries, Query{Text: s})
	}
	folds := foldedRunes()
	var sentences []string
	for _, tt := range sentenceTests {
		sentences = append(sentences, tt.text)
	}
	cases, _ := json.Marshal(map[string]any{"tokens": texts, "fold": folds, "sentences": sentences, "phrases": phraseCases, "queries": queryJSON(queries)})
	casesFile := filepath.Join(dir, "cases.json")
	if err := os.WriteFile(casesFile, cases, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "testdata/harness.js", scriptPath, dir, casesFile)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("node harness.js: %v", err)
	}
	var got struct {
		Tokens  [][]string
		Index   [][]string
		Parsed  [][][2]any
		Folded  []string
		Starts  [][]string
		Phrases [][2]any
		Queries []struct {
			Hits   [][2]int64
			Loaded []string
			First  [][7]any
			Fixes  map[string]string
		}
	}
	if err := json.Unmarshal(stdout, &got); err != nil {
		t.Fatalf("node output: %v", err)
	}

	f := newFolder()
	if len(got.Folded) != len(folds) {
		t.Fatalf("search.js folded %d texts, want %d", len(got.Folded), len(folds))
	}
	for i, s := range folds {
		if want := f.Fold(s); got.Folded[i] != want {
			t.Errorf("search.js fold(%q %U) = %q, want %q as the index folds it", s, []rune(s), got.Folded[i], want)
		}
	}
	for i, s := range sentences {
		var want []string
		for _, start := range f.sentenceStarts(s) {
			want = append(want, s[start:])
		}
		if !slices.Equal(got.Starts[i], want) {
			t.Errorf("search.js sentenceStarts(%q) = %q, want %q", s, got.Starts[i], want)
		}
	}
	ix := mustOpen(t, files)
	for i, c := range phraseCases {
		toks := f.phraseTokens(c[0])
		want := [2]any{toks, ix.holdsPhrase(c[1], toks)}
		if fmt.Sprint(got.Phrases[i]) != fmt.Sprint(want) {
			t.Errorf("search.js phraseTokens(%q), holdsPhrase(%q) = %v, want %v", c[0], c[1], got.Phrases[i], want)
		}
	}
	for i, s := range texts {
		if want, _ := f.queryTokens(s); !slices.Equal(got.Tokens[i], want) && len(want)+len(got.Tokens[i]) > 0 {
			t.Errorf("search.js tokens(%q) = %q, want %q", s, got.Tokens[i], want)
		}
		var index []string
		f.tokens(s, true, func(t string) { index = append(index, t) })
		if !slices.Equal(got.Index[i], index) && len(index)+len(got.Index[i]) > 0 {
			t.Errorf("search.js tokens(%q, index) = %q, want %q", s, got.Index[i], index)
		}
		var want [][2]any
		for _, q := range parseQuery(f, s) {
			want = append(want, [2]any{q.tok, q.prefix})
		}
		if fmt.Sprint(got.Parsed[i]) != fmt.Sprint(want) && len(want)+len(got.Parsed[i]) > 0 {
			t.Errorf("search.js parseQuery(%q) = %v, want %v", s, got.Parsed[i], want)
		}
	}
	for i, q := range queries {
		ix := mustOpen(t, files)
		hits, err := ix.Search(q)
		if err != nil {
			t.Fatal(err)
		}
		var want [][2]int64
		for _, h := range hits {
			want = append(want, [2]int64{int64(h.Doc), h.Score})
		}
		js := got.Queries[i]
		if !slices.Equal(js.Hits, want) {
			t.Errorf("search.js search(%+v) = %d hits %v…, want %d %v…", q, len(js.Hits), head(js.Hits), len(want), head(want))
		}
		if fixes := ix.Corrections(); !maps.Equal(js.Fixes, fixes) {
			t.Errorf("search.js search(%+v) corrected %v, want %v", q, js.Fixes, fixes)
		}
		loaded := slices.Clone(js.Loaded)
		for j := range loaded {
			loaded[j] = Dir + loaded[j]
		}
		if fetched := ix.Fetched(); !slices.Equal(slices.Sorted(slices.Values(loaded)), slices.Sorted(slices.Values(fetched))) {
			t.Errorf("search.js search(%+v) loaded %q, want %q", q, loaded, fetched)
		}
		recs, err := ix.Records(hits[:min(PageSize, len(hits))])
		if err != nil {
			t.Fatal(err)
		}
		var wantFirst [][7]any
		for _, r := range recs {
			wantFirst = append(wantFirst, [7]any{r.URL, r.Title, r.Day, r.Topics, r.Excerpt, r.Lang, r.Withdrawn})
		}
		if fmt.Sprint(js.First) != fmt.Sprint(wantFirst) {
			t.Errorf("search.js records(%+v) = %v, want %v", q, js.First, wantFirst)
		}
	}
}

// phraseCases are quoted phrases and texts that may hold them, for
// search.js to cut and match as Index.holdsPhrase does.
var phraseCases = [][2]string{
	{"state-space models", "Selective State-Space Models"},
	{"state space models", "structured state-space models"},
	{"statespace models", "state-space models"},
	{"space state", "state-space models"},
	{"Jean-Pierre Dupont", "Jean-Pierre Dupont, Ann Lee"},
	{"the model's accuracy", "improve the model's accuracy."},
	{"model accuracy", "the model's accuracy"},
	{"التعلم العميق", "التعلم العميق للغة العربية"},
	{"تعلم عميق", "نقدم نموذجا للتعلم العميق"},
	{"FlashAttention-2 with", "FlashAttention-2 with QLoRA"},
	{"flash attention 2 with", "FlashAttention-2 with QLoRA"},
	{"vision language action models", "vision-language-action models"},
	{"visionlanguage action", "vision-language-action models"},
	{"language-action models", "vision-language-action models"},
	{"Llama 3 beats", "Llama 3 beats Qwen2"},
	{"llama-3 beats", "Llama 3 beats Qwen2"},
	{"l'analyse des", "l’analyse des données"},
	{"山田 太郎", "山田太郎の論文"},
	{"太郎の", "山田 太郎 の 論文"},
	{"田の", "山田 太郎 の 論文"},
	{"GPT模型 is", "GPT模型 is big"},
	{"", "anything"},
}

// foldedRunes is every character folding changes, one text each, for
// search.js to fold as the index does: the letters of textutil.FoldTable in both
// cases, and whatever loses an accent, changes case or decomposes in the
// blocks of the scripts the index folds (Latin, Greek, Cyrillic, Arabic,
// kana, the full-width forms and ligatures), and a few words whose letters
// fold in context (a capital Σ at a word's end).
func foldedRunes() []string {
	f := newFolder()
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, from := range slices.Sorted(maps.Keys(textutil.FoldPairs())) {
		add(from)
		add(strings.ToUpper(from))
	}
	for _, block := range [][2]rune{{0xa0, 0x52f}, {0x600, 0x6ff}, {0x1e00, 0x1fff}, {0x3040, 0x30ff}, {0xfb00, 0xfb4f}, {0xff00, 0xffef}} {
		for r := block[0]; r <= block[1]; r++ {
			if s := string(r); f.Fold(s) != s {
				add(s)
			}
		}
	}
	for _, s := range []string{"ΟΔΟΣ", "οδος", "ΣΟΦΙΑ", "Straße STRASSE", "İSTANBUL", "ﬁne", "Łódź"} {
		add(s)
	}
	return out
}

func queryJSON(qs []Query) []map[string]any {
	var out []map[string]any
	for _, q := range qs {
		out = append(out, map[string]any{"text": q.Text, "topic": q.Topic, "from": q.From, "to": q.To, "typos": !q.NoTypos})
	}
	return out
}

func head(h [][2]int64) [][2]int64 { return h[:min(5, len(h))] }
