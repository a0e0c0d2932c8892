package stdlib

import (
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// TestDecimalPower checks Decimal ** int against CPython 3.11's results,
// which the corpus cannot reach while the interpreter's ** takes numbers
// only.
func TestDecimalPower(t *testing.T) {
	cases := []struct {
		base string
		exp  int
		want string
	}{
		{"2", 3, "8"}, {"2", -1, "0.5"}, {"1.1", 2, "1.21"}, {"3", -1, "0.3333333333333333333333333333"},
		{"1.5", 0, "1"}, {"10", 30, "1.000000000000000000000000000E+30"}, {"-2", 3, "-8"},
		{"0.5", -2, "4"}, {"2.50", 2, "6.2500"},
	}
	for _, c := range cases {
		d, err := parseDecimal(c.base)
		if err != nil {
			t.Fatal(err)
		}
		got, err := d.Binary(syntax.STARSTAR, starlark.MakeInt(c.exp), starlark.Left)
		if err != nil || got.(*Decimal).PyStr() != c.want {
			t.Errorf("Decimal(%q) ** %d = %v, %v; want %s", c.base, c.exp, got, err, c.want)
		}
	}
}
