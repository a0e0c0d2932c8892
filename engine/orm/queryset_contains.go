package orm

import "go.starlark.net/starlark"

var _ starlark.Container = (*QuerySet)(nil)

// Has implements `obj in queryset`. A QuerySet has no __contains__, so
// Python iterates it: the first test evaluates it with one query and
// caches the rows, and each test compares by model equality (same model,
// same primary key).
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#when-querysets-are-evaluated
func (qs *QuerySet) Has(x starlark.Value) (bool, error) {
	if err := qs.fetch(); err != nil {
		return false, err
	}
	for _, it := range qs.cache {
		if eq, err := starlark.Equal(x, it); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// querysetContains is QuerySet.contains(obj): the result cache when the
// QuerySet was evaluated, else filter(pk=obj.pk).exists().
func querysetContains(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	if err := starlark.UnpackPositionalArgs("contains", args, kwargs, 1, &obj); err != nil {
		return nil, err
	}
	inst, ok := obj.(*Instance)
	if !ok || inst.model != qs.model {
		return nil, typeError("'obj' must be a model instance.")
	}
	if inst.pkValue() == nil {
		return nil, valueError("QuerySet.contains() cannot be used on unsaved objects.")
	}
	if qs.done {
		for _, v := range qs.cache {
			if o, ok := v.(*Instance); ok && o.pkValue() == inst.pkValue() {
				return starlark.True, nil
			}
		}
		return starlark.False, nil
	}
	c, err := qs.filterOrExclude(false, nil, []starlark.Tuple{{starlark.String("pk"), inst.vals["id"]}})
	if err != nil {
		return nil, err
	}
	return querysetExists(c, nil, nil)
}
