package orm

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// conflictArgs are bulk_create()'s update_conflicts=, update_fields= and
// unique_fields= as the script passed them.
type conflictArgs struct {
	update        bool
	updateFields  starlark.Value
	uniqueFields  starlark.Value
	ignore        bool
	updateColumns []string
	uniqueColumns []string
}

// resolve looks the field names up as bulk_create() does once it has
// objects to insert (unique_fields may name "pk"), then checks the
// combination as _check_bulk_create_options does.
func (a *conflictArgs) resolve(m *Model) error {
	unique, err := conflictFields(m, a.uniqueFields, true)
	if err != nil {
		return err
	}
	update, err := conflictFields(m, a.updateFields, false)
	if err != nil {
		return err
	}
	if err := a.check(update, unique); err != nil {
		return err
	}
	for _, f := range update {
		a.updateColumns = append(a.updateColumns, f.Column)
	}
	for _, f := range unique {
		a.uniqueColumns = append(a.uniqueColumns, f.Column)
	}
	return nil
}

// conflictFields is get_field() for each name; a reverse relation is
// returned as a field that is not concrete (nil Column).
func conflictFields(m *Model, names starlark.Value, pkAllowed bool) ([]*Field, error) {
	if names == starlark.None || !names.Truth() {
		return nil, nil
	}
	list, err := iterate(chars(names))
	if err != nil {
		return nil, err
	}
	out := make([]*Field, len(list))
	for n, v := range list {
		name := py.Str(v)
		if name == "pk" && pkAllowed {
			name = "id"
		}
		f := m.Field(name)
		if f == nil && m.ReverseByQueryName(name) != nil {
			f = &Field{Name: name, Kind: ManyToManyField}
		}
		if f == nil {
			return nil, fieldDoesNotExist(m, name)
		}
		out[n] = f
	}
	return out, nil
}

// check raises Django's errors for conflict options that do not go
// together on SQLite (which takes unique fields as the conflict target).
func (a *conflictArgs) check(update, unique []*Field) error {
	switch {
	case a.ignore && a.update:
		return valueError("ignore_conflicts and update_conflicts are mutually exclusive.")
	case !a.update:
		return nil
	case len(update) == 0:
		return valueError("Fields that will be updated when a row insertion fails on conflicts must be provided.")
	case len(unique) == 0:
		return valueError("Unique fields that can trigger the upsert must be provided.")
	}
	for _, f := range update {
		if f.Kind == ManyToManyField {
			return valueError("bulk_create() can only be used with concrete fields in update_fields.")
		}
		if f.Kind == AutoField {
			return valueError("bulk_create() cannot be used with primary keys in update_fields.")
		}
	}
	for _, f := range unique {
		if f.Kind == ManyToManyField {
			return valueError("bulk_create() can only be used with concrete fields in unique_fields.")
		}
	}
	return nil
}

// onConflictSQL is the SQLite backend's on_conflict_suffix_sql for
// update_conflicts: ON CONFLICT(unique) DO UPDATE SET col = EXCLUDED.col.
func (a *conflictArgs) onConflictSQL() string {
	if !a.update {
		return ""
	}
	unique := make([]string, len(a.uniqueColumns))
	for n, c := range a.uniqueColumns {
		unique[n] = quote(c)
	}
	sets := make([]string, len(a.updateColumns))
	for n, c := range a.updateColumns {
		sets[n] = quote(c) + " = EXCLUDED." + quote(c)
	}
	return " ON CONFLICT(" + strings.Join(unique, ", ") + ") DO UPDATE SET " + strings.Join(sets, ", ")
}

// chars is a string as the sequence of its characters, which is what
// Python iterates; other values are returned unchanged.
func chars(v starlark.Value) starlark.Value {
	s, ok := v.(starlark.String)
	if !ok {
		return v
	}
	out := make([]starlark.Value, 0, len(s))
	for _, r := range string(s) {
		out = append(out, starlark.String(string(r)))
	}
	return starlark.NewList(out)
}
