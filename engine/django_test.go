package engine

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"ormlab/engine/db"
	"ormlab/engine/scripttest"
)

// djangoResult is one line of testdata/django/run.py's output.
type djangoResult struct {
	Script  string   `json:"script"`
	Output  string   `json:"output"`
	Queries []string `json:"queries"`
	Error   *struct {
		Type    string `json:"type"`
		Message string `json:"message"`
		Line    int    `json:"line"`
	} `json:"error"`
}

// minDifferential is how many case scripts must match real Django.
const minDifferential = 250

// TestDjangoDifferential runs every case under Django 5.2 (Debian
// unstable's python3-django on unstable's SQLite, unpacked by `make
// django`) against the database `ormlab db` writes, and under the engine,
// and requires the same printed output, error type and message, query
// count and the text of every statement, verbatim. ORMLAB_DJANGO names
// the folder fetch.sh filled (make test-django sets it); without it the
// test is skipped.
func TestDjangoDifferential(t *testing.T) {
	python := djangoPython(t)
	dbFile := writeSampleDB(t)
	files := caseFiles(t)
	args := append([]string{"../testdata/django/run.py", "--db", dbFile}, files...)
	out, err := exec.Command(python, args...).Output()
	if err != nil {
		t.Fatalf("run.py: %v\n%s", err, stderrOf(err))
	}
	results := parseDjango(t, out)
	for _, res := range results {
		name := strings.TrimSuffix(filepath.Base(res.Script), ".py")
		t.Run(name, func(t *testing.T) {
			for _, d := range djangoDiffs(t, res) {
				t.Error(d)
			}
		})
	}
	if len(results) != len(files) {
		t.Errorf("Django ran %d of %d cases", len(results), len(files))
	}
	if len(results) < minDifferential {
		t.Errorf("only %d cases compared with Django, want at least %d", len(results), minDifferential)
	}
}

// djangoPython is the oracle's interpreter, CACHE/python3 from fetch.sh.
func djangoPython(t *testing.T) string {
	dir := os.Getenv("ORMLAB_DJANGO")
	if dir == "" {
		t.Skip("ORMLAB_DJANGO is not set; make test-django runs this against Django 5.2")
	}
	python := filepath.Join(dir, "python3")
	if _, err := os.Stat(python); err != nil {
		t.Fatalf("ORMLAB_DJANGO=%s holds no oracle (make django fetches it): %v", dir, err)
	}
	return python
}

func writeSampleDB(t *testing.T) string {
	data, err := db.Build(1)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sample.db")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}

func parseDjango(t *testing.T, out []byte) []djangoResult {
	var results []djangoResult
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r djangoResult
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("run.py printed a line that is not JSON: %v: %.200s", err, sc.Text())
		}
		results = append(results, r)
	}
	return results
}

// djangoDiffs runs want's script under the engine and lists how the
// result differs from Django's: output, error, query count and the
// first statement that differs.
func djangoDiffs(t *testing.T, want djangoResult) []string {
	src, err := os.ReadFile(want.Script)
	if err != nil {
		t.Fatal(err)
	}
	got := Run(RunOptions{Script: string(src)})
	var diffs []string
	if got.Output != want.Output {
		diffs = append(diffs, "output differs from Django:\n"+scripttest.FirstDiff(want.Output, got.Output))
	}
	switch {
	case want.Error == nil && got.Error != nil:
		diffs = append(diffs, fmt.Sprintf("engine raised %s: %s (line %d); Django did not", got.Error.Type, got.Error.Message, got.Error.Line))
	case want.Error != nil && got.Error == nil:
		diffs = append(diffs, fmt.Sprintf("Django raised %s: %s; the engine did not", want.Error.Type, want.Error.Message))
	case want.Error != nil && (got.Error.Type != want.Error.Type || got.Error.Message != want.Error.Message):
		diffs = append(diffs, fmt.Sprintf("error differs:\n django: %s: %s\n engine: %s: %s", want.Error.Type, want.Error.Message, got.Error.Type, got.Error.Message))
	}
	if len(got.Queries) != len(want.Queries) {
		diffs = append(diffs, fmt.Sprintf("engine sent %d queries, Django %d", len(got.Queries), len(want.Queries)))
	}
	for i := 0; i < min(len(got.Queries), len(want.Queries)); i++ {
		if w, g := want.Queries[i], got.Queries[i].SQL; w != g {
			diffs = append(diffs, fmt.Sprintf("query %d differs:\n django: %s\n engine: %s", i+1, w, g))
			break
		}
	}
	return diffs
}
