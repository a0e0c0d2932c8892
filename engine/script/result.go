package script

import (
	"errors"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// exceptionError is err as a Python exception on line: a *py.Exception
// as it is, a Starlark error translated into the exception CPython
// raises for the same mistake.
func exceptionError(err error, line int) *Error {
	var pe *py.Exception
	if errors.As(err, &pe) {
		return &Error{Type: pe.Type, Message: pe.Msg, Line: line}
	}
	msg := err.Error()
	var ee *starlark.EvalError
	if errors.As(err, &ee) {
		msg = ee.Msg
	}
	typ, text := translate(msg)
	return &Error{Type: typ, Message: text, Line: line}
}
