package stdlib

import "go.starlark.net/starlark"

var jsonNames = starlark.StringDict{}
var statisticsNames = starlark.StringDict{}
var decimalNames = starlark.StringDict{}
var copyNames = starlark.StringDict{}
var operatorNames = starlark.StringDict{}
var stringNames = starlark.StringDict{}

func typingNames() starlark.StringDict { return starlark.StringDict{} }
