package stdlib

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// jsonNames are the json module's functions.
// See https://docs.python.org/3/library/json.html.
var jsonNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"dumps":           builtin("dumps", json_dumps),
		"loads":           builtin("loads", json_loads),
		"JSONDecodeError": &errorClass{decodeErrorType},
	}
})

// encoder holds json.dumps's options while it writes one value.
type encoder struct {
	thread          *starlark.Thread
	indent          string // "" with hasIndent false: one line
	hasIndent       bool
	itemSep, keySep string
	sortKeys, ascii bool
	skipKeys        bool
	dflt            starlark.Value
	path            []starlark.Value // containers being written, for cycles
	b               strings.Builder
}

func json_dumps(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	var skipKeys, ensureASCII, checkCircular, allowNaN, sortKeys starlark.Value = starlark.False, starlark.True, starlark.True, starlark.True, starlark.False
	var cls, indent, separators, dflt starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None
	if err := starlark.UnpackArgs("dumps", args, kwargs, "obj", &obj, "skipkeys?", &skipKeys, "ensure_ascii?", &ensureASCII,
		"check_circular?", &checkCircular, "allow_nan?", &allowNaN, "cls?", &cls, "indent?", &indent,
		"separators?", &separators, "default?", &dflt, "sort_keys?", &sortKeys); err != nil {
		return nil, err
	}
	e := &encoder{thread: thread, itemSep: ", ", keySep: ": ", sortKeys: bool(sortKeys.Truth()),
		ascii: bool(ensureASCII.Truth()), skipKeys: bool(skipKeys.Truth()), dflt: dflt}
	if err := e.setIndent(indent); err != nil {
		return nil, err
	}
	if err := e.setSeparators(separators); err != nil {
		return nil, err
	}
	if err := e.value(obj); err != nil {
		return nil, err
	}
	return starlark.String(e.b.String()), nil
}

// setIndent reads indent: a number of spaces or a string; with one the
// item separator loses its trailing space.
func (e *encoder) setIndent(v starlark.Value) error {
	switch x := v.(type) {
	case starlark.NoneType:
		return nil
	case starlark.Int:
		n, _ := x.Int64()
		e.indent = strings.Repeat(" ", int(max(0, min(n, 100))))
	case starlark.String:
		e.indent = string(x)
	default:
		return py.Errorf("TypeError", "can't multiply sequence by non-int of type '%s'", py.TypeName(v))
	}
	e.hasIndent, e.itemSep = true, ","
	return nil
}

func (e *encoder) setSeparators(v starlark.Value) error {
	if v == starlark.None {
		return nil
	}
	seps, err := elements(e.thread, v)
	if err != nil {
		return err
	}
	if len(seps) != 2 {
		return py.Errorf("ValueError", "too many values to unpack (expected 2)")
	}
	item, ok1 := seps[0].(starlark.String)
	key, ok2 := seps[1].(starlark.String)
	if !ok1 || !ok2 {
		return py.Errorf("TypeError", "make_encoder() argument 6 must be str, not %s", py.TypeName(seps[0]))
	}
	e.itemSep, e.keySep = string(item), string(key)
	return nil
}

func (e *encoder) value(v starlark.Value) error {
	switch x := v.(type) {
	case starlark.NoneType:
		e.b.WriteString("null")
	case starlark.Bool:
		e.b.WriteString(map[bool]string{true: "true", false: "false"}[bool(x)])
	case starlark.Int:
		e.b.WriteString(x.String())
	case starlark.Float:
		e.b.WriteString(jsonFloat(float64(x)))
	case starlark.String:
		e.b.WriteString(jsonQuote(string(x), e.ascii))
	case *starlark.List, starlark.Tuple, *Record:
		return e.container(v, e.array)
	case *starlark.Dict, DictLike:
		return e.container(v, e.object)
	default:
		return e.other(v)
	}
	return nil
}

// other writes what default() makes of a value JSON has no form for.
func (e *encoder) other(v starlark.Value) error {
	if e.dflt == starlark.None {
		return py.Errorf("TypeError", "Object of type %s is not JSON serializable", className(v))
	}
	r, err := starlark.Call(e.thread, e.dflt, starlark.Tuple{v}, nil)
	if err != nil {
		return err
	}
	return e.container(v, func(starlark.Value) error { return e.value(r) })
}

func jsonFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return py.FloatRepr(f)
}

// container writes v with write, refusing a value already being
// written further out.
func (e *encoder) container(v starlark.Value, write func(starlark.Value) error) error {
	for _, outer := range e.path {
		if outer == v {
			return py.Errorf("ValueError", "Circular reference detected")
		}
	}
	if len(e.path) > 500 {
		return py.Errorf("RecursionError", "maximum recursion depth exceeded while encoding a JSON object")
	}
	e.path = append(e.path, v)
	defer func() { e.path = e.path[:len(e.path)-1] }()
	return write(v)
}

// newline starts a line at the current depth, when indenting.
func (e *encoder) newline() {
	if e.hasIndent {
		e.b.WriteString("\n" + strings.Repeat(e.indent, len(e.path)))
	}
}

func (e *encoder) closing(bracket string) {
	if e.hasIndent {
		e.b.WriteString("\n" + strings.Repeat(e.indent, len(e.path)-1))
	}
	e.b.WriteString(bracket)
}

func (e *encoder) array(v starlark.Value) error {
	items, err := elements(e.thread, v)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	e.b.WriteString("[")
	for i, x := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		e.newline()
		if err := e.value(x); err != nil {
			return err
		}
	}
	e.closing("]")
	return nil
}

func (e *encoder) object(v starlark.Value) error {
	items, err := e.keyedItems(v.(starlark.IterableMapping).Items())
	if err != nil {
		return err
	}
	if len(items) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	e.b.WriteString("{")
	for i, kv := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		e.newline()
		e.b.WriteString(jsonQuote(kv.key, e.ascii) + e.keySep)
		if err := e.value(kv.value); err != nil {
			return err
		}
	}
	e.closing("}")
	return nil
}

type jsonItem struct {
	key   string
	value starlark.Value
}

// keyedItems turns a dict's keys into JSON's strings, sorted if asked.
func (e *encoder) keyedItems(pairs []starlark.Tuple) ([]jsonItem, error) {
	var out []jsonItem
	for _, kv := range pairs {
		k, ok := jsonKey(kv[0])
		if !ok && e.skipKeys {
			continue
		}
		if !ok {
			return nil, py.Errorf("TypeError", "keys must be str, int, float, bool or None, not %s", py.TypeName(kv[0]))
		}
		out = append(out, jsonItem{k, kv[1]})
	}
	if e.sortKeys {
		sort.SliceStable(out, func(i, j int) bool { return out[i].key < out[j].key })
	}
	return out, nil
}

func jsonKey(k starlark.Value) (string, bool) {
	switch x := k.(type) {
	case starlark.String:
		return string(x), true
	case starlark.Int:
		return x.String(), true
	case starlark.Float:
		return jsonFloat(float64(x)), true
	case starlark.Bool:
		return map[bool]string{true: "true", false: "false"}[bool(x)], true
	case starlark.NoneType:
		return "null", true
	}
	return "", false
}

// jsonQuote writes s as a JSON string, escaping non-ASCII characters as
// \uXXXX (surrogate pairs past U+FFFF) when ascii is set, as CPython does.
func jsonQuote(s string, ascii bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20 || (ascii && r > 0x7e):
			writeUnicodeEscape(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func writeUnicodeEscape(b *strings.Builder, r rune) {
	if r > 0xffff {
		hi, lo := utf16.EncodeRune(r)
		writeUnicodeEscape(b, hi)
		writeUnicodeEscape(b, lo)
		return
	}
	hex := strconv.FormatInt(int64(r), 16)
	b.WriteString(`\u` + strings.Repeat("0", 4-len(hex)) + hex)
}

// className is the name of v's class without its module, as
// o.__class__.__name__ gives it: Decimal, deque.
func className(v starlark.Value) string {
	name := py.TypeName(v)
	return name[strings.LastIndex(name, ".")+1:]
}
