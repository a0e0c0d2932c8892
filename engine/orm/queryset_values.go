package orm

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// querysetValues is QuerySet.values(): field names, then keyword
// expressions, which are annotated first and then selected alone, in the
// order given, as QuerySet._values does.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#values
func querysetValues(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	names := append(starlark.Tuple(nil), args...)
	var exprs []namedExpr
	for _, kv := range kwargs {
		e, ok := kv[1].(*Expression)
		if !ok {
			return nil, typeError("QuerySet.annotate() received non-expression(s): %s.", py.Str(kv[1]))
		}
		exprs = append(exprs, namedExpr{name: string(kv[0].(starlark.String)), e: e})
		names = append(names, kv[0])
	}
	return qs.valuesOf(rowDicts, names, exprs)
}

// namedExpr is an expression values() or values_list() selects under a
// name.
type namedExpr struct {
	name string
	e    *Expression
}

// valuesOf annotates exprs and then selects names, as _values does.
func (qs *QuerySet) valuesOf(kind rowKind, names starlark.Tuple, exprs []namedExpr) (*QuerySet, error) {
	c := qs
	if len(exprs) > 0 {
		c = qs.chain()
		for _, x := range exprs {
			if err := c.addAnnotation(x.name, x.e); err != nil {
				return nil, err
			}
		}
	}
	return c.withValues(kind, names)
}

func querysetValuesList(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	flat, named := false, false
	for _, kv := range kwargs {
		switch kv[0].(starlark.String) {
		case "flat":
			flat = bool(kv[1].Truth())
		case "named":
			named = bool(kv[1].Truth())
		default:
			return nil, typeError("QuerySet.values_list() got an unexpected keyword argument '%s'", string(kv[0].(starlark.String)))
		}
	}
	if flat && named {
		return nil, typeError("'flat' and 'named' can't be used together.")
	}
	if flat && len(args) > 1 {
		return nil, typeError("'flat' is not valid when values_list is called with more than one field.")
	}
	names, exprs, err := valuesListNames(args)
	if err != nil {
		return nil, err
	}
	kind := rowTuples
	switch {
	case flat:
		kind = rowFlat
	case named:
		kind = rowNamed
	}
	return qs.valuesOf(kind, names, exprs)
}

// valuesListNames names values_list() arguments as Django does: an
// expression takes its default alias (book__count) or its class name in
// lower case, and a counter suffix always (lower1); a field named twice
// is selected again as F(name) under name plus the counter (name1).
func valuesListNames(args starlark.Tuple) (starlark.Tuple, []namedExpr, error) {
	used := map[string]bool{}
	for _, a := range args {
		if s, ok := a.(starlark.String); ok {
			used[string(s)] = false
		}
	}
	names := make(starlark.Tuple, 0, len(args))
	var exprs []namedExpr
	counter := 1
	for _, a := range args {
		name, e, err := valuesListItem(a, used)
		if err != nil {
			return nil, nil, err
		}
		if e != nil {
			prefix := name
			for name = prefix + itoa(counter); hasName(used, name); name = prefix + itoa(counter) {
				counter++
			}
			exprs = append(exprs, namedExpr{name: name, e: e})
		}
		used[name] = true
		names = append(names, starlark.String(name))
	}
	return names, exprs, nil
}

func hasName(used map[string]bool, name string) bool {
	_, ok := used[name]
	return ok
}

// valuesListItem is one values_list() argument: a field name (an
// expression F(name) when the name came before) or an expression.
func valuesListItem(a starlark.Value, used map[string]bool) (string, *Expression, error) {
	switch a := a.(type) {
	case starlark.String:
		if used[string(a)] {
			return string(a), &Expression{kind: exprF, name: string(a)}, nil
		}
		return string(a), nil, nil
	case *Expression:
		name, err := a.valuesListAlias()
		return name, a, err
	}
	return "", nil, py.Errorf("AttributeError", "'%s' object has no attribute 'split'", pyTypeName(a))
}

// valuesListAlias is getattr(expr, "default_alias", class name lowered):
// aggregates have a default alias, or raise when they have none.
func (e *Expression) valuesListAlias() (string, error) {
	if e.kind != exprAggregate {
		return strings.ToLower(e.Type()), nil
	}
	if len(e.args) == 1 && e.args[0].kind == exprF {
		return e.args[0].name + "__" + strings.ToLower(e.name), nil
	}
	return "", typeError("Complex expressions require an alias")
}

// withValues is values()/values_list(): the named columns (all concrete
// fields when none are named) and annotations, joined as their paths
// need. Rows list fields first, then annotations (values_list reorders
// them as requested).
func (qs *QuerySet) withValues(kind rowKind, args starlark.Tuple) (*QuerySet, error) {
	c := qs.chain()
	c.kind, c.names, c.query.Values, c.query.Selected = kind, nil, []*Column{}, nil
	c.query.Related, c.query.RelatedAll = nil, false
	if c.query.Group == groupAll {
		c.query.Group = groupModel
	}
	if len(args) == 0 {
		for _, f := range qs.model.Fields {
			c.query.Values = append(c.query.Values, &Column{Alias: c.query.Base(), Field: f, Name: f.Attname()})
			c.names = append(c.names, f.Attname())
		}
		for _, a := range c.query.selectedAnnotations() {
			c.names = append(c.names, a.Name)
		}
		return c, nil
	}
	return c, c.selectValues(args)
}

// selectValues sets the values() columns and the SELECT list for names:
// each field or annotation in the order named.
func (qs *QuerySet) selectValues(args starlark.Tuple) error {
	for _, a := range args {
		if name, ok := a.(starlark.String); ok {
			if err := checkAlias(string(name)); err != nil {
				return err
			}
		}
	}
	wanted := map[string]bool{}
	for _, a := range args {
		name, ok := a.(starlark.String)
		if !ok {
			return typeError("values() arguments must be field names in ORM Lab")
		}
		qs.query.Selected = append(qs.query.Selected, string(name))
		if qs.query.annotation(string(name)) != nil {
			wanted[string(name)] = true
			continue
		}
		col, err := qs.query.valueColumn(string(name))
		if err != nil {
			return err
		}
		qs.query.Values = append(qs.query.Values, col)
	}
	for _, a := range qs.query.Annotations {
		a.Hidden = !wanted[a.Name]
	}
	qs.names = append([]string(nil), qs.query.Selected...)
	return nil
}

func (q *Query) valueColumn(name string) (*Column, error) {
	rp, err := resolvePath(q.Model, name)
	if err != nil {
		return nil, err
	}
	if len(rp.lookups) > 0 && rp.field == nil {
		return nil, fieldErrorf("Cannot resolve keyword '%s' into field. Join on '%s' not permitted.", rp.lookups[0], strings.TrimSuffix(name, "__"+strings.Join(rp.lookups, "__")))
	}
	t := q.setupTarget(rp, 0)
	col := &Column{Alias: t.alias, Field: columnField(t), Name: name}
	if len(rp.lookups) > 0 {
		e, err := applyTransforms(&colExpr{alias: t.alias, column: t.column, f: col.Field}, rp.lookups, name)
		if err != nil {
			return nil, err
		}
		col.Expr, col.Field = e, e.field()
	}
	return col, nil
}

// columnField is the field describing the compared column's values.
func columnField(t target) *Field {
	if t.column != t.field.Column {
		return &Field{Name: t.field.Name, Column: t.column, Kind: IntegerField}
	}
	return t.field
}
