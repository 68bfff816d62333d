package index

import (
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestAuthorSlugsStayPut: of two names with one slug, the one with the
// older paper keeps it, so an archive that grows never moves an author's
// page to another person.
func TestAuthorSlugsStayPut(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	old := &model.Paper{ID: "a", Date: day(1), Authors: []string{"Jose Garcia"}}
	newer := &model.Paper{ID: "b", Date: day(9), Authors: []string{"JOSE GARCIA"}}
	slugs := map[string]string{}
	for _, a := range authors([]*model.Paper{newer, old}) {
		slugs[a.Name] = a.Slug
	}
	if slugs["Jose Garcia"] != "jose-garcia" || slugs["JOSE GARCIA"] != "jose-garcia-2" {
		t.Errorf("slugs %v: the older name must keep jose-garcia", slugs)
	}
}
