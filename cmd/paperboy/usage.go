package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
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

// noArguments is the error of build, check or serve (name) given the
// positional arguments of fs from the command line args: the site folder
// is a flag, and a folder given as the first argument gets the command
// line that names it so (with the words after it, which the flag package
// leaves unparsed: serve my-digest --port 8080).
func noArguments(name string, fs *flag.FlagSet, args []string) error {
	dir := fs.Arg(0)
	if info, err := os.Stat(dir); err == nil && info.IsDir() {
		i := len(args) - fs.NArg()
		fixed := append(append(append([]string{"paperboy", name}, args[:i]...), "--source", dir), args[i+1:]...)
		return usagef("%s takes no arguments, got %q; pass the site folder with --source: %s", name, dir, commandLine(fixed))
	}
	return usagef("%s takes no arguments, got %q; use --source DIR for the site folder", name, dir)
}

// flagFirst is the error of a command line args whose first word is a
// flag, not a command: the flags go after the command, which the error
// moves there when args name one.
func flagFirst(args []string, names []string) error {
	for i, a := range args {
		for _, n := range names {
			if a == n {
				fixed := append(append([]string{"paperboy", a}, args[:i]...), args[i+1:]...)
				return usagef("%q is a flag, which goes after the command: %s", args[0], commandLine(fixed))
			}
		}
	}
	return usagef("%q is a flag, which goes after the command: paperboy <command> %s; the commands are %s", args[0], commandLine(args), strings.Join(names, ", "))
}

// commandLine joins args as a shell reads them back, each word that is
// not plain in single quotes.
func commandLine(args []string) string {
	words := make([]string, len(args))
	for i, a := range args {
		words[i] = a
		if !plainWordRE.MatchString(a) {
			words[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
	}
	return strings.Join(words, " ")
}

// plainWordRE is a word a shell reads as it is, unquoted.
var plainWordRE = regexp.MustCompile(`^[A-Za-z0-9._/:=@%+,-]+$`)
