package orm

// groupCols sets the GROUP BY list as SQLCompiler.get_group_by builds
// it on SQLite: the query's own grouping (queryGrouping), then every
// select item but aggregates, then the ORDER BY terms that do not point
// at the select list. A term an aliased select item also selects is
// printed as that item's position (the last one when several select
// it); repeats are dropped.
func (c *compiler) groupCols(items []selectItem, order []orderTerm) error {
	c.groupBy = nil
	if c.q.Group == groupNone {
		return nil
	}
	cands, err := c.queryGrouping()
	if err != nil {
		return err
	}
	positions := map[string]int{}
	for i, it := range items {
		if it.alias != "" { // the last position wins, as in Django's dict
			positions[it.key()] = i + 1
		}
		if w, ok := it.expr.(*windowExpr); ok && !c.groupsBySelf(it.alias) {
			wc, err := w.groupItems(c)
			if err != nil {
				return err
			}
			cands = append(cands, wc...)
			continue
		}
		if (it.expr == nil || (!it.expr.aggregate() && groupsBy(it.expr))) && (it.alias == "" || i >= len(c.q.Extra)) {
			cands = append(cands, selectItem{sql: it.sql, params: it.params})
		}
	}
	for _, o := range order {
		if !o.ref {
			cands = append(cands, o.group...)
		}
	}
	start, full := len(cands), []bool(nil)
	if _, having := c.splitHaving(); having != nil {
		hc, hf, err := c.havingGroupCols(having)
		if err != nil {
			return err
		}
		cands, full = append(cands, hc...), hf
	}
	seen := map[string]bool{}
	for i, it := range cands {
		inFull := i >= start && full[i-start]
		if pos, ok := positions[it.key()]; ok && !inFull {
			it = selectItem{sql: itoa(pos)}
		}
		if k := it.key(); !seen[k] {
			seen[k] = true
			c.groupBy = append(c.groupBy, it)
		}
	}
	return nil
}

// queryGrouping is the query's own GROUP BY before the select items:
// the values() columns, the primary key, or every model column and the
// non-aggregate annotations.
func (c *compiler) queryGrouping() ([]selectItem, error) {
	var cands []selectItem
	switch c.q.Group {
	case groupValues:
		for _, v := range c.q.Values {
			cands = append(cands, c.valueItem(v, "").bare())
		}
	case groupPK:
		cands = append(cands, selectItem{sql: c.col(c.q.Base(), "id")})
	case groupModel:
		for _, col := range c.modelColumns(c.q.Base(), c.q.Model.Fields) {
			cands = append(cands, selectItem{sql: col})
		}
		for _, a := range c.q.Annotations {
			if w, ok := a.Expr.(*windowExpr); ok {
				wc, err := w.groupItems(c)
				if err != nil {
					return nil, err
				}
				cands = append(cands, wc...)
				continue
			}
			if !a.Expr.aggregate() && groupsBy(a.Expr) {
				it, err := c.annotationItem(a)
				if err != nil {
					return nil, err
				}
				cands = append(cands, selectItem{sql: it.sql, params: it.params})
			}
		}
	}
	return cands, nil
}

// groupsBy reports whether a non-aggregate expression joins the GROUP
// BY: a constant does not (Value.get_group_by_cols is empty).
func groupsBy(e sqlExpr) bool {
	_, constant := e.(*valueExpr)
	return !constant
}

// hasGroupByCols reports whether an annotation's get_group_by_cols is
// not empty: an expression over columns, or a window with a partition
// or an ordering.
func hasGroupByCols(e sqlExpr) bool {
	if w, ok := e.(*windowExpr); ok {
		return windowGroups(w)
	}
	return !e.aggregate() && groupsBy(e)
}

// havingGroupCols lists what HAVING adds to GROUP BY, as get_group_by
// does with having.get_group_by_cols(): the columns and other
// expressions the HAVING conditions read outside their aggregates, so
// COUNT(...) > 10 OR country_id = 1 also groups by country_id. full
// marks the terms printed in full even when the SELECT list holds the
// same column: a ForeignKey compared as the relation (Lookup.relation).
// See https://docs.djangoproject.com/en/5.2/topics/db/aggregation/#order-of-annotate-and-filter-clauses
func (c *compiler) havingGroupCols(n *Node) (out []selectItem, full []bool, err error) {
	for _, ch := range n.leaves() {
		l, ok := ch.(*Lookup)
		relation := ok && l.relation && l.LHS == nil
		for _, e := range havingExprs(ch) {
			items, err := c.exprGroupCols(e)
			if err != nil {
				return nil, nil, err
			}
			for range items {
				full = append(full, relation)
			}
			out = append(out, items...)
		}
	}
	return out, full, nil
}

// havingExprs are the expressions a HAVING condition reads.
func havingExprs(ch Condition) []sqlExpr {
	l, ok := ch.(*Lookup)
	if !ok {
		return nil
	}
	return leafExprs(l)
}

// exprGroupCols is get_group_by_cols of a resolved expression: itself
// when it holds no aggregate (nothing for a constant), else what its
// parts give.
func (c *compiler) exprGroupCols(e sqlExpr) ([]selectItem, error) {
	if !e.aggregate() {
		if !groupsBy(e) {
			return nil, nil
		}
		s, p, err := e.sql(c)
		return []selectItem{{sql: s, params: p}}, err
	}
	var parts []sqlExpr
	switch e := e.(type) {
	case *combinedExpr:
		parts = []sqlExpr{e.l, e.r}
	case *funcExpr:
		parts = e.args
	}
	var out []selectItem
	for _, x := range parts {
		items, err := c.exprGroupCols(x)
		if err != nil {
			return nil, err
		}
		out = append(out, items...)
	}
	return out, nil
}
