package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// saveOptions are Model.save()'s keyword arguments.
type saveOptions struct {
	forceInsert, forceUpdate bool
	// updateFields is nil when update_fields was not given.
	updateFields []string
}

// instanceSave is Model.save(force_insert=False, force_update=False,
// using=None, update_fields=None).
// See https://docs.djangoproject.com/en/5.2/ref/models/instances/#saving-objects
func instanceSave(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var o saveOptions
	var using, fields starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs("save", args, kwargs, "force_insert?", &o.forceInsert, "force_update?", &o.forceUpdate, "using?", &using, "update_fields?", &fields); err != nil {
		return nil, err
	}
	if fields != starlark.None {
		names, err := stringList(fields)
		if err != nil {
			return nil, err
		}
		o.updateFields = append([]string{}, names...)
	}
	return starlark.None, b.Receiver().(*Instance).save(o)
}

// stringList reads an iterable of field names.
func stringList(v starlark.Value) ([]string, error) {
	items, err := iterate(v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for n, it := range items {
		s, ok := it.(starlark.String)
		if !ok {
			return nil, typeError("field names must be strings, not '%s'", pyTypeName(it))
		}
		out[n] = string(s)
	}
	return out, nil
}

// save is Model.save(): an UPDATE of every non-primary-key field when the
// primary key is set (falling back to an INSERT when no row matched), an
// INSERT ... RETURNING otherwise.
func (i *Instance) save(o saveOptions) error {
	if err := i.prepareRelated("save", nil); err != nil {
		return err
	}
	if o.forceInsert && (o.forceUpdate || o.updateFields != nil) {
		return valueError("Cannot force both insert and updating in model saving.")
	}
	fields, skip, err := i.fieldsToSave(o)
	if err != nil || skip {
		return err
	}
	return i.saveTable(fields, o)
}

// fieldsToSave lists the fields an UPDATE writes: update_fields when
// given, the loaded fields of an instance with deferred fields, else all
// non-primary-key fields. skip is set for update_fields=[].
func (i *Instance) fieldsToSave(o saveOptions) (fields []*Field, skip bool, err error) {
	if o.updateFields != nil {
		if len(o.updateFields) == 0 {
			return nil, true, nil
		}
		fields, err := i.model.namedFields(o.updateFields)
		return fields, false, err
	}
	if !o.forceInsert && !i.adding && len(i.deferredFields()) > 0 {
		if loaded := i.loadedFields(); len(loaded) > 0 {
			return loaded, false, nil
		}
	}
	return i.model.Fields[1:], false, nil
}

// namedFields resolves update_fields names (or attnames) to fields in
// model order, rejecting names that are not concrete non-pk fields.
func (m *Model) namedFields(names []string) ([]*Field, error) {
	want := map[string]bool{}
	for _, n := range names {
		f := m.Field(n)
		if f == nil || f.Kind == ManyToManyField || f.Kind == AutoField {
			return nil, valueError("The following fields do not exist in this model, are m2m fields, primary keys, or are non-concrete fields: %s", n)
		}
		want[f.Name] = true
	}
	var out []*Field
	for _, f := range m.Fields[1:] {
		if want[f.Name] {
			out = append(out, f)
		}
	}
	return out, nil
}

// deferredFields are the fields not loaded on the instance
// (Model.get_deferred_fields()).
func (i *Instance) deferredFields() []*Field {
	var out []*Field
	for _, f := range i.model.Fields {
		if _, ok := i.vals[f.Attname()]; !ok {
			out = append(out, f)
		}
	}
	return out
}

// loadedFields are the loaded non-primary-key fields.
func (i *Instance) loadedFields() []*Field {
	var out []*Field
	for _, f := range i.model.Fields[1:] {
		if _, ok := i.vals[f.Attname()]; ok {
			out = append(out, f)
		}
	}
	return out
}

// saveTable is Model._save_table: try an UPDATE when the primary key is
// set, INSERT when that changed no row.
func (i *Instance) saveTable(fields []*Field, o saveOptions) error {
	pkSet := i.hasPK()
	if !pkSet && (o.forceUpdate || o.updateFields != nil) {
		return valueError("Cannot force an update in save() with no primary key.")
	}
	updated := false
	if pkSet && !o.forceInsert {
		var err error
		if updated, err = i.doUpdate(fields); err != nil {
			return err
		}
		switch {
		case o.forceUpdate && !updated:
			return py.Errorf("DatabaseError", "Forced update did not affect any rows.")
		case o.updateFields != nil && !updated:
			return py.Errorf("DatabaseError", "Save with update_fields did not affect any rows.")
		}
	}
	if !updated {
		if err := i.doInsert(pkSet); err != nil {
			return err
		}
	}
	i.adding = false
	return nil
}

// doUpdate is Model._do_update: UPDATE ... WHERE "id" = pk.
func (i *Instance) doUpdate(fields []*Field) (bool, error) {
	q := NewQuery(i.model)
	pk := &Q{Conn: "AND", Children: []qChild{&qLeaf{path: "id", value: i.vals["id"]}}}
	if err := q.addQ(i.sess, pk, 0); err != nil {
		return false, err
	}
	sets := make([]assignment, len(fields))
	for n, f := range fields {
		v, err := i.field(f)
		if err != nil {
			return false, err
		}
		if sets[n], err = assign(i.sess, q, f, v); err != nil {
			return false, err
		}
	}
	n, err := runUpdate(i.sess, q, sets)
	return n > 0, err
}

// doInsert is Model._do_insert: INSERT ... RETURNING "id", which sets the
// primary key.
func (i *Instance) doInsert(withPK bool) error {
	fields := insertFields(i.model, withPK)
	row, err := i.insertRow(fields)
	if err != nil {
		return err
	}
	ins := &insert{model: i.model, fields: fields, rows: [][]any{row}, returning: true}
	ids, err := ins.run(i.sess)
	if err != nil {
		return err
	}
	if len(ids) > 0 {
		i.vals["id"] = ids[0]
	}
	return nil
}

// prepareRelated is Model._prepare_related_fields_for_save: a related
// object assigned before it was saved stops the save; one saved since
// then gives the instance its primary key.
func (i *Instance) prepareRelated(op string, only []*Field) error {
	for _, f := range i.model.Fields {
		if f.Kind != ForeignKey || (only != nil && !hasField(only, f)) {
			continue
		}
		obj, ok := i.fkCache[f.Name].(*Instance)
		if !ok {
			continue
		}
		if !obj.hasPK() {
			return valueError("%s() prohibited to prevent data loss due to unsaved related object '%s'.", op, f.Name)
		}
		if i.vals[f.Column] == nil || i.vals[f.Column] == starlark.None {
			i.vals[f.Column] = obj.vals["id"]
		}
		if eq, _ := starlark.Equal(obj.vals["id"], i.vals[f.Column]); !eq {
			delete(i.fkCache, f.Name)
		}
	}
	return nil
}

func hasField(fields []*Field, f *Field) bool {
	for _, g := range fields {
		if g == f {
			return true
		}
	}
	return false
}

// querysetCreate is QuerySet.create(**kwargs): Model(**kwargs) saved with
// force_insert=True.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#create
func querysetCreate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, typeError("QuerySet.create() takes 1 positional argument but %d were given", len(args)+1)
	}
	return createInstance(qs.sess, qs.model, kwargs)
}

// createInstance builds and inserts one instance.
func createInstance(sess *Session, m *Model, kwargs []starlark.Tuple) (*Instance, error) {
	v, err := (&ModelClass{sess: sess, model: m}).CallInternal(nil, nil, kwargs)
	if err != nil {
		return nil, err
	}
	inst := v.(*Instance)
	return inst, inst.save(saveOptions{forceInsert: true})
}
