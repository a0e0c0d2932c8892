package db

import (
	"errors"
	"os"
	"strings"
	"testing"

	"ormlab/engine/py"
)

// rawError runs sql as a script's cursor.execute() would and returns its
// error, which must be a *py.Exception.
func rawError(t *testing.T, d *DB, sql string) *py.Exception {
	t.Helper()
	_, err := d.Execute(sql, nil, Cause{Kind: CauseRaw, Origin: NoOrigin})
	var pe *py.Exception
	if !errors.As(err, &pe) {
		t.Fatalf("%s: got %v, want an exception", sql, err)
	}
	return pe
}

// TestSandboxReachesNoFile runs every way SQL could open a file in an
// empty working directory: each fails with DatabaseError naming what was
// refused, is recorded as failed, and the directory stays empty.
func TestSandboxReachesNoFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	cases := []struct{ sql, refused string }{
		{"ATTACH DATABASE 'a.db' AS a", "ATTACH of 'a.db'"},
		{"ATTACH DATABASE '" + dir + "/b.db' AS b", "ATTACH of '" + dir + "/b.db'"},
		{"ATTACH 'file:c.db?mode=rwc' AS c", "ATTACH of 'file:c.db?mode=rwc'"},
		{"ATTACH 'd' || '.db' AS d", "ATTACH of '' or of a filename that is not a literal"},
		{"ATTACH '' AS e", "ATTACH of ''"},
		{"VACUUM INTO 'f.db'", "ATTACH of 'f.db'"},
		{"VACUUM", "ATTACH of ''"},
		{"PRAGMA temp_store_directory = '.'", "PRAGMA temp_store_directory = .:"},
		{"PRAGMA Temp_Store = FILE", "PRAGMA Temp_Store = FILE:"},
		{"PRAGMA journal_mode = WAL", "PRAGMA journal_mode = WAL:"},
	}
	for _, c := range cases {
		d := mustOpen(t)
		pe := rawError(t, d, c.sql)
		if pe.Type != "DatabaseError" || !strings.HasPrefix(pe.Msg, "not authorized: "+c.refused) {
			t.Errorf("%s: got %s: %s, want DatabaseError: not authorized: %s: ...", c.sql, pe.Type, pe.Msg, c.refused)
		}
		if log := d.Log(); len(log) != 1 || log[0].Error != pe.Msg {
			t.Errorf("%s: log %+v, want the statement marked failed", c.sql, log)
		}
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("the working directory holds %v, want nothing", files)
	}
}

// TestSandboxAllowsMemory keeps what touches no file: an in-memory
// attachment, DETACH, and pragmas that only read or set the connection.
func TestSandboxAllowsMemory(t *testing.T) {
	d := mustOpen(t)
	for _, sql := range []string{"ATTACH ':memory:' AS scratch", "CREATE TABLE scratch.t(a)", "DETACH scratch",
		"PRAGMA table_info(library_book)", "PRAGMA foreign_keys", "PRAGMA temp_store", "PRAGMA journal_mode"} {
		if _, err := d.Execute(sql, nil, Cause{Kind: CauseRaw, Origin: NoOrigin}); err != nil {
			t.Errorf("%s: %v", sql, err)
		}
	}
}
