// Package bridge is the protocol of ORM Lab's js/wasm programs: the
// worker calls one global function with a JSON request and gets a JSON
// response back. The engine (package main in wasm/) and the lessons
// program (wasm/docs) each serve their own table of operations with it.
//
// Every failure comes back as data, {"kind": "error", ...}: a bad request,
// an unknown operation or even a panic in an operation never throws into
// JavaScript.
package bridge

import (
	"encoding/json"
	"fmt"
	"runtime/debug"

	"ormlab/engine/limits"
)

// Request is one message from the worker. Op picks the operation; the
// other fields are its arguments, unused ones left empty.
type Request struct {
	ID        int64  `json:"id"`
	Op        string `json:"op"`
	Code      string `json:"code"`
	Naive     string `json:"naive"`
	Optimized string `json:"optimized"`
	Scale     int    `json:"scale"`
	Scales    []int  `json:"scales"`
	SQL       string `json:"sql"`
	Markdown  string `json:"markdown"`
	Slug      string `json:"slug"`
	// Rules are the rules of the lesson block an exercise attempt is
	// graded by (a block as the lesson's JSON gives it), kept raw so that
	// the operation can start from its own defaults.
	Rules json.RawMessage `json:"rules"`
	// Limits are the run's limits (limits.Limits reads them as the page
	// sends them, the timeout in milliseconds); zero fields take the
	// engine's defaults.
	Limits limits.Limits `json:"limits"`
}

// response answers one request: Kind is "result" with Result set, or
// "error" with Error set. ID echoes the request's.
type response struct {
	ID     int64  `json:"id"`
	Kind   string `json:"kind"`
	Result any    `json:"result,omitempty"`
	Error  *Error `json:"error,omitempty"`
}

// Error is a failure of the bridge or of an operation, not of a script:
// a script's own errors are inside its report.
type Error struct {
	Type    string `json:"type"`
	Message string `json:"message"`
	// Detail is the Go stack of an internal error, for bug reports.
	Detail string `json:"detail,omitempty"`
}

func (e *Error) Error() string { return e.Type + ": " + e.Message }

// An Op carries out one kind of request.
type Op func(Request) (any, error)

// Ops maps a request's Op to its implementation.
type Ops map[string]Op

// Handle decodes one JSON request, carries it out and encodes the
// response. It never panics.
func (ops Ops) Handle(raw []byte) []byte {
	var req Request
	if err := json.Unmarshal(raw, &req); err != nil {
		return encode(response{Kind: "error", Error: &Error{Type: "BadRequest", Message: "the request is not valid JSON: " + err.Error()}})
	}
	result, err := ops.dispatch(req)
	if err != nil {
		return encode(response{ID: req.ID, Kind: "error", Error: asError(err)})
	}
	return encode(response{ID: req.ID, Kind: "result", Result: result})
}

// dispatch runs the request's op, turning a panic into an error so one bad
// script cannot take the worker down.
func (ops Ops) dispatch(req Request) (result any, err error) {
	run, ok := ops[req.Op]
	if !ok {
		return nil, &Error{Type: "BadRequest", Message: fmt.Sprintf("unknown operation %q", req.Op)}
	}
	defer func() {
		if p := recover(); p != nil {
			err = &Error{
				Type:    "InternalError",
				Message: fmt.Sprintf("an internal error stopped this request (%v); please report it with the script or lesson", p),
				Detail:  string(debug.Stack()),
			}
		}
	}()
	return run(req)
}

func asError(err error) *Error {
	if be, ok := err.(*Error); ok {
		return be
	}
	return &Error{Type: "Error", Message: err.Error()}
}

// encode marshals a response. Results are plain data, so it can only fail
// on a value JSON cannot hold (a NaN time); that is reported as an error
// response instead.
func encode(r response) []byte {
	out, err := json.Marshal(r)
	if err != nil {
		out, _ = json.Marshal(response{ID: r.ID, Kind: "error", Error: &Error{Type: "InternalError", Message: "the result could not be encoded: " + err.Error()}})
	}
	return out
}

// Program is one js/wasm program's face to the worker.
type Program struct {
	// Global names the function the worker calls with a request.
	Global string
	Ops    Ops
	// WarmUp, if set, runs once before the program reports ready.
	WarmUp func()
	// Mark and Ready name the worker's global functions told when the
	// packages are initialized (Mark("initialized")) and when the program
	// is warm (Ready(limitsJSON)); empty or undefined ones are not called.
	Mark, Ready string
	// Limits, if set, are the program's default limits, given to Ready as
	// JSON: the page times its calls by them (site/src/lab.js).
	Limits any
}
