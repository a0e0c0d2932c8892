package orm

import (
	"sort"
	"strings"
)

// collector is django.db.models.deletion.Collector for the lab's models,
// where every ForeignKey is on_delete=CASCADE and no signal receivers
// are connected: it finds every row a delete cascades to, with the same
// SELECTs, and deletes them in Django's order.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#delete
type collector struct {
	sess   *Session
	origin *Model
	// data holds the rows to delete per model, in the order the models
	// were first collected; sort() reorders it by dependencies.
	data []*collected
	// fast are deletes that need no SELECT first (Collector.fast_deletes).
	fast []fastDelete
	// deps maps a model to the models whose rows must go first.
	deps map[*Model][]*Model
}

// collected are the primary keys of one model's rows to delete.
type collected struct {
	model *Model
	pks   []int64
	seen  map[int64]bool
}

// fastDelete is one DELETE sent without loading rows: the rows of query,
// or the rows whose fields point at pks.
type fastDelete struct {
	model  *Model
	query  *Query
	fields []*Field
	pks    []int64
}

func newCollector(sess *Session, origin *Model) *collector {
	return &collector{sess: sess, origin: origin, deps: map[*Model][]*Model{}}
}

// entry returns the data entry of m, creating it at the end.
func (c *collector) entry(m *Model) *collected {
	for _, e := range c.data {
		if e.model == m {
			return e
		}
	}
	e := &collected{model: m, seen: map[int64]bool{}}
	c.data = append(c.data, e)
	return e
}

// add is Collector.add: it records the rows not collected yet, and that
// source's rows depend on them, and returns them.
func (c *collector) add(m *Model, pks []int64, source *Model) []int64 {
	if len(pks) == 0 {
		return nil
	}
	e := c.entry(m)
	var fresh []int64
	for _, pk := range pks {
		if !e.seen[pk] {
			e.seen[pk] = true
			fresh = append(fresh, pk)
		}
	}
	e.pks = append(e.pks, fresh...)
	if source != nil && !hasModel(c.deps[source], m) {
		c.deps[source] = append(c.deps[source], m)
	}
	return fresh
}

func hasModel(ms []*Model, m *Model) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// collect is Collector.collect for rows already loaded: it adds them and
// follows every relation pointing at their model, selecting the related
// rows (only their primary key) unless they can be deleted fast.
func (c *collector) collect(m *Model, pks []int64, source *Model) error {
	fresh := c.add(m, pks, source)
	if len(fresh) == 0 {
		return nil
	}
	fastFields := map[*Model][]*Field{}
	var fastOrder []*Model
	for _, f := range deleteRelations(m) {
		if canFastDelete(f.Model) {
			if fastFields[f.Model] == nil {
				fastOrder = append(fastOrder, f.Model)
			}
			fastFields[f.Model] = append(fastFields[f.Model], f)
			continue
		}
		if err := c.cascade(f, fresh); err != nil {
			return err
		}
	}
	for _, related := range fastOrder {
		fields := fastFields[related]
		for _, batch := range delBatches(fresh, len(fields)) {
			c.fast = append(c.fast, fastDelete{model: related, fields: fields, pks: batch})
		}
	}
	return nil
}

// cascade selects the rows whose ForeignKey f points at pks, in batches,
// and collects them (on_delete=CASCADE).
func (c *collector) cascade(f *Field, pks []int64) error {
	for _, batch := range delBatches(pks, 1) {
		sub, err := c.relatedPKs(f, batch)
		if err != nil {
			return err
		}
		if err := c.collect(f.Model, sub, f.Target); err != nil {
			return err
		}
	}
	return nil
}

// relatedPKs runs Collector.related_objects(...).only("id").
func (c *collector) relatedPKs(f *Field, pks []int64) ([]int64, error) {
	t := quote(f.Model.Table)
	sql := "SELECT " + t + `."id" FROM ` + t + " WHERE " + inList(f, len(pks))
	res, _, err := c.sess.execute(sql, int64Params(pks), writeCause(f.Model))
	if err != nil {
		return nil, err
	}
	out := make([]int64, len(res.Rows))
	for n, row := range res.Rows {
		out[n], _ = intValue(row[0]).Int64()
	}
	return out, nil
}

// inList prints "table"."column" IN (%s, ...) for n values.
func inList(f *Field, n int) string {
	return quote(f.Model.Table) + "." + quote(f.Column) + " IN (" + strings.TrimSuffix(strings.Repeat("%s, ", n), ", ") + ")"
}

func int64Params(pks []int64) []any {
	out := make([]any, len(pks))
	for n, pk := range pks {
		out[n] = pk
	}
	return out
}

// delBatches splits pks as Collector.get_del_batches does, with the
// batch size SQLite's bulk_batch_size gives for n fields.
func delBatches(pks []int64, n int) [][]int64 {
	size := 500
	if n > 1 {
		size = maxQueryParams / n
	}
	var out [][]int64
	for len(pks) > size {
		out = append(out, pks[:size])
		pks = pks[size:]
	}
	return append(out, pks)
}

// maxQueryParams is Django 5.2's DatabaseFeatures.max_query_params for
// SQLite.
const maxQueryParams = 999

// deleteRelations lists the ForeignKeys pointing at m in the order
// Django's get_candidate_relations_to_delete yields them: models in
// registration order, where the through model of a ManyToManyField
// registers just before the model declaring it.
func deleteRelations(m *Model) []*Field {
	var out []*Field
	for _, name := range ModelNames {
		owner := Library[name]
		for _, mm := range owner.ManyToMany {
			out = append(out, foreignKeysTo(mm.Through.Model, m)...)
		}
		out = append(out, foreignKeysTo(owner, m)...)
	}
	return out
}

func foreignKeysTo(owner, target *Model) []*Field {
	var out []*Field
	for _, f := range owner.Fields {
		if f.Kind == ForeignKey && f.Target == target {
			out = append(out, f)
		}
	}
	return out
}

// canFastDelete is Collector.can_fast_delete: nothing points at m, so its
// rows can go with one DELETE and no SELECT.
func canFastDelete(m *Model) bool { return len(deleteRelations(m)) == 0 }

// sortData is Collector.sort: models whose rows others depend on first,
// the collection order otherwise; a cycle leaves the order unchanged.
func (c *collector) sortData() {
	var sorted []*collected
	done := map[*Model]bool{}
	for len(sorted) < len(c.data) {
		found := false
		for _, e := range c.data {
			if !done[e.model] && c.ready(e.model, done) {
				sorted, done[e.model], found = append(sorted, e), true, true
			}
		}
		if !found {
			return
		}
	}
	c.data = sorted
}

func (c *collector) ready(m *Model, done map[*Model]bool) bool {
	for _, d := range c.deps[m] {
		if !done[d] {
			return false
		}
	}
	return true
}

// sortPKs orders every model's keys ascending (sorted by pk in Django).
func (c *collector) sortPKs() {
	for _, e := range c.data {
		sort.Slice(e.pks, func(a, b int) bool { return e.pks[a] < e.pks[b] })
	}
}
