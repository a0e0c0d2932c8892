package orm

import "strings"

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
