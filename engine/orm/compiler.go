package orm

import (
	"fmt"
	"strings"

	"ormlab/engine/py"
)

// compiler turns a Query into SQL text with %s placeholders and params,
// as django.db.models.sql.compiler.SQLCompiler does for SQLite.
type compiler struct {
	q *Query
	// names maps an alias to the name printed for it; subqueries print
	// U0, U1, ... as Django relabels them.
	names map[string]string
	// layout describes how result columns map to model instances.
	layout *klassInfo
	// parent is the enclosing query's compiler, for OuterRef columns.
	parent *compiler
	// annotationStart is the index of the first annotation column.
	annotationStart int
	// groupBy is the GROUP BY list of the statement being compiled.
	groupBy []selectItem
	// items is the SELECT list of the statement being compiled.
	items []selectItem
	// outer is set when compiling aggregates over a subquery: columns
	// print as the __colN names colRefs gives them, listed in colOrder.
	outer    bool
	colRefs  map[string]string
	colOrder []colRef
	// inlineRefs compiles a reference to an annotation as the annotation
	// itself: aggregate() in place, where get_aggregation replaces each
	// Ref by its target.
	inlineRefs bool
	// keepEmpty compiles a WHERE that can match nothing as 0 = 1 instead
	// of failing with errEmpty (Django's elide_empty=False).
	keepEmpty bool
	// orderCols are the columns the ORDER BY of a combined values()
	// query adds to each part.
	orderCols []orderCol
}

// klassInfo says which result columns build which model instance: the
// root model and, for select_related, the related ones nested under it.
type klassInfo struct {
	model    *Model
	fields   []*Field
	start    int    // index of the first column in a row
	via      *Field // ForeignKey from the parent; nil at the root
	children []*klassInfo
}

func newCompiler(q *Query) *compiler { return &compiler{q: q} }

// col prints alias.column: quoted alias when it is a table name,
// bare when it is a generated alias (T3, U0).
func (c *compiler) col(alias, column string) string {
	if c.outer {
		return c.innerColumn(alias, column)
	}
	name := alias
	if n, ok := c.names[alias]; ok {
		name = n
	}
	if c.names == nil && c.isTableName(alias) {
		name = quote(name)
	}
	return name + "." + quote(column)
}

func (c *compiler) isTableName(alias string) bool {
	for _, a := range c.q.aliases {
		if a.Name == alias {
			return a.Name == a.Table
		}
	}
	return true
}

func quote(name string) string { return `"` + name + `"` }

// selectItem is one entry of the SELECT list.
type selectItem struct {
	sql    string
	params []any
	alias  string // AS "alias": annotations, extra selects, values(*fields)
	// expr is the annotation it selects, f the field of a values() column:
	// how the value read back is converted.
	expr sqlExpr
	f    *Field
}

// key identifies an item's expression: Django compares select, ORDER BY
// and GROUP BY expressions by equality, which compiled text and params
// stand for here.
func (it selectItem) key() string { return sqlKey(it.sql, it.params) }

func sqlKey(sql string, params []any) string {
	if len(params) == 0 {
		return sql
	}
	return sql + "\x00" + fmt.Sprint(params...)
}

// valueItem selects a values() column, aliased as alias when not empty:
// the column, or the transform values("pub_date__year") applied to it.
func (c *compiler) valueItem(v *Column, alias string) selectItem {
	if v.Expr == nil {
		return selectItem{sql: c.col(v.Alias, v.Field.Column), alias: alias, f: v.Field}
	}
	s, p, _ := v.Expr.sql(c)
	return selectItem{sql: s, params: p, alias: alias, f: v.Field}
}

// bare is the item's expression alone, as GROUP BY lists it.
func (it selectItem) bare() selectItem {
	return selectItem{sql: it.sql, params: it.params, alias: it.alias}
}

func (it selectItem) text() string {
	if it.alias != "" {
		return it.sql + " AS " + quote(it.alias)
	}
	return it.sql
}

// selectSQL compiles the query's SELECT statement.
func (c *compiler) selectSQL() (string, []any, error) {
	if c.q.Combination != nil {
		return c.combinedSQL(combinedRows)
	}
	if containsOver(c.q.Where) {
		where, having, qual, err := splitQualify(c.q.Where, false, c.q.Group != groupNone)
		if err != nil {
			return "", nil, err
		}
		if qual != nil {
			return c.qualifySQL(where, having, qual)
		}
	}
	items, err := c.selectItems()
	if err != nil {
		return "", nil, err
	}
	return c.assembleItems(items, true)
}

// assembleItems compiles a SELECT of items with the query's ordering and,
// when it groups, its GROUP BY.
func (c *compiler) assembleItems(items []selectItem, ordered bool) (string, []any, error) {
	c.items = items
	var order []orderTerm
	if ordered {
		var err error
		if order, err = c.orderBy(); err != nil {
			return "", nil, err
		}
	}
	head := "SELECT "
	if c.q.Distinct {
		head += "DISTINCT "
	}
	cols, params := make([]string, len(items)), []any{}
	for i, it := range items {
		cols[i], params = it.text(), append(params, it.params...)
	}
	if err := c.groupCols(items, order); err != nil {
		return "", nil, err
	}
	sql, p, err := c.assemble(head+strings.Join(cols, ", "), order, true)
	return sql, append(params, p...), err
}

// assemble adds FROM, WHERE, GROUP BY, HAVING, ORDER BY and LIMIT.
func (c *compiler) assemble(head string, order []orderTerm, limits bool) (string, []any, error) {
	if c.q.DistinctOn {
		return "", nil, py.Errorf("NotSupportedError", "DISTINCT ON fields is not supported by this database backend")
	}
	whereNode, havingNode := c.splitHaving()
	where, params, err := condSQL(c, whereNode)
	if err == errEmpty && c.keepEmpty {
		where, params, err = "0 = 1", nil, nil
	}
	if err != nil {
		return "", nil, err
	}
	having, hp, err := condSQL(c, havingNode)
	if err != nil {
		return "", nil, err
	}
	var b strings.Builder
	b.WriteString(head + " FROM " + c.from())
	if where != "" {
		b.WriteString(" WHERE " + where)
	}
	if len(c.groupBy) > 0 {
		b.WriteString(" GROUP BY ")
		for i, g := range c.groupBy {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(g.sql)
			params = append(params, g.params...)
		}
	}
	params = append(params, hp...)
	if having != "" {
		b.WriteString(" HAVING " + having)
	}
	for i, o := range order {
		if i == 0 {
			b.WriteString(" ORDER BY ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(o.sql)
		params = append(params, o.params...)
	}
	if limits {
		b.WriteString(c.limit())
	}
	return b.String(), params, nil
}

// condSQL compiles a WHERE or HAVING tree; an always-true one is empty.
func condSQL(c *compiler, n *Node) (string, []any, error) {
	if n == nil {
		return "", nil, nil
	}
	s, p, err := n.sql(c)
	if err == errFull {
		return "", nil, nil
	}
	return s, p, err
}

// splitHaving moves conditions on aggregates to HAVING, as
// WhereNode.split_having_qualify does.
func (c *compiler) splitHaving() (*Node, *Node) {
	w := c.q.Where
	if !containsAggregate(w) {
		return w, nil
	}
	if w.Conn != "AND" || w.Negated {
		return nil, w
	}
	where, having := &Node{Conn: "AND"}, &Node{Conn: "AND"}
	for _, ch := range w.Children {
		if containsAggregate(ch) {
			having.Children = append(having.Children, ch)
		} else {
			where.Children = append(where.Children, ch)
		}
	}
	return where, having
}

// from prints the base table and its joins in creation order.
func (c *compiler) from() string {
	parts := make([]string, 0, len(c.q.aliases))
	for i, a := range c.q.aliases {
		if i > 0 && a.refs == 0 {
			continue
		}
		table := quote(a.Table)
		if name := c.printed(a); name != a.Table {
			table += " " + name
		}
		if i == 0 {
			parts = append(parts, table)
			continue
		}
		kind := "INNER JOIN"
		if a.Join.Outer {
			kind = "LEFT OUTER JOIN"
		}
		on := fmt.Sprintf("(%s = %s)", c.col(a.Join.Parent, a.Join.LeftCol), c.col(a.Name, a.Join.RightCol))
		parts = append(parts, kind+" "+table+" ON "+on)
	}
	return strings.Join(parts, " ")
}

func (c *compiler) printed(a *Alias) string {
	if n, ok := c.names[a.Name]; ok {
		return n
	}
	return a.Name
}

// limit prints LIMIT/OFFSET; SQLite needs LIMIT -1 for an offset alone.
func (c *compiler) limit() string {
	q := c.q
	switch {
	case q.High >= 0 && q.Low > 0:
		return fmt.Sprintf(" LIMIT %d OFFSET %d", q.High-q.Low, q.Low)
	case q.High >= 0:
		return fmt.Sprintf(" LIMIT %d", q.High)
	case q.Low > 0:
		return fmt.Sprintf(" LIMIT -1 OFFSET %d", q.Low)
	}
	return ""
}

// selectColumns lists the select items as text.
func (c *compiler) selectColumns() ([]string, error) {
	items, err := c.selectItems()
	cols := make([]string, len(items))
	for i, it := range items {
		cols[i] = it.text()
	}
	return cols, err
}

// selectItems lists the SELECT list: extra selects, then values() or the
// model's loaded fields, then annotations, then select_related models
// depth first, as SQLCompiler.get_select orders them.
func (c *compiler) selectItems() ([]selectItem, error) {
	items := make([]selectItem, 0, len(c.q.Extra)+max(len(c.q.Selected), len(c.q.Values), len(c.q.Model.Fields))+len(c.q.Annotations))
	for _, e := range c.q.Extra {
		items = append(items, selectItem{sql: "(" + e.SQL + ")", alias: e.Name})
	}
	if c.q.Selected != nil {
		return c.selectedItems(items)
	}
	if c.q.Values != nil {
		for _, v := range c.q.Values {
			items = append(items, c.valueItem(v, ""))
		}
		return c.annotationItems(items)
	}
	root := &klassInfo{model: c.q.Model, fields: c.q.loadedFields(c.q.Model, ""), start: len(items)}
	for _, f := range root.fields {
		items = append(items, selectItem{sql: c.col(c.q.Base(), f.Column)})
	}
	c.layout = root
	items, err := c.annotationItems(items)
	if err != nil || (!c.q.RelatedAll && c.q.Related == nil) {
		return items, err
	}
	cols, err := c.relatedColumns(root, c.q.Base(), c.q.Related, make([]string, len(items)), 1, "")
	if err != nil {
		return nil, err
	}
	for _, col := range cols[len(items):] {
		items = append(items, selectItem{sql: col})
	}
	return items, nil
}

func (c *compiler) annotationItems(items []selectItem) ([]selectItem, error) {
	c.annotationStart = len(items)
	for _, a := range c.q.selectedAnnotations() {
		it, err := c.annotationItem(a)
		if err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return items, nil
}

func (c *compiler) annotationItem(a *Annotation) (selectItem, error) {
	s, p, err := a.Expr.sql(c)
	return selectItem{sql: s, params: p, alias: a.Name, expr: a.Expr}, err
}

// selectedItems is the SELECT list of values() or values_list() given
// names: each field or annotation in the order named, aliased by its
// name, as Django 5.2's Query.selected makes it.
func (c *compiler) selectedItems(items []selectItem) ([]selectItem, error) {
	c.annotationStart = len(items)
	for _, name := range c.q.Selected {
		if v := c.q.selectedColumn(name); v != nil {
			items = append(items, c.valueItem(v, name))
			continue
		}
		it, err := c.annotationItem(c.q.annotation(name))
		if err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return items, nil
}

// combinedCountSQL compiles count() of a union, intersection or
// difference: COUNT(*) over the combined query as a subquery.
func (c *compiler) combinedCountSQL() (string, []any, error) {
	inner, params, err := c.combinedSQL(combinedCount)
	return "SELECT COUNT(*) FROM (" + inner + ") subquery", params, err
}

// withColAliases names the unaliased items col1, col2, ... as a
// compiler with with_col_aliases does for a subquery in FROM.
func withColAliases(items []selectItem) []selectItem {
	n := 0
	for i := range items {
		if items[i].alias == "" {
			n++
			items[i].alias = "col" + itoa(n)
		}
	}
	return items
}

// existsSQL compiles QuerySet.exists(): SELECT 1 AS "a" ... LIMIT 1.
func (c *compiler) existsSQL() (string, []any, error) {
	if containsOver(c.q.Where) {
		if s, p, ok, err := c.qualifyExists(); ok || err != nil {
			return s, p, err
		}
	}
	q := c.q
	keepColumns := q.Distinct && q.IsSliced()
	q.SetLimits(0, 1)
	if q.Combination != nil {
		return c.combinedSQL(combinedExists)
	}
	return c.existsBody(keepColumns, true)
}

// existsBody is the statement of Query.exists(): 1 AS "a", DISTINCT
// kept, the columns kept too for a sliced DISTINCT query, and a grouped
// query still grouped (by every model column when annotate() grouped by
// the selected ones, as set_group_by does before the select is cleared).
func (c *compiler) existsBody(keepColumns, limits bool) (string, []any, error) {
	head := "SELECT "
	if c.q.Distinct {
		head += "DISTINCT "
	}
	var cols []string
	if keepColumns {
		var err error
		if cols, err = c.selectColumns(); err != nil {
			return "", nil, err
		}
	}
	// The 1 is Value(1), a parameter, so a %% elsewhere in the text
	// (Now()) is logged as % as Django logs it.
	one := selectItem{sql: "%s", params: []any{int64(1)}, alias: "a", expr: &valueExpr{v: int64(1)}}
	if c.q.Group == groupAll {
		c.q.Group = groupModel
	}
	if err := c.groupCols([]selectItem{one}, nil); err != nil {
		return "", nil, err
	}
	s, p, err := c.assemble(head+strings.Join(append(cols, one.text()), ", "), nil, limits)
	return s, append(one.params, p...), err
}

// subquery compiles q as the right side of __in, relabelled U0, U1, ...
// and selecting the primary key unless values() chose a column.
// A combined query keeps its columns: parts of model QuerySets select
// every column, as Django leaves them.
func (c *compiler) subquery(q *Query) (string, []any, error) {
	sub := relabelled(q.Clone(), nil)
	if !q.IsSliced() {
		sub.q.Order = nil
	}
	if q.Combination != nil {
		return sub.combinedSQL(combinedRows)
	}
	items := []selectItem{{sql: sub.col(q.Base(), "id")}}
	if len(q.Values) > 0 || len(q.Selected) > 0 {
		all, err := sub.selectItems()
		if err != nil {
			return "", nil, err
		}
		items = all[:1]
	}
	if containsOver(sub.q.Where) {
		return sub.qualifySubquery()
	}
	return sub.assembleItems(items, true)
}

// relabelled is a compiler for q as a subquery of parent: its aliases
// print as U0, U1, ... as Django relabels a subquery's.
func relabelled(q *Query, parent *compiler) *compiler {
	sub := &compiler{q: q, names: map[string]string{}, parent: parent}
	for i, a := range q.aliases {
		sub.names[a.Name] = fmt.Sprintf("U%d", i)
	}
	return sub
}

func (c *compiler) modelColumns(alias string, fields []*Field) []string {
	cols := make([]string, len(fields))
	for i, f := range fields {
		cols[i] = c.col(alias, f.Column)
	}
	return cols
}

// innerColumn names a column an outer aggregate reads: "__col1" for
// the first one met, and so on.
func (c *compiler) innerColumn(alias, column string) string {
	key := alias + "." + column
	if name, ok := c.colRefs[key]; ok {
		return name
	}
	c.colOrder = append(c.colOrder, colRef{alias: alias, column: column})
	name := quote("__col" + itoa(len(c.colOrder)))
	c.colRefs[key] = name
	return name
}
