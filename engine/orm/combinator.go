package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// Combined queries: union(), intersection() and difference(). The
// combined QuerySet keeps the first QuerySet's model, row kind and
// values() names; its Query lists the combined queries and the set
// operator, and its own ORDER BY and LIMIT apply to the whole.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#union

// combinedUnsupported are the QuerySet methods Django refuses after
// union(), intersection() or difference().
var combinedUnsupported = map[string]bool{
	"filter": true, "exclude": true, "select_related": true, "prefetch_related": true,
	"annotate": true, "alias": true, "distinct": true, "defer": true, "only": true,
	"update": true, "delete": true, "contains": true,
}

// notCombined is Django's _not_support_combined_queries.
func (qs *QuerySet) notCombined(op string) error {
	if qs.query.Combination == nil {
		return nil
	}
	return py.Errorf("NotSupportedError", "Calling QuerySet.%s() after %s() is not supported.", op, qs.query.Combination.Op)
}

// querysetUnion is QuerySet.union(*other_qs, all=False): UNION (UNION
// ALL) of the QuerySets, none() ones left out.
func querysetUnion(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	all := false
	for _, kv := range kwargs {
		if kv[0] != starlark.String("all") {
			return nil, unexpectedKeyword("union", []starlark.Tuple{kv})
		}
		all = bool(kv[1].Truth())
	}
	others, err := querySetArgs(args)
	if err != nil {
		return nil, err
	}
	if qs.isEmpty() {
		var rest []*QuerySet
		for _, o := range others {
			if !o.isEmpty() {
				rest = append(rest, o)
			}
		}
		if len(rest) == 0 {
			return qs, nil
		}
		qs, others = rest[0], rest[1:]
	}
	if len(others) == 0 {
		return qs, nil
	}
	return qs.combine("union", all, others), nil
}

// querysetIntersection is QuerySet.intersection(*other_qs): INTERSECT;
// with a none() QuerySet among them, that one is the answer.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#intersection
func querysetIntersection(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("intersection", nil, kwargs); err != nil {
		return nil, err
	}
	others, err := querySetArgs(args)
	if err != nil || qs.isEmpty() {
		return qs, err
	}
	for _, o := range others {
		if o.isEmpty() {
			return o, nil
		}
	}
	return qs.combine("intersection", false, others), nil
}

// querysetDifference is QuerySet.difference(*other_qs): EXCEPT.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#difference
func querysetDifference(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("difference", nil, kwargs); err != nil {
		return nil, err
	}
	others, err := querySetArgs(args)
	if err != nil || qs.isEmpty() {
		return qs, err
	}
	return qs.combine("difference", false, others), nil
}

// querySetArgs checks that every positional argument is a QuerySet; for
// anything else Django fails reading its query attribute.
func querySetArgs(args starlark.Tuple) ([]*QuerySet, error) {
	out := make([]*QuerySet, len(args))
	for n, a := range args {
		o, ok := a.(*QuerySet)
		if !ok {
			return nil, py.Errorf("AttributeError", "'%s' object has no attribute 'query'", pyTypeName(a))
		}
		out[n] = o
	}
	return out, nil
}

// isEmpty reports a QuerySet made by none(), which Django treats as an
// EmptyQuerySet.
func (qs *QuerySet) isEmpty() bool {
	for _, ch := range qs.query.Where.Children {
		if _, ok := ch.(nothing); ok {
			return true
		}
	}
	return false
}

// combine is QuerySet._combinator_query: a copy of qs without ordering or
// limits whose query combines qs's query with the others'.
func (qs *QuerySet) combine(op string, all bool, others []*QuerySet) *QuerySet {
	c := qs.chain()
	c.query.Order, c.query.Ordered = nil, false
	c.query.Low, c.query.High = 0, -1
	c.query.Combination = &Combination{Op: op, All: all, Parts: []*Query{qs.query.Clone()}}
	for _, o := range others {
		c.query.Combination.Parts = append(c.query.Combination.Parts, o.query.Clone())
	}
	return c
}

// getCombined is get() on a combined query, which takes no filters.
func (qs *QuerySet) getCombined(filtered bool) (starlark.Value, error) {
	if filtered {
		return nil, py.Errorf("NotSupportedError", "Calling QuerySet.get(...) with filters after %s() is not supported.", qs.query.Combination.Op)
	}
	return qs.chain().getOne()
}

// unsupportedCombinedAggregate is raised for aggregate() on a combined
// query: Django 5.2 sends SQL naming a column the subquery lacks and
// fails converting the result (a ValueError), which ORM Lab does not
// reproduce.
func unsupportedCombinedAggregate() error {
	return py.Errorf("NotSupportedError", "ORM Lab does not aggregate a combined query; Django 5.2 fails on it too")
}

// unsupportedCombinedPrefetch is raised for a Prefetch whose queryset
// is combined: Django 5.2 adds the relation's filter to the combined
// query, which its parts ignore, and fails matching the rows to their
// owners (a KeyError naming the first stray key).
func unsupportedCombinedPrefetch() error {
	return py.Errorf("NotSupportedError", "ORM Lab does not prefetch through a combined QuerySet; Django 5.2 fails on it too")
}
