//go:build js && wasm

// Command pgquery is libpg_query's fingerprinting and normalizing
// (github.com/sqlc-dev/oliphant) as a js/wasm program of its own. The
// engine (engine/sqlinfo/fingerprint_js.go) reaches it through the host,
// which loads it only when a run first needs it, so the engine itself
// starts without PostgreSQL's parser.
package main

import "syscall/js"

// main registers ormlabPgQueryHandle(op, sql) → {value} or {error}, op
// being "fingerprint" or "normalize", and waits for calls.
func main() {
	js.Global().Set("ormlabPgQueryHandle", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
			return map[string]any{"error": "ormlabPgQueryHandle takes an operation and an SQL string"}
		}
		value, err := do(args[0].String(), args[1].String())
		if err != nil {
			return map[string]any{"error": err.Error()}
		}
		return map[string]any{"value": value}
	}))
	select {}
}
