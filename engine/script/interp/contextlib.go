package interp

import (
	"go.starlark.net/starlark"
)

// contextlib's contextmanager and suppress.
// See https://docs.python.org/3/library/contextlib.html

// cmFactory is what @contextmanager makes of a generator function:
// calling it gives a context manager around the generator.
type cmFactory struct {
	fn starlark.Value
}

var _ starlark.Callable = (*cmFactory)(nil)

func (f *cmFactory) Name() string          { return calleeName(f.fn) }
func (f *cmFactory) String() string        { return reprOf(f.fn) }
func (f *cmFactory) Type() string          { return "function" }
func (f *cmFactory) Freeze()               {}
func (f *cmFactory) Truth() starlark.Bool  { return true }
func (f *cmFactory) Hash() (uint32, error) { return f.fn.Hash() }

func (f *cmFactory) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	g, err := starlark.Call(thread, f.fn, args, kwargs)
	if err != nil {
		return nil, err
	}
	gen, ok := g.(*Generator)
	if !ok {
		return nil, typeErrorf("'%s' object is not an iterator", typeName(g))
	}
	return &generatorCM{gen: gen}, nil
}

// generatorCM runs a generator's code before its yield on entry and the
// rest on exit; an exception in the block is thrown in at the yield.
type generatorCM struct {
	gen *Generator
}

var _ ContextManager = (*generatorCM)(nil)

func (m *generatorCM) String() string        { return "<contextlib._GeneratorContextManager object>" }
func (m *generatorCM) Type() string          { return "_GeneratorContextManager" }
func (m *generatorCM) Freeze()               {}
func (m *generatorCM) Truth() starlark.Bool  { return true }
func (m *generatorCM) Hash() (uint32, error) { return 0, nil }

// Enter runs the generator to its yield.
func (m *generatorCM) Enter(thread *starlark.Thread) (starlark.Value, error) {
	v, err := m.gen.send(starlark.None, nil)
	if err != nil && m.gen.in.isStopIteration(err) {
		return nil, m.gen.in.raise("RuntimeError", "generator didn't yield")
	}
	return v, err
}

// Exit resumes the generator, throwing the block's exception in; it is
// suppressed if the generator ends normally.
func (m *generatorCM) Exit(thread *starlark.Thread, exc error) (bool, error) {
	in := m.gen.in
	if exc == nil {
		_, err := m.gen.send(starlark.None, nil)
		if err == nil {
			return false, in.raise("RuntimeError", "generator didn't stop")
		}
		if in.isStopIteration(err) {
			return false, nil
		}
		return false, err
	}
	_, err := m.gen.send(starlark.None, exc)
	switch {
	case err == nil:
		return false, in.raise("RuntimeError", "generator didn't stop after throw()")
	case in.isStopIteration(err):
		return true, nil
	case in.sameException(err, exc):
		return false, nil
	}
	return false, err
}

func (in *Interp) sameException(a, b error) bool {
	if in.isFatal(a) || in.isFatal(b) {
		return false
	}
	return in.exception(a).Value == in.exception(b).Value
}

func builtinContextmanager(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs("contextmanager", args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return &cmFactory{fn: fn}, nil
}

// suppressCM is suppress(*exceptions).
type suppressCM struct {
	types starlark.Tuple
}

func (s *suppressCM) String() string        { return "<contextlib.suppress object>" }
func (s *suppressCM) Type() string          { return "suppress" }
func (s *suppressCM) Freeze()               {}
func (s *suppressCM) Truth() starlark.Bool  { return true }
func (s *suppressCM) Hash() (uint32, error) { return 0, nil }

func (s *suppressCM) Enter(*starlark.Thread) (starlark.Value, error) { return starlark.None, nil }

func (s *suppressCM) Exit(thread *starlark.Thread, exc error) (bool, error) {
	if exc == nil {
		return false, nil
	}
	in := Of(thread)
	if in.isFatal(exc) {
		return false, nil
	}
	return in.exceptionMatches(in.exception(exc).Value.class, s.types)
}

func builtinSuppress(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return &suppressCM{types: append(starlark.Tuple(nil), args...)}, nil
}

// nullCM is nullcontext(value).
type nullCM struct{ v starlark.Value }

func (n *nullCM) String() string        { return "<contextlib.nullcontext object>" }
func (n *nullCM) Type() string          { return "nullcontext" }
func (n *nullCM) Freeze()               {}
func (n *nullCM) Truth() starlark.Bool  { return true }
func (n *nullCM) Hash() (uint32, error) { return 0, nil }

func (n *nullCM) Enter(*starlark.Thread) (starlark.Value, error) { return n.v, nil }
func (n *nullCM) Exit(*starlark.Thread, error) (bool, error)     { return false, nil }

func builtinNullcontext(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("nullcontext", args, kwargs, 0, &v); err != nil {
		return nil, err
	}
	return &nullCM{v: v}, nil
}
