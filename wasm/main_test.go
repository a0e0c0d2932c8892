package main

import (
	"encoding/json"
	"strings"
	"testing"

	"ormlab/wasm/bridge"
	"ormlab/wasm/bridge/bridgetest"
)

func TestEngineErrorsAreData(t *testing.T) {
	cases := []struct{ req, errType string }{
		{`{"op": "lesson", "slug": "select-related"}`, "BadRequest"},
		{`{"op": "explain", "sql": "   "}`, "BadRequest"},
		{`{"op": "exercise", "code": "print(1)"}`, "BadRequest"},
		{`{"op": "exercise", "code": "print(1)", "rules": null}`, "BadRequest"},
		{`{"op": "exercise", "code": "print(1)", "rules": {"budget": "two"}}`, "BadRequest"},
	}
	for _, c := range cases {
		resp := bridgetest.Call(t, ops, c.req)
		if resp["kind"] != "error" {
			t.Errorf("%s: kind = %v, want error", c.req, resp["kind"])
			continue
		}
		if got := resp["error"].(map[string]any)["type"]; got != c.errType {
			t.Errorf("%s: error type = %v, want %s", c.req, got, c.errType)
		}
	}
}

func TestBridgeRunsEngine(t *testing.T) {
	for _, req := range []string{
		`{"op": "run", "code": "print(1)"}`,
		`{"op": "compare", "naive": "print(1)", "optimized": "print(1)"}`,
	} {
		if resp := bridgetest.Call(t, ops, req); resp["kind"] != "result" {
			t.Errorf("%s: %v", req, resp)
		}
	}
}

// TestBridgeTakesLimits checks that the limits the page sends (the
// timeout in milliseconds) reach the engine, and that a hostile script
// ends with the error a learner sees rather than a dead engine.
func TestBridgeTakesLimits(t *testing.T) {
	for _, c := range []struct{ req, want string }{
		{`{"op": "run", "code": "while True:\n    pass\n", "limits": {"max_steps": 1000}}`, "steps: the script ran more than 1000 steps"},
		{`{"op": "run", "code": "while True:\n    pass\n", "limits": {"max_steps": 1000000000000, "timeout_ms": 300}}`, "time: the script ran longer than 300ms"},
		{`{"op": "run", "code": "s = 'x' * 10**7\n", "limits": {"max_memory": 8000000}}`, "memory: this value would take about 9 MiB"},
	} {
		resp := bridgetest.Call(t, ops, c.req)
		report, _ := resp["result"].(map[string]any)
		e, _ := report["error"].(map[string]any)
		if msg, _ := e["message"].(string); e["type"] != "LimitExceeded" || !strings.HasPrefix(msg, c.want) {
			t.Errorf("%s: error %v, want LimitExceeded: %s...", c.req, e, c.want)
		}
	}
}

func TestBridgeSweepsDefaultScales(t *testing.T) {
	resp := bridgetest.Call(t, ops, `{"op": "sweep", "naive": "print(1)", "optimized": "print(1)"}`)
	points := resp["result"].(map[string]any)["points"].([]any)
	var scales []float64
	for _, p := range points {
		scales = append(scales, p.(map[string]any)["scale"].(float64))
	}
	if len(scales) != 4 || scales[0] != 1 || scales[3] != 10 {
		t.Errorf("sweep scales = %v, want [1 2 5 10]", scales)
	}
}

func TestPythonStringRoundTrips(t *testing.T) {
	got := pythonString("SELECT \"a\", 'b'\n\\ é")
	if got != `"SELECT \"a\", 'b'\n\\ é"` {
		t.Errorf("pythonString = %s", got)
	}
}

func TestWarmUpScriptRuns(t *testing.T) {
	req, _ := json.Marshal(bridge.Request{Op: "run", Code: warmUpScript})
	var resp struct {
		Result struct {
			Error  any
			Stats  struct{ Queries int }
			Output string
		}
	}
	if err := json.Unmarshal(ops.Handle(req), &resp); err != nil {
		t.Fatal(err)
	}
	if r := resp.Result; r.Error != nil || r.Stats.Queries != 5 || strings.Count(r.Output, "\n") != 6 {
		t.Errorf("the warm-up script must run cleanly, 3 + 1 + 1 queries: %+v", r)
	}
}
