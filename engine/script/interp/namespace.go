package interp

import "go.starlark.net/starlark"

// Namespace is a module's globals, a class body's names or an instance's
// attributes: names to values, in the order they were first set, as a
// Python dict keeps them. Each name lives in a cell that stays the same
// for the namespace's life, so compiled code that reads a global looks
// its cell up once and then only dereferences it.
type Namespace struct {
	m    map[string]*cell
	keys []string
}

// NewNamespace returns an empty namespace; its map is made on the first
// Set, as most classes and instances of the built-in kinds never get one.
func NewNamespace() *Namespace {
	return &Namespace{}
}

// Get returns the value of name, or nil.
func (n *Namespace) Get(name string) starlark.Value {
	if c := n.m[name]; c != nil {
		return c.v
	}
	return nil
}

// cell returns the cell of name, made empty if the name was never set.
func (n *Namespace) cell(name string) *cell {
	c := n.m[name]
	if c == nil {
		if n.m == nil {
			n.m = map[string]*cell{}
		}
		c = &cell{}
		n.m[name] = c
	}
	return c
}

// Set binds name to v.
func (n *Namespace) Set(name string, v starlark.Value) {
	c := n.cell(name)
	if c.v == nil {
		n.keys = append(n.keys, name)
	}
	c.v = v
}

// Delete unbinds name and reports whether it was bound.
func (n *Namespace) Delete(name string) bool {
	c := n.m[name]
	if c == nil || c.v == nil {
		return false
	}
	c.v = nil
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
