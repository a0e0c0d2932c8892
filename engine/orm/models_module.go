package orm

import (
	"sort"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// FieldValue is an unbound model field instance, models.CharField() or
// models.IntegerField(), as scripts pass it to output_field= of Cast and
// other expressions.
// See https://docs.djangoproject.com/en/5.2/ref/models/fields/
type FieldValue struct {
	field *Field
}

var _ starlark.Value = (*FieldValue)(nil)

// String implements starlark.Value with Django's repr of an unbound field.
func (v *FieldValue) String() string {
	return "<django.db.models.fields." + kindName(v.field.Kind) + ">"
}

// Type implements starlark.Value: the field class name.
func (v *FieldValue) Type() string { return kindName(v.field.Kind) }

// Freeze implements starlark.Value.
func (v *FieldValue) Freeze() {}

// Truth implements starlark.Value.
func (v *FieldValue) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (v *FieldValue) Hash() (uint32, error) { return starlark.String(v.String()).Hash() }

// fieldClasses are the field classes of django.db.models a script can
// name in output_field=.
var fieldClasses = map[string]Kind{
	"CharField": CharField, "TextField": TextField, "EmailField": EmailField,
	"IntegerField": IntegerField, "FloatField": FloatField, "BooleanField": BooleanField,
	"DateField": DateField, "DateTimeField": DateTimeField, "DurationField": DurationField,
}

// FieldClass is a field class of django.db.models, CharField or
// IntegerField: calling it makes an unbound field, whose keyword
// arguments are accepted as Django's are; max_length is kept for Cast.
type FieldClass struct {
	name string
	kind Kind
}

var _ starlark.Callable = (*FieldClass)(nil)

// fieldClassValues are the field classes as script values, made once:
// a class holds no state of a run.
var fieldClassValues = func() map[string]*FieldClass {
	out := make(map[string]*FieldClass, len(fieldClasses))
	for name, kind := range fieldClasses {
		out[name] = &FieldClass{name: name, kind: kind}
	}
	return out
}()

// String implements starlark.Value with Python's repr of the class.
func (c *FieldClass) String() string { return "<class 'django.db.models.fields." + c.name + "'>" }

// Type implements starlark.Value.
func (c *FieldClass) Type() string { return "type" }

// Name implements starlark.Callable.
func (c *FieldClass) Name() string { return c.name }

// Freeze implements starlark.Value.
func (c *FieldClass) Freeze() {}

// Truth implements starlark.Value.
func (c *FieldClass) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (c *FieldClass) Hash() (uint32, error) { return starlark.String(c.name).Hash() }

// CallInternal implements starlark.Callable: CharField(max_length=10).
func (c *FieldClass) CallInternal(_ *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f := &Field{Kind: c.kind}
	if c.kind == EmailField {
		f.MaxLength = 254
	}
	for _, kv := range kwargs {
		if kv[0].(starlark.String) != "max_length" {
			continue
		}
		n, err := starlark.AsInt32(kv[1])
		if err != nil {
			return nil, typeError("%s(): max_length must be an integer, not %s", c.name, pyTypeName(kv[1]))
		}
		f.MaxLength = n
	}
	return &FieldValue{field: f}, nil
}

// modelsExports are the names of django.db.models the lab provides
// besides the field classes.
var modelsExports = []string{"F", "Value", "Q", "Count", "Sum", "Avg", "Max", "Min", "Case", "When",
	"Exists", "OuterRef", "Subquery", "Prefetch", "ExpressionWrapper", "prefetch_related_objects",
	"Window", "RowRange", "ValueRange", "WindowFrameExclusion", "Func"}

// ModelsModule is django.db.models as "from django.db import models"
// binds it: the field classes and the expression names.
type ModelsModule struct {
	attrs starlark.StringDict
}

var _ starlark.HasAttrs = (*ModelsModule)(nil)

// newModelsModule builds the module from the ORM's globals g.
func newModelsModule(g starlark.StringDict) *ModelsModule {
	m := &ModelsModule{attrs: make(starlark.StringDict, len(fieldClasses)+len(modelsExports))}
	for name := range fieldClasses {
		m.attrs[name] = g[name]
	}
	for _, name := range modelsExports {
		m.attrs[name] = g[name]
	}
	return m
}

// String implements starlark.Value.
func (m *ModelsModule) String() string { return "<module 'django.db.models'>" }

// Type implements starlark.Value.
func (m *ModelsModule) Type() string { return "module" }

// Freeze implements starlark.Value.
func (m *ModelsModule) Freeze() {}

// Truth implements starlark.Value.
func (m *ModelsModule) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (m *ModelsModule) Hash() (uint32, error) { return starlark.String("django.db.models").Hash() }

// Attr implements starlark.HasAttrs.
func (m *ModelsModule) Attr(name string) (starlark.Value, error) {
	if v, ok := m.attrs[name]; ok {
		return v, nil
	}
	return nil, py.Errorf("AttributeError", "module 'django.db.models' has no attribute '%s'", name)
}

// AttrNames implements starlark.HasAttrs.
func (m *ModelsModule) AttrNames() []string {
	names := make([]string, 0, len(m.attrs))
	for name := range m.attrs {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}
