package interp

import (
	"go.starlark.net/starlark"
)

// nativeFunction makes a Function whose body is Go: it binds its
// arguments as a def with those parameters would (defaults, keywords,
// CPython's messages) and passes them to body in parameter order. The
// interpreter builds dataclasses' generated methods this way, so they
// bind to instances and report errors as written methods do.
func (in *Interp) nativeFunction(qualname, name string, names []string, defaults starlark.Tuple, body func(fr *frame, args []starlark.Value) (starlark.Value, error)) *Function {
	s := &scope{kind: functionScope, slots: map[string]int{}, where: map[string]where{}, nlocal: len(names)}
	slots := make([]int, len(names))
	for i, n := range names {
		s.slots[n], slots[i] = i, i
	}
	cd := &code{name: name, qualname: qualname, scope: s,
		params: paramSpec{names: names, slots: slots, npos: len(names)}}
	cd.body = []stmtFn{func(fr *frame) (ctl, error) {
		v, err := body(fr, fr.locals)
		if err != nil {
			return next, err
		}
		fr.ret = v
		return ret, nil
	}}
	return &Function{code: cd, defaults: defaults, globals: in.globals, in: in}
}
