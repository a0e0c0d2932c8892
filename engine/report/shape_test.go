package report

import (
	"testing"

	"ormlab/engine/db"
	"ormlab/engine/sqlinfo"
)

func TestShapes(t *testing.T) {
	const orm = `SELECT "library_book"."id" FROM "library_book" WHERE "library_book"."id" = %s`
	for _, c := range []struct {
		name string
		s    db.Statement
		key  string
		tmpl string
		fpOf string // the text whose fingerprint the shape carries; "" for none
	}{
		{"orm template", db.Statement{SQL: "x", Template: orm}, "template\x00" + orm, orm, ""},
		{"orm without template", db.Statement{SQL: "SELECT 1"}, "template\x00SELECT 1", "SELECT 1", ""},
		{"orm sqlite only", db.Statement{SQL: "PRAGMA x", Template: "PRAGMA x"}, "template\x00PRAGMA x", "PRAGMA x", ""},
		{"raw", db.Statement{SQL: "SELECT * FROM t WHERE id = 5", Cause: db.Cause{Kind: db.CauseRaw}},
			"", "SELECT * FROM t WHERE id = $1", "SELECT * FROM t WHERE id = 5"},
		{"raw sqlite only", db.Statement{SQL: "PRAGMA x", Cause: db.Cause{Kind: db.CauseRaw}}, "text\x00PRAGMA x", "PRAGMA x", ""},
	} {
		got := shapes{}.of(c.s)
		want := ""
		if c.fpOf != "" {
			want, _ = sqlinfo.Fingerprint(c.fpOf)
		}
		if c.key == "" {
			c.key = "fingerprint\x00" + want
		}
		if got.Key != c.key || got.Template != c.tmpl || got.Fingerprint != want {
			t.Errorf("%s: got %+q, want key %q, template %q, fingerprint %q", c.name, got, c.key, c.tmpl, want)
		}
	}
}

func TestIsTransactionControl(t *testing.T) {
	for sql, want := range map[string]bool{
		"BEGIN": true, "begin;": true, " COMMIT": true, "ROLLBACK TO SAVEPOINT s1": true,
		`SAVEPOINT "s1_x1"`: true, `RELEASE SAVEPOINT "s1_x1"`: true, "": false,
		"SELECT 1": false, "BEGINNING": false, "ROLLBACK\tTO SAVEPOINT s1": true, "\nCOMMIT\n": true, `UPDATE "begin" SET x = 1`: false,
	} {
		if got := isTransactionControl(sql); got != want {
			t.Errorf("isTransactionControl(%q) = %v, want %v", sql, got, want)
		}
	}
}
