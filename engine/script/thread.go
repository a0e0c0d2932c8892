package script

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/interp"
)

// Thread-local keys the runtime sets.
const (
	failureKey = "ormlab.script.failure"
)

// failure is an error recorded by Fail, with the line it happened on.
type failure struct {
	err  error
	line int
}

// CallerLine returns the script line being run, or 0 outside a script.
// The ORM records it for each SQL statement.
func CallerLine(thread *starlark.Thread) int {
	return interp.Line(thread)
}

// Fail stops the script with err, for failures where Starlark offers no
// error return (Iterable.Iterate, Truth, Len): it records err and the
// current line on the thread and cancels it, and Run reports err instead
// of the cancellation. Only the first failure counts.
func Fail(thread *starlark.Thread, err error) {
	if _, failed := thread.Local(failureKey).(*failure); failed {
		return
	}
	thread.SetLocal(failureKey, &failure{err: err, line: CallerLine(thread)})
	thread.Cancel(err.Error())
}
