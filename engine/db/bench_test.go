package db

import "testing"

// pkLookup is the statement the ORM sends for Author.objects.get(id=...).
const pkLookup = `SELECT "library_author"."id", "library_author"."name", "library_author"."email", "library_author"."bio", "library_author"."country_id" FROM "library_author" WHERE "library_author"."id" = %s LIMIT 21`

// author receives one library_author row in the raw benchmark.
type author struct {
	id, country int64
	name, email string
	bio         string
}

func BenchmarkOpen(b *testing.B) {
	for b.Loop() {
		d, err := Open(1)
		if err != nil {
			b.Fatal(err)
		}
		d.Close()
	}
}

func BenchmarkBuild1(b *testing.B) {
	for b.Loop() {
		if _, err := Build(1); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRawPKLookup is the baseline for the ORM's overhead: prepare,
// bind, step and read one author straight through the SQLite driver.
func BenchmarkRawPKLookup(b *testing.B) {
	d := mustOpen(b)
	i := 0
	for b.Loop() {
		a, err := rawAuthor(d.conn, int64(i%50+1))
		if err != nil || a.id == 0 {
			b.Fatal(err)
		}
		i++
	}
}

// rawAuthor reads one author through the driver only.
func rawAuthor(conn *sqliteConn, id int64) (author, error) {
	stmt, _, err := conn.prepare(convertQuery(pkLookup))
	if err != nil {
		return author{}, err
	}
	defer stmt.close()
	return readAuthor(stmt, id)
}

// readAuthor runs a prepared author lookup.
func readAuthor(stmt *sqliteStmt, id int64) (author, error) {
	res, _, err := stmt.run([]any{id}, stmtBudget{})
	if err != nil || len(res.Rows) == 0 {
		return author{}, err
	}
	r := res.Rows[0]
	return author{r[0].(int64), r[4].(int64), r[1].(string), r[2].(string), r[3].(string)}, nil
}

// BenchmarkRawPKLookupPrepared is the floor: the same lookup with the
// statement prepared once, as a statement cache would keep it.
func BenchmarkRawPKLookupPrepared(b *testing.B) {
	d := mustOpen(b)
	stmt, _, err := d.conn.prepare(convertQuery(pkLookup))
	if err != nil {
		b.Fatal(err)
	}
	defer stmt.close()
	i := 0
	for b.Loop() {
		if a, err := readAuthor(stmt, int64(i%50+1)); err != nil || a.id == 0 {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkExecutePKLookup is the same lookup through the recorder, which
// keeps prepared statements as Python's sqlite3 module does.
func BenchmarkExecutePKLookup(b *testing.B) {
	d := mustOpen(b)
	i := 0
	for b.Loop() {
		res, err := d.Execute(pkLookup, []any{i%50 + 1}, Cause{Origin: NoOrigin})
		if err != nil || len(res.Rows) != 1 {
			b.Fatal(err)
		}
		i++
		if i%1000 == 0 {
			d.ClearLog()
		}
	}
}
