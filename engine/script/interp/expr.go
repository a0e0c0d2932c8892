package interp

import (
	"math/big"

	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

func (c *compiler) exprs(list []syntax.Expr) ([]exprFn, error) {
	out := make([]exprFn, len(list))
	for i, e := range list {
		var err error
		if out[i], err = c.expr(e); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (c *compiler) expr(e syntax.Expr) (exprFn, error) {
	switch e := e.(type) {
	case *syntax.Constant:
		if _, ok := e.Value.(complex128); ok {
			return nil, c.unsupported(e, "a complex number")
		}
		v := constant(e.Value)
		return func(*frame) (starlark.Value, error) { return v, nil }, nil
	case *syntax.Name:
		return c.load(e.Id), nil
	case *syntax.Attribute:
		return c.attribute(e)
	case *syntax.Subscript:
		return c.subscript(e)
	case *syntax.Call:
		return c.call(e)
	case *syntax.BinOp:
		return c.binOp(e)
	case *syntax.UnaryOp:
		return c.unaryOp(e)
	case *syntax.BoolOp:
		return c.boolOp(e)
	case *syntax.Compare:
		return c.compare(e)
	case *syntax.IfExp:
		return c.ifExp(e)
	case *syntax.List, *syntax.Tuple, *syntax.Set:
		return c.display(e)
	case *syntax.Dict:
		return c.dict(e)
	case *syntax.Lambda:
		return c.lambda(e)
	case *syntax.ListComp, *syntax.SetComp, *syntax.DictComp:
		return c.comprehension(e)
	case *syntax.GeneratorExp:
		return c.generatorExp(e)
	case *syntax.JoinedStr:
		return c.fstring(e)
	case *syntax.NamedExpr:
		return c.namedExpr(e)
	case *syntax.Yield:
		return c.yield(e)
	case *syntax.YieldFrom:
		return c.yieldFrom(e)
	case *syntax.Starred:
		return nil, &CompileError{Line: e.Pos.Line, Msg: "can't use starred expression here"}
	case *syntax.Await:
		return nil, c.unsupported(e, "await")
	}
	return nil, c.unsupported(e, "this expression")
}

// constant is a literal's value.
func constant(v any) starlark.Value {
	switch v := v.(type) {
	case nil:
		return starlark.None
	case bool:
		return starlark.Bool(v)
	case *big.Int:
		return starlark.MakeBigInt(v)
	case float64:
		return starlark.Float(v)
	case string:
		return starlark.String(v)
	case syntax.Bytes:
		return starlark.Bytes(v)
	case syntax.Ellipsis:
		return Ellipsis
	}
	return starlark.None
}

// load reads a name from where the resolver put it.
func (c *compiler) load(name string) exprFn {
	s := c.scope
	switch s.lookup(name) {
	case inLocal:
		slot := s.slots[name]
		return func(fr *frame) (starlark.Value, error) {
			if v := fr.locals[slot]; v != nil {
				return v, nil
			}
			return nil, unboundLocal(name)
		}
	case inCell, inFree:
		i := s.slots[name] - s.nlocal
		return func(fr *frame) (starlark.Value, error) {
			if v := fr.cells[i].v; v != nil {
				return v, nil
			}
			if s.where[name] == inFree {
				return nil, newError("NameError", "cannot access free variable '"+name+"' where it is not associated with a value in enclosing scope")
			}
			return nil, unboundLocal(name)
		}
	case inClass, inClassFree:
		glob := c.loadGlobal(name)
		slot, free := s.slots[name]
		return func(fr *frame) (starlark.Value, error) {
			if v := fr.class.Get(name); v != nil {
				return v, nil
			}
			if free {
				if v := fr.cells[slot-s.nlocal].v; v != nil {
					return v, nil
				}
			}
			return glob(fr)
		}
	}
	return c.loadGlobal(name)
}

func (c *compiler) loadGlobal(name string) exprFn {
	// The module's cell for the name and the builtin it falls back to are
	// found on the first read: a program is compiled for one run, so
	// both stay valid.
	var global *cell
	var builtin starlark.Value
	return func(fr *frame) (starlark.Value, error) {
		if global == nil {
			global = fr.globals.cell(name)
		}
		if v := global.v; v != nil {
			return v, nil
		}
		if builtin == nil {
			builtin = fr.in.builtin(name)
		}
		if builtin != nil {
			return builtin, nil
		}
		e := fr.in.raise("NameError", "name '"+name+"' is not defined")
		e.Value.suggestion = fr.in.nameSuggestion(fr, name)
		return nil, e
	}
}

// builtin is the value of a builtin name, or nil.
func (in *Interp) builtin(name string) starlark.Value {
	if v := coreBuiltins[name]; v != nil {
		return v
	}
	if t := in.types[name]; t != nil {
		return t
	}
	if v, ok := in.opts.Builtins[name]; ok {
		return v
	}
	return nil
}

func unboundLocal(name string) error {
	return newError("UnboundLocalError", "cannot access local variable '"+name+"' where it is not associated with a value")
}

func (c *compiler) attribute(e *syntax.Attribute) (exprFn, error) {
	x, err := c.expr(e.Value)
	if err != nil {
		return nil, err
	}
	name, line := e.Attr, c.nodeLine(e)
	return func(fr *frame) (starlark.Value, error) {
		v, err := x(fr)
		if err != nil {
			return nil, err
		}
		if line > 0 {
			fr.line = line
		}
		return fr.in.getAttr(v, name)
	}, nil
}

func (c *compiler) subscript(e *syntax.Subscript) (exprFn, error) {
	parts, err := c.subscriptParts(e)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (starlark.Value, error) {
		v, k, err := parts(fr)
		if err != nil {
			return nil, err
		}
		return fr.in.getItem(v, k)
	}, nil
}

// subscriptParts compiles x[k] into what evaluates x, then k, as every
// use of a subscript (read, assignment, op=, del) does first.
func (c *compiler) subscriptParts(e *syntax.Subscript) (func(fr *frame) (starlark.Value, starlark.Value, error), error) {
	x, err := c.expr(e.Value)
	if err != nil {
		return nil, err
	}
	key, err := c.index(e.Slice)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (starlark.Value, starlark.Value, error) {
		v, err := x(fr)
		if err != nil {
			return nil, nil, err
		}
		k, err := key(fr)
		return v, k, err
	}, nil
}

// index compiles what goes between brackets: an expression, or a slice.
func (c *compiler) index(e syntax.Expr) (exprFn, error) {
	s, ok := e.(*syntax.Slice)
	if !ok {
		return c.expr(e)
	}
	parts := make([]exprFn, 3)
	for i, p := range []syntax.Expr{s.Lower, s.Upper, s.Step} {
		if p == nil {
			continue
		}
		var err error
		if parts[i], err = c.expr(p); err != nil {
			return nil, err
		}
	}
	return func(fr *frame) (starlark.Value, error) {
		sl := &Slice{Start: starlark.None, Stop: starlark.None, Step: starlark.None}
		for i, p := range parts {
			if p == nil {
				continue
			}
			v, err := p(fr)
			if err != nil {
				return nil, err
			}
			*[]*starlark.Value{&sl.Start, &sl.Stop, &sl.Step}[i] = v
		}
		return sl, nil
	}, nil
}

func (c *compiler) ifExp(e *syntax.IfExp) (exprFn, error) {
	fns, err := c.exprs([]syntax.Expr{e.Test, e.Body, e.Orelse})
	if err != nil {
		return nil, err
	}
	test, body, orelse := fns[0], fns[1], fns[2]
	return func(fr *frame) (starlark.Value, error) {
		v, err := test(fr)
		if err != nil {
			return nil, err
		}
		if ok, err := fr.in.truth(v); err != nil {
			return nil, err
		} else if ok {
			return body(fr)
		}
		return orelse(fr)
	}, nil
}

func (c *compiler) boolOp(e *syntax.BoolOp) (exprFn, error) {
	fns, err := c.exprs(e.Values)
	if err != nil {
		return nil, err
	}
	and := e.Op == syntax.And
	return func(fr *frame) (starlark.Value, error) {
		var v starlark.Value
		for _, f := range fns {
			var err error
			if v, err = f(fr); err != nil {
				return nil, err
			}
			ok, err := fr.in.truth(v)
			if err != nil {
				return nil, err
			}
			if ok != and {
				return v, nil
			}
		}
		return v, nil
	}, nil
}

func (c *compiler) namedExpr(e *syntax.NamedExpr) (exprFn, error) {
	value, err := c.expr(e.Value)
	if err != nil {
		return nil, err
	}
	store := c.storeName(e.Target.Id)
	return func(fr *frame) (starlark.Value, error) {
		v, err := value(fr)
		if err != nil {
			return nil, err
		}
		return v, store(fr, v)
	}, nil
}

// Ellipsis is the value of the ... literal.
var Ellipsis starlark.Value = ellipsis{}

type ellipsis struct{}

func (ellipsis) String() string        { return "Ellipsis" }
func (ellipsis) Type() string          { return "ellipsis" }
func (ellipsis) Freeze()               {}
func (ellipsis) Truth() starlark.Bool  { return true }
func (ellipsis) Hash() (uint32, error) { return 0x2e2e2e, nil }
