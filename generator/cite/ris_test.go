package cite

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// risLine is a line of a RIS record as readers split it: "TG  - value".
var risLine = regexp.MustCompile(`^([A-Z][A-Z0-9])  - (.*)$`)

// readRIS reads one RIS record as the RIS specification lays it out and
// Zotero's RIS translator reads it: lines ended by CR LF, each a tag, two
// spaces, a hyphen, a space and the value; TY first and ER last. It
// returns the values of each tag in order.
func readRIS(s string) (map[string][]string, error) {
	if !strings.HasSuffix(s, "\r\n") {
		return nil, fmt.Errorf("the record does not end with CR LF")
	}
	lines := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	tags := map[string][]string{}
	for i, l := range lines {
		m := risLine.FindStringSubmatch(l)
		if m == nil {
			return nil, fmt.Errorf("line %d is no RIS tag line: %q", i+1, l)
		}
		switch {
		case i == 0 && m[1] != "TY":
			return nil, fmt.Errorf("the record starts with %s, not TY", m[1])
		case i == len(lines)-1 && (m[1] != "ER" || m[2] != ""):
			return nil, fmt.Errorf("the record ends with %q, not ER", l)
		case i > 0 && i < len(lines)-1 && (m[1] == "TY" || m[1] == "ER"):
			return nil, fmt.Errorf("line %d starts a record or ends one inside it: %q", i+1, l)
		case strings.ContainsAny(m[2], "\r\n"):
			return nil, fmt.Errorf("line %d has a line break in its value", i+1)
		}
		tags[m[1]] = append(tags[m[1]], m[2])
	}
	return tags, nil
}

func TestRIS(t *testing.T) {
	preprint := &model.Paper{ID: "2106.09685", Slug: "2106.09685", ArXiv: "2106.09685",
		Title:     "LoRA: Low-Rank Adaptation of $\\alpha$ Models\nER  - on\u2028two lines",
		Authors:   []string{"Edward J. Hu", "Jan van der Berg", "Łukasz Kaiser", "Prabhat", "ATLAS Collaboration", "Martin Luther King Jr."},
		Published: time.Date(2021, 6, 17, 0, 0, 0, 0, time.UTC),
		TopicRefs: []*model.Topic{{Name: "Fine-tuning"}}}
	journal := &model.Paper{ID: "1512.03385", Slug: "1512.03385", ArXiv: "1512.03385", Title: "Deep Residual Learning",
		Authors: []string{"Kaiming He"}, Journal: "Nature", Volume: "7", Issue: "2", Pages: "770–778", DOI: "10.1109/CVPR.2016.90",
		Published: time.Date(2015, 12, 10, 0, 0, 0, 0, time.UTC)}
	conference := &model.Paper{ID: "my-talk", Slug: "my-talk", Title: "A Talk", Authors: []string{"Ada Lovelace"},
		Conference: "NeurIPS 2021", Date: time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC), PDF: "https://example.org/talk.pdf"}
	medrxiv := &model.Paper{ID: "lee-2024", Slug: "lee-2024", Title: "Trial", Authors: []string{"Ana Lee"},
		Published: time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC), DOI: "10.1101/2024.02.10.24302615",
		Project: "https://www.medrxiv.org/content/10.1101/2024.02.10.24302615v1"}
	tests := []struct {
		p    *model.Paper
		want map[string][]string
	}{
		{medrxiv, map[string][]string{
			"TY": {"GEN"}, "TI": {"Trial"}, "AU": {"Lee, Ana"}, "PY": {"2024"}, "DA": {"2024/02/10"}, "PB": {"medRxiv"},
			"DO": {"10.1101/2024.02.10.24302615"}, "UR": {"https://doi.org/10.1101/2024.02.10.24302615"}, "ER": {""},
		}},
		{preprint, map[string][]string{
			"TY": {"GEN"}, "TI": {"LoRA: Low-Rank Adaptation of α Models ER - on two lines"},
			"AU": {"Hu, Edward J.", "van der Berg, Jan", "Kaiser, Łukasz", "Prabhat", "ATLAS Collaboration,", "King, Martin Luther, Jr."},
			"PY": {"2021"}, "DA": {"2021/06/17"}, "PB": {"arXiv"}, "M1": {"arXiv:2106.09685"},
			"DO": {"10.48550/arXiv.2106.09685"}, "UR": {"https://arxiv.org/abs/2106.09685"}, "L1": {"https://arxiv.org/pdf/2106.09685"},
			"KW": {"Fine-tuning"}, "ER": {""},
		}},
		{journal, map[string][]string{
			"TY": {"JOUR"}, "TI": {"Deep Residual Learning"}, "AU": {"He, Kaiming"}, "PY": {"2015"}, "DA": {"2015/12/10"},
			"T2": {"Nature"}, "VL": {"7"}, "IS": {"2"}, "SP": {"770"}, "EP": {"778"}, "M1": {"arXiv:1512.03385"},
			"DO": {"10.1109/CVPR.2016.90"}, "UR": {"https://arxiv.org/abs/1512.03385"}, "L1": {"https://arxiv.org/pdf/1512.03385"}, "ER": {""},
		}},
		{conference, map[string][]string{
			"TY": {"CONF"}, "TI": {"A Talk"}, "AU": {"Lovelace, Ada"}, "PY": {"2024"}, "DA": {"2024/05/31"}, "T2": {"NeurIPS 2021"},
			"UR": {"https://example.org/talk.pdf"}, "L1": {"https://example.org/talk.pdf"}, "ER": {""},
		}},
	}
	for _, tt := range tests {
		s := RIS(tt.p, "https://digest.example/papers/"+tt.p.Slug+"/")
		got, err := readRIS(s)
		if err != nil {
			t.Errorf("RIS(%s) does not read back: %v\n%s", tt.p.ID, err, s)
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("RIS(%s) =\n%s\nwant tags %v", tt.p.ID, s, tt.want)
		}
	}
}

// FuzzRIS: whatever a paper's title, authors, venue and topics hold, its
// RIS entry reads back as one record with a line per field, each author
// on an AU line of its own.
func FuzzRIS(f *testing.F) {
	f.Add("Attention Is All You Need", "Ashish Vaswani", "ATLAS Collaboration", "Nature", "Fine-tuning")
	f.Add("T\r\nER  - ", "A\nTY  - JOUR", "\u2028", "\x00\x1b", "x\u0085y")
	f.Fuzz(func(t *testing.T, title, author1, author2, journal, topic string) {
		p := &model.Paper{ID: "2401.00001", Slug: "2401.00001", ArXiv: "2401.00001", Title: title,
			Authors: []string{author1, author2}, Journal: journal, TopicRefs: []*model.Topic{{Name: topic}}}
		s := RIS(p, "https://digest.example/")
		tags, err := readRIS(s)
		if err != nil {
			t.Fatalf("RIS does not read back: %v\n%q", err, s)
		}
		if len(tags["TY"]) != 1 || len(tags["ER"]) != 1 || len(tags["AU"]) > 2 {
			t.Fatalf("RIS has %d TY, %d ER and %d AU lines, want 1, 1 and at most 2:\n%q", len(tags["TY"]), len(tags["ER"]), len(tags["AU"]), s)
		}
	})
}

// BenchmarkRIS times a paper page's RIS download: the entry and its data:
// URL encoding, for a paper with ten authors.
func BenchmarkRIS(b *testing.B) {
	p := &model.Paper{ID: "2106.09685", Slug: "2106.09685", ArXiv: "2106.09685", Title: "LoRA: Low-Rank Adaptation of Large Language Models",
		Published: time.Date(2021, 6, 17, 0, 0, 0, 0, time.UTC), TopicRefs: []*model.Topic{{Name: "Fine-tuning"}}}
	for i := range 10 {
		p.Authors = append(p.Authors, fmt.Sprintf("Author %c. Name%d", 'A'+i, i))
	}
	for b.Loop() {
		_ = url.PathEscape(RIS(p, "https://digest.example/papers/2106.09685/"))
	}
}
