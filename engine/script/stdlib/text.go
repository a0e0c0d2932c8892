package stdlib

import (
	"strings"
	"sync"

	"go.starlark.net/starlark"
)

// stringNames are the string module's constants and capwords.
// See https://docs.python.org/3/library/string.html.
var stringNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"ascii_lowercase": starlark.String(lower),
		"ascii_uppercase": starlark.String(upper),
		"ascii_letters":   starlark.String(lower + upper),
		"digits":          starlark.String(digits),
		"hexdigits":       starlark.String(digits + "abcdefABCDEF"),
		"octdigits":       starlark.String("01234567"),
		"punctuation":     starlark.String(punctuation),
		"whitespace":      starlark.String(whitespace),
		"printable":       starlark.String(digits + lower + upper + punctuation + whitespace),
		"capwords":        builtin("capwords", string_capwords),
	}
})

const (
	lower       = "abcdefghijklmnopqrstuvwxyz"
	upper       = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits      = "0123456789"
	punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	whitespace  = " \t\n\r\x0b\x0c"
)

// string_capwords capitalizes each word and joins them with sep (one
// space when sep is None, after splitting on runs of whitespace).
func string_capwords(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s string
	var sep starlark.Value = starlark.None
	if err := starlark.UnpackArgs("capwords", args, kwargs, "s", &s, "sep?", &sep); err != nil {
		return nil, err
	}
	var words []string
	join := " "
	if sepStr, ok := sep.(starlark.String); ok {
		join = string(sepStr)
		words = strings.Split(s, join)
	} else {
		words = strings.Fields(s)
	}
	for i, w := range words {
		if w != "" {
			r := []rune(strings.ToLower(w))
			words[i] = strings.ToUpper(string(r[0])) + string(r[1:])
		}
	}
	return starlark.String(strings.Join(words, join)), nil
}
