package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// COinS returns the paper as an OpenURL ContextObject in KEV form, the
// title of a COinS span (<span class="Z3988" title="…">): a page with
// two or more such spans is one Zotero offers to save whole, one item a
// span (zotero/translators COinS.js, through zotero/utilities
// parseContextObject). It holds only what parseContextObject reads:
//
//   - the type: a preprint is Dublin Core (rft_val_fmt …:mtx:dc) with
//     rft.type=preprint, which Zotero takes as its item type, and the
//     repository (arXiv, bioRxiv, medRxiv: Server) as rft.publisher; a
//     paper in a journal, or any other, is a journal article (…:mtx:journal, rft.atitle, rft.jtitle,
//     rft.volume, rft.issue), as Zotero saves it from the paper's page;
//     one at a conference is a conference paper (…:mtx:book with
//     rft.genre=proceeding, rft.atitle, rft.btitle).
//   - an rft.au for each author, at most MaxAuthors, "Last, First" as
//     citation_author has it (Name.Inverted): Zotero's cleanAuthor splits
//     a name with a comma at it, and takes a group's, which ends in one,
//     whole as its family name. No rft.aulast and rft.aufirst: Zotero
//     adds them as one more author unless an rft.au has the same family
//     name and a given name they begin, which a group has not.
//   - rft.date, Date's as ISO 8601 (2017-06-12, or 2014-09 from an arXiv
//     id), rft.pages, and two rft_id: the DOI (info:doi/…) and URL's
//     address.
//
// No abstract and no topics: Zotero reads them from the paper's page,
// and the spans are on every day page. Values are percent-encoded only
// where KEV or the HTML attribute needs it (kevEscape), so the span is
// valid HTML with its ampersands bare, and a name in another script
// takes its UTF-8 bytes, not three times as many. A + in a title is
// %2B, which Zotero reads as a space (it decodes both as one).
func COinS(p *model.Paper, page string) string {
	var b strings.Builder
	b.Grow(256 + 32*min(len(p.Authors), MaxAuthors))
	b.WriteString("ctx_ver=Z39.88-2004")
	kv := func(key, value string) {
		if value != "" {
			b.WriteByte('&')
			b.WriteString(key)
			b.WriteByte('=')
			kevEscape(&b, value)
		}
	}
	title := tex.UnicodeText(p.Title)
	switch {
	case Preprint(p):
		b.WriteString("&rft_val_fmt=info:ofi/fmt:kev:mtx:dc&rft.type=preprint")
		kv("rft.title", title)
		kv("rft.publisher", Server(p))
	case entryType(p) == "inproceedings":
		b.WriteString("&rft_val_fmt=info:ofi/fmt:kev:mtx:book&rft.genre=proceeding")
		kv("rft.atitle", title)
		kv("rft.btitle", p.Conference)
	default:
		b.WriteString("&rft_val_fmt=info:ofi/fmt:kev:mtx:journal")
		kv("rft.atitle", title)
		kv("rft.jtitle", p.Journal)
		kv("rft.volume", p.Volume)
		kv("rft.issue", p.Issue)
	}
	for _, a := range p.Authors[:min(len(p.Authors), MaxAuthors)] {
		kv("rft.au", Split(a).Inverted())
	}
	kv("rft.date", strings.ReplaceAll(Date(p), "/", "-"))
	kv("rft.pages", strings.ReplaceAll(p.Pages, "–", "-"))
	if d := DOI(p); d != "" {
		kv("rft_id", "info:doi/"+d)
	}
	kv("rft_id", URL(p, page))
	return b.String()
}

// kevEscape writes value to b percent-encoded where a KEV value must be:
// the characters that end or split a key=value pair or change its
// decoding (% & = + #, and ; too, which some query parsers, Go's among
// them, take for &), those that end an HTML attribute (" < >), white
// space (a space is +) and control characters. Other characters, those
// of other scripts among them, are written as they are.
func kevEscape(b *strings.Builder, value string) {
	for i := 0; i < len(value); {
		c := value[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				b.WriteByte('+')
			case c < ' ' || c == 0x7f || strings.IndexByte(`%&;=+#"<>`, c) >= 0:
				textutil.Percent(b, c)
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(value[i:])
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.IsSpace(r) {
			for _, c := range []byte(value[i : i+n]) {
				textutil.Percent(b, c)
			}
		} else {
			b.WriteString(value[i : i+n])
		}
		i += n
	}
}
