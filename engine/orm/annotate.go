package orm

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/db"
)

// namedExprs lists annotate()/aggregate() arguments by alias: positional
// aggregates take their default alias (price__avg).
func namedExprs(args starlark.Tuple, kwargs []starlark.Tuple, argsFirst bool) ([]string, []*Expression, error) {
	var names []string
	var exprs []*Expression
	add := func(name string, v starlark.Value) error {
		if q, isQ := v.(*Q); isQ {
			v = &Expression{kind: exprQ, filter: q}
		}
		e, ok := v.(*Expression)
		if !ok {
			return typeError("QuerySet.annotate() received non-expression(s): %s.", pyRepr(v))
		}
		names, exprs = append(names, name), append(exprs, e)
		return nil
	}
	positional := func() error {
		for _, a := range args {
			e, ok := a.(*Expression)
			if !ok {
				return typeError("QuerySet.annotate() received non-expression(s): %s.", pyRepr(a))
			}
			alias, err := e.defaultAlias()
			if err != nil {
				return err
			}
			if err := add(alias, e); err != nil {
				return err
			}
		}
		return nil
	}
	if argsFirst {
		if err := positional(); err != nil {
			return nil, nil, err
		}
	}
	for _, kv := range kwargs {
		if err := add(string(kv[0].(starlark.String)), kv[1]); err != nil {
			return nil, nil, err
		}
	}
	if !argsFirst {
		if err := positional(); err != nil {
			return nil, nil, err
		}
	}
	return names, exprs, nil
}

// querysetAnnotate is QuerySet.annotate(): each expression becomes a
// named select item; an aggregate groups the rows, by the values()
// columns when values() came first, else by every selected column.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#annotate
func querysetAnnotate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	names, exprs, err := namedExprs(args, kwargs, true)
	if err != nil {
		return nil, err
	}
	c := qs.chain()
	grouped := c.query.Group
	for i, name := range names {
		if err := c.addAnnotation(name, exprs[i]); err != nil {
			return nil, err
		}
	}
	if grouped == groupNone && c.query.Group == groupValues {
		c.query.groupWindowsBySelf()
	}
	return c, nil
}

func (qs *QuerySet) addAnnotation(name string, e *Expression) error {
	if qs.model.Field(name) != nil {
		return valueError("The annotation '%s' conflicts with a field on the model.", name)
	}
	r, err := qs.query.resolveExpr(qs.sess, e, qs.mark)
	if err != nil {
		return err
	}
	qs.query.Annotations = append(qs.query.Annotations, &Annotation{Name: name, Expr: r})
	if r.aggregate() && qs.query.Group == groupNone {
		qs.query.Group = groupAll
		if qs.kind != rowModels {
			qs.query.Group = groupValues
		}
	}
	if qs.kind != rowModels {
		qs.names = append(qs.names, name)
		if qs.query.Selected != nil {
			qs.query.Selected = append(qs.query.Selected, name)
		}
	}
	return nil
}

// querysetAggregate is QuerySet.aggregate(): one query returning a dict.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#aggregate
func querysetAggregate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if qs.query.Combinator != "" {
		return nil, unsupportedCombinedAggregate()
	}
	names, exprs, err := namedExprs(args, kwargs, false)
	if err != nil {
		return nil, err
	}
	if d, ok, err := qs.aggregateOverWindow(names, exprs); ok || err != nil {
		return d, err
	}
	q := qs.query.Clone()
	q.Order, q.Related, q.RelatedAll, q.Values, q.Annotations, q.Group = nil, nil, false, nil, nil, groupNone
	items := make([]sqlExpr, len(names))
	for i, e := range exprs {
		if items[i], err = q.resolveExpr(qs.sess, e, qs.mark); err != nil {
			return nil, err
		}
		if !items[i].aggregate() {
			return nil, typeError("%s is not an aggregate expression", names[i])
		}
		q.Annotations = append(q.Annotations, &Annotation{Name: names[i], Expr: items[i]})
	}
	c := newCompiler(q)
	res, err := qs.scalar(func() (string, []any, error) {
		cols, err := c.annotationItems(nil)
		if err != nil {
			return "", nil, err
		}
		return c.aggregateSQL(cols)
	})
	if err != nil {
		return nil, err
	}
	return aggregateDict(names, items, res)
}

// aggregateSQL compiles SELECT items FROM ... WHERE ... without limits.
func (c *compiler) aggregateSQL(items []selectItem) (string, []any, error) {
	cols, params := make([]string, len(items)), []any{}
	for i, it := range items {
		cols[i], params = it.text(), append(params, it.params...)
	}
	sql, p, err := c.assemble("SELECT "+strings.Join(cols, ", "), nil, false)
	return sql, append(params, p...), err
}

func aggregateDict(names []string, items []sqlExpr, res *db.Result) (starlark.Value, error) {
	d := starlark.NewDict(len(names))
	var row []any
	if res != nil && len(res.Rows) > 0 {
		row = res.Rows[0]
	}
	for i, name := range names {
		var raw any
		if row != nil {
			raw = row[i]
		}
		v, err := convertExpr(items[i], raw)
		if err != nil {
			return nil, err
		}
		if agg, ok := items[i].(*aggExpr); ok && v == starlark.None && agg.fn == "COUNT" {
			v = starlark.MakeInt(0)
		}
		d.SetKey(starlark.String(name), v)
	}
	return d, nil
}

// convertExpr converts a selected expression's value by its field.
func convertExpr(e sqlExpr, raw any) (starlark.Value, error) {
	if f := e.field(); f != nil {
		return fromDB(f, raw)
	}
	return rawValue(raw), nil
}
