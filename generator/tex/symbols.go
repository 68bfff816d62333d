package tex

import "slices"

// symKind says how a symbol command is typeset.
type symKind uint8

const (
	sIdent    symKind = iota // <mi>, italic when a single letter
	sUpright                 // <mi mathvariant="normal">
	sOp                      // <mo>
	sFence                   // <mo>, not stretchy unless after \left, \middle or \right
	sOpen                    // an opening fence, <mo form="prefix">, not stretchy
	sClose                   // a closing fence, <mo form="postfix">, not stretchy
	sLarge                   // a big operator, limits under and over in display math
	sIntegral                // a big operator, limits always beside
	sFunc                    // a function name, scripts beside
	sLimFunc                 // a function name, limits under and over in display math
	sSpace                   // an <mspace> of the given width
)

// symbol is a TeX command that stands for one character or word.
type symbol struct {
	kind symKind
	text string
}

// symbols maps command names (without the backslash) to what they stand for.
// It is read-only.
var symbols = map[string]symbol{
	// Greek, lower case, with variants.
	"alpha": {sIdent, "α"}, "beta": {sIdent, "β"}, "gamma": {sIdent, "γ"},
	"delta": {sIdent, "δ"}, "epsilon": {sIdent, "ϵ"}, "varepsilon": {sIdent, "ε"},
	"zeta": {sIdent, "ζ"}, "eta": {sIdent, "η"}, "theta": {sIdent, "θ"},
	"vartheta": {sIdent, "ϑ"}, "iota": {sIdent, "ι"}, "kappa": {sIdent, "κ"},
	"varkappa": {sIdent, "ϰ"}, "lambda": {sIdent, "λ"}, "mu": {sIdent, "μ"},
	"nu": {sIdent, "ν"}, "xi": {sIdent, "ξ"}, "omicron": {sIdent, "ο"},
	"pi": {sIdent, "π"}, "varpi": {sIdent, "ϖ"}, "rho": {sIdent, "ρ"},
	"varrho": {sIdent, "ϱ"}, "sigma": {sIdent, "σ"}, "varsigma": {sIdent, "ς"},
	"tau": {sIdent, "τ"}, "upsilon": {sIdent, "υ"}, "phi": {sIdent, "ϕ"},
	"varphi": {sIdent, "φ"}, "chi": {sIdent, "χ"}, "psi": {sIdent, "ψ"},
	"omega": {sIdent, "ω"}, "digamma": {sIdent, "ϝ"},
	// Greek, upper case: upright as in TeX.
	"Gamma": {sUpright, "Γ"}, "Delta": {sUpright, "Δ"}, "Theta": {sUpright, "Θ"},
	"Lambda": {sUpright, "Λ"}, "Xi": {sUpright, "Ξ"}, "Pi": {sUpright, "Π"},
	"Sigma": {sUpright, "Σ"}, "Upsilon": {sUpright, "Υ"}, "Phi": {sUpright, "Φ"},
	"Psi": {sUpright, "Ψ"}, "Omega": {sUpright, "Ω"},
	"varGamma": {sIdent, "Γ"}, "varDelta": {sIdent, "Δ"}, "varTheta": {sIdent, "Θ"},
	"varLambda": {sIdent, "Λ"}, "varPi": {sIdent, "Π"}, "varSigma": {sIdent, "Σ"},
	"varPhi": {sIdent, "Φ"}, "varPsi": {sIdent, "Ψ"}, "varOmega": {sIdent, "Ω"},

	// Letter-like symbols.
	"infty": {sIdent, "∞"}, "partial": {sIdent, "∂"}, "nabla": {sUpright, "∇"},
	"ell": {sIdent, "ℓ"}, "hbar": {sIdent, "ℏ"}, "hslash": {sIdent, "ℏ"},
	"imath": {sIdent, "ı"}, "jmath": {sIdent, "ȷ"}, "wp": {sIdent, "℘"},
	"Re": {sIdent, "ℜ"}, "Im": {sIdent, "ℑ"}, "aleph": {sIdent, "ℵ"},
	"beth": {sIdent, "ℶ"}, "emptyset": {sIdent, "∅"}, "varnothing": {sIdent, "∅"},
	"intercal": {sIdent, "⊺"}, "top": {sIdent, "⊤"}, "bot": {sIdent, "⊥"}, "forall": {sOp, "∀"},
	"exists": {sOp, "∃"}, "nexists": {sOp, "∄"}, "neg": {sOp, "¬"}, "lnot": {sOp, "¬"},
	"angle": {sIdent, "∠"}, "triangle": {sIdent, "△"}, "square": {sIdent, "□"},
	"Diamond": {sIdent, "◇"}, "Bbbk": {sIdent, "𝕜"},
	"Box": {sIdent, "□"}, "blacksquare": {sIdent, "■"}, "checkmark": {sIdent, "✓"},
	"dagger": {sOp, "†"}, "ddagger": {sOp, "‡"}, "prime": {sIdent, "′"},
	"degree": {sIdent, "°"}, "surd": {sOp, "√"}, "flat": {sIdent, "♭"},
	"sharp": {sIdent, "♯"}, "natural": {sIdent, "♮"},
	"eth": {sIdent, "ð"}, "gimel": {sIdent, "ℷ"}, "daleth": {sIdent, "ℸ"},
	"complement": {sIdent, "∁"}, "mho": {sIdent, "℧"}, "Finv": {sIdent, "Ⅎ"}, "Game": {sIdent, "⅁"},
	"clubsuit": {sIdent, "♣"}, "diamondsuit": {sIdent, "♢"}, "heartsuit": {sIdent, "♡"},
	"spadesuit": {sIdent, "♠"}, "lozenge": {sIdent, "◊"}, "blacklozenge": {sIdent, "⧫"},
	"measuredangle": {sIdent, "∡"}, "sphericalangle": {sIdent, "∢"}, "triangledown": {sIdent, "▿"},
	"blacktriangle": {sIdent, "▴"}, "blacktriangledown": {sIdent, "▾"}, "bigstar": {sIdent, "★"},
	"circledS": {sIdent, "Ⓢ"}, "S": {sUpright, "§"}, "dag": {sOp, "†"}, "ddag": {sOp, "‡"},
	"copyright": {sUpright, "©"}, "pounds": {sUpright, "£"}, "yen": {sUpright, "¥"},
	"%": {sUpright, "%"}, "#": {sUpright, "#"}, "_": {sUpright, "_"},
	"&": {sUpright, "&"}, "$": {sUpright, "$"},

	// Binary operators.
	"cdot": {sOp, "⋅"}, "times": {sOp, "×"}, "div": {sOp, "÷"}, "pm": {sOp, "±"},
	"mp": {sOp, "∓"}, "ast": {sOp, "∗"}, "star": {sOp, "⋆"}, "circ": {sOp, "∘"},
	"bullet": {sOp, "∙"}, "oplus": {sOp, "⊕"}, "ominus": {sOp, "⊖"},
	"otimes": {sOp, "⊗"}, "oslash": {sOp, "⊘"}, "odot": {sOp, "⊙"}, "circledast": {sOp, "⊛"},
	"cup": {sOp, "∪"}, "cap": {sOp, "∩"}, "sqcup": {sOp, "⊔"}, "sqcap": {sOp, "⊓"},
	"uplus": {sOp, "⊎"}, "wedge": {sOp, "∧"}, "land": {sOp, "∧"}, "vee": {sOp, "∨"},
	"lor": {sOp, "∨"}, "setminus": {sOp, "∖"}, "smallsetminus": {sOp, "∖"},
	"diamond": {sOp, "⋄"}, "wr": {sOp, "≀"}, "amalg": {sOp, "⨿"},
	"triangleleft": {sOp, "◃"}, "triangleright": {sOp, "▹"},
	"bigtriangleup": {sOp, "△"}, "bigtriangledown": {sOp, "▽"},
	"ltimes": {sOp, "⋉"}, "rtimes": {sOp, "⋊"}, "bowtie": {sOp, "⋈"},
	"centerdot": {sOp, "⋅"}, "dotplus": {sOp, "∔"},
	"boxtimes": {sOp, "⊠"}, "boxplus": {sOp, "⊞"}, "boxminus": {sOp, "⊟"}, "boxdot": {sOp, "⊡"},
	"divideontimes": {sOp, "⋇"}, "lhd": {sOp, "⊲"}, "rhd": {sOp, "⊳"}, "unlhd": {sOp, "⊴"},
	"unrhd": {sOp, "⊵"}, "curlywedge": {sOp, "⋏"}, "curlyvee": {sOp, "⋎"}, "barwedge": {sOp, "⌅"},
	"veebar": {sOp, "⊻"}, "Cap": {sOp, "⋒"}, "Cup": {sOp, "⋓"}, "circleddash": {sOp, "⊝"},
	"circledcirc": {sOp, "⊚"}, "Join": {sOp, "⨝"},

	// Relations.
	"lt": {sOp, "<"}, "gt": {sOp, ">"}, // MathJax's, for Markdown where < would open a tag
	"leq": {sOp, "≤"}, "le": {sOp, "≤"}, "geq": {sOp, "≥"}, "ge": {sOp, "≥"},
	"leqslant": {sOp, "⩽"}, "geqslant": {sOp, "⩾"}, "neq": {sOp, "≠"}, "ne": {sOp, "≠"},
	"approx": {sOp, "≈"}, "approxeq": {sOp, "≊"}, "sim": {sOp, "∼"}, "simeq": {sOp, "≃"}, "eqsim": {sOp, "≂"},
	"restriction": {sOp, "↾"},
	"cong":        {sOp, "≅"}, "equiv": {sOp, "≡"}, "propto": {sOp, "∝"}, "ll": {sOp, "≪"},
	"gg": {sOp, "≫"}, "lll": {sOp, "⋘"}, "ggg": {sOp, "⋙"}, "in": {sOp, "∈"},
	"notin": {sOp, "∉"}, "ni": {sOp, "∋"}, "owns": {sOp, "∋"}, "subset": {sOp, "⊂"},
	"supset": {sOp, "⊃"}, "subseteq": {sOp, "⊆"}, "supseteq": {sOp, "⊇"},
	"subsetneq": {sOp, "⊊"}, "supsetneq": {sOp, "⊋"}, "nsubseteq": {sOp, "⊈"},
	"sqsubseteq": {sOp, "⊑"}, "sqsupseteq": {sOp, "⊒"},
	"perp": {sOp, "⊥"}, "parallel": {sOp, "∥"}, "nparallel": {sOp, "∦"},
	"mid": {sOp, "∣"}, "nmid": {sOp, "∤"}, "models": {sOp, "⊨"}, "vdash": {sOp, "⊢"},
	"dashv": {sOp, "⊣"}, "vDash": {sOp, "⊨"}, "prec": {sOp, "≺"}, "succ": {sOp, "≻"},
	"preceq": {sOp, "⪯"}, "succeq": {sOp, "⪰"}, "asymp": {sOp, "≍"},
	"doteq": {sOp, "≐"}, "triangleq": {sOp, "≜"}, "coloneqq": {sOp, "≔"},
	"coloneq": {sOp, "≔"}, "eqqcolon": {sOp, "≕"}, "lesssim": {sOp, "≲"},
	"gtrsim": {sOp, "≳"}, "lessapprox": {sOp, "⪅"}, "gtrapprox": {sOp, "⪆"},
	"nless": {sOp, "≮"}, "ngtr": {sOp, "≯"}, "nleq": {sOp, "≰"}, "ngeq": {sOp, "≱"},
	"nsim": {sOp, "≁"}, "ncong": {sOp, "≇"}, "lessgtr": {sOp, "≶"},
	"sqsubset": {sOp, "⊏"}, "sqsupset": {sOp, "⊐"}, "smile": {sOp, "⌣"},
	"frown":       {sOp, "⌢"},
	"eqslantless": {sOp, "⪕"}, "eqslantgtr": {sOp, "⪖"}, "thicksim": {sOp, "∼"},
	"thickapprox": {sOp, "≈"}, "backsim": {sOp, "∽"}, "backsimeq": {sOp, "⋍"},
	"fallingdotseq": {sOp, "≒"}, "risingdotseq": {sOp, "≓"}, "circeq": {sOp, "≗"},
	"eqcirc": {sOp, "≖"}, "bumpeq": {sOp, "≏"}, "Bumpeq": {sOp, "≎"},
	"vartriangleleft": {sOp, "⊲"}, "vartriangleright": {sOp, "⊳"},
	"trianglelefteq": {sOp, "⊴"}, "trianglerighteq": {sOp, "⊵"}, "lneq": {sOp, "⪇"},
	"gneq": {sOp, "⪈"}, "lneqq": {sOp, "≨"}, "gneqq": {sOp, "≩"}, "leqq": {sOp, "≦"},
	"geqq": {sOp, "≧"}, "varsubsetneq": {sOp, "⊊"}, "varsupsetneq": {sOp, "⊋"},
	"subseteqq": {sOp, "⫅"}, "supseteqq": {sOp, "⫆"}, "nsupseteq": {sOp, "⊉"},
	"nprec": {sOp, "⊀"}, "nsucc": {sOp, "⊁"}, "precsim": {sOp, "≾"}, "succsim": {sOp, "≿"},
	"Vdash": {sOp, "⊩"}, "Vvdash": {sOp, "⊪"}, "nvdash": {sOp, "⊬"}, "nvDash": {sOp, "⊭"},
	"pitchfork": {sOp, "⋔"}, "between": {sOp, "≬"}, "shortmid": {sOp, "∣"},
	"shortparallel": {sOp, "∥"}, "gtrless": {sOp, "≷"}, "lesseqgtr": {sOp, "⋚"},
	"gtreqless": {sOp, "⋛"}, "lessdot": {sOp, "⋖"}, "gtrdot": {sOp, "⋗"},
	"Subset": {sOp, "⋐"}, "Supset": {sOp, "⋑"}, "multimap": {sOp, "⊸"}, "varpropto": {sOp, "∝"},

	// Arrows.
	"to": {sOp, "→"}, "rightarrow": {sOp, "→"}, "leftarrow": {sOp, "←"},
	"gets": {sOp, "←"}, "leftrightarrow": {sOp, "↔"}, "Rightarrow": {sOp, "⇒"},
	"Leftarrow": {sOp, "⇐"}, "Leftrightarrow": {sOp, "⇔"}, "implies": {sOp, "⟹"},
	"impliedby": {sOp, "⟸"}, "iff": {sOp, "⟺"}, "mapsto": {sOp, "↦"},
	"longmapsto": {sOp, "⟼"}, "longrightarrow": {sOp, "⟶"},
	"longleftarrow": {sOp, "⟵"}, "longleftrightarrow": {sOp, "⟷"},
	"Longrightarrow": {sOp, "⟹"}, "Longleftarrow": {sOp, "⟸"},
	"Longleftrightarrow": {sOp, "⟺"}, "uparrow": {sOp, "↑"}, "downarrow": {sOp, "↓"},
	"updownarrow": {sOp, "↕"}, "Uparrow": {sOp, "⇑"}, "Downarrow": {sOp, "⇓"},
	"nearrow": {sOp, "↗"}, "searrow": {sOp, "↘"}, "swarrow": {sOp, "↙"},
	"nwarrow": {sOp, "↖"}, "hookrightarrow": {sOp, "↪"}, "hookleftarrow": {sOp, "↩"},
	"rightharpoonup": {sOp, "⇀"}, "rightleftharpoons": {sOp, "⇌"},
	"leadsto": {sOp, "⇝"}, "rightsquigarrow": {sOp, "⇝"},
	"twoheadrightarrow": {sOp, "↠"},
	"leftrightarrows":   {sOp, "⇆"}, "rightleftarrows": {sOp, "⇄"}, "circlearrowleft": {sOp, "↺"},
	"circlearrowright": {sOp, "↻"}, "curvearrowleft": {sOp, "↶"}, "curvearrowright": {sOp, "↷"},
	"leftleftarrows": {sOp, "⇇"}, "rightrightarrows": {sOp, "⇉"}, "upuparrows": {sOp, "⇈"},
	"downdownarrows": {sOp, "⇊"}, "twoheadleftarrow": {sOp, "↞"}, "leftarrowtail": {sOp, "↢"},
	"rightarrowtail": {sOp, "↣"}, "looparrowleft": {sOp, "↫"}, "looparrowright": {sOp, "↬"},
	"leftharpoonup": {sOp, "↼"}, "leftharpoondown": {sOp, "↽"}, "rightharpoondown": {sOp, "⇁"},
	"leftrightharpoons": {sOp, "⇋"}, "upharpoonleft": {sOp, "↿"}, "upharpoonright": {sOp, "↾"},
	"downharpoonleft": {sOp, "⇃"}, "downharpoonright": {sOp, "⇂"}, "Lsh": {sOp, "↰"},
	"Rsh": {sOp, "↱"}, "nleftarrow": {sOp, "↚"}, "nrightarrow": {sOp, "↛"},
	"nLeftarrow": {sOp, "⇍"}, "nRightarrow": {sOp, "⇏"}, "nleftrightarrow": {sOp, "↮"},
	"nLeftrightarrow": {sOp, "⇎"}, "Lleftarrow": {sOp, "⇚"}, "Rrightarrow": {sOp, "⇛"},
	"dashrightarrow": {sOp, "⇢"}, "dashleftarrow": {sOp, "⇠"}, "Updownarrow": {sOp, "⇕"},
	"leftrightsquigarrow": {sOp, "↭"},

	// Dots and punctuation. An ellipsis in a line is ordinary, with no
	// space of its own, as TeX sets it (a_1, \ldots, a_n; a + \cdots + b):
	// as an operator, MathML gave it a relation's space either side.
	"ldots": {sIdent, "…"}, "dots": {sIdent, "…"}, "dotsc": {sIdent, "…"}, "dotsb": {sIdent, "⋯"},
	"cdots": {sIdent, "⋯"}, "vdots": {sOp, "⋮"}, "ddots": {sOp, "⋱"},
	"therefore": {sOp, "∴"}, "because": {sOp, "∵"},

	// Delimiters.
	"{": {sFence, "{"}, "}": {sFence, "}"}, "lbrace": {sFence, "{"}, "rbrace": {sFence, "}"},
	"lbrack": {sFence, "["}, "rbrack": {sFence, "]"}, "langle": {sFence, "⟨"},
	"rangle": {sFence, "⟩"}, "lfloor": {sFence, "⌊"}, "rfloor": {sFence, "⌋"},
	"lceil": {sFence, "⌈"}, "rceil": {sFence, "⌉"}, "vert": {sFence, "|"},
	"lvert": {sOpen, "|"}, "rvert": {sClose, "|"}, "Vert": {sFence, "‖"},
	"lVert": {sOpen, "‖"}, "rVert": {sClose, "‖"}, "|": {sFence, "‖"},
	"backslash": {sFence, "\\"}, "ulcorner": {sFence, "⌜"}, "urcorner": {sFence, "⌝"},
	"llbracket": {sFence, "⟦"}, "rrbracket": {sFence, "⟧"},

	// Big operators.
	"sum": {sLarge, "∑"}, "prod": {sLarge, "∏"}, "coprod": {sLarge, "∐"},
	"bigcup": {sLarge, "⋃"}, "bigcap": {sLarge, "⋂"}, "bigsqcup": {sLarge, "⨆"},
	"bigvee": {sLarge, "⋁"}, "bigwedge": {sLarge, "⋀"}, "bigoplus": {sLarge, "⨁"},
	"bigotimes": {sLarge, "⨂"}, "bigodot": {sLarge, "⨀"}, "biguplus": {sLarge, "⨄"},
	"int": {sIntegral, "∫"}, "iint": {sIntegral, "∬"}, "iiint": {sIntegral, "∭"},
	"oint": {sIntegral, "∮"},

	// Function names.
	"log": {sFunc, "log"}, "ln": {sFunc, "ln"}, "lg": {sFunc, "lg"}, "exp": {sFunc, "exp"},
	"sin": {sFunc, "sin"}, "cos": {sFunc, "cos"}, "tan": {sFunc, "tan"},
	"cot": {sFunc, "cot"}, "sec": {sFunc, "sec"}, "csc": {sFunc, "csc"},
	"arcsin": {sFunc, "arcsin"}, "arccos": {sFunc, "arccos"}, "arctan": {sFunc, "arctan"},
	"sinh": {sFunc, "sinh"}, "cosh": {sFunc, "cosh"}, "tanh": {sFunc, "tanh"},
	"coth": {sFunc, "coth"}, "arg": {sFunc, "arg"}, "deg": {sFunc, "deg"},
	"dim": {sFunc, "dim"}, "ker": {sFunc, "ker"}, "hom": {sFunc, "hom"},
	"lim": {sLimFunc, "lim"}, "limsup": {sLimFunc, "lim sup"},
	"liminf": {sLimFunc, "lim inf"}, "max": {sLimFunc, "max"}, "min": {sLimFunc, "min"},
	"sup": {sLimFunc, "sup"}, "inf": {sLimFunc, "inf"}, "det": {sLimFunc, "det"},
	"Pr": {sLimFunc, "Pr"}, "gcd": {sLimFunc, "gcd"}, "argmax": {sLimFunc, "arg max"},
	"argmin": {sLimFunc, "arg min"}, "bmod": {sOp, "mod"},

	// Spaces. Negative spaces (\!) are dropped: MathML Core has no
	// negative <mspace>.
	",": {sSpace, "0.1667em"}, "thinspace": {sSpace, "0.1667em"},
	":": {sSpace, "0.2222em"}, ">": {sSpace, "0.2222em"}, "medspace": {sSpace, "0.2222em"},
	";": {sSpace, "0.2778em"}, "thickspace": {sSpace, "0.2778em"},
	" ": {sSpace, "0.3333em"}, "enspace": {sSpace, "0.5em"}, "quad": {sSpace, "1em"},
	"qquad": {sSpace, "2em"}, "!": {sSpace, ""}, "negthinspace": {sSpace, ""},
}

// accents maps accent commands to the mark set over their argument and
// whether that mark stretches to the argument's width.
var accents = map[string]struct {
	mark    string
	stretch bool
}{
	"hat": {"^", false}, "widehat": {"^", true}, "tilde": {"~", false},
	"widetilde": {"~", true}, "bar": {"¯", false}, "overline": {"‾", true},
	"vec": {"→", false}, "overrightarrow": {"→", true}, "overleftarrow": {"←", true},
	"dot": {"˙", false}, "ddot": {"¨", false}, "dddot": {"⃛", false},
	"check": {"ˇ", false}, "breve": {"˘", false}, "acute": {"´", false},
	"grave": {"`", false}, "mathring": {"˚", false}, "overbrace": {"⏞", true},
	"overleftrightarrow": {"↔", true},
}

// underAccents maps commands that set a mark under their argument.
var underAccents = map[string]string{
	"underline": "‾", "underbrace": "⏟", "underrightarrow": "→",
	"underleftarrow": "←", "utilde": "~",
}

// bigSizes maps \big-like commands to the size of the delimiter they fix.
var bigSizes = map[string]string{
	"big": "1.2em", "Big": "1.623em", "bigg": "2.047em", "Bigg": "2.470em",
	"bigl": "1.2em", "Bigl": "1.623em", "biggl": "2.047em", "Biggl": "2.470em",
	"bigr": "1.2em", "Bigr": "1.623em", "biggr": "2.047em", "Biggr": "2.470em",
	"bigm": "1.2em", "Bigm": "1.623em", "biggm": "2.047em", "Biggm": "2.470em",
}

// delimSizes are the sizes of \big, \Big, \bigg and \Bigg, in order.
var delimSizes = [...]string{"1.2em", "1.623em", "2.047em", "2.470em"}

// delimWidths are the widths of delimiters at each of delimSizes, at
// which Chromium sets Latin Modern Math's glyph of that size as far from
// what it encloses as the delimiter at its own size (measured in its
// screenshots, as TestMathBigDelimitersInBrowser does). Chromium gives a
// stretchy operator the room of the widest glyph it could draw (its
// largest size's or its extensible parts'), whatever size it draws, so
// \big( took twice the room of (; the writer sets each one's width, as
// CSS, which MathML Core honours.
var delimWidths = map[string][len(delimSizes)]string{
	"(": {"0.53em", "0.62em", "0.82em", "0.92em"},
	"[": {"0.50em", "0.63em", "0.73em", "0.73em"},
	"{": {"0.67em", "0.73em", "0.83em", "0.90em"},
	"⟨": {"0.53em", "0.62em", "0.83em", "0.83em"},
	"|": {"0.38em", "0.38em", "0.38em", "0.38em"},
	"‖": {"0.55em", "0.65em", "0.68em", "0.68em"},
}

// delimWidth returns the width delimiter d takes drawn at size, one of
// delimSizes, or "" where the writer leaves it to the browser.
func delimWidth(d, size string) string {
	i := slices.Index(delimSizes[:], size)
	if i < 0 {
		return ""
	}
	switch d { // a closing delimiter is as wide as its opening one
	case ")":
		d = "("
	case "]":
		d = "["
	case "}":
		d = "{"
	case "⟩":
		d = "⟨"
	case "∣":
		d = "|"
	case "∥":
		d = "‖"
	}
	w, ok := delimWidths[d]
	if !ok {
		return ""
	}
	return w[i]
}

// negations maps relations to their negated forms for \not; others get a
// combining long solidus overlay.
var negations = map[string]string{
	"=": "≠", "<": "≮", ">": "≯", "∈": "∉", "⊂": "⊄", "⊃": "⊅", "⊆": "⊈",
	"⊇": "⊉", "≡": "≢", "∼": "≁", "≤": "≰", "≥": "≱", "∣": "∤", "|": "∤",
	"≅": "≇", "≈": "≉", "∥": "∦", "≃": "≄",
}
