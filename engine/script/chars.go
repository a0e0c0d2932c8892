package script

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// chars returns the list of a string's characters or of a bytes value's
// ints, or v itself.
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
