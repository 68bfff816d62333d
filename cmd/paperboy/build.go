package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/output"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

const buildUsage = `usage: paperboy build [flags]

Builds the site in the source folder (content/site.yaml, content/papers/,
content/days/, content/pages/, themes/) into the destination folder. The
old destination stays untouched until the new site is complete; a build
with errors in its sources reports every one as path:line and writes
nothing. In GitHub Actions (GITHUB_ACTIONS=true) each warning is also
written as a ::warning annotation and each error as ::error, which
GitHub shows at the file's line.

Flags:
  -s, --source DIR     site folder (default ".")
  -d, --destination DIR  output folder (default "public" inside the site folder)
  -b, --base-url URL   replace site.yaml's baseURL (e.g. for a preview deploy)
  -D, --drafts         include papers and pages marked draft: true
      --offline        make a copy to open from disk (file://, a zip on a
                       USB stick): every link of the pages into the site is
                       relative, a folder's to its index.html; canonical,
                       feed and og: addresses stay the published site's.
                       Search needs a web server: serve the folder with
                       Python's http.server, say
      --noindex        ask search engines to leave every page out of their
                       results (a preview or staging deploy), and list none
                       in the sitemap; the copy gets no CNAME and is never
                       taken for where the site's feeds are published
  -w, --workers N      parallel workers (default 0: one per CPU)
      --timings        print the time of each stage (load, parse, index,
                       related, search, render, feeds, commit) and write: the
                       time spent writing files, summed over the goroutines
                       that write them as search, render and feeds make them
      --cpuprofile FILE, --memprofile FILE
                       write pprof profiles of the build (performance work)
  -q, --quiet          print nothing but errors`

// defaultMemoryLimit is the Go runtime's soft memory limit for a build,
// unless GOMEMLIMIT sets another.
const defaultMemoryLimit = 1700 << 20

// buildFlags are the flags build and other site commands share.
type buildFlags struct {
	source, dest, baseURL  string
	drafts, quiet          bool
	timings, noindex       bool
	offline                bool
	workers                int
	cpuprofile, memprofile string
}

// register adds every flag of build to fs.
func (b *buildFlags) register(fs *flag.FlagSet) {
	b.registerSite(fs)
	for _, n := range []string{"d", "destination"} {
		fs.Var(folderFlag{&b.dest, "name the output folder, or leave the flag out for public in the site folder"}, n, "output folder")
	}
	quietFlag(fs, &b.quiet)
	for _, n := range []string{"w", "workers"} {
		fs.IntVar(&b.workers, n, 0, "workers")
	}
	fs.BoolVar(&b.noindex, "noindex", false, "keep every page out of search engines")
	fs.BoolVar(&b.offline, "offline", false, "relative links, to open from disk")
	fs.BoolVar(&b.timings, "timings", false, "print the time of each stage")
	fs.StringVar(&b.cpuprofile, "cpuprofile", "", "write a CPU profile")
	fs.StringVar(&b.memprofile, "memprofile", "", "write a heap profile at the end")
}

// registerSite adds the flags that say what site to build, which serve
// and check share with build: -s, -b and -D.
func (b *buildFlags) registerSite(fs *flag.FlagSet) {
	sourceFlag(fs, &b.source)
	baseURLFlag(fs, &b.baseURL)
	for _, n := range []string{"D", "drafts"} {
		fs.BoolVar(&b.drafts, n, false, "include drafts")
	}
}

// sourceFlag adds -s, --source, the site folder (default "."), which
// every command that reads a site takes.
func sourceFlag(fs *flag.FlagSet, source *string) {
	*source = "."
	for _, n := range []string{"s", "source"} {
		fs.Var(folderFlag{source, "name the site's folder, or leave the flag out for the current one"}, n, "site folder")
	}
}

// folderFlag is a flag that names a folder, which an empty value (a
// script's unset variable: -s "$SITE", -d "$OUT") does not; hint says
// what to give instead.
type folderFlag struct {
	p    *string
	hint string
}

func (f folderFlag) String() string {
	if f.p == nil {
		return ""
	}
	return *f.p
}

func (f folderFlag) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New("the folder is empty (an unset variable?); " + f.hint)
	}
	*f.p = v
	return nil
}

// baseURLFlag adds -b, --base-url, which replaces site.yaml's baseURL.
func baseURLFlag(fs *flag.FlagSet, baseURL *string) {
	for _, n := range []string{"b", "base-url"} {
		fs.Var(baseURLValue{baseURL}, n, "base URL override")
	}
}

// baseURLValue is the value of -b, --base-url: an address whose mistakes
// are the command line's (exit status 2, the command's help), not a
// source's with no file to name. parseFlags checks it once parsed, so
// that the message starts with the flag rather than the flag package's
// "invalid value" around the value it repeats.
type baseURLValue struct{ p *string }

func (v baseURLValue) String() string {
	if v.p == nil {
		return ""
	}
	return *v.p
}

func (v baseURLValue) Set(s string) error { *v.p = s; return nil }

// check returns what is wrong with the address given as the flag name.
func (v baseURLValue) check(name string) error {
	if *v.p == "" { // not given
		return nil
	}
	return parse.BaseURLFlag(flagText(name), *v.p)
}

// checkedFlag is a flag value parseFlags checks once the command line is
// parsed (baseURLValue).
type checkedFlag interface{ check(name string) error }

// flagText returns the flag name as the command line writes it: -b,
// --base-url.
func flagText(name string) string {
	if len([]rune(name)) == 1 {
		return "-" + name
	}
	return "--" + name
}

// quietFlag adds -q, --quiet.
func quietFlag(fs *flag.FlagSet, quiet *bool) {
	for _, n := range []string{"q", "quiet"} {
		fs.BoolVar(quiet, n, false, "quiet")
	}
}

// options returns the generator options for the flags.
func (b *buildFlags) options() generator.Options {
	return generator.Options{Site: load.DirFS(b.source), BaseURL: b.baseURL, Drafts: b.drafts, NoIndex: b.noindex, Workers: b.workers}
}

// siteYAML returns the path of dir's content/site.yaml and whether it is
// there: the file a build reads first, which makes dir a site folder.
func siteYAML(dir string) (string, bool) {
	path := filepath.Join(dir, filepath.FromSlash(load.Config))
	_, err := os.Stat(path)
	return path, err == nil
}

// needSite returns an error unless dir is a site folder: a source that a
// command writes outside one (a paper new paper or an import makes) is a
// file no build reads.
func needSite(dir string) error {
	if err := siteNearby(dir); err != nil {
		return err
	}
	if yml, ok := siteYAML(dir); !ok {
		return fmt.Errorf("%s: not found, so %s is not a site folder; run this in the site folder or pass -s DIR, or make a site there first: paperboy new site %s", yml, dir, dir)
	}
	return nil
}

// noSite is generator.NoSite for a command run in dir, which has no
// content/site.yaml, or siteNearby's error when the site is near it.
func noSite(dir string) error {
	if err := siteNearby(dir); err != nil {
		return err
	}
	return generator.NoSite()
}

// parseFlags parses args with fs, turning flag mistakes into usage errors;
// an unknown flag close to one of fs's gets a "did you mean".
func parseFlags(fs *flag.FlagSet, args []string, usage string, stdout io.Writer) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprintln(stdout, usage)
			return errHelp
		}
		// The flag package's error for an unknown flag has no type of its own.
		if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok {
			if h := hugoFlag(fs, name); h != "" {
				return usagef("%s: %v; %s", fs.Name(), err, h)
			}
			if s := suggestFlag(fs, name); s != "" {
				return usagef("%s: %v; did you mean %s?", fs.Name(), err, s)
			}
		}
		return usagef("%s: %v", fs.Name(), err)
	}
	var err error
	fs.Visit(func(f *flag.Flag) {
		if c, ok := f.Value.(checkedFlag); ok && err == nil {
			err = c.check(f.Name)
		}
	})
	if err != nil {
		return usagef("%s: %v", fs.Name(), err)
	}
	return nil
}

// hugoFlags are flags of hugo's commands (and build's -d, which only
// build has), long ones in lower case, with what takes their place here: a flag of the command
// (when it has it), or a word on why none is needed.
var hugoFlags = map[string]struct{ flag, hint string }{
	"builddrafts":         {"drafts", "did you mean -D (--drafts)?"},
	"buildfuture":         {"", "future dates are always built (check warns about them); leave it out"},
	"F":                   {"", "future dates are always built (check warns about them); leave it out"},
	"buildexpired":        {"", "nothing expires here; leave it out"},
	"minify":              {"", "the built-in stylesheet and scripts are minified already, by site.yaml's `minify:` (true unless it says false); HTML is not; leave it out"},
	"gc":                  {"", "there is no cache to clean up: each build writes the site whole; leave it out"},
	"e":                   {"", environmentHint},
	"environment":         {"", environmentHint},
	"cleandestinationdir": {"", "the output folder is replaced as a whole; leave it out"},
	"disablefastrender":   {"", "serve rebuilds what a change needs; leave it out"},
	"d":                   {"", "only build writes the site to a folder: paperboy build -d DIR"},
	"destination":         {"", "only build writes the site to a folder: paperboy build -d DIR"},
}

// environmentHint is what takes the place of hugo's -e production, which
// read config/production/ over config/_default/.
const environmentHint = "there are no environments: site.yaml has one value a setting, the published site's (a preview deploy replaces its baseURL with -b URL); leave it out"

// hugoFlag says what takes the place of hugo's flag name in fs's command,
// or "".
func hugoFlag(fs *flag.FlagSet, name string) string {
	name = strings.TrimPrefix(name, "-")
	if len(name) > 1 { // hugo's long flags are written in any case
		name = strings.ToLower(name)
	}
	h, ok := hugoFlags[name]
	if !ok || h.flag != "" && fs.Lookup(h.flag) == nil {
		return ""
	}
	return h.hint
}

// suggestFlag returns the flag of fs nearest to the unknown name, or the
// one it abbreviates (flagStarting), written as the usage writes it (-s,
// --source), or "" when none is near.
func suggestFlag(fs *flag.FlagSet, name string) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	s := cmp.Or(diag.Suggest(name, names), flagStarting(name, names))
	// Every letter is one edit from every other: a one-letter flag is near
	// only the same letter in the other case (-S for -s).
	if s == "" || len([]rune(name)) == 1 && !strings.EqualFold(s, name) {
		return ""
	}
	return flagText(s)
}

// flagStarting returns the one flag of names that name, two letters or
// more, is the start of (--dest for --destination), or "" when none or
// several are. It is suggested, not taken for it: a script that says
// --dest would break on the day another flag starts the same.
func flagStarting(name string, names []string) string {
	if len([]rune(name)) < 2 {
		return ""
	}
	found := ""
	for _, n := range names {
		if !strings.HasPrefix(strings.ToLower(n), strings.ToLower(name)) {
			continue
		}
		if found != "" {
			return ""
		}
		found = n
	}
	return found
}

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var bf buildFlags
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	bf.register(fs)
	if err := parseFlags(fs, args, buildUsage, stdout); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() > 0 {
		return noArguments("build", fs, args)
	}
	if bf.workers < 0 {
		return usagef("--workers %d is not a number of workers; give 1 or more, or 0 for one per CPU", bf.workers)
	}
	// Without a site there is nothing to build: say so before output.Begin
	// makes the destination's folder and lock, or a profile is created.
	if _, ok := siteYAML(bf.source); !ok {
		return onSite("build", bf.source, noSite(bf.source))
	}
	dest := bf.dest
	if dest == "" {
		dest = filepath.Join(bf.source, "public")
	}
	if err := output.CheckDestination(dest, bf.source); err != nil {
		return err
	}
	if bf.cpuprofile != "" {
		f, err := os.Create(bf.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if bf.memprofile != "" {
		defer writeHeapProfile(bf.memprofile)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// A soft cap: small sites never reach it; an archive of 100,000
		// papers collects garbage more often instead of growing past it.
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	start := time.Now()
	// Pages stream to a new folder next to dest as they are rendered; it
	// replaces dest only once the whole build succeeded.
	kept := leftAlone{what: strings.TrimSuffix(dest, string(filepath.Separator)) + string(filepath.Separator) + " was left as it was"}
	log := stderr
	if bf.quiet { // cron mails what a job prints; waiting is no news
		log = io.Discard
	}
	w, err := output.Begin(ctx, dest, func(lock string) {
		fmt.Fprintf(log, "paperboy: waiting for another build of %s to finish (it holds %s)…\n", dest, lock)
	})
	if err != nil {
		kept.err = err
		return kept
	}
	opts := bf.options()
	opts.Offline = bf.offline
	opts.Emit = w.Write
	opts.Former = os.DirFS(dest)
	done := func() {}
	if !bf.quiet {
		opts.Progress, done = stageLine(stderr, "build")
	}
	res, err := generator.Build(ctx, opts)
	done()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		w.Abort()
		kept.err = err
		return onSite("build", bf.source, kept)
	}
	commit := time.Now()
	if err := w.Commit(ctx); err != nil {
		return err
	}
	if bf.timings {
		for _, st := range res.Stages {
			fmt.Fprintf(stderr, "stage %s %s\n", st.Name, st.Duration)
		}
		fmt.Fprintf(stderr, "stage commit %s\n", time.Since(commit))
		fmt.Fprintf(stderr, "stage write %s\n", w.Busy())
	}
	if !bf.quiet {
		warn(stderr, "build", bf.source, res.Warnings)
		written, unchanged := w.Stats()
		fmt.Fprintln(stderr, builtLine(res, written, unchanged, time.Since(start)))
		if os.Getenv("GITHUB_ACTIONS") != "true" { // a deploy, which no one previews
			fmt.Fprintln(stderr, previewLine(bf.source, dest, res.Site.Config.BasePath(), bf.offline))
		}
	}
	return nil
}

// warn writes the build's warnings to w, each as "warning: path:line:
// …" (a note as "path:line: note: …") and, in GitHub Actions, a ::warning annotation, which GitHub shows
// in the run's summary and at the file's line: a broken link published
// from the default branch shows there, not only in the log. cmd is the
// command (build, import) the annotation's title names; each path is
// printed from the current folder (fromHere).
func warn(w io.Writer, cmd, source string, warnings []generator.Problem) {
	for _, p := range warnings {
		if p.Note() { // "path:line: note: …" says what it is
			fmt.Fprintln(w, problemFromHere(source, p))
		} else {
			fmt.Fprintf(w, "warning: %s\n", problemFromHere(source, p))
		}
	}
	annotate(w, cmd, source, "warning", warnings)
}

// previewLine says how to look at the site built into dest: through
// paperboy serve, since its pages' links start with the base path (/,
// /repo/) and its files opened from the file system find neither the
// style sheet nor the pages they link to; or, built --offline, by
// opening its index.html, with a web server for search, which a page
// opened from disk may not fetch its index for. Either command is quoted
// for a shell (commandLine), to paste as it is.
func previewLine(source, dest, base string, offline bool) string {
	if offline {
		return fmt.Sprintf("open %s in a browser; search needs a web server: %s",
			filepath.Join(dest, "index.html"), commandLine([]string{"python3", "-m", "http.server", "-d", dest}))
	}
	serve := []string{"paperboy", "serve"}
	if filepath.Clean(source) != "." {
		serve = append(serve, "--source", source)
	}
	return fmt.Sprintf("preview it with %s, not by opening %s from your files: its links start with %s, which only a web server finds",
		commandLine(serve), filepath.Join(dest, "index.html"), base)
}

// builtLine is build's last line, what it built: "built 3 papers, 2 days,
// 4 topics, 9 authors: 61 files (0.4 MB, 61 written, 0 unchanged) in 41ms".
func builtLine(res *generator.Result, written, unchanged int, took time.Duration) string {
	s := res.Site
	counts := []string{textutil.Plural(len(s.Papers), "paper", "papers"), textutil.Plural(len(s.Days), "day", "days"),
		textutil.Plural(len(s.Topics), "topic", "topics"), textutil.Plural(len(s.Authors), "author", "authors")}
	if n := len(s.Organizations); n > 0 { // only a site whose papers name one has their pages
		counts = append(counts, textutil.Plural(n, "organization", "organizations"))
	}
	return fmt.Sprintf("built %s: %s (%.1f MB, %d written, %d unchanged) in %s", strings.Join(counts, ", "),
		textutil.Plural(res.Count, "file", "files"), float64(res.Bytes)/1e6, written, unchanged, took.Round(time.Millisecond))
}

// writeHeapProfile writes the heap profile to path, for performance work.
func writeHeapProfile(path string) {
	if f, err := os.Create(path); err == nil {
		pprof.Lookup("allocs").WriteTo(f, 0)
		f.Close()
	}
}
