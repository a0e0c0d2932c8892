//go:build js && wasm

package bridge

import (
	"encoding/json"
	"syscall/js"
)

// Serve registers p.Global(requestJSON) → responseJSON on the worker's
// global object, tells the worker its packages are initialized, warms up,
// tells the worker it is ready (with p.Limits as JSON, when set), and then
// waits for calls for as long as the worker lives.
func Serve(p Program) {
	js.Global().Set(p.Global, js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return string(encode(response{Kind: "error", Error: &Error{Type: "BadRequest", Message: p.Global + " takes one JSON string"}}))
		}
		return string(p.Ops.Handle([]byte(args[0].String())))
	}))
	callIfDefined(p.Mark, "initialized")
	if p.WarmUp != nil {
		p.WarmUp()
	}
	if limits, err := json.Marshal(p.Limits); err == nil && p.Limits != nil {
		callIfDefined(p.Ready, string(limits))
	} else {
		callIfDefined(p.Ready)
	}
	select {}
}

// callIfDefined calls the worker's global function name, if there is one.
func callIfDefined(name string, args ...any) {
	if name == "" {
		return
	}
	if f := js.Global().Get(name); f.Type() == js.TypeFunction {
		f.Invoke(args...)
	}
}
