package mail

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/internal/readmetest"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestREADMENamesEmailData: the README's "Email digest" section names
// each field and method the email templates see on their dot and on its
// .Digest, and each function they may call but those of the site's
// language, which the Theme reference names for pages and emails alike
// (and plural, kept for old themes).
func TestREADMENamesEmailData(t *testing.T) {
	readme := readmetest.Read(t)
	section := readmetest.Between(t, readme, "\n## Email digest: `paperboy mail`\n", "\n### Send the daily email from GitHub Actions\n")
	for _, typ := range []reflect.Type{reflect.TypeFor[*Data](), reflect.TypeFor[*Digest]()} {
		var names []string
		for i := range typ.Elem().NumField() {
			if f := typ.Elem().Field(i); f.IsExported() {
				names = append(names, f.Name)
			}
		}
		for i := range typ.NumMethod() {
			names = append(names, typ.Method(i).Name)
		}
		for _, n := range names {
			if !regexp.MustCompile(`\.` + n + `\b`).MatchString(section) {
				t.Errorf("the README's Email digest does not name .%s, which the email templates see on %s", n, typ.Elem().Name())
			}
		}
	}
	c, err := i18n.Builtin("en")
	if err != nil {
		t.Fatal(err)
	}
	language := c.Funcs(&model.Config{}) // the pages' too, in the Theme reference
	for name := range funcs(links{cfg: &model.Config{}}, c) {
		text, where := section, "Email digest"
		if _, ok := language[name]; ok {
			text, where = readme, "README"
		}
		if name != "plural" && !strings.Contains(text, "`"+name+"`") {
			t.Errorf("the %s does not name the function %s, which the email templates may call", where, name)
		}
	}
}
