package script

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/stdlib"
)

func dict_copy(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	d := b.Receiver().(*starlark.Dict)
	out := starlark.NewDict(d.Len())
	for _, kv := range d.Items() {
		if err := out.SetKey(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func dict_pop(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k, dflt starlark.Value
	if err := starlark.UnpackPositionalArgs("pop", args, kwargs, 1, &k, &dflt); err != nil {
		return nil, err
	}
	v, found, err := b.Receiver().(*starlark.Dict).Delete(k)
	if err != nil {
		return nil, err
	}
	if found {
		return v, nil
	}
	if dflt != nil {
		return dflt, nil
	}
	return nil, py.KeyError(k)
}

// dict_popitem removes the last item inserted, as CPython does.
func dict_popitem(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("popitem", args, kwargs, 0); err != nil {
		return nil, err
	}
	d := b.Receiver().(*starlark.Dict)
	items := d.Items()
	if len(items) == 0 {
		return nil, py.KeyError(starlark.String("popitem(): dictionary is empty"))
	}
	last := items[len(items)-1]
	_, _, err := d.Delete(last[0])
	return last, err
}

func dict_fromkeys(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var iterable starlark.Value
	var value starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("fromkeys", args, kwargs, 1, &iterable, &value); err != nil {
		return nil, err
	}
	keys, err := stdlib.Elements(thread, iterable)
	if err != nil {
		return nil, err
	}
	d := starlark.NewDict(len(keys))
	for _, k := range keys {
		if err := d.SetKey(k, value); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func set_remove(_ *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs("remove", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	s := b.Receiver().(*starlark.Set)
	if found, err := s.Has(x); err != nil || !found {
		if err == nil {
			err = py.KeyError(x)
		}
		return nil, err
	}
	_, err := s.Delete(x)
	return starlark.None, err
}

func set_pop(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s := b.Receiver().(*starlark.Set)
	if s.Len() == 0 {
		return nil, py.KeyError(starlark.String("pop from an empty set"))
	}
	inner, _ := s.Attr("pop")
	return starlark.Call(thread, inner, args, kwargs)
}

func set_isdisjoint(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var other starlark.Value
	if err := starlark.UnpackPositionalArgs("isdisjoint", args, kwargs, 1, &other); err != nil {
		return nil, err
	}
	items, err := stdlib.Elements(thread, other)
	if err != nil {
		return nil, err
	}
	for _, x := range items {
		if found, err := b.Receiver().(*starlark.Set).Has(x); err != nil || found {
			return starlark.False, err
		}
	}
	return starlark.True, nil
}

func set_copy(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s := b.Receiver().(*starlark.Set)
	out := starlark.NewSet(s.Len())
	items, err := stdlib.Elements(thread, s)
	for _, x := range items {
		_ = out.Insert(x)
	}
	return out, err
}
