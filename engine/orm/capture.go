package orm

import (
	"go.starlark.net/starlark"

	"ormlab/engine/py"
)

// CaptureQueries is django.test.utils.CaptureQueriesContext(connection):
// a with block after which captured_queries holds the statements the
// block sent, as connection.queries shows them, and len() counts them.
// See https://docs.djangoproject.com/en/5.2/topics/testing/tools/#django.test.utils.CaptureQueriesContext
type CaptureQueries struct {
	conn       *Connection
	start, end int // statement counts when the block began and ended; end -1 while open
}

var (
	_ starlark.HasAttrs  = (*CaptureQueries)(nil)
	_ starlark.Indexable = (*CaptureQueries)(nil)
	_ starlark.Iterable  = (*CaptureQueries)(nil)
)

// captureQueriesNew is CaptureQueriesContext(connection).
func captureQueriesNew(thread *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var conn starlark.Value
	if err := starlark.UnpackPositionalArgs("CaptureQueriesContext", args, kwargs, 1, &conn); err != nil {
		return nil, err
	}
	c, ok := conn.(*Connection)
	if !ok {
		return nil, py.Errorf("AttributeError", "'%s' object has no attribute 'queries_log'", py.TypeName(conn))
	}
	return &CaptureQueries{conn: c, end: -1}, nil
}

func (q *CaptureQueries) String() string {
	return "<django.test.utils.CaptureQueriesContext object>"
}
func (q *CaptureQueries) Type() string          { return "CaptureQueriesContext" }
func (q *CaptureQueries) Freeze()               {}
func (q *CaptureQueries) Truth() starlark.Bool  { return true }
func (q *CaptureQueries) Hash() (uint32, error) { return 0, nil }

// Enter starts capturing; "as" binds the context itself.
func (q *CaptureQueries) Enter(*starlark.Thread) (starlark.Value, error) {
	q.start, q.end = q.conn.sess.DB.Count(), -1
	return q, nil
}

// Exit stops capturing; the block's exception goes on.
func (q *CaptureQueries) Exit(*starlark.Thread, error) (bool, error) {
	q.end = q.conn.sess.DB.Count()
	return false, nil
}

// captured is captured_queries: a list of {'sql': ..., 'time': ...}.
func (q *CaptureQueries) captured() *starlark.List {
	end := q.end
	if end < 0 {
		end = q.conn.sess.DB.Count()
	}
	var out []starlark.Value
	for _, st := range q.conn.sess.DB.Log() {
		if st.Index >= q.start && st.Index < end {
			out = append(out, queryDict(st))
		}
	}
	return starlark.NewList(out)
}

// Attr implements starlark.HasAttrs.
func (q *CaptureQueries) Attr(name string) (starlark.Value, error) {
	switch name {
	case "captured_queries":
		return q.captured(), nil
	case "connection":
		return q.conn, nil
	case "initial_queries":
		return starlark.MakeInt(q.start), nil
	case "final_queries":
		if q.end < 0 {
			return starlark.None, nil
		}
		return starlark.MakeInt(q.end), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (q *CaptureQueries) AttrNames() []string {
	return []string{"captured_queries", "connection", "final_queries", "initial_queries"}
}

// Len implements starlark.Sequence: len(ctx).
func (q *CaptureQueries) Len() int { return q.captured().Len() }

// Index implements starlark.Indexable: ctx[i].
func (q *CaptureQueries) Index(i int) starlark.Value { return q.captured().Index(i) }

// Iterate implements starlark.Iterable: for query in ctx.
func (q *CaptureQueries) Iterate() starlark.Iterator { return q.captured().Iterate() }
