package imagesize

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

// encoded returns a w × h image in the format encode writes.
func encoded(t *testing.T, w, h int, encode func(*bytes.Buffer, image.Image) error) []byte {
	t.Helper()
	m := image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{color.White, color.Black})
	var buf bytes.Buffer
	if err := encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// webpLossless returns the first bytes of a lossless WebP file of w × h
// pixels: its RIFF header and the VP8L chunk's header.
func webpLossless(w, h int) []byte {
	bits := uint32(w-1) | uint32(h-1)<<14 // then no alpha, version 0
	chunk := append([]byte{0x2f}, binary.LittleEndian.AppendUint32(nil, bits)...)
	return riffWebP("VP8L", chunk)
}

// webpExtended returns an extended WebP file's start (its VP8X chunk) of
// w × h pixels.
func webpExtended(w, h int) []byte {
	chunk := make([]byte, 10)
	chunk[4], chunk[5], chunk[6] = byte(w-1), byte((w-1)>>8), byte((w-1)>>16)
	chunk[7], chunk[8], chunk[9] = byte(h-1), byte((h-1)>>8), byte((h-1)>>16)
	return riffWebP("VP8X", chunk)
}

// riffWebP wraps one chunk in a WebP file's RIFF header.
func riffWebP(fourCC string, chunk []byte) []byte {
	body := append([]byte("WEBP"+fourCC), binary.LittleEndian.AppendUint32(nil, uint32(len(chunk)))...)
	body = append(body, chunk...)
	out := append([]byte("RIFF"), binary.LittleEndian.AppendUint32(nil, uint32(len(body)))...)
	return append(out, body...)
}

// TestRead: Read gives a raster image's size from its header, whatever
// its name's extension says, and an SVG's from its root element; a file
// that is not what its name says is an error that says what it is not.
func TestRead(t *testing.T) {
	pngData := encoded(t, 640, 480, func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) })
	jpegData := encoded(t, 31, 17, func(b *bytes.Buffer, m image.Image) error { return jpeg.Encode(b, m, nil) })
	gifData := encoded(t, 3, 1000, func(b *bytes.Buffer, m image.Image) error { return gif.Encode(b, m, nil) })
	for _, tt := range []struct {
		name string
		data []byte
		want Size
		err  string // in the error; "" for none
	}{
		{"chart.png", pngData, Size{640, 480}, ""},
		{"photo.JPG", jpegData, Size{31, 17}, ""},
		{"photo.jpeg", jpegData, Size{31, 17}, ""},
		{"anim.gif", gifData, Size{3, 1000}, ""},
		{"lossless.webp", webpLossless(1200, 630), Size{1200, 630}, ""},
		{"extended.webp", webpExtended(5000, 2), Size{5000, 2}, ""},
		{"misnamed.png", jpegData, Size{31, 17}, ""}, // a JPEG saved as .png
		{"fig.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="500" height="200"/>`), Size{500, 200}, ""},
		{"broken.png", pngData[:20], Size{}, "is a broken PNG image"},
		{"broken.gif", []byte("GIF89a"), Size{}, "is a broken GIF image"},
		{"text.png", []byte("PNG chart\n"), Size{}, "is not a PNG, JPEG, GIF or WebP image"},
		{"empty.jpg", nil, Size{}, "is empty"},
		{"riff.webp", riffWebP("VP8X", []byte{1, 2}), Size{}, "is a broken WebP image"},
		{"html.svg", []byte("<html><body>not a picture</body></html>"), Size{}, "its root element is <html>"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(tt.name, bytes.NewReader(tt.data))
			if got != tt.want {
				t.Errorf("Read(%s) = %v, want %v", tt.name, got, tt.want)
			}
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("Read(%s): %v", tt.name, err)
			case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
				t.Errorf("Read(%s) error = %v, want one with %q", tt.name, err, tt.err)
			}
		})
	}
}

// TestSVG: an SVG's size is its root element's width and height in px or
// an absolute unit, one of them and the viewBox's proportions, or the
// viewBox; sizes in % or em, and none at all, leave it unknown without an
// error, while a file that is not SVG is one.
func TestSVG(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      Size
		err       bool
	}{
		{"width and height", `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="200" viewBox="0 0 50 50"></svg>`, Size{500, 200}, false},
		{"px", `<svg width="320px" height=" 240.4px ">`, Size{320, 240}, false},
		{"absolute units", `<svg width="1in" height="72pt">`, Size{96, 96}, false},
		{"exponent", `<svg width="1.5e2" height="1E2PX">`, Size{150, 100}, false},
		{"viewBox only", `<svg viewBox="0 0 1200 630"><rect/></svg>`, Size{1200, 630}, false},
		{"viewBox with commas", `<svg viewBox="-10,-10, 20.5,10">`, Size{21, 10}, false},
		{"percent", `<svg width="100%" height="100%"/>`, Size{}, false},
		{"percent and viewBox", `<svg width="100%" height="100%" viewBox="0 0 400 300"/>`, Size{400, 300}, false},
		{"width and viewBox", `<svg width="800" viewBox="0 0 400 300"/>`, Size{800, 600}, false},
		{"height and viewBox", `<svg height="150" viewBox="0 0 400 300"/>`, Size{200, 150}, false},
		{"em", `<svg width="2em" height="1em"/>`, Size{}, false},
		{"no size", `<svg xmlns="http://www.w3.org/2000/svg"/>`, Size{}, false},
		{"negative", `<svg width="-5" height="10"/>`, Size{}, false},
		{"empty viewBox", `<svg viewBox="0 0 0 0"/>`, Size{}, false},
		{"huge", `<svg width="1e30" height="1"/>`, Size{}, false},
		{"prolog", "\uFEFF<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<!-- by hand -->\n" +
			`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [<!ENTITY ns "x">]>` +
			"\n<svg xmlns:x=\"&ns;\" width=\"10\" height=\"20\">", Size{10, 20}, false},
		{"prefixed", `<s:svg xmlns:s="http://www.w3.org/2000/svg" width="10" height="20" s:width="99"/>`, Size{10, 20}, false},
		{"not svg", `<html/>`, Size{}, true},
		{"text first", `hello <svg width="1" height="1"/>`, Size{}, true},
		{"empty", ``, Size{}, true},
		{"not xml", "\x89PNG\r\n\x1a\n", Size{}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SVG(strings.NewReader(tt.src))
			if got != tt.want || (err != nil) != tt.err {
				t.Errorf("SVG(%q) = %v, %v; want %v, error %v", tt.src, got, err, tt.want, tt.err)
			}
		})
	}
}

// TestSVGReadsTheStart: SVG reads the root element, not the whole file.
func TestSVGReadsTheStart(t *testing.T) {
	src := `<svg width="3" height="4">` + strings.Repeat("<g>", 1<<20)
	r := strings.NewReader(src)
	if got, err := SVG(r); got != (Size{3, 4}) || err != nil {
		t.Fatalf("SVG = %v, %v; want {3 4}", got, err)
	}
	if read := len(src) - r.Len(); read > 64<<10 {
		t.Errorf("SVG read %d bytes of %d", read, len(src))
	}
}

// FuzzSVG: SVG never panics on any input, and any size it reports is
// one a page can use.
func FuzzSVG(f *testing.F) {
	for _, s := range []string{
		`<svg width="500" height="200" viewBox="0 0 500 200"/>`,
		`<svg viewBox="0 0 1 1e308"/>`,
		`<svg width="1e-9" height="+.5e+1mm"/>`,
		`<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "b">]><svg width="&a;"/>`,
		`<svg width="1" height="NaN" viewBox="0 0 NaN 1"/>`,
		"\uFEFF<svg viewBox='0,0,3,4'>",
		`<svg width="100%" height="2em"/>`,
		`<<<`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		s, err := SVG(strings.NewReader(src))
		if err != nil && s != (Size{}) {
			t.Fatalf("SVG(%q) = %v with error %v", src, s, err)
		}
		if s != (Size{}) && (!s.Known() || s.Width > maxSide || s.Height > maxSide) {
			t.Fatalf("SVG(%q) = %v", src, s)
		}
	})
}
