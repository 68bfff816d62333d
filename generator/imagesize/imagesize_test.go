package imagesize

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path"
	"strings"
	"testing"
	"unicode/utf16"
)

// encoded returns a w × h image in the format encode writes.
func encoded(t testing.TB, w, h int, encode func(*bytes.Buffer, image.Image) error) []byte {
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
		{"IMG_0042.jpg", []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"), Size{}, "is a HEIC image (as an iPhone saves photos)"},
		{"movie.jpg", []byte("\x00\x00\x00\x18ftypisom\x00\x00\x00\x00"), Size{}, "is not a PNG, JPEG, GIF or WebP image"},
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

// TestFormat: Format names the bitmap format of a file's first bytes,
// whatever its name says.
func TestFormat(t *testing.T) {
	for _, tt := range []struct {
		name string
		head []byte
		want string
	}{
		{"png", encoded(t, 2, 2, func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) }), "PNG"},
		{"jpeg", encoded(t, 2, 2, func(b *bytes.Buffer, m image.Image) error { return jpeg.Encode(b, m, nil) }), "JPEG"},
		{"gif", []byte("GIF89a"), "GIF"},
		{"webp", webpLossless(2, 2), "WebP"},
		{"svg", []byte("<svg/>"), ""},
		{"empty", nil, ""},
	} {
		if got := Format(tt.head); got != tt.want {
			t.Errorf("Format(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// exif returns the JPEG file j with an Exif segment (APP1) after its
// start, in the byte order order, whose IFD0 has the entries given, each
// a tag, a type and a count and a value of 2 bytes; and a JFIF segment
// (APP0) before it when jfif.
func exif(j []byte, order binary.AppendByteOrder, jfif bool, entries ...[4]uint16) []byte {
	tiff := []byte("MM\x00*")
	if order == binary.LittleEndian {
		tiff = []byte("II*\x00")
	}
	tiff = order.AppendUint32(tiff, 8)
	tiff = order.AppendUint16(tiff, uint16(len(entries)))
	for _, e := range entries {
		tiff = order.AppendUint16(tiff, e[0])
		tiff = order.AppendUint16(tiff, e[1])
		tiff = order.AppendUint32(tiff, uint32(e[2]))
		tiff = order.AppendUint16(tiff, e[3])
		tiff = append(tiff, 0, 0)
	}
	tiff = append(tiff, 0, 0, 0, 0) // no IFD1
	out := []byte{0xff, 0xd8}
	if jfif {
		out = append(out, 0xff, 0xe0, 0, 16)
		out = append(out, "JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"...)
	}
	out = append(out, 0xff, 0xe1)
	out = binary.BigEndian.AppendUint16(out, uint16(2+6+len(tiff)))
	out = append(append(append(out, "Exif\x00\x00"...), tiff...), j[2:]...)
	return out
}

// orient is an Exif IFD0 entry: Orientation, one SHORT, of value o.
func orient(o uint16) [4]uint16 { return [4]uint16{0x0112, 3, 1, o} }

// TestOrientation: a JPEG whose Exif orientation turns it a quarter (5 to
// 8, a phone's upright photo stored on its side) has its width and height
// swapped, as browsers show it; one upright, upside down or mirrored, or
// whose orientation is not one SHORT of 1 to 8, keeps them.
// testdata/turned.jpg is stored 300 × 200 with orientation 6, as
// ImageMagick's identify reads it.
func TestOrientation(t *testing.T) {
	j := encoded(t, 40, 30, func(b *bytes.Buffer, m image.Image) error { return jpeg.Encode(b, m, nil) })
	photo, err := os.ReadFile("testdata/turned.jpg")
	if err != nil {
		t.Fatal(err)
	}
	be, le := binary.AppendByteOrder(binary.BigEndian), binary.AppendByteOrder(binary.LittleEndian)
	for _, tt := range []struct {
		name string
		data []byte
		want Size
	}{
		{"none", j, Size{40, 30}},
		{"testdata/turned.jpg", photo, Size{200, 300}},
		{"6, big-endian", exif(j, be, false, orient(6)), Size{30, 40}},
		{"8, little-endian", exif(j, le, false, orient(8)), Size{30, 40}},
		{"5 after JFIF", exif(j, be, true, orient(5)), Size{30, 40}},
		{"7 after another tag", exif(j, le, true, [4]uint16{0x010f, 2, 2, 'X'}, orient(7)), Size{30, 40}},
		{"1", exif(j, be, false, orient(1)), Size{40, 30}},
		{"3, upside down", exif(j, le, false, orient(3)), Size{40, 30}},
		{"4, mirrored", exif(j, be, false, orient(4)), Size{40, 30}},
		{"9", exif(j, be, false, orient(9)), Size{40, 30}},
		{"6 as a LONG", exif(j, be, false, [4]uint16{0x0112, 4, 1, 6}), Size{40, 30}},
		{"6 twice over", exif(j, be, false, [4]uint16{0x0112, 3, 2, 6}), Size{40, 30}},
		{"no Orientation", exif(j, le, false, [4]uint16{0x0110, 2, 2, 'X'}), Size{40, 30}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := Read("photo.jpg", bytes.NewReader(tt.data)); got != tt.want || err != nil {
				t.Errorf("Read = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

// FuzzOrientation: orientation never panics on any file's start, and
// gives 1 to 8.
func FuzzOrientation(f *testing.F) {
	j := []byte{0xff, 0xd8, 0xff, 0xc0, 0, 2}
	for _, s := range [][]byte{
		exif(j, binary.BigEndian, false, orient(6)),
		exif(j, binary.LittleEndian, true, [4]uint16{0x010f, 2, 2, 'X'}, orient(8)),
		exif(j, binary.BigEndian, false, [4]uint16{0x0112, 3, 1, 0xffff}),
		[]byte("\xff\xd8\xff\xe1\x00\x0eExif\x00\x00MM\x00*\xff\xff\xff\xff"),
		[]byte("\xff\xd8\xff\xff\xd0\xff\xe1\x00\x01"),
		[]byte("\xff\xd8\xff\xe1\xff\xff"),
		{0xff, 0xd8},
		nil,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, head []byte) {
		if o := orientation(head); o < 1 || o > 8 {
			t.Fatalf("orientation(%q) = %d", head, o)
		}
	})
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
		{"UTF-16", utf16Text(binary.LittleEndian, "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<svg width=\"500\" height=\"200\"><title>Ünïcödé 🙂</title>"), Size{500, 200}, false},
		{"UTF-16 big-endian", utf16Text(binary.BigEndian, "\uFEFF<svg viewBox='0 0 30 40'/>"), Size{30, 40}, false},
		{"UTF-16 without a BOM", utf16Text(binary.LittleEndian, `<?xml version="1.0"?><svg width="7" height="8"/>`), Size{7, 8}, false},
		{"UTF-16 big-endian without a BOM", utf16Text(binary.BigEndian, `<svg width="7" height="8"/>`), Size{7, 8}, false},
		{"UTF-16 html", utf16Text(binary.LittleEndian, "\uFEFF<html/>"), Size{}, true},
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

// utf16Text returns s in UTF-16 in the byte order order.
func utf16Text(order binary.AppendByteOrder, s string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = order.AppendUint16(b, u)
	}
	return string(b)
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
		utf16Text(binary.LittleEndian, "\uFEFF<svg width='1' height='2'>"),
		utf16Text(binary.BigEndian, "<svg viewBox='0 0 1 2'>"),
		"\xff\xfe<\x00s\x00\x00\xd8",
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

// FuzzRead: Read never panics on any file under any image name, gives a
// size a page can use or an error with no size, and gives a raster image
// the size its format's own decoder reads, turned only for a JPEG.
func FuzzRead(f *testing.F) {
	j := encoded(f, 40, 30, func(b *bytes.Buffer, m image.Image) error { return jpeg.Encode(b, m, nil) })
	photo, err := os.ReadFile("testdata/turned.jpg")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range [][]byte{
		webpLossless(16, 9), webpExtended(300, 200), riffWebP("VP8 ", []byte{0, 0, 0, 0x9d, 0x01, 0x2a, 10, 0, 20, 0}),
		j, exif(j, binary.BigEndian, false, orient(6)), exif(j, binary.LittleEndian, true, orient(1)), photo,
		encoded(f, 16, 8, func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) }),
		encoded(f, 3, 1000, func(b *bytes.Buffer, m image.Image) error { return gif.Encode(b, m, nil) }),
		[]byte(`<svg width="3" height="4"/>`), {0xff, 0xd8}, nil,
	} {
		f.Add("a.png", s)
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		s, err := Read(name, bytes.NewReader(data))
		if err != nil && s != (Size{}) {
			t.Fatalf("Read(%q, %q) = %v with error %v", name, data, s, err)
		}
		if s != (Size{}) && (!s.Known() || s.Width > maxSide || s.Height > maxSide) {
			t.Fatalf("Read(%q, %q) = %v", name, data, s)
		}
		if err != nil || strings.EqualFold(path.Ext(name), ".svg") {
			return
		}
		c, format, derr := image.DecodeConfig(bytes.NewReader(data))
		if derr != nil {
			t.Fatalf("Read(%q, %q) = %v, but the %s decoder says %v", name, data, s, format, derr)
		}
		if want := (Size{c.Width, c.Height}); s != want && (format != "jpeg" || s != Size{c.Height, c.Width}) {
			t.Fatalf("Read(%q, %q) = %v, but the %s decoder reads %v", name, data, s, format, want)
		}
	})
}
