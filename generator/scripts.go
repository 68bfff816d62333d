package generator

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// mismatchedLanguage warns in warn of the paper p whose language: is
// written in another script than its title and abstract are
// (textutil.Mismatch): `language: kr`, Kanuri, in Latin letters, on a
// Korean title, where Korean is ko; its pages would mark the Korean as
// Kanuri for screen readers and fonts. It runs once p's abstract is
// rendered.
func mismatchedLanguage(path string, p *model.Paper, warn *[]Problem) {
	if p.Language == "" {
		return
	}
	script, tag, example := textutil.Mismatch(p.Language, p.Title+"\n"+p.AbstractText())
	if script == "" {
		return
	}
	if t, _, _ := textutil.Mismatch(p.Language, p.Title); t == "" {
		return // a title in the language (a Chinese title above an English abstract): it is the title's
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: cmp.Or(p.LanguageLine, p.Line), Msg: fmt.Sprintf(
		"language %q is written in %s, but the title and abstract are in %s; write the language they are in, %s",
		p.Language, languageScript(p.Language), scriptWords(script), textutil.LanguageHint(tag, example))})
}

// foreignScripts notes each paper with no language: whose title and
// abstract are in another script than the site's paperLanguage is
// written in (a Russian title on an English site): its pages mark them
// with the site's language, so a screen reader reads Russian with an
// English voice; language: marks them right.
func foreignScripts(site *model.Site) []Problem {
	var out []Problem
	lang := site.Config.PaperLanguage
	for _, p := range site.Papers {
		if p.Language != "" {
			continue
		}
		script, tag, example := textutil.Mismatch(lang, p.Title+"\n"+p.AbstractText())
		if script == "" {
			continue
		}
		out = append(out, Problem{Kind: "note", Path: p.Source, Line: cmp.Or(p.TitleLine, p.Line), Msg: fmt.Sprintf(
			"the title and abstract are in %s, but the paper has no language: and the site's paperLanguage is %s, so its pages give them that language; add the one they are in, %s",
			scriptWords(script), lang, textutil.LanguageHint(tag, example))})
	}
	return out
}

// languageScript names the script the language with tag lang is
// written in, as in "written in Latin letters".
func languageScript(lang string) string {
	scripts, _ := textutil.LanguageScripts(lang)
	switch {
	case len(scripts) == 0:
		return "another script"
	case scripts[0] == "Han" && len(scripts) > 1:
		return "kanji and kana"
	case scripts[0] == "Hangul":
		return "Hangul"
	}
	return scriptWords(scripts[0])
}

// scriptWords names a script as textutil.TextLanguage does, in a
// sentence: "Latin letters", "Cyrillic", "Han (Chinese characters)".
func scriptWords(script string) string {
	switch script {
	case "Latin":
		return "Latin letters"
	case "Japanese":
		return "kanji and kana"
	case "Han":
		return "Han (Chinese characters)"
	}
	return strings.TrimSpace(script)
}
