//go:build !(js && wasm)

package main

import (
	"bufio"
	"fmt"
	"os"
)

// main reads one statement per line and prints its fingerprint and
// normalized form, so the program can be tried without a browser:
// echo 'SELECT 1' | go run ./wasm/pgquery
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		fp, err := do("fingerprint", sc.Text())
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		norm, _ := do("normalize", sc.Text())
		fmt.Println(fp, norm)
	}
}
