//go:build js && wasm

package bridge

import "syscall/js"

// Serve registers p.Global(requestJSON) → responseJSON on the worker's
// global object, tells the worker its packages are initialized, warms up,
// tells the worker it is ready, and then waits for calls for as long as
// the worker lives.
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
	callIfDefined(p.Ready)
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
