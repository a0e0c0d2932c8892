// Command wasm is ORM Lab's engine as a js/wasm program for the Web
// Worker (site/src/worker.js). It registers one JavaScript function,
// ormlabHandle, that takes a JSON request and returns a JSON response
// (package bridge); built natively it reads the same requests from stdin,
// one per line, so the protocol can be tried without a browser.
//
// It carries out runs, compares, sweeps, plans and exercise grading. The
// lessons and Markdown are another program (wasm/docs), loaded only when
// asked for, so that the engine starts without a Markdown parser.
package main

import (
	"encoding/json"
	"runtime/debug"

	"ormlab/engine/limits"
	"ormlab/wasm/bridge"
)

// ops are the engine's operations, by request op.
var ops = bridge.Ops{
	"run":      opRun,
	"compare":  opCompare,
	"sweep":    opSweep,
	"explain":  opExplain,
	"exercise": opExercise,
}

// main serves ops as ormlabHandle. The worker's ormlabMark is told when the
// packages are initialized, for its startup timeline, and ormlabReady once
// the engine is warm.
func main() {
	debug.SetMemoryLimit(limits.MemoryBackstop)
	bridge.Serve(bridge.Program{
		Global: "ormlabHandle", Ops: ops, WarmUp: warmUp, Mark: "ormlabMark", Ready: "ormlabReady",
		// The limits a request without its own runs with, as the page
		// reads them: its watchdog times a call by the wall-time limit
		// (site/src/lab.js).
		Limits: limits.Default,
	})
}

// warmUpScript is run once when the engine starts, before it reports
// ready: the browser compiles WebAssembly lazily, function by function, so
// the first run pays for compiling everything it touches. Paying it at
// start-up keeps a learner's first timings comparable to the next ones.
// One run touches the paths of a typical lesson: a lazy FK access and a join.
const warmUpScript = `for book in Book.objects.all()[:3]:
    print(book.title, book.author.name)
for book in Book.objects.select_related("author")[:3]:
    print(book.title, book.author.name)
`

// warmUp runs warmUpScript through the whole bridge and drops the answer.
func warmUp() {
	req, _ := json.Marshal(bridge.Request{Op: "run", Code: warmUpScript})
	ops.Handle(req)
}
