package script

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/interp"
)

// string_format_map is str.format_map(mapping): str.format with each
// field's name looked up in mapping as mapping[name] does, so that a
// dict subclass's __missing__ answers the names it lacks.
// See https://docs.python.org/3/library/stdtypes.html#str.format_map
func string_format_map(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var mapping starlark.Value
	if err := starlark.UnpackPositionalArgs("format_map", args, kwargs, 1, &mapping); err != nil {
		return nil, err
	}
	format := string(b.Receiver().(starlark.String))
	names, err := fieldNames(format)
	if err != nil {
		return nil, err
	}
	var kw []starlark.Tuple
	var values starlark.Tuple
	for _, name := range names {
		v, err := interp.GetItem(thread, mapping, starlark.String(name))
		if err != nil {
			return nil, err
		}
		kw = append(kw, starlark.Tuple{starlark.String(name), v})
		values = append(values, v)
	}
	if err := checkText(thread, values); err != nil {
		return nil, err
	}
	s, err := py.StrFormat(format, nil, kw)
	return starlark.String(s), err
}

// fieldNames are the names of a format string's replacement fields, the
// part before any attribute, index, conversion or spec, each once.
func fieldNames(format string) ([]string, error) {
	var names []string
	seen := map[string]bool{}
	for i := 0; i < len(format); i++ {
		if format[i] != '{' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '{' {
			i++
			continue
		}
		end := strings.IndexAny(format[i+1:], ".[!:}")
		if end < 0 {
			break
		}
		name := format[i+1 : i+1+end]
		if name == "" || strings.Trim(name, "0123456789") == "" {
			return nil, py.Errorf("ValueError", "Format string contains positional fields")
		}
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
		i += end
	}
	return names, nil
}
