package orm

import (
	"go.starlark.net/starlark"
)

// Globals returns the names the ORM gives scripts: the models, Q,
// Prefetch, prefetch_related_objects, the expressions and database
// functions, the field classes (for output_field=), django.db.models as
// models, connection and reset_queries.
func Globals(sess *Session) starlark.StringDict {
	conn := &Connection{sess: sess}
	g := make(starlark.StringDict, len(expressionBuiltins)+len(ModelNames)+len(fieldClasses)+8)
	g["Q"] = starlark.NewBuiltin("Q", qNew)
	g["Prefetch"] = starlark.NewBuiltin("Prefetch", prefetchNew)
	g["prefetch_related_objects"] = prefetchRelatedObjects(sess)
	g["connection"] = conn
	g["transaction"] = &Transaction{sess: sess}
	g["CaptureQueriesContext"] = starlark.NewBuiltin("CaptureQueriesContext", captureQueriesNew)
	g["reset_queries"] = starlark.NewBuiltin("reset_queries", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		conn.reset()
		return starlark.None, nil
	})
	for name, b := range expressionBuiltins {
		g[name] = b
	}
	for _, name := range ModelNames {
		g[name] = sess.classOf(Library[name])
	}
	for name, fc := range fieldClassValues {
		g[name] = fc
	}
	g["models"] = newModelsModule(g)
	return g
}
