package orm

// Date arithmetic: Django's CombinedExpression turns into a
// DurationExpression when one side is a DurationField (a timedelta) and
// into a TemporalSubtraction when two dates are subtracted. On SQLite,
// which has no interval type, both call functions Django's backend
// registers: django_format_dtdelta and django_timestamp_diff.
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/#using-f-with-annotations

// combine builds lhs op rhs as CombinedExpression.resolve_expression
// does.
func combine(op string, l, r sqlExpr) sqlExpr {
	lk, rk := kindOf(l), kindOf(r)
	switch {
	case (lk == DurationField) != (rk == DurationField):
		return &durationExpr{combinedExpr{op: op, l: l, r: r}}
	case op == "-" && lk == rk && (lk == DateField || lk == DateTimeField):
		return &funcExpr{fn: "django_timestamp_diff", args: []sqlExpr{l, r}, f: &Field{Kind: DurationField}}
	}
	c := &combinedExpr{op: op, l: l, r: r}
	if op == "-" && isKindOf(lk, DateField) && isKindOf(rk, DateField) {
		// A date minus a datetime: SQLite subtracts the texts as numbers.
		c.out = &Field{Kind: DurationField}
		return c
	}
	if temporal(lk) || temporal(rk) {
		return &failedExpr{err: fieldErrorf("Cannot infer type of '%s' expression involving these types: %s, %s. You must set output_field.", op, typeName(lk), typeName(rk)), untyped: c}
	}
	return c
}

// kindOf is the kind of an expression's field, -1 when unknown.
func kindOf(e sqlExpr) Kind {
	if f := e.field(); f != nil {
		return f.Kind
	}
	return -1
}

// typeName is a field class name, or NoneType for an untyped side.
func typeName(k Kind) string {
	if k < 0 {
		return "NoneType"
	}
	return kindName(k)
}

func temporal(k Kind) bool { return k == DateField || k == DateTimeField || k == DurationField }

// durationExpr is DurationExpression on SQLite: a date or datetime moved
// by a timedelta, (django_format_dtdelta('+', lhs, rhs)).
type durationExpr struct{ combinedExpr }

func (e *durationExpr) sql(c *compiler) (string, []any, error) {
	ls, lp, err := e.l.sql(c)
	if err != nil {
		return "", nil, err
	}
	rs, rp, err := e.r.sql(c)
	return "(django_format_dtdelta('" + e.op + "', " + ls + ", " + rs + "))", append(lp, rp...), err
}

// field is the combined type: a date or datetime moved by a duration is
// a DateTimeField (Django's _connector_combinations), two durations a
// DurationField.
func (e *durationExpr) field() *Field {
	if temporal(kindOf(e.l)) && kindOf(e.l) != DurationField || temporal(kindOf(e.r)) && kindOf(e.r) != DurationField {
		return &Field{Kind: DateTimeField}
	}
	return &Field{Kind: DurationField}
}
