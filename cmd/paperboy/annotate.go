package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/diag"
)

// inActions reports whether the command runs in GitHub Actions, where
// check, build and import also write each problem as a workflow command
// (annotation), which GitHub shows in the run's summary and at the line
// of the file.
func inActions() bool { return os.Getenv("GITHUB_ACTIONS") == "true" }

// annotation is check's problem p as a GitHub Actions workflow command:
// ::error (::notice for a note).
func annotation(source string, p generator.Problem) string {
	level := "error"
	if p.Note() {
		level = "notice"
	}
	return workflowCommand(level, "check", source, p)
}

// workflowCommand is problem p, found by paperboy's command cmd, as a
// GitHub Actions workflow command of level (error, warning, notice),
// which GitHub shows on the line of the pull request's file: ::error
// file=content/papers/a.md,line=4,title=…::message, with the path from
// the repository's root, which GitHub reads it from: from
// $GITHUB_WORKSPACE, where the repository is checked out, when the file
// is in it (a site in a folder of the repository, checked from there or
// with -s), else the site folder source joined to it.
func workflowCommand(level, cmd, source string, p generator.Problem) string {
	file := filepath.Join(source, filepath.FromSlash(p.Path))
	if ws := os.Getenv("GITHUB_WORKSPACE"); ws != "" {
		if abs, err := filepath.Abs(file); err == nil {
			if rel, err := filepath.Rel(ws, abs); err == nil && filepath.IsLocal(rel) {
				file = rel
			}
		}
	}
	props := "file=" + escapeProperty(filepath.ToSlash(file))
	if p.Line > 0 {
		props += ",line=" + strconv.Itoa(p.Line)
	}
	props += ",title=" + escapeProperty("paperboy "+cmd+": "+p.Kind)
	return "::" + level + " " + props + "::" + escapeData(p.Msg)
}

// escapeData escapes a workflow command's message, as GitHub's toolkit
// does: % and line breaks.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value: as a
// message, and its separators : and ,.
func escapeProperty(s string) string {
	return strings.NewReplacer(":", "%3A", ",", "%2C").Replace(escapeData(s))
}

// siteErrors is the error of a command (build, import) on the site
// folder dir: exitCode writes, in GitHub Actions, an ::error annotation
// for each of its source errors (path:line) after printing them, as check
// does for its problems.
type siteErrors struct {
	cmd, dir string
	err      error
}

func (e siteErrors) Error() string { return e.err.Error() }
func (e siteErrors) Unwrap() error { return e.err }

// onSite returns err as the error of cmd on the site folder dir, nil for nil.
func onSite(cmd, dir string, err error) error {
	if err == nil {
		return nil
	}
	return siteErrors{cmd: cmd, dir: dir, err: err}
}

// annotateErrors writes to w, in GitHub Actions, an ::error annotation
// for each source error of err that names a file of the site folder
// (an input file outside it, which the repository does not hold, has
// none).
func annotateErrors(w io.Writer, err error) {
	var se siteErrors
	list, ok := diag.Source(err)
	if !inActions() || !ok || !errors.As(err, &se) {
		return
	}
	for _, e := range list {
		if e.Path == "" {
			continue
		}
		if _, serr := os.Stat(filepath.Join(se.dir, filepath.FromSlash(e.Path))); serr != nil {
			continue
		}
		fmt.Fprintln(w, workflowCommand("error", se.cmd, se.dir, generator.Problem{Kind: "source", Path: e.Path, Line: e.Line, Msg: e.Msg}))
	}
}
