package script

import (
	"strconv"
)

// Error is a script's failure as Python would report it: the exception
// type (NameError, SyntaxError, Book.DoesNotExist, LimitExceeded), its
// message, and the script line it happened on (0 when unknown).
type Error struct {
	Type    string `json:"type"`
	Message string `json:"message"`
	Line    int    `json:"line"`
}

// Error returns the traceback's last line with the script line:
// "NameError: name 'x' is not defined (line 3)".
func (e *Error) Error() string {
	s := e.Type
	if e.Message != "" {
		s += ": " + e.Message
	}
	if e.Line > 0 {
		s += " (line " + strconv.Itoa(e.Line) + ")"
	}
	return s
}
