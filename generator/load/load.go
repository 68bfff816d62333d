// Package load finds a site's sources in a file system.
//
// Input: an fs.FS rooted at the site folder (the one holding content/ and
// themes/). Output: the slash paths of site.yaml, every paper file under
// content/papers/, every day file under content/days/ and every page of
// the site's own under content/pages/ (in lexical order, folders
// included), each checked against the size limit. A source ends in .md in
// any letter case (2024-05-27.MD is 2024-05-27.md on a Mac), and two
// sources whose paths differ only in case are an error: macOS and Windows
// hold only one of them. Files the operating system leaves (.DS_Store,
// Thumbs.db) are skipped without a word. Symbolic links are
// followed only when they stay inside content/; anything pointing elsewhere is
// an error, so a site cannot publish files from outside its folder.
package load

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
)

// Config is the path of the site configuration.
const Config = "content/site.yaml"

// Sources are the source files of a site.
type Sources struct {
	Papers []string // content/papers/**/*.md
	Days   []string // content/days/**/*.md
	Pages  []string // content/pages/**/*.md: the site's own pages
	// Other are the files in those folders that are not sources (not
	// .md), which a build skips: notes.markdown, README.txt. Names that
	// start with . or _ or end with ~, and the operating system's files
	// (filename.Junk), are skipped without being listed.
	Other []string
	// Underscored are the Markdown files of content/papers (not in a
	// skipped folder) whose names start with _, which a build skips as it
	// does Hugo's _index.md: the build warns of one that holds a paper,
	// named after an OpenReview id (_VjQlMeSB_J.md), which it would
	// otherwise leave out without a word.
	Underscored []string
	// Links are the files of those lists that are symbolic links (to a
	// file inside content/, which a build reads through them).
	Links []string
}

// Skipped reports whether a build skips the file or folder name under
// content/ without a word: a name that starts with . or _ or ends with ~
// (an editor's backup), and the operating system's files (filename.Junk).
func Skipped(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || strings.HasSuffix(name, "~") || filename.Junk(name)
}

// Find lists the paper and day files of the site in fsys.
func Find(fsys fs.FS, maxBytes int64) (*Sources, error) {
	var errs diag.List
	src := &Sources{}
	// The folders themselves, which WalkDir would follow: a link there
	// would bring in files from anywhere, past the check below.
	for _, dir := range []string{"content", "content/papers", "content/days", "content/pages"} {
		if info, err := fs.Lstat(fsys, dir); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			errs.Add(dir, 0, "is a symbolic link, and a site reads its sources from its own folder only; move the files into %s", dir)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	names := filename.Names{}
	for _, dir := range []struct {
		root string
		list *[]string
	}{{"content/papers", &src.Papers}, {"content/days", &src.Days}, {"content/pages", &src.Pages}} {
		err := fs.WalkDir(fsys, dir.root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == dir.root && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipDir
				}
				errs.Append(diag.Unreadable(p, "folder", err)) // WalkDir reads folders, not files
				return nil
			}
			name := d.Name()
			if p != dir.root && Skipped(name) {
				if d.IsDir() {
					return fs.SkipDir
				}
				if dir.root == "content/papers" && strings.HasPrefix(name, "_") && filename.IsMarkdown(name) {
					src.Underscored = append(src.Underscored, p)
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if msg := checkLink(fsys, p); msg != "" {
					errs.Add(p, 0, "%s", msg)
					return nil
				}
				info, err := fs.Stat(fsys, p)
				if err != nil {
					errs.Add(p, 0, "%s", brokenLink(fsys, p, err))
					return nil
				}
				if info.IsDir() {
					errs.Add(p, 0, "symbolic links to folders are not followed; move the files into content/")
					return nil
				}
				src.Links = append(src.Links, p)
			} else if d.IsDir() {
				return nil
			}
			if !filename.IsMarkdown(name) { // a link to a file inside content/ too
				src.Other = append(src.Other, p)
				return nil
			}
			if mine, theirs := names.Add(p); mine != "" {
				errs.Add(p, 0, "%s; merge them into one, or rename one", filename.Clash(theirs, mine))
				return nil
			}
			if info, err := fs.Stat(fsys, p); err == nil && info.Size() > maxBytes {
				errs.Add(p, 0, "the file has %d bytes, more than the limit of %d; shorten it or raise limits.maxFileBytes in site.yaml", info.Size(), maxBytes)
				return nil
			}
			if filename.IsMarkdown(name) {
				*dir.list = append(*dir.list, p)
			}
			return nil
		})
		if err != nil {
			errs.Append(diag.Unreadable(dir.root, "folder", err))
		}
	}
	return src, errs.Err()
}

// checkLink returns why the symbolic link at p may not be followed, or "".
func checkLink(fsys fs.FS, p string) string {
	_, target, err := LinkOutside(fsys, p, "content", 8)
	switch {
	case errors.Is(err, ErrLinkLoop):
		return "too many levels of symbolic links; link to the file itself"
	case err != nil:
		return "cannot read the symbolic link: " + err.Error()
	case target != "":
		return "the symbolic link points outside content/ (" + target + "); copy the file into content/ instead"
	}
	return ""
}

// brokenLink says why the symbolic link p of fsys, which err stats no
// file through, is broken: what it points to, and where a relative
// target is read from (a link moved to another folder points elsewhere),
// and what to do.
func brokenLink(fsys fs.FS, p string, err error) string {
	target, rerr := fs.ReadLink(fsys, p)
	if rerr != nil {
		return "broken symbolic link (" + rerr.Error() + "); point it at its file again, or remove it"
	}
	why := "there is no such file"
	if !errors.Is(err, fs.ErrNotExist) {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is the link's, which the message names
		}
		why = "it cannot be read (" + err.Error() + ")"
	}
	if path.IsAbs(target) || strings.HasPrefix(target, `\`) || len(target) > 1 && target[1] == ':' {
		return "broken symbolic link to " + target + ": " + why + "; point it at the file again (ln -sfn), or remove it"
	}
	at := path.Join(path.Dir(p), target)
	return "broken symbolic link to " + target + ", which names " + at + " (a relative link's target is read from the link's own folder: a link moved to another folder names another file): " +
		why + "; point it at the file again (ln -sfn), or remove it"
}

// ErrLinkLoop is LinkOutside's error for more links in a row than it
// follows.
var ErrLinkLoop = errors.New("too many levels of symbolic links")

// LinkOutside follows the symbolic links on the slash path name of fsys
// and returns the first whose target leads out of the folder root ("" for
// all of fsys) and that target, or "", "" when none does: a site's files
// are its own, and a link in them to /etc/passwd or to a repository's
// .git/config must not publish it. The error is a link it cannot read, or
// one followed by more than hops others (ErrLinkLoop).
func LinkOutside(fsys fs.FS, name, root string, hops int) (link, target string, err error) {
	if name == "." || !fs.ValidPath(name) {
		return "", "", nil
	}
	inside := func(p string) bool {
		return fs.ValidPath(p) && (root == "" || strings.HasPrefix(p, root+"/"))
	}
	todo := strings.Split(name, "/") // components still to resolve
	cur := ""                        // the resolved path so far
	for followed := 0; len(todo) > 0; {
		next := path.Join(cur, todo[0])
		todo = todo[1:]
		info, err := fs.Lstat(fsys, next)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			cur = next // a plain file or folder, or one that opening will fail on
			continue
		}
		if followed++; followed > hops {
			return "", "", ErrLinkLoop
		}
		target, err := fs.ReadLink(fsys, next)
		if err != nil {
			return "", "", err
		}
		resolved := path.Join(path.Dir(next), target)
		if path.IsAbs(target) || strings.Contains(target, "\\") || !inside(resolved) {
			return next, target, nil
		}
		todo = append(strings.Split(resolved, "/"), todo...)
		cur = ""
	}
	return "", "", nil
}
