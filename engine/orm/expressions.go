package orm

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// exprKind is what an Expression stands for.
type exprKind int

const (
	exprF exprKind = iota
	exprValue
	exprCombined
	exprAggregate
	exprFunc
	exprCase
	exprWhen
	exprExists
	exprSubquery
	exprOuterRef
	exprOrderBy
	exprNegated
	exprWindow
	exprQ // a Q used as an expression: annotate(flag=Q(...))
)

// Expression is a query expression as scripts build it: F("pages"),
// Count("book"), F("price") * 2, Case(When(...)), Exists(qs), ... It is
// resolved against a query (names become columns and joins) only when a
// QuerySet method uses it, as Django's resolve_expression does.
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/
type Expression struct {
	kind     exprKind
	name     string         // F/OuterRef path; SQL function name (COUNT, LOWER)
	value    starlark.Value // Value(...)
	op       string         // + - * / for combined expressions
	args     []*Expression
	distinct bool
	star     bool // Count("*")
	filter   *Q   // aggregate filter=, When condition
	qs       *QuerySet
	desc     bool        // OrderBy direction
	nulls    string      // OrderBy: " NULLS FIRST", " NULLS LAST" or ""
	fallback *Expression // Case default=, an aggregate's default=
	output   *Field      // output_field= of a database function
	sqlFunc  string      // the SQL function of a Func a script defined
	// Window: partition_by= and order_by= terms and the frame.
	partition []*Expression
	order     []*Expression
	frame     *windowFrame
}

var (
	_ starlark.HasBinary = (*Expression)(nil)
	_ starlark.HasUnary  = (*Expression)(nil)
	_ starlark.HasAttrs  = (*Expression)(nil)
)

// String implements starlark.Value with Django's repr.
func (e *Expression) String() string { return e.PyRepr() }

// PyRepr is the expression's repr as Django prints it.
func (e *Expression) PyRepr() string {
	switch e.kind {
	case exprF:
		return "F(" + e.name + ")"
	case exprOuterRef:
		return "OuterRef(" + e.name + ")"
	case exprValue:
		return "Value(" + py.Repr(e.value) + ")"
	case exprCombined:
		return e.args[0].PyRepr() + " " + e.op + " " + e.args[1].PyRepr()
	case exprFunc:
		return funcRepr(e)
	case exprOrderBy:
		return "OrderBy(" + e.args[0].PyRepr() + ", descending=" + py.Repr(starlark.Bool(e.desc)) + ")"
	case exprWindow:
		return "<Window: " + e.windowStr() + ">"
	case exprQ:
		return e.filter.PyRepr()
	}
	parts := make([]string, len(e.args))
	for i, a := range e.args {
		parts[i] = a.PyRepr()
	}
	if e.star {
		parts = []string{"'*'"}
	}
	if e.kind == exprAggregate && e.distinct {
		parts = append(parts, "distinct=True")
	}
	if e.kind == exprAggregate && e.filter != nil {
		parts = append(parts, "filter="+e.filter.PyStr())
	}
	return fmt.Sprintf("%s(%s)", e.Type(), strings.Join(parts, ", "))
}

// PyStr is str(expr): the repr, except for Window, whose str is the
// bare OVER clause.
func (e *Expression) PyStr() string {
	if e.kind == exprWindow {
		return e.windowStr()
	}
	return e.PyRepr()
}

// Type implements starlark.Value: the Django class name.
func (e *Expression) Type() string {
	switch e.kind {
	case exprF:
		return "F"
	case exprValue:
		return "Value"
	case exprCombined:
		return "CombinedExpression"
	case exprCase:
		return "Case"
	case exprWhen:
		return "When"
	case exprExists:
		return "Exists"
	case exprSubquery:
		return "Subquery"
	case exprOuterRef:
		return "OuterRef"
	case exprOrderBy:
		return "OrderBy"
	case exprFunc:
		return e.name
	case exprNegated:
		return "NegatedExpression"
	case exprWindow:
		return "Window"
	case exprQ:
		return "Q"
	}
	return funcClass[e.name]
}

// funcClass maps aggregate SQL function names to Django class names.
var funcClass = map[string]string{"COUNT": "Count", "SUM": "Sum", "AVG": "Avg", "MAX": "Max", "MIN": "Min"}

// Freeze implements starlark.Value.
func (e *Expression) Freeze() {}

// Truth implements starlark.Value.
func (e *Expression) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (e *Expression) Hash() (uint32, error) { return starlark.String(e.PyRepr()).Hash() }

// arithmetic are the operators combinable expressions support.
var arithmetic = map[syntax.Token]string{syntax.PLUS: "+", syntax.MINUS: "-", syntax.STAR: "*", syntax.SLASH: "/", syntax.PERCENT: "%%"}

// Binary implements F("x") + 1, 2 * F("y") and friends.
func (e *Expression) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if _, ok := qConnectors[op]; ok {
		return e.logical(op, y, side)
	}
	sym, ok := arithmetic[op]
	if !ok {
		return nil, nil
	}
	other, err := asExpression(y)
	if err != nil {
		return nil, nil
	}
	if side == starlark.Right {
		return &Expression{kind: exprCombined, op: sym, args: []*Expression{other, e}}, nil
	}
	return &Expression{kind: exprCombined, op: sym, args: []*Expression{e, other}}, nil
}

// Unary implements -F("x"), which Django writes as x * -1, and ~expr.
func (e *Expression) Unary(op syntax.Token) (starlark.Value, error) {
	if op == syntax.TILDE {
		return e.negate(), nil
	}
	if op != syntax.MINUS {
		return nil, nil
	}
	return &Expression{kind: exprCombined, op: "*", args: []*Expression{e, {kind: exprValue, value: starlark.MakeInt(-1)}}}, nil
}

// Attr implements starlark.HasAttrs: asc() and desc() for order_by().
func (e *Expression) Attr(name string) (starlark.Value, error) {
	if name != "asc" && name != "desc" {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		nulls, err := nullsOrder(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		return &Expression{kind: exprOrderBy, args: []*Expression{e}, desc: name == "desc", nulls: nulls}, nil
	}), nil
}

// AttrNames implements starlark.HasAttrs.
func (e *Expression) AttrNames() []string { return []string{"asc", "desc"} }

// asExpression turns a script value into an expression: expressions
// stay, strings are field references, other values are Value(...).
func asExpression(v starlark.Value) (*Expression, error) {
	switch v := v.(type) {
	case *Expression:
		return v, nil
	case starlark.String:
		return &Expression{kind: exprF, name: string(v)}, nil
	case starlark.Int, starlark.Float, starlark.Bool, starlark.NoneType, py.Date, py.DateTime, py.TimeDelta:
		return &Expression{kind: exprValue, value: v}, nil
	}
	return nil, typeError("%s is not an expression", pyRepr(v))
}

// asValueOrExpression is asExpression where a string is a literal value
// (When's then=, Coalesce defaults given as Value).
func asValueOrExpression(v starlark.Value) (*Expression, error) {
	if s, ok := v.(starlark.String); ok {
		return &Expression{kind: exprValue, value: s}, nil
	}
	return asExpression(v)
}

// isAggregate reports whether e contains an aggregate function.
func (e *Expression) isAggregate() bool {
	if e.kind == exprAggregate {
		return true
	}
	for _, a := range e.args {
		if a.isAggregate() {
			return true
		}
	}
	return false
}

// defaultAlias is the name aggregate(Avg("price")) gives its result:
// price__avg.
func (e *Expression) defaultAlias() (string, error) {
	if e.kind == exprAggregate && len(e.args) == 1 && e.args[0].kind == exprF {
		return e.args[0].name + "__" + strings.ToLower(e.name), nil
	}
	return "", typeError("Complex aggregates require an alias")
}
