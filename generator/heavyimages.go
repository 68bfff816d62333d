package generator

import "fmt"

// heavyImage is the size from which an image beside the sources is worth
// a note: a figure a reader's phone downloads for seconds, where a page
// of the site is some tens of kilobytes. A screenshot from a high-density
// screen, saved as PNG, is often several megabytes.
const heavyImage = 1 << 20

// heavyNote is check's note about the image beside the sources at file
// that the site publishes with size bytes, heavyImage or more: its size,
// and what to do: export it smaller.
func heavyNote(file string, size int) Problem {
	return Problem{Kind: "note", Path: file, Msg: fmt.Sprintf(
		"is %.1f MB, which every reader of a page that shows it downloads (seconds on a phone); export it smaller: "+
			"a figure 1,600 pixels wide is some 100 to 300 KB as PNG or WebP, and a photo as JPEG", float64(size)/(1<<20))}
}
