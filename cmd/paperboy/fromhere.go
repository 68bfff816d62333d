package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/diag"
)

// The generator names a site's files from the site folder
// (content/papers/x.md); a command run on another folder (-s my-digest)
// prints them from the current folder (my-digest/content/papers/x.md),
// so that the path:line opens, or is clicked in an editor's terminal.
// GitHub's annotations name them from the repository instead
// (workflowCommand), and check --json from the site folder, as its
// problems' paths are.

// fromHere returns p, a slash path from the site folder source, as a
// path from the current folder: source joined in front when p names a
// file or folder of the site (a source, a theme's file; a folder keeps
// its trailing separator), p as it is when the site is the current folder
// or p names nothing there (a built file, feed.xml; an input file import
// read, named as it was given; stdin).
func fromHere(source, p string) string {
	if p == "" || filepath.Clean(source) == "." || filepath.IsAbs(filepath.FromSlash(p)) {
		return p
	}
	joined := filepath.Join(source, filepath.FromSlash(p))
	if _, err := os.Lstat(joined); err != nil {
		return p
	}
	if strings.HasSuffix(p, "/") {
		joined += string(filepath.Separator)
	}
	return joined
}

// problemFromHere returns p with its path from the current folder
// (fromHere), as build, check and serve print it.
func problemFromHere(source string, p generator.Problem) generator.Problem {
	p.Path = fromHere(source, p.Path)
	return p
}

// errorFromHere returns err, a command's error on the site folder source,
// with its source errors' paths from the current folder (fromHere) in
// its text, as a command prints it; err as it is when the site is the
// current folder. What wraps them keeps its words ("import hf: nothing
// was written: …"), and the error unwraps to err.
func errorFromHere(source string, err error) error {
	list, ok := diag.Source(err)
	if !ok || filepath.Clean(source) == "." {
		return err
	}
	// The errors' texts come in the list's order, each once, whatever
	// the words around them.
	var b strings.Builder
	rest := err.Error()
	for _, e := range list {
		old := e.Error()
		i := strings.Index(rest, old)
		if i < 0 {
			continue
		}
		c := *e
		c.Path = fromHere(source, e.Path)
		b.WriteString(rest[:i])
		b.WriteString(c.Error())
		rest = rest[i+len(old):]
	}
	b.WriteString(rest)
	return shownError{text: b.String(), err: err}
}

// shownError is an error with the text a command prints for it.
type shownError struct {
	text string
	err  error
}

func (e shownError) Error() string { return e.text }
func (e shownError) Unwrap() error { return e.err }
