package generator

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// outdated returns the files of the site's theme folders that hide the
// built-in file at their path and keep it from getting its fixes: a copy
// of the current built-in file, which the build takes without it (unless
// a theme folder listed after it has the file, which the copy then
// replaces); an unmodified copy of a built-in file as an earlier
// Paperboy had it (themes.Earlier, or the record paperboy new theme
// wrote); a copy the theme's author changed of a built-in file that has
// changed since it was copied; and, in a theme with a record, a copy of
// a built-in file the record has no line for (its author deleted the
// line, as an earlier check said to), which check could then never name
// again. The advice for the last two gives the line to write in the
// record, so that check names the file at the built-in file's next
// change. A file the built-in theme no longer has is check's orphan.
// And an authors.html older than the index by letter, or an author.html
// older than an author's pages, which files (the site's output paths)
// has, shows the whole list on every one of its pages.
func outdated(site fs.FS, cfg *model.Config, files []string) ([]Problem, error) {
	builtin := themes.Default()
	var out []Problem
	for i, name := range cfg.Themes {
		dir := "themes/" + name
		record := dir + "/" + themes.Record
		var copied map[string]string
		if data, err := fs.ReadFile(site, record); err == nil {
			copied = themes.ReadRecord(data)
		}
		in := func(themes []string, rel string) bool {
			return slices.ContainsFunc(themes, func(t string) bool {
				_, err := fs.Stat(site, "themes/"+t+"/"+rel)
				return err == nil
			})
		}
		err := fs.WalkDir(site, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel := strings.TrimPrefix(p, dir+"/")
			current, err := fs.ReadFile(builtin, rel)
			if err != nil {
				return nil // not a built-in file
			}
			if in(cfg.Themes[:i], rel) {
				return nil // a folder before this one replaces it, so no page uses it
			}
			data, err := fs.ReadFile(site, p)
			if err != nil {
				return err
			}
			now := themes.Hash(current)
			line := "`" + now + " " + rel + "`"
			switch mine, was := themes.Hash(data), copied[rel]; {
			case themes.Same(data, current):
				if !in(cfg.Themes[i+1:], rel) {
					out = append(out, Problem{Kind: "unchanged", Path: p, Msg: "identical to the built-in " + rel + ", which the build takes without it; " +
						"delete it, so that the site keeps getting the built-in file's fixes when you update Paperboy"})
				}
			case mine == was || themes.Earlier(rel, data):
				out = append(out, Problem{Kind: "outdated", Path: p, Msg: "an unmodified copy of the built-in " + rel +
					" of an earlier Paperboy, which this one has changed, so the site misses the change; delete it to use the current one"})
			case was != "" && was != now:
				out = append(out, Problem{Kind: "outdated", Path: p, Msg: "the built-in " + rel + " has changed since paperboy new theme copied it, and your changes keep the old one; " +
					"compare yours with the current one (paperboy new theme scratch " + rel + " writes it into themes/scratch/, which you delete afterwards), carry your changes over, " +
					"then replace the line of " + rel + " in " + record + " with " + line + ", so that check names the file again at its next change"})
			case was == "" && copied != nil:
				out = append(out, Problem{Kind: "outdated", Path: p, Msg: record + " has no line for " + rel + ", so check cannot say when the built-in one changes; " +
					"if your copy carries this Paperboy's changes (paperboy new theme scratch " + rel + " writes the current one into themes/scratch/, which you delete afterwards), add the line " + line + " to it"})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return append(out, unsplit(site, cfg, files)...), nil
}

// splitList is a page template that a theme's copy older than the split
// of its pages shows wrongly: the whole list on every part of it.
type splitList struct {
	tmpl  string            // the page template, in templates/
	split func(string) bool // whether a generated file is a part of a split list
	reads string            // what a template that knows the split reads
	msg   string            // the problem
}

// splitLists are the lists whose pages are split on a large site: the
// authors index by letter, and a topic's, an author's and an
// organization's papers into pages of pageSize or authorPageSize.
var splitLists = []splitList{
	{"authors.html", func(p string) bool { return strings.HasPrefix(p, "authors/letters/") }, "AuthorLetter",
		"the site has so many authors that the authors index is one page per letter, and this authors.html, which reads neither .AuthorLetters nor .AuthorLetter, " +
			"shows the whole index on /authors/ and again on every letter's page; start again from the built-in one (see .AuthorLetters in the README), or delete it"},
	pagedList("topic", "topics", "a topic of the site has more papers than pageSize:"),
	pagedList("author", "authors", "an author of the site has more papers than authorPageSize:"),
	pagedList("organization", "organizations", "an organization of the site has more papers than pageSize:"),
}

// pagedList is the splitList of the kind of page whose papers are split
// into pages below section (topics/<slug>/page/2/ …), as why says: its
// template, reading no .Pager, links none of the pages after the first.
func pagedList(kind, section, why string) splitList {
	return splitList{kind + ".html", func(p string) bool {
		segs := strings.Split(p, "/")
		return len(segs) == 5 && segs[0] == section && segs[2] == "page"
	}, "Pager",
		why + ", so its page is split into pages of that many (" + section + "/<slug>/page/2/ …), and this " + kind + ".html, which reads no .Pager, " +
			"links none of the pages after the first, whose papers no reader then finds; start again from the built-in one (see .Papers and .Pager in the README), or delete it"}
}

// unsplit returns the problems of a theme's page template that reads none
// of its page's fields that name the part of a split list the page shows,
// on a site whose files split that list, or nil.
func unsplit(site fs.FS, cfg *model.Config, files []string) []Problem {
	var out []Problem
	for _, l := range splitLists {
		if !slices.ContainsFunc(files, l.split) {
			continue
		}
		for _, name := range cfg.Themes {
			p := "themes/" + name + "/templates/" + l.tmpl
			if _, err := fs.Stat(site, p); err != nil {
				continue
			}
			if !reads(site, cfg, p, l.reads) {
				out = append(out, Problem{Kind: "outdated", Path: p, Msg: l.msg})
			}
			break
		}
	}
	return out
}

// reads reports whether the page template at p, or a partial of the
// site's theme folders, which it may hand the page to, holds word.
func reads(site fs.FS, cfg *model.Config, p, word string) bool {
	holds := func(p string) bool {
		data, err := fs.ReadFile(site, p)
		return err == nil && bytes.Contains(data, []byte(word))
	}
	if holds(p) {
		return true
	}
	for _, name := range cfg.Themes {
		found := false
		fs.WalkDir(site, "themes/"+name+"/templates/partials", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && !found {
				found = holds(p)
			}
			return nil
		})
		if found {
			return true
		}
	}
	return false
}

// Grouped is a line of check's report: a problem, and the problems it
// stands for when it sums up several (Of), or nil.
type Grouped struct {
	Problem
	Of []Problem
}

// Group returns problems as check prints them: the files of a theme
// folder identical to the built-in ones, when there are two or more (a
// theme paperboy new theme copied whole has dozens), as one problem at
// the folder, where the first of them was, that counts them, lists them
// by folder and gives the command that deletes exactly those; the
// imported papers' figures with no image_alt:, two or more, as one note
// at the first (importedFigures); every other problem as it is. check
// --json and the GitHub annotations keep one entry a file (Of).
func Group(problems []Problem) []Grouped {
	same := map[string][]Problem{} // by groupKey
	for _, p := range problems {
		if key := groupKey(p); key != "" {
			same[key] = append(same[key], p)
		}
	}
	var out []Grouped
	done := map[string]bool{}
	for _, p := range problems {
		key := groupKey(p)
		switch {
		case key == "" || len(same[key]) < 2:
			out = append(out, Grouped{Problem: p})
		case !done[key]:
			out = append(out, Grouped{Problem: summed(key, same[key]), Of: same[key]})
			done[key] = true
		}
	}
	return out
}

// groupKey returns the key of the problems Group sums up in one line
// with p: the theme folder of a file identical to the built-in one, or
// "figure" for an imported figure's note; "" for a problem of its own.
func groupKey(p Problem) string {
	if dir, _, ok := themeFile(p); ok {
		return dir
	}
	if p.Kind == "note" && strings.HasPrefix(p.Msg, importedFigure) {
		return "figure"
	}
	return ""
}

// summed is the one problem that stands for ps, of Group's key.
func summed(key string, ps []Problem) Problem {
	if key == "figure" {
		return importedFigures(ps)
	}
	return unchangedFiles(key, ps)
}

// themeFile returns, for a problem of a theme file identical to the
// built-in one, the theme folder (themes/<name>) and the file's path in it.
func themeFile(p Problem) (dir, rel string, ok bool) {
	if p.Kind != "unchanged" {
		return "", "", false
	}
	name, rel, ok := strings.Cut(strings.TrimPrefix(p.Path, "themes/"), "/")
	return "themes/" + name, rel, ok
}

// unchangedFiles is the problem of the files of the theme folder dir
// identical to the built-in ones: how many, each by its folder
// (templates/partials/: byline.html, site-footer.html), and a shell
// command, run in the site's folder, that deletes them.
func unchangedFiles(dir string, ps []Problem) Problem {
	byFolder := map[string][]string{}
	rels := make([]string, len(ps))
	for i, p := range ps {
		_, rels[i], _ = themeFile(p)
		folder, name := path.Split(rels[i])
		byFolder[folder] = append(byFolder[folder], name)
	}
	folders := slices.Sorted(maps.Keys(byFolder))
	list := make([]string, len(folders))
	for i, f := range folders {
		list[i] = strings.Join(byFolder[f], ", ")
		if f != "" { // the built-in theme has no file at its top, but a file there is listed as it is
			list[i] = f + ": " + list[i]
		}
	}
	return Problem{Kind: "unchanged", Path: dir, Msg: fmt.Sprintf("%d files are identical to the built-in ones, which the build takes without them; "+
		"delete them, so that the site keeps getting the built-in files' fixes when you update Paperboy (check --json names each): %s; "+
		"in a shell, in the site's folder: (cd %s && rm %s)", len(ps), strings.Join(list, "; "), dir, strings.Join(rels, " "))}
}
