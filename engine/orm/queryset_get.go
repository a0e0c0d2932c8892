package orm

import "go.starlark.net/starlark"

func querysetLatest(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return qs.earliest("latest", args, kwargs, true)
}

func querysetEarliest(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return qs.earliest("earliest", args, kwargs, false)
}

// earliest is QuerySet._earliest: order by the fields (reversed for
// latest()), LIMIT 1, then get().
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#latest
func (qs *QuerySet) earliest(name string, args starlark.Tuple, kwargs []starlark.Tuple, latest bool) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, unexpectedKeyword(name, kwargs)
	}
	if len(args) == 0 {
		return nil, valueError("earliest() and latest() require either fields as positional arguments or 'get_latest_by' in the model's Meta.")
	}
	if qs.query.IsSliced() {
		return nil, typeError("Cannot change a query once a slice has been taken.")
	}
	terms := make([]OrderBy, 0, len(args))
	for _, a := range args {
		t, err := qs.orderTerm(a)
		if err != nil {
			return nil, err
		}
		t.Desc = t.Desc != latest
		terms = append(terms, t)
	}
	c := qs.orderedBy(terms...)
	c.query.SetLimits(0, 1)
	return c.getOne()
}

func querysetGet(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if qs.query.Combination != nil {
		return qs.getCombined(len(args)+len(kwargs) > 0)
	}
	c, err := qs.filterOrExclude(false, args, kwargs)
	if err != nil {
		return nil, err
	}
	return c.getOne()
}

// getBy is get(name=value) for the ORM's own lookups.
func (qs *QuerySet) getBy(kv starlark.Tuple) (starlark.Value, error) {
	return querysetGet(qs, nil, []starlark.Tuple{kv})
}

// getByPK is get(id=pk) on a fresh QuerySet, as a ForeignKey access sends
// it. Django compiles that query on every access, and only its parameter
// changes: the session compiles it once per model and then binds each new
// key, which is most of the CPU of the N+1 loops the lab exists to show.
func (qs *QuerySet) getByPK(pk starlark.Value) (starlark.Value, error) {
	g, ok := qs.sess.pkGets[qs.model]
	if !ok {
		var err error
		if g, ok, err = qs.compilePKGet(pk); err != nil {
			return nil, err
		}
		if !ok {
			return qs.getBy(starlark.Tuple{starlark.String("id"), pk})
		}
	}
	p, err := prepValue(qs.model.Field("id"), pk, "exact")
	if err != nil {
		return nil, err
	}
	res, index, err := qs.sess.execute(g.sql, []any{p}, qs.cause)
	if err != nil {
		return nil, err
	}
	if qs.cache, err = qs.convert(g.c, res, index); err != nil {
		return nil, err
	}
	qs.done = true
	return qs.one()
}

// compilePKGet compiles get(id=pk) for the model, as QuerySet.get would,
// and keeps it for the session. ok is false when the statement does not
// take the key as its only parameter; then nothing is kept.
func (qs *QuerySet) compilePKGet(pk starlark.Value) (g pkGet, ok bool, err error) {
	c, err := qs.filterOrExclude(false, nil, []starlark.Tuple{{starlark.String("id"), pk}})
	if err != nil {
		return pkGet{}, false, err
	}
	c.limitForGet()
	comp := newCompiler(c.query.Clone())
	sql, params, err := comp.selectSQL()
	if err != nil || len(params) != 1 {
		return pkGet{}, false, nil
	}
	if qs.sess.pkGets == nil {
		qs.sess.pkGets = map[*Model]pkGet{}
	}
	g = pkGet{sql: sql, c: comp}
	qs.sess.pkGets[qs.model] = g
	return g, true, nil
}

// getOne is the tail of QuerySet.get: no ordering, at most 21 rows,
// exactly one expected.
func (qs *QuerySet) getOne() (starlark.Value, error) {
	qs.limitForGet()
	if err := qs.fetch(); err != nil {
		return nil, err
	}
	return qs.one()
}

// limitForGet drops the ordering of an unsliced query and fetches at most
// 21 rows, as QuerySet.get does.
func (qs *QuerySet) limitForGet() {
	if !qs.query.IsSliced() {
		qs.query.Order, qs.query.Ordered = nil, false
	}
	qs.query.SetLimits(0, maxGetResults)
}

// one is the object get() found: exactly one row, else DoesNotExist or
// MultipleObjectsReturned.
func (qs *QuerySet) one() (starlark.Value, error) {
	switch n := len(qs.cache); n {
	case 1:
		return qs.cache[0], nil
	case 0:
		return nil, doesNotExist(qs.model)
	default:
		return nil, multipleReturned(qs.model, n)
	}
}

func querysetFirst(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("first", args, kwargs); err != nil {
		return nil, err
	}
	c := qs
	if len(qs.query.Order) == 0 {
		c = qs.orderedBy(OrderBy{Path: "id"})
	}
	return c.firstOf()
}

func querysetLast(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("last", args, kwargs); err != nil {
		return nil, err
	}
	if len(qs.query.Order) == 0 {
		return qs.orderedBy(OrderBy{Path: "id", Desc: true}).firstOf()
	}
	return qs.reversed().firstOf()
}

// firstOf is `for obj in queryset[:1]: return obj`.
func (qs *QuerySet) firstOf() (starlark.Value, error) {
	v, err := qs.GetSlice(starlark.None, starlark.MakeInt(1), starlark.None)
	if err != nil {
		return nil, err
	}
	items, err := iterate(v)
	if err != nil || len(items) == 0 {
		return starlark.None, err
	}
	return items[0], nil
}
