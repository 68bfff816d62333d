package feeds

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

const testPage = "https://example.org/repo/papers/2403.00001/"

func TestCleanHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"text", `<p>a &amp; b &lt;c&gt; "d"</p>`, `<p>a &amp; b &lt;c&gt; "d"</p>`},
		{"entities", `<p>caf&eacute; &#x3b1;</p>`, `<p>café α</p>`},
		{"absolute path", `<a href="/repo/papers/x/">x</a>`, `<a href="https://example.org/repo/papers/x/">x</a>`},
		{"parent", `<a href="../x/">x</a>`, `<a href="https://example.org/repo/papers/x/">x</a>`},
		{"fragment", `<a href="#fn1">1</a>`, `<a href="https://example.org/repo/papers/2403.00001/#fn1">1</a>`},
		{"image", `<img src="f.png" alt="F">`, `<img src="https://example.org/repo/papers/2403.00001/f.png" alt="F">`},
		{"self-closing", `<img src="f.png" alt="F"/>`, `<img src="https://example.org/repo/papers/2403.00001/f.png" alt="F"/>`},
		{"sized image", `<img src="f.png" alt="F" width="1000" height="400" loading="lazy" decoding="async" fetchpriority="low">`,
			`<img src="https://example.org/repo/papers/2403.00001/f.png" alt="F" width="1000" height="400" style="max-width:100%;height:auto">`},
		{"width alone", `<img src="f.png" alt="F" width="1000" style="float:left">`, `<img src="https://example.org/repo/papers/2403.00001/f.png" alt="F" width="1000">`},
		{"srcset", `<img srcset="a.png 1x, /b.png 2x" alt="">`, `<img srcset="https://example.org/repo/papers/2403.00001/a.png 1x, https://example.org/b.png 2x" alt="">`},
		{"external", `<a href="https://arxiv.org/abs/1">a</a>`, `<a href="https://arxiv.org/abs/1">a</a>`},
		{"scheme-relative", `<a href="//cdn.example.com/x">a</a>`, `<a href="https://cdn.example.com/x">a</a>`},
		{"mailto", `<a href="mailto:a@example.org">a</a>`, `<a href="mailto:a@example.org">a</a>`},
		{"javascript", `<a href=" JavaScript:alert(1)">a</a>`, `<a>a</a>`},
		{"data", `<img src="data:image/png;base64,AAAA" alt="x">`, `<img alt="x">`},
		{"emptied", `<a href="">a</a><img src=" " alt="x">`, `<a>a</a><img alt="x">`}, // not the page itself
		{"query", `<a href="?q=1&amp;r=2">q</a>`, `<a href="https://example.org/repo/papers/2403.00001/?q=1&amp;r=2">q</a>`},
		{"script", `<p>a<script>alert("<p>")</script>b</p>`, `<p>ab</p>`},
		{"style", `<style>p{}</style><p style="color:red" class="x">a</p>`, `<p>a</p>`},
		{"iframe", `<iframe src="x"><p>in</p></iframe>after`, `after`},
		{"nested object", `<object><object>a</object>b</object>c`, `c`},
		{"handlers", `<img src="a.png" onerror="x()" alt="">`, `<img src="https://example.org/repo/papers/2403.00001/a.png" alt="">`},
		{"upper-case names", `<A HREF="x/" OnClick="y()" Class="z">a</A><MATH DISPLAY="Block"><MI>f</MI><ANNOTATION ENCODING="Application/X-TeX">\foo</ANNOTATION></MATH>`,
			`<a href="https://example.org/repo/papers/2403.00001/x/">a</a><pre><code>$$\foo$$</code></pre>`},
		{"comment", `a<!-- secret -->b`, `ab`},
		{"form", `<form action="/x"><input name="q"><button>go</button></form>`, `go`},
		{"inline math", `<p>x <math display="inline" alttext="a &lt; b"><semantics><mi>a</mi><annotation encoding="application/x-tex">a &lt; b</annotation></semantics></math>.</p>`,
			`<p>x a &lt; b.</p>`},
		{"inline math Unicode cannot write", `<p>x <math alttext="\binom{n}{k}"><mi>n</mi></math>.</p>`, `<p>x <code>$\binom{n}{k}$</code>.</p>`},
		{"inline math MathML cannot convert", `<p><math alttext="\foo"><mi>n</mi></math></p>`, `<p><code>$\foo$</code></p>`},
		{"display math alone", `<p><math display="block" alttext="\sum x"><mo>∑</mo></math></p>`, `<pre><code>$$\sum x$$</code></pre>`},
		{"display math in text", `<p>see <math display="block" alttext="x"><mi>x</mi></math> here</p>`, `<p>see <pre><code>$$x$$</code></pre> here</p>`},
		{"display math then text", `<p><math display="block" alttext="x"><mi>x</mi></math> here</p>`, `<pre><code>$$x$$</code></pre><p> here</p>`},
		{"inline math first", `<p><math alttext="x"><mi>x</mi></math> here</p>`, `<p>x here</p>`},
		{"annotation only", `<math><semantics><mi>y</mi><annotation encoding="application/x-tex">y^2</annotation></semantics></math>`, `y²`},
		{"text only", `<math><mi>z</mi></math>`, `z`},
		{"unclosed math", `<math alttext="q_{a+b}"><mi>q`, `q_(a+b)`},
		{"math fallback", `<code class="math-fallback">$\foo$</code>`, `<code>$\foo$</code>`},
		{"chroma", `<pre tabindex="0" class="chroma"><code class="language-go" data-lang="go"><span class="line"><span class="cl"><span class="k">if</span> a &lt; b
</span></span></code></pre>`, `<pre><code data-lang="go">if a &lt; b
</code></pre>`},
		// A column's alignment (|--:|) is align="right", which readers keep.
		{"aligned cells", `<table><tr><th style="text-align:right">n</th><td style="text-align:center;color:red" class="x">1</td><td style="color:red">2</td><td align="left" style="text-align:right">3</td></tr></table>`,
			`<table><tr><th align="right">n</th><td align="center">1</td><td>2</td><td align="left">3</td></tr></table>`},
		{"span kept", `<span id="x" class="y">a</span>`, `<span id="x">a</span>`},
		{"control characters", "a\x01b\uFFFEc", "a\uFFFDb\uFFFDc"},
		{"paragraph", `<p>a</p><p>b</p>`, `<p>a</p><p>b</p>`},
		{"dangling p", `<p>`, `<p>`},
		{"empty", ``, ``},
	}
	page, _ := url.Parse(testPage)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanHTML(tt.in, page); got != tt.want {
				t.Errorf("cleanHTML(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAbsURL(t *testing.T) {
	page, _ := url.Parse(testPage)
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"x/", "https://example.org/repo/papers/2403.00001/x/", true},
		{"/repo/", "https://example.org/repo/", true},
		{"http://a.example/b", "http://a.example/b", true},
		{"https:", "", false}, // no host
		{"vbscript:x", "", false},
		{"%zz", "", false},
		{"", "https://example.org/repo/papers/2403.00001/", true},
	}
	for _, tt := range tests {
		got, ok := absURL(page, tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("absURL(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzCleanHTML checks that whatever HTML comes in, the result is valid
// UTF-8 of XML characters, runs no code and holds only absolute URLs.
func FuzzCleanHTML(f *testing.F) {
	for _, seed := range []string{
		`<p>a &amp; b</p>`,
		`<a href="../x/" onclick="y()">x</a>`,
		`<math display="block" alttext="x"><mi>x</mi></math>`,
		`<script>alert(1)</script><style>*{}</style>`,
		`<SCRIPT SRC=x></SCRIPT><ScRiPt>a</sCrIpT>`,
		`<img srcset="a 1x,, javascript:b 2x">`,
		`<pre class="chroma"><span class="k">x</span></pre>`,
		`<p><math><annotation encoding="application/x-tex">\x</annotation></math></p>`,
		`<iframe><iframe></iframe><script>x</script></iframe>`,
		"<p>\x00\x1f\xff</p>",
		`<a href=javascript&colon;alert(1)>x</a>`,
		`<svg><script>alert(1)</script></svg>`,
		`<<script>script>`,
	} {
		f.Add(seed)
	}
	page, _ := url.Parse(testPage)
	f.Fuzz(func(t *testing.T, in string) {
		out := cleanHTML(in, page)
		if !utf8.ValidString(out) {
			t.Fatalf("cleanHTML(%q) = %q, not valid UTF-8", in, out)
		}
		for _, r := range out {
			if !isXMLChar(r) {
				t.Fatalf("cleanHTML(%q) = %q, has %U which XML forbids", in, out, r)
			}
		}
		z := html.NewTokenizer(strings.NewReader(out))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			tok := z.Token()
			if tok.Type == html.CommentToken || tok.Type == html.DoctypeToken {
				t.Fatalf("cleanHTML(%q) = %q, has a comment or doctype", in, out)
			}
			if tok.Type != html.StartTagToken && tok.Type != html.SelfClosingTagToken {
				continue
			}
			if dropsWithContent(tok.Data) || tok.Data == "math" {
				t.Fatalf("cleanHTML(%q) = %q, has a <%s> element", in, out, tok.Data)
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" || a.Key == "class" || a.Key == "tabindex" {
					t.Fatalf("cleanHTML(%q) = %q, has a %s attribute", in, out, a.Key)
				}
				if isURLAttr(a.Key) {
					u, err := url.Parse(a.Val)
					if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto") {
						t.Fatalf("cleanHTML(%q) = %q, has %s=%q", in, out, a.Key, a.Val)
					}
				}
			}
		}
	})
}

// TestDescriptionXMLSafe: an RSS description is a CDATA section, which
// encoding/xml copies as it is, so a control character in a summary
// becomes U+FFFD rather than making the feed unreadable.
func TestDescriptionXMLSafe(t *testing.T) {
	if got := description(&item{summary: "3\x01x <b>"}); got != "3\uFFFDx &lt;b&gt;" {
		t.Errorf("description = %q", got)
	}
}
