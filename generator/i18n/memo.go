package i18n

import (
	htmltemplate "html/template"
	"reflect"
	"sync"
	"sync/atomic"
)

// memo keeps what HTML rendered for the calls it has seen with a few
// arguments of plain values (whole numbers, strings and the like), which
// are most of a site's: a paper page's upvotes, its day's "Other papers
// of" and its neighbours' ranks, a list's page numbers. What a call
// renders depends only on the catalog, the message and those values, so
// a call seen before is a lookup, where running the message's template
// took a few microseconds: a 10,000-paper build ran 73,000 templates,
// 7,100 with the memo.
type memo struct {
	m sync.Map     // memoKey → htmltemplate.HTML
	n atomic.Int32 // entries put in m since it was last emptied, at most memoSize
}

// memoArgs and memoSize bound what memo keeps: calls of up to memoArgs
// arguments (a count or a value, or one or two name-value pairs), and
// memoSize of them at most: a 10,000-paper site makes 6,700 different
// ones, most of them a link's label holding a paper's title, seen once.
const (
	memoArgs = 4
	memoSize = 4096
)

// memoKey is a call of a message: its id and arguments, each of which is
// a value of a comparable kind (plainValue), compared with its type:
// template.HTML("&") is not the string "&", which HTML escapes. No
// argument is nil, so the slots left nil say how many there are.
type memoKey struct {
	id   string
	args [memoArgs]any
}

// key returns the key of the call of message id with args, or false when
// memo keeps no such call.
func (*memo) key(id string, args []any) (memoKey, bool) {
	k := memoKey{id: id}
	if len(args) == 0 || len(args) > memoArgs {
		return k, false
	}
	for i, a := range args {
		if !plainValue(a) {
			return k, false
		}
		k.args[i] = a
	}
	return k, true
}

// plainValue reports whether v is a boolean, a whole number or a string,
// of any type with such a kind: what it renders as (its String method's
// result too) depends on its value alone, which a map key compares. A
// pointer, whose value may change under it, and a float, whose NaN equals
// nothing, are not.
func plainValue(v any) bool {
	if v == nil {
		return false
	}
	switch reflect.TypeOf(v).Kind() {
	case reflect.Bool, reflect.String,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	}
	return false
}

// get returns what the call k rendered, if memo has it.
func (m *memo) get(k memoKey) (htmltemplate.HTML, bool) {
	h, ok := m.m.Load(k)
	if !ok {
		return "", false
	}
	return h.(htmltemplate.HTML), true
}

// put keeps h as what the call k renders. A full memo is emptied first:
// the calls that come again and again are soon back, the ones seen once
// (a link's label holding a paper's title) gone.
func (m *memo) put(k memoKey, h htmltemplate.HTML) {
	if m.n.Add(1) > memoSize {
		m.m.Clear()
		m.n.Store(1)
	}
	m.m.Store(k, h)
}
