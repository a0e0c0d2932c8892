package db

import "strings"

// Build creates the sample database at a scale (1 when scale <= 0, at most
// MaxScale) and returns it serialized. The same scale gives the same bytes
// on every run and every platform. Scale 1 has 10 countries, 50 authors,
// 10 publishers, 12 genres, 200 books, 10 blogs, 500 entries and 2,000
// comments; scale N has N times the authors, books, entries and comments,
// and its first 1/N is the scale-1 data.
func Build(scale int) ([]byte, error) {
	scale, err := checkScale(scale)
	if err != nil {
		return nil, err
	}
	conn, err := openConn()
	if err != nil {
		return nil, err
	}
	defer conn.close()
	if err := createAndFill(conn, newSample(scale)); err != nil {
		return nil, err
	}
	return conn.serialize()
}

// createAndFill creates the tables, inserts every row in one transaction,
// then creates the indexes, which is faster than updating them row by row.
// sqlite_master still lists the statements in Schema's order, because
// Schema lists all tables before all indexes.
func createAndFill(conn *sqliteConn, s *sample) (err error) {
	if err := conn.exec("BEGIN"); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			conn.exec("ROLLBACK")
		}
	}()
	// The native default; the browser's SQLite defaults to 8192, and the
	// image must be the same bytes on every platform.
	if err := conn.exec("PRAGMA page_size = 4096"); err != nil {
		return err
	}
	stmts := schemaStatements()
	i := 0
	for ; i < len(stmts) && strings.HasPrefix(stmts[i], "CREATE TABLE"); i++ {
		if err := conn.exec(stmts[i]); err != nil {
			return err
		}
	}
	for _, t := range s.tables() {
		if err := insertRows(conn, t); err != nil {
			return err
		}
	}
	if err := conn.exec(strings.Join(stmts[i:], ";")); err != nil {
		return err
	}
	return conn.exec("COMMIT")
}

// insertRows inserts every row of one table through a single prepared
// statement.
func insertRows(conn *sqliteConn, t table) error {
	sql := `INSERT INTO "` + t.name + `" ("` + strings.Join(t.columns, `", "`) +
		`") VALUES (?` + strings.Repeat(", ?", len(t.columns)-1) + `)`
	stmt, _, err := conn.prepare(sql)
	if err != nil {
		return err
	}
	defer stmt.close()
	return t.rows(func(values ...any) error {
		params, err := normalizeParams(values)
		if err != nil {
			return err
		}
		_, _, err = stmt.run(params, stmtBudget{})
		return err
	})
}
