package orm

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/db"
	"ormlab/engine/py"
)

// RawQuerySet is Manager.raw(sql, params): the script's own SQL, its rows
// turned into model instances by column name. Columns left out are
// deferred (reading them is a query per instance); extra columns become
// attributes. Evaluated once, then cached.
// See https://docs.djangoproject.com/en/5.2/topics/db/sql/#performing-raw-queries
type RawQuerySet struct {
	sess   *Session
	model  *Model
	sql    string
	params []any
	cache  []starlark.Value
	done   bool
}

var (
	_ starlark.Iterable = (*RawQuerySet)(nil)
	_ starlark.Sequence = (*RawQuerySet)(nil)
	_ py.Subscriptable  = (*RawQuerySet)(nil)
)

func managerRaw(sess *Session, m *Model, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sql string
	var params starlark.Value = starlark.None
	var translations starlark.Value = starlark.None
	if err := starlark.UnpackArgs("raw", args, kwargs, "raw_query", &sql, "params?", &params, "translations?", &translations); err != nil {
		return nil, err
	}
	r := &RawQuerySet{sess: sess, model: m, sql: sql}
	if params != starlark.None {
		var err error
		if r.params, err = rawParams(params); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// String implements starlark.Value.
func (r *RawQuerySet) String() string { return r.PyRepr() }

// PyRepr is <RawQuerySet: SQL>, params substituted without quoting.
func (r *RawQuerySet) PyRepr() string {
	args := make([]any, len(r.params))
	for i, p := range r.params {
		args[i] = pyParam(p)
	}
	return "<RawQuerySet: " + fmt.Sprintf(strings.ReplaceAll(r.sql, "%s", "%v"), args...) + ">"
}

// Type implements starlark.Value.
func (r *RawQuerySet) Type() string { return "RawQuerySet" }

// Freeze implements starlark.Value.
func (r *RawQuerySet) Freeze() {}

// Hash implements starlark.Value.
func (r *RawQuerySet) Hash() (uint32, error) { return 0, typeError("unhashable type: 'RawQuerySet'") }

// Truth evaluates the query.
func (r *RawQuerySet) Truth() starlark.Bool { return r.Len() > 0 }

// Len evaluates the query.
func (r *RawQuerySet) Len() int {
	if err := r.fetch(); err != nil {
		r.sess.fail(err)
	}
	return len(r.cache)
}

// Iterate evaluates the query and iterates its instances.
func (r *RawQuerySet) Iterate() starlark.Iterator {
	if err := r.fetch(); err != nil {
		r.sess.fail(err)
	}
	return &listIterator{items: r.cache}
}

// GetItem is RawQuerySet.__getitem__: the evaluated list's element.
func (r *RawQuerySet) GetItem(k starlark.Value) (starlark.Value, error) {
	if err := r.fetch(); err != nil {
		return nil, err
	}
	i, err := starlark.AsInt32(k)
	if err != nil || i >= len(r.cache) || i < -len(r.cache) {
		return nil, py.Errorf("IndexError", "list index out of range")
	}
	if i < 0 {
		i += len(r.cache)
	}
	return r.cache[i], nil
}

// GetSlice is RawQuerySet.__getitem__ with a slice: a list.
func (r *RawQuerySet) GetSlice(lo, hi, step starlark.Value) (starlark.Value, error) {
	if err := r.fetch(); err != nil {
		return nil, err
	}
	return sliceList(r.cache, lo, hi, step)
}

func (r *RawQuerySet) fetch() error {
	if r.done {
		return nil
	}
	if r.sess.failed != nil { // the run is stopping: nothing more is sent
		return r.sess.failed
	}
	res, index, err := r.sess.execute(r.sql, r.params, db.Cause{Kind: db.CauseRaw, Model: r.model.Name, Origin: db.NoOrigin})
	if err != nil {
		return err
	}
	r.cache, r.done = make([]starlark.Value, len(res.Rows)), true
	for n, row := range res.Rows {
		inst, err := r.instance(res.Columns, row, lineage{index: index, rows: len(res.Rows), model: r.model.Name})
		if err != nil {
			return err
		}
		r.cache[n] = inst
	}
	return nil
}

// instance maps one row's columns onto the model's fields by name.
func (r *RawQuerySet) instance(cols []string, row []any, origin lineage) (*Instance, error) {
	inst := newInstance(r.sess, r.model, &origin)
	inst.extra = map[string]starlark.Value{}
	for i, name := range cols {
		f := r.model.Field(name)
		if f == nil || f.Kind == ManyToManyField {
			inst.extra[name] = rawValue(row[i])
			continue
		}
		v, err := fromDB(f, row[i])
		if err != nil {
			return nil, err
		}
		inst.vals[f.Attname()] = v
	}
	if _, ok := inst.vals["id"]; !ok {
		return nil, py.Errorf("FieldDoesNotExist", "Raw query must include the primary key")
	}
	return inst, nil
}
