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

// TestCrossCompare checks the comparisons across types that the
// interpreter hands to CrossComparer, against CPython 3.11's answers.
func TestCrossCompare(t *testing.T) {
	half, _ := parseDecimal("0.5")
	point := &Record{typ: &tupleType{name: "P", fields: []string{"x", "y"}}, items: starlark.Tuple{starlark.MakeInt(1), starlark.MakeInt(2)}}
	counter := newCounter(nil)
	_ = counter.d.SetKey(starlark.String("a"), starlark.MakeInt(1))
	plain := starlark.NewDict(1)
	_ = plain.SetKey(starlark.String("a"), starlark.MakeInt(1))
	cases := []struct {
		x    CrossComparer
		op   syntax.Token
		y    starlark.Value
		want bool
	}{
		{half, syntax.EQL, starlark.Float(0.5), true},
		{half, syntax.LT, starlark.MakeInt(1), true},
		{half, syntax.GT, starlark.Float(0.25), true},
		{point, syntax.EQL, starlark.Tuple{starlark.MakeInt(1), starlark.MakeInt(2)}, true},
		{point, syntax.LT, starlark.Tuple{starlark.MakeInt(1), starlark.MakeInt(3)}, true},
		{counter, syntax.EQL, plain, true},
	}
	for _, c := range cases {
		got, ok, err := c.x.CompareOther(c.op, c.y)
		if !ok || err != nil || got != c.want {
			t.Errorf("%v %v %v = %v, %v, %v; want %v", c.x, c.op, c.y, got, ok, err, c.want)
		}
	}
}
