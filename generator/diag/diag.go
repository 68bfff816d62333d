// Package diag carries the errors a build reports about its sources.
//
// Every mistake in a curator's files becomes an Error that names the file,
// the line, what is wrong and what to write instead. Stages collect them in a
// List so that one build reports every problem, not only the first.
package diag

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode/utf8"
)

// Error is one problem in one source file.
type Error struct {
	Path string // slash path relative to the site folder, e.g. content/papers/x.md
	Line int    // 1-based; 0 when the problem concerns the whole file
	Msg  string // what is wrong; what to do
}

// Error formats e as "path:line: message", the path and message fit to
// print (PathText, Printable): either may quote a source's text.
func (e *Error) Error() string {
	switch {
	case e.Path == "":
		return Printable(e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", PathText(e.Path), e.Line, Printable(e.Msg))
	default:
		return fmt.Sprintf("%s: %s", PathText(e.Path), Printable(e.Msg))
	}
}

// Errorf returns an Error at path:line with a formatted message.
func Errorf(path string, line int, format string, args ...any) *Error {
	return &Error{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
}

// Unreadable is the error for the file or folder (what) at path that
// could not be read, err as package fs gives it (its path, which repeats
// path, left out), and, for a permission denied, what to do: such a file
// is most often one another user made (root, in a container).
func Unreadable(path, what string, err error) *Error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		err = pathErr.Err
	}
	if errors.Is(err, fs.ErrPermission) {
		return Errorf(path, 0, "cannot be read: %v; make the %s readable by the user who builds the site", err, what)
	}
	if errors.Is(err, fs.ErrInvalid) && !utf8.ValidString(path) {
		// io/fs opens no name that is not UTF-8: one an old zip tool or
		// a Windows program wrote in Latin-1 ("caf\xe9.md") read as
		// "invalid argument", naming nothing to do.
		name := latin1(path)
		name = name[strings.LastIndex(name, "/")+1:]
		return Errorf(path, 0, "cannot be read: its name is not UTF-8 (written in another encoding, as an old zip tool or Windows program writes Latin-1), and a site's files are opened by UTF-8 names only; rename the %s, as %q if it was Latin-1", what, name)
	}
	return Errorf(path, 0, "cannot be read: %v", err)
}

// latin1 is s with each byte that is not part of valid UTF-8 read as the
// Latin-1 character it is ("caf\xe9.md" → "café.md").
func latin1(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n == 1 {
			r = rune(s[0])
		}
		b.WriteRune(r)
		s = s[n:]
	}
	return b.String()
}

// List is every problem a stage found. A nil or empty List is no error.
type List []*Error

// Add appends an error at path:line.
func (l *List) Add(path string, line int, format string, args ...any) {
	*l = append(*l, Errorf(path, line, format, args...))
}

// Append adds errors from err: a List is merged, an *Error appended and any
// other error kept with its text.
func (l *List) Append(err error) {
	switch e := err.(type) {
	case nil:
	case List:
		*l = append(*l, e...)
	case *Error:
		*l = append(*l, e)
	default:
		*l = append(*l, &Error{Msg: err.Error()})
	}
}

// Source returns the source errors err holds (a List, or one *Error, found
// with errors.As) and true, or false for any other error.
func Source(err error) (List, bool) {
	var list List
	if errors.As(err, &list) {
		return list, true
	}
	var one *Error
	if errors.As(err, &one) {
		return List{one}, true
	}
	return nil, false
}

// Err returns the list sorted by path and line, each distinct error once,
// as an error, or nil if empty. One mistake often fails many things (a
// partial every page kind includes), and is still one mistake to fix.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	out := l[:1:1]
	for _, e := range l[1:] {
		if *e != *out[len(out)-1] {
			out = append(out, e)
		}
	}
	return out
}

// Sort orders the list by path, line and message, so reports are stable.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Msg, b.Msg))
	})
}

// Error joins the messages, one per line.
func (l List) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Suggest returns the candidate closest to name (Nearest), or "" when
// none is close enough to be a likely typo. Failing that, a candidate of
// four letters or more that name starts with, followed by a separator, is
// near enough: "tldr_text" means tldr.
func Suggest(name string, candidates []string) string {
	best := Nearest(name, candidates)
	if best != "" {
		return best
	}
	for _, c := range candidates {
		rest, ok := strings.CutPrefix(strings.ToLower(name), strings.ToLower(c))
		if ok && len(c) >= 4 && rest != "" && strings.ContainsRune("_-. ", rune(rest[0])) && (best == "" || len(c) > len(best)) {
			best = c
		}
	}
	return best
}

// Nearest returns the candidate closest to name, ignoring case, when it is
// close enough to be a likely typo (at most one edit per three characters;
// a swap of two neighbours counts as one edit), else "". Of candidates as
// close, it returns the first.
func Nearest(name string, candidates []string) string {
	best, bestDist := "", max(1, len([]rune(name))/3)+1
	for _, c := range candidates {
		if d := Distance(strings.ToLower(name), strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// Distance is the optimal string alignment distance between a and b in
// runes: insertions, deletions, substitutions and adjacent swaps.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
