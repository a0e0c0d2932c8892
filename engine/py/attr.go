package py

import "go.starlark.net/starlark"

// Attr returns v.name, or Python's AttributeError when v has no such
// attribute.
func Attr(v starlark.Value, name string) (starlark.Value, error) {
	if ha, ok := v.(starlark.HasAttrs); ok {
		x, err := ha.Attr(name)
		if err != nil {
			return nil, err
		}
		if x != nil {
			return x, nil
		}
	}
	return nil, NoAttribute(v, name)
}

// NoAttribute returns the AttributeError Python raises for v.name:
// 'Book' object has no attribute 'foo'.
func NoAttribute(v starlark.Value, name string) *Exception {
	return Errorf("AttributeError", "'%s' object has no attribute '%s'", TypeName(v), name)
}

// KeyError returns Python's KeyError for a missing key, its message the
// key's repr.
func KeyError(key starlark.Value) *Exception {
	return &Exception{Type: "KeyError", Msg: Repr(key), Args: []starlark.Value{key}}
}

// Index returns v[key] for a mapping or an indexable sequence, with
// Python's KeyError, IndexError and TypeError.
func Index(v, key starlark.Value) (starlark.Value, error) {
	switch x := v.(type) {
	case starlark.Mapping:
		got, found, err := x.Get(key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, KeyError(key)
		}
		return got, nil
	case starlark.Bytes:
		return bytesIndex(x, key)
	case starlark.Indexable:
		return sequenceIndex(x, key)
	}
	return nil, Errorf("TypeError", "'%s' object is not subscriptable", TypeName(v))
}

func sequenceIndex(x starlark.Indexable, key starlark.Value) (starlark.Value, error) {
	n, ok := key.(starlark.Int)
	if !ok {
		return nil, Errorf("TypeError", "%s indices must be integers or slices, not %s", TypeName(x), TypeName(key))
	}
	i, ok := n.Int64()
	if i < 0 {
		i += int64(x.Len())
	}
	if !ok || i < 0 || i >= int64(x.Len()) {
		return nil, Errorf("IndexError", "%s index out of range", TypeName(x))
	}
	return x.Index(int(i)), nil
}

// bytesIndex is b[i]: an int, with the messages bytes give.
func bytesIndex(b starlark.Bytes, key starlark.Value) (starlark.Value, error) {
	if _, ok := key.(starlark.Int); !ok {
		return nil, Errorf("TypeError", "byte indices must be integers or slices, not %s", TypeName(key))
	}
	v, err := sequenceIndex(byteValues(b), key)
	if err != nil {
		return nil, Errorf("IndexError", "index out of range")
	}
	return v, nil
}
