package orm

import (
	"errors"
	"strings"
)

// Node is a WHERE tree node, like django.db.models.sql.where.WhereNode:
// children joined by AND or OR, possibly negated.
type Node struct {
	Conn     string // "AND" or "OR"
	Negated  bool
	Children []Condition
	// Resolved prints the node in parentheses even with one child, as a
	// WhereNode does once resolve_expression() has been called on it.
	Resolved bool
}

// Condition is a WHERE tree child: a *Node or a *Lookup.
type Condition interface {
	sql(c *compiler) (string, []any, error)
}

// errEmpty is Django's EmptyResultSet: the condition can match no row
// (an empty IN list), so the query need not run at all.
var errEmpty = errors.New("empty result set")

// errFull is Django's FullResultSet: the condition matches every row.
var errFull = errors.New("full result set")

func (n *Node) clone() *Node {
	c := &Node{Conn: n.Conn, Negated: n.Negated, Resolved: n.Resolved, Children: make([]Condition, len(n.Children))}
	for i, ch := range n.Children {
		if sub, ok := ch.(*Node); ok {
			ch = sub.clone()
		}
		c.Children[i] = ch
	}
	return c
}

// add appends data joined by conn, squashing nodes the way Django's
// tree.Node.add does so the SQL gets the same parentheses.
func (n *Node) add(data Condition, conn string) {
	if n.Conn != conn {
		cp := &Node{Conn: n.Conn, Negated: n.Negated, Children: n.Children}
		n.Conn, n.Negated, n.Children = conn, false, []Condition{cp, data}
		return
	}
	if sub, ok := data.(*Node); ok && !sub.Negated && (sub.Conn == conn || len(sub.Children) == 1) {
		n.Children = append(n.Children, sub.Children...)
		return
	}
	n.Children = append(n.Children, data)
}

// sql compiles the node as WhereNode.as_sql does, including how an
// impossible or always-true child changes the whole.
func (n *Node) sql(c *compiler) (string, []any, error) {
	if n.Conn == "XOR" {
		return n.xorSQL(c)
	}
	fullNeeded, emptyNeeded := len(n.Children), 1
	if n.Conn == "OR" {
		fullNeeded, emptyNeeded = 1, len(n.Children)
	}
	var parts []string
	var params []any
	for _, ch := range n.Children {
		s, p, err := ch.sql(c)
		switch {
		case errors.Is(err, errEmpty):
			emptyNeeded--
		case errors.Is(err, errFull):
			fullNeeded--
		case err != nil:
			return "", nil, err
		default:
			parts = append(parts, s)
			params = append(params, p...)
		}
		if emptyNeeded == 0 {
			return "", nil, n.flip(errEmpty)
		}
		if fullNeeded == 0 {
			return "", nil, n.flip(errFull)
		}
	}
	s := strings.Join(parts, " "+n.Conn+" ")
	if s == "" {
		return "", nil, n.flip(errFull)
	}
	if n.Negated {
		return "NOT (" + s + ")", params, nil
	}
	if len(parts) > 1 || n.Resolved {
		s = "(" + s + ")"
	}
	return s, params, nil
}

func (n *Node) flip(err error) error {
	if !n.Negated {
		return err
	}
	if err == errEmpty {
		return errFull
	}
	return errEmpty
}

// Lookup is one field comparison: "library_book"."pages" > %s.
type Lookup struct {
	Alias  string // table alias of the left-hand column
	Column string // left-hand column name
	Op     string // Django lookup name: exact, iexact, contains, in, ...
	Params []any  // prepared database values
	// Sub is a subquery right-hand side for __in=QuerySet.
	Sub *Query
	// LHS replaces the column with an expression (a filter on an
	// annotation); RHS replaces Params with one (F("x"), OuterRef).
	LHS sqlExpr
	RHS sqlExpr
	// pending is an OuterRef waiting for the enclosing query.
	pending *Expression
	// relation is set when the left side is a ForeignKey compared as the
	// relation (author=1, author_id=1): Django's column then carries the
	// ForeignKey as its output field, so it never equals a column values()
	// selects and a GROUP BY taking it from HAVING prints it in full.
	relation bool
}

// containsAggregate reports whether the condition compares an aggregate,
// so it belongs in HAVING.
func containsAggregate(c Condition) bool {
	switch c := c.(type) {
	case *Node:
		for _, ch := range c.Children {
			if containsAggregate(ch) {
				return true
			}
		}
	case *Lookup:
		return (c.LHS != nil && c.LHS.aggregate()) || (c.RHS != nil && c.RHS.aggregate())
	case *exprCond:
		return c.e.aggregate()
	}
	return false
}

// sqliteOperators are Django's SQLite backend operator templates.
var sqliteOperators = map[string]string{
	"exact": "= %s", "iexact": "LIKE %s ESCAPE '\\'",
	"contains": "LIKE %s ESCAPE '\\'", "icontains": "LIKE %s ESCAPE '\\'",
	"startswith": "LIKE %s ESCAPE '\\'", "istartswith": "LIKE %s ESCAPE '\\'",
	"endswith": "LIKE %s ESCAPE '\\'", "iendswith": "LIKE %s ESCAPE '\\'",
	"gt": "> %s", "gte": ">= %s", "lt": "< %s", "lte": "<= %s",
	"regex": "REGEXP %s", "iregex": "REGEXP '(?i)' || %s",
}

// sqlitePatternOps are Django's SQLite pattern_ops: a LIKE against an
// expression, whose value is escaped by sqlitePatternEscape in SQL.
var sqlitePatternOps = map[string]string{
	"contains": `LIKE '%%' || {} || '%%' ESCAPE '\'`, "icontains": `LIKE '%%' || UPPER({}) || '%%' ESCAPE '\'`,
	"startswith": `LIKE {} || '%%' ESCAPE '\'`, "istartswith": `LIKE UPPER({}) || '%%' ESCAPE '\'`,
	"endswith": `LIKE '%%' || {} ESCAPE '\'`, "iendswith": `LIKE '%%' || UPPER({}) ESCAPE '\'`,
}

// sqlitePatternEscape is Django's SQLite pattern_esc.
const sqlitePatternEscape = `REPLACE(REPLACE(REPLACE({}, '\', '\\'), '%%', '\%%'), '_', '\_')`

func (l *Lookup) sql(c *compiler) (string, []any, error) {
	if l.pending != nil {
		return "", nil, valueError("This queryset contains a reference to an outer query and may only be used in a subquery.")
	}
	if l.LHS != nil {
		s, p, err := l.LHS.sql(c)
		if err != nil {
			return "", nil, err
		}
		out, op, err := l.sqlOn(c, s)
		return out, append(p, op...), err
	}
	return l.sqlOn(c, c.col(l.Alias, l.Column))
}

// sqlOn compiles the lookup with lhs as its left-hand side.
func (l *Lookup) sqlOn(c *compiler, lhs string) (string, []any, error) {
	if l.RHS != nil {
		return l.exprRHS(c, lhs)
	}
	switch l.Op {
	case "bool":
		if l.Params[0] == true {
			return lhs, nil, nil
		}
		return "NOT " + lhs, nil, nil
	case "isnull":
		if l.Params[0] == true {
			return lhs + " IS NULL", nil, nil
		}
		return lhs + " IS NOT NULL", nil, nil
	case "in":
		return l.inSQL(c, lhs)
	case "range":
		return lhs + " BETWEEN %s AND %s", l.Params, nil
	}
	if l.Op == "exact" && l.Params[0] == nil {
		return lhs + " IS NULL", nil, nil
	}
	return lhs + " " + sqliteOperators[l.Op], l.Params, nil
}

// exprRHS compiles a comparison with an expression on the right,
// parenthesized as Django 4.2+ does (Lookup.process_rhs).
func (l *Lookup) exprRHS(c *compiler, lhs string) (string, []any, error) {
	rhs, params, err := l.RHS.sql(c)
	if err != nil {
		return "", nil, err
	}
	if _, isValue := l.RHS.(*valueExpr); !isValue && !strings.HasPrefix(rhs, "(") {
		rhs = "(" + rhs + ")"
	}
	if pattern, ok := sqlitePatternOps[l.Op]; ok {
		escaped := strings.Replace(sqlitePatternEscape, "{}", rhs, 1)
		return lhs + " " + strings.Replace(pattern, "{}", escaped, 1), params, nil
	}
	op := sqliteOperators[l.Op]
	if op == "" {
		op = "= %s"
	}
	return lhs + " " + strings.Replace(op, "%s", rhs, 1), params, nil
}

func (l *Lookup) inSQL(c *compiler, lhs string) (string, []any, error) {
	if l.Sub != nil {
		s, p, err := c.subquery(l.Sub)
		if err != nil {
			return "", nil, err
		}
		return lhs + " IN (" + s + ")", p, nil
	}
	if len(l.Params) == 0 {
		return "", nil, errEmpty
	}
	marks := strings.TrimSuffix(strings.Repeat("%s, ", len(l.Params)), ", ")
	return lhs + " IN (" + marks + ")", l.Params, nil
}
