package syntax

// The checks CPython's symbol table makes on global and nonlocal once a
// file has parsed: a name declared global or nonlocal after the scope
// used, assigned or annotated it, or that is a parameter; a nonlocal
// name that no enclosing function binds. The walk visits the tree in
// the order CPython's symbol table does, one scope at a time.

// Flags a scope records for a name, as CPython's symbol table does.
const (
	defLocal uint8 = 1 << iota
	defParam
	defUse
	defAnnot
	defGlobal
	defNonlocal
	defImport
)

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
	comprehensionScope
)

// scope is one block of names: the module, a function (or lambda), a
// class body or a comprehension.
type scope struct {
	kind       scopeKind
	parent     *scope
	names      []string        // the names the scope has seen, with their flags:
	flags      []uint8         // a scope sees few names, so a list is quickest
	directives map[string]Stmt // each name's first global or nonlocal
	nonlocals  []string
	children   []*scope
	what       string // a comprehension's kind, as errors name it
	iterVars   map[string]bool
}

// scoper walks a module, keeping the first error found while visiting.
type scoper struct {
	cur   *scope
	err   *Error
	iters int // comprehension iterables being visited
}

// scopeErrors returns the first error CPython's symbol table reports on
// global and nonlocal in body while visiting it, and the first it
// reports when resolving the names afterwards.
func scopeErrors(body []Stmt) (visit, resolve *Error) {
	s := &scoper{cur: newScope(moduleScope, nil)}
	module := s.cur
	s.stmts(body)
	return s.err, module.analyze()
}

func newScope(kind scopeKind, parent *scope) *scope {
	sc := &scope{kind: kind, parent: parent}
	if parent != nil {
		parent.children = append(parent.children, sc)
	}
	return sc
}

// fail keeps the first error met.
func (s *scoper) fail(n Node, msg string) {
	if s.err == nil {
		s.err = nodeError(n, msg)
	}
}

// def records flags for name in the current scope.
func (s *scoper) def(name string, flags uint8) { s.cur.add(name, flags) }

// flag returns the flags of name in sc.
func (sc *scope) flag(name string) uint8 {
	for i, n := range sc.names {
		if n == name {
			return sc.flags[i]
		}
	}
	return 0
}

// add sets flags for name in sc.
func (sc *scope) add(name string, flags uint8) {
	for i, n := range sc.names {
		if n == name {
			sc.flags[i] |= flags
			return
		}
	}
	sc.names = append(sc.names, name)
	sc.flags = append(sc.flags, flags)
}

// enter runs f with a new scope of kind around it.
func (s *scoper) enter(kind scopeKind, f func()) {
	outer := s.cur
	s.cur = newScope(kind, outer)
	f()
	s.cur = outer
}

// directive checks a global or nonlocal statement as CPython does when
// it meets one.
func (s *scoper) directive(st Stmt, names []string, global bool) {
	what, flag := "global", defGlobal
	if !global {
		what, flag = "nonlocal", defNonlocal
	}
	for _, name := range names {
		cur := s.cur.flag(name)
		switch {
		case cur&defParam != 0:
			s.fail(st, "name '"+name+"' is parameter and "+what)
		case cur&defUse != 0:
			s.fail(st, "name '"+name+"' is used prior to "+what+" declaration")
		case cur&defAnnot != 0:
			s.fail(st, "annotated name '"+name+"' can't be "+what)
		case cur&defLocal != 0:
			s.fail(st, "name '"+name+"' is assigned to before "+what+" declaration")
		}
		s.def(name, flag)
		if s.cur.directives == nil {
			s.cur.directives = map[string]Stmt{}
		}
		if _, seen := s.cur.directives[name]; !seen {
			s.cur.directives[name] = st
		}
		if !global {
			s.cur.nonlocals = append(s.cur.nonlocals, name)
		}
	}
}

// analyze returns the first error of the names' resolution: a name both
// global and nonlocal, or a nonlocal name no enclosing function binds.
func (sc *scope) analyze() *Error {
	for _, name := range sc.nonlocals {
		if sc.kind == moduleScope {
			return nodeError(sc.directives[name], "nonlocal declaration not allowed at module level")
		}
		if sc.flag(name)&defGlobal != 0 {
			return nodeError(sc.directives[name], "name '"+name+"' is nonlocal and global")
		}
		if !sc.parent.binds(name) {
			return nodeError(sc.directives[name], "no binding for nonlocal '"+name+"' found")
		}
	}
	for _, child := range sc.children {
		if err := child.analyze(); err != nil {
			return err
		}
	}
	return nil
}

// binds reports whether a function around sc, sc included, binds name.
func (sc *scope) binds(name string) bool {
	for ; sc != nil; sc = sc.parent {
		f := sc.flag(name)
		if sc.kind == functionScope && f&(defLocal|defParam|defImport) != 0 && f&(defGlobal|defNonlocal) == 0 {
			return true
		}
	}
	return false
}
