//go:build !cgo && !js

package sqlinfo

import pg_query "github.com/sqlc-dev/oliphant"

// Backend names the library this build fingerprints with: oliphant, the
// pure-Go port of libpg_query, in builds without cgo. (Under js/wasm the
// same library runs as its own module: fingerprint_js.go.)
const Backend = "oliphant"

// Fingerprint returns libpg_query's fingerprint of sql: a hex string that is
// equal for statements differing only in literal values, parameter
// placeholders, whitespace and comments. Statements PostgreSQL cannot parse
// (SQLite-only syntax) return an error, and callers fall back to the text.
// See https://github.com/pganalyze/libpg_query/wiki/Fingerprinting
func Fingerprint(sql string) (string, error) {
	return pg_query.Fingerprint(sql)
}

// Normalize returns sql with every literal replaced by a $n placeholder, as
// pg_stat_statements shows queries. Statements PostgreSQL cannot parse
// return an error.
func Normalize(sql string) (string, error) {
	return pg_query.Normalize(sql)
}
