package interp

import (
	"maps"
	"slices"

	"ormlab/engine/script/syntax"
)

// Python decides where a name lives when it compiles a function: a name
// bound anywhere in the function's body is local to it (unless declared
// global or nonlocal), a name bound in an enclosing function is a free
// variable shared through a cell, and anything else is a global or a
// builtin. Class bodies keep their names in a namespace the methods do
// not see; comprehensions are functions of their own.
// See https://docs.python.org/3/reference/executionmodel.html#resolution-of-names

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
	comprehensionScope
)

// where says how a name is reached in one scope.
type where uint8

const (
	inGlobal    where = iota // module globals, then builtins
	inLocal                  // a slot of the frame
	inCell                   // a cell of the frame: a local an inner scope shares
	inFree                   // a cell from the enclosing function
	inClass                  // the class namespace, then global
	inClassFree              // the class namespace, then a free cell
)

// scope is what the resolver learned of one function, class,
// comprehension or the module.
type scope struct {
	kind      scopeKind
	parent    *scope
	bound     map[string]bool
	declared  map[string]where // global or nonlocal (free) statements
	used      map[string]bool
	order     []string // bound names in first-binding order
	children  []*scope
	generator bool // the body yields

	// Filled by resolve.
	slots  map[string]int // local or cell index
	where  map[string]where
	nlocal int      // locals come first, then cells, then free variables
	cells  []string // names of cell slots, in order
	frees  []string // names of free slots, in order
	// passing holds the free variables of the scope: those it reads and,
	// for a class or a function, those a scope inside it reads.
	passing map[string]bool
}

func newScope(kind scopeKind, parent *scope) *scope {
	s := &scope{kind: kind, parent: parent, bound: map[string]bool{}, declared: map[string]where{}, used: map[string]bool{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) bind(name string) {
	if !s.bound[name] {
		s.bound[name] = true
		s.order = append(s.order, name)
	}
}

func (s *scope) use(name string) { s.used[name] = true }

// isFunction reports whether the scope keeps its names in frame slots.
func (s *scope) isFunction() bool {
	return s.kind == functionScope || s.kind == comprehensionScope
}

// resolveAll decides where every name of the module and the scopes
// inside it lives, once the whole tree has been walked: first each
// function's own locals, then every use (which marks cells and free
// variables on the way out), then the frame slots.
func (s *scope) resolveAll() {
	s.each(func(s *scope) {
		s.where = map[string]where{}
		s.slots = map[string]int{}
		s.passing = map[string]bool{}
		if s.isFunction() {
			for _, name := range s.order {
				if _, ok := s.declared[name]; !ok {
					s.where[name] = inLocal
				}
			}
		}
	})
	s.each(func(s *scope) {
		names := maps.Clone(s.used)
		for name := range s.declared {
			names[name] = true
		}
		for _, name := range s.order {
			names[name] = true
		}
		for _, name := range sortedKeys(names) {
			s.lookup(name)
		}
	})
	s.each(func(s *scope) { s.assignSlots() })
}

// each calls f on s and every scope inside it, outer first.
func (s *scope) each(f func(*scope)) {
	f(s)
	for _, c := range s.children {
		c.each(f)
	}
}

// lookup is where name is, seen from s, marking the cells and free
// variables on the way to the scope that binds it.
func (s *scope) lookup(name string) where {
	if w, ok := s.where[name]; ok {
		return w
	}
	w := s.find(name)
	s.where[name] = w
	return w
}

// find resolves a name s does not bind as a local.
func (s *scope) find(name string) where {
	d, declared := s.declared[name]
	switch {
	case declared && d == inGlobal:
		return inGlobal
	case s.kind == moduleScope:
		return inGlobal
	case s.kind == classScope && s.bound[name]:
		return inClass
	case s.kind == classScope:
		if s.parent.freeFrom(name) {
			s.passing[name] = true
			return inClassFree
		}
		return inClass
	case s.parent.freeFrom(name):
		return inFree
	}
	if declared { // nonlocal with no binding outside
		return inFree
	}
	return inGlobal
}

// freeFrom reports whether name, used in a scope inside s, is a local of
// s or of a function around it: that local becomes a cell, and the name
// a free variable of every scope in between.
func (s *scope) freeFrom(name string) bool {
	switch s.kind {
	case moduleScope:
		return false
	case classScope:
		if s.parent.freeFrom(name) {
			s.passing[name] = true
			return true
		}
		return false
	}
	switch w, ok := s.where[name]; {
	case ok && (w == inLocal || w == inCell):
		s.where[name] = inCell
		return true
	case ok && w == inFree:
		return true
	case ok:
		return false
	case s.declared[name] == inGlobal && s.hasDeclared(name):
		return false
	}
	if s.parent.freeFrom(name) {
		s.where[name] = inFree
		return true
	}
	return false
}

func (s *scope) hasDeclared(name string) bool {
	_, ok := s.declared[name]
	return ok
}

// assignSlots numbers the frame's slots: locals first, then cells, then
// the free variables the scope reads or passes to a scope inside it.
func (s *scope) assignSlots() {
	if s.isFunction() {
		for _, name := range s.order {
			if s.where[name] == inLocal {
				s.slots[name] = len(s.slots)
			}
		}
	}
	s.nlocal = len(s.slots)
	if s.isFunction() {
		for _, name := range s.order {
			if s.where[name] == inCell {
				s.slots[name] = len(s.slots)
				s.cells = append(s.cells, name)
			}
		}
	}
	for name, w := range s.where {
		if w == inFree {
			s.passing[name] = true
		}
	}
	s.frees = sortedKeys(s.passing)
	for _, name := range s.frees {
		s.slots[name] = len(s.slots)
	}
}

func sortedKeys(m map[string]bool) []string {
	return slices.Sorted(maps.Keys(m))
}

// resolver walks the tree once, building the scopes.
type resolver struct {
	scopes map[syntax.Node]*scope
	cur    *scope
}

// resolve walks a module and returns its scope and the scope of every
// function, lambda, class and comprehension in it, by node.
func resolve(m *syntax.Module) (*scope, map[syntax.Node]*scope) {
	r := &resolver{scopes: map[syntax.Node]*scope{}}
	r.cur = newScope(moduleScope, nil)
	top := r.cur
	r.stmts(m.Body)
	top.resolveAll()
	return top, r.scopes
}

func (r *resolver) stmts(list []syntax.Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

func (r *resolver) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		r.exprs(s.DecoratorList)
		r.function(s, s.Args, func() { r.stmts(s.Body) })
		r.cur.bind(s.Name)
	case *syntax.ClassDef:
		r.exprs(s.DecoratorList)
		r.exprs(s.Bases)
		r.keywords(s.Keywords)
		r.enter(s, classScope, func() { r.stmts(s.Body) })
		r.cur.bind(s.Name)
	case *syntax.Return:
		r.expr(s.Value)
	case *syntax.Delete:
		r.exprs(s.Targets)
	case *syntax.Assign:
		r.expr(s.Value)
		r.exprs(s.Targets)
	case *syntax.AugAssign:
		r.expr(s.Value)
		if n, ok := s.Target.(*syntax.Name); ok {
			r.cur.use(n.Id)
		}
		r.expr(s.Target)
	case *syntax.AnnAssign:
		r.expr(s.Value)
		if s.Value != nil || !s.Simple {
			r.expr(s.Target)
		} else if n, ok := s.Target.(*syntax.Name); ok && r.cur.kind != moduleScope {
			r.cur.bind(n.Id)
		}
	case *syntax.For:
		r.expr(s.Iter)
		r.expr(s.Target)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *syntax.While:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *syntax.If:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			r.expr(it.ContextExpr)
			r.expr(it.OptionalVars)
		}
		r.stmts(s.Body)
	case *syntax.Match:
		r.expr(s.Subject)
		for _, c := range s.Cases {
			r.pattern(c.Pattern)
			r.expr(c.Guard)
			r.stmts(c.Body)
		}
	case *syntax.Raise:
		r.expr(s.Exc)
		r.expr(s.Cause)
	case *syntax.Try:
		r.stmts(s.Body)
		for _, h := range s.Handlers {
			r.expr(h.Type)
			if h.Name != "" {
				r.cur.bind(h.Name)
			}
			r.stmts(h.Body)
		}
		r.stmts(s.Orelse)
		r.stmts(s.Finalbody)
	case *syntax.Assert:
		r.expr(s.Test)
		r.expr(s.Msg)
	case *syntax.Import:
		for _, a := range s.Names {
			r.cur.bind(importedName(a))
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name != "*" {
				r.cur.bind(importedName(a))
			}
		}
	case *syntax.Global:
		for _, n := range s.Names {
			r.cur.declared[n] = inGlobal
		}
	case *syntax.Nonlocal:
		for _, n := range s.Names {
			r.cur.declared[n] = inFree
		}
	case *syntax.ExprStmt:
		r.expr(s.Value)
	case *syntax.TypeAlias:
		r.expr(s.Name)
	}
}

// importedName is the name an import binds: its as-name, or the first
// part of a dotted module name.
func importedName(a *syntax.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

// function walks the parts of a def or lambda evaluated where it is
// defined, then its parameters and body in a scope of its own.
func (r *resolver) function(n syntax.Node, a *syntax.Arguments, body func()) {
	r.exprs(a.Defaults)
	r.exprs(a.KwDefaults)
	for _, p := range params(a) {
		r.expr(p.Annotation)
	}
	if f, ok := n.(*syntax.FunctionDef); ok {
		r.expr(f.Returns)
	}
	r.enter(n, functionScope, func() {
		for _, p := range params(a) {
			r.cur.bind(p.Arg)
		}
		body()
	})
}

// params lists a function's parameters in the order they fill slots.
func params(a *syntax.Arguments) []*syntax.Arg {
	out := append(append([]*syntax.Arg{}, a.PosOnlyArgs...), a.Args...)
	if a.Vararg != nil {
		out = append(out, a.Vararg)
	}
	out = append(out, a.KwOnlyArgs...)
	if a.Kwarg != nil {
		out = append(out, a.Kwarg)
	}
	return out
}

func (r *resolver) enter(n syntax.Node, kind scopeKind, body func()) *scope {
	outer := r.cur
	r.cur = newScope(kind, outer)
	r.scopes[n] = r.cur
	body()
	s := r.cur
	r.cur = outer
	return s
}

func (r *resolver) exprs(list []syntax.Expr) {
	for _, e := range list {
		r.expr(e)
	}
}

func (r *resolver) keywords(list []*syntax.Keyword) {
	for _, k := range list {
		r.expr(k.Value)
	}
}

func (r *resolver) expr(e syntax.Expr) {
	switch e := e.(type) {
	case nil:
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			r.cur.use(e.Id)
		} else {
			r.cur.bind(e.Id)
		}
	case *syntax.NamedExpr:
		r.expr(e.Value)
		r.walrus(e.Target.Id)
	case *syntax.Lambda:
		r.function(e, e.Args, func() { r.expr(e.Body) })
	case *syntax.ListComp:
		r.comprehension(e, e.Generators, e.Elt)
	case *syntax.SetComp:
		r.comprehension(e, e.Generators, e.Elt)
	case *syntax.GeneratorExp:
		r.comprehension(e, e.Generators, e.Elt)
	case *syntax.DictComp:
		r.comprehension(e, e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		r.yield(e)
		r.expr(e.Value)
	case *syntax.YieldFrom:
		r.yield(e)
		r.expr(e.Value)
	default:
		for _, c := range children(e) {
			r.expr(c)
		}
	}
}

// yield marks the function a generator. The parser has refused a yield
// anywhere else, as CPython's compiler does.
func (r *resolver) yield(syntax.Expr) {
	r.cur.generator = true
}

// walrus binds a := target in the nearest scope that is not a
// comprehension; the comprehensions in between reach it as a free
// variable, or as a global at module level.
func (r *resolver) walrus(name string) {
	s := r.cur
	for s.kind == comprehensionScope {
		s = s.parent
	}
	if s == r.cur {
		s.bind(name)
		return
	}
	s.bind(name)
	for c := r.cur; c != s; c = c.parent {
		if s.kind == functionScope {
			c.declared[name] = inFree
		} else {
			c.declared[name] = inGlobal
		}
	}
	r.cur.use(name)
}

// comprehension walks the first iterable where the comprehension is
// written and everything else in a scope of its own.
func (r *resolver) comprehension(n syntax.Expr, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	r.expr(gens[0].Iter)
	r.enter(n, comprehensionScope, func() {
		for i, g := range gens {
			if i > 0 {
				r.expr(g.Iter)
			}
			r.expr(g.Target)
			r.exprs(g.Ifs)
		}
		r.exprs(elts)
	})
}

func (r *resolver) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		r.expr(p.Value)
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			r.pattern(q)
		}
	case *syntax.MatchMapping:
		r.exprs(p.Keys)
		for _, q := range p.Patterns {
			r.pattern(q)
		}
		if p.Rest != "" {
			r.cur.bind(p.Rest)
		}
	case *syntax.MatchClass:
		r.expr(p.Cls)
		for _, q := range append(append([]syntax.Pattern{}, p.Patterns...), p.KwdPatterns...) {
			r.pattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			r.cur.bind(p.Name)
		}
	case *syntax.MatchAs:
		r.pattern(p.Pattern)
		if p.Name != "" {
			r.cur.bind(p.Name)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			r.pattern(q)
		}
	}
}

// children lists the sub-expressions of the expressions whose scopes
// need nothing special.
func children(e syntax.Expr) []syntax.Expr {
	switch e := e.(type) {
	case *syntax.BoolOp:
		return e.Values
	case *syntax.BinOp:
		return []syntax.Expr{e.Left, e.Right}
	case *syntax.UnaryOp:
		return []syntax.Expr{e.Operand}
	case *syntax.IfExp:
		return []syntax.Expr{e.Test, e.Body, e.Orelse}
	case *syntax.Dict:
		return append(append([]syntax.Expr{}, e.Keys...), e.Values...)
	case *syntax.Set:
		return e.Elts
	case *syntax.Await:
		return []syntax.Expr{e.Value}
	case *syntax.Compare:
		return append([]syntax.Expr{e.Left}, e.Comparators...)
	case *syntax.Call:
		out := append([]syntax.Expr{e.Func}, e.Args...)
		for _, k := range e.Keywords {
			out = append(out, k.Value)
		}
		return out
	case *syntax.FormattedValue:
		return []syntax.Expr{e.Value, e.FormatSpec}
	case *syntax.JoinedStr:
		return e.Values
	case *syntax.Attribute:
		return []syntax.Expr{e.Value}
	case *syntax.Subscript:
		return []syntax.Expr{e.Value, e.Slice}
	case *syntax.Starred:
		return []syntax.Expr{e.Value}
	case *syntax.List:
		return e.Elts
	case *syntax.Tuple:
		return e.Elts
	case *syntax.Slice:
		return []syntax.Expr{e.Lower, e.Upper, e.Step}
	}
	return nil
}
