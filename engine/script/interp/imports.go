package interp

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/script/syntax"
)

// importStmt is import a.b [as c]: it binds the top module (a), or the
// module itself under its as-name.
func (c *compiler) importStmt(s *syntax.Import) (stmtFn, error) {
	steps := make([]stmtFn, len(s.Names))
	for i, a := range s.Names {
		store := c.storeName(importedName(a))
		full, top := a.Name, a.Name
		if a.AsName == "" {
			top, _, _ = strings.Cut(a.Name, ".")
		}
		steps[i] = func(fr *frame) (ctl, error) {
			m, err := fr.in.importModule(full)
			if err != nil {
				return next, err
			}
			if top != full {
				if m, err = fr.in.importModule(top); err != nil {
					return next, err
				}
			}
			return next, store(fr, m)
		}
	}
	return func(fr *frame) (ctl, error) { return runBlock(fr, steps) }, nil
}

// importFrom is from module import a [as b], ...
func (c *compiler) importFrom(s *syntax.ImportFrom) (stmtFn, error) {
	if s.Module == "__future__" {
		return func(*frame) (ctl, error) { return next, nil }, nil
	}
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		return c.importStar(s)
	}
	if s.Level > 0 {
		return func(fr *frame) (ctl, error) {
			return next, newError("ImportError", "attempted relative import with no known parent package")
		}, nil
	}
	type binding struct {
		name  string
		store assignFn
	}
	var names []binding
	for _, a := range s.Names {
		if a.Name == "*" {
			return nil, c.unsupported(s, "import *")
		}
		names = append(names, binding{a.Name, c.storeName(importedName(a))})
	}
	module := s.Module
	return func(fr *frame) (ctl, error) {
		m, err := fr.in.importModule(module)
		if err != nil {
			return next, err
		}
		for _, b := range names {
			v, err := fr.in.getAttr(m, b.name)
			if err != nil || v == nil {
				e := fr.in.raise("ImportError", "cannot import name '"+b.name+"' from '"+module+"'")
				e.Value.dict.Set("name", starlark.String(module))
				e.Value.dict.Set("path", starlark.None)
				return next, e
			}
			if err := b.store(fr, v); err != nil {
				return next, err
			}
		}
		return next, nil
	}, nil
}

func (in *Interp) importModule(name string) (starlark.Value, error) {
	if in.opts.Import == nil {
		return nil, newError("ModuleNotFoundError", "No module named '"+name+"'")
	}
	return in.opts.Import(in.thread, name)
}

// importStar is from module import *: every public name of the module
// becomes a global.
func (c *compiler) importStar(s *syntax.ImportFrom) (stmtFn, error) {
	if c.scope.kind != moduleScope {
		return nil, &CompileError{Line: s.Pos.Line, Msg: "import * only allowed at module level"}
	}
	module := s.Module
	return func(fr *frame) (ctl, error) {
		m, err := fr.in.importModule(module)
		if err != nil {
			return next, err
		}
		h, ok := m.(starlark.HasAttrs)
		if !ok {
			return next, nil
		}
		for _, name := range h.AttrNames() {
			if strings.HasPrefix(name, "_") {
				continue
			}
			if v, err := h.Attr(name); err == nil && v != nil {
				fr.globals.Set(name, v)
			}
		}
		return next, nil
	}, nil
}
