package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/paperboy-digest/paperboy/generator"
)

const checkUsage = `usage: paperboy check [flags]

Checks the site without writing anything: every source error (path:line),
then, on a site that builds, every internal link and #fragment, every feed
(parses back, unique ids, absolute links), the sitemap's entries, and files
in the site's theme folder that no build reads. Exits 1 on any problem.

Flags:
  -s, --source DIR   site folder (default ".")
  -b, --base-url URL replace site.yaml's baseURL
  -D, --drafts       include drafts
      --json         print the problems as a JSON array
  -q, --quiet        print nothing when there is no problem`

// errProblems reports that check found problems (already printed).
var errProblems = errors.New("check found problems")

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var bf buildFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	bf.registerSite(fs)
	bf.registerQuiet(fs)
	var asJSON bool
	fs.BoolVar(&asJSON, "json", false, "")
	if err := parseFlags(fs, args, checkUsage, stdout); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() > 0 {
		return usagef("check takes no arguments, got %q", fs.Arg(0))
	}
	problems, err := generator.Check(ctx, bf.options())
	if err != nil {
		return err
	}
	if asJSON {
		if problems == nil {
			problems = []generator.Problem{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(problems); err != nil {
			return err
		}
	} else {
		for _, p := range problems {
			fmt.Fprintln(stdout, p)
		}
		if len(problems) == 0 && !bf.quiet {
			fmt.Fprintln(stderr, "check: no problems found")
		}
	}
	if len(problems) > 0 {
		if !asJSON {
			fmt.Fprintf(stderr, "check: %d %s\n", len(problems), map[bool]string{true: "problem", false: "problems"}[len(problems) == 1])
		}
		return errProblems
	}
	return nil
}
