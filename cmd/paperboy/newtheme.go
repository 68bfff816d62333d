package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/textutil"
	"github.com/paperboy-digest/paperboy/themes"
)

// newTheme writes the built-in theme, every file of it, into themes/name/
// of the site in source, for its author to edit; or, when files names
// some of its files (templates/paper.html, or paper.html alone), only
// those, into a theme folder that may exist already. It writes nothing if
// any of the files it would write exists.
func newTheme(source, name string, files []string, stdout io.Writer) error {
	theme := themes.Default()
	dir := filepath.Join(source, "themes", name)
	entries, _ := os.ReadDir(filepath.Join(source, "themes"))
	if twin := caseTwin(entries, name); twin != "" {
		return fmt.Errorf("%s already exists as %s, and macOS and Windows hold the two as one folder; add files to it (paperboy new theme %s templates/paper.html), or choose another name", dir, filepath.Join(source, "themes", twin), twin)
	}
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
	copies := names
	// In a stack of themes (theme: [mine, lab]), a file is copied from
	// the theme the site takes it from now, the first after name that
	// has it: a copy of the built-in one would hide lab's; and a file
	// only lab has (a partial of its own) is copied from there too.
	stack := siteThemes(source)
	var inFolder map[string]bool // copies a folder named, whose files the theme has already are left as they are
	if len(files) > 0 {
		if copies, inFolder, err = themeFiles(append(names, stackOnly(source, name, stack, names)...), files); err != nil {
			return err
		}
	}
	recordPath := filepath.Join(dir, themes.Record)
	oldRecord, err := os.ReadFile(recordPath)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	check := slices.Clone(copies)
	if len(files) == 0 {
		check = append(slices.Clone(copies), themes.Record)
	}
	var kept []string
	for _, p := range check {
		if path := filepath.Join(dir, filepath.FromSlash(p)); exists(path) {
			if inFolder[p] {
				kept = append(kept, path)
				copies = slices.DeleteFunc(copies, func(c string) bool { return c == p })
				continue
			}
			if len(files) > 0 {
				return fmt.Errorf("%s already exists, and new theme overwrites nothing; edit it there, or move it away to start again from the built-in one", path)
			}
			return fmt.Errorf("%s already exists, and new theme overwrites nothing; choose another name, or move %s away (or copy single files: paperboy new theme %s templates/paper.html)", path, dir, name)
		}
	}
	if len(copies) == 0 {
		return fmt.Errorf("%s has every file of what you named already, and new theme overwrites nothing; edit them there", dir)
	}
	from := map[string]string{} // a copied file → the theme folder it came from, when not the built-in theme
	if len(files) > 0 {
		from = stackOrigins(source, name, stack, copies)
	}
	counts := map[string]int{}
	var written, builtIn []string
	for _, p := range copies {
		var data []byte
		if t := from[p]; t != "" {
			data, err = os.ReadFile(filepath.Join(source, "themes", t, filepath.FromSlash(p)))
		} else {
			data, err = fs.ReadFile(theme, p)
			builtIn = append(builtIn, p)
		}
		if err != nil {
			return err
		}
		path := filepath.Join(dir, filepath.FromSlash(p))
		if err := writeNew(path, data); err != nil {
			return err
		}
		written = append(written, path)
		top, _, _ := strings.Cut(p, "/")
		counts[top]++
	}
	if err := writeRecord(recordPath, oldRecord, builtIn); err != nil {
		return err
	}
	printNewTheme(stdout, source, name, stack, len(files) > 0, written, counts, from)
	if len(kept) > 0 {
		fmt.Fprintf(stdout, "kept %s as %s, which new theme does not overwrite\n", strings.Join(kept, ", "), textutil.Word(len(kept), "it was", "they were"))
	}
	return nil
}

// siteThemes returns the themes site.yaml of the site in source names
// (theme:), or nil when it names none or cannot be read.
func siteThemes(source string) []string {
	yml, _ := siteYAML(source)
	data, err := os.ReadFile(yml)
	if err != nil {
		return nil
	}
	cfg, err := parse.Config(load.Config, data, "")
	if err != nil {
		return nil
	}
	return cfg.Themes
}

// stackOnly returns the files of the themes after name in the site's
// stack (theme: [name, lab]) that the built-in theme, whose files are
// names, does not have: a published theme's partials of its own, which
// new theme copies as it copies a built-in file.
func stackOnly(source, name string, stack, names []string) []string {
	i := slices.Index(stack, name)
	if i < 0 {
		return nil
	}
	var out []string
	for _, t := range stack[i+1:] {
		fs.WalkDir(os.DirFS(filepath.Join(source, "themes", t)), ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && p != themes.Record && !slices.Contains(names, p) && !slices.Contains(out, p) {
				out = append(out, p)
			}
			return nil
		})
	}
	return out
}

// stackOrigins returns, for each of the theme files copies, the theme
// after name in the site's stack of themes (theme: [name, lab]) whose
// folder has it, where the site takes it from now; a file none of them
// has is not in the map (it comes from the built-in theme).
func stackOrigins(source, name string, stack, copies []string) map[string]string {
	out := map[string]string{}
	i := slices.Index(stack, name)
	if i < 0 {
		return out
	}
	for _, p := range copies {
		for _, t := range stack[i+1:] {
			if exists(filepath.Join(source, "themes", t, filepath.FromSlash(p))) {
				out[p] = t
				break
			}
		}
	}
	return out
}

// writeRecord writes the theme's record of the built-in files it was
// copied from: a new record lists every built-in file; an existing one,
// old, gets the current hash of each file copied now.
func writeRecord(path string, old []byte, copies []string) error {
	var record []byte
	var err error
	if old == nil {
		bi, _ := debug.ReadBuildInfo()
		if record, err = themes.NewRecord(releaseOf(bi)); err == nil {
			err = writeNew(path, record)
		}
	} else {
		if record, err = themes.UpdateRecord(old, copies); err == nil {
			err = os.WriteFile(path, record, 0o644)
		}
	}
	return err
}

// printNewTheme says what new theme wrote (written, the files named or
// else all, counts of them by top folder) and what to do next: name the
// theme in site.yaml, unless it is named there (in stack, the site's
// theme:), then edit the files; on a site whose theme: names others,
// compare them with these (as check's advice on an outdated file does)
// or put the new theme first to use it.
func printNewTheme(stdout io.Writer, source, name string, stack []string, named bool, written []string, counts map[string]int, from map[string]string) {
	dir := filepath.Join(source, "themes", name)
	var parents []string // the themes of the stack files were copied from
	for _, t := range from {
		if !slices.Contains(parents, t) {
			parents = append(parents, t)
		}
	}
	slices.Sort(parents)
	if named {
		what := "a copy of the built-in theme's"
		if len(written) > 1 {
			what = "copies of the built-in theme's"
		}
		if len(parents) > 0 {
			what = "copies of the files the site takes from " + textutil.List(prefixed("themes/", parents)) + " now"
			if len(written) == 1 {
				what = "a copy of the file the site takes from " + textutil.List(prefixed("themes/", parents)) + " now"
			}
			if len(from) < len(written) {
				what += ", or else the built-in theme's"
			}
		}
		fmt.Fprintf(stdout, "created %s, %s\n", textutil.List(written), what)
	} else {
		fmt.Fprintf(stdout, "created %s: the built-in theme, %d templates in templates/, %d files in static/, %d email templates in email/ and %d languages in i18n/\n",
			dir, counts["templates"], counts["static"], counts["email"], counts["i18n"])
	}
	yml, _ := siteYAML(source)
	step := fmt.Sprintf("set `theme: %s` in %s, then edit", name, yml)
	switch {
	case slices.Contains(stack, name):
		step = fmt.Sprintf("%s names this theme already; edit", yml)
	case len(stack) > 0:
		fmt.Fprintf(stdout, "next: %s names the theme %s, so the site does not use %s: to compare yours with the built-in files copied here, %s, "+
			"then delete %s; or, to use it, put it first there: `theme: [%s]`\n",
			yml, textutil.List(stack), name, compareCommands(source, dir, stack, written), dir, strings.Join(append([]string{name}, stack...), ", "))
		return
	}
	if named {
		them := "them"
		if len(written) == 1 {
			them = "it"
		}
		if len(parents) > 0 {
			fmt.Fprintf(stdout, "next: %s %s (paperboy serve shows each change); every other file\n"+
				"still comes from the themes after %s in site.yaml's theme:, and the built-in theme.\n",
				step, them, name)
			return
		}
		fmt.Fprintf(stdout, "next: %s %s (paperboy serve shows each change); every other file\n"+
			"still comes from the built-in theme, with its fixes when you update paperboy.\n",
			step, them)
		return
	}
	fmt.Fprintf(stdout, "next: %s the files in %s (paperboy serve shows each change).\n"+
		"Delete every file you do not change (paperboy check names them): the build\n"+
		"takes a missing file from the built-in theme, so those files keep getting its\n"+
		"fixes when you update paperboy. (Another time, paperboy new theme <name>\n"+
		"templates/paper.html static/style.css copies only the files it names.)\n",
		step, dir)
}

// compareCommands returns the diff commands that compare each of the
// files written in the theme folder dir with the site's own (in the first
// theme of stack that has it), or, for a whole theme or files the site's
// themes do not have, the folders.
func compareCommands(source, dir string, stack, written []string) string {
	whole := "diff -r " + commandLine([]string{filepath.Join(source, "themes", stack[0]), dir})
	if len(written) > 5 {
		return whole
	}
	var cmds []string
	for _, w := range written {
		rel, err := filepath.Rel(dir, w)
		if err != nil {
			continue
		}
		for _, t := range stack {
			if mine := filepath.Join(source, "themes", t, rel); exists(mine) {
				cmds = append(cmds, "diff "+commandLine([]string{mine, w}))
				break
			}
		}
	}
	if len(cmds) == 0 {
		return whole
	}
	return strings.Join(cmds, "; ")
}

// themeFiles returns the built-in theme's files (of names) that args
// name, each as its path in the theme (templates/paper.html) or, when no
// other file has it, by its name alone (paper.html, style.css) or the end
// of its path (partials/site-header.html), and every file of a folder
// named so (templates/partials, partials); a name that is none of these
// is an error that says what it might be.
func themeFiles(names, args []string) (out []string, inFolder map[string]bool, err error) {
	inFolder = map[string]bool{}
	for _, a := range args {
		a = strings.TrimPrefix(path.Clean(filepath.ToSlash(a)), "themes/default/")
		var found []string
		for _, want := range []string{a, a + ".html"} { // a partial by its name, paper-item
			if slices.Contains(names, want) {
				found = []string{want}
			} else {
				for _, n := range names {
					if strings.HasSuffix("/"+n, "/"+want) { // partials/paper-item.html too
						found = append(found, n)
					}
				}
			}
			if len(found) > 0 || path.Ext(a) != "" || definedIn(path.Base(a)) != "" {
				break // a name another file defines is told below
			}
		}
		if len(found) == 0 {
			found = folderFiles(names, a)
			for _, f := range found {
				if !slices.Contains(out, f) {
					out, inFolder[f] = append(out, f), true
				}
			}
			if len(found) > 0 {
				continue
			}
		}
		switch len(found) {
		case 1:
			if !slices.Contains(out, found[0]) {
				out = append(out, found[0])
			}
			continue
		case 0:
		default:
			return nil, nil, usagef("new theme: %q is %s; name the one to copy by its path", a, strings.Join(found, " and "))
		}
		name := strings.TrimSuffix(path.Base(a), ".html")
		if file := definedIn(name); file != "" {
			// A partial named by its {{define}}, not by its file.
			page := ""
			if slices.Contains(names, "templates/"+name+".html") {
				page = fmt.Sprintf(" (the %s page's template is templates/%s.html)", name, name)
			}
			return nil, nil, usagef("new theme: the built-in theme has no file %q; the template %s is defined in %s, with the others of that file: copy it, paperboy new theme <name> %s%s", a, name, file, file, page)
		}
		var all []string
		for _, n := range names {
			all = append(all, n, path.Base(n))
		}
		if s := diag.Suggest(a, all); s != "" {
			return nil, nil, usagef("new theme: the built-in theme has no file %q; did you mean %q?", a, s)
		}
		return nil, nil, usagef("new theme: the built-in theme has no file %q; its files are in templates/ (base.html, paper.html, partials/…), static/ (style.css, search.js, …), email/ and i18n/", a)
	}
	return out, inFolder, nil
}

// folderFiles returns the files of names in the folder dir, at any
// depth: the folder of that path (templates/partials), or else the one
// whose path ends with it (partials), the first in names; nil for none.
func folderFiles(names []string, dir string) []string {
	if dir == "." || dir == "" {
		return nil
	}
	var out []string
	folder := ""
	for _, n := range names {
		if strings.HasPrefix(n, dir+"/") {
			folder = dir
			break
		}
		if i := strings.Index(n, "/"+dir+"/"); i >= 0 && folder == "" {
			folder = n[:i+1+len(dir)]
		}
	}
	for _, n := range names {
		if folder != "" && strings.HasPrefix(n, folder+"/") {
			out = append(out, n)
		}
	}
	return out
}

// definedIn returns the built-in theme's partials file whose {{define}}
// names the template name (byline-all is in templates/partials/byline.html),
// when that is not the file of its own name; or "".
func definedIn(name string) string {
	files, _ := fs.Glob(themes.Default(), "templates/partials/*.html")
	for _, f := range files {
		data, err := fs.ReadFile(themes.Default(), f)
		if err == nil && path.Base(f) != name+".html" && strings.Contains(string(data), `{{define "`+name+`"}}`) {
			return f
		}
	}
	return ""
}

// prefixed returns each of names with prefix before it.
func prefixed(prefix string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = prefix + n
	}
	return out
}
