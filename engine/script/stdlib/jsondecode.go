package stdlib

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// decodeErrorType is the exception json.loads raises, named as CPython's
// traceback names it.
const decodeErrorType = "json.decoder.JSONDecodeError"

func json_loads(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s starlark.Value
	if len(args) != 1 {
		return nil, py.Errorf("TypeError", "loads() missing 1 required positional argument: 's'")
	}
	s = args[0]
	text, ok := s.(starlark.String)
	if !ok {
		if b, isBytes := s.(starlark.Bytes); isBytes {
			text = starlark.String(b)
		} else {
			return nil, py.Errorf("TypeError", "the JSON object must be str, bytes or bytearray, not %s", py.TypeName(s))
		}
	}
	d := &decoder{s: []rune(string(text))}
	d.skipSpace()
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	d.skipSpace()
	if d.i < len(d.s) {
		return nil, d.fail("Extra data", d.i)
	}
	return v, nil
}

// decoder parses JSON text, position by position in characters, so that
// its errors name the line, column and char CPython's do.
type decoder struct {
	s     []rune
	i     int
	depth int
}

func (d *decoder) fail(msg string, pos int) error {
	line := 1 + strings.Count(string(d.s[:pos]), "\n")
	col := pos + 1
	if nl := strings.LastIndex(string(d.s[:pos]), "\n"); nl >= 0 {
		col = pos - len([]rune(string(d.s[:pos])[:nl+1])) + 1
	}
	return py.Errorf(decodeErrorType, "%s: line %d column %d (char %d)", msg, line, col, pos)
}

func (d *decoder) skipSpace() {
	for d.i < len(d.s) && strings.ContainsRune(" \t\n\r", d.s[d.i]) {
		d.i++
	}
}

func (d *decoder) peek() rune {
	if d.i < len(d.s) {
		return d.s[d.i]
	}
	return 0
}

func (d *decoder) hasPrefix(word string) bool {
	w := []rune(word)
	return d.i+len(w) <= len(d.s) && string(d.s[d.i:d.i+len(w)]) == word
}

// literals are the JSON words and the non-standard ones CPython accepts.
var literals = []struct {
	word  string
	value starlark.Value
}{
	{"null", starlark.None}, {"true", starlark.True}, {"false", starlark.False},
	{"NaN", starlark.Float(math.NaN())}, {"Infinity", starlark.Float(math.Inf(1))},
	{"-Infinity", starlark.Float(math.Inf(-1))},
}

func (d *decoder) value() (starlark.Value, error) {
	switch c := d.peek(); {
	case c == '"':
		s, err := d.str()
		return starlark.String(s), err
	case c == '{':
		return d.nested(d.object)
	case c == '[':
		return d.nested(d.array)
	case c == '-' || (c >= '0' && c <= '9'):
		if v, ok := d.number(); ok {
			return v, nil
		}
	}
	for _, lit := range literals {
		if d.hasPrefix(lit.word) {
			d.i += len(lit.word)
			return lit.value, nil
		}
	}
	return nil, d.fail("Expecting value", d.i)
}

func (d *decoder) nested(parse func() (starlark.Value, error)) (starlark.Value, error) {
	if d.depth++; d.depth > 500 {
		return nil, py.Errorf("RecursionError", "maximum recursion depth exceeded while decoding a JSON document")
	}
	defer func() { d.depth-- }()
	return parse()
}

// number reads JSON's number grammar: an int when it has no fraction or
// exponent.
func (d *decoder) number() (starlark.Value, bool) {
	start := d.i
	if d.peek() == '-' {
		d.i++
	}
	if d.peek() == '0' {
		d.i++
	} else if !d.digits() {
		d.i = start
		return nil, false
	}
	isFloat := false
	if d.peek() == '.' && d.i+1 < len(d.s) && isDigit(d.s[d.i+1]) {
		d.i++
		d.digits()
		isFloat = true
	}
	if c := d.peek(); c == 'e' || c == 'E' {
		save := d.i
		d.i++
		if c := d.peek(); c == '+' || c == '-' {
			d.i++
		}
		if d.digits() {
			isFloat = true
		} else {
			d.i = save
		}
	}
	text := string(d.s[start:d.i])
	if isFloat {
		f, _ := strconv.ParseFloat(text, 64)
		return starlark.Float(f), true
	}
	n, _ := new(big.Int).SetString(text, 10)
	return starlark.MakeBigInt(n), true
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (d *decoder) digits() bool {
	start := d.i
	for d.i < len(d.s) && isDigit(d.s[d.i]) {
		d.i++
	}
	return d.i > start
}

// str reads a string whose opening quote is at d.i.
func (d *decoder) str() (string, error) {
	start := d.i
	d.i++
	var b strings.Builder
	for {
		if d.i >= len(d.s) {
			return "", d.fail("Unterminated string starting at", start)
		}
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return b.String(), nil
		case c < 0x20:
			return "", d.fail("Invalid control character at", d.i)
		case c == '\\':
			r, err := d.escape()
			if err != nil {
				return "", err
			}
			b.WriteRune(r)
		default:
			b.WriteRune(c)
			d.i++
		}
	}
}

var simpleEscapes = map[rune]rune{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// escape reads a backslash escape, joining a \u surrogate pair.
func (d *decoder) escape() (rune, error) {
	at := d.i
	if d.i+1 >= len(d.s) {
		return 0, d.fail("Unterminated string starting at", at)
	}
	c := d.s[d.i+1]
	if r, ok := simpleEscapes[c]; ok {
		d.i += 2
		return r, nil
	}
	if c != 'u' {
		return 0, d.fail("Invalid \\escape", at)
	}
	r, ok := d.hex4(d.i + 2)
	if !ok {
		return 0, d.fail("Invalid \\uXXXX escape", at+1)
	}
	d.i += 6
	if utf16.IsSurrogate(r) && d.hasPrefix("\\u") {
		if lo, ok := d.hex4(d.i + 2); ok {
			if pair := utf16.DecodeRune(r, lo); pair != 0xfffd {
				d.i += 6
				return pair, nil
			}
		}
	}
	return r, nil
}

func (d *decoder) hex4(at int) (rune, bool) {
	if at+4 > len(d.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.s[at:at+4]), 16, 32)
	return rune(n), err == nil
}

func (d *decoder) array() (starlark.Value, error) {
	d.i++
	d.skipSpace()
	var items []starlark.Value
	if d.peek() == ']' {
		d.i++
		return starlark.NewList(items), nil
	}
	for {
		d.skipSpace()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		items = append(items, v)
		d.skipSpace()
		switch d.peek() {
		case ']':
			d.i++
			return starlark.NewList(items), nil
		case ',':
			d.i++
		default:
			return nil, d.fail("Expecting ',' delimiter", d.i)
		}
	}
}

func (d *decoder) object() (starlark.Value, error) {
	d.i++
	dict := starlark.NewDict(0)
	d.skipSpace()
	if d.peek() == '}' {
		d.i++
		return dict, nil
	}
	for {
		d.skipSpace()
		if d.peek() != '"' {
			return nil, d.fail("Expecting property name enclosed in double quotes", d.i)
		}
		k, err := d.str()
		if err != nil {
			return nil, err
		}
		d.skipSpace()
		if d.peek() != ':' {
			return nil, d.fail("Expecting ':' delimiter", d.i)
		}
		d.i++
		d.skipSpace()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		_ = dict.SetKey(starlark.String(k), v)
		d.skipSpace()
		switch d.peek() {
		case '}':
			d.i++
			return dict, nil
		case ',':
			d.i++
		default:
			return nil, d.fail("Expecting ',' delimiter", d.i)
		}
	}
}
