package orm

import (
	"go.starlark.net/starlark"
)

// deleteChunk is Django's GET_ITERATOR_CHUNK_SIZE: DeleteQuery.delete_batch
// deletes at most this many primary keys per statement.
const deleteChunk = 100

// querysetDelete is QuerySet.delete(): collect what the rows cascade to,
// delete it all, and return (total, {"library.Model": count, ...}).
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#delete
func querysetDelete(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("delete", args, kwargs); err != nil {
		return nil, err
	}
	switch {
	case qs.query.IsSliced():
		return nil, typeError("Cannot use 'limit' or 'offset' with delete().")
	case qs.kind != rowModels:
		return nil, typeError("Cannot call delete() after .values() or .values_list()")
	}
	c := newCollector(qs.sess, qs.model)
	if err := c.collectQuerySet(qs); err != nil {
		return nil, err
	}
	qs.cache, qs.done = nil, false
	return c.delete()
}

// collectQuerySet is Collector.collect(del_query): a model nothing points
// at is deleted fast from the query itself; otherwise its rows are loaded
// (without ordering or select_related) and collected.
func (c *collector) collectQuerySet(qs *QuerySet) error {
	q := qs.query.Clone()
	q.Order, q.Ordered, q.Related, q.RelatedAll = nil, false, nil, false
	if canFastDelete(qs.model) {
		c.fast = append(c.fast, fastDelete{model: qs.model, query: q})
		return nil
	}
	load := qs.chain()
	load.query, load.cause = q, writeCause(qs.model)
	if err := load.fetch(); err != nil {
		return err
	}
	pks := make([]int64, 0, len(load.cache))
	for _, inst := range instances(load.cache) {
		if pk, ok := inst.pkValue().(int64); ok {
			pks = append(pks, pk)
		}
	}
	return c.collect(qs.model, pks, nil)
}

// instanceDelete is Model.delete(): collect the instance and what it
// cascades to, delete, and clear the instance's primary key.
// See https://docs.djangoproject.com/en/5.2/ref/models/instances/#deleting-objects
func instanceDelete(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var using starlark.Value
	var keepParents bool
	if err := starlark.UnpackArgs("delete", args, kwargs, "using?", &using, "keep_parents?", &keepParents); err != nil {
		return nil, err
	}
	inst := b.Receiver().(*Instance)
	if !inst.hasPK() {
		return nil, valueError("%s object can't be deleted because its id attribute is set to None.", inst.model.Name)
	}
	pk, err := prepValue(inst.model.PK(), inst.vals["id"], "exact")
	if err != nil {
		return nil, err
	}
	c := newCollector(inst.sess, inst.model)
	if err := c.collect(inst.model, []int64{pk.(int64)}, nil); err != nil {
		return nil, err
	}
	res, err := c.delete()
	if err == nil {
		inst.vals["id"] = starlark.None
	}
	return res, err
}

// delete is Collector.delete: fast deletes, then each model's rows in
// dependency order, in one transaction (a lone row of a model nothing
// points at is deleted without one). It returns Django's
// (total, {label: count}) with labels in first-counted order.
func (c *collector) delete() (starlark.Value, error) {
	c.sortPKs()
	c.sortData()
	if len(c.data) == 1 && len(c.data[0].pks) == 1 && canFastDelete(c.data[0].model) {
		e := c.data[0]
		n, err := deleteBatch(c.sess, e.model, e.pks)
		if err != nil {
			return nil, err
		}
		return deletedResult(n, []labelCount{{e.model, n}}), nil
	}
	var counts []labelCount
	err := c.sess.atomic(c.origin, func() error {
		var err error
		counts, err = c.deleteAll()
		return err
	})
	if err != nil {
		return nil, err
	}
	var total int64
	for _, lc := range counts {
		total += lc.n
	}
	return deletedResult(total, counts), nil
}

// labelCount is one entry of Django's deleted-objects Counter.
type labelCount struct {
	model *Model
	n     int64
}

// deleteAll sends the fast deletes, then deletes every collected model's
// rows, highest primary key first.
func (c *collector) deleteAll() ([]labelCount, error) {
	var counts []labelCount
	for _, fd := range c.fast {
		n, err := fd.run(c.sess)
		if err != nil {
			return nil, err
		}
		counts = countDeleted(counts, fd.model, n)
	}
	for _, e := range c.data {
		pks := make([]int64, len(e.pks))
		for n, pk := range e.pks {
			pks[len(pks)-1-n] = pk
		}
		n, err := deleteBatch(c.sess, e.model, pks)
		if err != nil {
			return nil, err
		}
		counts = countDeleted(counts, e.model, n)
	}
	return counts, nil
}

// countDeleted adds n (when non-zero) to m's count.
func countDeleted(counts []labelCount, m *Model, n int64) []labelCount {
	if n == 0 {
		return counts
	}
	for i := range counts {
		if counts[i].model == m {
			counts[i].n += n
			return counts
		}
	}
	return append(counts, labelCount{m, n})
}

// deletedResult builds the (total, {"library.Model": n}) tuple.
func deletedResult(total int64, counts []labelCount) starlark.Value {
	d := starlark.NewDict(len(counts))
	for _, lc := range counts {
		d.SetKey(starlark.String("library."+lc.model.Name), starlark.MakeInt64(lc.n))
	}
	return starlark.Tuple{starlark.MakeInt64(total), d}
}

// deleteBatch is DeleteQuery.delete_batch: DELETE ... WHERE "id" IN (...)
// in chunks of deleteChunk keys.
func deleteBatch(sess *Session, m *Model, pks []int64) (int64, error) {
	var total int64
	for len(pks) > 0 {
		chunk := pks[:min(deleteChunk, len(pks))]
		pks = pks[len(chunk):]
		n, err := execWrite(sess, m, "DELETE FROM "+quote(m.Table), inList(m.PK(), len(chunk)), int64Params(chunk))
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// run sends one fast delete (QuerySet._raw_delete).
func (fd fastDelete) run(sess *Session) (int64, error) {
	head := "DELETE FROM " + quote(fd.model.Table)
	if fd.query == nil {
		return execWrite(sess, fd.model, head, fieldsIn(fd.fields, len(fd.pks)), repeatParams(fd.pks, len(fd.fields)))
	}
	c := newCompiler(writeTarget(fd.query))
	where, params, err := condSQL(c, c.q.Where)
	if err == errEmpty {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return execWrite(sess, fd.model, head, where, params)
}

// fieldsIn is the predicate of Collector.related_objects: each field IN
// the keys, joined by OR.
func fieldsIn(fields []*Field, n int) string {
	if len(fields) == 1 {
		return inList(fields[0], n)
	}
	s := ""
	for i, f := range fields {
		if i > 0 {
			s += " OR "
		}
		s += inList(f, n)
	}
	return "(" + s + ")"
}

func repeatParams(pks []int64, times int) []any {
	var out []any
	for range times {
		out = append(out, int64Params(pks)...)
	}
	return out
}
