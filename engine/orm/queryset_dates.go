package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// QuerySet.dates() and datetimes(): the distinct truncated values of a
// date field, built as Django builds them from annotate(Trunc(...)),
// values_list(), distinct(), filter() and order_by().
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#dates

// querysetDates is QuerySet.dates(field_name, kind, order="ASC").
func querysetDates(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var field, kind string
	order := "ASC"
	if err := starlark.UnpackArgs("dates", args, kwargs, "field_name", &field, "kind", &kind, "order?", &order); err != nil {
		return nil, err
	}
	if !oneOf(kind, "year", "month", "week", "day") {
		return nil, valueError("'kind' must be one of 'year', 'month', 'week', or 'day'.")
	}
	return qs.truncatedValues("datefield", field, kind, order, DateField)
}

// querysetDatetimes is QuerySet.datetimes(field_name, kind,
// order="ASC", tzinfo=None); with USE_TZ off tzinfo is ignored.
func querysetDatetimes(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var field, kind string
	var tzinfo starlark.Value
	order := "ASC"
	if err := starlark.UnpackArgs("datetimes", args, kwargs, "field_name", &field, "kind", &kind, "order?", &order, "tzinfo?", &tzinfo); err != nil {
		return nil, err
	}
	if !oneOf(kind, "year", "month", "week", "day", "hour", "minute", "second") {
		return nil, valueError("'kind' must be one of 'year', 'month', 'week', 'day', 'hour', 'minute', or 'second'.")
	}
	return qs.truncatedValues("datetimefield", field, kind, order, DateTimeField)
}

// truncatedValues chains the QuerySet calls dates() and datetimes() make.
func (qs *QuerySet) truncatedValues(alias, field, kind, order string, out Kind) (starlark.Value, error) {
	if order != "ASC" && order != "DESC" {
		return nil, valueError("'order' must be either 'ASC' or 'DESC'.")
	}
	if err := qs.notCombined("annotate"); err != nil {
		return nil, err
	}
	trunc := &Expression{kind: exprFunc, name: "Trunc", value: starlark.String(kind),
		args: []*Expression{{kind: exprF, name: field}}, output: &Field{Kind: out}}
	c := qs.chain()
	if err := c.addAnnotation(alias, trunc); err != nil {
		return nil, err
	}
	if err := c.addAnnotation("plain_field", &Expression{kind: exprF, name: field}); err != nil {
		return nil, err
	}
	v, err := querysetValuesList(c, starlark.Tuple{starlark.String(alias)}, []starlark.Tuple{{starlark.String("flat"), starlark.True}})
	if err == nil {
		v, err = querysetDistinct(v.(*QuerySet), nil, nil)
	}
	if err == nil {
		v, err = querysetFilter(v.(*QuerySet), nil, []starlark.Tuple{{starlark.String("plain_field__isnull"), starlark.False}})
	}
	if err != nil {
		return nil, err
	}
	prefix := map[string]string{"ASC": "", "DESC": "-"}[order]
	return querysetOrderBy(v.(*QuerySet), starlark.Tuple{starlark.String(prefix + alias)}, nil)
}

func oneOf(s string, options ...string) bool {
	return strings.Contains(" "+strings.Join(options, " ")+" ", " "+s+" ")
}
