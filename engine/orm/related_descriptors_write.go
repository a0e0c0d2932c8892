package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// relatedWrites are the write methods of related managers, by name.
// See https://docs.djangoproject.com/en/5.2/ref/models/relations/
var relatedWrites = map[string]func(m *RelatedManager, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error){
	"add":              relatedAdd,
	"remove":           relatedRemove,
	"clear":            relatedClear,
	"set":              relatedSet,
	"create":           relatedCreate,
	"get_or_create":    relatedGetOrCreate,
	"update_or_create": relatedUpdateOrCreate,
}

// writeAttr returns the write method called name, if it is one. A
// reverse ForeignKey manager has no remove() or clear(): Django defines
// them only when the ForeignKey is nullable, and no sample one is.
func (m *RelatedManager) writeAttr(name string) (starlark.Value, bool, error) {
	fn := relatedWrites[name]
	if fn == nil {
		return nil, false, nil
	}
	if !m.isM2M() && (name == "remove" || name == "clear") {
		return nil, true, py.Errorf("AttributeError", "'RelatedManager' object has no attribute '%s'", name)
	}
	return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(m, args, kwargs)
	}), true, nil
}

func (m *RelatedManager) isM2M() bool { return m.rel.field.Kind == ManyToManyField }

// forgetPrefetched is _remove_prefetched_objects(): a write invalidates
// the instance's prefetched rows of this relation.
func (m *RelatedManager) forgetPrefetched() { delete(m.inst.prefetched, m.rel.accessor) }

// checkOwner is _check_fk_val(): the owner must be saved.
func (m *RelatedManager) checkOwner() error {
	switch {
	case m.inst.hasPK():
		return nil
	case m.isM2M():
		return valueError("\"%s\" needs to have a value for field \"id\" before this many-to-many relationship can be used.", m.inst.PyRepr())
	}
	return valueError("\"%s\" needs to have a value for field \"id\" before this relationship can be used.", m.inst.PyRepr())
}

func relatedAdd(m *RelatedManager, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if m.isM2M() {
		if err := throughDefaultsOnly("add", kwargs); err != nil {
			return nil, err
		}
		return starlark.None, m.m2mAdd(args)
	}
	bulk := true
	if err := starlark.UnpackArgs("add", nil, kwargs, "bulk?", &bulk); err != nil {
		return nil, err
	}
	return starlark.None, m.fkAdd(args, bulk)
}

// throughDefaultsOnly accepts through_defaults=, which auto-created
// through models have no use for.
func throughDefaultsOnly(name string, kwargs []starlark.Tuple) error {
	var defaults starlark.Value
	return starlark.UnpackArgs(name, nil, kwargs, "through_defaults?", &defaults)
}

func relatedRemove(m *RelatedManager, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("remove", nil, kwargs); err != nil {
		return nil, err
	}
	return starlark.None, m.m2mRemove(args)
}

func relatedClear(m *RelatedManager, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("clear", args, kwargs); err != nil {
		return nil, err
	}
	return starlark.None, m.m2mClear()
}

func relatedSet(m *RelatedManager, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var objs, defaults starlark.Value
	clear, bulk := false, true
	if err := starlark.UnpackArgs("set", args, kwargs, "objs", &objs, "clear?", &clear, "through_defaults?", &defaults, "bulk?", &bulk); err != nil {
		return nil, err
	}
	items, err := iterate(objs)
	if err != nil {
		return nil, err
	}
	if !m.isM2M() {
		return starlark.None, m.fkAdd(items, bulk)
	}
	return starlark.None, m.m2mSet(items, clear)
}

// relatedCreate is create(**kwargs) on a related manager: the new object
// points at the owner (reverse ForeignKey), or is added to the relation
// (many-to-many).
func relatedCreate(m *RelatedManager, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, typeError("create() takes 1 positional argument but %d were given", len(args)+1)
	}
	if !m.isM2M() {
		if err := m.checkOwner(); err != nil {
			return nil, err
		}
		m.forgetPrefetched()
		return createInstance(m.inst.sess, m.rel.model, m.withOwner(kwargs))
	}
	kwargs = withoutKey(kwargs, "through_defaults")
	obj, err := createInstance(m.inst.sess, m.rel.model, kwargs)
	if err != nil {
		return nil, err
	}
	return obj, m.m2mAdd(starlark.Tuple{obj})
}

// withOwner sets the reverse ForeignKey to the owner in kwargs.
func (m *RelatedManager) withOwner(kwargs []starlark.Tuple) []starlark.Tuple {
	name := m.rel.backFK.Name
	return append(withoutKey(kwargs, name), starlark.Tuple{starlark.String(name), m.inst})
}

func withoutKey(kwargs []starlark.Tuple, key string) []starlark.Tuple {
	out := make([]starlark.Tuple, 0, len(kwargs))
	for _, kv := range kwargs {
		if string(kv[0].(starlark.String)) != key {
			out = append(out, kv)
		}
	}
	return out
}

// relatedGetOrCreate is get_or_create() on a related manager: looked up
// among the related rows; a new reverse-ForeignKey object points at the
// owner, a new many-to-many object is added to the relation.
func relatedGetOrCreate(m *RelatedManager, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return m.lookupOrCreate("get_or_create", querysetGetOrCreate, args, kwargs)
}

// relatedUpdateOrCreate is update_or_create() on a related manager, in
// the same way as get_or_create().
func relatedUpdateOrCreate(m *RelatedManager, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return m.lookupOrCreate("update_or_create", querysetUpdateOrCreate, args, kwargs)
}

// lookupOrCreate runs get_or_create() or update_or_create() of the
// related rows' QuerySet: with the owner among the lookups for a reverse
// ForeignKey, followed by add() of a created object for many-to-many.
func (m *RelatedManager) lookupOrCreate(name string, fn func(*QuerySet, starlark.Tuple, []starlark.Tuple) (starlark.Value, error), args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, typeError("%s.%s() takes 1 positional argument but %d were given", m.className(), name, len(args)+1)
	}
	if !m.isM2M() {
		if err := m.checkOwner(); err != nil {
			return nil, err
		}
		return fn(m.queryset(), nil, m.withOwner(kwargs))
	}
	res, err := fn(m.queryset(), nil, withoutKey(kwargs, "through_defaults"))
	if err != nil {
		return nil, err
	}
	if pair := res.(starlark.Tuple); pair[1] == starlark.True {
		return res, m.m2mAdd(starlark.Tuple{pair[0]})
	}
	return res, nil
}

// className is the qualified name Python gives the manager's class in
// messages about its methods' arguments.
func (m *RelatedManager) className() string {
	if m.isM2M() {
		return "create_forward_many_to_many_manager.<locals>.ManyRelatedManager"
	}
	return "create_reverse_many_to_one_manager.<locals>.RelatedManager"
}

// fkAdd is a reverse ForeignKey manager's add(): point each object at the
// owner with one UPDATE (bulk) or by saving each one.
func (m *RelatedManager) fkAdd(objs []starlark.Value, bulk bool) error {
	if err := m.checkOwner(); err != nil {
		return err
	}
	m.forgetPrefetched()
	if !bulk {
		return m.inst.sess.atomic(m.rel.model, func() error { return m.fkSaveEach(objs) })
	}
	pks := make(starlark.Tuple, 0, len(objs))
	for _, v := range objs {
		obj, err := m.pointAtOwner(v)
		if err != nil {
			return err
		}
		if obj.adding {
			return valueError("%s instance isn't saved. Use bulk=False or save the object first.", obj.PyRepr())
		}
		pks = append(pks, obj.vals["id"])
	}
	q := NewQuery(m.rel.model)
	if err := q.addQ(m.inst.sess, inQ("id", pks), 0); err != nil {
		return err
	}
	set, err := assign(m.inst.sess, q, m.rel.backFK, m.inst)
	if err != nil {
		return err
	}
	_, err = runUpdate(m.inst.sess, q, []assignment{set})
	return err
}

func (m *RelatedManager) fkSaveEach(objs []starlark.Value) error {
	for _, v := range objs {
		obj, err := m.pointAtOwner(v)
		if err != nil {
			return err
		}
		if err := obj.save(saveOptions{}); err != nil {
			return err
		}
	}
	return nil
}

// pointAtOwner checks v is an instance of the related model and sets its
// ForeignKey to the owner.
func (m *RelatedManager) pointAtOwner(v starlark.Value) (*Instance, error) {
	obj, ok := v.(*Instance)
	if !ok || obj.model != m.rel.model {
		return nil, typeError("'%s' instance expected, got %s", m.rel.model.Name, pyRepr(v))
	}
	return obj, obj.setForeignKey(m.rel.backFK, m.inst)
}
