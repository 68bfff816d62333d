package importer_test

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// samples are the real responses in testdata, each imported into its own site.
var samples = []string{
	"daily_papers_2024-05-27.json",
	"daily_papers_2025-06-16.json",
	"daily_papers_2026-07-09.json",
	"legacy-2016_id_list-1111.2011v2.xml",
	"legacy-2016_search-del_maestro-checkerboard.xml",
	"current-2026_id_list-1605.08386.xml",
	"current-2026_search-all-testing-max10.xml",
}

// TestSamplesGolden imports each sample into an empty site and compares
// every file written with testdata/golden/<sample>/ (refresh with -update).
func TestSamplesGolden(t *testing.T) {
	for _, name := range samples {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			importSample(t, dir, name)
			got := snapshot(t, dir)
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, filepath.Ext(name)))
			if *update {
				os.RemoveAll(golden)
				for p, data := range got {
					writeFile(t, golden, p, data)
				}
				return
			}
			sameFiles(t, "golden "+name, got, snapshot(t, golden))
		})
	}
}

// built parses every file of the site the way the build does.
func built(t *testing.T, dir string) (map[string]*model.Paper, map[string]*model.Day) {
	t.Helper()
	papers, days := map[string]*model.Paper{}, map[string]*model.Day{}
	for p, data := range snapshot(t, dir) {
		switch {
		case strings.HasPrefix(p, "content/papers/"):
			paper, err := parse.Paper(p, []byte(data), parse.DefaultLimits())
			if err != nil {
				t.Fatalf("the build refuses %s: %v\n%s", p, err, data)
			}
			papers[paper.ID] = paper
		case strings.HasPrefix(p, "content/days/"):
			day, _, err := parse.Day(p, []byte(data), parse.DefaultLimits())
			if err != nil {
				t.Fatalf("the build refuses %s: %v\n%s", p, err, data)
			}
			days[day.Slug] = day
		}
	}
	return papers, days
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t, _ = time.Parse(time.DateOnly, s)
	}
	return t
}

// TestSamplesFields imports each sample and checks, through the build's own
// parser, the fields of each paper against the source data.
func TestSamplesFields(t *testing.T) {
	type check struct {
		id   string
		test func(p *model.Paper) bool
		what string
	}
	tests := []struct {
		sample string
		day    string
		ids    []string // the papers, all dated on day
		checks []check
	}{
		{"daily_papers_2024-05-27.json", "2024-05-27",
			[]string{"2405.15738", "2405.15574", "2405.15071", "2405.15032", "2405.15682", "2405.15319", "2405.14979", "2405.15223", "2405.14908", "2405.14906", "2405.15613", "2405.15216", "2405.15125"},
			[]check{
				{"2405.15738", func(p *model.Paper) bool {
					return p.Title == "ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models"
				}, "title unwrapped"},
				{"2405.15738", func(p *model.Paper) bool {
					return len(p.Authors) == 9 && p.Authors[0] == "Chunjiang Ge" && p.Authors[8] == "Bo Zheng"
				}, "authors"},
				{"2405.15738", func(p *model.Paper) bool {
					return p.Upvotes == 32 && p.Comments == 3 && p.Stars == 0 && p.Code == "" && p.AISummary == ""
				}, "upvotes 32, comments 3, no code"},
				{"2405.15738", func(p *model.Paper) bool {
					return p.Published.Equal(at("2024-05-24T17:34:15Z")) && p.Date.Equal(at("2024-05-27")) && p.ArXiv == "2405.15738"
				}, "dates and arxiv id"},
				{"2405.15738", func(p *model.Paper) bool {
					return strings.HasPrefix(p.Body, "High-resolution Large Multimodal Models (LMMs) encounter the challenges of excessive visual tokens") &&
						strings.HasSuffix(p.Body, "https://github.com/alibaba/conv-llava.\n")
				}, "abstract unwrapped"},
				{"2405.15032", func(p *model.Paper) bool { return strings.Contains(p.Body, `(\"Ust\"un et al., 2024)`) }, "TeX accents kept"},
				{"2405.15319", func(p *model.Paper) bool {
					return strings.Contains(p.Body, `G\_{stack}`) && strings.Contains(p.Body, `54.6\%`)
				}, "underscore escaped, \\% kept"},
				{"2405.14906", func(p *model.Paper) bool { return strings.Contains(p.Body, `\textsc{AIEV-Instruct}`) }, "TeX command kept"},
			}},
		{"daily_papers_2025-06-16.json", "2025-06-16",
			[]string{"2506.11924", "2506.10892", "2506.11928", "2506.09427", "2506.09366", "2506.08477", "2506.11702", "2506.09600", "2506.08592"},
			[]check{
				{"2506.11924", func(p *model.Paper) bool {
					return p.Code == "https://github.com/cvlab-kaist/MoAI" && p.Project == "https://cvlab-kaist.github.io/MoAI/"
				}, "code and project"},
				{"2506.11924", func(p *model.Paper) bool {
					return p.Upvotes == 20 && p.Comments == 1 && p.Published.Equal(at("2025-06-13T16:19:00Z"))
				}, "counts and published"},
				{"2506.11924", func(p *model.Paper) bool {
					return strings.HasPrefix(p.AISummary, "A diffusion-based framework generates aligned novel views") &&
						len(p.Keywords) == 11 && p.Keywords[0] == "diffusion-based framework" && p.Keywords[10] == "3D completion"
				}, "ai summary and keywords"},
				{"2506.09427", func(p *model.Paper) bool {
					return strings.Count(p.Body, "\n\n") == 2 && strings.Contains(p.Body, "synergy.\n\nExperimental studies")
				}, "indented lines start paragraphs"},
				{"2506.11928", func(p *model.Paper) bool {
					return p.Title == "LiveCodeBench Pro: How Do Olympiad Medalists Judge LLMs in Competitive Programming?"
				}, "title"},
			}},
		{"daily_papers_2026-07-09.json", "2026-07-09",
			[]string{"2607.07708", "2607.07608", "2607.07675", "2607.07534", "2607.04434", "2607.06838", "2607.04939"},
			[]check{
				{"2607.07675", func(p *model.Paper) bool {
					return p.Stars == 77 && p.Upvotes == 33 && p.Comments == 0 && p.Code == "https://github.com/robbyant/lingbot-video" &&
						p.Project == "https://technology.robbyant.com/lingbot-video"
				}, "stars, counts, links"},
				{"2607.07708", func(p *model.Paper) bool { return len(p.Authors) == 29 && strings.Contains(p.Body, `F\_{max}`) }, "authors and escaped _"},
				{"2607.04939", func(p *model.Paper) bool { return strings.Contains(p.Body, "\\`\\`real-time''") }, "backticks escaped"},
				{"2607.07608", func(p *model.Paper) bool { return p.Project == "" && p.Stars == 0 && p.Code != "" }, "no project"},
			}},
		{"legacy-2016_id_list-1111.2011v2.xml", "2016-10-09", []string{"1111.2011"},
			[]check{
				{"1111.2011", func(p *model.Paper) bool {
					return p.Version == 2 && p.Title == "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit"
				}, "version and title"},
				{"1111.2011", func(p *model.Paper) bool {
					return slices.Equal(p.Authors, []string{"James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"})
				}, "authors"},
				{"1111.2011", func(p *model.Paper) bool {
					return p.Published.Equal(at("2011-11-08T18:48:36Z")) && p.Updated.Equal(at("2012-04-02T12:38:54Z"))
				}, "published and updated"},
				{"1111.2011", func(p *model.Paper) bool {
					return p.DOI == "10.1103/PhysRevB.85.115117" && p.JournalRef == "Phys. Rev. B 85, 115117 (2012)" &&
						p.Comment == "8 pages, 3 figures. Published version"
				}, "doi, journal ref, comment"},
				{"1111.2011", func(p *model.Paper) bool {
					return p.PrimaryCategory == "cond-mat.str-el" && slices.Equal(p.Categories, []string{"cond-mat.str-el", "cond-mat.stat-mech"}) &&
						p.PDF == "https://arxiv.org/pdf/1111.2011v2"
				}, "categories and pdf"},
				{"1111.2011", func(p *model.Paper) bool {
					return strings.HasPrefix(p.Body, "Theoretical description of anisotropic systems, such as layered superconductors") &&
						!strings.Contains(strings.TrimSpace(p.Body), "\n")
				}, "abstract unwrapped into one paragraph"},
			}},
		{"legacy-2016_search-del_maestro-checkerboard.xml", "2016-10-09", []string{"cond-mat/0603029"},
			[]check{
				{"cond-mat/0603029", func(p *model.Paper) bool {
					return p.Slug == "cond-mat-0603029" && p.Version == 1 && p.Source == "content/papers/cond-mat-0603029.md"
				}, "old-style id"},
				{"cond-mat/0603029", func(p *model.Paper) bool {
					return p.DOI == "10.1103/PhysRevB.74.024520" && slices.Equal(p.Categories, []string{"cond-mat.str-el", "cond-mat.supr-con"})
				}, "doi and categories"},
			}},
		{"current-2026_id_list-1605.08386.xml", "2026-04-12", []string{"1605.08386"},
			[]check{
				{"1605.08386", func(p *model.Paper) bool {
					return p.Comment == "20 pages, 3 figures" && p.PrimaryCategory == "math.CO" && p.DOI == "" && p.JournalRef == "" &&
						slices.Equal(p.Authors, []string{"Caprice Stanley", "Tobias Windisch"}) && p.Title == "Heat-bath random walks with Markov bases"
				}, "current format fields"},
			}},
		{"current-2026_search-all-testing-max10.xml", "2026-04-12",
			[]string{"2202.12139", "2405.13786", "2005.14124", "2204.08348", "2302.03287", "1202.4527", "2503.05378", "1205.1866", "2502.07719", "1812.11470"},
			[]check{
				{"2405.13786", func(p *model.Paper) bool {
					return slices.Equal(p.Authors, []string{"Aurora Ramírez", "Mario Berrios", "José Raúl Romero", "Robert Feldt"})
				}, "mojibake repaired"},
				{"2302.03287", func(p *model.Paper) bool {
					return p.Title == "ChatGPT and Software Testing Education: Promises & Perils"
				}, "entity decoded"},
				{"1812.11470", func(p *model.Paper) bool { return strings.Count(p.Body, "\n\n") == 3 }, "four paragraphs"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.sample, func(t *testing.T) {
			dir := t.TempDir()
			importSample(t, dir, tt.sample)
			papers, days := built(t, dir)
			if len(days) > 0 { // the papers' dates put them on the day
				t.Errorf("the import wrote day files %v; want none", slices.Collect(maps.Keys(days)))
			}
			if len(papers) != len(tt.ids) {
				t.Errorf("%d paper files, want %d", len(papers), len(tt.ids))
			}
			for _, id := range tt.ids {
				if p := papers[id]; p == nil || p.Title == "" || len(p.Authors) == 0 || p.Body == "" {
					t.Errorf("paper %s is missing or lacks title, authors or abstract", id)
				} else if got := p.Date.Format(time.DateOnly); got != tt.day {
					t.Errorf("paper %s is dated %s, want %s", id, got, tt.day)
				}
			}
			for _, c := range tt.checks {
				if p := papers[c.id]; p == nil || !c.test(p) {
					t.Errorf("%s: %s: wrong; got %+v", c.id, c.what, p)
				}
			}
		})
	}
}
