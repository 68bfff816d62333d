package arxiv

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func sample(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseSamples(t *testing.T) {
	tests := []struct {
		file, day, first, pdf string
		n, version, total     int // total: opensearch:totalResults
	}{
		{"legacy-2016_id_list-1111.2011v2.xml", "2016-10-09", "1111.2011", "https://arxiv.org/pdf/1111.2011v2", 1, 2, 1},
		{"legacy-2016_search-del_maestro-checkerboard.xml", "2016-10-09", "cond-mat/0603029", "https://arxiv.org/pdf/cond-mat/0603029v1", 1, 1, 1},
		{"current-2026_id_list-1605.08386.xml", "2026-04-12", "1605.08386", "https://arxiv.org/pdf/1605.08386v1", 1, 1, 1},
		{"current-2026_search-all-testing-max10.xml", "2026-04-12", "2202.12139", "https://arxiv.org/pdf/2202.12139v1", 10, 1, 214881},
		{"current-2026_empty-result.xml", "2026-04-12", "", "", 0, 0, 0},
	}
	for _, tt := range tests {
		b, err := Parse(tt.file, sample(t, tt.file))
		if err != nil {
			t.Fatalf("Parse(%s): %v", tt.file, err)
		}
		if len(b.Papers) != tt.n || b.Day.Format(time.DateOnly) != tt.day || b.Source != "arxiv" {
			t.Errorf("Parse(%s) = %d papers on %s, want %d on %s", tt.file, len(b.Papers), b.Day.Format(time.DateOnly), tt.n, tt.day)
		}
		if b.Total != tt.total {
			t.Errorf("Parse(%s).Total = %d, want %d", tt.file, b.Total, tt.total)
		}
		if tt.n == 0 {
			continue
		}
		p := b.Papers[0]
		if p.ID != tt.first || p.Version != tt.version || p.PDF != tt.pdf {
			t.Errorf("Parse(%s) first = %s v%d %s, want %s v%d %s", tt.file, p.ID, p.Version, p.PDF, tt.first, tt.version, tt.pdf)
		}
		for _, p := range b.Papers {
			if p.Title == "" || p.Abstract == "" || len(p.Authors) == 0 || p.PrimaryCategory == "" || len(p.Categories) == 0 || p.Published.IsZero() || p.Updated.IsZero() {
				t.Errorf("Parse(%s): %s lacks a field: %+v", tt.file, p.ID, p)
			}
			if p.Upvotes != nil || p.Comments != nil || p.Stars != nil {
				t.Errorf("Parse(%s): %s has Hugging Face counts", tt.file, p.ID)
			}
		}
	}
}

// TestParseAsked: a saved answer to an id_list query records the ids it
// asked for, which an import holds against its entries (arXiv answers an
// id it has no paper of with none); a search's words may leave any out,
// so its ids are not asked for.
func TestParseAsked(t *testing.T) {
	const feed = `<feed xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/x</id>
  <title>%s</title>
</feed>`
	tests := []struct {
		title string
		want  []string
	}{
		{"arXiv Query: search_query=&amp;id_list=1605.08386,2406.99999&amp;start=0&amp;max_results=100", []string{"1605.08386", "2406.99999"}},
		{"ArXiv Query: search_query=&amp;id_list=1111.2011v2&amp;start=0&amp;max_results=10", []string{"1111.2011v2"}},
		{"arXiv Query: search_query=&amp;id_list=cond-mat/0603029,not-an-id", []string{"cond-mat/0603029"}},
		{"arXiv Query: search_query=all:testing&amp;id_list=&amp;start=0&amp;max_results=10", nil},
		{"arXiv Query: search_query=ti:x&amp;id_list=1605.08386", nil},
		{"My feed", nil},
	}
	for _, tt := range tests {
		b, err := Parse("a.xml", []byte(fmt.Sprintf(feed, tt.title)))
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.title, err)
		}
		if !reflect.DeepEqual(b.Asked, tt.want) || tt.want != nil && b.AskedLine != 3 {
			t.Errorf("Parse(%q).Asked = %q at line %d, want %q at line 3", tt.title, b.Asked, b.AskedLine, tt.want)
		}
	}
	if b, _ := Parse("x", sample(t, "current-2026_empty-result.xml")); !reflect.DeepEqual(b.Asked, []string{"0000.0000"}) || b.AskedLine != 4 {
		t.Errorf("the empty result's Asked = %q at line %d, want [0000.0000] at line 4", b.Asked, b.AskedLine)
	}
}

func TestParseErrorFeed(t *testing.T) {
	_, err := Parse("in.xml", sample(t, "current-2026_error-bad-id-http400.xml"))
	if want := "in.xml:9: entry 1: the arXiv API answered with an error: incorrect id format for abc; fix the query or id list"; err == nil || err.Error() != want {
		t.Errorf("Parse(error feed) = %v, want %q", err, want)
	}
}

func TestParseErrors(t *testing.T) {
	const head = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">`
	tests := []struct{ in, want string }{
		{"", "in.xml: invalid XML: the input holds no XML element"},
		{"<feed", "in.xml:1: the XML ends too early, on this line; the input is cut short: fetch it again"},
		{head + "\n<entry>\n<summary>An abstract the download cut\n", "in.xml:3: the XML ends too early, on this line; the input is cut short: fetch it again"},
		{head + "<entry><!-- a comment cut", "in.xml:1: the XML ends too early, on this line; the input is cut short: fetch it again"},
		{head + "<entry></feed>", "in.xml:1: invalid XML: element <entry> closed by </feed>; the input must be the Atom feed the arXiv API returns"},
		{`<feed xmlns="http://example.com/">`, "in.xml:1: the root element is <feed>, not an Atom <feed>"},
		{head + "<entry><title>x</title></entry></feed>", "entry 1: the entry has no <id>"},
		{head + "<entry><id>http://arxiv.org/abs/2405.12345v1</id><published>soon</published></entry></feed>", `entry 1 (2405.12345): <published> "soon" is not an RFC 3339 time`},
		{head + "<entry><id>http://arxiv.org/abs/2405.1v1</id></entry><entry><id>x</id></entry></feed>", `entry 2: <id> "x" is not an arXiv abstract URL`},
		{"\xff\xfe<\x00f\x00", "in.xml:1: the file is UTF-16 (Notepad's \"Unicode\", or what Windows PowerShell writes with > or Out-File); save it as UTF-8"}, // saved by Windows PowerShell's Out-File
		{head + "\n<entry><id>http://arxiv.org/abs/2405.1v1</id><title>Caf\xe9</title></entry></feed>", "in.xml:2: the file is not valid UTF-8; save it with UTF-8 encoding"},
		// arXiv's listing feeds of a category, Atom and RSS: their papers are to fetch from the API.
		{head + "\n<id>http://rss.arxiv.org/atom/cs.CL</id>\n<entry>\n<id>oai:arXiv.org:2506.11924v1</id></entry>\n<entry><id>oai:arXiv.org:2506.00001v2</id></entry></feed>",
			"in.xml:4: this is arXiv's listing feed of a category (rss.arxiv.org), not an answer of the arXiv API, which has each paper's versions and authors one by one; import the papers it lists from the API with: paperboy import arxiv --fetch 2506.11924 2506.00001"},
		{"<rss version=\"2.0\"><channel>\n<item><guid isPermaLink=\"false\">oai:arXiv.org:hep-th/9901001v1</guid></item></channel></rss>", "in.xml:2: this is arXiv's listing feed of a category (rss.arxiv.org), not an answer of the arXiv API, which has each paper's versions and authors one by one; import the papers it lists from the API with: paperboy import arxiv --fetch hep-th/9901001"},
	}
	for _, tt := range tests {
		_, err := Parse("in.xml", []byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tt.in, err, tt.want)
		}
	}
}

// TestParseAuthorNames converts the TeX authors type into their names.
func TestParseAuthorNames(t *testing.T) {
	const feed = `<feed xmlns="http://www.w3.org/2005/Atom"><updated>2026-04-12T00:00:00Z</updated><entry>
<id>http://arxiv.org/abs/hep-th/9711200v3</id><title>The Large N Limit</title><summary>S</summary>
<author><name>Juan Mart\'{\i}n Maldacena</name></author>
<author><name>J\"urgen M\"{u}ller</name></author>
<author><name>Bj{\o}rn Fran\c{c}ois</name></author>
<author><name>Du\v{s}an Gro\ss e</name></author>
<author><name> {Tanaka}  Hiroshi </name></author>
</entry></feed>`
	b, err := Parse("in.xml", []byte(feed))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Juan Martín Maldacena", "Jürgen Müller", "Bjørn François", "Dušan Große", "Tanaka Hiroshi"}
	if got := b.Papers[0].Authors; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Parse authors = %q, want %q", got, want)
	}
}

// TestParseNamelessAuthors: an <author> whose <name> is empty, blank or
// missing is left out with a note naming its place, and an entry left
// with none says so, as the Hugging Face importer says it.
func TestParseNamelessAuthors(t *testing.T) {
	for _, tt := range []struct {
		authors, want, dropped string
	}{
		{`<author><name></name></author><author><name>Junho Kim</name></author>`, "Junho Kim", "author 1 has no name; left out"},
		{`<author><name>Ada</name></author><author></author><author><name> {} </name></author>`, "Ada", "authors 2 and 3 have no name; left out"},
		{`<author><name> </name></author>`, "", "author 1 has no name; left out, so the source gives the paper no authors"},
		{``, "", ""},
	} {
		feed := `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2506.11924v1</id><title>T</title>` + tt.authors + `</entry></feed>`
		b, err := Parse("in.xml", []byte(feed))
		if err != nil {
			t.Errorf("Parse(%s): %v", feed, err)
			continue
		}
		p := b.Papers[0]
		if got, dropped := strings.Join(p.Authors, "|"), strings.Join(p.Dropped, "|"); got != tt.want || dropped != tt.dropped {
			t.Errorf("Parse(%s) = authors %q, notes %q; want %q, notes %q", tt.authors, got, dropped, tt.want, tt.dropped)
		}
	}
}

// TestParseTitleDashes: arXiv's titles are TeX, whose -- is an en dash
// and --- an em dash, as the abstract's are on the page; its math keeps
// them.
func TestParseTitleDashes(t *testing.T) {
	const feed = `<feed xmlns="http://www.w3.org/2005/Atom"><updated>2026-04-12T00:00:00Z</updated><entry>
<id>http://arxiv.org/abs/2501.01002v1</id><title>Global well-posedness of the Navier--Stokes
  equations---revisited for $p--q$</title><summary>S</summary><author><name>A B</name></author>
</entry></feed>`
	b, err := Parse("in.xml", []byte(feed))
	if err != nil {
		t.Fatal(err)
	}
	const want = "Global well-posedness of the Navier–Stokes\n  equations—revisited for $p--q$"
	if got := b.Papers[0].Title; got != want {
		t.Errorf("Parse title = %q, want %q", got, want)
	}
}

func TestRepair(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Aurora RamÃ\u00adrez", "Aurora Ramírez"},
		{"JosÃ© RaÃºl Romero", "José Raúl Romero"},
		{"Müller", "Müller"},
		{"Ã alone", "Ã alone"},
		{"plain", "plain"},
		{"Łukasz Ã©", "Łukasz Ã©"}, // a rune above U+00FF: not mojibake
	}
	for _, tt := range tests {
		if got := repair(tt.in); got != tt.want {
			t.Errorf("repair(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestURLs(t *testing.T) {
	ids := make([]string, 150)
	for i := range ids {
		ids[i] = fmt.Sprintf("2405.1%04d", i)
	}
	tests := []struct {
		args []string
		max  int
		want []string
	}{
		{[]string{"2405.15738", "cond-mat/0603029v1"}, 50, []string{"E?id_list=2405.15738%2Ccond-mat%2F0603029v1&max_results=2"}},
		{[]string{"https://arxiv.org/abs/2405.15738v2", "arXiv:2406.00001", "https://huggingface.co/papers/2407.00002"}, 50,
			[]string{"E?id_list=2405.15738v2%2C2406.00001%2C2407.00002&max_results=3"}},
		{[]string{"cat:cs.CL", "AND", "ti:transformer"}, 20, []string{"E?max_results=20&search_query=cat%3Acs.CL+AND+ti%3Atransformer&sortBy=submittedDate&sortOrder=descending&start=0"}},
	}
	for _, tt := range tests {
		got, err := URLs("E", tt.args, tt.max)
		if err != nil || strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("URLs(%q) = %q, %v, want %q", tt.args, got, err, tt.want)
		}
	}
	got, err := URLs("E", ids, 50)
	if err != nil || len(got) != 2 || !strings.HasSuffix(got[1], "max_results=50") {
		t.Errorf("URLs(150 ids) = %d requests (%v), want 100 + 50", len(got), err)
	}
	if _, err := URLs("E", []string{"all:x"}, 5000); err == nil {
		t.Errorf("URLs with --max 5000 succeeded")
	}
	if _, err := URLs("E", nil, 5); err == nil {
		t.Errorf("URLs without args succeeded")
	}
	// Ids beside words are neither fetched nor searched for: a search
	// for both would fetch what the words find.
	_, err = URLs("E", []string{"2405.15738", "https://huggingface.co/papers/2406.00001", "cs.CL", "my-paper"}, 5)
	if want := `"cs.CL" and "my-paper" are no arXiv ids or links, beside 2 that are; give ids (or links) only, or a search query only ("cat:cs.CL AND ti:retrieval")`; err == nil || err.Error() != want {
		t.Errorf("URLs of ids and words = %v, want %q", err, want)
	}
	// A mistyped id is named, not searched for as text.
	for arg, want := range map[string]string{
		"2506.1089":    `"2506.1089": arXiv ids from 2015 on have 5 digits after the dot; a digit is missing; write the id`,
		"2506,10892":   `"2506,10892" is the arXiv id 2506.10892 typed otherwise; write 2506.10892`,
		"2506.10892v0": `"2506.10892v0": `,
	} {
		if _, err := URLs("E", []string{"2405.15738", arg}, 5); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("URLs(%q) = %v, want an error starting %q", arg, err, want)
		}
	}
}

// FuzzParse checks that any input is parsed or refused with a message that
// names the input, without panicking, and that ids come without versions.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"legacy-2016_id_list-1111.2011v2.xml", "legacy-2016_search-del_maestro-checkerboard.xml",
		"current-2026_id_list-1605.08386.xml", "current-2026_search-all-testing-max10.xml", "current-2026_empty-result.xml", "current-2026_error-bad-id-http400.xml"} {
		f.Add(sample(f, name))
	}
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/x/1v2</id></entry></feed>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2506.11924v1</id><author><name></name></author><author/><author><name>Ada</name></author></entry></feed>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("in.xml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "in.xml") {
				t.Errorf("error %q does not name the input", err)
			}
			return
		}
		if again, _ := Parse("in.xml", data); !reflect.DeepEqual(again, b) {
			t.Errorf("parsed twice, the feed differs:\n%+v\n%+v", b, again)
		}
		for _, p := range b.Papers {
			if !strings.HasPrefix(p.Item, "in.xml:") {
				t.Errorf("paper %q is named %q in messages, not by the input and a line", p.ID, p.Item)
			}
			if p.Version > 0 && strings.HasSuffix(p.ID, "v"+strconv.Itoa(p.Version)) {
				t.Errorf("id %q keeps its version %d", p.ID, p.Version)
			}
		}
	})
}
