//go:build !(js && wasm)

package bridge

import (
	"bufio"
	"fmt"
	"os"
)

// Serve serves p.Ops over stdio, one JSON request per line in and one
// JSON response per line out, so a program's protocol can be tried
// without a browser: echo '{"op":"run","code":"print(1)"}' | go run ./wasm
func Serve(p Program) {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	for sc.Scan() {
		out.Write(p.Ops.Handle(sc.Bytes()))
		out.WriteByte('\n')
		out.Flush()
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, p.Global+":", err)
		os.Exit(1)
	}
}
