package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// windowFuncs are the functions of django.db.models.functions.window,
// which are only valid inside Window(...): Django's class name with the
// SQL name.
var windowFuncs = map[string]string{
	"RowNumber": "ROW_NUMBER", "Rank": "RANK", "DenseRank": "DENSE_RANK", "PercentRank": "PERCENT_RANK",
	"CumeDist": "CUME_DIST", "Ntile": "NTILE", "FirstValue": "FIRST_VALUE", "LastValue": "LAST_VALUE",
	"NthValue": "NTH_VALUE", "Lag": "LAG", "Lead": "LEAD",
}

// windowCompatible is Django's window_compatible: aggregates and the
// window functions can take an OVER clause.
func (e *Expression) windowCompatible() bool {
	return e.kind == exprAggregate || (e.kind == exprFunc && windowFuncs[e.name] != "")
}

// newWindow is Window(expression, partition_by=, order_by=, frame=):
// strings name fields, and a "-" before an order_by name sorts it
// descending.
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/#window-functions
func newWindow(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var src, partition, order, frame, output starlark.Value = nil, starlark.None, starlark.None, starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "expression", &src, "partition_by?", &partition,
		"order_by?", &order, "frame?", &frame, "output_field?", &output); err != nil {
		return nil, err
	}
	e, ok := src.(*Expression)
	if !ok || !e.windowCompatible() {
		return nil, valueError("Expression '%s' isn't compatible with OVER clauses.", windowClassName(src))
	}
	w := &Expression{kind: exprWindow, args: []*Expression{e}}
	var err error
	if w.partition, err = windowPartition(partition); err != nil {
		return nil, err
	}
	if w.order, err = windowOrderBy(order); err != nil {
		return nil, err
	}
	if f, ok := frame.(*windowFrame); ok {
		w.frame = f
	}
	return w, nil
}

func windowClassName(v starlark.Value) string {
	if e, ok := v.(*Expression); ok {
		return e.Type()
	}
	return pyTypeName(v)
}

// windowPartition reads partition_by=: one expression or a list of them.
func windowPartition(v starlark.Value) ([]*Expression, error) {
	if v == starlark.None {
		return nil, nil
	}
	items := []starlark.Value{v}
	if seq, ok := v.(starlark.Indexable); ok && !isString(v) {
		items = indexables(seq)
	}
	return funcArgs(items)
}

// windowOrderBy reads order_by= as OrderByList does: "-name" is a
// descending OrderBy, other names plain field references.
func windowOrderBy(v starlark.Value) ([]*Expression, error) {
	var items []starlark.Value
	switch v := v.(type) {
	case starlark.NoneType:
		return nil, nil
	case *starlark.List, starlark.Tuple:
		items = indexables(v.(starlark.Indexable))
	case starlark.String, *Expression:
		items = []starlark.Value{v}
	default:
		return nil, valueError("Window.order_by must be either a string reference to a field, an expression, or a list or tuple of them.")
	}
	out := make([]*Expression, len(items))
	for i, it := range items {
		if s, ok := it.(starlark.String); ok && strings.HasPrefix(string(s), "-") {
			out[i] = &Expression{kind: exprOrderBy, desc: true, args: []*Expression{{kind: exprF, name: string(s[1:])}}}
			continue
		}
		e, err := asExpression(it)
		if err != nil {
			return nil, err
		}
		out[i] = e
	}
	return out, nil
}

func isString(v starlark.Value) bool {
	_, ok := v.(starlark.String)
	return ok
}

func indexables(seq starlark.Indexable) []starlark.Value {
	out := make([]starlark.Value, seq.Len())
	for i := range out {
		out[i] = seq.Index(i)
	}
	return out
}

// resolveWindow binds the function, the partition and the ordering.
func (q *Query) resolveWindow(sess *Session, e *Expression, mark int) (sqlExpr, error) {
	src, err := q.resolveExpr(sess, e.args[0], mark)
	if err != nil {
		return nil, err
	}
	w := &windowExpr{src: src, frame: e.frame}
	for _, p := range e.partition {
		r, err := q.resolveExpr(sess, p, mark)
		if err != nil {
			return nil, err
		}
		w.partition = append(w.partition, r)
	}
	for _, o := range e.order {
		t := windowOrder{}
		if o.kind == exprOrderBy {
			t.dir = map[bool]string{false: " ASC", true: " DESC"}[o.desc] + o.nulls
			o = o.args[0]
		}
		if t.e, err = q.resolveExpr(sess, o, mark); err != nil {
			return nil, err
		}
		w.order = append(w.order, t)
	}
	return w, nil
}

// windowExpr is fn(...) OVER (PARTITION BY ... ORDER BY ... frame).
type windowExpr struct {
	src       sqlExpr
	partition []sqlExpr
	order     []windowOrder
	frame     *windowFrame
}

// windowOrder is one ORDER BY term of an OVER clause; a plain field has
// no direction written.
type windowOrder struct {
	e   sqlExpr
	dir string
}

func (w *windowExpr) sql(c *compiler) (string, []any, error) {
	s, params, err := w.src.sql(c)
	if err != nil {
		return "", nil, err
	}
	var clauses []string
	if len(w.partition) > 0 {
		p, pp, err := joinExprs(c, w.partition, nil)
		if err != nil {
			return "", nil, err
		}
		clauses, params = append(clauses, "PARTITION BY "+p), append(params, pp...)
	}
	if len(w.order) > 0 {
		exprs, dirs := make([]sqlExpr, len(w.order)), make([]string, len(w.order))
		for i, o := range w.order {
			exprs[i], dirs[i] = o.e, o.dir
		}
		o, op, err := joinExprs(c, exprs, dirs)
		if err != nil {
			return "", nil, err
		}
		clauses, params = append(clauses, "ORDER BY "+o), append(params, op...)
	}
	if w.frame != nil {
		f, err := w.frame.sql()
		if err != nil {
			return "", nil, err
		}
		clauses = append(clauses, f)
	}
	return s + " OVER (" + strings.Join(clauses, " ") + ")", params, nil
}

// joinExprs compiles expressions separated by commas, each followed by
// its suffix when suffixes is given.
func joinExprs(c *compiler, exprs []sqlExpr, suffixes []string) (string, []any, error) {
	parts := make([]string, len(exprs))
	var params []any
	for i, e := range exprs {
		s, p, err := e.sql(c)
		if err != nil {
			return "", nil, err
		}
		if suffixes != nil {
			s += suffixes[i]
		}
		parts[i], params = s, append(params, p...)
	}
	return strings.Join(parts, ", "), params, nil
}

func (w *windowExpr) field() *Field { return w.src.field() }

// aggregate is false: Window.contains_aggregate is False, so a window
// over Sum(...) does not group the query.
func (w *windowExpr) aggregate() bool { return false }

// groupItems are what the window adds to a GROUP BY, as
// Window.get_group_by_cols gives: its partition and ordering terms that
// are neither aggregates nor constants.
func (w *windowExpr) groupItems(c *compiler) ([]selectItem, error) {
	exprs := append([]sqlExpr(nil), w.partition...)
	for _, o := range w.order {
		exprs = append(exprs, o.e)
	}
	var out []selectItem
	for _, e := range exprs {
		if e.aggregate() || !groupsBy(e) {
			continue
		}
		s, p, err := e.sql(c)
		if err != nil {
			return nil, err
		}
		out = append(out, selectItem{sql: s, params: p})
	}
	return out, nil
}

// hasWindow reports whether e holds an OVER clause (Django's
// contains_over_clause), so a filter on it goes to the QUALIFY step.
func hasWindow(e sqlExpr) bool {
	return containsExpr(e, func(x sqlExpr) bool {
		_, ok := x.(*windowExpr)
		return ok
	})
}

// windowStr is str(Window(...)) as Django writes it: the function, then
// OVER with the partition, the ordering and the frame run together
// (Window.__str__ puts no space between them).
func (e *Expression) windowStr() string {
	s := e.args[0].PyRepr() + " OVER ("
	if len(e.partition) > 0 {
		s += "PARTITION BY " + reprJoin(e.partition)
	}
	s += reprJoin(e.order)
	if e.frame != nil {
		s += e.frame.describe()
	}
	return s + ")"
}

func reprJoin(exprs []*Expression) string {
	parts := make([]string, len(exprs))
	for i, x := range exprs {
		parts[i] = x.PyRepr()
	}
	return strings.Join(parts, ", ")
}

// groupWindowsBySelf marks the window annotations of a values() query
// that an aggregate just grouped: Django's set_group_by groups by each
// annotation that has grouping columns and no aggregate, so a window
// with a partition or an ordering is grouped by itself, by position
// (which SQLite then refuses when the window reads an aggregate).
func (q *Query) groupWindowsBySelf() {
	for _, a := range q.Annotations {
		if w, ok := a.Expr.(*windowExpr); ok && windowGroups(w) {
			a.GroupSelf = true
		}
	}
}

// windowGroups reports whether Window.get_group_by_cols is not empty.
func windowGroups(w *windowExpr) bool {
	for _, e := range w.partition {
		if !e.aggregate() && groupsBy(e) {
			return true
		}
	}
	for _, o := range w.order {
		if !o.e.aggregate() && groupsBy(o.e) {
			return true
		}
	}
	return false
}

// groupsBySelf reports whether the annotation named alias is grouped by
// itself (see groupWindowsBySelf).
func (c *compiler) groupsBySelf(alias string) bool {
	a := c.q.annotation(alias)
	return a != nil && a.GroupSelf && c.q.Group == groupValues
}
