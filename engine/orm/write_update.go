package orm

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// assignment is one "column" = value of an UPDATE's SET clause: a
// prepared parameter, or an expression (F("pages") + 1, a CASE of
// bulk_update) compiled with the statement.
type assignment struct {
	field *Field
	value any
	expr  sqlExpr
}

// sql compiles the assignment as SQLUpdateCompiler.as_sql does: None is
// written as a literal NULL, other values are parameters.
func (a assignment) sql(c *compiler) (string, []any, error) {
	s, p, err := a.valueSQL(c)
	return quote(a.field.Column) + " = " + s, p, err
}

// valueSQL compiles the value alone (Value(None) is a literal NULL).
func (a assignment) valueSQL(c *compiler) (string, []any, error) {
	switch {
	case a.expr != nil:
		return a.expr.sql(c)
	case a.value == nil:
		return "NULL", nil, nil
	}
	return "%s", []any{a.value}, nil
}

// querysetUpdate is QuerySet.update(**kwargs): one UPDATE for every
// matching row, returning how many rows it changed.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#update
func querysetUpdate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, typeError("QuerySet.update() takes 1 positional argument but %d were given", len(args)+1)
	}
	if qs.query.IsSliced() {
		return nil, typeError("Cannot update a query once a slice has been taken.")
	}
	q := qs.query.Clone()
	sets, err := updateAssignments(qs.sess, q, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := runUpdate(qs.sess, q, sets)
	qs.cache, qs.done = nil, false
	return starlark.MakeInt64(n), err
}

// updateAssignments resolves update()'s keyword arguments in order, as
// UpdateQuery.add_update_values does.
func updateAssignments(sess *Session, q *Query, kwargs []starlark.Tuple) ([]assignment, error) {
	out := make([]assignment, 0, len(kwargs))
	for _, kv := range kwargs {
		name := string(kv[0].(starlark.String))
		f, err := updatableField(q.Model, name)
		if err != nil {
			return nil, err
		}
		a, err := assign(sess, q, f, kv[1])
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// updatableField finds a field update() may set: a concrete field or a
// ForeignKey, by name or attname.
func updatableField(m *Model, name string) (*Field, error) {
	f := m.Field(name)
	if f == nil {
		if r := m.ReverseByQueryName(name); r != nil {
			return nil, reverseUpdateError(r)
		}
		return nil, fieldDoesNotExist(m, name)
	}
	if f.Kind == ManyToManyField {
		return nil, fieldErrorf("Cannot update model field <django.db.models.fields.related.ManyToManyField: %s> (only non-relations and foreign keys permitted).", f.Name)
	}
	return f, nil
}

// reverseUpdateError is what Django 5.2 raises for update() of a reverse
// relation: a reverse many-to-many is refused by name; a reverse
// ForeignKey gets as far as QuerySet.update's check for generated fields
// (5.0+), which a ManyToOneRel does not have.
func reverseUpdateError(r *Relation) error {
	if r.Field.Kind == ManyToManyField {
		return fieldErrorf("Cannot update model field <ManyToManyRel: library.%s> (only non-relations and foreign keys permitted).", strings.ToLower(r.Field.Model.Name))
	}
	return py.Errorf("AttributeError", "'ManyToOneRel' object has no attribute 'generated'")
}

// fieldDoesNotExist is Options.get_field's error for an unknown name.
func fieldDoesNotExist(m *Model, name string) error {
	return py.Errorf("FieldDoesNotExist", "%s has no field named '%s'", m.Name, name)
}

// assign prepares one value for field f: expressions are resolved
// against q without joins, model instances only go to ForeignKeys.
func assign(sess *Session, q *Query, f *Field, v starlark.Value) (assignment, error) {
	if e, ok := exprParam(v); ok {
		se, err := resolveNoJoins(sess, q, e)
		if err == nil && se.aggregate() {
			err = fieldErrorf("Aggregate functions are not allowed in this query (%s=%s).", f.Name, e.PyRepr())
		}
		return assignment{field: f, expr: se}, err
	}
	if inst, ok := v.(*Instance); ok {
		switch {
		case f.Kind != ForeignKey:
			return assignment{}, typeError("Tried to update field library.%s.%s with a model instance, %s. Use a value compatible with %s.", f.Model.Name, f.Name, inst.PyRepr(), kindName(f.Kind))
		case !inst.hasPK():
			return assignment{}, valueError("Unsaved model instance %s cannot be used in an ORM query.", inst.PyRepr())
		}
	}
	p, err := prepValue(f, v, "exact")
	return assignment{field: f, value: p}, err
}

// resolveNoJoins resolves an expression with allow_joins=False, as
// update() and save() do. Django resolves an update value twice
// (UpdateQuery.add_update_fields, then SQLUpdateCompiler.as_sql), so
// each When condition is a resolved WhereNode and prints in parentheses.
func resolveNoJoins(sess *Session, q *Query, e *Expression) (sqlExpr, error) {
	before, active := len(q.aliases), q.activeTables()
	se, err := q.resolveExpr(sess, e, 0)
	if err == nil && q.activeTables() > active {
		q.aliases = q.aliases[:before]
		return nil, fieldErrorf("Joined field references are not permitted in this query")
	}
	if err == nil {
		se = resolvedAgain(se)
	}
	return se, err
}

// runUpdate sends UPDATE ... SET ... WHERE for q and returns the number of
// rows changed. A WHERE that needs joins becomes "id" IN (subquery), as
// SQLUpdateCompiler.pre_sql_setup does; a WHERE that can match nothing
// sends no statement, and neither does an empty SET.
func runUpdate(sess *Session, q *Query, sets []assignment) (int64, error) {
	if len(sets) == 0 {
		return 0, nil
	}
	c := newCompiler(writeTarget(q))
	parts := make([]string, len(sets))
	var params []any
	for n, a := range sets {
		s, p, err := a.sql(c)
		if err != nil {
			return 0, err
		}
		parts[n], params = s, append(params, p...)
	}
	where, wp, err := condSQL(c, c.q.Where)
	if err == errEmpty {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	sql := "UPDATE " + quote(q.Model.Table) + " SET " + strings.Join(parts, ", ")
	return execWrite(sess, q.Model, sql, where, append(params, wp...))
}

// execWrite sends an UPDATE or DELETE head with its WHERE clause and
// returns the rows it changed.
func execWrite(sess *Session, m *Model, head, where string, params []any) (int64, error) {
	if where != "" {
		head += " WHERE " + where
	}
	res, _, err := sess.execute(head, params, writeCause(m))
	if err != nil {
		return 0, err
	}
	return res.RowsAffected, nil
}

// writeTarget is the query whose WHERE an UPDATE or DELETE uses: q
// itself when it reads one table, else a query selecting the rows by
// primary key from q as a subquery ("id" IN (SELECT U0."id" ...)).
func writeTarget(q *Query) *Query {
	if q.activeTables() == 1 {
		return q
	}
	inner := q.Clone()
	inner.Values, inner.Extra, inner.Order, inner.Ordered = nil, nil, nil, false
	outer := NewQuery(q.Model)
	outer.Where.add(&Lookup{Alias: outer.Base(), Column: "id", Op: "in", Sub: inner}, "AND")
	return outer
}
