package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ormlab/engine/limits"
)

// TestSQLSandbox runs the hostile SQL corpus (testdata/hostile/db_*.py)
// in an empty working directory: each ends with the error its first line
// names, within the wall-time limit plus a second, with its statement in
// the log marked failed, and no file appears.
func TestSQLSandbox(t *testing.T) {
	files, _ := filepath.Glob("../testdata/hostile/db_*.py")
	if len(files) == 0 {
		t.Fatal("no hostile SQL cases")
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Chdir(t.TempDir())
			want, _, _ := strings.Cut(strings.TrimPrefix(string(src), "# error: "), "\n")
			start := time.Now()
			r := Run(RunOptions{Script: string(src), Filename: filepath.Base(file)})
			if took := time.Since(start); took > limits.Default.Timeout+time.Second {
				t.Errorf("took %s", took)
			}
			if r.Error == nil || r.Error.Type != want {
				t.Fatalf("error %+v, want %s", r.Error, want)
			}
			// At the wall-time limit, the script runtime's own timer may
			// report the timeout rather than the statement it stopped.
			if last := r.Queries[len(r.Queries)-1]; last.Error == "" || last.Line != r.Error.Line {
				t.Errorf("last statement %+v, want it failed on line %d", last, r.Error.Line)
			}
			if files, _ := os.ReadDir("."); len(files) != 0 {
				t.Errorf("the working directory holds %v", files)
			}
		})
	}
}
