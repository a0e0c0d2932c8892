package db

import (
	"fmt"
	"strings"
)

// The lab's SQLite reaches no file: learners' SQL runs on the trainer's
// laptop (ormlab check, serve --lessons) and in the browser, and a script
// or a lesson pack must not be able to write there. Both drivers install
// an authorizer (sqlite3_set_authorizer) that asks refusal about every
// action in authorizedActions, and an in-memory main database never
// opens a file of its own. The authorizer guards every statement compiled
// once a run has sent SQL of its own (DB.rawSQL): the ORM's statements
// never attach a database or set a pragma, so before that it may be off.
// See https://sqlite.org/c3ref/set_authorizer.html

// Authorizer action codes (https://sqlite.org/c3ref/c_alter_table.html)
// the lab checks; every other action is allowed.
const (
	actionPragma = 19 // SQLITE_PRAGMA: pragma name, its argument or NULL
	actionAttach = 24 // SQLITE_ATTACH: the filename, or NULL when not a literal
)

// authorizedActions are the action codes the drivers pass to refusal.
var authorizedActions = []int{actionPragma, actionAttach}

// memoryName is the one database name ATTACH may open: a fresh in-memory
// database. The empty name (a temporary database, which SQLite may spill
// to a file) is refused, and so is an ATTACH whose filename is not a
// string literal, which reaches the authorizer as NULL, seen as "".
// VACUUM and VACUUM INTO attach their target the same way, so they are
// refused too.
const memoryName = ":memory:"

// filePragmas are the pragmas that choose where SQLite writes files, or
// whether temporary data goes to a file at all. Reading them (no
// argument) is allowed.
// See https://sqlite.org/pragma.html
var filePragmas = map[string]bool{
	"temp_store":           true,
	"temp_store_directory": true,
	"data_store_directory": true,
	"journal_mode":         true,
	"locking_mode":         true,
	"mmap_size":            true,
	"wal_checkpoint":       true,
	"wal_autocheckpoint":   true,
	"journal_size_limit":   true,
}

// refusal says why the authorizer denies an action, or "" to allow it.
// name and arg are the action's third and fourth arguments.
func refusal(action int, name, arg string) string {
	switch {
	case action == actionAttach && name != memoryName:
		return fmt.Sprintf("ATTACH of %s: the lab's SQLite reaches no file (VACUUM attaches its target too); attach ':memory:' for a scratch database", quoteName(name))
	case action == actionPragma && arg != "" && filePragmas[strings.ToLower(name)]:
		return fmt.Sprintf("PRAGMA %s = %s: the lab's SQLite reaches no file, so setting a pragma about files and journals is refused", name, arg)
	}
	return ""
}

// quoteName shows a filename in SQL's quotes; a filename that is not a
// literal reaches the authorizer empty.
func quoteName(name string) string {
	if name == "" {
		return "'' or of a filename that is not a literal"
	}
	return "'" + name + "'"
}

// codeAuth is SQLITE_AUTH, the result of a statement the authorizer
// denied; Python's sqlite3 module raises DatabaseError("not authorized")
// for it.
const codeAuth = 23

// withRefusal puts the authorizer's reason into an SQLITE_AUTH error,
// whose own message is only "not authorized".
func withRefusal(err error, why string) error {
	se, ok := err.(*sqliteError)
	if !ok || se.code&0xff != codeAuth || why == "" {
		return err
	}
	return &sqliteError{code: se.code, msg: "not authorized: " + why}
}
