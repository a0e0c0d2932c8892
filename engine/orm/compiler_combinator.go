package orm

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// The compilation of combined queries, as SQLCompiler.get_combinator_sql
// and get_order_by do it on SQLite.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#union

// setOperators are the SQL keywords of the combinators, as the SQLite
// backend's set_operators names them.
var setOperators = map[string]string{
	"union":        "UNION",
	"intersection": "INTERSECT",
	"difference":   "EXCEPT",
}

// combinedMode says what a combined query is compiled for.
type combinedMode int

const (
	combinedRows   combinedMode = iota // the rows themselves
	combinedCount                      // the inner query of count()
	combinedExists                     // exists(): no ORDER BY; a union's parts select 1
)

// combinedSQL compiles a combined query as get_combinator_sql does on
// SQLite: the ORDER BY is resolved against the first part's columns,
// then each part is compiled with its columns aliased and joined by the
// set operator, then come the ORDER BY and LIMIT of the whole. Parts that
// can match nothing are left out of a union (and of a difference after
// its first part); a sliced union keeps one as "WHERE 0 = 1" so the
// LIMIT stays outside a single part.
func (c *compiler) combinedSQL(mode combinedMode) (string, []any, error) {
	var order []orderTerm
	if mode != combinedExists {
		if err := c.combinedSelect(mode); err != nil {
			return "", nil, err
		}
		var err error
		if order, err = c.combinedOrder(); err != nil {
			return "", nil, err
		}
	}
	body, params, err := c.combinedParts(mode)
	if err != nil {
		return "", nil, err
	}
	for i, o := range order {
		sep := ", "
		if i == 0 {
			sep = " ORDER BY "
		}
		body += sep + o.sql
	}
	return body + c.limit(), params, nil
}

// combinedSelect sets the SELECT list ORDER BY terms are matched with:
// the first part's columns, or for count() of a model query only its
// primary key, as Django's count subquery selects.
func (c *compiler) combinedSelect(mode combinedMode) error {
	if mode == combinedCount && c.q.Values == nil && c.q.Selected == nil {
		c.items = []selectItem{{sql: c.col(c.q.Base(), "id"), alias: "col1"}}
		return nil
	}
	items, err := c.selectItems()
	c.items = withColAliases(items)
	return err
}

// combinedParts compiles and joins the parts.
func (c *compiler) combinedParts(mode combinedMode) (string, []any, error) {
	if err := c.checkParts(); err != nil {
		return "", nil, err
	}
	var sqls []string
	var params []any
	var empty *Query
	for _, p := range c.q.Combination.Parts {
		s, ps, err := c.partSQL(p, mode, false)
		if err == errEmpty && (c.q.Combination.Op == "union" || (c.q.Combination.Op == "difference" && len(sqls) > 0)) {
			empty = p
			continue
		}
		if err != nil {
			return "", nil, err
		}
		sqls, params = append(sqls, s), append(params, ps...)
	}
	if len(sqls) == 0 {
		return "", nil, errEmpty
	}
	if len(sqls) == 1 && c.q.Combination.Op == "union" && c.q.IsSliced() {
		s, ps, err := c.partSQL(empty, mode, true)
		if err != nil {
			return "", nil, err
		}
		sqls, params = append(sqls, s), append(params, ps...)
	}
	return strings.Join(sqls, " "+c.setOperator()+" "), params, nil
}

// setOperator is the SQL joining the parts.
func (c *compiler) setOperator() string {
	op := setOperators[c.q.Combination.Op]
	if c.q.Combination.All && c.q.Combination.Op == "union" {
		op += " ALL"
	}
	return op
}

// checkParts raises Django's errors for a part with its own LIMIT or
// ORDER BY, which SQLite cannot put inside a compound statement.
func (c *compiler) checkParts() error {
	for _, p := range c.q.Combination.Parts {
		if p.IsSliced() {
			return py.Errorf("DatabaseError", "LIMIT/OFFSET not allowed in subqueries of compound statements.")
		}
		if len(p.Order) > 0 {
			return py.Errorf("DatabaseError", "ORDER BY not allowed in subqueries of compound statements.")
		}
	}
	return nil
}

// partSQL compiles one part: every column aliased (col1, col2, ...), a
// nested combined query wrapped in SELECT * FROM (...), and for exists()
// on a union only 1 AS "a". keepEmpty compiles a part that can match
// nothing with WHERE 0 = 1.
func (c *compiler) partSQL(p *Query, mode combinedMode, keepEmpty bool) (string, []any, error) {
	p, err := c.partQuery(p, mode)
	if err != nil {
		return "", nil, err
	}
	sub := newCompiler(p)
	if c.names != nil { // a part of a subquery is relabelled too
		sub = relabelled(p, c.parent)
	}
	sub.keepEmpty = keepEmpty
	var s string
	var params []any
	switch {
	case mode == combinedExists && c.q.Combination.Op == "union" && p.Combination != nil:
		s, params, err = sub.combinedSQL(combinedExists)
	case mode == combinedExists && c.q.Combination.Op == "union":
		s, params, err = sub.existsBody(false, false)
	case p.Combination != nil:
		s, params, err = sub.combinedSQL(combinedRows)
	default:
		items, ierr := sub.selectItems()
		if ierr != nil {
			return "", nil, ierr
		}
		s, params, err = sub.assembleItems(withColAliases(items), true)
	}
	if err == nil && p.Combination != nil {
		s = "SELECT * FROM (" + s + ")"
	}
	return s, params, err
}

// partQuery is a copy of part p selecting what the whole selects: when
// values() named columns on the combined query and p names none, p gets
// the same names, and the ORDER BY columns the whole added.
func (c *compiler) partQuery(p *Query, mode combinedMode) (*Query, error) {
	p = p.Clone()
	if c.q.Selected == nil || p.Selected != nil || mode == combinedExists {
		return p, nil
	}
	part, err := (&QuerySet{model: p.Model, query: p}).withValues(rowTuples, namesTuple(c.q.Selected))
	if err != nil {
		return nil, err
	}
	for _, o := range c.orderCols {
		col, err := part.query.valueColumn(o.path)
		if err != nil {
			return nil, err
		}
		col.Name = o.name
		part.query.Values = append(part.query.Values, col)
		part.query.Selected = append(part.query.Selected, o.name)
	}
	return part.query, nil
}

func namesTuple(names []string) starlark.Tuple {
	out := make(starlark.Tuple, len(names))
	for n, s := range names {
		out[n] = starlark.String(s)
	}
	return out
}

// orderCol is a column Django adds to every part of a combined values()
// query so that its ORDER BY can name it ("__orderbycol2").
type orderCol struct{ name, path string }

// combinedOrder compiles the ORDER BY of a combined query as
// get_order_by does for one: a name that is the alias of a select item
// is printed as its position; a field whose column the SELECT list holds
// is printed as that item's alias ("col2").
func (c *compiler) combinedOrder() ([]orderTerm, error) {
	var out []orderTerm
	seen := map[string]bool{}
	for _, o := range c.q.Order {
		s, err := c.combinedOrderTerm(o)
		if err != nil {
			return nil, err
		}
		if seen[s] {
			continue
		}
		seen[s] = true
		dir := " ASC"
		if o.Desc {
			dir = " DESC"
		}
		out = append(out, orderTerm{sql: s + dir, ref: true})
	}
	return out, nil
}

// combinedOrderTerm is one ORDER BY term of a combined query, without
// its direction.
func (c *compiler) combinedOrderTerm(o OrderBy) (string, error) {
	if o.Expr == nil && o.Raw == "" {
		for i, it := range c.items {
			if it.alias == o.Path {
				return itoa(i + 1), nil
			}
		}
		if col := c.plainColumn(o.Path); col != "" {
			for _, it := range c.items {
				if it.sql == col {
					return quote(it.alias), nil
				}
			}
		}
	}
	return c.addOrderColumn(o)
}

// plainColumn is the column of the combined query's own table that path
// names ("title", "pk", "author"), or "" for anything else.
func (c *compiler) plainColumn(path string) string {
	rp, err := resolvePath(c.q.Model, path)
	switch {
	case err != nil || len(rp.lookups) > 0 || rp.rel != nil:
		return ""
	case len(rp.steps) == 0 && rp.field != nil:
		return c.col(c.q.Base(), rp.field.Column)
	case len(rp.steps) == 1 && rp.field == nil && rp.steps[0].field != nil && rp.steps[0].field.Kind == ForeignKey:
		return c.col(c.q.Base(), rp.steps[0].field.Column)
	}
	return ""
}

// addOrderColumn handles a term matching no selected column as Django
// 5.2 does: a part that selects named columns itself cannot take one
// more (DatabaseError); a combined query without values() names fails
// adding it (Django's TypeError); otherwise the field is selected in
// every part as "__orderbycolN" and ordered by that alias.
func (c *compiler) addOrderColumn(o OrderBy) (string, error) {
	for _, p := range c.q.Combination.Parts {
		if p.Values != nil || p.Selected != nil {
			return "", py.Errorf("DatabaseError", "ORDER BY term does not match any column in the result set.")
		}
	}
	if c.q.Selected == nil {
		return "", typeError("'NoneType' object does not support item assignment")
	}
	if o.Expr != nil || o.Raw != "" {
		return "", py.Errorf("NotSupportedError", "ORM Lab orders a values() union only by field names")
	}
	name := "__orderbycol" + itoa(len(c.q.Values)+len(c.orderCols)+1)
	c.orderCols = append(c.orderCols, orderCol{name: name, path: o.Path})
	return quote(name), nil
}

// combinedSubquery compiles a combined query inside Exists() (LIMIT 1,
// a union's parts selecting 1) or Subquery().
func (c *compiler) combinedSubquery(exists bool) (string, []any, error) {
	if exists {
		c.q.SetLimits(0, 1)
		s, p, err := c.combinedSQL(combinedExists)
		return "EXISTS(" + s + ")", p, err
	}
	s, p, err := c.combinedSQL(combinedRows)
	return "(" + s + ")", p, err
}
