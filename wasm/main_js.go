//go:build js && wasm

package main

import "syscall/js"

// main registers ormlabHandle(requestJSON) → responseJSON on the worker's
// global object, warms the engine up, tells the worker it is ready by
// calling ormlabReady if it is defined, and then waits for calls for as
// long as the worker lives. ormlabMark, if defined, is told when the
// packages are initialized, for the worker's startup timeline.
func main() {
	js.Global().Set("ormlabHandle", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return string(encode(response{Kind: "error", Error: &bridgeError{Type: "BadRequest", Message: "ormlabHandle takes one JSON string"}}))
		}
		return string(handle([]byte(args[0].String())))
	}))
	callIfDefined("ormlabMark", "initialized")
	warmUp()
	callIfDefined("ormlabReady")
	select {}
}

// callIfDefined calls the worker's global function name, if there is one.
func callIfDefined(name string, args ...any) {
	if f := js.Global().Get(name); f.Type() == js.TypeFunction {
		f.Invoke(args...)
	}
}
