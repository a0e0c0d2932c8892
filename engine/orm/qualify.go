package orm

import (
	"strings"
)

// prefetchWindow is the slice of a sliced Prefetch queryset taken per
// related instance rather than over all rows: Django filters on
// ROW_NUMBER() partitioned by the column that points at the instance
// (_filter_prefetch_queryset), which SQLite runs through two wrapping
// subqueries (SQLCompiler.get_qualify_sql).
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-objects
type prefetchWindow struct {
	partition string // the column SQL, "library_book"."author_id"
	low, high int    // the slice; high -1 when open
}

// condition is the row-number test: above low, and up to high if set.
func (w *prefetchWindow) condition() (string, []any) {
	if w.high < 0 {
		return `"qual0" > %s`, []any{int64(w.low)}
	}
	return `("qual0" > %s AND "qual0" <= %s)`, []any{int64(w.low), int64(w.high)}
}

// windowSQL compiles SELECT "col1", ... FROM ( SELECT * FROM ( inner )
// "qualify" WHERE ... ) "qualify_mask" ORDER BY ...: the inner query
// selects every column AS col1, col2, ..., the row number AS "qual0"
// and any ordering column it does not select AS "qual1", ...; the
// outer query orders by those names.
func (c *compiler) windowSQL() (string, []any, error) {
	order, err := c.orderBy() // no select list yet: full column terms
	if err != nil {
		return "", nil, err
	}
	items, err := c.selectItems()
	if err != nil {
		return "", nil, err
	}
	items = withColAliases(items)
	names, cols, params := make([]string, len(items)), make([]string, len(items)), []any{}
	for i, it := range items {
		names[i], cols[i], params = quote(it.alias), it.text(), append(params, it.params...)
	}
	over, outerOrder, quals := c.q.window.over(order), []string{}, []string{}
	for _, o := range order {
		expr, dir := splitDirection(o.sql)
		alias := aliasFor(items, expr)
		if alias == "" {
			alias = "qual" + itoa(len(quals)+1)
			quals = append(quals, expr+" AS "+quote(alias))
		}
		outerOrder = append(outerOrder, quote(alias)+dir)
	}
	cols = append(append(cols, `ROW_NUMBER() OVER (`+over+`) AS "qual0"`), quals...)
	inner, ip, err := c.assemble("SELECT "+strings.Join(cols, ", "), order, false)
	if err != nil {
		return "", nil, err
	}
	cond, cp := c.q.window.condition()
	sql := "SELECT " + strings.Join(names, ", ") + ` FROM ( SELECT * FROM ( ` + inner + ` ) "qualify" WHERE ` + cond + ` ) "qualify_mask"`
	if len(outerOrder) > 0 {
		sql += " ORDER BY " + strings.Join(outerOrder, ", ")
	}
	return sql, append(append(params, ip...), cp...), nil
}

// over is the window: PARTITION BY the column, ORDER BY the query's
// ordering.
func (w *prefetchWindow) over(order []orderTerm) string {
	s := "PARTITION BY " + w.partition
	for i, o := range order {
		if i == 0 {
			s += " ORDER BY "
		} else {
			s += ", "
		}
		s += o.sql
	}
	return s
}

// splitDirection splits a compiled ORDER BY term from its direction.
func splitDirection(term string) (string, string) {
	for _, dir := range []string{" ASC", " DESC"} {
		if strings.HasSuffix(term, dir) {
			return strings.TrimSuffix(term, dir), dir
		}
	}
	return term, ""
}

// aliasFor is the alias of the select item compiling to expr, if any.
func aliasFor(items []selectItem, expr string) string {
	for _, it := range items {
		if it.sql == expr {
			return it.alias
		}
	}
	return ""
}
