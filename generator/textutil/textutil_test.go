package textutil

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		n       int
		in, out string
	}{
		{10, "short", "short"},
		{10, "exactly 10", "exactly 10"},
		{12, "a sentence that goes on", "a sentence…"},
		{3, "Schrödinger", "Sch…"},
		{8, "one, two, three", "one, two…"},
		{9, "one, two, three", "one, two…"},
		{10, "a few more words here", "a few more…"},
		{15, "Paperboy Sample Digest", "Paperboy Sample…"}, // a word ending at the cut stays
		{14, "Paperboy Sample Digest", "Paperboy…"},
		{5, "ünïcödé wörds", "ünïcö…"},
		{20, "a residual $\\mathcal{F}(x) = x$ block", "a residual…"}, // the cut would split the math
		{15, "we learn $x + y$ more", "we learn…"},                    // the space cut would split it
		{14, "costs $5 and $6 more", "costs $5 and…"},                 // no math: prices
		{30, "keep $a$ whole and $b$ here and more", "keep $a$ whole and $b$ here…"},
		{3, `ab\$cd`, "ab…"},   // no escape cut in two: its backslash alone would show
		{4, `ab\\cd`, `ab\\…`}, // an escaped backslash is whole
		// A CJK character takes two columns, as on screen.
		{10, "日本語の論文を紹介します", "日本語の論…"},
		{9, "日本語の論文を紹介します", "日本語の…"}, // half a character is none
		{12, "日本語の論文を紹介", "日本語の論文…"},
		{18, "日本語の論文を紹介", "日本語の論文を紹介"},
		{10, "LLM の評価と推論", "LLM の評価…"},
		{6, "ab\u2060cdefgh", "ab\u2060cdef…"}, // a word joiner takes none
	}
	for _, tt := range tests {
		if got := Truncate(tt.n, tt.in); got != tt.out {
			t.Errorf("Truncate(%d, %q) = %q, want %q", tt.n, tt.in, got, tt.out)
		}
	}
}

// TestFit: a cut string has n runes at most, "…" included.
func TestFit(t *testing.T) {
	for _, tt := range []struct {
		n       int
		in, out string
	}{
		{16, "Paperboy Sample", "Paperboy Sample"},
		{16, "Paperboy Sample Digest", "Paperboy Sample…"},
		{15, "Paperboy Sample Digest", "Paperboy…"},
		{5, "ünïcödé", "ünïc…"},
		{5, "日本語の論文", "日本語の…"}, // a limit of characters, whatever their width
	} {
		got := Fit(tt.n, tt.in)
		if got != tt.out || utf8.RuneCountInString(got) > tt.n {
			t.Errorf("Fit(%d, %q) = %q, want %q", tt.n, tt.in, got, tt.out)
		}
	}
}

// TestColumns: a CJK character or a fullwidth form takes two columns, a
// format character none, any other one.
func TestColumns(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"", 0}, {"abc", 3}, {"日本語", 6}, {"한국어", 6}, {"ＡＢ", 4}, {"ｶﾀｶﾅ", 4}, {"a\u2060b\u00adc", 3}, {"Schrödinger", 11},
	} {
		if got := Columns(tt.in); got != tt.want {
			t.Errorf("Columns(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{{0, "0 papers"}, {1, "1 paper"}, {2, "2 papers"}} {
		if got := Plural(tt.n, "paper", "papers"); got != tt.want {
			t.Errorf("Plural(%d) = %q, want %q", tt.n, got, tt.want)
		}
		if got, want := Word(tt.n, "is", "are"), map[bool]string{true: "is", false: "are"}[tt.n == 1]; got != want {
			t.Errorf("Word(%d) = %q, want %q", tt.n, got, want)
		}
	}
}

// TestList: List and Either join as a sentence does, with "and" and "or".
func TestList(t *testing.T) {
	for _, tt := range []struct {
		items        []string
		list, either string
	}{
		{nil, "", ""},
		{[]string{"a"}, "a", "a"},
		{[]string{"a", "b"}, "a and b", "a or b"},
		{[]string{"a", "b", "c"}, "a, b and c", "a, b or c"},
	} {
		if got := List(tt.items); got != tt.list {
			t.Errorf("List(%q) = %q, want %q", tt.items, got, tt.list)
		}
		if got := Either(tt.items); got != tt.either {
			t.Errorf("Either(%q) = %q, want %q", tt.items, got, tt.either)
		}
	}
}

func TestInlineMath(t *testing.T) {
	s := "$5 and $x$ then $ y$, $a\nb$$c$ and $z$1"
	var got [][2]int
	for start, end := range InlineMath(s) {
		got = append(got, [2]int{start, end})
	}
	want := [][2]int{{7, 10}, {22, 27}, {27, 30}}
	if !slices.Equal(got, want) {
		t.Errorf("InlineMath(%q) = %v, want %v", s, got, want)
	}
	for range InlineMath(s) {
		break // stopping early must not panic
	}
	// An escaped dollar sign opens nothing.
	s = `\$x$ and $y$`
	got = nil
	for start, end := range InlineMath(s) {
		got = append(got, [2]int{start, end})
	}
	if want := [][2]int{{9, 12}}; !slices.Equal(got, want) {
		t.Errorf("InlineMath(%q) = %v, want %v", s, got, want)
	}
}

func TestInlineMathEnd(t *testing.T) {
	tests := []struct {
		s    string
		i    int
		want int
	}{
		{"$x$", 0, 3},
		{"a $x^2$ b", 2, 7},
		{"$a\nb$", 0, 5},           // a span may wrap
		{"$a\n\nb$", 0, -1},        // not across a blank line
		{"$a\n \t\nb$", 0, -1},     // a line of white space is blank too
		{"from $5 to $10", 5, -1},  // ends with a space
		{"from $5 to $10", 11, -1}, // no closing dollar
		{"$ x$", 0, -1},
		{"$x $", 0, -1},
		{"$x$1", 0, -1},                             // closes before a digit
		{"$20-$30", 0, -1},                          // a price range
		{"a $\\sim$100B model", 2, 8},               // arXiv's "about 100B"
		{"by $\\geq$99\\% and $<$1\\% error", 3, 9}, // a command or sign before a number
		{"by $\\geq$99\\% and $<$1\\% error", 18, 21},
		{"$^{*}$2", 0, 6},
		{"$x$a", 0, 3}, // a letter may follow
		{"$$", 0, -1},  // empty: display math is the caller's
		{"$", 0, -1},
		{"$x\\$", 0, -1},                    // an escaped dollar closes nothing
		{"$10, or \\$x\\$", 0, -1},          // nor does a later one (pandoc)
		{"$\\$2.50/\\text{h}$ each", 0, 17}, // TeX's dollar sign inside math
		{"$x \\$ y$", 0, 8},
		{"$x\\\\$", 0, 5}, // an escaped backslash before it does not count
		{"$\tx$", 0, -1},
		// A \text{…} holds math of its own, as TeX reads it.
		{"The rule $f(x) = 1 \\text{ if $x > 0$}$ holds.", 9, 38},
		{"$a \\mbox{for $i$} + \\text{b}$ c", 0, 29},
		{"$\\text{a$ and $b$", 0, 9},                           // a text group never closed: the first closes
		{"$\\text{a$ b.\n\nc} $x$", 0, 9},                      // nor across a blank line
		{"${a $ b}$", 0, -1},                                   // a plain group is no text
		{"$\\text{a$" + strings.Repeat("x", 300) + "}$", 0, 9}, // closed beyond TextMathReach
	}
	for _, tt := range tests {
		if got := InlineMathEnd(tt.s, tt.i); got != tt.want {
			t.Errorf("InlineMathEnd(%q, %d) = %d, want %d", tt.s, tt.i, got, tt.want)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", " a", "a ", "a  b", "a\nb", "a \nb", "\t a \t b \t",
		"Ada  Lovelace", "Schrödinger\u00a0bridge", "x\u0085y", "x\u2003 y",
		"caf\xe9 au lait", "\xff \xff", "a b c d", "a b  c", "  leading", "trailing  ",
	} {
		want := strings.Join(strings.Fields(s), " ")
		if got := CollapseSpace(s); got != want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
	s := "already collapsed"
	if got := CollapseSpace(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Error("CollapseSpace copied a string with nothing to collapse")
	}
}

// FuzzInlineMath: the spans InlineMath yields are in order, do not
// overlap, and each is a dollar sign, TeX and the dollar sign that closes
// it, as InlineMathEnd gives it.
func FuzzInlineMath(f *testing.F) {
	for _, s := range []string{"$x$ and $5", "The rule $f(x) = 1 \\text{ if $x > 0$}$ holds.", "$\\text{a$ and $b$", "$\\mbox{$x$}$ ${a $ b}$", "$\\text{a$ b.\n\nc} $x$", "\\$x\\$ $\\$5$"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for start, end := range InlineMath(s) {
			if start < prev || end < start+3 || s[start] != '$' || s[end-1] != '$' || InlineMathEnd(s, start) != end {
				t.Fatalf("InlineMath(%q) yields [%d, %d) after %d, not a $…$ span InlineMathEnd gives", s, start, end, prev)
			}
			prev = end
		}
	})
}

// FuzzCollapseSpace: CollapseSpace is strings.Join(strings.Fields(s), " ")
// for any bytes, valid UTF-8 or not.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", "a  b", " x ", "\u00a0a\u3000b\n", "\xffa \xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CollapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestCollapseBreakingSpace(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"12\u00a0papers", "12\u00a0papers"},
		{"  12 \u00a0 papers  ", "12\u00a0papers"},
		{"31\u00a0de mayo\n de\u00a02026", "31\u00a0de mayo de\u00a02026"},
		{"12\u202f%", "12\u202f%"},
		{"1\u2007000", "1\u2007000"},
		{"a\u202f\u00a0b", "a\u202fb"},
		{"\u00a0a\u00a0", "a"},
		{"a\u2003\tb", "a b"},
		{"already collapsed", "already collapsed"},
	} {
		if got := CollapseBreakingSpace(tt.in); got != tt.want {
			t.Errorf("CollapseBreakingSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	s := "14\u00a0papers on 2\u00a0days"
	if got := CollapseBreakingSpace(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Error("CollapseBreakingSpace copied a string with nothing to collapse")
	}
}

// FuzzCollapseBreakingSpace: CollapseBreakingSpace is CollapseSpace but
// where a run of white space holds a no-break space, which it keeps.
func FuzzCollapseBreakingSpace(f *testing.F) {
	for _, s := range []string{"", "a  b", "2\u00a0days", " x\u202f ", "\u00a0a\u3000b\n", "\xffa\u00a0\xc3"} {
		f.Add(s)
	}
	noBreak := func(r rune) rune {
		if NoBreakSpace(r) {
			return ' '
		}
		return r
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := CollapseBreakingSpace(s)
		if want := CollapseSpace(s); strings.Map(noBreak, got) != want && utf8.ValidString(s) {
			t.Errorf("CollapseBreakingSpace(%q) = %q, which is not CollapseSpace's %q but for its no-break spaces", s, got, want)
		}
		if strings.Count(got, "\u00a0")+strings.Count(got, "\u2007")+strings.Count(got, "\u202f") > strings.Count(strings.TrimSpace(s), "\u00a0")+strings.Count(strings.TrimSpace(s), "\u2007")+strings.Count(strings.TrimSpace(s), "\u202f") {
			t.Errorf("CollapseBreakingSpace(%q) = %q adds no-break spaces", s, got)
		}
	})
}

func TestIsWebURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://github.com/user/repo": true, "HTTP://example.org/a.png": true,
		"https://": false, "ftp://example.org/x": false, "javascript:alert(1)": false, "figures/one.png": false,
		"https://example.org/a b": false, `https://example.org/"x`: false, "https://example.org/<x>": false, "": false,
	} {
		if got := IsWebURL(s); got != want {
			t.Errorf("IsWebURL(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHasScheme: HasScheme agrees with RFC 3986's scheme grammar as the
// render package's regular expression wrote it, ^[A-Za-z][A-Za-z0-9+.-]*:.
func TestHasScheme(t *testing.T) {
	re := regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)
	for _, s := range []string{"https://x.org", "mailto:a@b.c", "a+b.c-d:x", "C:/x.png", "a/b:c", "/x:y", "1a:b", ":x", "", "a?b:c", "#x:y", "ab", "x-:", "é:x", "fig.png"} {
		if got, want := HasScheme(s), re.MatchString(s); got != want {
			t.Errorf("HasScheme(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"june 4, 2024", "june", true},
		{"the junebug papers", "june", false},
		{"a rag pipeline", "rag", true},
		{"fragile", "rag", false},
		{"rag2", "rag", false},
		{"(rag)", "rag", true},
		{"über rag", "rag", true},
		{"ürag", "rag", false},
		{"rag", "", false},
		{"fragile rag", "rag", true},
		// Scripts written without spaces: a letter of one does not join.
		{"強化学習による言語モデル", "強化学習", true},
		{"本研究では強化学習を用いて", "強化学習", true},
		{"2025年6月16日", "6月", true},
		{"2025年16月", "6月", false},
		{"gptを用いた", "gpt", true},
		{"chatgptを用いた", "gpt", false},
		{"การเรียนรู้เสริมกำลัง", "เรียนรู้", true},
		{"c++x", "c++", false},
	}
	for _, tt := range tests {
		if got := ContainsWord(tt.text, tt.word); got != tt.want {
			t.Errorf("ContainsWord(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// TestNameTail: the last two words of a name, and the space between them.
func TestNameTail(t *testing.T) {
	for _, tt := range []struct {
		name         string
		start, space int
	}{
		{"Carroll L. Wainwright", 8, 10},
		{"Ada Lovelace", 0, 3},
		{"Jean-Baptiste de la Fontaine", 17, 19},
		{"Plato", -1, -1},
		{"王小明", -1, -1},
		{"", -1, -1},
	} {
		if start, space := NameTail(tt.name); start != tt.start || space != tt.space {
			t.Errorf("NameTail(%q) = %d, %d, want %d, %d", tt.name, start, space, tt.start, tt.space)
		}
	}
}

// TestCutLeadingPunct: a separator's punctuation before its space or
// words, never a character of an entity or a tag, and the rest.
func TestCutLeadingPunct(t *testing.T) {
	for _, tt := range []struct{ s, punct string }{
		{", ", ","},
		{", and 3 others", ","},
		{"، و3 مؤلف آخر", "،"},
		{"、", "、"},
		{".), ", ".),"},
		{" and ", ""},
		{" und 3 weitere", ""},
		{"&amp; others", ""},
		{",&nbsp;", ","},
		{"<b>,</b>", ""},
		{"", ""},
	} {
		if punct, rest := CutLeadingPunct(tt.s); punct != tt.punct || punct+rest != tt.s {
			t.Errorf("CutLeadingPunct(%q) = %q, %q, want %q and the rest", tt.s, punct, rest, tt.punct)
		}
	}
}

// TestParagraphEnd: a paragraph ends at the first blank line after its
// first, one of spaces or of a quote's markers too, or at the end.
func TestParagraphEnd(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"a\nb\n\nc", 4},
		{"a\nb\n  \nc", 4},
		{"> a\n> b\n>\n> c", 8},
		{"a\nb", 3},
		{"\n\na", 1},
		{"", 0},
	}
	for _, tt := range tests {
		if got := ParagraphEnd(tt.s); got != tt.want {
			t.Errorf("ParagraphEnd(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// BenchmarkCollapseBreakingSpace collapses an abstract's plain text as the
// search index's snippets and the Markdown's plain text do: a paragraph
// of words with its line breaks, a double space and a no-break space.
func BenchmarkCollapseBreakingSpace(b *testing.B) {
	line := "Fewer substantial bound baseline objective efficiency modest x ∈ ℝᵈ planning trained this accuracy models,\n"
	s := strings.Repeat(line, 12) + "as in Fig.\u00a03 and  Table 2.\n"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		CollapseBreakingSpace(s)
	}
}

func TestComputerPath(t *testing.T) {
	tests := []struct {
		in, name string
		ok       bool
	}{
		{`C:\Users\ada\loss.png`, "loss.png", true},
		{"d:/lab/fig 1.png", "fig 1.png", true},
		{`\\server\share\a.pdf`, "a.pdf", true},
		{"figures/loss.png", "", false},
		{"https://example.org/C:/x", "", false},
		{"C:", "", false},
		{"arXiv:2106.09685", "", false},
	}
	for _, tt := range tests {
		if name, ok := ComputerPath(tt.in); name != tt.name || ok != tt.ok {
			t.Errorf("ComputerPath(%q) = %q, %v, want %q, %v", tt.in, name, ok, tt.name, tt.ok)
		}
	}
}

func TestTextAlign(t *testing.T) {
	tests := []struct{ in, want string }{
		{"text-align:right", "right"},
		{"color:red; Text-Align: Center ;", "center"},
		{"text-align:left", "left"},
		{"text-align:justify", ""},
		{"text-align", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := TextAlign(tt.in); got != tt.want {
			t.Errorf("TextAlign(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
