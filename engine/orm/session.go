package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/db"
)

// Session is one run's ORM state: the database every statement goes to
// and how to report an error where Starlark offers no error return (while
// iterating a QuerySet, or testing its truth).
type Session struct {
	DB *db.DB
	// Fail reports an error raised inside Iterate, Len or Truth; the
	// engine binds it to script.Fail so the run stops with that error.
	Fail func(error)
	// failed is the error fail reported: the run is stopping, so no
	// further statement is sent (list(qs) asks Len, then Iterate).
	failed error
	// usage records what the script read of each statement's rows.
	usage []*tracked
	// classes are the model classes scripts see, one per model.
	classes map[*Model]*ModelClass
	// atomicDepth counts the transaction.atomic blocks open (write_atomic.go).
	atomicDepth int
	// needsRollback is set when the outermost atomic block must roll back
	// (an inner block without a savepoint raised, or set_rollback(True)).
	needsRollback bool
	// onCommit are the transaction.on_commit callbacks waiting for the
	// outermost block to commit.
	onCommit []starlark.Callable
	// savepoints counts the savepoints made, for their names, as the
	// connection's savepoint_state does.
	savepoints int
	// pkGets holds, per model, the compiled SELECT a ForeignKey access
	// sends (QuerySet.getByPK).
	pkGets map[*Model]pkGet
}

// pkGet is a compiled get(id=...): its SQL template, with the key as its
// only parameter, and the compiler that knows how to read its rows.
type pkGet struct {
	sql string
	c   *compiler
}

// NewSession returns a session on d.
func NewSession(d *db.DB) *Session {
	return &Session{DB: d, Fail: func(error) {}}
}

// fail reports err through Fail, once.
func (s *Session) fail(err error) {
	if s.failed == nil {
		s.failed = err
	}
	s.Fail(err)
}

// execute sends one statement through the recorder and returns the
// result with the statement's index in the run. The compiler always
// passes parameters, maybe none, as Django's does, so a %% in the
// template reaches SQLite as % (Now()'s STRFTIME format).
func (s *Session) execute(template string, params []any, cause db.Cause) (*db.Result, int, error) {
	if params == nil {
		params = []any{}
	}
	res, err := s.DB.Execute(template, params, cause)
	return res, s.DB.Count() - 1, err
}
