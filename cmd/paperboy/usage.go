package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// usageError is a mistake in the command line: run exits 2 for it.
type usageError struct {
	msg string
	cmd string // the command whose help explains the mistake; "" for paperboy help
}

func (e *usageError) Error() string { return e.msg }

// usagef returns a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// errHelp reports that -h was given and the usage printed.
var errHelp = errors.New("help requested")

// ignoreHelp turns errHelp into success.
func ignoreHelp(err error) error {
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

// parseInterleaved parses flags given before, between or after the
// positional arguments, as parseFlags does, and returns the positional
// ones; "--" ends the flags.
func parseInterleaved(fs *flag.FlagSet, args []string, usage string, stdout io.Writer) ([]string, error) {
	var rest []string
	for {
		if err := parseFlags(fs, args, usage, stdout); err != nil {
			return nil, err
		}
		if n := len(args) - fs.NArg(); n > 0 && args[n-1] == "--" {
			return append(rest, fs.Args()...), nil // Parse stopped at "--"
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest, args = append(rest, args[0]), args[1:]
	}
}

// isSet reports whether the flag name was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
