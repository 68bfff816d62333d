package render

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"time"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// sortList is the template function "sort": a copy of list (papers,
// days, topics, authors…) ordered by the field or method field of its
// elements, "asc" (the default) or "desc" as order says, as Hugo's sort
// takes them: {{range sort .Site.Papers "Upvotes" "desc"}}. Ties keep
// the list's own order, so the same sources give the same page; text
// orders as the site's language does (col), numbers by value, dates by
// time; a nil value, or a date not known (a paper's .Updated without
// versions), comes last either way.
// The list itself is left as it is: the model's lists are shared by
// every page. Each call has a collator of its own (of the language
// lang), as pages render at once and a collator is for one goroutine.
func sortList(lang string) func(list any, field string, order ...string) (any, error) {
	return func(list any, field string, order ...string) (any, error) {
		v := reflect.ValueOf(list)
		if k := v.Kind(); k != reflect.Slice && k != reflect.Array {
			return nil, fmt.Errorf("sort takes a list, a field's name and \"asc\" or \"desc\", not a %T", list)
		}
		desc := false
		switch {
		case len(order) > 1:
			return nil, fmt.Errorf("sort takes one order after the field, \"asc\" or \"desc\", not %d", len(order))
		case len(order) == 1 && order[0] == "desc":
			desc = true
		case len(order) == 1 && order[0] != "asc":
			return nil, fmt.Errorf("sort's order is %q; write \"asc\" or \"desc\"", order[0])
		}
		out := reflect.MakeSlice(reflect.SliceOf(v.Type().Elem()), v.Len(), v.Len())
		reflect.Copy(out, v)
		if out.Len() == 0 {
			return out.Interface(), nil
		}
		keys := make([]reflect.Value, out.Len())
		for i := range keys {
			k, err := sortKey(out.Index(i), field)
			if err != nil {
				return nil, err
			}
			keys[i] = k
		}
		idx := make([]int, len(keys))
		for i := range idx {
			idx[i] = i
		}
		col, bad := textutil.Collator(lang), error(nil)
		slices.SortStableFunc(idx, func(a, b int) int {
			c, err := compareKeys(col, keys[a], keys[b])
			if err != nil && bad == nil {
				bad = fmt.Errorf("sort %q: %v", field, err)
			}
			if desc && keys[a].IsValid() && keys[b].IsValid() {
				return -c
			}
			return c
		})
		if bad != nil {
			return nil, bad
		}
		sorted := reflect.MakeSlice(out.Type(), out.Len(), out.Len())
		for i, j := range idx {
			sorted.Index(i).Set(out.Index(j))
		}
		return sorted.Interface(), nil
	}
}

// sortKey is the value of the field or method field of e, a list's
// element (a struct or a pointer to one), dereferenced: the zero Value
// for a nil one, which sorts last.
func sortKey(e reflect.Value, field string) (reflect.Value, error) {
	for e.Kind() == reflect.Interface {
		e = e.Elem()
	}
	if m := e.MethodByName(field); m.IsValid() && m.Type().NumIn() == 0 && m.Type().NumOut() >= 1 {
		return deref(m.Call(nil)[0]), nil
	}
	s := e
	for s.Kind() == reflect.Pointer {
		if s.IsNil() {
			return reflect.Value{}, nil
		}
		s = s.Elem()
	}
	if s.Kind() != reflect.Struct {
		return reflect.Value{}, fmt.Errorf("sort by %q: the list's elements are %s, which have no fields", field, diag.Article(e.Type().String()))
	}
	if f, ok := s.Type().FieldByName(field); !ok || !f.IsExported() {
		names := diag.Members(s.Type())
		if near := diag.Nearest(field, names); near != "" {
			return reflect.Value{}, fmt.Errorf("sort by %q: %s has no field %s; did you mean %q?", field, diag.Article(s.Type().String()), field, near)
		}
		return reflect.Value{}, fmt.Errorf("sort by %q: %s has no field %s", field, diag.Article(s.Type().String()), field)
	}
	return deref(s.FieldByName(field)), nil
}

// deref follows v's pointers and interfaces to the value they hold; the
// zero Value for a nil one, and for a zero time, which the model's dates
// are when unknown (a paper's .Updated without versions; see known).
func deref(v reflect.Value) reflect.Value {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	if t, ok := v.Interface().(time.Time); ok && t.IsZero() {
		return reflect.Value{}
	}
	return v
}

// compareKeys orders two sort keys of one field: numbers by value, text
// by col, dates by time, false before true; a missing key (the zero
// Value) after every other.
func compareKeys(col interface{ CompareString(a, b string) int }, a, b reflect.Value) (int, error) {
	switch {
	case !a.IsValid() || !b.IsValid():
		return cmp.Compare(b2i(!a.IsValid()), b2i(!b.IsValid())), nil
	case a.Kind() != b.Kind():
		return 0, fmt.Errorf("values of %s and %s cannot be ordered together", a.Type(), b.Type())
	}
	if t, ok := a.Interface().(time.Time); ok {
		return t.Compare(b.Interface().(time.Time)), nil
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return cmp.Compare(a.Uint(), b.Uint()), nil
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float()), nil
	case reflect.String:
		return col.CompareString(a.String(), b.String()), nil
	case reflect.Bool:
		return cmp.Compare(b2i(a.Bool()), b2i(b.Bool())), nil
	}
	return 0, fmt.Errorf("%s values cannot be ordered; sort by a number, a text or a date", a.Type())
}
