package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// Func is django.db.models.Func: used directly, Func(expr, function="X")
// calls the SQL function X; as a class's base, class Sqrt(Func):
// function = "SQRT", it makes a function class of the script's own, the
// way Django's docs write custom database functions. A custom template
// is not supported.
// See https://docs.djangoproject.com/en/5.2/ref/models/expressions/#func-expressions
type Func struct{}

func (Func) String() string        { return "<class 'django.db.models.expressions.Func'>" }
func (Func) Type() string          { return "type" }
func (Func) Freeze()               {}
func (Func) Truth() starlark.Bool  { return true }
func (Func) Hash() (uint32, error) { return starlark.String("Func").Hash() }
func (Func) Name() string          { return "Func" }

// CallInternal is Func(*expressions, function=..., output_field=...).
func (Func) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c := &customFunc{name: "Func", arity: -1}
	var rest []starlark.Tuple
	for _, kv := range kwargs {
		if kv[0] == starlark.String("function") {
			s, ok := kv[1].(starlark.String)
			if !ok {
				return nil, typeError("function must be a string, not %s", py.TypeName(kv[1]))
			}
			c.function = string(s)
			continue
		}
		rest = append(rest, kv)
	}
	return c.CallInternal(thread, args, rest)
}

// MakeClass is the class form: the body's function, arity and
// output_field.
func (Func) MakeClass(_ *starlark.Thread, name string, _ []string, attrs starlark.StringDict) (starlark.Value, error) {
	c := &customFunc{name: name, arity: -1}
	for attr, v := range attrs {
		switch attr {
		case "function":
			s, ok := v.(starlark.String)
			if !ok {
				return nil, typeError("%s.function must be a string, not %s", name, py.TypeName(v))
			}
			c.function = string(s)
		case "arity":
			n, err := starlark.AsInt32(v)
			if err != nil {
				return nil, typeError("%s.arity must be an int", name)
			}
			c.arity = n
		case "output_field":
			c.output = v
		default:
			return nil, py.Errorf("NotImplementedError", "%s.%s: ORM Lab's Func subclasses take function, arity and output_field only (a template or methods are not supported)", name, attr)
		}
	}
	return c, nil
}

// customFunc is a function class a script defined from Func.
type customFunc struct {
	name     string
	function string
	arity    int // -1: any
	output   starlark.Value
}

func (c *customFunc) String() string        { return "<class '__main__." + c.name + "'>" }
func (c *customFunc) Type() string          { return "type" }
func (c *customFunc) Freeze()               {}
func (c *customFunc) Truth() starlark.Bool  { return true }
func (c *customFunc) Hash() (uint32, error) { return starlark.String(c.name).Hash() }
func (c *customFunc) Name() string          { return c.name }

// CallInternal makes the function expression: Sqrt("pages").
func (c *customFunc) CallInternal(_ *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if c.arity >= 0 && len(args) != c.arity {
		plural := "s"
		if c.arity == 1 {
			plural = ""
		}
		return nil, typeError("'%s' takes exactly %d argument%s (%d given)", c.name, c.arity, plural, len(args))
	}
	output := c.output
	for _, kv := range kwargs {
		if kv[0] != starlark.String("output_field") {
			return nil, typeError("%s() got an unexpected keyword argument '%s'", c.name, string(kv[0].(starlark.String)))
		}
		output = kv[1]
	}
	if c.function == "" {
		return nil, py.Errorf("NotImplementedError", "%s needs a function name: ORM Lab's Func takes function= and no template", c.name)
	}
	e, err := newFunc(c.name, args, output)
	if err != nil {
		return nil, err
	}
	e.sqlFunc = c.function
	return e, nil
}
