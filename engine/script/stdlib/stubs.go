package stdlib

import "go.starlark.net/starlark"

var decimalNames = starlark.StringDict{}
