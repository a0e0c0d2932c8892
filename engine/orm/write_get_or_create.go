package orm

import (
	"errors"
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// querysetGetOrCreate is QuerySet.get_or_create(defaults=None, **kwargs):
// get(**kwargs), or create the object in a transaction; when the INSERT
// fails with IntegrityError, get() once more.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#get-or-create
func querysetGetOrCreate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, typeError("QuerySet.get_or_create() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
	}
	var defaults starlark.Value = starlark.None
	var lookups []starlark.Tuple
	for _, kv := range kwargs {
		if kv[0] == starlark.String("defaults") {
			defaults = kv[1]
			continue
		}
		lookups = append(lookups, kv)
	}
	obj, created, err := qs.getOrCreate(defaults, lookups)
	return pair(obj, created), err
}

// getOrCreate is get_or_create() after its arguments are read.
func (qs *QuerySet) getOrCreate(defaults starlark.Value, lookups []starlark.Tuple) (starlark.Value, bool, error) {
	obj, err := querysetGet(qs, nil, lookups)
	if !isException(err, "DoesNotExist") {
		return obj, false, err
	}
	return qs.createOrGet(defaults, lookups)
}

// createOrGet is the create half of get_or_create(): an INSERT inside
// transaction.atomic() (a savepoint inside update_or_create()'s
// transaction), and one more get() when that raises IntegrityError
// (another writer may have created the row), re-raising the
// IntegrityError when the row is still missing.
func (qs *QuerySet) createOrGet(defaults starlark.Value, lookups []starlark.Tuple) (starlark.Value, bool, error) {
	params, err := modelParams(qs.model, defaults, lookups)
	if err != nil {
		return nil, false, err
	}
	var inst *Instance
	err = qs.sess.atomicSavepoint(qs.model, func() (err error) {
		inst, err = createInstance(qs.sess, qs.model, params)
		return err
	})
	if isException(err, "IntegrityError") {
		if obj, err2 := querysetGet(qs, nil, lookups); !isException(err2, "DoesNotExist") {
			return obj, false, err2
		}
	}
	if err != nil {
		return nil, false, err
	}
	return inst, true, nil
}

func pair(obj starlark.Value, created bool) starlark.Value {
	if obj == nil {
		obj = starlark.None
	}
	return starlark.Tuple{obj, starlark.Bool(created)}
}

// isException reports whether err is the Python exception typ.
func isException(err error, typ string) bool {
	var pe *py.Exception
	return errors.As(err, &pe) && pe.Type == typ
}

// modelParams is _extract_model_params: the lookups without "__", updated
// by defaults, each of which must name a field.
func modelParams(m *Model, defaults starlark.Value, lookups []starlark.Tuple) ([]starlark.Tuple, error) {
	var params []starlark.Tuple
	for _, kv := range lookups {
		if !strings.Contains(string(kv[0].(starlark.String)), "__") {
			params = append(params, kv)
		}
	}
	if defaults != starlark.None {
		d, ok := defaults.(*starlark.Dict)
		if !ok {
			return nil, typeError("'%s' object is not iterable", pyTypeName(defaults))
		}
		for _, item := range d.Items() {
			params = setKwarg(params, item)
		}
	}
	return params, checkParams(m, params)
}

// setKwarg replaces the value of an existing name or appends it, as
// dict.update does.
func setKwarg(kwargs []starlark.Tuple, kv starlark.Tuple) []starlark.Tuple {
	for n, old := range kwargs {
		if eq, _ := starlark.Equal(old[0], kv[0]); eq {
			kwargs[n] = starlark.Tuple{old[0], kv[1]}
			return kwargs
		}
	}
	return append(kwargs, kv)
}

// checkParams raises Django's FieldError for names that are not fields.
func checkParams(m *Model, params []starlark.Tuple) error {
	var invalid []string
	for _, kv := range params {
		name, ok := kv[0].(starlark.String)
		if !ok {
			return typeError("keywords must be strings")
		}
		if name != "pk" && m.Field(string(name)) == nil && m.ReverseByQueryName(string(name)) == nil {
			invalid = append(invalid, string(name))
		}
	}
	if len(invalid) == 0 {
		return nil
	}
	sort.Strings(invalid)
	return fieldErrorf("Invalid field name(s) for model %s: '%s'.", m.Name, strings.Join(invalid, "', '"))
}
