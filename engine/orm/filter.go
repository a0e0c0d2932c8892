package orm

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"go.starlark.net/starlark"
)

// lookupNames are the field lookups the lab supports.
var lookupNames = map[string]bool{
	"exact": true, "iexact": true, "contains": true, "icontains": true, "startswith": true,
	"istartswith": true, "endswith": true, "iendswith": true, "gt": true, "gte": true,
	"lt": true, "lte": true, "in": true, "isnull": true, "range": true, "regex": true, "iregex": true,
}

// newQ builds the Q a filter() call stands for: positional Q objects
// first, then keyword lookups sorted by name, as Django's Q.__init__ does.
func newQ(args starlark.Tuple, kwargs []starlark.Tuple) (*Q, error) {
	q := &Q{Conn: "AND"}
	for _, a := range args {
		switch a := a.(type) {
		case *Q:
			q.Children = append(q.Children, a)
		case *Expression:
			q.Children = append(q.Children, &qExpr{e: a})
		default:
			return nil, typeError("'%s' object is not iterable", pyTypeName(a))
		}
	}
	pairs := append([]starlark.Tuple(nil), kwargs...)
	sort.SliceStable(pairs, func(i, j int) bool {
		return string(pairs[i][0].(starlark.String)) < string(pairs[j][0].(starlark.String))
	})
	for _, kv := range pairs {
		q.Children = append(q.Children, &qLeaf{path: string(kv[0].(starlark.String)), value: kv[1]})
	}
	return q, nil
}

// addQ adds q to the query's WHERE, joined by AND, as Query.add_q does.
func (qr *Query) addQ(sess *Session, q *Q, mark int) error {
	inner := qr.innerJoins()
	node, _, err := qr.buildQ(sess, q, mark, false)
	if err != nil {
		return err
	}
	if len(node.Children) > 0 {
		qr.Where.add(node, "AND")
	}
	qr.demote(inner)
	return nil
}

// buildQ builds the WHERE node of q; negated says a NOT encloses it, so
// multi-valued lookups become subqueries (split_exclude).
// It returns the node and the joins it needs as INNER (its votes).
func (qr *Query) buildQ(sess *Session, q *Q, mark int, negated bool) (*Node, []string, error) {
	node := &Node{Conn: q.Conn, Negated: q.Negated}
	negated = negated || q.Negated
	votes := newPromoter(q.Conn, len(q.Children), negated)
	for _, ch := range q.Children {
		switch ch := ch.(type) {
		case *Q:
			sub, needed, err := qr.buildQ(sess, ch, mark, negated)
			if err != nil {
				return nil, nil, err
			}
			votes.add(needed)
			if len(sub.Children) > 0 {
				node.add(sub, q.Conn)
			}
		case *qLeaf:
			l, needed, err := qr.buildFilter(sess, ch.path, ch.value, mark, negated)
			if err != nil {
				return nil, nil, err
			}
			votes.add(needed)
			node.add(l, q.Conn)
		case *qExpr:
			e, err := qr.resolveExpr(sess, ch.e, mark)
			if err != nil {
				return nil, nil, err
			}
			node.add(&exprCond{e: e}, q.Conn)
		}
	}
	return node, votes.update(qr), nil
}

// target is where a lookup path lands: the alias and column compared and
// the field whose type prepares the value.
type target struct {
	alias  string
	column string
	field  *Field
	// trimmed is the join setupTarget left out; a filter still needs it
	// INNER when it is used again (Django counts it in used_joins).
	trimmed string
}

// buildFilter turns one keyword lookup into a Lookup, joining the tables
// its path crosses (build_filter + setup_joins + trim_joins in Django).
// It also returns the joins the lookup needs as INNER joins: none when
// it must keep rows without a related one (isnull=True, or negated).
func (qr *Query) buildFilter(sess *Session, path string, value starlark.Value, mark int, negated bool) (Condition, []string, error) {
	if a, lookups := qr.annotationPath(path); a != nil {
		l, err := qr.annotationFilter(sess, a, lookups, value, mark)
		return l, nil, err
	}
	rp, err := resolvePath(qr.Model, path)
	if err != nil {
		return nil, nil, err
	}
	if negated && rp.multiValued() {
		if cond, ok, err := qr.splitExclude(sess, rp, path, value); ok || err != nil {
			return cond, nil, err
		}
	}
	// Django resolves an expression value before joining the lookup's
	// own path, so its joins come first; they count as used joins too.
	var buf [8]int
	before := qr.refCounts(buf[:0])
	var rhs *Lookup
	if e, ok := exprParam(value); ok {
		if rhs, err = qr.exprLookup(sess, &Lookup{}, e, mark); err != nil {
			return nil, nil, err
		}
	}
	t := qr.setupTarget(rp, mark)
	used := qr.usedSince(before)
	if t.trimmed != "" {
		used = append(used, t.trimmed)
	}
	if len(rp.lookups) > 0 && isTransform(t.field, rp.lookups[0]) {
		l, err := qr.transformFilter(sess, &colExpr{alias: t.alias, column: t.column, f: columnField(t)}, rp.lookups, value, rhs, mark)
		if negated || (err == nil && l.Op == "isnull" && l.Params[0] == true) {
			used = nil
		}
		return l, used, err
	}
	op, err := splitLookups(rp, t.field)
	if err != nil {
		return nil, nil, err
	}
	if negated || (op == "isnull" && value == starlark.True) {
		used = nil
	}
	relation := rp.field == nil || rp.field.Kind == ForeignKey
	if rhs != nil {
		rhs.Alias, rhs.Column, rhs.Op, rhs.relation = t.alias, t.column, op, relation
		return rhs, used, nil
	}
	l, err := prepareLookup(sess, t, op, value)
	if l != nil {
		l.relation = relation
	}
	return l, used, err
}

// refCounts appends every alias's reference count to buf, in alias
// order; aliases are only ever appended, so the position identifies one.
func (qr *Query) refCounts(buf []int) []int {
	for _, a := range qr.aliases {
		buf = append(buf, a.refs)
	}
	return buf
}

// usedSince lists the joins referenced again since the snapshot, as
// build_filter computes used_joins from alias_refcount; an alias made
// since then counts from zero.
func (qr *Query) usedSince(before []int) []string {
	var out []string
	for i, a := range qr.aliases[1:] {
		was := 0
		if i+1 < len(before) {
			was = before[i+1]
		}
		if a.refs > was {
			out = append(out, a.Name)
		}
	}
	return out
}

// setupTarget joins the path's relations and, when the compared column
// is already on the table before the last join (author__id), trims that
// join as Query.trim_joins does: the join stays in the alias list,
// unreferenced, so it is left out of FROM but still counts for alias
// numbering, can be reused, and takes part in join promotion.
func (qr *Query) setupTarget(rp *resolvedPath, mark int) target {
	steps, f := rp.steps, rp.field
	if f == nil {
		f = steps[len(steps)-1].target().PK()
	}
	alias := qr.Base()
	for _, s := range steps {
		alias = qr.hop(alias, s, mark)
	}
	if len(steps) > 0 && f.Kind == AutoField {
		if t, ok := qr.trim(alias, steps[len(steps)-1]); ok {
			return t
		}
	}
	return target{alias: alias, column: f.Column, field: f}
}

// trim unreferences the join to alias when the previous table holds the
// relation's primary key (a forward ForeignKey, or the join table of a
// many-to-many relation) and targets that column instead.
func (qr *Query) trim(alias string, last pathStep) (target, bool) {
	pk := last.target().PK()
	a := qr.alias(alias)
	var column string
	switch {
	case last.field != nil && last.field.Kind == ForeignKey:
		column = last.field.Column
	case last.field != nil:
		column = last.field.Through.TargetColumn
	case last.rel.Field.Kind == ManyToManyField:
		column = last.rel.Field.Through.SourceColumn
	default:
		return target{}, false
	}
	a.refs--
	return target{alias: a.Join.Parent, column: column, field: pk, trimmed: alias}, true
}

// splitLookups finds the lookup of a path with no transform: exact
// when none is named.
func splitLookups(rp *resolvedPath, f *Field) (op string, err error) {
	names := rp.lookups
	switch {
	case len(names) == 0:
		return "exact", nil
	case len(names) == 1 && lookupNames[names[0]]:
		return names[0], nil
	case f.IsRelation():
		return "", unsupportedLookup(names[0], f)
	}
	return "", unknownLookup(f, names[0], strings.Join(names, "__"))
}

// prepareLookup converts the right-hand side for the column's field.
func prepareLookup(sess *Session, t target, op string, value starlark.Value) (*Lookup, error) {
	l := &Lookup{Alias: t.alias, Column: t.column, Op: op}
	switch op {
	case "isnull":
		b, ok := value.(starlark.Bool)
		if !ok {
			return nil, valueError("The QuerySet value for an isnull lookup must be True or False.")
		}
		l.Params = []any{bool(b)}
		return l, nil
	case "in":
		return l, prepareIn(sess, l, t.field, value)
	case "range":
		return l, prepareRange(l, t.field, value)
	}
	p, err := prepValue(t.field, value, op)
	if err != nil {
		return nil, err
	}
	if _, isBool := value.(starlark.Bool); isBool && op == "exact" && t.field.Kind == BooleanField {
		l.Op = "bool"
	}
	l.Params = []any{likePattern(op, p)}
	return l, nil
}

func prepareIn(sess *Session, l *Lookup, f *Field, value starlark.Value) error {
	if qs, ok := value.(*QuerySet); ok {
		if n := len(qs.query.Selected); qs.query.Selected != nil && n != 1 {
			return valueError("The QuerySet value for the 'in' lookup must have 1 selected fields (received %d)", n)
		}
		l.Sub = qs.query
		return nil
	}
	items, err := iterate(value)
	if err != nil {
		return err
	}
	seen := map[any]bool{}
	for _, it := range items {
		p, err := prepValue(f, it, "in")
		if err != nil {
			return err
		}
		if p != nil && !seen[p] {
			seen[p] = true
			l.Params = append(l.Params, p)
		}
	}
	return nil
}

func prepareRange(l *Lookup, f *Field, value starlark.Value) error {
	items, err := iterate(value)
	if err != nil || len(items) != 2 {
		return valueError("too many values to unpack (expected 2)")
	}
	for _, it := range items {
		p, err := prepValue(f, it, "range")
		if err != nil {
			return err
		}
		l.Params = append(l.Params, p)
	}
	return nil
}

// likePattern wraps the value for LIKE-based lookups, escaping \ % _.
func likePattern(op string, p any) any {
	s, ok := p.(string)
	if !ok {
		s = fmt.Sprint(p)
	}
	switch op {
	case "iexact":
		return escapeLike(s)
	case "contains", "icontains":
		return "%" + escapeLike(s) + "%"
	case "startswith", "istartswith":
		return escapeLike(s) + "%"
	case "endswith", "iendswith":
		return "%" + escapeLike(s)
	}
	return p
}

func escapeLike(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' || s[i] == '%' || s[i] == '_' {
			out = append(out, '\\')
		}
		out = append(out, s[i])
	}
	return string(out)
}

// yearLookup compiles __year and __iso_year lookups to date bounds, as
// Django's YearLookup does so an index on the column can be used.
func yearLookup(lhs sqlExpr, op string, value starlark.Value, iso bool) (*Lookup, error) {
	n, err := toInt(&Field{}, value)
	if err != nil {
		return nil, err
	}
	first, last := yearBounds(int(n.(int64)), iso)
	if lhs.field().Kind == DateTimeField {
		first, last = first+" 00:00:00", last+" 23:59:59.999999"
	}
	l := &Lookup{LHS: lhs, Op: op}
	switch op {
	case "exact":
		l.Op, l.Params = "range", []any{first, last}
	case "gt", "lte":
		l.Params = []any{last}
	case "gte", "lt":
		l.Params = []any{first}
	}
	return l, nil
}

// yearBounds are the first and last day of a calendar year, or of an ISO
// week-numbering year (Monday of week 1 to the Sunday before the next).
func yearBounds(y int, iso bool) (string, string) {
	if !iso {
		return fmt.Sprintf("%04d-01-01", y), fmt.Sprintf("%04d-12-31", y)
	}
	start := func(y int) time.Time {
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		return jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	}
	return start(y).Format("2006-01-02"), start(y+1).AddDate(0, 0, -1).Format("2006-01-02")
}

// exprLookup sets an expression right-hand side: resolved now, or an
// OuterRef left pending until the query becomes a subquery.
func (qr *Query) exprLookup(sess *Session, l *Lookup, e *Expression, mark int) (*Lookup, error) {
	if e.kind == exprOuterRef {
		l.pending = e
		return l, nil
	}
	r, err := qr.resolveExpr(sess, e, mark)
	l.RHS = r
	return l, err
}

// annotationPath splits "num_books__gt" into an annotation and lookups.
func (qr *Query) annotationPath(path string) (*Annotation, []string) {
	parts := strings.Split(path, "__")
	if a := qr.annotation(parts[0]); a != nil {
		return a, parts[1:]
	}
	return nil, nil
}

// annotationFilter filters on an annotation; one with an aggregate ends
// up in HAVING when the query is compiled.
func (qr *Query) annotationFilter(sess *Session, a *Annotation, lookups []string, value starlark.Value, mark int) (*Lookup, error) {
	lhs := resolvedAgain(a.Expr)
	if qr.summarize { // inside aggregate(): a reference to the annotation
		lhs = &refExpr{name: a.Name, target: a.Expr}
	}
	if a.Expr.field() != nil {
		return qr.transformFilter(sess, lhs, lookups, value, nil, mark)
	}
	op := "exact"
	if len(lookups) == 1 && lookupNames[lookups[0]] {
		op = lookups[0]
	} else if len(lookups) > 0 {
		return nil, fieldErrorf("Unsupported lookup '%s' for %s or join on the field not permitted.", lookups[0], a.Name)
	}
	if e, ok := exprParam(value); ok {
		return qr.exprLookup(sess, &Lookup{LHS: lhs, Op: op}, e, mark)
	}
	l, err := prepareLookup(sess, target{field: &Field{Name: a.Name, Kind: IntegerField}}, op, value)
	if err != nil {
		return nil, err
	}
	l.LHS = lhs
	return l, nil
}

// exprCond is a boolean expression used as a condition: filter(Exists(...)).
type exprCond struct{ e sqlExpr }

func (x *exprCond) sql(c *compiler) (string, []any, error) { return x.e.sql(c) }
