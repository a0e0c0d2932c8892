package interp

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/syntax"
)

// Annotations are evaluated where CPython evaluates them: a function's
// when its def runs, a class body's and the module's when their line
// runs, each into an __annotations__ dict; a function body's own
// annotated assignments are not. After from __future__ import
// annotations they are kept as the source text instead.
// See https://docs.python.org/3/howto/annotations.html

// annotation compiles one annotation: its value, or its source text.
func (c *compiler) annotation(e syntax.Expr) (exprFn, error) {
	if c.futureAnnotations {
		text := starlark.String(c.sourceOf(e))
		return func(*frame) (starlark.Value, error) { return text, nil }, nil
	}
	return c.expr(e)
}

// sourceOf is the text of a node, cut from the source by its position.
func (c *compiler) sourceOf(n syntax.Node) string {
	p := n.Position()
	lines := strings.Split(c.source, "\n")
	if p.Line < 1 || p.EndLine > len(lines) {
		return ""
	}
	if p.Line == p.EndLine {
		return lines[p.Line-1][p.Col:p.EndCol]
	}
	parts := []string{lines[p.Line-1][p.Col:]}
	parts = append(parts, lines[p.Line:p.EndLine-1]...)
	return strings.Join(append(parts, lines[p.EndLine-1][:p.EndCol]), "\n")
}

// funcAnnotations compiles a def's annotations into the function's
// __annotations__ dict, evaluated with its defaults; nil when it has none.
func (c *compiler) funcAnnotations(a *syntax.Arguments, returns syntax.Expr) (func(fr *frame) (*starlark.Dict, error), error) {
	type ann struct {
		name string
		fn   exprFn
	}
	var anns []ann
	for _, p := range params(a) {
		if p.Annotation != nil {
			fn, err := c.annotation(p.Annotation)
			if err != nil {
				return nil, err
			}
			anns = append(anns, ann{p.Arg, fn})
		}
	}
	if returns != nil {
		fn, err := c.annotation(returns)
		if err != nil {
			return nil, err
		}
		anns = append(anns, ann{"return", fn})
	}
	if len(anns) == 0 {
		return nil, nil
	}
	return func(fr *frame) (*starlark.Dict, error) {
		d := starlark.NewDict(len(anns))
		for _, a := range anns {
			v, err := a.fn(fr)
			if err != nil {
				return nil, err
			}
			_ = d.SetKey(starlark.String(a.name), v)
		}
		return d, nil
	}, nil
}

// annotate records name: v in the namespace's __annotations__.
func annotate(ns *Namespace, name string, v starlark.Value) {
	d, ok := ns.Get("__annotations__").(*starlark.Dict)
	if !ok {
		d = starlark.NewDict(1)
		ns.Set("__annotations__", d)
	}
	_ = d.SetKey(starlark.String(name), v)
}

// GenericAlias is a built-in type subscripted in an annotation:
// list[int], dict[str, Book]. It prints as CPython's does and means
// nothing to the lab.
type GenericAlias struct {
	origin starlark.Value
	args   starlark.Tuple
}

func (g *GenericAlias) String() string {
	parts := make([]string, len(g.args))
	for i, a := range g.args {
		parts[i] = annotationText(a)
	}
	return annotationText(g.origin) + "[" + strings.Join(parts, ", ") + "]"
}
func (g *GenericAlias) PyRepr() string        { return g.String() }
func (g *GenericAlias) Type() string          { return "types.GenericAlias" }
func (g *GenericAlias) Freeze()               {}
func (g *GenericAlias) Truth() starlark.Bool  { return true }
func (g *GenericAlias) Hash() (uint32, error) { return starlark.String(g.String()).Hash() }

// UnionType is X | Y of types in an annotation: int | None.
type UnionType struct {
	args []starlark.Value
}

func (u *UnionType) String() string {
	parts := make([]string, len(u.args))
	for i, a := range u.args {
		parts[i] = annotationText(a)
	}
	return strings.Join(parts, " | ")
}
func (u *UnionType) PyRepr() string        { return u.String() }
func (u *UnionType) Type() string          { return "types.UnionType" }
func (u *UnionType) Freeze()               {}
func (u *UnionType) Truth() starlark.Bool  { return true }
func (u *UnionType) Hash() (uint32, error) { return starlark.String(u.String()).Hash() }

// annotationText is how a type prints inside an alias: its name.
func annotationText(v starlark.Value) string {
	switch x := v.(type) {
	case *Type:
		return x.name
	case *Class:
		if x.in != nil {
			return "__main__." + x.qualname
		}
		return x.name
	case starlark.NoneType:
		return "None"
	case ellipsis:
		return "..."
	}
	return py.Repr(v)
}

// isTypeLike reports whether v may stand in a union of types.
func isTypeLike(v starlark.Value) bool {
	switch v.(type) {
	case *Type, *Class, *GenericAlias, *UnionType, starlark.NoneType:
		return true
	}
	return false
}

// union is x | y of types.
func union(x, y starlark.Value) starlark.Value {
	var args []starlark.Value
	for _, v := range []starlark.Value{x, y} {
		if u, ok := v.(*UnionType); ok {
			args = append(args, u.args...)
		} else {
			args = append(args, v)
		}
	}
	return &UnionType{args: args}
}
