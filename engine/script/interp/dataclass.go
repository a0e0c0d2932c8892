package interp

import (
	"strings"

	"go.starlark.net/starlark"
	starsyntax "go.starlark.net/syntax"

	"ormlab/engine/py"
)

// Dataclasses: @dataclass reads a class body's annotated names and their
// defaults and writes __init__, __repr__, __eq__ (and with order=True the
// orderings, with frozen=True a refusal to assign) as CPython's
// dataclasses module does.
// See https://docs.python.org/3/library/dataclasses.html

// Field is a dataclass field, or what field(...) returns before the
// decorator reads it.
type Field struct {
	name     string
	def      starlark.Value // nil: no default
	factory  starlark.Value // nil: no default_factory
	repr     bool
	compare  bool
	init     bool
	kwOnly   bool
	metadata starlark.Value
}

func (f *Field) String() string {
	return "Field(name=" + py.Repr(starlark.String(f.name)) + ",default=" + reprOrMissing(f.def) + ",default_factory=" + reprOrMissing(f.factory) + ")"
}
func (f *Field) Type() string          { return "Field" }
func (f *Field) Freeze()               {}
func (f *Field) Truth() starlark.Bool  { return true }
func (f *Field) Hash() (uint32, error) { return starlark.String(f.name).Hash() }

// PyRepr implements py.Reprer.
func (f *Field) PyRepr() string { return f.String() }

func reprOrMissing(v starlark.Value) string {
	if v == nil {
		return "<dataclasses._MISSING_TYPE object>"
	}
	return py.Repr(v)
}

// Attr gives name, default and default_factory.
func (f *Field) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(f.name), nil
	case "default":
		return orNoneValue(f.def), nil
	case "default_factory":
		return orNoneValue(f.factory), nil
	case "metadata":
		return orNoneValue(f.metadata), nil
	}
	return nil, nil
}

func (f *Field) AttrNames() []string { return []string{"default", "default_factory", "name"} }

// dataclassOptions are @dataclass(...)'s arguments.
type dataclassOptions struct {
	init, repr, eq, order, frozen bool
}

func builtinDataclass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	opts := dataclassOptions{init: true, repr: true, eq: true}
	var unsafeHash, matchArgs, kwOnly, slots bool
	var cls starlark.Value
	if err := starlark.UnpackArgs("dataclass", args, kwargs, "cls?", &cls, "init?", &opts.init, "repr?", &opts.repr,
		"eq?", &opts.eq, "order?", &opts.order, "unsafe_hash?", &unsafeHash, "frozen?", &opts.frozen,
		"match_args?", &matchArgs, "kw_only?", &kwOnly, "slots?", &slots); err != nil {
		return nil, err
	}
	in := Of(thread)
	if cls == nil {
		return starlark.NewBuiltin("dataclass", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			if len(args) != 1 {
				return nil, typeErrorf("dataclass() takes one class")
			}
			return in.makeDataclass(args[0], opts)
		}), nil
	}
	return in.makeDataclass(cls, opts)
}

// makeDataclass adds the generated methods to a class.
func (in *Interp) makeDataclass(v starlark.Value, opts dataclassOptions) (starlark.Value, error) {
	c, ok := v.(*Class)
	if !ok || c.in == nil {
		return nil, typeErrorf("dataclass() should be called on a class")
	}
	if opts.order && !opts.eq {
		return nil, newError("ValueError", "eq must be true if order is true")
	}
	fields, err := collectFields(c)
	if err != nil {
		return nil, err
	}
	c.dict.Set("__dataclass_fields__", fieldsValue(fields))
	names := make(starlark.Tuple, 0, len(fields))
	for _, f := range fields {
		if f.init {
			names = append(names, starlark.String(f.name))
		}
	}
	if c.dict.Get("__match_args__") == nil {
		c.dict.Set("__match_args__", names)
	}
	in.addDataclassMethods(c, fields, opts)
	return c, nil
}

// fieldList is the fields a dataclass keeps in __dataclass_fields__.
type fieldList struct {
	fields []*Field
}

func fieldsValue(fs []*Field) *fieldList { return &fieldList{fields: fs} }

func (l *fieldList) String() string        { return "<dataclass fields>" }
func (l *fieldList) Type() string          { return "dict" }
func (l *fieldList) Freeze()               {}
func (l *fieldList) Truth() starlark.Bool  { return len(l.fields) > 0 }
func (l *fieldList) Hash() (uint32, error) { return 0, typeErrorf("unhashable type: 'dict'") }

// collectFields reads the fields of c and of the dataclasses it derives
// from, base first, as CPython orders them.
func collectFields(c *Class) ([]*Field, error) {
	var out []*Field
	index := map[string]int{}
	for i := len(c.mro) - 1; i >= 1; i-- {
		if fl, ok := c.mro[i].dict.Get("__dataclass_fields__").(*fieldList); ok {
			for _, f := range fl.fields {
				addField(&out, index, f)
			}
		}
	}
	ann, _ := c.dict.Get("__annotations__").(*starlark.Dict)
	if ann == nil {
		return out, nil
	}
	for _, k := range ann.Keys() {
		f, err := fieldOf(c, string(k.(starlark.String)))
		if err != nil {
			return nil, err
		}
		addField(&out, index, f)
	}
	return out, checkDefaultOrder(out)
}

func addField(out *[]*Field, index map[string]int, f *Field) {
	if i, ok := index[f.name]; ok {
		(*out)[i] = f
		return
	}
	index[f.name] = len(*out)
	*out = append(*out, f)
}

// fieldOf is the field for an annotated name, from its class attribute.
func fieldOf(c *Class, name string) (*Field, error) {
	v := c.dict.Get(name)
	f := &Field{name: name, repr: true, compare: true, init: true}
	switch x := v.(type) {
	case nil:
	case *Field:
		*f = *x
		f.name = name
		if f.def != nil {
			c.dict.Set(name, f.def)
		} else {
			c.dict.Delete(name)
		}
	default:
		switch x.(type) {
		case *starlark.List, *starlark.Dict, *starlark.Set:
			return nil, newError("ValueError", "mutable default <class '"+typeName(x)+"'> for field "+name+" is not allowed: use default_factory")
		}
		f.def = x
	}
	return f, nil
}

func checkDefaultOrder(fs []*Field) error {
	seenDefault := false
	for _, f := range fs {
		if !f.init || f.kwOnly {
			continue
		}
		has := f.def != nil || f.factory != nil
		if seenDefault && !has {
			return typeErrorf("non-default argument '%s' follows default argument", f.name)
		}
		seenDefault = seenDefault || has
	}
	return nil
}

// factoryDefault stands for a default_factory among __init__'s defaults.
type factoryDefault struct{ fn starlark.Value }

func (f factoryDefault) String() string        { return "<factory>" }
func (f factoryDefault) Type() string          { return "factory" }
func (f factoryDefault) Freeze()               {}
func (f factoryDefault) Truth() starlark.Bool  { return true }
func (f factoryDefault) Hash() (uint32, error) { return 0, nil }

func (in *Interp) addDataclassMethods(c *Class, fields []*Field, opts dataclassOptions) {
	if opts.init && c.dict.Get("__init__") == nil {
		c.dict.Set("__init__", in.dataclassInit(c, fields, opts.frozen))
	}
	if opts.repr && c.dict.Get("__repr__") == nil {
		c.dict.Set("__repr__", in.dataclassRepr(c, fields))
	}
	if opts.eq && c.dict.Get("__eq__") == nil {
		c.dict.Set("__eq__", in.dataclassCompare(c, fields, "__eq__", starsyntax.EQL))
		if !opts.frozen {
			c.dict.Set("__hash__", starlark.None)
		}
	}
	if opts.frozen && opts.eq {
		c.dict.Set("__hash__", in.dataclassHash(c, fields))
	}
	if opts.order {
		for name, op := range map[string]starsyntax.Token{"__lt__": starsyntax.LT, "__le__": starsyntax.LE, "__gt__": starsyntax.GT, "__ge__": starsyntax.GE} {
			c.dict.Set(name, in.dataclassCompare(c, fields, name, op))
		}
	}
}

// dataclassInit writes __init__(self, field, field=default, ...).
func (in *Interp) dataclassInit(c *Class, fields []*Field, frozen bool) *Function {
	names := []string{"self"}
	var defaults starlark.Tuple
	var initFields []*Field
	for _, f := range fields {
		if !f.init {
			continue
		}
		initFields = append(initFields, f)
		names = append(names, f.name)
		switch {
		case f.factory != nil:
			defaults = append(defaults, factoryDefault{f.factory})
		case f.def != nil:
			defaults = append(defaults, f.def)
		}
	}
	return in.nativeFunction(c.qualname+".__init__", "__init__", names, defaults, func(fr *frame, args []starlark.Value) (starlark.Value, error) {
		self, _ := args[0].(*Object)
		if self == nil {
			return nil, typeErrorf("__init__() needs an instance")
		}
		for i, f := range initFields {
			v := args[i+1]
			if fd, ok := v.(factoryDefault); ok {
				var err error
				if v, err = in.call(fd.fn, nil, nil); err != nil {
					return nil, err
				}
			}
			self.dict.Set(f.name, v)
		}
		for _, f := range fields {
			if !f.init && f.factory != nil {
				v, err := in.call(f.factory, nil, nil)
				if err != nil {
					return nil, err
				}
				self.dict.Set(f.name, v)
			}
		}
		if _, found, err := self.special("__post_init__"); found && err != nil {
			return nil, err
		}
		self.frozen = frozen
		return starlark.None, nil
	})
}

// dataclassRepr writes __repr__: Point(x=1, y=2).
func (in *Interp) dataclassRepr(c *Class, fields []*Field) *Function {
	return in.nativeFunction(c.qualname+".__repr__", "__repr__", []string{"self"}, nil, func(fr *frame, args []starlark.Value) (starlark.Value, error) {
		self := args[0].(*Object)
		parts := make([]string, 0, len(fields))
		for _, f := range fields {
			if f.repr {
				v, err := in.getAttr(self, f.name)
				if err != nil {
					return nil, err
				}
				parts = append(parts, f.name+"="+py.Repr(v))
			}
		}
		if err := in.takePending(); err != nil {
			return nil, err
		}
		return starlark.String(self.class.qualname + "(" + strings.Join(parts, ", ") + ")"), nil
	})
}

// fieldTuple is the compared fields of a dataclass instance.
func (in *Interp) fieldTuple(o *Object, fields []*Field) (starlark.Tuple, error) {
	t := make(starlark.Tuple, 0, len(fields))
	for _, f := range fields {
		if f.compare {
			v, err := in.getAttr(o, f.name)
			if err != nil {
				return nil, err
			}
			t = append(t, v)
		}
	}
	return t, nil
}

// dataclassCompare writes __eq__ or an ordering: the fields compared as
// tuples, for instances of the same class only.
func (in *Interp) dataclassCompare(c *Class, fields []*Field, name string, op starsyntax.Token) *Function {
	return in.nativeFunction(c.qualname+"."+name, name, []string{"self", "other"}, nil, func(fr *frame, args []starlark.Value) (starlark.Value, error) {
		a, _ := args[0].(*Object)
		b, ok := args[1].(*Object)
		if a == nil || !ok || b.class != a.class {
			return NotImplemented, nil
		}
		x, err := in.fieldTuple(a, fields)
		if err != nil {
			return nil, err
		}
		y, err := in.fieldTuple(b, fields)
		if err != nil {
			return nil, err
		}
		return in.compare(op, x, y)
	})
}

func (in *Interp) dataclassHash(c *Class, fields []*Field) *Function {
	return in.nativeFunction(c.qualname+".__hash__", "__hash__", []string{"self"}, nil, func(fr *frame, args []starlark.Value) (starlark.Value, error) {
		t, err := in.fieldTuple(args[0].(*Object), fields)
		if err != nil {
			return nil, err
		}
		h, err := t.Hash()
		return starlark.MakeUint(uint(h)), err
	})
}

func builtinField(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f := &Field{repr: true, compare: true, init: true}
	var def, factory, hash, metadata starlark.Value
	if err := starlark.UnpackArgs("field", args, kwargs, "default?", &def, "default_factory?", &factory,
		"init?", &f.init, "repr?", &f.repr, "hash?", &hash, "compare?", &f.compare, "metadata?", &metadata, "kw_only?", &f.kwOnly); err != nil {
		return nil, err
	}
	if def != nil && factory != nil {
		return nil, newError("ValueError", "cannot specify both default and default_factory")
	}
	f.def, f.factory, f.metadata = def, factory, metadata
	return f, nil
}

// dataclassFields returns an instance's or class's fields.
func dataclassFields(v starlark.Value) ([]*Field, bool) {
	var c *Class
	switch x := v.(type) {
	case *Object:
		c = x.class
	case *Class:
		c = x
	default:
		return nil, false
	}
	fv, _ := c.lookup("__dataclass_fields__")
	fl, ok := fv.(*fieldList)
	if !ok {
		return nil, false
	}
	return fl.fields, true
}

func builtinFields(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("fields", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	fs, ok := dataclassFields(v)
	if !ok {
		return nil, typeErrorf("must be called with a dataclass type or instance")
	}
	t := make(starlark.Tuple, len(fs))
	for i, f := range fs {
		t[i] = f
	}
	return t, nil
}

// builtinAsdict is asdict(obj) (asTuple false) or astuple(obj): fields
// converted recursively into dicts or tuples, containers copied.
func builtinAsdict(asTuple bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var v starlark.Value
		if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
			return nil, err
		}
		if _, ok := v.(*Object); !ok {
			return nil, typeErrorf("%s() should be called on dataclass instances", b.Name())
		}
		if _, ok := dataclassFields(v); !ok {
			return nil, typeErrorf("%s() should be called on dataclass instances", b.Name())
		}
		return convertDataclass(Of(thread), v, asTuple)
	}
}

func convertDataclass(in *Interp, v starlark.Value, asTuple bool) (starlark.Value, error) {
	if fs, ok := dataclassFields(v); ok {
		if _, isObj := v.(*Object); isObj {
			return convertFields(in, v.(*Object), fs, asTuple)
		}
	}
	switch x := v.(type) {
	case *starlark.List:
		items, err := convertItems(in, listItems(x), asTuple)
		return starlark.NewList(items), err
	case starlark.Tuple:
		items, err := convertItems(in, x, asTuple)
		return starlark.Tuple(items), err
	case *starlark.Dict:
		d := starlark.NewDict(x.Len())
		for _, kv := range x.Items() {
			k, err := convertDataclass(in, kv[0], asTuple)
			if err != nil {
				return nil, err
			}
			val, err := convertDataclass(in, kv[1], asTuple)
			if err != nil {
				return nil, err
			}
			_ = d.SetKey(k, val)
		}
		return d, nil
	}
	return v, nil
}

func convertFields(in *Interp, o *Object, fs []*Field, asTuple bool) (starlark.Value, error) {
	d := starlark.NewDict(len(fs))
	var t starlark.Tuple
	for _, f := range fs {
		v, err := in.getAttr(o, f.name)
		if err != nil {
			return nil, err
		}
		if v, err = convertDataclass(in, v, asTuple); err != nil {
			return nil, err
		}
		_ = d.SetKey(starlark.String(f.name), v)
		t = append(t, v)
	}
	if asTuple {
		return t, nil
	}
	return d, nil
}

func convertItems(in *Interp, items []starlark.Value, asTuple bool) ([]starlark.Value, error) {
	out := make([]starlark.Value, len(items))
	for i, v := range items {
		var err error
		if out[i], err = convertDataclass(in, v, asTuple); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func listItems(l *starlark.List) []starlark.Value {
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}

// builtinReplace is replace(obj, **changes): a new instance with some
// fields changed.
func builtinReplace(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, typeErrorf("replace() takes 1 positional argument but %d were given", len(args))
	}
	o, ok := args[0].(*Object)
	fs, isDC := dataclassFields(args[0])
	if !ok || !isDC {
		return nil, typeErrorf("replace() should be called on dataclass instances")
	}
	in := Of(thread)
	changes := map[string]starlark.Value{}
	for _, kv := range kwargs {
		changes[string(kv[0].(starlark.String))] = kv[1]
	}
	var kw []starlark.Tuple
	for _, f := range fs {
		if !f.init {
			continue
		}
		v, changed := changes[f.name]
		if !changed {
			v = o.dict.Get(f.name)
		}
		delete(changes, f.name)
		kw = append(kw, starlark.Tuple{starlark.String(f.name), v})
	}
	for name := range changes {
		return nil, typeErrorf("%s.__init__() got an unexpected keyword argument '%s'", o.class.qualname, name)
	}
	return in.call(o.class, nil, kw)
}

func builtinIsDataclass(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("is_dataclass", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	_, ok := dataclassFields(v)
	return starlark.Bool(ok), nil
}
