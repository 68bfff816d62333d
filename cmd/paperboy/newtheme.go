package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/themes"
)

// themeName is a name site.yaml's theme: accepts (parse.Config checks it
// the same way): one folder under themes/.
var themeName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// newTheme writes the built-in theme, every file of it, into themes/name/
// of the site in source, for its author to edit. It writes nothing if any
// of those files exists already.
func newTheme(source, name string, stdout io.Writer) error {
	theme := themes.Default()
	dir := filepath.Join(source, "themes", name)
	var names []string
	err := fs.WalkDir(theme, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		names = append(names, p)
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range append(slices.Clone(names), themes.Record) {
		if exists(filepath.Join(dir, filepath.FromSlash(p))) {
			return fmt.Errorf("%s already exists, and new theme overwrites nothing; choose another name, or move %s away", filepath.Join(dir, filepath.FromSlash(p)), dir)
		}
	}
	counts := map[string]int{}
	for _, p := range names {
		data, err := fs.ReadFile(theme, p)
		if err != nil {
			return err
		}
		if err := writeNew(filepath.Join(dir, filepath.FromSlash(p)), data); err != nil {
			return err
		}
		top, _, _ := strings.Cut(p, "/")
		counts[top]++
	}
	bi, _ := debug.ReadBuildInfo()
	record, err := themes.NewRecord(releaseOf(bi))
	if err != nil {
		return err
	}
	if err := writeNew(filepath.Join(dir, themes.Record), record); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created %s: the built-in theme, %d templates in templates/, %d files in static/, %d email templates in email/ and %d languages in i18n/\n",
		dir, counts["templates"], counts["static"], counts["email"], counts["i18n"])
	yml := filepath.Join(source, filepath.FromSlash(load.Config))
	step := fmt.Sprintf("set `theme: %s` in %s, then edit", name, yml)
	if data, err := os.ReadFile(yml); err == nil {
		if cfg, err := parse.Config(load.Config, data, ""); err == nil && slices.Contains(cfg.Themes, name) {
			step = fmt.Sprintf("%s names this theme already; edit", yml)
		}
	}
	fmt.Fprintf(stdout, "next: %s the files in %s (paperboy serve shows each change).\n"+
		"Delete every file you do not change (paperboy check names them): the build\n"+
		"takes a missing file from the built-in theme, so those files keep getting its\n"+
		"fixes when you update paperboy.\n",
		step, dir)
	return nil
}
