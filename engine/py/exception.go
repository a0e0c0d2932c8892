package py

import "go.starlark.net/starlark"

// Exception is a Python exception raised by the lab's runtime or ORM, such
// as Book.DoesNotExist or FieldError. Type is the name Python prints before
// the colon ("DoesNotExist", "FieldError", "TypeError"); Msg is the text
// after it, word for word as Django writes it.
type Exception struct {
	Type string
	Msg  string
	// Args, when set, are the exception's arguments where Msg alone would
	// lose them: KeyError's key, whose repr is the message.
	Args []starlark.Value
}

// Error returns "Type: Msg", as a Python traceback's last line.
func (e *Exception) Error() string {
	if e.Msg == "" {
		return e.Type
	}
	return e.Type + ": " + e.Msg
}

// Errorf returns an Exception of the given type.
func Errorf(typ, format string, args ...any) *Exception {
	return &Exception{Type: typ, Msg: sprintf(format, args...)}
}
