package script

import (
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"
	"ormlab/engine/limits"
	"ormlab/engine/py"
)

// stepChunk is how many steps run between checks of the wall clock. The
// check runs on the interpreter's own goroutine (interp.Options.Check),
// so it works under js/wasm, where goroutines are not preempted and a
// timer cannot interrupt a busy loop. The interpreter bounds recursion
// itself.
const stepChunk = 10_000

// limiterKey is the thread-local key of the run's *limiter, which the
// builtins that loop or allocate charge (charge, reserve).
const limiterKey = "ormlab.script.limiter"

// limiter enforces the step, wall-time and memory limits of one run.
type limiter struct {
	start     time.Time
	limits    limits.Limits
	heapBase  uint64      // the heap when the run started
	nextCheck uint64      // the step count at which charge checks again
	lastLine  int         // the script line at the last check
	timedOut  atomic.Bool // set by the timer
}

func newLimiter(l limits.Limits) *limiter {
	return &limiter{start: time.Now(), limits: l, heapBase: heapInUse()}
}

// install arms the limits on the thread and returns a function that
// disarms the timer.
func (l *limiter) install(thread *starlark.Thread) (stop func()) {
	thread.SetLocal(limiterKey, l)
	l.nextCheck = min(stepChunk, l.limits.MaxSteps)
	// The timer also stops a run blocked in Go code between steps, where
	// the platform can preempt; the step check alone suffices elsewhere.
	timer := time.AfterFunc(l.limits.Timeout, func() {
		l.timedOut.Store(true)
		thread.Cancel("timeout")
	})
	return func() { timer.Stop() }
}

// check runs every stepChunk steps: past a limit it stops the script
// (Fail) and returns the error.
func (l *limiter) check(thread *starlark.Thread) error {
	l.lastLine = CallerLine(thread)
	if err := l.exceeded(thread); err != nil {
		Fail(thread, err)
		return err
	}
	return nil
}

// exceeded returns the error of the first limit the run is past, or nil.
func (l *limiter) exceeded(thread *starlark.Thread) error {
	switch {
	case thread.Steps >= l.limits.MaxSteps:
		return py.Errorf("LimitExceeded", "steps: the script ran more than %d steps (items gone through inside builtins such as sum, sorted and join count too); loop over fewer items, or let the database count, filter and aggregate", l.limits.MaxSteps)
	case l.timedOut.Load() || time.Since(l.start) > l.limits.Timeout:
		return l.timeoutError()
	case l.used() > l.limits.MaxMemory:
		return l.memoryError(0)
	}
	return nil
}

func (l *limiter) timeoutError() *py.Exception {
	return py.Errorf("LimitExceeded", "time: the script ran longer than %s; loop over fewer items, or let the database do the work", l.limits.Timeout)
}

// memoryError names the memory limit; need, when known, is the size of
// the value that was refused.
func (l *limiter) memoryError(need int64) *py.Exception {
	if need > 0 {
		return py.Errorf("LimitExceeded", "memory: this value would take about %s; one value may take a quarter of the run's memory limit (%s), less once the script holds others; build a smaller one (fewer items, a shorter string, a slice of the query)", bytesText(need), bytesText(l.limits.MaxMemory))
	}
	return py.Errorf("LimitExceeded", "memory: the script's values take more than the run's memory limit (%s); keep fewer values at once (a slice of the query, fewer items)", bytesText(l.limits.MaxMemory))
}

// used is the live heap the run has added since it started.
func (l *limiter) used() int64 {
	return int64(heapInUse()) - int64(l.heapBase)
}
