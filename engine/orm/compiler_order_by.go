package orm

// orderTerm is one compiled ORDER BY term.
type orderTerm struct {
	sql    string // with its direction
	base   string // without it
	params []any
	// ref is set when the term names a select item by its position.
	ref bool
	// group is what the term adds to a GROUP BY when it is not a ref.
	group []selectItem
}

// orderBy compiles the ORDER BY terms as SQLCompiler.get_order_by does,
// joining related tables as needed. A name or F() that is the alias of
// a select item, or an expression the SELECT list holds, is printed as
// the item's position (1-based); a term repeating an earlier one is
// dropped.
func (c *compiler) orderBy() ([]orderTerm, error) {
	if len(c.q.Order) == 0 {
		return nil, nil
	}
	byAlias, byKey := map[string]int{}, map[string]int{}
	for i, it := range c.items {
		if it.alias != "" {
			if _, ok := byAlias[it.alias]; !ok {
				byAlias[it.alias] = i + 1
			}
		}
		if _, ok := byKey[it.key()]; !ok {
			byKey[it.key()] = i + 1
		}
	}
	out := make([]orderTerm, 0, len(c.q.Order))
	seen := map[string]bool{}
	add := func(t orderTerm, dir string) {
		k := sqlKey(t.sql, t.params)
		if !seen[k] {
			seen[k] = true
			t.base = t.sql
			t.sql += dir
			out = append(out, t)
		}
	}
	for _, o := range c.q.Order {
		if o.Raw != "" {
			add(orderTerm{sql: o.Raw}, "")
			continue
		}
		dir := " ASC"
		if o.Desc {
			dir = " DESC"
		}
		dir += o.Nulls
		if o.Expr != nil {
			s, p, err := o.Expr.sql(c)
			if err != nil {
				return nil, err
			}
			if pos, ok := byKey[sqlKey(s, p)]; ok {
				add(orderTerm{sql: itoa(pos), ref: true}, dir)
				continue
			}
			t := orderTerm{sql: s, params: p}
			if !o.Expr.aggregate() {
				t.group = []selectItem{{sql: s, params: p}}
			}
			add(t, dir)
			continue
		}
		if pos, ok := byAlias[o.Path]; ok {
			add(orderTerm{sql: itoa(pos), ref: true}, dir)
			continue
		}
		if a := c.q.annotation(o.Path); a != nil {
			s, p, err := resolvedAgain(a.Expr).sql(c)
			if err != nil {
				return nil, err
			}
			t := orderTerm{sql: s, params: p}
			if !a.Expr.aggregate() && groupsBy(a.Expr) {
				t.group = []selectItem{{sql: s, params: p}}
			}
			add(t, dir)
			continue
		}
		rp, err := resolvePath(c.q.Model, o.Path)
		if err != nil {
			return nil, err
		}
		t := c.q.setupTarget(rp, 0)
		if len(rp.lookups) > 0 && rp.field != nil {
			term, err := c.transformOrder(t, rp.lookups, o.Path, byKey)
			if err != nil {
				return nil, err
			}
			add(term, dir)
			continue
		}
		col := c.col(t.alias, t.column)
		add(orderTerm{sql: col, group: []selectItem{{sql: col}}}, dir)
	}
	return out, nil
}

// transformOrder is an ORDER BY term through transforms,
// order_by("pub_date__month"): the select item's position when the
// SELECT list holds the same expression.
func (c *compiler) transformOrder(t target, names []string, path string, byKey map[string]int) (orderTerm, error) {
	e, err := applyTransforms(&colExpr{alias: t.alias, column: t.column, f: columnField(t)}, names, path)
	if err != nil {
		return orderTerm{}, err
	}
	s, p, err := e.sql(c)
	if pos, ok := byKey[sqlKey(s, p)]; ok {
		return orderTerm{sql: itoa(pos), ref: true}, err
	}
	return orderTerm{sql: s, params: p, group: []selectItem{{sql: s, params: p}}}, err
}
