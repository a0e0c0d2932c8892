package stdlib

import (
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// tupleType is a class namedtuple() makes: a tuple type whose items are
// also named fields.
// See https://docs.python.org/3/library/collections.html#collections.namedtuple.
type tupleType struct {
	name     string
	fields   []string
	defaults starlark.Tuple // for the last len(defaults) fields
}

var (
	_ starlark.Callable = (*tupleType)(nil)
	_ starlark.HasAttrs = (*tupleType)(nil)
)

// cacheInfoType is the type of functools' cache_info().
var cacheInfoType = &tupleType{name: "CacheInfo", fields: []string{"hits", "misses", "maxsize", "currsize"}}

func collections_namedtuple(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var names, defaults, rename, module starlark.Value = nil, starlark.None, starlark.False, starlark.None
	if err := starlark.UnpackArgs("namedtuple", args, kwargs, "typename", &name, "field_names", &names,
		"rename?", &rename, "defaults?", &defaults, "module?", &module); err != nil {
		return nil, err
	}
	fields, err := fieldNames(thread, names)
	if err != nil {
		return nil, err
	}
	t := &tupleType{name: name, fields: fields}
	if defaults != starlark.None {
		if t.defaults, err = elements(thread, defaults); err != nil {
			return nil, err
		}
		if len(t.defaults) > len(fields) {
			return nil, py.Errorf("TypeError", "Got more default values than field names")
		}
	}
	return t, nil
}

// fieldNames splits "x y" or "x, y", or lists a sequence of names.
func fieldNames(thread *starlark.Thread, v starlark.Value) ([]string, error) {
	var names []string
	if s, ok := v.(starlark.String); ok {
		names = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		items, err := elements(thread, v)
		if err != nil {
			return nil, err
		}
		for _, x := range items {
			names = append(names, py.Str(x))
		}
	}
	seen := map[string]bool{}
	for _, n := range names {
		if strings.HasPrefix(n, "_") {
			return nil, py.Errorf("ValueError", "Field names cannot start with an underscore: %s", py.Quote(n))
		}
		if seen[n] {
			return nil, py.Errorf("ValueError", "Encountered duplicate field name: %s", py.Quote(n))
		}
		seen[n] = true
	}
	return names, nil
}

func (t *tupleType) Name() string          { return t.name }
func (t *tupleType) String() string        { return t.PyRepr() }
func (t *tupleType) Type() string          { return "type" }
func (t *tupleType) Freeze()               {}
func (t *tupleType) Truth() starlark.Bool  { return true }
func (t *tupleType) Hash() (uint32, error) { return starlark.String(t.name).Hash() }

// PyRepr is <class '__main__.Point'>: the script is __main__.
func (t *tupleType) PyRepr() string { return "<class '__main__." + t.name + "'>" }

// IsInstance reports whether v was made by this type, for isinstance.
func (t *tupleType) IsInstance(v starlark.Value) bool {
	r, ok := v.(*Record)
	return ok && r.typ == t
}

func (t *tupleType) make(items starlark.Tuple) *Record { return &Record{typ: t, items: items} }

// CallInternal binds positional and keyword arguments to the fields.
func (t *tupleType) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > len(t.fields) {
		return nil, py.Errorf("TypeError", "%s.__new__() takes %d positional arguments but %d were given", t.name, len(t.fields)+1, len(args)+1)
	}
	items := make(starlark.Tuple, len(t.fields))
	copy(items, args)
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		i := t.field(k)
		if i < 0 {
			return nil, py.Errorf("TypeError", "%s.__new__() got an unexpected keyword argument '%s'", t.name, k)
		}
		if items[i] != nil {
			return nil, py.Errorf("TypeError", "%s.__new__() got multiple values for argument '%s'", t.name, k)
		}
		items[i] = kv[1]
	}
	return t.make(items), t.fillDefaults(items)
}

func (t *tupleType) field(name string) int {
	for i, f := range t.fields {
		if f == name {
			return i
		}
	}
	return -1
}

// fillDefaults fills unset fields from the defaults, or names the
// missing ones as CPython does.
func (t *tupleType) fillDefaults(items starlark.Tuple) error {
	first := len(t.fields) - len(t.defaults)
	var missing []string
	for i := range items {
		if items[i] == nil && i >= first {
			items[i] = t.defaults[i-first]
		} else if items[i] == nil {
			missing = append(missing, "'"+t.fields[i]+"'")
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return py.Errorf("TypeError", "%s.__new__() missing 1 required positional argument: %s", t.name, missing[0])
	}
	list := strings.Join(missing[:len(missing)-1], ", ") + " and " + missing[len(missing)-1]
	if len(missing) > 2 {
		list = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
	}
	return py.Errorf("TypeError", "%s.__new__() missing %d required positional arguments: %s", t.name, len(missing), list)
}

func (t *tupleType) Attr(name string) (starlark.Value, error) {
	switch name {
	case "_fields":
		out := make(starlark.Tuple, len(t.fields))
		for i, f := range t.fields {
			out[i] = starlark.String(f)
		}
		return out, nil
	case "_field_defaults":
		d := starlark.NewDict(len(t.defaults))
		first := len(t.fields) - len(t.defaults)
		for i, v := range t.defaults {
			_ = d.SetKey(starlark.String(t.fields[first+i]), v)
		}
		return d, nil
	case "_make":
		return builtin("_make", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var iterable starlark.Value
			if err := starlark.UnpackPositionalArgs("_make", args, kwargs, 1, &iterable); err != nil {
				return nil, err
			}
			items, err := elements(thread, iterable)
			if err != nil {
				return nil, err
			}
			if len(items) != len(t.fields) {
				return nil, py.Errorf("TypeError", "Expected %d arguments, got %d", len(t.fields), len(items))
			}
			return t.make(items), nil
		}), nil
	case "__name__":
		return starlark.String(t.name), nil
	}
	return nil, nil
}

func (t *tupleType) AttrNames() []string {
	return []string{"__name__", "_field_defaults", "_fields", "_make"}
}

// Record is an instance of a namedtuple type: a tuple with named fields.
type Record struct {
	typ   *tupleType
	items starlark.Tuple
}

var (
	_ starlark.Indexable   = (*Record)(nil)
	_ starlark.Sliceable   = (*Record)(nil)
	_ starlark.HasSetField = (*Record)(nil)
	_ starlark.Comparable  = (*Record)(nil)
)

// Tuple is the record's items as a plain tuple.
func (r *Record) Tuple() starlark.Tuple { return r.items }

func (r *Record) String() string                            { return r.PyRepr() }
func (r *Record) Type() string                              { return r.typ.name }
func (r *Record) Freeze()                                   {}
func (r *Record) Truth() starlark.Bool                      { return len(r.items) > 0 }
func (r *Record) Hash() (uint32, error)                     { return r.items.Hash() }
func (r *Record) Len() int                                  { return len(r.items) }
func (r *Record) Index(i int) starlark.Value                { return r.items[i] }
func (r *Record) Iterate() starlark.Iterator                { return r.items.Iterate() }
func (r *Record) Slice(start, end, step int) starlark.Value { return r.items.Slice(start, end, step) }

// PyRepr is Point(x=1, y=2).
func (r *Record) PyRepr() string {
	parts := make([]string, len(r.items))
	for i, v := range r.items {
		parts[i] = r.typ.fields[i] + "=" + py.Repr(v)
	}
	return r.typ.name + "(" + strings.Join(parts, ", ") + ")"
}

func (r *Record) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	return starlark.CompareDepth(op, r.items, y.(*Record).items, depth)
}

func (r *Record) SetField(name string, _ starlark.Value) error {
	if r.typ.field(name) >= 0 {
		return py.Errorf("AttributeError", "can't set attribute")
	}
	return py.Errorf("AttributeError", "'%s' object has no attribute '%s'", r.typ.name, name)
}

func (r *Record) Attr(name string) (starlark.Value, error) {
	if i := r.typ.field(name); i >= 0 {
		return r.items[i], nil
	}
	switch name {
	case "_asdict":
		return builtin("_asdict", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			d := starlark.NewDict(len(r.items))
			for i, v := range r.items {
				_ = d.SetKey(starlark.String(r.typ.fields[i]), v)
			}
			return d, nil
		}), nil
	case "_replace":
		return builtin("_replace", r.replace), nil
	case "count", "index":
		d := &Deque{items: r.items, maxlen: -1}
		return dequeMethods[name].(*starlark.Builtin).BindReceiver(d), nil
	}
	return r.typ.Attr(name)
}

func (r *Record) AttrNames() []string {
	return append(append([]string{}, r.typ.fields...), "_asdict", "_fields", "_replace", "count", "index")
}

func (r *Record) replace(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, py.Errorf("TypeError", "%s._replace() takes 1 positional argument but %d were given", r.typ.name, len(args)+1)
	}
	items := append(starlark.Tuple{}, r.items...)
	var unknown []string
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		if i := r.typ.field(k); i >= 0 {
			items[i] = kv[1]
		} else {
			unknown = append(unknown, py.Quote(k))
		}
	}
	if len(unknown) > 0 {
		return nil, py.Errorf("ValueError", "Got unexpected field names: [%s]", strings.Join(unknown, ", "))
	}
	return r.typ.make(items), nil
}
