//go:build js && wasm

package main

import (
	"fmt"

	pg_query "github.com/sqlc-dev/oliphant"
)

// do carries out one operation on one statement.
func do(op, sql string) (string, error) {
	switch op {
	case "fingerprint":
		return pg_query.Fingerprint(sql)
	case "normalize":
		return pg_query.Normalize(sql)
	}
	return "", fmt.Errorf("unknown operation %q", op)
}
