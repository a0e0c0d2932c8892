package syntax

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestParseLimits feeds inputs built to make a parser slow or deep: each
// must end quickly, with CPython's error where CPython has one.
func TestParseLimits(t *testing.T) {
	cases := []struct {
		name, src, msg string
	}{
		{"nested f-strings", strings.Repeat("f'{x+", 3000), "f-string: expressions nested too deeply"},
		{"unclosed fields", strings.Repeat("f'{", 3000), "f-string: expressions nested too deeply"},
		{"brackets", strings.Repeat("(", 5000), "too many nested parentheses"},
		{"unary", strings.Repeat("-", 100000) + "x", "Parser stack overflowed - Python source too complex to parse"},
		{"powers", "x" + strings.Repeat("**x", 100000), "Parser stack overflowed - Python source too complex to parse"},
		{"keywords", "f(" + strings.Repeat("a=1, ", 20000) + ")", "keyword argument repeated: a"},
		{"long sum", "x = " + strings.Repeat("1 + ", 50000) + "1", ""},
		{"many lines", strings.Repeat("x.f(1).g[2].h = y\n", 20000), ""},
		{"long f-string", "f'" + strings.Repeat("{x!r:>{w}} ", 20000) + "'", ""},
		{"long multiline f-string", "f'''" + strings.Repeat("{x}\n", 20000) + "'''", ""},
	}
	for _, c := range cases {
		start := time.Now()
		_, err := Parse("<limits>", c.src)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: took %v", c.name, d)
		}
		var e *Error
		switch {
		case c.msg == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.msg != "" && (!errors.As(err, &e) || e.Msg != c.msg):
			t.Errorf("%s: got %v, want %q", c.name, err, c.msg)
		}
	}
}
