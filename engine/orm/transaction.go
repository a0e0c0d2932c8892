package orm

import (
	"fmt"

	"go.starlark.net/starlark"

	"ormlab/engine/db"
	"ormlab/engine/py"
)

// Transaction is django.db.transaction: atomic() blocks and on_commit
// callbacks, sending the statements Django 5.2 sends on SQLite (BEGIN,
// SAVEPOINT, RELEASE SAVEPOINT, ROLLBACK TO SAVEPOINT, COMMIT, ROLLBACK),
// all of which connection.queries logs.
// See https://docs.djangoproject.com/en/5.2/topics/db/transactions/
type Transaction struct {
	sess *Session
}

var _ starlark.HasAttrs = (*Transaction)(nil)

func (t *Transaction) String() string        { return "<module 'django.db.transaction'>" }
func (t *Transaction) Type() string          { return "module" }
func (t *Transaction) Freeze()               {}
func (t *Transaction) Truth() starlark.Bool  { return true }
func (t *Transaction) Hash() (uint32, error) { return 0, nil }

// Attr implements starlark.HasAttrs.
func (t *Transaction) Attr(name string) (starlark.Value, error) {
	switch name {
	case "atomic":
		return starlark.NewBuiltin("atomic", t.atomic), nil
	case "on_commit":
		return starlark.NewBuiltin("on_commit", t.onCommit), nil
	case "get_autocommit":
		return starlark.NewBuiltin("get_autocommit", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return starlark.Bool(t.sess.atomicDepth == 0), nil
		}), nil
	case "set_rollback":
		return starlark.NewBuiltin("set_rollback", t.setRollback), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (t *Transaction) AttrNames() []string {
	return []string{"atomic", "get_autocommit", "on_commit", "set_rollback"}
}

// atomic is transaction.atomic(using=None, savepoint=True, durable=False),
// or transaction.atomic applied to a function as a decorator.
func (t *Transaction) atomic(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 {
		if fn, ok := args[0].(starlark.Callable); ok {
			return (&Atomic{sess: t.sess, savepoint: true}).wrap(fn), nil
		}
	}
	a := &Atomic{sess: t.sess, savepoint: true}
	var using starlark.Value
	if err := starlark.UnpackArgs("atomic", args, kwargs, "using?", &using, "savepoint?", &a.savepoint, "durable?", &a.durable); err != nil {
		return nil, err
	}
	return a, nil
}

// onCommit is transaction.on_commit(func): func runs when the outermost
// atomic block commits, or at once outside one.
func (t *Transaction) onCommit(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Callable
	var using starlark.Value
	var robust bool
	if err := starlark.UnpackArgs("on_commit", args, kwargs, "func", &fn, "using?", &using, "robust?", &robust); err != nil {
		return nil, err
	}
	if t.sess.atomicDepth == 0 {
		_, err := starlark.Call(thread, fn, nil, nil)
		return starlark.None, err
	}
	t.sess.onCommit = append(t.sess.onCommit, fn)
	return starlark.None, nil
}

func (t *Transaction) setRollback(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var rollback bool
	var using starlark.Value
	if err := starlark.UnpackArgs("set_rollback", args, kwargs, "rollback", &rollback, "using?", &using); err != nil {
		return nil, err
	}
	if t.sess.atomicDepth == 0 {
		return nil, py.Errorf("TransactionManagementError", "The rollback flag doesn't work outside of an 'atomic' block.")
	}
	t.sess.needsRollback = rollback
	return starlark.None, nil
}

// Atomic is one transaction.atomic() block, entered by a with statement:
// the outermost sends BEGIN and, on the way out, COMMIT (or ROLLBACK when
// the block raised); an inner one with savepoint=True sends SAVEPOINT and
// then RELEASE SAVEPOINT, or ROLLBACK TO SAVEPOINT and RELEASE SAVEPOINT.
type Atomic struct {
	sess      *Session
	savepoint bool
	durable   bool
	sids      []string // the savepoint of each entry still open ("" for none)
}

func (a *Atomic) String() string        { return "<django.db.transaction.Atomic object>" }
func (a *Atomic) Type() string          { return "Atomic" }
func (a *Atomic) Freeze()               {}
func (a *Atomic) Truth() starlark.Bool  { return true }
func (a *Atomic) Hash() (uint32, error) { return 0, nil }

// Name and CallInternal let an Atomic decorate a function, as
// @transaction.atomic() does.
func (a *Atomic) Name() string { return "atomic" }

func (a *Atomic) CallInternal(thread *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) > 0 {
		return nil, py.Errorf("TypeError", "'Atomic' object takes one function to decorate")
	}
	fn, ok := args[0].(starlark.Callable)
	if !ok {
		return nil, py.Errorf("TypeError", "'%s' object is not callable", py.TypeName(args[0]))
	}
	return a.wrap(fn), nil
}

// wrap is fn run inside the block at each call.
func (a *Atomic) wrap(fn starlark.Callable) starlark.Value {
	return starlark.NewBuiltin(fn.Name(), func(thread *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if _, err := a.Enter(thread); err != nil {
			return nil, err
		}
		v, err := starlark.Call(thread, fn, args, kwargs)
		if _, xerr := a.Exit(thread, err); xerr != nil {
			return nil, xerr
		}
		return v, err
	})
}

// Enter opens the block.
func (a *Atomic) Enter(*starlark.Thread) (starlark.Value, error) {
	s := a.sess
	if a.durable && s.atomicDepth > 0 {
		return nil, py.Errorf("RuntimeError", "A durable atomic block cannot be nested within another atomic block.")
	}
	sid := ""
	switch {
	case s.atomicDepth == 0:
		if _, _, err := s.execute("BEGIN", nil, transactionCause); err != nil {
			return nil, err
		}
		s.needsRollback = false
	case a.savepoint:
		s.savepoints++
		sid = quote(fmt.Sprintf("s%d_x%d", savepointThread, s.savepoints))
		if _, _, err := s.execute("SAVEPOINT "+sid, nil, transactionCause); err != nil {
			return nil, err
		}
	}
	s.atomicDepth++
	a.sids = append(a.sids, sid)
	return starlark.None, nil
}

// Exit closes the block: exc is the exception leaving it, or nil. The
// exception is never suppressed.
func (a *Atomic) Exit(thread *starlark.Thread, exc error) (bool, error) {
	s := a.sess
	sid := a.sids[len(a.sids)-1]
	a.sids = a.sids[:len(a.sids)-1]
	s.atomicDepth--
	switch {
	case s.atomicDepth == 0:
		return false, a.endOutermost(thread, exc)
	case sid != "" && exc != nil:
		_, _, err := s.execute("ROLLBACK TO SAVEPOINT "+sid, nil, transactionCause)
		if err == nil {
			_, _, err = s.execute("RELEASE SAVEPOINT "+sid, nil, transactionCause)
		}
		return false, err
	case sid != "":
		_, _, err := s.execute("RELEASE SAVEPOINT "+sid, nil, transactionCause)
		return false, err
	case exc != nil:
		s.needsRollback = true
	}
	return false, nil
}

// endOutermost commits, or rolls back after an exception or
// set_rollback(True), then runs the on_commit callbacks of a commit.
func (a *Atomic) endOutermost(thread *starlark.Thread, exc error) error {
	s := a.sess
	callbacks := s.onCommit
	s.onCommit = nil
	if exc != nil || s.needsRollback {
		s.needsRollback = false
		return s.DB.Rollback()
	}
	if err := s.DB.Commit(); err != nil {
		s.DB.Rollback()
		return err
	}
	for _, fn := range callbacks {
		if _, err := starlark.Call(thread, fn, nil, nil); err != nil {
			return err
		}
	}
	return nil
}

// transactionCause is the cause recorded for what atomic blocks send.
var transactionCause = db.Cause{Kind: db.CauseWrite, Origin: db.NoOrigin}
