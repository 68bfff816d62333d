package parse

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// namesFile fails t unless every error in err names path, and a line of
// data if any: a curator reading the build's report must learn which file
// to open, and a line past its end sends them to look for what is not
// there.
func namesFile(t *testing.T, err error, path string, data []byte) {
	t.Helper()
	if list, ok := diag.Source(err); ok {
		lines := diag.Lines(data)
		for _, e := range list {
			if e.Path != path {
				t.Fatalf("error names %q, want %s: %v", e.Path, path, e)
			}
			if e.Line < 0 || e.Line > lines {
				t.Fatalf("error at line %d of a file of %d lines: %v", e.Line, lines, e)
			}
		}
		return
	}
	for _, line := range strings.Split(err.Error(), "\n") {
		if !strings.HasPrefix(line, path+":") {
			t.Fatalf("error line %q does not name %s", line, path)
		}
	}
}

// parsedTwice parses with parse twice and fails t unless both give equal
// results and errors: same sources must give the same site, whatever the
// order of a map's keys.
func parsedTwice[T any](t *testing.T, parse func() (T, error)) (T, error) {
	t.Helper()
	v, err := parse()
	again, errAgain := parse()
	if !reflect.DeepEqual(v, again) || fmt.Sprint(err) != fmt.Sprint(errAgain) {
		t.Fatalf("parsed twice, got\n%+v, %v\nthen\n%+v, %v", v, err, again, errAgain)
	}
	return v, err
}
