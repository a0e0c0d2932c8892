package script

import (
	"go.starlark.net/starlark"

	"ormlab/engine/script/interp"
)

// Thread-local keys the runtime sets.
const (
	filenameKey = "ormlab.script.filename"
	failureKey  = "ormlab.script.failure"
)

// failure is an error recorded by Fail, with the line it happened on.
type failure struct {
	err  error
	line int
}

// CallerLine returns the line of the innermost call frame in the script
// file, or 0 outside a script. The ORM records it for each SQL statement.
func CallerLine(thread *starlark.Thread) int {
	if interp.Of(thread) != nil {
		return interp.Line(thread)
	}
	name, _ := thread.Local(filenameKey).(string)
	for depth := 0; depth < thread.CallStackDepth(); depth++ {
		pos := thread.CallFrame(depth).Pos
		if pos.Filename() == name || (name == "" && pos.Filename() != "<builtin>") {
			return int(pos.Line)
		}
	}
	return 0
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
