package script

import (
	"fmt"
	"runtime"
	"strings"
	"unicode/utf8"
)

// maxPanicText bounds how much of a Go panic's own text an error quotes.
const maxPanicText = 160

// PanicError is the error a script sees for a Go panic below it, in one
// line a learner can act on. A Go runtime error about the size of a slice
// or map means a value too large to build: Python says MemoryError for
// that ([0] * 10**10), and so does the lab, whatever the engine's own
// memory limit failed to catch first. Anything else is a bug in the lab.
func PanicError(r any, line int) *Error {
	text := oneLine(fmt.Sprint(r))
	if tooLarge(r, text) {
		return &Error{Type: "MemoryError", Line: line,
			Message: "the script asked for a value too large to hold (" + text + "); build smaller lists, strings and results"}
	}
	return &Error{Type: "InternalError", Line: line,
		Message: "the engine failed on this line (" + text + "); this is a bug in ORM Lab: please report it with the script"}
}

// tooLarge reports whether a panic is Go refusing an allocation's size.
func tooLarge(r any, text string) bool {
	if _, ok := r.(runtime.Error); !ok {
		return false
	}
	for _, sign := range []string{"makeslice: ", "growslice: ", "makemap: ", "makechan: ", "out of memory"} {
		if strings.Contains(text, sign) {
			return true
		}
	}
	return false
}

// oneLine is a panic's text on one line of at most maxPanicText bytes:
// a panic value may carry a multi-line message or a stack.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxPanicText {
		n := maxPanicText
		for !utf8.ValidString(s[:n]) {
			n--
		}
		s = s[:n] + "…"
	}
	return s
}
