package generator

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// heavyImage is the size from which an image beside the sources is worth
// a note: a figure a reader's phone downloads for seconds, where a page
// of the site is some tens of kilobytes. A screenshot from a high-density
// screen, saved as PNG, is often several megabytes.
const heavyImage = 1 << 20

// imageExts are the extensions of the files browsers show as images.
var imageExts = []string{".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"}

// heavyImages is check's notes about the images beside the sources that
// site publishes (besides in fsys) of heavyImage bytes or more, each with
// its size and what to do: export it smaller.
func heavyImages(fsys fs.FS, site *model.Site, b beside) []Problem {
	var out []Problem
	for _, p := range linkedFiles(site.Papers, site.Days, site.Pages) {
		if !isImage(p) {
			continue
		}
		info, err := fs.Stat(fsys, b.files[p])
		if err != nil || info.Size() < heavyImage {
			continue
		}
		out = append(out, Problem{Kind: "note", Path: b.files[p], Msg: fmt.Sprintf(
			"is %.1f MB, which every reader of a page that shows it downloads (seconds on a phone); export it smaller: "+
				"a figure 1,600 pixels wide is some 100 to 300 KB as PNG or WebP, and a photo as JPEG", float64(info.Size())/(1<<20))})
	}
	return out
}

// isImage reports whether the file at the slash path p is an image by its
// extension, in any letter case.
func isImage(p string) bool {
	return slices.Contains(imageExts, strings.ToLower(path.Ext(p)))
}
