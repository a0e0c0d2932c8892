package script

import (
	"math"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// The + and * operators, and += and *=, copy or repeat whole values in
// one interpreter step: [0] * 10**9 or l = l + l in a loop would fill the
// memory before the step limit is reached. The interpreter asks
// checkGrowth (interp.Options.CheckBinary) before it builds the result.

// valueBytes is the memory a list or tuple item takes (an interface).
const valueBytes = 16

// checkGrowth charges and reserves what x op y will take.
func checkGrowth(thread *starlark.Thread, op syntax.Token, x, y starlark.Value) error {
	xi, xok := x.(starlark.Int)
	yi, yok := y.(starlark.Int)
	switch {
	case xok && yok && op == syntax.STAR:
		return charge(thread, mulCost(xi, yi))
	case op == syntax.PLUS:
		return reserve(thread, sizeOf(x)+sizeOf(y))
	case yok:
		return reserve(thread, repeated(sizeOf(x), yi))
	case xok:
		return reserve(thread, repeated(sizeOf(y), xi))
	}
	return nil
}

// sizeOf is the bytes a string, bytes, list or tuple holds, and 0 for
// other values.
func sizeOf(v starlark.Value) int64 {
	switch v := v.(type) {
	case starlark.String:
		return int64(len(v))
	case starlark.Bytes:
		return int64(len(v))
	case *starlark.List:
		return int64(v.Len()) * valueBytes
	case starlark.Tuple:
		return int64(len(v)) * valueBytes
	}
	return 0
}

// repeated is size times n, or -1 (never fits) past int64.
func repeated(size int64, n starlark.Int) int64 {
	count, ok := n.Int64()
	switch {
	case size == 0 || (ok && count <= 0) || (!ok && n.Sign() < 0):
		return 0
	case !ok || count > math.MaxInt64/size:
		return -1
	}
	return size * count
}

// mulCost is the steps a product of two integers is charged: nothing for
// machine-sized ones, and the product of their sizes in words (over
// 256) for big ones, as the multiplication's time grows.
func mulCost(x, y starlark.Int) uint64 {
	_, xsmall := x.Int64()
	_, ysmall := y.Int64()
	if xsmall || ysmall {
		return 0
	}
	return bigWords(x) * bigWords(y) / 256
}

func bigWords(x starlark.Int) uint64 {
	return uint64(x.BigInt().BitLen()/64 + 1)
}

// growthToken is the operator checkGrowth takes for "+" or "*".
func growthToken(op string) syntax.Token {
	if op == "*" {
		return syntax.STAR
	}
	return syntax.PLUS
}
