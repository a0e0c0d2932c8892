package template_test

import (
	"testing"

	"go.starlark.net/starlark"

	"ormlab/engine/scripttest"
	"ormlab/engine/template"
)

// TestScripts runs testdata/*.py with render, Template, Context and the
// lab clock. Their expectations are what Django's
// template engine renders for the same script (python3-django), except
// where a file's comment says otherwise.
func TestScripts(t *testing.T) {
	scripttest.Run(t, "testdata/*.py", scripttest.WithLabClock(func() starlark.StringDict { return template.Builtins }))
}
