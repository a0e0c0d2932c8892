package script_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"ormlab/engine/script"
)

// The conformance corpus: small Python programs whose printed output and
// uncaught exception must equal CPython's.
const (
	corpusDir     = "../../testdata/python"
	corpusPython  = "/usr/bin/python3"
	corpusOracle  = corpusDir + "/cpython.py"
	corpusMust    = corpusDir + "/MUST_PASS"
	corpusModeEnv = "ORMLAB_CONFORMANCE"
)

// conformanceRun runs one program in the lab and returns what it printed
// and the type and message of the exception it ended with ("" when none).
var conformanceRun = func(src string) (output, errType, errMsg string) {
	res := script.Run(src, script.Options{})
	if res.Err == nil {
		return res.Output, "", ""
	}
	return res.Output, res.Err.Type, res.Err.Message
}

// oracleResult is one JSON line of cpython.py's output.
type oracleResult struct {
	File   string       `json:"file"`
	Output string       `json:"output"`
	Error  *oracleError `json:"error"`
}

// oracleError is the exception a program ended with under CPython.
type oracleError struct {
	Type    string `json:"type"`
	Message string `json:"message"`
	Line    int    `json:"line"`
	Shown   string `json:"shown"` // the traceback's last line, with "Did you mean"
}

// TestConformance runs the corpus of small Python programs in
// ../../testdata/python under CPython (cpython.py, one python3 process for
// all of them) and through conformanceRun, and compares what each printed
// and, where it raised, the exception's type and message. A disagreement
// fails the test only for the programs listed in MUST_PASS, or for every
// program with ORMLAB_CONFORMANCE=all; the others are logged (go test -v)
// and counted, so the corpus can run on main while the interpreter that
// will pass all of it is being written. UPDATE_GOLDEN=1 rewrites MUST_PASS
// to the programs that agree now (review its diff: a name that disappears
// is a regression).
func TestConformance(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("CPython, the oracle, runs as a process, which js/wasm cannot start; the native run checks the same interpreter")
	}
	if _, err := os.Stat(corpusPython); err != nil {
		t.Skip(corpusPython + " is absent: the corpus needs CPython as its oracle")
	}
	paths := corpusPrograms(t)
	want := runOracle(t, paths)
	must := mustPass(t)
	all := os.Getenv(corpusModeEnv) == "all"
	var agree []string
	for _, path := range paths {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			src := readProgram(t, path)
			diff := conformanceDiff(src, want[name])
			switch {
			case diff == "":
				agree = append(agree, name)
			case all || must[name]:
				t.Error(diff)
			default:
				t.Log(diff)
			}
		})
		delete(must, name)
	}
	for name := range must {
		t.Errorf("MUST_PASS names %s, which is not in the corpus", name)
	}
	t.Logf("%d of %d programs agree with CPython", len(agree), len(paths))
	if os.Getenv("UPDATE_GOLDEN") != "" {
		writeMustPass(t, agree)
	}
}

// corpusPrograms lists the corpus's programs in name order.
func corpusPrograms(t *testing.T) []string {
	paths, err := filepath.Glob(corpusDir + "/[0-9]*.py")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no programs in %s: %v", corpusDir, err)
	}
	return paths
}

// runOracle runs every program under CPython in one process and returns
// the results by file name.
func runOracle(t *testing.T, paths []string) map[string]oracleResult {
	var stderr bytes.Buffer
	cmd := exec.Command(corpusPython, append([]string{corpusOracle}, paths...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", corpusOracle, err, stderr.String())
	}
	results := map[string]oracleResult{}
	scanner := bufio.NewScanner(bytes.NewReader(out))
	scanner.Buffer(nil, 1<<24)
	for scanner.Scan() {
		var r oracleResult
		if err := json.Unmarshal(scanner.Bytes(), &r); err != nil {
			t.Fatalf("%s printed %q: %v", corpusOracle, scanner.Text(), err)
		}
		results[r.File] = r
	}
	if len(results) != len(paths) {
		t.Fatalf("%s reported %d programs of %d", corpusOracle, len(results), len(paths))
	}
	return results
}

// mustPass reads MUST_PASS: the programs the lab already runs as CPython
// does, one file name a line, which must keep agreeing.
func mustPass(t *testing.T) map[string]bool {
	data, err := os.ReadFile(corpusMust)
	if err != nil {
		t.Fatal(err)
	}
	must := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if name := strings.TrimSpace(line); name != "" && !strings.HasPrefix(name, "#") {
			must[name] = true
		}
	}
	return must
}

// readProgram reads a program of the corpus and checks the corpus's rules
// for it: a first line "# what it checks" and 3 to 30 lines in all.
func readProgram(t *testing.T, path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	lines := strings.Count(strings.TrimSuffix(src, "\n"), "\n") + 1
	if !strings.HasPrefix(src, "# ") || lines < 3 || lines > 30 {
		t.Errorf("a program starts with a line \"# what it checks\" and has 3 to 30 lines; this one has %d", lines)
	}
	return src
}

// writeMustPass rewrites MUST_PASS with the programs that agree.
func writeMustPass(t *testing.T, names []string) {
	data := strings.Join(names, "\n") + "\n"
	if err := os.WriteFile(corpusMust, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// conformanceDiff runs one program in the lab and describes its first
// difference from CPython's result, or returns "" when they agree.
func conformanceDiff(src string, want oracleResult) string {
	output, errType, errMsg := conformanceRun(src)
	if d := firstLineDiff(output, want.Output); d != "" {
		return "output: " + d + errorNote(errType, errMsg)
	}
	wantType, wantMsg, shown := "", "", ""
	if want.Error != nil {
		wantType, wantMsg, shown = want.Error.Type, want.Error.Message, want.Error.Shown
	}
	// The lab reports what the traceback's last line shows, "Did you mean"
	// included.
	if (errType == wantType && errMsg == wantMsg && (shown == "" || shown == exceptionText(wantType, wantMsg))) ||
		(shown != "" && exceptionText(errType, errMsg) == shown) {
		return ""
	}
	diff := fmt.Sprintf("error: lab %s, CPython %s", exceptionText(errType, errMsg), exceptionText(wantType, wantMsg))
	if shown != "" && shown != exceptionText(wantType, wantMsg) {
		diff += fmt.Sprintf(" (its traceback shows %q)", shown)
	}
	return diff
}

// firstLineDiff returns the first line where got and want differ, with its
// number, or "" when they are equal.
func firstLineDiff(got, want string) string {
	if got == want {
		return ""
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; ; i++ {
		gl, wl := lineAt(g, i), lineAt(w, i)
		if gl != wl {
			return fmt.Sprintf("line %d: lab %s, CPython %s", i+1, gl, wl)
		}
	}
}

// lineAt quotes the i-th line, or says the text has ended there.
func lineAt(lines []string, i int) string {
	if i >= len(lines) {
		return "(end)"
	}
	return fmt.Sprintf("%q", lines[i])
}

// errorNote names the lab's exception after an output difference, which
// it usually explains.
func errorNote(errType, errMsg string) string {
	if errType == "" {
		return ""
	}
	return " (lab raised " + exceptionText(errType, errMsg) + ")"
}

// exceptionText shows an exception as a traceback's last line does.
func exceptionText(errType, errMsg string) string {
	switch {
	case errType == "":
		return "no exception"
	case errMsg == "":
		return errType
	}
	return errType + ": " + errMsg
}
