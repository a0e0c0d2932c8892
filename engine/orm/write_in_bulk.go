package orm

import (
	"go.starlark.net/starlark"
)

// querysetInBulk is QuerySet.in_bulk(id_list=None, *, field_name="pk"):
// a dict from each key to its object, from one IN query (in batches of
// SQLite's 999 parameters), or from the whole QuerySet without id_list.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#in-bulk
func querysetInBulk(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var ids starlark.Value = starlark.None
	field := "pk"
	if len(args) > 1 {
		return nil, typeError("QuerySet.in_bulk() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
	}
	if err := starlark.UnpackPositionalArgs("in_bulk", args, nil, 0, &ids); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs("in_bulk", nil, kwargs, "id_list?", &ids, "field_name?", &field); err != nil {
		return nil, err
	}
	if err := qs.checkInBulk(field); err != nil {
		return nil, err
	}
	objs, err := qs.inBulkObjects(ids, field)
	if err != nil {
		return nil, err
	}
	out := starlark.NewDict(len(objs))
	for _, v := range objs {
		key, err := v.(*Instance).Attr(field)
		if err != nil {
			return nil, err
		}
		if err := out.SetKey(key, v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// checkInBulk raises Django's errors for a sliced QuerySet, values() and
// a field_name that is not unique.
func (qs *QuerySet) checkInBulk(field string) error {
	switch {
	case qs.query.IsSliced():
		return typeError("Cannot use 'limit' or 'offset' with in_bulk().")
	case qs.kind != rowModels:
		return typeError("in_bulk() cannot be used with values() or values_list().")
	case field == "pk":
		return nil
	}
	f := qs.model.Field(field)
	if f == nil {
		return fieldDoesNotExist(qs.model, field)
	}
	if !f.Unique && f.Kind != AutoField {
		return valueError("in_bulk()'s field_name must be a unique field but %s isn't.", pyRepr(starlark.String(field)))
	}
	return nil
}

// inBulkObjects evaluates the objects in_bulk maps.
func (qs *QuerySet) inBulkObjects(ids starlark.Value, field string) ([]starlark.Value, error) {
	if ids == starlark.None {
		c := qs.chain()
		err := c.fetch()
		return c.cache, err
	}
	list, err := iterate(ids)
	if err != nil || len(list) == 0 {
		return nil, err
	}
	if err := qs.notCombined("filter"); err != nil {
		return nil, err
	}
	var out []starlark.Value
	for start := 0; start < len(list); start += maxQueryParams {
		batch := starlark.Tuple(list[start:min(start+maxQueryParams, len(list))])
		c, err := qs.filterOrExclude(false, nil, []starlark.Tuple{{starlark.String(field + "__in"), batch}})
		if err != nil {
			return nil, err
		}
		if err := c.fetch(); err != nil {
			return nil, err
		}
		out = append(out, c.cache...)
	}
	return out, nil
}
