package generator

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/imagesize"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// mimeTypes are the MIME types of the formats imagesize.Format names.
var mimeTypes = map[string]string{"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WebP": "image/webp"}

// homeIconImages reads the home-screen icons the web app manifest lists
// (cfg.HomeIcons but iOS's) from theme, the site's theme folders over
// the built-in one, for the manifest to declare each as it is
// (model.Config.HomeIconImages): Chrome refuses an icon whose declared
// size or type is not its own, and a theme's icon-192.png saved at 64×64
// was declared 192×192 with no word. Such an icon is warned of at its
// file, naming what it is; one that is no image is left out of the
// manifest, and warned of too.
func homeIconImages(theme themefs.Stack, cfg *model.Config) (map[string]model.IconImage, []Problem) {
	images := map[string]model.IconImage{}
	var warn []Problem
	for _, name := range cfg.HomeIcons {
		side, ok := strings.CutPrefix(strings.TrimSuffix(name, ".png"), "icon-")
		if !ok {
			continue // apple-touch-icon.png, which the pages link
		}
		want, _ := strconv.Atoi(side)
		origin := theme.Origin("static/" + name)
		img, err := readIcon(theme, "static/"+name)
		if err != nil {
			warn = append(warn, Problem{Kind: "image", Path: origin, Msg: fmt.Sprintf("%s, so the web app manifest leaves it out and a phone has no %d×%d icon to add the site to its home screen by; "+
				"save a %d×%d PNG image as %s", err, want, want, want, want, name)})
			continue
		}
		images[name] = img
		if img.Width != want || img.Height != want || img.Type != "image/png" {
			warn = append(warn, Problem{Kind: "image", Path: origin, Msg: fmt.Sprintf("is a %s image of %d×%d pixels, not the %d×%d PNG its name says; the web app manifest declares it as it is, "+
				"and Android wants a %d×%d icon to add the site to its home screen (Chrome refuses one declared otherwise); save a %d×%d PNG image as %s",
				formatName(img.Type), img.Width, img.Height, want, want, want, want, want, want, name)})
		}
	}
	return images, warn
}

// readIcon reads the size and type of the image name in theme, or why it
// is none.
func readIcon(theme themefs.Stack, name string) (model.IconImage, error) {
	f, err := theme.Open(name)
	if err != nil {
		return model.IconImage{}, fmt.Errorf("cannot be read (%v)", err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	head, _ := r.Peek(12)
	size, err := imagesize.Read(name, r)
	if err != nil {
		return model.IconImage{}, err
	}
	return model.IconImage{Width: size.Width, Height: size.Height, Type: mimeTypes[imagesize.Format(head)]}, nil
}

// formatName is the name of the format of the MIME type typ ("PNG").
func formatName(typ string) string {
	for name, t := range mimeTypes {
		if t == typ {
			return name
		}
	}
	return typ
}
