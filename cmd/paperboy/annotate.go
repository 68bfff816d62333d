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
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// inActions reports whether the command runs in GitHub Actions, where
// check, build and import also write each problem as a workflow command
// (annotation), which GitHub shows in the run's summary and at the line
// of the file.
func inActions() bool { return os.Getenv("GITHUB_ACTIONS") == "true" }

// shownAnnotations is how many annotations of one level (error,
// warning, notice) GitHub shows a step; it drops the rest silently.
const shownAnnotations = 10

// summaryRows caps the job summary's table: GitHub takes at most 1 MiB
// of it a step, and the log lists every problem still.
const summaryRows = 1000

// annotate writes to w, in GitHub Actions, problems ps, found by
// paperboy's command cmd on the site folder source, as workflow
// commands, each at level (error, warning) or, a note, notice. GitHub
// shows only the first ten of a level, and ps come in path order, so
// the files a pull request touched may get none: the tenth says how
// many more there are, and every problem is a row of the job summary
// ($GITHUB_STEP_SUMMARY), which GitHub shows on the run's page.
func annotate(w io.Writer, cmd, source, level string, ps []generator.Problem) {
	if !inActions() || len(ps) == 0 {
		return
	}
	levels := make([]string, len(ps))
	total := map[string]int{}
	for i, p := range ps {
		levels[i] = level
		if p.Note() {
			levels[i] = "notice"
		}
		total[levels[i]]++
	}
	written := map[string]int{}
	for i, p := range ps {
		l := levels[i]
		written[l]++
		switch n := written[l]; {
		case n > shownAnnotations:
			continue
		case n == shownAnnotations && total[l] > n:
			more := total[l] - n
			p.Msg += fmt.Sprintf(" (and %d more %s past GitHub's %d a step: see the job summary or the log)",
				more, textutil.Word(more, l, plural(l)), shownAnnotations)
		}
		fmt.Fprintln(w, workflowCommand(l, cmd, source, p))
	}
	if err := writeSummary(cmd, source, ps, levels); err != nil {
		fmt.Fprintf(w, "paperboy: the job summary lists no problem: %v\n", err)
	}
}

// plural is the plural of an annotation's level: errors, warnings, notices.
func plural(level string) string { return level + "s" }

// writeSummary appends to the job summary, the file
// $GITHUB_STEP_SUMMARY names (none outside a step), a Markdown table of
// problems ps of cmd at their levels: path:line from the repository's
// root, level, kind and message.
func writeSummary(cmd, source string, ps []generator.Problem, levels []string) error {
	name := os.Getenv("GITHUB_STEP_SUMMARY")
	if name == "" {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n### paperboy %s\n\n| File | Level | Kind | Message |\n| --- | --- | --- | --- |\n", cmd)
	for i, p := range ps {
		if i == summaryRows {
			fmt.Fprintf(&b, "\n%d more, in the step's log.\n", len(ps)-i)
			break
		}
		at := repoPath(source, p.Path)
		if at != "" && p.Line > 0 {
			at += ":" + strconv.Itoa(p.Line)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", markdownCell(at), levels[i], markdownCell(p.Kind), markdownCell(p.Msg))
	}
	f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = f.WriteString(b.String())
	return errors.Join(err, f.Close())
}

// markdownCell is s as the text of a Markdown table's cell: HTML's
// special characters as entities, so that a message quoting <img> or a
// source's text shows as written and runs no markup, Markdown's
// punctuation escaped with a backslash (a | would end the cell), and
// line breaks as spaces; the source's other control characters as
// diag.Printable writes them.
func markdownCell(s string) string {
	s = diag.Printable(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case strings.ContainsRune("\\`*_[]!|~", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// workflowCommand is problem p, found by paperboy's command cmd, as a
// GitHub Actions workflow command of level (error, warning, notice),
// which GitHub shows on the line of the pull request's file: ::error
// file=content/papers/a.md,line=4,title=…::message, with the path
// repoPath gives; one at no file of the repository (a built page) has
// no file=, as GitHub could place it at none.
func workflowCommand(level, cmd, source string, p generator.Problem) string {
	var props []string
	if file := repoPath(source, p.Path); file != "" {
		props = append(props, "file="+escapeProperty(file))
		if p.Line > 0 {
			props = append(props, "line="+strconv.Itoa(p.Line))
		}
	}
	props = append(props, "title="+escapeProperty("paperboy "+cmd+": "+p.Kind))
	return "::" + level + " " + strings.Join(props, ",") + "::" + escapeData(p.Msg)
}

// repoPath is the path of the site folder source's file at path as
// GitHub reads it, from the repository's root: from $GITHUB_WORKSPACE,
// where the repository is checked out, when the file is in it (a site
// in a folder of the repository, checked from there or with -s), else
// source joined to it; "" for a path that names no file there (a page
// the build wrote, a feed).
func repoPath(source, path string) string {
	if path == "" {
		return ""
	}
	file := filepath.Join(source, filepath.FromSlash(path))
	if _, err := os.Lstat(file); err != nil {
		return ""
	}
	if ws := os.Getenv("GITHUB_WORKSPACE"); ws != "" {
		if abs, err := filepath.Abs(file); err == nil {
			if rel, err := filepath.Rel(ws, abs); err == nil && filepath.IsLocal(rel) {
				file = rel
			}
		}
	}
	return filepath.ToSlash(file)
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
	if !ok || !errors.As(err, &se) {
		return
	}
	var ps []generator.Problem
	for _, e := range list {
		if e.Path == "" {
			continue
		}
		if _, serr := os.Stat(filepath.Join(se.dir, filepath.FromSlash(e.Path))); serr != nil {
			continue
		}
		ps = append(ps, generator.Problem{Kind: "source", Path: e.Path, Line: e.Line, Msg: e.Msg})
	}
	annotate(w, se.cmd, se.dir, "error", ps)
}
