package orm

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/db"
)

// relation describes a to-many relation from one instance: which model
// it yields, the lookup that filters it and how prefetched rows are
// matched back to their owner.
type relation struct {
	field    *Field // the forward field: Book.author or Book.genres
	reverse  bool
	model    *Model // the model the relation yields
	accessor string // author.book_set, book.genres
	// filterPath selects the related rows of given owners: "author",
	// "book" (Genre seen from Book.genres), "genres".
	filterPath string
	// throughTable and keyColumn name the join-table column holding the
	// owner's id, for many-to-many prefetches.
	throughTable string
	keyColumn    string
	// backFK is the ForeignKey on yielded objects pointing at the owner.
	backFK *Field
}

func relationOf(f *Field, reverse bool) relation {
	r := relation{field: f, reverse: reverse}
	switch {
	case f.Kind == ForeignKey:
		r.model, r.accessor, r.filterPath, r.backFK = f.Model, strings.ToLower(f.Model.Name)+"_set", f.Name, f
	case reverse:
		r.model, r.accessor, r.filterPath = f.Model, strings.ToLower(f.Model.Name)+"_set", f.Name
		r.throughTable, r.keyColumn = f.Through.Table, f.Through.TargetColumn
	default:
		r.model, r.accessor, r.filterPath = f.Target, f.Name, strings.ToLower(f.Model.Name)
		r.throughTable, r.keyColumn = f.Through.Table, f.Through.SourceColumn
	}
	return r
}

// group splits prefetched rows by the owner's primary key. A row whose
// ForeignKey to the owner was deferred (Prefetch with only()) loads it
// first, one query per row, as Django's get_local_related_value does.
func (r relation) group(rows []starlark.Value) (map[any][]starlark.Value, error) {
	out := map[any][]starlark.Value{}
	for _, v := range rows {
		obj := v.(*Instance)
		var key any
		if r.keyColumn != "" {
			key = goInt(obj.extra["_prefetch_related_val_"+r.keyColumn])
		} else {
			fk, err := obj.field(r.backFK)
			if err != nil {
				return nil, err
			}
			key = goInt(fk)
		}
		out[key] = append(out[key], v)
	}
	return out, nil
}

// RelatedManager is a to-many manager on an instance: author.book_set,
// book.genres, genre.book_set. Its QuerySet methods are filtered to the
// instance, or answered from the prefetch cache when one exists.
// See https://docs.djangoproject.com/en/5.2/ref/models/relations/
type RelatedManager struct {
	inst *Instance
	rel  relation
}

var _ starlark.HasAttrs = (*RelatedManager)(nil)

func newRelatedManager(inst *Instance, f *Field, reverse bool) *RelatedManager {
	return &RelatedManager{inst: inst, rel: relationOf(f, reverse)}
}

// String is str() of a related manager in Django: "library.Book.None".
func (m *RelatedManager) String() string { return "library." + m.rel.model.Name + ".None" }

// Type implements starlark.Value.
func (m *RelatedManager) Type() string { return "RelatedManager" }

// Freeze implements starlark.Value.
func (m *RelatedManager) Freeze() {}

// Truth implements starlark.Value.
func (m *RelatedManager) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (m *RelatedManager) Hash() (uint32, error) {
	return 0, typeError("unhashable type: 'RelatedManager'")
}

// Attr implements starlark.HasAttrs. all() returns get_queryset()
// itself, so a prefetched relation answers from its cache, as in Django.
func (m *RelatedManager) Attr(name string) (starlark.Value, error) {
	if name == "all" {
		return starlark.NewBuiltin("all", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return m.queryset(), noArgs("all", args, kwargs)
		}), nil
	}
	if v, ok, err := m.writeAttr(name); ok {
		return v, err
	}
	if through := m.constrainedTarget(name); through != nil {
		return through.managerAttr(name)
	}
	return m.queryset().managerAttr(name)
}

// constrainedTarget is where count() and exists() of a many-to-many
// manager look when nothing is prefetched: the join table alone, filtered
// to the instance, as ManyRelatedManager.constrained_target does (the
// target's foreign key is enforced, so joining it would change nothing).
func (m *RelatedManager) constrainedTarget(name string) *QuerySet {
	if (name != "count" && name != "exists") || m.rel.throughTable == "" || m.inst.prefetched[m.rel.accessor] != nil {
		return nil
	}
	f := m.rel.field
	column := f.Through.SourceColumn
	if m.rel.reverse {
		column = f.Through.TargetColumn
	}
	qs := newQuerySet(m.inst.sess, f.Through.Model)
	qs.cause = m.inst.origin.cause(db.CauseReverse, m.rel.accessor)
	q := &Q{Conn: "AND", Children: []qChild{&qLeaf{path: strings.TrimSuffix(column, "_id"), value: m.inst.vals["id"]}}}
	if err := qs.query.addQ(m.inst.sess, q, 1); err != nil {
		m.inst.sess.fail(err)
	}
	return qs
}

// AttrNames implements starlark.HasAttrs.
func (m *RelatedManager) AttrNames() []string { return querysetMethodNames() }

// queryset is get_queryset(): the prefetched QuerySet when there is one,
// else a new one filtered to the instance.
func (m *RelatedManager) queryset() *QuerySet {
	if qs := m.inst.prefetched[m.rel.accessor]; qs != nil {
		m.inst.markEager(m.rel.accessor)
		return qs
	}
	qs := newQuerySet(m.inst.sess, m.rel.model)
	qs.cause = m.inst.origin.cause(db.CauseReverse, m.rel.accessor)
	child := m.inst.origin.child(m.rel.accessor)
	qs.lineage = &child
	path := m.rel.filterPath
	if m.rel.field.Kind == ManyToManyField {
		path += "__id"
	}
	qs.mark = 1
	q := &Q{Conn: "AND", Children: []qChild{&qLeaf{path: path, value: m.inst.vals["id"]}}}
	if err := qs.query.addQ(m.inst.sess, q, 1); err != nil {
		m.inst.sess.fail(err)
	}
	if m.rel.backFK != nil {
		qs.known = map[string]*Instance{m.rel.backFK.Name: m.inst}
	}
	return qs
}
