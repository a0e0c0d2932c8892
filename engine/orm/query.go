package orm

import (
	"fmt"
	"strings"
)

// Query is the SQL-level description of a QuerySet, the counterpart of
// django.db.models.sql.Query: tables and joins, the WHERE tree, ordering,
// limits and what to select. QuerySet methods clone it and change the copy.
type Query struct {
	Model   *Model
	aliases []*Alias // in creation order; aliases[0] is the base table
	Where   *Node
	Order   []OrderBy
	Low     int
	High    int // -1: no upper bound
	// Related is the select_related tree; RelatedAll is select_related().
	Related *RelatedTree
	// Values, when not nil, replaces the model's columns (values()).
	Values []*Column
	// Selected, when not nil, is the SELECT list of values() or
	// values_list() given names: Values columns and annotations by name,
	// in the order named, each aliased by its name (Django's
	// Query.selected). annotate() after values() adds to it.
	Selected []string
	// Extra are select items put before the columns (prefetch values).
	Extra []ExtraSelect
	// Deferred and Only restrict loaded fields (defer()/only()).
	Deferred map[string]bool
	Only     map[string]bool
	// Annotations are annotate() results, in order; Hidden ones are not
	// selected (values() left them out).
	Annotations []*Annotation
	// Combination is set on a union(), intersection() or difference().
	Combination *Combination
	// Group is how an aggregate annotation groups rows.
	Group groupMode
	// Ordered is set once order_by() was called, even with no fields.
	Ordered    bool
	Distinct   bool
	RelatedAll bool
	// DistinctOn is set by distinct(*fields), which SQLite cannot compile.
	DistinctOn bool
	// summarize is set while aggregate() resolves its arguments: names
	// of annotations resolve to references to them (Django's Ref).
	summarize bool
}

// Combination is how a combined query joins its parts: Op is "union",
// "intersection" or "difference", All is union(all=True).
type Combination struct {
	Op    string
	All   bool
	Parts []*Query
}

// Annotation is one named expression of annotate() or values(**exprs).
type Annotation struct {
	Name   string
	Expr   sqlExpr
	Hidden bool
	// GroupSelf is set on a window annotated together with the
	// aggregate that grouped a values() query: Query.set_group_by then
	// groups by the window itself (by its alias), not by its partition.
	GroupSelf bool
}

// groupMode is Django's Query.group_by: none, every selected column
// (annotate on a model query), or the values() columns.
type groupMode uint8

const (
	groupNone   groupMode = iota
	groupAll              // every selected column
	groupValues           // the values() columns
	groupModel            // the model's columns (values() after annotate())
	groupPK               // the primary key (the inner query of aggregate())
)

func (q *Query) annotation(name string) *Annotation {
	for _, a := range q.Annotations {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// selectedColumn is the values() column named name, or nil.
func (q *Query) selectedColumn(name string) *Column {
	for _, v := range q.Values {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// selectedAnnotations are the annotations in the SELECT list.
func (q *Query) selectedAnnotations() []*Annotation {
	var out []*Annotation
	for _, a := range q.Annotations {
		if !a.Hidden {
			out = append(out, a)
		}
	}
	return out
}

// Alias is one table in the FROM clause: the base table or a join.
type Alias struct {
	Name  string // "library_book", or "T4" when the table is joined again
	Table string
	// Join is nil for the base table.
	Join *Join
	// refs counts the uses of a join, as Query.alias_refcount does; a
	// trimmed join drops to zero and is left out of FROM.
	refs int
}

// Join is how an alias is attached to its parent.
type Join struct {
	Parent    string // parent alias
	LeftCol   string
	RightCol  string
	Outer     bool // LEFT OUTER JOIN instead of INNER JOIN
	MultiHop  bool // reverse FK or many-to-many: rows multiply
	reuseMark int  // filter() call that created it (multi-valued reuse)
}

// OrderBy is one ORDER BY term. Paths are resolved when the query is
// compiled, after select_related joins, as Django's compiler does.
type OrderBy struct {
	Expr sqlExpr // an expression: F("x").desc(), Lower("name")
	Path string  // "author__name"
	Desc bool
	// Nulls is " NULLS FIRST" or " NULLS LAST" from asc()/desc().
	Nulls string
	Raw   string // an expression such as RANDOM()
}

// ExtraSelect is a named select item: (expr) AS "name".
type ExtraSelect struct {
	SQL  string
	Name string
}

// Column is a resolved column reference: alias.column with its field.
type Column struct {
	Alias string
	Field *Field
	// Name is the key values() uses for it ("author__name").
	Name string
	// Expr, when set, is selected instead of the column: the transforms
	// of values("pub_date__year") applied to it.
	Expr sqlExpr
}

// NewQuery returns a query selecting every row of m.
func NewQuery(m *Model) *Query {
	return &Query{Model: m, aliases: []*Alias{{Name: m.Table, Table: m.Table}}, Where: &Node{Conn: "AND"}, High: -1}
}

// Clone returns a deep-enough copy: slices and the WHERE tree are copied
// so changes to the clone never reach q.
func (q *Query) Clone() *Query {
	c := *q
	c.aliases = make([]*Alias, len(q.aliases))
	for i, a := range q.aliases {
		cp := *a
		if a.Join != nil {
			j := *a.Join
			cp.Join = &j
		}
		c.aliases[i] = &cp
	}
	c.Where = q.Where.clone()
	c.Order = append([]OrderBy(nil), q.Order...)
	if q.Values != nil {
		c.Values = append([]*Column{}, q.Values...)
	}
	if q.Selected != nil {
		c.Selected = append([]string{}, q.Selected...)
	}
	c.Extra = append([]ExtraSelect(nil), q.Extra...)
	c.Related = q.Related.clone()
	c.Annotations = make([]*Annotation, len(q.Annotations))
	for i, a := range q.Annotations {
		cp := *a
		c.Annotations[i] = &cp
	}
	c.Deferred = cloneSet(q.Deferred)
	c.Only = cloneSet(q.Only)
	if q.Combination != nil {
		cc := *q.Combination
		cc.Parts = append([]*Query(nil), cc.Parts...)
		c.Combination = &cc
	}
	return &c
}

// parts are the combined queries, none unless q is combined.
func (q *Query) parts() []*Query {
	if q.Combination == nil {
		return nil
	}
	return q.Combination.Parts
}

func cloneSet(s map[string]bool) map[string]bool {
	if s == nil {
		return nil
	}
	c := make(map[string]bool, len(s))
	for k, v := range s {
		c[k] = v
	}
	return c
}

// Base is the alias of the model's own table.
func (q *Query) Base() string { return q.aliases[0].Name }

// IsSliced reports whether limits are set.
func (q *Query) IsSliced() bool { return q.Low != 0 || q.High >= 0 }

// SetLimits narrows the query's window as Python slicing of a QuerySet
// does: low and high are relative to the current window (-1: open).
func (q *Query) SetLimits(low, high int) {
	if high >= 0 {
		if q.High >= 0 {
			high = min(q.High, q.Low+high)
		} else {
			high = q.Low + high
		}
		q.High = high
	}
	if low > 0 {
		if q.High >= 0 {
			q.Low = min(q.High, q.Low+low)
		} else {
			q.Low += low
		}
	}
}

// IsEmptyWindow reports a slice that can hold no row ([5:5]).
func (q *Query) IsEmptyWindow() bool { return q.High >= 0 && q.High <= q.Low }

// join returns the alias joining table to parent on left = right, reusing
// an equal join when allowed, as Query.join does in Django.
func (q *Query) join(parent, table, left, right string, multi bool, mark int) string {
	for _, a := range q.aliases {
		j := a.Join
		if j != nil && a.Table == table && j.Parent == parent && j.LeftCol == left && j.RightCol == right {
			if !j.MultiHop || j.reuseMark == mark {
				a.refs++
				return a.Name
			}
		}
	}
	name := table
	if q.tableUsed(table) {
		name = fmt.Sprintf("T%d", len(q.aliases)+1)
	}
	// Like Query.join, a nullable join starts LEFT OUTER (as does one
	// under an outer join); filters needing it demote it to INNER.
	outer := multi
	if p := q.alias(parent); p != nil && p.Join != nil && p.Join.Outer {
		outer = true
	}
	q.aliases = append(q.aliases, &Alias{Name: name, Table: table, Join: &Join{Parent: parent, LeftCol: left, RightCol: right, MultiHop: multi, Outer: outer, reuseMark: mark}, refs: 1})
	return name
}

// activeTables counts the tables FROM lists: the base table and every
// referenced join (Query.count_active_tables).
func (q *Query) activeTables() int {
	n := 1
	for _, a := range q.aliases[1:] {
		if a.refs > 0 {
			n++
		}
	}
	return n
}

func (q *Query) tableUsed(table string) bool {
	for _, a := range q.aliases {
		if a.Table == table {
			return true
		}
	}
	return false
}

// hop joins one relation step from alias and returns the new alias and
// model. Many-to-many steps join the through table first.
func (q *Query) hop(alias string, step pathStep, mark int) string {
	switch {
	case step.field != nil && step.field.Kind == ForeignKey:
		return q.join(alias, step.field.Target.Table, step.field.Column, "id", false, mark)
	case step.field != nil: // forward many-to-many
		th := step.field.Through
		mid := q.join(alias, th.Table, "id", th.SourceColumn, true, mark)
		return q.join(mid, step.field.Target.Table, th.TargetColumn, "id", true, mark)
	case step.rel.Field.Kind == ForeignKey: // reverse FK
		return q.join(alias, step.rel.Field.Model.Table, "id", step.rel.Field.Column, true, mark)
	default: // reverse many-to-many
		th := step.rel.Field.Through
		mid := q.join(alias, th.Table, "id", th.TargetColumn, true, mark)
		return q.join(mid, step.rel.Field.Model.Table, th.SourceColumn, "id", true, mark)
	}
}

// pathStep is one relation hop of a lookup path: a forward field or a
// reverse relation.
type pathStep struct {
	field *Field
	rel   *Relation
}

func (s pathStep) target() *Model {
	if s.field != nil {
		return s.field.Target
	}
	return s.rel.Field.Model
}

// resolvedPath is a lookup split into relation hops, the final field and
// the lookup names left over ("iexact", "year", "gt").
type resolvedPath struct {
	steps   []pathStep
	field   *Field // nil when the path ends on a reverse relation
	rel     *Relation
	lookups []string
}

// resolvePath walks "author__country__code__iexact" from m, as Django's
// names_to_path does, raising FieldError for unknown names.
func resolvePath(m *Model, path string) (*resolvedPath, error) {
	parts := strings.Split(path, "__")
	rp := &resolvedPath{}
	cur := m
	for i, name := range parts {
		if name == "pk" {
			name = "id"
		}
		f := cur.Field(name)
		var rel *Relation
		if f == nil {
			rel = cur.ReverseByQueryName(name)
		}
		if f == nil && rel == nil {
			if i == 0 {
				return nil, fieldError(name, cur)
			}
			rp.lookups = parts[i:]
			return rp, nil
		}
		if f != nil && !f.IsRelation() {
			rp.field, rp.lookups = f, parts[i+1:]
			return rp, nil
		}
		step := pathStep{field: f, rel: rel}
		rp.steps = append(rp.steps, step)
		cur = step.target()
	}
	return rp, nil
}

// RelatedTree is the set of select_related paths, as nested maps keyed by
// ForeignKey name.
type RelatedTree struct {
	Children map[string]*RelatedTree
}

func (t *RelatedTree) clone() *RelatedTree {
	if t == nil {
		return nil
	}
	c := &RelatedTree{Children: map[string]*RelatedTree{}}
	for k, v := range t.Children {
		c.Children[k] = v.clone()
	}
	return c
}

// add records "author__country" under t.
func (t *RelatedTree) add(path string) {
	cur := t
	for _, name := range strings.Split(path, "__") {
		next := cur.Children[name]
		if next == nil {
			next = &RelatedTree{Children: map[string]*RelatedTree{}}
			cur.Children[name] = next
		}
		cur = next
	}
}
