package script

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
	"ormlab/engine/py"
)

// The hidden builtins the rewriter calls. Their names cannot clash with
// a learner's, and they are always predeclared.
const (
	hiddenFString     = "__ormlab_fstring__"
	hiddenField       = "__ormlab_field__"
	hiddenAssert      = "__ormlab_assert__"
	hiddenImportError = "__ormlab_import_error__"
	hiddenPow         = "__ormlab_pow__"
	hiddenMod         = "__ormlab_mod__"
	hiddenMethod      = "__ormlab_method__"
	hiddenIter        = "__ormlab_iter__"
	hiddenAdd         = "__ormlab_add__"
	hiddenMul         = "__ormlab_mul__"
	hiddenGrow        = "__ormlab_grow__"
)

var hidden = starlark.StringDict{
	hiddenFString:     starlark.NewBuiltin(hiddenFString, ormlab_fstring),
	hiddenField:       starlark.NewBuiltin(hiddenField, ormlab_field),
	hiddenAssert:      starlark.NewBuiltin("assert", ormlab_assert),
	hiddenImportError: starlark.NewBuiltin("import", ormlab_import_error),
	hiddenPow:         starlark.NewBuiltin("pow", builtin_pow),
	hiddenMod:         starlark.NewBuiltin(hiddenMod, ormlab_mod),
	hiddenMethod:      starlark.NewBuiltin(hiddenMethod, ormlab_method),
	hiddenIter:        starlark.NewBuiltin(hiddenIter, ormlab_iter),
	hiddenAdd:         starlark.NewBuiltin(hiddenAdd, ormlab_add),
	hiddenMul:         starlark.NewBuiltin(hiddenMul, ormlab_mul),
	hiddenGrow:        starlark.NewBuiltin(hiddenGrow, ormlab_grow),
}

// ormlab_fstring concatenates an f-string's formatted pieces.
func ormlab_fstring(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	var b strings.Builder
	for _, a := range args {
		s, _ := starlark.AsString(a)
		b.WriteString(s)
	}
	return starlark.String(b.String()), nil
}

// ormlab_field formats one f-string field: value, conversion, spec.
func ormlab_field(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	if err := checkText(thread, args[0]); err != nil {
		return nil, err
	}
	v, err := py.Convert(args[0], string(args[1].(starlark.String)))
	if err != nil {
		return nil, err
	}
	s, err := py.Format(v, string(args[2].(starlark.String)))
	return starlark.String(s), err
}

func ormlab_assert(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 || args[0].Truth() {
		return starlark.None, nil
	}
	e := &py.Exception{Type: "AssertionError"}
	if len(args) > 1 {
		e.Msg = py.Str(args[1])
	}
	return nil, e
}

func ormlab_import_error(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	return nil, py.Errorf("ImportError", "cannot import name '%s' from '%s'", py.Str(args[0]), py.Str(args[1]))
}

// ormlab_mod is the % operator: Python's printf-style formatting when
// the left operand is a string.
func ormlab_mod(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	if s, ok := args[0].(starlark.String); ok {
		if err := checkText(thread, args[1]); err != nil {
			return nil, err
		}
		out, err := py.Percent(string(s), args[1])
		return starlark.String(out), err
	}
	return starlark.Binary(syntax.PERCENT, args[0], args[1])
}

// ormlab_iter makes a string iterable by its characters, as in Python.
func ormlab_iter(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	return chars(args[0]), nil
}

// chars returns the list of a string's characters, or v itself.
func chars(v starlark.Value) starlark.Value {
	switch x := v.(type) {
	case starlark.String:
		return starlark.NewList(py.Chars(x))
	case starlark.Bytes:
		items, _ := py.Elements(x)
		return starlark.NewList(items)
	}
	return v
}
