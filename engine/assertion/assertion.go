// Package assertion gives scripts the query-count assertion of Django's
// test framework, so a lesson can state how many queries a piece of code
// must send and fail, with Django's own message, when it sends more.
package assertion

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"ormlab/engine/db"
	"ormlab/engine/py"
)

// QueryLog is the statement recorder assert_num_queries reads: *db.DB
// implements it. Count is the number of statements sent so far, never
// reset; Log holds the recorded statements, each with its Index in the
// run.
type QueryLog interface {
	Count() int
	Log() []db.Statement
}

// Globals returns the names this package gives a run's scripts, reading
// the run's statements from log.
func Globals(log QueryLog) starlark.StringDict {
	return starlark.StringDict{"assert_num_queries": AssertNumQueries(log)}
}

// AssertNumQueries returns the builtin assert_num_queries: Django's
// TestCase.assertNumQueries. Called with a function,
// assert_num_queries(num, func, *args, **kwargs) calls it; called with
// num alone it is a context manager for a with block. Either way it
// raises AssertionError with Django's message, listing the captured
// queries, unless exactly num statements were sent. The using= keyword
// is accepted and ignored: the lab has one database.
// See https://docs.djangoproject.com/en/5.2/topics/testing/tools/#django.test.TransactionTestCase.assertNumQueries
func AssertNumQueries(log QueryLog) *starlark.Builtin {
	return starlark.NewBuiltin("assert_num_queries", func(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 1 {
			num, err := count(args[0])
			if err != nil {
				return nil, err
			}
			return &counter{log: log, num: num}, nil
		}
		num, fn, err := unpack(args)
		if err != nil {
			return nil, err
		}
		start := log.Count()
		if _, err := starlark.Call(thread, fn, args[2:], withoutUsing(kwargs)); err != nil {
			return nil, err
		}
		if executed := log.Count() - start; executed != num {
			return nil, mismatch(executed, num, captured(log, start))
		}
		return starlark.None, nil
	})
}

// unpack reads num and func from the positional arguments.
func unpack(args starlark.Tuple) (int, starlark.Callable, error) {
	if len(args) < 1 {
		return 0, nil, py.Errorf("TypeError", "assert_num_queries() missing 1 required positional argument: 'num'")
	}
	num, err := count(args[0])
	if err != nil {
		return 0, nil, err
	}
	fn, ok := args[1].(starlark.Callable)
	if !ok {
		return 0, nil, py.Errorf("TypeError", "'%s' object is not callable", py.TypeName(args[1]))
	}
	return num, fn, nil
}

func count(v starlark.Value) (int, error) {
	num, err := starlark.AsInt32(v)
	if err != nil {
		return 0, py.Errorf("TypeError", "assert_num_queries(): num must be an int, not '%s'", py.TypeName(v))
	}
	return num, nil
}

// counter is assert_num_queries(num) used as "with": it counts the
// statements the block sends.
type counter struct {
	log   QueryLog
	num   int
	start int
}

func (c *counter) String() string       { return "<assert_num_queries context manager>" }
func (c *counter) Type() string         { return "_AssertNumQueriesContext" }
func (c *counter) Freeze()              {}
func (c *counter) Truth() starlark.Bool { return true }
func (c *counter) Hash() (uint32, error) {
	return 0, py.Errorf("TypeError", "unhashable type: '_AssertNumQueriesContext'")
}

// Enter starts counting; "as" binds the context manager itself.
func (c *counter) Enter(*starlark.Thread) (starlark.Value, error) {
	c.start = c.log.Count()
	return c, nil
}

// Exit checks the count, unless the block raised: then its exception
// goes on, as Django's does.
func (c *counter) Exit(_ *starlark.Thread, exc error) (bool, error) {
	if exc != nil {
		return false, nil
	}
	if executed := c.log.Count() - c.start; executed != c.num {
		return false, mismatch(executed, c.num, captured(c.log, c.start))
	}
	return false, nil
}

// withoutUsing drops the using= keyword, which assertNumQueries takes for
// itself rather than passing to func.
func withoutUsing(kwargs []starlark.Tuple) []starlark.Tuple {
	var out []starlark.Tuple
	for _, kv := range kwargs {
		if kv[0] != starlark.String("using") {
			out = append(out, kv)
		}
	}
	return out
}

// captured returns the SQL of the statements sent since index start.
func captured(log QueryLog, start int) []string {
	var sqls []string
	for _, st := range log.Log() {
		if st.Index >= start {
			sqls = append(sqls, st.SQL)
		}
	}
	return sqls
}

// mismatch is the AssertionError unittest's assertEqual raises with
// assertNumQueries' message: "3 != 1 : 3 queries executed, 1 expected",
// then the numbered queries.
func mismatch(executed, num int, sqls []string) *py.Exception {
	lines := make([]string, len(sqls))
	for i, sql := range sqls {
		lines[i] = fmt.Sprintf("%d. %s", i+1, sql)
	}
	msg := fmt.Sprintf("%d != %d : %d queries executed, %d expected\nCaptured queries were:\n%s",
		executed, num, executed, num, strings.Join(lines, "\n"))
	return &py.Exception{Type: "AssertionError", Msg: msg}
}
