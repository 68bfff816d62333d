package cite

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want Name
	}{
		{"Ashish Vaswani", Name{Given: "Ashish", Family: "Vaswani"}},
		{"Xavier Ahmed Smith", Name{Given: "Xavier Ahmed", Family: "Smith"}},
		{"Ludwig van Beethoven", Name{Given: "Ludwig", Family: "van Beethoven"}},
		{"Jan van der Berg", Name{Given: "Jan", Family: "van der Berg"}},
		{"Luc Van Gool", Name{Given: "Luc", Family: "Van Gool"}},
		{"Quoc V. Le", Name{Given: "Quoc V.", Family: "Le"}},         // a particle last is the family name
		{"Le Song", Name{Given: "Le", Family: "Song"}},               // and first, a given name
		{"Xavier Y Smith", Name{Given: "Xavier Y", Family: "Smith"}}, // an initial, not "y"
		{"Charles de la Vallée Poussin", Name{Given: "Charles", Family: "de la Vallée Poussin"}},
		{"G. 't Hooft", Name{Given: "G.", Family: "'t Hooft"}},
		{"Gerard ’t Hooft", Name{Given: "Gerard", Family: "’t Hooft"}},
		{"Willem Jacob 's Gravesande", Name{Given: "Willem Jacob", Family: "'s Gravesande"}},
		{"Tim op den Brouw", Name{Given: "Tim", Family: "op den Brouw"}},
		{"José Ortega y Gasset", Name{Given: "José", Family: "Ortega y Gasset"}},
		{"Martin Luther King Jr.", Name{Given: "Martin Luther", Family: "King", Suffix: "Jr."}},
		{"Martin Luther King, Jr.", Name{Given: "Martin Luther", Family: "King", Suffix: "Jr."}},
		{"King, Jr., Martin Luther", Name{Given: "Martin Luther", Family: "King", Suffix: "Jr."}},
		{"King, Martin Luther, Jr.", Name{Given: "Martin Luther", Family: "King", Suffix: "Jr."}},
		{"Jean-Luc van der Berg Jr.", Name{Given: "Jean-Luc", Family: "van der Berg", Suffix: "Jr."}},
		{"John Smith III", Name{Given: "John", Family: "Smith", Suffix: "III"}},
		{"Davis Jr.", Name{Family: "Davis", Suffix: "Jr."}},
		{"Lovelace, Ada", Name{Given: "Ada", Family: "Lovelace"}},
		{"van Beethoven, Ludwig", Name{Given: "Ludwig", Family: "van Beethoven"}},
		{"Smith, John, PhD", Name{Given: "John, PhD", Family: "Smith"}}, // not a suffix: cut at the first comma
		{"  Łukasz   Kaiser ", Name{Given: "Łukasz", Family: "Kaiser"}},
		{"Plato", Name{Family: "Plato"}},
		{"OpenAI", Name{Family: "OpenAI"}},
		{"DeepSeek-AI", Name{Family: "DeepSeek-AI", Group: true}},
		{"ATLAS Collaboration", Name{Family: "ATLAS Collaboration", Group: true}},
		{"  ATLAS \t Collaboration ", Name{Family: "ATLAS Collaboration", Group: true}}, // spaced as a hand-written source may
		{"The CMS Collaboration", Name{Family: "The CMS Collaboration", Group: true}},
		{"Gemini Team", Name{Family: "Gemini Team", Group: true}},
		{"Gemini Team, Google", Name{Family: "Gemini Team, Google", Group: true}},
		{"Allen Institute for AI", Name{Family: "Allen Institute for AI", Group: true}},
		{"Acme, Inc.", Name{Family: "Acme, Inc.", Group: true}},
		{"Team , The", Name{Family: "Team, The", Group: true}}, // no space before a comma
		{"Smith , John", Name{Given: "John", Family: "Smith"}},
		{"BigScience Workshop consortium", Name{Family: "BigScience Workshop consortium", Group: true}},
		{"Teamwork Smith", Name{Given: "Teamwork", Family: "Smith"}}, // a whole word only
		// Companies and their labs, not "AI, Meta" or "DeepMind, Google".
		{"Meta AI", Name{Family: "Meta AI", Group: true}},
		{"Mistral AI", Name{Family: "Mistral AI", Group: true}},
		{"Google DeepMind", Name{Family: "Google DeepMind", Group: true}},
		{"Microsoft Research", Name{Family: "Microsoft Research", Group: true}},
		{"BigScience Workshop", Name{Family: "BigScience Workshop", Group: true}},
		{"Stability AI Labs", Name{Family: "Stability AI Labs", Group: true}},
		{"Qingyao Ai", Name{Given: "Qingyao", Family: "Ai"}}, // a family name: AI only in capitals
		// Irish and Scottish Gaelic particles, after the first word only.
		{"Niall Ó Murchadha", Name{Given: "Niall", Family: "Ó Murchadha"}},
		{"Niall O\u0301 Murchadha", Name{Given: "Niall", Family: "O\u0301 Murchadha"}}, // decomposed
		{"Aoife Ní Bhriain", Name{Given: "Aoife", Family: "Ní Bhriain"}},
		{"Máire Uí Bhriain", Name{Given: "Máire", Family: "Uí Bhriain"}},
		{"Brian Ua Néill", Name{Given: "Brian", Family: "Ua Néill"}},
		{"Saunders Mac Lane", Name{Given: "Saunders", Family: "Mac Lane"}},
		{"Pádraig Mac Aodha", Name{Given: "Pádraig", Family: "Mac Aodha"}},
		{"Seán Mc Carthy", Name{Given: "Seán", Family: "Mc Carthy"}},
		{"Catrìona Nic Dhòmhnaill", Name{Given: "Catrìona", Family: "Nic Dhòmhnaill"}},
		{"Nic Lane", Name{Given: "Nic", Family: "Lane"}},           // first, a given name
		{"Mac Smith", Name{Given: "Mac", Family: "Smith"}},         // first, a given name
		{"Ciara Mac", Name{Given: "Ciara", Family: "Mac"}},         // last, the family name
		{"John O Smith", Name{Given: "John O", Family: "Smith"}},   // an initial without its dot
		{"John O. Smith", Name{Given: "John O.", Family: "Smith"}}, // an initial
		{"Wei Ni Zhang", Name{Given: "Wei Ni", Family: "Zhang"}},   // Ni without its accent: a Chinese name
		{"Conor O'Brien", Name{Given: "Conor", Family: "O'Brien"}}, // one word
		{"Ó Murchadha, Niall", Name{Given: "Niall", Family: "Ó Murchadha"}},
		// A name in another script in parentheses is no part of the name cited.
		{"Hao Zhang (张浩)", Name{Given: "Hao", Family: "Zhang", Other: "张浩"}},
		{"Hao  Zhang(张浩) ", Name{Given: "Hao", Family: "Zhang", Other: "张浩"}},
		{"山田花子 (Hanako Yamada)", Name{Family: "山田花子", Other: "Hanako Yamada"}},
		{"山田 花子 (Hanako Yamada)", Name{Given: "花子", Family: "山田", Other: "Hanako Yamada"}},
		{"김민수 (Minsu Kim)", Name{Family: "김민수", Other: "Minsu Kim"}},
		{"山田 花子 (やまだ はなこ)", Name{Given: "花子", Family: "山田", Other: "やまだ はなこ"}}, // its reading
		{"Иван Петров (Ivan Petrov)", Name{Given: "Иван", Family: "Петров", Other: "Ivan Petrov"}},
		{"Ashish Vaswani (Google Brain)", Name{Given: "Ashish Vaswani (Google", Family: "Brain)"}}, // an affiliation, which the build warns of
		{"Ai Weiwei", Name{Given: "Ai", Family: "Weiwei"}},
		{"佐藤 健", Name{Given: "健", Family: "佐藤"}}, // family name first
		{"李 明", Name{Given: "明", Family: "李"}},
		{"王小明", Name{Family: "王小明"}},
		{"عبد الله بن سعيد", Name{Given: "عبد الله", Family: "بن سعيد"}}, // Arabic-script particles
		{"أحمد ابن خلدون", Name{Given: "أحمد", Family: "ابن خلدون"}},
		{"فاطمة بنت محمد", Name{Given: "فاطمة", Family: "بنت محمد"}},
		{"نصر حامد أبو زيد", Name{Given: "نصر حامد", Family: "أبو زيد"}},
		{"محمد ابو زيد", Name{Given: "محمد", Family: "ابو زيد"}},
		{"تميم آل ثاني", Name{Given: "تميم", Family: "آل ثاني"}},
		{"محمد بن راشد آل مكتوم", Name{Given: "محمد", Family: "بن راشد آل مكتوم"}},
		{"نورة القحطاني", Name{Given: "نورة", Family: "القحطاني"}}, // the article is part of the word
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Split(tt.in); got != tt.want {
				t.Errorf("Split(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
			if got := IsGroup(tt.in); got != tt.want.Group {
				t.Errorf("IsGroup(%q) = %v, want %v", tt.in, got, tt.want.Group)
			}
		})
	}
}

// TestHighwire: a citation_author is a name Zotero's Embedded Metadata
// translator splits as meant: "Last, First"; a group's name or a family
// name of several words alone ends in a comma, and a group's commas are
// left out; a paper's only author, whose family and given names both
// have a space, ends in a semicolon, so that Zotero does not take it for
// a list of two names.
func TestHighwire(t *testing.T) {
	tests := []struct {
		in          string
		alone, want string
	}{
		{"Ashish Vaswani", "Vaswani, Ashish", "Vaswani, Ashish"},
		{"Jan Hendrik van der Berg", "van der Berg, Jan Hendrik;", "van der Berg, Jan Hendrik"},
		{"José María Ortega y Gasset", "Ortega y Gasset, José María;", "Ortega y Gasset, José María"},
		{"Jan van der Berg", "van der Berg, Jan", "van der Berg, Jan"},
		{"Martin Luther King Jr.", "King, Martin Luther, Jr.", "King, Martin Luther, Jr."},
		{"Jean-Luc van der Berg Jr.", "van der Berg, Jean-Luc, Jr.", "van der Berg, Jean-Luc, Jr."},
		{"ATLAS Collaboration", "ATLAS Collaboration,", "ATLAS Collaboration,"},
		{"Acme, Inc.", "Acme Inc.,", "Acme Inc.,"},
		{"Gemini Team, Google", "Gemini Team Google,", "Gemini Team Google,"},
		{"Team , The", "Team The,", "Team The,"},
		{"Smith , John", "Smith, John", "Smith, John"},
		{"Plato", "Plato", "Plato"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n := Split(tt.in)
			if got := n.Highwire(true); got != tt.alone {
				t.Errorf("Split(%q).Highwire(true) = %q, want %q", tt.in, got, tt.alone)
			}
			if got := n.Highwire(false); got != tt.want {
				t.Errorf("Split(%q).Highwire(false) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLastFirst(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ashish Vaswani", "Vaswani, Ashish"},
		{"Aidan N. Gomez", "Gomez, Aidan N."},
		{"Xavier Ahmed Smith", "Smith, Xavier Ahmed"},
		{"Ludwig van Beethoven", "van Beethoven, Ludwig"},
		{"Jan van der Berg", "van der Berg, Jan"},
		{"Martin Luther King Jr.", "King, Martin Luther, Jr."},
		{"Martin Luther King, Jr.", "King, Martin Luther, Jr."},
		{"Jean-Luc van der Berg Jr.", "van der Berg, Jean-Luc, Jr."},
		{"Charles de la Vallée Poussin", "de la Vallée Poussin, Charles"},
		{"G. 't Hooft", "'t Hooft, G."},
		{"Davis Jr.", "Davis, Jr."},
		{"ATLAS Collaboration", "ATLAS Collaboration"},
		{"The CMS Collaboration", "The CMS Collaboration"},
		{"Gemini Team", "Gemini Team"},
		{"OpenAI", "OpenAI"},
		{"DeepSeek-AI", "DeepSeek-AI"},
		{"Erwin Schrödinger", "Schrödinger, Erwin"},
		{"Plato", "Plato"},
		{"Lovelace, Ada", "Lovelace, Ada"},
		{"  Łukasz   Kaiser ", "Kaiser, Łukasz"},
		{"عبد الله بن سعيد", "بن سعيد, عبد الله"},
		{"佐藤 健", "佐藤, 健"}, // family name first
		{"李 明", "李, 明"},
		{"やまだ はなこ", "やまだ, はなこ"},
		{"王小明", "王小明"},
		{"Hao Zhang (张浩)", "Zhang, Hao"},
		{"山田花子 (Hanako Yamada)", "山田花子"},
		{"Niall Ó Murchadha", "Ó Murchadha, Niall"},
		{"Aoife Ní Bhriain", "Ní Bhriain, Aoife"},
		{"Saunders Mac Lane", "Mac Lane, Saunders"},
		{"Nic Lane", "Lane, Nic"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := LastFirst(tt.in); got != tt.want {
				t.Errorf("LastFirst(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNameBibTeX(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ashish Vaswani", "Vaswani, Ashish"},
		{"Ludwig van Beethoven", "van Beethoven, Ludwig"},
		{"Martin Luther King, Jr.", "King, Jr., Martin Luther"},
		{"Martin Luther King Jr.", "King, Jr., Martin Luther"},
		{"Jean-Luc van der Berg Jr.", "van der Berg, Jr., Jean-Luc"},
		{"Charles de la Vallée Poussin", `de la Vall{\'e}e Poussin, Charles`},
		{"G. 't Hooft", "'t Hooft, G."},
		{"Niall Ó Murchadha", `{\'O} Murchadha, Niall`},
		{"Aoife Ní Bhriain", `N{\'\i} Bhriain, Aoife`},
		{"Saunders Mac Lane", "Mac Lane, Saunders"},
		{"José Ortega y Gasset", `{Ortega y Gasset}, Jos{\'e}`}, // not von "Ortega y"
		{"Hao Zhang (张浩)", "Zhang, Hao"},                        // the name in another script is no part of it
		{"山田花子 (Hanako Yamada)", `{{\relax{}山}{\relax{}田}{\relax{}花}{\relax{}子}}`},
		{"Ortega y Gasset, José", `{Ortega y Gasset}, Jos{\'e}`},
		{"de Ortega y Gasset, José", `de {Ortega y Gasset}, Jos{\'e}`},
		{"Davis Jr.", "Davis, Jr.,"},
		{"ATLAS Collaboration", "{ATLAS Collaboration}"},
		{"The CMS Collaboration", "{The CMS Collaboration}"},
		{"Research and Development Team", "{Research and Development Team}"}, // "and" is not a second name
		{"R&D {Lab}", `{R\&D \textbraceleft{}Lab\textbraceright{}}`},
		// A name of one word is braced, as DBLP writes it: biber would
		// take DeepSeek-AI's initials as "D.-A.".
		{"OpenAI", "{OpenAI}"},
		{"DeepSeek-AI", "{DeepSeek-AI}"},
		{"Plato", "{Plato}"},
		{"Meta AI", "{Meta AI}"},
		{"Google DeepMind", "{Google DeepMind}"},
		{"Ann O'Neil_x", `O'Neil\_x, Ann`},
		// Accented Latin letters are TeX commands, so that abbrv's "Ł." is
		// a whole letter, not the first byte of its UTF-8.
		{"Łukasz Kaiser", `Kaiser, {\L}ukasz`},
		{"Zoë Ångström", `{\r{A}}ngstr{\"o}m, Zo{\"e}`},
		{"Jiří Šíma", `{\v{S}}{\'\i}ma, Ji{\v{r}}{\'\i}`},
		// An accent over i is over the dotless \i (ī, not ī with a dot too);
		// one under it keeps the dot (Lithuanian į).
		{"Līga Šķēle-Mažvydaitė", `{\v{S}}{\c{k}}{\=e}le-Ma{\v{z}}vydait{\.e}, L{\=\i}ga`},
		{"Lǐ Jį", `J{\k{i}}, L{\v{\i}}`},
		{"Émile Chén-Ørsted", `Ch{\'e}n-{\O}rsted, {\'E}mile`},
		{"Franc\u0327ois Ça", `{\c{C}}a, Fran{\c{c}}ois`}, // decomposed ç, as some sources send it
		// Romanian ș is s with a comma below, not a cedilla (\c, Turkish ş).
		{"Ștefan Trăușan-Matu", `Tr{\u{a}}u{\textcommabelow{s}}an-Matu, {\textcommabelow{S}}tefan`},
		// A letter TeX has no command for is a special character,
		// {\relax{}X}, where a style may cut after it: at the start of a
		// word or hyphenated part (abbrv's "И. Петров"), and when it has
		// three bytes or more (alpha's labels take three "letters": 佐藤
		// and ễ would be cut inside them).
		{"Иван Петров", `{\relax{}П}етров, {\relax{}И}ван`},
		{"Анна-Мария Жукова-Иванова", `{\relax{}Ж}укова-{\relax{}И}ванова, {\relax{}А}нна-{\relax{}М}ария`},
		{"Αλέξανδρος Παπαδόπουλος", `{\relax{}Π}απαδόπουλος, {\relax{}Α}λέξανδρος`},
		{"דוד כהן", `{\relax{}כ}הן, {\relax{}ד}וד`},
		{"佐藤 健", `{\relax{}佐}{\relax{}藤}, {\relax{}健}`},
		{"王小明", `{{\relax{}王}{\relax{}小}{\relax{}明}}`},
		{"김 민준", `{\relax{}김}, {\relax{}민}{\relax{}준}`},
		{"Nguyễn Văn An", `An, Nguy{\relax{}ễ}n V{\u{a}}n`}, // ễ has two accents, and three bytes
		{"Đức Trần", `Tr{\relax{}ầ}n, {\relax{}Đ}{\relax{}ứ}c`},
		{"Ólafur Þórðarson", `{\relax{}Þ}{\'o}rðarson, {\'O}lafur`}, // ð: two bytes, not first
		// Letters that join (Arabic) or combine (Devanagari) are braced a
		// whole word at a time, as a brace between two would part them.
		{"عبد الله بن سعيد", `{\relax{}بن} {\relax{}سعيد}, {\relax{}عبد} {\relax{}الله}`},
		{"علی مهدی\u200cزاده", "{\\relax{}مهدی\u200cزاده}, {\\relax{}علی}"}, // with its zero-width non-joiner
		{"अमित शर्मा", `{\relax{}शर्मा}, {\relax{}अमित}`},
		{"Université Lab", `{Universit{\'e} Lab}`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Split(tt.in).BibTeX(); got != tt.want {
				t.Errorf("Split(%q).BibTeX() = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestNameBibTeXCuts: what styles cut from a name, counted as BibTeX
// counts (a byte, or a special character {\…} as one), is whole UTF-8:
// the first letter of each word and hyphenated part (abbrv's and
// IEEEtran's initials) and the first three letters of the family name
// (alpha's labels). LaTeX stops at a stray byte: "Invalid UTF-8 byte
// sequence".
func TestNameBibTeXCuts(t *testing.T) {
	for _, name := range []string{"Иван Петров", "Анна-Мария Жукова", "Αλέξανδρος Παπαδόπουλος", "佐藤 健", "王小明",
		"김 민준", "Nguyễn Văn An", "Đức Lễ", "عبد الله بن سعيد", "अमित शर्मा", "Łukasz Kaiser", "Ólafur Þórðarson"} {
		bib := Split(name).BibTeX()
		family, _, _ := strings.Cut(bib, ", ")
		if p := bibPrefix(family, 3); !utf8.ValidString(p) {
			t.Errorf("Split(%q).BibTeX() = %q: alpha's label %q is not UTF-8", name, bib, p)
		}
		for _, word := range strings.FieldsFunc(strings.ReplaceAll(bib, ",", " "), func(r rune) bool { return r == ' ' || r == '-' }) {
			for strings.HasPrefix(word, "{") && !strings.HasPrefix(word, `{\`) {
				word = word[1:] // a group's braces, "{OpenAI}"
			}
			if p := bibPrefix(word, 1); !utf8.ValidString(p) {
				t.Errorf("Split(%q).BibTeX() = %q: the initial %q of %q is not UTF-8", name, bib, p, word)
			}
		}
	}
}

// bibPrefix is BibTeX's text.prefix$: s's first n characters, a special
// character ("{\…}" at brace depth 0) counting as one and other braces
// as none.
func bibPrefix(s string, n int) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case n == 0:
			return s[:i]
		case depth == 0 && strings.HasPrefix(s[i:], `{\`):
			end := i
			for d := 0; end < len(s); end++ {
				if s[end] == '{' {
					d++
				} else if s[end] == '}' {
					if d--; d == 0 {
						break
					}
				}
			}
			i = end
			n--
		case s[i] == '{':
			depth++
		case s[i] == '}':
			depth--
		default:
			n--
		}
	}
	return s
}
