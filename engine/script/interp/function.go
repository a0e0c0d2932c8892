package interp

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
)

// Function is a def or a lambda, with the defaults and closure it was
// made with.
type Function struct {
	code       *code
	defaults   starlark.Tuple   // of the last positional parameters
	kwdefaults []starlark.Value // parallel to the keyword-only ones; nil: required
	closure    []*cell          // the cells of the code's free variables
	globals    *Namespace
	class      *Class     // the class whose body defined it, for super()
	dict       *Namespace // attributes set on the function (__wrapped__, ...)
	in         *Interp
}

var (
	_ starlark.Callable    = (*Function)(nil)
	_ starlark.HasAttrs    = (*Function)(nil)
	_ starlark.HasSetField = (*Function)(nil)
)

// paramSpec is a code's parameters, in the order they fill slots:
// positional-only, positional-or-keyword, *args, keyword-only, **kwargs.
type paramSpec struct {
	names   []string
	slots   []int // the frame slot of each parameter
	posOnly int   // how many of the positional ones are positional-only
	npos    int   // positional parameters, positional-only included
	nkwonly int
	varargs bool
	kwargs  bool
}

func (f *Function) Name() string { return f.code.name }
func (f *Function) String() string {
	return fmt.Sprintf("<function %s at 0x%x>", f.code.qualname, 0x7f1000000000+uint64(len(f.code.qualname))*16)
}
func (f *Function) Type() string          { return "function" }
func (f *Function) Freeze()               {}
func (f *Function) Truth() starlark.Bool  { return true }
func (f *Function) Hash() (uint32, error) { return starlark.String(f.code.qualname).Hash() }

// PyRepr implements py.Reprer: <function name at 0x...>, as CPython
// prints it; the address is not meaningful.
func (f *Function) PyRepr() string { return f.String() }

// Attr gives the function's __name__, __qualname__, __doc__ and what was
// set on it.
func (f *Function) Attr(name string) (starlark.Value, error) {
	if f.dict != nil {
		if v := f.dict.Get(name); v != nil {
			return v, nil
		}
	}
	switch name {
	case "__name__":
		return starlark.String(f.code.name), nil
	case "__qualname__":
		return starlark.String(f.code.qualname), nil
	case "__module__":
		return starlark.String("__main__"), nil
	case "__doc__":
		return orNoneValue(f.code.doc), nil
	case "__dict__":
		return namespaceDict(f.dict), nil
	case "__defaults__":
		if len(f.defaults) == 0 {
			return starlark.None, nil
		}
		return f.defaults, nil
	}
	return nil, nil
}

func (f *Function) AttrNames() []string {
	names := []string{"__defaults__", "__dict__", "__doc__", "__module__", "__name__", "__qualname__"}
	if f.dict != nil {
		names = append(names, f.dict.Keys()...)
	}
	return names
}

// SetField sets an attribute on the function, as functools.wraps does.
func (f *Function) SetField(name string, v starlark.Value) error {
	if f.dict == nil {
		f.dict = NewNamespace()
	}
	f.dict.Set(name, v)
	return nil
}

func namespaceDict(n *Namespace) *starlark.Dict {
	d := starlark.NewDict(0)
	if n == nil {
		return d
	}
	for _, k := range n.Keys() {
		_ = d.SetKey(starlark.String(k), n.Get(k))
	}
	return d
}

// CallInternal runs the function: it binds the arguments to a new frame
// and runs the body, or returns a generator for a body that yields.
func (f *Function) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	fr := f.newFrame()
	if err := f.bind(fr, args, kwargs); err != nil {
		return nil, err
	}
	if f.code.generator {
		return f.in.newGenerator(fr), nil
	}
	return f.in.runFrame(fr)
}

func (f *Function) newFrame() *frame {
	s := f.code.scope
	fr := &frame{in: f.in, code: f.code, globals: f.globals, fn: f}
	fr.locals = make([]starlark.Value, s.nlocal)
	if n := len(s.cells) + len(s.frees); n > 0 {
		fr.cells = make([]*cell, n)
		for i := range s.cells {
			fr.cells[i] = &cell{}
		}
		copy(fr.cells[len(s.cells):], f.closure)
	}
	return fr
}

// set stores v in the slot of parameter i.
func (fr *frame) setSlot(slot int, v starlark.Value) {
	if slot < len(fr.locals) {
		fr.locals[slot] = v
		return
	}
	fr.cells[slot-len(fr.locals)].v = v
}

func (fr *frame) getSlot(slot int) starlark.Value {
	if slot < len(fr.locals) {
		return fr.locals[slot]
	}
	return fr.cells[slot-len(fr.locals)].v
}

// bind fills the parameters from a call's arguments as CPython does,
// with its messages for every mismatch.
// See https://docs.python.org/3/reference/expressions.html#calls
func (f *Function) bind(fr *frame, args starlark.Tuple, kwargs []starlark.Tuple) error {
	p := &f.code.params
	vals := make([]starlark.Value, len(p.names))
	n := min(len(args), p.npos)
	copy(vals, args[:n])
	if len(args) > p.npos && !p.varargs {
		return f.tooMany(len(args), len(kwargs))
	}
	if p.varargs {
		vals[p.npos] = append(starlark.Tuple{}, args[n:]...)
	}
	var extra *starlark.Dict
	if p.kwargs {
		extra = starlark.NewDict(0)
		vals[len(vals)-1] = extra
	}
	if err := f.bindKeywords(vals, kwargs, extra); err != nil {
		return err
	}
	if err := f.fillDefaults(vals); err != nil {
		return err
	}
	for i, v := range vals {
		fr.setSlot(p.slots[i], v)
	}
	return nil
}

// bindKeywords puts each keyword argument in its parameter, or in
// **kwargs.
func (f *Function) bindKeywords(vals []starlark.Value, kwargs []starlark.Tuple, extra *starlark.Dict) error {
	p := &f.code.params
	var posOnlyGiven []string
	for _, kv := range kwargs {
		name := string(kv[0].(starlark.String))
		i := p.keywordIndex(name)
		switch {
		case i >= 0 && vals[i] != nil:
			return typeErrorf("%s() got multiple values for argument '%s'", f.code.qualname, name)
		case i >= 0:
			vals[i] = kv[1]
		case extra != nil:
			if _, found, _ := extra.Get(kv[0]); found {
				return typeErrorf("%s() got multiple values for keyword argument '%s'", f.code.qualname, name)
			}
			_ = extra.SetKey(kv[0], kv[1])
		case p.isPosOnly(name):
			posOnlyGiven = append(posOnlyGiven, name)
		default:
			return typeErrorf("%s() got an unexpected keyword argument '%s'", f.code.qualname, name)
		}
	}
	if len(posOnlyGiven) > 0 {
		return typeErrorf("%s() got some positional-only arguments passed as keyword arguments: '%s'", f.code.qualname, strings.Join(posOnlyGiven, ", "))
	}
	return nil
}

// keywordIndex is the parameter a keyword names, or -1.
func (p *paramSpec) keywordIndex(name string) int {
	for i := p.posOnly; i < p.npos; i++ {
		if p.names[i] == name {
			return i
		}
	}
	start := p.npos
	if p.varargs {
		start++
	}
	for i := start; i < start+p.nkwonly; i++ {
		if p.names[i] == name {
			return i
		}
	}
	return -1
}

func (p *paramSpec) isPosOnly(name string) bool {
	for _, n := range p.names[:p.posOnly] {
		if n == name {
			return true
		}
	}
	return false
}

// fillDefaults gives the missing parameters their defaults and reports
// the ones still missing.
func (f *Function) fillDefaults(vals []starlark.Value) error {
	p := &f.code.params
	firstDefault := p.npos - len(f.defaults)
	var missing []string
	for i := 0; i < p.npos; i++ {
		if vals[i] != nil {
			continue
		}
		if i >= firstDefault {
			vals[i] = f.defaults[i-firstDefault]
		} else {
			missing = append(missing, p.names[i])
		}
	}
	if len(missing) > 0 {
		return f.missing(missing, "positional")
	}
	start := p.npos
	if p.varargs {
		start++
	}
	for i := 0; i < p.nkwonly; i++ {
		if vals[start+i] != nil {
			continue
		}
		if d := f.kwdefaults[i]; d != nil {
			vals[start+i] = d
		} else {
			missing = append(missing, p.names[start+i])
		}
	}
	if len(missing) > 0 {
		return f.missing(missing, "keyword-only")
	}
	return nil
}

// missing is "f() missing 2 required positional arguments: 'a' and 'b'".
func (f *Function) missing(names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	plural := "argument"
	if len(names) > 1 {
		plural = "arguments"
	}
	return typeErrorf("%s() missing %d required %s %s: %s", f.code.qualname, len(names), kind, plural, list)
}

// tooMany is "f() takes 2 positional arguments but 3 were given".
func (f *Function) tooMany(given, kwGiven int) error {
	p := &f.code.params
	takes := fmt.Sprint(p.npos)
	if len(f.defaults) > 0 {
		takes = fmt.Sprintf("from %d to %d", p.npos-len(f.defaults), p.npos)
	}
	plural := "s"
	if p.npos == 1 && len(f.defaults) == 0 {
		plural = ""
	}
	were := "were"
	if given == 1 {
		were = "was"
	}
	return typeErrorf("%s() takes %s positional argument%s but %d %s given", f.code.qualname, takes, plural, given, were)
}

// NeedsArguments reports whether calling the function with no arguments
// would miss a parameter, as inspect.signature(f).bind() finds (Django's
// templates call only callables that need none).
func (f *Function) NeedsArguments() bool {
	return f.required() > 0
}

// required counts the parameters without a default.
func (f *Function) required() int {
	p := &f.code.params
	n := p.npos - len(f.defaults)
	for _, d := range f.kwdefaults {
		if d == nil {
			n++
		}
	}
	return n
}

// NeedsArguments reports whether the method needs arguments beyond the
// object it is bound to.
func (m *Method) NeedsArguments() bool {
	f, ok := m.fn.(*Function)
	return ok && f.required() > 1
}
