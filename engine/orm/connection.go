package orm

import (
	"fmt"

	"go.starlark.net/starlark"

	"ormlab/engine/db"
	"ormlab/engine/py"
)

// Connection is django.db.connection: the statements sent so far
// (connection.queries) and raw cursors.
// See https://docs.djangoproject.com/en/5.2/topics/db/sql/#executing-custom-sql-directly
type Connection struct {
	sess *Session
	// from is the statement count at the last reset_queries().
	from int
}

var _ starlark.HasAttrs = (*Connection)(nil)

// String implements starlark.Value.
func (c *Connection) String() string { return "<DatabaseWrapper vendor='sqlite' alias='default'>" }

// Type implements starlark.Value.
func (c *Connection) Type() string { return "DatabaseWrapper" }

// Freeze implements starlark.Value.
func (c *Connection) Freeze() {}

// Truth implements starlark.Value.
func (c *Connection) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (c *Connection) Hash() (uint32, error) { return 0, nil }

// Attr implements starlark.HasAttrs.
func (c *Connection) Attr(name string) (starlark.Value, error) {
	switch name {
	case "queries":
		return c.queries(), nil
	case "vendor":
		return starlark.String("sqlite"), nil
	case "cursor":
		return starlark.NewBuiltin("cursor", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return &Cursor{sess: c.sess}, nil
		}), nil
	}
	return nil, nil
}

// AttrNames implements starlark.HasAttrs.
func (c *Connection) AttrNames() []string { return []string{"cursor", "queries", "vendor"} }

// queries builds connection.queries: a list of {'sql': ..., 'time': ...}.
func (c *Connection) queries() *starlark.List {
	log := c.sess.DB.Log()
	out := make([]starlark.Value, 0, len(log))
	for _, st := range log[min(c.from, len(log)):] {
		out = append(out, queryDict(st))
	}
	return starlark.NewList(out)
}

// queryDict is one entry of connection.queries: {'sql': ..., 'time': ...}.
func queryDict(st db.Statement) *starlark.Dict {
	d := starlark.NewDict(2)
	d.SetKey(starlark.String("sql"), starlark.String(st.SQL))
	d.SetKey(starlark.String("time"), starlark.String(fmt.Sprintf("%.3f", st.TimeMS/1000)))
	return d
}

// reset is django.db.reset_queries().
func (c *Connection) reset() { c.from = c.sess.DB.Count() }

// Cursor is a DB-API cursor from connection.cursor(): execute() with %s
// placeholders, then fetchone/fetchall/fetchmany.
type Cursor struct {
	sess *Session
	res  *db.Result
	pos  int
}

var _ starlark.HasAttrs = (*Cursor)(nil)

// String implements starlark.Value.
func (c *Cursor) String() string { return "<django.db.backends.utils.CursorDebugWrapper object>" }

// Type implements starlark.Value.
func (c *Cursor) Type() string { return "CursorDebugWrapper" }

// Freeze implements starlark.Value.
func (c *Cursor) Freeze() {}

// Truth implements starlark.Value.
func (c *Cursor) Truth() starlark.Bool { return true }

// Hash implements starlark.Value.
func (c *Cursor) Hash() (uint32, error) { return 0, nil }

// Enter makes "with connection.cursor() as cursor" bind the cursor.
func (c *Cursor) Enter(*starlark.Thread) (starlark.Value, error) { return c, nil }

// Exit closes the cursor at the end of the with block; it sends nothing.
func (c *Cursor) Exit(*starlark.Thread, error) (bool, error) {
	c.res, c.pos = nil, 0
	return false, nil
}

var cursorMethods = map[string]func(c *Cursor, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error){
	"execute":   cursorExecute,
	"fetchone":  cursorFetchone,
	"fetchall":  cursorFetchall,
	"fetchmany": cursorFetchmany,
	"close":     func(*Cursor, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) { return starlark.None, nil },
}

// Attr implements starlark.HasAttrs.
func (c *Cursor) Attr(name string) (starlark.Value, error) {
	switch name {
	case "rowcount":
		if c.res == nil {
			return starlark.MakeInt(-1), nil
		}
		return starlark.MakeInt64(c.rowcount()), nil
	case "description":
		return c.description(), nil
	}
	fn := cursorMethods[name]
	if fn == nil {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(c, args, kwargs)
	}), nil
}

// AttrNames implements starlark.HasAttrs.
func (c *Cursor) AttrNames() []string {
	return []string{"close", "description", "execute", "fetchall", "fetchmany", "fetchone", "rowcount"}
}

func (c *Cursor) rowcount() int64 {
	if len(c.res.Columns) > 0 {
		return -1
	}
	return c.res.RowsAffected
}

func (c *Cursor) description() starlark.Value {
	if c.res == nil || len(c.res.Columns) == 0 {
		return starlark.None
	}
	out := make([]starlark.Value, len(c.res.Columns))
	for n, name := range c.res.Columns {
		out[n] = starlark.Tuple{starlark.String(name), starlark.None, starlark.None, starlark.None, starlark.None, starlark.None, starlark.None}
	}
	return starlark.Tuple(out)
}

func cursorExecute(c *Cursor, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sql string
	var params starlark.Value = starlark.None
	if err := starlark.UnpackArgs("execute", args, kwargs, "sql", &sql, "params?", &params); err != nil {
		return nil, err
	}
	var bound []any
	if params != starlark.None {
		var err error
		if bound, err = rawParams(params); err != nil {
			return nil, err
		}
	}
	res, _, err := c.sess.execute(sql, bound, db.Cause{Kind: db.CauseRaw, Origin: db.NoOrigin})
	if err != nil {
		return nil, err
	}
	c.res, c.pos = res, 0
	return c, nil
}

// rawParams converts the params of cursor.execute() or raw() as
// Python's sqlite3 module adapts them: dates and datetimes as ISO text
// (its default adapters); a type it cannot bind fails when the
// statement runs, naming the parameter's position.
func rawParams(params starlark.Value) ([]any, error) {
	items, err := iterate(params)
	if err != nil {
		return nil, err
	}
	bound := make([]any, len(items))
	for n, it := range items {
		bound[n] = rawParam(it)
	}
	return bound, nil
}

// rawParam converts a script value to a DB-API parameter.
func rawParam(v starlark.Value) any {
	switch v := v.(type) {
	case starlark.NoneType:
		return nil
	case starlark.Bool:
		return bool(v)
	case starlark.Int:
		n, _ := v.Int64()
		return n
	case starlark.Float:
		return float64(v)
	case starlark.String:
		return string(v)
	case starlark.Bytes:
		return []byte(v)
	case *Instance:
		return v.pkValue()
	case py.Date:
		return v.Storage()
	case py.DateTime:
		return v.Storage()
	}
	return db.Unbindable{PyType: pyTypeName(v)}
}

func (c *Cursor) row(n int) starlark.Tuple {
	row := c.res.Rows[n]
	t := make(starlark.Tuple, len(row))
	for k, v := range row {
		t[k] = rawValue(v)
	}
	return t
}

func cursorFetchone(c *Cursor, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if c.res == nil || c.pos >= len(c.res.Rows) {
		return starlark.None, nil
	}
	c.pos++
	return c.row(c.pos - 1), nil
}

func cursorFetchall(c *Cursor, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return c.fetch(-1), nil
}

func cursorFetchmany(c *Cursor, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	size := 1
	if err := starlark.UnpackArgs("fetchmany", args, kwargs, "size?", &size); err != nil {
		return nil, err
	}
	return c.fetch(size), nil
}

func (c *Cursor) fetch(size int) *starlark.List {
	var out []starlark.Value
	for c.res != nil && c.pos < len(c.res.Rows) && (size < 0 || len(out) < size) {
		out = append(out, c.row(c.pos))
		c.pos++
	}
	return starlark.NewList(out)
}
