package main

import (
	"errors"
	"fmt"
)

// usageError is a mistake in the command line: run exits 2 for it.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef returns a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// isUsage reports whether err is (or wraps) a usageError.
func isUsage(err error) bool {
	var u *usageError
	return errors.As(err, &u)
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
