package markdown

import (
	"slices"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// flakyLexer is Python's lexer, but its first tries each turn one more
// token into an Error token, as a regular expression that runs out of
// time on a busy machine does; broken marks the first token an Error on
// every try, as code chroma cannot read does.
type flakyLexer struct {
	chroma.Lexer
	flaky  []int // Error tokens added by each of the first tries
	broken bool
	tries  int
}

func (l *flakyLexer) Tokenise(opts *chroma.TokeniseOptions, text string) (chroma.Iterator, error) {
	it, err := l.Lexer.Tokenise(opts, text)
	if err != nil {
		return nil, err
	}
	tokens := it.Tokens()
	bad := 0
	if l.tries < len(l.flaky) {
		bad = l.flaky[l.tries]
	}
	l.tries++
	for i := range tokens {
		if i < bad || l.broken && i == 0 {
			tokens[i].Type = chroma.Error
		}
	}
	return chroma.Literator(tokens...), nil
}

func TestTokeniseOutlastsTimeouts(t *testing.T) {
	const code = "def f(x):\n    return x + 1\n"
	it, err := lexers.Get("python").Tokenise(nil, code)
	if err != nil {
		t.Fatal(err)
	}
	clean := it.Tokens()
	for _, tc := range []struct {
		name      string
		flaky     []int
		broken    bool
		wantTries int
		wantClean bool
	}{
		{"clean", nil, false, 1, true},
		{"one timeout", []int{2}, false, 2, true},
		{"two timeouts", []int{3, 1}, false, 3, true},
		{"broken code", nil, true, 2, false},
		{"broken code and a timeout", []int{2}, true, 3, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := &flakyLexer{Lexer: lexers.Get("python"), flaky: tc.flaky, broken: tc.broken}
			got, err := tokenise(l, code)
			if err != nil {
				t.Fatal(err)
			}
			if l.tries != tc.wantTries {
				t.Errorf("tokenise tried %d times, want %d", l.tries, tc.wantTries)
			}
			if slices.Equal(got, clean) != tc.wantClean {
				t.Errorf("tokenise = %v, want the clean tokens %v: %v", got, clean, tc.wantClean)
			}
			errs := 0
			for _, tok := range got {
				if tok.Type == chroma.Error {
					errs++
				}
			}
			if want := map[bool]int{true: 1, false: 0}[tc.broken]; errs != want {
				t.Errorf("tokenise kept %d Error tokens, want %d", errs, want)
			}
		})
	}
}
