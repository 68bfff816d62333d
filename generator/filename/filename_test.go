package filename

import (
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	for _, tt := range []struct {
		in   string
		md   bool
		stem string
	}{
		{"content/days/2024-05-27.md", true, "2024-05-27"},
		{"content/days/2024-05-27.MD", true, "2024-05-27"},
		{"1706.03762.Md", true, "1706.03762"},
		{"notes.markdown", false, "notes.markdown"},
		{"README.txt", false, "README.txt"},
		{"md", false, "md"},
	} {
		if got := IsMarkdown(tt.in); got != tt.md {
			t.Errorf("IsMarkdown(%q) = %v, want %v", tt.in, got, tt.md)
		}
		if got := Stem(tt.in); got != tt.stem {
			t.Errorf("Stem(%q) = %q, want %q", tt.in, got, tt.stem)
		}
	}
}

func TestFold(t *testing.T) {
	for _, tt := range [][2]string{
		{"Logo.svg", "logo.svg"},
		{"ΟΔΥΣΣΕΥΣ", "οδυσσευς"},
		{"cafe\u0301", "café"},
		{"SITEMAP.xml", "sitemap.xml"},
	} {
		if a, b := Fold(tt[0]), Fold(tt[1]); a != b {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q, want them equal", tt[0], a, tt[1], b)
		}
	}
	if Fold("logo.svg") == Fold("logo.png") {
		t.Errorf("Fold(logo.svg) = Fold(logo.png)")
	}
}

func TestNamesAdd(t *testing.T) {
	n := Names{}
	for _, tt := range []struct{ add, mine, theirs string }{
		{"static/archive/index.html", "", ""},
		{"static/archive/index.html", "", ""},
		{"static/Archive/a.png", "static/Archive", "static/archive"},
		{"static/logo.svg", "", ""},
		{"static/Logo.svg", "static/Logo.svg", "static/logo.svg"},
		{"static/img/x.png", "", ""},
	} {
		if mine, theirs := n.Add(tt.add); mine != tt.mine || theirs != tt.theirs {
			t.Errorf("Add(%q) = %q, %q, want %q, %q", tt.add, mine, theirs, tt.mine, tt.theirs)
		}
	}
}

func TestUnportable(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"CON.md", "is a reserved device name on Windows"},
		{"com0", "is a reserved device name on Windows"},
		{"a:b.md", `holds ':', which Windows does not allow in file names`},
		{"what?.md", `holds '?', which Windows does not allow in file names`},
		{"Icon\r", `holds '\r', which Windows does not allow in file names`},
		{"trailing dot.", "ends in a dot or a space, which Windows drops from file names"},
		{"space.md ", "ends in a dot or a space, which Windows drops from file names"},
		{"2405.00001.md", ""},
		{"café.svg", ""},
		{"console.md", ""},
	} {
		if got := Unportable(tt.in); got != tt.want {
			t.Errorf("Unportable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJunk(t *testing.T) {
	for _, s := range []string{".DS_Store", "._logo.svg", "Thumbs.db", "thumbs.db", "desktop.ini", "Desktop.ini", "Icon\r", "logo.svg:Zone.Identifier", "~$notes.docx", "4913"} {
		if !Junk(s) {
			t.Errorf("Junk(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"logo.svg", "Icon", "icon.svg", "thumbs.db.md", "_index.md", "4913.md", "49130"} {
		if Junk(s) {
			t.Errorf("Junk(%q) = true, want false", s)
		}
	}
}

// TestBackupFile: a .bak copy and nano's .save are backups, skipped by a
// build (Junk) and named by check to be deleted; names that only hold
// the words are not.
func TestBackupFile(t *testing.T) {
	for _, tt := range []struct {
		name, want string
	}{
		{"2506.10001.md.bak", "a backup copy of 2506.10001.md (.bak)"},
		{"site.yaml.BAK", "a backup copy of site.yaml (.bak)"},
		{"2506.10001.md.save", "the copy nano saves of a file it was editing when it was killed or its terminal closed (.save)"},
		{"2506.10001.md.save.1", "the copy nano saves of a file it was editing when it was killed or its terminal closed (.save)"},
		{".bak", ""},
		{".save", ""},
		{"bak.md", ""},
		{"save.png", ""},
		{"2506.10001.md", ""},
	} {
		if got := BackupFile(tt.name); got != tt.want || Junk(tt.name) != (tt.want != "") || Leftover(tt.name) != tt.want {
			t.Errorf("BackupFile(%q) = %q, Junk %v, Leftover %q, want %q", tt.name, got, Junk(tt.name), Leftover(tt.name), tt.want)
		}
	}
}

// TestMergeLeftover: git mergetool's backup of a conflicted file and the
// copies of its sides are told apart from sources, which may have
// "orig" or "base" in their names.
func TestMergeLeftover(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"2506.10001.md.orig", true},
		{"custom.css.orig", true},
		{"2506.10001_BASE_1234.md", true},
		{"2506.10001_LOCAL_1234.md", true},
		{"2506.10001_REMOTE_99.md", true},
		{"2506.10001_BACKUP_1234.md", true},
		{"Makefile_BASE_1234", true},
		{".orig", false},
		{"orig.md", false},
		{"2506.10001.md", false},
		{"database_BASE_notes.md", false},
		{"2506.10001_base_1234.md", false},
	} {
		if got := MergeLeftover(tt.name) != ""; got != tt.want || Junk(tt.name) != tt.want {
			t.Errorf("MergeLeftover(%q) = %q, Junk %v, want a leftover %v", tt.name, MergeLeftover(tt.name), Junk(tt.name), tt.want)
		}
	}
}

func TestCaseOnly(t *testing.T) {
	for _, tt := range []struct{ a, b, x, y string }{
		{"Archive/a.png", "archive/index.html", "Archive", "archive"},
		{"Index.html", "index.html", "Index.html", "index.html"},
		{"img/Logo.svg", "img/logo.svg", "img/Logo.svg", "img/logo.svg"},
		{"img/logo.svg", "img/logo.svg", "", ""},
		{"img/logo.svg", "css/Img/logo.svg", "", ""},
		{"archive", "archive/index.html", "", ""},
	} {
		if x, y := CaseOnly(tt.a, tt.b); x != tt.x || y != tt.y {
			t.Errorf("CaseOnly(%q, %q) = %q, %q, want %q, %q", tt.a, tt.b, x, y, tt.x, tt.y)
		}
	}
}

// TestClash: two names that differ in their Unicode form alone (résumé
// composed, and decomposed as macOS saves it) are told so, not as a
// difference in letter case, which they do not have.
func TestClash(t *testing.T) {
	nfc, nfd := "r\u00e9sum\u00e9.md", "re\u0301sume\u0301.md"
	for _, tt := range []struct{ a, b, want string }{
		{"Logo.svg", "logo.svg", "Logo.svg and logo.svg differ only in letter case, so macOS and Windows would hold them as one file"},
		{nfc, nfd, nfc + " and " + nfd + " are one name written in two Unicode forms: the first has each accented letter as one character (é), the second as a letter and a combining accent (e and ´), as macOS saves names; they print alike, and macOS would hold them as one file"},
		{nfd, nfc, nfd + " and " + nfc + " are one name written in two Unicode forms: the first has each accented letter as a letter and a combining accent (e and ´), as macOS saves names, the second as one character (é);"},
		{"R\u00e9sum\u00e9.md", nfd, " differ in letter case and in Unicode form: the first has each accented letter as one character (é)"},
		{"Re\u0301sume\u0301.md", nfd, " differ only in letter case, so macOS and Windows"},
	} {
		if got := Clash(tt.a, tt.b); !strings.Contains(got, tt.want) {
			t.Errorf("Clash(%+q, %+q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestIsImage(t *testing.T) {
	for name, want := range map[string]bool{
		"figures/loss.png": true, "a.JPEG": true, "x/y.webp": true, "logo.svg": true, "a.avif": true,
		"data.csv": false, "notes.md": false, "png": false, "a.png.txt": false, "": false,
	} {
		if got := IsImage(name); got != want {
			t.Errorf("IsImage(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestCopyOf: the names browsers, phones and file managers give a second
// copy of a file lead to the file's own; other names to none.
func TestCopyOf(t *testing.T) {
	for name, want := range map[string]string{
		"content/days/2024-06-03 (1).md":    "content/days/2024-06-03.md",
		"content/pages/about (12).md":       "content/pages/about.md",
		"content/pages/about(2).md":         "content/pages/about.md",
		"content/papers/2401.00001 copy.md": "content/papers/2401.00001.md",
		"content/papers/x copy 2.md":        "content/papers/x.md",
		"content/pages/about - Copy.md":     "content/pages/about.md",
		"content/pages/about - Copy (2).md": "content/pages/about.md",
		"figures/Loss (1).PNG":              "figures/Loss.PNG",
		"content/pages/about.md":            "",
		"content/pages/copy.md":             "",
		"content/pages/(1).md":              "",
		"content/pages/hard-copy.md":        "",
		"content/days/2024-06-03.md":        "",
	} {
		if got := CopyOf(name); got != want {
			t.Errorf("CopyOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestUnshownImage: a phone's HEIC photo and a scanner's TIFF, which most
// browsers cannot show, are told by their extensions in any letter case.
func TestUnshownImage(t *testing.T) {
	for name, want := range map[string]string{
		"content/papers/IMG_0042.HEIC": "HEIC", "a.heif": "HEIF", "scan.tif": "TIFF", "Scan.TIFF": "TIFF",
		"photo.jpg": "", "fig.png": "", "heic": "", "a.heic.png": "",
	} {
		if got := UnshownImage(name); got != want {
			t.Errorf("UnshownImage(%q) = %q, want %q", name, got, want)
		}
	}
}
