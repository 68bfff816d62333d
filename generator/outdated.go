package generator

import (
	"bytes"
	"io/fs"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// outdated returns the files of the site's theme folders that an update
// of Paperboy left behind: an unmodified copy of a built-in file as an
// earlier Paperboy had it (themes.Earlier, or the record paperboy new
// theme wrote), which hides the current file and its fixes; and a copy
// the theme's author changed of a built-in file that has changed since it
// was copied. A file the built-in theme no longer has is check's orphan.
// And an authors.html older than the index by letter, which files (the
// site's) has, shows the whole index on every letter's page.
func outdated(site fs.FS, cfg *model.Config, files []model.File) ([]Problem, error) {
	builtin := themes.Default()
	var out []Problem
	for i, name := range cfg.Themes {
		dir := "themes/" + name
		record := dir + "/" + themes.Record
		var copied map[string]string
		if data, err := fs.ReadFile(site, record); err == nil {
			copied = themes.ReadRecord(data)
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
			if slices.ContainsFunc(cfg.Themes[:i], func(over string) bool {
				_, err := fs.Stat(site, "themes/"+over+"/"+rel)
				return err == nil
			}) {
				return nil // a folder before this one replaces it, so no page uses it
			}
			data, err := fs.ReadFile(site, p)
			if err != nil {
				return err
			}
			switch mine, was := themes.Hash(data), copied[rel]; {
			case mine == themes.Hash(current):
			case mine == was || themes.Earlier(rel, data):
				out = append(out, Problem{Kind: "outdated", Path: p, Msg: "an unmodified copy of the built-in " + rel +
					" of an earlier Paperboy, which this one has changed, so the site misses the change; delete it to use the current one"})
			case was != "" && was != themes.Hash(current):
				out = append(out, Problem{Kind: "outdated", Path: p, Msg: "the built-in " + rel + " has changed since paperboy new theme copied it, and your changes keep the old one; " +
					"compare yours with the current one (paperboy new theme scratch writes it into themes/scratch/), carry your changes over, then delete the line of " + rel + " in " + record})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if p := unsplitAuthors(site, cfg, files); p != nil {
		out = append(out, *p)
	}
	return out, nil
}

// readsLetters reports whether a template of the site's theme folders
// reads .AuthorLetters or .AuthorLetter: authors.html may hand the page
// to a partial of its own.
func readsLetters(site fs.FS, cfg *model.Config) bool {
	for _, name := range cfg.Themes {
		found := false
		fs.WalkDir(site, "themes/"+name+"/templates", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || found {
				return nil
			}
			data, err := fs.ReadFile(site, p)
			found = err == nil && bytes.Contains(data, []byte("AuthorLetter"))
			return nil
		})
		if found {
			return true
		}
	}
	return false
}

// unsplitAuthors returns the problem of a theme's authors.html that reads
// neither .AuthorLetters nor .AuthorLetter on a site whose authors index
// is split by letter (files has letter pages), or nil.
func unsplitAuthors(site fs.FS, cfg *model.Config, files []model.File) *Problem {
	if !slices.ContainsFunc(files, func(f model.File) bool { return strings.HasPrefix(f.Path, "authors/letters/") }) {
		return nil
	}
	for _, name := range cfg.Themes {
		p := "themes/" + name + "/templates/authors.html"
		if _, err := fs.Stat(site, p); err != nil {
			continue
		}
		if readsLetters(site, cfg) {
			return nil
		}
		return &Problem{Kind: "outdated", Path: p, Msg: "the site has so many authors that the authors index is one page per letter, and this authors.html, which reads neither .AuthorLetters nor .AuthorLetter, " +
			"shows the whole index on /authors/ and again on every letter's page; start again from the built-in one (see .AuthorLetters in the README), or delete it"}
	}
	return nil
}
