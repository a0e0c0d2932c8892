package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// querysetUpdateOrCreate is QuerySet.update_or_create(defaults=None,
// create_defaults=None, **kwargs): in one transaction, get_or_create()
// with create_defaults (defaults when None), its INSERT in a savepoint;
// when the row existed, the defaults are set on it and saved with
// update_fields naming them (and every date field, whose pre_save Django
// counts as changing them).
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#update-or-create
func querysetUpdateOrCreate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 2 {
		return nil, typeError("QuerySet.update_or_create() takes from 1 to 3 positional arguments but %d were given", len(args)+1)
	}
	opts := [2]starlark.Value{starlark.None, starlark.None}
	copy(opts[:], args)
	var lookups []starlark.Tuple
	for _, kv := range kwargs {
		switch kv[0] {
		case starlark.String("defaults"):
			opts[0] = kv[1]
		case starlark.String("create_defaults"):
			opts[1] = kv[1]
		default:
			lookups = append(lookups, kv)
		}
	}
	var obj starlark.Value
	var created bool
	err := qs.sess.atomic(qs.model, func() (err error) {
		obj, created, err = qs.updateOrCreate(opts[0], opts[1], lookups)
		return err
	})
	if err != nil {
		return nil, err
	}
	return pair(obj, created), nil
}

// updateOrCreate is the body of update_or_create()'s transaction.
func (qs *QuerySet) updateOrCreate(defaults, createDefaults starlark.Value, lookups []starlark.Tuple) (starlark.Value, bool, error) {
	var update starlark.Value = starlark.NewDict(0)
	if defaults.Truth() {
		update = defaults
	}
	if createDefaults == starlark.None {
		createDefaults = update
	}
	obj, created, err := qs.getOrCreate(createDefaults, lookups)
	if err != nil || created {
		return obj, created, err
	}
	d, ok := update.(*starlark.Dict)
	if !ok {
		return nil, false, py.Errorf("AttributeError", "'%s' object has no attribute 'items'", pyTypeName(update))
	}
	return qs.updateFound(obj, d)
}

// updateFound sets the defaults on the object get_or_create() found and
// saves it.
func (qs *QuerySet) updateFound(obj starlark.Value, update *starlark.Dict) (starlark.Value, bool, error) {
	inst, ok := obj.(*Instance)
	if !ok { // get() of a values() QuerySet: a dict, tuple or value
		name := "save"
		if keys := update.Keys(); len(keys) > 0 {
			name = py.Str(keys[0])
		}
		return nil, false, py.Errorf("AttributeError", "'%s' object has no attribute '%s'", pyTypeName(obj), name)
	}
	var names []string
	for _, kv := range update.Items() {
		name, ok := kv[0].(starlark.String)
		if !ok {
			return nil, false, typeError("attribute name must be string, not '%s'", pyTypeName(kv[0]))
		}
		if err := inst.SetField(string(name), kv[1]); err != nil {
			return nil, false, err
		}
		names = append(names, string(name))
	}
	return inst, false, inst.save(saveOptions{updateFields: updateOrCreateFields(qs.model, names)})
}

// updateOrCreateFields is the update_fields update_or_create() saves
// with: the names set from defaults plus every DateField and
// DateTimeField, or nil (save every field) when a name is not a concrete
// non-primary-key field.
func updateOrCreateFields(m *Model, names []string) []string {
	for _, n := range names {
		f := m.Field(n)
		if f == nil || f.Kind == AutoField || f.Kind == ManyToManyField {
			return nil
		}
	}
	fields := append([]string{}, names...)
	for _, f := range m.Fields {
		if f.Kind == DateField || f.Kind == DateTimeField {
			fields = append(fields, f.Name)
		}
	}
	return fields
}
