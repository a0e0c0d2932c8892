package syntax

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds the parser any input: it must return a tree or an
// *Error, never panic or hang, and a tree must dump.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.py")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, s := range strings.Split(string(data), snippetSep+"\n") {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		m, err := Parse("fuzz.py", src)
		if err == nil {
			Dump(m)
			return
		}
		var e *Error
		if !errors.As(err, &e) || e.Msg == "" || e.Line < 1 && !strings.Contains(src, "\x00") {
			t.Fatalf("%q: bad error %#v", src, err)
		}
	})
}

// BenchmarkParse parses a script of about two hundred lines.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/bench/script.py")
	if err != nil {
		b.Fatal(err)
	}
	src := string(data)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("script.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
