package interp

import (
	"errors"

	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// The compiler turns the tree into Go closures: each statement becomes a
// stmtFn and each expression an exprFn that the frame runs directly, with
// every name's place (slot, cell, class namespace or global) decided
// beforehand.

type compiler struct {
	scopes   map[syntax.Node]*scope
	filename string
	scope    *scope
	qual     string // the qualified name prefix of the current scope
	loops    int    // loops around the statement being compiled
	// multiline is set while compiling a statement written over several
	// lines: its calls and attribute reads then record their own line,
	// which Python's traceback reports.
	multiline bool
	// source is the script's text, for annotations kept as text.
	source string
	// futureAnnotations is set by from __future__ import annotations.
	futureAnnotations bool
}

// nodeLine is the line an expression of a multi-line statement records
// before it acts, or 0 in a statement on one line.
func (c *compiler) nodeLine(n syntax.Node) int {
	if !c.multiline {
		return 0
	}
	return n.Position().Line
}

func (c *compiler) module(top *scope, m *syntax.Module) (*code, error) {
	c.scope = top
	body, err := c.block(m.Body)
	if err != nil {
		return nil, err
	}
	return &code{name: "<module>", qualname: "<module>", filename: c.filename, scope: top, body: body, line: 1}, nil
}

func (c *compiler) block(list []syntax.Stmt) ([]stmtFn, error) {
	out := make([]stmtFn, 0, len(list))
	for _, s := range list {
		fn, err := c.stmt(s)
		if err != nil {
			return nil, err
		}
		out = append(out, fn)
	}
	return out, nil
}

// stmt compiles one statement, wrapped so that running it records its
// line, counts a step and turns a Go error into a Python exception raised
// on that line.
func (c *compiler) stmt(s syntax.Stmt) (stmtFn, error) {
	outer := c.multiline
	pos := s.Position()
	c.multiline = pos.EndLine > pos.Line && isSimple(s)
	inner, err := c.stmtBody(s)
	c.multiline = outer
	if err != nil {
		return nil, err
	}
	line := s.Position().Line
	return func(fr *frame) (ctl, error) {
		fr.line = line
		if err := fr.in.step(); err != nil {
			return next, fr.in.fail(err)
		}
		k, err := inner(fr)
		if err != nil {
			return k, fr.in.fail(err)
		}
		return k, nil
	}, nil
}

// fail turns err into a Python exception raised on the current line,
// unless it is one already or a fatal stop.
func (in *Interp) fail(err error) error {
	if _, ok := err.(*Exception); ok {
		return err
	}
	if in.isFatal(err) {
		var f *Fatal
		if errors.As(err, &f) {
			return err
		}
		return &Fatal{Err: err, Line: in.scriptLine()}
	}
	return in.exception(err)
}

// Fatal is an error no handler may catch (a limit), with the line it
// stopped the script on.
type Fatal struct {
	Err  error
	Line int
}

func (f *Fatal) Error() string { return f.Err.Error() }
func (f *Fatal) Unwrap() error { return f.Err }

func (c *compiler) stmtBody(s syntax.Stmt) (stmtFn, error) {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		return c.exprStmt(s)
	case *syntax.Assign:
		return c.assignStmt(s)
	case *syntax.AugAssign:
		return c.augAssign(s)
	case *syntax.AnnAssign:
		return c.annAssign(s)
	case *syntax.If:
		return c.ifStmt(s)
	case *syntax.For:
		return c.forStmt(s)
	case *syntax.While:
		return c.whileStmt(s)
	case *syntax.Pass, *syntax.Global, *syntax.Nonlocal:
		return func(*frame) (ctl, error) { return next, nil }, nil
	case *syntax.Break:
		return func(*frame) (ctl, error) { return brk, nil }, nil
	case *syntax.Continue:
		return func(*frame) (ctl, error) { return cont, nil }, nil
	case *syntax.Return:
		return c.returnStmt(s)
	case *syntax.FunctionDef:
		return c.functionDef(s)
	case *syntax.ClassDef:
		return c.classDef(s)
	case *syntax.Try:
		return c.tryStmt(s)
	case *syntax.Raise:
		return c.raiseStmt(s)
	case *syntax.With:
		return c.withStmt(s)
	case *syntax.Delete:
		return c.deleteStmt(s)
	case *syntax.Assert:
		return c.assertStmt(s)
	case *syntax.Import:
		return c.importStmt(s)
	case *syntax.ImportFrom:
		return c.importFrom(s)
	case *syntax.Match:
		return c.matchStmt(s)
	}
	return nil, c.unsupported(s, "this statement")
}

// unsupported is the one-line error for a construct the lab does not run.
func (c *compiler) unsupported(n syntax.Node, what string) error {
	return &CompileError{Line: n.Position().Line, Msg: what + " is not supported in ORM Lab scripts"}
}

// CompileError is a construct the interpreter refuses before the script
// runs.
type CompileError struct {
	Line int
	Msg  string
}

func (e *CompileError) Error() string { return e.Msg }

func (c *compiler) exprStmt(s *syntax.ExprStmt) (stmtFn, error) {
	x, err := c.expr(s.Value)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (ctl, error) {
		_, err := x(fr)
		return next, err
	}, nil
}

func (c *compiler) assignStmt(s *syntax.Assign) (stmtFn, error) {
	value, err := c.expr(s.Value)
	if err != nil {
		return nil, err
	}
	targets := make([]assignFn, len(s.Targets))
	for i, t := range s.Targets {
		if targets[i], err = c.target(t); err != nil {
			return nil, err
		}
	}
	if len(targets) == 1 {
		store := targets[0]
		return func(fr *frame) (ctl, error) {
			v, err := value(fr)
			if err != nil {
				return next, err
			}
			return next, store(fr, v)
		}, nil
	}
	return func(fr *frame) (ctl, error) {
		v, err := value(fr)
		if err != nil {
			return next, err
		}
		for _, store := range targets {
			if err := store(fr, v); err != nil {
				return next, err
			}
		}
		return next, nil
	}, nil
}

// annAssign is x: T = v. In a class body or at module level the
// annotation is evaluated and recorded in __annotations__ (dataclasses
// read a class's); in a function it is not evaluated, as in CPython.
func (c *compiler) annAssign(s *syntax.AnnAssign) (stmtFn, error) {
	var record func(fr *frame) error
	if n, ok := s.Target.(*syntax.Name); ok && s.Simple && c.scope.kind != functionScope {
		ann, err := c.annotation(s.Annotation)
		if err != nil {
			return nil, err
		}
		record = func(fr *frame) error {
			v, err := ann(fr)
			if err != nil {
				return err
			}
			ns := fr.globals
			if fr.class != nil {
				ns = fr.class
			}
			annotate(ns, n.Id, v)
			return nil
		}
	}
	assign := func(*frame) (ctl, error) { return next, nil }
	if s.Value != nil {
		var err error
		if assign, err = c.assignStmt(&syntax.Assign{Pos: s.Pos, Targets: []syntax.Expr{s.Target}, Value: s.Value}); err != nil {
			return nil, err
		}
	}
	return func(fr *frame) (ctl, error) {
		if record != nil {
			if err := record(fr); err != nil {
				return next, err
			}
		}
		return assign(fr)
	}, nil
}

func (c *compiler) ifStmt(s *syntax.If) (stmtFn, error) {
	test, err := c.expr(s.Test)
	if err != nil {
		return nil, err
	}
	body, err := c.block(s.Body)
	if err != nil {
		return nil, err
	}
	orelse, err := c.block(s.Orelse)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (ctl, error) {
		v, err := test(fr)
		if err != nil {
			return next, err
		}
		if truth, err := fr.in.truth(v); err != nil {
			return next, err
		} else if truth {
			return runBlock(fr, body)
		}
		return runBlock(fr, orelse)
	}, nil
}

// loopBlocks compiles a loop's body, inside the loop, and its else
// clause.
func (c *compiler) loopBlocks(body, orelse []syntax.Stmt) ([]stmtFn, []stmtFn, error) {
	c.loops++
	b, err := c.block(body)
	c.loops--
	if err != nil {
		return nil, nil, err
	}
	e, err := c.block(orelse)
	return b, e, err
}

// iteration runs a loop's body once; stop is set when the loop ends
// there (break, return or an exception), with what the loop returns.
func iteration(fr *frame, body []stmtFn) (stop bool, k ctl, err error) {
	switch k, err := runBlock(fr, body); {
	case err != nil:
		return true, next, err
	case k == brk:
		return true, next, nil
	case k == ret:
		return true, ret, nil
	}
	return false, next, nil
}

func (c *compiler) whileStmt(s *syntax.While) (stmtFn, error) {
	test, err := c.expr(s.Test)
	if err != nil {
		return nil, err
	}
	body, orelse, err := c.loopBlocks(s.Body, s.Orelse)
	if err != nil {
		return nil, err
	}
	line := s.Pos.Line
	return func(fr *frame) (ctl, error) {
		for {
			fr.line = line
			if err := fr.in.step(); err != nil {
				return next, err
			}
			v, err := test(fr)
			if err != nil {
				return next, err
			}
			if truth, err := fr.in.truth(v); err != nil || !truth {
				if err != nil {
					return next, err
				}
				return runBlock(fr, orelse)
			}
			if stop, k, err := iteration(fr, body); stop {
				return k, err
			}
		}
	}, nil
}

func (c *compiler) forStmt(s *syntax.For) (stmtFn, error) {
	if s.IsAsync {
		return nil, c.unsupported(s, "async for")
	}
	iter, err := c.expr(s.Iter)
	if err != nil {
		return nil, err
	}
	store, err := c.target(s.Target)
	if err != nil {
		return nil, err
	}
	body, orelse, err := c.loopBlocks(s.Body, s.Orelse)
	if err != nil {
		return nil, err
	}
	line := s.Pos.Line
	return func(fr *frame) (ctl, error) {
		seq, err := iter(fr)
		if err != nil {
			return next, err
		}
		it, err := fr.in.iterate(seq)
		if err != nil {
			return next, err
		}
		defer it.Done()
		var x starlark.Value
		for {
			fr.line = line
			if !it.Next(&x) {
				break
			}
			if err := store(fr, x); err != nil {
				return next, err
			}
			if stop, k, err := iteration(fr, body); stop {
				return k, err
			}
		}
		if err := fr.in.iterError(it); err != nil {
			return next, err
		}
		return runBlock(fr, orelse)
	}, nil
}

func (c *compiler) returnStmt(s *syntax.Return) (stmtFn, error) {
	if s.Value == nil {
		return func(fr *frame) (ctl, error) {
			fr.ret = starlark.None
			return ret, nil
		}, nil
	}
	value, err := c.expr(s.Value)
	if err != nil {
		return nil, err
	}
	return func(fr *frame) (ctl, error) {
		v, err := value(fr)
		if err != nil {
			return next, err
		}
		fr.ret = v
		return ret, nil
	}, nil
}

func (c *compiler) assertStmt(s *syntax.Assert) (stmtFn, error) {
	test, err := c.expr(s.Test)
	if err != nil {
		return nil, err
	}
	var msg exprFn
	if s.Msg != nil {
		if msg, err = c.expr(s.Msg); err != nil {
			return nil, err
		}
	}
	return func(fr *frame) (ctl, error) {
		v, err := test(fr)
		if err != nil {
			return next, err
		}
		if ok, err := fr.in.truth(v); err != nil || ok {
			return next, err
		}
		e := fr.in.raise("AssertionError", "")
		if msg != nil {
			m, err := msg(fr)
			if err != nil {
				return next, err
			}
			e.Value.args = starlark.Tuple{m}
		}
		return next, e
	}, nil
}

// isSimple reports whether a statement holds no block of statements, so
// that all its lines are its own.
func isSimple(s syntax.Stmt) bool {
	switch s.(type) {
	case *syntax.ExprStmt, *syntax.Assign, *syntax.AugAssign, *syntax.AnnAssign, *syntax.Return,
		*syntax.Raise, *syntax.Assert, *syntax.Delete:
		return true
	}
	return false
}
