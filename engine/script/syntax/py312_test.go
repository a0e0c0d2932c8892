package syntax

import (
	"os"
	"strings"
	"testing"
)

// TestPython312 checks the syntax new in Python 3.12 (type parameters,
// type aliases, PEP 701 f-strings), which python3 3.11 cannot judge,
// against the dumps 3.12 prints, written beside each snippet.
func TestPython312(t *testing.T) {
	data, err := os.ReadFile("testdata/py312.py")
	if err != nil {
		t.Fatal(err)
	}
	for i, snippet := range strings.Split(string(data), snippetSep+"\n") {
		src, want, ok := strings.Cut(snippet, "# => ")
		if !ok {
			t.Fatalf("snippet %d has no expected dump", i)
		}
		m, err := Parse("<case>", src)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if got := Dump(m); got != strings.TrimSpace(want) {
			t.Errorf("%q:\n%s", src, diffAt(got, strings.TrimSpace(want)))
		}
	}
}
