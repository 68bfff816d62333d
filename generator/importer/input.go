package importer

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// MaxInput is the most bytes an input to import may hold, as read, and
// once a gzip-compressed one is uncompressed: some 15,000 arXiv entries,
// and a bound on what a hostile file can make the import hold.
const MaxInput = 64 << 20

// Input returns the text of an input to import, name's (a file path, or
// "stdin"), as the parsers read it: uncompressed when it is gzip (a saved
// answer kept compressed, or curl's download without --compressed, which
// the parsers would otherwise refuse for its first byte), without a UTF-8
// byte-order mark, and refused when it is not UTF-8, which JSON and the
// arXiv API's XML are: a file saved as Latin-1 would otherwise be
// imported with U+FFFD in place of every accented letter.
func Input(name string, data []byte) ([]byte, error) {
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: the file is gzip-compressed but cannot be read (%v); fetch it again", name, err)
		}
		out, err := io.ReadAll(io.LimitReader(zr, MaxInput+1))
		if err != nil {
			return nil, fmt.Errorf("%s: the file is gzip-compressed but cannot be uncompressed (%v); fetch it again", name, err)
		}
		if len(out) > MaxInput {
			return nil, fmt.Errorf("%s: the file uncompresses to more than 64 MiB; import it in parts", name)
		}
		data = out
	}
	data, err := diag.StripBOM(name, data)
	if err != nil {
		return nil, err
	}
	if err := diag.UTF8(name, data); err != nil {
		return nil, err
	}
	return data, nil
}
