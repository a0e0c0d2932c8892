package script

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// chars returns the list of a string's characters, or v itself.
func chars(v starlark.Value) starlark.Value {
	s, ok := v.(starlark.String)
	if !ok {
		return v
	}
	return starlark.NewList(py.Chars(s))
}
