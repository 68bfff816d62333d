package diag

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"unicode"
)

var (
	// fieldErrRE matches text/template's complaint about a field a value
	// lacks, with the expression that asks for it and the value's type.
	fieldErrRE = regexp.MustCompile(`^executing "[^"]*" at <(.+)>: can't evaluate field (\w+) in type (\S+)$`)
	// meantRE matches a hint of the nearest name, a field path.
	meantRE = regexp.MustCompile(`^did you mean ((?:\.\w+)+)\?$`)
)

// FieldWords rewrites msg, text/template's complaint about a field a
// value lacks (executing "main" at <.Paper.Titel>: can't evaluate field
// Titel in type *model.Paper), in a curator's words: what the template
// wrote, and that the value has no such field (.Paper.Titel: a paper
// (*model.Paper) has no field or method Titel). hint, TemplateHint's
// nearest name (did you mean .Title?), becomes what to write in its
// place, and what the field holds when the type is one of types (did you
// mean .Paper.Title (text)?). It returns msg and hint as they are for
// any other message.
func FieldWords(msg, hint string, types ...reflect.Type) (string, string) {
	m := fieldErrRE.FindStringSubmatch(msg)
	if m == nil {
		return msg, hint
	}
	expr, field, typ := m[1], m[2], m[3]
	msg = fmt.Sprintf("%s: %s has no field or method %s", expr, valueNoun(typ), field)
	mm := meantRE.FindStringSubmatch(hint)
	if mm == nil {
		return msg, hint
	}
	base := "" // what the expression asks before the field
	if i := strings.LastIndex(expr+".", "."+field+"."); i >= 0 {
		base = expr[:i]
	}
	meant := base + mm[1]
	if h := holds(typeNamed(typ, types), strings.Split(mm[1][1:], ".")); h != "" {
		return msg, fmt.Sprintf("did you mean %s (%s)?", meant, h)
	}
	return msg, fmt.Sprintf("did you mean %s?", meant)
}

// valueNoun names a value of the Go type typ: "a paper (*model.Paper)"
// for a struct of a package, "a string" for any other.
func valueNoun(typ string) string {
	name := strings.TrimLeft(typ, "*")
	dot := strings.LastIndexByte(name, '.')
	if dot < 0 || strings.ContainsAny(name, "[]") {
		return Article(typ)
	}
	return Article(words(name[dot+1:])) + " (" + typ + ")"
}

// words splits a Go name into lower-case words: TopicConfig is "topic
// config".
func words(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Article puts "a" or "an" before s, a noun or a type name: an int, a
// *model.Paper, an author.
func Article(s string) string {
	if name := strings.TrimLeft(s, "*[]"); name != "" && strings.ContainsRune("aeiouAEIOU", rune(name[0])) {
		return "an " + s
	}
	return "a " + s
}

// typeNamed returns the type of types, or a pointer to one, whose name
// is typ, or nil.
func typeNamed(typ string, types []reflect.Type) reflect.Type {
	for _, t := range types {
		if t.String() == typ {
			return t
		}
		if p := reflect.PointerTo(t); p.String() == typ {
			return p
		}
	}
	return nil
}

// holds says what the field or method at path of a value of type t holds
// (text, a date, a list of papers), or "" when that is not known.
func holds(t reflect.Type, path []string) string {
	for _, name := range path {
		if t == nil {
			return ""
		}
		if m, ok := t.MethodByName(name); ok && m.Type.NumOut() > 0 {
			t = m.Type.Out(0)
			continue
		}
		if t.Kind() != reflect.Pointer {
			if m, ok := reflect.PointerTo(t).MethodByName(name); ok && m.Type.NumOut() > 0 {
				t = m.Type.Out(0)
				continue
			}
		}
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		f, ok := t.FieldByName(name)
		if t.Kind() != reflect.Struct || !ok {
			return ""
		}
		t = f.Type
	}
	return KindWords(t)
}

// KindWords says what a value of type t is, as a curator knows it (text,
// a date, a list of papers, a paper), or "" when it has no such word.
func KindWords(t reflect.Type) string {
	if t == nil {
		return ""
	}
	switch {
	case t.String() == "time.Time":
		return "a date"
	case t.String() == "template.HTML":
		return "HTML"
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		e := t.Elem()
		for e.Kind() == reflect.Pointer {
			e = e.Elem()
		}
		if e.Kind() == reflect.Struct && e.Name() != "" {
			return "a list of " + words(e.Name()) + "s"
		}
		if e.Kind() == reflect.String {
			return "a list of texts"
		}
		return "a list"
	case reflect.Map:
		return "a map"
	case reflect.Pointer:
		if e := t.Elem(); e.Kind() == reflect.Struct && e.Name() != "" {
			return Article(words(e.Name()))
		}
	case reflect.Struct:
		if t.Name() != "" {
			return Article(words(t.Name()))
		}
	}
	return ""
}
