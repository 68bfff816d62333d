package diag

import (
	"html/template"
	"reflect"
	"testing"
	"time"
)

type doc struct {
	Title   string
	Body    template.HTML
	Date    time.Time
	Authors []*person
	Lead    *person
	Tags    []string
	Count   int
}

type person struct{ Name string }

func (d *doc) Short() string { return d.Title }

func TestFieldWords(t *testing.T) {
	types := []reflect.Type{reflect.TypeFor[doc](), reflect.TypeFor[person]()}
	for _, tt := range []struct{ msg, hint, wantMsg, wantHint string }{
		{`executing "main" at <.Doc.Titel>: can't evaluate field Titel in type *diag.doc`, "did you mean .Title?",
			".Doc.Titel: a doc (*diag.doc) has no field or method Titel", "did you mean .Doc.Title (text)?"},
		{`executing "x" at <$d.Autors>: can't evaluate field Autors in type *diag.doc`, "did you mean .Authors?",
			"$d.Autors: a doc (*diag.doc) has no field or method Autors", "did you mean $d.Authors (a list of persons)?"},
		{`executing "x" at <.Dat.Year>: can't evaluate field Dat in type *diag.doc`, "did you mean .Date?",
			".Dat.Year: a doc (*diag.doc) has no field or method Dat", "did you mean .Date (a date)?"},
		{`executing "x" at <.Bdy>: can't evaluate field Bdy in type *diag.doc`, "did you mean .Body?",
			".Bdy: a doc (*diag.doc) has no field or method Bdy", "did you mean .Body (HTML)?"},
		{`executing "x" at <.Shrt>: can't evaluate field Shrt in type *diag.doc`, "did you mean .Short?",
			".Shrt: a doc (*diag.doc) has no field or method Shrt", "did you mean .Short (text)?"},
		{`executing "x" at <.Led>: can't evaluate field Led in type *diag.doc`, "did you mean .Lead?",
			".Led: a doc (*diag.doc) has no field or method Led", "did you mean .Lead (a person)?"},
		{`executing "x" at <.Cont>: can't evaluate field Cont in type *diag.doc`, "did you mean .Count?",
			".Cont: a doc (*diag.doc) has no field or method Cont", "did you mean .Count (a number)?"},
		{`executing "x" at <$a.Name>: can't evaluate field Name in type string`, ".Authors are names",
			"$a.Name: a string has no field or method Name", ".Authors are names"},
		{`executing "x" at <.Nope>: can't evaluate field Nope in type *other.T`, "did you mean .Note?",
			".Nope: a t (*other.T) has no field or method Nope", "did you mean .Note?"},
		// A Hugo habit's hint is said as a misspelling's, after what the expression asks first.
		{`executing "x" at <$.Site.RegularPages>: can't evaluate field RegularPages in type *diag.doc`, FieldHabit(`can't evaluate field RegularPages in type *diag.Site`, reflect.TypeFor[Site]()),
			"$.Site.RegularPages: a doc (*diag.doc) has no field or method RegularPages", "did you mean $.Site.Papers?"},
		{`error calling index: index out of range: 3`, "", `error calling index: index out of range: 3`, ""},
	} {
		msg, hint := FieldWords(tt.msg, tt.hint, types...)
		if msg != tt.wantMsg || hint != tt.wantHint {
			t.Errorf("FieldWords(%q, %q) = %q, %q, want %q, %q", tt.msg, tt.hint, msg, hint, tt.wantMsg, tt.wantHint)
		}
	}
}
