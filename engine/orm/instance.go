package orm

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/db"
	"ormlab/engine/py"
	"ormlab/engine/report"
)

// Instance is one model instance (one row), with Django's caches: the
// related object behind each ForeignKey once read, and prefetched related
// managers.
// See https://docs.djangoproject.com/en/5.2/ref/models/instances/
type Instance struct {
	sess  *Session
	model *Model
	// vals holds loaded field values by attname.
	vals map[string]starlark.Value
	// deferred names fields left out by only()/defer().
	deferred map[string]bool
	// fkCache holds related objects by ForeignKey name (*Instance or None).
	fkCache map[string]starlark.Value
	// prefetched holds evaluated related QuerySets by accessor name.
	prefetched map[string]*QuerySet
	// extra holds attributes set by the script, annotations and to_attr lists.
	extra  map[string]starlark.Value
	origin lineage
	adding bool
	// use records reads for the statement that loaded the instance;
	// eager links relations to the select/prefetch_related that filled them.
	use   *tracked
	eager map[string]*report.EagerLoad
}

// lineage records where an instance came from, so statements caused by
// reading its attributes can be traced to the multi-row query that loaded
// the first instance of the chain (N+1 detection).
type lineage struct {
	index int    // statement that loaded the root instance
	rows  int    // rows that statement returned
	model string // the root instance's model
	path  string // relation path from the root: "author__country"
}

// child extends the lineage by one relation.
func (l lineage) child(name string) lineage {
	if l.path != "" {
		name = l.path + "__" + name
	}
	return lineage{index: l.index, rows: l.rows, model: l.model, path: name}
}

func (l lineage) cause(kind, name string) db.Cause {
	c := l.child(name)
	if l.index < 0 {
		return db.Cause{Kind: kind, Model: l.model, Field: c.path, Origin: db.NoOrigin}
	}
	return db.Cause{Kind: kind, Model: l.model, Field: c.path, Origin: l.index, OriginRows: l.rows}
}

func newInstance(sess *Session, m *Model, origin *lineage) *Instance {
	// Sized for every field at once: growing it field by field was a third
	// of building an instance.
	inst := &Instance{sess: sess, model: m, vals: make(map[string]starlark.Value, len(m.Fields))}
	if origin != nil {
		inst.origin = *origin
	} else {
		inst.origin = lineage{index: db.NoOrigin, model: m.Name}
	}
	return inst
}

var (
	_ starlark.HasAttrs    = (*Instance)(nil)
	_ starlark.HasSetField = (*Instance)(nil)
	_ starlark.Comparable  = (*Instance)(nil)
	_ py.Reprer            = (*Instance)(nil)
	_ py.Stringer          = (*Instance)(nil)
)

// String implements starlark.Value with the Python repr.
func (i *Instance) String() string { return i.PyRepr() }

// PyRepr is Model.__repr__: <Book: title>.
func (i *Instance) PyRepr() string { return "<" + i.model.Name + ": " + i.PyStr() + ">" }

// PyStr is the model's __str__, which reads one field.
func (i *Instance) PyStr() string {
	v, err := i.field(i.model.Field(i.model.StrField))
	if err != nil {
		i.sess.fail(err)
		return ""
	}
	return py.Str(v)
}

// Type implements starlark.Value.
func (i *Instance) Type() string { return i.model.Name }

// Freeze implements starlark.Value.
func (i *Instance) Freeze() {}

// Truth implements starlark.Value.
func (i *Instance) Truth() starlark.Bool { return true }

// Hash is Model.__hash__: the primary key's hash; unsaved instances are
// unhashable.
func (i *Instance) Hash() (uint32, error) {
	pk := i.vals["id"]
	if pk == nil || pk == starlark.None {
		return 0, typeError("Model instances without primary key value are unhashable")
	}
	return pk.Hash()
}

// CompareSameType is Model.__eq__: same model and same primary key.
func (i *Instance) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	o := y.(*Instance)
	eq := i == o
	if !eq && i.model == o.model && i.pkValue() != nil {
		eq = i.pkValue() == o.pkValue()
	}
	switch op {
	case syntax.EQL:
		return eq, nil
	case syntax.NEQ:
		return !eq, nil
	}
	return false, typeError("'%s' not supported between instances of '%s' and '%s'", op, i.model.Name, o.model.Name)
}

// pkValue is the primary key as a Go int64, or nil when unsaved.
func (i *Instance) pkValue() any {
	if n, ok := i.vals["id"].(starlark.Int); ok {
		v, _ := n.Int64()
		return v
	}
	return nil
}

// Attr implements starlark.HasAttrs: fields, related objects, related
// managers, extra attributes and instance methods.
func (i *Instance) Attr(name string) (starlark.Value, error) {
	if name == "pk" {
		name = "id"
	}
	if f := i.model.Field(name); f != nil {
		return i.fieldAttr(f, name)
	}
	if v, ok := i.extra[name]; ok {
		i.markEager(name)
		return v, nil
	}
	if r := i.model.ReverseByAccessor(name); r != nil {
		return newRelatedManager(i, r.Field, true), nil
	}
	if m := instanceMethods[name]; m != nil {
		return m.BindReceiver(i), nil
	}
	return nil, py.NoAttribute(i, name)
}

func (i *Instance) fieldAttr(f *Field, name string) (starlark.Value, error) {
	switch {
	case f.Kind == ManyToManyField:
		return newRelatedManager(i, f, false), nil
	case f.Kind == ForeignKey && name == f.Name:
		return i.related(f)
	}
	return i.field(f)
}

// AttrNames implements starlark.HasAttrs.
func (i *Instance) AttrNames() []string {
	var names []string
	for _, f := range i.model.Fields {
		names = append(names, f.Name)
	}
	for _, r := range i.model.Reverse {
		names = append(names, r.Accessor)
	}
	return append(names, "pk")
}

// field returns a concrete field's value, loading it first when it was
// deferred: one query per instance, as Django's refresh_from_db does.
func (i *Instance) field(f *Field) (starlark.Value, error) {
	key := f.Attname()
	i.use.markRead(key)
	if v, ok := i.vals[key]; ok {
		return v, nil
	}
	if err := i.loadDeferred(f); err != nil {
		return nil, err
	}
	return i.vals[key], nil
}

// related returns the object a ForeignKey points at, querying it on first
// access and caching it on the instance as Django's descriptor does.
func (i *Instance) related(f *Field) (starlark.Value, error) {
	if v, ok := i.fkCache[f.Name]; ok {
		i.use.markRead(f.Column)
		i.markEager(f.Name)
		return v, nil
	}
	id, err := i.field(f)
	if err != nil || id == starlark.None {
		return starlark.None, err
	}
	qs := newQuerySet(i.sess, f.Target)
	qs.cause = i.origin.cause(db.CauseForward, f.Name)
	child := i.origin.child(f.Name)
	qs.lineage = &child
	obj, err := qs.getByPK(id)
	if err != nil {
		return nil, err
	}
	i.setRelated(f.Name, obj)
	return obj, nil
}

func (i *Instance) setRelated(name string, v starlark.Value) {
	if i.fkCache == nil {
		i.fkCache = map[string]starlark.Value{}
	}
	i.fkCache[name] = v
}

// SetField implements starlark.HasSetField: assigning a field, a
// ForeignKey (object or _id) or any other attribute, as Python allows.
func (i *Instance) SetField(name string, v starlark.Value) error {
	if name == "pk" {
		name = "id"
	}
	f := i.model.Field(name)
	switch {
	case f == nil:
		if i.extra == nil {
			i.extra = map[string]starlark.Value{}
		}
		i.extra[name] = v
	case f.Kind == ManyToManyField:
		return typeError("Direct assignment to the forward side of a many-to-many set is prohibited. Use %s.set() instead.", f.Name)
	case f.Kind == ForeignKey && name == f.Name:
		return i.setForeignKey(f, v)
	default:
		i.vals[f.Attname()] = v
		delete(i.fkCache, f.Name)
	}
	return nil
}

func (i *Instance) setForeignKey(f *Field, v starlark.Value) error {
	obj, ok := v.(*Instance)
	switch {
	case v == starlark.None:
		i.vals[f.Column] = starlark.None
	case !ok || obj.model != f.Target:
		return valueError("Cannot assign \"%s\": \"%s.%s\" must be a \"%s\" instance.", pyRepr(v), i.model.Name, f.Name, f.Target.Name)
	default:
		i.vals[f.Column] = obj.vals["id"]
	}
	i.setRelated(f.Name, v)
	return nil
}

// loadDeferred fetches one deferred field for this instance, the query
// Django's DeferredAttribute sends through refresh_from_db(fields=[...]).
func (i *Instance) loadDeferred(f *Field) error {
	if i.pkValue() == nil {
		return py.NoAttribute(i, f.Attname())
	}
	qs := newQuerySet(i.sess, i.model)
	qs.cause = i.origin.cause(db.CauseDeferred, f.Name)
	qs.query.Only = map[string]bool{f.Name: true}
	qs.query.Low, qs.query.High = 0, maxGetResults
	if err := qs.query.addQ(i.sess, &Q{Conn: "AND", Children: []qChild{&qLeaf{path: "id", value: i.vals["id"]}}}, 0); err != nil {
		return err
	}
	if err := qs.fetch(); err != nil {
		return err
	}
	if len(qs.cache) == 0 {
		return doesNotExist(i.model)
	}
	i.vals[f.Attname()] = qs.cache[0].(*Instance).vals[f.Attname()]
	delete(i.deferred, f.Name)
	return nil
}

// instanceMethods are model instance methods, named after Django's.
var instanceMethods = map[string]*starlark.Builtin{
	"save":            starlark.NewBuiltin("save", instanceSave),
	"refresh_from_db": starlark.NewBuiltin("refresh_from_db", instanceRefreshFromDB),
	"delete":          starlark.NewBuiltin("delete", instanceDelete),
}
