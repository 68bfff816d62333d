package main

import (
	"fmt"
	"io"
	"os"
)

// stageLine returns, for a build or check (cmd) that writes to stderr, a
// generator.Options.Progress that shows the stage it is at as one line
// it rewrites in place ("check: rendering the pages and feeds…"), so that
// the curator of a large archive knows it is at work, and a func that
// erases the line before the command prints what it found. Only a
// terminal gets the line, as only a terminal shows it in place: into a
// pipe, a file or a CI log the command writes nothing more than without
// it, and then both are no-ops (nil and an empty func).
func stageLine(stderr io.Writer, cmd string) (progress func(string), done func()) {
	if !isTerminal(stderr) {
		return nil, func() {}
	}
	shown := false
	progress = func(stage string) {
		fmt.Fprintf(stderr, "\r\x1b[K%s: %s…", cmd, stage)
		shown = true
	}
	done = func() {
		if shown {
			fmt.Fprint(stderr, "\r\x1b[K")
		}
	}
	return progress, done
}

// isTerminal reports whether w is a terminal that moves its cursor back
// at \r and erases a line at ESC [K: a character device other than a
// dumb terminal (TERM=dumb, as Emacs's shell sets).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
