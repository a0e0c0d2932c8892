package interp

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

func (c *compiler) binOp(e *syntax.BinOp) (exprFn, error) {
	x, err := c.expr(e.Left)
	if err != nil {
		return nil, err
	}
	y, err := c.expr(e.Right)
	if err != nil {
		return nil, err
	}
	op := e.Op
	return func(fr *frame) (starlark.Value, error) {
		a, err := x(fr)
		if err != nil {
			return nil, err
		}
		b, err := y(fr)
		if err != nil {
			return nil, err
		}
		return fr.in.binary(op, a, b)
	}, nil
}

func (c *compiler) unaryOp(e *syntax.UnaryOp) (exprFn, error) {
	x, err := c.expr(e.Operand)
	if err != nil {
		return nil, err
	}
	op := e.Op
	if op == syntax.Not {
		return func(fr *frame) (starlark.Value, error) {
			v, err := x(fr)
			if err != nil {
				return nil, err
			}
			t, err := fr.in.truth(v)
			return starlark.Bool(!t), err
		}, nil
	}
	return func(fr *frame) (starlark.Value, error) {
		v, err := x(fr)
		if err != nil {
			return nil, err
		}
		return fr.in.unary(op, v)
	}, nil
}

// compare is a chain a < b < c: each operand evaluated once, stopping at
// the first false link.
func (c *compiler) compare(e *syntax.Compare) (exprFn, error) {
	left, err := c.expr(e.Left)
	if err != nil {
		return nil, err
	}
	rights, err := c.exprs(e.Comparators)
	if err != nil {
		return nil, err
	}
	ops := e.Ops
	return func(fr *frame) (starlark.Value, error) {
		x, err := left(fr)
		if err != nil {
			return nil, err
		}
		var r starlark.Value
		for i, right := range rights {
			y, err := right(fr)
			if err != nil {
				return nil, err
			}
			if r, err = fr.in.compareOp(ops[i], x, y); err != nil {
				return nil, err
			}
			if i < len(rights)-1 {
				if ok, err := fr.in.truth(r); err != nil || !ok {
					return r, err
				}
			}
			x = y
		}
		return r, nil
	}, nil
}

// items compiles a display's or a call's positional items, some of them
// *starred, into one function that returns them all.
func (c *compiler) items(elts []syntax.Expr) (func(fr *frame) ([]starlark.Value, error), error) {
	fns := make([]exprFn, len(elts))
	starred := make([]bool, len(elts))
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			starred[i], e = true, s.Value
		}
		var err error
		if fns[i], err = c.expr(e); err != nil {
			return nil, err
		}
	}
	return func(fr *frame) ([]starlark.Value, error) {
		out := make([]starlark.Value, 0, len(fns))
		for i, f := range fns {
			v, err := f(fr)
			if err != nil {
				return nil, err
			}
			if !starred[i] {
				out = append(out, v)
				continue
			}
			more, err := fr.in.collect(v)
			if err != nil {
				return nil, fr.in.notIterableStar(v, err)
			}
			out = append(out, more...)
		}
		return out, nil
	}, nil
}

// notIterableStar is the error for *x when x is not iterable.
func (in *Interp) notIterableStar(v starlark.Value, err error) error {
	if _, ok := v.(starlark.Iterable); ok {
		return err
	}
	if _, ok := v.(*Object); ok {
		return err
	}
	if _, ok := v.(starlark.String); ok {
		return err
	}
	return typeErrorf("Value after * must be an iterable, not %s", typeName(v))
}

// display is a list, tuple or set written out.
func (c *compiler) display(e syntax.Expr) (exprFn, error) {
	var elts []syntax.Expr
	kind := 'l'
	switch e := e.(type) {
	case *syntax.List:
		elts = e.Elts
	case *syntax.Tuple:
		elts, kind = e.Elts, 't'
	case *syntax.Set:
		elts, kind = e.Elts, 's'
	}
	items, err := c.items(elts)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (starlark.Value, error) {
		vals, err := items(fr)
		if err != nil {
			return nil, err
		}
		switch kind {
		case 't':
			return starlark.Tuple(vals), nil
		case 's':
			s := starlark.NewSet(len(vals))
			for _, v := range vals {
				if err := s.Insert(v); err != nil {
					return nil, err
				}
			}
			return s, nil
		}
		return starlark.NewList(vals), nil
	}, nil
}

// dict is {k: v, **other}.
func (c *compiler) dict(e *syntax.Dict) (exprFn, error) {
	keys := make([]exprFn, len(e.Keys))
	for i, k := range e.Keys {
		if k == nil {
			continue
		}
		var err error
		if keys[i], err = c.expr(k); err != nil {
			return nil, err
		}
	}
	vals, err := c.exprs(e.Values)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (starlark.Value, error) {
		d := starlark.NewDict(len(vals))
		for i, val := range vals {
			v, err := val(fr)
			if err != nil {
				return nil, err
			}
			if keys[i] == nil {
				if err := fr.in.mergeInto(d, v); err != nil {
					return nil, err
				}
				continue
			}
			k, err := keys[i](fr)
			if err != nil {
				return nil, err
			}
			if err := d.SetKey(k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}, nil
}

// mergeInto copies a mapping's items into d, for **m.
func (in *Interp) mergeInto(d *starlark.Dict, m starlark.Value) error {
	src, ok := nativeOf(m).(starlark.IterableMapping)
	if !ok {
		return typeErrorf("'%s' object is not a mapping", typeName(m))
	}
	for _, kv := range src.Items() {
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}
