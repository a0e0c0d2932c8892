package script

import (
	"errors"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
	"ormlab/engine/py"
)

// builtin_float converts as Python's float(): surrounding blanks are
// ignored and a literal beyond the float range is infinite.
func builtin_float(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value = starlark.Float(0)
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &x); err != nil {
		return nil, err
	}
	if f, ok := x.(interface{ PyFloat() float64 }); ok {
		return starlark.Float(f.PyFloat()), nil
	}
	s, ok := x.(starlark.String)
	if !ok {
		switch x.(type) {
		case starlark.Int, starlark.Float, starlark.Bool:
		default:
			return nil, py.Errorf("TypeError", "float() argument must be a string or a real number, not '%s'", py.TypeName(x))
		}
		return starlark.Call(thread, starlark.Universe["float"], starlark.Tuple{x}, nil)
	}
	text := strings.TrimSpace(string(s))
	f, err := strconv.ParseFloat(strings.ReplaceAll(text, "_", ""), 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) || strings.HasPrefix(strings.ToLower(strings.TrimLeft(text, "+-")), "0x") {
		return nil, py.Errorf("ValueError", "could not convert string to float: %s", py.Quote(string(s)))
	}
	return starlark.Float(f), nil
}

// builtin_int converts as Python's int(), which ignores the blanks
// around a number written as a string.
func builtin_int(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 && len(kwargs) == 0 {
		return starlark.MakeInt(0), nil
	}
	if len(args) > 0 {
		switch x := args[0].(type) {
		case starlark.String:
			args = append(starlark.Tuple{starlark.String(intLiteral(string(x)))}, args[1:]...)
		case starlark.Int, starlark.Float, starlark.Bool, starlark.Bytes:
		case interface {
			PyInt() (starlark.Value, error)
		}:
			return x.PyInt()
		default:
			if len(args) == 1 {
				return nil, py.Errorf("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '%s'", py.TypeName(x))
			}
		}
	}
	return starlark.Call(thread, starlark.Universe["int"], args, kwargs)
}

// intLiteral trims s and drops the underscores Python allows between
// digits ("1_000"); any other text is left for int() to refuse.
func intLiteral(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "_") {
		return s
	}
	digits := strings.TrimLeft(s, "+-")
	for _, group := range strings.Split(digits, "_") {
		if group == "" || strings.Trim(group, "0123456789") != "" {
			return s
		}
	}
	return strings.ReplaceAll(s, "_", "")
}
