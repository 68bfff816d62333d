package arxiv

import "unicode/utf8"

// repair undoes one round of UTF-8 read as Latin-1 ("RamÃ­rez" for
// "Ramírez"), which some recorded arXiv responses carry: if every rune of s
// is below U+0100, at least one is above U+007F, and the runes taken as
// bytes are valid UTF-8, those bytes are the real text. Text that is not
// such mojibake comes back unchanged; a genuine "Ã" followed by a byte that
// cannot continue a UTF-8 sequence is never touched.
func repair(s string) string {
	raw := make([]byte, 0, len(s))
	high := false
	for _, r := range s {
		if r > 0xFF {
			return s
		}
		if r >= 0x80 {
			high = true
		}
		raw = append(raw, byte(r))
	}
	if !high || !utf8.Valid(raw) {
		return s
	}
	return string(raw)
}
