package doi

import "testing"

func TestURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"10.48550/arXiv.2405.15032", "https://doi.org/10.48550/arXiv.2405.15032"},
		{"10.1016/S0550-3213(99)00_1#x%y", "https://doi.org/10.1016/S0550-3213(99)00_1%23x%25y"},
		{"10.1000/a b?c", "https://doi.org/10.1000/a%20b%3Fc"},
		{`10.1000/"<{[^|]}>` + "`" + `\+`, "https://doi.org/10.1000/%22%3C%7B%5B%5E%7C%5D%7D%3E%60%5C%2B"},
		{"10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O", "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O"},
		{"10.1000/é", "https://doi.org/10.1000/%C3%A9"},
		{"10.1000/./x/../y", "https://doi.org/10.1000/.%2Fx/..%2Fy"},
	}
	for _, tt := range tests {
		if got := URL(tt.in); got != tt.want {
			t.Errorf("URL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
