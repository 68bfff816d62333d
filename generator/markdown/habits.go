package markdown

import (
	"cmp"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark-emoji/definition"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// habit is a way of writing that another Markdown tool reads and
// CommonMark does not, which the page shows as written.
type habit struct {
	need string // the bytes every match holds, looked for first
	// inside lets a match touch a word: a footnote's mark follows one.
	inside bool
	re     *regexp.Regexp
	msg    func(m []string) string // the warning for a match's groups; "" lets it be
}

// noTOC is what to do with a table of contents' marker.
const noTOC = "remove the line (a page has no table of contents; its headings are the way through it)"

// tocOwner names the tools whose marker of a table of contents the
// marker is.
func tocOwner(marker string) string {
	switch m := strings.ToLower(marker); {
	case strings.HasPrefix(m, "$"):
		return "Typora's"
	case strings.HasPrefix(m, "[["):
		return "GitLab's and Azure DevOps'"
	}
	return "Python-Markdown's and MkDocs'"
}

// habits are the table of contents' markers of GitLab and Azure DevOps
// ([[_TOC_]]), Python-Markdown and MkDocs ([TOC]) and Typora (${toc}),
// Obsidian's wiki links, embeds, comments and highlights,
// pandoc's (and Quarto's, R Markdown's) citations, fenced divs and inline
// footnotes, and the emoji shortcodes that GitHub's preview and Slack
// show as emoji.
var habits = []habit{
	{"[[", false, regexp.MustCompile(`(!?)\[\[([^\[\]|#\n]*)(#[^\[\]|\n]*)?(?:\|([^\[\]\n]*))?\]\]`), wikiLink},
	{"[", false, regexp.MustCompile(`(?mi)^[ \t>]*(\[\[_?toc_?\]\]|\[toc\]|\$\{toc\})[ \t]*$`), func(m []string) string {
		return fmt.Sprintf("%s is %s marker of a table of contents, which Paperboy does not make, so the page shows it as written; %s", m[1], tocOwner(m[1]), noTOC)
	}},
	{"%%", false, regexp.MustCompile(`(?s)%%(.*?)%%`), func(m []string) string {
		return fmt.Sprintf("%s is Obsidian's comment, which Markdown does not hide, so the page shows it, %%%% and all; write <!-- %s --> to keep a note to yourself off the page", shorten(m[0]), strings.TrimSpace(shorten(m[1])))
	}},
	{"==", false, regexp.MustCompile(`==([^=\s](?:[^=\n]*[^=\s])?)==`), func(m []string) string {
		return fmt.Sprintf("%s is Obsidian's highlight, which Markdown does not have, so the page shows the equals signs; write **%s** to set it off", shorten(m[0]), m[1])
	}},
	{"@", true, regexp.MustCompile(`\[-?@[\p{L}\p{N}_][^\[\]\n]*\]`), func(m []string) string {
		return fmt.Sprintf("%s is a pandoc citation, which Markdown does not read, so the page shows it as written; link the paper instead: [Vaswani et al., 2017](1706.03762.md), its source's path relative to this one", m[0])
	}},
	{":::", false, regexp.MustCompile(`(?m)^ {0,3}:{3,}[ \t]*(\{[^}\n]*\}|[A-Za-z][\w-]*)[^\n]*$`), fencedDiv},
	{"^[", true, regexp.MustCompile(`\^\[([^\[\]\n]*\s[^\[\]\n]*)\]`), func(m []string) string {
		return fmt.Sprintf("%s is pandoc's inline footnote, which Markdown does not read, so the page shows it as written; write a footnote: [^1] here, and [^1]: %s on a line of its own", shorten(m[0]), shorten(m[1]))
	}},
	{"){", true, regexp.MustCompile(`(!?)\[[^\[\]\n]*\]\([^()\s]*(?:\s+"[^"\n]*")?\)(\{[^{}:\n][^{}\n]*\})`), func(m []string) string {
		what, hint := "link", "remove it: a link's class or target is the theme's"
		if m[1] == "!" {
			what, hint = "image", "remove it: an image is shown at its own size, at most the text's width (make the file smaller to show it smaller)"
		}
		return fmt.Sprintf("%s after the %s is a Pandoc or Quarto attribute, which Markdown does not read, so the page shows it as written; %s", m[2], what, hint)
	}},
	{"|", true, regexp.MustCompile(`!\[([^\[\]\n|]*)\|(\d+(?:x\d+)?)\]\(`), func(m []string) string {
		return fmt.Sprintf("|%s in ![%s|%s] is Obsidian's width for the image, which Markdown does not read: the image keeps its own size, and its description, which screen readers read, ends \"|%s\"; write ![%s], and make the file smaller to show it smaller", m[2], m[1], m[2], m[2], m[1])
	}},
	{":", false, regexp.MustCompile(`:([a-z0-9_+-]+):`), func(m []string) string {
		e, ok := githubEmoji().Get(m[1])
		if !ok || !e.IsUnicode() {
			return ""
		}
		return fmt.Sprintf("%s is an emoji's shortcode, which GitHub's preview shows as %s and the page shows as written; write %s itself", m[0], string(e.Unicode), string(e.Unicode))
	}},
}

// githubEmoji is the table of GitHub's emoji shortcodes.
var githubEmoji = sync.OnceValue(func() definition.Emojis { return definition.Github() })

// otherMarkdowns returns a warning for each place the source is written
// as another tool's Markdown reads it, which the page shows as written:
// Obsidian's [[wiki links]], ![[embeds]], %%comments%% and ==highlights==,
// pandoc's [@citations], ::: fenced divs and ^[inline notes], and emoji
// shortcodes (:rocket:). Each gives the Markdown to write. Code, math and
// HTML comments are let be, and so is a match that is a link's text
// ([@ada](…), [[1]](…)) or, but for a citation or a note, one inside a
// word (a:b:c, a base64 address's ==).
func (s *source) otherMarkdowns() []Hidden {
	var out []Hidden
	var verbatim ranges
	verbatimDone := false
	for _, h := range habits {
		if !strings.Contains(s.text, h.need) {
			continue
		}
		for _, loc := range h.re.FindAllStringSubmatchIndex(s.text, -1) {
			start, end := loc[0], loc[1]
			if after, _ := utf8.DecodeRuneInString(s.text[end:]); after == '(' || after == '[' || !h.inside && inWord(s.text, start, end) {
				continue
			}
			if !verbatimDone {
				verbatim, verbatimDone = s.verbatim(), true
			}
			if verbatim.contains(start) || verbatim.contains(end-1) {
				continue
			}
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = s.text[loc[2*i]:loc[2*i+1]]
				}
			}
			if msg := h.msg(m); msg != "" {
				out = append(out, Hidden{s.line(start), msg})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Hidden) int { return cmp.Compare(a.Line, b.Line) })
	return out
}

// inWord reports whether text[start:end] touches a letter or digit on
// either side: a:b:c, abc==.
func inWord(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return word(before) || word(after)
}

// wikiLink is the warning for Obsidian's [[target#heading|text]], or an
// embed, ![[figure.png]]: the Markdown link or image to write.
func wikiLink(m []string) string {
	embed, target, heading, label := m[1] == "!", strings.TrimSpace(m[2]), m[3], m[4]
	if target == "" || strings.Contains(target, ",") || strings.EqualFold(strings.Trim(target, "_"), "toc") {
		return "" // [[]], a nested list: [[1, 2]], or GitLab's [[_TOC_]], a marker
	}
	dest := target
	if ext := path.Ext(target); !strings.ContainsFunc(ext, unicode.IsLetter) {
		dest += ".md" // a note's name, 2401.00001 or Reading list
	}
	dest = strings.ReplaceAll(dest, " ", "%20") + strings.ReplaceAll(strings.ToLower(heading), " ", "-")
	if embed {
		return fmt.Sprintf("%s is Obsidian's embed, which Markdown does not read, so the page shows it as written; write ![what it shows](%s), the file's path relative to this one", m[0], dest)
	}
	return fmt.Sprintf("%s is a wiki link, Obsidian's, which Markdown does not read, so the page shows it as written; write [%s](%s), the path of the file it names relative to this one", m[0], cmp.Or(label, target), dest)
}

// shorten returns s with its runs of spaces one, and at most 40 runes
// of it, as a warning quotes it.
func shorten(s string) string { return textutil.Truncate(40, textutil.CollapseSpace(s)) }

// quartoCallouts are the alerts that show Quarto's callouts.
var quartoCallouts = map[string]string{"note": "NOTE", "tip": "TIP", "important": "IMPORTANT", "warning": "WARNING", "caution": "CAUTION"}

// fencedDiv is the warning for the opening line of pandoc's fenced div,
// ::: {.callout-note} or ::: warning: an alert where it is one of
// Quarto's callouts.
func fencedDiv(m []string) string {
	shown := "the page shows its lines of colons as text"
	name := strings.TrimPrefix(strings.Trim(m[1], "{}"), ".")
	if f := strings.Fields(name); len(f) > 0 {
		name = strings.TrimPrefix(f[0], ".")
	}
	if alert, ok := quartoCallouts[strings.TrimPrefix(name, "callout-")]; ok {
		return fmt.Sprintf("%s is Quarto's callout (pandoc's fenced div), which Markdown does not read, so %s; write it as an alert: > [!%s] on the first line, and > before each line of its text", strings.TrimSpace(m[0]), shown, alert)
	}
	return fmt.Sprintf("%s opens pandoc's fenced div, which Markdown does not read, so %s; take the ::: lines out, or make the block a quote (> before each line) or an alert (> [!NOTE])", strings.TrimSpace(m[0]), shown)
}
