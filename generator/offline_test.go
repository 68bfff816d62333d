package generator

import (
	"fmt"
	"maps"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestOfflineLink: a link into the site (one that starts with the base
// path) is made relative to the page's folder, a folder's ending in
// index.html; any other is left as it is.
func TestOfflineLink(t *testing.T) {
	o := offline{bases: []string{"/digest/"}}
	root := offline{bases: []string{"/"}}
	tests := []struct {
		o         offline
		v, up     string
		index     bool
		want      string
		wantFound bool
	}{
		{o, "/digest/style.css", "../../", true, "../../style.css", true},
		{o, "/digest/papers/2405.1/", "../../", true, "../../papers/2405.1/index.html", true},
		{o, "/digest/", "../../", true, "../../index.html", true},
		{o, "/digest/", "", true, "index.html", true},
		{o, "/digest", "../", true, "../index.html", true},
		{o, "/digest/days/2024-05-27/#paper-x", "../", true, "../days/2024-05-27/index.html#paper-x", true},
		{o, "/digest/search/?q=a&b=c", "", true, "search/index.html?q=a&b=c", true},
		{o, "/digest/#top", "", true, "index.html#top", true},
		{o, "/digest/search/", "../", false, "../search/", true}, // a script's folder (data-index)
		{o, "/digest/", "", false, "./", true},                   // data-root on the root's page
		{o, "/digestive/x/", "", true, "/digestive/x/", false},
		{o, "https://lab.example.org/digest/papers/x/", "../", true, "https://lab.example.org/digest/papers/x/", false},
		{o, "#main", "../", true, "#main", false},
		{o, "../style.css", "../", true, "../style.css", false},
		{o, "/other/x.css", "../", true, "/other/x.css", false},
		{root, "/style.css", "../", true, "../style.css", true},
		{root, "//cdn.example.org/x.js", "../", true, "//cdn.example.org/x.js", false},
		{root, "/", "", true, "index.html", true},
	}
	for _, tt := range tests {
		got, found := tt.o.link(tt.v, tt.up, tt.index)
		if got != tt.want || found != tt.wantFound {
			t.Errorf("link(%q, %q, %v) under %v = %q, %v, want %q, %v", tt.v, tt.up, tt.index, tt.o.bases, got, found, tt.want, tt.wantFound)
		}
	}
}

// TestOfflinePage: only the values of the attributes that hold links into
// the site change; every other byte of the page is as it was, however
// its tags are written.
func TestOfflinePage(t *testing.T) {
	o := offline{bases: []string{"/digest/"}}
	tests := []struct{ in, want string }{
		{`<a href="/digest/x/">x</a>`, `<a href="../x/index.html">x</a>`},
		{`<A HREF='/digest/x/' class=y>x</A>`, `<A HREF='../x/index.html' class=y>x</A>`},
		{`<a class=y href=/digest/x/>x</a>`, `<a class=y href="../x/index.html">x</a>`},
		{`<a  href = "/digest/x.css"  >`, `<a  href = "../x.css"  >`},
		{`<img src="/digest/a.png" srcset="/digest/a.png 1x, /digest/a@2x.png 2x" alt="/digest/">`, `<img src="../a.png" srcset="../a.png 1x, ../a@2x.png 2x" alt="/digest/">`},
		{`<a href="/digest/s/?q=a&amp;b=c">`, `<a href="../s/index.html?q=a&amp;b=c">`},
		{`<a href="/digest/a/" href="/digest/b/">`, `<a href="../a/index.html" href="/digest/b/">`}, // the second is no attribute
		{`<form action="/digest/search/" data-index="/digest/search/" data-root="/digest/">`, `<form action="../search/index.html" data-index="../search/" data-root="../">`},
		{`<meta http-equiv="refresh" content="0; url=/digest/archive/">`, `<meta http-equiv="refresh" content="0; url=../archive/index.html">`},
		{`<meta name="x" content="/digest/archive/">`, `<meta name="x" content="/digest/archive/">`},
		{`<link rel="canonical" href="https://lab.example.org/digest/x/">`, `<link rel="canonical" href="https://lab.example.org/digest/x/">`},
		{`<div style="background: url(/digest/bg.png)">`, `<div style="background: url(../bg.png)">`},
		{"<style>a{background:url('/digest/bg.png')}</style><p>url(/digest/bg.png)</p>", "<style>a{background:url('../bg.png')}</style><p>url(/digest/bg.png)</p>"},
		{`<script>var u = "/digest/x/";</script><!-- <a href="/digest/"> -->`, `<script>var u = "/digest/x/";</script><!-- <a href="/digest/"> -->`},
		{`<p>/digest/ &amp; <br/></p><a href="/digest/x"`, `<p>/digest/ &amp; <br/></p><a href="/digest/x"`}, // a tag cut short is kept
	}
	for _, tt := range tests {
		if got := string(o.page([]byte(tt.in), "../")); got != tt.want {
			t.Errorf("page(%q) =\n%s\nwant\n%s", tt.in, got, tt.want)
		}
	}
}

// TestOfflineCSS: a style sheet's url()s and @imports into the site are
// relative to its own folder.
func TestOfflineCSS(t *testing.T) {
	o := offline{bases: []string{"/digest/"}}
	tests := []struct{ in, up, want string }{
		{`a{background:url(/digest/img/bg.png)}`, "", `a{background:url(img/bg.png)}`},
		{`a{background:url( "/digest/img/bg.png" )}`, "../", `a{background:url( "../img/bg.png" )}`},
		{`@import "/digest/fonts.css"; @import url('/digest/more.css');`, "", `@import "fonts.css"; @import url('more.css');`},
		{`a{background:url(https://cdn.example.org/bg.png) url(data:image/png;base64,AAAA)}`, "", `a{background:url(https://cdn.example.org/bg.png) url(data:image/png;base64,AAAA)}`},
	}
	for _, tt := range tests {
		if got := string(o.css([]byte(tt.in), tt.up)); got != tt.want {
			t.Errorf("css(%q, %q) = %q, want %q", tt.in, tt.up, got, tt.want)
		}
	}
}

// offlineSite is the golden site with what else links into it: a theme
// style sheet with a url() from the root, a picture in raw HTML with a
// srcset, and a paper's former address (a page with a refresh).
func offlineSite(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "golden", "site.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	site := strings.Replace(string(src), "title: Golden Digest\n", "title: Golden Digest\nunsafeHTML: true\ntheme: lab\n", 1)
	return site + `-- themes/lab/static/custom.css --
body { background: url(/digest/pattern.svg); }
-- themes/lab/static/pattern.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/papers/2405.00009.md --
---
title: Offline
arxiv: "2405.00009"
authors: [Ada Lovelace]
date: 2024-06-03
aliases: [old-offline]
---
<img src="/digest/pattern.svg" srcset="/digest/pattern.svg 1x, /digest/pattern.svg 2x" alt="A pattern">
`
}

// TestOfflineBuildLinksResolve builds a site --offline and follows every
// link of every page into it, as a browser does from disk: each resolves,
// relative to the page's folder, to a file the build wrote (a folder's
// link ends in index.html), and none starts with the base path.
func TestOfflineBuildLinksResolve(t *testing.T) {
	out, err := buildSite(t, offlineSite(t), Options{Offline: true})
	if err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	if !strings.Contains(out.file(t, "papers/2405.00001/index.html"), `<link rel="stylesheet" href="../../style.css">`) {
		t.Errorf("papers/2405.00001/index.html links its style sheet otherwise than ../../style.css")
	}
	if css := out.file(t, "custom.css"); !strings.Contains(css, "url(pattern.svg)") {
		t.Errorf("custom.css = %q, want its url() relative: url(pattern.svg)", css)
	}
	checked, kinds := 0, map[string]bool{}
	for _, p := range slices.Sorted(maps.Keys(out)) {
		if path.Ext(p) != ".html" {
			continue
		}
		for _, l := range offlineLinks(out[p]) {
			if strings.HasPrefix(l.val, "/digest") {
				t.Errorf("%s: %s=%q starts with the base path", p, l.key, l.val)
				continue
			}
			u, err := url.Parse(l.val)
			if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" {
				continue // another site's, a fragment, a data: URL
			}
			target := path.Join(path.Dir(p), u.Path)
			if strings.HasPrefix(l.key, "data-") && strings.HasSuffix(u.Path, "/") {
				target = path.Join(target, "index.html") // a script's folder
			}
			if _, ok := out[target]; !ok {
				t.Errorf("%s: %s=%q names %s, which the build did not write", p, l.key, l.val, target)
			}
			checked++
			kinds[l.key] = true
		}
	}
	if checked < 500 {
		t.Errorf("followed %d links, want every page's (the golden site has hundreds)", checked)
	}
	for _, k := range []string{"href", "src", "srcset", "action", "refresh", "data-root", "data-index"} {
		if !kinds[k] {
			t.Errorf("followed no link of a %s", k)
		}
	}
}

// TestOfflineBuildChangesOnlyLinks: a page built --offline is the default
// build's but for the values of the attributes that hold links into the
// site, byte for byte; and the files that are no page or style sheet are
// the same.
func TestOfflineBuildChangesOnlyLinks(t *testing.T) {
	site := offlineSite(t)
	def, err := buildSite(t, site, Options{})
	if err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	off, err := buildSite(t, site, Options{Offline: true})
	if err != nil {
		t.Fatalf("offline build failed:\n%v", err)
	}
	if !slices.Equal(slices.Sorted(maps.Keys(def)), slices.Sorted(maps.Keys(off))) {
		t.Fatalf("the offline build wrote other files than the default one")
	}
	for p, want := range def {
		got := off[p]
		switch path.Ext(p) {
		case ".html":
			if diff := sameButLinks(want, got); diff != "" {
				t.Errorf("%s differs from the default build's but for its links: %s", p, diff)
			}
		case ".css":
			if got != strings.ReplaceAll(want, "/digest/", "") {
				t.Errorf("%s = %q, want %q with its url()s relative", p, got, want)
			}
		default:
			if got != want {
				t.Errorf("%s differs from the default build's, though it is no page", p)
			}
		}
	}
}

// attrLink is an attribute of a page's tag.
type attrLink struct{ key, val string }

// offlineLinks returns the attributes of page's tags that hold a link: href,
// src, action, poster, each of a srcset's, a refresh's url= and the
// search form's data-root and data-index.
func offlineLinks(page string) []attrLink {
	z := html.NewTokenizer(strings.NewReader(page))
	var out []attrLink
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			for _, a := range tok.Attr {
				switch a.Key {
				case "content":
					if _, u, ok := strings.Cut(a.Val, "url="); ok && slices.ContainsFunc(tok.Attr, func(a html.Attribute) bool { return a.Key == "http-equiv" }) {
						out = append(out, attrLink{"refresh", u})
					}
				case "href", "src", "action", "poster", "data-root", "data-index":
					out = append(out, attrLink{a.Key, a.Val})
				case "srcset":
					for _, c := range strings.Split(a.Val, ",") {
						if f := strings.Fields(c); len(f) > 0 {
							out = append(out, attrLink{a.Key, f[0]})
						}
					}
				}
			}
		}
	}
}

// sameButLinks returns "" when the page off is the page def but for the
// values of attributes that in def hold a link into the site (one with
// the base path, /digest), and those of <style> url()s; else what differs.
func sameButLinks(def, off string) string {
	zd, zo := html.NewTokenizer(strings.NewReader(def)), html.NewTokenizer(strings.NewReader(off))
	for {
		td, to := zd.Next(), zo.Next()
		rd, ro := string(zd.Raw()), string(zo.Raw())
		switch {
		case td != to:
			return fmt.Sprintf("%s where the default build has %s", ro, rd)
		case td == html.ErrorToken:
			if rd != ro {
				return fmt.Sprintf("ends in %q, not %q", ro, rd)
			}
			return ""
		case td != html.StartTagToken && td != html.SelfClosingTagToken:
			if strings.ReplaceAll(rd, "url(/digest/", "url(../") != ro && strings.ReplaceAll(rd, "url(/digest/", "url(") != ro && rd != ro {
				return fmt.Sprintf("%q where the default build has %q", ro, rd)
			}
			continue
		}
		sd, so := attrSpans([]byte(rd)), attrSpans([]byte(ro))
		if len(sd) != len(so) {
			return fmt.Sprintf("%s where the default build has %s", ro, rd)
		}
		ad, ao := 0, 0
		for i := range sd {
			if sd[i].val < 0 {
				continue
			}
			vd, vo := rd[sd[i].val:sd[i].valEnd], ro[so[i].val:so[i].valEnd]
			if rd[ad:sd[i].val] != ro[ao:so[i].val] || vd != vo && !strings.Contains(vd, "/digest") {
				return fmt.Sprintf("%s where the default build has %s", ro, rd)
			}
			ad, ao = sd[i].valEnd, so[i].valEnd
		}
		if rd[ad:] != ro[ao:] {
			return fmt.Sprintf("%s where the default build has %s", ro, rd)
		}
	}
}
