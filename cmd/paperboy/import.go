package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	neturl "net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/importer"
	"github.com/paperboy-digest/paperboy/generator/importer/arxiv"
	"github.com/paperboy-digest/paperboy/generator/importer/hf"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/output"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

const importUsage = `usage: paperboy import hf    [flags] <file.json... | ->
       paperboy import hf    [flags] --fetch [--date YYYY-MM-DD] [<arXiv id or URL>...]
       paperboy import arxiv [flags] <file.xml... | ->
       paperboy import arxiv [flags] --fetch <arXiv id or URL>... | <search query>
       paperboy import unpin [-s DIR] [--dry-run] [-q] [YYYY-MM-DD...]

Import papers into the site's sources: one file per paper in content/papers/,
dated on the digest day, which then lists it by upvotes. A day file
(content/days/YYYY-MM-DD.md) is the curator's: its papers: pins papers
first, its removed: takes them off the day. A paper of another day that
the source lists again is appended to the day's listed:, which ranks it
by its upvotes among the day's papers.

  hf      the Hugging Face daily list (GET /api/daily_papers?date=YYYY-MM-DD);
          given ids, those papers' own pages (GET /api/papers/<id>), on
          the day Hugging Face listed most of them (or --date)
  arxiv   an arXiv API Atom feed (GET /api/query)
  unpin   take out of the days' papers: (the named days, or every day) the
          ids imports before 2026-12 wrote there, which pinned each day in
          its first import's order; the days then rank them by upvotes.
          An entry with a comment beside it stays

Re-importing updates what the source owns (upvotes, stars, comments, a newer
version's abstract) and keeps what the curator owns (edited titles, topics,
notes, papers removed from a day). Nothing is written unless every paper of
the input is good. Several files (saved days) are imported one by one in
the order given, each as if alone, after all of them read; the first that
fails stops the run, the files before it imported. In GitHub Actions (GITHUB_ACTIONS=true) an error at a
file's line is also an ::error annotation there.

Flags:
  -s, --source DIR    site folder (default ".")
  --date YYYY-MM-DD   the digest day (default: the day the data says; for
                      hf --fetch, today in UTC); "today", "yesterday"
                      and "tomorrow" are days in UTC, for a scheduled job
  --fetch             download from the source instead of reading a file
  --dry-run           print what would change and write nothing
  -q, --quiet         print nothing but errors and warnings: what the
                      import left out or may have done amiss (for a
                      scheduled job); --dry-run still prints its report
  --max N             arxiv --fetch with a search query: results to ask for
                      (default 50; refused elsewhere: a file or a list of ids
                      is imported whole)
  --timeout D         per-request timeout for --fetch (default 30s;
                      refused without --fetch)
  --retries N         for --fetch, how many more times to ask after a
                      temporary failure: no answer, or a 429, 500, 502,
                      503 or 504 (default 3; waits as the answer's
                      Retry-After asks, or 2s doubling; refused without
                      --fetch)
  --endpoint URL      the API's base URL for --fetch (default
                      https://huggingface.co, https://export.arxiv.org/api/query;
                      refused without --fetch)
  -h, --help          show this help`

// importFlags are the options of paperboy import.
type importFlags struct {
	site, date, endpoint string
	fetch, dryRun, quiet bool
	max, retries         int
	timeout              time.Duration
	// Whether --max, --timeout, --endpoint and --retries were given.
	maxSet, timeoutSet, endpointSet, retriesSet bool
}

// runImport runs `paperboy import hf|arxiv|unpin ...`; args excludes
// "import".
func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) (err error) {
	f, pos, err := parseImportFlags(args, stdout)
	if err != nil {
		return ignoreHelp(err)
	}
	// In GitHub Actions, an error at a paper file's line is also an
	// ::error annotation there, as check writes.
	defer func() { err = onSite("import", f.site, err) }()
	if len(pos) == 0 {
		return usagef("import: name the source, hf or arxiv: paperboy import hf --fetch, or paperboy import arxiv --fetch 2405.15738")
	}
	if pos[0] == "unpin" {
		return runUnpin(ctx, f, pos[1:], stdout, stderr)
	}
	if pos[0] != "hf" && pos[0] != "arxiv" {
		if s := diag.Suggest(pos[0], []string{"hf", "arxiv"}); s != "" {
			return usagef("import: unknown source %q; did you mean %q?", pos[0], s)
		}
		return usagef("import: unknown source %q; the sources are hf (Hugging Face's daily list) and arxiv", pos[0])
	}
	source, rest := pos[0], pos[1:]
	if err := f.checkFetchOnly(); err != nil {
		return err
	}
	if err := checkEndpoint(f.endpoint); err != nil {
		return err
	}
	if err := f.checkMax(source, rest); err != nil {
		return err
	}
	if f.retries < 0 {
		return usagef("import: --retries must be 0 or more")
	}
	var day time.Time
	if f.date != "" {
		date, err := commandDay(f.date)
		if err != nil {
			return usagef("import: --date %v", err)
		}
		day, _ = time.Parse(time.DateOnly, date)
		if msg := aheadOfToday(day, now()); msg != "" {
			fmt.Fprintln(stderr, msg) // with -q too: a typo's day leads the site for years
		}
	}
	log := stderr
	if f.quiet {
		log = io.Discard
	}
	inputs, err := readBatches(ctx, source, f, day, rest, log)
	if err != nil {
		return err
	}
	if !f.dryRun {
		unlock, err := lockSources(ctx, f.site, log)
		if err != nil {
			return fmt.Errorf("import %s: nothing was written: %w", source, err)
		}
		defer unlock()
	}
	for i, in := range inputs {
		if err := importInput(ctx, source, f, day, in, len(inputs) > 1, stdout, stderr, log); err != nil {
			return stopped(err, source, inputs, i)
		}
	}
	return nil
}

// aheadOfToday warns of --date's day when it is after tomorrow in UTC at
// now, as check does of a digest day (a typo, 2031 for 2021, leads the
// home page and every feed for years); tomorrow is let be, as check lets
// it be, for a curator preparing the next day ahead or in a time zone
// ahead of UTC. "" when the day is not ahead.
func aheadOfToday(day, now time.Time) string {
	today := now.UTC().Truncate(24 * time.Hour)
	if !day.After(today.AddDate(0, 0, 1)) {
		return ""
	}
	return fmt.Sprintf("import: warning: --date %s is after today (%s in UTC), so that day leads the home page and every feed until then, and check calls it a likely typo; "+
		"if it is one, undo what this import writes (git status lists it) and import again with the right --date",
		day.Format(time.DateOnly), today.Format(time.DateOnly))
}

// input is what one input file (or --fetch's download) gave an import.
type input struct {
	name  string // the file as given ("-" for standard input), "" for --fetch
	batch importer.Batch
}

// importInput imports in's papers into the site f names, as an import
// of in alone would: on the day --date names, else the input's, telling
// stdout what it did, stderr what it left out or may have done amiss
// (with -q too: a scheduled job must not lose a paper with no word) and
// log (io.Discard with -q) what else there is to say. several says the
// run has other inputs, so each message names in's.
func importInput(ctx context.Context, source string, f *importFlags, day time.Time, in input, several bool, stdout, stderr, log io.Writer) error {
	batch, of, nothing := in.batch, "the input", "nothing was written"
	if several {
		of, nothing = in.name, "nothing of "+in.name+" was written"
	}
	if !day.IsZero() {
		if listed := batch.Day; source == "hf" && !listed.IsZero() && !listed.Equal(day) {
			// Said, as it may be a slip: an hf file of one day imported
			// into the day after.
			fmt.Fprintf(stderr, "import: %s's papers are of %s; --date imports them into %s\n", of, listed.Format(time.DateOnly), day.Format(time.DateOnly))
			batch.Whole = false // another day's list says nothing of what this day lists
		}
		batch.Day = day
		batch.Refresh = false // the curator named the day: the papers are listed on it
	}
	if s := partial(batch, f, of); s != "" {
		fmt.Fprintln(stderr, s)
	}
	plan, err := importer.Prepare(os.DirFS(f.site), batch)
	if err != nil {
		return fmt.Errorf("import %s: %s:\n%w", source, nothing, err)
	}
	if plan.AllLeftOut() {
		// Not "holds no papers": a nightly job would import nothing day
		// after day, its log saying the lists were empty.
		return fmt.Errorf("import %s: %s: %s; when the source's answers change their shape, a newer paperboy reads them (paperboy version says which this is)", source, nothing, plan.Summary())
	}
	label := ""
	if several {
		label = in.name + ": "
	}
	if f.dryRun {
		if err := plan.Report(stdout); err != nil {
			return err
		}
		_, err := fmt.Fprintf(stdout, "%sdry run, nothing written: %s\n", label, plan.DryRunSummary())
		return err
	}
	pinned := oldPins(f.site, batch.Day)
	if err := plan.Write(f.site); err != nil {
		return fmt.Errorf("import %s: %s%w", source, label, err)
	}
	built := buildWritten(ctx, f.site, source, plan.Changes(), stderr)
	stillPinned(batch.Day, pinned, log)
	if !f.quiet {
		fmt.Fprintln(stdout, label+plan.Summary()) // what was written, the build's refusal or not
	}
	leftOut(stderr, source, label, plan, f.quiet)
	return built
}

// leftOut tells stderr what of the source's data the import of plan left
// out, and the papers of the day the source no longer lists
// (Plan.Warnings): with -q, where the summary that says it is not
// printed, as a warning line; in GitHub Actions, also as a ::warning
// annotation, which the run's summary shows.
func leftOut(stderr io.Writer, source, label string, plan *importer.Plan, quiet bool) {
	left := plan.Warnings()
	if left == "" {
		return
	}
	msg := fmt.Sprintf("import %s: %s%s: %s", source, label, plan.Day, left)
	if quiet {
		fmt.Fprintf(stderr, "warning: %s\n", msg)
	}
	if inActions() {
		fmt.Fprintf(stderr, "::warning title=%s::%s\n", escapeProperty("paperboy import"), escapeData(msg))
	}
}

// stopped is err, the error that stopped an import of several inputs at
// inputs[i], with which inputs it imported before it and which it did
// not after it, so that the curator runs again with the rest. Those
// before it stay written: each is an import of its own, as a run of
// paperboy import per file would leave them.
func stopped(err error, source string, inputs []input, i int) error {
	if len(inputs) == 1 {
		return err
	}
	names := func(ins []input) string {
		var n []string
		for _, in := range ins {
			n = append(n, in.name)
		}
		return textutil.List(n)
	}
	var said []string
	if i > 0 {
		said = append(said, "imported before it: "+names(inputs[:i]))
	}
	if i < len(inputs)-1 {
		said = append(said, "not imported after it: "+names(inputs[i+1:]))
	}
	return fmt.Errorf("%w\nimport %s: stopped at %s; %s", err, source, inputs[i].name, strings.Join(said, "; "))
}

// buildWritten builds the site the import wrote and tells what the build
// finds in the files it wrote (changes). Its warnings go to log (stderr,
// with -q too), at
// path:line as build writes them (and in GitHub Actions as annotations):
// data the source gave that a build or check takes for a mistake (an
// author named twice, a title in capitals), which a nightly import would
// otherwise commit unread. Its errors in those files are the import's
// error, so that a nightly job stops before it commits a site that does
// not deploy. A site that does not build for another file's mistake is
// left to build to tell.
func buildWritten(ctx context.Context, site, source string, changes []importer.Change, log io.Writer) error {
	if len(changes) == 0 {
		return nil
	}
	wrote := map[string]bool{}
	for _, c := range changes {
		wrote[c.Path] = true
	}
	res, err := generator.Build(ctx, generator.Options{Site: load.DirFS(site), Digests: true})
	if err != nil {
		all, _ := diag.Source(err)
		ours := slices.DeleteFunc(slices.Clone(all), func(e *diag.Error) bool { return !wrote[e.Path] })
		if len(ours) == 0 {
			return nil
		}
		return fmt.Errorf("import %s: the papers are written, but the build refuses what it wrote; correct it before you commit it (%s says the same):\n%w", source, commandLine([]string{"paperboy", "build", "-s", site}), ours.Err())
	}
	warn(log, "import", site, slices.DeleteFunc(res.Warnings, func(p generator.Problem) bool { return !wrote[p.Path] }))
	return nil
}

// lockSources waits for any other import, or build of public/, in the
// site folder site to finish (output.LockSources), saying so in log
// (io.Discard with -q), and returns the func that lets the lock go: an import reads the paper
// files, then writes them, and one run beside it would lose the other's
// changes.
func lockSources(ctx context.Context, site string, log io.Writer) (func(), error) {
	return output.LockSources(ctx, site, func(lock string) {
		fmt.Fprintf(log, "paperboy: waiting for another import or build in %s to finish (it holds %s)…\n", site, lock)
	})
}

// partial says, when the answer holds only the first of the query's
// results (arXiv's opensearch:totalResults, newest first), how many and
// how to have more: a busy day's search is otherwise cut short with no
// word. "" when it holds them all.
func partial(b importer.Batch, f *importFlags, of string) string {
	if b.Total <= len(b.Papers) {
		return ""
	}
	more := "raise --max (it asked for " + strconv.Itoa(f.max) + ") to import more"
	if !f.fetch {
		more = "fetch more with --fetch --max N"
	}
	if of == "the input" {
		of = "the answer"
	}
	return fmt.Sprintf("import %s: %s holds %d of the query's %d results, the first as arXiv sorts them; %s", b.Source, of, len(b.Papers), b.Total, more)
}

// oldPins returns how many papers an import before 2026-12 pinned in the
// day file of day (importer.OldPins), read before this import writes: a
// new paper it brings to the day is not in that list, which would then no
// longer have the shape the old import left.
func oldPins(site string, day time.Time) int {
	if day.IsZero() {
		return 0
	}
	return importer.OldPins(os.DirFS(site), day.Format(time.DateOnly))
}

// stillPinned tells, in log, that the day file of day still pins n papers
// an import before 2026-12 wrote into its papers: (oldPins), in the order
// of that first import: the import's new upvotes then do not reorder the
// day, and nothing else would say why.
func stillPinned(day time.Time, n int, log io.Writer) {
	if n == 0 {
		return
	}
	d := day.Format(time.DateOnly)
	fmt.Fprintf(log, "import: %s pins %s in the order an import before 2026-12 listed them, so their new upvotes do not reorder the day; `paperboy import unpin %s` lets the day rank them by their upvotes\n",
		importer.DayPath(d), textutil.Plural(n, "paper", "papers"), d)
}

// runUnpin runs `paperboy import unpin [YYYY-MM-DD...]`: the ids earlier
// imports wrote into the days' papers: come out, so the days rank those
// papers by their upvotes (importer.Unpin).
func runUnpin(ctx context.Context, f *importFlags, days []string, stdout, stderr io.Writer) error {
	if f.fetch || f.date != "" || f.maxSet || f.timeoutSet || f.endpointSet || f.retriesSet {
		return usagef("import unpin: name the days (YYYY-MM-DD), or none for every day; it takes -s, --dry-run and -q only")
	}
	for _, d := range days {
		if _, err := parse.CalendarDay(d); err != nil {
			return usagef("import unpin: %v", err)
		}
	}
	if err := needSite(f.site); err != nil {
		return fmt.Errorf("import unpin: %w", err)
	}
	if !f.dryRun {
		log := stderr
		if f.quiet {
			log = io.Discard
		}
		unlock, err := lockSources(ctx, f.site, log)
		if err != nil {
			return fmt.Errorf("import unpin: nothing was written: %w", err)
		}
		defer unlock()
	}
	changes, n, err := importer.Unpin(os.DirFS(f.site), days)
	if err != nil {
		return fmt.Errorf("import unpin: nothing was written: %w", err)
	}
	summary := fmt.Sprintf("unpinned %s in %s; their days rank them by upvotes", textutil.Plural(n, "paper", "papers"), textutil.Plural(len(changes), "day file", "day files"))
	if len(changes) == 0 {
		summary = "nothing to unpin: no day's papers: lists a paper an import wrote there"
	}
	if f.dryRun {
		for _, c := range changes {
			fmt.Fprintf(stdout, "~ %s: %s\n", c.Path, c.Notes[0])
		}
		if len(changes) > 0 {
			// An id the curator pinned since is taken for an import's.
			summary = fmt.Sprintf("would unpin %s in %s, which their days would rank by upvotes; to keep one pinned, write a comment beside its id in papers: (# my pick)",
				textutil.Plural(n, "paper", "papers"), textutil.Plural(len(changes), "day file", "day files"))
		}
		_, err := fmt.Fprintf(stdout, "dry run, nothing written: %s\n", summary)
		return err
	}
	if err := importer.WriteChanges(f.site, changes); err != nil {
		return fmt.Errorf("import unpin: %w", err)
	}
	if !f.quiet {
		_, err = fmt.Fprintln(stdout, summary)
	}
	return err
}

// register adds every flag of import to fs.
func (f *importFlags) register(fs *flag.FlagSet) {
	sourceFlag(fs, &f.site)
	fs.StringVar(&f.date, "date", "", "")
	fs.StringVar(&f.endpoint, "endpoint", "", "")
	fs.BoolVar(&f.fetch, "fetch", false, "")
	fs.BoolVar(&f.dryRun, "dry-run", false, "")
	quietFlag(fs, &f.quiet)
	fs.IntVar(&f.max, "max", 50, "")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "")
	fs.IntVar(&f.retries, "retries", 3, "")
}

// parseImportFlags parses flags given before, between or after the
// positional arguments (the source, then files, ids or a query), and
// returns the positional ones.
func parseImportFlags(args []string, stdout io.Writer) (*importFlags, []string, error) {
	f := &importFlags{}
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	f.register(fs)
	pos, err := parseInterleaved(fs, args, importUsage, stdout)
	var u *usageError
	if errors.As(err, &u) && (strings.HasSuffix(u.msg, ": -C") || strings.HasSuffix(u.msg, ": -site")) {
		u.msg += "; the site folder is -s DIR (or --source DIR), as in every command"
	}
	if err != nil {
		return nil, nil, err
	}
	f.maxSet, f.timeoutSet, f.endpointSet, f.retriesSet = isSet(fs, "max"), isSet(fs, "timeout"), isSet(fs, "endpoint"), isSet(fs, "retries")
	return f, pos, nil
}

// checkMax refuses --max where it would be ignored: it is how many results
// an arXiv search asks for, and a file, a list of ids or Hugging Face's
// list is imported whole. Which papers to leave out is the curator's
// choice, made in the day file, not a count.
func (f *importFlags) checkMax(source string, rest []string) error {
	what := ""
	switch {
	case !f.maxSet:
		return nil
	case source == "hf":
		what = "Hugging Face's list, which is imported whole"
	case !f.fetch:
		what = "a file, which is imported whole"
	case !isSearch(rest):
		what = "a list of arXiv ids, which are all imported"
	default:
		return nil
	}
	return usagef("import: --max sets how many results an arXiv search asks for (paperboy import arxiv --fetch --max 20 'cat:cs.CL'); it does not apply to %s, so leave it out", what)
}

// checkFetchOnly refuses --timeout, --endpoint and --retries without
// --fetch, where they would be ignored: they are how the download is
// made, and a file or standard input is read as it is.
func (f *importFlags) checkFetchOnly() error {
	if f.fetch {
		return nil
	}
	for _, fl := range []struct {
		set                 bool
		name, does, example string
	}{
		{f.timeoutSet, "timeout", "how long --fetch waits for each answer", "paperboy import hf --fetch --timeout 2m"},
		{f.endpointSet, "endpoint", "the API address --fetch downloads from", "paperboy import hf --fetch --endpoint http://localhost:8080"},
		{f.retriesSet, "retries", "how many more times --fetch asks after a temporary failure", "paperboy import hf --fetch --retries 5"},
	} {
		if fl.set {
			return usagef("import: --%s sets %s (%s); it does not apply to reading a file, so leave it out", fl.name, fl.does, fl.example)
		}
	}
	return nil
}

// checkEndpoint refuses an --endpoint that is no address a request can
// go to, which would fail only once asked, and then as a network's
// failure elsewhere: http://127.0.0.1: (its port left out) asks port 80,
// and is "connection refused". "" (none given) is fine.
func checkEndpoint(endpoint string) error {
	if endpoint == "" {
		return nil
	}
	const how = "write the API's address with http:// or https://, its host and a port if it has one (http://127.0.0.1:8080, https://huggingface.co)"
	u, err := neturl.Parse(endpoint)
	switch {
	case !strings.HasPrefix(endpoint, "http://") && !strings.HasPrefix(endpoint, "https://"):
		return usagef("import: --endpoint %q does not start with http:// or https://; %s", endpoint, how)
	case err != nil:
		var ue *neturl.Error
		if errors.As(err, &ue) {
			err = ue.Err // its message repeats the address
		}
		return usagef("import: --endpoint %q is no address (%v); %s", endpoint, err, how)
	case u.Hostname() == "":
		return usagef("import: --endpoint %q names no host; %s", endpoint, how)
	case strings.HasSuffix(u.Host, ":"):
		return usagef("import: --endpoint %q has a colon but no port after it; write the port (%s://%s:8080), or leave the colon out for the scheme's own (80 for http, 443 for https)", endpoint, u.Scheme, u.Hostname())
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return usagef("import: --endpoint %q has port %s, which no server listens on (ports are 1 to 65535); %s", endpoint, p, how)
		}
	}
	return nil
}

// isSearch reports whether import arxiv --fetch's arguments are a search
// query rather than papers, as arxiv.URLs tells them apart: papers when
// every argument names one.
func isSearch(args []string) bool {
	for _, a := range args {
		if _, _, ok := arxivid.Ref(a); !ok {
			return true
		}
	}
	return false
}

// readBatches reads the inputs (the files named, standard input or the
// network) and parses them, telling log of each request it asks again.
// Every file is read and parsed before any is imported, so a file that
// is not the source's answer stops the run before anything is written.
func readBatches(ctx context.Context, source string, f *importFlags, day time.Time, rest []string, log io.Writer) ([]input, error) {
	parse := hf.Parse
	if source == "arxiv" {
		parse = arxiv.Parse
	}
	if f.fetch {
		b, err := fetchBatch(ctx, source, f, day, rest, parse, log)
		return []input{{batch: b}}, err
	}
	if err := notAFile(source, rest); err != nil {
		return nil, err
	}
	switch {
	case len(rest) == 0:
		return nil, usagef("import %s: give the input file (or - for standard input), or --fetch", source)
	case len(rest) > 1 && slices.Contains(rest, "-"):
		return nil, usagef("import %s: - reads standard input, which is one input: give it alone, or name the files", source)
	}
	if err := needSite(f.site); err != nil {
		return nil, fmt.Errorf("import %s: nothing was written: %w", source, err)
	}
	var inputs []input
	for _, arg := range rest {
		b, err := readBatch(source, arg, parse)
		if err != nil {
			return nil, err
		}
		inputs = append(inputs, input{name: arg, batch: b})
	}
	return inputs, nil
}

// readBatch reads and parses the input file arg ("-" for standard input).
func readBatch(source, arg string, parse func(string, []byte) (importer.Batch, error)) (importer.Batch, error) {
	name, data, err := readInput(arg)
	if err != nil {
		return importer.Batch{}, fmt.Errorf("import %s: %w", source, err)
	}
	b, err := parseInput(source, name, data, parse, arg)
	if err != nil {
		return b, err
	}
	if missing := notFound(b.Asked, b.Papers); len(missing) > 0 {
		// As --fetch tells it: a typo in a saved query's ids.
		return b, fmt.Errorf("import %s: nothing was written: %s:%d: %s, then fetch the papers again: paperboy import arxiv --fetch <id>…",
			source, name, b.AskedLine, noPaper(missing, ", which this answer's query asked for (id_list)"))
	}
	return b, nil
}

// parseInput parses data, read from the input named name (a file, or
// the address --fetch downloaded), with the source's parser, and adds to
// its error what the data is when it is not the source's (otherSource):
// a saved file and a download of the same bytes are told the same.
// arg is the file as given; "" for a download.
func parseInput(source, name string, data []byte, parse func(string, []byte) (importer.Batch, error), arg string) (importer.Batch, error) {
	b, err := parse(name, data)
	if err != nil {
		return b, fmt.Errorf("import %s: nothing was written: %w%s", source, err, otherSource(source, arg, data))
	}
	return b, nil
}

// otherSource says which import reads data, which the source's parser
// refused, when it is the other's format: the Atom XML of arXiv's API
// given to hf, or Hugging Face's JSON given to arxiv; or that it is a web
// page (the paper list's page saved from a browser, or a login page a
// network puts in the API's place). arg is the file as given, "" for a
// download, which is told to check the address. "" otherwise.
func otherSource(source, arg string, data []byte) string {
	first := strings.TrimLeft(string(data[:min(len(data), 512)]), " \t\r\n\ufeff")
	api, other := "https://huggingface.co", "arxiv"
	if source == "arxiv" {
		api, other = arxiv.DefaultEndpoint, "hf"
	}
	switch {
	case first == "":
		return ""
	case arg == "" && (source == "hf" && first[0] == '<' && !isHTML(first) || source == "arxiv" && (first[0] == '[' || first[0] == '{')):
		return fmt.Sprintf("; it is the other source's format (import %s reads it): check that --endpoint is the API's address (%s by default)", other, api)
	case source == "hf" && (strings.HasPrefix(first, "<?xml") || strings.HasPrefix(first, "<feed")):
		return fmt.Sprintf("; it is XML, as arXiv's Atom feeds are: paperboy import arxiv %s", arg)
	case source == "arxiv" && (first[0] == '[' || first[0] == '{'):
		return fmt.Sprintf("; it is JSON, as Hugging Face's daily lists are: paperboy import hf %s", arg)
	case isHTML(first) && arg == "":
		return fmt.Sprintf("; it is a web page (HTML), not the API's answer: check that --endpoint is the API's address (%s by default), and that no proxy or network login page answered in its place", api)
	case isHTML(first):
		if source == "hf" {
			api += "/api/daily_papers?date=YYYY-MM-DD"
		} else {
			api += "?id_list=…"
		}
		return fmt.Sprintf("; it is a web page (HTML), not the API's answer: save what %s answers, or download it with --fetch", api)
	}
	return ""
}

// isHTML reports whether text, the start of an input, is a web page's.
func isHTML(text string) bool {
	text = strings.ToLower(text)
	return strings.HasPrefix(text, "<!doctype html") || strings.HasPrefix(text, "<html")
}

// notAFile explains arguments that name no file where import reads one:
// a day or arXiv ids meant for --fetch, or a file that is not there.
func notAFile(source string, args []string) error {
	var missing []string
	for _, a := range args {
		if _, err := os.Stat(a); a != "-" && errors.Is(err, fs.ErrNotExist) {
			missing = append(missing, a)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	a := missing[0]
	if _, err := parse.CalendarDay(a); err == nil && len(args) == 1 {
		if source == "hf" {
			return usagef("import hf: %s is a day, not a file; to download that day's list: paperboy import hf --fetch --date %s", a, a)
		}
		return usagef("import arxiv: %s is a day, not a file; to date the imported papers on it, give --date %s with a saved feed or --fetch: paperboy import arxiv --fetch --date %s 2405.15738", a, a, a)
	}
	if len(missing) == len(args) && !isSearch(args) {
		ids := strings.Join(args, " ")
		if source == "hf" {
			return usagef("import hf: %s is an arXiv id, not a file; to download the paper's page from Hugging Face, with its upvotes: paperboy import hf --fetch %s (or from arXiv: paperboy import arxiv --fetch %[2]s)", a, ids)
		}
		return usagef("import arxiv: %s is an arXiv id, not a file; to download it from arXiv: paperboy import arxiv --fetch %s", a, ids)
	}
	what := "Hugging Face's daily list saved as JSON"
	if source == "arxiv" {
		what = "an arXiv API answer saved as Atom XML"
	}
	return usagef("import %s: %s: no such file; give the path of %s, or download it with --fetch", source, a, what)
}

// readInput reads a file, or standard input for "-", up to
// importer.MaxInput (64 MiB), the most the parsers read uncompressed.
func readInput(arg string) (string, []byte, error) {
	const limit = importer.MaxInput
	name, r := arg, io.Reader(nil)
	if arg == "-" {
		name, r = "stdin", os.Stdin
	} else {
		file, err := os.Open(arg)
		if err != nil {
			return "", nil, err
		}
		defer file.Close()
		r, name = file, filepath.ToSlash(arg)
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > limit {
		return "", nil, fmt.Errorf("%s: the input is larger than 64 MiB", name)
	}
	return name, data, nil
}

// fetchBatch downloads and parses the source's data, telling log of each
// request it asks again.
func fetchBatch(ctx context.Context, source string, f *importFlags, day time.Time, rest []string, parse func(string, []byte) (importer.Batch, error), log io.Writer) (importer.Batch, error) {
	bi, _ := debug.ReadBuildInfo()
	fetcher := &importer.Fetcher{
		Client:    &http.Client{Timeout: f.timeout, CheckRedirect: sameSiteRedirect},
		UserAgent: importer.UserAgent(releaseOf(bi)),
		Timeout:   f.timeout,
		Retries:   f.retries,
		Retrying: func(err error, wait time.Duration, retry int) {
			fmt.Fprintf(log, "import %s: %v; asking again in %v (retry %d of %d)\n", source, err, wait, retry, f.retries)
		},
	}
	var urls []string
	base, listDay := cmp.Or(f.endpoint, "https://huggingface.co"), "" // hf's, and the day of its list
	switch source {
	case "hf":
		for _, r := range rest { // papers of their own: each one's page of the API
			id, _, ok := arxivid.Ref(r)
			if !ok {
				return importer.Batch{}, usagef("import hf --fetch: %q is no arXiv id or link to a paper; name papers by their ids (2405.15738) or pages (https://huggingface.co/papers/2405.15738), or give none for the day's list (a file to read goes without --fetch)", r)
			}
			urls = append(urls, hf.PaperURL(base, id))
		}
		if len(urls) == 0 {
			if day.IsZero() {
				day = time.Now().UTC()
			}
			listDay = day.Format(time.DateOnly)
			urls = []string{hf.URL(base, listDay, 0)}
		}
	case "arxiv":
		fetcher.Interval = 3 * time.Second // the arXiv API's rate limit
		if dir, err := os.UserCacheDir(); err == nil && f.endpoint == "" {
			// The limit holds across runs too: two imports in a row wait.
			fetcher.Stamp = filepath.Join(dir, "paperboy", "arxiv-last-request")
		}
		var err error
		if urls, err = arxiv.URLs(cmp.Or(f.endpoint, arxiv.DefaultEndpoint), rest, f.max); err != nil {
			return importer.Batch{}, usagef("import arxiv --fetch: %v", err)
		}
	}
	// A fetch's papers written outside a site would go where no build
	// reads them.
	if err := needSite(f.site); err != nil {
		return importer.Batch{}, fmt.Errorf("import %s: nothing was written: %w", source, err)
	}
	var all importer.Batch
	seen := map[string]bool{} // the ids of the list's pages so far
pages:
	for i := 0; i < len(urls); i++ {
		u := urls[i]
		data, err := fetcher.Get(ctx, u)
		var se *importer.StatusError
		if errors.As(err, &se) && source == "arxiv" && bytes.Contains(data, []byte("arxiv.org/api/errors")) {
			if _, perr := parse(u, data); perr != nil {
				err = perr // arXiv explains a 400 in an error feed; another body, StatusError quotes
			}
		}
		var nr *importer.NoResponseError
		switch {
		case errors.As(err, &se) && listDay != "" && i > 0 && (se.Code == http.StatusBadRequest || se.Code == http.StatusNotFound):
			break pages // a page past the list's end: the list is whole
		case errors.As(err, &se) && source == "hf" && len(rest) > 0 && se.Code == http.StatusNotFound:
			return all, fmt.Errorf("import hf: nothing was written: Hugging Face has no page for the paper %s (%w); check the id, or import the paper from arXiv: paperboy import arxiv --fetch %[1]s", rest[i], err)
		case errors.As(err, &nr) && nr.Timeout > 0:
			return all, fmt.Errorf("import %s: nothing was written: %w; try again later, or allow longer with --timeout", source, err)
		case errors.As(err, &nr):
			return all, fmt.Errorf("import %s: nothing was written: %w; check the network connection and try again, or import a saved response instead of using --fetch", source, err)
		case err != nil:
			return all, fmt.Errorf("import %s: nothing was written: %w", source, err)
		}
		b, err := parseInput(source, u, data, parse, "")
		if err != nil {
			return all, err
		}
		if i == 0 {
			all.Source, all.Day, all.Refresh, all.Total, all.Whole = b.Source, b.Day, b.Refresh, b.Total, b.Whole
		}
		fresh := 0
		for _, p := range b.Papers {
			if !seen[p.ID] {
				seen[p.ID], fresh = true, fresh+1
			}
		}
		all.Papers = append(all.Papers, b.Papers...)
		// A full page of the day's list: the next may hold more (a page
		// of none new is the API's answer to a page it has not).
		if listDay != "" && len(b.Papers) >= hf.PageSize && fresh > 0 && i < maxListPages-1 {
			urls = append(urls, hf.URL(base, listDay, i+1))
		}
	}
	if source == "hf" {
		all.Day = hf.ListDay(all.Papers) // the day most were listed on; --date overrides it
		switch {
		case all.Day.IsZero() && len(rest) == 0:
			all.Day = day
		case all.Day.IsZero() && day.IsZero():
			return all, fmt.Errorf("import hf: nothing was written: Hugging Face listed %s on no day's list; choose the day to list %s on with --date YYYY-MM-DD",
				textutil.List(rest), textutil.Word(len(rest), "it", "them"))
		}
	}
	if source == "arxiv" && !isSearch(rest) {
		if missing := notFound(rest, all.Papers); len(missing) > 0 {
			return all, fmt.Errorf("import arxiv: nothing was written: %s", noPaper(missing, ""))
		}
	}
	return all, nil
}

// maxListPages bounds the pages of a day's list import hf --fetch asks
// for: a thousand papers, ten times the busiest day's.
const maxListPages = 10

// notFound returns the papers of refs (arXiv ids or URLs) that papers,
// arXiv's answer, lacks: it answers an id it has no paper of with no
// entry, and no error.
func notFound(refs []string, papers []importer.Paper) []string {
	var missing []string
	for _, r := range refs {
		id, _, _ := arxivid.Ref(r)
		if !slices.ContainsFunc(papers, func(p importer.Paper) bool { return p.ID == id }) {
			missing = append(missing, r)
		}
	}
	return missing
}

// noPaper says that arXiv has no paper of the ids missing (notFound),
// with why they were asked for, and to check them: a typo, most likely.
func noPaper(missing []string, why string) string {
	return fmt.Sprintf("arXiv has no %s %s%s; check %s, as the paper's page on arxiv.org shows it",
		textutil.Word(len(missing), "paper", "papers"), textutil.List(missing), why, textutil.Word(len(missing), "the id", "the ids"))
}

// sameSiteRedirect lets a fetch follow a redirect only on the host it
// asked and never from https to http: what is imported must come from the
// API named, over the connection it was asked for.
func sameSiteRedirect(req *http.Request, via []*http.Request) error {
	first := via[0].URL
	switch {
	case len(via) >= 10:
		return errors.New("stopped after 10 redirects")
	case !strings.EqualFold(req.URL.Hostname(), first.Hostname()):
		return fmt.Errorf("%s redirects to another host, %s; import it from there with --endpoint if you trust it", first.Redacted(), req.URL.Redacted())
	case first.Scheme == "https" && req.URL.Scheme != "https":
		return fmt.Errorf("%s redirects from https to %s", first.Redacted(), req.URL.Redacted())
	}
	return nil
}
