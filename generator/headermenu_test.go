package generator

import (
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/themes"
)

// TestCheckHeaderMenuStyle: a style.css of the site's theme that styles
// nothing of the header's Menu disclosure, beside a header that has it
// (the built-in one, or a copy), is noted with the built-in rules to
// copy, by lines that hold every rule for it and end its block; one
// that styles it, in style.css or another stylesheet of the theme, and
// a header of the theme's own without the disclosure are let be.
func TestCheckHeaderMenuStyle(t *testing.T) {
	t.Parallel()
	builtinHeader, err := fs.ReadFile(themes.Default(), headerFile)
	if err != nil {
		t.Fatal(err)
	}
	const old = "-- themes/mine/static/style.css --\n/* .site-menu was not here yet */\nbody { color: #222; }\n"
	copied := "-- themes/mine/" + headerFile + " --\n" + string(builtinHeader)
	tests := []struct {
		name, files, whose string // whose: "" for no note
	}{
		{"an older style.css", old, "the built-in header's"},
		{"an older style.css and a copy of the header", old + copied, "your header's (themes/mine/" + headerFile + ")"},
		{"a style.css with the rules", "-- themes/mine/static/style.css --\n.site-menu > summary { cursor: pointer; }\n", ""},
		{"the rules in another stylesheet", old + "-- themes/mine/static/css/menu.css --\n.site-menu { display: contents; }\n", ""},
		{"a header without the disclosure", old + "-- themes/mine/" + headerFile + " --\n{{define \"site-header\"}}<header><nav>{{.Config.Title}}</nav></header>{{end}}\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var notes []string
			for _, n := range checkProblems(t, themed(tt.files), "note") {
				if strings.Contains(n, ".site-menu") {
					notes = append(notes, n)
				}
			}
			if tt.whose == "" {
				if len(notes) > 0 {
					t.Fatalf("notes %q, want none", notes)
				}
				return
			}
			if len(notes) != 1 {
				t.Fatalf("notes %q, want one", notes)
			}
			prefix := "themes/mine/static/style.css: note: styles nothing of .site-menu, " + tt.whose + " Menu disclosure around the navigation and the search, so they are behind an unstyled Menu button at every width"
			if !strings.HasPrefix(notes[0], prefix) || !strings.HasSuffix(notes[0], "or delete your style.css to use the built-in one") {
				t.Errorf("note:\n%s\nwant it to start %q", notes[0], prefix)
			}
			checkMenuLines(t, notes[0])
		})
	}
}

// checkMenuLines checks that the lines of the built-in style.css a note
// names hold every line with a rule for .site-menu, each span of them
// from such a line to the end of a block at the top level and a quarter
// of them at least for .site-menu, and that the
// line of the masthead container it names has it.
func checkMenuLines(t *testing.T, note string) {
	t.Helper()
	css, err := fs.ReadFile(themes.Default(), styleFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(blankComments(css)), "\n")
	depth := make([]int, len(lines)) // after each line
	d := 0
	for i, line := range lines {
		d += strings.Count(line, "{") - strings.Count(line, "}")
		depth[i] = d
	}
	m := regexp.MustCompile(`rules for \.site-menu \(its (.*?); paperboy.* \(its line (\d+)\)`).FindStringSubmatch(note)
	if m == nil {
		t.Fatalf("note %q names no lines", note)
	}
	named := map[int]bool{}
	for _, span := range regexp.MustCompile(`lines? (\d+)(?:–(\d+))?`).FindAllStringSubmatch(m[1], -1) {
		first, _ := strconv.Atoi(span[1])
		last := first
		if span[2] != "" {
			last, _ = strconv.Atoi(span[2])
			if !strings.Contains(lines[first-1], ".site-menu") || depth[last-1] != 0 || strings.TrimSpace(lines[last-1]) != "}" {
				t.Errorf("lines %d–%d are not rules from .site-menu to the end of a block: %q … %q", first, last, lines[first-1], lines[last-1])
			}
		}
		has := 0
		for n := first; n <= last; n++ {
			named[n] = true
			if strings.Contains(lines[n-1], ".site-menu") {
				has++
			}
		}
		if has*4 < last-first+1 {
			t.Errorf("lines %d–%d are mostly other rules: %d of them are for .site-menu", first, last, has)
		}
	}
	for i, line := range lines {
		if strings.Contains(line, ".site-menu") && !named[i+1] {
			t.Errorf("line %d has a rule for .site-menu that the note does not name: %s", i+1, line)
		}
	}
	container, _ := strconv.Atoi(m[2])
	if !strings.Contains(lines[container-1], "container: masthead") {
		t.Errorf("line %d is not the masthead container: %q", container, lines[container-1])
	}
}
