package bridge_test

import (
	"strings"
	"testing"

	"ormlab/wasm/bridge"
	"ormlab/wasm/bridge/bridgetest"
)

// testOps echo a request's code, fail with an Error, or panic.
var testOps = bridge.Ops{
	"echo": func(r bridge.Request) (any, error) { return map[string]string{"code": r.Code}, nil },
	"missing": func(r bridge.Request) (any, error) {
		return nil, &bridge.Error{Type: "NotFound", Message: "no " + r.Slug}
	},
	"panic": func(bridge.Request) (any, error) { panic("boom") },
}

// call sends one request through testOps and decodes the response.
func call(t *testing.T, req string) map[string]any {
	t.Helper()
	return bridgetest.Call(t, testOps, req)
}

func TestErrorsAreData(t *testing.T) {
	cases := []struct{ req, errType, message string }{
		{`not json`, "BadRequest", "the request is not valid JSON: invalid character 'o' in literal null (expecting 'u')"},
		{`{"id": 7, "op": "fly"}`, "BadRequest", `unknown operation "fly"`},
		{`{"op": "missing", "slug": "x"}`, "NotFound", "no x"},
	}
	for _, c := range cases {
		resp := call(t, c.req)
		if resp["kind"] != "error" {
			t.Errorf("%s: kind = %v, want error", c.req, resp["kind"])
			continue
		}
		e := resp["error"].(map[string]any)
		if e["type"] != c.errType || e["message"] != c.message {
			t.Errorf("%s: error = %v, want %s: %s", c.req, e, c.errType, c.message)
		}
	}
}

func TestEchoesID(t *testing.T) {
	for _, req := range []string{`{"id": 42, "op": "fly"}`, `{"id": 42, "op": "echo"}`} {
		if resp := call(t, req); resp["id"] != 42.0 {
			t.Errorf("%s: id = %v, want 42", req, resp["id"])
		}
	}
}

func TestResult(t *testing.T) {
	resp := call(t, `{"op": "echo", "code": "print(1)"}`)
	if resp["kind"] != "result" || resp["result"].(map[string]any)["code"] != "print(1)" {
		t.Errorf("echo response = %v", resp)
	}
}

func TestRecoversPanics(t *testing.T) {
	resp := call(t, `{"id": 1, "op": "panic"}`)
	e := resp["error"].(map[string]any)
	if resp["kind"] != "error" || e["type"] != "InternalError" || !strings.Contains(e["message"].(string), "boom") || !strings.Contains(e["detail"].(string), "bridge_test.go") {
		t.Errorf("panic response = %v", resp)
	}
}
