package generator

import (
	"fmt"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/render"
)

// previewFormats is what to export a share image as, and at what size.
const previewFormats = "export it as PNG or JPEG (about 1200 × 630 pixels suits every network)"

// svgShareNotes are check's notes at each image: that is an SVG (site.yaml's,
// a paper's figure, a page's): the page shows it, but X, Facebook,
// LinkedIn and Slack show no SVG in a shared link's preview, so the
// pages share site.yaml's image in its place, or no picture
// (render.Shareable). Each says which, and what to export.
func svgShareNotes(site *model.Site) []Problem {
	cfg := site.Config
	instead := "no picture"
	if cfg.Image != "" && render.Shareable(cfg.Image) {
		instead = "site.yaml's image: in its place"
	}
	const unseen = "is an SVG, which X, Facebook, LinkedIn and Slack do not show in a shared link's preview"
	var out []Problem
	if cfg.Image != "" && !render.Shareable(cfg.Image) && cfg.ImageLine > 0 {
		out = append(out, Problem{Kind: "note", Path: cfg.Source, Line: cfg.ImageLine, Msg: fmt.Sprintf(
			"image: %s, so links to the site's pages show no picture; %s and write that here", unseen, previewFormats)})
	}
	for _, p := range site.Papers {
		if p.Image != "" && p.ImageLine > 0 && !render.Shareable(p.Image) {
			out = append(out, Problem{Kind: "note", Path: p.Source, Line: p.ImageLine, Msg: fmt.Sprintf(
				"this figure (image:) %s: its page shows it, but a link to its page (or its day's) shares %s; for the figure in previews, %s and write that in image:", unseen, instead, previewFormats)})
		}
	}
	for _, pg := range site.Pages {
		if pg.Image != "" && pg.ImageLine > 0 && !render.Shareable(pg.Image) {
			out = append(out, Problem{Kind: "note", Path: pg.Source, Line: pg.ImageLine, Msg: fmt.Sprintf(
				"this page's image: %s, so a link to it shares %s; %s and write that in image:", unseen, instead, previewFormats)})
		}
	}
	return out
}
