package orm

import (
	"fmt"

	"ormlab/engine/db"
)

// writeCause is the cause recorded for every statement a write sends.
func writeCause(m *Model) db.Cause {
	return db.Cause{Kind: db.CauseWrite, Model: m.Name, Origin: db.NoOrigin}
}

// atomic runs fn as Django's transaction.atomic(savepoint=False) does on
// SQLite: the outermost block sends BEGIN, which connection.queries logs,
// then commits through the DB-API connection (not logged) or rolls back
// when fn or the commit fails. Inner blocks just run fn.
// See https://docs.djangoproject.com/en/5.2/topics/db/transactions/#django.db.transaction.atomic
func (s *Session) atomic(m *Model, fn func() error) error {
	if s.atomicDepth > 0 {
		return fn()
	}
	if _, _, err := s.execute("BEGIN", nil, writeCause(m)); err != nil {
		return err
	}
	s.atomicDepth++
	err := fn()
	s.atomicDepth--
	if err == nil {
		err = s.DB.Commit()
	}
	if err != nil {
		s.DB.Rollback()
	}
	return err
}

// savepointThread stands for the thread identifier Django puts in
// savepoint names ("s<thread>_x<n>"). CPython's differs from run to run;
// the oracle harness (testdata/django/run.py) pins it to this value.
const savepointThread = 140000000000000

// atomicSavepoint runs fn as transaction.atomic() (savepoint=True) does:
// the outermost block is a transaction, an inner one a savepoint,
// released when fn succeeds and rolled back to (then released) when it
// fails.
func (s *Session) atomicSavepoint(m *Model, fn func() error) error {
	if s.atomicDepth == 0 {
		return s.atomic(m, fn)
	}
	s.savepoints++
	sid := quote(fmt.Sprintf("s%d_x%d", savepointThread, s.savepoints))
	if _, _, err := s.execute("SAVEPOINT "+sid, nil, writeCause(m)); err != nil {
		return err
	}
	err := fn()
	if err != nil {
		if _, _, rerr := s.execute("ROLLBACK TO SAVEPOINT "+sid, nil, writeCause(m)); rerr != nil {
			return err
		}
	}
	if _, _, rerr := s.execute("RELEASE SAVEPOINT "+sid, nil, writeCause(m)); rerr != nil && err == nil {
		err = rerr
	}
	return err
}
