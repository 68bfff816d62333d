package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strconv"
	"time"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/serve"
)

const serveUsage = `usage: paperboy serve [flags]

Builds the site in memory and serves it at http://127.0.0.1:1313/<base path>/,
rebuilding and reloading every open page when a file in content/ or themes/
changes. A build error shows in the page; the last good site stays served
(if the first build fails, every page shows the errors until the sources
build). Nothing is written to disk.

Flags:
  -s, --source DIR       site folder (default ".")
  -p, --port N           port (default 1313; 0 picks a free one)
      --bind ADDR        address to listen on (default 127.0.0.1; anything
                         but loopback makes the site reachable from other
                         machines; 0.0.0.0 or [::] listens on all
                         interfaces)
      --next-free-port   if the port is busy, use the next free one
  -b, --base-url URL     replace site.yaml's baseURL
  -D, --drafts           include papers and pages marked draft: true`

// serveFlags are the flags of paperboy serve: build's that say what site
// to build, and where to listen.
type serveFlags struct {
	buildFlags
	port     int
	bind     string
	nextFree bool
}

// register adds every flag of serve to fs.
func (f *serveFlags) register(fs *flag.FlagSet) {
	f.registerSite(fs)
	fs.IntVar(&f.port, "p", 1313, "")
	fs.IntVar(&f.port, "port", 1313, "")
	fs.StringVar(&f.bind, "bind", "127.0.0.1", "")
	fs.BoolVar(&f.nextFree, "next-free-port", false, "")
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var sf serveFlags
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	sf.register(fs)
	if err := parseFlags(fs, args, serveUsage, stdout); err != nil {
		return ignoreHelp(err)
	}
	if fs.NArg() > 0 {
		return noArguments("serve", fs, args)
	}
	if sf.port < 0 || sf.port > 65535 {
		return usagef("--port %d is not a port number", sf.port)
	}
	host, err := bindHost(sf.bind)
	if err != nil {
		return err
	}
	sf.bind = host
	// A folder inside a site (content/, where an editor's terminal often
	// is), beside its misnamed settings or above it would serve an error
	// until the sources were moved; siteNearby says where the site is. (A
	// folder in no site is served, to show the errors until a site is made
	// there; a --source that is no folder is refused, as the watcher could
	// not see a site made there.)
	if err := siteNearby(sf.source); err != nil {
		return onSite("serve", sf.source, err)
	}
	ln, err := serve.Listen(net.JoinHostPort(sf.bind, strconv.Itoa(sf.port)), sf.nextFree)
	if err != nil {
		return err
	}
	// The address listened on, not the one asked for: localhost is loopback.
	if a, ok := ln.Addr().(*net.TCPAddr); !ok || !a.IP.IsLoopback() {
		fmt.Fprintf(stderr, "warning: serving on %s makes the preview reachable from other machines\n", cmp.Or(sf.bind, "all interfaces"))
	}
	// A quick rebuild (only paper bodies changed) leaves the search index and
	// related papers to a full build that runs right after it in the
	// background and is swapped in when done, or, when it fails, has its
	// errors shown as a failed build's are; the next change cancels it.
	live := generator.NewLive(sf.options(), sf.source)
	updates := make(chan serve.Site)
	cancelComplete := func() {}
	siteOf := func(res *generator.Result) serve.Site {
		var warnings []string
		for _, w := range res.Warnings {
			warnings = append(warnings, problemFromHere(sf.source, w).String())
		}
		return serve.Site{Files: res.Files, BasePath: res.Site.Config.BasePath(), Warnings: warnings, Unchanged: res.Unchanged}
	}
	srv, err := serve.New(serve.Options{
		Watch:   watchList(sf.source),
		Updates: updates,
		Build: func(ctx context.Context, changed []string) (serve.Site, error) {
			cancelComplete()
			res, incomplete, err := live.Build(ctx, changed)
			if err != nil {
				// The log and the pages' overlay name the files as
				// build does, from the current folder.
				return serve.Site{}, errorFromHere(sf.source, err)
			}
			if incomplete {
				cctx, cancel := context.WithCancel(ctx)
				cancelComplete = cancel
				go func() {
					// Wait for a pause in the editing first: a full build
					// takes both cores for seconds, and the next save's quick
					// rebuild should not have to share them.
					select {
					case <-time.After(completeAfter):
					case <-cctx.Done():
						return
					}
					update, ok := completion(cctx, live, sf.source, siteOf)
					if !ok {
						return
					}
					select {
					case updates <- update:
					case <-cctx.Done():
					}
				}()
			}
			return siteOf(res), nil
		},
		Host: sf.bind,
		Logf: func(format string, args ...any) {
			fmt.Fprintf(stderr, format+"\n", args...)
		},
	})
	if err != nil {
		return err
	}
	return srv.Run(ctx, ln)
}

// completion runs live's Complete and returns the update serve sends for
// it: the full build's site (siteOf), or, when it failed, its errors named
// from the current folder as a failed Build's are, which serve shows as
// those; ok is false when there is none to send (a newer save cancelled
// it, or another build was published).
func completion(ctx context.Context, live *generator.Live, source string, siteOf func(*generator.Result) serve.Site) (update serve.Site, ok bool) {
	full, err := live.Complete(ctx)
	switch {
	case err != nil:
		return serve.Site{Err: errorFromHere(source, err)}, true
	case full != nil:
		return siteOf(full), true
	}
	return serve.Site{}, false
}

// completeAfter is how long serve waits after a quick rebuild, with no
// further change, before it starts the full build that completes it.
const completeAfter = 500 * time.Millisecond

// watchList is what serve watches: content/ and themes/ (which the
// watcher waits for when the site has none yet).
func watchList(source string) []string {
	return []string{filepath.Join(source, "content"), filepath.Join(source, "themes")}
}

// bindHost is the host --bind gives, as net.JoinHostPort takes it: an
// IPv6 address without the brackets a URL writes it in ([::] is ::,
// every interface), or a usage error for an address with a port, which
// --port gives.
func bindHost(bind string) (string, error) {
	if h, p, err := net.SplitHostPort(bind); err == nil {
		return "", usagef("--bind %s names a port; give the address alone and the port with --port: --bind %s --port %s", bind, cmp.Or(h, `""`), cmp.Or(p, "8080"))
	}
	if len(bind) > 1 && bind[0] == '[' && bind[len(bind)-1] == ']' {
		return bind[1 : len(bind)-1], nil
	}
	return bind, nil
}
