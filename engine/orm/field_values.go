package orm

import (
	"fmt"
	"math"
	"strconv"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

func pyTypeName(v starlark.Value) string { return py.TypeName(v) }

func pyRepr(v starlark.Value) string { return py.Repr(v) }

func fieldErrorf(format string, args ...any) error { return py.Errorf("FieldError", format, args...) }

// iterate lists the elements of an iterable script value. A string is
// not one here, as in Starlark: id__in="12" raises TypeError where Django
// would filter on its characters.
func iterate(v starlark.Value) ([]starlark.Value, error) {
	if _, ok := v.(starlark.String); ok {
		return nil, typeError("'%s' object is not iterable", pyTypeName(v))
	}
	return py.Elements(v)
}

// prepValue converts a script value to the database value Django's field
// would bind for it (Field.get_db_prep_value): model instances become
// their primary key, numbers are coerced to the field's type, dates to
// ISO text.
func prepValue(f *Field, v starlark.Value, op string) (any, error) {
	if v == starlark.None {
		return nil, nil
	}
	if inst, ok := v.(*Instance); ok {
		return inst.pkValue(), nil
	}
	if isText(op) && f.Kind != CharField && f.Kind != TextField && f.Kind != EmailField {
		return py.Str(v), nil
	}
	switch f.Kind {
	case AutoField, IntegerField, ForeignKey:
		return toInt(f, v)
	case FloatField:
		return toFloat(f, v)
	case BooleanField:
		return bool(v.Truth()), nil
	case DateField:
		return dateParam(f, v, false)
	case DateTimeField:
		return dateParam(f, v, true)
	case DurationField:
		return durationParam(f, v)
	}
	return py.Str(v), nil
}

func isText(op string) bool {
	switch op {
	case "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith", "regex", "iregex":
		return true
	}
	return false
}

func toInt(f *Field, v starlark.Value) (any, error) {
	switch v := v.(type) {
	case starlark.Int:
		n, ok := v.Int64()
		if ok {
			return n, nil
		}
	case starlark.Float:
		return int64(math.Trunc(float64(v))), nil
	case starlark.Bool:
		if v {
			return int64(1), nil
		}
		return int64(0), nil
	case starlark.String:
		if n, err := strconv.ParseInt(string(v), 10, 64); err == nil {
			return n, nil
		}
	}
	return nil, fieldExpected(f, "a number", v)
}

func toFloat(f *Field, v starlark.Value) (any, error) {
	switch v := v.(type) {
	case starlark.Int:
		x, _ := starlark.AsFloat(v)
		return x, nil
	case starlark.Float:
		return float64(v), nil
	case starlark.String:
		if x, err := strconv.ParseFloat(string(v), 64); err == nil {
			return x, nil
		}
	}
	return nil, fieldExpected(f, "a number", v)
}

// fieldExpected is the error Django raises when a lookup value cannot be
// converted: Field 'pages' expected a number but got 'abc'.
func fieldExpected(f *Field, what string, v starlark.Value) error {
	return valueError("Field '%s' expected %s but got %s.", fieldName(f), what, pyRepr(v))
}

// fromDB converts a SQLite value to the script value for field f, as the
// field's from_db_value and the backend's converters do.
func fromDB(f *Field, v any) (starlark.Value, error) {
	if v == nil {
		return starlark.None, nil
	}
	switch f.Kind {
	case AutoField, IntegerField, ForeignKey:
		return intValue(v), nil
	case FloatField:
		return floatValue(v), nil
	case BooleanField:
		return starlark.Bool(intValue(v).Sign() != 0), nil
	case DateField:
		return dateValue(text(v), false)
	case DateTimeField:
		return dateValue(text(v), true)
	case DurationField:
		return durationValue(v), nil
	}
	return textValue(v), nil
}

// rawValue converts a SQLite value with no field (raw SQL, extra
// selects) as Python's sqlite3 module would.
func rawValue(v any) starlark.Value {
	switch v := v.(type) {
	case nil:
		return starlark.None
	case int64:
		return starlark.MakeInt64(v)
	case float64:
		return starlark.Float(v)
	case []byte:
		return starlark.Bytes(v)
	}
	return textValue(v)
}

func intValue(v any) starlark.Int {
	switch v := v.(type) {
	case int64:
		return starlark.MakeInt64(v)
	case float64:
		return starlark.MakeInt64(int64(v))
	}
	n, _ := strconv.ParseInt(fmt.Sprint(v), 10, 64)
	return starlark.MakeInt64(n)
}

func floatValue(v any) starlark.Value {
	switch v := v.(type) {
	case int64:
		return starlark.Float(float64(v))
	case float64:
		return starlark.Float(v)
	}
	x, _ := strconv.ParseFloat(fmt.Sprint(v), 64)
	return starlark.Float(x)
}

func textValue(v any) starlark.Value {
	return starlark.String(text(v))
}

// text is a SQLite value as text; dates come back from SQLite as text
// already, so the common cases skip fmt.
func text(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []byte:
		return string(v)
	}
	return fmt.Sprint(v)
}
