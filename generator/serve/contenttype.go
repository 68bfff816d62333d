package serve

import (
	"mime"
	"path"
	"strings"
)

// contentType returns the Content-Type header for a built file's path. Types
// the site generator emits are fixed here so responses do not depend on the
// machine's mime tables; anything else falls back to package mime. Feeds
// are served by their extension, as GitHub Pages serves them
// (application/xml, application/json), which a browser shows where it
// would download application/rss+xml.
func contentType(p string) string {
	ext := strings.ToLower(path.Ext(p))
	switch ext {
	case ".html", ".htm":
		return "text/html; charset=utf-8"
	case ".xml":
		return "application/xml"
	case ".json":
		return "application/json"
	case ".css":
		return "text/css; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".txt":
		return "text/plain; charset=utf-8"
	case ".bib":
		return "application/x-bibtex; charset=utf-8"
	case ".ris":
		return "application/x-research-info-systems; charset=utf-8"
	case ".webmanifest":
		return "application/manifest+json"
	case ".png":
		return "image/png"
	case ".jpg", ".jpeg":
		return "image/jpeg"
	case ".gif":
		return "image/gif"
	case ".webp":
		return "image/webp"
	case ".ico":
		return "image/x-icon"
	case ".woff2":
		return "font/woff2"
	case ".woff":
		return "font/woff"
	case ".pdf":
		return "application/pdf"
	case "":
		if path.Base(p) == "CNAME" {
			return "text/plain; charset=utf-8"
		}
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}
