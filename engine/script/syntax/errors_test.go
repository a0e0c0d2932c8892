package syntax

import (
	"errors"
	"strings"
	"testing"
)

// TestErrorsMatchCPython parses the broken snippets of
// testdata/errors/*.py, and the repository's Python files, and compares
// each error's type, message, line and offset with what CPython's
// compile() raises (the repository's files written in the old script
// dialect are errors to CPython).
func TestErrorsMatchCPython(t *testing.T) {
	cases := append(readSnippets(t, "testdata/errors/*.py"), repoFiles(t)...)
	want := askCPython(t, cases)
	compared := 0
	for _, c := range cases {
		w := want[c.Name].Error
		_, err := Parse("<case>", c.Src)
		if w == nil && strings.HasSuffix(c.Name, ".py") || strings.Contains(c.Src, "Python 3.12") {
			continue // the parse test compares what parses; 3.12's syntax is no error
		}
		if w == nil {
			if err != nil {
				t.Errorf("%s: CPython accepts it, the lab says %v\n%s", c.Name, err, c.Src)
			}
			continue
		}
		compared++
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%s: want %s %q, got %v\n%s", c.Name, w.Type, w.Msg, err, c.Src)
			continue
		}
		got := pyError{Type: e.Type, Msg: e.Msg, Line: e.Line, Offset: e.Offset, EndLine: e.EndLine, EndOffset: e.EndOffset}
		want := *w
		if endUnchecked[w.Msg] || w.EndLine != w.Line {
			got.EndLine, got.EndOffset, want.EndLine, want.EndOffset = 0, 0, 0, 0
		}
		if got != want {
			t.Errorf("%s: %q\ngot  %s %q at %d:%d-%d:%d\nwant %s %q at %d:%d-%d:%d", c.Name, c.Src,
				got.Type, got.Msg, got.Line, got.Offset, got.EndLine, got.EndOffset,
				want.Type, want.Msg, want.Line, want.Offset, want.EndLine, want.EndOffset)
		}
	}
	t.Logf("%d errors compared with CPython", compared)
}

// endUnchecked are the errors whose end CPython computes in ways Parse
// does not follow; their end, and that of errors spanning lines, is not
// compared.
var endUnchecked = map[string]bool{
	leadingZerosMsg: true,
	"iterable argument unpacking follows keyword argument unpacking": true,
}
