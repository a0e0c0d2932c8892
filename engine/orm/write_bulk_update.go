package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

// querysetBulkUpdate is QuerySet.bulk_update(objs, fields,
// batch_size=None): in one transaction, one UPDATE per batch setting each
// field to CASE WHEN ("id" = pk) THEN value ... END; it returns the
// number of rows updated.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#bulk-update
func querysetBulkUpdate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var objs, names, batch starlark.Value = nil, nil, starlark.None
	if err := starlark.UnpackArgs("bulk_update", args, kwargs, "objs", &objs, "fields", &names, "batch_size?", &batch); err != nil {
		return nil, err
	}
	size, err := batchSize(batch)
	if err != nil {
		return nil, err
	}
	fields, items, err := qs.bulkUpdateArgs(objs, names)
	if err != nil || len(items) == 0 {
		return starlark.MakeInt(0), err
	}
	list, err := qs.bulkUpdateObjects(items, fields)
	if err != nil {
		return nil, err
	}
	var total int64
	err = qs.sess.atomic(qs.model, func() (err error) {
		total, err = qs.updateBatches(list, fields, size)
		return err
	})
	return starlark.MakeInt64(total), err
}

// updateBatches sends one UPDATE per batch: SQLite's bulk_batch_size for
// the primary key twice plus the fields, or size when smaller.
func (qs *QuerySet) updateBatches(objs []*Instance, fields []*Field, size int) (int64, error) {
	limit := maxQueryParams / (len(fields) + 2)
	if size > 0 {
		limit = min(limit, size)
	}
	var total int64
	for start := 0; start < len(objs); start += limit {
		n, err := qs.updateBatch(objs[start:min(start+limit, len(objs))], fields)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// bulkUpdateArgs checks bulk_update()'s objects and field names as
// Django does, in Django's order.
func (qs *QuerySet) bulkUpdateArgs(objs, names starlark.Value) ([]*Field, []starlark.Value, error) {
	list, err := stringList(names)
	if err != nil {
		return nil, nil, err
	}
	if len(list) == 0 {
		return nil, nil, valueError("Field names must be given to bulk_update().")
	}
	items, err := iterate(objs)
	if err != nil {
		return nil, nil, err
	}
	for _, v := range items {
		if inst, ok := v.(*Instance); ok && !inst.hasPK() {
			return nil, nil, valueError("All bulk_update() objects must have a primary key set.")
		}
	}
	fields, err := bulkUpdateFields(qs.model, list)
	return fields, items, err
}

// bulkUpdateFields resolves bulk_update()'s field names.
func bulkUpdateFields(m *Model, names []string) ([]*Field, error) {
	fields := make([]*Field, len(names))
	for n, name := range names {
		f := m.Field(name)
		switch {
		case f == nil:
			return nil, fieldDoesNotExist(m, name)
		case f.Kind == ManyToManyField:
			return nil, valueError("bulk_update() can only be used with concrete fields.")
		case f.Kind == AutoField:
			return nil, valueError("bulk_update() cannot be used with primary key fields.")
		}
		fields[n] = f
	}
	return fields, nil
}

// bulkUpdateObjects checks the objects' model and related fields.
func (qs *QuerySet) bulkUpdateObjects(items []starlark.Value, fields []*Field) ([]*Instance, error) {
	out := make([]*Instance, len(items))
	for n, v := range items {
		inst, ok := v.(*Instance)
		if !ok || inst.model != qs.model {
			return nil, typeError("bulk_update() expects %s instances, got %s", qs.model.Name, pyRepr(v))
		}
		if err := inst.prepareRelated("bulk_update", fields); err != nil {
			return nil, err
		}
		out[n] = inst
	}
	return out, nil
}

// updateBatch is filter(pk__in=pks).update(field=Case(When(pk=...), ...))
// for one batch.
func (qs *QuerySet) updateBatch(objs []*Instance, fields []*Field) (int64, error) {
	q := NewQuery(qs.model)
	pks := make(starlark.Tuple, len(objs))
	for n, inst := range objs {
		pks[n] = inst.vals["id"]
	}
	if err := q.addQ(qs.sess, inQ("id", pks), 0); err != nil {
		return 0, err
	}
	sets := make([]assignment, len(fields))
	for n, f := range fields {
		c, err := qs.pkCase(q, objs, f)
		if err != nil {
			return 0, err
		}
		sets[n] = assignment{field: f, expr: c}
	}
	return runUpdate(qs.sess, q, sets)
}

// pkCase builds CASE WHEN ("id" = pk) THEN value ... ELSE NULL END for
// field f of objs.
func (qs *QuerySet) pkCase(q *Query, objs []*Instance, f *Field) (*pkCase, error) {
	c := &pkCase{alias: q.Base(), f: f}
	for _, inst := range objs {
		pk, err := prepValue(qs.model.PK(), inst.vals["id"], "exact")
		if err != nil {
			return nil, err
		}
		v, err := inst.field(f)
		if err != nil {
			return nil, err
		}
		a, err := assign(qs.sess, q, f, v)
		if err != nil {
			return nil, err
		}
		c.whens = append(c.whens, pkWhen{pk: pk, then: a})
	}
	return c, nil
}

// pkCase is the Case(When(pk=..., then=Value(...)), ...) of bulk_update.
type pkCase struct {
	alias string
	f     *Field
	whens []pkWhen
}

type pkWhen struct {
	pk   any
	then assignment
}

func (e *pkCase) sql(c *compiler) (string, []any, error) {
	var b strings.Builder
	var params []any
	b.WriteString("CASE")
	for _, w := range e.whens {
		then, p, err := w.then.valueSQL(c)
		if err != nil {
			return "", nil, err
		}
		b.WriteString(" WHEN (" + c.col(e.alias, "id") + " = %s) THEN " + then)
		params = append(append(params, w.pk), p...)
	}
	b.WriteString(" ELSE NULL END")
	return b.String(), params, nil
}

func (e *pkCase) field() *Field   { return e.f }
func (e *pkCase) aggregate() bool { return false }
