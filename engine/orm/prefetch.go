package orm

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/db"
	"ormlab/engine/py"
)

// runPrefetches runs the prefetch_related lookups on the fetched
// instances, one query per relation level, as prefetch_related_objects.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-related
func (qs *QuerySet) runPrefetches() error {
	if len(qs.prefetch) == 0 || qs.kind != rowModels || len(qs.cache) == 0 {
		return nil
	}
	done := map[string]bool{}
	for _, p := range qs.prefetch {
		if err := prefetchLookup(qs.sess, instances(qs.cache), p, done, qs.use); err != nil {
			return err
		}
	}
	return nil
}

func instances(vals []starlark.Value) []*Instance {
	out := make([]*Instance, 0, len(vals))
	for _, v := range vals {
		if inst, ok := v.(*Instance); ok {
			out = append(out, inst)
		}
	}
	return out
}

// prefetchLookup walks "book_set__genres" level by level, fetching each
// level not fetched yet and descending into the objects it found.
func prefetchLookup(sess *Session, level []*Instance, p *Prefetch, done map[string]bool, use *tracked) error {
	parts := strings.Split(p.Lookup, "__")
	for n, name := range parts {
		if len(level) == 0 {
			return nil
		}
		path := strings.Join(parts[:n+1], "__")
		last := n == len(parts)-1
		if !done[path] || (last && (p.Queryset != nil || p.ToAttr != "")) {
			step := &Prefetch{Lookup: name, eager: use.eagerLoad("prefetch_related", path)}
			if last {
				step.Queryset, step.ToAttr = p.Queryset, p.ToAttr
			}
			if err := prefetchOne(sess, level, step, path); err != nil {
				return err
			}
			done[path] = true
		}
		level = descend(level, name, p.ToAttr, last)
	}
	return nil
}

// descend collects the objects the level's instances hold under name.
func descend(level []*Instance, name, toAttr string, last bool) []*Instance {
	var out []*Instance
	for _, inst := range level {
		switch {
		case last && toAttr != "":
			if l, ok := inst.extra[toAttr].(*starlark.List); ok {
				out = append(out, listInstances(l)...)
			}
		case inst.prefetched[name] != nil:
			out = append(out, instances(inst.prefetched[name].cache)...)
		default:
			if obj, ok := inst.fkCache[name].(*Instance); ok {
				out = append(out, obj)
			}
		}
	}
	return out
}

func listInstances(l *starlark.List) []*Instance {
	vals := make([]starlark.Value, l.Len())
	for n := range vals {
		vals[n] = l.Index(n)
	}
	return instances(vals)
}

// prefetchOne fetches one relation for every instance of one level.
func prefetchOne(sess *Session, level []*Instance, p *Prefetch, path string) error {
	if p.Queryset != nil && p.Queryset.query.Combinator != "" {
		return unsupportedCombinedPrefetch()
	}
	m := level[0].model
	cause := db.Cause{Kind: db.CausePrefetch, Model: m.Name, Field: path, Origin: db.NoOrigin}
	if f := m.Field(p.Lookup); f != nil && f.Kind == ForeignKey {
		return prefetchForward(sess, level, f, p, cause)
	}
	if f := m.Field(p.Lookup); f != nil && f.Kind == ManyToManyField {
		return prefetchMany(sess, level, f, false, p, cause)
	}
	if r := m.ReverseByAccessor(p.Lookup); r != nil {
		return prefetchMany(sess, level, r.Field, true, p, cause)
	}
	if m.Field(p.Lookup) != nil {
		return valueError("'%s' does not resolve to an item that supports prefetching - this is an invalid parameter to prefetch_related().", p.Lookup)
	}
	return py.Errorf("AttributeError", "Cannot find '%s' on %s object, '%s' is an invalid parameter to prefetch_related()", p.Lookup, m.Name, path)
}

// baseQuerySet is the Prefetch queryset, or Model.objects.all().
func baseQuerySet(sess *Session, m *Model, p *Prefetch) *QuerySet {
	if p.Queryset != nil {
		return p.Queryset.chain()
	}
	return newQuerySet(sess, m)
}

// prefetchForward fetches the objects behind a ForeignKey with one
// id__in query; Django builds the id list as a Python set.
func prefetchForward(sess *Session, level []*Instance, f *Field, p *Prefetch, cause db.Cause) error {
	ids := fkIDs(level, f)
	qs := baseQuerySet(sess, f.Target, p)
	qs.cause = cause
	if err := qs.query.addQ(sess, inQ("id", ids), 1); err != nil {
		return err
	}
	if err := qs.fetch(); err != nil {
		return err
	}
	byID := map[any]*Instance{}
	for _, obj := range instances(qs.cache) {
		byID[obj.pkValue()] = obj
	}
	for _, inst := range level {
		var v starlark.Value = starlark.None
		if obj := byID[goInt(inst.vals[f.Column])]; obj != nil {
			v = obj
		}
		inst.setRelated(f.Name, v)
		inst.setEager(f.Name, p.eager)
	}
	return nil
}

func goInt(v starlark.Value) any {
	if n, ok := v.(starlark.Int); ok {
		x, _ := n.Int64()
		return x
	}
	return nil
}

// fkIDs lists the distinct ForeignKey values of level in the order the
// Python set Django builds from them iterates.
func fkIDs(level []*Instance, f *Field) starlark.Tuple {
	var all []int64
	for _, inst := range level {
		if n, ok := goInt(inst.vals[f.Column]).(int64); ok {
			all = append(all, n)
		}
	}
	ids := pySetOrder(all)
	out := make(starlark.Tuple, len(ids))
	for n, id := range ids {
		out[n] = starlark.MakeInt64(id)
	}
	return out
}

func inQ(path string, values starlark.Tuple) *Q {
	return &Q{Conn: "AND", Children: []qChild{&qLeaf{path: path + "__in", value: values}}}
}

// prefetchMany fetches a reverse ForeignKey or a many-to-many relation
// for all instances with one IN query, then hands each instance its part.
func prefetchMany(sess *Session, level []*Instance, f *Field, reverse bool, p *Prefetch, cause db.Cause) error {
	rel := relationOf(f, reverse)
	qs := baseQuerySet(sess, rel.model, p)
	qs.cause = cause
	objs := make(starlark.Tuple, len(level))
	for n, inst := range level {
		objs[n] = inst
	}
	if err := qs.query.addQ(sess, inQ(rel.filterPath, objs), 1); err != nil {
		return err
	}
	sliced := qs.query.IsSliced()
	if sliced {
		if err := qs.query.slicedPrefetch(sess, rel.filterPath, 1); err != nil {
			return err
		}
	}
	if rel.keyColumn != "" {
		qs.query.Extra = append(qs.query.Extra, ExtraSelect{SQL: quote(rel.throughTable) + "." + quote(rel.keyColumn), Name: "_prefetch_related_val_" + rel.keyColumn})
	}
	if err := qs.fetch(); err != nil {
		return err
	}
	if sliced && p.ToAttr == "" {
		// Storing the rows in the related manager filters the Prefetch
		// queryset again, which a slice forbids (after the query ran).
		return typeError("Cannot filter a query once a slice has been taken.")
	}
	groups := rel.group(qs.cache)
	for _, inst := range level {
		assignPrefetched(inst, rel, groups[inst.pkValue()], qs, p.ToAttr)
		inst.setEager(rel.accessor, p.eager)
		if p.ToAttr != "" {
			inst.setEager(p.ToAttr, p.eager)
		}
	}
	return nil
}

func assignPrefetched(inst *Instance, rel relation, objs []starlark.Value, qs *QuerySet, toAttr string) {
	if rel.backFK != nil {
		for _, o := range objs {
			if child := o.(*Instance); child.fkCache[rel.backFK.Name] == nil {
				child.setRelated(rel.backFK.Name, inst)
			}
		}
	}
	if toAttr != "" {
		if inst.extra == nil {
			inst.extra = map[string]starlark.Value{}
		}
		inst.extra[toAttr] = starlark.NewList(append([]starlark.Value(nil), objs...))
		return
	}
	part := newRelatedManager(inst, rel.field, rel.reverse).queryset()
	part.cache, part.done = objs, true
	if inst.prefetched == nil {
		inst.prefetched = map[string]*QuerySet{}
	}
	inst.prefetched[rel.accessor] = part
}
