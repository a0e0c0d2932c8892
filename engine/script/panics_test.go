package script

import (
	"errors"
	"strings"
	"testing"
)

// recovered is what recover() gives for f's panic.
func recovered(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

// TestPanicError checks that a Go panic reaches the learner as one line:
// an allocation Go refuses (as [0] * 10**9 did under wasm) is Python's
// MemoryError with what to do, anything else an InternalError asking for
// a report, and a panic's own multi-line text or stack is cut to one line.
func TestPanicError(t *testing.T) {
	huge := -1
	cases := []struct {
		name, typ, message string
		panic              any
	}{
		{"makeslice", "MemoryError", "the script asked for a value too large to hold (runtime error: makeslice: len out of range); build smaller lists, strings and results",
			recovered(func() { _ = make([]int, huge) })},
		{"index", "InternalError", "the engine failed on this line (runtime error: index out of range [3] with length 0); this is a bug in ORM Lab: please report it with the script",
			recovered(func() { var s []int; _ = s[huge+4] })},
		{"stack", "InternalError", "the engine failed on this line (boom goroutine 1 [running]: main.f() " + strings.Repeat("x ", 61) + "x…); this is a bug in ORM Lab: please report it with the script",
			errors.New("boom\ngoroutine 1 [running]:\nmain.f()\n" + strings.Repeat("x ", 200))},
	}
	for _, c := range cases {
		e := PanicError(c.panic, 7)
		if e.Type != c.typ || e.Message != c.message || e.Line != 7 || strings.Contains(e.Message, "\n") {
			t.Errorf("%s: %s: %q (line %d)", c.name, e.Type, e.Message, e.Line)
		}
	}
}
