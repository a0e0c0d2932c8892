package orm

import (
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/db"
	"ormlab/engine/py"
)

// querysetMethods are the QuerySet API, named after Django's methods.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#queryset-api
var querysetMethods = map[string]func(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error){
	"all":               querysetAll,
	"filter":            querysetFilter,
	"exclude":           querysetExclude,
	"get":               querysetGet,
	"first":             querysetFirst,
	"last":              querysetLast,
	"exists":            querysetExists,
	"count":             querysetCount,
	"order_by":          querysetOrderBy,
	"reverse":           querysetReverse,
	"distinct":          querysetDistinct,
	"values":            querysetValues,
	"values_list":       querysetValuesList,
	"select_related":    querysetSelectRelated,
	"prefetch_related":  querysetPrefetchRelated,
	"only":              querysetOnly,
	"defer":             querysetDefer,
	"none":              querysetNone,
	"explain":           querysetExplain,
	"iterator":          querysetIterator,
	"get_or_create":     querysetGetOrCreate,
	"update_or_create":  querysetUpdateOrCreate,
	"create":            querysetCreate,
	"bulk_create":       querysetBulkCreate,
	"in_bulk":           querysetInBulk,
	"bulk_update":       querysetBulkUpdate,
	"latest":            querysetLatest,
	"earliest":          querysetEarliest,
	"contains":          querysetContains,
	"alias":             querysetAlias,
	"using":             querysetUsing,
	"select_for_update": querysetSelectForUpdate,
	"delete":            querysetDelete,
	"update":            querysetUpdate,
	"annotate":          querysetAnnotate,
	"aggregate":         querysetAggregate,
	"union":             querysetUnion,
	"intersection":      querysetIntersection,
	"difference":        querysetDifference,
	"dates":             querysetDates,
	"datetimes":         querysetDatetimes,
}

func querysetMethodNames() []string {
	names := make([]string, 0, len(querysetMethods))
	for n := range querysetMethods {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Attr implements starlark.HasAttrs.
func (qs *QuerySet) Attr(name string) (starlark.Value, error) {
	switch name {
	case "query":
		return &QueryText{qs: qs}, nil
	case "ordered":
		return starlark.Bool(len(qs.query.Order) > 0), nil
	case "model":
		return qs.sess.classOf(qs.model), nil
	}
	return qs.method(name)
}

// AttrNames implements starlark.HasAttrs.
func (qs *QuerySet) AttrNames() []string {
	return append(querysetMethodNames(), "model", "ordered", "query")
}

// managerAttr resolves an attribute read through a Manager.
func (qs *QuerySet) managerAttr(name string) (starlark.Value, error) {
	if name == "query" || name == "ordered" || name == "delete" { // delete.queryset_only = True
		return nil, py.Errorf("AttributeError", "'Manager' object has no attribute '%s'", name)
	}
	return qs.method(name)
}

func (qs *QuerySet) method(name string) (starlark.Value, error) {
	fn := querysetMethods[name]
	if fn == nil {
		return nil, py.Errorf("AttributeError", "'QuerySet' object has no attribute '%s'", name)
	}
	return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if combinedUnsupported[name] {
			if err := qs.notCombined(name); err != nil {
				return nil, err
			}
		}
		return fn(qs, args, kwargs)
	}), nil
}

func noArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple) error {
	return starlark.UnpackArgs(name, args, kwargs)
}

func querysetAll(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("all", args, kwargs); err != nil {
		return nil, err
	}
	return qs.chain(), nil
}

func querysetFilter(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return qs.filterOrExclude(false, args, kwargs)
}

func querysetExclude(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return qs.filterOrExclude(true, args, kwargs)
}

// filterOrExclude is QuerySet._filter_or_exclude.
func (qs *QuerySet) filterOrExclude(negate bool, args starlark.Tuple, kwargs []starlark.Tuple) (*QuerySet, error) {
	if (len(args) > 0 || len(kwargs) > 0) && qs.query.IsSliced() {
		return nil, typeError("Cannot filter a query once a slice has been taken.")
	}
	q, err := newQ(args, kwargs)
	if err != nil {
		return nil, err
	}
	q.Negated = negate
	c := qs.chain()
	c.mark++
	return c, c.query.addQ(qs.sess, q, c.mark)
}

func (qs *QuerySet) orderedBy(terms ...OrderBy) *QuerySet {
	c := qs.chain()
	c.query.Order, c.query.Ordered = terms, true
	return c
}

func (qs *QuerySet) reversed() *QuerySet {
	c := qs.chain()
	for n := range c.query.Order {
		o := &c.query.Order[n]
		o.Desc, o.Nulls = !o.Desc, reversedNulls[o.Nulls]
	}
	return c
}

func querysetReverse(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("reverse", args, kwargs); err != nil {
		return nil, err
	}
	if qs.query.IsSliced() {
		return nil, typeError("Cannot reverse a query once a slice has been taken.")
	}
	return qs.reversed(), nil
}

func querysetExists(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("exists", args, kwargs); err != nil {
		return nil, err
	}
	if qs.done {
		return starlark.Bool(len(qs.cache) > 0), nil
	}
	q := qs.query.Clone()
	q.Order, q.Related, q.RelatedAll, q.Extra = nil, nil, false, nil
	if (!q.Distinct || !q.IsSliced()) && q.Group == groupNone {
		q.Values, q.Selected = nil, nil
	}
	res, err := qs.scalar(newCompiler(q).existsSQL)
	if err != nil || res == nil {
		return starlark.False, err
	}
	return starlark.Bool(len(res.Rows) > 0), nil
}

// scalar runs a compiled aggregate-like statement; nil result means the
// WHERE clause can match nothing and no query was needed.
func (qs *QuerySet) scalar(compile func() (string, []any, error)) (*db.Result, error) {
	sql, params, err := compile()
	if err == errEmpty {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	res, _, err := qs.sess.execute(sql, params, qs.cause)
	return res, err
}

// querysetCount is QuerySet.count(): the length of an evaluated QuerySet,
// else Count("*") aggregated as aggregate() does, under the name __count.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#count
func querysetCount(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("count", args, kwargs); err != nil {
		return nil, err
	}
	if qs.done {
		return starlark.MakeInt(len(qs.cache)), nil
	}
	q := qs.query.Clone()
	q.Related, q.RelatedAll = nil, false
	if !q.IsSliced() {
		q.Order = nil
	}
	count := &aggExpr{fn: "COUNT", f: &Field{Name: "count", Kind: IntegerField}}
	compile := func() (string, []any, error) { return q.aggregationSQL([]string{"__count"}, []sqlExpr{count}) }
	if q.Combination != nil {
		compile = newCompiler(q).combinedCountSQL
	}
	res, err := qs.scalar(compile)
	if err != nil || res == nil || len(res.Rows) == 0 {
		return starlark.MakeInt(0), err
	}
	return intValue(res.Rows[0][0]), nil
}

func querysetOrderBy(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, unexpectedKeyword("order_by", kwargs)
	}
	if qs.query.IsSliced() {
		return nil, typeError("Cannot reorder a query once a slice has been taken.")
	}
	terms := make([]OrderBy, 0, len(args))
	for _, a := range args {
		t, err := qs.orderTerm(a)
		if err != nil {
			return nil, err
		}
		terms = append(terms, t)
	}
	return qs.orderedBy(terms...), nil
}

func (qs *QuerySet) orderTerm(a starlark.Value) (OrderBy, error) {
	if e, ok := a.(*Expression); ok {
		return qs.orderExpr(e)
	}
	s, ok := a.(starlark.String)
	if !ok {
		return OrderBy{}, fieldErrorf("Cannot resolve expression type, unknown output_field")
	}
	name := string(s)
	if name == "?" {
		return OrderBy{Raw: "RANDOM() ASC"}, nil
	}
	t := OrderBy{Path: strings.TrimPrefix(name, "-"), Desc: strings.HasPrefix(name, "-")}
	if qs.query.annotation(t.Path) != nil {
		return t, nil
	}
	if _, err := resolvePath(qs.model, t.Path); err != nil {
		return OrderBy{}, err
	}
	return t, nil
}

// orderExpr orders by an expression: F("x").desc(), Lower("name").
func (qs *QuerySet) orderExpr(e *Expression) (OrderBy, error) {
	if e.isAggregate() {
		return OrderBy{}, fieldErrorf("Using an aggregate in order_by() without also including it in annotate() is not allowed: %s", e.PyRepr())
	}
	desc, nulls := false, ""
	if e.kind == exprOrderBy {
		e, desc, nulls = e.args[0], e.desc, e.nulls
	}
	if e.kind == exprF {
		t, err := qs.orderTerm(starlark.String(map[bool]string{true: "-", false: ""}[desc] + e.name))
		t.Nulls = nulls
		return t, err
	}
	r, err := qs.query.resolveExpr(qs.sess, e, qs.mark)
	return OrderBy{Expr: r, Desc: desc, Nulls: nulls}, err
}

// querysetDistinct is QuerySet.distinct(*fields). SQLite has no
// DISTINCT ON: fields are accepted and the error comes when the query
// is compiled, as in Django.
func querysetDistinct(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, unexpectedKeyword("distinct", kwargs)
	}
	if qs.query.IsSliced() {
		return nil, typeError("Cannot create distinct fields once a slice has been taken.")
	}
	c := qs.chain()
	c.query.Distinct = true
	c.query.DistinctOn = c.query.DistinctOn || len(args) > 0
	return c, nil
}

func querysetNone(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("none", args, kwargs); err != nil {
		return nil, err
	}
	c := qs.chain()
	c.query.Where.add(nothing{}, "AND")
	return c, nil
}

// nothing is the condition of QuerySet.none(): no row can match.
type nothing struct{}

func (nothing) sql(*compiler) (string, []any, error) { return "", nil, errEmpty }

func querysetSelectRelated(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, unexpectedKeyword("select_related", kwargs)
	}
	if qs.kind != rowModels {
		return nil, typeError("Cannot call select_related() after .values() or .values_list()")
	}
	c := qs.chain()
	if len(args) == 1 && args[0] == starlark.None {
		c.query.Related, c.query.RelatedAll = nil, false
		return c, nil
	}
	if len(args) == 0 { // replaces any names given before
		c.query.Related, c.query.RelatedAll = nil, true
		return c, nil
	}
	c.query.RelatedAll = false // names replace select_related()
	if c.query.Related == nil {
		c.query.Related = &RelatedTree{Children: map[string]*RelatedTree{}}
	}
	for _, a := range args {
		s, ok := a.(starlark.String)
		if !ok {
			return nil, typeError("select_related() arguments must be field names")
		}
		c.query.Related.add(string(s))
	}
	return c, nil
}

func querysetPrefetchRelated(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, unexpectedKeyword("prefetch_related", kwargs)
	}
	c := qs.chain()
	if len(args) == 1 && args[0] == starlark.None {
		c.prefetch = nil
		return c, nil
	}
	lookups, err := prefetchArgs(args)
	c.prefetch = append(c.prefetch, lookups...)
	return c, err
}

func querysetExplain(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("explain", args, kwargs); err != nil {
		return nil, err
	}
	c := newCompiler(qs.query.Clone())
	sql, params, err := c.selectSQL()
	if err != nil {
		return nil, err
	}
	res, _, err := qs.sess.execute("EXPLAIN QUERY PLAN "+sql, params, qs.cause)
	if err != nil {
		return nil, err
	}
	lines := make([]string, len(res.Rows))
	for n, row := range res.Rows {
		parts := make([]string, len(row))
		for k, v := range row {
			parts[k] = py.Str(rawValue(v))
		}
		lines[n] = strings.Join(parts, " ")
	}
	return starlark.String(strings.Join(lines, "\n")), nil
}

// querysetAlias is QuerySet.alias(): annotations to filter or order by
// that are not selected.
func querysetAlias(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, typeError("alias() takes keyword arguments only")
	}
	v, err := querysetAnnotate(qs, nil, kwargs)
	if err != nil {
		return nil, err
	}
	c := v.(*QuerySet)
	for _, kv := range kwargs {
		c.query.annotation(string(kv[0].(starlark.String))).Hidden = true
	}
	return c, nil
}

// querysetUsing is QuerySet.using(alias): the lab has one database.
func querysetUsing(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var alias string
	if err := starlark.UnpackPositionalArgs("using", args, kwargs, 1, &alias); err != nil {
		return nil, err
	}
	if alias != "default" {
		return nil, py.Errorf("ConnectionDoesNotExist", "The connection '%s' doesn't exist.", alias)
	}
	return qs.chain(), nil
}

// querysetSelectForUpdate is select_for_update(): SQLite has no row
// locks, so Django emits the same SELECT.
func querysetSelectForUpdate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return qs.chain(), nil
}
