package generator

import (
	"io/fs"
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
func outdated(site fs.FS, cfg *model.Config) ([]Problem, error) {
	builtin := themes.Default()
	var out []Problem
	for _, name := range cfg.Themes {
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
	return out, nil
}
