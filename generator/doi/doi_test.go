package doi

import (
	"testing"
	"time"
)

func TestURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"10.48550/arXiv.2405.15032", "https://doi.org/10.48550/arXiv.2405.15032"},
		{"10.1016/S0550-3213(99)00_1#x%y", "https://doi.org/10.1016/S0550-3213(99)00_1%23x%25y"},
		{"10.1000/a b?c", "https://doi.org/10.1000/a%20b%3Fc"},
		{`10.1000/"<{[^|]}>` + "`" + `\+`, "https://doi.org/10.1000/%22%3C%7B%5B%5E%7C%5D%7D%3E%60%5C%2B"},
		{"10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O", "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O"},
		{"10.1000/é", "https://doi.org/10.1000/%C3%A9"},
		{"10.1000/./x/../y", "https://doi.org/10.1000/.%2Fx/..%2Fy"},
	}
	for _, tt := range tests {
		if got := URL(tt.in); got != tt.want {
			t.Errorf("URL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestParsePreprint: a bioRxiv or medRxiv preprint named by its page's
// address, or by its DOI with that address's version, is no DOI to
// publish (doi.org knows none with a version); Preprint gives the DOI.
func TestParsePreprint(t *testing.T) {
	tests := []struct{ in, parse, preprint string }{
		{"10.1101/2024.03.01.582937", "10.1101/2024.03.01.582937", ""},
		{"10.1101/2024.03.01.582937v2", "", "10.1101/2024.03.01.582937"},
		{"doi:10.1101/2024.03.01.582937V1", "", "10.1101/2024.03.01.582937"},
		{"https://doi.org/10.1101/241000v3", "", "10.1101/241000"},
		{"https://www.biorxiv.org/content/10.1101/2024.03.01.582937v2", "", "10.1101/2024.03.01.582937"},
		{"https://www.medrxiv.org/content/10.1101/2024.02.10.24302615v1.full.pdf", "", "10.1101/2024.02.10.24302615"},
		{"biorxiv.org/content/10.1101/2024.03.01.582937v1.full-text", "", "10.1101/2024.03.01.582937"},
		{"https://www.biorxiv.org/content/10.1101/2024.03.01.582937", "", "10.1101/2024.03.01.582937"},
		{"https://www.biorxiv.org/content/early/2018/01/01/241000", "", "10.1101/241000"},
		// Cold Spring Harbor's journals share the prefix; theirs are DOIs as written.
		{"10.1101/gr.275995.121", "10.1101/gr.275995.121", ""},
		{"10.1101/gad.1v2", "10.1101/gad.1v2", ""},
		{"https://www.biorxiv.org/about", "", ""},
		// A link's percent-decoding gives no control or format character,
		// nor a space of another script.
		{"https://doi.org/10.1234/abc%1B%5B2J%07x", "", ""},
		{"https://doi.org/10.1234/abc%00", "", ""},
		{"https://doi.org/10.1234/abc%C2%85x", "", ""},
		{"https://doi.org/10.1234/a%E2%80%8Bb", "", ""},
		{"10.1234/a\u00a0b", "", ""},
		{"https://doi.org/10.1234/%C3%A9t%C3%A9", "10.1234/été", ""},
		{"https://doi.org/10.1002/(SICI)1097-4636%3C1%3E", "10.1002/(SICI)1097-4636<1>", ""},
	}
	for _, tt := range tests {
		if got := Parse(tt.in); got != tt.parse {
			t.Errorf("Parse(%q) = %q, want %q", tt.in, got, tt.parse)
		}
		if got := Preprint(tt.in); got != tt.preprint {
			t.Errorf("Preprint(%q) = %q, want %q", tt.in, got, tt.preprint)
		}
	}
}

// TestServer: a bioRxiv or medRxiv DOI is a preprint's, whose server a
// link on its site names; the DOI alone names neither.
func TestServer(t *testing.T) {
	tests := []struct {
		doi   string
		links []string
		name  string
		ok    bool
	}{
		{"10.1101/2024.03.01.582937", []string{"https://www.biorxiv.org/content/10.1101/2024.03.01.582937v2.full.pdf"}, "bioRxiv", true},
		{"10.1101/2024.02.10.24302615", []string{"", "https://www.medRxiv.org/content/10.1101/2024.02.10.24302615v1"}, "medRxiv", true},
		{"10.1101/241000", []string{"https://lab.example.org/paper.pdf"}, "", true},
		{"10.1101/2024.03.01.582937", nil, "", true},
		{"10.1101/gr.275995.121", []string{"https://www.biorxiv.org/x"}, "", false},
		{"10.1056/NEJMoa2307563", []string{"https://www.biorxiv.org/x"}, "", false},
		{"10.1101/2024.03.01.582937", []string{"https://biorxiv.org.example.com/x"}, "", true},
	}
	for _, tt := range tests {
		if name, ok := Server(tt.doi, tt.links...); name != tt.name || ok != tt.ok {
			t.Errorf("Server(%q, %q) = %q, %v, want %q, %v", tt.doi, tt.links, name, ok, tt.name, tt.ok)
		}
	}
}

// TestPosted: a bioRxiv or medRxiv DOI of December 2019 on names the
// day it was posted; an older one's serial, another DOI and a day that
// is none name no day.
func TestPosted(t *testing.T) {
	tests := []struct {
		doi, want string // want "" for none
	}{
		{"10.1101/2022.11.03.22281234", "2022-11-03"},
		{"10.1101/2024.03.01.582937", "2024-03-01"},
		{"10.1101/241000", ""},
		{"10.1101/gr.275995.121", ""},
		{"10.1038/s41586-019-1666-5", ""},
		{"10.1101/2022.13.45.22281234", ""},
		{"", ""},
	}
	for _, tt := range tests {
		day, ok := Posted(tt.doi)
		got := ""
		if ok {
			got = day.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("Posted(%q) = %q, %v, want %q", tt.doi, got, ok, tt.want)
		}
	}
}

// TestArXiv: arXiv's DOI of a paper names its arXiv id, in any letter
// case; another DOI names none.
func TestArXiv(t *testing.T) {
	for in, want := range map[string]string{
		"10.48550/arXiv.2401.00002":     "2401.00002",
		"10.48550/ARXIV.2401.00002":     "2401.00002",
		"10.48550/arXiv.hep-th/9901001": "hep-th/9901001",
		"10.48550/arXiv.2401.0002":      "",
		"10.48550/zenodo.123":           "",
		"10.1038/s41586-024-07421-0":    "",
		"10.48550":                      "",
	} {
		if got := ArXiv(in); got != want {
			t.Errorf("ArXiv(%q) = %q, want %q", in, got, want)
		}
	}
}
