package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestEmptyDay: a day file saved empty (nothing, blank lines, a
// byte-order mark) is an error at its line 1, which a phone editor's or an
// upload's slip would otherwise turn into a day without its title,
// papers: and removed:; one with an intro alone, or with an empty front
// matter, is a day.
func TestEmptyDay(t *testing.T) {
	const file = "content/days/2024-06-03.md"
	const want = file + ":1: the file is empty, so the day it is for has no title, papers: or removed:; write them back (the file's History on GitHub holds its former text), or delete the file"
	tests := []struct{ name, src, want string }{
		{"nothing", "", want},
		{"a line break", "\n", want},
		{"blank lines", " \n\t\r\n\n", want},
		{"a byte-order mark", "\ufeff", want},
		{"a byte-order mark and a line break", "\ufeff\r\n", want},
		{"an intro alone", "Papers of the week.\n", ""},
		{"an empty front matter", "---\n---\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Day(file, []byte(tc.src), DefaultLimits())
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("Day(%q) = %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}

// TestDayCopyName: a day file named as a browser names a second download
// of one ("2024-06-03 (1).md") is told it is a copy of that day's file,
// to merge into it, where "must be named YYYY-MM-DD.md" saw no date.
func TestDayCopyName(t *testing.T) {
	for file, want := range map[string]string{
		"content/days/2024-06-03 (1).md":  "content/days/2024-06-03 (1).md: this file is a copy of content/days/2024-06-03.md, named as a browser or a phone names a second download of a file; merge its changes into content/days/2024-06-03.md and delete this copy (or, if there is no 2024-06-03.md, rename this file 2024-06-03.md)",
		"content/days/2024-06-03 copy.md": "content/days/2024-06-03 copy.md: this file is a copy of content/days/2024-06-03.md",
		"content/days/monday (1).md":      "content/days/monday (1).md: a day file must be named YYYY-MM-DD.md, like 2024-03-14.md",
	} {
		_, _, err := Day(file, []byte("---\ntitle: Monday\n---\n"), DefaultLimits())
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("Day(%q) = %v, want %s", file, err, want)
		}
	}
}

// TestDayFileName: a day file whose name holds its date in another form
// (underscores or dots for hyphens, YYYYMMDD, .md added twice by a "Save
// as") is told the name to give it; a name that is no one day is told the
// form.
func TestDayFileName(t *testing.T) {
	const form = "a day file must be named YYYY-MM-DD.md"
	for _, tt := range []struct{ name, want string }{
		{"2024-06-05.md.md", `the file name "2024-06-05.md.md" ends in .md more than once (as a "Save as" that adds it again names a file); rename it 2024-06-05.md`},
		{"2024-06-05.MD.md", `the file name "2024-06-05.MD.md" ends in .md more than once (as a "Save as" that adds it again names a file); rename it 2024-06-05.md`},
		{"2024-06-05.md.md.md", `the file name "2024-06-05.md.md.md" ends in .md more than once (as a "Save as" that adds it again names a file); rename it 2024-06-05.md`},
		{"2024_06_05.md", form + "; rename it 2024-06-05.md"},
		{"2024_06_05.md.md", form + "; rename it 2024-06-05.md"},
		{"2024.06.05.md", form + "; rename it 2024-06-05.md"},
		{"20240605.md", form + "; rename it 2024-06-05.md"},
		{"2024-06-5.md", form + "; rename it 2024-06-05.md"},
		{"2024-06-05 .md", `the file name "2024-06-05 .md" has a space around the date; rename it 2024-06-05.md`},
		{"2024_13_05.md", form + ", like 2024-03-14.md"},
		{"2024_06.md", form + ", like 2024-03-14.md"},
		{".md.md", form + ", like 2024-03-14.md"},
	} {
		file := "content/days/" + tt.name
		_, _, err := Day(file, []byte("---\ntitle: Wednesday\n---\n"), DefaultLimits())
		if want := file + ": " + tt.want; fmt.Sprint(err) != want {
			t.Errorf("Day(%q) = %v, want %s", file, err, want)
		}
	}
}

// TestDayNameBeside: a name Day tells a misnamed day file to take that a
// file beside it has already is not told: renaming would overwrite that
// file, of which this one is most often a copy.
func TestDayNameBeside(t *testing.T) {
	const copied = "2024-06-05.md exists already: if this is a copy of it (an editor's Save as), delete it or merge what it adds into 2024-06-05.md"
	exists := func(p string) bool { return p == "content/days/2024-06-05.md" }
	for _, tt := range []struct{ name, want string }{
		{"2024-06-05.md.md", `the file name "2024-06-05.md.md" ends in .md more than once (as a "Save as" that adds it again names a file); ` + copied},
		{"2024_06_05.md", "a day file must be named YYYY-MM-DD.md; " + copied},
		{"2024-06-05 .md", `the file name "2024-06-05 .md" has a space around the date; ` + copied},
		{"2024-06-05 (1).md", "this file is a copy of content/days/2024-06-05.md, named as a browser or a phone names a second download of a file; merge its changes into content/days/2024-06-05.md and delete this copy"},
		{"2024_06_06.md", "a day file must be named YYYY-MM-DD.md; rename it 2024-06-06.md"},
		{"2024-06-06 (1).md", "this file is a copy of content/days/2024-06-06.md, named as a browser or a phone names a second download of a file; merge its changes into content/days/2024-06-06.md and delete this copy (or, if there is no 2024-06-06.md, rename this file 2024-06-06.md)"},
		{"2024-06-05.md", ""},
	} {
		file := "content/days/" + tt.name
		want := ""
		if tt.want != "" {
			want = file + ": " + tt.want
		}
		if err := DayName(file, exists); fmt.Sprint(err) != want && (err != nil || want != "") {
			t.Errorf("DayName(%q) = %v, want %s", file, err, want)
		}
	}
}

// FuzzDayName: whatever a day file is named, Day names the file in its
// error, and a name it tells to rename the file to is a day file's.
func FuzzDayName(f *testing.F) {
	for _, s := range []string{"2024-06-05.md", "2024-06-05.md.md", "2024-06-05.MD.md", "2024_06_05.md", "2024.06.05.md", "20240605.md",
		"2024-06-5.md", "2024-06-05 .md", "2024-06-05 (1).md", "2024-13-05.md", "2406.00001.md", ".md.md", "June 5, 2024.md", "2024_06_05 .md.md"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if name == "" || strings.ContainsAny(name, "/\x00") {
			return
		}
		file := "content/days/" + name
		data := []byte("---\ntitle: T\n---\n")
		_, _, err := Day(file, data, DefaultLimits())
		if err == nil {
			return
		}
		namesFile(t, err, file, data)
		if _, to, ok := strings.Cut(err.Error(), "; rename it "); ok {
			if _, _, err := Day("content/days/"+to, data, DefaultLimits()); err != nil {
				t.Fatalf("%s: told to rename it %s, which is no day file's name: %v", file, to, err)
			}
		}
	})
}

// TestDayListed: listed: names papers of other days by id, each at its
// line, read as papers: reads an id; an entry that is no id is an error
// at its line saying what to write.
func TestDayListed(t *testing.T) {
	const file = "content/days/2025-06-16.md"
	tests := []struct {
		name, front string
		ids         []string
		lines       []int
		err         string
	}{
		{name: "ids", front: "papers: [\"2506.10001\"]\nlisted:\n  - \"2506.10003\"\n  - arXiv:2506.10004\n",
			ids: []string{"2506.10003", "2506.10004"}, lines: []int{4, 5}},
		{name: "one line", front: "listed: [2506.10003, 2506.10004]\n", ids: []string{"2506.10003", "2506.10004"}, lines: []int{2, 2}},
		{name: "none", front: "listed:\n"},
		{name: "empty entry", front: "listed:\n  - \"\"\n  - \"2506.10003\"\n", ids: []string{"2506.10003"}, lines: []int{4},
			err: file + ":3: an empty entry in listed:; write a paper's id (- 2410.07166) or remove the line"},
		{name: "inline paper", front: "listed:\n  - title: Inline\n    arxiv: \"2506.10003\"\n",
			err: file + ":3: each entry of listed: is the id of a paper of another day (- 2410.07166); a paper written in the day file goes under papers:"},
		{name: "text", front: "listed: 2506.10003, 2506.10004\n",
			err: file + ":2: listed: must be a list, one `- 2410.07166` per line or [2506.10003, 2506.10004]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _, err := Day(file, []byte("---\n"+tt.front+"---\n"), DefaultLimits())
			if got := fmt.Sprint(err); tt.err == "" && err != nil || tt.err != "" && got != tt.err {
				t.Errorf("Day(%q) error = %v, want %q", tt.front, err, tt.err)
			}
			if d != nil && (!slices.Equal(d.Listed, tt.ids) || !slices.Equal(d.ListedLines, tt.lines)) {
				t.Errorf("Day(%q) listed %q at %v, want %q at %v", tt.front, d.Listed, d.ListedLines, tt.ids, tt.lines)
			}
		})
	}
}

// TestDayPinnedID: an entry of papers: or listed: that is a mapping of an
// id alone (`- arxiv: "2401.00002"`, as a paper's file writes it) names
// that paper, as `- "2401.00002"` does, where it was read as an inline
// paper without a title; a mapping with more is still an inline paper.
func TestDayPinnedID(t *testing.T) {
	const file = "content/days/2024-01-02.md"
	tests := []struct {
		name, front   string
		order, listed []string
		lines         []int
		inline        int
		err           string
	}{
		{name: "arxiv", front: "papers:\n  - arxiv: \"2401.00002\"\n  - \"2401.00001\"\n", order: []string{"2401.00002", "2401.00001"}, lines: []int{3, 4}},
		{name: "arxiv prefix", front: "papers:\n  - arxiv: arXiv:2401.00002\n", order: []string{"2401.00002"}, lines: []int{3}},
		{name: "id", front: "papers:\n  - id: smith-2024\n", order: []string{"smith-2024"}, lines: []int{3}},
		{name: "flow", front: "papers: [{arxiv: \"2401.00002\"}]\n", order: []string{"2401.00002"}, lines: []int{2}},
		{name: "listed", front: "listed:\n  - arxiv: \"2401.00003\"\n", listed: []string{"2401.00003"}},
		{name: "inline", front: "papers:\n  - arxiv: \"2401.00002\"\n    title: T\n    authors: [A]\n", order: []string{"2401.00002"}, lines: []int{3}, inline: 1},
		{name: "no title", front: "papers:\n  - arxiv: \"2401.00002\"\n    upvotes: 3\n", err: file + ":3: the paper has no title; add `title: \"…\"`"},
		{name: "empty", front: "papers:\n  - arxiv:\n", err: file + ":3: the paper has no id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, inline, err := Day(file, []byte("---\n"+tt.front+"---\n"), DefaultLimits())
			if got := fmt.Sprint(err); tt.err == "" && err != nil || tt.err != "" && !strings.HasPrefix(got, tt.err) {
				t.Fatalf("Day(%q) error = %v, want %q", tt.front, err, tt.err)
			}
			if tt.err != "" {
				return
			}
			if !slices.Equal(d.Order, tt.order) || !slices.Equal(d.OrderLines, tt.lines) || !slices.Equal(d.Listed, tt.listed) || len(inline) != tt.inline {
				t.Errorf("Day(%q) = papers %q at %v, listed %q, %d inline; want %q at %v, %q, %d", tt.front, d.Order, d.OrderLines, d.Listed, len(inline), tt.order, tt.lines, tt.listed, tt.inline)
			}
		})
	}
}
