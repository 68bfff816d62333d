package generator

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// removedCNAME warns when the site in former (the destination before the
// build) has a CNAME that the build, whose files are paths, does not
// write: GitHub Pages commits docs/CNAME when a custom domain is set for
// a branch deploy (and a curator may copy one into public/ by hand), and
// the build, which replaces the whole folder, deletes it, so the next
// push unpublishes the domain. It is not kept: a CNAME an earlier build
// wrote with domain: since taken out looks the same, and must go. The
// warning names the domain: to write, which writes the file every build.
// A --noindex preview writes no CNAME on purpose, and is let be.
func removedCNAME(former fs.FS, cfg *model.Config, paths map[string]bool) []Problem {
	const name = "CNAME"
	if former == nil || cfg.NoIndex || paths[name] {
		return nil
	}
	data, err := readFormer(former, name)
	if err != nil {
		return nil
	}
	domain := cnameDomain(data)
	write := fmt.Sprintf("`domain: %s`", domain)
	if domain == "" || len(domain) > 253 || strings.Trim(domain, "abcdefghijklmnopqrstuvwxyz0123456789.-") != "" {
		write = "the custom domain as `domain:` (e.g. `domain: papers.example.org`)" // not a host name
	}
	return []Problem{{Kind: "removed", Path: cfg.Source, Msg: fmt.Sprintf(
		"the output folder's %s (the custom domain GitHub Pages reads, set in Settings → Pages or copied in by hand) was not written by the build, which replaces the whole folder, so it is deleted and the next deploy drops the custom domain; "+
			"write %s in site.yaml, which writes %s on every build", name, write, name)}}
}

// cnameDomain is the domain a CNAME file names, as GitHub Pages reads
// it: the first line with text, lowercased, past a byte order mark and
// blank lines an editor may have left.
func cnameDomain(data []byte) string {
	text := strings.TrimSpace(string(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	domain, _, _ := strings.Cut(text, "\n")
	return strings.ToLower(strings.TrimSpace(domain))
}
