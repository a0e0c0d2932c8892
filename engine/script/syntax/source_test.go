package syntax

import (
	"errors"
	"testing"
)

// TestSourceForms compares Parse with CPython on what a source may hold
// besides code: line endings of every kind, form feeds, a byte order
// mark, NUL bytes, no final line break, non-ASCII names and text.
func TestSourceForms(t *testing.T) {
	srcs := []string{
		"x = 1\r\ny = 2\r\n", "if x:\r\n    y\r\n", "x = 1\ry = 2\r", "\fx = 1\n",
		"if x:\n\f    y\n", "x = 'a\r\nb'", "x = \"\"\"a\r\nb\"\"\"\n", "x = '''a\rb'''\n",
		"\ufeffx = 1\n", "x = 1", "if x:\n    y", "if x:\n    y\n\n\n", "\n\n\n", "",
		"# only\n", "x = 1 \\\r\n + 2\n", "café = 'naïve'\nprint(café)\n", "x = '日本'  # コメント\n",
		"def f():\n\tif x:\n\t\treturn 1\n", "x = (1,\r\n     2)\r\n", "x = 1\n\x00y\n",
		"x = 'é' + 日本\n", "λ = lambda λ: λ\n", "x = '\\\r\n'\n",
	}
	cases := make([]pyCase, len(srcs))
	for i, s := range srcs {
		cases[i] = pyCase{Name: itoa(i), Src: s}
	}
	want := askCPython(t, cases)
	for _, c := range cases {
		w := want[c.Name]
		m, err := Parse("<case>", c.Src)
		var e *Error
		switch {
		case w.Error == nil && err != nil:
			t.Errorf("%q: %v", c.Src, err)
		case w.Error == nil && Dump(m) != w.Dump:
			t.Errorf("%q:\n%s", c.Src, diffAt(Dump(m), w.Dump))
		case w.Error != nil && !errors.As(err, &e):
			t.Errorf("%q: want %s %q", c.Src, w.Error.Type, w.Error.Msg)
		case w.Error != nil && (e.Msg != w.Error.Msg || e.Line != w.Error.Line || e.Offset != w.Error.Offset):
			t.Errorf("%q: got %q %d:%d, want %q %d:%d", c.Src, e.Msg, e.Line, e.Offset, w.Error.Msg, w.Error.Line, w.Error.Offset)
		}
	}
}
