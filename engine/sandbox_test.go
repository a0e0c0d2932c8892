package engine

import (
	"strings"
	"testing"
)

// TestSQLSandbox adds to TestHostile what the SQL cases of the corpus
// (db_*.py) must also show: the statement SQLite refused or stopped is
// in the log, marked failed, on the line the error names.
func TestSQLSandbox(t *testing.T) {
	n := 0
	for _, c := range hostileCases(t) {
		if !strings.HasPrefix(c.name, "db_") {
			continue
		}
		n++
		t.Run(c.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			r := Run(RunOptions{Script: c.src, Filename: c.name + ".py"})
			if r.Error == nil || len(r.Queries) == 0 {
				t.Fatalf("ended with %s and %d queries", errorText(r.Error), len(r.Queries))
			}
			// At the wall-time limit, the script runtime's own timer may
			// report the timeout rather than the statement it stopped.
			if last := r.Queries[len(r.Queries)-1]; last.Error == "" || last.Line != r.Error.Line {
				t.Errorf("last statement %+v, want it failed on line %d", last, r.Error.Line)
			}
		})
	}
	if n == 0 {
		t.Fatal("no hostile SQL cases")
	}
}
