package render

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

func TestLinkURLs(t *testing.T) {
	a := func(addr string) string { return `<a href="` + addr + `" rel="noopener">` + addr + `</a>` }
	for _, tt := range []struct{ in, want string }{
		{"18 pages, 4 figures. Code available at https://github.com/example/obstacle-solver",
			`18 pages, 4 figures. Code available at <a href="https://github.com/example/obstacle-solver" rel="noopener">https://github.com/example/obstacle-solver</a>`},
		{"Code: https://github.com/a/b.", `Code: <a href="https://github.com/a/b" rel="noopener">https://github.com/a/b</a>.`},
		{"(code at http://x.org/a?b=1&c=2), 12 pages", `(code at <a href="http://x.org/a?b=1&amp;c=2" rel="noopener">http://x.org/a?b=1&amp;c=2</a>), 12 pages`},
		{"see https://en.wikipedia.org/wiki/Rust_(language).", `see <a href="https://en.wikipedia.org/wiki/Rust_(language)" rel="noopener">https://en.wikipedia.org/wiki/Rust_(language)</a>.`},
		{"two: https://a.org, HTTPS://b.org/x;", `two: <a href="https://a.org" rel="noopener">https://a.org</a>, <a href="HTTPS://b.org/x" rel="noopener">HTTPS://b.org/x</a>;`},
		{`<b>"https://a.org/"</b> & more`, `&lt;b&gt;&#34;<a href="https://a.org/" rel="noopener">https://a.org/</a>&#34;&lt;/b&gt; &amp; more`},
		{"https://a.org/'onmouseover='x", `<a href="https://a.org/&#39;onmouseover=&#39;x" rel="noopener">https://a.org/&#39;onmouseover=&#39;x</a>`},
		{"no scheme: github.com/a/b, javascript:alert(1), https://.", `no scheme: github.com/a/b, javascript:alert(1), https://.`},
		{"", ""},
		// Chinese, Japanese and other punctuation ends an address, and so
		// does text of a script without spaces right after ASCII.
		{"代码见 https://github.com/a/b，数据见 https://x.org/d。", "代码见 " + a("https://github.com/a/b") + "，数据见 " + a("https://x.org/d") + "。"},
		{"见https://x.org/d数据与https://x.org/e、https://x.org/f；（https://x.org/g）", "见" + a("https://x.org/d") + "数据与" + a("https://x.org/e") + "、" + a("https://x.org/f") + "；（" + a("https://x.org/g") + "）"},
		{"コードは「https://x.org/a」にあります。https://x.org/bを参照", "コードは「" + a("https://x.org/a") + "」にあります。" + a("https://x.org/b") + "を参照"},
		{"코드: https://x.org/a에서", "코드: " + a("https://x.org/a") + "에서"},
		{"see https://x.org/a… or «https://x.org/b» “https://x.org/c” ’https://x.org/d’", "see " + a("https://x.org/a") + "… or «" + a("https://x.org/b") + "» “" + a("https://x.org/c") + "” ’" + a("https://x.org/d") + "’"},
		{"https://x.org/a\u3000数据 https://x.org/b\u200bnext https://x.org/c\u00a0p", a("https://x.org/a") + "\u3000数据 " + a("https://x.org/b") + "\u200bnext " + a("https://x.org/c") + "\u00a0p"},
		// An address's own letters of any script and its dashes stay in it.
		{"https://zh.wikipedia.org/wiki/北京。https://de.wikipedia.org/wiki/Straße…", a("https://zh.wikipedia.org/wiki/北京") + "。" + a("https://de.wikipedia.org/wiki/Straße") + "…"},
		{"https://例子.中国/路径?q=数据 https://en.wikipedia.org/wiki/Michelson–Morley_experiment–", a("https://例子.中国/路径?q=数据") + " " + a("https://en.wikipedia.org/wiki/Michelson–Morley_experiment") + "–"},
	} {
		if got := linkURLs(tt.in); string(got) != tt.want {
			t.Errorf("linkURLs(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// FuzzLinkURLs: whatever the comment, its HTML reads as the comment, and
// every tag in it is a link of the comment's own address.
func FuzzLinkURLs(f *testing.F) {
	for _, s := range []string{"Code at https://github.com/a/b.", "(https://x.org/(a)))", "<script>https://a.org/\"</script>", "https://", "é https://ü.org/ß?", "见https://x.org/d数据，https://zh.wikipedia.org/wiki/北京。", "«https://x.org/(a)»…"} {
		f.Add(s)
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	link := regexp.MustCompile(`^(<a href="(?i:https?://)[^"<>]+" rel="noopener">|</a>)$`)
	f.Fuzz(func(t *testing.T, s string) {
		out := string(linkURLs(s))
		for _, tg := range tag.FindAllString(out, -1) {
			if !link.MatchString(tg) {
				t.Fatalf("linkURLs(%q) has the tag %s", s, tg)
			}
		}
		want := strings.ReplaceAll(s, "\x00", "\uFFFD") // as html/template writes a NUL
		if got := html.UnescapeString(tag.ReplaceAllString(out, "")); got != want {
			t.Fatalf("linkURLs(%q) reads %q", s, got)
		}
	})
}
