package db

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"ormlab/engine/py"
)

func TestExecute(t *testing.T) {
	tests := []struct {
		name     string
		template string
		params   []any
		sql      string // as connection.queries shows it
		columns  []string
		rows     [][]any
		err      string // "Type: message" of the *py.Exception
	}{
		{
			name:     "pk lookup",
			template: `SELECT "library_author"."id", "library_author"."name" FROM "library_author" WHERE "library_author"."id" = %s LIMIT 21`,
			params:   []any{3},
			sql:      `SELECT "library_author"."id", "library_author"."name" FROM "library_author" WHERE "library_author"."id" = 3 LIMIT 21`,
			columns:  []string{"id", "name"},
			rows:     [][]any{{int64(3), "Takeshi Ito"}},
		},
		{
			name:     "value types",
			template: "SELECT %s, %s, %s, %s, %s, %s",
			params:   []any{int64(7), 2.5, "it's", true, nil, []byte{1, 2}},
			sql:      "SELECT 7, 2.5, 'it''s', 1, NULL, X'0102'",
			columns:  []string{"?", "?", "?", "?", "?", "?"},
			rows:     [][]any{{int64(7), 2.5, "it's", int64(1), nil, []byte{1, 2}}},
		},
		{
			name:     "percent signs with params",
			template: "SELECT '100%%' AS p, %s AS q",
			params:   []any{"%s"},
			sql:      "SELECT '100%' AS p, '%s' AS q",
			columns:  []string{"p", "q"},
			rows:     [][]any{{"100%", "%s"}},
		},
		{
			name:     "nil params run verbatim",
			template: "SELECT '100%%' AS p",
			sql:      "SELECT '100%%' AS p",
			columns:  []string{"p"},
			rows:     [][]any{{"100%%"}},
		},
		{
			name:     "no such table",
			template: "SELECT * FROM foo",
			sql:      "SELECT * FROM foo",
			err:      "OperationalError: no such table: foo",
		},
		{
			name:     "syntax error",
			template: "SELEC 1",
			sql:      "SELEC 1",
			err:      `OperationalError: near "SELEC": syntax error`,
		},
		{
			name:     "unique constraint",
			template: "UPDATE library_book SET isbn = %s WHERE id = %s",
			params:   []any{"9785108772783", 2},
			sql:      "UPDATE library_book SET isbn = '9785108772783' WHERE id = 2",
			err:      "IntegrityError: UNIQUE constraint failed: library_book.isbn",
		},
		{
			name:     "not null constraint",
			template: "INSERT INTO library_genre (name) VALUES (%s)",
			params:   []any{nil},
			sql:      "INSERT INTO library_genre (name) VALUES (NULL)",
			err:      "IntegrityError: NOT NULL constraint failed: library_genre.name",
		},
		{
			name:     "too many params",
			template: "SELECT %s",
			params:   []any{1, 2},
			sql:      "SELECT 1",
			err:      "ProgrammingError: Incorrect number of bindings supplied. The current statement uses 1, and there are 2 supplied.",
		},
		{
			name:     "two statements",
			template: "SELECT 1; SELECT 2",
			sql:      "SELECT 1; SELECT 2",
			err:      "ProgrammingError: You can only execute one statement at a time.",
		},
		{
			name:     "trailing comment is fine",
			template: "SELECT 1 AS one; -- done",
			sql:      "SELECT 1 AS one; -- done",
			columns:  []string{"one"},
			rows:     [][]any{{int64(1)}},
		},
		{
			name:     "unsupported param",
			template: "SELECT %s",
			params:   []any{struct{}{}},
			sql:      "SELECT '{}'",
			err:      "ProgrammingError: Error binding parameter 1: type 'struct {}' is not supported",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustOpen(t)
			res, err := d.Execute(tt.template, tt.params, Cause{Kind: CauseRaw, Origin: NoOrigin})
			log := d.Log()
			if len(log) != 1 {
				t.Fatalf("log has %d statements, want 1", len(log))
			}
			st := log[0]
			if st.SQL != tt.sql || st.Template != tt.template || st.Cause.Kind != CauseRaw {
				t.Errorf("recorded SQL %q template %q cause %+v", st.SQL, st.Template, st.Cause)
			}
			if tt.err != "" {
				var pe *py.Exception
				if !errors.As(err, &pe) || err.Error() != tt.err || !strings.HasSuffix(tt.err, st.Error) || st.Error == "" {
					t.Fatalf("error %v (recorded %q), want %s", err, st.Error, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(res.Columns, tt.columns) || !reflect.DeepEqual(res.Rows, tt.rows) {
				t.Errorf("got %v %v, want %v %v", res.Columns, res.Rows, tt.columns, tt.rows)
			}
			if st.Rows != len(tt.rows) || !reflect.DeepEqual(st.Columns, tt.columns) || st.Error != "" {
				t.Errorf("recorded rows %d columns %v error %q", st.Rows, st.Columns, st.Error)
			}
		})
	}
}

func TestExecuteRecordsStatements(t *testing.T) {
	d := mustOpen(t)
	line := 0
	d.SetLine(func() int { return line })
	line = 4
	mustExecute(t, d, "SELECT id FROM library_book WHERE pages > %s ORDER BY title", 300)
	line = 5
	cause := Cause{Kind: CauseForward, Model: "Book", Field: "author", Origin: 0, OriginRows: 120}
	if _, err := d.Execute(`SELECT * FROM library_author WHERE id = %s`, []any{1}, cause); err != nil {
		t.Fatal(err)
	}
	log := d.Log()
	scan, lookup := log[0], log[1]
	if scan.Index != 0 || lookup.Index != 1 || scan.Line != 4 || lookup.Line != 5 {
		t.Errorf("indexes %d,%d lines %d,%d; want 0,1 and 4,5", scan.Index, lookup.Index, scan.Line, lookup.Line)
	}
	if scan.Counters.FullScanSteps == 0 || scan.Counters.Sorts != 1 || scan.Counters.VMSteps == 0 {
		t.Errorf("full scan with ORDER BY: counters %+v", scan.Counters)
	}
	if lookup.Counters.FullScanSteps != 0 || lookup.Counters.VMSteps == 0 || lookup.Rows != 1 {
		t.Errorf("pk lookup: counters %+v rows %d", lookup.Counters, lookup.Rows)
	}
	if lookup.Cause != cause || !reflect.DeepEqual(lookup.Params, []any{int64(1)}) || lookup.TimeMS <= 0 {
		t.Errorf("pk lookup: cause %+v params %#v time %v", lookup.Cause, lookup.Params, lookup.TimeMS)
	}
	if len(lookup.Columns) != 5 {
		t.Errorf("pk lookup columns %v", lookup.Columns)
	}
}

func TestExecuteWrites(t *testing.T) {
	d := mustOpen(t)
	res := mustExecute(t, d, `INSERT INTO "library_genre" ("name") VALUES (%s) RETURNING "library_genre"."id"`, "Essays")
	if res.LastInsertID != 13 || res.RowsAffected != 1 || res.Rows[0][0] != int64(13) {
		t.Errorf("insert: last id %d, affected %d, rows %v", res.LastInsertID, res.RowsAffected, res.Rows)
	}
	pending := count(t, d, "SELECT count(*) FROM library_comment WHERE NOT approved")
	res = mustExecute(t, d, `UPDATE "library_comment" SET "approved" = %s WHERE NOT "library_comment"."approved"`, true)
	if res.RowsAffected != pending || pending == 0 {
		t.Errorf("update affected %d rows, want %d", res.RowsAffected, pending)
	}
	if res := mustExecute(t, d, "SELECT count(*) FROM library_book"); res.RowsAffected != 0 {
		t.Errorf("select affected %d rows", res.RowsAffected)
	}
}

func TestMaxQueries(t *testing.T) {
	d := mustOpen(t)
	d.SetMaxQueries(2)
	mustExecute(t, d, "SELECT 1")
	d.ClearLog() // reset_queries() does not reset the limit
	mustExecute(t, d, "SELECT 2")
	_, err := d.Execute("SELECT 3", nil, Cause{Origin: NoOrigin})
	if err == nil || err.Error() != "LimitExceeded: queries: the script sent more than 2 queries (the limit per run); send fewer, for example with select_related, prefetch_related or one query over a list" {
		t.Fatalf("third query: %v", err)
	}
	if log := d.Log(); len(log) != 1 || log[0].Index != 1 {
		t.Errorf("log after ClearLog and limit: %+v", log)
	}
}

func TestExplain(t *testing.T) {
	d := mustOpen(t)
	tests := []struct {
		template string
		params   []any
		detail   string
	}{
		{`SELECT * FROM "library_author" WHERE "library_author"."id" = %s`, []any{1}, "SEARCH library_author USING INTEGER PRIMARY KEY (rowid=?)"},
		{`SELECT * FROM "library_book" WHERE "library_book"."author_id" = %s`, []any{1}, "SEARCH library_book USING INDEX library_book_author_id_d9a3b67e (author_id=?)"},
		{`SELECT * FROM "library_book" WHERE "library_book"."title" LIKE '%%Map%%'`, nil, "SCAN library_book"},
	}
	for _, tt := range tests {
		plan, err := d.Explain(tt.template, tt.params)
		if err != nil {
			t.Fatal(err)
		}
		if len(plan) != 1 || plan[0].Detail != tt.detail {
			t.Errorf("Explain(%q) = %+v, want %q", tt.template, plan, tt.detail)
		}
	}
	if len(d.Log()) != 0 {
		t.Error("Explain recorded statements")
	}
	// A recorded statement's template and params plan what it ran.
	mustExecute(t, d, `SELECT * FROM library_book WHERE title LIKE '%%'`)
	st := d.Log()[0]
	if plan, err := d.Explain(st.Template, st.Params); err != nil || st.Params != nil || len(plan) != 1 {
		t.Errorf("Explain of a verbatim statement: %v %v (params %#v)", plan, err, st.Params)
	}
	if _, err := d.Explain("SELECT * FROM nope", nil); err == nil || err.Error() != "OperationalError: no such table: nope" {
		t.Errorf("Explain of a bad statement: %v", err)
	}
}

func TestStatementCache(t *testing.T) {
	d := mustOpen(t)
	const scan = "SELECT count(*) FROM library_book WHERE pages > %s"
	first := mustExecute(t, d, scan, 100).Rows[0][0]
	for i := range stmtCacheSize + 10 { // evicts the scan
		mustExecute(t, d, "SELECT %s + "+Quote(i), i)
	}
	if len(d.stmts.stmts) != stmtCacheSize {
		t.Errorf("cache holds %d statements, want %d", len(d.stmts.stmts), stmtCacheSize)
	}
	if again := mustExecute(t, d, scan, 100).Rows[0][0]; again != first {
		t.Errorf("after eviction: %v, want %v", again, first)
	}
	mustExecute(t, d, scan, 100)
	log := d.Log()
	a, b := log[len(log)-2], log[len(log)-1]
	if a.Counters != b.Counters || a.Counters.FullScanSteps != 199 {
		t.Errorf("counters of a cached statement's runs differ or accumulate: %+v then %+v", a.Counters, b.Counters)
	}
}
