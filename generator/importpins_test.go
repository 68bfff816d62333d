package generator

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/importer"
)

// TestOldImportPins: a site upgraded from before 2026-12 whose day files
// still hold the papers: lists the imports wrote (every paper they
// brought) keeps its week's top papers by upvotes, and each such day
// file gets a note at its papers: line naming `paperboy import unpin`;
// a curator's pins (some of the day's papers, or an old list with a
// comment beside an id) still lead the week, with no note.
func TestOldImportPins(t *testing.T) {
	paper := func(id, day string, upvotes int) string {
		return fmt.Sprintf("-- content/papers/%s.md --\n---\ntitle: Paper %s on learning\narxiv: \"%s\"\nauthors: [Ana Silva]\ndate: %s\nupvotes: %d\nimported:\n  sources: [hf]\n  days: [%s]\n---\nAbstract.\n", id, id, id, day, upvotes, day)
	}
	site := "-- content/site.yaml --\ntitle: Lab\nbaseURL: https://example.org/\ntopSize: 3\n" +
		paper("2405.10001", "2024-05-27", 2) + paper("2405.10002", "2024-05-27", 300) + paper("2405.10003", "2024-05-27", 5) +
		paper("2405.10004", "2024-05-28", 1) + paper("2405.10005", "2024-05-28", 250) + paper("2405.10006", "2024-05-28", 3) +
		paper("2405.10007", "2024-05-29", 0) + paper("2405.10008", "2024-05-30", 0)
	old27 := "-- content/days/2024-05-27.md --\n---\npapers:\n  - \"2405.10001\"\n  - \"2405.10002\"\n  - \"2405.10003\"\n---\n"
	old28 := "-- content/days/2024-05-28.md --\n---\npapers:\n  - \"2405.10004\"\n  - \"2405.10005\"\n  - \"2405.10006\"\n---\n"
	note := "content/days/2024-05-2%d.md:2: note: papers: pins 3 papers in the order an import before 2026-12 listed them"
	tests := []struct {
		name  string
		days  string
		top   []string // the week's, in order
		notes []string // the start of each
	}{
		{name: "old import lists", days: old27 + old28, top: []string{"2405.10002", "2405.10005", "2405.10003"},
			notes: []string{fmt.Sprintf(note, 7), fmt.Sprintf(note, 8)}},
		{name: "a curator's pins", days: "-- content/days/2024-05-27.md --\n---\npapers:\n  - \"2405.10001\"\n---\n",
			top: []string{"2405.10001", "2405.10002", "2405.10005"}},
		{name: "an old list with a pick marked", days: old28 + strings.Replace(old27, "\"2405.10003\"", "\"2405.10003\" # my pick", 1),
			top: []string{"2405.10003", "2405.10002", "2405.10005"}, notes: []string{"content/days/2024-05-27.md:2: note: papers: pins 2 papers", fmt.Sprintf(note, 8)}},
		{name: "many old import lists", days: old27 + old28 +
			"-- content/days/2024-05-29.md --\n---\npapers:\n  - \"2405.10007\"\n---\n-- content/days/2024-05-30.md --\n---\npapers:\n  - \"2405.10008\"\n---\n",
			top:   []string{"2405.10002", "2405.10005", "2405.10003"},
			notes: []string{"content/days/2024-05-27.md:2: note: papers: of this and 3 other day files pin the days' papers in the order an import before 2026-12 listed them"}},
	}
	id := regexp.MustCompile(`id="paper-([^"]*)"`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var top []string
			for _, m := range id.FindAllStringSubmatch(mustBuild(t, site+tt.days)["weeks/2024-W22/index.html"], 3) {
				top = append(top, m[1])
			}
			if !slices.Equal(top, tt.top) {
				t.Errorf("the week's top papers = %v, want %v", top, tt.top)
			}
			got := warningsOf(t, site+tt.days)
			if len(got) != len(tt.notes) {
				t.Fatalf("warnings %q, want %d notes", got, len(tt.notes))
			}
			for i, w := range tt.notes {
				if !strings.HasPrefix(got[i], w) || !strings.Contains(got[i], "`paperboy import unpin`") {
					t.Errorf("warning %d = %q, want %q… naming paperboy import unpin", i, got[i], w)
				}
			}
		})
	}
}

// TestImportedOnAsTheImporter: the build's importedOn, from the papers it
// parsed, maps each day to the ids the importer's ImportedOn finds by
// reading every paper file: a paper an import brought to the day and
// dated there, by its arXiv id (an old-style one too), and not one dated
// on another day, one without an imported: record or one whose record
// names another day.
func TestImportedOnAsTheImporter(t *testing.T) {
	paper := func(file, id, date, days string) string {
		return fmt.Sprintf("-- content/papers/%s.md --\n---\ntitle: Paper %s\n%s\nauthors: [Ana Silva]\ndate: %s\n%s---\nAbstract.\n", file, file, id, date, days)
	}
	site := "-- content/site.yaml --\ntitle: Lab\nbaseURL: https://example.org/\n" +
		paper("2405.10001", `arxiv: "2405.10001v2"`, "2024-05-27", "imported:\n  sources: [hf]\n  days: [2024-05-27]\n") +
		paper("math-0501001", `arxiv: "math/0501001"`, "2024-05-27", "imported:\n  sources: [arxiv]\n  days: [2024-05-26, 2024-05-27]\n") +
		paper("2405.10002", `arxiv: "2405.10002"`, "2024-05-28", "imported:\n  sources: [hf]\n  days: [2024-05-27]\n") +
		paper("2405.10003", `arxiv: "2405.10003"`, "2024-05-27", "") +
		paper("mine", "id: mine", "2024-05-27", "imported:\n  days: [2024-05-27]\n")
	res, err := Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	got, want := importedOn(res.Site.Papers), importer.ImportedOn(siteFS(site))
	if fmt.Sprint(got) != fmt.Sprint(want) || len(got["2024-05-27"]) != 3 {
		t.Errorf("importedOn = %v, the importer's = %v (want 3 papers on 2024-05-27)", got, want)
	}
}
