package template

import (
	"errors"
	"math"
	"math/big"
	"reflect"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// Python's operations on script values, as Django's template code uses
// them. A QuerySet evaluates itself where Python's would: len(),
// iteration and bool() run its query once; qs[0] runs a LIMIT 1 query
// unless it is already evaluated (py.Subscriptable).

// index is x[key].
func index(x, key starlark.Value) (starlark.Value, error) {
	switch x := x.(type) {
	case py.Subscriptable:
		return x.GetItem(key)
	case starlark.String:
		return index(py.Chars(x), key)
	}
	return py.Index(x, key)
}

// length is len(x), or Python's TypeError.
func length(x starlark.Value) (int, error) {
	if s, ok := x.(starlark.String); ok {
		return utf8.RuneCountInString(string(s)), nil
	}
	if n := starlark.Len(x); n >= 0 {
		return n, nil
	}
	return 0, py.Errorf("TypeError", "object of type '%s' has no len()", py.TypeName(x))
}

// truth is bool(x).
func truth(x starlark.Value) bool { return bool(x.Truth()) }

// contains is Python's item in container.
func contains(container, item starlark.Value) (bool, error) {
	switch c := container.(type) {
	case starlark.String:
		s, ok := item.(starlark.String)
		if !ok {
			return false, py.Errorf("TypeError", "'in <string>' requires string as left operand, not %s", py.TypeName(item))
		}
		return strings.Contains(string(c), string(s)), nil
	case starlark.Mapping, *starlark.List, starlark.Tuple, *starlark.Set:
		found, err := starlark.Binary(syntax.IN, item, container)
		return found == starlark.True, err
	}
	return iterContains(container, item)
}

func iterContains(container, item starlark.Value) (bool, error) {
	it, err := py.Iterate(container)
	if err != nil {
		return false, py.Errorf("TypeError", "argument of type '%s' is not iterable", py.TypeName(container))
	}
	defer it.Done()
	var e starlark.Value
	for it.Next(&e) {
		if eq, err := starlark.Equal(e, item); err == nil && eq {
			return true, nil
		}
	}
	return false, nil
}

// identical is Python's x is y, for the values a template can name: None,
// booleans and objects.
func identical(x, y starlark.Value) bool {
	switch x.(type) {
	case starlark.NoneType, starlark.Bool:
		return x == y
	}
	if !isPointer(x) || !isPointer(y) {
		return false
	}
	return x == y
}

// errValue and errType distinguish the ValueError and TypeError of
// Python's int() and float(), which filters catch differently.
var (
	errValue = errors.New("ValueError")
	errType  = errors.New("TypeError")
)

// toInt is Python's int(x) for an int, a bool, a float or a string.
func toInt(x starlark.Value) (starlark.Int, error) {
	switch v := x.(type) {
	case starlark.Int:
		return v, nil
	case starlark.Bool:
		return starlark.MakeInt(boolInt(bool(v))), nil
	case starlark.Float:
		if math.IsInf(float64(v), 0) || math.IsNaN(float64(v)) {
			return starlark.Int{}, errValue
		}
		n, _ := new(big.Float).SetFloat64(math.Trunc(float64(v))).Int(nil)
		return starlark.MakeBigInt(n), nil
	case starlark.String:
		if n, ok := parseInt(strings.TrimSpace(string(v))); ok {
			return n.(starlark.Int), nil
		}
		return starlark.Int{}, errValue
	}
	return starlark.Int{}, errType
}

// toFloat is Python's float(x) for a number or a string.
func toFloat(x starlark.Value) (float64, error) {
	switch v := x.(type) {
	case starlark.Int, starlark.Float:
		f, _ := starlark.AsFloat(v)
		return f, nil
	case starlark.Bool:
		return float64(boolInt(bool(v))), nil
	case starlark.String:
		s := strings.ToLower(strings.TrimSpace(string(v)))
		if f, ok := parseFloat(s); ok {
			return float64(f.(starlark.Float)), nil
		}
		if f, ok := parseInt(s); ok {
			g, _ := starlark.AsFloat(f)
			return g, nil
		}
		return 0, errValue
	}
	return 0, errType
}

// isPointer reports whether x is a reference, which Python's "is" can
// compare.
func isPointer(x starlark.Value) bool {
	return reflect.TypeOf(x).Kind() == reflect.Pointer
}
