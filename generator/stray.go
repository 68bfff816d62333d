package generator

import (
	"io/fs"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/load"
)

// sourceFolders are the folders of content/ a build reads sources from.
var sourceFolders = []string{"papers", "days", "pages"}

// strayFolders warns about each folder of content/ that no build reads
// (content/paper/, content/Days/), and a source folder at the site's root
// (rootSourceFolders), with the source folder its name is
// nearest: a build reads only sourceFolders, so a paper written into a
// misspelt folder would be left out with nothing said but one paper fewer
// in the count. check names each file in it instead (unreadContent); only
// the folders themselves are read here, so the build stays as fast.
func strayFolders(fsys fs.FS) []Problem {
	entries, err := fs.ReadDir(fsys, "content")
	if err != nil {
		return nil
	}
	var out []Problem
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || load.Skipped(name) || slices.Contains(sourceFolders, name) {
			continue
		}
		msg := "no build reads content/" + name + "/: papers go in content/papers/, days in content/days/ and pages of your own in content/pages/"
		if s := diag.Suggest(name, sourceFolders); s != "" {
			msg += "; did you mean content/" + s + "/? Rename the folder"
		}
		out = append(out, Problem{Kind: "orphan", Path: "content/" + name + "/", Msg: msg + " (paperboy check names each file in it)"})
	}
	return append(out, rootSourceFolders(fsys)...)
}

// rootSourceFolders warns about a source folder at the site's root
// (papers/ beside content/, not in it), which no build reads: the files
// in it would be left out without a word.
func rootSourceFolders(fsys fs.FS) []Problem {
	var out []Problem
	for _, s := range sourceFolders {
		if isDir(fsys, s) {
			out = append(out, Problem{Kind: "orphan", Path: s + "/", Msg: "no build reads " + s + "/ at the site's root: sources are read from content/ alone; move the folder to content/" + s + "/"})
		}
	}
	return out
}

// isStrayFolder tells whether p is a warning of strayFolders, which check
// leaves out, as it names each file in the folder.
func isStrayFolder(p Problem) bool {
	return p.Kind == "orphan" && strings.HasPrefix(p.Path, "content/") && strings.HasSuffix(p.Path, "/")
}
