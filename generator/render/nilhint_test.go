package render

import "testing"

// TestNilHint: a field read through a nil one is told by the nil one's
// name, when it is nil, and the {{with}} to read it in; a field of the
// page set on one kind of page only, as such.
func TestNilHint(t *testing.T) {
	tests := []struct{ msg, want string }{
		{`executing "main" at <.Prev.Slug>: nil pointer evaluating *model.Day.Slug`,
			".Prev is nil on the oldest day, which has none before it (as the newest has no .Next); wrap what reads it in {{with .Prev}}…{{.Slug}}…{{end}}"},
		{`executing "main" at <.Day.Week.Next.Start.Year>: nil pointer evaluating *model.Week.Start`,
			".Day.Week.Next is nil on the newest week, which has none after it (as the oldest has no .Prev); wrap what reads it in {{with .Day.Week.Next}}…{{.Start.Year}}…{{end}}"},
		{`executing "main" at <$p.OrganizationRef.Name>: nil pointer evaluating *model.Organization.Name`,
			"$p.OrganizationRef is nil for a paper that names no organization; wrap what reads it in {{with $p.OrganizationRef}}…{{.Name}}…{{end}}"},
		{`executing "main" at <.Paper.Title>: nil pointer evaluating *model.Paper.Title`,
			"it is nil on this page: .Paper is set only on paper pages, .Day on day pages, .Topic on topic pages and so on; use it inside {{with .Paper}}…{{end}}"},
		{`executing "main" at <$.Topic.Name>: nil pointer evaluating *model.Topic.Name`,
			"it is nil on this page: .Topic is set only on topic pages, .Paper on paper pages, .Day on day pages and so on; use it inside {{with $.Topic}}…{{end}}"},
		{`executing "main" at <.Related.Paper.Title>: nil pointer evaluating *model.Paper.Title`,
			".Related.Paper is nil here; wrap what reads it in {{with .Related.Paper}}…{{.Title}}…{{end}}"}, // not the page's
		{`executing "main" at <$p.Title>: nil pointer evaluating *model.Paper.Title`,
			"$p is nil here; read it inside {{with $p}}…{{.Title}}…{{end}}"},
		{`executing "main" at <.Title>: nil pointer evaluating *model.Paper.Title`, ""},
		{`executing "main" at <.Title>: can't evaluate field Title in type string`, ""},
	}
	for _, tt := range tests {
		if got := nilHint(tt.msg); got != tt.want {
			t.Errorf("nilHint(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}
