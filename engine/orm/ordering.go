package orm

import (
	"go.starlark.net/starlark"
)

// reversedNulls is how OrderBy.reverse_ordering swaps NULLS FIRST and
// NULLS LAST when reverse() or last() flips an ordering.
var reversedNulls = map[string]string{"": "", " NULLS FIRST": " NULLS LAST", " NULLS LAST": " NULLS FIRST"}

// nullsOrder reads asc()/desc()'s nulls_first= and nulls_last= as
// OrderBy.__init__ checks them. SQLite supports the NULLS FIRST/LAST
// modifier, so Django appends it to the ORDER BY term.
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/#django.db.models.Expression.asc
func nullsOrder(name string, args starlark.Tuple, kwargs []starlark.Tuple) (string, error) {
	var first, last starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs(name, args, kwargs, "nulls_first?", &first, "nulls_last?", &last); err != nil {
		return "", err
	}
	if first.Truth() && last.Truth() == starlark.True {
		return "", valueError("nulls_first and nulls_last are mutually exclusive")
	}
	if first == starlark.False || last == starlark.False {
		return "", valueError("nulls_first and nulls_last values must be True or None.")
	}
	switch {
	case bool(first.Truth()):
		return " NULLS FIRST", nil
	case bool(last.Truth()):
		return " NULLS LAST", nil
	}
	return "", nil
}
