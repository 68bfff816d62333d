package model

import "testing"

func TestWithdrawn(t *testing.T) {
	for comment, want := range map[string]bool{
		"This paper has been withdrawn by the author due to a crucial error": true,
		"Withdrawn: superseded by 2401.00002":                                true,
		"12 pages, 3 figures":                                                false,
		"":                                                                   false,
	} {
		if got := (&Paper{Comment: comment}).Withdrawn(); got != want {
			t.Errorf("Withdrawn() of comment %q = %v, want %v", comment, got, want)
		}
	}
}
