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
	if qs.query.Combination != nil {
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
		if err := checkAlias(names[i]); err != nil {
			return nil, err
		}
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
// already, is sliced or distinct, filters on a window (the qualify
// step), or an aggregate reads an annotation holding a subquery or a
// window.
func (q *Query) needsAggregateSubquery(items []sqlExpr) bool {
	if q.Group == groupValues || q.IsSliced() || q.Distinct || q.hasAggregation() || q.qualifies() {
		return true
	}
	read := map[string]bool{}
	for _, e := range items {
		walkRefs(e, read)
	}
	for name := range read {
		if e := q.annotation(name).Expr; containsSubquery(e) || hasWindow(e) {
			return true
		}
	}
	return false
}

// containsSubquery reports a Subquery or Exists inside e (Django's
// contains_subquery).
func containsSubquery(e sqlExpr) bool {
	return containsExpr(e, func(x sqlExpr) bool {
		_, ok := x.(*subqueryExpr)
		return ok
	})
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
// names FROM ... WHERE ..., each reference to an annotation replaced by
// the annotation itself; or over the query as a subquery.
func (q *Query) aggregationSQL(names []string, items []sqlExpr) (string, []any, error) {
	if q.needsAggregateSubquery(items) {
		return q.aggregateOverSubquery(items)
	}
	q.Order, q.Related, q.RelatedAll, q.Values, q.Selected, q.Group = nil, nil, false, nil, nil, groupNone
	q.Annotations = nil
	for i, e := range items {
		q.Annotations = append(q.Annotations, &Annotation{Name: names[i], Expr: e})
	}
	c := &compiler{q: q, inlineRefs: true}
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
// kept only when sliced; unless distinct, the model's columns dropped
// (grouped by the primary key when it aggregates) and, unless it
// filters on a window, only the annotations the aggregates read or that
// group rows kept; then the columns the aggregates read, each AS
// "__colN". A query filtering on a window compiles through the qualify
// step.
func (q *Query) aggregateInner(items []sqlExpr, reads []colRef) (string, []any, error) {
	inner := q.Clone()
	inner.Related, inner.RelatedAll = nil, false
	if !inner.IsSliced() {
		inner.Order, inner.Ordered = nil, false
	}
	qualify := inner.qualifies()
	if !inner.Distinct {
		inner.dropModelColumns()
		if !qualify {
			inner.maskForAggregate(items)
		}
	}
	for n, r := range reads {
		inner.addSelectedAnnotation("__col"+itoa(n+1), &colExpr{alias: r.alias, column: r.column})
	}
	if inner.Values != nil && len(inner.Values)+len(inner.Extra)+len(inner.selectedAnnotations()) == 0 {
		// Nothing selected (Model.objects[:3].count()): the primary key.
		inner.Values = []*Column{{Alias: inner.Base(), Field: inner.Model.PK(), Name: "id"}}
	}
	c := newCompiler(inner)
	if qualify {
		return c.selectSQL()
	}
	sel, err := c.selectItems()
	if err != nil {
		return "", nil, err
	}
	return c.assembleItems(withColAliases(sel), true)
}

// dropModelColumns selects no model column (default_cols = False); a
// query that aggregates then groups by the primary key.
func (q *Query) dropModelColumns() {
	if q.Values == nil {
		q.Values = []*Column{}
		if q.hasAggregation() {
			q.Group = groupPK
		}
	}
}

// addSelectedAnnotation selects e under name after the other
// annotations, as add_annotation does.
func (q *Query) addSelectedAnnotation(name string, e sqlExpr) {
	q.Annotations = append(q.Annotations, &Annotation{Name: name, Expr: e})
	if q.Selected != nil {
		q.Selected = append(q.Selected, name)
	}
}

// maskForAggregate hides the annotations no aggregate reads unless they
// group rows (get_group_by_cols is not empty), as set_annotation_mask
// does.
func (q *Query) maskForAggregate(items []sqlExpr) {
	read := map[string]bool{}
	for _, e := range items {
		walkRefs(e, read)
	}
	for _, a := range q.Annotations {
		a.Hidden = a.Hidden || !(read[a.Name] || hasGroupByCols(a.Expr))
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

// walkRefs records the annotations e refers to by name, in its
// expressions and in the conditions of its filter= and its Whens.
func walkRefs(e sqlExpr, read map[string]bool) {
	switch e := e.(type) {
	case *refExpr:
		read[e.name] = true
	case *aggExpr:
		if e.filter != nil {
			walkNodeRefs(e.filter, read)
		}
	case *caseExpr:
		for _, n := range e.conds {
			walkNodeRefs(n, read)
		}
	}
	for _, x := range sourceExprs(e) {
		walkRefs(x, read)
	}
}

// refExpr is Django's Ref: a reference to a select item of an inner
// query by its alias (an annotation an aggregate reads, an expression
// the qualify step selected). It prints the quoted alias, except where
// get_aggregation aggregates in place and replaces it by its target.
type refExpr struct {
	name   string
	target sqlExpr
}

func (e *refExpr) sql(c *compiler) (string, []any, error) {
	if c.inlineRefs {
		return e.target.sql(c)
	}
	return quote(e.name), nil, nil
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
