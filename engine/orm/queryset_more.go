package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

func querysetLatest(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return qs.earliest("latest", args, kwargs, true)
}

func querysetEarliest(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return qs.earliest("earliest", args, kwargs, false)
}

// earliest is QuerySet._earliest: order by the fields (reversed for
// latest()), LIMIT 1, then get().
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#latest
func (qs *QuerySet) earliest(name string, args starlark.Tuple, kwargs []starlark.Tuple, latest bool) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, unexpectedKeyword(name, kwargs)
	}
	if len(args) == 0 {
		return nil, valueError("earliest() and latest() require either fields as positional arguments or 'get_latest_by' in the model's Meta.")
	}
	if qs.query.IsSliced() {
		return nil, typeError("Cannot change a query once a slice has been taken.")
	}
	terms := make([]OrderBy, 0, len(args))
	for _, a := range args {
		t, err := qs.orderTerm(a)
		if err != nil {
			return nil, err
		}
		t.Desc = t.Desc != latest
		terms = append(terms, t)
	}
	c := qs.orderedBy(terms...)
	c.query.SetLimits(0, 1)
	return c.getOne()
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
