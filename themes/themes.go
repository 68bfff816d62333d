// Package themes embeds the built-in theme. A site overrides any of its
// files by putting a file at the same path under themes/<name>/ in the site
// folder and naming <name> in site.yaml.
package themes

import (
	"embed"
	"io/fs"
)

//go:embed default
var embedded embed.FS

// Default returns the built-in theme, rooted at its folder.
func Default() fs.FS {
	sub, err := fs.Sub(embedded, "default")
	if err != nil {
		panic(err) // the embedded folder always exists
	}
	return sub
}
