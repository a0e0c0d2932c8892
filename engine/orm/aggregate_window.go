package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// aggregateOverWindow is aggregate() of a query that filters on a window
// or aggregates a window annotation. Aggregating a window directly is
// not valid SQL, so Django computes the rows in a subquery and
// aggregates outside: SELECT SUM("__col1") FROM (...) subquery, each
// column an aggregate reads selected as __col1, __col2, ... and each
// annotation by its alias (Query.get_aggregation). ok is false when
// the query needs none of this, or mixes in what the lab does not
// emulate (GROUP BY, aggregate filter=, expressions over columns).
// See https://docs.djangoproject.com/en/5.2/topics/db/aggregation/#aggregating-annotations
func (qs *QuerySet) aggregateOverWindow(names []string, exprs []*Expression) (starlark.Value, bool, error) {
	inner := qs.query.Clone()
	qualify, refs, ok := windowAggregation(inner, exprs)
	if !ok {
		return nil, false, nil
	}
	inner.Related, inner.RelatedAll = nil, false
	if !inner.IsSliced() {
		inner.Order = nil
	}
	if !qualify {
		maskAnnotations(inner, refs)
	}
	if inner.Values == nil {
		inner.Values = []*Column{}
	}
	b := &outerAggregates{sess: qs.sess, inner: inner, mark: qs.mark, cols: map[string]string{}}
	items := make([]sqlExpr, len(exprs))
	for i, e := range exprs {
		it, ok, err := b.aggregate(e)
		if !ok || err != nil {
			return nil, ok, err
		}
		items[i] = it
	}
	res, err := qs.scalar(func() (string, []any, error) { return b.sql(items) })
	if err != nil {
		return nil, true, err
	}
	d, err := aggregateDict(names, items, res)
	return d, true, err
}

// windowAggregation says whether the aggregation must read a subquery:
// the query filters on a window, or an aggregate reads a window
// annotation. It also lists the annotations the aggregates read.
func windowAggregation(q *Query, exprs []*Expression) (qualify bool, refs map[string]bool, ok bool) {
	if q.Group != groupNone {
		return false, nil, false
	}
	refs = map[string]bool{}
	refsWindow := false
	for _, e := range exprs {
		if e.kind != exprAggregate || e.filter != nil {
			return false, nil, false
		}
		if len(e.args) == 1 && e.args[0].kind == exprF {
			if a := q.annotation(e.args[0].name); a != nil {
				refs[a.Name] = true
				refsWindow = refsWindow || hasWindow(a.Expr)
			}
		}
	}
	if containsOver(q.Where) {
		_, _, qual, err := splitQualify(q.Where, false, false)
		qualify = err == nil && qual != nil
	}
	return qualify, refs, qualify || refsWindow
}

// maskAnnotations keeps selected only the annotations the aggregates
// read and those that could change the rows (a window with a partition
// or an ordering, any expression over columns), as Django's mask does.
func maskAnnotations(q *Query, refs map[string]bool) {
	for _, a := range q.Annotations {
		if a.Hidden {
			continue
		}
		keep := refs[a.Name]
		if w, ok := a.Expr.(*windowExpr); ok {
			keep = keep || len(w.partition)+len(w.order) > 0
		} else {
			keep = keep || (!a.Expr.aggregate() && groupsBy(a.Expr))
		}
		a.Hidden = !keep
	}
}

// outerAggregates builds the aggregates read from the subquery.
type outerAggregates struct {
	sess  *Session
	inner *Query
	mark  int
	cols  map[string]string // column key -> __colN
}

// aggregate is e with its argument read from the subquery: an
// annotation by its alias, a column by the __colN selecting it.
func (b *outerAggregates) aggregate(e *Expression) (sqlExpr, bool, error) {
	out := &aggExpr{fn: e.name, distinct: e.distinct, f: &Field{Name: "count", Kind: IntegerField}}
	if e.star {
		return out, true, nil
	}
	if a := b.inner.annotation(e.args[0].name); e.args[0].kind == exprF && a != nil {
		out.arg, out.f = &refExpr{alias: a.Name, f: a.Expr.field()}, aggregateField(e.name, a.Expr.field())
		return out, true, nil
	}
	r, err := b.inner.resolveExpr(b.sess, e.args[0], b.mark)
	if err != nil {
		return nil, true, err
	}
	col, ok := r.(*colExpr)
	if !ok {
		return nil, false, nil
	}
	out.arg, out.f = &refExpr{alias: b.colAlias(col), f: col.f}, aggregateField(e.name, col.f)
	return out, true, nil
}

// colAlias selects col in the subquery as __colN, once per column.
func (b *outerAggregates) colAlias(col *colExpr) string {
	k := col.alias + "." + col.column
	if a, ok := b.cols[k]; ok {
		return a
	}
	a := "__col" + itoa(len(b.cols)+1)
	b.cols[k] = a
	b.inner.Annotations = append(b.inner.Annotations, &Annotation{Name: a, Expr: col})
	if b.inner.Selected != nil {
		b.inner.Selected = append(b.inner.Selected, a)
	}
	return a
}

// sql is SELECT aggregates FROM (inner) subquery.
func (b *outerAggregates) sql(items []sqlExpr) (string, []any, error) {
	inner, params, err := newCompiler(b.inner).selectSQL()
	if err != nil {
		return "", nil, err
	}
	outer := &compiler{q: b.inner}
	cols := make([]string, len(items))
	var head []any
	for i, it := range items {
		s, p, err := it.sql(outer)
		if err != nil {
			return "", nil, err
		}
		cols[i], head = s, append(head, p...)
	}
	return "SELECT " + strings.Join(cols, ", ") + " FROM (" + inner + ") subquery", append(head, params...), nil
}
