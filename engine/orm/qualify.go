package orm

import (
	"strings"

	"ormlab/engine/py"
)

// containsOver reports whether a condition compares a window
// expression (Django's contains_over_clause).
func containsOver(c Condition) bool {
	switch c := c.(type) {
	case *Node:
		for _, ch := range c.Children {
			if containsOver(ch) {
				return true
			}
		}
	case *Lookup:
		return (c.LHS != nil && hasWindow(c.LHS)) || (c.RHS != nil && hasWindow(c.RHS))
	case *exprCond:
		return hasWindow(c.e)
	}
	return false
}

// qualifies reports whether the query filters on a window expression,
// as the qualify part split_having_qualify returns is not empty.
func (q *Query) qualifies() bool {
	if !containsOver(q.Where) {
		return false
	}
	_, _, qual, err := splitQualify(q.Where, false, false)
	return err == nil && qual != nil
}

// splitQualify splits a WHERE tree that filters on a window into what
// stays in WHERE, what goes to HAVING and what must be filtered after
// the windows are computed, as WhereNode.split_having_qualify does.
// Children that must stay connected (OR, XOR, a negated AND) go to the
// qualify part together.
func splitQualify(n *Node, negated, grouped bool) (where, having, qualify *Node, err error) {
	agg, over := containsAggregate(n), containsOver(n)
	if !agg && !over {
		return n, nil, nil, nil
	}
	in := negated != n.Negated
	connected := (in && n.Conn == "AND") || (!in && n.Conn == "OR") || n.Conn == "XOR"
	if connected && agg && !over {
		return nil, n, nil, nil
	}
	var w, h, q []Condition
	for _, ch := range n.Children {
		if sub, ok := ch.(*Node); ok {
			sw, sh, sq, err := splitQualify(sub, in, grouped)
			if err != nil {
				return nil, nil, nil, err
			}
			w, h, q = appendNode(w, sw), appendNode(h, sh), appendNode(q, sq)
			continue
		}
		switch {
		case containsOver(ch):
			q = append(q, ch)
		case containsAggregate(ch):
			h = append(h, ch)
		default:
			w = append(w, ch)
		}
	}
	if connected && len(q) > 0 {
		if len(w) > 0 && grouped {
			return nil, nil, nil, py.Errorf("NotImplementedError", "Heterogeneous disjunctive predicates against window functions are not implemented when performing conditional aggregation.")
		}
		return nil, nil, n, nil
	}
	return n.with(w), n.with(h), n.with(q), nil
}

func appendNode(list []Condition, n *Node) []Condition {
	if n == nil {
		return list
	}
	return append(list, n)
}

// with is a node of n's kind holding children, or nil for none.
func (n *Node) with(children []Condition) *Node {
	if len(children) == 0 {
		return nil
	}
	return &Node{Conn: n.Conn, Negated: n.Negated, Children: children}
}

// leaves lists the conditions under n in tree order.
func (n *Node) leaves() []Condition {
	var out []Condition
	for _, ch := range n.Children {
		if sub, ok := ch.(*Node); ok {
			out = append(out, sub.leaves()...)
		} else {
			out = append(out, ch)
		}
	}
	return out
}

// rawExpr is compiled SQL used as an expression (an ORDER BY term the
// inner query of the qualify step must select).
type rawExpr struct {
	text   string
	params []any
}

func (r *rawExpr) sql(*compiler) (string, []any, error) { return r.text, r.params, nil }
func (r *rawExpr) field() *Field                        { return nil }
func (r *rawExpr) aggregate() bool                      { return false }

// qualifier maps the expressions the qualify step reads to the aliases
// of the inner query, selecting qual0, qual1, ... for those the inner
// query does not already select (get_qualify_sql's collect_replacements).
type qualifier struct {
	ic      *compiler
	aliases map[string]string // expression key -> alias
	quals   int
}

func (r *qualifier) alias(e sqlExpr) (string, error) {
	s, p, err := e.sql(r.ic)
	if err != nil {
		return "", err
	}
	k := sqlKey(s, p)
	if a, ok := r.aliases[k]; ok {
		return a, nil
	}
	a := "qual" + itoa(r.quals)
	r.quals++
	r.aliases[k] = a
	q := r.ic.q
	q.Annotations = append(q.Annotations, &Annotation{Name: a, Expr: &rawExpr{text: s, params: p}})
	if q.Selected != nil {
		q.Selected = append(q.Selected, a)
	}
	return a, nil
}

// leafExprs are the expressions a condition reads: a lookup's left side
// (its column when it has no expression) and an expression right side.
func leafExprs(c Condition) []sqlExpr {
	switch c := c.(type) {
	case *Lookup:
		lhs := c.LHS
		if lhs == nil {
			lhs = &colExpr{alias: c.Alias, column: c.Column}
		}
		if c.RHS != nil {
			return []sqlExpr{lhs, c.RHS}
		}
		return []sqlExpr{lhs}
	case *exprCond:
		return []sqlExpr{c.e}
	}
	return nil
}

// collect assigns aliases to every expression the leaves read, last
// leaf first and right side first, as Django pops them off a stack.
func (r *qualifier) collect(leaves []Condition) error {
	for i := len(leaves) - 1; i >= 0; i-- {
		exprs := leafExprs(leaves[i])
		for j := len(exprs) - 1; j >= 0; j-- {
			if _, err := r.alias(exprs[j]); err != nil {
				return err
			}
		}
	}
	return nil
}

// replace rebuilds the qualify tree reading the inner query's aliases.
func (r *qualifier) replace(n *Node) (*Node, error) {
	out := &Node{Conn: n.Conn, Negated: n.Negated}
	for _, ch := range n.Children {
		rc, err := r.replaceLeaf(ch)
		if err != nil {
			return nil, err
		}
		out.Children = append(out.Children, rc)
	}
	return out, nil
}

func (r *qualifier) replaceLeaf(ch Condition) (Condition, error) {
	switch ch := ch.(type) {
	case *Node:
		return r.replace(ch)
	case *exprCond:
		a, err := r.alias(ch.e)
		return &exprCond{e: &refExpr{name: a, target: ch.e}}, err
	case *Lookup:
		exprs := leafExprs(ch)
		l := *ch
		a, err := r.alias(exprs[0])
		l.LHS = &refExpr{name: a, target: exprs[0]}
		if err == nil && ch.RHS != nil {
			a, err = r.alias(ch.RHS)
			l.RHS = &refExpr{name: a, target: ch.RHS}
		}
		return &l, err
	}
	return ch, nil
}

// qualifySQL compiles a query that filters on a window expression. SQL
// evaluates windows after WHERE, so Django selects them in an inner
// query and filters its rows outside:
// SELECT * FROM (inner) "qualify" WHERE ..., wrapped once more in
// SELECT cols FROM (...) "qualify_mask" when the inner query had to
// select more than the query asks for; the ordering and limits apply
// outside (SQLCompiler.get_qualify_sql).
func (c *compiler) qualifySQL(where, having, qual *Node) (string, []any, error) {
	items, err := c.selectItems()
	if err != nil {
		return "", nil, err
	}
	c.items = items
	order, err := c.orderBy()
	if err != nil {
		return "", nil, err
	}
	ic := c.innerForQualify(where, having)
	r, masked, err := newQualifier(ic)
	if err != nil {
		return "", nil, err
	}
	if err := r.collect(qual.leaves()); err != nil {
		return "", nil, err
	}
	qn, err := r.replace(qual)
	if err != nil {
		return "", nil, err
	}
	orderSQL, err := r.outerOrder(order)
	if err != nil {
		return "", nil, err
	}
	return c.qualifyStatement(ic, qn, masked, r.quals > 0, orderSQL)
}

// newQualifier maps what the inner query selects to its aliases (col1,
// col2, ... for unaliased columns); like Django's dict of the select
// list, a later item selecting the same expression wins. masked is the
// select list by alias, quoted.
func newQualifier(ic *compiler) (*qualifier, []string, error) {
	inner, err := ic.selectItems()
	if err != nil {
		return nil, nil, err
	}
	r := &qualifier{ic: ic, aliases: map[string]string{}}
	masked := make([]string, len(inner))
	for i, it := range withColAliases(inner) {
		masked[i] = quote(it.alias)
		r.aliases[it.key()] = it.alias
	}
	return r, masked, nil
}

// innerForQualify is the query selecting the rows before the qualify
// filter: the WHERE and HAVING parts, no limits, compiled with the same
// alias names and outer query (inside a subquery).
func (c *compiler) innerForQualify(where, having *Node) *compiler {
	inner := c.q.Clone()
	inner.Where = &Node{Conn: "AND"}
	for _, n := range []*Node{where, having} {
		if n != nil {
			inner.Where.Children = append(inner.Where.Children, n)
		}
	}
	inner.Low, inner.High = 0, -1
	return &compiler{q: inner, names: c.names, parent: c.parent}
}

// outerOrder repeats the ordering outside: terms by position stay,
// others read the inner query's alias of their expression.
func (r *qualifier) outerOrder(order []orderTerm) (string, error) {
	parts := make([]string, len(order))
	for i, o := range order {
		if o.ref {
			parts[i] = o.sql
			continue
		}
		a, err := r.alias(&rawExpr{text: o.base, params: o.params})
		if err != nil {
			return "", err
		}
		parts[i] = quote(a) + o.sql[len(o.base):]
	}
	return strings.Join(parts, ", "), nil
}

// qualifyStatement assembles the statement around the inner query. The
// inner select list is built again: collecting the qualify step's terms
// added the qual0, qual1, ... columns to it since newQualifier read it.
func (c *compiler) qualifyStatement(ic *compiler, qn *Node, masked []string, mask bool, order string) (string, []any, error) {
	innerItems, err := ic.selectItems()
	if err != nil {
		return "", nil, err
	}
	innerSQL, params, err := ic.assembleItems(withColAliases(innerItems), true)
	if err != nil {
		return "", nil, err
	}
	cond, cp, err := condSQL(c, qn)
	if err != nil {
		return "", nil, err
	}
	s := "SELECT * FROM ( " + innerSQL + ` ) "qualify" WHERE ` + cond
	if mask {
		s = "SELECT " + strings.Join(masked, ", ") + " FROM ( " + s + ` ) "qualify_mask"`
	}
	if order != "" {
		s += " ORDER BY " + order
	}
	return s + c.limit(), append(params, cp...), nil
}

// qualifyExists is exists() of a query filtering on a window: the
// select list is only 1 AS "a", so the window is selected as qual0 and
// masked again (Query.exists then get_qualify_sql).
func (c *compiler) qualifyExists() (string, []any, bool, error) {
	where, having, qual, err := splitQualify(c.q.Where, false, c.q.Group != groupNone)
	if err != nil || qual == nil {
		return "", nil, false, err
	}
	q := c.q
	q.Values, q.Selected, q.Annotations = []*Column{}, nil, []*Annotation{{Name: "a", Expr: &valueExpr{v: int64(1)}}}
	q.Order, q.Low, q.High = nil, 0, 1
	s, p, err := c.qualifySQL(where, having, qual)
	return s, p, true, err
}

// qualifySubquery compiles the right side of __in when it filters on a
// window: the primary key (or the first values() column) is all it
// selects, so the window is selected as qual0 and masked again.
func (c *compiler) qualifySubquery() (string, []any, error) {
	q := c.q
	if len(q.Values)+len(q.Selected) == 0 {
		q.Values, q.Selected = []*Column{{Alias: q.Base(), Field: q.Model.PK(), Name: "id"}}, nil
		for _, a := range q.Annotations {
			a.Hidden = true
		}
	}
	return c.selectSQL()
}
