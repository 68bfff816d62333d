package textutil

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// letterScripts are the scripts of languages whose letters an index
// groups by, by ISO 15924 code, the form a language tag names them in,
// each by its name in unicode.Scripts.
var letterScripts = map[string]string{
	"Latn": "Latin", "Grek": "Greek", "Cyrl": "Cyrillic", "Armn": "Armenian",
	"Geor": "Georgian", "Hebr": "Hebrew", "Arab": "Arabic", "Syrc": "Syriac",
	"Thaa": "Thaana", "Deva": "Devanagari", "Beng": "Bengali", "Guru": "Gurmukhi",
	"Gujr": "Gujarati", "Orya": "Oriya", "Taml": "Tamil", "Telu": "Telugu",
	"Knda": "Kannada", "Mlym": "Malayalam", "Sinh": "Sinhala", "Thai": "Thai",
	"Laoo": "Lao", "Mymr": "Myanmar", "Khmr": "Khmer", "Tibt": "Tibetan",
	"Ethi": "Ethiopic",
}

// mixedScripts are the scripts of the ISO 15924 codes that stand for
// several Unicode scripts written together: Japanese is kanji and kana,
// Korean Hangul and, now and then, hanja.
var mixedScripts = map[string][]string{
	"Jpan": {"Han", "Hiragana", "Katakana"}, "Kore": {"Hangul", "Han"},
	"Hans": {"Han"}, "Hant": {"Han"}, "Hani": {"Han"},
}

// OwnScript returns the script of the letters of the language with BCP
// 47 tag lang (Latin for en, Arabic for ar and fa), or nil for one whose
// script has no letters to group by (Chinese, Japanese, Korean); an
// unknown tag is English.
func OwnScript(lang string) *unicode.RangeTable {
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.English
	}
	script, _ := tag.Script()
	return unicode.Scripts[letterScripts[script.String()]]
}

// OwnScripts returns the scripts the language with BCP 47 tag lang is
// written in, for putting its own names first: as OwnScript, and Han
// and kana for ja, Han for zh, Hangul and Han for ko; an unknown tag is
// English.
func OwnScripts(lang string) []*unicode.RangeTable {
	var tables []*unicode.RangeTable
	for _, name := range languageScripts(lang, language.English) {
		tables = append(tables, unicode.Scripts[name])
	}
	return tables
}

// LanguageScripts returns the names (as in unicode.Scripts) of the
// scripts the language with BCP 47 tag lang is written in, and whether
// the tag says so for certain: ["Latin"] for en, ["Han", "Hiragana",
// "Katakana"] for ja, ["Cyrillic"] but not certain for sr, which is
// written in Latin too; ["Han"] and certain for zh, whose doubt between
// Simplified and Traditional is no doubt of its script; nil for a tag
// that does not parse or a script not known here.
func LanguageScripts(lang string) (scripts []string, certain bool) {
	tag, err := language.Parse(lang)
	if err != nil {
		return nil, false
	}
	_, conf := tag.Script()
	scripts = languageScripts(lang, language.Und)
	return scripts, conf >= language.High || slices.Equal(scripts, []string{"Han"})
}

// languageScripts is LanguageScripts' scripts, for the tag or, when it
// does not parse, for or.
func languageScripts(lang string, or language.Tag) []string {
	tag, err := language.Parse(lang)
	if err != nil {
		tag = or
	}
	script, _ := tag.Script()
	if s, ok := mixedScripts[script.String()]; ok {
		return s
	}
	if name := letterScripts[script.String()]; name != "" {
		return []string{name}
	}
	return nil
}

// Foreign is 0 when the first letter of s is of one of the scripts own
// (or s has none, or own is empty), else 1: a list sorted by it first
// puts the names in the site's own script before the others, as a
// reader of an Arabic site expects its Arabic topics first, and of a
// Japanese one its names in kanji and kana.
func Foreign(own []*unicode.RangeTable, s string) int {
	if len(own) == 0 {
		return 0
	}
	if i := strings.IndexFunc(s, unicode.IsLetter); i >= 0 {
		if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.In(r, own...) {
			return 1
		}
	}
	return 0
}

// commonScripts are the scripts ScriptOf tries first, the ones paper
// titles and names are most often written in.
var commonScripts = []string{"Latin", "Han", "Hiragana", "Katakana", "Hangul", "Cyrillic", "Greek", "Arabic", "Hebrew", "Devanagari", "Thai"}

// ScriptOf returns the name of the script of the letter r, as in
// unicode.Scripts ("Latin", "Han", "Hangul"), or "" for a rune of none
// or of Common (digits, signs).
func ScriptOf(r rune) string {
	for _, name := range commonScripts {
		if unicode.Is(unicode.Scripts[name], r) {
			return name
		}
	}
	if r < utf8.RuneSelf {
		return ""
	}
	for name, table := range unicode.Scripts { // a rune is of one script at most
		if name != "Common" && name != "Inherited" && unicode.Is(table, r) {
			return name
		}
	}
	return ""
}

// Letters counts the letters of s by script (ScriptOf), and returns the
// counts and their sum.
func Letters(s string) (counts map[string]int, total int) {
	counts = map[string]int{}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if name := ScriptOf(r); name != "" {
			counts[name]++
			total++
		}
	}
	return counts, total
}

// scriptLanguages are the languages a script is written for, when most
// text in it is in one ("Hangul" is Korean), else an example the word
// "e.g." comes before (Cyrillic is Russian, Ukrainian, Bulgarian…).
var scriptLanguages = map[string]struct {
	tag     string
	example bool
}{
	"Hangul": {"ko", false}, "Hiragana": {"ja", false}, "Katakana": {"ja", false}, "Han": {"zh", false},
	"Greek": {"el", false}, "Hebrew": {"he", false}, "Thai": {"th", false}, "Georgian": {"ka", false},
	"Armenian": {"hy", false}, "Cyrillic": {"ru", true}, "Arabic": {"ar", true}, "Devanagari": {"hi", true},
	"Latin": {"en", true}, "Bengali": {"bn", true}, "Tamil": {"ta", false}, "Sinhala": {"si", false},
	"Khmer": {"km", false}, "Lao": {"lo", false}, "Myanmar": {"my", false},
}

// TextLanguage returns the script most letters of s are in (counts and
// total from Letters; "Japanese" for Han with kana among it, as one
// script) and the language that script suggests: the tag, and whether
// it is only an example (Cyrillic suggests e.g. ru) rather than the
// language nearly all text in it is in (Hangul's ko, kana's ja, Han
// alone's zh). "" when s has no letters or no script holds most.
func TextLanguage(counts map[string]int, total int) (script, tag string, example bool) {
	if total == 0 {
		return "", "", false
	}
	kana := counts["Hiragana"] + counts["Katakana"]
	if kana > 0 && (kana+counts["Han"])*2 > total {
		return "Japanese", "ja", false
	}
	names := make([]string, 0, len(counts))
	for name := range counts {
		names = append(names, name)
	}
	slices.Sort(names) // a tie is decided by name, never by map order
	top := slices.MaxFunc(names, func(a, b string) int { return counts[a] - counts[b] })
	if counts[top]*2 <= total {
		return "", "", false
	}
	l, ok := scriptLanguages[top]
	if !ok {
		return top, "", false
	}
	return top, l.tag, l.example
}

// Mismatch returns the script most letters of text are in, when the
// language with BCP 47 tag lang is not written in it (under a tenth of
// the letters are of lang's scripts), and the language that script
// suggests, as TextLanguage gives it: Hangul for text tagged kr, which
// is Kanuri (in Latin letters), where Korean is ko. A tag whose script
// is not certain (sr, in Cyrillic or Latin) is told only of a script
// that names one language other than its own (Hangul, kana, Greek). ""
// when they match, or when text has too few letters to tell.
func Mismatch(lang, text string) (script, tag string, example bool) {
	scripts, certain := LanguageScripts(lang)
	if scripts == nil {
		return "", "", false
	}
	counts, total := Letters(text)
	if total < 4 {
		return "", "", false
	}
	in := 0
	for _, s := range scripts {
		in += counts[s]
	}
	if in*10 >= total {
		return "", "", false
	}
	script, tag, example = TextLanguage(counts, total)
	base, _ := language.Make(lang).Base()
	if script == "" || tag == base.String() || !certain && (example || tag == "") {
		return "", "", false
	}
	return script, tag, example
}

// LanguageHint is the words that suggest tag for text in script, as
// Mismatch returns them: "`language: ko`", "e.g. `language: ru`", or
// "the tag of its language" when the script suggests none.
func LanguageHint(tag string, example bool) string {
	switch {
	case tag == "":
		return "the tag of its language"
	case example:
		return "e.g. `language: " + tag + "`"
	}
	return "`language: " + tag + "`"
}
