// Package filename holds the rules for a site's file names that hold on
// every system the site is edited, checked out or built on, not only on
// the Linux machine that publishes it.
//
// A Markdown source ends in .md in any letter case (IsMarkdown, Stem):
// macOS and Windows keep the case a program saves, and their disks treat
// 2024-05-27.MD and 2024-05-27.md as one file. For the same reason two
// names that differ only in case, or only in their Unicode normalisation,
// are one file there (Fold, Names). Windows cannot hold some names at all
// (Unportable), and operating systems leave files of their own in folders
// (Junk), which a build neither reads nor publishes.
package filename

import (
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/slug"
)

// IsMarkdown reports whether name ends in .md, in any letter case.
func IsMarkdown(name string) bool {
	return strings.EqualFold(path.Ext(name), ".md")
}

// imageExts are the extensions of the files browsers show as images.
var imageExts = []string{".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"}

// IsImage reports whether name ends in the extension of an image that
// browsers show, in any letter case: a figure a page or a feed may show.
func IsImage(name string) bool {
	return slices.Contains(imageExts, strings.ToLower(path.Ext(name)))
}

// fileExts are the extensions, besides an image's, of the files a
// paper's link names most often: its PDF, a page, a source, its data.
var fileExts = []string{".pdf", ".md", ".html", ".htm", ".txt", ".tex", ".bib", ".csv", ".json", ".zip", ".ps"}

// IsFile reports whether name ends in the extension of a kind of file
// (paper.pdf, notes.md, fig.png), in any letter case: a name of one
// segment that ends so names a file, not a host, though .md is also
// Moldova's top-level domain.
func IsFile(name string) bool {
	return IsImage(name) || slices.Contains(fileExts, strings.ToLower(path.Ext(name)))
}

// unshownImages are the image formats a phone or a scanner saves that
// browsers other than Safari, feed readers and link previews do not show,
// by their extensions.
var unshownImages = map[string]string{".heic": "HEIC", ".heif": "HEIF", ".tif": "TIFF", ".tiff": "TIFF"}

// UnshownImage returns the format of the image name, by its extension in
// any letter case, when it is one most browsers cannot show (an iPhone's
// HEIC photo, a scanner's TIFF), or "".
func UnshownImage(name string) string {
	return unshownImages[strings.ToLower(path.Ext(name))]
}

// Stem returns the base name of the slash path p without its .md
// extension, in any letter case: "content/days/2024-05-27.MD" gives
// "2024-05-27". Other names are returned whole.
func Stem(p string) string {
	base := path.Base(p)
	if IsMarkdown(base) {
		return base[:len(base)-len(".md")]
	}
	return base
}

// Fold returns the key under which a disk that ignores letter case (macOS,
// Windows) files name: its NFC form, case folded, so "Logo.svg" and
// "logo.svg", "ΟΔΥΣΣΕΥΣ" and "οδυσσευς", or a decomposed "café" and a
// composed one, fold alike.
func Fold(name string) string {
	ascii := true
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(name)
	}
	return cases.Fold().String(norm.NFC.String(name))
}

// Names finds names that differ only in letter case (or normalisation):
// it maps each folded name to the first name added.
type Names map[string]string

// Add records the slash path p and the folders above it, and returns what
// Match returned before.
func (n Names) Add(p string) (mine, theirs string) {
	mine, theirs = n.Match(p)
	prefixes(p, func(prefix string) bool {
		if k := Fold(prefix); n[k] == "" {
			n[k] = prefix
		}
		return true
	})
	return mine, theirs
}

// Match returns the first of the slash path p and the folders above it
// that a disk ignoring case holds as one with a path added before, and
// that path; "", "" when there is none. "static/Archive/a.png" after
// "static/archive/index.html" gives "static/Archive", "static/archive".
func (n Names) Match(p string) (mine, theirs string) {
	prefixes(p, func(prefix string) bool {
		if had := n[Fold(prefix)]; had != "" && had != prefix {
			mine, theirs = prefix, had
			return false
		}
		return true
	})
	return mine, theirs
}

// prefixes calls yield with every folder of the slash path p from the
// top, then p, until it returns false.
func prefixes(p string, yield func(string) bool) {
	for i := 0; i <= len(p); i++ {
		if (i == len(p) || p[i] == '/') && !yield(p[:i]) {
			return
		}
	}
}

// Clash says that the paths a and b, which fold alike, would be one file
// on a disk that ignores letter case, for a message. When one has its
// accented letters composed (é as one character) and the other
// decomposed (e and a combining accent, as macOS saves names), it says
// so: the two print alike, and Windows, which folds letter case alone,
// holds both, while macOS holds them as one.
func Clash(a, b string) string {
	composedA, composedB := norm.NFC.IsNormalString(a), norm.NFC.IsNormalString(b)
	if composedA == composedB {
		return a + " and " + b + " differ only in letter case, so macOS and Windows would hold them as one file"
	}
	how := "are one name written in two Unicode forms"
	if norm.NFC.String(a) != norm.NFC.String(b) {
		how = "differ in letter case and in Unicode form"
	}
	const composed, decomposed = "as one character (é)", "as a letter and a combining accent (e and ´), as macOS saves names"
	order := "the first has each accented letter " + composed + ", the second " + decomposed
	if !composedA {
		order = "the first has each accented letter " + decomposed + ", the second " + composed
	}
	return a + " and " + b + " " + how + ": " + order + "; they print alike, and macOS would hold them as one file"
}

// CaseOnly compares the slash paths a and b folder by folder and, where
// they first differ, returns both up to there when that is in letter case
// (or normalisation) only: "Archive/a.png" and "archive/index.html" give
// "Archive", "archive". Paths that are the same or part otherwise give
// "", "".
func CaseOnly(a, b string) (x, y string) {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		switch {
		case as[i] == bs[i]:
			continue
		case Fold(as[i]) == Fold(bs[i]):
			return strings.Join(as[:i+1], "/"), strings.Join(bs[:i+1], "/")
		}
		break
	}
	return "", ""
}

// Unportable says why Windows cannot hold a file or folder named name (a
// single path segment), as a phrase that follows the name ("is a reserved
// device name on Windows"), or returns "": it is a device name Windows
// keeps (slug.WindowsReserved), it holds a character Windows does not
// allow, or it ends in a dot or a space, which Windows drops.
func Unportable(name string) string {
	if slug.WindowsReserved(name) {
		return "is a reserved device name on Windows"
	}
	for _, r := range name {
		if r < ' ' || strings.ContainsRune(`<>:"|?*\`, r) {
			return "holds " + strconv.QuoteRune(r) + ", which Windows does not allow in file names"
		}
	}
	if strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") {
		return "ends in a dot or a space, which Windows drops from file names"
	}
	return ""
}

// Junk reports whether name is a file an operating system or an editor
// leaves in folders: macOS's .DS_Store, AppleDouble ._ files and folder
// icons ("Icon\r"), Windows' Thumbs.db and desktop.ini, the
// :Zone.Identifier streams that copies from Windows carry, and the ~$
// owner files Office keeps beside a document it has open; and an
// editor's swap, backup, lock or temporary file (EditorFile), or a copy
// kept of a file that stays when the work is done (Leftover). A build
// skips them without a word, as the preview never rebuilds for them.
func Junk(name string) bool {
	switch {
	case name == ".DS_Store", name == "Icon\r", strings.HasPrefix(name, "._"),
		strings.EqualFold(name, "Thumbs.db"), strings.EqualFold(name, "desktop.ini"),
		strings.HasSuffix(name, ":Zone.Identifier"), strings.HasPrefix(name, "~$"):
		return true
	}
	return EditorFile(name) || Leftover(name) != ""
}

// Leftover says what the file name is, for a message, when it is a copy
// of a file that a tool keeps and leaves when the work is done, which
// check names to be deleted (MergeLeftover's, or a backup: BackupFile),
// or returns "".
func Leftover(name string) string {
	if m := MergeLeftover(name); m != "" {
		return m
	}
	return BackupFile(name)
}

// saveRE matches the name nano saves a buffer under when it is killed or
// its terminal closes (notes.md.save, then notes.md.save.1).
var saveRE = regexp.MustCompile(`.\.save(\.\d+)?$`)

// BackupFile says what the file name is, for a message, when it is a
// backup copy of another file: one written as name.bak (by hand, or by
// sed -i.bak and other tools) or nano's name.save; or returns "". Unlike
// an editor's swap file it stays, and unlike a source it is never read,
// so it is to be deleted.
func BackupFile(name string) string {
	switch {
	case len(name) > len(".bak") && strings.EqualFold(path.Ext(name), ".bak"):
		return "a backup copy of " + strings.TrimSuffix(name, path.Ext(name)) + " (.bak)"
	case saveRE.MatchString(name):
		return "the copy nano saves of a file it was editing when it was killed or its terminal closed (.save)"
	}
	return ""
}

// mergeSideRE matches the copies of a conflicted file git mergetool
// writes beside it while the tool runs, named with its process id:
// 2506.10001_BASE_1234.md, _LOCAL_, _REMOTE_ and _BACKUP_.
var mergeSideRE = regexp.MustCompile(`_(BASE|LOCAL|REMOTE|BACKUP)_\d+(\.[^.]*)?$`)

// MergeLeftover says what git mergetool left the file name as, for a
// message ("a backup git mergetool keeps of a conflicted file"), or
// returns "": the conflicted file as it was, with git's marker lines, in
// name.orig (mergetool.keepBackup, true unless set), or a copy of one
// side, or of their common base, which the tool deletes when it ends
// but leaves when it is stopped. Neither is a source: a copy read as a
// paper would have the paper's id twice.
func MergeLeftover(name string) string {
	switch {
	case strings.HasSuffix(name, ".orig") && len(name) > len(".orig"):
		return "a backup git mergetool keeps of a file that had a merge conflict, with the conflict's marker lines (mergetool.keepBackup)"
	case mergeSideRE.MatchString(name):
		return "a copy of one side of a merge conflict that git mergetool writes while it runs and leaves when it is stopped"
	}
	return ""
}

// tmpRE matches the temporary files editors on Windows save through.
var tmpRE = regexp.MustCompile(`(?i)\.tmp\d*$`)

// vimSwapRE matches the extensions of vim's swap files after .swp and
// .swo, which it takes when another vim has the file open.
var vimSwapRE = regexp.MustCompile(`\.sw[a-p]$`)

// EditorFile reports whether name is an editor's temporary, swap, backup
// or lock file: the file it saves is changed when a temporary one is
// renamed over it, and the rest stand beside the file while it is open.
func EditorFile(name string) bool {
	switch {
	case tmpRE.MatchString(name), // 1706.03762.md.tmp1234, Word's ~WRL0001.tmp
		strings.HasPrefix(name, ".~lock.") && strings.HasSuffix(name, "#"), // LibreOffice's lock
		strings.HasSuffix(name, "~"),                                       // backups of vim, emacs, gedit
		strings.HasPrefix(name, ".#"),                                      // emacs lock files
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"),       // emacs auto-saves
		strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"), strings.HasSuffix(name, ".swo"),
		strings.HasPrefix(name, ".") && vimSwapRE.MatchString(name),                      // vim's later swap files: .swn, .swm … .swa
		strings.HasSuffix(name, ".kate-swp"),                                             // Kate, KWrite
		name == "4913",                                                                   // vim's probe whether it may write the folder
		strings.HasPrefix(name, ".goutputstream-"),                                       // gedit
		strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"): // JetBrains
		return true
	}
	return false
}

// Within reports whether the path name is the folder dir or below it.
// Both are clean paths of the operating system, both absolute or both
// relative ("." the current folder).
func Within(dir, name string) bool {
	rel, err := filepath.Rel(dir, name)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// copyRE matches the end a browser, a phone or a file manager gives the
// name of a second download or copy of a file, before its extension:
// " (1)" (browsers, Windows, Google Drive), " copy" and " copy 2"
// (macOS), " - Copy" and " - Copy (2)" (Windows).
var copyRE = regexp.MustCompile(`(?i)(?: ?\(\d{1,3}\)| copy(?: \d{1,3})?| - copy(?: \(\d{1,3}\))?)$`)

// CopyOf returns the slash path of the file that p is a copy of by its
// name ("content/days/2024-06-03 (1).md" is one of
// "content/days/2024-06-03.md"), or "" when its name is no copy's.
func CopyOf(p string) string {
	dir, base := path.Split(p)
	ext := path.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	loc := copyRE.FindStringIndex(stem)
	if loc == nil || loc[0] == 0 {
		return ""
	}
	return dir + stem[:loc[0]] + ext
}

// CopyHint tells what to do with the file p, a copy of the file orig by
// its name (CopyOf); sure is whether orig is known to be there, else
// renaming p is told as well.
func CopyHint(p, orig string, sure bool) string {
	hint := "this file is a copy of " + orig + ", named as a browser or a phone names a second download of a file; merge its changes into " + orig + " and delete this copy"
	if !sure {
		hint += " (or, if there is no " + path.Base(orig) + ", rename this file " + path.Base(orig) + ")"
	}
	return hint
}
