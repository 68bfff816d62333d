package markdown

import (
	"reflect"
	"strings"
	"testing"
)

func TestAlerts(t *testing.T) {
	r := New(Options{Labels: Labels{Alerts: map[string]string{"tip": "Astuce"}}})
	for _, tt := range []struct {
		name, src, want string
	}{
		{"note", "> [!NOTE]\n> Read this.\n", "<div class=\"markdown-alert markdown-alert-note\" role=\"note\">\n<p class=\"markdown-alert-title\"><strong>Note</strong></p>\n<p>Read this.</p>\n</div>\n"},
		{"any case, the site's word", "> [!tip]\n> Read this.\n", "<div class=\"markdown-alert markdown-alert-tip\" role=\"note\">\n<p class=\"markdown-alert-title\"><strong>Astuce</strong></p>\n<p>Read this.</p>\n</div>\n"},
		{"a title", "> [!WARNING] Read *this* first  \n> Text.\n", "<div class=\"markdown-alert markdown-alert-warning\" role=\"note\">\n<p class=\"markdown-alert-title\"><strong>Read <em>this</em> first</strong></p>\n<p>Text.</p>\n</div>\n"},
		{"a title ending in emphasis", "> [!caution] Mind *this*\n> Text.\n", "<div class=\"markdown-alert markdown-alert-caution\" role=\"note\">\n<p class=\"markdown-alert-title\"><strong>Mind <em>this</em></strong></p>\n<p>Text.</p>\n</div>\n"},
		{"Obsidian's fold, blocks", "> [!important]-\n>\n> - a\n> - b\n", "<details class=\"markdown-alert markdown-alert-important\">\n<summary class=\"markdown-alert-title\"><strong>Important</strong></summary>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n</details>\n"},
		{"Obsidian's fold, open, titled", "> [!TIP]+ Read *this*\n> x\n", "<details class=\"markdown-alert markdown-alert-tip\" open>\n<summary class=\"markdown-alert-title\"><strong>Read <em>this</em></strong></summary>\n<p>x</p>\n</details>\n"},
		{"in a list", "- > [!NOTE]\n  > x\n", "<ul>\n<li>\n<div class=\"markdown-alert markdown-alert-note\" role=\"note\">\n<p class=\"markdown-alert-title\"><strong>Note</strong></p>\n<p>x</p>\n</div>\n</li>\n</ul>\n"},
		{"another type", "> [!faq]\n> x\n", "<blockquote>\n<p>[!faq]\nx</p>\n</blockquote>\n"},
		{"not the first line", "> Text.\n> [!NOTE]\n", "<blockquote>\n<p>Text.\n[!NOTE]</p>\n</blockquote>\n"},
		{"not a quote", "[!NOTE]\nx\n", "<p>[!NOTE]\nx</p>\n"},
		{"a reference link", "> [!NOTE]\n> x\n\n[!note]: https://example.org\n", "<blockquote>\n<p><a href=\"https://example.org\">!NOTE</a>\nx</p>\n</blockquote>\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := r.Render([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := string(res.HTML); got != tt.want {
				t.Errorf("Render(%q) =\n%s\nwant\n%s", tt.src, got, tt.want)
			}
		})
	}
}

func TestAlertText(t *testing.T) {
	res, err := New(Options{}).Render([]byte("Abstract.\n\n> [!TIP] Try it\n> Body.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != "Abstract.\nTry it\nBody." || res.Summary != "Abstract." {
		t.Errorf("Text %q, Summary %q; want the marker left out, the title in", res.Text, res.Summary)
	}
}

func TestAlertMistakes(t *testing.T) {
	r := New(Options{})
	kinds := "[!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]"
	for _, tt := range []struct {
		name, src string
		want      []Hidden
	}{
		{"Obsidian's", "Text.\n\n> [!faq] Why?\n> Because.\n", []Hidden{{3, "[!faq] is not an alert's type, so the page shows this quote as written, [!faq] and all; [!faq] is one of Obsidian's callouts; write [!NOTE] Why? (the alert that shows it best), or another of " + kinds}}},
		{"Obsidian's, untitled", "> [!danger]\n> x\n", []Hidden{{1, "[!danger] is not an alert's type, so the page shows this quote as written, [!danger] and all; [!danger] is one of Obsidian's callouts; write [!CAUTION] and a title if you want one (the alert that shows it best), or another of " + kinds}}},
		{"misspelt", "> [!NOTES]\n> x\n", []Hidden{{1, "[!NOTES] is not an alert's type, so the page shows this quote as written, [!NOTES] and all; did you mean [!NOTE]? Alerts are " + kinds}}},
		{"unknown", "> [!zzz]\n> x\n", []Hidden{{1, "[!zzz] is not an alert's type, so the page shows this quote as written, [!zzz] and all; write one of " + kinds}}},
		{"unquoted", "Text.\n\n[!WARNING]\nMind it.\n", []Hidden{{3, "[!WARNING] starts an alert only in a quote, so the page shows it as written; start this line and each of the alert's with > (> [!WARNING], then > and its text)"}}},
		{"an alert", "> [!NOTE]\n> x\n", nil},
		{"in code", "```\n> [!faq]\n[!NOTE]\n```\n", nil},
		{"a link's text", "[!NOTE](https://example.org)\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.source([]byte(tt.src)).alertMistakes(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("alertMistakes(%q) =\n%+v\nwant\n%+v", tt.src, got, tt.want)
			}
		})
	}
	if got := r.Check("> [!faq]\n> x\n", "").Warnings; len(got) != 1 || !strings.HasPrefix(got[0].Msg, "[!faq]") {
		t.Errorf("Check's warnings = %+v, want alertMistakes'", got)
	}
}

func TestAlertWithMath(t *testing.T) {
	res, err := New(Options{}).Render([]byte("Text.\n\n> [!TIP]\n> It holds for $n$ goals.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "<p>Text.</p>\n<div class=\"markdown-alert markdown-alert-tip\" role=\"note\">\n<p class=\"markdown-alert-title\"><strong>Tip</strong></p>\n<p>It holds for <code class=\"math\">$n$</code> goals.</p>\n</div>\n"; string(res.HTML) != want {
		t.Errorf("got\n%s\nwant\n%s", res.HTML, want)
	}
}
