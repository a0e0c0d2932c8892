package stdlib

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// typingForms are the typing module's names that annotations subscript:
// typing.Optional[int] means nothing at run time, so a form subscripted
// is just a new form that prints as CPython's does.
var typingForms = []string{
	"Any", "Optional", "Union", "List", "Dict", "Set", "FrozenSet", "Tuple", "Type", "Callable",
	"Iterable", "Iterator", "Generator", "Sequence", "MutableSequence", "Mapping", "MutableMapping",
	"Collection", "Container", "AbstractSet", "MutableSet", "Awaitable", "Coroutine", "AsyncIterator",
	"AsyncIterable", "AsyncGenerator", "Literal", "Final", "ClassVar", "Annotated", "NoReturn",
	"Never", "Self", "LiteralString", "Hashable", "Sized", "Reversible", "SupportsInt", "SupportsFloat",
	"DefaultDict", "OrderedDict", "Counter", "Deque", "ChainMap", "Pattern", "Match", "Text",
	"Generic", "Protocol", "TypeAlias", "Concatenate", "ParamSpec", "Required", "NotRequired",
}

// typingNames are the typing module's names.
// See https://docs.python.org/3/library/typing.html.
func typingNames() starlark.StringDict {
	names := starlark.StringDict{
		"TYPE_CHECKING":     starlark.False,
		"cast":              builtin("cast", typing_cast),
		"overload":          builtin("overload", identity),
		"final":             builtin("final", identity),
		"no_type_check":     builtin("no_type_check", identity),
		"runtime_checkable": builtin("runtime_checkable", identity),
		"TypeVar":           builtin("TypeVar", typing_TypeVar),
		"NewType":           builtin("NewType", typing_NewType),
		"get_type_hints":    builtin("get_type_hints", typing_get_type_hints),
		"NamedTuple":        namedTupleForm{},
	}
	for _, name := range typingForms {
		names[name] = &typingForm{name: "typing." + name}
	}
	return names
}

// typingForm is a typing construct, bare or subscripted.
type typingForm struct {
	name string
}

var (
	_ py.Subscriptable = (*typingForm)(nil)
	_ py.Reprer        = (*typingForm)(nil)
)

func (f *typingForm) String() string        { return f.name }
func (f *typingForm) PyRepr() string        { return f.name }
func (f *typingForm) Type() string          { return "typing._SpecialForm" }
func (f *typingForm) Freeze()               {}
func (f *typingForm) Truth() starlark.Bool  { return true }
func (f *typingForm) Hash() (uint32, error) { return starlark.String(f.name).Hash() }

// GetItem is Form[args]: a form that prints its arguments.
func (f *typingForm) GetItem(k starlark.Value) (starlark.Value, error) {
	args, ok := k.(starlark.Tuple)
	if !ok {
		args = starlark.Tuple{k}
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = typeArgRepr(a)
	}
	return &typingForm{name: f.name + "[" + strings.Join(parts, ", ") + "]"}, nil
}

func (f *typingForm) GetSlice(_, _, _ starlark.Value) (starlark.Value, error) { return f, nil }

// typeArgRepr prints a type argument as typing does: int, not <class 'int'>.
func typeArgRepr(v starlark.Value) string {
	switch x := v.(type) {
	case *starlark.Builtin:
		return x.Name()
	case *starlark.List:
		parts := make([]string, x.Len())
		for i := range parts {
			parts[i] = typeArgRepr(x.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case starlark.NoneType:
		return "NoneType"
	}
	if t, ok := v.(interface{ PyTypeName() string }); ok {
		return t.PyTypeName()
	}
	if n, ok := v.(interface{ Name() string }); ok && v.Type() == "type" {
		return "__main__." + n.Name()
	}
	if v.Type() == "ellipsis" {
		return "..."
	}
	return py.Repr(v)
}

func identity(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Errorf("TypeError", "expected 1 argument, got %d", len(args))
	}
	return args[0], nil
}

func typing_cast(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var typ, val starlark.Value
	if err := starlark.UnpackArgs("cast", args, kwargs, "typ", &typ, "val", &val); err != nil {
		return nil, err
	}
	return val, nil
}

func typing_TypeVar(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Errorf("TypeError", "TypeVar.__init__() missing 1 required positional argument: 'name'")
	}
	name, ok := args[0].(starlark.String)
	if !ok {
		return nil, py.Errorf("TypeError", "TypeVar name must be a string")
	}
	return &typingForm{name: "~" + string(name)}, nil
}

// typing_NewType returns a function that gives back its argument, as
// NewType's callable does.
func typing_NewType(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var tp starlark.Value
	if err := starlark.UnpackArgs("NewType", args, kwargs, "name", &name, "tp", &tp); err != nil {
		return nil, err
	}
	return builtin(name, identity), nil
}

func typing_get_type_hints(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 1 {
		return nil, py.Errorf("TypeError", "get_type_hints() missing 1 required positional argument: 'obj'")
	}
	if ha, ok := args[0].(starlark.HasAttrs); ok {
		if v, err := ha.Attr("__annotations__"); err == nil && v != nil {
			return v, nil
		}
	}
	return starlark.NewDict(0), nil
}

// typing_NamedTuple is the functional form, NamedTuple("P", [("x", int)]):
// a namedtuple type whose fields are the pairs' names.
func typing_NamedTuple(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 1 {
		return nil, py.Errorf("TypeError", "NamedTuple.__new__() missing 1 required positional argument: 'typename'")
	}
	name, ok := args[0].(starlark.String)
	if !ok {
		return nil, py.Errorf("TypeError", "NamedTuple() argument 1 must be str")
	}
	var fields []string
	if len(args) > 1 {
		pairs, err := elements(thread, args[1])
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			kv, err := elements(thread, p)
			if err != nil || len(kv) != 2 {
				return nil, py.Errorf("TypeError", "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type")
			}
			fields = append(fields, py.Str(kv[0]))
		}
	}
	for _, kv := range kwargs {
		fields = append(fields, string(kv[0].(starlark.String)))
	}
	return &tupleType{name: string(name), fields: fields}, nil
}

// namedTupleForm is typing.NamedTuple: called, the functional form; as a
// class's base, the class form, whose annotated names are the fields and
// whose values their defaults (interp.ClassFactory).
type namedTupleForm struct{}

func (namedTupleForm) String() string        { return "<function NamedTuple>" }
func (namedTupleForm) Type() string          { return "function" }
func (namedTupleForm) Freeze()               {}
func (namedTupleForm) Truth() starlark.Bool  { return true }
func (namedTupleForm) Hash() (uint32, error) { return starlark.String("NamedTuple").Hash() }
func (namedTupleForm) Name() string          { return "NamedTuple" }

// CallInternal is the functional form.
func (namedTupleForm) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return typing_NamedTuple(thread, nil, args, kwargs)
}

// MakeClass is the class form: class P(NamedTuple): x: int; y: int = 0.
func (namedTupleForm) MakeClass(_ *starlark.Thread, name string, fields []string, attrs starlark.StringDict) (starlark.Value, error) {
	t := &tupleType{name: name, fields: fields}
	for _, f := range fields {
		if d, ok := attrs[f]; ok {
			t.defaults = append(t.defaults, d)
		} else if len(t.defaults) > 0 {
			return nil, py.Errorf("TypeError", "Non-default namedtuple field %s cannot follow default field %s", f, fields[len(t.defaults)-1])
		}
	}
	for attr, v := range attrs {
		if _, isCallable := v.(starlark.Callable); isCallable {
			return nil, py.Errorf("NotImplementedError", "a method (%s) on a NamedTuple class is not supported in ORM Lab; use a dataclass instead", attr)
		}
	}
	return t, nil
}
