package parse

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/internal/readmetest"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// readmeSection returns the README's section that starts at the heading
// line heading, up to the next heading of any level (a # in a code block
// is none).
func readmeSection(t *testing.T, readme, heading string) string {
	t.Helper()
	i := strings.Index(readme, "\n"+heading+"\n")
	if i < 0 {
		t.Fatalf("the README has no heading %q", heading)
	}
	s := readme[i+len(heading)+2:]
	fenced, at := false, 0
	for line := range strings.Lines(s) {
		switch {
		case strings.HasPrefix(line, "```"):
			fenced = !fenced
		case !fenced && strings.HasPrefix(line, "#"):
			return s[:at]
		}
		at += len(line)
	}
	return s
}

// codeRE matches a code span; tableRowRE a table row's first two cells.
var (
	codeRE     = regexp.MustCompile("`([^`]+)`")
	tableRowRE = regexp.MustCompile(`(?m)^\| ([^|]*) \| ([^|]*) \| ([^|]*) \|.*`)
)

// readmeRow is one row of a README field table: its type and default
// cells, and the whole row.
type readmeRow struct{ typ, def, row string }

// readmeFields returns the fields of the first table in section, by the
// names written in code in its first column (`volume`, `issue` is two).
func readmeFields(section string) map[string]readmeRow {
	out := map[string]readmeRow{}
	for _, m := range tableRowRE.FindAllStringSubmatch(section, -1) {
		for _, c := range codeRE.FindAllStringSubmatch(m[1], -1) {
			out[c[1]] = readmeRow{strings.TrimSpace(m[2]), strings.TrimSpace(m[3]), m[0]}
		}
	}
	return out
}

// yamlKeys returns the keys the decoder accepts for typ (decodeMapping
// knows a field by its yaml tag alone), with each one's struct field.
func yamlKeys(typ reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := range typ.NumField() {
		f := typ.Field(i)
		if k, _, _ := strings.Cut(f.Tag.Get("yaml"), ","); k != "" && k != "-" {
			out[k] = f
		}
	}
	return out
}

// TestREADMEDocumentsEveryField: the README's field tables for site.yaml,
// its newsletter:, papers, days and pages name exactly the keys the parser
// accepts, a number's range as its min and max tags have it; topics: and
// limits: name theirs in their rows. A key added to the
// parser without a row, or a row for a key it refuses, fails here.
func TestREADMEDocumentsEveryField(t *testing.T) {
	readme := readmetest.Read(t)
	site := readmeSection(t, readme, "### `content/site.yaml`")
	for _, tt := range []struct {
		heading string
		typ     reflect.Type
		skip    []string // keys the section tells of outside its table
	}{
		{"### `content/site.yaml`", reflect.TypeFor[siteYAML](), nil},
		{"### `newsletter:` in `content/site.yaml`", reflect.TypeFor[newsletterYAML](), nil},
		{"### `content/papers/<id>.md`", reflect.TypeFor[paperYAML](), []string{"abstract"}},
		{"### `content/days/YYYY-MM-DD.md`", reflect.TypeFor[dayYAML](), nil},
		{"### `content/pages/<name>.md`", reflect.TypeFor[pageYAML](), nil},
	} {
		section := readmeSection(t, readme, tt.heading)
		rows, keys := readmeFields(section), yamlKeys(tt.typ)
		for k, f := range keys {
			row, ok := rows[k]
			switch {
			case slices.Contains(tt.skip, k):
				if !strings.Contains(section, "`"+k+":`") {
					t.Errorf("%s: the README does not say what `%s:` is", tt.heading, k)
				}
			case !ok:
				t.Errorf("%s: the README's table has no row for %q, which the parser accepts", tt.heading, k)
			case f.Type.Kind() == reflect.Int:
				want := "number"
				switch lo, hi := f.Tag.Get("min"), f.Tag.Get("max"); {
				case lo != "" && hi != "":
					want = fmt.Sprintf("number, %s–%s", lo, hi)
				case lo != "":
					want = fmt.Sprintf("number, %s or more", lo)
				default:
					want = "whole number"
				}
				if row.typ != want {
					t.Errorf("%s: %s's type is %q in the README, want %q (its range in the parser)", tt.heading, k, row.typ, want)
				}
			}
		}
		for k := range rows {
			if _, ok := keys[k]; !ok {
				t.Errorf("%s: the README's table has a row for %q, which the parser refuses", tt.heading, k)
			}
		}
	}
	siteRows := readmeFields(site)
	for key, typ := range map[string]reflect.Type{"topics": reflect.TypeFor[topicYAML](), "limits": reflect.TypeFor[limitsYAML]()} {
		for k := range yamlKeys(typ) {
			if !strings.Contains(siteRows[key].row, "`"+k+"`") {
				t.Errorf("the README's site.yaml table does not name %s's field %s in its row", key, k)
			}
		}
	}
	lim := DefaultLimits()
	for k, v := range map[string]int64{"maxFileBytes": lim.MaxFileBytes, "maxAuthors": int64(lim.MaxAuthors)} {
		if want := fmt.Sprintf("`%s` (default %d)", k, v); !strings.Contains(site, want) {
			t.Errorf("the README's site.yaml section does not say %s", want)
		}
	}
}

// TestREADMESiteDefaults: each site.yaml setting whose default the README
// gives as a value (`50`, `false`, `en`, `""`) is parsed the same written
// out with that value as left out, and a number or bool written with
// another value is not.
func TestREADMESiteDefaults(t *testing.T) {
	readme := readmetest.Read(t)
	rows := readmeFields(readmeSection(t, readme, "### `content/site.yaml`"))
	const base = "title: T\nbaseURL: https://example.org/\n"
	parsed := func(t *testing.T, src string) model.Config {
		t.Helper()
		c, err := Config("content/site.yaml", []byte(src), "")
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		v := reflect.ValueOf(c).Elem()
		for i := range v.NumField() { // where a key is written is no setting
			if n := v.Type().Field(i).Name; strings.HasSuffix(n, "Line") || strings.HasSuffix(n, "Lines") {
				v.Field(i).SetZero()
			}
		}
		return *c
	}
	absent := parsed(t, base)
	checked := 0
	for k, row := range rows {
		m := codeRE.FindStringSubmatch(row.def)
		if m == nil || m[0] != row.def {
			continue // "required", "none", "see below"
		}
		if _, other := rows[m[1]]; other {
			continue // another key's value (feedIDBase's `baseURL`)
		}
		checked++
		if got := parsed(t, base+k+": "+m[1]+"\n"); !reflect.DeepEqual(got, absent) {
			t.Errorf("%s: %s gives another site than leaving it out, though the README says it is the default", k, m[1])
		}
		other := ""
		if n, err := strconv.Atoi(m[1]); err == nil {
			other = strconv.Itoa(n + 1)
		} else if m[1] == "false" {
			other = "true"
		}
		if other != "" && reflect.DeepEqual(parsed(t, base+k+": "+other+"\n"), absent) {
			t.Errorf("%s: %s gives the same site as the default %s; the field is not read", k, other, m[1])
		}
	}
	if checked < 8 {
		t.Errorf("checked %d defaults; the README's table should give at least 8 as values", checked)
	}
}
