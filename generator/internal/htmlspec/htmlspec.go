// Package htmlspec holds what the HTML standard says of elements that
// more than one check of Paperboy's needs.
package htmlspec

import "golang.org/x/net/html/atom"

// void are the elements that have no end tag.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true, atom.Img: true,
	atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// Void reports whether the element a has no end tag (<br>, <img>): the
// checks of unclosed elements, of pages and of translation messages,
// open nothing for it.
func Void(a atom.Atom) bool { return void[a] }
