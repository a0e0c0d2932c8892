package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// querysetAggregate is QuerySet.aggregate(): one query returning a dict,
// keyword aggregates first, then positional ones under their default
// alias. Aggregates may refer to annotations; when the query already
// aggregates, is sliced or distinct, or groups by values(), they are
// computed over it as a subquery, as Query.get_aggregation does.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#aggregate
func querysetAggregate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if qs.query.Combinator != "" {
		return nil, unsupportedCombinedAggregate()
	}
	names, exprs, err := namedExprs(args, kwargs, false)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 { // nothing to compute, nothing sent
		return starlark.NewDict(0), nil
	}
	q := qs.query.Clone()
	q.summarize = true
	items := make([]sqlExpr, len(names))
	for i, e := range exprs {
		if items[i], err = q.resolveExpr(qs.sess, e, qs.mark); err != nil {
			return nil, err
		}
		if !items[i].aggregate() {
			return nil, typeError("%s is not an aggregate expression", names[i])
		}
	}
	q.summarize = false
	compile := func() (string, []any, error) { return q.aggregationSQL(names, items) }
	res, err := qs.scalar(compile)
	if err != nil {
		return nil, err
	}
	return aggregateDict(names, items, res)
}

// needsAggregateSubquery is get_aggregation's test for aggregating over
// the query as a subquery rather than in place: it groups or aggregates
// already, is sliced or distinct, or an aggregate reads an annotation
// holding a subquery.
func (q *Query) needsAggregateSubquery(items []sqlExpr) bool {
	if q.Group == groupValues || q.IsSliced() || q.Distinct || q.hasAggregation() {
		return true
	}
	read := map[string]bool{}
	for _, e := range items {
		walkRefs(e, read)
	}
	for name := range read {
		if containsSubquery(q.annotation(name).Expr) {
			return true
		}
	}
	return false
}

// containsSubquery reports a Subquery or Exists inside e.
func containsSubquery(e sqlExpr) bool {
	switch e := e.(type) {
	case *subqueryExpr:
		return true
	case *combinedExpr:
		return containsSubquery(e.l) || containsSubquery(e.r)
	case *funcExpr:
		for _, a := range e.args {
			if containsSubquery(a) {
				return true
			}
		}
	case *caseExpr:
		for _, t := range append(e.thens, e.def) {
			if containsSubquery(t) {
				return true
			}
		}
	}
	return false
}

// hasAggregation reports an aggregate among the annotations, selected or
// not.
func (q *Query) hasAggregation() bool {
	for _, a := range q.Annotations {
		if a.Expr.aggregate() {
			return true
		}
	}
	return false
}

// aggregationSQL compiles the aggregate query: in place, SELECT aggs AS
// names FROM ... WHERE ...; or over the query as a subquery.
func (q *Query) aggregationSQL(names []string, items []sqlExpr) (string, []any, error) {
	if q.needsAggregateSubquery(items) {
		return q.aggregateOverSubquery(items)
	}
	q.Order, q.Related, q.RelatedAll, q.Values, q.Selected, q.Group = nil, nil, false, nil, nil, groupNone
	q.Annotations = nil
	for i, e := range items {
		q.Annotations = append(q.Annotations, &Annotation{Name: names[i], Expr: e})
	}
	c := newCompiler(q)
	cols, err := c.annotationItems(nil)
	if err != nil {
		return "", nil, err
	}
	return c.aggregateSQL(cols)
}

// aggregateOverSubquery compiles SELECT AGG("n"), AGG("__col1") FROM
// (inner) subquery. The aggregates are compiled first: a reference to
// an annotation prints its alias, and each column they read is named
// __col1, __col2, ... in the order met and then selected by the inner
// query under that name.
func (q *Query) aggregateOverSubquery(items []sqlExpr) (string, []any, error) {
	outer := &compiler{q: q, outer: true, colRefs: map[string]string{}}
	cols, params := make([]string, len(items)), []any{}
	for i, e := range items {
		s, p, err := e.sql(outer)
		if err != nil {
			return "", nil, err
		}
		cols[i], params = s, append(params, p...)
	}
	inner, ip, err := q.aggregateInner(items, outer.colOrder)
	if err != nil {
		return "", nil, err
	}
	return "SELECT " + strings.Join(cols, ", ") + " FROM (" + inner + ") subquery", append(params, ip...), nil
}

// aggregateInner compiles the inner query of an aggregation: ordering
// kept only when sliced; unless distinct, the model's columns dropped,
// grouped by the primary key when it aggregates, and only the
// annotations the aggregates read or that group rows kept; then the
// columns the aggregates read, each AS "__colN".
func (q *Query) aggregateInner(items []sqlExpr, reads []colRef) (string, []any, error) {
	inner := q.Clone()
	inner.Related, inner.RelatedAll = nil, false
	if !inner.IsSliced() {
		inner.Order, inner.Ordered = nil, false
	}
	if !inner.Distinct {
		inner.maskForAggregate(items)
	}
	c := newCompiler(inner)
	sel, err := c.selectItems()
	if err != nil {
		return "", nil, err
	}
	c.layout = nil
	for n, r := range reads {
		sel = append(sel, selectItem{sql: c.col(r.alias, r.column), alias: "__col" + itoa(n+1)})
	}
	if len(sel) == 0 {
		sel = []selectItem{{sql: c.col(inner.Base(), "id")}}
	}
	return c.assembleItems(withColAliases(sel), true)
}

// maskForAggregate drops the model's columns from a model query (it
// then groups by the primary key if it aggregates) and hides the
// annotations no aggregate reads unless they group rows.
func (q *Query) maskForAggregate(items []sqlExpr) {
	if q.Values == nil {
		q.Values = []*Column{}
		if q.hasAggregation() {
			q.Group = groupPK
		}
	}
	read := map[string]bool{}
	for _, e := range items {
		walkRefs(e, read)
	}
	for _, a := range q.Annotations {
		a.Hidden = a.Hidden || !(read[a.Name] || (!a.Expr.aggregate() && groupsBy(a.Expr)))
		if read[a.Name] {
			a.Hidden = false
		}
	}
	if q.Selected != nil {
		q.pruneSelected()
	}
}

// pruneSelected drops the hidden annotations from the values() names
// and appends the shown ones not named, as set_annotation_mask does.
func (q *Query) pruneSelected() {
	kept, named := []string{}, map[string]bool{}
	for _, name := range q.Selected {
		if a := q.annotation(name); a == nil || !a.Hidden {
			kept = append(kept, name)
			named[name] = true
		}
	}
	for _, a := range q.Annotations {
		if !a.Hidden && !named[a.Name] {
			kept = append(kept, a.Name)
		}
	}
	q.Selected = kept
}

// colRef is a column an outer aggregate reads from the inner query.
type colRef struct{ alias, column string }

// walkRefs records the annotations e refers to by name.
func walkRefs(e sqlExpr, read map[string]bool) {
	switch e := e.(type) {
	case *refExpr:
		read[e.name] = true
	case *combinedExpr:
		walkRefs(e.l, read)
		walkRefs(e.r, read)
	case *aggExpr:
		if e.arg != nil {
			walkRefs(e.arg, read)
		}
		if e.filter != nil {
			walkNodeRefs(e.filter, read)
		}
	case *funcExpr:
		for _, a := range e.args {
			walkRefs(a, read)
		}
	case *caseExpr:
		for _, n := range e.conds {
			walkNodeRefs(n, read)
		}
		for _, t := range append(e.thens, e.def) {
			walkRefs(t, read)
		}
	}
}

// refExpr is a reference to an annotation from an aggregate (Django's
// Ref): in place it is the annotation's own SQL; over a subquery, the
// annotation's alias.
type refExpr struct {
	name   string
	target sqlExpr
}

func (e *refExpr) sql(c *compiler) (string, []any, error) {
	if c.outer {
		return quote(e.name), nil, nil
	}
	return e.target.sql(c)
}

func (e *refExpr) field() *Field   { return e.target.field() }
func (e *refExpr) aggregate() bool { return false }

// walkNodeRefs records the annotations the conditions of n compare.
func walkNodeRefs(n *Node, read map[string]bool) {
	for _, ch := range n.Children {
		switch ch := ch.(type) {
		case *Node:
			walkNodeRefs(ch, read)
		case *Lookup:
			for _, e := range []sqlExpr{ch.LHS, ch.RHS} {
				if e != nil {
					walkRefs(e, read)
				}
			}
		}
	}
}
