package db

import "testing"

// TestPoolIsolation checks a pooled connection starts each Open on the
// pristine image: rows written, an index created and a transaction left
// open by one run are gone in the next.
func TestPoolIsolation(t *testing.T) {
	d, err := Open(1)
	if err != nil {
		t.Fatal(err)
	}
	mustExec(t, d, "BEGIN", CauseWrite)
	mustExec(t, d, `DELETE FROM "library_comment"`, CauseWrite)
	mustExec(t, d, `CREATE INDEX "tmp_idx" ON "library_book" ("pages")`, CauseWrite)
	d.Close()
	d2, err := Open(1)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	res := mustExec(t, d2, `SELECT COUNT(*) FROM "library_comment"`, CauseQuery)
	if res.Rows[0][0] != int64(2000) {
		t.Errorf("comments after reopen: %v, want 2000", res.Rows[0][0])
	}
	res = mustExec(t, d2, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'tmp_idx'`, CauseQuery)
	if res.Rows[0][0] != int64(0) {
		t.Error("an index created by the previous run survived")
	}
}

func mustExec(t *testing.T, d *DB, sql, kind string) *Result {
	t.Helper()
	res, err := d.Execute(sql, nil, Cause{Kind: kind, Origin: NoOrigin})
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return res
}

// TestPoolReusesPristine checks that a connection whose run only read is
// handed out again as it is, and one whose run wrote is restored.
func TestPoolReusesPristine(t *testing.T) {
	d, err := Open(1)
	if err != nil {
		t.Fatal(err)
	}
	mustExec(t, d, `SELECT COUNT(*) FROM "library_book"`, CauseQuery)
	conn := d.conn
	d.Close()
	d2, err := Open(1)
	if err != nil {
		t.Fatal(err)
	}
	if d2.conn != conn {
		t.Error("a read-only run's connection was not reused")
	}
	mustExec(t, d2, `UPDATE "library_book" SET "pages" = 1`, CauseWrite)
	d2.Close()
	if pool.takePristine(1) == conn {
		t.Error("a connection that wrote was offered as pristine")
	}
}
