package script

import (
	"go.starlark.net/starlark"
	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

// methods are the methods of the built-in types that Python has and
// Starlark lacks or defines differently, keyed by Starlark type and
// method name: pythonAttr finds them before the value's own. They take
// CPython's arguments and raise its errors.
// See https://docs.python.org/3/library/stdtypes.html.
var methods = map[string]map[string]*starlark.Builtin{
	"string": {
		"format":       starlark.NewBuiltin("format", string_format),
		"format_map":   starlark.NewBuiltin("format_map", string_format_map),
		"ljust":        starlark.NewBuiltin("ljust", string_ljust),
		"rjust":        starlark.NewBuiltin("rjust", string_rjust),
		"center":       starlark.NewBuiltin("center", string_center),
		"zfill":        starlark.NewBuiltin("zfill", string_zfill),
		"join":         starlark.NewBuiltin("join", string_join),
		"replace":      starlark.NewBuiltin("replace", string_replace),
		"swapcase":     starlark.NewBuiltin("swapcase", string_swapcase),
		"isidentifier": starlark.NewBuiltin("isidentifier", string_isidentifier),
		"isnumeric":    starlark.NewBuiltin("isnumeric", string_isdigit),
		"isdecimal":    starlark.NewBuiltin("isdecimal", string_isdigit),
		"isascii":      starlark.NewBuiltin("isascii", string_isascii),
		"casefold":     starlark.NewBuiltin("casefold", string_casefold),
		"encode":       starlark.NewBuiltin("encode", string_encode),
		"expandtabs":   starlark.NewBuiltin("expandtabs", string_expandtabs),
		"splitlines":   starlark.NewBuiltin("splitlines", string_splitlines),
		"translate":    starlark.NewBuiltin("translate", string_translate),
	},
	"bytes": {
		"decode": starlark.NewBuiltin("decode", bytes_decode),
	},
	"list": {
		"pop":     starlark.NewBuiltin("pop", list_pop),
		"sort":    starlark.NewBuiltin("sort", list_sort),
		"index":   starlark.NewBuiltin("index", sequence_index("list")),
		"count":   starlark.NewBuiltin("count", sequence_count),
		"reverse": starlark.NewBuiltin("reverse", list_reverse),
		"copy":    starlark.NewBuiltin("copy", list_copy),
		"extend":  starlark.NewBuiltin("extend", list_extend),
	},
	"tuple": {
		"index": starlark.NewBuiltin("index", sequence_index("tuple")),
		"count": starlark.NewBuiltin("count", sequence_count),
	},
	"range": {
		"index": starlark.NewBuiltin("index", sequence_index("range")),
		"count": starlark.NewBuiltin("count", sequence_count),
	},
	"dict": {
		"copy":    starlark.NewBuiltin("copy", dict_copy),
		"pop":     starlark.NewBuiltin("pop", dict_pop),
		"popitem": starlark.NewBuiltin("popitem", dict_popitem),
		"keys":    liveViewMethod("dict_keys"),
		"values":  liveViewMethod("dict_values"),
		"items":   liveViewMethod("dict_items"),
	},
	"set": {
		"remove":     starlark.NewBuiltin("remove", set_remove),
		"pop":        starlark.NewBuiltin("pop", set_pop),
		"isdisjoint": starlark.NewBuiltin("isdisjoint", set_isdisjoint),
		"copy":       starlark.NewBuiltin("copy", set_copy),
	},
}

// pythonAttr is v.name on the Python front end: the override of a
// built-in type's method where there is one, else the value's own.
func pythonAttr(_ *starlark.Thread, v starlark.Value, name string) (starlark.Value, error) {
	if d, ok := v.(stdlib.DictLike); ok {
		if own, err := v.(starlark.HasAttrs).Attr(name); own != nil || err != nil {
			return own, err
		}
		v = d.Dict()
	}
	if m, ok := methods[v.Type()][name]; ok {
		return m.BindReceiver(v), nil
	}
	return py.Attr(v, name)
}
