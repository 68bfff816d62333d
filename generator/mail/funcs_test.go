package mail

import (
	"strings"
	"testing"
)

func TestWrap(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", 80)
	tests := []struct {
		width  int
		indent string
		in     string
		want   string
	}{
		{20, "", "the quick brown fox jumps over the lazy dog", "the quick brown fox  \njumps over the lazy  \ndog"},
		{20, "  ", "the quick brown fox jumps", "  the quick brown\n  fox jumps"},
		{20, "", "one\n\ntwo  three\nfour", "one\n\ntwo three four"},
		{20, "", "see " + long + " now", "see  \n" + long + "  \nnow"},
		{11, "", "Zoë Ünïcode ærø", "Zoë Ünïcode  \nærø"},
		{20, "", "", ""},
		// A word joiner keeps a Chinese or Japanese number with the
		// characters beside it, and takes no column.
		{10, "", "論文\u20603\u2060件論文\u20603\u2060件", "論文\u20603\u2060件論 \n文\u20603\u2060件"},
		// A no-break space keeps a number with its unit.
		{20, "", "a digest of today: 14\u00a0papers", "a digest of today:  \n14\u00a0papers"},
		// Chinese: two columns a character, a break between any two, never
		// before a comma or a full stop.
		{12, "", "顿悟现象出现在数值稳定性的边缘。", "顿悟现象出现 \n在数值稳定性 \n的边缘。"},
		{12, "", "顿悟现象出现在，数值", "顿悟现象出现 \n在，数值"},
		{14, "  ", "LLM 的顿悟现象 grokking 研究", "  LLM 的顿悟现\n  象 grokking\n  研究"},
	}
	// A line broken at a space ends in two, the text's and format=flowed's
	// soft break, which a DelSp=yes reader deletes (flow makes wrap's
	// softBreak the two); one broken between two Chinese characters ends
	// in the soft break alone, so that the reader joins them with no space
	// between; one before an indented line, which a flowed reader would
	// join with its indent inside the paragraph, ends in neither.
	for _, tt := range tests {
		if got := flow(wrap(tt.width, tt.indent, tt.in)); got != tt.want {
			t.Errorf("wrap(%d, %q, %q) = %q, want %q", tt.width, tt.indent, tt.in, got, tt.want)
		}
	}
}

func TestPad(t *testing.T) {
	for _, tt := range []struct {
		width    int
		in, want string
	}{
		{10, "RSS:", "RSS:      "},
		{10, "RSS：", "RSS：     "}, // the fullwidth colon takes two columns
		{10, "全部订阅源：", "全部订阅源："},  // wider than width: left as it is
		{0, "Atom:", "Atom:"},
	} {
		if got := pad(tt.width, tt.in); got != tt.want {
			t.Errorf("pad(%d, %q) = %q, want %q", tt.width, tt.in, got, tt.want)
		}
	}
}

func TestHang(t *testing.T) {
	if got, want := flow(hang(16, " 1. ", "Attention is all you need")), " 1. Attention is\n    all you need"; got != want {
		t.Errorf("hang = %q, want %q", got, want)
	}
}

func TestAuthorList(t *testing.T) {
	tests := []struct {
		n     int
		names []string
		want  string
	}{
		{3, nil, ""},
		{3, []string{"A"}, "A"},
		{3, []string{"A", "B"}, "A and B"},
		{3, []string{"A", "B", "C"}, "A, B, and C"},
		{3, []string{"A", "B", "C", "D"}, "A, B, C, and D"},
		{3, []string{"A", "B", "C", "D", "E"}, "A, B, C, and 2\u00a0others"},
		// A name's last given name stays with its family name.
		{3, []string{"Carroll L. Wainwright", "Ada Lovelace", "王小明"}, "Carroll L.\u00a0Wainwright, Ada\u00a0Lovelace, and 王小明"},
	}
	en, err := english()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if got, err := authorList(en, tt.n, tt.names); got != tt.want || err != nil {
			t.Errorf("authorList(%d, %q) = %q, %v, want %q", tt.n, tt.names, got, err, tt.want)
		}
	}
}

// TestAuthorListHTML isolates each name, so two right-to-left names in a
// row keep their order, keeps a name's last two words in an inline block,
// as the pages do, so a line breaks between them only where it has no
// room for the two ("Carroll L." above, "Wainwright" below no more), joined
// by a space that is a no-break space in Outlook for Windows, which
// ignores the inline block, puts each name in an inline block with the
// comma after it, so that no line starts with the comma, and escapes
// names and words.
func TestAuthorListHTML(t *testing.T) {
	en, err := english()
	if err != nil {
		t.Fatal(err)
	}
	got, err := authorListHTML(en, 8, []string{"محمد عبد الله", "Carroll L. Wainwright", "王小明", "A <b>&"})
	const span, sp = `<span style="display:inline-block">`, nameTailSpace
	if want := span + "<bdi>محمد " + span + "عبد" + sp + "الله</span></bdi>,</span> " + span + "<bdi>Carroll " + span + "L." + sp + "Wainwright</span></bdi>,</span> " + span + "<bdi>王小明</bdi>,</span> and " + span + "<bdi>A" + sp + "&lt;b&gt;&amp;</bdi></span>"; string(got) != want || err != nil {
		t.Errorf("authorListHTML = %q, %v, want %q", got, err, want)
	}
}
