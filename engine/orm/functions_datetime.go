package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// Date functions of django.db.models.functions.datetime on SQLite, where
// they call the functions Django's backend registers on its connection
// (django_date_extract and friends; engine/db registers the same).
// See https://docs.djangoproject.com/en/5.2/ref/models/database-functions/#date-functions

// noTimeZone is the NULL time zone pair Django passes with USE_TZ=False.
func noTimeZone() []sqlExpr { return []sqlExpr{&valueExpr{}, &valueExpr{}} }

// extractExpr is Extract(lhs, part): django_date_extract('month', x),
// or django_datetime_extract('month', x, NULL, NULL) for a datetime.
func extractExpr(lhs sqlExpr, part string) sqlExpr {
	kind := &valueExpr{v: part, f: &Field{Kind: CharField}}
	e := &funcExpr{fn: "django_date_extract", args: []sqlExpr{kind, lhs}, f: &Field{Kind: IntegerField}, part: part}
	if lhs.field().Kind == DateTimeField {
		e.fn, e.args = "django_datetime_extract", append(e.args, noTimeZone()...)
	}
	return e
}

// castDate is TruncDate(lhs), the __date transform of a DateTimeField.
func castDate(lhs sqlExpr) sqlExpr {
	return &funcExpr{fn: "django_datetime_cast_date", args: append([]sqlExpr{lhs}, noTimeZone()...), f: &Field{Kind: DateField}, part: "date"}
}

// clockParts are the parts a DateField has none of.
var clockParts = map[string]bool{"hour": true, "minute": true, "second": true}

// resolveExtract checks and compiles ExtractYear and its siblings as
// Extract.resolve_expression does.
func resolveExtract(part string) funcResolver {
	return func(e *Expression, args []sqlExpr) (sqlExpr, error) {
		f := args[0].field()
		if f == nil {
			return extractExpr(args[0], part), nil
		}
		if f.Kind != DateField && f.Kind != DateTimeField && f.Kind != DurationField {
			return nil, valueError("Extract input expression must be DateField, DateTimeField, TimeField, or DurationField.")
		}
		if f.Kind == DateField && clockParts[part] {
			return nil, valueError("Cannot extract time component '%s' from DateField '%s'.", part, fieldName(f))
		}
		if f.Kind == DurationField {
			return &failedExpr{err: valueError("Extract requires native DurationField database support.")}, nil
		}
		return extractExpr(args[0], part), nil
	}
}

// fieldName is a field's name as Django prints it: None for an output
// field of an expression.
func fieldName(f *Field) string {
	if f.Name == "" {
		return "None"
	}
	return f.Name
}

// resolveTrunc compiles TruncYear, TruncMonth and TruncDay:
// django_date_trunc for a date result, django_datetime_trunc for a
// datetime one, the result typed as the argument unless output_field=
// says otherwise.
func resolveTrunc(kind string) funcResolver {
	return func(e *Expression, args []sqlExpr) (sqlExpr, error) {
		f := args[0].field()
		if f == nil || (f.Kind != DateField && f.Kind != DateTimeField) {
			return nil, typeError("'%s' isn't a DateField, TimeField, or DateTimeField.", fieldName(orEmpty(f)))
		}
		out := e.output
		if out == nil {
			out = f
		}
		if f.Kind == DateField && out.Kind == DateTimeField {
			return nil, valueError("Cannot truncate DateField '%s' to DateTimeField.", fieldName(f))
		}
		fn := "django_date_trunc"
		if out.Kind == DateTimeField {
			fn = "django_datetime_trunc"
		}
		kindArg := &valueExpr{v: kind, f: &Field{Kind: CharField}}
		return &funcExpr{fn: fn, args: append([]sqlExpr{kindArg, args[0]}, noTimeZone()...), f: out, part: kind}, nil
	}
}

func orEmpty(f *Field) *Field {
	if f == nil {
		return &Field{}
	}
	return f
}

// resolveTruncDate compiles TruncDate: a cast to date.
func resolveTruncDate(e *Expression, args []sqlExpr) (sqlExpr, error) {
	f := args[0].field()
	if f == nil || (f.Kind != DateField && f.Kind != DateTimeField) {
		return nil, typeError("'%s' isn't a DateField, TimeField, or DateTimeField.", fieldName(orEmpty(f)))
	}
	return castDate(args[0]), nil
}

// extractFunc makes ExtractYear and its siblings:
// Extract.__init__(expression, lookup_name=None, tzinfo=None), where the
// class's own lookup name wins over the one given.
func extractFunc(class string) *starlark.Builtin {
	return starlark.NewBuiltin(class, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var expr, lookupName, tzinfo starlark.Value
		if err := requireArgs("Extract", args, kwargs, "expression"); err != nil {
			return nil, err
		}
		if err := starlark.UnpackArgs(class, args, kwargs, "expression", &expr, "lookup_name?", &lookupName, "tzinfo?", &tzinfo); err != nil {
			return nil, err
		}
		return newFunc(class, []starlark.Value{expr}, nil)
	})
}

// truncFunc makes TruncMonth and its siblings:
// TruncBase.__init__(expression, output_field=None, tzinfo=None).
func truncFunc(class string) *starlark.Builtin {
	return starlark.NewBuiltin(class, func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var expr, output, tzinfo starlark.Value
		if err := requireArgs("TruncBase", args, kwargs, "expression"); err != nil {
			return nil, err
		}
		if err := starlark.UnpackArgs(class, args, kwargs, "expression", &expr, "output_field?", &output, "tzinfo?", &tzinfo); err != nil {
			return nil, err
		}
		return newFunc(class, []starlark.Value{expr}, output)
	})
}

// newExtract is Extract(expression, lookup_name): the part is named by
// the caller.
func newExtract(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var expr, tzinfo starlark.Value
	var part starlark.Value = starlark.None
	if err := requireArgs("Extract", args, kwargs, "expression"); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs("Extract", args, kwargs, "expression", &expr, "lookup_name?", &part, "tzinfo?", &tzinfo); err != nil {
		return nil, err
	}
	if part == starlark.None {
		return nil, valueError("lookup_name must be provided")
	}
	e, err := newFunc("Extract", []starlark.Value{expr}, nil)
	if err == nil {
		e.value = starlark.String(py.Str(part))
	}
	return e, err
}

// newTrunc is Trunc(expression, kind, output_field=None).
func newTrunc(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var expr, kind, output, tzinfo starlark.Value
	if err := requireArgs("Trunc", args, kwargs, "expression", "kind"); err != nil {
		return nil, err
	}
	if err := starlark.UnpackArgs("Trunc", args, kwargs, "expression", &expr, "kind", &kind, "output_field?", &output, "tzinfo?", &tzinfo); err != nil {
		return nil, err
	}
	e, err := newFunc("Trunc", []starlark.Value{expr}, output)
	if err == nil {
		e.value = starlark.String(py.Str(kind))
	}
	return e, err
}

// resolveNamedPart resolves Extract and Trunc, whose part the script
// named, as their fixed-part siblings.
func resolveNamedPart(resolver func(string) funcResolver) funcResolver {
	return func(e *Expression, args []sqlExpr) (sqlExpr, error) {
		return resolver(string(e.value.(starlark.String)))(e, args)
	}
}

// newNow is Now(): the database's current time.
func newNow(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return newFunc("Now", args, outputKwarg(kwargs))
}

// resolveNow compiles Now as Django 5.2 does on SQLite. The time is
// SQLite's own clock, not the lab clock: Django sends this text, and the
// database, not Python, reads the time.
func resolveNow(e *Expression, args []sqlExpr) (sqlExpr, error) {
	return &funcExpr{args: args, f: &Field{Kind: DateTimeField}, format: func([]string) string {
		return "STRFTIME('%%Y-%%m-%%d %%H:%%M:%%f', 'NOW')"
	}}, nil
}
