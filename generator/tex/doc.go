// Package tex turns the TeX that arXiv abstracts carry into HTML-ready text,
// with no JavaScript at read time.
//
// MathML takes the TeX source of one math span (the text between $…$ or
// $$…$$, delimiters excluded) and returns a MathML Core <math> element: the
// presentation markup in one <mrow>, the source kept in alttext (not in an
// annotation too, which a browser without MathML would print beside it). It covers what real abstracts
// use — Greek letters, scripts and primes, fractions, roots, big operators
// with limits, named functions, font commands, accents, \left…\right
// fences, \text, spacing, the common matrix-like environments, \boxed,
// \cancel and \color (as classes the theme draws: MathML Core has no
// <menclose>, and no one colour reads on light and dark pages), phantoms,
// \substack and siunitx's quantities. Anything it
// does not understand (an unknown command, unbalanced braces, nesting deeper
// than MaxDepth, a source longer than MaxInput bytes) yields the source
// itself, escaped and wrapped as <code class="math-fallback">$…$</code>.
// MathML never fails and never panics; its output is always valid UTF-8 with
// every character of the input escaped for HTML text and attributes.
//
// Plain normalises the TeX-isms arXiv leaves in the prose of an abstract
// (escaped percent signs, accents such as \"o, dashes, “quotes”, \emph,
// \url, \href, ties …) into Markdown source for goldmark. A tie is a lone ~
// between two characters that are not white space; other tildes are left
// to Markdown, where ~~text~~ is strikethrough. It copies $…$ and $$…$$
// math spans, code spans, fenced and indented code blocks, raw <pre>
// blocks, bare URLs, autolinks and link destinations through unchanged, leaves text it does not recognise
// byte-identical and never introduces raw HTML.
//
// The package holds no mutable state: its symbol tables are read-only and
// every call works on its own parser.
package tex
