package generator

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/imagesize"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"golang.org/x/text/unicode/norm"
)

// sizes reads the size of the images the site's pages show from files
// the site publishes: a file beside the sources or a theme's static file,
// each once a build however many pages show it, so that the pages give
// them width and height (see imagesize). An image elsewhere (an http(s)
// URL) is not read. A sizes is made anew for each build, so a rebuild
// reads a changed image again; parses that the Cache keeps hold only
// while the sizes they used are the same (see probe).
type sizes struct {
	site  fs.FS
	theme themefs.Stack // the site's theme folders over the built-in theme
	mu    sync.Mutex
	read  map[string]sized // by output path
}

// sized is what reading one image gave: its size, or why it has none.
type sized struct {
	size imagesize.Size
	bad  string // the file and how it does not read as an image ("" when it does, or is no image)
}

// newSizes returns the sizes of a build of the site in site, whose theme
// folders are theme (the site's, then the built-in one).
func newSizes(site fs.FS, theme themefs.Stack) *sizes {
	return &sizes{site: site, theme: theme, read: map[string]sized{}}
}

// size returns the size of the image that the site publishes at the
// output path out ("papers/figures/chart.png"): a file beside the
// sources, or else a theme's static file. A file of no kind imagesize
// reads, one that is not there and a Git LFS pointer (which emit warns
// of) have none and no bad.
func (b beside) size(out string) sized {
	s := b.sizes
	if s == nil || !imagesize.Reads(out) {
		return sized{}
	}
	s.mu.Lock()
	got, ok := s.read[out]
	s.mu.Unlock()
	if ok {
		return got
	}
	fsys, name, shown := s.site, b.files[norm.NFC.String(contentAt(out))], ""
	if name == "" {
		fsys, name, shown = s.theme, "static/"+out, s.theme.Origin("static/"+out)
	}
	got = readSize(fsys, name, shown)
	s.mu.Lock()
	s.read[out] = got
	s.mu.Unlock()
	return got
}

// readSize reads the size of the image name in fsys, shown to the user
// as shown (name when "").
func readSize(fsys fs.FS, name, shown string) sized {
	f, err := fsys.Open(name)
	if err != nil {
		return sized{}
	}
	defer f.Close()
	r := bufio.NewReader(f)
	if head, _ := r.Peek(len(lfsPointer)); string(head) == lfsPointer {
		return sized{}
	}
	size, err := imagesize.Read(name, r)
	if err != nil {
		if shown == "" {
			shown = name
		}
		return sized{bad: shown + " " + err.Error()}
	}
	return sized{size: size}
}

// changed reports whether the image published at out, which a build read
// as got, reads otherwise now: a page that shows it must be made again.
func (s *sizes) changed(out string, b beside) bool {
	if s == nil {
		return false
	}
	s.mu.Lock()
	got, ok := s.read[out]
	s.mu.Unlock()
	if !ok {
		return false // no page shows it
	}
	fresh := b
	fresh.sizes = newSizes(s.site, s.theme)
	return fresh.size(out) != got
}

// localImage returns the output path of the image img names when it is a
// path from the site's root ("/papers/figures/chart.png"), as an image:
// has a file the site publishes; "" for an http(s) URL.
func localImage(img string) string {
	if !strings.HasPrefix(img, "/") || !parse.IsFilePath(img) {
		return ""
	}
	return img[1:]
}

// measurer returns the function that sizes the images the source src
// shows, at their site paths ("/papers/figures/chart.png", as an image:
// has them) and its lines: it notes each image in probes, so that a parse
// the Cache keeps holds only while the image reads the same, and warns of
// one that does not read as an image, and of one in a format most
// browsers cannot show (HEIC, TIFF).
func (b beside) measurer(src string, probes *[]probe, warn *[]Problem) func(site string, line int) imagesize.Size {
	return func(site string, line int) imagesize.Size {
		out := localImage(site)
		if out == "" {
			return imagesize.Size{}
		}
		if format, name := filename.UnshownImage(out), b.files[norm.NFC.String(contentAt(out))]; format != "" && name != "" {
			*warn = append(*warn, Problem{Kind: "image", Path: src, Line: line, Msg: fmt.Sprintf("%s is a %s image, which Chrome, Firefox, Edge, feed readers and link previews cannot show, so most readers would see a broken image; "+
				"export it as JPEG (a photo) or PNG (a chart or a screenshot) and show that file", name, format)})
		}
		got := b.size(out)
		*probes = append(*probes, probe{path: out, sized: true, size: got})
		if got.bad != "" {
			*warn = append(*warn, imageWarning(src, line, got.bad))
		}
		return got.size
	}
}

// imageWarning is the warning about an image shown at line of src whose
// file does not read as an image, as bad says.
func imageWarning(src string, line int, bad string) Problem {
	return Problem{Kind: "image", Path: src, Line: line, Msg: fmt.Sprintf("%s, so the page cannot give it a width and height and moves as it loads; "+
		"save the image again in the format its name says (PNG, JPEG, GIF, WebP or SVG), or show another", bad)}
}

// markdownFiles returns the markdown.Files of the source src, whose
// Markdown starts at its line first: its links resolved by resolve, its
// images sized by measure (see measurer). An inline paper's abstract,
// YAML's, has every image at first, with inline set.
func markdownFiles(resolve markdown.Resolve, measure func(string, int) imagesize.Size, first int, inline bool) markdown.Files {
	return markdown.Files{Resolve: resolve, Measure: func(site string, line int) (int, int) {
		s := measure(site, bodyLine(first, line, inline))
		return s.Width, s.Height
	}}
}
