package importer_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/importer"
)

// hfVariant returns the 2025 sample with its items edited by change (the
// decoded item list), as a new daily list.
func hfVariant(t *testing.T, change func(items []map[string]any) []map[string]any) importer.Batch {
	t.Helper()
	return sampleVariant(t, "daily_papers_2025-06-16.json", change)
}

// sampleVariant returns the Hugging Face sample named with its items
// edited by change, as a new daily list.
func sampleVariant(t *testing.T, sample string, change func(items []map[string]any) []map[string]any) importer.Batch {
	t.Helper()
	var items []map[string]any
	if err := json.Unmarshal(readSample(t, sample), &items); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(change(items))
	if err != nil {
		t.Fatal(err)
	}
	return parseSample(t, "variant.json", data)
}

func paperOf(item map[string]any) map[string]any { return item["paper"].(map[string]any) }

// TestIdempotent imports every sample twice (and the 2024 list on top of
// the others): the second run changes no byte and reports all unchanged.
func TestIdempotent(t *testing.T) {
	dir := t.TempDir()
	for _, name := range samples {
		importSample(t, dir, name)
	}
	first := snapshot(t, dir)
	for _, name := range samples {
		pl := importSample(t, dir, name)
		for _, c := range pl.Papers {
			if c.Status != importer.Unchanged {
				t.Errorf("%s: re-import: %s is %v (%v), want unchanged", name, c.Path, c.Status, c.Notes)
			}
		}
		if pl.DayFile.Status != importer.Unchanged {
			t.Errorf("%s: re-import: day file changes: %v", name, pl.DayFile.Notes)
		}
	}
	sameFiles(t, "second import", snapshot(t, dir), first)
}

// TestCuratorEditsSurvive edits every curator-owned and shared field
// (where it was published among them), then re-imports a list whose
// source fields changed.
func TestCuratorEditsSurvive(t *testing.T) {
	dir := t.TempDir()
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const path = "content/papers/2506.11924.md"
	edit(t, dir, path, `title: "Aligned Novel View Image and Geometry Synthesis via Cross-modal Attention Instillation"`,
		"# fixed the capitalisation\ntitle: \"Aligned Novel-View Image and Geometry Synthesis via Cross-Modal Attention Instillation\"")
	edit(t, dir, path, "date: 2025-06-16\n", "date: 2025-06-16\ntopics: [novel-view-synthesis] # mine\ntldr: \"Warp, then inpaint.\"\n")
	edit(t, dir, path, `code: "https://github.com/cvlab-kaist/MoAI"`, `code: "https://github.com/cvlab-kaist/MoAI-official"`)
	edit(t, dir, path, "  - \"Jin-Hwa Kim\"\n", "")
	edit(t, dir, path, "imported:", "journal: \"Nature & Friends\" # mine\nvolume: 630\nissue: S1\npages: 123-130\nextra:\n  rating: 5\ndraft: false\nimported:")
	notes := "\n\n## Notes\n\nRead this *twice*.\n"
	writeFile(t, dir, path, strings.TrimRight(readFile(t, dir, path), "\n")+notes)

	b := hfVariant(t, func(items []map[string]any) []map[string]any {
		p := paperOf(items[0])
		p["upvotes"], p["githubStars"] = 99, 1234
		p["title"] = "Aligned Novel View Image and Geometry Synthesis via Cross-modal Attention Instillation (v2)"
		p["projectPage"] = "https://cvlab-kaist.github.io/MoAI-v2/"
		p["summary"] = "A new abstract with a_b."
		items[0]["numComments"] = 7
		return items
	})
	pl := run(t, dir, b)
	got := readFile(t, dir, path)
	for _, want := range []string{
		"# fixed the capitalisation\ntitle: \"Aligned Novel-View Image and Geometry Synthesis via Cross-Modal Attention Instillation\"",
		"topics: [novel-view-synthesis] # mine\n", `tldr: "Warp, then inpaint."`, "extra:\n  rating: 5\n", "draft: false\n",
		"journal: \"Nature & Friends\" # mine\nvolume: 630\nissue: S1\npages: 123-130\n",
		`code: "https://github.com/cvlab-kaist/MoAI-official"`, "date: 2025-06-16\n",
		"upvotes: 99\n", "comments: 7\n", "stars: 1234\n", `project: "https://cvlab-kaist.github.io/MoAI-v2/"`,
		"---\nA new abstract with a\\_b.\n\n## Notes\n\nRead this *twice*.\n",
		`title: "Aligned Novel View Image and Geometry Synthesis via Cross-modal Attention Instillation (v2)"`, // recorded under imported:
	} {
		if !strings.Contains(got, want) {
			t.Errorf("after re-import %s lacks %q:\n%s", path, want, got)
		}
	}
	if strings.Contains(got, "Jin-Hwa Kim") {
		t.Errorf("the author the curator deleted came back:\n%s", got)
	}
	if c := pl.Papers[0]; c.Status != importer.Updated || !slices.Contains(c.Notes, "upvotes 20 → 99") || !slices.Contains(c.Notes, `title: the curator's version kept; the source's is now "Aligned Novel View Image and Geometry Synthesis via Cross-modal Attention Instillation (v2)"`) {
		t.Errorf("change of %s = %v %q", path, c.Status, c.Notes)
	}

	// Importing the same list again changes nothing; the curator's edits stay.
	before := snapshot(t, dir)
	run(t, dir, b)
	sameFiles(t, "third import", snapshot(t, dir), before)
}

// TestCuratorImage: the figure is a shared field. One the source changes
// follows it; one the curator replaced or deleted stays as they left it;
// the curator's image_alt is never touched.
func TestCuratorImage(t *testing.T) {
	dir := t.TempDir()
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const (
		follows  = "content/papers/2506.10892.md"
		replaced = "content/papers/2506.09427.md"
		deleted  = "content/papers/2506.09600.md"
		upload   = "https://cdn-uploads.huggingface.co/production/uploads/"
	)
	edit(t, dir, follows, "upvotes:", `image_alt: "The two diffusion processes side by side"`+"\nupvotes:")
	edit(t, dir, replaced, upload+"65f1713552c38a91e0a445e8/1FHKfzv4w4VzV4nhqKCJ7.png", "https://example.org/mine.png")
	edit(t, dir, deleted, `image: "`+upload+`671f8106d677d3a764a6f9a5/99oCW2IrMaCeLyuyfgvbG.png"`+"\n", "")
	b := hfVariant(t, func(items []map[string]any) []map[string]any {
		for _, it := range items {
			p := paperOf(it)
			if media, ok := p["mediaUrls"].([]any); ok {
				p["mediaUrls"] = append([]any{"https://cdn-uploads.huggingface.co/new.mp4", "https://cdn-uploads.huggingface.co/new-" + p["id"].(string) + ".png"}, media...)
			}
		}
		return items
	})
	run(t, dir, b)
	reimported(t, dir, []fileHas{
		{follows, []string{`image: "https://cdn-uploads.huggingface.co/new-2506.10892.png"`, `image_alt: "The two diffusion processes side by side"`}, nil},
		{replaced, []string{`image: "https://example.org/mine.png"`, `  image: "https://cdn-uploads.huggingface.co/new-2506.09427.png"`}, nil},
		{deleted, []string{`  image: "https://cdn-uploads.huggingface.co/new-2506.09600.png"`}, []string{"\nimage:"}},
	})
}

// fileHas is what a file must hold after a re-import, and must not.
type fileHas struct {
	path         string
	want, unwant []string
}

// reimported checks each file of dir against what it must and must not hold.
func reimported(t *testing.T, dir string, files []fileHas) {
	t.Helper()
	for _, c := range files {
		got := readFile(t, dir, c.path)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("after re-import %s lacks %q:\n%s", c.path, w, got)
			}
		}
		for _, w := range c.unwant {
			if strings.Contains(got, w) {
				t.Errorf("after re-import %s has %q:\n%s", c.path, w, got)
			}
		}
	}
}

// TestCuratorEditedAbstract keeps an edited abstract and, once the curator
// restores the recorded one, follows the source again.
func TestCuratorEditedAbstract(t *testing.T) {
	dir := t.TempDir()
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const path = "content/papers/2506.10892.md"
	edit(t, dir, path, "Uniform-state discrete diffusion models", "Uniform-state (USDM) discrete diffusion models")
	b := hfVariant(t, func(items []map[string]any) []map[string]any {
		paperOf(items[1])["summary"] = "Replaced abstract."
		return items
	})
	run(t, dir, b)
	if got := readFile(t, dir, path); !strings.Contains(got, "Uniform-state (USDM) discrete") || strings.Contains(got, "Replaced abstract.") {
		t.Errorf("the curator's abstract was replaced:\n%s", got)
	}
	// The curator deletes the abstract, keeping a note: the source's comes back.
	s := readFile(t, dir, path)
	writeFile(t, dir, path, s[:strings.LastIndex(s, "---\n")+4]+"\nA note.\n")
	run(t, dir, b)
	if got := readFile(t, dir, path); !strings.HasSuffix(got, "---\nReplaced abstract.\n\nA note.\n") {
		t.Errorf("the restored abstract does not follow the source:\n%s", got)
	}
}

// TestNewerVersion updates the abstract and version from a newer arXiv
// version, keeps the notes, and ignores an older version afterwards: its
// categories, DOI, journal reference and comment too, which a page
// showing v3's title beside v1's draft comment would mix.
func TestNewerVersion(t *testing.T) {
	dir := t.TempDir()
	v2 := string(readSample(t, "legacy-2016_id_list-1111.2011v2.xml"))
	v1 := strings.NewReplacer("1111.2011v2", "1111.2011v1", "Theoretical description", "Old description",
		`term="cond-mat.str-el"`, `term="cs.CV"`, "8 pages, 3 figures. Published version", "5 pages, draft",
		"10.1103/PhysRevB.85.115117", "10.1103/PhysRevB.85.000001", "Phys. Rev. B 85, 115117 (2012)", "Phys. Rev. B 85, 1 (2012)").Replace(v2)
	v3 := strings.NewReplacer("1111.2011v2", "1111.2011v3", "Theoretical description", "Revised description",
		"<updated>2012-04-02T12:38:54Z</updated>", "<updated>2013-01-01T00:00:00Z</updated>").Replace(v2)
	run(t, dir, parseSample(t, "v2.xml", []byte(v2)))
	const path = "content/papers/1111.2011.md"
	writeFile(t, dir, path, readFile(t, dir, path)+"\nMy note.\n")

	run(t, dir, parseSample(t, "v3.xml", []byte(v3)))
	got := readFile(t, dir, path)
	for _, want := range []string{"version: 3\n", "updated: 2013-01-01T00:00:00Z\n", "pdf: \"https://arxiv.org/pdf/1111.2011v3\"", "---\nRevised description of anisotropic", "single node.\n\nMy note.\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("after v3 the file lacks %q:\n%s", want, got)
		}
	}
	before := snapshot(t, dir)
	pl := run(t, dir, parseSample(t, "v1.xml", []byte(v1)))
	sameFiles(t, "importing an older version", snapshot(t, dir), before)
	if pl.Papers[0].Status != importer.Unchanged {
		t.Errorf("older version: %v", pl.Papers[0].Notes)
	}
}

// TestNewerVersionDropsWhatItLacks imports v2 of a paper with a DOI,
// journal reference and comment, then v3 without them (v1's "This paper
// has been withdrawn" must not describe v3): what the import wrote goes,
// what the curator wrote or edited stays, and so does all of it when the
// version is not newer.
func TestNewerVersionDropsWhatItLacks(t *testing.T) {
	v2 := string(readSample(t, "legacy-2016_id_list-1111.2011v2.xml"))
	lacking := regexp.MustCompile(`(?m)^ *<arxiv:(doi|comment|journal_ref) .*\n`)
	v3 := lacking.ReplaceAllString(strings.NewReplacer("1111.2011v2", "1111.2011v3",
		"<updated>2012-04-02T12:38:54Z</updated>", "<updated>2013-01-01T00:00:00Z</updated>").Replace(v2), "")
	if strings.Contains(v3, "arxiv:comment") {
		t.Fatal("v3 still has its comment")
	}
	const (
		path    = "content/papers/1111.2011.md"
		doi     = "doi: \"10.1103/PhysRevB.85.115117\"\n"
		ref     = "journal_ref: \"Phys. Rev. B 85, 115117 (2012)\"\n"
		comment = "comment: \"8 pages, 3 figures. Published version\"\n"
	)
	// unrecord takes key's digest out of imported:, as an import before
	// Paperboy recorded digests wrote it.
	unrecord := func(s, key string) string {
		return regexp.MustCompile(`\n  `+key+`: [0-9a-f]+`).ReplaceAllString(s, "")
	}
	for _, tc := range []struct {
		name       string
		edit       func(string) string // the curator's edit after v2's import
		next       string              // what is imported then
		want, gone []string
		note       string
		unrecorded string // in Plan.Unrecorded, and so in the warnings -q prints; "" for none
	}{
		{name: "dropped", next: v3, want: []string{"version: 3\n"}, gone: []string{"doi:", "journal_ref:", "comment:"}, note: "comment dropped (v3 has none)"},
		{name: "edited comment kept", next: v3,
			edit: func(s string) string { return strings.Replace(s, comment, "comment: \"Withdrawn: see v3\"\n", 1) },
			want: []string{"comment: \"Withdrawn: see v3\"\n"}, gone: []string{"doi:", "journal_ref:"},
			note: "comment: the curator's version kept (v3 has none)"},
		{name: "DOI written before imports recorded it kept and named", next: v3,
			edit: func(s string) string { return unrecord(s, "doi") },
			want: []string{doi}, gone: []string{"journal_ref:", "comment:"}, note: "doi kept (v3 has none; it may be yours)",
			unrecorded: "content/papers/1111.2011.md:15: doi kept, though v3 has none: it was written before Paperboy recorded what it imports, so it may be yours or an earlier version's; if v3 has none, delete the line"},
		{name: "arXiv's withdrawal written before imports recorded it dropped", next: v3,
			edit: func(s string) string {
				return unrecord(strings.Replace(s, comment, "comment: \"This paper has been withdrawn by the author due to a crucial error\"\n", 1), "comment")
			},
			want: []string{"version: 3\n"}, gone: []string{"doi:", "journal_ref:", "comment:"},
			note: "comment dropped (v3 has none; it was arXiv's withdrawal of an earlier version, written before Paperboy recorded what it imports)"},
		{name: "curator's Withdrawn mark written before imports recorded comments kept and named", next: v3,
			edit: func(s string) string {
				return unrecord(strings.Replace(s, comment, "comment: \"Withdrawn: retracted by the journal\"\n", 1), "comment")
			},
			want: []string{"comment: \"Withdrawn: retracted by the journal\"\n"}, gone: []string{"doi:", "journal_ref:"},
			note: "comment kept (v3 has none; it may be yours)", unrecorded: ".md:17: comment kept, though v3 has none"},
		{name: "unrecorded DOI of a file no arXiv import wrote kept silently", next: v3,
			edit: func(s string) string {
				return unrecord(strings.Replace(s, "sources: [arxiv]", "sources: [hf]", 1), "doi")
			},
			want: []string{doi}, gone: []string{"journal_ref:", "comment:"}},
		{name: "same version", next: lacking.ReplaceAllString(v2, ""), want: []string{doi, ref, comment}},
		{name: "older version", next: lacking.ReplaceAllString(strings.ReplaceAll(v2, "1111.2011v2", "1111.2011v1"), ""), want: []string{doi, ref, comment}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			run(t, dir, parseSample(t, "v2.xml", []byte(v2)))
			if tc.edit != nil {
				writeFile(t, dir, path, tc.edit(readFile(t, dir, path)))
			}
			pl := run(t, dir, parseSample(t, "next.xml", []byte(tc.next)))
			got := readFile(t, dir, path)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("the file lacks %q:\n%s", w, got)
				}
			}
			for _, g := range tc.gone {
				if strings.Contains(got, g) {
					t.Errorf("the file still has %s:\n%s", g, got)
				}
			}
			if tc.note != "" && !slices.Contains(pl.Papers[0].Notes, tc.note) {
				t.Errorf("notes %q, want %q among them", pl.Papers[0].Notes, tc.note)
			}
			if got := strings.Join(pl.Unrecorded, "; "); tc.unrecorded == "" && got != "" || !strings.Contains(got, tc.unrecorded) || !strings.Contains(pl.Warnings(), tc.unrecorded) {
				t.Errorf("unrecorded %q (warnings %q), want %q", got, pl.Warnings(), tc.unrecorded)
			}
			before := snapshot(t, dir)
			run(t, dir, parseSample(t, "next.xml", []byte(tc.next)))
			sameFiles(t, "importing it again", snapshot(t, dir), before)
		})
	}
}

// TestTitleDashes: an arXiv title's TeX dashes are written as Unicode's,
// as its abstract shows them, also in a file an earlier import wrote
// with "--" (its title follows the source); a title the curator edited
// keeps its dashes as typed.
func TestTitleDashes(t *testing.T) {
	const (
		path  = "content/papers/1111.2011.md"
		title = `"Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit"`
	)
	v2 := strings.Replace(string(readSample(t, "legacy-2016_id_list-1111.2011v2.xml")), "Extended Nodes", "Extended Nodes--Chains", 1)
	for _, tc := range []struct {
		name, edit, want string
	}{
		{"new", "", `title: "Quantum Criticality for Extended Nodes–Chains on`},
		{"written with -- before", `"Quantum Criticality for Extended Nodes--Chains on a Bethe Lattice in the Large Connectivity Limit"`, `title: "Quantum Criticality for Extended Nodes–Chains on`},
		{"edited", `"Mine: Nodes--Chains"`, `title: "Mine: Nodes--Chains"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			run(t, dir, parseSample(t, "v2.xml", []byte(v2)))
			if tc.edit != "" {
				// The record of an earlier import, which wrote -- as arXiv gave it.
				old := strings.ReplaceAll(readFile(t, dir, path), "Nodes–Chains", "Nodes--Chains")
				writeFile(t, dir, path, strings.Replace(old, "title: "+strings.Replace(title, "Nodes", "Nodes--Chains", 1), "title: "+tc.edit, 1))
			}
			run(t, dir, parseSample(t, "v2.xml", []byte(v2)))
			if got := readFile(t, dir, path); !strings.Contains(got, tc.want) {
				t.Errorf("the file lacks %q:\n%s", tc.want, got)
			}
		})
	}
}

// TestVersionedArXivID imports v2 of a paper into a hand-written file
// whose arxiv: names a version ("1111.2011v1", as pasted from arxiv.org):
// the file's version is that one, and a newer version is written once, in
// version:, where version: 2 beside arxiv: "…v1" made a file the build
// refuses.
func TestVersionedArXivID(t *testing.T) {
	v2 := readSample(t, "legacy-2016_id_list-1111.2011v2.xml")
	const path = "content/papers/1111.2011.md"
	for _, tc := range []struct {
		arxiv, version string // the hand-written file's
		want           []string
		stale          bool // an older version than the file's: no version: written
	}{
		{arxiv: "1111.2011v1", want: []string{`arxiv: "1111.2011"`, "version: 2\n"}},
		{arxiv: "arXiv:1111.2011v1", want: []string{`arxiv: "1111.2011"`, "version: 2\n"}},
		{arxiv: "1111.2011v1", version: "1", want: []string{`arxiv: "1111.2011"`, "version: 2\n"}},
		{arxiv: "1111.2011v2", want: []string{`arxiv: "1111.2011v2"`, "version: 2\n"}},
		{arxiv: "1111.2011v3", want: []string{`arxiv: "1111.2011v3"`, "title: \"Mine\""}, stale: true},
	} {
		t.Run(tc.arxiv+"+"+tc.version, func(t *testing.T) {
			dir := t.TempDir()
			src := "---\ntitle: \"Mine\"\narxiv: \"" + tc.arxiv + "\"\n"
			if tc.version != "" {
				src += "version: " + tc.version + "\n"
			}
			writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
			writeFile(t, dir, path, src+"authors: [\"A. B.\"]\ndate: 2025-06-16\n---\nMy own summary.\n")
			run(t, dir, parseSample(t, "v2.xml", v2))
			got := readFile(t, dir, path)
			if tc.stale && strings.Contains(got, "version:") {
				t.Errorf("importing v2 into a file of v3 wrote version:\n%s", got)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("the file lacks %q:\n%s", w, got)
				}
			}
			shownOn(t, dir, "2025-06-16") // fails when the build refuses the file
		})
	}
}

// TestPartialReimport imports the full list, then a list of two: nothing
// is dropped (the summary names the 7 the list no longer has, kept on the
// day), no day file is written, and the day ranks its papers by upvotes
// as the imports change them.
func TestPartialReimport(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const day = "content/days/2025-06-16.md"
	if _, ok := snapshot(t, dir)[day]; ok {
		t.Fatalf("the import wrote %s:\n%s", day, readFile(t, dir, day))
	}
	first := shownOn(t, dir, "2025-06-16")
	var last string
	b := hfVariant(t, func(items []map[string]any) []map[string]any {
		last = paperOf(items[8])["id"].(string)
		paperOf(items[8])["upvotes"] = 500
		return []map[string]any{items[8], items[2]}
	})
	pl := run(t, dir, b)
	if got, want := pl.Summary(), "imported 2 papers for 2025-06-16: 0 new, 1 updated, 1 unchanged; 7 no longer in Hugging Face's list, kept on the day,"; !strings.HasPrefix(got, want) {
		t.Errorf("summary %q, want it to start %q", got, want)
	}
	want := append([]string{last}, slices.DeleteFunc(first, func(id string) bool { return id == last })...)
	if got := shownOn(t, dir, "2025-06-16"); !slices.Equal(got, want) || len(got) != 9 {
		t.Errorf("the day shows %v, want %v (%s with 500 upvotes first)", got, want, last)
	}
}

// TestLinkedDaysFolder: a content/days/ that is a symbolic link, which a
// build refuses, is no reason for import to fail (it panicked while
// looking for moved files).
func TestLinkedDaysFolder(t *testing.T) {
	dir := t.TempDir()
	importSample(t, dir, "daily_papers_2025-06-16.json")
	days := filepath.Join(t.TempDir(), "days")
	if err := os.MkdirAll(days, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(days, filepath.Join(dir, "content", "days")); err != nil {
		t.Skip(err)
	}
	importSample(t, dir, "daily_papers_2025-06-16.json")
}

// TestListComment: the curator's comment after a listed: list written on
// one line stays on the listed: line when an import appends to the list
// (which it writes one id a line), where YAML would have moved it after
// the next key; papers: is left as it was; and unpin leaves a papers:
// list with a comment alone, as the curator's.
func TestListComment(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const day = "content/days/2025-06-17.md"
	writeFile(t, dir, day, "---\npapers: [\"2506.09427\"] # Ada: keep on top\nlisted: [\"2506.08592\"] # Bob: also today\nremoved: [\"2506.11928\"]\n---\n")
	run(t, dir, hfVariant(t, func(items []map[string]any) []map[string]any {
		for _, it := range items {
			moveDay(it, 1)
		}
		return items[:1]
	}))
	want := "---\npapers: [\"2506.09427\"] # Ada: keep on top\nlisted: # Bob: also today\n  - \"2506.08592\"\n  - \"2506.11924\"\nremoved: [\"2506.11928\"]\n---\n"
	if got := readFile(t, dir, day); got != want {
		t.Errorf("the day file is\n%s\nwant\n%s", got, want)
	}
	for _, f := range []string{want, "---\npapers: [\"2506.09427\"] # Ada: keep on top\n---\n"} {
		writeFile(t, dir, day, f)
		if changes, _, err := importer.Unpin(osDirFS(dir), []string{"2025-06-17"}); err != nil || len(changes) != 0 {
			t.Errorf("unpin of\n%s: %+v, %v; want nothing", f, changes, err)
		}
	}
}

// TestRelisted: a paper the source lists on a day after an import dated it
// on another is appended to that day's listed: (so it is on both days),
// once: taken off the day (deleted from listed:), or moved off its own by
// its date, it is not listed again.
func TestRelisted(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	nextDay := func(keep int) importer.Batch {
		return hfVariant(t, func(items []map[string]any) []map[string]any {
			for _, it := range items {
				moveDay(it, 1)
			}
			return items[:keep]
		})
	}
	const day = "content/days/2025-06-17.md"
	writeFile(t, dir, day, "---\n# my note\n---\nThe day after.\n")
	pl := run(t, dir, nextDay(2))
	if got, want := readFile(t, dir, day), "---\n# my note\nlisted:\n  - \"2506.11924\"\n  - \"2506.10892\"\n---\nThe day after.\n"; got != want {
		t.Errorf("the day after is\n%s\nwant\n%s", got, want)
	}
	if got := pl.DayFile.Notes; !slices.Equal(got, []string{"listed +2506.11924 +2506.10892"}) {
		t.Errorf("day notes %q", got)
	}
	if got := shownOn(t, dir, "2025-06-17"); !slices.Equal(got, []string{"2506.11924", "2506.10892"}) {
		t.Errorf("the day after shows %v", got)
	}
	edit(t, dir, day, "  - \"2506.10892\"\n", "")                                        // taken off the day after
	edit(t, dir, "content/papers/2506.11924.md", "date: 2025-06-16", "date: 2025-06-15") // moved off its own day
	run(t, dir, nextDay(9))
	pl = run(t, dir, hfVariant(t, func(items []map[string]any) []map[string]any { return items }))
	// Moved, not removed: the report says where to.
	var report strings.Builder
	if err := pl.Report(&report); err != nil {
		t.Fatal(err)
	}
	if want := "- 2506.11924 not listed: moved from 2025-06-16 to 2025-06-15 by the curator (its date:)\n"; !strings.Contains(report.String(), want) {
		t.Errorf("report\n%s\nwant a line %q", report.String(), want)
	}
	if want := "; 1 not listed (moved to another day by the curator)"; !strings.HasSuffix(pl.Summary(), want) {
		t.Errorf("summary %q, want it to end %q", pl.Summary(), want)
	}
	if got := shownOn(t, dir, "2025-06-17"); slices.Contains(got, "2506.10892") || len(got) != 8 {
		t.Errorf("the day after shows %v: 2506.10892 again, or not the 7 others and 2506.11924", got)
	}
	if got := shownOn(t, dir, "2025-06-16"); slices.Contains(got, "2506.11924") || len(got) != 8 {
		t.Errorf("2025-06-16 shows %v: 2506.11924 again, or not the 8 others", got)
	}
	if _, ok := snapshot(t, dir)["content/days/2025-06-16.md"]; ok {
		t.Errorf("an import wrote content/days/2025-06-16.md")
	}
}

// TestRelistedRanked: a paper a curator imported a day early, which the
// source lists on the next day, is ranked there by its upvotes among the
// day's papers (listed:), not pinned above them: a paper of 0 upvotes
// comes after those of 40 and 25. A day file of an earlier import, which
// appended it to papers:, is left as it was, and keeps it pinned.
func TestRelistedRanked(t *testing.T) {
	votes := func(v int) *int { return &v }
	paper := func(id string, up int) importer.Paper {
		return importer.Paper{ID: id, Version: 1, Title: "Paper " + id, Authors: []string{"Ada Lovelace"}, Upvotes: votes(up), Item: "in: " + id}
	}
	early := time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)
	const day = "content/days/2025-06-16.md"
	tests := []struct {
		name    string
		dayFile string // before the day's import; "" for none
		want    string // the day file after it
		shown   []string
	}{
		{name: "no day file", want: "---\nlisted:\n  - \"2506.10003\"\n---\n",
			shown: []string{"2506.10001", "2506.10002", "2506.10003"}},
		{name: "pinned by an earlier import", dayFile: "---\npapers:\n  - \"2506.10003\"\n---\n", want: "---\npapers:\n  - \"2506.10003\"\n---\n",
			shown: []string{"2506.10003", "2506.10001", "2506.10002"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
			run(t, dir, importer.Batch{Source: "hf", Day: early, Papers: []importer.Paper{paper("2506.10003", 0)}})
			if tt.dayFile != "" {
				writeFile(t, dir, day, tt.dayFile)
			}
			run(t, dir, importer.Batch{Source: "hf", Day: early.AddDate(0, 0, 1), Papers: []importer.Paper{
				paper("2506.10001", 40), paper("2506.10002", 25), paper("2506.10003", 0),
			}})
			if got := readFile(t, dir, day); got != tt.want {
				t.Errorf("the day file is\n%s\nwant\n%s", got, tt.want)
			}
			if got := shownOn(t, dir, "2025-06-16"); !slices.Equal(got, tt.shown) {
				t.Errorf("2025-06-16 shows %v, want %v", got, tt.shown)
			}
		})
	}
}

// TestRemovedPaper honours removed:, and leaves the curator's day file byte
// for byte as it was.
func TestRemovedPaper(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const day = "content/days/2025-06-16.md"
	const file = "---\n# curated\npapers: [\"2506.11702\"]\nremoved: [\"2506.10892\", \"2506.09427\"]\n---\nToday's picks.\n"
	writeFile(t, dir, day, file)
	pl := importSample(t, dir, "daily_papers_2025-06-16.json")
	if got := readFile(t, dir, day); got != file {
		t.Errorf("day file after re-import:\n%s\nwant\n%s", got, file)
	}
	if !slices.Equal(pl.Skipped, []string{"2506.10892", "2506.09427"}) || !strings.HasSuffix(pl.Summary(), "; 2 not listed (removed from the day by the curator)") {
		t.Errorf("skipped %v, summary %q", pl.Skipped, pl.Summary())
	}
	if got := shownOn(t, dir, "2025-06-16"); len(got) != 7 || got[0] != "2506.11702" || slices.Contains(got, "2506.10892") || slices.Contains(got, "2506.09427") {
		t.Errorf("the day shows %v, want 2506.11702 first and neither removed paper", got)
	}
	// A removed paper whose file the curator deleted is not recreated.
	before := snapshot(t, dir)
	delete(before, "content/papers/2506.10892.md")
	if err := removeFile(dir, "content/papers/2506.10892.md"); err != nil {
		t.Fatal(err)
	}
	importSample(t, dir, "daily_papers_2025-06-16.json")
	sameFiles(t, "after removal", snapshot(t, dir), before)
}

// TestDayNamesArXivIDs: a day file's papers: and removed: that write an
// id as arXiv prints it (arXiv:2506.10892, in any letter case) name that
// paper, as the build reads them: an import neither lists a paper there
// again nor lists one removed, and leaves the file as it was.
func TestDayNamesArXivIDs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const day = "content/days/2025-06-17.md"
	const file = "---\npapers:\n  - arXiv:2506.10892\nremoved: [\"ARXIV: 2506.11924\"]\n---\nThe day after.\n"
	writeFile(t, dir, day, file)
	pl := run(t, dir, hfVariant(t, func(items []map[string]any) []map[string]any {
		for _, it := range items {
			moveDay(it, 1)
		}
		return items[:2] // 2506.11924, 2506.10892
	}))
	if got := readFile(t, dir, day); got != file {
		t.Errorf("the day after is\n%s\nwant it as it was:\n%s", got, file)
	}
	if !slices.Equal(pl.Skipped, []string{"2506.11924"}) {
		t.Errorf("skipped %v, want the removed 2506.11924", pl.Skipped)
	}
	if got := shownOn(t, dir, "2025-06-17"); !slices.Equal(got, []string{"2506.10892"}) {
		t.Errorf("the day after shows %v, want 2506.10892", got)
	}
}

// TestFormattingPreserved keeps CRLF (Windows) or lone-CR (an old Mac's)
// line endings, a byte-order mark, comments and key order of an existing
// file it updates, and the lines of the fields it leaves as they were
// (the two spaces before a comment).
func TestFormattingPreserved(t *testing.T) {
	for _, eol := range []string{"\r\n", "\r"} {
		dir := t.TempDir()
		const path = "content/papers/2506.11702.md"
		orig := "\ufeff---\n# hand-written\nauthors: [Someone]\ntitle: My own title  # keep\narxiv: 2506.11702\nupvotes: 1\n---\nMy own body.\n"
		writeFile(t, dir, path, strings.ReplaceAll(orig, "\n", eol))
		importSample(t, dir, "daily_papers_2025-06-16.json")
		got := readFile(t, dir, path)
		for _, want := range []string{"\ufeff---\n# hand-written\nauthors: [Someone]\ntitle: My own title  # keep\narxiv: 2506.11702\n", "upvotes: 1\n", "---\nMy own body.\n"} {
			if want = strings.ReplaceAll(want, "\n", eol); !strings.Contains(got, want) {
				t.Errorf("%q: updated file lacks %q:\n%q", eol, want, got)
			}
		}
		if strings.Contains(strings.ReplaceAll(got, "\r\n", ""), "\n") {
			t.Errorf("%q: LF line endings crept in:\n%q", eol, got)
		}
	}
}

// TestMixedLineEndingsKept: a file whose notes a Windows editor added in
// CRLF under its LF front matter keeps both as they were: the import
// rewrites the fields it changes, not every line of the notes, which
// would conflict with any pull request that touches them.
func TestMixedLineEndingsKept(t *testing.T) {
	dir := t.TempDir()
	const path = "content/papers/2506.11702.md"
	body := "My own body.\r\n\r\nNotes from Windows.\r\nMore.\n"
	writeFile(t, dir, path, "---\ntitle: My own title\narxiv: 2506.11702\nupvotes: 1\n---\n"+body)
	importSample(t, dir, "daily_papers_2025-06-16.json")
	got := readFile(t, dir, path)
	front, rest, ok := strings.Cut(strings.TrimPrefix(got, "---\n"), "---\n")
	if !ok || rest != body || strings.Contains(front, "\r") || !strings.Contains(front, "comments:") {
		t.Errorf("updated file = %q; want its LF front matter updated and its body as it was, %q", got, body)
	}
}

// TestIndentKept: a file the import updates keeps its indentation, four
// spaces or lists with their dashes at the key's column, where every
// update re-indented it to two spaces (a diff of every nested line).
func TestIndentKept(t *testing.T) {
	for _, tt := range []struct{ name, authors, imported string }{
		{"two", "authors:\n  - \"Old Name\"\n", "imported:\n  sources: [hf]\n  days:\n    - 2025-06-16\n"},
		{"four", "authors:\n    - \"Old Name\"\n", "imported:\n    sources: [hf]\n    days:\n        - 2025-06-16\n"},
		{"compact", "authors:\n- \"Old Name\"\n", "imported:\n  sources: [hf]\n  days:\n  - 2025-06-16\n"},
		{"four, compact lists", "authors:\n  - \"Old Name\"\n", "imported:\n    sources: [hf]\n    days:\n      - 2025-06-16\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			const path = "content/papers/2506.11702.md"
			writeFile(t, dir, path, "---\ntitle: Mine\narxiv: \"2506.11702\"\n"+tt.authors+"date: 2025-06-16\n"+tt.imported+"---\nMy abstract.\n")
			importSample(t, dir, "daily_papers_2025-06-16.json")
			got := readFile(t, dir, path)
			if !strings.Contains(got, "\ncomments: 1\n") {
				t.Fatalf("the import did not update the file:\n%s", got)
			}
			for _, want := range []string{tt.authors, strings.SplitAfter(tt.imported, "\n")[1]} {
				if !strings.Contains(got, want) {
					t.Errorf("the updated file lacks %q:\n%s", want, got)
				}
			}
		})
	}
}

// TestTopicSeeding adds topics from the site's keyword rules once; a topic
// the curator removes does not come back.
func TestTopicSeeding(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://x.org/\ntopics:\n  diffusion:\n    name: Diffusion\n    keywords: [diffusion]\n  robots:\n    keywords: [humanoid, Loco-Manipulation]\n  none:\n    name: No rules\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const path = "content/papers/2506.09366.md"
	if got := readFile(t, dir, path); !strings.Contains(got, "topics: [robots]\n") {
		t.Fatalf("no seeded topic:\n%s", got)
	}
	if got := readFile(t, dir, "content/papers/2506.11924.md"); !strings.Contains(got, "topics: [diffusion]\n") {
		t.Errorf("no seeded topic in 2506.11924:\n%s", got)
	}
	edit(t, dir, path, "topics: [robots]\n", "topics: [control]\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	if got := readFile(t, dir, path); !strings.Contains(got, "topics: [control]\n") {
		t.Errorf("a topic the curator removed came back:\n%s", got)
	}
	// A suggested topic the file has already is the curator's: not
	// recorded as the rule's, so a build keeps it once its topic is
	// deleted from site.yaml.
	edit(t, dir, path, "topics: [control]\n", "topics: [control, rl]\n")
	edit(t, dir, "content/site.yaml", "  none:\n", "  rl:\n    keywords: [reward hacking]\n  none:\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	got := readFile(t, dir, path)
	if _, rec, _ := strings.Cut(got, "\nimported:\n"); !strings.Contains(got, "topics: [control, rl]\n") || strings.Contains(rec, "rl") {
		t.Errorf("the curator's topic rl is recorded as the rule's (imported: topics:):\n%s", got)
	}
}

// TestTopicNotTopics: a topic the keyword rules suggest that the paper's
// not_topics: names, by slug or by name, is not added by an import, as
// the build keeps the rule off the paper.
func TestTopicNotTopics(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://x.org/\ntopics:\n  robots:\n    name: Robot learning\n    keywords: [humanoid, Loco-Manipulation]\n")
	const path = "content/papers/2506.09366.md"
	for _, not := range []string{"robots", "Robot learning"} {
		writeFile(t, dir, path, "---\ntitle: T\narxiv: \"2506.09366\"\nnot_topics: ["+not+"]\n---\n")
		importSample(t, dir, "daily_papers_2025-06-16.json")
		if got := readFile(t, dir, path); strings.Contains(got, "\ntopics:") || !strings.Contains(got, "\nnot_topics: ["+not+"]\ncode:") {
			t.Errorf("not_topics: [%s]: the import added the topic, or moved not_topics: from where topics: goes:\n%s", not, got)
		}
	}
}

// TestTopicRenamed: a topic renamed in site.yaml, its former slug kept
// under aliases:, is the topic a paper imported before names by that
// slug: a re-import adds no second name of it; nor one a paper names by
// the topic's name.
func TestTopicRenamed(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://x.org/\ntopics:\n  robots:\n    keywords: [humanoid, Loco-Manipulation]\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const path = "content/papers/2506.09366.md"
	if got := readFile(t, dir, path); !strings.Contains(got, "topics: [robots]\n") {
		t.Fatalf("no seeded topic:\n%s", got)
	}
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://x.org/\ntopics:\n  robotics:\n    aliases: [robots]\n    keywords: [humanoid, Loco-Manipulation]\n  rl:\n    name: Reward hacking\n    keywords: [reward hacking]\n")
	edit(t, dir, path, "topics: [robots]\n", "topics: [robots, Reward hacking]\n")
	before := readFile(t, dir, path)
	importSample(t, dir, "daily_papers_2025-06-16.json")
	if got := readFile(t, dir, path); got != before {
		t.Errorf("the re-import rewrote the paper, which names each topic by its former slug or name:\n%s", got)
	}
}

// TestDryRunReport lists each file with what would change.
func TestDryRunReport(t *testing.T) {
	dir := t.TempDir()
	importSample(t, dir, "daily_papers_2025-06-16.json")
	b := hfVariant(t, func(items []map[string]any) []map[string]any {
		paperOf(items[0])["upvotes"] = 21
		paperOf(items[1])["id"] = "2506.00001"
		return items[:3]
	})
	before := snapshot(t, dir)
	pl, err := importer.Prepare(osDirFS(dir), b)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := pl.Report(&out); err != nil {
		t.Fatal(err)
	}
	want := "~ content/papers/2506.11924.md: upvotes 20 → 21\n" +
		"+ content/papers/2506.00001.md (new): The Diffusion Duality\n" +
		"= content/papers/2506.11928.md unchanged\n"
	if out.String() != want {
		t.Errorf("Report =\n%s\nwant\n%s", out.String(), want)
	}
	sameFiles(t, "dry run", snapshot(t, dir), before)
}

// TestHFVersionAndTeXNames: a Hugging Face id with a version suffix names
// the arXiv paper at that version, and TeX in author names is converted.
func TestHFVersionAndTeXNames(t *testing.T) {
	dir := t.TempDir()
	b := hfVariant(t, func(items []map[string]any) []map[string]any {
		p := paperOf(items[0])
		p["id"] = "2506.11924v2"
		p["authors"] = []any{map[string]any{"name": `Juan Mart\'{\i}n Maldacena`}, map[string]any{"name": `Bj{\o}rn Stra\ss e`}}
		return items[:1]
	})
	run(t, dir, b)
	got := readFile(t, dir, "content/papers/2506.11924.md")
	for _, want := range []string{"arxiv: \"2506.11924\"\nversion: 2\nauthors:\n  - \"Juan Martín Maldacena\"\n  - \"Bjørn Straße\"\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("the paper file lacks %q:\n%s", want, got)
		}
	}
	papers, days := built(t, dir)
	if p := papers["2506.11924"]; p == nil || p.Version != 2 || !slices.Equal(p.Authors, []string{"Juan Martín Maldacena", "Bjørn Straße"}) {
		t.Errorf("the build reads %+v", p)
	}
	if p := papers["2506.11924"]; p == nil || p.Date.Format(time.DateOnly) != "2025-06-16" || len(days) > 0 {
		t.Errorf("the paper is dated %v, with day files %v; want 2025-06-16 and none", p, days)
	}
}

// TestUppercaseExtension updates a day file and a paper file saved with
// .MD or .Md (as a Mac may save them, and the build reads them) rather
// than writing a second file beside each.
func TestUppercaseExtension(t *testing.T) {
	dir := t.TempDir()
	importSample(t, dir, "daily_papers_2025-06-16.json")
	const day, paper = "content/days/2025-06-16.MD", "content/papers/2506.11924.Md"
	writeFile(t, dir, paper, readFile(t, dir, "content/papers/2506.11924.md"))
	if err := removeFile(dir, "content/papers/2506.11924.md"); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, day, "---\nremoved: [\"2506.10892\"]\n---\n")
	edit(t, dir, paper, "date: 2025-06-16\n", "date: 2025-06-16\ntldr: \"Mine.\"\n")
	before := snapshot(t, dir)
	pl := importSample(t, dir, "daily_papers_2025-06-16.json")
	sameFiles(t, "re-import", snapshot(t, dir), before)
	if pl.DayFile.Path != day || pl.DayFile.Status != importer.Unchanged {
		t.Errorf("day file %s is %v, want %s unchanged", pl.DayFile.Path, pl.DayFile.Status, day)
	}
	if !slices.Equal(pl.Skipped, []string{"2506.10892"}) {
		t.Errorf("skipped %v, want [2506.10892]", pl.Skipped)
	}
}

// TestMovedFiles updates a paper file the curator moved into a folder of
// its own, into a subfolder, or renamed, and a day file moved into a
// subfolder, as the build reads them all, rather than writing a second
// file of the id or day, which the next build would refuse.
func TestMovedFiles(t *testing.T) {
	for _, move := range []struct{ name, from, to string }{
		{"bundle", "content/papers/2506.11924.md", "content/papers/moai/index.md"},
		{"subfolder", "content/papers/2506.11924.md", "content/papers/2025-06/2506.11924.md"},
		{"renamed", "content/papers/2506.11924.md", "content/papers/moai-benchmark.md"},
	} {
		t.Run(move.name, func(t *testing.T) {
			dir := t.TempDir()
			importSample(t, dir, "daily_papers_2025-06-16.json")
			const day, dayMoved = "content/days/2025-06-16.md", "content/days/2025/2025-06-16.md"
			writeFile(t, dir, dayMoved, "---\nremoved: [\"2506.10892\"]\n---\n")
			writeFile(t, dir, move.to, readFile(t, dir, move.from))
			if err := removeFile(dir, move.from); err != nil {
				t.Fatal(err)
			}
			edit(t, dir, move.to, "upvotes: ", "upvotes: 1")
			pl := importSample(t, dir, "daily_papers_2025-06-16.json")
			for _, c := range pl.Papers {
				if c.ID == "2506.11924" && (c.Path != move.to || c.Status != importer.Updated) {
					t.Errorf("the paper's file is %s, %v; want %s updated", c.Path, c.Status, move.to)
				}
			}
			if pl.DayFile.Path != dayMoved || !slices.Equal(pl.Skipped, []string{"2506.10892"}) {
				t.Errorf("day file %s, skipped %v; want %s and [2506.10892]", pl.DayFile.Path, pl.Skipped, dayMoved)
			}
			for _, p := range []string{move.from, day} {
				if _, err := os.Stat(filepath.Join(dir, p)); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("%s: %v; want no such file", p, err)
				}
			}
			if papers, _ := built(t, dir); papers["2506.11924"] == nil {
				t.Errorf("the build has no paper 2506.11924")
			}
		})
	}
}

// TestUnpin: the ids an import wrote into a day's papers: (before
// 2026-12: every paper it brought, one the curator deleted added to
// removed:) come out, so the day ranks them by upvotes; the curator's
// entries stay: one with a comment, a paper dated on another day or
// without an imported: record, an inline paper. A day with nothing to
// take out is left alone, and a second run changes nothing.
func TestUnpin(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
	importSample(t, dir, "daily_papers_2025-06-16.json")
	writeFile(t, dir, "content/papers/hand.md", "---\ntitle: Mine\nid: hand\ndate: 2025-06-16\n---\nMine.\n")
	const day = "content/days/2025-06-16.md"
	writeFile(t, dir, day, "---\n# written by an old import\npapers:\n  - \"2506.11924\"\n  - \"2506.10892\" # my first pick\n  - \"hand\"\n  - \"2506.11928\"\n  - \"2506.09427\"\n  - \"2506.09366\"\n  - \"2506.08477\"\n  - \"2506.11702\"\n  - \"2506.09600\"\n  - title: Inline\n    id: inline-1\n    abstract: Text.\nremoved:\n  - \"2506.08592\"\n---\nIntro.\n")
	writeFile(t, dir, "content/days/2025-06-17.md", "---\npapers: [\"2506.09427\"]\n---\n")
	if n := importer.OldPins(osDirFS(dir), "2025-06-16"); n != 7 {
		t.Errorf("OldPins = %d, want 7", n)
	}
	pins := importer.ImportPins(osDirFS(dir), []string{"2025-06-16", "2025-06-17"}, importer.ImportedOn(osDirFS(dir)))
	if want := []string{"2506.11924", "2506.11928", "2506.09427", "2506.09366", "2506.08477", "2506.11702", "2506.09600"}; len(pins) != 1 || !slices.Equal(pins["2025-06-16"], want) {
		t.Errorf("ImportPins = %q, want 2025-06-16: %q", pins, want)
	}
	changes, ids, err := importer.Unpin(osDirFS(dir), nil)
	if err != nil {
		t.Fatal(err)
	}
	if ids != 7 || len(changes) != 1 || changes[0].Path != day || !slices.Equal(changes[0].Notes, []string{"papers -2506.11924 -2506.11928 -2506.09427 -2506.09366 -2506.08477 -2506.11702 -2506.09600 (now ranked by their upvotes)"}) {
		t.Fatalf("changes %+v, %d ids", changes, ids)
	}
	if err := importer.WriteChanges(dir, changes); err != nil {
		t.Fatal(err)
	}
	want := "---\n# written by an old import\npapers:\n  - \"2506.10892\" # my first pick\n  - \"hand\"\n  - title: Inline\n    id: inline-1\n    abstract: Text.\nremoved:\n  - \"2506.08592\"\n---\nIntro.\n"
	if got := readFile(t, dir, day); got != want {
		t.Errorf("the day file is\n%s\nwant\n%s", got, want)
	}
	if again, _, err := importer.Unpin(osDirFS(dir), []string{"2025-06-16"}); err != nil || len(again) != 0 {
		t.Errorf("a second run: %+v, %v; want nothing", again, err)
	}
	if _, _, err := importer.Unpin(osDirFS(dir), []string{"2025-06-18"}); err == nil || !strings.Contains(err.Error(), "no day file for 2025-06-18, so nothing is pinned on it; name days that have one, or none to unpin every day") {
		t.Errorf("an unknown day: %v", err)
	}
}

// TestUnpinCuratorPins: a curator's pins of some of the day's imported
// papers, as "Ranking a day" shows, are no old import's list: no import
// calls them one (OldPins) and unpin of every day leaves them; only a day
// named to unpin loses them.
func TestUnpinCuratorPins(t *testing.T) {
	for _, list := range []string{
		"papers:\n  - \"2506.09600\"\n",
		"papers:\n  - \"2506.09600\"\n  - \"2506.11924\"\n",
		"papers:\n  - \"2506.09600\"\nremoved:\n  - \"2506.11924\"\n",
	} {
		dir := t.TempDir()
		writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
		importSample(t, dir, "daily_papers_2025-06-16.json")
		writeFile(t, dir, "content/days/2025-06-16.md", "---\n"+list+"---\n")
		if n := importer.OldPins(osDirFS(dir), "2025-06-16"); n != 0 {
			t.Errorf("%q: OldPins = %d, want 0", list, n)
		}
		if pins := importer.ImportPins(osDirFS(dir), []string{"2025-06-16"}, importer.ImportedOn(osDirFS(dir))); len(pins) != 0 {
			t.Errorf("%q: ImportPins = %q, want none", list, pins)
		}
		if changes, _, err := importer.Unpin(osDirFS(dir), nil); err != nil || len(changes) != 0 {
			t.Errorf("%q: unpin of every day: %+v, %v; want nothing", list, changes, err)
		}
		if changes, _, err := importer.Unpin(osDirFS(dir), []string{"2025-06-16"}); err != nil || len(changes) != 1 {
			t.Errorf("%q: unpin of the day: %+v, %v; want its pins out", list, changes, err)
		}
	}
}

// TestCuratorOrganization imports the organizations of the 2026 list, then
// a list in which each organization shows a new name, after the curator
// corrected one's name and deleted another's: the correction and the
// deletion are kept, as for a link, and the third follows the source.
func TestCuratorOrganization(t *testing.T) {
	dir := t.TempDir()
	importSample(t, dir, "daily_papers_2026-07-09.json")
	const (
		corrected = "content/papers/2607.07708.md"
		deleted   = "content/papers/2607.04434.md"
		follows   = "content/papers/2607.06838.md"
	)
	edit(t, dir, corrected, `organization: "shanghai ailab"`, `organization: "Shanghai AI Laboratory"`)
	edit(t, dir, deleted, "organization: \"RoboDojo-Benchmark\"\norganization_url: \"https://huggingface.co/RoboDojo-Benchmark\"\n", "")
	run(t, dir, sampleVariant(t, "daily_papers_2026-07-09.json", func(items []map[string]any) []map[string]any {
		for _, it := range items {
			for _, o := range []any{it["organization"], paperOf(it)["organization"]} {
				if o, ok := o.(map[string]any); ok {
					o["fullname"] = "New " + o["name"].(string)
				}
			}
		}
		return items
	}))
	reimported(t, dir, []fileHas{
		{corrected, []string{"\norganization: \"Shanghai AI Laboratory\"\n", "\norganization_url: \"https://huggingface.co/ShanghaiAiLab\"\n", `  organization: "New ShanghaiAiLab"`}, nil},
		{deleted, []string{`  organization: "New RoboDojo-Benchmark"`}, []string{"\norganization:", "\norganization_url:"}},
		{follows, []string{"\norganization: \"New nvidia\"\norganization_url: \"https://huggingface.co/nvidia\"\n"}, nil},
	})
}

// TestRefreshKeepsCuratorLines: an import that refreshes one value of a
// file (its upvotes) rewrites that value's line alone: the curator's blank
// lines, aligned comments, a field's extra spaces and a value wrapped by
// hand stay byte for byte, so the refresh is a one-line diff.
func TestRefreshKeepsCuratorLines(t *testing.T) {
	dir := t.TempDir()
	const path = "content/papers/2506.11702.md"
	importSample(t, dir, "daily_papers_2025-06-16.json")
	imported := readFile(t, dir, path)
	curated := strings.Replace(imported, "\nupvotes: ", "\n\n# --- my curation ---\ntldr: \"Duality, explained\"   # one line\ntopics: [alignment]         # checked by hand\nextra:\n  venue:   ICML 2025\ncomment: \"Accepted at a\n  workshop\"\n\nupvotes: ", 1)
	i := strings.Index(curated, "\nupvotes: ") + len("\nupvotes: ")
	j := i + strings.IndexByte(curated[i:], '\n')
	curated = curated[:i] + "999" + curated[j:]
	writeFile(t, dir, path, curated)
	importSample(t, dir, "daily_papers_2025-06-16.json")
	got := readFile(t, dir, path)
	gotLines, wantLines := strings.Split(got, "\n"), strings.Split(curated, "\n")
	var changed []string
	for k := range min(len(gotLines), len(wantLines)) {
		if gotLines[k] != wantLines[k] {
			changed = append(changed, wantLines[k]+" → "+gotLines[k])
		}
	}
	if len(gotLines) != len(wantLines) || len(changed) != 1 || !strings.HasPrefix(changed[0], "upvotes: 999 → upvotes: ") {
		t.Errorf("the refresh changed %q (%d lines, was %d), want the upvotes line alone:\n%s", changed, len(gotLines), len(wantLines), got)
	}
}
