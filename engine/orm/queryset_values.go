package orm

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// querysetValues is QuerySet.values(): field names, then keyword
// expressions, which are annotated first and then selected alone, in the
// order given, as QuerySet._values does.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#values
func querysetValues(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	names := append(starlark.Tuple(nil), args...)
	var exprs []namedExpr
	for _, kv := range kwargs {
		e, ok := kv[1].(*Expression)
		if !ok {
			return nil, typeError("QuerySet.annotate() received non-expression(s): %s.", py.Str(kv[1]))
		}
		exprs = append(exprs, namedExpr{name: string(kv[0].(starlark.String)), e: e})
		names = append(names, kv[0])
	}
	return qs.valuesOf(rowDicts, names, exprs)
}

// namedExpr is an expression values() or values_list() selects under a
// name.
type namedExpr struct {
	name string
	e    *Expression
}

// valuesOf annotates exprs and then selects names, as _values does.
func (qs *QuerySet) valuesOf(kind rowKind, names starlark.Tuple, exprs []namedExpr) (*QuerySet, error) {
	c := qs
	if len(exprs) > 0 {
		c = qs.chain()
		for _, x := range exprs {
			if err := c.addAnnotation(x.name, x.e); err != nil {
				return nil, err
			}
		}
	}
	return c.withValues(kind, names)
}

func querysetValuesList(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	flat, named := false, false
	for _, kv := range kwargs {
		switch kv[0].(starlark.String) {
		case "flat":
			flat = bool(kv[1].Truth())
		case "named":
			named = bool(kv[1].Truth())
		default:
			return nil, typeError("QuerySet.values_list() got an unexpected keyword argument '%s'", string(kv[0].(starlark.String)))
		}
	}
	if flat && named {
		return nil, typeError("'flat' and 'named' can't be used together.")
	}
	if flat && len(args) > 1 {
		return nil, typeError("'flat' is not valid when values_list is called with more than one field.")
	}
	names, exprs, err := valuesListNames(args)
	if err != nil {
		return nil, err
	}
	kind := rowTuples
	switch {
	case flat:
		kind = rowFlat
	case named:
		kind = rowNamed
	}
	return qs.valuesOf(kind, names, exprs)
}

// valuesListNames names values_list() arguments as Django does: an
// expression takes its default alias (book__count) or its class name in
// lower case, and a counter suffix always (lower1); a field named twice
// is selected again as F(name) under name plus the counter (name1).
func valuesListNames(args starlark.Tuple) (starlark.Tuple, []namedExpr, error) {
	used := map[string]bool{}
	for _, a := range args {
		if s, ok := a.(starlark.String); ok {
			used[string(s)] = false
		}
	}
	names := make(starlark.Tuple, 0, len(args))
	var exprs []namedExpr
	counter := 1
	for _, a := range args {
		name, e, err := valuesListItem(a, used)
		if err != nil {
			return nil, nil, err
		}
		if e != nil {
			prefix := name
			for name = prefix + itoa(counter); hasName(used, name); name = prefix + itoa(counter) {
				counter++
			}
			exprs = append(exprs, namedExpr{name: name, e: e})
		}
		used[name] = true
		names = append(names, starlark.String(name))
	}
	return names, exprs, nil
}

func hasName(used map[string]bool, name string) bool {
	_, ok := used[name]
	return ok
}

// valuesListItem is one values_list() argument: a field name (an
// expression F(name) when the name came before) or an expression.
func valuesListItem(a starlark.Value, used map[string]bool) (string, *Expression, error) {
	switch a := a.(type) {
	case starlark.String:
		if used[string(a)] {
			return string(a), &Expression{kind: exprF, name: string(a)}, nil
		}
		return string(a), nil, nil
	case *Expression:
		name, err := a.valuesListAlias()
		return name, a, err
	}
	return "", nil, py.Errorf("AttributeError", "'%s' object has no attribute 'split'", pyTypeName(a))
}

// valuesListAlias is getattr(expr, "default_alias", class name lowered):
// aggregates have a default alias, or raise when they have none.
func (e *Expression) valuesListAlias() (string, error) {
	if e.kind != exprAggregate {
		return strings.ToLower(e.Type()), nil
	}
	if len(e.args) == 1 && e.args[0].kind == exprF {
		return e.args[0].name + "__" + strings.ToLower(e.name), nil
	}
	return "", typeError("Complex expressions require an alias")
}

// withValues is values()/values_list(): the named columns (all concrete
// fields when none are named) and annotations, joined as their paths
// need. Rows list fields first, then annotations (values_list reorders
// them as requested).
func (qs *QuerySet) withValues(kind rowKind, args starlark.Tuple) (*QuerySet, error) {
	c := qs.chain()
	c.kind, c.names, c.query.Values, c.query.Selected = kind, nil, []*Column{}, nil
	c.query.Related, c.query.RelatedAll = nil, false
	if c.query.Group == groupAll {
		c.query.Group = groupModel
	}
	if len(args) == 0 {
		for _, f := range qs.model.Fields {
			c.query.Values = append(c.query.Values, &Column{Alias: c.query.Base(), Field: f, Name: f.Attname()})
			c.names = append(c.names, f.Attname())
		}
		for _, a := range c.query.selectedAnnotations() {
			c.names = append(c.names, a.Name)
		}
		return c, nil
	}
	return c, c.selectValues(args)
}

// selectValues sets the values() columns and the SELECT list for names:
// each field or annotation in the order named.
func (qs *QuerySet) selectValues(args starlark.Tuple) error {
	wanted := map[string]bool{}
	for _, a := range args {
		name, ok := a.(starlark.String)
		if !ok {
			return typeError("values() arguments must be field names in ORM Lab")
		}
		qs.query.Selected = append(qs.query.Selected, string(name))
		if qs.query.annotation(string(name)) != nil {
			wanted[string(name)] = true
			continue
		}
		col, err := qs.query.valueColumn(string(name))
		if err != nil {
			return err
		}
		qs.query.Values = append(qs.query.Values, col)
	}
	for _, a := range qs.query.Annotations {
		a.Hidden = !wanted[a.Name]
	}
	qs.names = append([]string(nil), qs.query.Selected...)
	return nil
}

func (q *Query) valueColumn(name string) (*Column, error) {
	rp, err := resolvePath(q.Model, name)
	if err != nil {
		return nil, err
	}
	if len(rp.lookups) > 0 && rp.field == nil {
		return nil, fieldErrorf("Cannot resolve keyword '%s' into field. Join on '%s' not permitted.", rp.lookups[0], strings.TrimSuffix(name, "__"+strings.Join(rp.lookups, "__")))
	}
	t := q.setupTarget(rp, 0)
	col := &Column{Alias: t.alias, Field: columnField(t), Name: name}
	if len(rp.lookups) > 0 {
		e, err := applyTransforms(&colExpr{alias: t.alias, column: t.column, f: col.Field}, rp.lookups, name)
		if err != nil {
			return nil, err
		}
		col.Expr, col.Field = e, e.field()
	}
	return col, nil
}

// columnField is the field describing the compared column's values.
func columnField(t target) *Field {
	if t.column != t.field.Column {
		return &Field{Name: t.field.Name, Column: t.column, Kind: IntegerField}
	}
	return t.field
}

func querysetOnly(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	names, err := fieldNames("only", args, kwargs)
	if err != nil {
		return nil, err
	}
	c := qs.chain()
	c.query.Only, c.query.Deferred = map[string]bool{}, nil
	for _, n := range names {
		c.query.Only[n] = true
	}
	return c, nil
}

func querysetDefer(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	names, err := fieldNames("defer", args, kwargs)
	if err != nil {
		return nil, err
	}
	c := qs.chain()
	if len(args) == 1 && args[0] == starlark.None {
		c.query.Deferred = nil
		return c, nil
	}
	if c.query.Deferred == nil {
		c.query.Deferred = map[string]bool{}
	}
	for _, n := range names {
		if c.query.Only != nil {
			delete(c.query.Only, n)
		} else {
			c.query.Deferred[n] = true
		}
	}
	return c, nil
}

func fieldNames(method string, args starlark.Tuple, kwargs []starlark.Tuple) ([]string, error) {
	if len(kwargs) > 0 {
		return nil, unexpectedKeyword(method, kwargs)
	}
	var out []string
	for _, a := range args {
		if s, ok := a.(starlark.String); ok {
			out = append(out, string(s))
		}
	}
	return out, nil
}

// loadedFields are the fields of m a query loads at relation path
// ("" for the queried model), honouring only() and defer().
func (q *Query) loadedFields(m *Model, path string) []*Field {
	prefix := ""
	if path != "" {
		prefix = path + "__"
	}
	// only() with names always restricts the queried model (to the key at
	// least); a related one only when it names fields below it.
	restrict := len(q.Only) > 0 && (prefix == "" || q.onlyUnder(prefix))
	var out []*Field
	for _, f := range m.Fields {
		name := prefix + f.Name
		switch {
		case f.Kind == AutoField:
			out = append(out, f)
		case restrict && (q.Only[name] || q.Only[prefix+f.Attname()] || q.onlyTraverses(name)):
			out = append(out, f)
		case !restrict && !q.Deferred[name] && !q.Deferred[prefix+f.Attname()]:
			out = append(out, f)
		}
	}
	return out
}

// onlyTraverses reports whether only() names a field beyond the
// relation name ("author__name" traverses "author"), whose column Django
// then loads too.
func (q *Query) onlyTraverses(name string) bool {
	for n := range q.Only {
		if strings.HasPrefix(n, name+"__") {
			return true
		}
	}
	return false
}

func querysetIterator(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var chunk starlark.Value = starlark.None
	if err := starlark.UnpackArgs("iterator", args, kwargs, "chunk_size?", &chunk); err != nil {
		return nil, err
	}
	size := defaultChunkSize
	if chunk != starlark.None {
		n, err := starlark.AsInt32(chunk)
		if err != nil || n <= 0 {
			return nil, valueError("Chunk size must be strictly positive.")
		}
		size = n
	} else if len(qs.prefetch) > 0 {
		return nil, valueError("chunk_size must be provided when using QuerySet.iterator() after prefetch_related().")
	}
	return &rowIterator{qs: qs.chain(), chunk: size}, nil
}

// defaultChunkSize is Django's GET_ITERATOR_CHUNK_SIZE.
const defaultChunkSize = 2000

// rowIterator is QuerySet.iterator(): a generator streaming rows without
// filling the QuerySet's result cache. Like a Python generator it runs
// once; iterating it again yields nothing. Prefetches run per chunk.
type rowIterator struct {
	qs    *QuerySet
	chunk int
	spent bool
}

// String implements starlark.Value.
func (it *rowIterator) String() string { return "<generator object QuerySet._iterator>" }

// Type implements starlark.Value.
func (it *rowIterator) Type() string { return "generator" }

// Freeze implements starlark.Value.
func (it *rowIterator) Freeze() {}

// Truth implements starlark.Value.
func (it *rowIterator) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (it *rowIterator) Hash() (uint32, error) { return 0, nil }

// Iterate runs the query on the first iteration only.
func (it *rowIterator) Iterate() starlark.Iterator {
	if it.spent {
		return &listIterator{}
	}
	it.spent = true
	rows, err := it.qs.rows()
	if err == nil {
		err = it.prefetchChunks(rows)
	}
	if err != nil {
		it.qs.sess.fail(err)
	}
	return &listIterator{items: rows}
}

// prefetchChunks runs the prefetch lookups once per chunk of rows, as
// Django 5 does for iterator(chunk_size=...).
func (it *rowIterator) prefetchChunks(rows []starlark.Value) error {
	if len(it.qs.prefetch) == 0 {
		return nil
	}
	for start := 0; start < len(rows); start += it.chunk {
		part := &QuerySet{sess: it.qs.sess, model: it.qs.model, kind: it.qs.kind, prefetch: it.qs.prefetch, use: it.qs.use}
		part.cache = rows[start:min(start+it.chunk, len(rows))]
		if err := part.runPrefetches(); err != nil {
			return err
		}
	}
	return nil
}

// GetItem is QuerySet.__getitem__ with an integer: LIMIT 1 OFFSET k
// unless the QuerySet is already evaluated.
func (qs *QuerySet) GetItem(k starlark.Value) (starlark.Value, error) {
	i, err := starlark.AsInt32(k)
	if err != nil {
		return nil, typeError("QuerySet indices must be integers or slices, not %s.", pyTypeName(k))
	}
	if i < 0 {
		return nil, valueError("Negative indexing is not supported.")
	}
	if qs.done {
		if i >= len(qs.cache) {
			return nil, py.Errorf("IndexError", "list index out of range")
		}
		return qs.cache[i], nil
	}
	c := qs.chain()
	c.query.SetLimits(i, i+1)
	if err := c.fetch(); err != nil {
		return nil, err
	}
	if len(c.cache) == 0 {
		return nil, py.Errorf("IndexError", "list index out of range")
	}
	return c.cache[0], nil
}

// GetSlice is QuerySet.__getitem__ with a slice: a new lazy QuerySet with
// LIMIT/OFFSET, or a list when evaluated already or a step is given.
func (qs *QuerySet) GetSlice(lo, hi, step starlark.Value) (starlark.Value, error) {
	bounds := [2]int{0, -1}
	for n, v := range []starlark.Value{lo, hi} {
		if v == starlark.None {
			continue
		}
		x, err := starlark.AsInt32(v)
		if err != nil {
			return nil, typeError("slice indices must be integers or None or have an __index__ method")
		}
		if x < 0 {
			return nil, valueError("Negative indexing is not supported.")
		}
		bounds[n] = x
	}
	if qs.done {
		return sliceList(qs.cache, lo, hi, step)
	}
	c := qs.chain()
	c.query.SetLimits(bounds[0], bounds[1])
	if step != starlark.None {
		if err := c.fetch(); err != nil {
			return nil, err
		}
		return sliceList(c.cache, starlark.None, starlark.None, step)
	}
	return c, nil
}

func sliceList(items []starlark.Value, lo, hi, step starlark.Value) (starlark.Value, error) {
	l := starlark.NewList(items)
	start, end, stride, err := sliceIndices(len(items), lo, hi, step)
	if err != nil {
		return nil, err
	}
	return l.Slice(start, end, stride), nil
}

// sliceIndices resolves Python slice bounds against a length.
func sliceIndices(n int, lo, hi, step starlark.Value) (int, int, int, error) {
	stride := 1
	if step != starlark.None {
		s, err := starlark.AsInt32(step)
		if err != nil || s == 0 {
			return 0, 0, 0, valueError("slice step cannot be zero")
		}
		stride = s
	}
	start, end := 0, n
	if stride < 0 {
		start, end = n-1, -1
	}
	clamp := func(v starlark.Value, def int) int {
		if v == starlark.None {
			return def
		}
		x, _ := starlark.AsInt32(v)
		if x < 0 {
			x += n
		}
		lowest, highest := 0, n
		if stride < 0 {
			lowest, highest = -1, n-1
		}
		return max(lowest, min(highest, x))
	}
	return clamp(lo, start), clamp(hi, end), stride, nil
}

// QueryText is qs.query: printing it shows the SQL with parameters
// substituted without quoting, as str(queryset.query) does in Django.
type QueryText struct{ qs *QuerySet }

// String implements starlark.Value.
func (t *QueryText) String() string { return t.PyStr() }

// PyStr compiles the query and interpolates its parameters.
func (t *QueryText) PyStr() string {
	c := newCompiler(t.qs.query.Clone())
	sql, params, err := c.selectSQL()
	if err != nil {
		t.qs.sess.fail(err)
		return ""
	}
	args := make([]any, len(params))
	for n, p := range params {
		args[n] = pyParam(p)
	}
	return fmt.Sprintf(strings.ReplaceAll(sql, "%s", "%v"), args...)
}

// PyRepr implements py.Reprer.
func (t *QueryText) PyRepr() string { return "<django.db.models.sql.query.Query object>" }

func pyParam(p any) string {
	switch p := p.(type) {
	case nil:
		return "None"
	case bool:
		if p {
			return "True"
		}
		return "False"
	case float64:
		return py.FloatRepr(p)
	}
	return fmt.Sprint(p)
}

// Type implements starlark.Value.
func (t *QueryText) Type() string { return "Query" }

// Freeze implements starlark.Value.
func (t *QueryText) Freeze() {}

// Truth implements starlark.Value.
func (t *QueryText) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (t *QueryText) Hash() (uint32, error) { return 0, typeError("unhashable type: 'Query'") }

var _ py.Subscriptable = (*QuerySet)(nil)
