package orm

// havingGroupCols lists what HAVING adds to GROUP BY, as get_group_by
// does with having.get_group_by_cols(): the columns and other
// expressions the HAVING conditions read outside their aggregates, so
// COUNT(...) > 10 OR country_id = 1 also groups by country_id.
// See https://docs.djangoproject.com/en/5.2/topics/db/aggregation/#order-of-annotate-and-filter-clauses
func (c *compiler) havingGroupCols(n *Node) ([]selectItem, error) {
	var out []selectItem
	for _, ch := range n.leaves() {
		for _, e := range havingExprs(ch) {
			items, err := c.exprGroupCols(e)
			if err != nil {
				return nil, err
			}
			if l, ok := ch.(*Lookup); ok && l.relation && l.LHS == nil {
				for i := range items {
					items[i].noPosition = true
				}
			}
			out = append(out, items...)
		}
	}
	return out, nil
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
