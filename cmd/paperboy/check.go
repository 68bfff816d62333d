package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

const checkUsage = `usage: paperboy check [flags]

Checks the site without writing anything: every source error (path:line),
then, on a site that builds, every internal link and #fragment, every feed
(parses back, unique ids, absolute links), the sitemap's entries, and files
in the site's theme folder that no build reads, and, against the site
built before in public/, what build warns of (a baseURL moved, a paper's
feed item id changed, an address removed). Exits 1 on any problem;
a note (a short topic shown title-cased, nlp as Nlp; an image with no
alt text, ![](fig.png)) is printed but does not fail.
In GitHub Actions (GITHUB_ACTIONS=true) each problem is also written as
an ::error annotation (a note as ::notice; on stderr with --json), which
GitHub shows at its line of a pull request (ten a level; the tenth counts
the rest), and a row of the job summary.

Flags:
  -s, --source DIR   site folder (default ".")
  -b, --base-url URL replace site.yaml's baseURL
  -D, --drafts       include drafts
      --noindex      check a preview copy, as build --noindex makes it
                     (with -b at the preview's address)
      --json         print the problems as a JSON array
      --why ID       explain, instead, why the paper ID is on each of its
                     topics: the line of its topics: that names it, or
                     the keyword of site.yaml (with its line) found in its
                     title, abstract or keywords
  -q, --quiet        print neither notes nor, when there is no problem,
                     the summary line (--json prints every note still)`

// errProblems reports that check found problems (already printed).
var errProblems = errors.New("check found problems")

// checkFlags are the flags of paperboy check: build's that say what site
// to build, --noindex (a preview's check), -q, --json and --why.
type checkFlags struct {
	buildFlags
	json bool
	why  string // a paper's id: tell why it is on its topics, and check nothing
}

// register adds every flag of check to fs.
func (f *checkFlags) register(fs *flag.FlagSet) {
	f.registerSite(fs)
	quietFlag(fs, &f.quiet)
	fs.BoolVar(&f.noindex, "noindex", false, "check a preview copy")
	fs.BoolVar(&f.json, "json", false, "")
	fs.StringVar(&f.why, "why", "", "")
}

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cf checkFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	cf.register(fs)
	if err := parseFlags(fs, args, checkUsage, stdout); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() > 0 {
		return noArguments("check", fs, args)
	}
	if err := siteNearby(cf.source); err != nil {
		return cf.failed(stdout, onSite("check", cf.source, err))
	}
	opts := cf.options()
	if cf.why != "" {
		return explainTopics(ctx, opts, cf.why, stdout)
	}
	// The site build wrote before into its default folder, public/, which
	// build's warnings compare with (a baseURL moved, feed ids changed,
	// addresses removed): check, run before pushing, tells them too.
	dest := os.DirFS(filepath.Join(cf.source, "public"))
	opts.Former = dest
	done := func() {}
	if !cf.quiet {
		opts.Progress, done = stageLine(stderr, "check")
	}
	problems, err := generator.Check(ctx, opts)
	done()
	if err != nil {
		return cf.failed(stdout, onSite("check", cf.source, err))
	}
	problems = append(append(problems, nestedWorkflows(cf.source)...), wrongBranch(cf.source)...)
	if cf.json {
		if problems == nil {
			problems = []generator.Problem{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(problems); err != nil {
			return err
		}
		// stdout is the JSON a bot reads; GitHub reads workflow commands
		// from stderr too.
		annotate(stderr, "check", cf.source, "error", problems)
		if failed(problems) > 0 {
			return errProblems
		}
		return nil
	}
	// A theme's files identical to the built-in ones, or the imported
	// figures with no image_alt:, are one line (generator.Group), and in
	// GitHub Actions still an annotation each, which GitHub shows on that
	// file.
	lines := generator.Group(problems)
	shown := make([]generator.Problem, len(lines))
	var annotated []generator.Problem
	for i, g := range lines {
		shown[i] = g.Problem
		if g.Note() && cf.quiet {
			continue
		}
		fmt.Fprintln(stdout, problemFromHere(cf.source, g.Problem))
		if g.Of == nil {
			annotated = append(annotated, g.Problem)
		}
		annotated = append(annotated, g.Of...)
	}
	annotate(stdout, "check", cf.source, "error", annotated)
	n := failed(shown)
	if n > 0 || !cf.quiet {
		fmt.Fprintln(stderr, "check: "+count(n, len(shown)-n))
	}
	if n > 0 {
		return errProblems
	}
	return nil
}

// failed returns err, which stopped check before it checked anything (no
// site where it looked, a file it could not read), having written it
// with --json as the array of problems, of kind "setup" (its source
// errors as "source", at their lines), so that a bot reading stdout gets
// JSON still; exitCode prints it on stderr.
func (f *checkFlags) failed(stdout io.Writer, err error) error {
	if !f.json {
		return err
	}
	var problems []generator.Problem
	if list, ok := diag.Source(err); ok {
		for _, e := range list {
			problems = append(problems, generator.Problem{Kind: "source", Path: e.Path, Line: e.Line, Msg: e.Msg})
		}
	}
	if problems == nil {
		problems = []generator.Problem{{Kind: "setup", Msg: diag.Printable(err.Error())}}
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return errors.Join(err, enc.Encode(problems))
}

// failed returns how many of problems are not notes.
func failed(problems []generator.Problem) int {
	n := 0
	for _, p := range problems {
		if !p.Note() {
			n++
		}
	}
	return n
}

// count says how many problems and notes check found: "no problems
// found", "2 problems", "no problems found, 1 note".
func count(problems, notes int) string {
	s := "no problems found"
	if problems > 0 {
		s = textutil.Plural(problems, "problem", "problems")
	}
	if notes > 0 {
		s += ", " + textutil.Plural(notes, "note", "notes")
	}
	return s
}

// explainTopics prints why the paper id is on each of its topics
// (generator.Why): a curator's question when a keyword rule tags a paper
// it should not, which no other output answers.
func explainTopics(ctx context.Context, opts generator.Options, id string, stdout io.Writer) error {
	lines, err := generator.Why(ctx, opts, id)
	if err != nil {
		return err
	}
	for _, l := range lines {
		fmt.Fprintln(stdout, l)
	}
	return nil
}
