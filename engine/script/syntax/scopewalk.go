package syntax

import "strings"

// The walk of scope.go over statements and expressions, in the order
// CPython's symbol table visits them: what a statement evaluates in the
// enclosing scope (defaults, decorators, bases, a comprehension's first
// iterable) before the scope it opens.

func (s *scoper) stmts(body []Stmt) {
	for _, st := range body {
		s.stmt(st)
	}
}

func (s *scoper) stmt(st Stmt) {
	switch st := st.(type) {
	case *FunctionDef:
		s.def(st.Name, defLocal)
		s.arguments(st.Args, st.Returns, true)
		s.exprs(st.DecoratorList)
		s.enter(functionScope, func() {
			s.params(st.Args)
			s.stmts(st.Body)
		})
	case *ClassDef:
		s.def(st.Name, defLocal)
		s.exprs(st.Bases)
		for _, k := range st.Keywords {
			s.expr(k.Value)
		}
		s.exprs(st.DecoratorList)
		s.enter(classScope, func() { s.stmts(st.Body) })
	case *Global:
		s.directive(st, st.Names, true)
	case *Nonlocal:
		s.directive(st, st.Names, false)
	case *AnnAssign:
		s.annAssign(st)
	default:
		s.simple(st)
	}
}

// simple visits the statements that open no scope.
func (s *scoper) simple(st Stmt) {
	switch st := st.(type) {
	case *Return:
		s.expr(st.Value)
	case *Delete:
		s.exprs(st.Targets)
	case *Assign:
		s.exprs(st.Targets)
		s.expr(st.Value)
	case *AugAssign:
		s.expr(st.Target)
		s.expr(st.Value)
	case *For:
		s.expr(st.Target)
		s.expr(st.Iter)
		s.stmts(st.Body)
		s.stmts(st.Orelse)
	case *While:
		s.expr(st.Test)
		s.stmts(st.Body)
		s.stmts(st.Orelse)
	case *If:
		s.expr(st.Test)
		s.stmts(st.Body)
		s.stmts(st.Orelse)
	default:
		s.compound(st)
	}
}

// compound visits with, try, match and the remaining statements.
func (s *scoper) compound(st Stmt) {
	switch st := st.(type) {
	case *With:
		for _, w := range st.Items {
			s.expr(w.ContextExpr)
			s.expr(w.OptionalVars)
		}
		s.stmts(st.Body)
	case *Try:
		s.stmts(st.Body)
		for _, h := range st.Handlers {
			s.expr(h.Type)
			if h.Name != "" {
				s.def(h.Name, defLocal)
			}
			s.stmts(h.Body)
		}
		s.stmts(st.Orelse)
		s.stmts(st.Finalbody)
	case *Match:
		s.expr(st.Subject)
		for _, c := range st.Cases {
			s.pattern(c.Pattern)
			s.expr(c.Guard)
			s.stmts(c.Body)
		}
	case *Raise:
		s.expr(st.Exc)
		s.expr(st.Cause)
	case *Assert:
		s.expr(st.Test)
		s.expr(st.Msg)
	case *ExprStmt:
		s.expr(st.Value)
	case *TypeAlias:
		s.def(st.Name.Id, defLocal)
		s.expr(st.Value)
	case *Import:
		s.imports(st.Names)
	case *ImportFrom:
		s.imports(st.Names)
	}
}

// imports binds the names an import statement defines.
func (s *scoper) imports(names []*Alias) {
	for _, a := range names {
		name := a.AsName
		if name == "" {
			name, _, _ = strings.Cut(a.Name, ".")
		}
		if name != "*" {
			s.def(name, defImport)
		}
	}
}

// annAssign visits target: annotation = value; an annotated name may not
// be declared global or nonlocal in a function or class.
func (s *scoper) annAssign(st *AnnAssign) {
	if n, ok := st.Target.(*Name); ok && st.Simple {
		if f := s.cur.flag(n.Id); f&(defGlobal|defNonlocal) != 0 && s.cur.kind != moduleScope {
			what := "global"
			if f&defNonlocal != 0 {
				what = "nonlocal"
			}
			s.fail(st, "annotated name '"+n.Id+"' can't be "+what)
		}
		s.def(n.Id, defAnnot|defLocal)
	} else {
		s.expr(st.Target)
	}
	s.expr(st.Annotation)
	s.expr(st.Value)
}

// arguments visits what a def or lambda evaluates where it stands: the
// defaults, and a def's annotations.
func (s *scoper) arguments(a *Arguments, returns Expr, annotated bool) {
	s.exprs(a.Defaults)
	s.exprs(a.KwDefaults)
	if !annotated {
		return
	}
	eachArg(a, func(arg *Arg) { s.expr(arg.Annotation) })
	s.expr(returns)
}

// params binds a function's parameters in its scope.
func (s *scoper) params(a *Arguments) {
	eachArg(a, func(arg *Arg) { s.def(arg.Arg, defParam) })
}

// eachArg calls f with every parameter of a, in order.
func eachArg(a *Arguments, f func(*Arg)) {
	for _, list := range [][]*Arg{a.PosOnlyArgs, a.Args, {a.Vararg}, a.KwOnlyArgs, {a.Kwarg}} {
		for _, arg := range list {
			if arg != nil {
				f(arg)
			}
		}
	}
}

func (s *scoper) exprs(es []Expr) {
	for _, e := range es {
		s.expr(e)
	}
}

func (s *scoper) expr(e Expr) {
	switch e := e.(type) {
	case nil:
	case *Name:
		if e.Ctx == Load {
			s.def(e.Id, defUse)
		} else {
			s.def(e.Id, defLocal)
		}
	case *NamedExpr:
		s.expr(e.Value)
		s.walrus(e)
	case *Lambda:
		s.arguments(e.Args, nil, false)
		s.enter(functionScope, func() {
			s.params(e.Args)
			s.expr(e.Body)
		})
	case *ListComp:
		s.comprehension("list comprehension", e.Generators, e.Elt)
	case *SetComp:
		s.comprehension("set comprehension", e.Generators, e.Elt)
	case *GeneratorExp:
		s.comprehension("generator expression", e.Generators, e.Elt)
	case *DictComp:
		s.comprehension("dict comprehension", e.Generators, e.Key, e.Value)
	case *Yield, *YieldFrom:
		if s.cur.kind == comprehensionScope {
			s.fail(e, "'yield' inside "+s.cur.what)
		}
		s.children(e)
	default:
		s.children(e)
	}
}

// walrus binds target := in the scope a comprehension belongs to, which
// CPython refuses in a comprehension's iterable, for one of its
// iteration variables, and in a class body.
func (s *scoper) walrus(e *NamedExpr) {
	name := e.Target.Id
	if s.iters > 0 {
		s.fail(e, "assignment expression cannot be used in a comprehension iterable expression")
	}
	sc := s.cur
	for sc.kind == comprehensionScope && sc.parent != nil {
		if sc.iterVars[name] {
			s.fail(e.Target, "assignment expression cannot rebind comprehension iteration variable '"+name+"'")
		}
		sc = sc.parent
	}
	if sc.kind == classScope && s.cur.kind == comprehensionScope {
		s.fail(e.Target, "assignment expression within a comprehension cannot be used in a class body")
	}
	sc.add(name, defLocal)
}

// iterable visits a comprehension's iterable.
func (s *scoper) iterable(e Expr) {
	s.iters++
	s.expr(e)
	s.iters--
}

// iterVars records the names a comprehension's target binds.
func (s *scoper) iterVars(target Expr) {
	switch t := target.(type) {
	case *Name:
		if s.cur.iterVars == nil {
			s.cur.iterVars = map[string]bool{}
		}
		s.cur.iterVars[t.Id] = true
	case *Tuple:
		for _, x := range t.Elts {
			s.iterVars(x)
		}
	case *List:
		for _, x := range t.Elts {
			s.iterVars(x)
		}
	case *Starred:
		s.iterVars(t.Value)
	}
}

// comprehension visits the first iterable where the comprehension
// stands, and the rest in a scope of its own.
func (s *scoper) comprehension(what string, gens []*Comprehension, elts ...Expr) {
	s.iterable(gens[0].Iter)
	s.enter(comprehensionScope, func() {
		s.cur.what = what
		for i, g := range gens {
			if i > 0 {
				s.iterable(g.Iter)
			}
			s.expr(g.Target)
			s.iterVars(g.Target)
			s.exprs(g.Ifs)
		}
		s.exprs(elts)
	})
}

// pattern binds the names a match pattern captures.
func (s *scoper) pattern(pt Pattern) {
	switch pt := pt.(type) {
	case *MatchValue:
		s.expr(pt.Value)
	case *MatchSequence:
		s.patterns(pt.Patterns)
	case *MatchMapping:
		s.exprs(pt.Keys)
		s.patterns(pt.Patterns)
		s.capture(pt.Rest)
	case *MatchClass:
		s.expr(pt.Cls)
		s.patterns(pt.Patterns)
		s.patterns(pt.KwdPatterns)
	case *MatchStar:
		s.capture(pt.Name)
	case *MatchAs:
		s.pattern(pt.Pattern)
		s.capture(pt.Name)
	case *MatchOr:
		s.patterns(pt.Patterns)
	}
}

func (s *scoper) patterns(ps []Pattern) {
	for _, pt := range ps {
		s.pattern(pt)
	}
}

func (s *scoper) capture(name string) {
	if name != "" {
		s.def(name, defLocal)
	}
}

// children visits the subexpressions of the expressions that open no
// scope, in CPython's order.
func (s *scoper) children(e Expr) {
	switch e := e.(type) {
	case *BoolOp:
		s.exprs(e.Values)
	case *BinOp:
		s.expr(e.Left)
		s.expr(e.Right)
	case *UnaryOp:
		s.expr(e.Operand)
	case *IfExp:
		s.expr(e.Test)
		s.expr(e.Body)
		s.expr(e.Orelse)
	case *Dict:
		s.exprs(e.Keys)
		s.exprs(e.Values)
	case *Set:
		s.exprs(e.Elts)
	case *Await:
		s.expr(e.Value)
	case *Yield:
		s.expr(e.Value)
	case *YieldFrom:
		s.expr(e.Value)
	case *Compare:
		s.expr(e.Left)
		s.exprs(e.Comparators)
	default:
		s.moreChildren(e)
	}
}

func (s *scoper) moreChildren(e Expr) {
	switch e := e.(type) {
	case *Call:
		s.expr(e.Func)
		s.exprs(e.Args)
		for _, k := range e.Keywords {
			s.expr(k.Value)
		}
	case *FormattedValue:
		s.expr(e.Value)
		s.expr(e.FormatSpec)
	case *JoinedStr:
		s.exprs(e.Values)
	case *Attribute:
		s.expr(e.Value)
	case *Subscript:
		s.expr(e.Value)
		s.expr(e.Slice)
	case *Starred:
		s.expr(e.Value)
	case *List:
		s.exprs(e.Elts)
	case *Tuple:
		s.exprs(e.Elts)
	case *Slice:
		s.expr(e.Lower)
		s.expr(e.Upper)
		s.expr(e.Step)
	}
}
