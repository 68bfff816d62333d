// Package themes embeds the built-in theme. A site overrides any of its
// files by putting a file at the same path under themes/<name>/ in the site
// folder and naming <name> in site.yaml.
package themes

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

//go:embed default
var embedded embed.FS

// history is the SHA-256 of every earlier version of each built-in file
// ("<hash> <path>" lines), which go run ./cmd/themehistory writes.
//
//go:embed history.txt
var history string

// earlier holds history's lines as a set.
var earlier = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for line := range strings.Lines(history) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			set[line] = true
		}
	}
	return set
})

// Earlier reports whether data is, byte for byte, a version of the
// built-in theme's file name (a slash path in the theme, as
// "templates/paper.html") that an earlier Paperboy had and this one has
// changed.
func Earlier(name string, data []byte) bool {
	return earlier()[Hash(data)+" "+name]
}

// Hash is the hex SHA-256 of a theme file, as history and the record
// paperboy new theme writes name files: of its text as a build reads it,
// without a UTF-8 byte-order mark and with LF line endings, so a copy
// checked out with CRLF (Git for Windows) hashes as the built-in file.
func Hash(data []byte) string {
	sum := sha256.Sum256(diag.Normalize(data))
	return hex.EncodeToString(sum[:])
}

// Same reports whether a and b, two versions of a theme file, are the
// same file as a build reads them (Hash): equal but for a UTF-8
// byte-order mark and CRLF or lone CR line endings. The build publishes
// a theme's copy that is the same as the built-in file as the built-in
// file, and check tells it to be deleted, by this one test: a theme
// copied whole and checked out with CRLF (Git for Windows'
// core.autocrlf) makes the same site as on Linux.
func Same(a, b []byte) bool { return bytes.Equal(diag.Normalize(a), diag.Normalize(b)) }

// Default returns the built-in theme, rooted at its folder.
func Default() fs.FS {
	sub, err := fs.Sub(embedded, "default")
	if err != nil {
		panic(err) // the embedded folder always exists
	}
	return sub
}

// Record is the file paperboy new theme writes in the theme folder it
// makes: the hash of each built-in file it copied, so that paperboy check
// can say which of them a later Paperboy changed, even in a copy its
// author edited since.
const Record = ".paperboy-theme"

// NewRecord returns the Record of a copy of the built-in theme made by
// Paperboy release.
func NewRecord(release string) ([]byte, error) {
	var b strings.Builder
	b.WriteString("# paperboy new theme (Paperboy " + release + ") copied these files of the built-in\n" +
		"# theme; paperboy check compares them with a later Paperboy's. Keep this file.\n")
	err := fs.WalkDir(Default(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(Default(), p)
		if err != nil {
			return err
		}
		b.WriteString(Hash(data) + " " + p + "\n")
		return nil
	})
	return []byte(b.String()), err
}

// UpdateRecord returns the Record data with a line for each of paths
// giving the current built-in file's hash: the record of a theme whose
// author copied those files of this Paperboy's built-in theme into it
// now (a line the record had for one is replaced in place, others are
// added at its end).
func UpdateRecord(data []byte, paths []string) ([]byte, error) {
	lines := map[string]string{}
	for _, p := range paths {
		cur, err := fs.ReadFile(Default(), p)
		if err != nil {
			return nil, err
		}
		lines[p] = Hash(cur) + " " + p + "\n"
	}
	var b strings.Builder
	for line := range strings.Lines(string(diag.Normalize(data))) { // a record saved with CRLF or CR is written with LF
		if _, p, ok := recordEntry(line); ok && lines[p] != "" {
			line = lines[p]
			delete(lines, p)
		}
		b.WriteString(line)
	}
	if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
		b.WriteByte('\n')
	}
	for _, p := range paths {
		b.WriteString(lines[p]) // "" once written in place
	}
	return []byte(b.String()), nil
}

// ReadRecord returns the hash of each file a Record names, by path, its
// lines read as a build reads text (CRLF, or a lone CR, ends one too).
func ReadRecord(data []byte) map[string]string {
	copied := map[string]string{}
	for line := range strings.Lines(string(diag.Normalize(data))) {
		if h, p, ok := recordEntry(line); ok {
			copied[p] = h
		}
	}
	return copied
}

// recordEntry returns the hash and the path a line of a Record gives; ok
// is false for a comment or a line without both.
func recordEntry(line string) (hash, path string, ok bool) {
	hash, path, ok = strings.Cut(strings.TrimSpace(line), " ")
	return hash, path, ok && !strings.HasPrefix(hash, "#")
}
