package arxivid

import (
	"errors"
	"strings"
	"testing"
)

// TestParse pins how an id written by hand reads. The notes say where the
// build and the importer read it differently before they shared this
// package (build: parse's arxiv: rules; importer: its ArXivRef).
func TestParse(t *testing.T) {
	const notID, badVersion, badDigits = "not", "version", "digits"
	for _, tc := range []struct {
		in      string
		id      string
		version int
		err     string // "", notID, badVersion or badDigits
	}{
		{"2405.15738", "2405.15738", 0, ""},
		{"0704.0001", "0704.0001", 0, ""},
		{"2405.1573", "2405.1573", 0, badDigits}, // build and importer: an id
		{"2506.1089", "2506.1089", 0, badDigits},
		{"1501.0001", "1501.0001", 0, badDigits},
		{"arXiv:2506.1089v2", "2506.1089", 0, badDigits},
		{"2506.1089v0", "2506.1089", 0, badDigits},
		{"0801.12345", "0801.12345", 0, badDigits},
		{"1412.99999", "1412.99999", 0, badDigits},
		{"0801.12345v1", "0801.12345", 0, badDigits},
		{"2413.00001", "2413.00001", 0, badDigits}, // no month 13
		{"2400.00001v2", "2400.00001", 0, badDigits},
		{"0703.0001", "0703.0001", 0, badDigits}, // old style then
		{"hep-th/9913001", "hep-th/9913001", 0, badDigits},
		{"hep-th/9107001", "hep-th/9107001", 0, badDigits}, // before arXiv
		{"hep-th/0704001", "hep-th/0704001", 0, badDigits}, // new style then
		{"hep-th/9108001", "hep-th/9108001", 0, ""},
		{"math/0703001", "math/0703001", 0, ""},
		{"2412.00001", "2412.00001", 0, ""},
		{"1412.9999", "1412.9999", 0, ""},
		{"1501.00001", "1501.00001", 0, ""},
		{"0801.1234v3", "0801.1234", 3, ""},
		{"2405.15738v2", "2405.15738", 2, ""},
		{"2405.15738v02", "2405.15738", 2, ""},
		{"2405.15738v999999", "2405.15738", 999999, ""},
		{"2405.15738v0", "2405.15738", 0, badVersion},       // build: version 0; importer: no id
		{"2405.15738v00", "2405.15738", 0, badVersion},      // build: version 0; importer: no id
		{"2405.15738v1000000", "2405.15738", 0, badVersion}, // build: version 1000000; importer: no id
		{"2405.15738v9999999", "2405.15738", 0, badVersion}, // build: version 0, silently; importer: no id
		{"2405.15738v99999999999999999999", "2405.15738", 0, badVersion},
		{"hep-th/9901001", "hep-th/9901001", 0, ""},
		{"hep-th/9901001v3", "hep-th/9901001", 3, ""},
		{"math.GT/0309136", "math.GT/0309136", 0, ""},
		{"math.GT/0309136v2", "math.GT/0309136", 2, ""},
		{"q-bio.NC/0401001", "q-bio.NC/0401001", 0, ""},
		{"arXiv:2405.15738", "2405.15738", 0, ""},
		{"arxiv:hep-th/9901001v1", "hep-th/9901001", 1, ""},
		{"ARXIV:2405.15738", "2405.15738", 0, ""},   // build: not an id
		{"ArXiv:2405.15738v3", "2405.15738", 3, ""}, // build: not an id
		{"arXiv: 2405.15738", "2405.15738", 0, ""},  // importer: no id
		{" arXiv:2405.15738 ", "2405.15738", 0, ""}, // build: not an id
		{" 2405.15738\t", "2405.15738", 0, ""},
		{"\u00a02405.15738", "2405.15738", 0, ""},
		{"", "", 0, notID},
		{"arXiv:", "arXiv:", 0, notID},
		{"arXiv:arXiv:2405.15738", "arXiv:2405.15738", 0, notID},
		{"2405.157381", "2405.157381", 0, notID},
		{"2405 .15738", "2405 .15738", 0, notID},
		{"2405-15738", "2405-15738", 0, notID},
		{"24.1", "24.1", 0, notID},
		{"2405.15738V2", "2405.15738V2", 0, notID},
		{"2405.15738v", "2405.15738v", 0, notID},
		{"2405.15738v2v3", "2405.15738v2v3", 0, notID},
		{"Cond-Mat/0603029", "Cond-Mat/0603029", 0, notID},
		{"math.gt/0309136", "math.gt/0309136", 0, notID},
		{"cond-mat.mes-hall/0603029", "cond-mat.mes-hall/0603029", 0, notID},
		{"hep-th/990100", "hep-th/990100", 0, notID},
		{"١٢٣٤.٥٦٧٨٩", "١٢٣٤.٥٦٧٨٩", 0, notID},
		{"https://arxiv.org/abs/2405.15738", "https://arxiv.org/abs/2405.15738", 0, notID}, // a link: see TestFromURL
	} {
		id, version, err := Parse(tc.in)
		got := ""
		var ve *VersionError
		var de *DigitsError
		switch {
		case errors.Is(err, ErrNotID):
			got = notID
		case errors.As(err, &ve):
			got = badVersion
		case errors.As(err, &de):
			got = badDigits
		case err != nil:
			t.Errorf("Parse(%q) error %v is not ErrNotID, a *VersionError or a *DigitsError", tc.in, err)
		}
		if id != tc.id || version != tc.version || got != tc.err {
			t.Errorf("Parse(%q) = %q, %d, %v; want %q, %d, %q", tc.in, id, version, err, tc.id, tc.version, tc.err)
		}
	}
}

// read is what a function of the package should read in: id and
// version, or "" and 0 for nothing.
type read struct {
	in      string
	id      string
	version int
}

// TestRef pins the importer's reading: Parse's, and links (FromURL).
func TestRef(t *testing.T) {
	for _, tc := range []read{
		{"2405.15738", "2405.15738", 0},
		{"2405.15738v2", "2405.15738", 2},
		{" arXiv:2405.15738v3 ", "2405.15738", 3},
		{"cond-mat/0603029", "cond-mat/0603029", 0},
		{"math.AG/0601001v1", "math.AG/0601001", 1},
		{"https://arxiv.org/abs/2405.15738", "2405.15738", 0},
		{"https://arxiv.org/abs/2405.15738v2/", "2405.15738", 2},
		{"http://www.arxiv.org/pdf/2405.15738v2.pdf", "2405.15738", 2},
		{"https://arxiv.org/pdf/2405.15738", "2405.15738", 0},
		{"https://arxiv.org/abs/2405.15738?context=cs.CL#abstract", "2405.15738", 0},
		{"https://export.arxiv.org/abs/cond-mat/0603029v1", "cond-mat/0603029", 1},
		{"https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001", 0}, // build's hint: none
		{"https://arxiv.org/html/2405.15738v1", "2405.15738", 1},      // importer: none
		{"arxiv.org/abs/2405.15738", "2405.15738", 0},                 // importer: none
		{"https://huggingface.co/papers/2405.15738", "2405.15738", 0},
		{"", "", 0},
		{"cat:cs.CL", "", 0},
		{"2405.157", "", 0},
		{"2506.1089", "", 0},
		{"0801.12345", "", 0},
		{"https://arxiv.org/abs/2506.1089", "", 0},
		{"2405.15738v0", "", 0},
		{"https://arxiv.org/abs/2405.15738v0", "", 0},
		{"https://arxiv.org/abs/arXiv:2405.15738", "", 0},
		{"https://arxiv.org/abs/%202405.15738", "", 0},
		{"https://example.org/abs/2405.15738", "", 0},
		{"https://arxiv.org/list/cs.CL/recent", "", 0},
		{"https://huggingface.co/2405.15738", "", 0},
		{"ftp://arxiv.org/abs/2405.15738", "", 0},
		{"http://[::1", "", 0},
	} {
		id, version, ok := Ref(tc.in)
		if id != tc.id || version != tc.version || ok != (tc.id != "") {
			t.Errorf("Ref(%q) = %q, %d, %v; want %q, %d, %v", tc.in, id, version, ok, tc.id, tc.version, tc.id != "")
		}
	}
}

// TestSplit pins the reading of ids in arXiv's and Hugging Face's feeds:
// a version suffix only, nothing trimmed.
func TestSplit(t *testing.T) {
	for _, tc := range []read{
		{"2405.15738v2", "2405.15738", 2},
		{"2405.15738", "2405.15738", 0},
		{"cond-mat/0603029v1", "cond-mat/0603029", 1},
		{"2405.15738v0", "2405.15738v0", 0},
		{"2506.1089v2", "2506.1089v2", 0},
		{"2405.15738v1234567", "2405.15738v1234567", 0},
		{"arXiv:2405.15738v2", "arXiv:2405.15738v2", 0},
		{" 2405.15738v2", " 2405.15738v2", 0},
		{"my-paper-v2", "my-paper-v2", 0},
	} {
		if id, version := Split(tc.in); id != tc.id || version != tc.version {
			t.Errorf("Split(%q) = %q, %d; want %q, %d", tc.in, id, version, tc.id, tc.version)
		}
	}
}

// TestNamed pins how a source names a paper by its id (a day's papers:):
// an arXiv: prefix is taken off an arXiv id, with or without version,
// and nothing else is changed but spaces around it.
func TestNamed(t *testing.T) {
	for in, want := range map[string]string{
		"arXiv:2506.10892":        "2506.10892",
		"ARXIV:2506.10892":        "2506.10892",
		" arxiv: 2506.10892 ":     "2506.10892",
		"arXiv:cond-mat/0603029":  "cond-mat/0603029",
		"arXiv:2506.10892v2":      "2506.10892v2",
		"2506.10892":              "2506.10892",
		" 2506.10892\t":           "2506.10892",
		"2506.10892v2":            "2506.10892v2",
		"smith-2024-attention":    "smith-2024-attention",
		"arXiv:smith-2024":        "arXiv:smith-2024",
		"arXiv:2506.10892v0":      "arXiv:2506.10892v0",
		"arXiv:":                  "arXiv:",
		"arXiv:arXiv:2506.10892":  "arXiv:arXiv:2506.10892",
		"":                        "",
		"https://arxiv.org/abs/1": "https://arxiv.org/abs/1",
	} {
		if got := Named(in); got != want {
			t.Errorf("Named(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestErrorSaysWhy: Parse's errors say what is wrong with an id that
// is almost right.
func TestErrorSaysWhy(t *testing.T) {
	for in, want := range map[string]string{
		"2405.15738v0":       "v0 is not a version: arXiv numbers versions from v1",
		"2405.15738v1234567": "v1234567 is not a version: arXiv's have at most 6 digits",
		"2506.1089":          "arXiv ids from 2015 on have 5 digits after the dot; a digit is missing",
		"0801.12345v2":       "arXiv ids before 2015 have 4 digits after the dot; a digit is one too many",
	} {
		if _, _, err := Parse(in); err == nil || err.Error() != want {
			t.Errorf("Parse(%q) error = %v, want %q", in, err, want)
		}
	}
}

// FuzzRef: Ref never panics; what it accepts is a valid id and a version
// in range that Format writes back and Parse and Ref read again as the
// same; what Parse accepts, Ref accepts alike, and Named takes the prefix
// and spaces off, leaving anything else as written.
func FuzzRef(f *testing.F) {
	for _, s := range []string{"2405.15738v2", "arXiv:cond-mat/0603029", "ARXIV: math.GT/0309136v12", "https://arxiv.org/pdf/2405.15738v2.pdf",
		"https://huggingface.co/papers/2405.15738", "arxiv.org/abs/hep-th/9901001", "http://[::1", "cat:cs.CL", "2405.15738v0", "2405.15738v1234567", " 0704.0001 ", "arXiv: 2405.15738v02", "arXiv:my-paper",
		"2506.1089", "0801.12345v1", "1412.9999", "1501.00001", "２４０５．１５７３８ｖ２", "2405,15738v"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m := Mistyped(s); m != "" {
			if _, _, err := Parse(m); err != nil || Valid(strings.TrimSpace(s)) {
				t.Fatalf("Mistyped(%q) = %q, which Parse refuses (%v), or s is an id", s, m, err)
			}
		}
		named := Named(s)
		if id, version, err := Parse(s); err != nil && named != strings.TrimSpace(s) {
			t.Fatalf("Named(%q) = %q of no arXiv id; want it as written", s, named)
		} else if again, v := Split(named); err == nil && (again != id || v != version) {
			t.Fatalf("Named(%q) = %q, which is not the id %q (version %d) alone", s, named, id, version)
		}
		id, version, ok := Ref(s)
		if !ok {
			if id != "" || version != 0 {
				t.Fatalf("Ref(%q) = %q, %d, false; want nothing with false", s, id, version)
			}
			if _, _, err := Parse(s); err == nil {
				t.Fatalf("Parse(%q) reads an id, Ref does not", s)
			}
			return
		}
		if !Valid(id) || version < 0 || version > 999999 {
			t.Fatalf("Ref(%q) = %q, %d: not an arXiv id with a version", s, id, version)
		}
		written := Format(id, version)
		if again, v, err := Parse(written); err != nil || again != id || v != version {
			t.Fatalf("Parse(Format(%q, %d) = %q) = %q, %d, %v; want it back", id, version, written, again, v, err)
		}
		if again, v := Split(written); again != id || v != version {
			t.Fatalf("Split(%q) = %q, %d; want %q, %d", written, again, v, id, version)
		}
	})
}

// TestMistyped: an id in full-width digits, with a comma for its dot or a
// v without a version is given as written; an id, and what no fix makes
// one, give "".
func TestMistyped(t *testing.T) {
	for in, want := range map[string]string{
		"２４０５．１５７３８": "2405.15738", "２４０５.１５７３８ｖ２": "2405.15738v2", "2405,15738": "2405.15738",
		"2405.15738v": "2405.15738", "ｃｏｎｄ－ｍａｔ/0603029": "cond-mat/0603029",
		"2405.15738": "", "2405.15738v2": "", "abc": "", "2405,1573": "", "": "",
	} {
		if got := Mistyped(in); got != want {
			t.Errorf("Mistyped(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSame(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"math.GT/0309136", "math/0309136", true},
		{"math/0309136", "math.AG/0309136", true},
		{"math.GT/0309136", "math.GT/0309136", true},
		{"math/0309136", "math/0309137", false},
		{"math/0309136", "cond-mat/0309136", false},
		{"2405.15738", "2405.15738", true},
		{"2405.15738", "2405.15739", false},
		{"my.notes/0309136", "my/0309136", false}, // no arXiv ids
	}
	for _, tt := range tests {
		if got := Same(tt.a, tt.b); got != tt.want {
			t.Errorf("Same(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestMonthError: an id whose year and month arXiv gave no such id in
// is told why, in words that name the month.
func TestMonthError(t *testing.T) {
	for in, want := range map[string]string{
		"2413.00001":     "an arXiv id starts with the year and month it was submitted (YYMM), and 2413 has no month 13",
		"hep-th/9900001": "an arXiv id starts with the year and month it was submitted (YYMM), and 9900 has no month 00",
		"hep-th/0704001": "old-style arXiv ids (archive/YYMMNNN) were given from August 1991 to March 2007, not in 0704",
		"0612.1234":      "arXiv ids of the form YYMM.NNNNN start in April 2007 (0704), not 0612; earlier ones are old style, like hep-th/0612001",
	} {
		if _, _, err := Parse(in); err == nil || err.Error() != want {
			t.Errorf("Parse(%q) error = %v, want %s", in, err, want)
		}
	}
}
