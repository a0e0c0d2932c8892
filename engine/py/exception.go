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
	// Owner is the model whose own exception class this is, for
	// Book.DoesNotExist and Book.MultipleObjectsReturned.
	Owner *ExceptionClass
}

// ExceptionClass stands for an exception class Django defines on each
// model (Book.DoesNotExist): the interpreter makes the class it names, a
// subclass of Base, shared by every value that names the same one.
// See https://docs.djangoproject.com/en/5.2/ref/models/class/#doesnotexist
type ExceptionClass struct {
	Module string // the models module: "library.models"
	Owner  string // the model: "Book"
	Name   string // "DoesNotExist"
	Base   string // "ObjectDoesNotExist"
}

func (c *ExceptionClass) String() string {
	return "<class '" + c.Module + "." + c.Owner + "." + c.Name + "'>"
}
func (c *ExceptionClass) Type() string         { return "type" }
func (c *ExceptionClass) Freeze()              {}
func (c *ExceptionClass) Truth() starlark.Bool { return true }
func (c *ExceptionClass) Hash() (uint32, error) {
	return starlark.String(c.Owner + "." + c.Name).Hash()
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
