// Command paperboy builds static sites for research-paper digests.
//
//	paperboy build     build the site into public/
//	paperboy new       create a site, a paper, day or page source file, or a theme to edit
//	paperboy check     check sources, links, feeds and sitemap without writing
//	paperboy serve     preview the site with live reload
//	paperboy import    import papers from Hugging Face or arXiv
//	paperboy mail      render a digest as an email; write or send it
//	paperboy version   print the version
//	paperboy help      explain a command
//
// main only wires flags; the work happens in the generator packages.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"

	"golang.org/x/mod/semver"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// version is set at link time with -ldflags "-X main.version=…".
var version = devVersion

// devVersion is the version of a build that sets none.
const devVersion = "0.1.0-dev"

// releaseOf returns the version: the module's when go install fetched it,
// a tagged release (0.3.1) or, between releases, a pseudo-version that
// names the commit (0.0.0-20261202141017-5068ed6e4eef); else version (a
// checkout with local changes, whose commit buildOf says).
func releaseOf(bi *debug.BuildInfo) string {
	if r := moduleRelease(bi); r != "" && version == devVersion {
		return strings.TrimPrefix(r, "v")
	}
	return version
}

// moduleRelease returns the module version go install built, one that
// go install can build again (v0.3.1, or a pseudo-version
// v0.0.0-20261202141017-5068ed6e4eef), or "": a checkout with local
// changes (+dirty) has none.
func moduleRelease(bi *debug.BuildInfo) string {
	if bi == nil {
		return ""
	}
	if v := bi.Main.Version; semver.IsValid(v) && semver.Build(v) == "" {
		return v
	}
	return ""
}

// buildOf describes the build for bug reports: the commit it was built
// from, when the build recorded one, and the Go toolchain and platform.
func buildOf(bi *debug.BuildInfo) string {
	v := vcsOf(bi)
	platform := runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH
	if v.commit == "" {
		return "built with " + platform
	}
	s := "commit " + v.commit[:min(len(v.commit), 12)]
	if v.time != "" {
		s += " of " + v.time
	}
	if v.modified {
		s += " with local changes"
	}
	return s + ", built with " + platform
}

// vcs is what a build recorded of the checkout it was built in.
type vcs struct {
	commit, time string // the commit's full hash and time, or ""
	modified     bool   // the checkout had local changes
}

// vcsOf returns what bi recorded of the checkout it was built in.
func vcsOf(bi *debug.BuildInfo) vcs {
	var v vcs
	if bi == nil {
		return v
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.commit = s.Value
		case "vcs.modified":
			v.modified = s.Value == "true"
		case "vcs.time":
			v.time = s.Value
		}
	}
	return v
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// The first Ctrl-C asks the command to stop and clean up; from
		// then on the signals are the system's again, so a second one
		// ends a command that does not stop (a theme's template that
		// never ends) at once.
		<-ctx.Done()
		stop()
	}()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// exitCode reports err on stderr (check's problems are printed already),
// in GitHub Actions with an ::error annotation for each source error of a
// build or import (annotateErrors), and returns the process exit status: 0 on success, 2 for usage errors,
// 1 for everything else.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, errProblems) {
		return 1
	}
	var u *usageError
	if errors.As(err, &u) {
		fmt.Fprintf(stderr, "paperboy: %s\nRun '%s' for usage.\n", diag.Printable(err.Error()), strings.TrimSpace("paperboy help "+u.cmd))
		return 2
	}
	// A site command's source errors are printed with paths from the
	// current folder (my-digest/content/papers/x.md:9 after -s my-digest).
	shown := err
	var se siteErrors
	if errors.As(err, &se) {
		shown = errorFromHere(se.dir, err)
	}
	tail := ""
	var left leftAlone
	if errors.As(err, &left) {
		tail = "; " + left.what
	}
	// One mistake in site.yaml (a tab) stops a build as a single error: it
	// is reported as the many are, on a line of its own, then counted with
	// what was left alone. (A site.yaml not found is no mistake in one.)
	if list, ok := diag.Source(err); ok && (tail != "" || errors.As(err, new(diag.List))) {
		fmt.Fprintf(stderr, "%v\npaperboy: %d %s%s\n", shown, len(list), textutil.Word(len(list), "error", "errors"), tail)
		annotateErrors(stderr, err)
		return 1
	}
	if errors.Is(err, context.Canceled) { // Ctrl-C or SIGTERM: "render: context canceled" says it less well
		fmt.Fprintf(stderr, "paperboy: interrupted%s\n", tail)
		return 1
	}
	// An error of the system's names files as they are (open
	// content/"fig\n::warning::…": permission denied): printed fit for a
	// CI log, which runs a line that starts with :: as a command.
	fmt.Fprintf(stderr, "paperboy: %s%s\n", diag.Printable(shown.Error()), tail)
	annotateErrors(stderr, err)
	return 1
}

// leftAlone is the error of a command that failed without changing what
// it would have written; what says so ("public/ was left as it was") after
// the count of errors.
type leftAlone struct {
	err  error
	what string
}

func (e leftAlone) Error() string { return e.err.Error() }
func (e leftAlone) Unwrap() error { return e.err }

// command is one subcommand.
type command struct {
	name, summary, usage string
	run                  func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// commands lists every subcommand in help order.
func commands() []command {
	return []command{
		{"build", "build the site into public/", buildUsage, runBuild},
		{"new", "create a site, a paper, day or page source file, or a theme to edit", newUsage, runNew},
		{"check", "check sources, links, feeds and sitemap without writing", checkUsage, runCheck},
		{"serve", "preview the site with live reload", serveUsage, runServe},
		{"import", "import papers from Hugging Face or arXiv", importUsage, runImport},
		{"mail", "render a digest as an email; write or send it", mailUsage, runMail},
		{"version", "print the version", versionUsage, runVersion},
		{"help", "explain a command", helpUsage, runHelp},
	}
}

// run runs the command line args (without the program name).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		printHelp(stdout)
		return usagef("no command given")
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version", "-v", "-V":
		// -v and -V are the version in most tools (python3 -V, node -v),
		// and no command here takes either: a bug report's "paperboy -v"
		// gets what it asks for, not a hint to move it after a command.
		name = "version"
	}
	c, err := lookup(name)
	if err != nil && strings.HasPrefix(name, "-") {
		var names []string
		for _, c := range commands() {
			names = append(names, c.name)
		}
		return flagFirst(args, names)
	}
	if err != nil {
		return err
	}
	err = c.run(ctx, rest, stdout, stderr)
	// A mistake in a command's line is explained by its help; help's own
	// mistakes (an unknown command) by the list of commands.
	var u *usageError
	if errors.As(err, &u) && u.cmd == "" && c.name != "help" {
		u.cmd = c.name
	}
	return err
}

// lookup returns the command name, or a usage error that suggests the
// nearest one.
func lookup(name string) (command, error) {
	var names []string
	for _, c := range commands() {
		if c.name == name {
			return c, nil
		}
		names = append(names, c.name)
	}
	if s := diag.Suggest(name, names); s != "" {
		return command{}, usagef("unknown command %q; did you mean %q?", name, s)
	}
	return command{}, usagef("unknown command %q; the commands are %s", name, strings.Join(names, ", "))
}

const helpUsage = `usage: paperboy help [command]

Lists the commands, or explains one: what it does and its flags.`

func runHelp(_ context.Context, args []string, stdout, _ io.Writer) error {
	fs := flag.NewFlagSet("help", flag.ContinueOnError)
	names, err := parseInterleaved(fs, args, helpUsage, stdout)
	switch {
	case err != nil:
		return ignoreHelp(err)
	case len(names) == 0:
		printHelp(stdout)
		return nil
	case len(names) > 1:
		return usagef("help explains one command, got %q; run paperboy help %s", names, names[0])
	}
	c, err := lookup(names[0])
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, c.usage)
	return nil
}

const versionUsage = `usage: paperboy version

Prints the version, then the commit (when the build recorded one) and the Go
release it was built with: paste both lines into a bug report.`

func runVersion(_ context.Context, args []string, stdout, _ io.Writer) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	if err := parseFlags(fs, args, versionUsage, stdout); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() > 0 {
		return usagef("version takes no arguments, got %q", fs.Arg(0))
	}
	bi, _ := debug.ReadBuildInfo()
	fmt.Fprintf(stdout, "paperboy %s\n%s\n", releaseOf(bi), buildOf(bi))
	return nil
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "Paperboy builds static sites for research-paper digests.\n\nUsage: paperboy <command> [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'paperboy help <command>' for a command's flags.")
}
