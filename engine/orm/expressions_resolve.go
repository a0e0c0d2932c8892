package orm

import (
	"strconv"

	"go.starlark.net/starlark"
)

func itoa(i int) string { return strconv.Itoa(i) }

// resolveExpr binds e to the query: F names become columns (joining as
// needed), values become parameters, subqueries get their OuterRefs
// bound to this query, as Expression.resolve_expression does in Django.
func (q *Query) resolveExpr(sess *Session, e *Expression, mark int) (sqlExpr, error) {
	switch e.kind {
	case exprF:
		return q.resolveName(e.name, mark)
	case exprValue:
		return resolveValue(e)
	case exprCombined:
		return q.resolveCombined(sess, e, mark)
	case exprAggregate:
		return q.resolveAggregate(sess, e, mark)
	case exprFunc:
		return q.resolveFunc(sess, e, mark)
	case exprCase:
		return q.resolveCase(sess, e, mark)
	case exprExists, exprSubquery:
		return q.resolveSubquery(sess, e)
	case exprNegated:
		return q.resolveNegated(sess, e, mark)
	case exprWindow:
		return q.resolveWindow(sess, e, mark)
	case exprQ:
		node, err := q.expressionQ(sess, e.filter, mark)
		return &condExpr{node: node}, err
	case exprOuterRef:
		return nil, valueError("This queryset contains a reference to an outer query and may only be used in a subquery.")
	}
	return nil, typeError("%s cannot be used here", e.PyRepr())
}

// resolveName resolves F("name"): an annotation, or a field path.
func (q *Query) resolveName(name string, mark int) (sqlExpr, error) {
	if a := q.annotation(name); a != nil && q.summarize {
		if a.Hidden {
			return nil, fieldErrorf("Cannot aggregate over the '%s' alias. Use annotate() to promote it.", name)
		}
		return &refExpr{name: name, target: a.Expr}, nil
	} else if a != nil {
		return a.Expr, nil
	}
	rp, err := resolvePath(q.Model, name)
	if err != nil {
		return nil, err
	}
	if len(rp.lookups) > 0 && rp.field == nil {
		return nil, fieldErrorf("Cannot resolve keyword '%s' into field. Join on '%s' not permitted.", rp.lookups[0], name[:len(name)-len(rp.lookups[0])-2])
	}
	t := q.setupTarget(rp, mark)
	col := &colExpr{alias: t.alias, column: t.column, f: columnField(t)}
	return applyTransforms(col, rp.lookups, name)
}

func (q *Query) resolveCombined(sess *Session, e *Expression, mark int) (sqlExpr, error) {
	l, err := q.resolveExpr(sess, e.args[0], mark)
	if err != nil {
		return nil, err
	}
	r, err := q.resolveExpr(sess, e.args[1], mark)
	if err != nil {
		return nil, err
	}
	return combine(e.op, l, r), nil
}

func (q *Query) resolveAggregate(sess *Session, e *Expression, mark int) (sqlExpr, error) {
	agg := &aggExpr{fn: e.name, distinct: e.distinct, f: &Field{Name: "count", Kind: IntegerField}}
	if !e.star {
		arg, err := q.resolveExpr(sess, e.args[0], mark)
		if err != nil {
			return nil, err
		}
		if arg.aggregate() {
			name := aggregateArgName(e.args[0])
			return nil, fieldErrorf("Cannot compute %s('%s'): '%s' is an aggregate", funcClass[e.name], name, name)
		}
		agg.arg, agg.f = arg, aggregateField(e.name, arg.field())
	}
	if e.filter != nil {
		node, err := q.expressionQ(sess, e.filter, mark)
		if err != nil {
			return nil, err
		}
		agg.filter = node
	}
	if e.fallback != nil {
		return q.aggregateDefault(sess, agg, e.fallback, mark)
	}
	return agg, nil
}

// aggregateDefault wraps an aggregate given default= in COALESCE, the
// default typed as the aggregate's output (Avg's 0 is sent as 0.0), as
// Aggregate.resolve_expression does.
func (q *Query) aggregateDefault(sess *Session, agg *aggExpr, def *Expression, mark int) (sqlExpr, error) {
	var d sqlExpr
	if def.kind == exprValue && agg.f != nil {
		p, err := prepValue(agg.f, def.value, "exact")
		if err != nil {
			return nil, err
		}
		d = &valueExpr{v: p, f: agg.f}
	} else {
		var err error
		if d, err = q.resolveExpr(sess, def, mark); err != nil {
			return nil, err
		}
	}
	return &funcExpr{fn: "COALESCE", args: []sqlExpr{agg, d}, f: agg.f}, nil
}

// aggregateField is the output field of an aggregate of source.
func aggregateField(fn string, source *Field) *Field {
	switch fn {
	case "COUNT":
		return &Field{Name: "count", Kind: IntegerField}
	case "AVG":
		if source != nil && source.Kind == DurationField {
			return source
		}
		return &Field{Name: "avg", Kind: FloatField}
	}
	return source
}

func (q *Query) resolveCase(sess *Session, e *Expression, mark int) (sqlExpr, error) {
	ce := &caseExpr{}
	for _, w := range e.args {
		node, err := q.expressionQ(sess, w.filter, mark)
		if err != nil {
			return nil, err
		}
		then, err := q.resolveExpr(sess, w.args[0], mark)
		if err != nil {
			return nil, err
		}
		ce.conds, ce.thens = append(ce.conds, node), append(ce.thens, then)
	}
	def, err := q.resolveExpr(sess, e.fallback, mark)
	ce.def = def
	return ce, err
}

// resolveSubquery copies the inner query and binds its OuterRefs to q.
func (q *Query) resolveSubquery(sess *Session, e *Expression) (sqlExpr, error) {
	sub := e.qs.query.Clone()
	if err := q.bindOuterRefs(sess, sub.Where); err != nil {
		return nil, err
	}
	for i, part := range sub.parts() {
		sub.Combination.Parts[i] = part.Clone()
		if err := q.bindOuterRefs(sess, sub.Combination.Parts[i].Where); err != nil {
			return nil, err
		}
	}
	se := &subqueryExpr{sub: sub, exists: e.kind == exprExists}
	if se.exists {
		sub.Order, sub.Values, sub.Related, sub.RelatedAll, sub.Annotations = nil, nil, nil, false, nil
		return se, nil
	}
	if len(sub.Values) == 0 {
		sub.Values = []*Column{{Alias: sub.Base(), Field: sub.Model.PK(), Name: "id"}}
	}
	se.f = sub.Values[0].Field
	return se, nil
}

// bindOuterRefs resolves OuterRef right-hand sides in n against q.
func (q *Query) bindOuterRefs(sess *Session, n *Node) error {
	for i, ch := range n.Children {
		switch ch := ch.(type) {
		case *Node:
			if err := q.bindOuterRefs(sess, ch); err != nil {
				return err
			}
		case *Lookup:
			if ch.pending == nil {
				continue
			}
			r, err := q.resolveName(ch.pending.name, 0)
			if err != nil {
				return err
			}
			col, ok := r.(*colExpr)
			if !ok {
				return typeError("OuterRef(%s) must name a field", ch.pending.name)
			}
			bound := *ch
			bound.RHS, bound.pending = &outerCol{*col}, nil
			n.Children[i] = &bound
		}
	}
	return nil
}

// exprParam reports whether a lookup value is an expression to resolve.
func exprParam(v starlark.Value) (*Expression, bool) {
	e, ok := v.(*Expression)
	return e, ok
}

// expressionQ builds a condition inside an expression (an aggregate's
// filter=, a When): as Q.resolve_expression does, the joins it needs are
// promoted to LEFT OUTER so rows without a match still count.
func (q *Query) expressionQ(sess *Session, cond *Q, mark int) (*Node, error) {
	node, needed, err := q.buildQ(sess, cond, mark, false)
	if err != nil {
		return nil, err
	}
	q.promote(needed)
	return node, nil
}

// resolveValue binds Value(v): a value with an output_field, a date or
// a timedelta is sent as its field would store it (Value.as_sql calls
// get_db_prep_value): 3 as a FloatField is 3.0, a timedelta integer
// microseconds.
func resolveValue(e *Expression) (sqlExpr, error) {
	f := valueField(e.value)
	if e.output != nil {
		f = e.output
	}
	if e.value != starlark.None && f != nil && (e.output != nil || f.Kind == DateField || f.Kind == DateTimeField || f.Kind == DurationField) {
		p, err := prepValue(f, e.value, "exact")
		return &valueExpr{v: p, f: f}, err
	}
	return &valueExpr{v: rawParam(e.value), f: f}, nil
}

// resolvedAgain is a copy of e as Django has it after resolving it a
// second time (an annotation read back in a filter or an ordering, an
// update() value): the conditions inside it (an aggregate's filter=,
// each When, a Q used as an expression) are then resolved WhereNodes
// and print in parentheses.
func resolvedAgain(e sqlExpr) sqlExpr {
	switch e := e.(type) {
	case *condExpr:
		return &condExpr{node: resolvedNode(e.node)}
	case *aggExpr:
		c := *e
		if e.filter != nil {
			c.filter = resolvedNode(e.filter)
		}
		return &c
	case *caseExpr:
		c := *e
		c.conds = make([]*Node, len(e.conds))
		for i, n := range e.conds {
			c.conds[i] = resolvedNode(n)
		}
		c.thens = make([]sqlExpr, len(e.thens))
		for i, t := range e.thens {
			c.thens[i] = resolvedAgain(t)
		}
		c.def = resolvedAgain(e.def)
		return &c
	case *combinedExpr:
		c := *e
		c.l, c.r = resolvedAgain(e.l), resolvedAgain(e.r)
		return &c
	case *funcExpr:
		c := *e
		c.args = make([]sqlExpr, len(e.args))
		for i, a := range e.args {
			c.args[i] = resolvedAgain(a)
		}
		return &c
	}
	return e
}

// resolvedNode is a copy of n marked resolved.
func resolvedNode(n *Node) *Node {
	c := n.clone()
	c.Resolved = true
	return c
}

// aggregateArgName names an aggregate's argument in Django's "is an
// aggregate" error: an F's name, an aggregate's class name, else the
// repr.
func aggregateArgName(e *Expression) string {
	switch e.kind {
	case exprF:
		return e.name
	case exprAggregate:
		return funcClass[e.name]
	}
	return e.PyRepr()
}
