package orm

import (
	"go.starlark.net/starlark"
)

// dateKinds are the kinds dates() accepts; datetimes() also takes the
// timeKinds.
var (
	dateKinds = map[string]bool{"year": true, "month": true, "week": true, "day": true}
	timeKinds = map[string]bool{"hour": true, "minute": true, "second": true}
)

// querysetDates is QuerySet.dates(field, kind, order="ASC"): the distinct
// dates of field cut to kind, as Django builds it from annotate(datefield=
// Trunc(...)), values_list(flat=True), distinct(), a filter on field
// IS NOT NULL and order_by("datefield").
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#dates
func querysetDates(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var field, kind string
	order := "ASC"
	if err := starlark.UnpackArgs("dates", args, kwargs, "field_name", &field, "kind", &kind, "order?", &order); err != nil {
		return nil, err
	}
	if !dateKinds[kind] {
		return nil, valueError("'kind' must be one of 'year', 'month', 'week', or 'day'.")
	}
	return qs.truncatedDates(field, kind, order, false)
}

// querysetDatetimes is QuerySet.datetimes(field, kind, order="ASC",
// tzinfo=None); with USE_TZ = False the time zone plays no part.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#datetimes
func querysetDatetimes(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var field, kind string
	var tz starlark.Value = starlark.None
	order := "ASC"
	if err := starlark.UnpackArgs("datetimes", args, kwargs, "field_name", &field, "kind", &kind, "order?", &order, "tzinfo?", &tz); err != nil {
		return nil, err
	}
	if !dateKinds[kind] && !timeKinds[kind] {
		return nil, valueError("'kind' must be one of 'year', 'month', 'week', 'day', 'hour', 'minute', or 'second'.")
	}
	return qs.truncatedDates(field, kind, order, true)
}

// truncatedDates is the QuerySet dates() and datetimes() return.
func (qs *QuerySet) truncatedDates(field, kind, order string, withTime bool) (starlark.Value, error) {
	if order != "ASC" && order != "DESC" {
		return nil, valueError("'order' must be either 'ASC' or 'DESC'.")
	}
	if err := qs.notCombined("annotate"); err != nil {
		return nil, err
	}
	name := map[bool]string{false: "datefield", true: "datetimefield"}[withTime]
	c := qs.chain()
	c.mark++
	t, err := c.query.truncOf(field, kind, withTime, c.mark)
	if err != nil {
		return nil, err
	}
	c.query.Annotations = append(c.query.Annotations, &Annotation{Name: name, Expr: t})
	if c, err = c.withValues(rowFlat, starlark.Tuple{starlark.String(name)}); err != nil {
		return nil, err
	}
	c.query.Distinct = true
	if c, err = c.filterOrExclude(false, nil, []starlark.Tuple{{starlark.String(field + "__isnull"), starlark.False}}); err != nil {
		return nil, err
	}
	return c.orderedBy(OrderBy{Path: name, Desc: order == "DESC"}), nil
}

// truncOf resolves Trunc(field, kind) with a DateField (dates()) or
// DateTimeField (datetimes()) output, raising Django's errors for a field
// that holds no dates and for a DateField cut to a datetime.
func (q *Query) truncOf(field, kind string, withTime bool, mark int) (*dateTrunc, error) {
	col, err := q.resolveName(field, mark)
	if err != nil {
		return nil, err
	}
	f := col.field()
	if f == nil || (f.Kind != DateField && f.Kind != DateTimeField) {
		name := field
		if f != nil {
			name = f.Name
		}
		return nil, typeError("'%s' isn't a DateField, TimeField, or DateTimeField.", name)
	}
	if withTime && f.Kind == DateField {
		return nil, valueError("Cannot truncate DateField '%s' to DateTimeField.", f.Name)
	}
	return &dateTrunc{col: col, kind: kind, withTime: withTime}, nil
}

// dateTrunc is Trunc(col, kind) as the SQLite backend compiles it:
// django_date_trunc for a DateField result, django_datetime_trunc for a
// DateTimeField one, the kind and the two time zones (NULL with
// USE_TZ = False) as parameters.
type dateTrunc struct {
	col      sqlExpr
	kind     string
	withTime bool
}

func (e *dateTrunc) sql(c *compiler) (string, []any, error) {
	s, p, err := e.col.sql(c)
	fn := "django_date_trunc"
	if e.withTime {
		fn = "django_datetime_trunc"
	}
	params := append(append([]any{e.kind}, p...), nil, nil)
	return fn + "(%s, " + s + ", %s, %s)", params, err
}

func (e *dateTrunc) field() *Field {
	if e.withTime {
		return &Field{Name: "datetimefield", Kind: DateTimeField}
	}
	return &Field{Name: "datefield", Kind: DateField}
}

func (e *dateTrunc) aggregate() bool { return false }
