package orm

import (
	"strings"
	"unicode"

	"go.starlark.net/starlark"

	"ormlab/engine/db"
	"ormlab/engine/py"
)

// namedExprs lists annotate()/aggregate() arguments by alias: positional
// aggregates take their default alias (price__avg).
func namedExprs(args starlark.Tuple, kwargs []starlark.Tuple, argsFirst bool) ([]string, []*Expression, error) {
	method := map[bool]string{true: "annotate", false: "aggregate"}[argsFirst]
	var names []string
	var exprs []*Expression
	add := func(name string, v starlark.Value) error {
		if q, isQ := v.(*Q); isQ {
			v = &Expression{kind: exprQ, filter: q}
		}
		e, ok := v.(*Expression)
		if !ok {
			return typeError("QuerySet.%s() received non-expression(s): %s.", method, py.Str(v))
		}
		names, exprs = append(names, name), append(exprs, e)
		return nil
	}
	positional := func() error {
		for _, a := range args {
			e, ok := a.(*Expression)
			if !ok {
				return typeError("QuerySet.%s() received non-expression(s): %s.", method, py.Str(a))
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
	if qs.conflicts(name) {
		return valueError("The annotation '%s' conflicts with a field on the model.", name)
	}
	if err := checkAlias(name); err != nil {
		return err
	}
	r, err := qs.query.resolveExpr(qs.sess, e, qs.mark)
	if err != nil {
		return err
	}
	qs.query.Annotations = append(qs.query.Annotations, &Annotation{Name: name, Expr: r})
	switch {
	case r.aggregate() && qs.kind != rowModels: // set_group_by(): the values() columns
		qs.query.Group = groupValues
	case r.aggregate() && qs.query.Group == groupNone:
		qs.query.Group = groupAll
	}
	if qs.kind != rowModels {
		qs.names = append(qs.names, name)
		if qs.query.Selected != nil {
			qs.query.Selected = append(qs.query.Selected, name)
		}
	}
	return nil
}

// conflicts reports whether an annotation name is taken, as
// QuerySet._annotate checks: by a model field, or after values() by a
// name values() selected.
func (qs *QuerySet) conflicts(name string) bool {
	if qs.kind == rowModels {
		return qs.model.Field(name) != nil
	}
	for _, s := range qs.query.Selected {
		if s == name {
			return true
		}
	}
	return false
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
		raw := emptyResult(items[i])
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

// emptyResult is an aggregate's value when no query is needed because
// nothing can match (empty_result_set_value): a default= given, else
// NULL (Count turns it into 0).
func emptyResult(e sqlExpr) any {
	f, ok := e.(*funcExpr)
	if !ok || f.fn != "COALESCE" {
		return nil
	}
	for _, a := range f.args {
		if v, ok := a.(*valueExpr); ok {
			return v.v
		}
	}
	return nil
}

// checkAlias refuses a column alias that could break out of its quotes
// in SQL, as Query.check_alias does: whitespace, control characters,
// quotes, brackets, semicolons, hashes and comment markers.
func checkAlias(name string) error {
	bad := strings.ContainsAny(name, "'`\"[];#") || strings.Contains(name, "--") ||
		strings.Contains(name, "/*") || strings.Contains(name, "*/") ||
		strings.IndexFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r <= 0x1f || (r >= 0x7f && r <= 0x9f) }) >= 0
	if bad {
		return valueError("Column aliases cannot contain whitespace characters, hashes, control characters, quotation marks, semicolons, or SQL comments.")
	}
	return nil
}
