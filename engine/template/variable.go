package template

import (
	"math/big"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
)

// variable is Django's Variable: a literal (a number, or a quoted string,
// which is safe) or a dotted lookup such as author.book_set.count.
type variable struct {
	text    string
	literal *value // nil for a lookup
	lookups []string
}

// newVariable parses a variable as Django's Variable.__init__: a number
// if it reads as one, a string literal if quoted (and _("...") for a
// translated one), else a lookup, whose parts may not start with "_".
func newVariable(text string) (*variable, error) {
	v := &variable{text: text}
	if n, ok := parseNumber(text); ok {
		v.literal = &value{v: n}
		return v, nil
	}
	s := text
	if strings.HasPrefix(s, "_(") && strings.HasSuffix(s, ")") {
		s = s[2 : len(s)-1]
	}
	if lit, ok := unescapeStringLiteral(s); ok {
		v.literal = &value{v: starlark.String(lit), safe: true}
		return v, nil
	}
	if strings.Contains(s, "._") || strings.HasPrefix(s, "_") {
		return nil, syntaxError("Variables and attributes may not begin with underscores: '%s'", s)
	}
	v.lookups = strings.Split(s, ".")
	return v, nil
}

// parseNumber reads text as Django does: as a float if it holds "." or
// "e" (but not ending in "."), else as an int, with Python's syntax.
func parseNumber(text string) (starlark.Value, bool) {
	if strings.ContainsAny(text, ".eE") {
		if strings.HasSuffix(text, ".") {
			return nil, false
		}
		return parseFloat(text)
	}
	return parseInt(text)
}

// pyFloatRE is the decimal syntax Python's float() accepts here (Go's
// ParseFloat also takes hex and other forms).
var pyFloatRE = lazyRegexp(`^[+-]?(\d+(_\d+)*)?(\.(\d+(_\d+)*)?)?([eE][+-]?\d+(_\d+)*)?$`)

func parseFloat(text string) (starlark.Value, bool) {
	if !pyFloatRE().MatchString(text) || !strings.ContainsAny(text, "0123456789") {
		return nil, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(text, "_", ""), 64)
	if err != nil && !isRangeError(err) {
		return nil, false
	}
	return starlark.Float(f), true
}

func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

var pyIntRE = lazyRegexp(`^[+-]?\d+(_\d+)*$`)

func parseInt(text string) (starlark.Value, bool) {
	if !pyIntRE().MatchString(text) {
		return nil, false
	}
	n, ok := new(big.Int).SetString(strings.ReplaceAll(text, "_", ""), 10)
	if !ok {
		return nil, false
	}
	return starlark.MakeBigInt(n), true
}

// unescapeStringLiteral is Django's unescape_string_literal: the text
// between matching quotes, with \<quote> and \\ unescaped.
func unescapeStringLiteral(s string) (string, bool) {
	if len(s) < 2 || (s[0] != '"' && s[0] != '\'') || s[len(s)-1] != s[0] {
		return "", false
	}
	q := string(s[0])
	inner := strings.ReplaceAll(s[1:len(s)-1], `\`+q, q)
	return strings.ReplaceAll(inner, `\\`, `\`), true
}
