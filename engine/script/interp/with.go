package interp

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// ContextManager is a built-in value a with statement can use, such as
// transaction.atomic() or connection.cursor(): Enter's result is bound by
// "as"; Exit gets the exception leaving the block (nil when none) and
// reports whether to suppress it.
// See https://docs.python.org/3/reference/datamodel.html#context-managers
type ContextManager interface {
	Enter(thread *starlark.Thread) (starlark.Value, error)
	Exit(thread *starlark.Thread, exc error) (suppress bool, err error)
}

// withStmt runs with a as x, b as y: body as nested with statements.
func (c *compiler) withStmt(s *syntax.With) (stmtFn, error) {
	if s.IsAsync {
		return nil, c.unsupported(s, "async with")
	}
	body, err := c.block(s.Body)
	if err != nil {
		return nil, err
	}
	run := func(fr *frame) (ctl, error) { return runBlock(fr, body) }
	for i := len(s.Items) - 1; i >= 0; i-- {
		if run, err = c.withItem(s.Items[i], s.Pos.Line, run); err != nil {
			return nil, err
		}
	}
	return run, nil
}

// withItem compiles one context manager of a with statement around
// inner; its __exit__ runs on the with statement's line, where Python
// reports an exception it raises.
func (c *compiler) withItem(item *syntax.WithItem, line int, inner stmtFn) (stmtFn, error) {
	mgr, err := c.expr(item.ContextExpr)
	if err != nil {
		return nil, err
	}
	var store assignFn
	if item.OptionalVars != nil {
		if store, err = c.target(item.OptionalVars); err != nil {
			return nil, err
		}
	}
	return func(fr *frame) (ctl, error) {
		m, err := mgr(fr)
		if err != nil {
			return next, err
		}
		exit, v, err := fr.in.enter(m)
		if err != nil {
			return next, err
		}
		if store != nil {
			if err := store(fr, v); err != nil {
				_, _ = exit(err)
				return next, err
			}
		}
		k, err := inner(fr)
		if err != nil && fr.in.isFatal(err) {
			return k, err
		}
		if err != nil {
			err = fr.in.exception(err)
		}
		fr.line = line
		suppress, xerr := exit(err)
		switch {
		case xerr != nil:
			if err != nil {
				fr.in.chain(xerr, err.(*Exception))
			}
			return next, xerr
		case err != nil && suppress:
			return next, nil
		}
		return k, err
	}, nil
}

// enter calls a context manager's __enter__ and returns its __exit__.
func (in *Interp) enter(m starlark.Value) (exit func(error) (bool, error), v starlark.Value, err error) {
	switch x := m.(type) {
	case *Object:
		enter, _ := x.class.lookup("__enter__")
		exitFn, _ := x.class.lookup("__exit__")
		if enter == nil || exitFn == nil {
			return nil, nil, typeErrorf("'%s' object does not support the context manager protocol", x.class.name)
		}
		v, _, err := x.special("__enter__")
		if err != nil {
			return nil, nil, err
		}
		return func(exc error) (bool, error) { return in.objectExit(x, exc) }, v, nil
	case ContextManager:
		v, err := x.Enter(in.thread)
		if err != nil {
			return nil, nil, err
		}
		return func(exc error) (bool, error) { return x.Exit(in.thread, exc) }, v, nil
	}
	return nil, nil, typeErrorf("'%s' object does not support the context manager protocol", typeName(m))
}

// objectExit calls __exit__(type, value, traceback).
func (in *Interp) objectExit(x *Object, exc error) (bool, error) {
	args := []starlark.Value{starlark.None, starlark.None, starlark.None}
	if exc != nil {
		e := exc.(*Exception)
		args[0], args[1] = e.Value.class, e.Value
	}
	v, _, err := x.special("__exit__", args...)
	if err != nil {
		return false, err
	}
	return in.truth(v)
}
