package py

import "go.starlark.net/starlark"

// Chars is a string's characters, one string per code point: what Python
// iterates and indexes a string by (Starlark strings are not iterable).
func Chars(s starlark.String) starlark.Tuple {
	out := make(starlark.Tuple, 0, len(s))
	for _, r := range string(s) {
		out = append(out, starlark.String(string(r)))
	}
	return out
}

// Iterate returns an iterator over v as Python's for loop sees it, a
// string by character, bytes by int, or Python's TypeError when v is not iterable. The
// caller must call Done.
func Iterate(v starlark.Value) (starlark.Iterator, error) {
	switch x := v.(type) {
	case starlark.String:
		v = Chars(x)
	case starlark.Bytes:
		v = byteValues(x)
	}
	if it := starlark.Iterate(v); it != nil {
		return it, nil
	}
	return nil, Errorf("TypeError", "'%s' object is not iterable", TypeName(v))
}

// byteValues is a bytes value's bytes as ints, as Python iterates it.
func byteValues(b starlark.Bytes) starlark.Tuple {
	out := make(starlark.Tuple, len(b))
	for i := 0; i < len(b); i++ {
		out[i] = starlark.MakeInt(int(b[i]))
	}
	return out
}

// Elements is list(v): v's elements as Python iterates them.
func Elements(v starlark.Value) ([]starlark.Value, error) {
	it, err := Iterate(v)
	if err != nil {
		return nil, err
	}
	defer it.Done()
	var out []starlark.Value
	var x starlark.Value
	for it.Next(&x) {
		out = append(out, x)
	}
	return out, nil
}
