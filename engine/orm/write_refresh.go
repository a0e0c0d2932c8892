package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// instanceRefreshFromDB is Model.refresh_from_db(using=None, fields=None):
// reload the instance's loaded fields (or the given ones) with one get()
// by primary key, dropping cached related objects and prefetched rows.
// See https://docs.djangoproject.com/en/5.2/ref/models/instances/#refreshing-objects-from-database
func instanceRefreshFromDB(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var using, fieldsArg starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs("refresh_from_db", args, kwargs, "using?", &using, "fields?", &fieldsArg); err != nil {
		return nil, err
	}
	inst := b.Receiver().(*Instance)
	var fields []string
	if fieldsArg != starlark.None {
		var err error
		if fields, err = stringList(fieldsArg); err != nil {
			return nil, err
		}
		if fields = inst.forgetPrefetchedNames(fields); len(fields) == 0 {
			return starlark.None, nil
		}
	} else {
		inst.prefetched = nil
	}
	return starlark.None, inst.refresh(fields)
}

// forgetPrefetchedNames drops the prefetched relations named in fields
// and returns the other names.
func (i *Instance) forgetPrefetchedNames(fields []string) []string {
	var rest []string
	for _, name := range fields {
		if _, ok := i.prefetched[name]; ok {
			delete(i.prefetched, name)
			continue
		}
		rest = append(rest, name)
	}
	return rest
}

// refresh loads the fields (all loaded ones when nil) and copies them
// over, clearing the cached object of every reloaded ForeignKey.
func (i *Instance) refresh(fields []string) error {
	for _, name := range fields {
		if strings.Contains(name, "__") {
			return valueError("Found \"__\" in fields argument. Relations and transforms are not allowed in fields.")
		}
	}
	qs := newQuerySet(i.sess, i.model)
	switch {
	case fields != nil:
		qs.query.Only = onlySet(fields)
	case len(i.deferredFields()) > 0:
		qs.query.Only = onlySet(attnames(i.loadedFields()))
	}
	obj, err := qs.getBy(starlark.Tuple{starlark.String("id"), i.vals["id"]})
	if err != nil {
		return err
	}
	fresh := obj.(*Instance)
	for _, f := range i.model.Fields {
		if v, ok := fresh.vals[f.Attname()]; ok {
			i.vals[f.Attname()] = v
			delete(i.fkCache, f.Name)
			delete(i.deferred, f.Name)
		}
	}
	return nil
}

func onlySet(names []string) map[string]bool {
	s := map[string]bool{}
	for _, n := range names {
		s[n] = true
	}
	return s
}

func attnames(fields []*Field) []string {
	out := make([]string, len(fields))
	for n, f := range fields {
		out[n] = f.Attname()
	}
	return out
}
