//go:build js

package sqlinfo

import (
	"errors"
	"syscall/js"
)

// Backend names the library this build fingerprints with: oliphant, the
// pure-Go port of libpg_query, compiled as a program of its own
// (wasm/pgquery) that the host loads when a run first needs it. Linked
// into the engine, its parser and protobuf tables were a third of the
// engine's code and half a second of every cold start, for a feature only
// raw SQL uses.
const Backend = "oliphant"

// Fingerprint returns libpg_query's fingerprint of sql: a hex string that is
// equal for statements differing only in literal values, parameter
// placeholders, whitespace and comments. Statements PostgreSQL cannot parse
// (SQLite-only syntax) return an error, and callers fall back to the text.
// See https://github.com/pganalyze/libpg_query/wiki/Fingerprinting
func Fingerprint(sql string) (string, error) {
	return call("fingerprint", sql)
}

// Normalize returns sql with every literal replaced by a $n placeholder, as
// pg_stat_statements shows queries. Statements PostgreSQL cannot parse
// return an error.
func Normalize(sql string) (string, error) {
	return call("normalize", sql)
}

// call asks the host's ormlabPgQuery(op, sql), which answers {value} or
// {error}. Without one, every statement fails to parse, as SQLite-only
// syntax does, and callers fall back to the text.
func call(op, sql string) (string, error) {
	host := js.Global().Get("ormlabPgQuery")
	if host.Type() != js.TypeFunction {
		return "", errors.New("pg_query is not available: the host defines no ormlabPgQuery")
	}
	answer := host.Invoke(op, sql)
	if e := answer.Get("error"); e.Type() == js.TypeString {
		return "", errors.New(e.String())
	}
	return answer.Get("value").String(), nil
}
