package imagesize

import "encoding/binary"

// maxJPEGHead bounds how much of a JPEG file Read keeps to find its Exif
// orientation: the Exif segment comes before the image's frame, right
// after its start or its JFIF segment, and is at most 64 KiB.
const maxJPEGHead = 256 << 10

// turned reports whether the JPEG file that starts with head is shown
// turned a quarter: its Exif Orientation (tag 0x0112 of the first Exif
// segment's IFD0) is 5 to 8, as a phone writes for a photo taken
// upright, whose pixels are stored on their side. Browsers show such a
// photo as its orientation says (CSS image-orientation: from-image, the
// default), so its width and height on a page are the stored height and
// width. A file with no such tag, or one that does not read, is shown as
// stored.
func turned(head []byte) bool {
	o := orientation(head)
	return o >= 5 && o <= 8
}

// orientation returns the Exif Orientation (1 to 8) of the JPEG file that
// starts with head, or 1, upright, when it has none: it reads the
// segments before the frame for the first APP1 that starts "Exif\0\0".
func orientation(head []byte) int {
	if len(head) < 2 || head[0] != 0xff || head[1] != 0xd8 {
		return 1
	}
	for i := 2; i+4 <= len(head); {
		if head[i] != 0xff {
			return 1
		}
		marker := head[i+1]
		switch {
		case marker == 0xff: // a fill byte before the marker
			i++
			continue
		case marker == 0x01 || 0xd0 <= marker && marker <= 0xd7: // no length
			i += 2
			continue
		case marker == 0xda || marker == 0xd9 || 0xc0 <= marker && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc:
			return 1 // the frame, or the scan, comes before any Exif
		}
		n := int(binary.BigEndian.Uint16(head[i+2:]))
		end := i + 2 + n
		if n < 2 || end > len(head) {
			return 1
		}
		if seg := head[i+4 : end]; marker == 0xe1 && len(seg) >= 6 && string(seg[:6]) == "Exif\x00\x00" {
			return tiffOrientation(seg[6:])
		}
		i = end
	}
	return 1
}

// tiffOrientation returns the Orientation of the TIFF header and IFD0 in
// t (an Exif segment's body), or 1 when it has none. As browsers do, it
// takes the tag only as one SHORT, of 1 to 8.
func tiffOrientation(t []byte) int {
	var order binary.ByteOrder
	switch {
	case len(t) < 8:
		return 1
	case string(t[:4]) == "II*\x00":
		order = binary.LittleEndian
	case string(t[:4]) == "MM\x00*":
		order = binary.BigEndian
	default:
		return 1
	}
	ifd := order.Uint32(t[4:])
	if ifd > uint32(len(t)-2) {
		return 1
	}
	entries := t[ifd+2:]
	for range min(int(order.Uint16(t[ifd:])), len(entries)/12) {
		tag, typ, count := order.Uint16(entries), order.Uint16(entries[2:]), order.Uint32(entries[4:])
		if tag == 0x0112 {
			if v := int(order.Uint16(entries[8:])); typ == 3 && count == 1 && v >= 1 && v <= 8 {
				return v
			}
			return 1
		}
		entries = entries[12:]
	}
	return 1
}

// firstBytes keeps the first max bytes written to it.
type firstBytes struct {
	b   []byte
	max int
}

// Write implements io.Writer: it keeps what fits and never fails.
func (f *firstBytes) Write(p []byte) (int, error) {
	f.b = append(f.b, p[:min(len(p), f.max-len(f.b))]...)
	return len(p), nil
}
