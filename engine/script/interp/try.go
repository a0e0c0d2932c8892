package interp

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// handler is one compiled except clause.
type handler struct {
	typ   exprFn // nil for a bare except
	store assignFn
	del   stmtFn
	body  []stmtFn
	line  int
}

// tryStmt runs try/except/else/finally as Python does: the first clause
// whose type matches handles the exception, else runs when the body
// raised nothing, and finally runs on every way out; a break, continue
// or return in finally replaces what was under way.
// See https://docs.python.org/3/reference/compound_stmts.html#the-try-statement
func (c *compiler) tryStmt(s *syntax.Try) (stmtFn, error) {
	if s.Star {
		return nil, c.unsupported(s, "except*")
	}
	body, err := c.block(s.Body)
	if err != nil {
		return nil, err
	}
	handlers := make([]*handler, len(s.Handlers))
	for i, h := range s.Handlers {
		if handlers[i], err = c.handler(h); err != nil {
			return nil, err
		}
	}
	orelse, err := c.block(s.Orelse)
	if err != nil {
		return nil, err
	}
	final, err := c.block(s.Finalbody)
	if err != nil {
		return nil, err
	}
	tryExcept := func(fr *frame) (ctl, error) {
		k, err := runBlock(fr, body)
		if err == nil {
			if k != next {
				return k, nil
			}
			return runBlock(fr, orelse)
		}
		return fr.in.handle(fr, err, handlers)
	}
	if len(final) == 0 {
		return tryExcept, nil
	}
	return func(fr *frame) (ctl, error) {
		k, err := tryExcept(fr)
		if err != nil && fr.in.isFatal(err) {
			return k, err
		}
		saved := fr.ret
		fk, ferr := runBlock(fr, final)
		if ferr != nil && err != nil && !fr.in.isFatal(ferr) {
			fr.in.chain(ferr, fr.in.exception(err))
		}
		if ferr != nil || fk != next {
			return fk, ferr
		}
		fr.ret = saved
		return k, err
	}, nil
}

func (c *compiler) handler(h *syntax.ExceptHandler) (*handler, error) {
	out := &handler{line: h.Pos.Line}
	var err error
	if h.Type != nil {
		if out.typ, err = c.expr(h.Type); err != nil {
			return nil, err
		}
	}
	if h.Name != "" {
		out.store = c.storeName(h.Name)
		out.del = c.deleteName(h.Name)
	}
	if out.body, err = c.block(h.Body); err != nil {
		return nil, err
	}
	return out, nil
}

// handle finds the clause for err and runs it; an exception no clause
// matches goes on up.
func (in *Interp) handle(fr *frame, err error, handlers []*handler) (ctl, error) {
	if in.isFatal(err) || len(handlers) == 0 {
		return next, err
	}
	exc := in.exception(err)
	for _, h := range handlers {
		fr.line = h.line
		ok, merr := in.matches(fr, h, exc)
		if merr != nil {
			return next, merr
		}
		if ok {
			return in.runHandler(fr, h, exc)
		}
	}
	return next, exc
}

// matches reports whether an except clause's type covers exc.
func (in *Interp) matches(fr *frame, h *handler, exc *Exception) (bool, error) {
	if h.typ == nil {
		return true, nil
	}
	t, err := h.typ(fr)
	if err != nil {
		return false, err
	}
	return in.exceptionMatches(exc.Value.class, t)
}

// exceptionMatches is what except T checks: T an exception class or a
// tuple of them.
func (in *Interp) exceptionMatches(c *Class, t starlark.Value) (bool, error) {
	switch t := t.(type) {
	case *Class:
		if !t.exception {
			return false, typeErrorf("catching classes that do not inherit from BaseException is not allowed")
		}
		return c.isSubclass(t), nil
	case starlark.Tuple:
		for _, x := range t {
			if ok, err := in.exceptionMatches(c, x); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	if k := in.classOf(t); k != nil {
		return c.isSubclass(k), nil
	}
	return false, typeErrorf("catching classes that do not inherit from BaseException is not allowed")
}

// runHandler runs an except clause with its exception bound (and then
// unbound, as Python deletes the name), as the one being handled.
func (in *Interp) runHandler(fr *frame, h *handler, exc *Exception) (ctl, error) {
	outer := fr.handled
	fr.handled = exc
	defer func() { fr.handled = outer }()
	if h.store != nil {
		if err := h.store(fr, exc.Value); err != nil {
			return next, err
		}
	}
	k, err := runBlock(fr, h.body)
	if err != nil {
		in.chain(err, exc)
	}
	if h.del != nil {
		_, _ = h.del(fr)
	}
	return k, err
}

// chain records the exception being handled as the context of one raised
// while handling it.
func (in *Interp) chain(err error, handled *Exception) {
	if in.isFatal(err) {
		return
	}
	e := in.exception(err)
	if e.Value != handled.Value && e.Value.context == nil {
		e.Value.context = handled.Value
	}
}

// raiseStmt is raise, raise X and raise X from Y.
func (c *compiler) raiseStmt(s *syntax.Raise) (stmtFn, error) {
	if s.Exc == nil {
		return func(fr *frame) (ctl, error) {
			if h := fr.in.handledException(fr); h != nil {
				return next, h
			}
			return next, fr.in.raise("RuntimeError", "No active exception to reraise")
		}, nil
	}
	exc, err := c.expr(s.Exc)
	if err != nil {
		return nil, err
	}
	var cause exprFn
	if s.Cause != nil {
		if cause, err = c.expr(s.Cause); err != nil {
			return nil, err
		}
	}
	return func(fr *frame) (ctl, error) {
		v, err := exc(fr)
		if err != nil {
			return next, err
		}
		e, err := fr.in.toRaise(v)
		if err != nil {
			return next, err
		}
		if cause != nil {
			if err := fr.in.setCause(fr, e, cause); err != nil {
				return next, err
			}
		}
		e.Line = fr.in.scriptLine()
		return next, e
	}, nil
}

// handledException is the exception an enclosing except clause of this
// frame, or of a frame that called it, is handling.
func (in *Interp) handledException(fr *frame) *Exception {
	for f := fr; f != nil; f = f.back {
		if f.handled != nil {
			return f.handled
		}
	}
	return nil
}

// toRaise turns the operand of raise into an exception: a class is
// instantiated with no arguments.
func (in *Interp) toRaise(v starlark.Value) (*Exception, error) {
	line := in.scriptLine()
	switch x := v.(type) {
	case *Object:
		if x.class.exception {
			return &Exception{Value: x, Line: line}, nil
		}
	case *Class:
		if x.exception {
			obj, err := in.call(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if o, ok := obj.(*Object); ok {
				return &Exception{Value: o, Line: line}, nil
			}
		}
	}
	if k := in.classOf(v); k != nil {
		return in.newException(k, ""), nil
	}
	return nil, typeErrorf("exceptions must derive from BaseException")
}

func (in *Interp) setCause(fr *frame, e *Exception, cause exprFn) error {
	v, err := cause(fr)
	if err != nil {
		return err
	}
	e.Value.suppressContext = true
	if v == starlark.None {
		e.Value.cause = nil
		return nil
	}
	c, err := in.toRaise(v)
	if err != nil {
		return typeErrorf("exception causes must derive from BaseException")
	}
	e.Value.cause = c.Value
	return nil
}
