// Command gencorpus writes a synthetic paper digest for benchmarks.
//
//	gencorpus -n N -o DIR [-seed S] [-start YYYY-MM-DD] [-per-day K]
//
// It writes DIR/content/site.yaml (about 60 topics, some with keyword
// rules), DIR/content/papers/<id>.md for N papers and DIR/content/days/*.md
// for about a third of the digest days, a site `paperboy build -s DIR`
// builds. The corpus has the variety of real digests: unicode author names
// drawn from a recurring pool (1 to 12 per paper), 1 to 4 topics, titles
// with &, < and quotes, abstracts of 120 to 250 words with some math, TeX
// accents and fenced code, old-style arXiv ids, code and project links,
// published dates and upvotes. The same flags always write the same bytes.
//
// It refuses to write into a DIR that already has a content/ folder, so a
// smaller corpus never mixes with the leftovers of a larger one.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/paperboy-digest/paperboy/generator/parse"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "gencorpus: %v\n", err)
		os.Exit(1)
	}
}

// run parses args and writes the corpus, reporting what it wrote on stderr.
func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of papers")
	dir := fs.String("o", "", "output site folder (required); content/ is written inside it")
	seed := fs.Uint64("seed", 1, "random seed")
	start := fs.String("start", "2022-01-03", "first digest day, YYYY-MM-DD")
	perDay := fs.Int("per-day", 25, "mean papers per digest day")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" || fs.NArg() > 0 {
		return errors.New("usage: gencorpus -n N -o DIR [-seed S] [-start YYYY-MM-DD] [-per-day K]")
	}
	day, err := parse.CalendarDay(*start)
	if err != nil {
		return fmt.Errorf("-start %w", err)
	}
	content := filepath.Join(*dir, "content")
	if _, err := os.Stat(content); err == nil {
		return fmt.Errorf("%s already exists; remove it or choose another -o", content)
	}
	for _, d := range []string{"papers", "days"} {
		if err := os.MkdirAll(filepath.Join(content, d), 0o755); err != nil {
			return err
		}
	}
	sum, err := generate(options{papers: *n, seed: *seed, start: day, perDay: *perDay}, func(path string, data []byte) error {
		return os.WriteFile(filepath.Join(*dir, filepath.FromSlash(path)), data, 0o644)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %d papers over %d days (%d day files, %.1f MB) to %s\n",
		sum.papers, sum.days, sum.dayFiles, float64(sum.bytes)/1e6, *dir)
	return nil
}
