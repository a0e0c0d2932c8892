package interp

import (
	"fmt"

	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// assignFn stores a value into a target.
type assignFn func(fr *frame, v starlark.Value) error

// target compiles an assignment target: a name, an attribute, a
// subscript, or a tuple or list of targets to unpack into (one of them
// may be starred).
func (c *compiler) target(e syntax.Expr) (assignFn, error) {
	switch e := e.(type) {
	case *syntax.Name:
		return c.storeName(e.Id), nil
	case *syntax.Attribute:
		obj, err := c.expr(e.Value)
		if err != nil {
			return nil, err
		}
		return func(fr *frame, v starlark.Value) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			return fr.in.setAttr(o, e.Attr, v)
		}, nil
	case *syntax.Subscript:
		parts, err := c.subscriptParts(e)
		if err != nil {
			return nil, err
		}
		return func(fr *frame, v starlark.Value) error {
			o, k, err := parts(fr)
			if err != nil {
				return err
			}
			return fr.in.setItem(o, k, v)
		}, nil
	case *syntax.Tuple:
		return c.unpack(e.Elts)
	case *syntax.List:
		return c.unpack(e.Elts)
	}
	return nil, &CompileError{Line: e.Position().Line, Msg: "cannot assign to expression"}
}

// storeName binds a name where the resolver put it.
func (c *compiler) storeName(name string) assignFn {
	s := c.scope
	switch s.lookup(name) {
	case inLocal:
		slot := s.slots[name]
		return func(fr *frame, v starlark.Value) error {
			fr.locals[slot] = v
			return nil
		}
	case inCell, inFree:
		i := s.slots[name] - s.nlocal
		return func(fr *frame, v starlark.Value) error {
			fr.cells[i].v = v
			return nil
		}
	case inClass, inClassFree:
		return func(fr *frame, v starlark.Value) error {
			fr.class.Set(name, v)
			return nil
		}
	}
	var global *cell
	return func(fr *frame, v starlark.Value) error {
		if global == nil || global.v == nil {
			fr.globals.Set(name, v)
			global = fr.globals.cell(name)
			return nil
		}
		global.v = v
		return nil
	}
}

// unpack assigns the items of an iterable to several targets.
func (c *compiler) unpack(elts []syntax.Expr) (assignFn, error) {
	star := -1
	stores := make([]assignFn, len(elts))
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				return nil, &CompileError{Line: e.Position().Line, Msg: "multiple starred expressions in assignment"}
			}
			star, e = i, s.Value
		}
		var err error
		if stores[i], err = c.target(e); err != nil {
			return nil, err
		}
	}
	return func(fr *frame, v starlark.Value) error {
		items, err := fr.in.unpackItems(v, len(elts), star)
		if err != nil {
			return err
		}
		for i, store := range stores {
			if err := store(fr, items[i]); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

// unpackItems splits v into n values, the one at star (if any) a list of
// what the others leave, with Python's messages when the counts differ.
func (in *Interp) unpackItems(v starlark.Value, n, star int) ([]starlark.Value, error) {
	if _, ok := v.(*Object); !ok {
		if _, iterable := v.(starlark.Iterable); !iterable {
			if _, isStr := v.(starlark.String); !isStr {
				return nil, typeErrorf("cannot unpack non-iterable %s object", typeName(v))
			}
		}
	}
	items, err := in.collect(v)
	if err != nil {
		return nil, err
	}
	if star < 0 {
		switch {
		case len(items) > n:
			return nil, newError("ValueError", fmt.Sprintf("too many values to unpack (expected %d)", n))
		case len(items) < n:
			return nil, newError("ValueError", fmt.Sprintf("not enough values to unpack (expected %d, got %d)", n, len(items)))
		}
		return items, nil
	}
	if len(items) < n-1 {
		return nil, newError("ValueError", fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", n-1, len(items)))
	}
	after := n - 1 - star
	out := make([]starlark.Value, 0, n)
	out = append(out, items[:star]...)
	out = append(out, starlark.NewList(append([]starlark.Value(nil), items[star:len(items)-after]...)))
	return append(out, items[len(items)-after:]...), nil
}

// augAssign is target op= value, reading and writing the target's
// object and key once.
func (c *compiler) augAssign(s *syntax.AugAssign) (stmtFn, error) {
	value, err := c.expr(s.Value)
	if err != nil {
		return nil, err
	}
	op := s.Op
	switch t := s.Target.(type) {
	case *syntax.Name:
		load, store := c.load(t.Id), c.storeName(t.Id)
		return func(fr *frame) (ctl, error) {
			x, err := load(fr)
			if err != nil {
				return next, err
			}
			r, err := fr.in.applyInplace(fr, op, x, value)
			if err != nil {
				return next, err
			}
			return next, store(fr, r)
		}, nil
	case *syntax.Attribute:
		return c.augAttr(t, op, value)
	case *syntax.Subscript:
		return c.augItem(t, op, value)
	}
	return nil, &CompileError{Line: s.Pos.Line, Msg: "illegal expression for augmented assignment"}
}

// applyInplace evaluates the right side of x op= value, then applies it.
func (in *Interp) applyInplace(fr *frame, op syntax.Operator, x starlark.Value, value exprFn) (starlark.Value, error) {
	y, err := value(fr)
	if err != nil {
		return nil, err
	}
	return in.inplace(op, x, y)
}

func (c *compiler) augAttr(t *syntax.Attribute, op syntax.Operator, value exprFn) (stmtFn, error) {
	obj, err := c.expr(t.Value)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (ctl, error) {
		o, err := obj(fr)
		if err != nil {
			return next, err
		}
		x, err := fr.in.getAttr(o, t.Attr)
		if err != nil {
			return next, err
		}
		r, err := fr.in.applyInplace(fr, op, x, value)
		if err != nil {
			return next, err
		}
		return next, fr.in.setAttr(o, t.Attr, r)
	}, nil
}

func (c *compiler) augItem(t *syntax.Subscript, op syntax.Operator, value exprFn) (stmtFn, error) {
	parts, err := c.subscriptParts(t)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (ctl, error) {
		o, k, err := parts(fr)
		if err != nil {
			return next, err
		}
		x, err := fr.in.getItem(o, k)
		if err != nil {
			return next, err
		}
		r, err := fr.in.applyInplace(fr, op, x, value)
		if err != nil {
			return next, err
		}
		return next, fr.in.setItem(o, k, r)
	}, nil
}

// deleteStmt is del targets.
func (c *compiler) deleteStmt(s *syntax.Delete) (stmtFn, error) {
	dels := make([]stmtFn, 0, len(s.Targets))
	for _, t := range s.Targets {
		d, err := c.deleteTarget(t)
		if err != nil {
			return nil, err
		}
		dels = append(dels, d)
	}
	return func(fr *frame) (ctl, error) {
		return runBlock(fr, dels)
	}, nil
}

func (c *compiler) deleteTarget(t syntax.Expr) (stmtFn, error) {
	switch t := t.(type) {
	case *syntax.Name:
		return c.deleteName(t.Id), nil
	case *syntax.Tuple:
		return c.deleteStmt(&syntax.Delete{Targets: t.Elts})
	case *syntax.List:
		return c.deleteStmt(&syntax.Delete{Targets: t.Elts})
	case *syntax.Attribute:
		obj, err := c.expr(t.Value)
		if err != nil {
			return nil, err
		}
		return func(fr *frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return next, err
			}
			return next, fr.in.delAttr(o, t.Attr)
		}, nil
	case *syntax.Subscript:
		parts, err := c.subscriptParts(t)
		if err != nil {
			return nil, err
		}
		return func(fr *frame) (ctl, error) {
			o, k, err := parts(fr)
			if err != nil {
				return next, err
			}
			return next, fr.in.delItem(o, k)
		}, nil
	}
	return nil, &CompileError{Line: t.Position().Line, Msg: "cannot delete expression"}
}

func (c *compiler) deleteName(name string) stmtFn {
	s := c.scope
	notDefined := func() error { return newError("NameError", "name '"+name+"' is not defined") }
	switch s.lookup(name) {
	case inLocal:
		slot := s.slots[name]
		return func(fr *frame) (ctl, error) {
			if fr.locals[slot] == nil {
				return next, unboundLocal(name)
			}
			fr.locals[slot] = nil
			return next, nil
		}
	case inCell, inFree:
		i := s.slots[name] - s.nlocal
		return func(fr *frame) (ctl, error) {
			if fr.cells[i].v == nil {
				return next, unboundLocal(name)
			}
			fr.cells[i].v = nil
			return next, nil
		}
	case inClass, inClassFree:
		return func(fr *frame) (ctl, error) {
			if !fr.class.Delete(name) {
				return next, notDefined()
			}
			return next, nil
		}
	}
	return func(fr *frame) (ctl, error) {
		if !fr.globals.Delete(name) {
			return next, notDefined()
		}
		return next, nil
	}
}

// delAttr is del v.name.
func (in *Interp) delAttr(v starlark.Value, name string) error {
	if o, ok := v.(*Object); ok {
		if _, found, err := o.special("__delattr__", starlark.String(name)); found || err != nil {
			return err
		}
		if !o.dict.Delete(name) {
			return newError("AttributeError", "'"+o.class.name+"' object has no attribute '"+name+"'")
		}
		return nil
	}
	if c, ok := v.(*Class); ok && c.in != nil {
		if !c.dict.Delete(name) {
			return newError("AttributeError", "type object '"+c.name+"' has no attribute '"+name+"'")
		}
		return nil
	}
	return newError("AttributeError", "'"+typeName(v)+"' object attribute '"+name+"' is read-only")
}
