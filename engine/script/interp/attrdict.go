package interp

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// attrDict is obj.__dict__ or globals(): a namespace as a dict that
// reads and writes it, so obj.__dict__["x"] = 1 sets obj.x as in
// Python. It prints and compares as the dict of its items.
type attrDict struct {
	ns *Namespace
}

var (
	_ starlark.IterableMapping = (*attrDict)(nil)
	_ starlark.HasSetKey       = (*attrDict)(nil)
	_ starlark.HasAttrs        = (*attrDict)(nil)
)

func (d *attrDict) dict() *starlark.Dict { return namespaceDict(d.ns) }

func (d *attrDict) String() string        { return d.PyRepr() }
func (d *attrDict) PyRepr() string        { return py.Repr(d.dict()) }
func (d *attrDict) Type() string          { return "dict" }
func (d *attrDict) Freeze()               {}
func (d *attrDict) Truth() starlark.Bool  { return d.ns.Len() > 0 }
func (d *attrDict) Hash() (uint32, error) { return 0, typeErrorf("unhashable type: 'dict'") }
func (d *attrDict) Len() int              { return d.ns.Len() }
func (d *attrDict) Items() []starlark.Tuple {
	return d.dict().Items()
}
func (d *attrDict) Iterate() starlark.Iterator { return d.dict().Iterate() }

// Get implements starlark.Mapping.
func (d *attrDict) Get(k starlark.Value) (starlark.Value, bool, error) {
	name, ok := k.(starlark.String)
	if !ok {
		return nil, false, nil
	}
	v := d.ns.Get(string(name))
	return v, v != nil, nil
}

// SetKey implements starlark.HasSetKey: an attribute set through the
// dict. Attribute names are strings.
func (d *attrDict) SetKey(k, v starlark.Value) error {
	name, ok := k.(starlark.String)
	if !ok {
		return typeErrorf("the lab keeps attribute names as strings: __dict__ keys must be str, not %s", typeName(k))
	}
	d.ns.Set(string(name), v)
	return nil
}

// Attr gives the dict's methods, working on the attributes.
func (d *attrDict) Attr(name string) (starlark.Value, error) {
	switch name {
	case "update":
		return starlark.NewBuiltin("update", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			tmp := starlark.NewDict(0)
			if len(args) == 1 {
				if err := Of(thread).mergeInto(tmp, args[0]); err != nil {
					return nil, err
				}
			}
			for _, kv := range kwargs {
				_ = tmp.SetKey(kv[0], kv[1])
			}
			for _, kv := range tmp.Items() {
				if err := d.SetKey(kv[0], kv[1]); err != nil {
					return nil, err
				}
			}
			return starlark.None, nil
		}), nil
	case "pop":
		return starlark.NewBuiltin("pop", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, typeErrorf("pop expected at least 1 argument, got %d", len(args))
			}
			v, found, _ := d.Get(args[0])
			if !found {
				if len(args) == 2 {
					return args[1], nil
				}
				return nil, py.KeyError(args[0])
			}
			d.ns.Delete(string(args[0].(starlark.String)))
			return v, nil
		}), nil
	}
	return py.Attr(d.dict(), name)
}

func (d *attrDict) AttrNames() []string {
	return []string{"get", "items", "keys", "pop", "update", "values"}
}
