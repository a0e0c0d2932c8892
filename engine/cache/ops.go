package cache

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"ormlab/engine/py"
)

// The cache's operations on made keys, as LocMemCache and BaseCache
// define them. Every value goes in and comes out through Copy.

// get returns a copy of the value of a live key.
func (c *Cache) get(thread *starlark.Thread, key string) (starlark.Value, bool, error) {
	v, ok := c.store.get(key, py.Now(thread))
	if !ok {
		return nil, false, nil
	}
	out, err := Copy(v)
	return out, err == nil, err
}

// set stores a copy of value.
func (c *Cache) set(thread *starlark.Thread, key string, value, timeout starlark.Value) error {
	now := py.Now(thread)
	exp, err := expiryOf(timeout, now)
	if err != nil {
		return err
	}
	stored, err := Copy(value)
	if err != nil {
		return err
	}
	c.store.set(key, stored, exp)
	return nil
}

// add stores a copy of value unless the key is live. Like Django, it
// pickles the value before looking, so adding a QuerySet evaluates it
// even when the key exists.
func (c *Cache) add(thread *starlark.Thread, key string, value, timeout starlark.Value) (bool, error) {
	stored, err := Copy(value)
	if err != nil || !c.store.expired(key, py.Now(thread)) {
		return false, err
	}
	exp, err := expiryOf(timeout, py.Now(thread))
	if err != nil {
		return false, err
	}
	c.store.set(key, stored, exp)
	return true, nil
}

// hasKey reports whether key is live, deleting it if it has expired.
func (c *Cache) hasKey(thread *starlark.Thread, key string) bool {
	_, ok := c.store.get(key, py.Now(thread))
	return ok
}

// touch gives a live key a new expiry time.
func (c *Cache) touch(thread *starlark.Thread, key string, timeout starlark.Value) (bool, error) {
	now := py.Now(thread)
	if c.store.expired(key, now) {
		return false, nil
	}
	exp, err := expiryOf(timeout, now)
	if err != nil {
		return false, err
	}
	c.store.entries[key].expires = exp
	return true, nil
}

// getOrSet returns the value of a live key, or stores default (called
// first if it is callable) with add and returns what the cache then
// holds.
func (c *Cache) getOrSet(thread *starlark.Thread, key string, dflt, timeout starlark.Value) (starlark.Value, error) {
	if v, ok, err := c.get(thread, key); ok || err != nil {
		return v, err
	}
	if fn, ok := dflt.(starlark.Callable); ok {
		v, err := starlark.Call(thread, fn, nil, nil)
		if err != nil {
			return nil, err
		}
		dflt = v
	}
	if _, err := c.add(thread, key, dflt, timeout); err != nil {
		return nil, err
	}
	if v, ok, err := c.get(thread, key); ok || err != nil {
		return v, err
	}
	return dflt, nil
}

// incr is LocMemCache.incr: add delta to a live value, keeping its
// expiry. Its error names the made key, as Django's does.
func (c *Cache) incr(thread *starlark.Thread, key string, delta starlark.Value) (starlark.Value, error) {
	v, ok := c.store.get(key, py.Now(thread))
	if !ok {
		return nil, missingKey(key)
	}
	sum, err := starlark.Binary(syntax.PLUS, v, delta)
	if err != nil {
		return nil, err
	}
	c.store.replace(key, sum)
	return sum, nil
}

// incrVersion is BaseCache.incr_version: move a value to version+delta
// (with the default timeout) and return the new version. Its error
// names the key as given.
func (c *Cache) incrVersion(thread *starlark.Thread, key, delta, version starlark.Value) (starlark.Value, error) {
	if version == nil || version == starlark.None {
		version = starlark.MakeInt(DefaultVersion)
	}
	v, ok, err := c.get(thread, makeKey(key, version))
	if err != nil || !ok {
		return nil, orMissing(err, py.Str(key))
	}
	next, err := starlark.Binary(syntax.PLUS, version, delta)
	if err != nil {
		return nil, err
	}
	if err := c.set(thread, makeKey(key, next), v, nil); err != nil {
		return nil, err
	}
	c.store.delete(makeKey(key, version))
	return next, nil
}

func orMissing(err error, key string) error {
	if err != nil {
		return err
	}
	return missingKey(key)
}

// makeKey is BaseCache.make_key with Django's default key function:
// "%s:%s:%s" % (KEY_PREFIX, version, key), the prefix empty and the
// version 1 unless given.
func makeKey(key, version starlark.Value) string {
	if version == nil || version == starlark.None {
		version = starlark.MakeInt(DefaultVersion)
	}
	return ":" + py.Str(version) + ":" + py.Str(key)
}
