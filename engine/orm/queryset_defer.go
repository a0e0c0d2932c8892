package orm

import (
	"strings"

	"go.starlark.net/starlark"
)

func querysetOnly(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	names, err := fieldNames("only", args, kwargs)
	if err != nil {
		return nil, err
	}
	c := qs.chain()
	c.query.Only, c.query.Deferred = map[string]bool{}, nil
	for _, n := range names {
		c.query.Only[n] = true
	}
	return c, nil
}

func querysetDefer(qs *QuerySet, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	names, err := fieldNames("defer", args, kwargs)
	if err != nil {
		return nil, err
	}
	c := qs.chain()
	if len(args) == 1 && args[0] == starlark.None {
		c.query.Deferred = nil
		return c, nil
	}
	if c.query.Deferred == nil {
		c.query.Deferred = map[string]bool{}
	}
	for _, n := range names {
		if c.query.Only != nil {
			delete(c.query.Only, n)
		} else {
			c.query.Deferred[n] = true
		}
	}
	return c, nil
}

func fieldNames(method string, args starlark.Tuple, kwargs []starlark.Tuple) ([]string, error) {
	if len(kwargs) > 0 {
		return nil, unexpectedKeyword(method, kwargs)
	}
	var out []string
	for _, a := range args {
		if s, ok := a.(starlark.String); ok {
			out = append(out, string(s))
		}
	}
	return out, nil
}

// loadedFields are the fields of m a query loads at relation path
// ("" for the queried model), honouring only() and defer().
func (q *Query) loadedFields(m *Model, path string) []*Field {
	prefix := ""
	if path != "" {
		prefix = path + "__"
	}
	// only() with names always restricts the queried model (to the key at
	// least); a related one only when it names fields below it.
	restrict := len(q.Only) > 0 && (prefix == "" || q.onlyUnder(prefix))
	var out []*Field
	for _, f := range m.Fields {
		name := prefix + f.Name
		switch {
		case f.Kind == AutoField:
			out = append(out, f)
		case restrict && (q.Only[name] || q.Only[prefix+f.Attname()] || q.onlyTraverses(name)):
			out = append(out, f)
		case !restrict && !q.Deferred[name] && !q.Deferred[prefix+f.Attname()]:
			out = append(out, f)
		}
	}
	return out
}

// onlyTraverses reports whether only() names a field beyond the
// relation name ("author__name" traverses "author"), whose column Django
// then loads too.
func (q *Query) onlyTraverses(name string) bool {
	for n := range q.Only {
		if strings.HasPrefix(n, name+"__") {
			return true
		}
	}
	return false
}

// deferredTraversal reports whether only() or defer() leaves out the
// ForeignKey f of the model reached at prefix ("" for the queried model,
// "author__" below it), so select_related cannot follow it. It reads the
// select mask as Query.get_select_mask builds it: under defer(), f is out
// when deferred by name or attname; under only(), when the level has a
// mask at all and names neither f nor anything beyond it.
// See https://docs.djangoproject.com/en/5.2/ref/models/querysets/#only
func (q *Query) deferredTraversal(prefix string, f *Field) bool {
	if len(q.Only) == 0 {
		return q.Deferred[prefix+f.Name] || q.Deferred[prefix+f.Attname()]
	}
	if prefix != "" && !q.onlyUnder(prefix) {
		return false
	}
	return !q.Only[prefix+f.Name] && !q.Only[prefix+f.Attname()] && !q.onlyUnder(prefix+f.Name+"__")
}

// onlyUnder reports whether only() names a field below prefix.
func (q *Query) onlyUnder(prefix string) bool {
	for name := range q.Only {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

// deferredAndTraversed is the FieldError select_related raises for a
// relation only() or defer() left out.
func deferredAndTraversed(m *Model, f *Field) error {
	return fieldErrorf("Field %s.%s cannot be both deferred and traversed using select_related at the same time.", m.Name, f.Name)
}
