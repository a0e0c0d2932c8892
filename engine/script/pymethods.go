package script

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

// pythonMethods are the methods of the built-in types that the Python
// front end gives in place of Starlark's or adds, keyed by Starlark type
// and method name: they take CPython's arguments and raise its errors.
// See https://docs.python.org/3/library/stdtypes.html.
var pythonMethods = map[string]map[string]*starlark.Builtin{
	"list": {
		"pop":   starlark.NewBuiltin("pop", list_pop),
		"sort":  starlark.NewBuiltin("sort", py_list_sort),
		"index": starlark.NewBuiltin("index", sequence_index("list")),
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
	"string": {
		"join":         starlark.NewBuiltin("join", py_string_join),
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
}

// pythonMethod is the Python front end's method name of v, if it has one.
func pythonMethod(v starlark.Value, name string) (starlark.Value, bool) {
	if m, ok := pythonMethods[v.Type()][name]; ok {
		return m.BindReceiver(v), true
	}
	if m, ok := methodOverrides[v.Type()][name]; ok {
		return m.BindReceiver(v), true
	}
	return nil, false
}

func list_pop(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	l := b.Receiver().(*starlark.List)
	i := l.Len() - 1
	if err := starlark.UnpackPositionalArgs("pop", args, kwargs, 0, &i); err != nil {
		return nil, err
	}
	if l.Len() == 0 {
		return nil, py.Errorf("IndexError", "pop from empty list")
	}
	if i < 0 {
		i += l.Len()
	}
	if i < 0 || i >= l.Len() {
		return nil, py.Errorf("IndexError", "pop index out of range")
	}
	inner, _ := l.Attr("pop")
	return starlark.Call(thread, inner, starlark.Tuple{starlark.MakeInt(i)}, nil)
}

// sequence_index is list.index, tuple.index and range.index, with the
// message each type's gives.
func sequence_index(typ string) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		start, end := 0, 1<<62
		if err := starlark.UnpackPositionalArgs("index", args, kwargs, 1, &x, &start, &end); err != nil {
			return nil, err
		}
		seq := b.Receiver().(starlark.Indexable)
		n := seq.Len()
		start, end = clampIndex(start, n), clampIndex(end, n)
		for i := start; i < end; i++ {
			if eq, err := starlark.Equal(seq.Index(i), x); err != nil || eq {
				return starlark.MakeInt(i), err
			}
		}
		switch typ {
		case "tuple":
			return nil, py.Errorf("ValueError", "tuple.index(x): x not in tuple")
		case "range":
			return nil, py.Errorf("ValueError", "%s is not in range", py.Repr(x))
		}
		return nil, py.Errorf("ValueError", "%s is not in list", py.Repr(x))
	}
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
	}
	return max(0, min(i, n))
}

func dict_pop(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k, dflt starlark.Value
	if err := starlark.UnpackPositionalArgs("pop", args, kwargs, 1, &k, &dflt); err != nil {
		return nil, err
	}
	v, found, err := b.Receiver().(*starlark.Dict).Delete(k)
	if err != nil {
		return nil, err
	}
	if found {
		return v, nil
	}
	if dflt != nil {
		return dflt, nil
	}
	return nil, py.KeyError(k)
}

// dict_popitem removes the last item inserted, as CPython does.
func dict_popitem(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("popitem", args, kwargs, 0); err != nil {
		return nil, err
	}
	d := b.Receiver().(*starlark.Dict)
	items := d.Items()
	if len(items) == 0 {
		return nil, py.KeyError(starlark.String("popitem(): dictionary is empty"))
	}
	last := items[len(items)-1]
	_, _, err := d.Delete(last[0])
	return last, err
}

func set_remove(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("remove", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	s := b.Receiver().(*starlark.Set)
	if found, err := s.Has(x); err != nil || !found {
		if err == nil {
			err = py.KeyError(x)
		}
		return nil, err
	}
	_, err := s.Delete(x)
	return starlark.None, err
}

func set_pop(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s := b.Receiver().(*starlark.Set)
	if s.Len() == 0 {
		return nil, py.KeyError(starlark.String("pop from an empty set"))
	}
	inner, _ := s.Attr("pop")
	return starlark.Call(thread, inner, args, kwargs)
}

func set_isdisjoint(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var other starlark.Value
	if err := starlark.UnpackPositionalArgs("isdisjoint", args, kwargs, 1, &other); err != nil {
		return nil, err
	}
	items, err := stdlib.Elements(thread, other)
	if err != nil {
		return nil, err
	}
	for _, x := range items {
		if found, err := b.Receiver().(*starlark.Set).Has(x); err != nil || found {
			return starlark.False, err
		}
	}
	return starlark.True, nil
}

func set_copy(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s := b.Receiver().(*starlark.Set)
	out := starlark.NewSet(s.Len())
	items, err := stdlib.Elements(thread, s)
	for _, x := range items {
		_ = out.Insert(x)
	}
	return out, err
}

// py_string_join joins strings, naming the first item that is not one
// as CPython does.
func py_string_join(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	if err := starlark.UnpackPositionalArgs("join", args, kwargs, 1, &iterable); err != nil {
		return nil, err
	}
	items, err := stdlib.Elements(thread, iterable)
	if err != nil {
		return nil, py.Errorf("TypeError", "can only join an iterable")
	}
	sep := string(b.Receiver().(starlark.String))
	parts := make([]string, len(items))
	size := int64(len(sep) * max(0, len(items)-1))
	for i, x := range items {
		s, ok := x.(starlark.String)
		if !ok {
			return nil, py.Errorf("TypeError", "sequence item %d: expected str instance, %s found", i, py.TypeName(x))
		}
		parts[i] = string(s)
		size += int64(len(s))
	}
	if err := reserve(thread, size); err != nil {
		return nil, err
	}
	if err := charge(thread, uint64(len(items))); err != nil {
		return nil, err
	}
	return starlark.String(strings.Join(parts, sep)), nil
}

func receiverText(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (string, error) {
	return string(b.Receiver().(starlark.String)), starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0)
}

func string_swapcase(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := receiverText(b, args, kwargs)
	return starlark.String(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s)), err
}

func string_isidentifier(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := receiverText(b, args, kwargs)
	ok := s != ""
	for i, r := range s {
		ok = ok && (r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))))
	}
	return starlark.Bool(ok), err
}

func string_isdigit(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := receiverText(b, args, kwargs)
	ok := s != ""
	for _, r := range s {
		ok = ok && unicode.IsDigit(r)
	}
	return starlark.Bool(ok), err
}

func string_isascii(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := receiverText(b, args, kwargs)
	ok := true
	for _, r := range s {
		ok = ok && r < utf8.RuneSelf
	}
	return starlark.Bool(ok), err
}

func string_casefold(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := receiverText(b, args, kwargs)
	return starlark.String(strings.ReplaceAll(strings.ToLower(s), "ß", "ss")), err
}

// string_encode is str.encode() in UTF-8, the only encoding the lab has.
func string_encode(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	encoding, errors := "utf-8", "strict"
	if err := starlark.UnpackArgs("encode", args, kwargs, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	switch strings.ReplaceAll(strings.ToLower(encoding), "_", "-") {
	case "utf-8", "utf8":
		return starlark.Bytes(b.Receiver().(starlark.String)), nil
	}
	return nil, py.Errorf("LookupError", "unknown encoding: %s (ORM Lab encodes only UTF-8)", encoding)
}

func string_expandtabs(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	size := 8
	if err := starlark.UnpackArgs("expandtabs", args, kwargs, "tabsize?", &size); err != nil {
		return nil, err
	}
	var out strings.Builder
	col := 0
	for _, r := range string(b.Receiver().(starlark.String)) {
		switch {
		case r == '\t' && size > 0:
			n := size - col%size
			out.WriteString(strings.Repeat(" ", n))
			col += n
		case r == '\t':
		case r == '\n' || r == '\r':
			out.WriteRune(r)
			col = 0
		default:
			out.WriteRune(r)
			col++
		}
	}
	return starlark.String(out.String()), nil
}

// string_splitlines splits at every line boundary CPython knows, \r\n
// counting as one.
func string_splitlines(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	keepends := false
	if err := starlark.UnpackArgs("splitlines", args, kwargs, "keepends?", &keepends); err != nil {
		return nil, err
	}
	s := []rune(string(b.Receiver().(starlark.String)))
	var lines []starlark.Value
	start := 0
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029", s[i]) {
			continue
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		line := s[start:i]
		if keepends {
			line = s[start:end]
		}
		lines = append(lines, starlark.String(string(line)))
		start, i = end, end-1
	}
	if start < len(s) {
		lines = append(lines, starlark.String(string(s[start:])))
	}
	return starlark.NewList(lines), nil
}

func sequence_count(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("count", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	seq := b.Receiver().(starlark.Indexable)
	n := 0
	for i := 0; i < seq.Len(); i++ {
		if eq, err := starlark.Equal(seq.Index(i), x); err != nil {
			return nil, err
		} else if eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

func dict_fromkeys(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	var value starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("fromkeys", args, kwargs, 1, &iterable, &value); err != nil {
		return nil, err
	}
	keys, err := stdlib.Elements(thread, iterable)
	if err != nil {
		return nil, err
	}
	d := starlark.NewDict(len(keys))
	for _, k := range keys {
		if err := d.SetKey(k, value); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// bytes_decode is bytes.decode() from UTF-8, the only encoding the lab
// has.
func bytes_decode(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	encoding, errors := "utf-8", "strict"
	if err := starlark.UnpackArgs("decode", args, kwargs, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	data := string(b.Receiver().(starlark.Bytes))
	if !utf8.ValidString(data) {
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRuneInString(data[i:])
			if r == utf8.RuneError && size == 1 {
				return nil, py.Errorf("UnicodeDecodeError", "'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", data[i], i)
			}
			i += size
		}
	}
	return starlark.String(data), nil
}

// str_maketrans is str.maketrans(x[, y[, z]]): a table of code points.
func str_maketrans(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y, z starlark.Value
	if err := starlark.UnpackPositionalArgs("maketrans", args, kwargs, 1, &x, &y, &z); err != nil {
		return nil, err
	}
	table := starlark.NewDict(0)
	if y == nil {
		d, ok := x.(*starlark.Dict)
		if !ok {
			return nil, py.Errorf("TypeError", "if you give only one argument to maketrans it must be a dict")
		}
		for _, kv := range d.Items() {
			k := kv[0]
			if s, ok := k.(starlark.String); ok && utf8.RuneCountInString(string(s)) == 1 {
				r, _ := utf8.DecodeRuneInString(string(s))
				k = starlark.MakeInt(int(r))
			}
			_ = table.SetKey(k, kv[1])
		}
		return table, nil
	}
	from, ok1 := x.(starlark.String)
	to, ok2 := y.(starlark.String)
	if !ok1 || !ok2 || utf8.RuneCountInString(string(from)) != utf8.RuneCountInString(string(to)) {
		return nil, py.Errorf("ValueError", "the first two maketrans arguments must have equal length")
	}
	toRunes := []rune(string(to))
	for i, r := range []rune(string(from)) {
		_ = table.SetKey(starlark.MakeInt(int(r)), starlark.MakeInt(int(toRunes[i])))
	}
	if dels, ok := z.(starlark.String); ok {
		for _, r := range string(dels) {
			_ = table.SetKey(starlark.MakeInt(int(r)), starlark.None)
		}
	}
	return table, nil
}

// string_translate maps each character through table: to a string, a
// code point, or None to delete it.
func string_translate(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var table starlark.Value
	if err := starlark.UnpackPositionalArgs("translate", args, kwargs, 1, &table); err != nil {
		return nil, err
	}
	m, ok := table.(starlark.Mapping)
	if !ok {
		return nil, py.Errorf("TypeError", "'%s' object is not subscriptable", py.TypeName(table))
	}
	var out strings.Builder
	for _, r := range string(b.Receiver().(starlark.String)) {
		v, found, err := m.Get(starlark.MakeInt(int(r)))
		if err != nil || !found {
			out.WriteRune(r)
			continue
		}
		switch x := v.(type) {
		case starlark.NoneType:
		case starlark.String:
			out.WriteString(string(x))
		case starlark.Int:
			n, _ := x.Int64()
			out.WriteRune(rune(n))
		default:
			return nil, py.Errorf("TypeError", "character mapping must return integer, None or str")
		}
	}
	return starlark.String(out.String()), nil
}
