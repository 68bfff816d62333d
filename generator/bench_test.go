package generator

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// BenchmarkBuildSite builds the site in $PAPERBOY_BENCH_SITE (a folder with
// content/), or the sample site, in memory.
func BenchmarkBuildSite(b *testing.B) {
	defaultGC(b)
	dir := benchSite()
	for b.Loop() {
		if _, err := Build(context.Background(), Options{Site: os.DirFS(dir)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildSmall builds a site of 20 papers over four days in
// memory, as the tests build hundreds, with the built-in theme alone and
// with a theme of the site's own that replaces a page and a partial: the
// cost a build pays whatever its size.
func BenchmarkBuildSmall(b *testing.B) {
	defaultGC(b)
	var papers strings.Builder
	for i := range 20 {
		id := fmt.Sprintf("2406.%05d", i+1)
		papers.WriteString(stubPaper(id, fmt.Sprintf("2024-06-0%d", i%4+1)))
	}
	theme := "-- themes/mine/templates/paper.html --\n{{define \"main\"}}\n<h1>{{.Paper.Title}}</h1>\n{{end}}\n" +
		"-- themes/mine/templates/partials/mine.html --\n{{define \"mine\"}}\n{{.Name}}\n{{end}}\n"
	for _, bc := range []struct{ name, archive string }{
		{"builtin", siteYAML + papers.String()},
		{"theme", strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1) + theme + papers.String()},
	} {
		site := siteFS(bc.archive)
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Build(context.Background(), Options{Site: site}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRenderPages renders every page of the site in
// $PAPERBOY_BENCH_SITE (or the sample site) from its templates, with the
// site already parsed and indexed: the template hot path.
func BenchmarkRenderPages(b *testing.B) {
	defaultGC(b)
	dir := benchSite()
	var files, bytes int
	discard := func(f model.File) error { files++; bytes += len(f.Data); return nil }
	_, rend, err := build(context.Background(), Options{Site: os.DirFS(dir), Workers: 1, Emit: discard})
	if err != nil {
		b.Fatal(err)
	}
	files, bytes = 0, 0
	for b.Loop() {
		if err := rend.All(context.Background(), discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(files)/float64(b.N), "files/op")
	b.SetBytes(int64(bytes / b.N))
}

// BenchmarkLiveEdit times the preview server's rebuild after one paper's
// abstract changed (Live's quick path) on the site in $PAPERBOY_BENCH_SITE
// (or the sample site), held in memory: the time a curator waits for the
// reload, less the watcher's debounce.
func BenchmarkLiveEdit(b *testing.B) {
	defaultGC(b)
	dir := benchSite()
	src, site := os.DirFS(dir), fstest.MapFS{}
	for _, root := range []string{"content", "themes"} {
		err := fs.WalkDir(src, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(src, p)
			site[p] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			b.Fatal(err)
		}
	}
	live := NewLive(Options{Site: site}, "")
	ctx := context.Background()
	res, _, err := live.Build(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	days := res.Site.Days
	// The first paper file of the newest days is in the whole-site feed;
	// one of the middle of the archive usually is not.
	paperFile := func(days []*model.Day) string {
		for _, d := range days {
			for _, p := range d.Papers {
				if strings.HasPrefix(p.Source, "content/papers/") {
					return p.Source
				}
			}
		}
		b.Fatalf("%s: no paper file", dir)
		return ""
	}
	for _, bc := range []struct{ name, paper string }{
		{"newest", paperFile(days)},
		{"middle", paperFile(days[len(days)/2:])},
	} {
		paper := bc.paper
		orig := site[paper].Data
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				site[paper].Data = fmt.Appendf(bytes.Clone(orig), "\nEdited %d times.\n", i)
				if _, quick, err := live.Build(ctx, []string{paper}); err != nil || !quick {
					b.Fatalf("edit %d: quick %v, %v", i, quick, err)
				}
			}
		})
	}
	paper := paperFile(days)
	orig := site[paper].Data
	upvotes := regexp.MustCompile(`\nupvotes: *\d+\n`)
	if !upvotes.Match(orig) {
		b.Fatalf("%s has no upvotes: line", paper)
	}
	// A save with a mistake in the front matter, which fails, then the
	// save that fixes it and edits the abstract: the pair.
	b.Run("mistake", func(b *testing.B) {
		broken := upvotes.ReplaceAll(orig, []byte("\nupvotes: [1\n"))
		for i := 0; b.Loop(); i++ {
			site[paper].Data = broken
			if _, _, err := live.Build(ctx, []string{paper}); err == nil {
				b.Fatalf("edit %d: the broken front matter built", i)
			}
			site[paper].Data = fmt.Appendf(bytes.Clone(orig), "\nEdited %d times.\n", i)
			if _, _, err := live.Build(ctx, []string{paper}); err != nil {
				b.Fatalf("edit %d: %v", i, err)
			}
		}
	})
	// A new title: the quick path, which also renders its neighbours',
	// authors' and organization's pages and its .bib files.
	title := regexp.MustCompile(`(?m)^title: *"`)
	if !title.Match(orig) {
		b.Fatalf("%s has no title: line in double quotes", paper)
	}
	b.Run("title", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			site[paper].Data = title.ReplaceAll(orig, fmt.Appendf(nil, `title: "Edit %d: `, i))
			if _, quick, err := live.Build(ctx, []string{paper}); err != nil || !quick {
				b.Fatalf("edit %d: quick %v, %v", i, quick, err)
			}
		}
	})
	site[paper].Data = orig
	if _, _, err := live.Build(ctx, []string{paper}); err != nil {
		b.Fatal(err)
	}
	if completed(b, ctx, live) == nil { // the search index of the edits above
		b.Fatal("Complete returned nil")
	}
	// A plain field (model.PlainKeys), new on each edit, on its line or
	// on one written after the upvotes: line: the quick path, complete
	// for a code link or a comment, incomplete for the journal's name,
	// which the search index has (and its BibTeX entry too), for a
	// TL;DR written as a block over lines of its own and for a DOI; a
	// figure (image:), complete, which also makes its days' pages again;
	// and the dates of the first and latest versions, complete: a new year
	// for the BibTeX key (published:), a new time for the sitemap's lastmod
	// (updated:); and keywords that give no topic, incomplete (the search
	// index has them).
	for _, f := range []struct {
		name, key, value string
		incomplete       bool
	}{
		{"code", "code", `"https://github.com/bench/repo-%d"`, false},
		{"comment", "comment", `"%d pages, 3 figures"`, false},
		{"journal", "journal", `"Journal of Benchmarks %d"`, true},
		{"tldrblock", "tldr", ">-\n  A TL;DR of edit %d,\n  folded over two lines.", true},
		{"doi", "doi", `"10.1000/bench.%d"`, true},
		{"image", "image", `"https://example.org/bench/fig-%d.png"`, false},
		{"updated", "updated", `"3%03d-06-30T12:00:00Z"`, false},
		{"published", "published", `"1%03d-01-02"`, false},
		{"keywords", "keywords", `[bench, "edit %d"]`, true},
	} {
		own := regexp.MustCompile(`(?m)^` + f.key + `:.*$`)
		paper, orig := paper, orig
		if f.key == "image" && own.Match(orig) {
			// A new figure in place of one beside the sources drops that
			// file from the site, which takes a full build: the edit goes
			// to a paper without a figure (the sample site's newest has one).
			paper = withoutLine(b, site, days, own, upvotes)
			orig = site[paper].Data
		}
		b.Run(f.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				line := fmt.Appendf(nil, "%s: "+f.value, f.key, i)
				if own.Match(orig) {
					site[paper].Data = own.ReplaceAllLiteral(orig, line)
				} else {
					site[paper].Data = upvotes.ReplaceAllFunc(orig, func(m []byte) []byte { return append(append(bytes.Clone(m), line...), '\n') })
				}
				if res, incomplete, err := live.Build(ctx, []string{paper}); err != nil || incomplete != f.incomplete || res.Stages != nil {
					b.Fatalf("edit %d: %v, incomplete %v, full %v; want the quick path, incomplete %v", i, err, incomplete, res != nil && res.Stages != nil, f.incomplete)
				}
			}
		})
		site[paper].Data = orig
		if _, _, err := live.Build(ctx, []string{paper}); err != nil {
			b.Fatal(err)
		}
		if f.incomplete && completed(b, ctx, live) == nil {
			b.Fatal("Complete returned nil")
		}
	}
	benchAuthors(b, live, site, days)
	benchAuthorName(b, live, site, days, res.Site.Authors)
	benchOrganization(b, live, site)
	// New upvotes: the quick path of counts, which ranks the paper's day
	// again and renders what shows it, its week's and month's top and its
	// topics', authors' and organization's pages.
	b.Run("upvotes", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			site[paper].Data = upvotes.ReplaceAll(orig, fmt.Appendf(nil, "\nupvotes: %d\n", 100000+i))
			if res, incomplete, err := live.Build(ctx, []string{paper}); err != nil || incomplete || res.Stages != nil {
				b.Fatalf("edit %d: %v, incomplete %v, full %v; want the quick path of counts", i, err, incomplete, res != nil && res.Stages != nil)
			}
		}
	})
	// An import's refresh of the newest day: new upvotes for each of its
	// paper files, which turn its ranking around on every other edit.
	var refresh []string
	for _, p := range days[0].Papers {
		if strings.HasPrefix(p.Source, "content/papers/") && upvotes.Match(site[p.Source].Data) {
			refresh = append(refresh, p.Source)
		}
	}
	refreshed := map[string][]byte{}
	for _, f := range refresh {
		refreshed[f] = site[f].Data
	}
	b.Run("refresh", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			for j, f := range refresh {
				n := 1000 + j
				if i%2 == 1 {
					n = 1000 - j
				}
				site[f].Data = upvotes.ReplaceAll(refreshed[f], fmt.Appendf(nil, "\nupvotes: %d\n", n))
			}
			if res, incomplete, err := live.Build(ctx, refresh); err != nil || incomplete || res.Stages != nil {
				b.Fatalf("edit %d: %v, incomplete %v, full %v; want the quick path of counts", i, err, incomplete, res != nil && res.Stages != nil)
			}
		}
	})
	// The refresh later in the day: new upvotes for each, and an AI
	// summary for each (a new line, or a new value on every other edit):
	// the quick path of counts, whose search index waits for Complete.
	b.Run("summaries", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			for j, f := range refresh {
				site[f].Data = upvotes.ReplaceAll(refreshed[f], fmt.Appendf(nil, "\nupvotes: %d\nai_summary: \"Summary %d of paper %d.\"\n", 2000+i+j, i%2, j))
			}
			if res, incomplete, err := live.Build(ctx, refresh); err != nil || !incomplete || res.Stages != nil {
				b.Fatalf("edit %d: %v, incomplete %v, full %v; want the quick path of counts, incomplete", i, err, incomplete, res != nil && res.Stages != nil)
			}
		}
	})
	// The refresh saved with an abstract edited meanwhile: new upvotes
	// for each, and a new sentence in the first one's abstract, the
	// quick path of counts, whose search index waits for Complete.
	b.Run("abstractcounts", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			for j, f := range refresh {
				site[f].Data = upvotes.ReplaceAll(refreshed[f], fmt.Appendf(nil, "\nupvotes: %d\n", 3000+i+j))
			}
			site[refresh[0]].Data = fmt.Appendf(site[refresh[0]].Data, "\nEdited %d times.\n", i)
			if res, incomplete, err := live.Build(ctx, refresh); err != nil || !incomplete || res.Stages != nil {
				b.Fatalf("edit %d: %v, incomplete %v, full %v; want the quick path of counts, incomplete", i, err, incomplete, res != nil && res.Stages != nil)
			}
		}
	})
	for _, f := range refresh {
		site[f].Data = refreshed[f]
	}
	if _, _, err := live.Build(ctx, refresh); err != nil {
		b.Fatal(err)
	}
	// Another front matter edit: a full rebuild, whose unchanged files share
	// the published build's bytes (its B/op, against a clean build's).
	b.Run("full", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			site[paper].Data = upvotes.ReplaceAll(orig, fmt.Appendf(nil, "\nupvotes: %d\n# edit %d\n", 100000+i, i))
			if res, _, err := live.Build(ctx, []string{paper}); err != nil || res.Stages == nil {
				b.Fatalf("edit %d: %v; want a full build", i, err)
			}
		}
	})
	site[paper].Data = orig
	if _, _, err := live.Build(ctx, []string{paper}); err != nil {
		b.Fatal(err)
	}
	// A day file's intro and order: the newest day file whose edits take
	// the day's quick path, its first two papers swapped on every other
	// edit.
	edit := func(d *model.Day, orig []byte, i int) error {
		data := fmt.Appendf(bytes.Clone(orig), "\nEdited %d times.\n", i)
		if i%2 == 1 {
			a, z := []byte(d.Order[0]), []byte(d.Order[1])
			data = bytes.Replace(data, a, []byte("\x00"), 1)
			data = bytes.Replace(data, z, a, 1)
			data = bytes.Replace(data, []byte("\x00"), z, 1)
		}
		site[d.Source].Data = data
		res, incomplete, err := live.Build(ctx, []string{d.Source})
		if err == nil && (incomplete || res.Stages != nil) {
			err = fmt.Errorf("incomplete %v, full %v; want the day's quick path", incomplete, res.Stages != nil)
		}
		return err
	}
	for _, d := range days {
		if d.Source == "" || len(d.Order) < 2 {
			continue
		}
		orig := site[d.Source].Data
		if edit(d, orig, 0) != nil || edit(d, orig, 1) != nil {
			site[d.Source].Data = orig
			continue
		}
		b.Run("day", func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if err := edit(d, orig, i); err != nil {
					b.Fatalf("edit %d of %s: %v", i, d.Source, err)
				}
			}
		})
		site[d.Source].Data = orig
		if _, _, err := live.Build(ctx, []string{d.Source}); err != nil {
			b.Fatal(err)
		}
		break
	}
	// The newest day file saved as it was: nothing to rebuild.
	if i := slices.IndexFunc(days, func(d *model.Day) bool { return d.Source != "" }); i >= 0 {
		src := days[i].Source
		b.Run("daysame", func(b *testing.B) {
			for j := 0; b.Loop(); j++ {
				if res, _, err := live.Build(ctx, []string{src}); err != nil || res.Unchanged == "" {
					b.Fatalf("save %d of %s: %v; want nothing rebuilt", j, src, err)
				}
			}
		})
	}
	// A save of a file of a theme site.yaml does not use: nothing to
	// rebuild.
	const unused = "themes/benchunused/email/digest.txt"
	b.Run("unused", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			site[unused] = &fstest.MapFile{Data: fmt.Appendf(nil, "{{.Digest.Name}} %d\n", i)}
			if res, _, err := live.Build(ctx, []string{unused}); err != nil || res.Unchanged == "" {
				b.Fatalf("edit %d: %v; want nothing rebuilt", i, err)
			}
		}
	})
	// The same saved with a paper's abstract: the abstract's quick path.
	b.Run("unusedabstract", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			site[unused] = &fstest.MapFile{Data: fmt.Appendf(nil, "{{.Digest.Name}} %d\n", i)}
			site[paper].Data = fmt.Appendf(bytes.Clone(orig), "\nEdited %d times.\n", i)
			if res, incomplete, err := live.Build(ctx, []string{unused, paper}); err != nil || !incomplete || res.Stages != nil {
				b.Fatalf("edit %d: %v, incomplete %v, full %v; want the quick path, incomplete", i, err, incomplete, res != nil && res.Stages != nil)
			}
		}
	})
	site[paper].Data = orig
	delete(site, unused)
	if _, _, err := live.Build(ctx, []string{unused, paper}); err != nil {
		b.Fatal(err)
	}
	if completed(b, ctx, live) == nil {
		b.Fatal("Complete returned nil")
	}
	benchListedElsewhere(b, live, site, days, upvotes)
	// An email template broken, then fixed: each save tries the email
	// templates alone, the published site kept. The site gets a theme
	// of an email template alone, so a preview of its own.
	cfg := site["content/site.yaml"].Data
	if regexp.MustCompile(`(?m)^theme:`).Match(cfg) {
		return
	}
	const email = "themes/benchmail/email/digest.txt"
	site["content/site.yaml"].Data = append(bytes.Clone(cfg), "\ntheme: benchmail\n"...)
	site[email] = &fstest.MapFile{Data: []byte("{{.Digest.Name}}\n")}
	live = NewLive(Options{Site: site}, "")
	if _, _, err := live.Build(ctx, nil); err != nil {
		b.Fatal(err)
	}
	b.Run("email", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			site[email].Data = []byte("{{.Digest.Name}}\n{{(index .Papers 1000).Title}}\n")
			if _, _, err := live.Build(ctx, []string{email}); err == nil {
				b.Fatalf("edit %d: the broken email template built", i)
			}
			site[email].Data = fmt.Appendf(nil, "{{.Digest.Name}} %d\n", i)
			if res, _, err := live.Build(ctx, []string{email}); err != nil || res.Stages != nil {
				b.Fatalf("edit %d: %v; want the email templates tried alone", i, err)
			}
		}
	})
	// An email template saved with a paper's abstract: the abstract's
	// quick path, then the email templates tried on the site it made.
	b.Run("emailabstract", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			site[email].Data = fmt.Appendf(nil, "{{.Digest.Name}} and %d\n", i)
			site[paper].Data = fmt.Appendf(bytes.Clone(orig), "\nEdited %d times.\n", i)
			if res, incomplete, err := live.Build(ctx, []string{email, paper}); err != nil || !incomplete || res.Stages != nil {
				b.Fatalf("edit %d: %v, incomplete %v, full %v; want the quick path, incomplete", i, err, incomplete, res != nil && res.Stages != nil)
			}
		}
	})
}

// benchListedElsewhere times, on the newest day file's day made to list
// the first paper of the day before it as well (as an import appends a
// paper its source lists again), a paper of that day's new abstract
// saved with its new upvotes ("listedcounts": the quick path of counts,
// incomplete) and an edit of the day file's intro ("listedday": the
// day's quick path), each of which took a full build before.
func benchListedElsewhere(b *testing.B, live *Live, site fstest.MapFS, days []*model.Day, upvotes *regexp.Regexp) {
	ctx := context.Background()
	i := slices.IndexFunc(days, func(d *model.Day) bool { return d.Source != "" })
	if i < 0 || i+1 >= len(days) || !bytes.HasPrefix(site[days[i].Source].Data, []byte("---\n")) {
		return
	}
	d, other := days[i], days[i+1].Papers[0]
	own := slices.IndexFunc(d.Papers, func(p *model.Paper) bool {
		return strings.HasPrefix(p.Source, "content/papers/") && upvotes.Match(site[p.Source].Data) && p.Date.Equal(d.Date)
	})
	if own < 0 || slices.Contains(d.Order, other.ID) {
		return
	}
	dayOrig, paper := site[d.Source].Data, d.Papers[own].Source
	paperOrig := site[paper].Data
	listed := fmt.Appendf(nil, "---\npapers: [%q]\n%s", other.ID, dayOrig[len("---\n"):])
	if regexp.MustCompile(`(?m)^papers:`).Match(dayOrig) {
		return // a list of its own: left as it is
	}
	site[d.Source].Data = listed
	if res, _, err := live.Build(ctx, []string{d.Source}); err != nil || res.Stages == nil {
		b.Fatalf("%s listing %s: %v; want a full build", d.Source, other.ID, err)
	}
	b.Run("listedcounts", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			data := upvotes.ReplaceAll(paperOrig, fmt.Appendf(nil, "\nupvotes: %d\n", 4000+i))
			site[paper].Data = fmt.Appendf(data, "\nEdited %d times.\n", i)
			if res, incomplete, err := live.Build(ctx, []string{paper}); err != nil || !incomplete || res.Stages != nil {
				b.Fatalf("edit %d: %v, incomplete %v, full %v; want the quick path of counts, incomplete", i, err, incomplete, res != nil && res.Stages != nil)
			}
		}
	})
	site[paper].Data = paperOrig
	if _, _, err := live.Build(ctx, []string{paper}); err != nil || completed(b, ctx, live) == nil {
		b.Fatal("the paper restored:", err)
	}
	b.Run("listedday", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			site[d.Source].Data = fmt.Appendf(bytes.Clone(listed), "\nEdited %d times.\n", i)
			if res, incomplete, err := live.Build(ctx, []string{d.Source}); err != nil || incomplete || res.Stages != nil {
				b.Fatalf("edit %d: %v, incomplete %v, full %v; want the day's quick path", i, err, incomplete, res != nil && res.Stages != nil)
			}
		}
	})
	site[d.Source].Data = dayOrig
	if _, _, err := live.Build(ctx, []string{d.Source}); err != nil {
		b.Fatal(err)
	}
}

// benchAuthors times, on the newest paper file whose first two authors
// swapped take the quick path (one whose new first author changes no
// other paper's BibTeX key), its authors: saved in one order and then
// the other ("authors": the quick path, incomplete: its pages, the
// lists and feed items that show it, its BibTeX entry and key).
func benchAuthors(b *testing.B, live *Live, site fstest.MapFS, days []*model.Day) {
	for _, d := range days {
		for _, p := range d.Papers {
			if f := site[p.Source]; strings.HasPrefix(p.Source, "content/papers/") && f != nil {
				if swapped, ok := swapAuthors(f.Data); ok && benchToggle(b, live, site, "authors", p.Source, swapped) {
					return
				}
			}
		}
	}
}

// benchAuthorName times, on the newest paper file whose last author's
// name changed to that of one of the site's most prolific authors takes
// the quick path (one that leaves the old name a page and gives no
// author's papers a page more or fewer), the name saved changed and
// then back ("authorname": the quick path, incomplete: what "authors"
// makes again, and every page of both authors and of the paper's other
// authors, the index of authors and the sitemap).
func benchAuthorName(b *testing.B, live *Live, site fstest.MapFS, days []*model.Day, authors []*model.Author) {
	prolific := slices.SortedStableFunc(slices.Values(authors), func(x, y *model.Author) int { return len(y.Papers) - len(x.Papers) })
	prolific = prolific[:min(5, len(prolific))]
	for _, d := range days[:min(5, len(days))] {
		for _, p := range d.Papers {
			f := site[p.Source]
			if !strings.HasPrefix(p.Source, "content/papers/") || f == nil || len(p.Authors) < 2 {
				continue
			}
			old := []byte(strconv.Quote(p.Authors[len(p.Authors)-1]))
			for _, a := range prolific {
				if slices.Contains(p.Authors, a.Name) || !bytes.Contains(f.Data, old) {
					continue
				}
				if benchToggle(b, live, site, "authorname", p.Source, bytes.Replace(f.Data, old, []byte(strconv.Quote(a.Name)), 1)) {
					return
				}
			}
		}
	}
}

// benchLabs is how many organizations benchOrganization gives the papers
// at most: about a hundred papers each at 10,000.
const benchLabs = 97

// orgLine matches a paper file's organization: line.
var orgLine = regexp.MustCompile(`(?m)^organization:.*$`)

// benchOrganization times an organization: corrected to the name of
// another organization with a page, the newest paper's where both
// organizations' papers take as many pages as they did, saved changed
// and then back ("organization": the quick path, incomplete: the
// paper's pages, the lists and feed items that show it, every page of
// both organizations, their .bib files, the index of organizations and
// the sitemap). The benchmark's corpus names no organization, so every
// paper file without an organization: line is first given one of
// benchLabs labs (fewer on a smaller site: a hundred papers each, two at
// least) in turn, a full build, with the site put back after as another.
func benchOrganization(b *testing.B, live *Live, site fstest.MapFS) {
	ctx := context.Background()
	orig := map[string][]byte{}
	var files []string
	for _, path := range slices.Sorted(maps.Keys(site)) {
		if f := site[path]; strings.HasPrefix(path, "content/papers/") && bytes.HasPrefix(f.Data, []byte("---\n")) && !orgLine.Match(f.Data) {
			files = append(files, path)
		}
	}
	labs := min(benchLabs, max(2, len(files)/100))
	for i, path := range files {
		f := site[path]
		orig[path] = f.Data
		f.Data = fmt.Appendf([]byte("---\n"), "organization: \"Bench Lab %d\"\n%s", i%labs, f.Data[4:])
	}
	res, _, err := live.Build(ctx, files)
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		for path, data := range orig {
			site[path].Data = data
		}
		if _, _, err := live.Build(ctx, files); err != nil {
			b.Fatal("the papers restored:", err)
		}
	}()
	size := res.Site.Config.PageSize
	pages := func(n int) int { return (n + size - 1) / size }
	for _, d := range res.Site.Days {
		for _, p := range d.Papers {
			o := p.OrganizationRef
			if orig[p.Source] == nil || o == nil || pages(len(o.Papers)-1) != pages(len(o.Papers)) {
				continue
			}
			for _, to := range res.Site.Organizations {
				if to == o || pages(len(to.Papers)+1) != pages(len(to.Papers)) {
					continue
				}
				edited := orgLine.ReplaceAllLiteral(site[p.Source].Data, []byte("organization: "+strconv.Quote(to.Name)))
				if !benchToggle(b, live, site, "organization", p.Source, edited) {
					b.Fatalf("%s: its organization corrected to %s took a full build", p.Source, to.Name)
				}
				return
			}
		}
	}
	b.Fatal("no paper to move to another organization")
}

// benchToggle runs the benchmark name, which saves the paper file at
// path as edited and then as it was, over and over, each save taking the
// quick path, incomplete, and reports whether it ran: not when the first
// two saves do not take that path. It leaves the file as it was, built
// and completed.
func benchToggle(b *testing.B, live *Live, site fstest.MapFS, name, path string, edited []byte) bool {
	ctx := context.Background()
	orig := site[path].Data
	edit := func(i int) error {
		site[path].Data = orig
		if i%2 == 0 {
			site[path].Data = edited
		}
		res, incomplete, err := live.Build(ctx, []string{path})
		if err == nil && (!incomplete || res.Stages != nil) {
			err = fmt.Errorf("incomplete %v, full %v; want the quick path, incomplete", incomplete, res.Stages != nil)
		}
		return err
	}
	ran := edit(0) == nil && edit(1) == nil
	if ran {
		b.Run(name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				if err := edit(i); err != nil {
					b.Fatalf("edit %d of %s: %v", i, path, err)
				}
			}
		})
	}
	site[path].Data = orig
	if _, _, err := live.Build(ctx, []string{path}); err != nil || ran && completed(b, ctx, live) == nil {
		b.Fatal("the paper restored:", err)
	}
	return ran
}

// authorItems and authorBrackets find the first two authors of a paper
// file's authors:, an item on each line or in brackets on its line.
var (
	authorItems    = regexp.MustCompile(`(?m)^authors:\n( +- [^\n]+\n)( +- [^\n]+\n)`)
	authorBrackets = regexp.MustCompile(`(?m)^authors: \[("[^"\n]*"), ("[^"\n]*")`)
)

// swapAuthors returns data, a paper file, with the first two authors of
// its authors: swapped, and whether it has two.
func swapAuthors(data []byte) ([]byte, bool) {
	for _, re := range []*regexp.Regexp{authorItems, authorBrackets} {
		m := re.FindSubmatchIndex(data)
		if m == nil {
			continue
		}
		first, second := data[m[2]:m[3]], data[m[4]:m[5]]
		if bytes.Equal(first, second) {
			return nil, false
		}
		out := slices.Concat(data[:m[2]], second, data[m[3]:m[4]], first, data[m[5]:])
		return out, true
	}
	return nil, false
}

// BenchmarkCheck checks the site in $PAPERBOY_BENCH_SITE (a folder with
// content/), or the sample site, as paperboy check does, with what it
// allocates.
func BenchmarkCheck(b *testing.B) {
	defaultGC(b)
	dir := benchSite()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Check(context.Background(), Options{Site: os.DirFS(dir)}); err != nil {
			b.Fatal(err)
		}
	}
}

// defaultGC runs b at the collector's default GOGC, as paperboy builds,
// where TestMain sets 400 for the tests.
func defaultGC(b *testing.B) {
	old := debug.SetGCPercent(100)
	b.Cleanup(func() { debug.SetGCPercent(old) })
}

// benchSite is the folder the benchmarks build: $PAPERBOY_BENCH_SITE (a
// folder with content/), or the sample site.
func benchSite() string {
	if dir := os.Getenv("PAPERBOY_BENCH_SITE"); dir != "" {
		return dir
	}
	return ".."
}

// withoutLine returns the first paper file of days (newest first) that
// has no line matching line and has one matching want.
func withoutLine(b *testing.B, site fstest.MapFS, days []*model.Day, line, want *regexp.Regexp) string {
	for _, d := range days {
		for _, p := range d.Papers {
			if f := site[p.Source]; strings.HasPrefix(p.Source, "content/papers/") && f != nil && !line.Match(f.Data) && want.Match(f.Data) {
				return p.Source
			}
		}
	}
	b.Fatalf("no paper file without a line matching %s", line)
	return ""
}
