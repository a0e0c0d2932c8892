package orm

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// sqlExpr is an expression resolved against a query: names are columns,
// joins exist, values are database parameters.
type sqlExpr interface {
	sql(c *compiler) (string, []any, error)
	// field describes the values the expression yields (nil: as SQLite
	// returns them).
	field() *Field
	// aggregate reports whether it contains an aggregate function.
	aggregate() bool
}

// sourceExprs are the expressions directly inside e, as
// get_source_expressions lists them (conditions left out).
func sourceExprs(e sqlExpr) []sqlExpr {
	switch e := e.(type) {
	case *combinedExpr:
		return []sqlExpr{e.l, e.r}
	case *funcExpr:
		return e.args
	case *aggExpr:
		if e.arg != nil {
			return []sqlExpr{e.arg}
		}
	case *negatedExpr:
		return []sqlExpr{e.inner}
	case *caseExpr:
		out := append([]sqlExpr(nil), e.thens...)
		if e.def != nil {
			out = append(out, e.def)
		}
		return out
	}
	return nil
}

// containsExpr reports whether e, or an expression inside it, is one
// match accepts (Django's contains_* properties).
func containsExpr(e sqlExpr, match func(sqlExpr) bool) bool {
	if match(e) {
		return true
	}
	for _, x := range sourceExprs(e) {
		if containsExpr(x, match) {
			return true
		}
	}
	return false
}

// colExpr is a column of the query.
type colExpr struct {
	alias, column string
	f             *Field
}

func (e *colExpr) sql(c *compiler) (string, []any, error) { return c.col(e.alias, e.column), nil, nil }
func (e *colExpr) field() *Field                          { return e.f }
func (e *colExpr) aggregate() bool                        { return false }

// outerCol is a column of the enclosing query, reached through OuterRef.
type outerCol struct{ colExpr }

func (e *outerCol) sql(c *compiler) (string, []any, error) {
	if c.parent == nil {
		return "", nil, valueError("This queryset contains a reference to an outer query and may only be used in a subquery.")
	}
	return c.parent.col(e.alias, e.column), nil, nil
}

// valueExpr is a literal sent as a parameter: Value(...) and plain numbers.
type valueExpr struct {
	v any
	f *Field
}

func (e *valueExpr) sql(*compiler) (string, []any, error) { return "%s", []any{e.v}, nil }
func (e *valueExpr) field() *Field                        { return e.f }
func (e *valueExpr) aggregate() bool                      { return false }

// combinedExpr is CombinedExpression: (lhs op rhs).
type combinedExpr struct {
	op   string
	l, r sqlExpr
	// out is the output field when Django's combination rules fix it.
	out *Field
}

func (e *combinedExpr) sql(c *compiler) (string, []any, error) {
	ls, lp, err := e.l.sql(c)
	if err != nil {
		return "", nil, err
	}
	rs, rp, err := e.r.sql(c)
	return "(" + ls + " " + e.op + " " + rs + ")", append(lp, rp...), err
}

func (e *combinedExpr) field() *Field {
	if e.out != nil {
		return e.out
	}
	lf, rf := e.l.field(), e.r.field()
	if (lf != nil && lf.Kind == FloatField) || (rf != nil && rf.Kind == FloatField) {
		return &Field{Name: "combined", Kind: FloatField}
	}
	if lf != nil {
		return lf
	}
	return rf
}

func (e *combinedExpr) aggregate() bool { return e.l.aggregate() || e.r.aggregate() }

// aggExpr is an aggregate: COUNT(DISTINCT x) FILTER (WHERE ...).
type aggExpr struct {
	fn       string
	arg      sqlExpr // nil for COUNT(*)
	distinct bool
	filter   *Node
	f        *Field
}

func (e *aggExpr) sql(c *compiler) (string, []any, error) {
	inner, params := "*", []any(nil)
	if e.arg != nil {
		var err error
		if inner, params, err = e.arg.sql(c); err != nil {
			return "", nil, err
		}
	}
	if e.distinct {
		inner = "DISTINCT " + inner
	}
	s := e.fn + "(" + inner + ")"
	if e.filter != nil {
		w, wp, err := e.filter.sql(c)
		if err != nil && err != errFull {
			return "", nil, err
		}
		if w != "" {
			s += " FILTER (WHERE " + w + ")"
			params = append(params, wp...)
		}
	}
	return s, params, nil
}

func (e *aggExpr) field() *Field   { return e.f }
func (e *aggExpr) aggregate() bool { return true }

// funcExpr is a SQL function call: LOWER(x), COALESCE(a, b).
type funcExpr struct {
	fn   string
	args []sqlExpr
	f    *Field
	// format, when set, prints the call from its compiled arguments
	// instead: CAST(x AS integer), (a || b).
	format func(parts []string) string
	// part is the kind of an Extract or Trunc: year, month, date.
	part string
}

func (e *funcExpr) sql(c *compiler) (string, []any, error) {
	parts := make([]string, len(e.args))
	var params []any
	for i, a := range e.args {
		s, p, err := a.sql(c)
		if err != nil {
			return "", nil, err
		}
		parts[i], params = s, append(params, p...)
	}
	if e.format != nil {
		return e.format(parts), params, nil
	}
	return e.fn + "(" + strings.Join(parts, ", ") + ")", params, nil
}

func (e *funcExpr) field() *Field { return e.f }

func (e *funcExpr) aggregate() bool {
	for _, a := range e.args {
		if a.aggregate() {
			return true
		}
	}
	return false
}

// caseExpr is CASE WHEN cond THEN x ... ELSE default END.
type caseExpr struct {
	conds []*Node
	thens []sqlExpr
	def   sqlExpr
}

func (e *caseExpr) sql(c *compiler) (string, []any, error) {
	var b strings.Builder
	var params []any
	b.WriteString("CASE")
	for i, cond := range e.conds {
		w, wp, err := cond.sql(c)
		if err != nil {
			return "", nil, err
		}
		t, tp, err := e.thens[i].sql(c)
		if err != nil {
			return "", nil, err
		}
		b.WriteString(" WHEN " + w + " THEN " + t)
		params = append(append(params, wp...), tp...)
	}
	d, dp, err := e.def.sql(c)
	b.WriteString(" ELSE " + d + " END")
	return b.String(), append(params, dp...), err
}

func (e *caseExpr) field() *Field {
	for _, t := range append(e.thens, e.def) {
		if f := t.field(); f != nil {
			return f
		}
	}
	return nil
}

func (e *caseExpr) aggregate() bool { return false }

// subqueryExpr is Exists(qs) or Subquery(qs): a correlated subquery
// whose aliases print as U0, U1, ...
type subqueryExpr struct {
	sub    *Query
	exists bool
	f      *Field
}

func (e *subqueryExpr) sql(c *compiler) (string, []any, error) {
	sub := relabelled(e.sub.Clone(), c)
	if e.sub.Combination != nil {
		return sub.combinedSubquery(e.exists)
	}
	if e.exists {
		s, p, err := sub.existsSQL()
		return "EXISTS(" + s + ")", p, err
	}
	s, p, err := sub.selectSQL()
	return "(" + s + ")", p, err
}

func (e *subqueryExpr) field() *Field {
	if e.exists {
		return &Field{Name: "exists", Kind: BooleanField}
	}
	return e.f
}

func (e *subqueryExpr) aggregate() bool { return false }

// valueField is the field Django infers for Value(v).
func valueField(v starlark.Value) *Field {
	switch v.(type) {
	case starlark.String:
		return &Field{Name: "value", Kind: CharField}
	case starlark.Int:
		return &Field{Name: "value", Kind: IntegerField}
	case starlark.Float:
		return &Field{Name: "value", Kind: FloatField}
	case starlark.Bool:
		return &Field{Name: "value", Kind: BooleanField}
	case py.Date:
		return &Field{Kind: DateField}
	case py.DateTime:
		return &Field{Kind: DateTimeField}
	case py.TimeDelta:
		return &Field{Kind: DurationField}
	}
	return nil
}
