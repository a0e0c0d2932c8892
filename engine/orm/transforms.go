package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// dateParts are the date transforms of DateField and DateTimeField;
// timeParts are DateTimeField's alone (with date, which casts to a date).
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#month
var (
	dateParts = map[string]bool{"year": true, "iso_year": true, "month": true, "day": true, "week": true,
		"week_day": true, "iso_week_day": true, "quarter": true}
	timeParts = map[string]bool{"hour": true, "minute": true, "second": true, "date": true}
)

// isTransform reports whether name is a transform Django registers on
// f's field class.
func isTransform(f *Field, name string) bool {
	switch f.Kind {
	case DateField:
		return dateParts[name]
	case DateTimeField:
		return dateParts[name] || timeParts[name]
	}
	return false
}

// applyTransform is the Transform a lookup name stands for on lhs:
// __year is ExtractYear(lhs), __date is TruncDate(lhs). It returns nil
// when lhs's field has no such transform.
func applyTransform(lhs sqlExpr, name string) sqlExpr {
	f := lhs.field()
	if f == nil || !isTransform(f, name) {
		return nil
	}
	if name == "date" {
		return castDate(lhs)
	}
	return extractExpr(lhs, name)
}

// applyTransforms applies each name in turn, as Query.try_transform
// does for F("pub_date__year") and values("pub_date__year"); path is the
// whole name, for Django's error when a name is no transform.
func applyTransforms(lhs sqlExpr, names []string, path string) (sqlExpr, error) {
	for i, name := range names {
		next := applyTransform(lhs, name)
		if next == nil {
			joined := strings.TrimSuffix(path, "__"+strings.Join(names[i:], "__"))
			return nil, fieldErrorf("Cannot resolve keyword '%s' into field. Join on '%s' not permitted.", name, joined)
		}
		lhs = next
	}
	return lhs, nil
}

// splitTransforms splits a filter's lookup names into transforms and the
// final lookup, as Query.build_lookup does: every name but the last must
// be a transform; the last is a lookup, else a transform compared with
// exact.
func splitTransforms(lhs sqlExpr, names []string) (sqlExpr, string, error) {
	if len(names) == 0 {
		return lhs, "exact", nil
	}
	for i, name := range names[:len(names)-1] {
		next := applyTransform(lhs, name)
		if next == nil {
			return nil, "", unknownLookup(lhs.field(), name, strings.Join(names[i:], "__"))
		}
		lhs = next
	}
	last := names[len(names)-1]
	if lookupNames[last] {
		return lhs, last, nil
	}
	if next := applyTransform(lhs, last); next != nil {
		return next, "exact", nil
	}
	return nil, "", unknownLookup(lhs.field(), last, last)
}

// transformFilter builds a lookup through transforms: pub_date__month=6,
// published_date__year__in=[...], created_at__date=date(...). A __year
// compared with a plain value becomes a BETWEEN or a bound on the column
// itself, as Django's YearLookup does so an index can serve it. rhs, when
// not nil, is the expression value buildFilter resolved before joining
// the lookup's own path.
func (qr *Query) transformFilter(sess *Session, col sqlExpr, names []string, value starlark.Value, rhs *Lookup, mark int) (*Lookup, error) {
	lhs, op, err := splitTransforms(col, names)
	if err != nil {
		return nil, err
	}
	if rhs != nil {
		rhs.LHS, rhs.Op = lhs, op
		return rhs, nil
	}
	if e, ok := exprParam(value); ok {
		return qr.exprLookup(sess, &Lookup{LHS: lhs, Op: op}, e, mark)
	}
	if value == starlark.None && op != "isnull" {
		// build_lookup: __exact=None is IS NULL, other lookups refuse None.
		if op != "exact" && op != "iexact" {
			return nil, valueError("Cannot use None as a query value")
		}
		return &Lookup{LHS: lhs, Op: "isnull", Params: []any{true}}, nil
	}
	if ex := yearExtract(lhs); ex != nil && yearOps[op] {
		return yearLookup(ex.args[1], op, value, ex.part == "iso_year")
	}
	l, err := prepareLookup(sess, target{field: lhs.field()}, op, value)
	if err != nil {
		return nil, err
	}
	l.LHS = lhs
	return l, nil
}

// yearExtract returns lhs when it is ExtractYear or ExtractIsoYear, whose
// lookups Django registers as YearLookups.
func yearExtract(lhs sqlExpr) *funcExpr {
	ex, ok := lhs.(*funcExpr)
	if ok && (ex.part == "year" || ex.part == "iso_year") && strings.HasSuffix(ex.fn, "_extract") {
		return ex
	}
	return nil
}

// yearOps are the lookups Django's YearLookup replaces with date bounds.
var yearOps = map[string]bool{"exact": true, "gt": true, "gte": true, "lt": true, "lte": true}
