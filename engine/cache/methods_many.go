package cache

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// The methods that BaseCache builds from the single-key ones.

func cache_get_or_set(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var key, dflt, timeout, version starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "key", &key, "default", &dflt, "timeout?", &timeout, "version?", &version); err != nil {
		return nil, err
	}
	return recv(b).getOrSet(thread, makeKey(key, version), dflt, timeout)
}

func cache_get_many(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var keys, version starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "keys", &keys, "version?", &version); err != nil {
		return nil, err
	}
	out := starlark.NewDict(0)
	err := each(keys, func(key starlark.Value) error {
		v, ok, err := recv(b).get(thread, makeKey(key, version))
		if ok && err == nil {
			err = out.SetKey(key, v)
		}
		return err
	})
	return out, err
}

func cache_set_many(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var data *starlark.Dict
	var timeout, version starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "data", &data, "timeout?", &timeout, "version?", &version); err != nil {
		return nil, err
	}
	for _, kv := range data.Items() {
		if err := recv(b).set(thread, makeKey(kv[0], version), kv[1], timeout); err != nil {
			return nil, err
		}
	}
	return starlark.NewList(nil), nil
}

func cache_delete_many(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var keys, version starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "keys", &keys, "version?", &version); err != nil {
		return nil, err
	}
	return starlark.None, each(keys, func(key starlark.Value) error {
		recv(b).store.delete(makeKey(key, version))
		return nil
	})
}

// each calls fn with every element of an iterable of keys.
func each(keys starlark.Value, fn func(starlark.Value) error) error {
	iter, err := py.Iterate(keys)
	if err != nil {
		return err
	}
	defer iter.Done()
	var key starlark.Value
	for iter.Next(&key) {
		if err := fn(key); err != nil {
			return err
		}
	}
	return nil
}
