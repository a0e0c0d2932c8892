package script_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ormlab/engine/limits"
	"ormlab/engine/script"
)

// FuzzRun checks that no input crashes or hangs the runtime: every run
// ends with a result. Its seeds are the runtime's test scripts and the
// hostile corpus; `make test` runs it briefly (test-fuzz).
func FuzzRun(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.py")
	hostile, _ := filepath.Glob("../../testdata/hostile/*.py")
	paths = append(paths, hostile...)
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		src, _, _ := strings.Cut(string(data), "\n---\n")
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		start := time.Now()
		done := make(chan bool)
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(3 * time.Second):
				panic(fmt.Sprintf("hang on %q", src))
			}
		}()
		res := script.Run(src, script.Options{Limits: limits.Limits{Timeout: 200 * time.Millisecond, MaxSteps: 100_000, MaxMemory: 4 << 20}})
		if d := time.Since(start); d > time.Second {
			t.Fatalf("took %v", d)
		}
		if res.Err != nil && res.Err.Type == "InternalError" {
			t.Fatalf("internal error: %v", res.Err)
		}
	})
}
