package interp

import (
	"errors"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// Exception is a Python exception on its way up the stack: the exception
// instance and the script line it was raised on.
type Exception struct {
	Value *Object
	Line  int
}

// Error returns the last line of Python's traceback: "ValueError: bad".
func (e *Exception) Error() string {
	msg := exceptionStr(e.Value)
	if msg == "" {
		return e.Value.class.qualname
	}
	return e.Value.class.qualname + ": " + msg
}

// TypeName is the exception's class name as a traceback prints it: with
// its module unless it is a builtin or the script's own.
func (e *Exception) TypeName() string {
	if e.Value.class.owned {
		// A model's own class: the lab reports it as its name, as
		// Django's tracebacks are usually read (DoesNotExist).
		return e.Value.class.name
	}
	if m := e.Value.class.modname; m != "" {
		return m + "." + e.Value.class.qualname
	}
	return e.Value.class.qualname
}

// Message is str() of the exception, with its class's __str__.
func (e *Exception) Message() string { return e.Value.PyStr() }

func newError(typ, msg string) error {
	return &py.Exception{Type: typ, Msg: msg}
}

// builtinExceptions are CPython's exception classes learners meet, and
// Django's, each with its base.
// See https://docs.python.org/3/library/exceptions.html#exception-hierarchy
var builtinExceptions = makeExceptions()

func makeExceptions() map[string]*Class {
	classes := map[string]*Class{}
	for _, e := range [][2]string{
		{"BaseException", ""},
		{"SystemExit", "BaseException"}, {"KeyboardInterrupt", "BaseException"},
		{"GeneratorExit", "BaseException"}, {"Exception", "BaseException"},
		{"ArithmeticError", "Exception"}, {"FloatingPointError", "ArithmeticError"},
		{"OverflowError", "ArithmeticError"}, {"ZeroDivisionError", "ArithmeticError"},
		{"AssertionError", "Exception"}, {"AttributeError", "Exception"},
		{"BufferError", "Exception"}, {"EOFError", "Exception"},
		{"ImportError", "Exception"}, {"ModuleNotFoundError", "ImportError"},
		{"LookupError", "Exception"}, {"IndexError", "LookupError"}, {"KeyError", "LookupError"},
		{"MemoryError", "Exception"}, {"NameError", "Exception"},
		{"UnboundLocalError", "NameError"}, {"OSError", "Exception"},
		{"FileNotFoundError", "OSError"}, {"FileExistsError", "OSError"},
		{"PermissionError", "OSError"}, {"TimeoutError", "OSError"},
		{"ConnectionError", "OSError"}, {"IsADirectoryError", "OSError"},
		{"ReferenceError", "Exception"}, {"RuntimeError", "Exception"},
		{"NotImplementedError", "RuntimeError"}, {"RecursionError", "RuntimeError"},
		{"StopIteration", "Exception"}, {"StopAsyncIteration", "Exception"},
		{"SyntaxError", "Exception"}, {"IndentationError", "SyntaxError"},
		{"TabError", "IndentationError"}, {"SystemError", "Exception"},
		{"TypeError", "Exception"}, {"ValueError", "Exception"},
		{"UnicodeError", "ValueError"}, {"Warning", "Exception"},
		{"UserWarning", "Warning"}, {"DeprecationWarning", "Warning"},
		// Django's, as django.core.exceptions and django.db define them.
		{"ObjectDoesNotExist", "Exception"}, {"MultipleObjectsReturned", "Exception"},
		{"FieldDoesNotExist", "Exception"}, {"FieldError", "Exception"},
		{"ValidationError", "Exception"}, {"ImproperlyConfigured", "Exception"},
		{"SuspiciousOperation", "Exception"}, {"PermissionDenied", "Exception"},
		{"EmptyResultSet", "Exception"}, {"Http404", "Exception"},
		{"DatabaseError", "Exception"}, {"DataError", "DatabaseError"},
		{"OperationalError", "DatabaseError"}, {"IntegrityError", "DatabaseError"},
		{"InternalError", "DatabaseError"}, {"ProgrammingError", "DatabaseError"},
		{"NotSupportedError", "DatabaseError"}, {"TransactionManagementError", "ProgrammingError"},
	} {
		base := classes[e[1]]
		if e[1] == "" {
			base = objectClass
		}
		classes[e[0]] = newBuiltinClass(e[0], base)
	}
	return classes
}

// exceptionClass returns the class for an exception type name: a
// built-in one, or one the run makes on demand as a subclass of
// Exception (the lab's LimitExceeded, for one).
func (in *Interp) exceptionClass(name string) *Class {
	if c := builtinExceptions[name]; c != nil {
		return c
	}
	if name == frozenInstanceError.name {
		return frozenInstanceError
	}
	if c := in.classes[name]; c != nil {
		return c
	}
	base := builtinExceptions["Exception"]
	if b := moduleExceptionBases[name]; b != "" {
		base = builtinExceptions[b]
	}
	c := newBuiltinClass(name, base)
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		// A module's exception (decimal.InvalidOperation): its __name__
		// is the last part, and tracebacks name its module.
		c.name, c.qualname, c.modname = name[i+1:], name[i+1:], name[:i]
	}
	in.classes[name] = c
	return c
}

// moduleExceptionBases are the built-in bases of the standard library's
// exceptions the runtime raises by dotted name.
var moduleExceptionBases = map[string]string{
	"decimal.InvalidOperation":     "ArithmeticError",
	"decimal.DivisionByZero":       "ZeroDivisionError",
	"decimal.Overflow":             "ArithmeticError",
	"json.decoder.JSONDecodeError": "ValueError",
	"statistics.StatisticsError":   "ValueError",
}

// modelException is the class of a model's own exception
// (Book.DoesNotExist), made once per run.
func (in *Interp) modelException(ec *py.ExceptionClass) *Class {
	key := ec.Module + "." + ec.Owner + "." + ec.Name
	if c := in.classes[key]; c != nil {
		return c
	}
	c := newBuiltinClass(ec.Name, in.exceptionClass(ec.Base))
	c.qualname = ec.Owner + "." + ec.Name
	c.modname = ec.Module
	c.owned = true
	in.classes[key] = c
	return c
}

// raise returns a new exception of a built-in class.
func (in *Interp) raise(typ, msg string) *Exception {
	return in.newException(in.exceptionClass(typ), msg)
}

func (in *Interp) newException(c *Class, msg string) *Exception {
	obj := &Object{class: c, dict: NewNamespace(), id: ids.Add(1), args: starlark.Tuple{}}
	if msg != "" {
		obj.args = starlark.Tuple{starlark.String(msg)}
	}
	return &Exception{Value: obj, Line: in.scriptLine()}
}

// exception turns any error into the Python exception it stands for,
// keeping the line of an exception already raised.
func (in *Interp) exception(err error) *Exception {
	var e *Exception
	if errors.As(err, &e) {
		return e
	}
	var pe *py.Exception
	if errors.As(err, &pe) && pe.Owner != nil {
		return in.newException(in.modelException(pe.Owner), pe.Msg)
	}
	if errors.As(err, &pe) && pe.Args != nil {
		e := in.raise(pe.Type, "")
		e.Value.args = append(starlark.Tuple(nil), pe.Args...)
		return e
	}
	typ, msg := in.translate(err)
	return in.raise(typ, msg)
}

func (in *Interp) translate(err error) (string, string) {
	var pe *py.Exception
	if errors.As(err, &pe) {
		return pe.Type, pe.Msg
	}
	if in.opts.Translate != nil {
		return in.opts.Translate(err)
	}
	return "RuntimeError", err.Error()
}

// exceptionStr is str() of an exception: its one argument, empty for
// none, the tuple of them otherwise; KeyError shows its key's repr.
func exceptionStr(e *Object) string {
	switch len(e.args) {
	case 0:
		return ""
	case 1:
		if e.class.isSubclass(builtinExceptions["KeyError"]) {
			return py.Repr(e.args[0])
		}
		return py.Str(e.args[0])
	}
	return py.Repr(e.args)
}

// isFatal reports whether err must not be caught by any handler: a
// limit, or the end of the run stopping a suspended generator.
func (in *Interp) isFatal(err error) bool {
	return errors.Is(err, errKilled) || (in.opts.Fatal != nil && in.opts.Fatal(in.thread, err))
}
