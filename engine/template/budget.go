package template

import (
	"errors"
	"strings"

	"ormlab/engine/py"
	"ormlab/engine/script"
)

// MaxOutput bounds the text one render may produce.
var MaxOutput = 4 << 20

// stepChunk is how many nodes render between checks of the run's limits.
const stepChunk = 1000

// budget charges rendering to the script's execution steps, so that the
// run's step and time limits stop a template that loops too long: the
// loop runs in Go, where Starlark counts no steps and cannot be
// cancelled.
type budget struct {
	nodes int
}

// tick counts one node; every stepChunk nodes it adds them to the
// thread's steps and runs the script runtime's check of the run's limits.
func (r *renderer) tick() error {
	r.budget.nodes++
	if r.budget.nodes%stepChunk != 0 {
		return nil
	}
	r.thread.Steps += stepChunk
	return script.CheckLimits(r.thread)
}

// isLimit reports whether err is a run limit (LimitExceeded, such as the
// query limit) or a cancellation, which no template may swallow.
func isLimit(err error) bool {
	var pe *py.Exception
	if errors.As(err, &pe) {
		return pe.Type == "LimitExceeded"
	}
	return strings.Contains(err.Error(), "Starlark computation cancelled")
}
