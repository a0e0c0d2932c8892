package orm

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// conditional reports whether e is a boolean expression that & | ^ and
// ~ combine like a Q: Exists(...), a negation, Value(True).
func (e *Expression) conditional() bool {
	switch e.kind {
	case exprExists, exprNegated, exprQ:
		return true
	case exprValue:
		_, ok := e.value.(starlark.Bool)
		return ok
	}
	return false
}

// bitwiseHint is Django's error for & | ^ on expressions that are not
// conditional.
const bitwiseHint = "Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations."

// logical is Combinable.__and__, __or__ and __xor__: two conditional
// expressions (or one and a Q) combine as Q(self) op Q(other).
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/#conditional-expressions
func (e *Expression) logical(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	other, ok := y.(*Q)
	if o, isExpr := y.(*Expression); isExpr && o.conditional() {
		other, ok = &Q{Conn: "AND", Children: []qChild{&qExpr{e: o}}}, true
	}
	if side == starlark.Right || !ok || !e.conditional() {
		return nil, py.Errorf("NotImplementedError", bitwiseHint)
	}
	self := &Q{Conn: "AND", Children: []qChild{&qExpr{e: e}}}
	wrapped := &Q{Conn: "AND", Children: []qChild{other}}
	return self.combine(wrapped, qConnectors[op]), nil
}

// negate is ~expr (NegatedExpression); negating one again gives back
// the expression.
func (e *Expression) negate() *Expression {
	if e.kind == exprNegated {
		return e.args[0]
	}
	return &Expression{kind: exprNegated, args: []*Expression{e}}
}

// resolveNegated resolves ~expr, which must be conditional.
func (q *Query) resolveNegated(sess *Session, e *Expression, mark int) (sqlExpr, error) {
	inner, err := q.resolveExpr(sess, e.args[0], mark)
	if err != nil {
		return nil, err
	}
	if f := inner.field(); f == nil || f.Kind != BooleanField {
		return nil, typeError("Cannot negate non-conditional expressions.")
	}
	return &negatedExpr{inner: inner}, nil
}

// negatedExpr is NOT expr.
type negatedExpr struct{ inner sqlExpr }

func (e *negatedExpr) sql(c *compiler) (string, []any, error) {
	s, p, err := e.inner.sql(c)
	return "NOT " + s, p, err
}

func (e *negatedExpr) field() *Field   { return &Field{Name: "negated", Kind: BooleanField} }
func (e *negatedExpr) aggregate() bool { return e.inner.aggregate() }

// condExpr is a Q used as an expression, as Q.resolve_expression makes
// it: its WHERE node, selected as a boolean. Resolved again (an
// annotation filtered or ordered on), the node is marked Resolved and
// prints in parentheses (see resolvedAgain).
type condExpr struct{ node *Node }

func (e *condExpr) sql(c *compiler) (string, []any, error) { return e.node.sql(c) }
func (e *condExpr) field() *Field                          { return &Field{Name: "condition", Kind: BooleanField} }
func (e *condExpr) aggregate() bool                        { return containsAggregate(e.node) }
