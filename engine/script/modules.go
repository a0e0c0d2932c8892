package script

import (
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
	"ormlab/engine/script/interp"
	"ormlab/engine/script/stdlib"
)

// labImport resolves imports: a module the lab writes in Python
// (Options.Modules: django.core.paginator) runs on first import; a
// standard-library module the lab provides is that module (package stdlib's, with the
// names that need the interpreter from interp.Modules); django.*, the
// app's modules (library.models, .models) and datetime give the lab's
// predeclared names, as if the project defined them there; any other
// module is not found, as in CPython, saying so when it is one a learner
// may expect (os, requests, ...).
func labImport(predeclared starlark.StringDict, sources map[string]string) func(*starlark.Thread, string) (starlark.Value, error) {
	return func(thread *starlark.Thread, name string) (starlark.Value, error) {
		if src, ok := sources[name]; ok {
			return interp.SourceModule(thread, name, strings.ReplaceAll(name, ".", "/")+".py", src)
		}
		if m, ok := stdlib.Lookup(name); ok {
			for k, v := range interp.Modules[name] {
				_ = m.SetField(k, v)
			}
			return m, nil
		}
		if names, ok := interp.Modules[name]; ok {
			return stdlib.NewModule(name, names), nil
		}
		if v, ok := predeclared[moduleValues[name]]; ok && v.Type() == "module" {
			return v, nil // django.db.models: only its own names, not Lower or RowNumber
		}
		if labProvides(name) {
			return &labModule{name: name, names: predeclared}, nil
		}
		if v, ok := predeclared[name]; ok && v.Type() == "module" {
			return v, nil // a module the runtime predeclares: time
		}
		return nil, moduleNotFound(name)
	}
}

// moduleValues names the predeclared value that is a dotted module:
// django.db.models is the models module, so importing a name Django keeps
// elsewhere from it (Lower and RowNumber are in django.db.models.functions)
// fails as in Django.
var moduleValues = map[string]string{"django.db.models": "models"}

// projectModules are the module names of a Django app whose names the
// lab provides: from library.models import Book.
var projectModules = map[string]bool{
	"models": true, "views": true, "forms": true, "admin": true, "serializers": true, "services": true,
	"selectors": true, "managers": true, "querysets": true, "utils": true, "tests": true, "signals": true,
	"apps": true, "urls": true, "tasks": true, "api": true, "permissions": true, "filters": true,
}

// labProvides reports whether name is a module whose names are the lab's.
func labProvides(name string) bool {
	top, _, dotted := strings.Cut(name, ".")
	if top == "django" || name == "datetime" || name == "models" || strings.HasPrefix(name, ".") {
		return true
	}
	last := name[strings.LastIndex(name, ".")+1:]
	return dotted && projectModules[last]
}

// unprovided are modules a Django developer may import that ORM Lab does
// not provide: the message says so, beyond CPython's words.
var unprovided = map[string]bool{
	"os": true, "sys": true, "io": true, "subprocess": true, "socket": true, "pathlib": true,
	"asyncio": true, "threading": true, "multiprocessing": true, "requests": true,
	"re": true, "uuid": true, "logging": true, "shutil": true, "tempfile": true,
	"urllib": true, "http": true, "pickle": true, "csv": true, "sqlite3": true, "zoneinfo": true,
	"hashlib": true, "secrets": true, "enum": true, "abc": true, "rest_framework": true,
	"celery": true, "pytest": true, "unittest": true, "glob": true, "signal": true,
}

// moduleNotFound is CPython's ModuleNotFoundError for name: it names the
// first missing package of a dotted name.
func moduleNotFound(name string) error {
	top, _, dotted := strings.Cut(name, ".")
	if _, inInterp := interp.Modules[top]; dotted && (stdlib.Provides(top) || inInterp) {
		return py.Errorf("ModuleNotFoundError", "No module named '%s'; '%s' is not a package", name, top)
	}
	if unprovided[top] {
		return py.Errorf("ModuleNotFoundError", "No module named '%s'; ORM Lab does not provide it", top)
	}
	return py.Errorf("ModuleNotFoundError", "No module named '%s'", top)
}
