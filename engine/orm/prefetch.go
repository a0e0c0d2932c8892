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
	return prefetchObjects(qs.sess, instances(qs.cache), qs.prefetch, qs.use)
}

// prefetchObjects is prefetch_related_objects: each lookup in turn over
// the instances, remembering the objects reached at every path (under
// its to_attr name when it has one) so later lookups start from there.
func prefetchObjects(sess *Session, objs []*Instance, lookups []*Prefetch, use *tracked) error {
	done := map[string][]*Instance{}
	for _, p := range lookups {
		if err := prefetchLookup(sess, objs, p, done, use); err != nil {
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
func prefetchLookup(sess *Session, level []*Instance, p *Prefetch, done map[string][]*Instance, use *tracked) error {
	to := p.prefetchTo()
	if _, seen := done[to]; seen {
		if p.Queryset != nil {
			return valueError("'%s' lookup was already seen with a different queryset. You may need to adjust the ordering of your lookups.", to)
		}
		return nil
	}
	parts, toParts := strings.Split(p.Lookup, "__"), strings.Split(to, "__")
	for n, name := range parts {
		if len(level) == 0 {
			return nil
		}
		cur := strings.Join(toParts[:n+1], "__")
		if objs, ok := done[cur]; ok {
			level = objs
			continue
		}
		last := n == len(parts)-1
		path := strings.Join(parts[:n+1], "__")
		step := &Prefetch{Lookup: name, eager: use.eagerLoad("prefetch_related", path)}
		if last {
			step.Queryset, step.ToAttr = p.Queryset, p.ToAttr
		}
		fetched, err := prefetchLevel(sess, level, step, path, p.Lookup)
		if err != nil {
			return err
		}
		level = fetched
		done[cur] = level
	}
	return nil
}

// prefetchLevel prefetches one relation for the instances that do not
// hold it yet (select_related or an earlier prefetch may have loaded
// it); when every instance holds it, no query is sent and the lookup
// goes on through the objects already there.
func prefetchLevel(sess *Session, level []*Instance, p *Prefetch, path, lookup string) ([]*Instance, error) {
	var missing []*Instance
	for _, inst := range level {
		if !inst.holds(p.Lookup) {
			missing = append(missing, inst)
		}
	}
	if len(missing) > 0 {
		return prefetchOne(sess, missing, p, path, lookup)
	}
	var out []*Instance
	for _, inst := range level {
		if qs := inst.prefetched[p.Lookup]; qs != nil {
			out = append(out, instances(qs.cache)...)
		} else if obj, ok := inst.fkCache[p.Lookup].(*Instance); ok {
			out = append(out, obj)
		}
	}
	return out, nil
}

// holds reports whether the relation name is loaded on the instance:
// a ForeignKey's object cached, or a to-many relation prefetched.
func (i *Instance) holds(name string) bool {
	if f := i.model.Field(name); f != nil && f.Kind == ForeignKey {
		_, ok := i.fkCache[name]
		return ok
	}
	return i.prefetched[name] != nil
}

// prefetchTo is the path the results are stored at: the lookup with its
// last name replaced by to_attr when one is given.
func (p *Prefetch) prefetchTo() string {
	if p.ToAttr == "" {
		return p.Lookup
	}
	parts := strings.Split(p.Lookup, "__")
	parts[len(parts)-1] = p.ToAttr
	return strings.Join(parts, "__")
}

// prefetchOne fetches one relation for every instance of one level and
// returns the objects fetched, in the order the query returned them:
// the next level of the lookup, as prefetch_one_level returns it. Errors
// name the whole lookup, as Django's do.
func prefetchOne(sess *Session, level []*Instance, p *Prefetch, path, lookup string) ([]*Instance, error) {
	if p.Queryset != nil && p.Queryset.query.Combination != nil {
		return nil, unsupportedCombinedPrefetch()
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
		return nil, valueError("'%s' does not resolve to an item that supports prefetching - this is an invalid parameter to prefetch_related().", lookup)
	}
	return nil, py.Errorf("AttributeError", "Cannot find '%s' on %s object, '%s' is an invalid parameter to prefetch_related()", p.Lookup, m.Name, lookup)
}

// baseQuerySet is the Prefetch queryset, or Model.objects.all().
func baseQuerySet(sess *Session, m *Model, p *Prefetch) *QuerySet {
	if p.Queryset != nil {
		return p.Queryset.chain()
	}
	return newQuerySet(sess, m)
}

// prefetchForward fetches the objects behind a ForeignKey with one
// query. Django 5.2 filters them with a tuple IN over the distinct keys
// in the instances' order, which SQLite gets as ("id" = 1 OR "id" = 3).
func prefetchForward(sess *Session, level []*Instance, f *Field, p *Prefetch, cause db.Cause) ([]*Instance, error) {
	qs := baseQuerySet(sess, f.Target, p)
	qs.cause = cause
	if qs.query.IsSliced() {
		return nil, typeError("Cannot filter a query once a slice has been taken.")
	}
	qs.query.Where.add(tupleIn(qs.query.Base(), fkKeys(level, f)), "AND")
	if !qs.query.IsSliced() { // one object per instance: order is moot
		qs.query.Order, qs.query.Ordered = nil, false
	}
	if err := qs.fetch(); err != nil {
		return nil, err
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
		if p.ToAttr != "" {
			inst.SetField(p.ToAttr, v)
		} else {
			inst.setRelated(f.Name, v)
		}
		inst.setEager(f.Name, p.eager)
	}
	return instances(qs.cache), nil
}

func goInt(v starlark.Value) any {
	if n, ok := v.(starlark.Int); ok {
		x, _ := n.Int64()
		return x
	}
	return nil
}

// fkKeys lists the distinct non-null ForeignKey values of level in
// the order first met, as the dict Django builds from them keeps them.
func fkKeys(level []*Instance, f *Field) []int64 {
	var out []int64
	seen := map[int64]bool{}
	for _, inst := range level {
		if n, ok := goInt(inst.vals[f.Column]).(int64); ok && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// tupleIn is TupleIn's SQLite fallback for one primary key column: an OR
// of equalities, and nothing to match when there is no key.
func tupleIn(alias string, ids []int64) Condition {
	if len(ids) == 0 {
		return nothing{}
	}
	root := &Node{Conn: "OR"}
	for _, id := range ids {
		eq := &Lookup{Alias: alias, Column: "id", Op: "exact", Params: []any{id}}
		root.Children = append(root.Children, &Node{Conn: "AND", Children: []Condition{eq}})
	}
	return root
}

func inQ(path string, values starlark.Tuple) *Q {
	return &Q{Conn: "AND", Children: []qChild{&qLeaf{path: path + "__in", value: values}}}
}

// prefetchMany fetches a reverse ForeignKey or a many-to-many relation
// for all instances with one IN query, then hands each instance its part.
func prefetchMany(sess *Session, level []*Instance, f *Field, reverse bool, p *Prefetch, cause db.Cause) ([]*Instance, error) {
	rel := relationOf(f, reverse)
	qs := baseQuerySet(sess, rel.model, p)
	qs.cause = cause
	objs := make(starlark.Tuple, len(level))
	for n, inst := range level {
		objs[n] = inst
	}
	if err := qs.query.addQ(sess, inQ(rel.filterPath, objs), 1); err != nil {
		return nil, err
	}
	sliced := qs.query.IsSliced()
	if sliced {
		if err := qs.query.slicedPrefetch(sess, rel.filterPath, 1); err != nil {
			return nil, err
		}
	}
	if rel.keyColumn != "" {
		qs.query.Extra = append(qs.query.Extra, ExtraSelect{SQL: quote(rel.throughTable) + "." + quote(rel.keyColumn), Name: "_prefetch_related_val_" + rel.keyColumn})
	}
	if err := qs.fetch(); err != nil {
		return nil, err
	}
	if sliced && p.ToAttr == "" {
		// Storing the rows in the related manager filters the Prefetch
		// queryset again, which a slice forbids (after the query ran).
		return nil, typeError("Cannot filter a query once a slice has been taken.")
	}
	groups, err := rel.group(qs.cache)
	if err != nil {
		return nil, err
	}
	for _, inst := range level {
		assignPrefetched(inst, rel, groups[inst.pkValue()], qs, p.ToAttr)
		inst.setEager(rel.accessor, p.eager)
		if p.ToAttr != "" {
			inst.setEager(p.ToAttr, p.eager)
		}
	}
	return instances(qs.cache), nil
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

// prefetchRelatedObjects is django.db.models.prefetch_related_objects:
// the prefetch_related lookups run over a list of instances already in
// hand, with the same queries a QuerySet's prefetch_related sends.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-related-objects
func prefetchRelatedObjects(sess *Session) *starlark.Builtin {
	return starlark.NewBuiltin("prefetch_related_objects", func(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(kwargs) > 0 {
			return nil, typeError("prefetch_related_objects() got an unexpected keyword argument '%s'", string(kwargs[0][0].(starlark.String)))
		}
		if len(args) == 0 {
			return nil, typeError("prefetch_related_objects() missing 1 required positional argument: 'model_instances'")
		}
		items, err := py.Elements(args[0])
		if err != nil {
			return nil, err
		}
		lookups, err := prefetchArgs(args[1:])
		if err != nil || len(items) == 0 {
			return starlark.None, err
		}
		return starlark.None, prefetchObjects(sess, instances(items), lookups, nil)
	})
}

// prefetchArgs reads lookups given as names or Prefetch objects.
func prefetchArgs(args starlark.Tuple) ([]*Prefetch, error) {
	out := make([]*Prefetch, 0, len(args))
	for _, a := range args {
		switch a := a.(type) {
		case starlark.String:
			out = append(out, &Prefetch{Lookup: string(a)})
		case *Prefetch:
			out = append(out, a)
		default:
			return nil, typeError("'%s' object has no attribute 'split'", pyTypeName(a))
		}
	}
	return out, nil
}
