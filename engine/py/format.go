package py

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

// Formatter is implemented by values with their own format specification
// language, as Python's __format__: dates take strftime codes.
type Formatter interface {
	PyFormat(spec string) (string, error)
}

// Format returns format(v, spec) as CPython computes it for ints, floats,
// strings and values implementing Formatter; other values accept only the
// empty spec. Errors are *Exception values worded as Python's.
// See https://docs.python.org/3/library/string.html#format-specification-mini-language.
func Format(v starlark.Value, spec string) (string, error) {
	switch v := v.(type) {
	case starlark.Bool:
		if spec == "" {
			return boolRepr(v), nil
		}
		return formatInt(big.NewInt(b2i(v)), spec, "bool")
	case starlark.Int:
		return formatInt(v.BigInt(), spec, "int")
	case starlark.Float:
		return formatFloat(float64(v), spec, "float")
	case starlark.String:
		return formatString(string(v), spec)
	case Formatter:
		return v.PyFormat(spec)
	}
	if spec == "" {
		return Str(v), nil
	}
	return "", Errorf("TypeError", "unsupported format string passed to %s.__format__", TypeName(v))
}

func b2i(b starlark.Bool) int64 {
	if b {
		return 1
	}
	return 0
}

func unknownCode(typ byte, typeName string) error {
	return Errorf("ValueError", "Unknown format code '%c' for object of type '%s'", typ, typeName)
}

func formatString(s, spec string) (string, error) {
	sp, err := parseSpec(spec, '<', "str")
	if err != nil {
		return "", err
	}
	return sp.formatString(s)
}

// formatString formats s by a parsed spec.
func (sp spec) formatString(s string) (string, error) {
	if sp.typ != 0 && sp.typ != 's' {
		return "", unknownCode(sp.typ, "str")
	}
	if err := sp.stringOnly(); err != nil {
		return "", err
	}
	if sp.precision >= 0 && utf8.RuneCountInString(s) > sp.precision {
		s = string([]rune(s)[:sp.precision])
	}
	if sp.align == 0 {
		sp.align = '<'
	}
	return sp.pad("", s), nil
}

// stringOnly rejects the numeric features of a spec applied to a string.
func (sp *spec) stringOnly() error {
	switch {
	case sp.sign != 0:
		return Errorf("ValueError", "Sign not allowed in string format specifier")
	case sp.z:
		return Errorf("ValueError", "Negative zero coercion (z) not allowed in string format specifier")
	case sp.alt:
		return Errorf("ValueError", "Alternate form (#) not allowed in string format specifier")
	case sp.grouping != 0:
		return Errorf("ValueError", "Cannot specify '%c' with 's'.", sp.grouping)
	case sp.align == '=':
		return Errorf("ValueError", "'=' alignment not allowed in string format specifier")
	}
	return nil
}

// signOf returns the text printed before a number's digits for its sign.
func (sp *spec) signOf(neg bool) string {
	switch {
	case neg:
		return "-"
	case sp.sign == '+':
		return "+"
	case sp.sign == ' ':
		return " "
	}
	return ""
}

// number pads a formatted number: head is sign and prefix, digits the
// integer digits to group, and tail the rest (fraction, exponent, %).
func (sp *spec) number(head, digits, tail string) string {
	if sp.align == 0 {
		sp.align = '>'
	}
	if sp.grouping == 0 {
		return sp.pad(head, digits+tail)
	}
	every := 3
	if sp.typ == 'b' || sp.typ == 'o' || sp.typ == 'x' || sp.typ == 'X' {
		every = 4
	}
	grouped := group(digits, sp.grouping, every)
	if sp.fill == '0' && sp.align == '=' {
		// CPython groups the zero padding too: 0,001,234.
		min := sp.width - utf8.RuneCountInString(head) - len(tail)
		for n := len(digits) + 1; len(grouped) < min; n++ {
			grouped = group(strings.Repeat("0", n-len(digits))+digits, sp.grouping, every)
		}
	}
	return sp.pad(head, grouped+tail)
}

// group inserts sep between groups of every digits, counting from the right.
func group(digits string, sep byte, every int) string {
	if len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first == 0 {
		first = every
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += every {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

// FormatExact formats a number whose digits the caller computes exactly,
// as a decimal.Decimal does: body returns the magnitude's text for the
// spec's type and precision (-1 when not given), and FormatExact adds
// the sign, grouping and padding by the same rules as for floats.
func FormatExact(s string, neg bool, typeName string, body func(typ byte, precision int) (string, error)) (string, error) {
	sp, err := parseSpec(s, '>', typeName)
	if err != nil {
		return "", err
	}
	if err := sp.checkGrouping(); err != nil {
		return "", err
	}
	text, err := body(sp.typ, sp.precision)
	if err != nil {
		return "", err
	}
	if sp.z && isZeroText(text) {
		neg = false
	}
	i := 0
	for i < len(text) && '0' <= text[i] && text[i] <= '9' {
		i++
	}
	return sp.number(sp.signOf(neg), text[:i], text[i:]), nil
}
