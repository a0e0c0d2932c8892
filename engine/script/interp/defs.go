package interp

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// functionCode compiles the body of a def or lambda in its own scope.
func (c *compiler) functionCode(n syntax.Node, name string, a *syntax.Arguments, body func() ([]stmtFn, error)) (*code, error) {
	s := c.scopes[n]
	outer, outerQual, outerLoops := c.scope, c.qual, c.loops
	qual := c.qual + name
	c.scope, c.qual, c.loops = s, qual+".<locals>.", 0
	defer func() { c.scope, c.qual, c.loops = outer, outerQual, outerLoops }()
	stmts, err := body()
	if err != nil {
		return nil, err
	}
	cd := &code{name: name, qualname: qual, filename: c.filename, scope: s, body: stmts,
		generator: s.generator, line: n.Position().Line, params: paramsOf(s, a)}
	return cd, nil
}

// paramsOf describes a function's parameters and their slots.
func paramsOf(s *scope, a *syntax.Arguments) paramSpec {
	p := paramSpec{posOnly: len(a.PosOnlyArgs), npos: len(a.PosOnlyArgs) + len(a.Args),
		nkwonly: len(a.KwOnlyArgs), varargs: a.Vararg != nil, kwargs: a.Kwarg != nil}
	for _, arg := range params(a) {
		p.names = append(p.names, arg.Arg)
		p.slots = append(p.slots, s.slots[arg.Arg])
	}
	return p
}

// defaults compiles the default values, evaluated when the def runs.
func (c *compiler) defaults(a *syntax.Arguments) (func(fr *frame) (starlark.Tuple, []starlark.Value, error), error) {
	pos, err := c.exprs(a.Defaults)
	if err != nil {
		return nil, err
	}
	kw := make([]exprFn, len(a.KwDefaults))
	for i, e := range a.KwDefaults {
		if e != nil {
			if kw[i], err = c.expr(e); err != nil {
				return nil, err
			}
		}
	}
	return func(fr *frame) (starlark.Tuple, []starlark.Value, error) {
		var d starlark.Tuple
		for _, f := range pos {
			v, err := f(fr)
			if err != nil {
				return nil, nil, err
			}
			d = append(d, v)
		}
		kd := make([]starlark.Value, len(kw))
		for i, f := range kw {
			if f != nil {
				v, err := f(fr)
				if err != nil {
					return nil, nil, err
				}
				kd[i] = v
			}
		}
		return d, kd, nil
	}, nil
}

// makeFunction compiles a function value's creation: defaults evaluated
// now, and the cells of its free variables taken from the frame.
func (c *compiler) makeFunction(cd *code, a *syntax.Arguments) (exprFn, error) {
	defaults, err := c.defaults(a)
	if err != nil {
		return nil, err
	}
	captures := make([]int, len(cd.scope.frees))
	for i, name := range cd.scope.frees {
		captures[i] = c.scope.slots[name] - c.scope.nlocal
	}
	return func(fr *frame) (starlark.Value, error) {
		d, kd, err := defaults(fr)
		if err != nil {
			return nil, err
		}
		f := &Function{code: cd, defaults: d, kwdefaults: kd, globals: fr.globals, in: fr.in}
		if len(captures) > 0 {
			f.closure = make([]*cell, len(captures))
			for i, slot := range captures {
				f.closure[i] = fr.cells[slot]
			}
		}
		return f, nil
	}, nil
}

func (c *compiler) functionDef(s *syntax.FunctionDef) (stmtFn, error) {
	if s.IsAsync {
		return nil, c.unsupported(s, "async def")
	}
	cd, err := c.functionCode(s, s.Name, s.Args, func() ([]stmtFn, error) { return c.block(s.Body) })
	if err != nil {
		return nil, err
	}
	cd.doc = docstring(s.Body)
	mk, err := c.makeFunction(cd, s.Args)
	if err != nil {
		return nil, err
	}
	anns, err := c.funcAnnotations(s.Args, s.Returns)
	if err != nil {
		return nil, err
	}
	if anns != nil {
		plain := mk
		mk = func(fr *frame) (starlark.Value, error) {
			v, err := plain(fr)
			if err != nil {
				return nil, err
			}
			d, err := anns(fr)
			if err != nil {
				return nil, err
			}
			return v, v.(*Function).SetField("__annotations__", d)
		}
	}
	return c.decorated(s.DecoratorList, mk, c.storeName(s.Name))
}

// decoratorLines are the lines of a definition's decorators, where
// Python reports an error in one.
func decoratorLines(list []syntax.Expr) []int {
	lines := make([]int, len(list))
	for i, d := range list {
		lines[i] = d.Position().Line
	}
	return lines
}

// decorated applies decorators, innermost first, then stores the result.
func (c *compiler) decorated(decorators []syntax.Expr, mk exprFn, store assignFn) (stmtFn, error) {
	decs, err := c.exprs(decorators)
	if err != nil {
		return nil, err
	}
	lines := decoratorLines(decorators)
	return func(fr *frame) (ctl, error) {
		defLine := fr.line
		fns := make([]starlark.Value, len(decs))
		for i, d := range decs {
			fr.line = lines[i]
			v, err := d(fr)
			if err != nil {
				return next, err
			}
			fns[i] = v
		}
		fr.line = defLine
		v, err := mk(fr)
		if err != nil {
			return next, err
		}
		for i := len(fns) - 1; i >= 0; i-- {
			fr.line = lines[i]
			if v, err = fr.in.call(fns[i], starlark.Tuple{v}, nil); err != nil {
				return next, err
			}
		}
		fr.line = defLine
		return next, store(fr, v)
	}, nil
}

// docstring is a body's leading string literal, or nil.
func docstring(body []syntax.Stmt) starlark.Value {
	if len(body) == 0 {
		return nil
	}
	if e, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := e.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return starlark.String(s)
			}
		}
	}
	return nil
}

func (c *compiler) lambda(e *syntax.Lambda) (exprFn, error) {
	cd, err := c.functionCode(e, "<lambda>", e.Args, func() ([]stmtFn, error) {
		body, err := c.expr(e.Body)
		if err != nil {
			return nil, err
		}
		return []stmtFn{func(fr *frame) (ctl, error) {
			v, err := body(fr)
			if err != nil {
				return next, fr.in.fail(err)
			}
			fr.ret = v
			return ret, nil
		}}, nil
	})
	if err != nil {
		return nil, err
	}
	return c.makeFunction(cd, e.Args)
}

// classDef runs the class body in a namespace of its own and makes the
// class from it.
func (c *compiler) classDef(s *syntax.ClassDef) (stmtFn, error) {
	for _, k := range s.Keywords {
		if k.Arg == "metaclass" {
			return nil, c.unsupported(s, "a metaclass")
		}
	}
	bases, err := c.exprs(s.Bases)
	if err != nil {
		return nil, err
	}
	sc := c.scopes[s]
	outer, outerQual := c.scope, c.qual
	qual := c.qual + s.Name
	c.scope, c.qual = sc, qual+"."
	body, err := c.block(s.Body)
	c.scope, c.qual = outer, outerQual
	if err != nil {
		return nil, err
	}
	cd := &code{name: s.Name, qualname: qual, filename: c.filename, scope: sc, body: body, line: s.Pos.Line}
	captures := make([]int, len(sc.frees))
	for i, name := range sc.frees {
		captures[i] = c.scope.slots[name] - c.scope.nlocal
	}
	doc := docstring(s.Body)
	mk := func(fr *frame) (starlark.Value, error) {
		bs, factory, err := fr.in.classBases(fr, bases)
		if err != nil {
			return nil, err
		}
		ns := NewNamespace()
		ns.Set("__module__", starlark.String("__main__"))
		ns.Set("__qualname__", starlark.String(qual))
		if doc != nil {
			ns.Set("__doc__", doc)
		}
		body := &frame{in: fr.in, code: cd, globals: fr.globals, class: ns}
		body.cells = make([]*cell, len(captures))
		for i, slot := range captures {
			body.cells[i] = fr.cells[slot]
		}
		if _, err := fr.in.runFrame(body); err != nil {
			return nil, err
		}
		if factory != nil {
			return factory.MakeClass(fr.in.thread, s.Name, annotatedNames(ns), classAttrs(ns))
		}
		return fr.in.newClass(s.Name, qual, bs, ns)
	}
	return c.decorated(s.DecoratorList, mk, c.storeName(s.Name))
}

// ClassFactory is a base that makes the class itself from the body's
// annotated names and values, as typing.NamedTuple does.
type ClassFactory interface {
	MakeClass(thread *starlark.Thread, name string, fields []string, attrs starlark.StringDict) (starlark.Value, error)
}

// annotatedNames are the names a class body annotated, in order.
func annotatedNames(ns *Namespace) []string {
	d, _ := ns.Get("__annotations__").(*starlark.Dict)
	if d == nil {
		return nil
	}
	var out []string
	for _, k := range d.Keys() {
		out = append(out, string(k.(starlark.String)))
	}
	return out
}

// classAttrs are the names a class body bound, but for those Python adds.
func classAttrs(ns *Namespace) starlark.StringDict {
	out := starlark.StringDict{}
	for _, k := range ns.Keys() {
		switch k {
		case "__module__", "__qualname__", "__annotations__", "__doc__":
			continue
		}
		out[k] = ns.Get(k)
	}
	return out
}

// classBases evaluates a class statement's bases, which must be classes,
// or one ClassFactory.
func (in *Interp) classBases(fr *frame, bases []exprFn) ([]*Class, ClassFactory, error) {
	out := make([]*Class, 0, len(bases))
	var factory ClassFactory
	for _, b := range bases {
		v, err := b(fr)
		if err != nil {
			return nil, nil, err
		}
		if f, ok := v.(ClassFactory); ok {
			factory = f
			continue
		}
		k, ok := v.(*Class)
		if t, isType := v.(*Type); isType && nativeClasses[t.name] != nil {
			k, ok = nativeClasses[t.name], true
		}
		if !ok {
			if name := builtinTypeName(v); name != "" {
				return nil, nil, newError("NotImplementedError", "a class deriving from the built-in type '"+name+"' is not supported in ORM Lab; keep the value in an attribute instead")
			}
			return nil, nil, typeErrorf("bases must be types")
		}
		out = append(out, k)
	}
	return out, factory, nil
}
