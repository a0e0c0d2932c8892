package orm

import (
	"go.starlark.net/starlark"
)

// ModelClass is a model as scripts see it: Book, with Book.objects,
// Book.DoesNotExist and Book(...) to make an unsaved instance.
type ModelClass struct {
	sess  *Session
	model *Model
}

var (
	_ starlark.HasAttrs = (*ModelClass)(nil)
	_ starlark.Callable = (*ModelClass)(nil)
)

// classOf returns the session's one ModelClass for m, so that type(book)
// is Book holds as in Python.
func (s *Session) classOf(m *Model) *ModelClass {
	if c := s.classes[m]; c != nil {
		return c
	}
	if s.classes == nil {
		s.classes = map[*Model]*ModelClass{}
	}
	c := &ModelClass{sess: s, model: m}
	s.classes[m] = c
	return c
}

// IsInstance reports whether v is an instance of the model, for
// isinstance(book, Book).
func (c *ModelClass) IsInstance(v starlark.Value) bool {
	inst, ok := v.(*Instance)
	return ok && inst.model == c.model
}

// PyClass is type(inst): the instance's model class.
func (inst *Instance) PyClass() starlark.Value { return inst.sess.classOf(inst.model) }

// String implements starlark.Value.
func (c *ModelClass) String() string { return "<class 'library.models." + c.model.Name + "'>" }

// Type implements starlark.Value.
func (c *ModelClass) Type() string { return "ModelBase" }

// Freeze implements starlark.Value.
func (c *ModelClass) Freeze() {}

// Truth implements starlark.Value.
func (c *ModelClass) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (c *ModelClass) Hash() (uint32, error) { return starlark.String(c.model.Name).Hash() }

// Name implements starlark.Callable.
func (c *ModelClass) Name() string { return c.model.Name }

// Attr implements starlark.HasAttrs.
func (c *ModelClass) Attr(name string) (starlark.Value, error) {
	switch name {
	case "objects":
		return &Manager{sess: c.sess, model: c.model}, nil
	case "DoesNotExist", "MultipleObjectsReturned":
		return modelException(c.model, name), nil
	case "__name__", "__qualname__":
		return starlark.String(c.model.Name), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (c *ModelClass) AttrNames() []string {
	return []string{"DoesNotExist", "MultipleObjectsReturned", "objects"}
}

// CallInternal makes an unsaved instance: Book(title="...", pages=10).
func (c *ModelClass) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, typeError("%s() takes keyword arguments only in ORM Lab", c.model.Name)
	}
	inst := newInstance(c.sess, c.model, nil)
	inst.adding = true
	for _, f := range c.model.Fields {
		inst.vals[f.Attname()] = defaultValue(f)
	}
	for _, kv := range kwargs {
		if err := inst.SetField(string(kv[0].(starlark.String)), kv[1]); err != nil {
			return nil, err
		}
	}
	return inst, checkInitKwargs(c.model, kwargs)
}

// defaultValue is the value an unsaved instance starts with.
func defaultValue(f *Field) starlark.Value {
	switch f.Kind {
	case CharField, TextField, EmailField:
		return starlark.String("")
	case BooleanField:
		return starlark.False
	}
	return starlark.None
}

// Manager is Model.objects: every QuerySet method, starting from all().
// See https://docs.djangoproject.com/en/5.2/topics/db/managers/
type Manager struct {
	sess  *Session
	model *Model
}

var _ starlark.HasAttrs = (*Manager)(nil)

// String implements starlark.Value.
func (m *Manager) String() string { return "library." + m.model.Name + ".objects" }

// Type implements starlark.Value.
func (m *Manager) Type() string { return "Manager" }

// Freeze implements starlark.Value.
func (m *Manager) Freeze() {}

// Truth implements starlark.Value.
func (m *Manager) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (m *Manager) Hash() (uint32, error) { return starlark.String(m.String()).Hash() }

// Attr implements starlark.HasAttrs by proxying to a fresh QuerySet;
// raw() is the manager's own.
func (m *Manager) Attr(name string) (starlark.Value, error) {
	if name == "raw" {
		return starlark.NewBuiltin("raw", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return managerRaw(m.sess, m.model, args, kwargs)
		}), nil
	}
	return newQuerySet(m.sess, m.model).managerAttr(name)
}

// AttrNames implements starlark.HasAttrs.
func (m *Manager) AttrNames() []string { return querysetMethodNames() }
