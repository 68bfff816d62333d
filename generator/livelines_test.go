package generator

import (
	"reflect"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestSetLines: a quick rebuild's edit of a paper file gives its published
// paper every line of the new parse (applyEdits), so that no warning made
// from the published site names a line a loose line that came or went
// moved: each field of model.Paper that says where something is written
// (its name ends in Line or Lines, BodyFolded, TopicNames and
// NotTopicNames with their lines), set in the new parse, is the
// published paper's after the edit.
func TestSetLines(t *testing.T) {
	typ := reflect.TypeFor[model.Paper]()
	var fields []string
	for f := range typ.Fields() {
		if strings.HasSuffix(f.Name, "Line") || strings.HasSuffix(f.Name, "Lines") || f.Name == "BodyFolded" || f.Name == "TopicNames" || f.Name == "NotTopicNames" {
			fields = append(fields, f.Name)
		}
	}
	if len(fields) < 10 {
		t.Fatalf("only %d fields of lines in model.Paper: %v", len(fields), fields)
	}
	old, np := &model.Paper{Source: "content/papers/a.md"}, &model.Paper{Source: "content/papers/a.md"}
	for i, name := range fields {
		nonzero(reflect.ValueOf(np).Elem().FieldByName(name), 100+i)
	}
	l := &Live{fronts: map[string]front{}}
	l.applyEdits([]paperEdit{{rel: old.Source, old: old, new: np}})
	for _, name := range fields {
		got, want := reflect.ValueOf(old).Elem().FieldByName(name).Interface(), reflect.ValueOf(np).Elem().FieldByName(name).Interface()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("after the edit, the published paper's %s = %v, want the new parse's %v", name, got, want)
		}
	}
}

// nonzero sets v, of the kinds model.Paper's fields of lines have, to a
// value other than its zero one, made of n.
func nonzero(v reflect.Value, n int) {
	switch v.Kind() {
	case reflect.Int:
		v.SetInt(int64(n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.String:
		v.SetString("s")
	case reflect.Array:
		for i := range v.Len() {
			nonzero(v.Index(i), n+i)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		nonzero(v.Index(0), n)
	case reflect.Map:
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		nonzero(k, n)
		nonzero(e, n)
		v.Set(reflect.MakeMap(v.Type()))
		v.SetMapIndex(k, e)
	case reflect.Struct:
		for i := range v.NumField() {
			nonzero(v.Field(i), n+i)
		}
	default:
		panic("nonzero: no value for a " + v.Kind().String())
	}
}
