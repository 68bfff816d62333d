package importer_test

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/importer"
)

// The inputs of the precedence tests: one paper as each source delivers
// it (testdata/precedence/README.md).
const (
	precArXiv = "precedence/arxiv-2607.04434.xml"
	precHF    = "precedence/hf-2607.04434.json"
	precPath  = "content/papers/2607.04434.md"
)

// TestPrecedence imports the paper from arXiv, Hugging Face, arXiv, Hugging
// Face (and in the other order): the file settles after the first pair,
// holds arXiv's title, authors, abstract and dates with Hugging Face's
// counts and links, and running the whole sequence again changes no byte.
func TestPrecedence(t *testing.T) {
	for _, order := range [][]string{{precArXiv, precHF}, {precHF, precArXiv}} {
		t.Run(order[0], func(t *testing.T) {
			dir := t.TempDir()
			seq := slices.Concat(order, order)
			var snaps []map[string]string
			for i, name := range seq {
				pl := importSample(t, dir, name)
				snaps = append(snaps, snapshot(t, dir))
				if i >= 2 {
					for _, c := range pl.Changes() {
						t.Errorf("import %d (%s): %s changes: %q", i+1, name, c.Path, c.Notes)
					}
					sameFiles(t, "import "+name+" after the first pair", snaps[i], snaps[1])
				}
			}
			got := readFile(t, dir, precPath)
			for _, want := range []string{
				`title: "RoboDojo: A Unified Sim-and-Real Benchmark for the Comprehensive Evaluation of Generalist Robot Manipulation Policies"`,
				"  - \"Kaichong Lei\"\n",
				"version: 1\n",
				"published: 2026-07-06T17:12:00Z\nupdated: 2026-07-06T17:12:00Z\n",
				`code: "https://github.com/RoboDojo-Benchmark/RoboDojo"`, `project: "https://robodojo-benchmark.com/"`,
				"upvotes: 4\ncomments: 1\nstars: 92\n", "ai_summary: \"RoboDojo presents",
				"  sources: [arxiv, hf]\n",
				"---\nGeneralist robot manipulation policies have advanced rapidly", "with 42 simulation tasks and 18 real-world tasks.",
			} {
				if !strings.Contains(got, want) {
					t.Errorf("after %v the file lacks %q:\n%s", seq, want, got)
				}
			}
			before := snapshot(t, dir)
			for _, name := range seq {
				importSample(t, dir, name)
			}
			sameFiles(t, "the same sequence again", snapshot(t, dir), before)
		})
	}
}

// TestPrecedenceCuratorWins: a title the curator edited is kept whichever
// source imports next (the file keeps every byte), and arXiv's stays in
// the record.
func TestPrecedenceCuratorWins(t *testing.T) {
	dir := t.TempDir()
	importSample(t, dir, precArXiv)
	importSample(t, dir, precHF)
	edit(t, dir, precPath, `title: "RoboDojo: A Unified`, `title: "RoboDojo — A Unified`)
	for _, name := range []string{precArXiv, precHF, precArXiv} {
		before := readFile(t, dir, precPath)
		importSample(t, dir, name)
		if got := readFile(t, dir, precPath); got != before {
			t.Errorf("importing %s changed the file with the curator's title:\n%s\nwas\n%s", name, got, before)
		}
	}
	if got := readFile(t, dir, precPath); !strings.Contains(got, `  title: "RoboDojo: A Unified Sim-and-Real Benchmark for the Comprehensive`) {
		t.Errorf("arXiv's title is not recorded under imported:\n%s", got)
	}
}

// TestPrecedenceDates: a date without time of day never replaces a time,
// published never ends up after updated, and a field arXiv has not set
// (deleted by the curator) is filled by Hugging Face until arXiv's next
// import.
func TestPrecedenceDates(t *testing.T) {
	const front = "---\ntitle: \"RoboDojo\"\narxiv: \"2607.04434\"\nauthors: [\"Tianxing Chen\"]\ndate: 2026-07-09\n%s---\nMy abstract.\n"
	tests := []struct {
		name, dates, want string
	}{
		{"a time is kept", "published: 2026-07-06T17:12:00Z\n", "published: 2026-07-06T17:12:00Z\n"},
		{"a date is replaced", "published: 2026-07-06\n", "published: 2026-07-07T00:00:00Z\n"},
		{"not after updated", "updated: 2026-07-06T17:12:00Z\n", "date: 2026-07-09\nupdated: 2026-07-06T17:12:00Z\n"},
		{"none", "", "date: 2026-07-09\npublished: 2026-07-07T00:00:00Z\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, precPath, strings.Replace(front, "%s", tt.dates, 1))
			importSample(t, dir, precHF)
			if got := readFile(t, dir, precPath); !strings.Contains(got, tt.want) {
				t.Errorf("after the Hugging Face import the file lacks %q:\n%s", tt.want, got)
			}
		})
	}

	// A file the importer wrote before sources had precedence: Hugging
	// Face's date after arXiv's updated. Hugging Face leaves it; arXiv's
	// next import puts its own back.
	dir := t.TempDir()
	importSample(t, dir, precArXiv)
	edit(t, dir, precPath, "published: 2026-07-06T17:12:00Z", "published: 2026-07-07T00:00:00Z")
	importSample(t, dir, precHF)
	if got := readFile(t, dir, precPath); !strings.Contains(got, "published: 2026-07-07T00:00:00Z\n") {
		t.Errorf("Hugging Face changed a published arXiv has authority over:\n%s", got)
	}
	importSample(t, dir, precArXiv)
	if got := readFile(t, dir, precPath); !strings.Contains(got, "published: 2026-07-06T17:12:00Z\n") {
		t.Errorf("arXiv did not restore its published:\n%s", got)
	}

	// The curator deletes the authors arXiv set: Hugging Face fills them,
	// and arXiv's next import replaces Hugging Face's.
	edit(t, dir, precPath, "authors:\n  - \"Tianxing Chen\"\n  - \"Yue Chen\"\n  - \"Zixuan Li\"\n  - \"Kaichong Lei\"\n  - \"Masayoshi Tomizuka\"\n", "")
	importSample(t, dir, precHF)
	if got := readFile(t, dir, precPath); !strings.Contains(got, "  - \"Kai-Chong Lei\"\n") {
		t.Errorf("Hugging Face did not fill the deleted authors:\n%s", got)
	}
	importSample(t, dir, precArXiv)
	if got := readFile(t, dir, precPath); !strings.Contains(got, "  - \"Kaichong Lei\"\n") {
		t.Errorf("arXiv did not take the authors back:\n%s", got)
	}
	before := snapshot(t, dir)
	importSample(t, dir, precHF)
	sameFiles(t, "Hugging Face after arXiv", snapshot(t, dir), before)
}

// TestElsewhere: papers a list names on another day than the batch's are
// imported into the batch's day and named in the summary.
func TestElsewhere(t *testing.T) {
	b := hfVariant(t, func(items []map[string]any) []map[string]any {
		moveDay(items[2], -1)
		moveDay(items[4], -1)
		moveDay(items[3], 2)
		return items
	})
	pl, err := importer.Prepare(osDirFS(t.TempDir()), b)
	if err != nil {
		t.Fatal(err)
	}
	want := "imported 9 papers for 2025-06-16: 9 new, 0 updated, 0 unchanged; " +
		"listed by the source on another day, imported into this one all the same: 2506.11928, 2506.09366 (2025-06-15), 2506.09427 (2025-06-18)"
	if got := pl.Summary(); got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	// A dry run says it of an import not made.
	want = "would import 9 papers for 2025-06-16: 9 new, 0 to update, 0 unchanged; " +
		"listed by the source on another day, would be imported into this one all the same: 2506.11928, 2506.09366 (2025-06-15), 2506.09427 (2025-06-18)"
	if got := pl.DryRunSummary(); got != want {
		t.Errorf("DryRunSummary() = %q, want %q", got, want)
	}
	// Only a list that disagrees with itself is reported: --date may move
	// a whole list to another day without a word.
	b = hfVariant(t, func(items []map[string]any) []map[string]any { return items })
	b.Day = b.Day.AddDate(0, 0, 1)
	if pl, err := importer.Prepare(osDirFS(t.TempDir()), b); err != nil || pl.Elsewhere != nil {
		t.Errorf("Prepare(a list moved whole) = %v, %v; want no papers elsewhere", pl.Elsewhere, err)
	}
}

// TestListedOnAnotherDay: a paper Hugging Face lists again on a later day
// (a list imported with --date the next day) is reported as listed on that
// day too, beside its date, where the report said "import record updated";
// importing that day again says nothing more of it.
func TestListedOnAnotherDay(t *testing.T) {
	dir := t.TempDir()
	const name = "daily_papers_2024-05-27.json"
	importSample(t, dir, name)
	b := parseSample(t, name, readSample(t, name))
	b.Day = b.Day.AddDate(0, 0, 1)
	var report strings.Builder
	if err := run(t, dir, b).Report(&report); err != nil {
		t.Fatal(err)
	}
	if want := "~ content/papers/2405.15738.md: listed on 2024-05-28 too, beside its date 2024-05-27\n"; !strings.Contains(report.String(), want) {
		t.Errorf("report of the list imported again for the next day:\n%s\nwant %q", report.String(), want)
	}
	report.Reset()
	if err := run(t, dir, b).Report(&report); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(report.String(), "listed on") {
		t.Errorf("report of the next day imported again:\n%s\nwant no word of the day it was listed on already", report.String())
	}
}

// TestRefreshListsNoDay: an arXiv answer (a batch that lists no day)
// refreshes a paper the site has where it is dated, and lists on its day
// only the papers new to the site; with the day named (--date) or from
// Hugging Face's list, a paper dated on another day is listed there too.
func TestRefreshListsNoDay(t *testing.T) {
	day := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		source    string
		refresh   bool
		dayFile   string // the day file after the import; "" for none
		refreshed []string
		summary   string
	}{
		{name: "arXiv answer", source: "arxiv", refresh: true, refreshed: []string{"2506.10892"},
			summary: "imported 2 papers for 2025-06-20: 1 new, 1 updated, 0 unchanged; 1 already on the site was refreshed, not listed on 2025-06-20 (--date lists it there): 2506.10892"},
		{name: "arXiv answer with --date", source: "arxiv", dayFile: "---\nlisted:\n  - \"2506.10892\"\n---\n",
			summary: "imported 2 papers for 2025-06-20: 1 new, 1 updated, 0 unchanged"},
		{name: "Hugging Face list", source: "hf", dayFile: "---\nlisted:\n  - \"2506.10892\"\n---\n",
			summary: "imported 2 papers for 2025-06-20: 1 new, 1 updated, 0 unchanged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			importSample(t, dir, "daily_papers_2025-06-16.json")
			b := importer.Batch{Source: tt.source, Day: day, Refresh: tt.refresh, Papers: []importer.Paper{
				{ID: "2506.10892", Version: 2, Title: "The Diffusion Duality (corrected)", Item: "in:1: entry 1"},
				{ID: "2506.99999", Version: 1, Title: "A paper new to the site", Item: "in:2: entry 2"},
			}}
			pl := run(t, dir, b)
			files := snapshot(t, dir)
			if got := files["content/days/2025-06-20.md"]; got != tt.dayFile {
				t.Errorf("day file = %q, want %q", got, tt.dayFile)
			}
			if !slices.Equal(pl.Refreshed, tt.refreshed) {
				t.Errorf("Refreshed = %v, want %v", pl.Refreshed, tt.refreshed)
			}
			if got := pl.Summary(); got != tt.summary {
				t.Errorf("Summary() = %q, want %q", got, tt.summary)
			}
			if p := files["content/papers/2506.10892.md"]; !strings.Contains(p, "version: 2\n") || !strings.Contains(p, "date: 2025-06-16\n") {
				t.Errorf("2506.10892 not refreshed where it is dated:\n%s", p)
			}
			if p := files["content/papers/2506.99999.md"]; !strings.Contains(p, "date: 2025-06-20\n") {
				t.Errorf("the new paper is not dated on the day:\n%s", p)
			}
		})
	}
}

// TestOldIDSubjectClass: arXiv's math/0309136 is the paper a curator wrote
// as math.GT/0309136 (the subject class is no part of an old-style id):
// the import refreshes its file, wherever it is, keeps its id and lists
// it on a day by that id, where it wrote a second file of the paper.
func TestOldIDSubjectClass(t *testing.T) {
	const paper = "---\ntitle: Knot invariants\narxiv: \"math.GT/0309136\"\nauthors:\n  - G. Perelman\ndate: 2026-04-10\n---\nMy summary.\n"
	tests := []struct{ name, file, dayFile string }{
		{name: "named by its id", file: "content/papers/math.GT-0309136.md", dayFile: "---\nlisted:\n  - \"math.GT/0309136\"\n---\n"},
		{name: "in a folder of its own", file: "content/papers/knots/index.md", dayFile: "---\nlisted:\n  - \"math.GT/0309136\"\n---\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, tt.file, paper)
			b := importer.Batch{Source: "arxiv", Day: time.Date(2026, 4, 12, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
				{ID: "math/0309136", Version: 2, Title: "Knot invariants", Item: "in:1: entry 1"},
			}} // as with --date: listed on the day
			run(t, dir, b)
			files := snapshot(t, dir)
			if len(files) != 2 {
				t.Errorf("the import wrote %d files, want the paper's and the day's: %v", len(files), slices.Sorted(maps.Keys(files)))
			}
			if got := files[tt.file]; !strings.Contains(got, "version: 2\n") || !strings.Contains(got, "arxiv: \"math.GT/0309136\"\n") {
				t.Errorf("%s not refreshed, or its id changed:\n%s", tt.file, got)
			}
			if got := files["content/days/2026-04-12.md"]; got != tt.dayFile {
				t.Errorf("day file = %q, want %q", got, tt.dayFile)
			}
		})
	}
}
