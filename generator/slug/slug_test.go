package slug

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestWindowsReserved: every device name Windows keeps, in any case and
// with an extension, and no ordinary word.
func TestWindowsReserved(t *testing.T) {
	for _, s := range []string{"con", "CON", "nul.md", "Aux", "prn", "com1", "COM5", "lpt9", "LPT0", "com¹", "conin$"} {
		if !WindowsReserved(s) {
			t.Errorf("%q is reserved", s)
		}
	}
	for _, s := range []string{"cone", "com", "com10", "lpt", "console", "nul-hypothesis", "2405.00001"} {
		if WindowsReserved(s) {
			t.Errorf("%q is not reserved", s)
		}
	}
}

// TestUnaccented: accents of Latin and Greek letters, composed or
// decomposed, are dropped, and the Latin letters that are not a letter
// with a mark are as an ASCII spelling writes them; Cyrillic ё is е, and
// other marks that make a letter of its own (Й) stay.
func TestUnaccented(t *testing.T) {
	for in, want := range map[string]string{
		"José García":    "Jose Garcia",
		"Mu\u0308ller":   "Muller",
		"Łukasz Kaiser":  "Lukasz Kaiser",
		"Søren Straße":   "Soren Strasse",
		"Žan Žižek":      "Zan Zizek",
		"Nguyễn Văn Đức": "Nguyen Van Duc",
		"Иван Йорданов":  "Иван Йорданов",
		"Пётр Фёдоров":   "Петр Федоров",
		"Οδυσσέας":       "Οδυσσεας",
		"Ada Lovelace":   "Ada Lovelace",
		"佐藤 健":           "佐藤 健",
		// Every letter of LetterSpellings, in both cases.
		"Þórður Ægir Œuvre Ħal Đorđe Ðóra Yılmaz Straße": "THordur AEgir OEuvre Hal Dorde Dora Yilmaz Strasse",
		"Ŧŧ ĸ Ƒƒ Øø Łł":                                  "Tt k Ff Oo Ll",
	} {
		if got := Unaccented(in); got != want {
			t.Errorf("Unaccented(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMakeCase: a name gives the slug its lower-case spelling gives, also
// where only the lower-case letter has a precomposed form (ẙ, U+1E99).
// TestMakeWidth: a name typed with a Japanese or Chinese input method's
// full-width letters, or half-width katakana, has the slug of the name
// typed otherwise.
func TestMakeWidth(t *testing.T) {
	for in, want := range map[string]string{
		"Ｖｉｓｉｏｎ":      "vision",
		"Ｊｏｈｎ　Ｓｍｉｔｈ":  "john-smith",
		"ＧＰＴ－４":       "gpt-4",
		"ｶﾀｶﾅ":        "カタカナ",
		"山田　太郎":       "山田-太郎",
		"Schrödinger": "schrödinger",
	} {
		if got := Make(in); got != want {
			t.Errorf("Make(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMakeCase(t *testing.T) {
	for _, name := range []string{"Ÿ̊ngve", "Y\u030angve Ström", "ÅSA", "A\u030aSA"} {
		if got, want := Make(name), Make(strings.ToLower(name)); got != want {
			t.Errorf("Make(%q) = %q, want %q, as Make(%q)", name, got, want, strings.ToLower(name))
		}
	}
}

// FuzzMake: any name, valid UTF-8 or not, makes a slug of lower-case
// letters, digits and marks joined by single hyphens, which is its own
// slug, and Shorten keeps it a slug within its bound.
func FuzzMake(f *testing.F) {
	for _, s := range []string{"Schrödinger", "Large Language Models", "  -a--b- ", "İstanbul", "ǅemal", "a\u0301", "\u0301a", "\xff", "日本語の論文", "Ⅻ ⓐ ﬁ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		s := Make(name)
		if !utf8.ValidString(s) || strings.HasPrefix(s, "-") || strings.HasSuffix(s, "-") || strings.Contains(s, "--") {
			t.Fatalf("Make(%q) = %q", name, s)
		}
		for _, r := range s {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
				t.Fatalf("Make(%q) = %q, which has %q", name, s, r)
			}
		}
		if again := Make(s); again != s {
			t.Fatalf("Make(%q) = %q, whose slug is %q", name, s, again)
		}
		if short := Shorten(s, 7); len(short) > 7 || strings.HasSuffix(short, "-") || !utf8.ValidString(short) || !strings.HasPrefix(s, short) {
			t.Fatalf("Shorten(%q, 7) = %q", s, short)
		}
	})
}

// TestSpelled: a name's signs that Make drops are spelt as words, so the
// slug given for C++ is not C's nor C#'s, and Q*'s not Q's.
func TestSpelled(t *testing.T) {
	for name, want := range map[string]string{
		"C++": "c-plus-plus", "C#": "c-sharp", "F#": "f-sharp", "Q*": "q-star", "A*": "a-star",
		"x@y": "x-at-y", `A\B`: "a-backslash-b", "Diffusion models": "diffusion-models", "TD(λ)": "td-λ",
	} {
		if got := Spelled(name); got != want {
			t.Errorf("Spelled(%q) = %q, want %q", name, got, want)
		}
		if strings.ContainsFunc(name, Symbol) == (Make(name) == want) {
			t.Errorf("Symbol in %q = %v, but Make gives %q and Spelled %q", name, strings.ContainsFunc(name, Symbol), Make(name), want)
		}
	}
}
