package stdlib

import (
	"strings"
	"sync"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// operatorNames are the operator module's functions.
// See https://docs.python.org/3/library/operator.html.
var operatorNames = sync.OnceValue(func() starlark.StringDict {
	return starlark.StringDict{
		"itemgetter":   builtin("itemgetter", operator_itemgetter),
		"attrgetter":   builtin("attrgetter", operator_attrgetter),
		"methodcaller": builtin("methodcaller", operator_methodcaller),
		"add":          binaryOp("add", syntax.PLUS), "sub": binaryOp("sub", syntax.MINUS),
		"mul": binaryOp("mul", syntax.STAR), "truediv": binaryOp("truediv", syntax.SLASH),
		"floordiv": binaryOp("floordiv", syntax.SLASHSLASH), "mod": binaryOp("mod", syntax.PERCENT),
		"and_": binaryOp("and_", syntax.AMP), "or_": binaryOp("or_", syntax.PIPE), "xor": binaryOp("xor", syntax.CIRCUMFLEX),
		"concat": binaryOp("concat", syntax.PLUS),
		"eq":     compareOp("eq", syntax.EQL), "ne": compareOp("ne", syntax.NEQ), "lt": compareOp("lt", syntax.LT),
		"le": compareOp("le", syntax.LE), "gt": compareOp("gt", syntax.GT), "ge": compareOp("ge", syntax.GE),
		"not_": builtin("not_", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			return !args[0].Truth(), nil
		}),
		"truth": builtin("truth", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			return args[0].Truth(), nil
		}),
		"neg":      builtin("neg", operator_neg),
		"contains": builtin("contains", operator_contains),
		"getitem":  builtin("getitem", operator_getitem),
	}
})

func twoArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple) error {
	if len(kwargs) > 0 || len(args) != 2 {
		return py.Errorf("TypeError", "%s expected 2 arguments, got %d", name, len(args)+len(kwargs))
	}
	return nil
}

func binaryOp(name string, op syntax.Token) *starlark.Builtin {
	return builtin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := twoArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		return starlark.Binary(op, args[0], args[1])
	})
}

func compareOp(name string, op syntax.Token) *starlark.Builtin {
	return builtin(name, func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := twoArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		ok, err := starlark.Compare(op, args[0], args[1])
		return starlark.Bool(ok), err
	})
}

func operator_neg(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, py.Errorf("TypeError", "neg expected 1 argument, got %d", len(args))
	}
	return starlark.Unary(syntax.MINUS, args[0])
}

func operator_contains(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := twoArgs("contains", args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Binary(syntax.IN, args[1], args[0])
}

func operator_getitem(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := twoArgs("getitem", args, kwargs); err != nil {
		return nil, err
	}
	return getItem(args[0], args[1])
}

// getItem is x[k] for the values operator and copy meet.
func getItem(x, k starlark.Value) (starlark.Value, error) {
	if s, ok := x.(py.Subscriptable); ok {
		return s.GetItem(k)
	}
	if m, ok := x.(starlark.Mapping); ok {
		v, found, err := m.Get(k)
		if err == nil && !found {
			err = py.KeyError(k)
		}
		return v, err
	}
	if s, ok := x.(starlark.String); ok {
		x = py.Chars(s)
	}
	return py.Index(x, k)
}

// getter is what itemgetter, attrgetter and methodcaller return: a
// callable that prints as operator.itemgetter(1).
type getter struct {
	repr string
	get  func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error)
}

func (g *getter) Name() string          { return strings.SplitN(g.repr, "(", 2)[0] }
func (g *getter) String() string        { return g.repr }
func (g *getter) PyRepr() string        { return g.repr }
func (g *getter) Type() string          { return g.Name() }
func (g *getter) Freeze()               {}
func (g *getter) Truth() starlark.Bool  { return true }
func (g *getter) Hash() (uint32, error) { return starlark.String(g.repr).Hash() }

func (g *getter) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "%s expected 1 argument, got %d", strings.TrimPrefix(g.Name(), "operator."), len(args))
	}
	return g.get(thread, args[0])
}

// each applies one getter per argument: a single value for one, a tuple
// for several.
func each(name string, args starlark.Tuple, one func(starlark.Value) func(*starlark.Thread, starlark.Value) (starlark.Value, error)) *getter {
	parts := make([]string, len(args))
	gets := make([]func(*starlark.Thread, starlark.Value) (starlark.Value, error), len(args))
	for i, a := range args {
		parts[i] = py.Repr(a)
		gets[i] = one(a)
	}
	return &getter{repr: "operator." + name + "(" + strings.Join(parts, ", ") + ")", get: func(th *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		if len(gets) == 1 {
			return gets[0](th, x)
		}
		out := make(starlark.Tuple, len(gets))
		for i, get := range gets {
			v, err := get(th, x)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return out, nil
	}}
}

func operator_itemgetter(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Errorf("TypeError", "itemgetter expected 1 argument, got 0")
	}
	return each("itemgetter", args, func(k starlark.Value) func(*starlark.Thread, starlark.Value) (starlark.Value, error) {
		return func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) { return getItem(x, k) }
	}), nil
}

func operator_attrgetter(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Errorf("TypeError", "attrgetter expected 1 argument, got 0")
	}
	for _, a := range args {
		if _, ok := a.(starlark.String); !ok {
			return nil, py.Errorf("TypeError", "attribute name must be a string")
		}
	}
	return each("attrgetter", args, func(k starlark.Value) func(*starlark.Thread, starlark.Value) (starlark.Value, error) {
		path := strings.Split(string(k.(starlark.String)), ".")
		return func(thread *starlark.Thread, x starlark.Value) (starlark.Value, error) {
			for _, name := range path {
				var err error
				if x, err = py.Attr(x, name); err != nil {
					return nil, err
				}
			}
			return x, nil
		}
	}), nil
}

func operator_methodcaller(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, py.Errorf("TypeError", "methodcaller needs at least one argument, the method name")
	}
	name, ok := args[0].(starlark.String)
	if !ok {
		return nil, py.Errorf("TypeError", "method name must be a string")
	}
	rest := args[1:]
	parts := []string{py.Repr(name)}
	for _, a := range rest {
		parts = append(parts, py.Repr(a))
	}
	for _, kv := range kwargs {
		parts = append(parts, string(kv[0].(starlark.String))+"="+py.Repr(kv[1]))
	}
	return &getter{repr: "operator.methodcaller(" + strings.Join(parts, ", ") + ")", get: func(th *starlark.Thread, x starlark.Value) (starlark.Value, error) {
		m, err := py.Attr(x, string(name))
		if err != nil {
			return nil, err
		}
		return starlark.Call(th, m, rest, kwargs)
	}}, nil
}
