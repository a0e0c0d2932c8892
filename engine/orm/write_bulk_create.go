package orm

import (
	"go.starlark.net/starlark"
)

// bulkCreateOptions are bulk_create()'s batch and conflict options.
type bulkCreateOptions struct {
	batchSize int
	conflicts conflictArgs
}

// querysetBulkCreate is QuerySet.bulk_create(objs, batch_size=None,
// ignore_conflicts=False, update_conflicts=False, update_fields=None,
// unique_fields=None): one transaction with one multi-row INSERT per
// batch; RETURNING gives the new objects their primary keys (with
// update_conflicts, the key of the row inserted or updated), INSERT OR
// IGNORE returns none.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#bulk-create
func querysetBulkCreate(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var objs, batch starlark.Value = nil, starlark.None
	o := bulkCreateOptions{conflicts: conflictArgs{updateFields: starlark.None, uniqueFields: starlark.None}}
	c := &o.conflicts
	if err := starlark.UnpackArgs("bulk_create", args, kwargs, "objs", &objs, "batch_size?", &batch, "ignore_conflicts?", &c.ignore,
		"update_conflicts?", &c.update, "update_fields?", &c.updateFields, "unique_fields?", &c.uniqueFields); err != nil {
		return nil, err
	}
	var err error
	if o.batchSize, err = batchSize(batch); err != nil {
		return nil, err
	}
	items, err := iterate(objs)
	if err != nil || len(items) == 0 {
		return objs, err
	}
	if err := c.resolve(qs.model); err != nil {
		return nil, err
	}
	list, err := qs.instancesOf(items, "bulk_create")
	if err != nil {
		return nil, err
	}
	err = qs.sess.atomic(qs.model, func() error { return qs.bulkInsert(list, o) })
	return starlark.NewList(items), err
}

// batchSize reads batch_size=, which must be a positive integer or None.
func batchSize(v starlark.Value) (int, error) {
	if v == starlark.None {
		return 0, nil
	}
	n, err := starlark.AsInt32(v)
	if err != nil {
		return 0, typeError("batch_size must be an integer, not '%s'", pyTypeName(v))
	}
	if n <= 0 {
		return 0, valueError("Batch size must be a positive integer.")
	}
	return n, nil
}

// instancesOf checks that items are instances of the QuerySet's model
// and prepares their related fields for saving.
func (qs *QuerySet) instancesOf(items []starlark.Value, op string) ([]*Instance, error) {
	out := make([]*Instance, len(items))
	for n, v := range items {
		inst, ok := v.(*Instance)
		if !ok || inst.model != qs.model {
			return nil, typeError("%s() expects %s instances, got %s", op, qs.model.Name, pyRepr(v))
		}
		if err := inst.prepareRelated(op, nil); err != nil {
			return nil, err
		}
		out[n] = inst
	}
	return out, nil
}

// bulkInsert inserts the objects with a primary key, then those without,
// as bulk_create partitions them.
func (qs *QuerySet) bulkInsert(objs []*Instance, o bulkCreateOptions) error {
	var withPK, withoutPK []*Instance
	for _, inst := range objs {
		if inst.hasPK() {
			withPK = append(withPK, inst)
		} else {
			withoutPK = append(withoutPK, inst)
		}
	}
	if err := qs.batchedInsert(withPK, true, o); err != nil {
		return err
	}
	return qs.batchedInsert(withoutPK, false, o)
}

// batchedInsert is _batched_insert: batches of SQLite's bulk_batch_size
// (or batch_size when smaller), primary keys read back unless conflicts
// are ignored.
func (qs *QuerySet) batchedInsert(objs []*Instance, withPK bool, o bulkCreateOptions) error {
	if len(objs) == 0 {
		return nil
	}
	fields := insertFields(qs.model, withPK)
	rows := make([][]any, len(objs))
	for n, inst := range objs {
		row, err := inst.insertRow(fields)
		if err != nil {
			return err
		}
		rows[n] = row
	}
	done := 0
	for _, batch := range insertBatches(rows, len(fields), o.batchSize) {
		ins := &insert{model: qs.model, fields: fields, rows: batch, ignore: o.conflicts.ignore,
			onConflict: o.conflicts.onConflictSQL(), returning: !o.conflicts.ignore}
		ids, err := ins.run(qs.sess)
		if err != nil {
			return err
		}
		markInserted(objs[done:done+len(batch)], ids, withPK)
		done += len(batch)
	}
	return nil
}

// markInserted sets the returned primary keys and marks the objects saved.
func markInserted(objs []*Instance, ids []starlark.Value, withPK bool) {
	for n, inst := range objs {
		if !withPK && n < len(ids) {
			inst.vals["id"] = ids[n]
		}
		inst.adding = false
	}
}
