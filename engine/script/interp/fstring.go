package interp

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/syntax"
)

// fstring is an f-string: its literal parts and formatted fields joined.
func (c *compiler) fstring(e *syntax.JoinedStr) (exprFn, error) {
	parts := make([]exprFn, len(e.Values))
	for i, v := range e.Values {
		var err error
		if fv, ok := v.(*syntax.FormattedValue); ok {
			parts[i], err = c.field(fv)
		} else {
			parts[i], err = c.expr(v)
		}
		if err != nil {
			return nil, err
		}
	}
	return func(fr *frame) (starlark.Value, error) {
		var b strings.Builder
		for _, p := range parts {
			v, err := p(fr)
			if err != nil {
				return nil, err
			}
			s, _ := starlark.AsString(v)
			b.WriteString(s)
		}
		return starlark.String(b.String()), nil
	}, nil
}

// field formats one {value!conversion:spec}.
func (c *compiler) field(e *syntax.FormattedValue) (exprFn, error) {
	value, err := c.expr(e.Value)
	if err != nil {
		return nil, err
	}
	spec := func(*frame) (starlark.Value, error) { return starlark.String(""), nil }
	if e.FormatSpec != nil {
		if spec, err = c.expr(e.FormatSpec); err != nil {
			return nil, err
		}
	}
	conv := ""
	if e.Conversion >= 0 {
		conv = string(rune(e.Conversion))
	}
	return func(fr *frame) (starlark.Value, error) {
		v, err := value(fr)
		if err != nil {
			return nil, err
		}
		sp, err := spec(fr)
		if err != nil {
			return nil, err
		}
		return fr.in.format(v, conv, string(sp.(starlark.String)))
	}, nil
}

// format is format(conversion(v), spec), with __format__ and __str__ of
// a script's instances.
func (in *Interp) format(v starlark.Value, conv, spec string) (starlark.Value, error) {
	if in.opts.CheckText != nil {
		if err := in.opts.CheckText(in.thread, v); err != nil {
			return nil, err
		}
	}
	if o, ok := v.(*Object); ok && conv == "" {
		if r, found, err := o.special("__format__", starlark.String(spec)); found || err != nil {
			return r, err
		}
		if spec != "" {
			return nil, typeErrorf("unsupported format string passed to %s.__format__", o.class.name)
		}
	}
	v, err := py.Convert(v, conv)
	if err != nil {
		return nil, err
	}
	s, err := py.Format(v, spec)
	if err := in.takePending(); err != nil {
		return nil, err
	}
	return starlark.String(s), err
}
