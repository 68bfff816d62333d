package markdown

import (
	"slices"
	"testing"
	"time"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
)

// slowLexer is Python's lexer on a busy machine: during each of its first
// tries that times out, regexp2's clock (clock) jumps a match's timeout,
// and the try's first tokens come out wrong: as Error tokens, or as
// another rule's tokens when one matches instead. broken marks the first
// token an Error on every try, as code chroma cannot read does.
type slowLexer struct {
	chroma.Lexer
	timeouts []int // tokens that each of the first tries gets wrong
	as       chroma.TokenType
	broken   bool
	clock    int64
	tries    int
}

func (l *slowLexer) Tokenise(opts *chroma.TokeniseOptions, text string) (chroma.Iterator, error) {
	it, err := l.Lexer.Tokenise(opts, text)
	if err != nil {
		return nil, err
	}
	tokens := it.Tokens()
	wrong := 0
	if l.tries < len(l.timeouts) {
		wrong = l.timeouts[l.tries]
		l.clock += regexpTicks(matchTimeout + 100*time.Millisecond)
	}
	l.clock += regexpTicks(time.Millisecond)
	l.tries++
	for i := range tokens {
		if i < wrong {
			tokens[i].Type = l.as
		}
		if l.broken && i == 0 {
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
		timeouts  []int
		as        chroma.TokenType
		broken    bool
		wantTries int
		wantClean bool
	}{
		{"clean", nil, chroma.Error, false, 1, true},
		{"one timeout", []int{2}, chroma.Error, false, 2, true},
		{"two timeouts", []int{3, 1}, chroma.Error, false, 3, true},
		{"a timeout another rule covers", []int{2}, chroma.Text, false, 2, true},
		{"broken code", nil, chroma.Error, true, 1, false},
		{"broken code and a timeout", []int{2}, chroma.Error, true, 2, false},
		{"slow code", []int{1, 1, 1, 1}, chroma.Text, false, maxTokenises, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := &slowLexer{Lexer: lexers.Get("python"), timeouts: tc.timeouts, as: tc.as, broken: tc.broken}
			c := newCodeRenderer()
			c.clock = func() int64 { return l.clock }
			got, err := c.tokenise(l, code)
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

// TestRegexpClock checks that regexpClock reads the clock chroma's matches
// time out on, in the ticks regexpTicks counts: a clock that never moves,
// or ticks longer than regexpTicks thinks, would let timeouts through,
// and shorter ones would tokenise code again for nothing.
func TestRegexpClock(t *testing.T) {
	// A match starts regexp2's clock, as each of chroma's does.
	it, err := lexers.Get("python").Tokenise(nil, "x = 1\n")
	if err != nil {
		t.Fatal(err)
	}
	it.Tokens()
	// Start just after the clock moves, so that it is not behind.
	for c := regexpClock(); regexpClock() == c; {
		time.Sleep(time.Millisecond)
	}
	start, began := regexpClock(), time.Now()
	const span = time.Second
	for regexpClock()-start < regexpTicks(span) {
		if time.Since(began) > 10*span {
			t.Fatalf("regexp2's clock moved %d ticks in %v, want %d in %v: regexpDeadline does not read it, or its ticks are longer than regexpTicks says", regexpClock()-start, 10*span, regexpTicks(span), span)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if elapsed := time.Since(began); elapsed < span/2 {
		t.Fatalf("regexp2's clock moved %d ticks in %v, want them to take %v: its ticks are shorter than regexpTicks says", regexpClock()-start, elapsed, span)
	}
}
