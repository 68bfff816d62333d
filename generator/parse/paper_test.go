package parse

import "testing"

// TestIsFilePath: a paper's image: is a file's path when it has no
// scheme, host, query or fragment; a URL of any scheme is not one.
func TestIsFilePath(t *testing.T) {
	for s, want := range map[string]bool{
		"figures/fig1.png": true, "fig 1.png": true, "/fig1.png": true, "../days/x.png": true, "a/b:c.png": true,
		"": false, "https://x.org/a.png": false, "data:image/png;base64,AA": false, "javascript:alert(1)": false,
		"//x.org/a.png": false, "C:\\fig.png": false, "fig.png?v=2": false, "fig.png#x": false, "figures/": false,
	} {
		if got := IsFilePath(s); got != want {
			t.Errorf("IsFilePath(%q) = %v, want %v", s, got, want)
		}
	}
}
