package orm

import (
	"math"
	"regexp"
	"time"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// dateValue converts Django's SQLite storage text to a date or datetime,
// as the backend's converters do. Text that does not look like a date
// (a datetime read through a DateField, as a union can) converts to None,
// as parse_date returns.
func dateValue(s string, withTime bool) (starlark.Value, error) {
	if withTime {
		return py.ParseDateTime(s)
	}
	d, err := py.ParseDate(s)
	if err != nil && !dateText.MatchString(s) {
		return starlark.None, nil
	}
	return d, err
}

// dateText is the pattern of Django's date_re.
var dateText = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}$`)

// dateParam converts a script date, datetime or ISO string to the text
// Django binds for a DateField or DateTimeField.
func dateParam(f *Field, v starlark.Value, withTime bool) (any, error) {
	switch v := v.(type) {
	case py.DateTime:
		if withTime {
			return v.Storage(), nil
		}
		return v.Date().Storage(), nil
	case py.Date:
		if withTime {
			return v.Storage() + " 00:00:00", nil
		}
		return v.Storage(), nil
	case starlark.String:
		if _, err := dateValue(string(v), withTime); err != nil {
			return nil, dateFormatError(f, v, withTime)
		}
		return string(v), nil
	}
	return nil, typeError("expected string or bytes-like object, got '%s'", pyTypeName(v))
}

// dateFormatError is Django's ValidationError text for a bad date string.
func dateFormatError(f *Field, v starlark.String, withTime bool) error {
	if withTime {
		return py.Errorf("ValidationError", "['“%s” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.']", string(v))
	}
	return py.Errorf("ValidationError", "['“%s” value has an invalid date format. It must be in YYYY-MM-DD format.']", string(v))
}

// durationValue is timedelta(0, 0, v) for the microseconds SQLite
// returns: an average comes back as a float, rounded half to even.
func durationValue(v any) starlark.Value {
	us, ok := v.(float64)
	if !ok {
		return py.TimeDeltaOf(time.Duration(intValue(v).BigInt().Int64()) * time.Microsecond)
	}
	return py.TimeDeltaOf(time.Duration(math.RoundToEven(us)) * time.Microsecond)
}

// durationParam is the integer microseconds Django binds for a
// DurationField on SQLite (duration_microseconds).
func durationParam(f *Field, v starlark.Value) (any, error) {
	if td, ok := v.(py.TimeDelta); ok {
		return td.Microseconds(), nil
	}
	return nil, valueError("“%s” value has an invalid format. It must be in [DD] [[HH:]MM:]ss[.uuuuuu] format.", py.Str(v))
}
