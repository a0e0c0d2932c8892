package script

import (
	"strings"

	"go.starlark.net/starlark"
	"ormlab/engine/limits"
	"ormlab/engine/py"
)

// outputKey is the thread-local key of the run's *output.
const outputKey = "ormlab.script.output"

// output collects what a script prints, up to a limit.
type output struct {
	buf strings.Builder
	max int
}

// write appends s, or as much of it as fits and a LimitExceeded error.
func (o *output) write(s string) error {
	if room := o.max - o.buf.Len(); len(s) > room {
		o.buf.WriteString(s[:max(room, 0)])
		return py.Errorf("LimitExceeded", "output: the script printed more than %d bytes; print less (a slice, a count, a line per group)", o.max)
	}
	o.buf.WriteString(s)
	return nil
}

// String returns the output, with any character cut at the limit dropped.
func (o *output) String() string {
	return strings.ToValidUTF8(o.buf.String(), "")
}

func outputOf(thread *starlark.Thread) *output {
	if o, ok := thread.Local(outputKey).(*output); ok {
		return o
	}
	o := &output{max: limits.Default.MaxOutput}
	thread.SetLocal(outputKey, o)
	return o
}
