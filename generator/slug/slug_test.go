package slug

import "testing"

// TestWindowsReserved: every device name Windows keeps, in any case and
// with an extension, and no ordinary word.
func TestWindowsReserved(t *testing.T) {
	for _, s := range []string{"con", "CON", "nul.md", "Aux", "prn", "com1", "COM5", "lpt9", "LPT0", "com¹", "conin$"} {
		if !WindowsReserved(s) {
			t.Errorf("%q is reserved", s)
		}
	}
	for _, s := range []string{"cone", "com", "com10", "lpt", "console", "nul-hypothesis", "2405.00001"} {
		if WindowsReserved(s) {
			t.Errorf("%q is not reserved", s)
		}
	}
}
