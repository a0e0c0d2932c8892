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
