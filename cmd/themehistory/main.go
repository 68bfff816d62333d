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
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"slices"
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
	blobs := map[string][]string{} // blob → the paths it had
	for _, c := range strings.Fields(string(commits)) {
		tree, err := git("ls-tree", "-r", c, "--", dir)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(strings.TrimSpace(string(tree)), "\n") {
			// "<mode> blob <sha>\t<path>"
			meta, p, ok := strings.Cut(line, "\t")
			f := strings.Fields(meta)
			if !ok || len(f) != 3 || f[1] != "blob" {
				continue
			}
			rel := strings.TrimPrefix(p, dir)
			if !slices.Contains(blobs[f[2]], rel) {
				blobs[f[2]] = append(blobs[f[2]], rel)
			}
		}
	}
	seen := map[string]bool{}
	var lines []string
	for blob, paths := range blobs {
		data, err := git("cat-file", "blob", blob)
		if err != nil {
			return err
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
