package script

import (
	"os"
	"testing"
)

func TestPythonScratch(t *testing.T) {
	path := os.Getenv("PYFILE")
	if path == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(path)
	res := Run(string(src), Options{Python: true})
	t.Logf("output:\n%s", res.Output)
	if res.Err != nil {
		t.Logf("error: %v", res.Err)
	}
}
