package cite

import "testing"

// TestPageRange: the first and last page of pages as parse writes them.
func TestPageRange(t *testing.T) {
	for _, tt := range []struct{ pages, first, last string }{
		{"", "", ""}, {"123–130", "123", "130"}, {"e1234", "e1234", ""}, {"1–6, 9", "1", "9"},
		{"9, 12–14", "9", "14"}, {"12:1–12:15", "12:1", "12:15"},
	} {
		if first, last := PageRange(tt.pages); first != tt.first || last != tt.last {
			t.Errorf("PageRange(%q) = %q, %q; want %q, %q", tt.pages, first, last, tt.first, tt.last)
		}
	}
}
