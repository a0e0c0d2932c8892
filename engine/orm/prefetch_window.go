package orm

// slicedPrefetch filters a sliced Prefetch queryset per related
// instance, as Django 4.2+ does in _filter_prefetch_queryset: instead
// of one LIMIT over every instance's rows, it numbers each instance's
// rows with ROW_NUMBER() OVER (PARTITION BY the relation ORDER BY the
// queryset's ordering) and keeps the slice's window of numbers, which
// the compiler turns into the qualify subquery.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-objects
func (q *Query) slicedPrefetch(sess *Session, partition string, mark int) error {
	order, err := q.windowOrdering()
	if err != nil {
		return err
	}
	part, err := q.resolveName(partition, mark)
	if err != nil {
		return err
	}
	number := &funcExpr{fn: "ROW_NUMBER", f: &Field{Name: "rank", Kind: IntegerField}}
	w := &windowExpr{src: number, partition: []sqlExpr{part}, order: order}
	q.Where.add(&Lookup{LHS: w, Op: "gt", Params: []any{int64(q.Low)}}, "AND")
	if q.High >= 0 {
		q.Where.add(&Lookup{LHS: w, Op: "lte", Params: []any{int64(q.High)}}, "AND")
	}
	q.Low, q.High = 0, -1
	return nil
}

// windowOrdering is the query's ORDER BY as the terms of an OVER clause.
func (q *Query) windowOrdering() ([]windowOrder, error) {
	c := newCompiler(q.Clone())
	items, err := c.selectItems()
	if err != nil {
		return nil, err
	}
	c.items = items
	terms, err := c.orderBy()
	if err != nil {
		return nil, err
	}
	out := make([]windowOrder, len(terms))
	for i, t := range terms {
		out[i] = windowOrder{e: &rawExpr{text: t.base, params: t.params}, dir: t.sql[len(t.base):]}
	}
	return out, nil
}
