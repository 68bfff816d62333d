package generator

import (
	"strings"
	"testing"
)

// hostileSite puts markup and quotes in every text field a curator controls.
const hostileSite = `
-- content/site.yaml --
title: "Digest </title><script>alert('site')</script>"
baseURL: https://example.org/
description: "\"quoted\" & <b>bold</b>"
topics:
  evil:
    name: "<img src=x onerror=alert(1)>"
    description: "{{.Config}} </p>"
-- content/papers/x.md --
---
title: "</title><script>alert(\"t\")</script> & \"Q\""
id: hostile
authors: ["<script>alert('a')</script>", "O'Brien \"Bob\" & Co"]
date: 2024-01-01
topics: [evil]
tldr: "<iframe src=javascript:alert(1)>"
code: "https://example.org/\"><script>alert(1)</script>"
---
An abstract with <script>alert('body')</script> and <b>raw</b> HTML and {{ .Site }} template syntax.

[click](javascript:alert(1))
-- content/days/2024-01-01.md --
---
title: "<script>alert('day')</script>"
---
Intro <style>body{display:none}</style>
`

func TestHostileTextIsInert(t *testing.T) {
	_, err := buildSite(t, hostileSite, Options{})
	if err == nil || !strings.Contains(err.Error(), "content/papers/x.md:8: code") {
		t.Fatalf("want the code URL refused at content/papers/x.md:9, got %v", err)
	}
	out := mustBuild(t, strings.Replace(hostileSite, "code: \"https://example.org/\\\"><script>alert(1)</script>\"\n", "", 1))
	for p, s := range out {
		if base := p[strings.LastIndex(p, "/")+1:]; base == "feed.xml" || base == "atom.xml" || base == "feed.json" {
			if strings.Contains(s, "<script") || strings.Contains(s, "<iframe") {
				t.Errorf("feed %s carries live markup", p)
			}
			continue
		}
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, bad := range []string{"<script>", "<iframe", "<img src=x", "<b>bold", "<b>raw", "<style>", `href="javascript:`, `src="javascript:`, "onerror=alert(1)>"} {
			if strings.Contains(s, bad) {
				t.Errorf("%s contains live markup %q", p, bad)
			}
		}
	}
	out.contains(t, "papers/hostile/index.html",
		"<title>&lt;/title&gt;&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; &amp; &#34;Q&#34; · Digest &lt;/title&gt;",
		`O&#39;Brien &#34;Bob&#34; <span>&amp; Co</span>`,
		"&lt;iframe src=javascript:alert(1)&gt;",
		"{{ .Site }} template syntax",
	)
	out.contains(t, "topics/evil/index.html", "&lt;img src=x onerror=alert(1)&gt;", "{{.Config}} &lt;/p&gt;")
	out.contains(t, "days/2024-01-01/index.html", "&lt;script&gt;alert(&#39;day&#39;)&lt;/script&gt;")
}

// TestCommentsStayPrivate: a curator's HTML comment, in a paper or a day,
// reaches no reader: not the page's text, its citation metadata, the feeds
// or the search index, with or without unsafeHTML; a tag's attributes keep
// their dashes; and a <!--more--> line ends the summary.
func TestCommentsStayPrivate(t *testing.T) {
	site := strings.Replace(smallSite, "Gamma abstract.\n", "Gamma -- abstract <!-- ask Bob -- private --> here.\n\nSecond paragraph. <span class=\"a--b\">x</span>\n\n<!--more-->\n\nThird.\n", 1) + `
-- content/days/2024-05-31.md --
---
title: Friday
---
<!-- the day's private -- note -->
Intro.
`
	for _, unsafe := range []bool{false, true} {
		src := site
		if unsafe {
			src = strings.Replace(site, "pageSize: 2\n", "pageSize: 2\nunsafeHTML: true\n", 1)
		}
		out := mustBuild(t, src)
		for p, s := range out {
			if strings.Contains(s, "ask Bob") && !(unsafe && strings.HasSuffix(p, "papers/2405.00003/index.html")) {
				t.Errorf("unsafeHTML %v: %s shows the paper's comment", unsafe, p)
			}
			if strings.Contains(s, "private -- note") && !(unsafe && p == "days/2024-05-31/index.html") {
				t.Errorf("unsafeHTML %v: %s shows the day's comment", unsafe, p)
			}
			if strings.Contains(s, "&lt;!") || strings.Contains(s, "<!–") || strings.Contains(s, "more–") {
				t.Errorf("unsafeHTML %v: %s shows a comment as text", unsafe, p)
			}
		}
		out.contains(t, "papers/2405.00003/index.html", `<meta name="description" content="Gamma – abstract here. Second paragraph. x">`)
		if unsafe {
			out.contains(t, "papers/2405.00003/index.html", `<span class="a--b">x</span>`)
		}
	}
}
