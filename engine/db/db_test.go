package db

import (
	"bytes"
	"errors"
	"runtime"
	"slices"
	"strings"
	"testing"

	"ormlab/engine/py"
)

// mustOpen opens a fresh scale-1 copy closed at the end of the test.
func mustOpen(t testing.TB) *DB {
	t.Helper()
	d, err := Open(1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// mustExecute runs a statement that must succeed.
func mustExecute(t testing.TB, d *DB, template string, params ...any) *Result {
	t.Helper()
	res, err := d.Execute(template, params, Cause{Origin: NoOrigin})
	if err != nil {
		t.Fatalf("%s: %v", template, err)
	}
	return res
}

// count returns the single integer a statement returns.
func count(t testing.TB, d *DB, sql string) int64 {
	t.Helper()
	return mustExecute(t, d, sql).Rows[0][0].(int64)
}

func TestSchemaMatchesSQLiteMaster(t *testing.T) {
	d := mustOpen(t)
	res := mustExecute(t, d, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> 'sqlite_sequence' ORDER BY rowid")
	var got []string
	for _, row := range res.Rows {
		got = append(got, row[0].(string))
	}
	if g, w := strings.Join(got, ";\n"), strings.Join(schemaStatements(), ";\n"); g != w {
		t.Errorf("sqlite_master DDL differs from schema.sql:\n got: %s\nwant: %s", g, w)
	}
	if len(got) != 22 {
		t.Errorf("got %d statements, want 22 (10 tables, 12 indexes)", len(got))
	}
}

func TestEmbeddedScale1IsCurrent(t *testing.T) {
	fresh, err := Build(1)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS == "js" && len(fresh) >= 44 && len(scale1) >= 44 {
		// Under js/wasm, SQLite is the C library's own wasm build, which
		// leaves a different schema cookie (header bytes 40-43) after the
		// build's DDL than go-sqlite3's build does (26 against 1). Nothing
		// a run can observe depends on it but PRAGMA schema_version.
		fresh = append(slices.Clone(fresh[:40]), append(slices.Clone(scale1[40:44]), fresh[44:]...)...)
	}
	if !bytes.Equal(scale1, fresh) {
		t.Fatalf("sample/scale1.db (%d bytes) differs from Build(1) (%d bytes): run `go generate ./engine/db`", len(scale1), len(fresh))
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, err := Build(2)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Build(2)
	if !bytes.Equal(a, b) {
		t.Fatal("two Build(2) calls gave different bytes")
	}
}

func TestOpenScale(t *testing.T) {
	tests := []struct {
		scale   int
		authors int64
		err     string
	}{
		{0, 50, ""}, {-3, 50, ""}, {1, 50, ""}, {2, 100, ""},
		{51, 0, "ValueError: scale 51 is too large: the sample database goes up to scale 50"},
	}
	for _, tt := range tests {
		d, err := Open(tt.scale)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("Open(%d) error = %v, want %q", tt.scale, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("Open(%d): %v", tt.scale, err)
		}
		if n := count(t, d, "SELECT count(*) FROM library_author"); n != tt.authors {
			t.Errorf("Open(%d) has %d authors, want %d", tt.scale, n, tt.authors)
		}
		d.Close()
	}
}

func TestOpenCopiesAreIndependent(t *testing.T) {
	a, b := mustOpen(t), mustOpen(t)
	mustExecute(t, a, "DELETE FROM library_comment")
	mustExecute(t, a, `UPDATE library_author SET name = %s WHERE id = 1`, "Changed")
	if n := count(t, b, "SELECT count(*) FROM library_comment"); n != 2000 {
		t.Errorf("other copy has %d comments after a delete, want 2000", n)
	}
	c := mustOpen(t)
	if name := mustExecute(t, c, "SELECT name FROM library_author WHERE id = 1").Rows[0][0]; name == "Changed" {
		t.Error("a new copy sees an earlier copy's update")
	}
}

func TestForeignKeysAreEnforced(t *testing.T) {
	d := mustOpen(t)
	if on := count(t, d, "PRAGMA foreign_keys"); on != 1 {
		t.Fatalf("PRAGMA foreign_keys = %d, want 1", on)
	}
	// Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: the
	// violation surfaces when the transaction commits.
	mustExecute(t, d, "BEGIN")
	mustExecute(t, d, "DELETE FROM library_author WHERE id = %s", 1)
	err := d.Commit()
	var pe *py.Exception
	if !errors.As(err, &pe) || pe.Type != "IntegrityError" || pe.Msg != "FOREIGN KEY constraint failed" {
		t.Fatalf("Commit() = %v, want IntegrityError: FOREIGN KEY constraint failed", err)
	}
	if err := d.Rollback(); err != nil {
		t.Fatal(err)
	}
	if n := count(t, d, "SELECT count(*) FROM library_author"); n != 50 {
		t.Errorf("after Rollback there are %d authors, want 50", n)
	}
}

// Django 4.2+ logs COMMIT and ROLLBACK in connection.queries
// (debug_transaction), even when no transaction is open.
func TestCommitAndRollbackAreLogged(t *testing.T) {
	d := mustOpen(t)
	if err := d.Commit(); err != nil { // no transaction: nothing to commit
		t.Fatal(err)
	}
	mustExecute(t, d, "BEGIN")
	mustExecute(t, d, "UPDATE library_book SET pages = pages + 1 WHERE id = %s", 1)
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	mustExecute(t, d, "BEGIN")
	if err := d.Rollback(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range d.Log() {
		got = append(got, st.SQL)
	}
	want := []string{"COMMIT", "BEGIN", "UPDATE library_book SET pages = pages + 1 WHERE id = 1", "COMMIT", "BEGIN", "ROLLBACK"}
	if !slices.Equal(got, want) {
		t.Errorf("log = %q, want %q", got, want)
	}
}
