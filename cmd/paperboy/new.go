package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

const newUsage = `usage: paperboy new paper <arxiv-id | id> [flags]
       paperboy new day <YYYY-MM-DD> [flags]

Creates a source file with every field documented:
  content/papers/<id>.md   for "new paper" (an arXiv id like 2410.07166,
                           or any id of letters, digits, '.', '_' and '-')
  content/days/<date>.md   for "new day"
It never overwrites an existing file.

Flags:
  -s, --source DIR   site folder (default ".")
  --date YYYY-MM-DD  digest day of a new paper (default: today)`

var (
	newArxivRE = regexp.MustCompile(`^\d{4}\.\d{4,5}$`)
	newIDRE    = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)
)

func runNew(_ context.Context, args []string, stdout, _ io.Writer) error {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	var source, date string
	fs.StringVar(&source, "s", ".", "")
	fs.StringVar(&source, "source", ".", "")
	fs.StringVar(&date, "date", "", "")
	if len(args) < 2 {
		if len(args) == 1 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(stdout, newUsage)
			return nil
		}
		return usagef("new needs a kind and a name: paperboy new paper 2410.07166, or paperboy new day 2024-03-14")
	}
	kind, name := args[0], args[1]
	if err := parseFlags(fs, args[2:], newUsage, stdout); err != nil {
		return ignoreHelp(err)
	}
	var path, body string
	switch kind {
	case "paper":
		if !newIDRE.MatchString(name) || strings.Contains(name, "..") {
			return usagef("%q cannot be a paper id; use an arXiv id like 2410.07166 or letters, digits, '.', '_' and '-'", name)
		}
		if date == "" {
			date = time.Now().UTC().Format(time.DateOnly)
		} else if _, err := time.Parse(time.DateOnly, date); err != nil {
			return usagef("--date %q is not a date; write YYYY-MM-DD", date)
		}
		idLine := "arxiv: \"" + name + "\""
		if !newArxivRE.MatchString(name) {
			idLine = "id: \"" + name + "\""
		}
		path = filepath.Join(source, "content", "papers", name+".md")
		body = fmt.Sprintf(paperTemplate, idLine, date)
	case "day":
		if _, err := time.Parse(time.DateOnly, name); err != nil {
			return usagef("%q is not a date; write YYYY-MM-DD, like 2024-03-14", name)
		}
		path = filepath.Join(source, "content", "days", name+".md")
		body = dayTemplate
	default:
		return usagef("new: unknown kind %q; use paper or day", kind)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists; edit it, or choose another name", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.WriteString(body); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created %s\n", path)
	return nil
}

const paperTemplate = `---
# The paper's title (text, required).
title: "Title of the paper"
# The arXiv id without version (the paper's id and URL); papers not on arXiv use id: instead.
%s
# arXiv version number (whole number, optional).
# version: 1
# Authors in paper order (list of text, optional).
authors:
  - "First Author"
  - "Second Author"
# The digest day the paper appears on (YYYY-MM-DD or RFC 3339; required unless a day file lists the paper).
date: %s
# First and latest arXiv versions (YYYY-MM-DD or RFC 3339, optional).
# published: 2024-03-12
# updated: 2024-03-13T17:59:59Z
# Topic slugs (list, optional); site.yaml can name and describe them.
topics: []
# Links (absolute http(s) URLs, optional). pdf defaults to arXiv's PDF.
# code: "https://github.com/user/repo"
# project: "https://example.org/project"
# pdf: "https://arxiv.org/pdf/2410.07166"
# Upvotes rank the day (whole number, default 0).
upvotes: 0
# One-line summary shown in lists (text, optional).
# tldr: "What the paper shows, in one sentence."
# Imported metadata (optional): comments, stars, ai_summary, keywords,
# primary_category, categories, doi, journal_ref, comment.
# Leave the paper out of the build unless --drafts is given (default false).
# draft: true
# Your site's own data, for custom themes (mapping, optional).
# extra:
#   note: anything
---

The abstract, in Markdown. Inline math like $O(n \log n)$ and display math
between $$ lines are kept intact.

Notes after the abstract are yours: they survive re-imports.
`

const dayTemplate = `---
# The day's title (text, optional; default: the date).
title: ""
# Paper ids in ranked order (list, optional). Papers dated on this day and
# not listed follow, by upvotes. Entries may also be inline papers:
#   - title: "A paper without a file"
#     id: my-paper
#     authors: ["A. Author"]
#     abstract: "…"
papers: []
# Paper ids removed from this day; importers will not add them back.
removed: []
---

An introduction to the day, in Markdown (optional).
`
