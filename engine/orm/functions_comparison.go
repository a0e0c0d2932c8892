package orm

import (
	"fmt"

	"go.starlark.net/starlark"
)

// Comparison and conversion functions of
// django.db.models.functions.comparison on SQLite.
// See https://docs.djangoproject.com/en/5.2/ref/models/database-functions/#comparison-and-conversion-functions

// newNullIf is NullIf(expression1, expression2).
func newNullIf(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 {
		return nil, typeError("'NullIf' takes exactly 2 arguments (%d given)", len(args))
	}
	return newFunc("NullIf", args, outputKwarg(kwargs))
}

// newCast is Cast(expression, output_field).
func newCast(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return newTypedFunc("Cast", args, kwargs)
}

// castTypes are the SQLite types Cast names for each field class
// (DatabaseWrapper.data_types); dates and datetimes go through SQLite's
// date() and strftime() instead.
var castTypes = map[Kind]string{
	AutoField: "integer", IntegerField: "integer", FloatField: "real", BooleanField: "bool",
	TextField: "text", DurationField: "bigint",
}

// resolveCast compiles Cast as its as_sqlite does.
func resolveCast(e *Expression, args []sqlExpr) (sqlExpr, error) {
	f := e.output
	switch f.Kind {
	case DateField:
		return &funcExpr{fn: "date", args: args, f: f}, nil
	case DateTimeField:
		format := &valueExpr{v: "%Y-%m-%d %H:%M:%f"}
		return &funcExpr{fn: "strftime", args: []sqlExpr{format, args[0]}, f: f}, nil
	}
	return &funcExpr{args: args, f: f, format: func(parts []string) string {
		return "CAST(" + parts[0] + " AS " + castType(f) + ")"
	}}, nil
}

// castType is Field.cast_db_type on SQLite.
func castType(f *Field) string {
	switch {
	case f.Kind != CharField && f.Kind != EmailField:
		return castTypes[f.Kind]
	case f.MaxLength == 0:
		return "text"
	}
	return fmt.Sprintf("varchar(%d)", f.MaxLength)
}
