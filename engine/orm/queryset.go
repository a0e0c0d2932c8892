package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/db"
	"ormlab/engine/py"
)

// rowKind says what a QuerySet yields.
type rowKind int

const (
	rowModels rowKind = iota
	rowDicts          // values()
	rowTuples         // values_list()
	rowFlat           // values_list(flat=True)
	rowNamed          // values_list(named=True)
)

// QuerySet is a lazy Django QuerySet: building it sends nothing; the
// first evaluation (iteration, len, bool, list, repr) runs one query and
// caches the rows, so evaluating it again costs no query.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#when-querysets-are-evaluated
type QuerySet struct {
	sess     *Session
	model    *Model
	query    *Query
	kind     rowKind
	names    []string // values()/values_list() keys, in SELECT order
	prefetch []*Prefetch
	cache    []starlark.Value
	done     bool
	// cause and lineage describe why this QuerySet was built when it
	// stands for a related lookup (book.author, author.book_set).
	cause   db.Cause
	lineage *lineage
	// known are objects every fetched instance already points at through
	// a ForeignKey (the author behind author.book_set.all()).
	known map[string]*Instance
	// mark numbers filter() calls so multi-valued joins are reused only
	// within one call, as Django's used_aliases does.
	mark int
	// use records what the script reads of the rows of the evaluation.
	use *tracked
}

var (
	_ starlark.Iterable  = (*QuerySet)(nil)
	_ starlark.Sequence  = (*QuerySet)(nil)
	_ starlark.Indexable = (*QuerySet)(nil)
	_ starlark.Sliceable = (*QuerySet)(nil)
	_ starlark.HasAttrs  = (*QuerySet)(nil)
	_ py.Reprer          = (*QuerySet)(nil)
)

func newQuerySet(sess *Session, m *Model) *QuerySet {
	return &QuerySet{sess: sess, model: m, query: NewQuery(m), cause: db.Cause{Origin: db.NoOrigin, Model: m.Name}}
}

// chain returns an unevaluated copy to apply one more method to, as
// QuerySet._chain does.
func (qs *QuerySet) chain() *QuerySet {
	c := *qs
	c.query = qs.query.Clone()
	c.names = append([]string(nil), qs.names...)
	c.prefetch = append([]*Prefetch(nil), qs.prefetch...)
	c.cache, c.done = nil, false
	return &c
}

// String implements starlark.Value.
func (qs *QuerySet) String() string { return qs.PyRepr() }

// Type implements starlark.Value.
func (qs *QuerySet) Type() string { return "QuerySet" }

// Freeze implements starlark.Value.
func (qs *QuerySet) Freeze() {}

// Hash implements starlark.Value.
func (qs *QuerySet) Hash() (uint32, error) { return 0, typeError("unhashable type: 'QuerySet'") }

// Truth evaluates the QuerySet, as bool(qs) does in Django.
func (qs *QuerySet) Truth() starlark.Bool {
	if err := qs.fetch(); err != nil {
		qs.sess.fail(err)
		return false
	}
	return len(qs.cache) > 0
}

// Len evaluates the QuerySet, as len(qs) does in Django.
func (qs *QuerySet) Len() int {
	if err := qs.fetch(); err != nil {
		qs.sess.fail(err)
		return 0
	}
	return len(qs.cache)
}

// Index returns an element of the evaluated QuerySet.
func (qs *QuerySet) Index(i int) starlark.Value { return qs.cache[i] }

// Slice returns elements of the evaluated QuerySet as a list.
func (qs *QuerySet) Slice(start, end, step int) starlark.Value {
	var out []starlark.Value
	for i := start; (step > 0 && i < end) || (step < 0 && i > end); i += step {
		out = append(out, qs.cache[i])
	}
	return starlark.NewList(out)
}

// Iterate evaluates the QuerySet and iterates its result cache.
func (qs *QuerySet) Iterate() starlark.Iterator {
	if err := qs.fetch(); err != nil {
		qs.sess.fail(err)
		return &listIterator{}
	}
	return &listIterator{items: qs.cache}
}

type listIterator struct {
	items []starlark.Value
	i     int
}

func (it *listIterator) Next(p *starlark.Value) bool {
	if it.i >= len(it.items) {
		return false
	}
	*p = it.items[it.i]
	it.i++
	return true
}

func (it *listIterator) Done() {}

// reprSize is Django's REPR_OUTPUT_SIZE.
const reprSize = 20

// PyRepr is QuerySet.__repr__: at most 20 elements, fetched with
// LIMIT 21 when the QuerySet is not evaluated yet.
func (qs *QuerySet) PyRepr() string {
	items := qs.cache
	if !qs.done {
		c := qs.chain()
		c.query.SetLimits(0, reprSize+1)
		if err := c.fetch(); err != nil {
			qs.sess.fail(err)
			return ""
		}
		items = c.cache
	}
	return "<QuerySet " + reprList(items, reprSize) + ">"
}

func reprList(items []starlark.Value, max int) string {
	s := "["
	for i, it := range items {
		if i > 0 {
			s += ", "
		}
		if i == max {
			s += "'...(remaining elements truncated)...'"
			break
		}
		s += py.Repr(it)
	}
	return s + "]"
}

// fetch evaluates the QuerySet once: one SELECT, then its prefetches.
func (qs *QuerySet) fetch() error {
	if qs.done {
		return nil
	}
	if qs.sess.failed != nil {
		return qs.sess.failed
	}
	rows, err := qs.rows()
	if err != nil {
		return err
	}
	qs.cache, qs.done = rows, true
	return qs.runPrefetches()
}

// rows runs the SELECT and converts every row.
func (qs *QuerySet) rows() ([]starlark.Value, error) {
	if qs.query.IsEmptyWindow() {
		return nil, nil
	}
	c := newCompiler(qs.query.Clone())
	sql, params, err := c.selectSQL()
	if err == errEmpty {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	res, index, err := qs.sess.execute(sql, params, qs.cause)
	if err != nil {
		return nil, err
	}
	return qs.convert(c, res, index)
}

func (qs *QuerySet) convert(c *compiler, res *db.Result, index int) ([]starlark.Value, error) {
	if c.layout != nil {
		qs.use = qs.sess.track(qs, index, c.layout.fields)
	}
	out := make([]starlark.Value, len(res.Rows))
	for n, row := range res.Rows {
		v, err := qs.convertRow(c, row, index, len(res.Rows))
		if err != nil {
			return nil, err
		}
		out[n] = v
	}
	return out, nil
}

func (qs *QuerySet) convertRow(c *compiler, row []any, index, count int) (starlark.Value, error) {
	switch qs.kind {
	case rowDicts:
		return qs.rowDict(c, row)
	case rowTuples:
		return qs.rowTuple(c, row)
	case rowNamed:
		vals, err := qs.rowValues(c, row)
		return &Row{names: qs.names, values: vals}, err
	case rowFlat:
		vals, err := qs.rowValues(c, row)
		if err != nil {
			return nil, err
		}
		return vals[0], nil
	}
	origin := lineage{index: index, rows: count, model: qs.model.Name}
	if qs.lineage != nil {
		origin = *qs.lineage
	}
	inst, err := qs.build(c.layout, row, origin, "")
	if err != nil {
		return nil, err
	}
	qs.attachExtra(inst, row)
	return inst, qs.attachAnnotations(c, inst, row)
}

// attachAnnotations sets each annotation as an attribute, as Django does.
func (qs *QuerySet) attachAnnotations(c *compiler, inst *Instance, row []any) error {
	for i, a := range qs.query.selectedAnnotations() {
		v, err := convertExpr(a.Expr, row[c.annotationStart+i])
		if err != nil {
			return err
		}
		if inst.extra == nil {
			inst.extra = map[string]starlark.Value{}
		}
		inst.extra[a.Name] = v
	}
	return nil
}

// rowValues converts a values() row, column by column of the SELECT
// list after the extra selects.
func (qs *QuerySet) rowValues(c *compiler, row []any) ([]starlark.Value, error) {
	base := len(qs.query.Extra)
	out := make([]starlark.Value, 0, len(c.items)-base)
	for n, it := range c.items[base:] {
		var v starlark.Value
		var err error
		if it.expr != nil {
			v, err = convertExpr(it.expr, row[base+n])
		} else {
			v, err = fromDB(it.f, row[base+n])
		}
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// build makes the instance for one klassInfo and, through select_related,
// the related instances cached on it.
func (qs *QuerySet) build(k *klassInfo, row []any, origin lineage, path string) (*Instance, error) {
	inst := newInstance(qs.sess, k.model, &origin)
	if path == "" {
		inst.use = qs.use
	}
	for n, f := range k.fields {
		v, err := fromDB(f, row[k.start+n])
		if err != nil {
			return nil, err
		}
		inst.vals[f.Attname()] = v
	}
	inst.deferred = deferredOf(k.model, k.fields)
	for _, ch := range k.children {
		sub := joinLookup(path, ch.via.Name)
		rel, err := qs.build(ch, row, origin.child(ch.via.Name), sub)
		if err != nil {
			return nil, err
		}
		inst.setRelated(ch.via.Name, rel)
		inst.setEager(ch.via.Name, qs.use.eagerLoad("select_related", sub))
	}
	for name, obj := range qs.known {
		inst.setRelated(name, obj)
	}
	return inst, nil
}

func deferredOf(m *Model, loaded []*Field) map[string]bool {
	if len(loaded) == len(m.Fields) {
		return nil
	}
	d := map[string]bool{}
	for _, f := range m.Fields {
		d[f.Name] = true
	}
	for _, f := range loaded {
		delete(d, f.Name)
	}
	return d
}

// attachExtra stores extra select values (prefetch join keys) on inst.
func (qs *QuerySet) attachExtra(inst *Instance, row []any) {
	for n, e := range qs.query.Extra {
		if inst.extra == nil {
			inst.extra = map[string]starlark.Value{}
		}
		inst.extra[e.Name] = rawValue(row[n])
	}
}

func (qs *QuerySet) rowDict(c *compiler, row []any) (starlark.Value, error) {
	vals, err := qs.rowValues(c, row)
	if err != nil {
		return nil, err
	}
	d := starlark.NewDict(len(vals))
	for n, v := range vals {
		d.SetKey(starlark.String(qs.names[n]), v)
	}
	return d, nil
}

func (qs *QuerySet) rowTuple(c *compiler, row []any) (starlark.Value, error) {
	vals, err := qs.rowValues(c, row)
	if err != nil {
		return nil, err
	}
	return starlark.Tuple(vals), nil
}
