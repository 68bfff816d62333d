package tex

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// siunitx's \SI{3}{\giga\hertz}, \si{\milli\second}, \unit{…} and
// \num{1e6} are set as siunitx sets them by default, but for one thing:
// a unit is upright, units of a product are a thin space apart, as are a
// number and its unit, and \per is a solidus set close (m/s, which
// reads in plain text too, rather than m s⁻¹); a percent and the degree, minute and
// second of an angle follow their number without a space (5%, 30°), as
// English writes them.

// unitPrefixes are siunitx's prefix commands.
var unitPrefixes = map[string]string{
	"yocto": "y", "zepto": "z", "atto": "a", "femto": "f", "pico": "p", "nano": "n",
	"micro": "µ", "milli": "m", "centi": "c", "deci": "d", "deca": "da", "deka": "da",
	"hecto": "h", "kilo": "k", "mega": "M", "giga": "G", "tera": "T", "peta": "P",
	"exa": "E", "zetta": "Z", "yotta": "Y", "kibi": "Ki", "mebi": "Mi", "gibi": "Gi", "tebi": "Ti",
}

// units are siunitx's unit commands.
var units = map[string]string{
	"metre": "m", "meter": "m", "second": "s", "gram": "g", "kilogram": "kg", "ampere": "A",
	"kelvin": "K", "mole": "mol", "candela": "cd", "hertz": "Hz", "newton": "N", "pascal": "Pa",
	"joule": "J", "watt": "W", "coulomb": "C", "volt": "V", "farad": "F", "ohm": "Ω",
	"siemens": "S", "weber": "Wb", "tesla": "T", "henry": "H", "lumen": "lm", "lux": "lx",
	"becquerel": "Bq", "gray": "Gy", "sievert": "Sv", "katal": "kat", "radian": "rad",
	"steradian": "sr", "degreeCelsius": "°C", "celsius": "°C", "litre": "L", "liter": "L",
	"tonne": "t", "minute": "min", "hour": "h", "day": "d", "electronvolt": "eV", "dalton": "Da",
	"angstrom": "Å", "bar": "bar", "bel": "B", "decibel": "dB", "neper": "Np", "hectare": "ha",
	"bit": "bit", "byte": "B", "percent": "%", "degree": "°", "arcminute": "′", "arcsecond": "″",
	"micron": "µm", "astronomicalunit": "au", "mmHg": "mmHg",
}

// closeUnits follow their number without a space.
var closeUnits = map[string]bool{"%": true, "°": true, "′": true, "″": true}

// numberError is the errUnsupported of a \num or \SI number that is not one.
type numberError struct{ number string }

func (e numberError) Error() string { return "tex: not a number: " + e.number }

func (e numberError) Unwrap() error { return errUnsupported }

// problem says what is wrong and what to write, for Problem.
func (e numberError) problem() string {
	return fmt.Sprintf(`{%s} is not a number siunitx's \num and \SI take here; write digits with a decimal point and an exponent if need be (\num{6.02e23}, \SI{-3.5}{\metre})`, e.number)
}

// siunitx parses \SI{number}{unit}, \si{unit}, \unit{unit} and
// \num{number}; options ([per-mode=symbol]) change only the look, and are
// dropped.
func (p *parser) siunitx(name string) (*node, error) {
	if _, _, err := p.lx.optional(); err != nil {
		return nil, err
	}
	r := row()
	if name == "SI" || name == "num" {
		raw, err := p.lx.group()
		if err != nil {
			return nil, err
		}
		if r.kids, err = siNumber(raw); err != nil {
			return nil, err
		}
		if name == "num" {
			return r, nil
		}
	}
	raw, err := p.lx.group()
	if err != nil {
		return nil, err
	}
	u, err := p.units(raw)
	if err != nil {
		return nil, err
	}
	if len(r.kids) > 0 && len(u) > 0 && !(u[0].kind == kIdent && closeUnits[u[0].text]) {
		r.kids = append(r.kids, leaf(kSpace, "0.1667em"))
	}
	r.kids = append(r.kids, u...)
	return r, nil
}

// siNumber returns the nodes of a number as \num writes it: a sign,
// digits with a decimal point or comma, and e and an exponent for a
// power of ten (1e6 → 1 × 10⁶).
func siNumber(raw string) ([]*node, error) {
	s := strings.ReplaceAll(raw, " ", "")
	mant, exp, hasExp := strings.Cut(strings.ToLower(s), "e")
	var out []*node
	if sign, rest, ok := cutSign(mant); ok {
		out, mant = append(out, leaf(kOp, sign)), rest
	}
	if !isDecimal(mant, mant == "" && hasExp) {
		return nil, numberError{number: raw}
	}
	if mant != "" {
		out = append(out, leaf(kNumber, mant))
	}
	if !hasExp {
		return out, nil
	}
	power := row()
	if sign, rest, ok := cutSign(exp); ok {
		power.kids, exp = append(power.kids, leaf(kOp, sign)), rest
	}
	if exp == "" || !isDecimal(exp, false) || strings.ContainsAny(exp, ".,") {
		return nil, numberError{number: raw}
	}
	power.kids = append(power.kids, leaf(kNumber, exp))
	if mant != "" {
		out = append(out, leaf(kOp, "×"))
	}
	return append(out, &node{kind: kScripts, kids: []*node{leaf(kNumber, "10"), nil, power}}), nil
}

// cutSign returns a leading + or - of s as the operator that writes it,
// and the rest.
func cutSign(s string) (sign, rest string, ok bool) {
	switch {
	case strings.HasPrefix(s, "-"):
		return "−", s[1:], true
	case strings.HasPrefix(s, "+"):
		return "+", s[1:], true
	}
	return "", s, false
}

// isDecimal reports whether s is digits with at most one decimal point
// or comma, or empty when empty is allowed.
func isDecimal(s string, empty bool) bool {
	if s == "" {
		return empty
	}
	digits, marks := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case isDigit(s[i]):
			digits++
		case s[i] == '.' || s[i] == ',':
			marks++
		default:
			return false
		}
	}
	return digits > 0 && marks <= 1
}

// units parses a unit as siunitx writes it, in commands (\kilo\gram\per
// \metre\squared) or literally (kg/m^2, kg.m), into upright unit symbols.
func (p *parser) units(raw string) ([]*node, error) {
	defer p.reading(raw)()
	var u unitRow
	for {
		t, err := p.lx.next()
		if err != nil {
			return nil, err
		}
		switch {
		case t.kind == tEOF:
			return u.finish()
		case t.kind == tSup:
			power, err := p.arg()
			if err != nil {
				return nil, err
			}
			err = u.raise(power)
			if err != nil {
				return nil, err
			}
		case t.kind == tChar && (t.text == "." || t.text == "~"):
			// a product, which a thin space writes anyway
		case t.kind == tChar && t.text == "/":
			u.per()
		case t.kind == tChar && isUnitLetter(t.text):
			u.unit(t.text + p.lx.letters())
		case t.kind == tCommand:
			if err := u.command(p, t.text); err != nil {
				return nil, err
			}
		default:
			return nil, errUnsupported
		}
	}
}

// isUnitLetter reports whether s, one character, starts a unit written
// literally: a letter, µ, Ω or °.
func isUnitLetter(s string) bool {
	return len(s) == 1 && isLetter(s[0]) || s == "µ" || s == "Ω" || s == "°"
}

// unitRow builds the nodes of one unit.
type unitRow struct {
	out    []*node
	prefix string // a prefix waiting for its unit
	power  string // a \square or \cubic waiting for its unit
	joined bool   // the next unit follows an operator, with no space
}

// unit adds the unit symbol s, with the prefix and power before it.
func (u *unitRow) unit(s string) {
	if len(u.out) > 0 && !u.joined {
		u.out = append(u.out, leaf(kSpace, "0.1667em"))
	}
	s = u.prefix + s
	n := leaf(kIdent, s)
	n.normal = utf8.RuneCountInString(s) == 1 && italicByDefault(s)
	u.out = append(u.out, n)
	u.prefix, u.joined = "", false
	if u.power != "" {
		u.raise(leaf(kNumber, u.power))
		u.power = ""
	}
}

// per adds the solidus of \per or /.
func (u *unitRow) per() {
	u.out = append(u.out, &node{kind: kOp, text: "/", tight: true})
	u.joined = true
}

// raise puts power on the last unit.
func (u *unitRow) raise(power *node) error {
	if len(u.out) == 0 || u.out[len(u.out)-1].kind != kIdent {
		return errUnsupported
	}
	last := &u.out[len(u.out)-1]
	*last = &node{kind: kScripts, kids: []*node{*last, nil, power}}
	return nil
}

// command adds what the unit command \name stands for; p reads the
// argument of \tothe and \raiseto.
func (u *unitRow) command(p *parser, name string) error {
	if s, ok := unitPrefixes[name]; ok {
		u.prefix += s
		return nil
	}
	if s, ok := units[name]; ok {
		u.unit(s)
		return nil
	}
	switch name {
	case "per":
		u.per()
	case "square", "cubic":
		u.power = map[string]string{"square": "2", "cubic": "3"}[name]
	case "squared", "cubed":
		return u.raise(leaf(kNumber, map[string]string{"squared": "2", "cubed": "3"}[name]))
	case "tothe":
		raw, err := p.lx.group()
		if err != nil {
			return err
		}
		power, err := siNumber(raw)
		if err != nil {
			return err
		}
		return u.raise(row(power...))
	default:
		return unknownError{name: name, unit: true}
	}
	return nil
}

// finish returns the unit's nodes, or an error for a prefix or power
// left without its unit.
func (u *unitRow) finish() ([]*node, error) {
	if u.prefix != "" || u.power != "" {
		return nil, errUnsupported
	}
	return u.out, nil
}
