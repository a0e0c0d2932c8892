// Package db is ORM Lab's database stage: the sample schema and data, a
// fresh in-memory SQLite copy per run, and the statement recorder through
// which the engine sends every SQL statement.
//
// The recorder reproduces what Django's SQLite backend does around each
// query: it converts %s placeholders the way SQLiteCursorWrapper does,
// renders the statement the way connection.queries shows it, and raises
// the errors Python's sqlite3 module raises.
// See https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-notes
//
// SQL is untrusted, and SQLite is its sandbox: it reaches no file
// (sandbox.go), and each run's statements share a budget of VM steps, a
// wall-time deadline, bytes of result rows and SQLite heap, enforced
// inside SQLite by both drivers (limits.go).
package db
