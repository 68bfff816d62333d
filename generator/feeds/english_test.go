package feeds

import "github.com/paperboy-digest/paperboy/generator/i18n"

// english is the built-in theme's English, which the tests' feeds use.
var english = func() *i18n.Catalog {
	c, err := i18n.Builtin("en")
	if err != nil {
		panic(err)
	}
	return c
}()
