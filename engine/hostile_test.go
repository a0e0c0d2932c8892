package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ormlab/engine/limits"
	"ormlab/engine/report"
)

// hostileDir holds the hostile corpus: scripts that try to exhaust the
// run's steps, time or memory, or to reach the host's files. Each file's
// first line is "# error: TYPE", the error the run must end with, and its
// second a comment saying what it attacks. The same test runs natively
// and under js/wasm (make test-wasm).
const hostileDir = "../testdata/hostile"

// hostileCase is one script of the corpus.
type hostileCase struct {
	name, src, wantType string
}

// TestHostile runs every script of the corpus with the default limits
// and checks what a learner would notice: the run ends with the expected
// error on a script line, within the wall-time limit plus a second, and
// leaves no file in the working directory.
func TestHostile(t *testing.T) {
	for _, c := range hostileCases(t) {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			start := time.Now()
			r := Run(RunOptions{Script: c.src, Filename: c.name + ".py"})
			elapsed := time.Since(start)
			t.Logf("%s after %v", errorText(r.Error), elapsed.Round(time.Millisecond))
			if r.Error == nil || r.Error.Type != c.wantType || r.Error.Line == 0 {
				t.Errorf("ended with %s, want %s on a script line", errorText(r.Error), c.wantType)
			}
			if bound := limits.Default.Timeout + time.Second; elapsed > bound {
				t.Errorf("ran %v, more than the wall-time limit plus a second (%v)", elapsed, bound)
			}
			if entries, _ := os.ReadDir(dir); len(entries) > 0 {
				t.Errorf("left %s in the working directory", entries[0].Name())
			}
		})
	}
}

// hostileCases reads the corpus; a file without its two header lines
// fails the test.
func hostileCases(t *testing.T) []hostileCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(hostileDir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts in %s: %v", hostileDir, err)
	}
	var cases []hostileCase
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitN(string(data), "\n", 3)
		wantType, ok := strings.CutPrefix(lines[0], "# error: ")
		if !ok || len(lines) < 3 || !strings.HasPrefix(lines[1], "# ") {
			t.Fatalf("%s: the first line must be \"# error: TYPE\" and the second a \"# \" comment", file)
		}
		cases = append(cases, hostileCase{strings.TrimSuffix(filepath.Base(file), ".py"), string(data), strings.TrimSpace(wantType)})
	}
	return cases
}

// errorText is how a report's error reads in the test's messages.
func errorText(e *report.Error) string {
	if e == nil {
		return "no error"
	}
	return e.Type + ": " + e.Message
}
