package template

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// Builtins are the names this package gives scripts: render(template,
// context) and Django's Template and Context classes, for
// Template(source).render(Context({...})).
var Builtins = starlark.StringDict{
	"render":   starlark.NewBuiltin("render", builtin_render),
	"Template": starlark.NewBuiltin("Template", builtin_Template),
	"Context":  starlark.NewBuiltin("Context", builtin_Context),
}

// builtin_render is render(template_string, context=None): the template
// rendered with the context dict, as a string. Like Django's Template, it
// takes str() of whatever it is given as the source, so a view's
// render(request, ...) with request None renders "None".
func builtin_render(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 2 {
		return nil, py.Errorf("TypeError", "render() takes from 1 to 2 positional arguments but %d were given", len(args))
	}
	var source starlark.Value
	var ctx starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "template_string", &source, "context?", &ctx); err != nil {
		return nil, err
	}
	d, autoescape, err := contextDict(ctx)
	if err != nil {
		return nil, err
	}
	t, err := Parse(py.Str(source))
	if err != nil {
		return nil, err
	}
	out, err := t.Render(thread, d, autoescape)
	return starlark.String(out), err
}

// contextDict accepts a dict or None, as the template backend's render()
// does (a Context is for Template.render).
func contextDict(v starlark.Value) (*starlark.Dict, bool, error) {
	switch c := v.(type) {
	case starlark.NoneType:
		return nil, true, nil
	case *starlark.Dict:
		return c, true, nil
	}
	return nil, false, py.Errorf("TypeError", "context must be a dict rather than %s.", py.TypeName(v))
}

func builtin_Template(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var source string
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "template_string", &source); err != nil {
		return nil, err
	}
	t, err := Parse(source)
	if err != nil {
		return nil, err
	}
	return &templateValue{t}, nil
}

func builtin_Context(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var d *starlark.Dict
	autoescape := true
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "dict_?", &d, "autoescape?", &autoescape); err != nil {
		return nil, err
	}
	return &Context{dict: d, autoescape: autoescape}, nil
}
