package generator

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/search"
	"github.com/paperboy-digest/paperboy/themes"
)

// themed is smallSite with theme "mine" and these extra theme files.
func themed(files string) string {
	return strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1) + files
}

// TestStaticClashes: a theme's static file at the path of a generated file,
// where the build needs a folder, or in a folder where the build writes a
// file, is an error at the theme file that names the generated file, the
// same from a build kept in memory (serve), a streamed build (which writes
// neither file) and check.
func TestStaticClashes(t *testing.T) {
	t.Parallel()
	const (
		rename = "; rename or remove it"
		folder = ", a file where this needs a folder" + rename
	)
	tests := []struct{ file, want string }{
		{"index.html", "clashes with the generated index.html (the home page)" + rename},
		{"404.html", "clashes with the generated 404.html (the page for addresses that do not exist)" + rename},
		{"sitemap.xml", "clashes with the generated sitemap.xml (the sitemap)" + rename},
		{".nojekyll", "clashes with the generated .nojekyll (the marker that has GitHub Pages publish the files as they are)" + rename},
		{"syntax.css", "clashes with the generated syntax.css (the code highlighting stylesheet)" + rename},
		{"feed.xml", "clashes with the generated feed.xml (a feed)" + rename},
		{"feeds.opml", "clashes with the generated feeds.opml (the list of every feed)" + rename},
		{"search/meta.json", "clashes with the generated search/meta.json (the search index)" + rename},
		{"topics/agents/papers.bib", "clashes with the generated topics/agents/papers.bib (the BibTeX file of the topic agents)" + rename},
		{"archive", "clashes with the generated archive/index.html (the archive page), which needs archive/ to be a folder" + rename},
		{"papers/2405.00001", "clashes with the generated papers/2405.00001/index.html (the page of the paper 2405.00001), which needs papers/2405.00001/ to be a folder" + rename},
		{"topics", "clashes with the generated topics/index.html (the list of topics), which needs topics/ to be a folder" + rename},
		{"index.html/foo.txt", "clashes with the generated index.html (the home page)" + folder},
		{"days/2024-05-31/index.html/x", "clashes with the generated days/2024-05-31/index.html (the page of the day 2024-05-31)" + folder},
		{"topics/agents/page/2/index.html/x", "clashes with the generated topics/agents/page/2/index.html (page 2 of the topic agents)" + folder},
		{"authors/ada-lovelace/page/2", "clashes with the generated authors/ada-lovelace/page/2/index.html (page 2 of the author ada-lovelace), which needs authors/ada-lovelace/page/2/ to be a folder" + rename},
		{"authors/ada-lovelace/papers.bib", "clashes with the generated authors/ada-lovelace/papers.bib (the BibTeX file of the author ada-lovelace)" + rename},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			archive := themed("-- themes/mine/static/" + tt.file + " --\nmine\n")
			want := "themes/mine/static/" + tt.file + ": " + tt.want

			_, err := buildSite(t, archive, Options{})
			if err == nil || err.Error() != want {
				t.Errorf("build error:\n%v\nwant\n%s", err, want)
			}
			var list diag.List
			if !errors.As(err, &list) {
				t.Errorf("build error %T, want a diag.List", err)
			}

			var mu sync.Mutex
			written := map[string]int{}
			_, err = Build(context.Background(), Options{Site: siteFS(archive), Emit: func(f model.File) error {
				mu.Lock()
				defer mu.Unlock()
				written[f.Path]++
				return nil
			}})
			if err == nil || err.Error() != want {
				t.Errorf("streamed build error:\n%v\nwant\n%s", err, want)
			}
			for p, n := range written {
				if n > 1 {
					t.Errorf("streamed build wrote %s %d times", p, n)
				}
				if p != tt.file && (strings.HasPrefix(p, tt.file+"/") || strings.HasPrefix(tt.file, p+"/")) {
					t.Errorf("streamed build wrote %s, which clashes with static/%s", p, tt.file)
				}
			}

			problems, err := Check(context.Background(), Options{Site: siteFS(archive)})
			wantP := Problem{Kind: "source", Path: "themes/mine/static/" + tt.file, Msg: tt.want}
			if err != nil || len(problems) != 1 || problems[0] != wantP {
				t.Errorf("Check = %v, %v; want [%v]", problems, err, wantP)
			}
		})
	}
}

// TestStaticClashesListed: every clash of a build is reported; a build
// whose templates fail reports the clashes found so far with them (those
// with the pages that rendered, the search index and the feeds).
func TestStaticClashesListed(t *testing.T) {
	clashes := `-- themes/mine/static/robots.txt/x --
x
-- themes/mine/static/archive --
x
-- themes/mine/static/feed.json --
x
`
	topics := "-- themes/mine/templates/topics.html --\n{{define \"main\"}}{{truncate 0 .Title}}{{end}}\n" // fails only when it runs
	for _, tt := range []struct {
		archive string
		want    []string
	}{
		{themed(clashes), []string{
			"themes/mine/static/archive: clashes with the generated archive/index.html",
			"themes/mine/static/feed.json: clashes with the generated feed.json (a feed)",
			"themes/mine/static/robots.txt/x: clashes with the generated robots.txt (the site's crawler rules), a file where this needs a folder",
		}},
		{themed(clashes + topics), []string{
			"themes/mine/static/archive: clashes with the generated archive/index.html",
			"themes/mine/templates/topics.html:1: template error",
		}},
	} {
		_, err := buildSite(t, tt.archive, Options{})
		var list diag.List
		if !errors.As(err, &list) {
			t.Fatalf("build error %v, want a diag.List", err)
		}
		if len(list) != len(tt.want) {
			t.Errorf("build error:\n%v\nwant %d errors", err, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.HasPrefix(list[i].Error(), w) {
				t.Errorf("error %d = %q, want it to begin %q", i, list[i], w)
			}
		}
	}
}

// TestStaticOverBuiltinFolder: a site's static folder where the built-in
// theme has a file would hide that file.
func TestStaticOverBuiltinFolder(t *testing.T) {
	_, err := buildSite(t, themed("-- themes/mine/static/style.css/dark.css --\nx\n"), Options{})
	want := "themes/mine/static/style.css/dark.css: clashes with the built-in theme's static/style.css, a file where this needs a folder; rename or remove it"
	if err == nil || err.Error() != want {
		t.Errorf("build error:\n%v\nwant\n%s", err, want)
	}
}

// TestStaticCaseClashes: a theme's static file whose path differs only in
// letter case from a generated file, a built-in static file or another of
// its own is one file with it on macOS and Windows: an error at the theme
// file naming both.
func TestStaticCaseClashes(t *testing.T) {
	const one = " differ only in letter case, so macOS and Windows would hold them as one file; rename or remove it"
	tests := []struct{ files, want string }{
		{"-- themes/mine/static/Index.html --\nx\n", "themes/mine/static/Index.html: Index.html and the generated index.html (the home page)" + one},
		{"-- themes/mine/static/SITEMAP.xml --\nx\n", "themes/mine/static/SITEMAP.xml: SITEMAP.xml and the generated sitemap.xml (the sitemap)" + one},
		{"-- themes/mine/static/Archive/photo.png --\nx\n", "themes/mine/static/Archive/photo.png: Archive/ and the generated archive/index.html (the archive page)" + one},
		{"-- themes/mine/static/Style.css --\nx\n", "themes/mine/static/Style.css: Style.css and the built-in theme's static/style.css" + one},
		{"-- themes/mine/static/Logo.svg --\na\n-- themes/mine/static/logo.svg --\nb\n", "themes/mine/static/logo.svg: logo.svg and themes/mine/static/Logo.svg" + one},
		{"-- themes/mine/static/IMG/a.png --\na\n-- themes/mine/static/img/b.png --\nb\n", "themes/mine/static/img/b.png: img/ and themes/mine/static/IMG/a.png" + one},
	}
	for _, tt := range tests {
		_, err := buildSite(t, themed(tt.files), Options{})
		if err == nil || err.Error() != tt.want {
			t.Errorf("build error:\n%v\nwant\n%s", err, tt.want)
		}
	}
}

// TestStaticProblemsAtOnce: a static file's own problems and its clashes
// with generated files are reported by one build.
func TestStaticProblemsAtOnce(t *testing.T) {
	_, err := buildSite(t, themed("-- themes/mine/static/Index.html --\nx\n-- themes/mine/static/Logo.svg --\na\n-- themes/mine/static/logo.svg --\nb\n"), Options{})
	for _, want := range []string{"themes/mine/static/Index.html: Index.html and the generated index.html", "themes/mine/static/logo.svg: logo.svg and themes/mine/static/Logo.svg"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("build error:\n%v\nwant it to contain\n%s", err, want)
		}
	}
}

// TestStaticWindowsNames: a theme's static file or folder whose name
// Windows cannot hold is an error at it.
func TestStaticWindowsNames(t *testing.T) {
	const rename = ", so a Windows checkout of the site could not hold it; rename it"
	tests := []struct{ file, want string }{
		{"con.png", `themes/mine/static/con.png: the name "con.png" is a reserved device name on Windows` + rename},
		{"img/what?.svg", `themes/mine/static/img/what?.svg: the name "what?.svg" holds '?', which Windows does not allow in file names` + rename},
		{"a:b.css", `themes/mine/static/a:b.css: the name "a:b.css" holds ':', which Windows does not allow in file names` + rename},
		{"notes./x.txt", `themes/mine/static/notes.: the name "notes." ends in a dot or a space, which Windows drops from file names` + rename},
		{"logo.svg ", `themes/mine/static/logo.svg : the name "logo.svg " ends in a dot or a space, which Windows drops from file names` + rename},
	}
	for _, tt := range tests {
		fsys := siteFS(themed(""))
		fsys["themes/mine/static/"+tt.file] = &fstest.MapFile{Data: []byte("x")}
		_, err := Build(context.Background(), Options{Site: fsys})
		if err == nil || err.Error() != tt.want {
			t.Errorf("build error:\n%v\nwant\n%s", err, tt.want)
		}
	}
}

// TestLiveStaticClash: serve's build reports a clash too, and builds again
// once the file is gone.
func TestLiveStaticClash(t *testing.T) {
	fsys := siteFS(themed("-- themes/mine/static/archive --\nx\n-- themes/mine/static/custom.css --\nx\n"))
	live := NewLive(Options{Site: fsys}, ".")
	_, _, err := live.Build(context.Background(), nil)
	if want := "themes/mine/static/archive: clashes with the generated archive/index.html"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("live build error %v, want %s…", err, want)
	}
	delete(fsys, "themes/mine/static/archive")
	if _, _, err := live.Build(context.Background(), []string{"themes/mine/static/archive"}); err != nil {
		t.Fatalf("live build after the fix: %v", err)
	}
}

// TestThemeRobots: a theme's static/robots.txt replaces the generated one;
// the site's sitemap is added unless it names a sitemap itself.
func TestThemeRobots(t *testing.T) {
	t.Parallel()
	const sitemap = "Sitemap: https://example.org/repo/sitemap.xml\n"
	tests := []struct{ name, theme, want string }{
		{"keep crawlers out", "User-agent: *\nDisallow: /\n", "User-agent: *\nDisallow: /\n\n" + sitemap},
		{"no final newline", "User-agent: *\nDisallow: /", "User-agent: *\nDisallow: /\n\n" + sitemap},
		{"empty", "", sitemap},
		{"own sitemap", "User-agent: *\nAllow: /\nsitemap: https://example.org/other.xml\n", "User-agent: *\nAllow: /\nsitemap: https://example.org/other.xml\n"},
		{"own sitemap after a BOM", "\uFEFFSitemap: https://example.org/s.xml\r\nUser-agent: *\r\n", "\uFEFFSitemap: https://example.org/s.xml\r\nUser-agent: *\r\n"},
		{"CRLF, no final line end", "User-agent: *\r\nDisallow: /", "User-agent: *\r\nDisallow: /\r\n\r\n" + strings.ReplaceAll(sitemap, "\n", "\r\n")},
		{"own sitemap, lone CR", "User-agent: *\rSitemap: https://example.org/s.xml\r", "User-agent: *\rSitemap: https://example.org/s.xml\r"},
		{"lone CR", "User-agent: *\rDisallow: /\r", "User-agent: *\rDisallow: /\r\r" + strings.ReplaceAll(sitemap, "\n", "\r")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := siteFS(themed("-- themes/mine/static/robots.txt --\n"))
			fsys["themes/mine/static/robots.txt"].Data = []byte(tt.theme) // as it is: txtar would end it with a newline
			res, err := Build(context.Background(), Options{Site: fsys})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range res.Files {
				if f.Path == "robots.txt" {
					got = append(got, string(f.Data))
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("robots.txt = %q, want one, %q", got, tt.want)
			}
		})
	}
}

// TestThemeManifest: a theme's static/manifest.webmanifest replaces the
// generated one as it is (its colours are the theme's to give); one that
// is not a JSON object is an error at its line.
func TestThemeManifest(t *testing.T) {
	t.Parallel()
	const own = "{\n  \"name\": \"Lab\",\n  \"theme_color\": \"#8a1c1c\"\n}\n"
	out := mustBuild(t, themed("-- themes/mine/static/manifest.webmanifest --\n"+own))
	if got := out.file(t, "manifest.webmanifest"); got != own {
		t.Errorf("manifest.webmanifest = %q, want the theme's %q", got, own)
	}
	_, err := buildSite(t, themed("-- themes/mine/static/manifest.webmanifest --\n{\n  \"name\": \"Lab\",\n}\n"), Options{})
	errorsStart(t, err, []string{"themes/mine/static/manifest.webmanifest:3: this web app manifest is not a JSON object (invalid character '}'"})
}

// TestThemeManifestLinks: check reports each address of a theme's
// manifest.webmanifest that names no file of the site at its line: a root
// path that leaves out the base path, with the one to write, and an icon
// the site does not have; the theme's addresses under the base path, or
// relative, and the generated manifest are no problem.
func TestThemeManifestLinks(t *testing.T) {
	t.Parallel()
	own := "\uFEFF{\n  \"name\": \"Lab\",\n  \"start_url\": \"/\",\n  \"scope\": \"/repo/\",\n" +
		"  \"icons\": [{\"src\": \"/icon-192.png\", \"sizes\": \"192x192\"},\n    {\"src\": \"icon-1024.png\"}, {\"src\": \"icon-512.png\"}],\n" +
		"  \"shortcuts\": [{\"name\": \"Search\", \"url\": \"search/\"}],\n  \"related_applications\": [{\"url\": \"https://example.com/app\"}]\n}\n"
	for _, tt := range []struct {
		files string
		want  []string
	}{
		{"-- themes/mine/static/manifest.webmanifest --\n" + own, []string{
			`themes/mine/static/manifest.webmanifest:3: "start_url": "/" is outside the site's base path /repo/, so a phone that adds the site to its home screen takes it from the server's root, another site; write "/repo/", or "./" relative to the manifest`,
			`themes/mine/static/manifest.webmanifest:5: "src": "/icon-192.png" is outside the site's base path /repo/, so a phone that adds the site to its home screen takes it from the server's root, another site; write "/repo/icon-192.png", or "icon-192.png" relative to the manifest`,
			`themes/mine/static/manifest.webmanifest:6: "src": "icon-1024.png" names no file of the site: no such file icon-1024.png; put the file in the theme's static/ folder, or fix the address (relative to the manifest)`,
		}},
		{"-- themes/mine/static/x.css --\n", nil},
	} {
		problems, err := Check(context.Background(), Options{Site: siteFS(themed(tt.files))})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range problems {
			if strings.Contains(p.Path, "manifest") {
				got = append(got, p.String())
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("check found\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
		}
	}
}

// TestThemeRobotsUnderSubPath: a theme's robots.txt on a site below its
// host's root is published where no crawler reads it, which the build
// warns of at the file, naming the host's /robots.txt; at the root it is
// read, and there is no warning.
func TestThemeRobotsUnderSubPath(t *testing.T) {
	t.Parallel()
	site := siteFS(themed("-- themes/mine/static/robots.txt --\nUser-agent: *\nDisallow: /repo/search/\n"))
	for _, tt := range []struct{ base, want string }{
		{"", "themes/mine/static/robots.txt: the site is under /repo/, so this file is published at https://example.org/repo/robots.txt, where no crawler reads it " +
			"(crawlers read robots.txt only at a host's root), and its rules do nothing; put them, with /repo/ in front of their paths, in https://example.org/robots.txt, " +
			"which the host's root serves, with the line `Sitemap: https://example.org/repo/sitemap.xml`, and delete this file"},
		{"https://example.org/", ""},
	} {
		got := robotsWarnings(t, site, tt.base)
		if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Equal(got, []string{tt.want}) {
			t.Errorf("base %q: warnings %q, want %q", tt.base, got, tt.want)
		}
	}
}

// robotsWarnings returns the warnings a build of site at base gives of
// robots.txt.
func robotsWarnings(t *testing.T, site fstest.MapFS, base string) []string {
	t.Helper()
	res, err := Build(context.Background(), Options{Site: site, BaseURL: base})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ownWarnings(res) {
		if strings.Contains(p.String(), "robots.txt") {
			got = append(got, p.String())
		}
	}
	return got
}

// TestThemeRobotsSitemapLine: a Sitemap: line of a theme's robots.txt
// stands in for the one the build adds, so one that is relative, on
// another host (the site's former address) or, with no line naming the
// site's sitemap, another file, is warned of at its line with the line to
// write; the site's own sitemap, and another file beside it, are not.
func TestThemeRobotsSitemapLine(t *testing.T) {
	t.Parallel()
	const fix = "and it stands in for the line the build adds, so the site's sitemap goes unread; write `Sitemap: https://example.org/sitemap.xml`, or delete the line to have the build add it"
	for _, tt := range []struct{ theme, want string }{
		{"User-agent: *\nDisallow: /search/\nSitemap: /sitemap.xml\n",
			"themes/mine/static/robots.txt:3: `Sitemap: /sitemap.xml` names a relative address, which crawlers ignore (they read only a full URL), " + fix},
		{"User-agent: *\r\nsitemap:https://ada.github.io/repo/sitemap.xml # old\r\n",
			"themes/mine/static/robots.txt:2: `sitemap:https://ada.github.io/repo/sitemap.xml # old` names a sitemap on another host than the site's example.org (a former address?), which crawlers do not read for this site, " + fix},
		{"\uFEFFSitemap: https://example.org/other.xml\n",
			"themes/mine/static/robots.txt:1: `Sitemap: https://example.org/other.xml` names another file than the site's sitemap, " + fix},
		{"User-agent: *\nSitemap: https://example.org/sitemap.xml\nSitemap: https://example.org/other.xml\n", ""},
		{"User-agent: *\nDisallow:\n", ""},
	} {
		site := siteFS(themed("-- themes/mine/static/robots.txt --\n"))
		site["themes/mine/static/robots.txt"].Data = []byte(tt.theme)
		got := robotsWarnings(t, site, "https://example.org/")
		if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Equal(got, []string{tt.want}) {
			t.Errorf("robots.txt %q: warnings %q, want %q", tt.theme, got, tt.want)
		}
	}
}

// TestSiteIcon: the site's icon is the first of favicon.svg, favicon.png
// and favicon.ico its theme's static/ has, else the built-in favicon.svg;
// every page links it, with its type (which a browser sniffs from an
// ICO), and the Atom and JSON feeds name it.
func TestSiteIcon(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ files, icon, typ string }{
		{"", "favicon.svg", "image/svg+xml"},
		{"-- themes/mine/static/favicon.png --\n", "favicon.png", "image/png"},
		{"-- themes/mine/static/favicon.ico --\n-- themes/mine/static/favicon.png --\n", "favicon.png", "image/png"},
		{"-- themes/mine/static/favicon.ico --\n", "favicon.ico", ""},
		{"-- themes/mine/static/favicon.png --\n-- themes/mine/static/favicon.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", "favicon.svg", "image/svg+xml"},
	} {
		out := mustBuild(t, themed("-- themes/mine/static/x.css --\n"+tt.files))
		url := "https://example.org/repo/" + tt.icon
		link := `<link rel="icon" href="/repo/` + tt.icon + `">`
		if tt.typ != "" {
			link = `<link rel="icon" href="/repo/` + tt.icon + `" type="` + tt.typ + `">`
		}
		out.contains(t, "index.html", link)
		out.contains(t, "papers/2405.00001/index.html", link)
		out.contains(t, "atom.xml", "<icon>"+url+"</icon>")
		out.contains(t, "feed.json", `"icon": "`+url+`"`, `"favicon": "`+url+`"`)
	}
}

// TestHomeScreenIcons: every page links a PNG icon for iOS's home screen
// and the web app manifest, whose name, start and scope are the site's
// title and base path and whose icons are Android's: the built-in theme's
// (drawn as its favicon.svg), or a theme's own of the same names; a theme
// with an icon of its own has only the home-screen icons it has itself,
// not Paperboy's, which are not published either (iOS fetches
// /apple-touch-icon.png unlinked), nor is the built-in favicon.svg.
func TestHomeScreenIcons(t *testing.T) {
	t.Parallel()
	const touch = `<link rel="apple-touch-icon" href="/repo/apple-touch-icon.png">`
	icon := func(n string) string {
		return `"src": "/repo/icon-` + n + `.png",` + "\n      \"sizes\": \"" + n + "x" + n + `",`
	}
	for _, tt := range []struct {
		name, files    string
		touch          bool
		icons, noIcons []string
		file, from     string // a home-screen icon published, and what it starts with
	}{
		{"built in", "", true, []string{icon("192"), icon("512")}, nil, "apple-touch-icon.png", "\x89PNG\r\n\x1a\n"},
		{"a theme's own", "-- themes/mine/static/icon-192.png --\nmine\n", true, []string{icon("192"), icon("512")}, nil, "icon-192.png", "\x89PNG"},
		{"a theme's own favicon", "-- themes/mine/static/favicon.png --\n", false, nil, []string{icon("192"), icon("512")}, "", ""},
		{"a theme's own favicon and touch icon", "-- themes/mine/static/favicon.png --\n-- themes/mine/static/apple-touch-icon.png --\nmine\n-- themes/mine/static/icon-512.png --\n", true,
			[]string{icon("512")}, []string{icon("192")}, "apple-touch-icon.png", "mine"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fsys := siteFS(themed("-- themes/mine/static/x.css --\n" + tt.files))
			for _, n := range []int{192, 512} {
				if f := fsys["themes/mine/static/icon-"+strconv.Itoa(n)+".png"]; f != nil {
					f.Data = pngOf(t, n, n)
				}
			}
			res, err := Build(context.Background(), Options{Site: fsys})
			if err != nil {
				t.Fatal(err)
			}
			out := built(filesOf(res))
			for _, page := range []string{"index.html", "papers/2405.00001/index.html"} {
				out.contains(t, page, `<link rel="manifest" href="/repo/manifest.webmanifest">`,
					`<meta name="theme-color" content="#f6f8fa" media="(prefers-color-scheme: light)">`,
					`<meta name="theme-color" content="#171d24" media="(prefers-color-scheme: dark)">`)
				if tt.touch {
					out.contains(t, page, touch)
				} else {
					out.lacks(t, page, touch)
				}
			}
			out.contains(t, "manifest.webmanifest", `"name": "Test Digest",`, `"start_url": "/repo/",`, `"scope": "/repo/",`)
			out.contains(t, "manifest.webmanifest", tt.icons...)
			out.lacks(t, "manifest.webmanifest", tt.noIcons...)
			ownIcon := strings.Contains(tt.files, "favicon.png")
			for _, f := range []string{"favicon.svg", "apple-touch-icon.png", "icon-192.png", "icon-512.png"} {
				_, published := out[f]
				if want := !ownIcon || strings.Contains(tt.files, "static/"+f+" "); published != want {
					t.Errorf("%s published = %v, want %v", f, published, want)
				}
			}
			if tt.file != "" && !strings.HasPrefix(out.file(t, tt.file), tt.from) {
				t.Errorf("%s starts %q, want %q", tt.file, out.file(t, tt.file)[:4], tt.from)
			}
		})
	}
}

// TestHomeIconsAsTheyAre: the web app manifest declares each home-screen
// icon of a theme with the size and type its file has, and the build warns
// at the file of one that is not the size or the PNG its name says (Chrome
// refuses an icon whose entry is not its own); one that is no image is
// left out of the manifest, with a warning.
func TestHomeIconsAsTheyAre(t *testing.T) {
	t.Parallel()
	fsys := siteFS(themed("-- themes/mine/static/favicon.png --\n-- themes/mine/static/icon-192.png --\n-- themes/mine/static/icon-512.png --\n"))
	fsys["themes/mine/static/icon-192.png"].Data = pngOf(t, 64, 64)
	fsys["themes/mine/static/icon-512.png"].Data = raster(t, 512, 512, func(b *bytes.Buffer, m image.Image) error { return gif.Encode(b, m, nil) })
	res, err := Build(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	out := built(filesOf(res))
	out.contains(t, "manifest.webmanifest", `"src": "/repo/icon-192.png",`, `"sizes": "64x64",`, `"type": "image/png"`,
		`"src": "/repo/icon-512.png",`, `"sizes": "512x512",`, `"type": "image/gif"`)
	var got []string
	for _, p := range ownWarnings(res) {
		got = append(got, p.String())
	}
	want := []string{
		"themes/mine/static/icon-192.png: is a PNG image of 64×64 pixels, not the 192×192 PNG its name says; the web app manifest declares it as it is, " +
			"and Android wants a 192×192 icon to add the site to its home screen (Chrome refuses one declared otherwise); save a 192×192 PNG image as icon-192.png",
		"themes/mine/static/icon-512.png: is a GIF image of 512×512 pixels, not the 512×512 PNG its name says; the web app manifest declares it as it is, " +
			"and Android wants a 512×512 icon to add the site to its home screen (Chrome refuses one declared otherwise); save a 512×512 PNG image as icon-512.png",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	fsys["themes/mine/static/icon-192.png"].Data = []byte("mine\n")
	if res, err = Build(context.Background(), Options{Site: fsys}); err != nil {
		t.Fatal(err)
	}
	built(filesOf(res)).lacks(t, "manifest.webmanifest", "icon-192.png")
	const notImage = "themes/mine/static/icon-192.png: is not a PNG, JPEG, GIF or WebP image (its first bytes are none of theirs), so the web app manifest leaves it out " +
		"and a phone has no 192×192 icon to add the site to its home screen by; save a 192×192 PNG image as icon-192.png"
	if got := ownWarnings(res); len(got) != 2 || got[0].String() != notImage {
		t.Errorf("warnings %q, want %q first", got, notImage)
	}
}

// TestMissingThemeFolder: a theme: with no folder is an error at its line.
func TestMissingThemeFolder(t *testing.T) {
	_, err := buildSite(t, themed(""), Options{})
	want := "content/site.yaml:5: theme \"mine\": the folder themes/mine does not exist; create it (paperboy new theme mine) or remove `theme:`" // after pageSize:
	if err == nil || err.Error() != want {
		t.Errorf("build error:\n%v\nwant\n%s", err, want)
	}
	_, err = buildSite(t, themed("-- themes/mien/static/x.css --\nx\n"), Options{})
	want = "content/site.yaml:5: theme \"mine\": the folder themes/mine does not exist; did you mean \"mien\"?"
	if err == nil || err.Error() != want {
		t.Errorf("build error:\n%v\nwant\n%s", err, want)
	}

	// A theme kept in its own repository and linked into themes/ is a
	// theme folder too.
	dir := writeArchive(t, themed("-- lab-repo/static/x.css --\nx\n"))
	if err := os.MkdirAll(filepath.Join(dir, "themes"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../lab-repo", filepath.Join(dir, "themes/mien")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	_, err = Build(context.Background(), Options{Site: os.DirFS(dir)})
	if err == nil || err.Error() != want {
		t.Errorf("linked theme folder: build error:\n%v\nwant\n%s", err, want)
	}
}

// TestStaleSearchScript: a theme's copy of search.js that reads another
// index format than the build writes is an error at the line that says so
// (an upgrade left a copied script saying search was unavailable); the
// built-in script reads the format the build writes, and a script of the
// theme's own is let be.
func TestStaleSearchScript(t *testing.T) {
	builtin, err := fs.ReadFile(themes.Default(), "static/search.js")
	if err != nil {
		t.Fatal(err)
	}
	if line, format := searchFormat(builtin); line == 0 || format != search.FormatVersion {
		t.Errorf("the built-in search.js reads format %d (line %d), the index is format %d", format, line, search.FormatVersion)
	}
	_, err = buildSite(t, themed("-- themes/mine/static/search.js --\n(function () {\n  'use strict';\n  var FORMAT = 1;\n})();\n"), Options{})
	want := fmt.Sprintf("themes/mine/static/search.js:3: this copy of search.js reads search index format 1, and this Paperboy writes format %d", search.FormatVersion)
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("stale search.js: err = %v, want %q…", err, want)
	}
	mustBuild(t, themed("-- themes/mine/static/search.js --\nconsole.log('my own search');\n"))
}

// TestOptionalStaticCase: a static file that a template links only when
// it is there ({{with static "custom.css"}}, as the built-in theme links
// custom.css) but whose name differs in letter case (Custom.css) is
// linked by no page, on any disk, and the build and check warn at it with
// the name the theme asks for.
func TestOptionalStaticCase(t *testing.T) {
	site := themed("-- themes/mine/static/Custom.css --\nbody { color: red }\n")
	want := `themes/mine/static/Custom.css: the theme links custom.css only when a file of exactly that name is there ({{with static "custom.css"}}), and this one's name differs in letter case, so no page links it; rename it static/custom.css`
	res, err := Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].String() != want {
		t.Errorf("build warnings %q, want %q", res.Warnings, want)
	}
	for _, f := range res.Files {
		if strings.HasSuffix(f.Path, ".html") && strings.Contains(strings.ToLower(string(f.Data)), "custom.css") {
			t.Errorf("%s links the misnamed stylesheet", f.Path)
			break
		}
	}
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil || !slices.ContainsFunc(problems, func(p Problem) bool { return p.String() == want }) {
		t.Errorf("check: %v, %v; want %q", problems, err, want)
	}
	// The file under its exact name is linked, without a word.
	res, err = Build(context.Background(), Options{Site: siteFS(themed("-- themes/mine/static/custom.css --\nbody { color: red }\n"))})
	if err != nil || len(res.Warnings) != 0 || !strings.Contains(filesOf(res)["index.html"], "custom.css") {
		t.Errorf("custom.css: warnings %v, %v", res.Warnings, err)
	}
}

// TestOptionalStaticAskedOtherwise: a template of the site's theme that
// asks for a static file in another letter case than the file has
// ({{with static "Favicon.svg"}} for the built-in favicon.svg, or
// staticIfThere for the theme's custom.css) is warned of at its line,
// quoting the call as written, with the name to write; the file, which
// other templates find by its name, is let be.
func TestOptionalStaticAskedOtherwise(t *testing.T) {
	site := themed("-- themes/mine/static/custom.css --\nbody { color: red }\n" +
		"-- themes/mine/templates/page.html --\n{{define \"main\"}}\n{{with static \"Favicon.svg\"}}<img src=\"{{.}}\" alt=\"\">{{end}}\n{{with staticIfThere \"Custom.css\"}}x{{end}}\n{{end}}\n" +
		"-- content/pages/about.md --\n---\ntitle: About\n---\nAbout.\n")
	want := []string{
		`themes/mine/templates/page.html:2: {{with static "Favicon.svg"}} links nothing, as the theme's file is themes/default/static/favicon.svg (built in): letter case counts on the site; write "favicon.svg"`,
		`themes/mine/templates/page.html:3: {{staticIfThere "Custom.css"}} links nothing, as the theme's file is themes/mine/static/custom.css: letter case counts on the site; write "custom.css"`,
	}
	if got := warningsOf(t, site); !slices.Equal(got, want) {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestStaticEditorFiles: the swap, backup and temporary files an editor
// leaves beside a theme's static file are not published (the preview,
// which never rebuilds for them, would not have them), and the site's
// own dot files are (.well-known/).
func TestStaticEditorFiles(t *testing.T) {
	out := mustBuild(t, themed("-- themes/mine/static/custom.css --\n.v{}\n"+
		"-- themes/mine/static/custom.css~ --\nold\n-- themes/mine/static/.custom.css.swp --\nswap\n"+
		"-- themes/mine/static/notes.tmp --\ntmp\n-- themes/mine/static/#custom.css# --\nautosave\n"+
		"-- themes/mine/static/.well-known/security.txt --\nContact: mailto:a@example.org\n"))
	for _, p := range []string{"custom.css~", ".custom.css.swp", "notes.tmp", "#custom.css#"} {
		if _, ok := out[p]; ok {
			t.Errorf("the build publishes the editor's %s", p)
		}
	}
	out.file(t, "custom.css")
	out.file(t, ".well-known/security.txt")
}

// TestRedirectsFile: a site with former addresses gets a _redirects, for
// Netlify and Cloudflare Pages, whose rules send each on with a 301 from
// the base path, sorted, after the lines of the theme's own _redirects
// (in its line endings); a site without any gets none, or the theme's as
// it is.
func TestRedirectsFile(t *testing.T) {
	t.Parallel()
	moved := strings.NewReplacer("upvotes: 5\n", "upvotes: 5\naliases: [alpha, /posts/alpha/]\n", "    name: Agents\n", "    name: Agents\n    aliases: [bots]\n").Replace
	const head = "# Former addresses (aliases: in the sources), sent on with a 301. Each rule\n" +
		"# is twice: Netlify applies 301!, since a page with a refresh is at each\n" +
		"# address too, for GitHub Pages; Cloudflare Pages ignores 301! and applies 301.\n"
	const rules = head +
		"/repo/papers/alpha/ /repo/papers/2405.00001/ 301!\n/repo/papers/alpha/ /repo/papers/2405.00001/ 301\n" +
		"/repo/posts/alpha/ /repo/papers/2405.00001/ 301!\n/repo/posts/alpha/ /repo/papers/2405.00001/ 301\n" +
		"/repo/topics/bots/ /repo/topics/agents/ 301!\n/repo/topics/bots/ /repo/topics/agents/ 301\n" +
		"/repo/topics/bots/page/2/ /repo/topics/agents/page/2/ 301!\n/repo/topics/bots/page/2/ /repo/topics/agents/page/2/ 301\n"
	theme := themed("-- themes/mine/static/_redirects --\n")
	for _, tt := range []struct {
		name, site string
		theme      string // the theme's static/_redirects, when site has one
		want       string // "": none
	}{
		{"no former addresses", smallSite, "", ""},
		{"former addresses", moved(smallSite), "", rules},
		{"theme's rules first", moved(theme), "/blog/* /repo/:splat 301\n", "/blog/* /repo/:splat 301\n" + rules},
		{"theme's, no final newline", moved(theme), "/blog/* /repo/:splat 301", "/blog/* /repo/:splat 301\n" + rules},
		{"theme's in CRLF", moved(theme), "/blog/* /repo/:splat 301\r\n", "/blog/* /repo/:splat 301\r\n" + strings.ReplaceAll(rules, "\n", "\r\n")},
		{"theme's, empty", moved(theme), "", rules},
		{"theme's alone", theme, "/blog/* /repo/:splat 301\n", "/blog/* /repo/:splat 301\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fsys := siteFS(tt.site)
			if f := fsys["themes/mine/static/_redirects"]; f != nil {
				f.Data = []byte(tt.theme) // as it is: txtar would end it with a newline
			}
			res, err := Build(context.Background(), Options{Site: fsys})
			if err != nil {
				t.Fatal(err)
			}
			got, ok := filesOf(res)["_redirects"]
			if want := tt.want; ok != (want != "") || got != want {
				t.Errorf("_redirects = %q (%v), want %q", got, ok, want)
			}
		})
	}
}

// TestLiveThemeRedirects: an edit of the theme's static/_redirects takes
// a full build, which adds the site's rules to it, where copying it over
// its output alone dropped them.
func TestLiveThemeRedirects(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, strings.Replace(themed("-- themes/mine/static/_redirects --\n/blog/* /repo/:splat 301\n"), "upvotes: 5\n", "upvotes: 5\naliases: [alpha]\n", 1))
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	edited := editFile(t, dir, "themes/mine/static/_redirects", "/blog/", "/news/")
	res, _, err := live.Build(context.Background(), []string{edited})
	if err != nil {
		t.Fatal(err)
	}
	if got := filesOf(res)["_redirects"]; !strings.HasPrefix(got, "/news/* /repo/:splat 301\n") || !strings.Contains(got, "/repo/papers/alpha/ /repo/papers/2405.00001/ 301\n") {
		t.Errorf("_redirects after the edit = %q, want the theme's new line and the site's rules", got)
	}
}
