// Command themehistory writes themes/history.txt: the SHA-256 of every
// earlier version of every file of the built-in theme, from the git
// history of HEAD, so that paperboy check can tell a theme's unmodified
// copy of an outdated built-in file. Run it from the repository's root
// after changing a file of themes/default/ (make theme-history); a test
// fails until then.
//
//	go run ./cmd/themehistory > themes/history.txt
package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/themes"
)

const dir = "themes/default/"

func main() {
	w := bufio.NewWriter(os.Stdout)
	err := run(w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "themehistory:", err)
		os.Exit(1)
	}
}

// run writes the history of the built-in theme in the current folder's
// repository to w.
func run(w io.Writer) error {
	current := map[string]bool{} // "hash path" of the files as they are now
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(dir + p)
		if err != nil {
			return err
		}
		current[themes.Hash(data)+" "+p] = true
		return nil
	})
	if err != nil {
		return err
	}
	commits, err := git("rev-list", "HEAD", "--", dir)
	if err != nil {
		return err
	}
	objects, err := newCatFile()
	if err != nil {
		return err
	}
	defer objects.close()
	blobs := map[string][]string{} // blob → the paths it had
	trees := map[string][]entry{}  // tree → the blobs under it, by path
	for _, c := range strings.Fields(string(commits)) {
		files, err := objects.files(c+":"+strings.TrimSuffix(dir, "/"), trees)
		if err != nil {
			return err
		}
		for _, f := range files {
			if !slices.Contains(blobs[f.blob], f.path) {
				blobs[f.blob] = append(blobs[f.blob], f.path)
			}
		}
	}
	seen := map[string]bool{}
	var lines []string
	for blob, paths := range blobs {
		_, typ, data, err := objects.read(blob)
		if err != nil {
			return err
		}
		if typ != "blob" {
			return fmt.Errorf("git object %s is a %s, not a blob", blob, typ)
		}
		h := themes.Hash(data)
		for _, p := range paths {
			if l := h + " " + p; !current[l] && !seen[l] {
				seen[l] = true
				lines = append(lines, l)
			}
		}
	}
	slices.SortFunc(lines, func(a, b string) int {
		return strings.Compare(a[strings.IndexByte(a, ' '):]+a, b[strings.IndexByte(b, ' '):]+b)
	})
	fmt.Fprintln(w, "# The SHA-256 of every earlier version of each file of the built-in theme,")
	fmt.Fprintln(w, "# by path: paperboy check names a theme's unmodified copy of one as outdated.")
	fmt.Fprintln(w, "# Written by go run ./cmd/themehistory (make theme-history); do not edit.")
	for _, l := range lines {
		if _, err := fmt.Fprintln(w, l); err != nil {
			return err
		}
	}
	return nil
}

// git runs git with args and returns its output.
func git(args ...string) ([]byte, error) {
	var stderr bytes.Buffer
	cmd := exec.Command("git", args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// catFile is one git cat-file --batch, which reads the objects run asks
// for, one at a time, where a git process each (a git ls-tree for each of
// some two hundred commits, a git cat-file for each of some six hundred
// blobs) took 14-16 s of CPU time.
type catFile struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

// entry is a blob under a tree, with its path from the tree.
type entry struct{ path, blob string }

// newCatFile starts git cat-file --batch.
func newCatFile() (*catFile, error) {
	cmd := exec.Command("git", "cat-file", "--batch")
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file --batch: %w", err)
	}
	return &catFile{cmd: cmd, in: in, out: bufio.NewReader(out)}, nil
}

// read returns the hash, the type and the content of the object that spec
// names (a hash, or "<commit>:<path>"), or type "missing" where there is
// none.
func (c *catFile) read(spec string) (oid, typ string, data []byte, err error) {
	if _, err := io.WriteString(c.in, spec+"\n"); err != nil {
		return "", "", nil, fmt.Errorf("git cat-file --batch: %w", err)
	}
	header, err := c.out.ReadString('\n')
	if err != nil {
		return "", "", nil, fmt.Errorf("git cat-file --batch: reading %s: %w", spec, err)
	}
	// "<oid> <type> <size>", or "<spec> missing"
	f := strings.Fields(header)
	if len(f) == 2 && f[1] == "missing" {
		return "", "missing", nil, nil
	}
	size := -1
	if len(f) == 3 {
		size, err = strconv.Atoi(f[2])
	}
	if size < 0 || err != nil {
		return "", "", nil, fmt.Errorf("git cat-file --batch: %s: header %q", spec, header)
	}
	data = make([]byte, size+1) // and the newline after it
	if _, err := io.ReadFull(c.out, data); err != nil {
		return "", "", nil, fmt.Errorf("git cat-file --batch: reading %s: %w", spec, err)
	}
	return f[0], f[1], data[:size], nil
}

// files returns the blobs under the tree that spec names, every folder
// down, as git ls-tree -r lists them (none where it is not a tree); trees
// holds the files of each tree read before, by hash, as most folders are
// the same from one commit to the next.
func (c *catFile) files(spec string, trees map[string][]entry) ([]entry, error) {
	if files, ok := trees[spec]; ok {
		return files, nil
	}
	oid, typ, data, err := c.read(spec)
	if err != nil || typ != "tree" {
		return nil, err
	}
	if files, ok := trees[oid]; ok {
		return files, nil
	}
	files := []entry{}
	// Each entry: "<mode> <name>\x00" and the object's hash in binary,
	// half as long as the tree's in hex (SHA-1 or SHA-256).
	size := len(oid) / 2
	for len(data) > 0 {
		meta, rest, ok := bytes.Cut(data, []byte{0})
		mode, name, ok2 := bytes.Cut(meta, []byte{' '})
		if !ok || !ok2 || len(rest) < size {
			return nil, fmt.Errorf("git cat-file --batch: tree %s (%s) cannot be read", oid, spec)
		}
		hash := hex.EncodeToString(rest[:size])
		data = rest[size:]
		switch string(mode) {
		case "40000": // a folder
			sub, err := c.files(hash, trees)
			if err != nil {
				return nil, err
			}
			for _, f := range sub {
				files = append(files, entry{string(name) + "/" + f.path, f.blob})
			}
		case "160000": // a submodule's commit, not a blob
		default:
			files = append(files, entry{string(name), hash})
		}
	}
	trees[oid] = files
	return files, nil
}

// close ends git cat-file.
func (c *catFile) close() error {
	c.in.Close()
	return c.cmd.Wait()
}
