package script

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

func string_format(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := checkText(thread, args); err != nil {
		return nil, err
	}
	s, err := py.StrFormat(string(b.Receiver().(starlark.String)), args, kwargs)
	return starlark.String(s), err
}

// justify reads the width and fill character of ljust, rjust and center
// and returns the receiver and the number of fill characters needed,
// once the result is known to fit in the run's memory.
func justify(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (s string, fill string, pad int, err error) {
	var width int
	fill = " "
	if err = starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &width, &fill); err != nil {
		return
	}
	if utf8.RuneCountInString(fill) != 1 {
		err = py.Errorf("TypeError", "The fill character must be exactly one character long")
		return
	}
	s = string(b.Receiver().(starlark.String))
	pad = max(width-utf8.RuneCountInString(s), 0)
	err = reserve(thread, int64(len(s))+int64(pad)*int64(len(fill)))
	if err != nil {
		pad = 0
	}
	return
}

func string_ljust(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, fill, pad, err := justify(thread, b, args, kwargs)
	return starlark.String(s + strings.Repeat(fill, pad)), err
}

func string_rjust(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, fill, pad, err := justify(thread, b, args, kwargs)
	return starlark.String(strings.Repeat(fill, pad) + s), err
}

// string_center splits the padding as CPython does: the extra character
// of an odd padding goes left only when the width is odd.
func string_center(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, fill, pad, err := justify(thread, b, args, kwargs)
	width := pad + utf8.RuneCountInString(s)
	left := pad/2 + (pad & width & 1)
	return starlark.String(strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)), err
}

func string_zfill(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var width int
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &width); err != nil {
		return nil, err
	}
	s := string(b.Receiver().(starlark.String))
	pad := max(width-utf8.RuneCountInString(s), 0)
	if err := reserve(thread, int64(len(s)+pad)); err != nil {
		return nil, err
	}
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	return starlark.String(sign + strings.Repeat("0", pad) + s), nil
}

// string_replace is Starlark's replace, once the result is known to fit
// in the run's memory: replacing "" by a long string in a long one
// multiplies its size.
func string_replace(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	replace, err := py.Attr(b.Receiver(), "replace")
	if err != nil {
		return nil, err
	}
	if len(args) >= 2 {
		old, _ := starlark.AsString(args[0])
		repl, _ := starlark.AsString(args[1])
		recv := string(b.Receiver().(starlark.String))
		n := int64(strings.Count(recv, old))
		if err := reserve(thread, int64(len(recv))+n*int64(max(len(repl)-len(old), 0))); err != nil {
			return nil, err
		}
	}
	return starlark.Call(thread, replace, args, kwargs)
}

// string_join joins strings, naming the first item that is not one
// as CPython does.
func string_join(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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
