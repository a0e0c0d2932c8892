package orm

import "go.starlark.net/starlark"

// dateParts are the date transforms of DateField and DateTimeField;
// timeParts are DateTimeField's alone.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#month
var (
	dateParts = map[string]bool{"year": true, "iso_year": true, "month": true, "day": true, "week": true,
		"week_day": true, "iso_week_day": true, "quarter": true}
	timeParts = map[string]bool{"hour": true, "minute": true, "second": true, "date": true}
)

func isTransform(f *Field, name string) bool {
	switch f.Kind {
	case DateField:
		return dateParts[name]
	case DateTimeField:
		return dateParts[name] || timeParts[name]
	}
	return false
}

// extractLookup compiles __month, __day, __hour, __date and the other
// transforms through the SQL functions Django's SQLite backend registers
// (django_date_extract and friends), with the part name as a parameter
// as Django 5.2 passes it.
func extractLookup(sess *Session, t target, part, op string, value starlark.Value) (*Lookup, error) {
	ex := &extract{fn: "django_date_extract", before: []any{part}}
	valueField := &Field{Name: t.field.Name, Kind: IntegerField}
	if t.field.Kind == DateTimeField {
		ex = &extract{fn: "django_datetime_extract", before: []any{part}, after: []any{nil, nil}}
	}
	if part == "date" {
		ex = &extract{fn: "django_datetime_cast_date", after: []any{nil, nil}}
		valueField = &Field{Name: t.field.Name, Kind: DateField}
	}
	l, err := prepareLookup(sess, target{alias: t.alias, column: t.column, field: valueField}, op, value)
	if err != nil {
		return nil, err
	}
	l.Extract = ex
	return l, nil
}

// extractExpr is a date transform read as an expression, F("pub_date__year")
// or order_by="pub_date__year": Extract(...) compiled as Django's
// SQLite backend does, through the functions it registers.
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/#f-expressions
type extractExpr struct {
	col *colExpr
	ex  *extract
	f   *Field
}

func (e *extractExpr) sql(c *compiler) (string, []any, error) {
	s, _, _ := e.col.sql(c)
	return e.ex.wrap(s), append(append([]any{}, e.ex.before...), e.ex.after...), nil
}

func (e *extractExpr) field() *Field   { return e.f }
func (e *extractExpr) aggregate() bool { return false }

// transformExpr is the column t read through the transform part.
func transformExpr(t target, part string) *extractExpr {
	col := &colExpr{alias: t.alias, column: t.column, f: columnField(t)}
	e := &extractExpr{col: col, ex: &extract{fn: "django_date_extract", before: []any{part}}, f: &Field{Name: part, Kind: IntegerField}}
	if t.field.Kind == DateTimeField {
		e.ex = &extract{fn: "django_datetime_extract", before: []any{part}, after: []any{nil, nil}}
	}
	if part == "date" {
		e.ex, e.f = &extract{fn: "django_datetime_cast_date", after: []any{nil, nil}}, &Field{Name: part, Kind: DateField}
	}
	return e
}

// yearOps are the lookups Django's YearLookup turns into date bounds.
var yearOps = map[string]bool{"exact": true, "gt": true, "gte": true, "lt": true, "lte": true}

// isYear reports an ExtractYear: a filter on it with a plain value
// compares the column with the year's bounds (YearLookup).
func (e *extractExpr) isYear() bool { return len(e.ex.before) == 1 && e.ex.before[0] == "year" }
