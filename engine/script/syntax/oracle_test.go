package syntax

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os/exec"
	"testing"
)

// The oracle is CPython itself: testdata/astdump.py reads every case of
// a test at once and prints, for each, CPython's ast.dump or its
// SyntaxError, so a test starts python3 once.

// pyCase is one source for the oracle.
type pyCase struct {
	Name string `json:"name"`
	Src  string `json:"src"`
}

// pyResult is what CPython made of a case.
type pyResult struct {
	Name string `json:"name"`
	Dump string `json:"dump"`
	// Positions is the dump with every node's position.
	Positions string   `json:"positions"`
	Error     *pyError `json:"error"`
}

// pyError is a SyntaxError as CPython raised it.
type pyError struct {
	Type      string `json:"type"`
	Msg       string `json:"msg"`
	Line      int    `json:"line"`
	Offset    int    `json:"offset"`
	EndLine   int    `json:"end_line"`
	EndOffset int    `json:"end_offset"`
}

// askCPython runs the oracle on cases, skipping the test when python3
// is missing.
func askCPython(t *testing.T, cases []pyCase) map[string]pyResult {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	in, _ := json.Marshal(cases)
	cmd := exec.Command(py, "testdata/astdump.py")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	results := map[string]pyResult{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var r pyResult
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("oracle output: %v", err)
		}
		results[r.Name] = r
	}
	return results
}
