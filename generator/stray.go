package generator

import (
	"cmp"
	"io"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
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
// the folders themselves are read here, so the build stays as fast. It
// warns too about a paper, a day or settings put at the top of content/
// or of the site (unreadAtTop).
func strayFolders(fsys fs.FS) []Problem {
	entries, err := fs.ReadDir(fsys, "content")
	if err != nil {
		return nil
	}
	var out []Problem
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || load.Skipped(name) || slices.Contains(sourceFolders, name) || caseOfSourceFolder(name) != "" { // caseSourceFolders' error
			continue
		}
		msg := "no build reads content/" + name + "/: papers go in content/papers/, days in content/days/ and pages of your own in content/pages/"
		if s := diag.Suggest(name, sourceFolders); s != "" {
			msg += "; did you mean content/" + s + "/? Rename the folder"
		}
		out = append(out, Problem{Kind: "orphan", Path: "content/" + name + "/", Msg: msg + " (paperboy check names each file in it)"})
	}
	out = append(out, rootSourceFolders(fsys)...)
	out = append(out, unreadAtTop(fsys, "content", entries)...)
	// GitHub's "Add file → Upload files" on the repository's home page
	// puts a file at the site's root, beside content/.
	top, _ := fs.ReadDir(fsys, ".")
	return append(out, unreadAtTop(fsys, ".", top)...)
}

// caseSourceFolders returns an error for each folder of content/ whose
// name is a source folder's in other letter case (content/Papers/, as a
// Mac's Finder may rename it). A Mac's or Windows's disk finds it under
// either name, so the site builds there; Linux, where GitHub Actions
// builds and publishes it, reads content/papers/ alone, and a warning
// would let the deploy publish a site without those sources. Beside the
// folder itself, it is one with it on a Mac's or Windows's disk.
func caseSourceFolders(fsys fs.FS) error {
	entries, _ := fs.ReadDir(fsys, "content")
	var errs diag.List
	for _, e := range entries {
		name := e.Name()
		s := caseOfSourceFolder(name)
		if !e.IsDir() || s == "" {
			continue
		}
		p, want := "content/"+name+"/", "content/"+s+"/"
		if isDir(fsys, "content/"+s) {
			errs.Add(p, 0, "this folder is %s in other letter case, and a Mac's or Windows's disk holds the two as one folder, while a build on Linux reads none of this one; move its files into %s (git mv) and delete it", want, want)
			continue
		}
		errs.Add(p, 0, "sources are read from %s, in lower case: a Mac's or Windows's disk finds this folder under either name, but a build on Linux, as GitHub Actions runs it to publish the site, reads none of it; "+
			"rename it with git mv content/%s content/%s (a rename in Finder or Explorer alone is not seen by git there)", want, name, s)
	}
	return errs.Err()
}

// caseOfSourceFolder returns the source folder (sourceFolders) that name
// is in other letter case, or "".
func caseOfSourceFolder(name string) string {
	for _, s := range sourceFolders {
		if name != s && filename.Fold(name) == filename.Fold(s) {
			return s
		}
	}
	return ""
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

// unreadAtTop warns about each file of dir (content/, or "." for the
// site's root; entries are its files) that no build reads but that was
// meant to be read (atTopAdvice): it would be left out with nothing said
// but one paper fewer, or settings that do not change.
func unreadAtTop(fsys fs.FS, dir string, entries []fs.DirEntry) []Problem {
	var out []Problem
	for _, e := range entries {
		p := path.Join(dir, e.Name())
		if e.IsDir() {
			continue
		}
		if why := atTopAdvice(fsys, p); why != "" {
			out = append(out, Problem{Kind: "orphan", Path: p, Msg: "no build reads this file: " + why})
		}
	}
	return out
}

// atTopAdvice says what to do with p, a file at the top of content/ or
// of the site, when it is a paper's or a day's Markdown (sourceAtTop) or,
// in content/, settings under a name no build reads
// (settingsAtTop); "" otherwise.
func atTopAdvice(fsys fs.FS, p string) string {
	return cmp.Or(sourceAtTop(fsys, p), settingsAtTop(p))
}

// sourceAtTop says what to do with p, a file at the top of content/ or
// of the site, when it is a paper's Markdown (its front matter has arxiv:
// or authors:, or its name is an arXiv id) or a day's (its name is a
// date, 2024-06-03.md); "" otherwise.
func sourceAtTop(fsys fs.FS, p string) string {
	name := path.Base(p)
	if dir := path.Dir(p); dir != "content" && dir != "." || !filename.IsMarkdown(name) || load.Skipped(name) || strings.HasPrefix(strings.ToLower(name), "readme") {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, filename.Stem(name)); err == nil {
		return "its name is a day's, but days are read from content/days/ alone; " + moveTo(p, "content/days/"+name)
	}
	keys := frontKeys(fsys, p)
	var by []string
	for _, k := range []string{"arxiv", "authors"} {
		if keys[k] {
			by = append(by, k+":")
		}
	}
	why := "its front matter is a paper's (" + strings.Join(by, ", ") + ")"
	switch {
	case len(by) > 0:
	case keys != nil && arxivid.Valid(filename.Stem(name)):
		why = "its name is an arXiv id"
	default:
		return ""
	}
	return why + ", but papers are read from content/papers/ alone; " + moveTo(p, "content/papers/"+name)
}

// moveTo says to move the file p to the path to: on GitHub, by editing
// its name; in a checkout, with git mv.
func moveTo(p, to string) string {
	return "move it to " + to + " (git mv " + p + " " + to + ")"
}

// settingsAtTop says what to do with p when it is a YAML file at the top
// of content/ other than site.yaml (content/site.yml, as a phone's upload
// may name it, beside site.yaml): settings written there change nothing.
func settingsAtTop(p string) string {
	name := path.Base(p)
	ext := strings.ToLower(path.Ext(name))
	if path.Dir(p) != "content" || p == load.Config || ext != ".yaml" && ext != ".yml" || load.Skipped(name) {
		return ""
	}
	return "the site's settings are read from " + load.Config + " alone; merge what this file changes into " + load.Config + ", then delete it (git rm " + p + ")"
}

// textSource is the .md name of p, a file in a folder of sources that no
// build reads, when it is a source saved as text: named .txt or with no
// extension (2506.09601.txt, 2506.09601, as Notepad or TextEdit may save
// it; 2506.09601v2, whose version the name to write leaves out) and
// starting with a front matter with a source's keys; "" otherwise.
func textSource(fsys fs.FS, p string) string {
	name := path.Base(p)
	ext := path.Ext(name)
	stem, txt := strings.TrimSuffix(name, ext), strings.EqualFold(ext, ".txt")
	id, _ := arxivid.Split(name) // 2506.09601v2, a version arXiv's PDF is named with
	if !txt && ext != "" && !arxivid.Valid(id) {
		return ""
	}
	if !txt {
		stem = id
	}
	keys := frontKeys(fsys, p)
	if !slices.ContainsFunc([]string{"title", "arxiv", "id", "authors", "date", "papers"}, func(k string) bool { return keys[k] }) {
		return ""
	}
	return stem + ".md"
}

// savedAsText is what no build reading a source saved as text says to
// do: rename it md, the name textSource gives.
func savedAsText(md string) string {
	return "it starts with a front matter, as a paper, a day or a page does, but only .md files are sources; rename it " + md
}

// frontKeyRE matches a top-level key of a YAML front matter.
var frontKeyRE = regexp.MustCompile(`(?m)^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:`)

// frontOf returns the front matter of a source's normalised bytes (see
// diag.Normalize): the lines between its opening --- and the closing one,
// or to its end when that is cut off; false when it opens with none.
func frontOf(b []byte) (string, bool) {
	front, ok := strings.CutPrefix(string(b), "---\n")
	if !ok {
		return "", false
	}
	if end := strings.Index(front, "\n---"); end >= 0 {
		front = front[:end+1]
	}
	return front, true
}

// frontKeys returns the top-level keys of the YAML front matter that the
// file p of fsys starts with (a --- line), as far as its first 4 KB hold
// them; nil when it starts with none, or does not read.
func frontKeys(fsys fs.FS, p string) map[string]bool {
	f, err := fsys.Open(p)
	if err != nil {
		return nil
	}
	defer f.Close()
	buf := make([]byte, 4096)
	n, _ := io.ReadFull(f, buf)
	front, ok := frontOf(diag.Normalize(buf[:n]))
	if !ok {
		return nil
	}
	var keys map[string]bool
	for _, m := range frontKeyRE.FindAllStringSubmatch(front, -1) {
		if keys == nil {
			keys = map[string]bool{}
		}
		keys[strings.ToLower(m[1])] = true
	}
	return keys
}
