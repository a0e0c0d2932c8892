package stdlib

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// cached is the wrapper lru_cache and cache return: it remembers the
// result for each hashable argument list, dropping the least recently
// used past maxsize (no limit when maxsize is negative).
// See https://docs.python.org/3/library/functools.html#functools.lru_cache.
type cached struct {
	fn           starlark.Value
	maxsize      int
	results      *starlark.Dict
	order        []starlark.Value // keys, least recently used first
	hits, misses int
	fields       starlark.StringDict
}

var (
	_ starlark.Callable    = (*cached)(nil)
	_ starlark.HasSetField = (*cached)(nil)
)

func functools_cache(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs("cache", args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return newCached(fn, -1)
}

// functools_lru_cache is @lru_cache, @lru_cache() or @lru_cache(maxsize=n).
func functools_lru_cache(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var maxsize starlark.Value = starlark.MakeInt(128)
	var typed starlark.Value = starlark.False
	if len(args) == 1 && len(kwargs) == 0 {
		if _, ok := args[0].(starlark.Callable); ok {
			return newCached(args[0], 128)
		}
	}
	if err := starlark.UnpackArgs("lru_cache", args, kwargs, "maxsize?", &maxsize, "typed?", &typed); err != nil {
		return nil, err
	}
	size := -1
	if maxsize != starlark.None {
		n, err := starlark.AsInt32(maxsize)
		if err != nil {
			return nil, py.Errorf("TypeError", "Expected first argument to be an integer, a callable, or None")
		}
		size = max(n, 0)
	}
	return builtin("decorating_function", func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fn starlark.Value
		if err := starlark.UnpackPositionalArgs("decorating_function", args, kwargs, 1, &fn); err != nil {
			return nil, err
		}
		return newCached(fn, size)
	}), nil
}

func newCached(fn starlark.Value, maxsize int) (*cached, error) {
	c := &cached{fn: fn, maxsize: maxsize, results: starlark.NewDict(0), fields: starlark.StringDict{}}
	if _, err := updateWrapper(c, fn); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *cached) Name() string {
	if n, ok := c.fields["__name__"].(starlark.String); ok {
		return string(n)
	}
	return "cached"
}
func (c *cached) String() string { return py.Repr(c.fn) }
func (c *cached) Type() string   { return "functools._lru_cache_wrapper" }

// BindsAsMethod makes a cached method receive self, as CPython's
// wrapper does through the descriptor protocol (interp.MethodLike).
func (c *cached) BindsAsMethod()        {}
func (c *cached) Freeze()               {}
func (c *cached) Truth() starlark.Bool  { return true }
func (c *cached) Hash() (uint32, error) { return starlark.String(c.Name()).Hash() }

// PyRepr shows the wrapped function, as CPython's wrapper does.
func (c *cached) PyRepr() string { return py.Repr(c.fn) }

// cacheKey is the arguments as one hashable tuple.
func cacheKey(args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	key := append(starlark.Tuple{}, args...)
	for _, kv := range kwargs {
		key = append(key, kv[0], kv[1])
	}
	if _, err := key.Hash(); err != nil {
		return nil, err
	}
	return key, nil
}

func (c *cached) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	key, err := cacheKey(args, kwargs)
	if err != nil {
		return nil, err
	}
	if v, found, _ := c.results.Get(key); found {
		c.hits++
		c.touch(key)
		return v, nil
	}
	c.misses++
	v, err := starlark.Call(thread, c.fn, args, kwargs)
	if err != nil || c.maxsize == 0 {
		return v, err
	}
	if _, found, _ := c.results.Get(key); !found {
		c.order = append(c.order, key)
	}
	_ = c.results.SetKey(key, v)
	if c.maxsize > 0 && len(c.order) > c.maxsize {
		_, _, _ = c.results.Delete(c.order[0])
		c.order = c.order[1:]
	}
	return v, nil
}

// touch marks key as the most recently used.
func (c *cached) touch(key starlark.Value) {
	if c.maxsize < 0 {
		return
	}
	for i, k := range c.order {
		if eq, _ := starlark.Equal(k, key); eq {
			c.order = append(append(c.order[:i:i], c.order[i+1:]...), k)
			return
		}
	}
}

func (c *cached) Attr(name string) (starlark.Value, error) {
	switch name {
	case "cache_info":
		return builtin("cache_info", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			var maxsize starlark.Value = starlark.None
			if c.maxsize >= 0 {
				maxsize = starlark.MakeInt(c.maxsize)
			}
			return cacheInfoType.make(starlark.Tuple{starlark.MakeInt(c.hits), starlark.MakeInt(c.misses), maxsize, starlark.MakeInt(c.results.Len())}), nil
		}), nil
	case "cache_clear":
		return builtin("cache_clear", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			c.results.Clear()
			c.order, c.hits, c.misses = nil, 0, 0
			return starlark.None, nil
		}), nil
	}
	return c.fields[name], nil
}

func (c *cached) AttrNames() []string { return append(c.fields.Keys(), "cache_clear", "cache_info") }

func (c *cached) SetField(name string, v starlark.Value) error {
	c.fields[name] = v
	return nil
}
