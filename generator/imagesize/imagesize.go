// Package imagesize reads the intrinsic size of an image file from its
// first bytes, for the width and height attributes that keep a page from
// shifting as its images load.
//
// It reads PNG, JPEG, GIF and WebP (whichever of them the file's first
// bytes say it is, whatever its name says; a JPEG's width and height as
// its Exif orientation shows it) and SVG (the width and height
// of its root element, or else its viewBox). Which files it reads is
// decided by their names' extensions (Reads). A file it reads but cannot
// make out is an error; an SVG that states no size of its own, as one
// sized only in % or em, has no size and is no error. GIFMotion reads
// how long a GIF moves, for the pages that show one.
package imagesize

import (
	"bufio"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"path"
	"strings"

	"golang.org/x/image/webp"
)

// Size is an image's intrinsic size in CSS pixels; the zero Size is
// unknown.
type Size struct{ Width, Height int }

// Known reports whether s is a size, not the zero Size.
func (s Size) Known() bool { return s.Width > 0 && s.Height > 0 }

// maxSide bounds a side Read reports: a larger one (an SVG's width="1e30")
// is no size a page can use.
const maxSide = 1 << 20

// raster are the bitmap formats Read tells apart by their first bytes,
// each with its magic number ('?' matches any byte); one whose files may
// be shown turned (a JPEG, by its Exif orientation) with turned, which is
// given the bytes decode read.
var raster = []struct {
	name, magic string
	decode      func(io.Reader) (image.Config, error)
	turned      func(head []byte) bool
}{
	{"PNG", "\x89PNG\r\n\x1a\n", png.DecodeConfig, nil},
	{"JPEG", "\xff\xd8", jpeg.DecodeConfig, turned},
	{"GIF", "GIF8", gif.DecodeConfig, nil},
	{"WebP", "RIFF????WEBP", webp.DecodeConfig, nil},
}

// heicBrands are the brands of an ISO media file's ftyp box that mark a
// HEIC or HEIF image, which a phone's photo may be under a .jpg name.
var heicBrands = map[string]bool{"heic": true, "heix": true, "heim": true, "heis": true, "hevc": true, "hevx": true, "mif1": true, "msf1": true}

// Reads reports whether Read reads files named like name: .png, .jpg,
// .jpeg, .gif, .webp and .svg, in any letter case.
func Reads(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg":
		return true
	}
	return false
}

// Read returns the size of the image named name (a path or a file name,
// for its extension) whose bytes r reads, as browsers show it: a JPEG
// whose Exif orientation turns it a quarter has its stored width and
// height swapped. It reads no further than it needs to: a raster image's
// header, an SVG's root element.
func Read(name string, r io.Reader) (Size, error) {
	if strings.EqualFold(path.Ext(name), ".svg") {
		return SVG(r)
	}
	br := bufio.NewReader(r)
	head, _ := br.Peek(12)
	for _, f := range raster {
		if !matches(head, f.magic) {
			continue
		}
		in, read := io.Reader(br), &firstBytes{max: maxJPEGHead}
		if f.turned != nil {
			in = io.TeeReader(br, read)
		}
		c, err := f.decode(in)
		switch {
		case err != nil:
			return Size{}, fmt.Errorf("is a broken %s image (%v)", f.name, err)
		case c.Width <= 0 || c.Height <= 0 || c.Width > maxSide || c.Height > maxSide:
			return Size{}, fmt.Errorf("is a %s image of %d × %d pixels, a size no page can show", f.name, c.Width, c.Height)
		case f.turned != nil && f.turned(read.b):
			return Size{c.Height, c.Width}, nil
		}
		return Size{c.Width, c.Height}, nil
	}
	if len(head) == 0 {
		return Size{}, errors.New("is empty, not an image")
	}
	if matches(head, "????ftyp") && heicBrands[string(head[8:12])] {
		return Size{}, errors.New("is a HEIC image (as an iPhone saves photos), which most browsers cannot show, whatever its name says")
	}
	return Size{}, errors.New("is not a PNG, JPEG, GIF or WebP image (its first bytes are none of theirs)")
}

// Format returns the name of the bitmap format ("PNG", "JPEG", "GIF",
// "WebP") whose magic number the first bytes of a file, head (12 are
// enough), start with, whatever its name says; "" for none of them.
func Format(head []byte) string {
	for _, f := range raster {
		if matches(head, f.magic) {
			return f.name
		}
	}
	return ""
}

// matches reports whether head starts with magic, whose '?' bytes match
// any byte.
func matches(head []byte, magic string) bool {
	if len(head) < len(magic) {
		return false
	}
	for i := range len(magic) {
		if magic[i] != '?' && head[i] != magic[i] {
			return false
		}
	}
	return true
}
