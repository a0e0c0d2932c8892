package orm

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// QueryText is qs.query: printing it shows the SQL with parameters
// substituted without quoting, as str(queryset.query) does in Django.
type QueryText struct{ qs *QuerySet }

// String implements starlark.Value.
func (t *QueryText) String() string { return t.PyStr() }

// PyStr compiles the query and interpolates its parameters.
func (t *QueryText) PyStr() string {
	c := newCompiler(t.qs.query.Clone())
	sql, params, err := c.selectSQL()
	if err != nil {
		t.qs.sess.fail(err)
		return ""
	}
	args := make([]any, len(params))
	for n, p := range params {
		args[n] = pyParam(p)
	}
	return fmt.Sprintf(strings.ReplaceAll(sql, "%s", "%v"), args...)
}

// PyRepr implements py.Reprer.
func (t *QueryText) PyRepr() string { return "<django.db.models.sql.query.Query object>" }

func pyParam(p any) string {
	switch p := p.(type) {
	case nil:
		return "None"
	case bool:
		if p {
			return "True"
		}
		return "False"
	case float64:
		return py.FloatRepr(p)
	}
	return fmt.Sprint(p)
}

// Type implements starlark.Value.
func (t *QueryText) Type() string { return "Query" }

// Freeze implements starlark.Value.
func (t *QueryText) Freeze() {}

// Truth implements starlark.Value.
func (t *QueryText) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (t *QueryText) Hash() (uint32, error) { return 0, typeError("unhashable type: 'Query'") }
