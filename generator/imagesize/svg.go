package imagesize

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// maxSVGHead bounds how much of an SVG file SVG reads to find its root
// element; what comes before it (an XML declaration, a comment, a
// DOCTYPE) is short in any SVG an editor saves.
const maxSVGHead = 256 << 10

// SVG returns the size of the SVG image r reads, from its root element
// alone: its width and height when both are lengths in px or an absolute
// unit (pt, pc, in, cm, mm, Q) or have no unit; when only one of them is,
// that one with the other in the proportions of its viewBox; else its
// viewBox's width and height. An SVG sized otherwise (in %, em or vw) or
// not at all has the zero Size, which is no error: the browser sizes it.
// A file that does not start as XML, or whose root element is not <svg>,
// is an error. It reads UTF-8 (and any encoding that is ASCII for the
// XML's markup, as ISO-8859-1) and UTF-16, which Windows tools write.
func SVG(r io.Reader) (Size, error) {
	d := xml.NewDecoder(utf8Text(bufio.NewReader(io.LimitReader(r, maxSVGHead))))
	// Not strict: an entity of the file's own DOCTYPE (Illustrator writes
	// xmlns:x="&ns_extend;" on the root) is no error. Any declared
	// encoding is read as ASCII, which the attributes read here are, once
	// UTF-16 is read as UTF-8.
	d.Strict = false
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	for {
		tok, err := d.RawToken()
		switch {
		case errors.Is(err, io.EOF):
			return Size{}, errors.New("is not an SVG image (it has no <svg> element)")
		case err != nil:
			return Size{}, fmt.Errorf("is not an SVG image (%v)", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "svg" {
				return Size{}, fmt.Errorf("is not an SVG image (its root element is <%s>, not <svg>)", t.Name.Local)
			}
			return svgSize(t.Attr), nil
		case xml.CharData:
			if strings.TrimSpace(string(t)) != "" {
				return Size{}, errors.New("is not an SVG image (it has text before its <svg> element)")
			}
		}
	}
}

// utf8Text returns the text br reads without its byte-order mark, and
// as UTF-8 when it is UTF-16: one that starts with UTF-16's byte-order
// mark, or with a < in UTF-16 (as XML tells them apart without one).
func utf8Text(br *bufio.Reader) io.Reader {
	head, _ := br.Peek(3)
	var order unicode.Endianness
	switch {
	case string(head) == "\uFEFF":
		br.Discard(3)
		return br
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{'<', 0}):
		order = unicode.LittleEndian
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}) || bytes.HasPrefix(head, []byte{0, '<'}):
		order = unicode.BigEndian
	default:
		return br
	}
	return transform.NewReader(br, unicode.UTF16(order, unicode.UseBOM).NewDecoder())
}

// svgSize is the size the attributes of an <svg> element give (see SVG).
func svgSize(attrs []xml.Attr) Size {
	var w, h float64
	var box [4]float64
	hasBox := false
	for _, a := range attrs {
		if a.Name.Space != "" {
			continue
		}
		switch a.Name.Local {
		case "width":
			w = length(a.Value)
		case "height":
			h = length(a.Value)
		case "viewBox":
			box, hasBox = viewBox(a.Value)
		}
	}
	switch {
	case w > 0 && h > 0:
	case w > 0 && hasBox:
		h = w * box[3] / box[2]
	case h > 0 && hasBox:
		w = h * box[2] / box[3]
	case hasBox:
		w, h = box[2], box[3]
	default:
		return Size{}
	}
	if !(w <= maxSide && h <= maxSide) { // NaN too
		return Size{}
	}
	return Size{Width: int(max(1, math.Round(w))), Height: int(max(1, math.Round(h)))}
}

// units are the lengths in CSS pixels of the units a width or height may
// have.
var units = map[string]float64{"": 1, "px": 1, "pt": 96.0 / 72, "pc": 16, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6}

// length returns the length s in CSS pixels, or 0 when it is none, or not
// an absolute one ("50%", "10em").
func length(s string) float64 {
	s = strings.TrimSpace(s)
	n := numberLen(s)
	f, ok := units[strings.ToLower(strings.TrimSpace(s[n:]))]
	if n == 0 || !ok {
		return 0
	}
	v, err := strconv.ParseFloat(s[:n], 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v <= 0 {
		return 0
	}
	return v * f
}

// numberLen returns the length of the number s starts with, as SVG writes
// one: a sign, digits with a decimal point, an exponent (1e3, not the e
// of 1em); 0 when it starts with none.
func numberLen(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() int {
		from := i
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		return i - from
	}
	n := digits()
	if i < len(s) && s[i] == '.' {
		i++
		n += digits()
	}
	if n == 0 {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		at := i
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			i = at // the e of a unit
		}
	}
	return i
}

// viewBox returns the four numbers of a viewBox attribute ("0 0 500
// 200", commas allowed) when its width and height are more than 0.
func viewBox(s string) ([4]float64, bool) {
	var box [4]float64
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' })
	if len(fields) != 4 {
		return box, false
	}
	for i, f := range fields {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return box, false
		}
		box[i] = v
	}
	return box, box[2] > 0 && box[3] > 0
}
