package orm

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// fieldError is Django's FieldError for an unknown lookup name.
// See django.db.models.sql.query.Query.names_to_path.
func fieldError(name string, m *Model) error {
	return py.Errorf("FieldError", "Cannot resolve keyword '%s' into field. Choices are: %s", name, strings.Join(m.Choices(), ", "))
}

// relatedChoices lists the foreign keys select_related may follow.
func relatedChoices(m *Model) string {
	var names []string
	for _, f := range m.Fields {
		if f.Kind == ForeignKey {
			names = append(names, f.Name)
		}
	}
	if len(names) == 0 {
		return "(none)"
	}
	return strings.Join(names, ", ")
}

// invalidRelated is Django's FieldError for a bad select_related name.
func invalidRelated(name string, m *Model) error {
	if f := m.Field(name); f != nil && !f.IsRelation() {
		return py.Errorf("FieldError", "Non-relational field given in select_related: '%s'. Choices are: %s", name, relatedChoices(m))
	}
	return py.Errorf("FieldError", "Invalid field name(s) given in select_related: '%s'. Choices are: %s", name, relatedChoices(m))
}

// unsupportedLookup is Django's FieldError for a lookup the field lacks.
func unsupportedLookup(lookup string, f *Field) error {
	return py.Errorf("FieldError", "Unsupported lookup '%s' for %s or join on the field not permitted.", lookup, kindName(f.Kind))
}

// unknownLookup is Query.try_transform's FieldError: name is neither a
// lookup nor a transform of f. quoted is what the message names (the
// rest of the path when name stood where a transform goes), and lookup
// names close to name are suggested, as Django finds them with difflib.
func unknownLookup(f *Field, name, quoted string) error {
	suggestion := "."
	if m := py.CloseMatches(name, lookupsOf(f), 3, 0.6); len(m) > 0 {
		suggestion = ", perhaps you meant " + strings.Join(m, " or ") + "?"
	}
	return py.Errorf("FieldError", "Unsupported lookup '%s' for %s or join on the field not permitted%s", quoted, kindName(f.Kind), suggestion)
}

// lookupsOf lists Field.get_lookups() of f: every lookup and the
// transforms of its class (with __time, which the lab lacks).
func lookupsOf(f *Field) []string {
	var names []string
	for name := range lookupNames {
		names = append(names, name)
	}
	for name := range dateParts {
		if isTransform(f, name) {
			names = append(names, name)
		}
	}
	for name := range timeParts {
		if isTransform(f, name) {
			names = append(names, name)
		}
	}
	if f.Kind == DateTimeField {
		names = append(names, "time")
	}
	return names
}

// kindName is the Django field class name for messages.
func kindName(k Kind) string {
	return [...]string{"AutoField", "CharField", "TextField", "IntegerField", "FloatField", "BooleanField",
		"DateField", "DateTimeField", "ForeignKey", "ManyToManyField", "EmailField", "DurationField"}[k]
}

// doesNotExist is Model.DoesNotExist raised by get().
func doesNotExist(m *Model) error {
	e := py.Errorf("DoesNotExist", "%s matching query does not exist.", m.Name)
	e.Owner = modelException(m, "DoesNotExist")
	return e
}

// modelException is the class of Model.DoesNotExist or
// Model.MultipleObjectsReturned.
func modelException(m *Model, name string) *py.ExceptionClass {
	base := "ObjectDoesNotExist"
	if name == "MultipleObjectsReturned" {
		base = name
	}
	app, _, _ := strings.Cut(m.Table, "_")
	return &py.ExceptionClass{Module: app + ".models", Owner: m.Name, Name: name, Base: base}
}

// multipleReturned is Model.MultipleObjectsReturned raised by get().
func multipleReturned(m *Model, n int) error {
	count := fmt.Sprint(n)
	if n > maxGetResults-1 {
		count = fmt.Sprintf("more than %d", maxGetResults-1)
	}
	e := py.Errorf("MultipleObjectsReturned", "get() returned more than one %s -- it returned %s!", m.Name, count)
	e.Owner = modelException(m, "MultipleObjectsReturned")
	return e
}

// maxGetResults is Django's MAX_GET_RESULTS: get() fetches at most 21 rows.
const maxGetResults = 21

// typeError is Python's TypeError.
func typeError(format string, args ...any) error { return py.Errorf("TypeError", format, args...) }

// valueError is Python's ValueError.
func valueError(format string, args ...any) error { return py.Errorf("ValueError", format, args...) }

// unexpectedKeyword is Python's TypeError for the first keyword argument
// of a QuerySet method that takes none.
func unexpectedKeyword(method string, kwargs []starlark.Tuple) error {
	return typeError("QuerySet.%s() got an unexpected keyword argument '%s'", method, string(kwargs[0][0].(starlark.String)))
}
