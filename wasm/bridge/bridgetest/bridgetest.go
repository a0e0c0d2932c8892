// Package bridgetest helps test the operations of a js/wasm program
// (package bridge) natively, the way the worker calls them.
package bridgetest

import (
	"encoding/json"
	"testing"

	"ormlab/wasm/bridge"
)

// Call sends the JSON request req through ops and decodes the response,
// failing the test when the response is not JSON.
func Call(t testing.TB, ops bridge.Ops, req string) map[string]any {
	t.Helper()
	var resp map[string]any
	if err := json.Unmarshal(ops.Handle([]byte(req)), &resp); err != nil {
		t.Fatalf("response to %s is not JSON: %v", req, err)
	}
	return resp
}
