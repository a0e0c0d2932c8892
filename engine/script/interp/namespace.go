package interp

import "go.starlark.net/starlark"

// Namespace is a module's globals, a class body's names or an instance's
// attributes: names to values, in the order they were first set, as a
// Python dict keeps them.
type Namespace struct {
	m    map[string]starlark.Value
	keys []string
}

// NewNamespace returns an empty namespace.
func NewNamespace() *Namespace {
	return &Namespace{m: map[string]starlark.Value{}}
}

// Get returns the value of name, or nil.
func (n *Namespace) Get(name string) starlark.Value {
	return n.m[name]
}

// Set binds name to v.
func (n *Namespace) Set(name string, v starlark.Value) {
	if _, ok := n.m[name]; !ok {
		n.keys = append(n.keys, name)
	}
	n.m[name] = v
}

// Delete unbinds name and reports whether it was bound.
func (n *Namespace) Delete(name string) bool {
	if _, ok := n.m[name]; !ok {
		return false
	}
	delete(n.m, name)
	for i, k := range n.keys {
		if k == name {
			n.keys = append(n.keys[:i], n.keys[i+1:]...)
			break
		}
	}
	return true
}

// Keys returns the bound names in order.
func (n *Namespace) Keys() []string {
	return append([]string(nil), n.keys...)
}

// Len returns how many names are bound.
func (n *Namespace) Len() int { return len(n.keys) }
