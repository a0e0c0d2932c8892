package script

import (
	"go.starlark.net/syntax"
)

// transform rewrites the parsed file where Starlark's meaning differs
// from Python's, before it is resolved and compiled:
//   - x % y calls the hidden % builtin (Python's printf-style formatting);
//   - x.format(...), x.sort(...) and the other overridden methods call
//     the hidden method builtin (Python's str.format, list.sort, ...);
//   - for loops and comprehensions iterate over strings by character;
//   - x[k] and x[a:b] read as values call hidden builtins, so that a
//     py.Subscriptable (a QuerySet) can answer lazily (see subscript.go).
//
// New nodes take the position of the node they replace, so errors point
// at the learner's line.
func transform(f *syntax.File) {
	for _, s := range f.Stmts {
		stmt(s)
	}
}

func stmts(list []syntax.Stmt) {
	for _, s := range list {
		stmt(s)
	}
}

func stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.AssignStmt:
		s.LHS, s.RHS = target(s.LHS), expr(s.RHS)
		if id, ok := s.LHS.(*syntax.Ident); ok && s.Op == syntax.PERCENT_EQ {
			s.Op, s.RHS = syntax.EQ, call(hiddenMod, s.OpPos, ident(id.Name, id.NamePos), s.RHS)
		}
		if id, ok := s.LHS.(*syntax.Ident); ok && (s.Op == syntax.STAR_EQ || s.Op == syntax.PLUS_EQ && !isNumber(s.RHS)) {
			op := &syntax.Literal{Token: syntax.STRING, TokenPos: s.OpPos, Raw: `"+"`, Value: "+"}
			if s.Op == syntax.STAR_EQ {
				op.Raw, op.Value = `"*"`, "*"
			}
			s.RHS = call(hiddenGrow, s.OpPos, op, ident(id.Name, id.NamePos), s.RHS)
		}
	case *syntax.ExprStmt:
		s.X = expr(s.X)
	case *syntax.DefStmt:
		params(s.Params)
		stmts(s.Body)
	case *syntax.ForStmt:
		s.Vars, s.X = target(s.Vars), iterCall(expr(s.X))
		stmts(s.Body)
	case *syntax.WhileStmt:
		s.Cond = expr(s.Cond)
		stmts(s.Body)
	case *syntax.IfStmt:
		s.Cond = expr(s.Cond)
		stmts(s.True)
		stmts(s.False)
	case *syntax.ReturnStmt:
		if s.Result != nil {
			s.Result = expr(s.Result)
		}
	}
}

// params transforms the default values of a function's parameters.
func params(list []syntax.Expr) {
	for i, p := range list {
		list[i] = expr(p)
	}
}

func exprs(list []syntax.Expr) {
	for i, e := range list {
		list[i] = expr(e)
	}
}

// expr returns e transformed.
func expr(e syntax.Expr) syntax.Expr {
	switch e := e.(type) {
	case *syntax.BinaryExpr:
		e.X, e.Y = expr(e.X), expr(e.Y)
		if e.Op == syntax.PERCENT && !isNumber(e.X) {
			return call(hiddenMod, e.OpPos, e.X, e.Y)
		}
		if grower, ok := growers[e.Op]; ok && mayGrow(e) {
			return call(grower, e.OpPos, e.X, e.Y)
		}
	case *syntax.CallExpr:
		return callExpr(e)
	case *syntax.Comprehension:
		e.Body = expr(e.Body)
		clauses(e.Clauses)
	case *syntax.CondExpr:
		e.Cond, e.True, e.False = expr(e.Cond), expr(e.True), expr(e.False)
	case *syntax.DictEntry:
		e.Key, e.Value = expr(e.Key), expr(e.Value)
	case *syntax.DictExpr:
		exprs(e.List)
	case *syntax.DotExpr:
		e.X = expr(e.X)
	case *syntax.IndexExpr:
		e.X, e.Y = expr(e.X), expr(e.Y)
		return subscript(e)
	case *syntax.LambdaExpr:
		params(e.Params)
		e.Body = expr(e.Body)
	case *syntax.ListExpr:
		exprs(e.List)
	case *syntax.ParenExpr:
		e.X = expr(e.X)
	case *syntax.SliceExpr:
		e.X, e.Lo, e.Hi, e.Step = expr(e.X), optExpr(e.Lo), optExpr(e.Hi), optExpr(e.Step)
		return subscript(e)
	case *syntax.TupleExpr:
		exprs(e.List)
	case *syntax.UnaryExpr:
		if e.X != nil {
			e.X = expr(e.X)
		}
	}
	return e
}

// growers are the hidden builtins that check the size of what + and *
// build (grow.go).
var growers = map[syntax.Token]string{syntax.PLUS: hiddenAdd, syntax.STAR: hiddenMul}

// mayGrow reports whether x + y or x * y may build a sequence: not when
// a + has a numeric literal (a sequence plus a number is an error) or a
// * two of them.
func mayGrow(e *syntax.BinaryExpr) bool {
	if e.Op == syntax.PLUS {
		return !isNumber(e.X) && !isNumber(e.Y)
	}
	return !isNumber(e.X) || !isNumber(e.Y)
}

// isNumber reports whether e is a numeric literal, so that 10 % n stays
// Starlark's modulo.
func isNumber(e syntax.Expr) bool {
	lit, ok := e.(*syntax.Literal)
	return ok && (lit.Token == syntax.INT || lit.Token == syntax.FLOAT)
}

func optExpr(e syntax.Expr) syntax.Expr {
	if e == nil {
		return nil
	}
	return expr(e)
}

func clauses(list []syntax.Node) {
	for _, c := range list {
		switch c := c.(type) {
		case *syntax.ForClause:
			c.Vars, c.X = target(c.Vars), iterCall(expr(c.X))
		case *syntax.IfClause:
			c.Cond = expr(c.Cond)
		}
	}
}

// callExpr transforms a call, sending overridden methods through the
// hidden method builtin: x.sort(key=f) becomes method(x, "sort", key=f).
func callExpr(e *syntax.CallExpr) syntax.Expr {
	exprs(e.Args)
	dot, ok := e.Fn.(*syntax.DotExpr)
	if !ok || !overridden(dot.Name.Name) {
		e.Fn = expr(e.Fn)
		return e
	}
	name := &syntax.Literal{Token: syntax.STRING, TokenPos: dot.NamePos, Raw: quote(dot.Name.Name), Value: dot.Name.Name}
	args := append([]syntax.Expr{expr(dot.X), name}, e.Args...)
	return &syntax.CallExpr{Fn: ident(hiddenMethod, dot.NamePos), Lparen: e.Lparen, Args: args, Rparen: e.Rparen}
}

// iterCall wraps the operand of a for loop, so that a string iterates by
// character.
func iterCall(x syntax.Expr) syntax.Expr {
	start, _ := x.Span()
	return call(hiddenIter, start, x)
}

func call(name string, pos syntax.Position, args ...syntax.Expr) *syntax.CallExpr {
	return &syntax.CallExpr{Fn: ident(name, pos), Lparen: pos, Args: args, Rparen: pos}
}

func ident(name string, pos syntax.Position) *syntax.Ident {
	return &syntax.Ident{NamePos: pos, Name: name}
}
