// Package py gives Starlark values Python's face: repr and str as CPython
// prints them, the format mini-language, %-formatting, str.format, the
// datetime types and Python exceptions. The script runtime prints through
// it, and the ORM builds its model instances, QuerySets and dates on it.
package py

import (
	"strings"

	"go.starlark.net/starlark"
)

// Reprer is implemented by values that print themselves the way Python's
// repr() shows them, such as <Book: Dune> or datetime.date(2024, 1, 5).
type Reprer interface {
	PyRepr() string
}

// Stringer is implemented by values whose str() differs from their repr(),
// such as a model instance (its __str__) or a date (its ISO form).
type Stringer interface {
	PyStr() string
}

// maxDepth bounds the nesting printed, so a deeply nested value cannot
// exhaust the stack.
const maxDepth = 1000

// Repr returns repr(v) as CPython prints it.
// See https://docs.python.org/3/library/functions.html#repr.
func Repr(v starlark.Value) string {
	var p printer
	p.repr(v)
	return p.String()
}

// Str returns str(v) as CPython prints it: a string is itself, a value
// with PyStr uses it, and everything else is its repr.
// See https://docs.python.org/3/library/stdtypes.html#str.
func Str(v starlark.Value) string {
	switch v := v.(type) {
	case starlark.String:
		return string(v)
	case Stringer:
		return v.PyStr()
	}
	return Repr(v)
}

// printer writes reprs, remembering the containers it is inside so that a
// list that contains itself prints as [...], as in CPython.
type printer struct {
	strings.Builder
	path []starlark.Value
}

func (p *printer) repr(v starlark.Value) {
	switch v := v.(type) {
	case starlark.NoneType:
		p.WriteString("None")
	case starlark.Bool:
		p.WriteString(boolRepr(v))
	case starlark.Int:
		p.WriteString(v.String())
	case starlark.Float:
		p.WriteString(FloatRepr(float64(v)))
	case starlark.String:
		p.WriteString(Quote(string(v)))
	case starlark.Bytes:
		p.WriteString(BytesRepr(string(v)))
	case Reprer:
		p.WriteString(v.PyRepr())
	case *starlark.List, starlark.Tuple, *starlark.Dict, *starlark.Set:
		p.container(v)
	case *starlark.Function:
		p.WriteString("<function " + v.Name() + ">")
	case *starlark.Builtin:
		p.builtin(v)
	case starlark.Indexable:
		p.WriteString(rangeRepr(v))
	default:
		p.WriteString(v.String())
	}
}

// rangeRepr writes a range as Python does, always with its start:
// range(0, 3) where Starlark writes range(3).
func rangeRepr(v starlark.Indexable) string {
	s := v.String()
	if v.Type() == "range" && !strings.Contains(s, ",") {
		return "range(0, " + strings.TrimPrefix(s, "range(")
	}
	return s
}

func boolRepr(b starlark.Bool) string {
	if b {
		return "True"
	}
	return "False"
}

func (p *printer) builtin(b *starlark.Builtin) {
	if recv := b.Receiver(); recv != nil {
		p.WriteString("<built-in method " + b.Name() + " of " + TypeName(recv) + " object>")
		return
	}
	if builtinClasses[b.Name()] {
		p.WriteString("<class '" + b.Name() + "'>")
		return
	}
	p.WriteString("<built-in function " + b.Name() + ">")
}

// builtinClasses are the builtins that are classes in Python, whose repr
// is <class 'int'> where a function's is <built-in function len>.
var builtinClasses = map[string]bool{
	"int": true, "str": true, "float": true, "bool": true, "list": true, "dict": true, "set": true,
	"tuple": true, "frozenset": true, "bytes": true, "object": true, "type": true, "range": true,
	"enumerate": true, "zip": true, "map": true, "filter": true, "reversed": true, "super": true,
	"property": true, "staticmethod": true, "classmethod": true, "slice": true, "complex": true,
}

// container prints a list, tuple, dict or set, or an ellipsis if v is
// already being printed further out. Tuples are immutable, so only the
// mutable containers they hold can form a cycle.
func (p *printer) container(v starlark.Value) {
	if _, ok := v.(starlark.Tuple); !ok {
		for _, outer := range p.path {
			if _, ok := outer.(starlark.Tuple); !ok && outer == v {
				p.WriteString(ellipsis(v))
				return
			}
		}
	}
	if len(p.path) >= maxDepth {
		p.WriteString("...")
		return
	}
	p.path = append(p.path, v)
	defer func() { p.path = p.path[:len(p.path)-1] }()
	switch v := v.(type) {
	case *starlark.List:
		p.elems("[", "]", listElems(v))
	case starlark.Tuple:
		p.tuple(v)
	case *starlark.Dict:
		p.dict(v)
	case *starlark.Set:
		p.set(v)
	}
}

func ellipsis(v starlark.Value) string {
	if _, ok := v.(*starlark.List); ok {
		return "[...]"
	}
	return "{...}"
}

func listElems(l *starlark.List) []starlark.Value {
	elems := make([]starlark.Value, l.Len())
	for i := range elems {
		elems[i] = l.Index(i)
	}
	return elems
}

func (p *printer) elems(open, close string, elems []starlark.Value) {
	p.WriteString(open)
	for i, e := range elems {
		if i > 0 {
			p.WriteString(", ")
		}
		p.repr(e)
	}
	p.WriteString(close)
}

func (p *printer) tuple(t starlark.Tuple) {
	if len(t) == 1 {
		p.WriteString("(")
		p.repr(t[0])
		p.WriteString(",)")
		return
	}
	p.elems("(", ")", t)
}

func (p *printer) dict(d *starlark.Dict) {
	p.WriteString("{")
	for i, kv := range d.Items() {
		if i > 0 {
			p.WriteString(", ")
		}
		p.repr(kv[0])
		p.WriteString(": ")
		p.repr(kv[1])
	}
	p.WriteString("}")
}

func (p *printer) set(s *starlark.Set) {
	if s.Len() == 0 {
		p.WriteString("set()")
		return
	}
	var elems []starlark.Value
	iter := s.Iterate()
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		elems = append(elems, x)
	}
	p.elems("{", "}", elems)
}
