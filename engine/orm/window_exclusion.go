package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// frameExclusion is a member of WindowFrameExclusion: the rows a frame
// leaves out (EXCLUDE CURRENT ROW, GROUP, TIES, NO OTHERS).
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/#django.db.models.WindowFrameExclusion
type frameExclusion struct{ name, sql string }

// frameExclusions are the members, in declaration order.
var frameExclusions = []*frameExclusion{
	{"CURRENT_ROW", "CURRENT ROW"}, {"GROUP", "GROUP"}, {"TIES", "TIES"}, {"NO_OTHERS", "NO OTHERS"},
}

// String implements starlark.Value.
func (x *frameExclusion) String() string { return x.PyRepr() }

// PyRepr implements py.Reprer as the enum's __repr__ does.
func (x *frameExclusion) PyRepr() string { return "WindowFrameExclusion." + x.name }

// Type implements starlark.Value.
func (x *frameExclusion) Type() string { return "WindowFrameExclusion" }

// Freeze implements starlark.Value.
func (x *frameExclusion) Freeze() {}

// Truth implements starlark.Value.
func (x *frameExclusion) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (x *frameExclusion) Hash() (uint32, error) { return starlark.String(x.name).Hash() }

// exclusionEnum is the WindowFrameExclusion class: its members are
// attributes, and calling it with a member's value returns the member.
type exclusionEnum struct{}

var (
	_ starlark.HasAttrs = exclusionEnum{}
	_ starlark.Callable = exclusionEnum{}
)

// String implements starlark.Value.
func (exclusionEnum) String() string { return "<enum 'WindowFrameExclusion'>" }

// Type implements starlark.Value.
func (exclusionEnum) Type() string { return "EnumType" }

// Freeze implements starlark.Value.
func (exclusionEnum) Freeze() {}

// Truth implements starlark.Value.
func (exclusionEnum) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (exclusionEnum) Hash() (uint32, error) { return starlark.String("WindowFrameExclusion").Hash() }

// Name implements starlark.Callable.
func (exclusionEnum) Name() string { return "WindowFrameExclusion" }

// Attr implements starlark.HasAttrs: the members by name.
func (exclusionEnum) Attr(name string) (starlark.Value, error) {
	for _, x := range frameExclusions {
		if x.name == name {
			return x, nil
		}
	}
	return nil, py.Errorf("AttributeError", "%s", name)
}

// AttrNames implements starlark.HasAttrs.
func (exclusionEnum) AttrNames() []string {
	names := make([]string, len(frameExclusions))
	for i, x := range frameExclusions {
		names[i] = x.name
	}
	return names
}

// CallInternal implements starlark.Callable: WindowFrameExclusion("TIES").
func (exclusionEnum) CallInternal(_ *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs("WindowFrameExclusion", args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	for _, x := range frameExclusions {
		if s, ok := v.(starlark.String); ok && string(s) == x.sql {
			return x, nil
		}
	}
	return nil, valueError("%s is not a valid WindowFrameExclusion", py.Repr(v))
}
