package script

import (
	"fmt"
	"runtime/metrics"

	"go.starlark.net/starlark"
)

// Builtins that loop in Go or allocate a value at once run where the
// interpreter neither counts steps nor checks its limits. They charge the
// items they go through to the thread's steps (charge) and ask for the
// bytes of a large value before they allocate it (reserve), so that
// sum(range(10**12)) and [0] * 10**9 end with LimitExceeded instead of
// running for hours or killing the process.

// reserveFloor is the size below which reserve does not check: small
// values are the common case and the periodic check covers their sum.
const reserveFloor = 1 << 20

// valueShare is the share of the run's memory limit one value may take:
// 1/valueShare.
const valueShare = 4

// charge adds n steps to the thread and, every stepChunk steps, checks
// the run's limits. Past one it stops the script (Fail) and returns the
// error, which the builtin returns as its own.
func charge(thread *starlark.Thread, n uint64) error {
	return limiterOf(thread).charge(thread, n)
}

// limiterOf returns the run's limiter, or nil outside a run.
func limiterOf(thread *starlark.Thread) *limiter {
	l, _ := thread.Local(limiterKey).(*limiter)
	return l
}

// charge is charge(thread, n) for a builtin that charges many times and
// looks its limiter up once; a nil limiter charges nothing.
func (l *limiter) charge(thread *starlark.Thread, n uint64) error {
	if l == nil {
		return nil
	}
	thread.Steps += n
	if thread.Steps < l.nextCheck && !l.timedOut.Load() {
		return nil
	}
	l.lastLine = CallerLine(thread)
	if err := l.exceeded(thread); err != nil {
		Fail(thread, err)
		return err
	}
	l.nextCheck = min(thread.Steps+stepChunk, l.limits.MaxSteps)
	return nil
}

// reserve checks, before a value of size bytes (-1: too large to count)
// is allocated, that it fits in what is left of the run's memory limit
// and takes at most a quarter of it: building one value cannot be
// stopped midway, and under wasm copying a quarter gigabyte takes seconds.
func reserve(thread *starlark.Thread, size int64) error {
	l, ok := thread.Local(limiterKey).(*limiter)
	if !ok || (size >= 0 && size < reserveFloor) {
		return nil
	}
	if size >= 0 && size <= l.limits.MaxMemory/valueShare && size <= l.limits.MaxMemory-max(l.used(), 0) {
		return nil
	}
	err := l.memoryError(size)
	Fail(thread, err)
	return err
}

// heapInUse reads the runtime metric of the heap found live by the last
// collection: garbage does not count, and the collector runs as the heap
// grows (sooner near limits.MemoryBackstop), so the figure follows what a
// run keeps. Reading it does not stop the world, as ReadMemStats does.
func heapInUse() uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// bytesText writes n bytes for a person: 1.5 GiB, 256 MiB, 12 KiB.
func bytesText(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}
