package diag

import "testing"

func TestSuggest(t *testing.T) {
	names := []string{"title", "date", "code", "authors", "feedSize"}
	tests := []struct{ in, want string }{
		{"titel", "title"},
		{"tilte", "title"},
		{"Title", "title"},
		{"autors", "authors"},
		{"feedsize", "feedSize"},
		{"mood", ""},
		{"x", ""},
		{"upvotes", ""},
	}
	for _, tt := range tests {
		if got := Suggest(tt.in, names); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestListOrderAndFormat(t *testing.T) {
	var l List
	l.Add("b.md", 3, "late")
	l.Add("a.md", 10, "second")
	l.Add("a.md", 2, "first")
	l.Add("", 0, "general")
	want := "general\na.md:2: first\na.md:10: second\nb.md:3: late"
	if got := l.Err().Error(); got != want {
		t.Errorf("List.Error() = %q, want %q", got, want)
	}
	if (List{}).Err() != nil {
		t.Error("empty List.Err() != nil")
	}
}
