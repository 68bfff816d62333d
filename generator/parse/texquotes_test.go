package parse

import (
	"strings"
	"testing"
)

// TestTeXQuotes: TeX whose quotes YAML's own quoting reads otherwise,
// an umlaut in "double quotes" or a closing quote in 'single quotes', is
// an error at its line saying what to write; a quote YAML was meant to
// read is not.
func TestTeXQuotes(t *testing.T) {
	paper := func(line string) string {
		src := "---\narxiv: \"2401.00001\"\ndate: 2024-01-01\n" + line + "\n"
		for _, f := range []string{"title: T", "authors: [A]"} {
			if !strings.HasPrefix(line, f[:strings.IndexByte(f, ':')+1]) {
				src += f + "\n"
			}
		}
		return src + "---\n"
	}
	for _, tt := range []struct{ line, want string }{
		{`title: "The M\"ob\"ius map"`,
			`x.md:4: title: in "double quotes" YAML reads \" as a quote, so TeX's umlaut in M\"ob\"ius would show as M"ob"ius; write the letter itself (Möbïus), or the value in 'single quotes', where a paper's title reads M\"ob\"ius as TeX`},
		{`title: "On Schr\"odinger bridges"`,
			`x.md:4: title: in "double quotes" YAML reads \" as a quote, so TeX's umlaut in Schr\"odinger would show as Schr"odinger; write the letter itself (Schrödinger), or the value in 'single quotes', where a paper's title reads Schr\"odinger as TeX`},
		{`authors: ["Ada Lovelace", "Kurt G\"{o}del"]`,
			`x.md:4: authors: in "double quotes" YAML reads \" as a quote, so TeX's umlaut in G\"{o}del would show as G"{o}del; write the letter itself (Gödel)`},
		{`title: 'The ` + "``best''" + ` model for $\alpha$'`,
			`x.md:4: title: in 'single quotes' YAML reads '' as one ', so TeX's closing quote would show as ` + "``best'; write it as '''' (``best'''')" + `, or write the value in "double quotes", doubling each backslash in it`},
		{`title: '` + "``Why''-questions" + `'`,
			`x.md:4: title: in 'single quotes' YAML reads '' as one ', so TeX's closing quote would show as ` + "``Why'; write it as '''' (``Why'''')" + `, or write the value in "double quotes", doubling each backslash in it`},
	} {
		_, err := Paper("x.md", []byte(paper(tt.line)), DefaultLimits())
		if err == nil || err.Error() != tt.want {
			t.Errorf("Paper(%s) = %v, want %s", tt.line, err, tt.want)
		}
	}
	for _, ok := range []string{
		`title: "A \"quoted\" word"`,
		`title: "Die \"Ubermensch"`, // a quote after a space is YAML's own
		`title: 'On Schr\"odinger bridges'`,
		`title: 'The ` + "``best''''" + ` model'`,
		`title: "The ` + "``best''" + ` model"`,
		`title: 'The ` + "``model''s best''''" + ` run'`,
		`title: 'A ` + "``" + ` without its close'`,
		`authors: ["Ada Lovelace", 'Flannery O''Connor']`,
	} {
		if _, err := Paper("x.md", []byte(paper(ok)), DefaultLimits()); err != nil {
			t.Errorf("Paper(%s) = %v, want no error", ok, err)
		}
	}
}
