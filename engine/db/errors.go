package db

import (
	"errors"
	"fmt"

	"ormlab/engine/py"
)

// sqliteError is an SQLite failure as the drivers (sqlite_other.go,
// sqlite_js.go) report it: the primary result code and SQLite's own
// message (sqlite3_errmsg), such as "no such table: foo".
type sqliteError struct {
	code int
	msg  string
}

func (e *sqliteError) Error() string {
	return fmt.Sprintf("sqlite3: %s (code %d)", e.msg, e.code)
}

// Primary SQLite result codes (https://sqlite.org/rescode.html) that
// Python's sqlite3 module maps to exception types.
const (
	codeError      = 1
	codeInternal   = 2
	codePerm       = 3
	codeAbort      = 4
	codeBusy       = 5
	codeLocked     = 6
	codeNoMem      = 7
	codeReadOnly   = 8
	codeInterrupt  = 9
	codeIOErr      = 10
	codeNotFound   = 12
	codeFull       = 13
	codeCantOpen   = 14
	codeProtocol   = 15
	codeEmpty      = 16
	codeSchema     = 17
	codeTooBig     = 18
	codeConstraint = 19
	codeMismatch   = 20
	codeMisuse     = 21
	codeRange      = 25
)

// pythonError converts an SQLite error into the exception Python's sqlite3
// module raises for it, which Django re-raises under the same name
// (django.db.utils.OperationalError, IntegrityError, ...).
// See https://docs.djangoproject.com/en/5.2/ref/exceptions/#database-exceptions
func pythonError(err error) *py.Exception {
	var pe *py.Exception
	if errors.As(err, &pe) {
		return pe
	}
	var se *sqliteError
	if !errors.As(err, &se) {
		return &py.Exception{Type: "DatabaseError", Msg: err.Error()}
	}
	return &py.Exception{Type: exceptionType(se.code), Msg: se.msg}
}

// pythonErrorOrNil is pythonError, or nil when err is nil.
func pythonErrorOrNil(err error) error {
	if err == nil {
		return nil
	}
	return pythonError(err)
}

// exceptionType names the exception Python's sqlite3 module raises for an
// SQLite result code (Modules/_sqlite/util.c in CPython).
func exceptionType(code int) string {
	switch code & 0xff {
	case codeInternal, codeNotFound:
		return "InternalError"
	case codeNoMem:
		return "MemoryError"
	case codeError, codePerm, codeAbort, codeBusy, codeLocked, codeReadOnly,
		codeInterrupt, codeIOErr, codeFull, codeCantOpen, codeProtocol,
		codeEmpty, codeSchema:
		return "OperationalError"
	case codeTooBig:
		return "DataError"
	case codeConstraint, codeMismatch:
		return "IntegrityError"
	case codeMisuse, codeRange:
		return "InterfaceError"
	}
	return "DatabaseError"
}

// programmingError is the exception Python's sqlite3 module raises for
// misuse of its API, such as a wrong number of parameters.
func programmingError(format string, args ...any) *py.Exception {
	return py.Errorf("ProgrammingError", format, args...)
}
