package interp

import (
	"reflect"
	"strings"

	"ormlab/engine/script/syntax"
)

// Inside a class body, an identifier written __name (two leading
// underscores, not two trailing) is private: Python renames it
// _Class__name, so subclasses do not clash with it. mangle rewrites the
// tree so before names are resolved.
// See https://docs.python.org/3/reference/expressions.html#private-name-mangling

// mangleModule renames the private names of every class in m.
func mangleModule(m *syntax.Module) {
	walkNode(reflect.ValueOf(m), "")
}

// walkNode visits every node under v, renaming identifiers for the
// innermost class being walked (class is its name, or "" outside).
func walkNode(v reflect.Value, class string) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if c, ok := v.Interface().(*syntax.ClassDef); ok {
			mangleClass(c, class)
			return
		}
		if class != "" {
			renameIn(v.Interface(), class)
		}
		walkNode(v.Elem(), class)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			walkNode(v.Field(i), class)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkNode(v.Index(i), class)
		}
	}
}

// mangleClass walks a class: its decorators and bases belong to the
// class around it, its body to it.
func mangleClass(c *syntax.ClassDef, outer string) {
	if outer != "" {
		c.Name = mangled(c.Name, outer)
	}
	walkNode(reflect.ValueOf(c.DecoratorList), outer)
	walkNode(reflect.ValueOf(c.Bases), outer)
	walkNode(reflect.ValueOf(c.Keywords), outer)
	walkNode(reflect.ValueOf(c.Body), c.Name)
}

// renameIn renames the identifiers a node holds itself.
func renameIn(n any, class string) {
	switch n := n.(type) {
	case *syntax.Name:
		n.Id = mangled(n.Id, class)
	case *syntax.Attribute:
		n.Attr = mangled(n.Attr, class)
	case *syntax.FunctionDef:
		n.Name = mangled(n.Name, class)
	case *syntax.Arg:
		n.Arg = mangled(n.Arg, class)
	case *syntax.Keyword:
		n.Arg = mangled(n.Arg, class)
	case *syntax.Global:
		renameAll(n.Names, class)
	case *syntax.Nonlocal:
		renameAll(n.Names, class)
	case *syntax.ExceptHandler:
		n.Name = mangled(n.Name, class)
	}
}

func renameAll(names []string, class string) {
	for i, name := range names {
		names[i] = mangled(name, class)
	}
}

// mangled is name as Python renames it inside class.
func mangled(name, class string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	stripped := strings.TrimLeft(class, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}

// hasPrivateNames reports whether src may hold a private name at all,
// so that the walk runs only for scripts that need it.
func hasPrivateNames(m *syntax.Module) bool {
	found := false
	var look func(v reflect.Value)
	look = func(v reflect.Value) {
		if found {
			return
		}
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				look(v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				look(v.Field(i))
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				look(v.Index(i))
			}
		case reflect.String:
			s := v.String()
			found = strings.HasPrefix(s, "__") && !strings.HasSuffix(s, "__")
		}
	}
	look(reflect.ValueOf(m))
	return found
}
